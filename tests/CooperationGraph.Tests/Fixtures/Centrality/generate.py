"""Reference centrality values computed with NetworkX, at full precision (repr of floats), and igraph's betweenness.

Run from this folder: /usr/bin/python3 generate.py   (Debian 12: python3-networkx 2.8.8, python3-igraph 0.10.2,
numpy and scipy for eigenvector_centrality_numpy and katz_centrality_numpy). It also rewrites README.md.

Per graph NAME it writes:
  NAME.edges.csv            source,target,weight  (weight 1 for unweighted graphs; node names as strings)
  NAME.nodes.csv            node                  (every node, isolated ones too, in the order used)
  NAME.unweighted.csv       node + one column per measure, NetworkX defaults without weights
  NAME.weighted.csv         the same with weight as strength (degree, pagerank, eigenvector, katz, constraint,
                            effective_size) and distance = 1/weight for path measures (betweenness, closeness, harmonic)
  NAME.igraph.csv           node,betweenness,weighted_betweenness: python-igraph's Graph.betweenness (weights = 1/weight
                            for the weighted one), normalised as NetworkX does
A header comment names the versions. "nan" cells are undefined values (NaN); empty cells were not computed
(eigenvector_centrality_numpy on a disconnected graph); "diverges" marks Katz where alpha = 0.1 >= 1/lambda_max.

Weighted path measures are EXACT: distances are fractions.Fraction(1) / Fraction(str(weight)) (the strength as typed,
so 0.3 is 3/10), so NetworkX's own Dijkstra compares path lengths exactly. NetworkX on float distances 1/weight drops
paths whose float sums differ in the last bits; where that changes a value by more than 1e-12, README.md lists it.
gminas12.ties.csv is the input for the gminas12 graph: `cooperation-graph generate --gminas 12 --seed 7 --ties`.
"""
import csv
import math
import os
import platform
import sys
import warnings
from fractions import Fraction

import igraph
import networkx as nx
import numpy
import scipy

warnings.filterwarnings("ignore", category=FutureWarning)
COLUMNS = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
           "clustering", "constraint", "effective_size", "core", "katz"]
PATHS = ["betweenness", "closeness", "harmonic"]
differences = []


def path_measures(g, distance):
    return {
        "betweenness": nx.betweenness_centrality(g, normalized=True, weight=distance),
        "closeness": nx.closeness_centrality(g, distance=distance),
        "harmonic": nx.harmonic_centrality(g, distance=distance),
    }


def measures(name, g, weighted):
    w = "weight" if weighted else None
    h = g.copy()
    for u, v, d in h.edges(data=True):
        d["float_distance"] = 1.0 / d.get("weight", 1.0)
        d["distance"] = Fraction(1) / Fraction(str(d.get("weight", 1.0)))
    connected = nx.is_connected(g) if g.number_of_nodes() > 0 else True
    out = {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "pagerank": nx.pagerank(g, alpha=0.85, weight=w if weighted else None),
        "clustering": nx.clustering(g),
        "constraint": nx.constraint(g, weight=w),
        "effective_size": nx.effective_size(g, weight=w),
        "core": nx.core_number(g),
    }
    out.update(path_measures(h, "distance" if weighted else None))
    if weighted:
        floats = path_measures(h, "float_distance")
        for measure in PATHS:
            gaps = [abs(float(floats[measure][n]) - float(out[measure][n])) / max(1.0, abs(float(out[measure][n])))
                    for n in g]
            wrong = sum(1 for x in gaps if x > 1e-12)
            if wrong:
                differences.append((name, measure, wrong, g.number_of_nodes(), max(gaps)))
    out["eigenvector"] = nx.eigenvector_centrality_numpy(g, weight=w) if connected else {}
    # katz_centrality_numpy solves (I - alpha A) x = beta even when alpha >= 1/lambda_max, where the Katz series
    # diverges and the numbers mean nothing; CooperationGraph refuses (InvalidOperationException), marked "diverges".
    lam = max(abs(numpy.linalg.eigvals(nx.to_numpy_array(g, weight=w)))) if g.number_of_nodes() else 0
    if 0.1 * lam < 1:
        out["katz"] = nx.katz_centrality_numpy(g, alpha=0.1, beta=1.0, weight=w)
    else:
        out["katz"] = {n: "diverges" for n in g}
    return out


def igraph_betweenness(g, nodes, weighted):
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges()], directed=False)
    weights = [1.0 / d.get("weight", 1.0) for _, _, d in g.edges(data=True)] if weighted else None
    raw = ig.betweenness(weights=weights)
    n = len(nodes)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return [b * scale for b in raw]


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, Fraction):
        x = float(x)
    if isinstance(x, float) and math.isnan(x):
        return "nan"
    return repr(float(x)) if isinstance(x, float) else str(x)


def versions():
    return (f"networkx {nx.__version__}, python-igraph {igraph.__version__}, numpy {numpy.__version__}, "
            f"scipy {scipy.__version__}, Python {platform.python_version()}")


def write(name, g):
    g = nx.relabel_nodes(g, {n: str(n) for n in g.nodes()})
    nodes = list(g.nodes())
    with open(f"{name}.edges.csv", "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["source", "target", "weight"])
        for u, v, d in g.edges(data=True):
            wr.writerow([u, v, fmt(float(d.get("weight", 1.0)))])
    with open(f"{name}.nodes.csv", "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["node"])
        for n in nodes:
            wr.writerow([n])
    for weighted in (False, True):
        m = measures(name, g, weighted)
        with open(f"{name}.{'weighted' if weighted else 'unweighted'}.csv", "w", newline="") as f:
            f.write(f"# {versions()}; weighted path measures on exact Fraction distances\n")
            wr = csv.writer(f)
            wr.writerow(["node"] + COLUMNS)
            for n in nodes:
                wr.writerow([n] + [fmt(m[c].get(n)) if n in m[c] else "" for c in COLUMNS])
    plain, weighted = igraph_betweenness(g, nodes, False), igraph_betweenness(g, nodes, True)
    with open(f"{name}.igraph.csv", "w", newline="") as f:
        f.write(f"# {versions()}; igraph Graph.betweenness, weights 1/weight, normalised by (n-1)(n-2)/2\n")
        wr = csv.writer(f)
        wr.writerow(["node", "betweenness", "weighted_betweenness"])
        for i, n in enumerate(nodes):
            wr.writerow([n, fmt(plain[i]), fmt(weighted[i])])


def read_ties(path):
    g = nx.Graph()
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            g.add_edge(r["source"], r["target"], weight=float(r["weight"]))
    return g


def readme():
    lines = ["# Centrality fixtures", "",
             "Reference values for `CentralityNetworkXTests`, written by `generate.py` (which also writes this file):",
             f"{versions()}.", "",
             "Weighted betweenness, closeness and harmonic centrality here are exact: NetworkX run on `fractions.Fraction`",
             "distances 1/strength. NetworkX on float distances (`1.0 / weight`, what its users normally pass) drops",
             "shortest paths whose float sums differ in the last bits; igraph compares within a relative 1e-10 and agrees",
             "with the exact values (`NAME.igraph.csv`). Where NetworkX's float answer differs from the exact one by more",
             "than 1e-12:", "",
             "| graph | measure | nodes that differ | of | largest difference |", "|---|---|---:|---:|---:|"]
    lines += [f"| {g} | weighted {m} | {k} | {n} | {d:.3g} |" for g, m, k, n, d in differences]
    lines += ["", "Katz cells marked `diverges` are where alpha = 0.1 is not below 1/lambda_max (CooperationGraph refuses to",
              "compute them; `katz_centrality_numpy` returns numbers that mean nothing there).", "",
              "`weighted_clustering.csv` holds `nx.clustering(G, weight=\"weight\")` (Onnela et al. 2005) for every graph here and",
              "three small ones, written by `weighted_clustering.py` with networkx 3.6.1 (see the script for its NumPy stand-in;",
              "networkx 2.8.8 with numpy 1.24.2 agrees to 1.7e-16). The `clustering` column of `NAME.weighted.csv` is",
              "`nx.clustering(G)` without weights, as `generate.py` wrote it before weighted clustering was added.", ""]
    with open("README.md", "w") as f:
        f.write("\n".join(lines))


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":  # set iteration order (the Davis projection's edges) fixed from run to run
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    write("path5", nx.path_graph(5))
    write("star6", nx.star_graph(5))
    write("k5", nx.complete_graph(5))
    two = nx.Graph()
    two.add_edges_from([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5)])
    two.add_node(6)
    write("two_components_isolate", two)
    write("karate", nx.karate_club_graph())
    write("florentine", nx.florentine_families_graph())
    write("lesmis", nx.les_miserables_graph())
    davis = nx.davis_southern_women_graph()
    women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
    write("davis_women", nx.bipartite.weighted_projected_graph(davis, women))
    # Ties in exact arithmetic that float sums miss: 1/4 + 1/2 against (1/4 + 1/3) + 1/6, and 1/6 against 1/10 + 1/15.
    tri = nx.Graph()
    tri.add_weighted_edges_from([("p", "a", 4), ("a", "b", 2), ("a", "c", 3), ("c", "b", 6), ("b", "q", 1),
                                 ("q", "x", 10), ("x", "y", 15), ("y", "q", 6), ("x", "z", 2.5), ("z", "u", 0.3)])
    write("triangle_path", tri)
    write("gminas12", read_ties("gminas12.ties.csv"))
    readme()


if __name__ == "__main__":
    main()
