"""Reference force-directed layouts computed with NetworkX, at full precision (repr of floats).

Run from this folder:  python3 generate.py
It needs NetworkX 3.6.1 and NumPy. The fixtures here were made with NetworkX 3.6.1 (pyenv's Python 3.11.7) and
NumPy 1.24.2 (Debian's python3-numpy, made visible to that Python by a folder holding only a symlink to it):
    apt-get install python3-numpy
    mkdir -p /tmp/npshim && ln -sf /usr/lib/python3/dist-packages/numpy /tmp/npshim/numpy
    PYTHONPATH=/tmp/npshim python3 generate.py
The version matters: NetworkX 3.6 changed how _fruchterman_reingold floors a short displacement (networkx#8145,
closing #8113: a length below 0.01 now counts as 0.01; earlier versions, e.g. Debian's 2.8.8, replaced it by 0.1,
which moves these layouts by up to 0.03), and CooperationGraph follows the newer rule.

Graphs come from ../Centrality (NAME.edges.csv, NAME.nodes.csv: same nodes in the same order, same weights), plus
pair.*.csv written here (two tied nodes). For every case of cases.csv it writes CASE.csv:
    node,x0,y0,x,y
x0, y0: the initial positions given to spring_layout (NumPy RandomState(seed).rand(n, 2), or one shared point for the
equal-start case); x, y: nx.spring_layout(G, pos=initial, iterations=..., threshold=1e-4, weight=None|"weight",
method="force", seed=seed), which for fewer than 500 nodes runs the dense _fruchterman_reingold and rescale_layout
(centred on 0, largest |coordinate| 1).
"""
import csv
import inspect

import networkx as nx
import numpy

CENTRALITY = "../Centrality"

# case, graph, weighted, iterations, seed, start ("random" or "equal")
CASES = [
    ("path5", "path5", False, 50, 1, "random"),
    ("star6", "star6", False, 50, 2, "random"),
    ("k5", "k5", False, 50, 3, "random"),
    ("two_components_isolate", "two_components_isolate", False, 50, 4, "random"),
    ("pair", "pair", False, 50, 5, "random"),
    ("karate", "karate", False, 50, 6, "random"),
    ("karate_weighted", "karate", True, 50, 7, "random"),
    ("karate_10_iterations", "karate", False, 10, 8, "random"),
    ("florentine", "florentine", False, 50, 9, "random"),
    ("lesmis", "lesmis", False, 50, 10, "random"),
    ("lesmis_weighted", "lesmis", True, 50, 11, "random"),
    ("path5_equal_start", "path5", False, 50, 12, "equal"),
]


def read_graph(name):
    folder = "." if name == "pair" else CENTRALITY
    g = nx.Graph()
    with open(f"{folder}/{name}.nodes.csv", newline="") as f:
        rows = list(csv.reader(f))[1:]
        g.add_nodes_from(r[0] for r in rows)
    with open(f"{folder}/{name}.edges.csv", newline="") as f:
        for u, v, w in list(csv.reader(f))[1:]:
            g.add_edge(u, v, weight=float(w))
    return g


def write_pair():
    with open("pair.nodes.csv", "w", newline="") as f:
        csv.writer(f).writerows([["node"], ["a"], ["b"]])
    with open("pair.edges.csv", "w", newline="") as f:
        csv.writer(f).writerows([["source", "target", "weight"], ["a", "b", "1.0"]])


def spring(g, **kwargs):
    if "method" in inspect.signature(nx.spring_layout).parameters:
        kwargs["method"] = "force"
    return nx.spring_layout(g, **kwargs)


def main():
    write_pair()
    with open("cases.csv", "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["case", "graph", "weighted", "iterations", "seed"])
        for case, graph, weighted, iterations, seed, _ in CASES:
            wr.writerow([case, graph, "true" if weighted else "false", iterations, seed])
    for case, graph, weighted, iterations, seed, start in CASES:
        g = read_graph(graph)
        nodes = list(g.nodes())
        if start == "equal":
            initial = numpy.full((len(nodes), 2), 0.5)
        else:
            initial = numpy.random.RandomState(seed).rand(len(nodes), 2)
        pos = {n: initial[i] for i, n in enumerate(nodes)}
        result = spring(g, pos=pos, iterations=iterations, threshold=1e-4,
                        weight="weight" if weighted else None, seed=seed)
        with open(f"{case}.csv", "w", newline="") as f:
            f.write(f"# networkx {nx.__version__}, numpy {numpy.__version__}: spring_layout(G, pos=initial, "
                    f"iterations={iterations}, threshold=1e-4, weight={'weight' if weighted else None!r}, "
                    f"method='force', seed={seed}) on {graph}\n")
            wr = csv.writer(f)
            wr.writerow(["node", "x0", "y0", "x", "y"])
            for i, n in enumerate(nodes):
                wr.writerow([n, repr(float(initial[i, 0])), repr(float(initial[i, 1])),
                             repr(float(result[n][0])), repr(float(result[n][1]))])


if __name__ == "__main__":
    main()
