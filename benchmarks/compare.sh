#!/usr/bin/env bash
# Regenerates the "Against igraph and NetworkX" table in benchmarks/README.md: whole-process times of
# `cooperation-graph centrality` against python-igraph (and NetworkX on the smaller network) on synthetic networks made
# by `cooperation-graph generate`, all in this session on this machine. Needs python3-igraph and python3-networkx
# (Debian) for the baselines; they are never a dependency of the library or its tests.
#   bash benchmarks/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/CooperationGraph.Cli -v q -nologo >/dev/null
cg="dotnet src/CooperationGraph.Cli/bin/Release/net10.0/cooperation-graph.dll"
work=$(mktemp -d)
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l | xargs printf '%.2f'; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
cat > "$work/igraph_betweenness.py" <<'PY'
import csv, sys, igraph
rows = list(csv.DictReader(open(sys.argv[1])))
g = igraph.Graph.TupleList(((r["source"], r["target"]) for r in rows), directed=False)
g.betweenness()
PY
cat > "$work/networkx_betweenness.py" <<'PY'
import csv, sys, networkx as nx
g = nx.Graph()
g.add_edges_from((r["source"], r["target"]) for r in csv.DictReader(open(sys.argv[1])))
nx.betweenness_centrality(g)
PY
all=degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,constraint,effective_size,core,katz
table="| network | institutions / ties | ours, betweenness | python-igraph, betweenness | ratio | ours, all 12 measures |
|---|---|---:|---:|---:|---:|"
for gminas in 1000 2477; do
  $cg generate --gminas "$gminas" --out "$work/d$gminas" --ties "$work/t$gminas.csv" > "$work/g$gminas.txt"
  size=$(sed -n 2p "$work/g$gminas.txt" | sed 's/.*: //')
  ours=$(seconds $cg centrality "$work/t$gminas.csv" --metrics betweenness --out "$work/o.csv")
  igraph=$(seconds /usr/bin/python3 "$work/igraph_betweenness.py" "$work/t$gminas.csv")
  full=$(seconds $cg centrality "$work/t$gminas.csv" --metrics "$all" --out "$work/o.csv")
  table="$table
| $gminas gminas | $size | $ours s | $igraph s | $(ratio "$ours" "$igraph")× | $full s |"
done
$cg generate --gminas 300 --out "$work/d300" --ties "$work/t300.csv" > /dev/null
ours=$(seconds $cg centrality "$work/t300.csv" --metrics betweenness --out "$work/o.csv")
nx=$(seconds /usr/bin/python3 "$work/networkx_betweenness.py" "$work/t300.csv")
table="$table

NetworkX on the 300-gmina network: ours $ours s, NetworkX $nx s, ratio $(ratio "$ours" "$nx")×.
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(dotnet --version) SDK; $(date -u +%Y-%m-%d)."
python3 - "$table" <<'PY'
import re, sys
path = "benchmarks/README.md"
text = open(path, encoding="utf-8").read()
block = "<!-- compare:start -->\n" + sys.argv[1] + "\n<!-- compare:end -->"
text = re.sub(r"<!-- compare:start -->.*?<!-- compare:end -->", lambda _: block, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
rm -rf "$work"
echo "benchmarks/README.md updated"
