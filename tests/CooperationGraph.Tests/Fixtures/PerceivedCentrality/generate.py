"""Reference values for PerceivedCentralityReferenceTests: the perceived network of a partner survey under the weak
and the strong rule, its degree and betweenness (NetworkX), and Spearman's rank correlation of the two (SciPy).

Run from this folder: /usr/bin/python3 generate.py   (Debian 12: python3-networkx 2.8.8, python3-scipy 1.10.1,
python3-numpy 1.24.2). It reads the cases' survey.csv and respondents.csv and writes, per case:

  CASE.csv      one row per invited institution, in dataset order: id, responded, then for the weak network (every
                invited institution; tied when either reports a level >= 1) and the strong network (the respondents;
                tied when both do): degree = G.degree(), degree_centrality = nx.degree_centrality(G),
                betweenness = nx.betweenness_centrality(G, normalized=True); and the ranks by betweenness among the
                respondents, 1 = highest, ties sharing the best rank = scipy.stats.rankdata(-b, method="min"), after
                rounding b to 12 decimals. A non-respondent's strong cells are empty.
  expected.csv  per case: ties and density = nx.density(G) of each network; Freeman's degree and betweenness
                centralization of each, sum(max - v) / ((n-1)(n-2)) on degrees and / (n-1) on normalised
                betweenness (NetworkX has none; igraph's centr_degree/centr_betw normalised give the same); and
                scipy.stats.spearmanr of the respondents' degrees and of their betweenness (rounded to 12
                decimals) under the two rules ("nan" when one side is constant).

Cases: hand (Fixtures/Survey/hand.*, the six-institution case of SurveyByHandTests: five invited, e did not answer),
random1 and random2 (Fixtures/Survey, 30 and 60 invited), loniow (samples/loniow, 11 invited, 10 respondents).
Dataset order: institutions.csv for loniow, a..f for hand, respondents.csv for the random cases (their test datasets
list the institutions in that order). Floats are written with repr (full precision).
"""
import csv
import math
import os
import platform
import warnings

import networkx as nx
import numpy
import scipy
from scipy.stats import rankdata, spearmanr

HERE = os.path.dirname(os.path.abspath(__file__))
SURVEY = os.path.join(HERE, "..", "Survey")
LONIOW = os.path.join(HERE, "..", "..", "..", "..", "samples", "loniow")


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def case(name, folder, prefix, order):
    invited = [(r["institution_id"], r["responded"].strip().lower() in ("true", "tak", "1"))
               for r in rows(os.path.join(folder, prefix + "respondents.csv"))]
    answered = dict(invited)
    ids = [i for i in order if i in answered] if order else [i for i, _ in invited]
    levels = {}
    for r in rows(os.path.join(folder, prefix + "survey.csv")):
        levels[(r["respondent_id"], r["partner_id"])] = int(r["level"])
    respondents = [i for i in ids if answered[i]]

    def network(members, strong):
        g = nx.Graph()
        g.add_nodes_from(members)
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                x = levels.get((members[a], members[b]), 0) >= 1
                y = levels.get((members[b], members[a]), 0) >= 1
                if (x and y) if strong else (x or y):
                    g.add_edge(members[a], members[b])
        return g

    weak, strong = network(ids, False), network(respondents, True)
    values = {}
    for rule, g in (("weak", weak), ("strong", strong)):
        values[rule] = (dict(g.degree()), nx.degree_centrality(g), nx.betweenness_centrality(g, normalized=True))

    def freeman(v, maximum, n):
        if n < 3:
            return math.nan
        top = max(v.values())
        return sum(top - x for x in v.values()) / maximum

    def over(rule, k):
        return numpy.array([round(values[rule][k][i], 12) for i in respondents], dtype=float)

    rank_weak = dict(zip(respondents, rankdata(-over("weak", 2), method="min").astype(int)))
    rank_strong = dict(zip(respondents, rankdata(-over("strong", 2), method="min").astype(int)))
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "responded", "degree_weak", "degree_centrality_weak", "betweenness_weak",
                    "degree_strong", "degree_centrality_strong", "betweenness_strong", "rank_weak", "rank_strong"])
        for i in ids:
            d, dc, b = values["weak"]
            row = [i, "true" if answered[i] else "false", d[i], repr(dc[i]), repr(b[i])]
            if answered[i]:
                d, dc, b = values["strong"]
                row += [d[i], repr(dc[i]), repr(b[i]), rank_weak[i], rank_strong[i]]
            else:
                row += ["", "", "", "", ""]
            w.writerow(row)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rho_degree = spearmanr(over("weak", 0), over("strong", 0)).correlation
        rho_betweenness = spearmanr(over("weak", 2), over("strong", 2)).correlation
    result = [name]
    for rule, g in (("weak", weak), ("strong", strong)):
        n = g.number_of_nodes()
        d, _, b = values[rule]
        result += [g.number_of_edges(), repr(nx.density(g)),
                   repr(freeman(d, (n - 1) * (n - 2), n)), repr(freeman(b, n - 1, n))]
    return result + [repr(float(rho_degree)), repr(float(rho_betweenness))]


def main():
    loniow_order = [r["id"] for r in rows(os.path.join(LONIOW, "institutions.csv"))]
    cases = [
        case("hand", SURVEY, "hand.", list("abcdef")),
        case("random1", SURVEY, "random1.", None),
        case("random2", SURVEY, "random2.", None),
        case("loniow", LONIOW, "", loniow_order),
    ]
    with open(os.path.join(HERE, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "ties_weak", "density_weak", "degree_centralization_weak", "betweenness_centralization_weak",
                    "ties_strong", "density_strong", "degree_centralization_strong", "betweenness_centralization_strong",
                    "spearman_degree", "spearman_betweenness"])
        w.writerows(cases)
    with open(os.path.join(HERE, "versions.txt"), "w", encoding="utf-8") as f:
        f.write(f"Python {platform.python_version()}\nnetworkx {nx.__version__}\nscipy {scipy.__version__}\nnumpy {numpy.__version__}\n")


if __name__ == "__main__":
    main()
