#!/usr/bin/env python3
"""How long headless Chromium takes to draw a comparison dashboard.

    python3 benchmarks/dashboard_draw_time.py DASHBOARD.html [--all] [--runs N]

Writes a copy of the page beside it (so that plotly.js and the style sheet load as they do for the real page) with a
script right after plotly.js that wraps Plotly.newPlot, counts the charts and, once every chart drawn so far has
resolved, writes performance.now() (milliseconds from the start of navigation: parsing the page, loading plotly.js and
drawing) into the page title; Chromium's --dump-dom hands the title back. By default the page draws as a reader sees it
first: the dashboard draws a chart when it comes within 300 px of the window (IntersectionObserver), and the script
stands in for IntersectionObserver with the same test made once, as the page is read, so that the first view is drawn
before the load event that --dump-dom waits for. --all draws every chart of the page at load. Prints one line per run
and the median.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile

PROBE = """<script>
(function(){var pending=[],last=0;var draw=Plotly.newPlot;
Plotly.newPlot=function(){var p=Promise.resolve(draw.apply(this,arguments));pending.push(p);var n=pending.length;
p.then(function(){return Promise.all(pending);}).then(function(){if(pending.length===n){last=performance.now();
document.title='cg-drawn '+n+' '+last.toFixed(0);}});return p;};})();
</script>"""
ALL = "<script>delete window.IntersectionObserver;</script>"
FIRST_VIEW = """<script>window.IntersectionObserver=function(callback){this.disconnect=function(){};
this.observe=function(element){if(element.getBoundingClientRect().top<window.innerHeight+300){callback([{isIntersecting:true}]);}};};
</script>"""


def main():
    args = sys.argv[1:]
    page = os.path.abspath(args[0])
    every = "--all" in args
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    html = open(page, encoding="utf-8").read()
    tag = re.search(r'<script src="plotly-[^"]*"[^>]*></script>', html)
    if tag is None:
        sys.exit(f"{page}: no plotly.js script tag")
    probe = (ALL if every else FIRST_VIEW) + PROBE
    probed = html[: tag.end()] + probe + html[tag.end():]
    folder = os.path.dirname(page)
    handle, copy = tempfile.mkstemp(suffix=".html", prefix=".draw-time-", dir=folder)
    times = []
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(probed)
        for _ in range(runs):
            dom = subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
                 "--timeout=30000", "--dump-dom", "file://" + copy],
                capture_output=True, text=True, timeout=120).stdout
            found = re.search(r"<title>cg-drawn (\d+) (\d+)</title>", dom)
            if found is None:
                sys.exit("the page did not report its charts drawn")
            charts, ms = int(found.group(1)), int(found.group(2))
            times.append(ms)
            print(f"{charts} charts drawn in {ms} ms")
    finally:
        os.remove(copy)
    print(f"median {statistics.median(times):.0f} ms over {len(times)} runs ({'every chart' if every else 'first view'})")


if __name__ == "__main__":
    main()
