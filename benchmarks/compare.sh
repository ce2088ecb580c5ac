#!/usr/bin/env bash
# Regenerates the "Against igraph and graph-tool" table in benchmarks/README.md: whole-process times of
# `cooperation-graph centrality` against python-igraph and graph-tool on synthetic networks made by
# `cooperation-graph generate`, in both shapes (the default, where gminas are knit into their powiat, and
# `--powiat-links 1`, where each gmina hangs on its powiat through its OPS), weighted and unweighted, plus all twelve
# measures at national size. Every run reports wall time and CPU time (user + system): on a shared machine the CPU
# time is the steadier number. Needs Debian's python3-igraph and python3-graph-tool for the baselines; neither is ever a
# dependency of the library or its tests.
#   bash benchmarks/compare.sh                       # this tree
#   bash benchmarks/compare.sh BEFORE.dll            # also "before": an older build of cooperation-graph.dll
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:-}
dotnet build -c Release src/CooperationGraph.Cli -v q -nologo >/dev/null
cg="dotnet src/CooperationGraph.Cli/bin/Release/net10.0/cooperation-graph.dll"
work=$(mktemp -d)
export OMP_NUM_THREADS=$(nproc)
# run NAME CMD...: times a whole process (it must succeed), appends "NAME wall cpu maxrss_kb" to $work/times.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { echo "$name failed:"; cat "$work/err"; exit 1; }
  read -r wall user sys rss < "$work/t"
  echo "$name $wall $(echo "$user + $sys" | bc -l) $rss" >> "$work/times"
}
get() { awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$work/times"; }
cell() { printf '%.2f s (%.2f)' "$(get "$1" 2)" "$(get "$1" 3)"; }
ratio() { printf '%.2f× (%.2f×)' "$(echo "$(get "$1" 2) / $(get "$2" 2)" | bc -l)" "$(echo "$(get "$1" 3) / $(get "$2" 3)" | bc -l)"; }
cat > "$work/run_igraph.py" <<'PY'
import csv, sys, igraph
rows = list(csv.DictReader(open(sys.argv[1])))
g = igraph.Graph.TupleList(((r["source"], r["target"], float(r["weight"])) for r in rows), directed=False, weights=True)
b = g.betweenness(weights=[1.0 / w for w in g.es["weight"]] if sys.argv[2] == "weighted" else None)
n = g.vcount()
with open(sys.argv[3], "w") as f:
    f.write("id,betweenness\n")
    for name, x in zip(g.vs["name"], b):
        f.write(f"{name},{x * 2 / ((n - 1) * (n - 2))!r}\n")
PY
cat > "$work/run_graph_tool.py" <<'PY'
import csv, sys
import graph_tool.all as gt
rows = list(csv.DictReader(open(sys.argv[1])))
g = gt.Graph(directed=False)
distance = g.new_edge_property("double")
g.add_edge_list(((r["source"], r["target"], 1.0 / float(r["weight"])) for r in rows), hashed=True, eprops=[distance])
gt.betweenness(g, weight=distance if sys.argv[2] == "weighted" else None)
PY
cat > "$work/differ.py" <<'PY'
import csv, sys
a = {r["id"]: float(r["betweenness"]) for r in csv.DictReader(open(sys.argv[1]))}
b = {r["id"]: float(r["betweenness"]) for r in csv.DictReader(open(sys.argv[2]))}
print(f"{max(abs(a[k] - b[k]) for k in b):.1e}")
PY
all=degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,constraint,effective_size,core,katz
head="| network | measure | ours$([ -n "$before" ] && echo ", before | ours, after") | python-igraph $(/usr/bin/python3 -c 'import igraph; print(igraph.__version__)') | graph-tool $(/usr/bin/python3 -c 'import graph_tool; print(graph_tool.__version__.split()[0])') ($OMP_NUM_THREADS threads) | ours / igraph | ours / graph-tool | ours − igraph (max) |"
table="$head
|---|---|$([ -n "$before" ] && echo "---:|")---:|---:|---:|---:|---:|---:|"
for shape in tight loose; do
  links=$([ $shape = loose ] && echo "--powiat-links 1" || true)
  $cg generate --gminas 1000 $links --out "$work/d" --ties "$work/$shape.csv" > "$work/g.txt"
  size=$(sed -n 2p "$work/g.txt" | sed 's/.*: //')
  for mode in unweighted weighted; do
    flag=$([ $mode = weighted ] && echo "--weighted" || true)
    key=$shape-$mode
    [ -n "$before" ] && run "$key-before" dotnet "$before" centrality "$work/$shape.csv" --metrics betweenness $flag --out "$work/before.csv"
    run "$key-ours" $cg centrality "$work/$shape.csv" --metrics betweenness $flag --out "$work/ours.csv"
    run "$key-igraph" /usr/bin/python3 "$work/run_igraph.py" "$work/$shape.csv" $mode "$work/igraph.csv"
    run "$key-gt" /usr/bin/python3 "$work/run_graph_tool.py" "$work/$shape.csv" $mode
    table="$table
| 1 000 gminas, $shape ($size) | $mode betweenness |$([ -n "$before" ] && echo " $(cell "$key-before") |") $(cell "$key-ours") | $(cell "$key-igraph") | $(cell "$key-gt") | $(ratio "$key-ours" "$key-igraph") | $(ratio "$key-ours" "$key-gt") | $(/usr/bin/python3 "$work/differ.py" "$work/ours.csv" "$work/igraph.csv") |"
  done
done
$cg generate --gminas 2477 --out "$work/d" --ties "$work/national.csv" > "$work/g.txt"
size=$(sed -n 2p "$work/g.txt" | sed 's/.*: //')
[ -n "$before" ] && run national-before dotnet "$before" centrality "$work/national.csv" --metrics "$all" --out "$work/before.csv"
run national-ours $cg centrality "$work/national.csv" --metrics "$all" --out "$work/ours.csv"
ties=$(($(wc -l < "$work/national.csv") - 1))
table="$table
| 2 477 gminas, national ($size) | all 12 measures |$([ -n "$before" ] && echo " $(cell national-before) |") $(cell national-ours) | — | — | — | — | — |

Times are whole process, wall clock, with CPU time (user + system) in brackets; ratios likewise. Load average at the
start $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores: the machine was shared, so compare CPU times and ratios from
the same run rather than absolute seconds. Peak resident memory of the national run: $(get national-ours 4) KB, the
.NET runtime included.
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(dotnet --version) SDK; $(date -u +%Y-%m-%d)."
echo "$table"
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
