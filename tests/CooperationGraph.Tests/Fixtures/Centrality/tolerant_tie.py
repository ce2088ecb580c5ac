"""Reference for PathGuardsAndTiesTests.A_near_tie_behind_a_long_bridge_is_a_tie_in_betweenness_alone_as_in_igraph.

A bridge x–s of strength 1e-6·√2 (distance 707106.78…) into the cycle s–a–t–b–s of strengths √2, 1.000001·√2, √2, √2:
from s, t lies 7.07e-7 nearer through a than through b, 5e-7 of the distance (not a tie within 1e-10), while from x the
two routes differ by 1e-12 of the distance: a tie within igraph's relative 1e-10. Strengths are not short decimals, so
CooperationGraph compares within that tolerance, as igraph does. Run with python-igraph 0.10.2 (Debian python3-igraph),
Python 3.11.2, on 2026-12-06; it prints betweenness raw and normalised by (n − 1)(n − 2)/2:
  a 1.75 0.2916666666666667
  b 0.25 0.041666666666666664
  s 3.0 0.5
  t 1.0 0.16666666666666666
  x 0.0 0.0
"""
import math

import igraph

r = math.sqrt(2)
edges = [("x", "s", 1e-6 * r), ("s", "a", r), ("a", "t", 1.000001 * r), ("t", "b", r), ("b", "s", r)]
names = sorted({u for e in edges for u in e[:2]})
g = igraph.Graph()
g.add_vertices(names)
g.add_edges([(u, v) for u, v, _ in edges])
weights = [1 / s for *_, s in edges]
n = len(names)
for name, value in zip(names, g.betweenness(weights=weights)):
    print(name, value, value / ((n - 1) * (n - 2) / 2))
