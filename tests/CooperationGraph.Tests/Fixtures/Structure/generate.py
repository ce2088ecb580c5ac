"""Reference values for cut points, bridges and fragmentation, computed with NetworkX.

Run from this folder: python3 generate.py  (NetworkX >= 2.8; Debian: python3-networkx).
Per graph NAME it writes NAME.edges.csv (0-based node ids, one undirected edge per line) and NAME.expected.csv with,
per node: articulation (0/1), fragmentation_without (Borgatti's F of the graph with the node removed, repr() floats);
NAME.bridges.csv lists bridges as (smaller, larger). The first line of each expected file names the NetworkX version.
"""
import csv
import networkx as nx


def fragmentation(g):
    n = g.number_of_nodes()
    if n < 2:
        return float("nan")
    reach = sum(len(c) * (len(c) - 1) for c in nx.connected_components(g))
    return 1 - reach / (n * (n - 1))


def write(name, g):
    g = nx.convert_node_labels_to_integers(g, ordering="sorted")
    with open(f"{name}.edges.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target"])
        for u, v in sorted((min(e), max(e)) for e in g.edges()):
            w.writerow([u, v])
    cut = set(nx.articulation_points(g))
    with open(f"{name}.expected.csv", "w", newline="") as f:
        f.write(f"# networkx {nx.__version__}; nodes={g.number_of_nodes()}; fragmentation={fragmentation(g)!r}\n")
        w = csv.writer(f)
        w.writerow(["node", "articulation", "fragmentation_without"])
        for v in sorted(g.nodes()):
            h = g.copy()
            h.remove_node(v)
            w.writerow([v, int(v in cut), repr(fragmentation(h))])
    with open(f"{name}.bridges.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target"])
        for u, v in sorted((min(e), max(e)) for e in nx.bridges(g)):
            w.writerow([u, v])


def main():
    write("karate", nx.karate_club_graph())
    write("florentine", nx.florentine_families_graph())
    lesmis = nx.les_miserables_graph()
    write("lesmis", lesmis)
    g = nx.barbell_graph(5, 3)
    g.add_nodes_from([100, 101])
    g.add_edge(102, 103)
    write("barbell_with_isolates", g)
    write("random_sparse", nx.gnm_random_graph(60, 70, seed=20180801))
    write("tree", nx.random_labeled_tree(40, seed=9) if hasattr(nx, "random_labeled_tree") else nx.random_tree(40, seed=9))


if __name__ == "__main__":
    main()
