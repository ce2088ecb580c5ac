"""Reference modularity for the Leiden tests: the best of leidenalg and NetworkX Louvain over seeds 0-9, and
NetworkX's modularity of our own partitions.

Run from this folder:  /usr/bin/python3 make_community_fixtures.py
Made with Python 3.11.2 (Debian's /usr/bin/python3), NetworkX 2.8.8 (Debian python3-networkx), leidenalg 0.9.1 and
python-igraph 0.10.2 (Debian python3-leidenalg, python3-igraph). The issue names leidenalg 0.12; 0.9.1 is what is
installed here and its ModularityVertexPartition optimiser is the same algorithm (Traag, Waltman & van Eck 2019).

Graphs (GRAPH.nodes.csv, GRAPH.edges.csv: `node`; `source,target,weight`), see README.md for where each came from:
  karate, florentine, lesmis, loniow, gmina2018, gmina2019, gmina2020.
For each graph, unweighted (every tie weight 1) and weighted (the `weight` column as a strength), resolution 1:
  leidenalg  max over seed 0..9 of  leidenalg.find_partition(g, ModularityVertexPartition, weights=..., seed=s,
             n_iterations=-1), scored by nx modularity (n_iterations=-1: iterate until no improvement;
             the partition's own .modularity ignores the weights in 0.9.1, so NetworkX scores it)
  louvain    max over seed 0..9 of  nx.community.modularity(G, louvain_communities(G, weight=..., seed=s), weight=...)
  best       the larger of the two.
Writes modularity.csv (graph,weighted,leidenalg,louvain,best).

Our partitions: ours.csv (graph,weighted,node,community), written by the C# test
  CommunityFixtureExport (see README.md), is read back and NetworkX's modularity of each partition is written to
  ours_modularity.csv (graph,weighted,modularity) with 17 significant digits.
"""
import csv
import os

import igraph as ig
import leidenalg
import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity

GRAPHS = ["karate", "florentine", "lesmis", "loniow", "gmina2018", "gmina2019", "gmina2020"]
SEEDS = range(10)


def read_graph(name, weighted):
    g = nx.Graph()
    with open(f"{name}.nodes.csv", newline="") as f:
        g.add_nodes_from(r[0] for r in list(csv.reader(f))[1:])
    with open(f"{name}.edges.csv", newline="") as f:
        for u, v, w in list(csv.reader(f))[1:]:
            if u != v:
                g.add_edge(u, v, weight=float(w) if weighted else 1.0)
    return g


def best_leiden(g):
    nodes = list(g.nodes())
    index = {n: i for i, n in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges()])
    h.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]
    best = -1.0
    for s in SEEDS:
        p = leidenalg.find_partition(h, leidenalg.ModularityVertexPartition, weights=h.es["weight"], seed=s,
                                     n_iterations=-1)
        best = max(best, modularity(g, [{nodes[i] for i in c} for c in p], weight="weight"))
    return best


def best_louvain(g):
    return max(modularity(g, louvain_communities(g, weight="weight", seed=s), weight="weight") for s in SEEDS)


def main():
    with open("modularity.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["graph", "weighted", "leidenalg", "louvain", "best"])
        for name in GRAPHS:
            for weighted in (False, True):
                g = read_graph(name, weighted)
                a, b = best_leiden(g), best_louvain(g)
                out.writerow([name, str(weighted).lower(), repr(a), repr(b), repr(max(a, b))])
    if os.path.exists("ours.csv"):
        parts = {}
        with open("ours.csv", newline="") as f:
            for graph, weighted, node, community in list(csv.reader(f))[1:]:
                parts.setdefault((graph, weighted), {}).setdefault(int(community), set()).add(node)
        with open("ours_modularity.csv", "w", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(["graph", "weighted", "modularity"])
            for (graph, weighted), communities in parts.items():
                g = read_graph(graph, weighted == "true")
                out.writerow([graph, weighted, repr(modularity(g, communities.values(), weight="weight"))])


if __name__ == "__main__":
    main()
