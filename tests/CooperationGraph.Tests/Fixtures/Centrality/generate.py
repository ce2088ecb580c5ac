"""Reference centrality values computed with NetworkX, at full precision (repr of floats).

Run from this folder: /usr/bin/python3 generate.py   (NetworkX 3.x; Debian: python3-networkx; numpy and scipy for
eigenvector_centrality_numpy and katz_centrality_numpy).

Per graph NAME it writes:
  NAME.edges.csv            source,target,weight  (weight 1 for unweighted graphs; node names as strings)
  NAME.nodes.csv            node                  (every node, isolated ones too, in the order used)
  NAME.unweighted.csv       node + one column per measure, NetworkX defaults without weights
  NAME.weighted.csv         the same with weight as strength (degree, pagerank, eigenvector, katz, constraint,
                            effective_size) and distance = 1/weight for path measures (betweenness, closeness, harmonic)
A header comment names the NetworkX version. "nan" cells are undefined values (NaN); empty cells were not computed
(eigenvector_centrality_numpy on a disconnected graph).
"""
import csv
import math

import networkx as nx
import numpy

COLUMNS = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
           "clustering", "constraint", "effective_size", "core", "katz"]


def measures(g, weighted):
    w = "weight" if weighted else None
    h = g.copy()
    for u, v, d in h.edges(data=True):
        d["distance"] = 1.0 / d.get("weight", 1.0)
    dist = "distance" if weighted else None
    connected = nx.is_connected(g) if g.number_of_nodes() > 0 else True
    out = {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(h, normalized=True, weight=dist),
        "closeness": nx.closeness_centrality(h, distance=dist),
        "harmonic": nx.harmonic_centrality(h, distance=dist),
        "pagerank": nx.pagerank(g, alpha=0.85, weight=w if weighted else None),
        "clustering": nx.clustering(g),
        "constraint": nx.constraint(g, weight=w),
        "effective_size": nx.effective_size(g, weight=w),
        "core": nx.core_number(g),
    }
    out["eigenvector"] = nx.eigenvector_centrality_numpy(g, weight=w) if connected else {}
    # katz_centrality_numpy solves (I - alpha A) x = beta even when alpha >= 1/lambda_max, where the Katz series
    # diverges and the numbers mean nothing; CooperationGraph returns NaN there, written here as "nan".
    lam = max(abs(numpy.linalg.eigvals(nx.to_numpy_array(g, weight=w)))) if g.number_of_nodes() else 0
    if 0.1 * lam < 1:
        out["katz"] = nx.katz_centrality_numpy(g, alpha=0.1, beta=1.0, weight=w)
    else:
        out["katz"] = {n: float("nan") for n in g}
    return out


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, float) and math.isnan(x):
        return "nan"
    return repr(float(x)) if isinstance(x, float) else str(x)


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
        m = measures(g, weighted)
        with open(f"{name}.{'weighted' if weighted else 'unweighted'}.csv", "w", newline="") as f:
            f.write(f"# networkx {nx.__version__}\n")
            wr = csv.writer(f)
            wr.writerow(["node"] + COLUMNS)
            for n in nodes:
                wr.writerow([n] + [fmt(m[c].get(n)) if n in m[c] else "" for c in COLUMNS])


def main():
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


if __name__ == "__main__":
    main()
