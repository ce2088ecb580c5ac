#!/bin/sh
# Regenerates the screenshots of the over-time charts (Łoniów, `analyze --every quarter --project-end 2021-06-30`) and
# of the 2 477-gmina dashboard (`generate --gminas 2477`, `compare --by unit --group-by powiat`), English and Polish,
# into docs/images/. Needs the .NET 10 SDK and headless Chromium (/usr/bin/chromium); run from the repository root.
# (The map's screenshots come from docs/make_screenshots.sh; the two scripts are to be merged into one.)
set -eu
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
images="$root/docs/images"
mkdir -p "$images"
dotnet build src/CooperationGraph.Cli -c Release -o "$work/cli" >/dev/null
cg="$work/cli/cooperation-graph"
shot() { # shot URL PNG WIDTH HEIGHT
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3,$4" \
        --virtual-time-budget=8000 --screenshot="$2" "$1" 2>/dev/null
}

# Over time: a page holding only the report's over-time section (its charts as the report draws them).
"$cg" generate --gminas 2477 --out "$work/national" >/dev/null
for lang in en pl; do
    "$cg" analyze samples/loniow --out "$work/loniow-$lang" --every quarter --project-end 2021-06-30 --permutations 0 --lang "$lang" >/dev/null
    python3 - "$work/loniow-$lang/report.html" "$work/loniow-$lang/over-time.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
head = page[:page.index("<body>") + len("<body>")]
section = re.search(r'<section id="over-time">.*?</section>', page, re.S).group(0)
section = re.sub(r'<table class="cg-table".*?</table>', "", section, flags=re.S)  # the charts, not the table
open(sys.argv[2], "w", encoding="utf-8").write(head + section + "</body></html>")
PY
    shot "file://$work/loniow-$lang/over-time.html" "$images/over-time-$lang.png" 1200 1500

    "$cg" compare "$work/national" --by unit --group-by powiat --out "$work/compare-$lang" --lang "$lang" >/dev/null
    shot "file://$work/compare-$lang/dashboard.html" "$images/dashboard-2477-$lang.png" 1400 3400
done
ls -la "$images"
