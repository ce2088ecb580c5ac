"""What NetworkX reads back from CooperationGraph's exports of the Loniow sample.

Made with NetworkX 3.6.1 (GEXF 1.3 needs NetworkX >= 3.0); not a dependency of the tests. Regenerate after changing
the writers, from the repository root:
    for f in gexf graphml pajek; do dotnet run --project src/CooperationGraph.Cli -- export samples/loniow --format $f \
        --out tests/CooperationGraph.Tests/Fixtures/Exchange/loniow.$f; done
    cd tests/CooperationGraph.Tests/Fixtures/Exchange && python3 generate.py
Writes loniow.readback.csv: format,source,target,weight (each edge with its ends sorted) and format,node,sector rows;
and loniow.readback.nodes.csv: format,node,attribute,value for every node attribute NetworkX reads from GEXF and
GraphML (label, sector, level, unit, the centrality measures), floats as Python's repr.
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

attributes = []
for fmt, graph in (("gexf", nx.read_gexf("loniow.gexf")), ("graphml", nx.read_graphml("loniow.graphml"))):
    for n, d in graph.nodes(data=True):
        for key, value in d.items():
            attributes.append((fmt, n, key, repr(value) if isinstance(value, float) else str(value)))
with open("loniow.readback.nodes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["format", "node", "attribute", "value"])
    w.writerows(sorted(attributes))
print("networkx", nx.__version__, len(attributes), "node attributes")
