"""What NetworkX reads back from CooperationGraph's exports of the Loniow sample.

Made once with NetworkX 3.6 (GEXF 1.3 needs NetworkX >= 3.0); not a dependency of the tests. Regenerate after changing
the writers, from the repository root:
    for f in gexf graphml pajek; do dotnet run --project src/CooperationGraph.Cli -- export samples/loniow --format $f \
        --out tests/CooperationGraph.Tests/Fixtures/Exchange/loniow.$f; done
    cd tests/CooperationGraph.Tests/Fixtures/Exchange && python3 generate.py
Writes loniow.readback.csv: format,source,target,weight (each edge with its ends sorted) and format,node,sector rows.
"""
import csv

import networkx as nx

rows = []
for fmt, graph in (("gexf", nx.read_gexf("loniow.gexf")), ("graphml", nx.read_graphml("loniow.graphml")),
                   ("pajek", nx.Graph(nx.read_pajek("loniow.pajek")))):
    for u, v, d in graph.edges(data=True):
        a, b = sorted((u, v))
        rows.append((fmt, a, b, repr(float(d.get("weight", 1.0)))))
    for n, d in graph.nodes(data=True):
        rows.append((fmt, n, "", d.get("sector", "")))
with open("loniow.readback.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["format", "source", "target", "weight_or_sector"])
    w.writerows(sorted(rows))
print("networkx", nx.__version__, len(rows), "rows")
