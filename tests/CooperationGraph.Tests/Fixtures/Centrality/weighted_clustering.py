"""Reference weighted clustering coefficients: NetworkX's clustering(G, weight="weight"), at full precision.

Run from this folder: python3 weighted_clustering.py   (written with networkx 3.6.1 on Python 3.11; any NetworkX 2.x/3.x
gives the same formula). It writes weighted_clustering.csv: graph,node,clustering for every node of every graph of
generate.py (read back from NAME.edges.csv and NAME.nodes.csv, so the graphs are exactly those of the other fixtures)
and of a few small graphs defined below. A header comment names the versions.

The measure is Onnela, Saramaki, Kertesz & Kaski (2005), https://doi.org/10.1103/PhysRevE.71.065103: for node i of
degree d, sum over triangles i, j, k of (w_ij w_jk w_ki / max_w^3)^(1/3), times 2 / (d (d - 1)); max_w is the largest
weight in the graph. NetworkX computes the cube roots with numpy.cbrt. Where NumPy is not installed (the Python with
networkx 3.6.1 that wrote the file had none), NetworkX's own code runs unchanged with a stand-in module that gives numpy.cbrt as math.cbrt (the C library's
cbrt, which NumPy's also calls) and the array's sum() as a plain left-to-right sum (NumPy's pairwise summation can
differ from it in the last bit for neighbourhoods with more than eight common neighbours; the tests allow 1e-12).
Any other use of the stand-in fails, so it cannot stand in for more than these two calls. Checked against networkx
2.8.8 with numpy 1.24.2 (Debian's /usr/bin/python3): the largest difference was 1.7e-16.
"""
import csv
import math
import os
import platform
import sys
import types

try:
    import numpy
    NUMPY = f"numpy {numpy.__version__}"
except ImportError:
    class _Roots(list):
        def sum(self):
            total = 0.0
            for x in self:
                total += x
            return total

    def _missing(name):
        raise AttributeError(f"numpy stand-in has no {name}")

    stand_in = types.ModuleType("numpy")
    stand_in.cbrt = lambda values: _Roots(math.cbrt(v) for v in values)
    stand_in.__getattr__ = _missing
    sys.modules["numpy"] = stand_in
    NUMPY = "no numpy: numpy.cbrt = math.cbrt stand-in, left-to-right sum"

import networkx as nx  # noqa: E402  (after the stand-in, which NetworkX imports lazily anyway)

GRAPHS = ["path5", "star6", "k5", "two_components_isolate", "karate", "florentine", "lesmis", "davis_women",
          "triangle_path", "gminas12"]


def read(name):
    g = nx.Graph()
    with open(f"{name}.nodes.csv", newline="") as f:
        g.add_nodes_from(r["node"] for r in csv.DictReader(f))
    with open(f"{name}.edges.csv", newline="") as f:
        for r in csv.DictReader(f):
            g.add_edge(r["source"], r["target"], weight=float(r["weight"]))
    return g


def small():
    # The example of the issue: triangle a, b, c of strength 1 and a pendant tie c - d of strength 2 (c: 1/6).
    pendant = nx.Graph()
    pendant.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 2)])
    # K4 with six different strengths, and two triangles sharing the tie hub - x with a weak and a strong third side.
    k4 = nx.Graph()
    k4.add_weighted_edges_from([("a", "b", 1), ("a", "c", 2), ("a", "d", 3), ("b", "c", 4), ("b", "d", 5), ("c", "d", 6)])
    bowtie = nx.Graph()
    bowtie.add_weighted_edges_from([("hub", "x", 8), ("hub", "y", 0.5), ("x", "y", 2), ("hub", "z", 1), ("x", "z", 3),
                                    ("z", "w", 0.25)])
    return [("triangle_pendant", pendant), ("k4_weighted", k4), ("two_triangles", bowtie)]


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":  # set iteration order (and so the order of the sums) fixed from run to run
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    graphs = [(name, read(name)) for name in GRAPHS] + small()
    with open("weighted_clustering.csv", "w", newline="") as f:
        f.write(f"# networkx {nx.__version__}, {NUMPY}, Python {platform.python_version()}; "
                "nx.clustering(G, weight=\"weight\")\n")
        wr = csv.writer(f)
        wr.writerow(["graph", "node", "clustering"])
        for name, g in graphs:
            values = nx.clustering(g, weight="weight")
            for node in g.nodes():
                wr.writerow([name, node, repr(float(values[node]))])


if __name__ == "__main__":
    main()
