#!/usr/bin/python3
"""The committed examples/team-roadmap.ods is what its generator makes.

Regenerates the spreadsheet with examples/make-team-roadmap.py and the built
extension into a temporary file, then compares it with the committed one
cell by cell (formula or typed content, number format, style), name by name
and chart by chart.  A difference means the generator was changed without
regenerating the file, or the file was edited by hand.

usage: test_generator.py --oxt BUILD/extension/salesroadmap-X.Y.Z.oxt
"""

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import srm_office  # noqa: E402


def snapshot(doc):
    cells = {}
    fmts = doc.NumberFormats
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        for row in range(end.EndRow + 1):
            for col in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(col, row)
                code = fmts.getByKey(cell.NumberFormat).FormatString
                cells[(sheet.Name, col, row)] = (cell.getFormula(), code,
                                                 cell.CellStyle)
        charts = sheet.Charts
        cells[(sheet.Name, "charts")] = tuple(sorted(charts.ElementNames))
    names = {n: doc.NamedRanges.getByName(n).Content
             for n in doc.NamedRanges.ElementNames}
    return cells, names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    committed = os.path.join(ROOT, "examples", "team-roadmap.ods")
    with tempfile.TemporaryDirectory(prefix="srm-gen-") as tmp:
        fresh = os.path.join(tmp, "team-roadmap.ods")
        r = subprocess.run(["/usr/bin/python3",
                            os.path.join(ROOT, "examples", "make-team-roadmap.py"),
                            "--oxt", args.oxt, "--out", fresh], timeout=240)
        if r.returncode != 0:
            print("FAIL the generator exited with %d" % r.returncode)
            return 1
        with srm_office.Office(oxt=args.oxt) as office:
            a_cells, a_names = snapshot(office.load(committed))
            b_cells, b_names = snapshot(office.load(fresh))
    failures = 0
    for key in sorted(set(a_cells) | set(b_cells), key=str):
        if a_cells.get(key) != b_cells.get(key):
            failures += 1
            if failures <= 20:
                print("FAIL %s: committed %r, generated %r"
                      % (key, a_cells.get(key), b_cells.get(key)))
    if a_names != b_names:
        failures += 1
        print("FAIL named ranges differ:\n  committed %r\n  generated %r"
              % (a_names, b_names))
    print("%d cells and %d names compared, %d differences"
          % (len(a_cells), len(a_names), failures))
    if failures:
        print("regenerate with: /usr/bin/python3 examples/make-team-roadmap.py "
              "--oxt %s" % args.oxt)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
