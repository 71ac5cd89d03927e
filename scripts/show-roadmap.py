#!/usr/bin/python3
"""Recalculates the team spreadsheet and prints its roadmap in the terminal.

    /usr/bin/python3 scripts/show-roadmap.py --oxt build/extension/salesroadmap-0.1.0.oxt \
        [--ods examples/team-roadmap.ods] [--pdf build/demo/team-roadmap.pdf]

Opens the spreadsheet in a headless LibreOffice that has the extension
installed in a throwaway profile, recalculates every formula, fails (exit
status 1) if any cell shows an error, prints what the sheet shows (inputs,
roadmap, monthly targets, pacing, history) and optionally exports the
spreadsheet, chart included, as PDF.  The figures are the sheet's own: this
script computes nothing.
"""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import srm_office  # noqa: E402
from srm_office import props  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NUMBER = re.compile(r"^[0-9][0-9,.]*$")


def text(cell):
    return cell.getString().rstrip()


def left_blocks(sheet, last_row):
    """The label/value blocks in columns A:C, as printable lines."""
    lines = []
    for row in range(3, last_row):
        a, b, c = (sheet.getCellByPosition(col, row) for col in range(3))
        label, value, note = text(a), text(b), text(c)
        if not (label or value or note):
            continue
        if a.CellStyle == "SRM Block":
            lines.append("")
            lines.append(label)
            continue
        if a.CellStyle == "SRM Column":
            if value or note:  # a table header such as Month / Leads / Sales
                lines.append("  %-44s %12s %10s" % (label, value, note))
            else:
                lines.append("  " + label)
            continue
        if a.CellStyle == "SRM Note" and not value:
            lines.append("  " + label)
            continue
        if NUMBER.match(note):  # a third column of figures (history: sales)
            note = "%10s" % note
        lines.append(("  %-44s %12s %s" % (label, value, note)).rstrip())
    return lines


def table(rng):
    """A cell range as right-aligned columns (first two left-aligned)."""
    rows = [[text(rng.getCellByPosition(c, r)) for c in range(rng.Columns.Count)]
            for r in range(rng.Rows.Count)]
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for c, v in enumerate(r):
            cells.append(v.ljust(widths[c]) if c in (1,) else v.rjust(widths[c]))
        out.append("  " + "  ".join(cells).rstrip())
    return out


def named(doc, name):
    content = doc.NamedRanges.getByName(name).Content
    sheet_name, ref = content.split(".", 1)
    sheet = doc.Sheets.getByName(sheet_name.lstrip("$"))
    return sheet.getCellRangeByName(ref.replace("$", ""))


def roadmap_lines(doc):
    sheet = doc.Sheets.getByName("Roadmap")
    title = text(sheet.getCellRangeByName("A1"))
    note_row = named(doc, "HistoryNote").CellAddress.Row
    lines = [title]
    lines += left_blocks(sheet, note_row + 1)
    # Monthly table: headers (one line, without line breaks) and rows.
    months = named(doc, "MonthTable").RangeAddress
    rng = sheet.getCellRangeByPosition(months.StartColumn, months.StartRow - 1,
                                       months.EndColumn, months.EndRow + 1)
    lines.append("")
    lines.append(text(sheet.getCellByPosition(months.StartColumn, months.StartRow - 2)))
    lines += table(rng)
    holidays = named(doc, "Holidays")
    days = []
    for r in range(holidays.Rows.Count):
        cell = holidays.getCellByPosition(0, r)
        if text(cell):
            name = text(sheet.getCellByPosition(holidays.RangeAddress.StartColumn - 1,
                                                holidays.RangeAddress.StartRow + r))
            days.append("%s %s" % (text(cell), name))
    lines.append("")
    lines.append("Holidays")
    for d in days:
        lines.append("  " + d)
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", required=True, help="the built extension (.oxt)")
    ap.add_argument("--ods", default=os.path.join(HERE, "..", "examples",
                                                  "team-roadmap.ods"))
    ap.add_argument("--pdf", help="also export the spreadsheet as this PDF")
    args = ap.parse_args()

    if not os.path.isfile(args.ods):
        print("show-roadmap: no spreadsheet %s" % args.ods, file=sys.stderr)
        return 1
    with srm_office.Office(oxt=args.oxt) as office:
        doc = office.load(args.ods)
        doc.calculateAll()
        errors = srm_office.error_cells(doc)
        if errors:
            for sheet, cell, code in errors[:20]:
                print("error %d in %s.%s" % (code, sheet, cell), file=sys.stderr)
            print("show-roadmap: %d cells show an error" % len(errors), file=sys.stderr)
            return 1
        print("\n".join(roadmap_lines(doc)))
        if args.pdf:
            os.makedirs(os.path.dirname(os.path.abspath(args.pdf)), exist_ok=True)
            doc.storeToURL(srm_office.file_url(args.pdf),
                           props(FilterName="calc_pdf_Export"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
