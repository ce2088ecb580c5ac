#!/usr/bin/env bash
# Mutation testing of one folder of src/CooperationGraph (issue 26), with Stryker.NET.
#   tests/mutation.sh Graph        # or Metrics, IO, Analysis, Metrics/Survey, ...
#   tests/mutation.sh Metrics/Survey "FullyQualifiedName~CooperationGraph.Tests.Metrics.Survey"
# The optional second argument is a vstest test-case filter: only those tests run against the mutants (a lower
# bound of the score, and far faster: the coverage pass runs only them).
# Runs on one core (--concurrency 1) and takes tens of minutes; CI does not run it.
# Reports go to tests/mutation-output/FOLDER/<timestamp>/ (gitignored); the script ends by
# printing the score, the counts per status and every surviving mutant as file:line.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ] || [ -z "$1" ]; then
  echo "usage: tests/mutation.sh FOLDER [TEST_FILTER]   (a folder of src/CooperationGraph, e.g. Graph)" >&2
  exit 2
fi
folder="${1%/}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
if [ ! -d "$root/src/CooperationGraph/$folder" ]; then
  echo "no folder src/CooperationGraph/$folder" >&2
  exit 2
fi
filter=()
if [ $# -eq 2 ]; then filter=(--test-case-filter "$2"); fi
out="$here/mutation-output/$folder"
mkdir -p "$out"

cd "$root"
dotnet tool restore >/dev/null
cd "$here/CooperationGraph.Tests"
dotnet tool run dotnet-stryker -- \
  --project CooperationGraph.csproj \
  --mutate "**/$folder/**/*.cs" \
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
python3 - "$report" <<'PY'
import collections, json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
counts = collections.Counter()
survivors = []
for path, f in sorted(data["files"].items()):
    for m in f["mutants"]:
        counts[m["status"]] += 1
        if m["status"] in ("Survived", "NoCoverage"):
            survivors.append((path.split("src/CooperationGraph/")[-1], m["location"]["start"]["line"],
                              m["status"], m["mutatorName"], (m.get("replacement") or "").replace("\n", " ")[:80]))
detected = counts["Killed"] + counts["Timeout"]
valid = detected + counts["Survived"] + counts["NoCoverage"]
print(f"report: {sys.argv[1]}")
print("counts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
print(f"score: {100.0 * detected / valid:.2f} % ({detected} of {valid} detected)" if valid else "score: no valid mutants")
for s in survivors:
    print("  %s:%d  %s  %s  -> %s" % s)
PY
