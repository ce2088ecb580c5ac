"""NetworkX's centrality of the Loniow sample's enacted network: the reference for the centrality columns of
loniow.metrics.csv.

Run from this folder: /usr/bin/python3 generate.py   (Debian 12: python3-networkx 2.8.8, numpy 1.24.2, scipy 1.10.1).
The network is built here from the sample's CSV files, independently of CooperationGraph: every institution is a node,
two institutions are tied when they took part in the same joint action, and the tie's weight is the number of actions
they shared (a strength). Measures are NetworkX's defaults without weights, as `analyze` computes them, except strength
(the weighted degree). The eigenvector of this disconnected network is the dominant eigenvector of the adjacency matrix
(numpy.linalg.eigh, unit length, positive), which eigenvector_centrality_numpy declines for a disconnected graph.
Writes loniow.networkx.csv: a version line, then node and one column per measure, floats as repr, nan for undefined.
"""
import csv
import itertools
import platform

import networkx as nx
import numpy
import scipy

SAMPLE = "../../../../samples/loniow/"

with open(SAMPLE + "institutions.csv", encoding="utf-8") as f:
    nodes = [row["id"] for row in csv.DictReader(f)]
with open(SAMPLE + "participations.csv", encoding="utf-8") as f:
    actions = {}
    for row in csv.DictReader(f):
        actions.setdefault(row["action_id"], []).append(row["institution_id"])

g = nx.Graph()
g.add_nodes_from(nodes)
for members in actions.values():
    for u, v in itertools.combinations(sorted(set(members)), 2):
        w = g.edges[u, v]["weight"] + 1 if g.has_edge(u, v) else 1
        g.add_edge(u, v, weight=w)

a = nx.to_numpy_array(g, nodelist=nodes, weight=None)
values, vectors = numpy.linalg.eigh(a)
dominant = numpy.abs(vectors[:, numpy.argmax(values)])
eigenvector = dict(zip(nodes, dominant / numpy.linalg.norm(dominant)))

measures = {
    "degree": dict(g.degree()),
    "strength": dict(g.degree(weight="weight")),
    "betweenness": nx.betweenness_centrality(g, normalized=True),
    "closeness": nx.closeness_centrality(g),
    "harmonic": nx.harmonic_centrality(g),
    "eigenvector": eigenvector,
    "pagerank": nx.pagerank(g, alpha=0.85, weight=None),
    "clustering": nx.clustering(g),
    "constraint": nx.constraint(g),
    "effective_size": nx.effective_size(g),
    "core": nx.core_number(g),
}

with open("loniow.networkx.csv", "w", newline="", encoding="utf-8") as f:
    f.write(f"# networkx {nx.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}, Python {platform.python_version()}\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["node", *measures])
    for n in nodes:
        w.writerow([n, *(repr(float(measures[m][n])) for m in measures)])
print("networkx", nx.__version__, len(nodes), "nodes", g.number_of_edges(), "ties")
