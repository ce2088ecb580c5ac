#!/usr/bin/env bash
# Mutation testing of one folder of src/CooperationGraph (issue 26), with Stryker.NET.
#   tests/mutation.sh Graph        # or Metrics, IO, Analysis, Metrics/Survey, ...
#   tests/mutation.sh Metrics/Survey "FullyQualifiedName~CooperationGraph.Tests.Metrics.Survey"
#   tests/mutation.sh Metrics/Gaps "FullyQualifiedName~CooperationGraph.Tests.Metrics.Gaps" --survivors-of OLD.json
# The optional second argument is a vstest test-case filter: only those tests run against the mutants (a lower
# bound of the score, and far faster: the coverage pass runs only them).
# --survivors-of REPORT re-tests only the mutants that survived, had no coverage or timed out in an earlier
# mutation-report.json of the same folder: Stryker mutates just their text spans (the lines each one spans), and the
# score printed is the folder's over the earlier count, each mutant re-tested in the spans taken as it fares now (a
# survivor now detected counts detected; one detected before that survives now counts survived). It refuses when a
# file's source differs from the one in the report. Valid only when the tests since are the old ones plus new ones.
# --only A.cs,B.cs mutates only those files of the folder: a large folder (IO/: 2 100 mutants) in groups of files,
# each group's report then read by --survivors-of on its own.
# A mutant counts as timed out (detected) when its tests run 20 s longer than without it (tests/stryker-config.json;
# Stryker's default of 5 s let a loaded machine time out mutants of a string or a buffer size); a timeout is re-tested
# by --survivors-of, so that one taken under load does not stand.
# --score REPORT.json scores a report already made (with --survivors-of, as that run would have), without running.
# Survivors read one by one (tests/mutation-survivors.tsv, each equivalent or not worth a test, with its reason) are
# named as such, and a second score is printed without the equivalent ones.
# Runs on one core (--concurrency 1) and takes tens of minutes; CI does not run it.
# Reports go to tests/mutation-output/FOLDER/<timestamp>/ (gitignored); the script ends by
# printing the score, the counts per status and every surviving mutant as file:line.
set -euo pipefail

usage() {
  echo "usage: tests/mutation.sh FOLDER [TEST_FILTER] [--survivors-of REPORT.json] [--only FILE.cs,...] [--score REPORT.json]   (a folder of src/CooperationGraph, e.g. Graph)" >&2
  exit 2
}
positional=()
previous=""
only=""
scored=""
while [ $# -gt 0 ]; do
  case "$1" in
    --survivors-of) [ $# -ge 2 ] || usage; previous="$2"; shift 2 ;;
    --only) [ $# -ge 2 ] || usage; only="$2"; shift 2 ;;
    --score) [ $# -ge 2 ] || usage; scored="$2"; shift 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
if [ ${#positional[@]} -lt 1 ] || [ ${#positional[@]} -gt 2 ] || [ -z "${positional[0]}" ]; then usage; fi
folder="${positional[0]%/}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
if [ ! -d "$root/src/CooperationGraph/$folder" ]; then
  echo "no folder src/CooperationGraph/$folder" >&2
  exit 2
fi
filter=()
if [ ${#positional[@]} -eq 2 ]; then filter=(--test-case-filter "${positional[1]}"); fi
mutate=(--mutate "**/$folder/**/*.cs")
if [ -n "$only" ]; then
  mutate=()
  IFS=',' read -r -a files <<< "$only"
  for f in "${files[@]}"; do
    if [ ! -f "$root/src/CooperationGraph/$folder/$f" ]; then echo "no file src/CooperationGraph/$folder/$f" >&2; exit 2; fi
    mutate+=(--mutate "**/$folder/$f")
  done
fi
if [ -n "$previous" ]; then
  if [ ! -f "$previous" ]; then echo "no report $previous" >&2; exit 2; fi
  previous="$(cd "$(dirname "$previous")" && pwd)/$(basename "$previous")"
  mutate=()
  # One pattern per file: the character spans of its survivors, widened to whole lines.
  patterns="$(python3 - "$previous" "$root" "$folder" <<'PY'
import json, sys
report, root, folder = sys.argv[1], sys.argv[2], sys.argv[3]
data = json.load(open(report, encoding="utf-8"))
for path, f in sorted(data["files"].items()):
    rel = path.split("src/CooperationGraph/")[-1]
    if not rel.startswith(folder + "/") or not f["mutants"]:
        continue  # another folder, or a file the earlier run did not mutate (its source is not kept in the report)
    with open(f"{root}/src/CooperationGraph/{rel}", encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    if text != f["source"]:
        sys.exit(f"src/CooperationGraph/{rel} changed since {report}: re-run the whole folder")
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"] + [len(text) + 1]
    spans = sorted((starts[m["location"]["start"]["line"] - 1], starts[m["location"]["end"]["line"]] - 1)
                   for m in f["mutants"] if m["status"] in ("Survived", "NoCoverage", "Timeout"))
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if merged:
        print(f"**/{rel}" + "".join(f"{{{s}..{e}}}" for s, e in merged))
PY
)"
  while IFS= read -r pattern; do
    if [ -n "$pattern" ]; then mutate+=(--mutate "$pattern"); fi
  done <<< "$patterns"
  if [ ${#mutate[@]} -eq 0 ]; then echo "no survivors in $previous" >&2; exit 0; fi
fi
out="$here/mutation-output/$folder"
if [ -n "$scored" ]; then
  [ -f "$scored" ] || { echo "no report $scored" >&2; exit 2; }
  report="$scored"
else
mkdir -p "$out"

cd "$root"
dotnet tool restore >/dev/null
cd "$here/CooperationGraph.Tests"
dotnet tool run dotnet-stryker -- \
  --config-file ../stryker-config.json \
  --project CooperationGraph.csproj \
  "${mutate[@]}" \
  --concurrency 1 \
  --reporter Progress --reporter Html --reporter Json \
  --skip-version-check \
  "${filter[@]}" \
  --output "$out"

report="$(ls -t "$out"/*/reports/mutation-report.json 2>/dev/null | head -n 1 || true)"
[ -n "$report" ] || report="$(ls -t "$out"/reports/mutation-report.json 2>/dev/null | head -n 1 || true)"
if [ -z "$report" ]; then
  echo "no mutation-report.json under $out" >&2
  exit 1
fi
fi
python3 - "$report" "$folder" "$previous" "$root" <<'PY'
import collections, json, sys
report, folder, previous, root = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

def mutants(path):
    data = json.load(open(path, encoding="utf-8"))
    for name, f in sorted(data["files"].items()):
        rel = name.split("src/CooperationGraph/")[-1]
        if rel.startswith(folder + "/"):
            for m in f["mutants"]:
                yield rel, m

def key(rel, m):
    start = m["location"]["start"]
    return rel, start["line"], start["column"], m["mutatorName"], m.get("replacement") or ""

def line(rel, m):
    return "  %s:%d  %s  %s  -> %s" % (rel, m["location"]["start"]["line"], m["status"], m["mutatorName"],
                                        (m.get("replacement") or "").replace("\n", " ")[:80])

alive = ("Survived", "NoCoverage")
print(f"report: {report}")
if not previous:
    counts = collections.Counter(m["status"] for _, m in mutants(report))
    survivors = [(rel, m) for rel, m in mutants(report) if m["status"] in alive]
else:
    now = {key(rel, m): m["status"] for rel, m in mutants(report)}
    counts = collections.Counter()
    survivors = []
    tested = alive + ("Killed", "Timeout")
    for rel, m in mutants(previous):
        status = m["status"]
        if status in alive and key(rel, m) not in now:
            sys.exit(f"{rel}:{m['location']['start']['line']} {m['mutatorName']}: not in the new report")
        if status in tested and now.get(key(rel, m)) in tested:
            status = now[key(rel, m)]  # re-tested in the spans: today's outcome, also for one detected before
        if status in alive:
            survivors.append((rel, dict(m, status=status)))
        counts[status] += 1
    print(f"earlier report: {previous} (its survivors and the mutants beside them re-tested; the rest kept)")
detected = counts["Killed"] + counts["Timeout"]
valid = detected + counts["Survived"] + counts["NoCoverage"]
print("counts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
print(f"score: {100.0 * detected / valid:.2f} % ({detected} of {valid} detected)" if valid else "score: no valid mutants")

# Survivors read one by one are listed in tests/mutation-survivors.tsv: the file, the line, the source text of that
# line, the mutator, the replacement, the reading ("equivalent": no test can tell the mutant from the source; "not
# worth a test": it changes only what no result shows, such as when a converged value stops) and the reason. An entry
# counts only when all five keys still match a survivor; one that matches none (detected now, or the source moved) is
# named. A second score leaves the equivalent ones out, as the mutation score's definition does (Stryker cannot know
# them); the survivors with no reading are counted.
def squash(text):
    return " ".join((text or "").split())

readings = ("equivalent", "not worth a test")
listed = {}
with open(f"{root}/tests/mutation-survivors.tsv", encoding="utf-8") as handle:
    for number, row in enumerate(handle, start=1):
        if number == 1 or not row.strip():
            continue
        fields = row.rstrip("\n").split("\t")
        if len(fields) != 7 or fields[5] not in readings:
            sys.exit(f"tests/mutation-survivors.tsv line {number}: 7 tab-separated fields expected, the sixth one of {readings}")
        rel, at, text, mutator, replacement, reading, reason = fields
        if rel.startswith(folder + "/"):
            listed[(rel, int(at), mutator, squash(replacement))] = (squash(text), reading, reason, number)

sources = {}
def source_line(rel, at):
    if rel not in sources:
        with open(f"{root}/src/CooperationGraph/{rel}", encoding="utf-8-sig") as handle:
            sources[rel] = handle.read().split("\n")
    lines = sources[rel]
    return squash(lines[at - 1]) if 0 < at <= len(lines) else ""

read = {}
for rel, m in survivors:
    at = m["location"]["start"]["line"]
    entry = (rel, at, m["mutatorName"], squash(m.get("replacement")))
    if entry in listed and listed[entry][0] == source_line(rel, at):
        read[id(m)] = entry
reported = {rel for rel, _ in mutants(report)}  # a group's report: entries of the other files are not its business
for entry, (text, reading, reason, number) in sorted(listed.items(), key=lambda item: item[1][3]):
    if entry not in read.values() and entry[0] in reported:
        print(f"tests/mutation-survivors.tsv line {number} matches no survivor (detected now, or the source moved): {entry[0]}:{entry[1]} {entry[2]}")
equivalent = sum(1 for entry in read.values() if listed[entry][1] == "equivalent")
print(f"survivors read: {len(read)} of {len(survivors)} ({equivalent} equivalent, {len(read) - equivalent} not worth a test)")
net = valid - equivalent
if net:
    print(f"score without the equivalent ones: {100.0 * detected / net:.2f} % ({detected} of {net} detected)")
for rel, m in survivors:
    entry = read.get(id(m))
    print(line(rel, m) + (f"   [{listed[entry][1]}: {listed[entry][2]}]" if entry else ""))
PY
