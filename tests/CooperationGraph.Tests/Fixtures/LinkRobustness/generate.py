"""Reference values for the robustness of required sector links, computed with NetworkX.

Run from this folder: /usr/bin/python3 generate.py  (NetworkX >= 2.8; Debian: python3-networkx).
Per case NAME it writes NAME.nodes.csv (id, sector, active 0/1), NAME.edges.csv (one undirected tie per line),
NAME.links.csv (the required links, in order) and NAME.expected.csv (first, second, institutions, ties); the first
line of each expected file names the NetworkX version. The case "loniow" reads the sample dataset
(samples/loniow: ties = co-participation in a joint action, active = took part in one) and the built-in model.

Construction (CooperationGraph's LinkRobustness): for a link A-B, a node "source" joined to every active institution
of A and "sink" to every active institution of B; institutions = node_connectivity(G, source, sink) (the super nodes
are never removed, every institution may be); ties = minimum_cut_value with capacity 1 on ties and no capacity
(infinite) on the super-edges. A missing link (no tie between A and B) gives 0. Inside one sector (A-A): each active
s in turn is the source (s kept), "sink" joined to the other active ones; the least positive value over s.
"""
import csv
import itertools
import json
import os
import random

import networkx as nx
from networkx.algorithms.connectivity import local_node_connectivity


def cuts(g, sources, sinks, keep=None):
    if not sources or not sinks:
        return 0, 0
    h = g.copy()
    for s in sources:
        h.add_edge("source", s)
    for t in sinks:
        h.add_edge(t, "sink")
    for u, v in g.edges():
        h[u][v]["capacity"] = 1
    source = keep if keep is not None else "source"
    if keep is not None:
        h.remove_node("source")
    nodes = local_node_connectivity(h, source, "sink")
    ties = nx.minimum_cut_value(h, source, "sink", capacity="capacity")
    return int(nodes), int(ties)


def robustness(g, sector, active, a, b):
    if not any({sector[u], sector[v]} == {a, b} and (a != b or sector[u] == sector[v]) for u, v in g.edges()):
        return 0, 0
    first = [v for v in g if sector[v] == a and active[v]]
    if a != b:
        return cuts(g, first, [v for v in g if sector[v] == b and active[v]])
    best = [0, 0]
    for s in first:
        pair = cuts(g, [s], [t for t in first if t != s], keep=s)
        for k in range(2):
            if pair[k] > 0 and (best[k] == 0 or pair[k] < best[k]):
                best[k] = pair[k]
    return tuple(best)


def write(name, g, sector, active, links):
    with open(f"{name}.nodes.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "sector", "active"])
        for v in g:
            w.writerow([v, sector[v], int(active[v])])
    with open(f"{name}.edges.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target"])
        for u, v in g.edges():
            w.writerow([u, v])
    with open(f"{name}.links.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["first", "second"])
        w.writerows(links)
    with open(f"{name}.expected.csv", "w", newline="") as f:
        f.write(f"# networkx {nx.__version__}\n")
        w = csv.writer(f)
        w.writerow(["first", "second", "institutions", "ties"])
        for a, b in links:
            w.writerow([a, b, *robustness(g, sector, active, a, b)])


def loniow():
    root = os.path.join("..", "..", "..", "..", "samples")
    with open(os.path.join(root, "loniow", "institutions.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    g = nx.Graph()
    g.add_nodes_from(r["id"] for r in rows)
    sector = {r["id"]: r["sector"] for r in rows}
    actions = {}
    with open(os.path.join(root, "loniow", "participations.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            actions.setdefault(r["action_id"], []).append(r["institution_id"])
    active = {v: False for v in g}
    for members in actions.values():
        for v in members:
            active[v] = True
        g.add_edges_from((u, v) for u, v in itertools.combinations(sorted(set(members)), 2))
    with open(os.path.join(root, "models", "rural-gmina.json"), encoding="utf-8") as f:
        links = json.load(f)["requiredLinks"]
    write("loniow", g, sector, active, links)


def hand():
    # Two OPS (o1, o2), two PUP (p1 active, p2 not), two NGO (x, y), a school s tied to x only.
    # OPS-PUP: every path ends at p1 (p2 is not active): 1 institution; p1's ties o1-p1, x-p1: 2 ties.
    # OPS-NGO: o1-x and o2-y are disjoint: 2 institutions; ties o1-x, o2-y and o1-p1-x: 3. OPS-SCHOOL and NGO-NGO
    # are missing (no direct tie): 0. OPS-OPS: o2 hangs on o1 by one tie: 1 and 1.
    g = nx.Graph([("o1", "x"), ("x", "p1"), ("o2", "y"), ("y", "p2"), ("o1", "p1"), ("o1", "o2"), ("s", "x")])
    sector = {"o1": "OPS", "o2": "OPS", "p1": "PUP", "p2": "PUP", "x": "NGO", "y": "NGO", "s": "SCHOOL"}
    active = {v: v != "p2" for v in g}
    write("hand", g, sector, active, [("OPS", "PUP"), ("OPS", "NGO"), ("OPS", "SCHOOL"), ("OPS", "OPS"), ("NGO", "NGO"), ("PUP", "SCHOOL")])


def randomised(name, n, p, seed):
    rng = random.Random(seed)
    g = nx.gnp_random_graph(n, p, seed=seed)
    g = nx.relabel_nodes(g, {v: f"v{v}" for v in g})
    sectors = ["OPS", "PUP", "SCHOOL", "NGO", "POLICE"]
    sector = {v: rng.choice(sectors) for v in g}
    active = {v: rng.random() < 0.8 for v in g}
    links = [("OPS", "PUP"), ("OPS", "SCHOOL"), ("OPS", "NGO"), ("OPS", "POLICE"), ("PUP", "NGO"), ("OPS", "OPS"), ("SCHOOL", "SCHOOL")]
    write(name, g, sector, active, links)


if __name__ == "__main__":
    loniow()
    hand()
    randomised("random1", 30, 0.12, 1)
    randomised("random2", 60, 0.08, 2)
    randomised("random3", 40, 0.25, 3)
