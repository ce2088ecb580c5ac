"""Reference layouts and their normalised stress, per connected component, from Graphviz neato and NetworkX.

Run from this folder:  /usr/bin/python3 make_stress_fixtures.py
Made with Python 3.11.2 (Debian's /usr/bin/python3), NetworkX 2.8.8, SciPy 1.10.1, NumPy 1.24.2 and
Graphviz 2.43.0 (`neato -V`: "neato - graphviz version 2.43.0 (0)"). kamada_kawai_layout needs SciPy, which
pyenv's Python with NetworkX 3.6.1 lacks; 2.8.8's kamada_kawai_layout is the same algorithm.

Graphs (GRAPH.nodes.csv, GRAPH.edges.csv: `node`; `source,target,weight`):
  karate, florentine, lesmis   NetworkX's karate_club_graph, florentine_families_graph, les_miserables_graph
                               (copied from ../../Centrality, made there by generate.py)
  loniow                       the enacted network of samples/loniow:
                                 cooperation-graph export samples/loniow --format graphml --layers enacted
  gmina                        one generated gmina's enacted network:
                                 cooperation-graph generate --gminas 1 --seed 2018 --out gen1
                                 cooperation-graph export gen1 --format graphml --layers enacted
Every layout here is unweighted: a tie has length 1, d_ij is the hop count.

For each graph and each connected component of two or more nodes (largest first, ties in order of first node):
  neato   neato -Gmode=major -Tplain (stress majorization, Gansner, Koren & North 2004; defaults otherwise:
          model=shortpath, edge len 1, maxiter 200, epsilon 1e-4, start random with its fixed default seed)
  kk      nx.kamada_kawai_layout(component, weight=None) (its default start: circular_layout)
and the normalised stress of each layout,
  stress(X) = min over s > 0 of  sum_{i<j} d_ij^-2 (s ||x_i - x_j|| - d_ij)^2  /  sum_{i<j} d_ij^-2 d_ij^2,
s* = sum w d ||.|| / sum w ||.||^2. With w = d^-2 the divisor is the number of pairs.
Writes stress.csv (graph,component,nodes,pairs,neato,kk) and GRAPH.positions.csv (tool,node,x,y: the raw positions).
"""
import csv
import itertools
import subprocess

import networkx as nx

GRAPHS = ["loniow", "karate", "florentine", "lesmis", "gmina"]


def read_graph(name):
    g = nx.Graph()
    with open(f"{name}.nodes.csv", newline="") as f:
        g.add_nodes_from(r[0] for r in list(csv.reader(f))[1:])
    with open(f"{name}.edges.csv", newline="") as f:
        for u, v, w in list(csv.reader(f))[1:]:
            g.add_edge(u, v, weight=float(w))
    return g


def components(g):
    order = {n: i for i, n in enumerate(g.nodes())}
    parts = [sorted(c, key=order.get) for c in nx.connected_components(g) if len(c) >= 2]
    return sorted(parts, key=lambda c: (-len(c), order[c[0]]))


def stress(g, pos):
    d = dict(nx.shortest_path_length(g))
    num = den = 0.0
    pairs = []
    for u, v in itertools.combinations(list(g.nodes()), 2):
        (xu, yu), (xv, yv) = pos[u], pos[v]
        length = ((xu - xv) ** 2 + (yu - yv) ** 2) ** 0.5
        pairs.append((d[u][v], length))
        num += length / d[u][v]
        den += length * length / d[u][v] ** 2
    s = num / den
    return sum((s * length - dij) ** 2 / dij ** 2 for dij, length in pairs) / len(pairs)


def neato(g):
    index = {n: i for i, n in enumerate(g.nodes())}
    lines = ["graph G {"] + [f"  n{index[n]};" for n in g.nodes()]
    lines += [f"  n{index[u]} -- n{index[v]};" for u, v in g.edges()]
    dot = "\n".join(lines + ["}"])
    out = subprocess.run(["neato", "-Gmode=major", "-Tplain"], input=dot, capture_output=True, text=True, check=True).stdout
    nodes = list(g.nodes())
    pos = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            pos[nodes[int(parts[1][1:])]] = (float(parts[2]), float(parts[3]))
    return pos


def main():
    with open("stress.csv", "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["graph", "component", "nodes", "pairs", "neato", "kk"])
        for name in GRAPHS:
            g = read_graph(name)
            rows = []
            for c, members in enumerate(components(g)):
                sub = g.subgraph(members).copy()
                layouts = {"neato": neato(sub), "kk": nx.kamada_kawai_layout(sub, weight=None)}
                n = len(members)
                out.writerow([name, c, n, n * (n - 1) // 2] + [repr(stress(sub, layouts[t])) for t in ("neato", "kk")])
                rows += [[t, node, repr(float(layouts[t][node][0])), repr(float(layouts[t][node][1]))]
                         for t in ("neato", "kk") for node in members]
            with open(f"{name}.positions.csv", "w", newline="") as p:
                w = csv.writer(p)
                w.writerow(["tool", "node", "x", "y"])
                w.writerows(rows)


if __name__ == "__main__":
    main()
