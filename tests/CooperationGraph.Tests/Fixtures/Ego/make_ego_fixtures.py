"""Reference ego-network measures (issue 25) computed with NetworkX.

Run from this folder:  /usr/bin/python3 make_ego_fixtures.py
Made with Python 3.11.2 (Debian's /usr/bin/python3) and NetworkX 2.8.8 (Debian python3-networkx).

Reads the graphs of ../Communities (GRAPH.nodes.csv, GRAPH.edges.csv) for karate, florentine, lesmis and loniow,
unweighted, self-loops dropped, and writes ego.csv (graph,id,ego_size,ego_ties,ego_pairs,ego_density,ego_components,
two_step_reach,reach_efficiency), one row per node in nodes.csv order, shares with repr (17 significant digits),
undefined values as "nan":
  ego_size          len(G[v])
  ego_ties          G.subgraph(G[v]).number_of_edges()              (ties among the neighbours)
  ego_pairs         size*(size-1)//2
  ego_density       ties/pairs, nan when pairs == 0
  ego_components    nx.number_connected_components(G.subgraph(G[v]))  (0 when isolated)
  two_step_reach    (len(nx.single_source_shortest_path_length(G, v, cutoff=2)) - 1) / (n - 1), nan when n == 1
  reach_efficiency  two_step_reach / size, nan when size == 0
ego_ties is checked against nx.ego_graph(G, v): its edges minus the ego's own.
"""
import csv

import networkx as nx

GRAPHS = ["karate", "florentine", "lesmis", "loniow"]
SOURCE = "../Communities"


def read_graph(name):
    g = nx.Graph()
    with open(f"{SOURCE}/{name}.nodes.csv", newline="") as f:
        g.add_nodes_from(r[0] for r in list(csv.reader(f))[1:])
    with open(f"{SOURCE}/{name}.edges.csv", newline="") as f:
        for u, v, _ in list(csv.reader(f))[1:]:
            if u != v:
                g.add_edge(u, v)
    return g


def main():
    with open("ego.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["graph", "id", "ego_size", "ego_ties", "ego_pairs", "ego_density", "ego_components",
                      "two_step_reach", "reach_efficiency"])
        for name in GRAPHS:
            g = read_graph(name)
            n = g.number_of_nodes()
            for v in g.nodes():
                alters = g.subgraph(g[v])
                size = len(g[v])
                ties = alters.number_of_edges()
                assert ties == nx.ego_graph(g, v).number_of_edges() - size
                pairs = size * (size - 1) // 2
                density = ties / pairs if pairs > 0 else float("nan")
                components = nx.number_connected_components(alters)
                reach = len(nx.single_source_shortest_path_length(g, v, cutoff=2)) - 1
                two_step = reach / (n - 1) if n > 1 else float("nan")
                efficiency = two_step / size if size > 0 else float("nan")
                out.writerow([name, v, size, ties, pairs, repr(density), components, repr(two_step), repr(efficiency)])


if __name__ == "__main__":
    main()
