#!/bin/sh
# Measures character widths in headless Chromium and prints the C# table of src/CooperationGraph/Plotting/TextWidths.cs.
# Run from this folder: sh measure.sh > widths.json && python3 table.py widths.json
set -e
chromium=${CHROMIUM:-/usr/bin/chromium}
"$chromium" --headless --no-sandbox --disable-gpu --virtual-time-budget=3000 --dump-dom "file://$(pwd)/measure.html" 2>/dev/null \
  | sed -n 's/.*<pre id="out">\(.*\)<\/pre>.*/\1/p' | sed 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g'
