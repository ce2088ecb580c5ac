"""Turns measure.sh's JSON into the width table of TextWidths.cs: per character the widest of the measured fonts, in
thousandths of an em, rounded up. Usage: python3 table.py widths.json"""
import json
import math
import sys

data = json.load(open(sys.argv[1], encoding="utf-8"))
fonts = data["fonts"]
widths = [max(f["widths"][k] for f in fonts.values()) for k in range(len(data["codes"]))]
above = max(f["above"] for f in fonts.values())
below = max(f["below"] for f in fonts.values())
print("// fonts:", ", ".join(fonts), f"; above {above}, below {below}")
ascii_part = [math.ceil(w * 1000) for code, w in zip(data["codes"], widths) if 32 <= code < 127]
print("private static readonly short[] Ascii = [" + ", ".join(map(str, ascii_part)) + "];")
others = [(code, math.ceil(w * 1000)) for code, w in zip(data["codes"], widths) if code >= 127]
print("private const string Others = \"" + "".join(f"\\u{code:04x}" for code, _ in others) + "\";")
print("private static readonly short[] OtherWidths = [" + ", ".join(str(w) for _, w in others) + "];")
