"""Dumps every sheet of an .xlsx as openpyxl reads it, for the workbook round-trip tests.

Usage: python3 dump_openpyxl.py BOOK.xlsx OUTDIR
Writes OUTDIR/SHEET.csv per sheet (UTF-8, comma, minimal quoting): empty cells as "", booleans as true/false,
numbers as Python's shortest round-trip repr, text as it is. Made with openpyxl 3.0.9 (Debian python3-openpyxl).
"""
import csv
import os
import sys

import openpyxl


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def main(book, out):
    workbook = openpyxl.load_workbook(book, data_only=True)
    os.makedirs(out, exist_ok=True)
    for sheet in workbook.worksheets:
        with open(os.path.join(out, sheet.title + ".csv"), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            for row in sheet.iter_rows(values_only=True):
                writer.writerow([cell(v) for v in row])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
