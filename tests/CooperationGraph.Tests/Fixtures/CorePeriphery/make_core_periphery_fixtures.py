"""Reference optimum of the Borgatti-Everett (1999) discrete core-periphery model, core-periphery pairs not counted, by
exhaustive search over all 2^n core sets, and numpy's correlation of our own cores.

Run from this folder:  /usr/bin/python3 make_core_periphery_fixtures.py
Made with Python 3.11.2 (Debian's /usr/bin/python3) and numpy 1.24.2 (Debian python3-numpy).

The correlation of a core set C: Pearson's r between a_ij (1 when i-j is a tie) and d_ij (1 when i, j are both in C,
0 when both are outside) over the unordered pairs {i, j} inside C or inside its complement (pairs across are left out).
With c = |C|, p = n - c, Nc = c(c-1)/2, Np = p(p-1)/2, N = Nc + Np, Ecc / Epp the ties inside C / outside, E = Ecc + Epp:
    r = (N Ecc - E Nc) / sqrt(Nc Np E (N - E)),  undefined when Nc = 0, Np = 0, E = 0 or E = N.
The exhaustive search evaluates this formula for every mask (vectorised); the optimum is then recomputed with
numpy.corrcoef on the explicit pair vectors, which must agree to 1e-12 (asserted here).

Graphs (GRAPH.nodes.csv with `node`, GRAPH.edges.csv with `source,target,weight`; weights are ignored):
  florentine, loniow, gmina2019, gmina2018, gmina2020 are read from ../Communities (see its README);
  random graphs are made here and written to this folder:
    gnpN_P_S:   numpy.random.default_rng(S), nodes v0..v{N-1}, each pair i<j tied when rng.random() < P (row order)
    plantedN_S: as gnp, with the first 5 nodes a core: pair probability 0.9 core-core, 0.4 core-periphery, 0.1 else
Writes optimum.csv: graph,n,ties,correlation,optima,core
  (correlation with 17 significant digits, empty when no set defines it; optima = number of core sets within 1e-12 of
  the best; core = the optimal set with the smallest mask, ids joined by spaces).
Our cores: ours.csv (graph,core) written by the C# test (see README.md) is read back and numpy.corrcoef of each core
  is written to ours_correlation.csv (graph,correlation).
"""
import csv
import os

import numpy as np

COMMUNITY_GRAPHS = ["florentine", "loniow", "gmina2019", "gmina2018", "gmina2020"]
RANDOM = [("gnp", n, p, s) for n in (6, 8, 10, 12, 14, 16) for p in (0.2, 0.35, 0.5) for s in (1, 2)] + \
         [("planted", 12, None, s) for s in (1, 2)] + [("planted", 16, None, s) for s in (1, 2, 3)]


def random_graph(kind, n, p, seed):
    rng = np.random.default_rng(seed)
    nodes = [f"v{i}" for i in range(n)]
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            q = p if kind == "gnp" else (0.9 if j < 5 else 0.4 if i < 5 else 0.1)
            if rng.random() < q:
                edges.append((nodes[i], nodes[j]))
    name = f"gnp{n}_{p}_{seed}" if kind == "gnp" else f"planted{n}_{seed}"
    with open(f"{name}.nodes.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["node"])
        w.writerows([v] for v in nodes)
    with open(f"{name}.edges.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        w.writerows([u, v, "1.0"] for u, v in edges)
    return name


def read_graph(folder, name):
    with open(os.path.join(folder, f"{name}.nodes.csv"), newline="") as f:
        nodes = [r[0] for r in list(csv.reader(f))[1:]]
    index = {v: i for i, v in enumerate(nodes)}
    edges = set()
    with open(os.path.join(folder, f"{name}.edges.csv"), newline="") as f:
        for u, v, _ in list(csv.reader(f))[1:]:
            if u != v:
                edges.add((min(index[u], index[v]), max(index[u], index[v])))
    return nodes, sorted(edges)


def corrcoef(n, edges, core):
    """numpy.corrcoef over the counted pairs; None when undefined."""
    tied = set(edges)
    a, d = [], []
    for i in range(n):
        for j in range(i + 1, n):
            if core[i] == core[j]:
                a.append(1.0 if (i, j) in tied else 0.0)
                d.append(1.0 if core[i] else 0.0)
    if len(a) < 2 or np.std(a) == 0 or np.std(d) == 0:
        return None
    return float(np.corrcoef(np.array(a), np.array(d))[0, 1])


def exhaustive(n, edges):
    masks = np.arange(1 << n, dtype=np.int64)
    c = np.zeros(masks.shape, dtype=np.int64)
    for v in range(n):
        c += (masks >> v) & 1
    ecc = np.zeros(masks.shape, dtype=np.int64)
    epp = np.zeros(masks.shape, dtype=np.int64)
    for u, v in edges:
        bu, bv = (masks >> u) & 1, (masks >> v) & 1
        ecc += bu & bv
        epp += (1 - bu) & (1 - bv)
    p = n - c
    nc, np_ = c * (c - 1) // 2, p * (p - 1) // 2
    total, e = nc + np_, ecc + epp
    defined = (nc > 0) & (np_ > 0) & (e > 0) & (e < total)
    r = np.full(masks.shape, -np.inf)
    num = total[defined].astype(float) * ecc[defined] - e[defined].astype(float) * nc[defined]
    den = np.sqrt(nc[defined].astype(float) * np_[defined] * e[defined] * (total[defined] - e[defined]))
    r[defined] = num / den
    best = r.max()
    if best == -np.inf:
        return None, 0, None
    optima = int(np.count_nonzero(r >= best - 1e-12))
    mask = int(np.argmax(r >= best - 1e-12))
    core = [(mask >> v) & 1 == 1 for v in range(n)]
    check = corrcoef(n, edges, core)
    assert abs(check - best) < 1e-12, (check, best)
    return check, optima, core


def main():
    names = [(f"../Communities", g) for g in COMMUNITY_GRAPHS] + [(".", random_graph(*r)) for r in RANDOM]
    with open("optimum.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["graph", "n", "ties", "correlation", "optima", "core"])
        for folder, name in names:
            nodes, edges = read_graph(folder, name)
            best, optima, core = exhaustive(len(nodes), edges)
            ids = "" if core is None else " ".join(v for v, k in zip(nodes, core) if k)
            out.writerow([name, len(nodes), len(edges), "" if best is None else repr(best), optima, ids])
            print(name, len(nodes), len(edges), best, optima)
    if os.path.exists("ours.csv"):
        folders = {name: folder for folder, name in names}
        with open("ours.csv", newline="") as f, open("ours_correlation.csv", "w", newline="") as g:
            out = csv.writer(g, lineterminator="\n")
            out.writerow(["graph", "correlation"])
            for graph, ids in list(csv.reader(f))[1:]:
                nodes, edges = read_graph(folders.get(graph, "../Communities"), graph)
                members = set(ids.split())
                r = corrcoef(len(nodes), edges, [v in members for v in nodes])
                out.writerow([graph, "" if r is None else repr(r)])


if __name__ == "__main__":
    main()
