"""Sharing through .xlsx: the spreadsheet of tests/calc/test_sharing.py (all
six functions, single cells and column results) is saved as .xlsx where
the extension is installed, opened and saved again as .xlsx in a
LibreOffice without it, then opened where the extension is installed
again: every formula is kept and the values are right again.

It also records what a colleague without the extension sees, for .xlsx
and for .ods, before and after a recalculation: a cell shows either the
value the file carries (right, as saved) or #NAME?, never another number.

Usage: calc_sharing_xlsx.py OXT
"""

import os
import re
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "calc"))
import lotest  # noqa: E402
import test_sharing as sharing  # noqa: E402  (the cells and their values)

XLSX = "Calc MS Excel 2007 XML"
ERR_NAME = sharing.ERR_NAME
FUNCTIONS = ["FUNNELNEEDED", "LEADSNEEDED", "LEADSPERSALE", "PACETARGET",
             "PERIODTARGET", "SALESNEEDED"]
PREFIX = "ORG.SALESROADMAP.CALC.SALESROADMAP."


def xlsx_formulas(path):
    """The formulas of sheet 1 and the cached values next to them."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    cells = re.findall(r'<c r="([A-Z]+[0-9]+)"([^>]*)>(.*?)</c>', xml)
    out = {}
    for ref, attrs, body in cells:
        f = re.search(r"<f[^>]*>(.*?)</f>", body)
        v = re.search(r"<v>(.*?)</v>", body)
        if f:
            out[ref] = (f.group(1), v.group(1) if v else None,
                        't="e"' in attrs)
    return out


def calls_of(formulas):
    return sorted({m.upper() for f, _, _ in formulas.values()
                   for m in re.findall(r"(org\.[a-z.]+)\(", f, re.I)})


def seen(sheet, label):
    """What each cell shows without the extension: the right value or
    #NAME?; counts both, fails on anything else."""
    right = name = bad = 0
    for where, formula, want in sharing.CELLS:
        for c, w in zip(sharing.cells(sheet, where), want):
            kept = "SALESROADMAP" in c.getFormula().upper()
            if c.getError() == ERR_NAME and kept:
                name += 1
            elif c.getError() == 0 and c.getValue() == w and kept:
                right += 1
            else:
                bad += 1
                print("FAIL [%s] %s shows %r (error %d), formula %r" %
                      (label, where, c.getString(), c.getError(),
                       c.getFormula()))
    print("[%s] %d cells show the value the file carries, %d show #NAME?, "
          "%d anything else" % (label, right, name, bad))
    return right, name, bad


def main():
    oxt = sys.argv[1]
    start = time.monotonic()
    bad = 0
    with lotest.workspace() as ws:
        first, second = ws.path("shared.xlsx"), ws.path("resaved.xlsx")
        ods = ws.path("shared.ods")
        with_ext = lotest.Profile(ws, "with-extension")
        with_ext.add_extension(oxt)
        without = lotest.Profile(ws, "without-extension")

        with lotest.office(with_ext) as office:
            doc = office.new_sheet()
            try:
                sheet = doc.Sheets.getByIndex(0)
                sharing.write(sheet)
                doc.calculateAll()
                bad += sharing.expect_values(sheet, "written")
                lotest.store(doc, first, XLSX)
                lotest.store(doc, ods)
            finally:
                doc.close(True)

        # The .xlsx holds the add-in calls by their programmatic names,
        # with the values computed as cached results.
        saved = xlsx_formulas(first)
        print("stored in .xlsx as:", ", ".join(calls_of(saved)))
        if calls_of(saved) != [PREFIX + f for f in FUNCTIONS]:
            bad += 1
            print("FAIL .xlsx calls %r" % calls_of(saved))
        if saved.get("A1", (None, None))[1] != "1094":
            bad += 1
            print("FAIL .xlsx cached value of A1: %r" % (saved.get("A1"),))

        with lotest.office(without) as office:
            for path, label in [(first, ".xlsx"), (ods, ".ods")]:
                doc = office.load(path)
                try:
                    sheet = doc.Sheets.getByIndex(0)
                    bad += seen(sheet, "without extension, %s as loaded" %
                                label)[2]
                    doc.calculateAll()
                    right, name, wrong = seen(
                        sheet, "without extension, %s recalculated" % label)
                    bad += wrong
                    if right:
                        bad += 1
                        print("FAIL [%s] %d cells still show a value after "
                              "recalculation" % (label, right))
                    if path == first:
                        lotest.store(doc, second, XLSX)
                finally:
                    doc.close(True)

        resaved = xlsx_formulas(second)
        print("re-saved in .xlsx as:", ", ".join(calls_of(resaved)))
        if calls_of(resaved) != calls_of(saved):
            bad += 1
            print("FAIL re-saved calls %r" % calls_of(resaved))
        if sorted(resaved) != sorted(saved):
            bad += 1
            print("FAIL formula cells %r, were %r" % (sorted(resaved),
                                                      sorted(saved)))
        errors = sorted(ref for ref, (_, v, e) in resaved.items() if e)
        print("re-saved cached values: %d of %d formula cells hold an error "
              "(%s)" % (len(errors), len(resaved),
                        resaved["A1"][1] if "A1" in resaved else None))

        with lotest.office(with_ext) as office:
            doc = office.load(second)
            try:
                sheet = doc.Sheets.getByIndex(0)
                bad += sharing.expect_values(sheet, "reopened, as loaded")
                doc.calculateAll()
                bad += sharing.expect_values(sheet, "reopened")
            finally:
                doc.close(True)
    print("xlsx sharing test: %.1f s" % (time.monotonic() - start))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
