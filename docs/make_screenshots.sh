#!/usr/bin/env bash
# Regenerates the pictures in docs/images/ from a fresh build of this checkout:
#
#     bash docs/make_screenshots.sh            # every picture
#     bash docs/make_screenshots.sh loniow_map # one picture function
#
# Needs the .NET 10 SDK, headless Chromium (CHROMIUM, default /usr/bin/chromium) and python3. One function per
# picture: to add one, write a function that makes a page and calls `screenshot`, and list it in ALL below.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
images="$root/docs/images"
chromium=${CHROMIUM:-/usr/bin/chromium}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ALL=(loniow_map over_time statistics dashboard_2477 dashboard_two profiles perceived_regression)

# A fresh Release build of the tool, used through `cg`.
build() {
  dotnet build "$root/src/CooperationGraph.Cli" -c Release -o "$work/cli" -v quiet -nologo >/dev/null
}

cg() {
  dotnet "$work/cli/cooperation-graph.dll" "$@"
}

# figure_page REPORT.html FIGURE-ID OUT.html: a page with the report's head (plotly.js, styles) and only the figure
# whose div has that id (cg-figure-1 is the report's first chart, the network map), caption included.
figure_page() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
report, figure, out = sys.argv[1:]
html = open(report, encoding="utf-8").read()
at = html.index(f'<div id="{figure}"')
start, end = html.rindex("<figure>", 0, at), html.index("</figure>", at) + len("</figure>")
page = html[: html.index("</head>")] + "</head>\n<body>\n" + html[start:end] + "\n</body>\n</html>\n"
open(out, "w", encoding="utf-8").write(page)
PY
}

# screenshot PAGE.html OUT.png WIDTH HEIGHT: the page drawn by headless Chromium, offline, in a window of that size.
screenshot() {
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3,$4" \
    --virtual-time-budget=8000 --screenshot="$2" "file://$1" >/dev/null 2>&1
  echo "wrote ${2#"$root"/}"
}

# The network map of the Łoniów sample's report, in English and in Polish (docs/images/loniow-map-en.png, -pl.png).
loniow_map() {
  for lang in en pl; do
    cg analyze "$root/samples/loniow" --out "$work/loniow-$lang" --lang "$lang" --permutations 0 >/dev/null
    figure_page "$work/loniow-$lang/report.html" cg-figure-1 "$work/loniow-map-$lang.html"
    screenshot "$work/loniow-map-$lang.html" "$images/loniow-map-$lang.png" 1200 770
  done
}

# The over-time section of the Łoniów report (`analyze --every quarter --project-end 2021-06-30`), its charts without
# the table of windows, in English and in Polish (docs/images/over-time-en.png, -pl.png).
over_time() {
  for lang in en pl; do
    cg analyze "$root/samples/loniow" --out "$work/time-$lang" --every quarter --project-end 2021-06-30 --permutations 0 --lang "$lang" >/dev/null
    python3 - "$work/time-$lang/report.html" "$work/over-time-$lang.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
head = page[:page.index("<body>") + len("<body>")]
section = re.search(r'<section id="over-time">.*?</section>', page, re.S).group(0)
section = re.sub(r'<table class="cg-table".*?</table>', "", section, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(head + section + "</body></html>")
PY
    screenshot "$work/over-time-$lang.html" "$images/over-time-$lang.png" 1200 2150
  done
}

# The tests beside the values (issue 24): the structure section with the bootstrap intervals and the E-I test, and the
# MRQAP section with the logistic network regression of the Łoniów report, in English and in Polish
# (docs/images/statistics-en.png, -pl.png).
statistics() {
  for lang in en pl; do
    cg analyze "$root/samples/loniow" --out "$work/stats-$lang" --lang "$lang" >/dev/null
    python3 - "$work/stats-$lang/report.html" "$work/statistics-$lang.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
head = page[:page.index("<body>") + len("<body>")]
sections = [re.search(r'<section id="%s">.*?</section>' % s, page, re.S).group(0) for s in ("structure", "mrqap")]
open(sys.argv[2], "w", encoding="utf-8").write(head + "<main>" + "".join(sections) + "</main></body></html>")
PY
    screenshot "$work/statistics-$lang.html" "$images/statistics-$lang.png" 1200 1500
  done
}

# The dashboard of `compare` over the 2 477 generated gminas grouped by powiat, in English and in Polish
# (docs/images/dashboard-2477-en.png, -pl.png).
dashboard_2477() {
  cg generate --gminas 2477 --out "$work/national" >/dev/null
  for lang in en pl; do
    cg compare "$work/national" --by unit --group-by powiat --out "$work/compare-$lang" --lang "$lang" >/dev/null
    screenshot "$work/compare-$lang/dashboard.html" "$images/dashboard-2477-$lang.png" 1400 3400
  done
}

# The dashboard of two generated gminas (`compare --by unit`), its small maps filling their boxes, in English and in
# Polish (docs/images/dashboard-two-en.png, -pl.png).
dashboard_two() {
  cg generate --gminas 2 --out "$work/two" >/dev/null
  for lang in en pl; do
    cg compare "$work/two" --by unit --out "$work/two-$lang" --lang "$lang" >/dev/null
    screenshot "$work/two-$lang/dashboard.html" "$images/dashboard-two-$lang.png" 1400 1300
  done
}

# The profile page of one institution (`analyze --profiles`, issue 25): PCPR Sandomierz in the Łoniów sample, its ego
# map, measures and links, in English and in Polish (docs/images/profile-en.png, -pl.png).
profiles() {
  for lang in en pl; do
    cg analyze "$root/samples/loniow" --out "$work/profiles-$lang" --profiles --lang "$lang" --permutations 0 >/dev/null
    screenshot "$work/profiles-$lang/profiles/PCPR_SANDOMIERZ.html" "$images/profile-$lang.png" 1200 1900
  done
}

# The regressions of the MRQAP section with the partner survey's perceived ties as the outcome (issue 23) beside the
# enacted ones: samples/loniow in English, samples/loniow-pl in Polish (docs/images/perceived-regression-en.png, -pl.png).
perceived_regression() {
  for lang in en pl; do
    sample=$([ "$lang" = pl ] && echo loniow-pl || echo loniow)
    cg analyze "$root/samples/$sample" --out "$work/perceived-$lang" --lang "$lang" >/dev/null
    python3 - "$work/perceived-$lang/report.html" "$work/perceived-$lang.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
head = page[:page.index("<body>") + len("<body>")]
section = re.search(r'<section id="mrqap">.*?</section>', page, re.S).group(0)
open(sys.argv[2], "w", encoding="utf-8").write(head + "<main>" + section + "</main></body></html>")
PY
    screenshot "$work/perceived-$lang.html" "$images/perceived-regression-$lang.png" 1200 1450
  done
}

build
mkdir -p "$images"
for picture in "${@:-${ALL[@]}}"; do
  "$picture"
done
