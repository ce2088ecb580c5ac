"""Reference values for the profile pages (issue 25): the institutions that carry a required link alone, and the rank
and percentile of every measure of the Łoniów sample.

Run from this folder: /usr/bin/python3 generate.py  (NetworkX 2.8.8, SciPy 1.10.1; Debian python3-networkx,
python3-scipy). It writes

* NAME.carriers.csv for every case of ../LinkRobustness (hand, loniow, random1-3: nodes, ties, links and active flags
  as kept there): first, second, carriers (ids separated by spaces, sorted). Brute force, every institution X in
  turn: for a link A-B, X carries it when, on the construction of CooperationGraph's LinkRobustness (a "source"
  joined to the active institutions of A, a "sink" to those of B), nx.has_path(G - X, source, sink) is false while
  nx.has_path(G, source, sink) is true (the link's institutions robustness, node_connectivity, is then 1). Inside one
  sector (A-A), the weakest member's reading: X carries it when for some active s != X, s reached another active
  institution of A in G and reaches none in G - X.
* loniow.ranks.csv: for every institution of metrics.csv and profiles.csv written by
  `cooperation-graph analyze samples/loniow --out OUT` (passed as argument 1, the folder OUT), and every measure
  column: rank = scipy.stats.rankdata(-values, method="min") over the defined values (1 = highest, ties share the
  best), percentile = scipy.stats.percentileofscore(values, value, kind="weak") (share at or below, in percent).
"""
import csv
import math
import os
import sys

import networkx as nx
import scipy
from scipy.stats import percentileofscore, rankdata

HERE = os.path.dirname(os.path.abspath(__file__))
ROBUSTNESS = os.path.join(HERE, "..", "LinkRobustness")


def read(name, suffix):
    with open(os.path.join(ROBUSTNESS, f"{name}.{suffix}.csv"), newline="") as f:
        return [row for row in csv.DictReader(line for line in f if not line.startswith("#"))]


def connected(g, sources, sinks):
    h = g.copy()
    h.add_node("source")
    h.add_node("sink")
    for s in sources:
        h.add_edge("source", s)
    for t in sinks:
        h.add_edge(t, "sink")
    return nx.has_path(h, "source", "sink")


def carriers(g, sector, active, a, b):
    members = [v for v in g if sector[v] == a and active[v]]
    found = []
    for x in g:
        rest = g.copy()
        rest.remove_node(x)
        if a != b:
            sinks = [v for v in g if sector[v] == b and active[v]]
            if connected(g, members, sinks) and not connected(rest, [m for m in members if m != x], [t for t in sinks if t != x]):
                found.append(x)
        else:
            for s in members:
                others = [t for t in members if t != s]
                if s != x and connected(g, [s], others) and not connected(rest, [s], [t for t in others if t != x]):
                    found.append(x)
                    break
    return sorted(found)


def carrier_case(name):
    nodes = read(name, "nodes")
    sector = {n["id"]: n["sector"] for n in nodes}
    active = {n["id"]: n["active"] == "1" for n in nodes}
    g = nx.Graph()
    g.add_nodes_from(sector)
    g.add_edges_from((e["source"], e["target"]) for e in read(name, "edges"))
    with open(os.path.join(HERE, f"{name}.carriers.csv"), "w", newline="") as f:
        f.write(f"# networkx {nx.__version__}\n")
        w = csv.writer(f)
        w.writerow(["first", "second", "carriers"])
        for link in read(name, "links"):
            a, b = link["first"], link["second"]
            # A link with no tie between its sectors is missing: no carrier, whatever paths there are.
            realised = any({sector[u], sector[v]} == {a, b} and (a != b or sector[u] == sector[v]) for u, v in g.edges())
            w.writerow([a, b, " ".join(carriers(g, sector, active, a, b)) if realised else ""])


def ranks(out):
    columns = {}
    for file in ("metrics.csv", "profiles.csv"):
        with open(os.path.join(out, file), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for key in rows[0]:
            if key not in columns:  # effective_size and constraint are in both, equal
                columns[key] = [row[key] for row in rows]
    ids = columns["id"]
    measures = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "clustering",
                "constraint", "effective_size", "core", "ego_size", "ego_ties", "ego_pairs", "ego_density",
                "ego_components", "two_step_reach", "reach_efficiency"]
    with open(os.path.join(HERE, "loniow.ranks.csv"), "w", newline="") as f:
        f.write(f"# scipy {scipy.__version__}\n")
        w = csv.writer(f)
        w.writerow(["id", "measure", "value", "rank", "percentile"])
        for measure in measures:
            values = [float(v) if v != "" else math.nan for v in columns[measure]]
            defined = [v for v in values if not math.isnan(v)]
            rank = rankdata([-v for v in defined], method="min")
            k = 0
            for i, v in zip(ids, values):
                if math.isnan(v):
                    w.writerow([i, measure, "", "", ""])
                    continue
                w.writerow([i, measure, repr(v), int(rank[k]), repr(float(percentileofscore(defined, v, kind="weak")))])
                k += 1


for case in ("hand", "loniow", "random1", "random2", "random3"):
    carrier_case(case)
if len(sys.argv) > 1:
    ranks(sys.argv[1])
