#!/usr/bin/python3
"""Recalculation cost of the Calc functions against baselines in the same run.

    /usr/bin/python3 bench/bench_calc.py OXT [--cells N] [--reps R]

One headless LibreOffice, started the way the extension's end-to-end tests
start it (tests/calc/lotest.py: a throwaway profile, the .oxt installed with
the real `unopkg add`).  For each function, three documents of N formula
cells (default 20,000), one column, each cell reading its own row of inputs:

  ext      the extension's function, e.g. =SALESNEEDED(A2*$H$1;B2)
  native   the same results with Calc's own formulas (CEILING,
           NETWORKDAYS.INTL); checked to be equal cell for cell
  add-in   a function of LibreOffice's Analysis add-in with the same kind of
           arguments (MROUND for numbers; for dates with a
           holiday range, WORKDAY; Calc 7.4 computes NETWORKDAYS itself):
           the same add-in call machinery, the baseline of the 1.2x target

Every formula reads $H$1 once.  A run changes H1 (so that every cell is
dirty) and times doc.calculateAll() with automatic calculation off; the
documents take turns, so a slow moment of the machine slows all of them.
The per-cell cost is the CPU time soffice spends in calculateAll() (summed
over its threads, from /proc/PID/task/*/schedstat), divided by the cells:
on a shared machine the CPU time does not count the moments soffice waits
for another process.  The wall-clock time of a recalculation is shown too.
Figures are medians over the runs; the ratio is the median of the per-run
ratios.  Output: tab-separated rows, as bench_core prints them.
"""

import argparse
import datetime
import glob
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "calc"))

# The harness logs to stdout; the table goes to the real stdout.
OUT = sys.stdout
sys.stdout = sys.stderr

import lotest  # noqa: E402  (the extension tests' harness)

NULL_DATE = datetime.date(1899, 12, 30)
HOLIDAYS = "$J$2:$J$41"


def serial(d):
    return float((d - NULL_DATE).days)


def inputs(n):
    """Rows A..G: goal, deal value, leads per sale, total, start, end,
    month index; all valid, varied like a team sheet."""
    rows = []
    for i in range(n):
        goal = 1000.0 * (10 + (i * 7919) % 4991)
        deal = 50.0 * (5 + (i * 104729) % 496)
        k = 1.1 + ((i * 31337) % 1891) / 100.0
        total = 100.0 + (i * 7331) % 19901
        month = 1 + i % 12
        start = datetime.date(2027, month, 1)
        end = datetime.date(2028, month, 1) - datetime.timedelta(days=1)
        index = 1.0 + (i * 5) % 12
        rows.append((goal, deal, k, total, serial(start), serial(end), index))
    return rows


def holidays():
    days = []
    for y in (2027, 2028, 2029, 2030):
        for m, d in ((1, 1), (4, 6), (4, 27), (5, 5), (5, 14), (5, 25),
                     (12, 24), (12, 25), (12, 26), (12, 31)):
            days.append((serial(datetime.date(y, m, d)),))
    return tuple(days)


# Formulas of row 2; Calc adjusts the relative references per row.
NATIVE_WK = ("NETWORKDAYS.INTL(E2;MIN(F2;DATE(YEAR(E2);MONTH(E2)+G2%s;0));1;"
             + HOLIDAYS + ")")
NATIVE_W = "NETWORKDAYS.INTL(E2;F2;1;" + HOLIDAYS + ")"
CASES = [
    ("SALESNEEDED", [
        ("ext", "=SALESNEEDED(A2*$H$1;B2)"),
        ("native", "=CEILING(A2*$H$1/B2;1)"),
        ("add-in", "=MROUND(A2*$H$1;B2)"),
    ]),
    ("LEADSNEEDED", [
        ("ext", "=LEADSNEEDED(A2*$H$1;B2;C2)"),
        ("native", "=CEILING(CEILING(A2*$H$1/B2;1)*C2;1)"),
        ("add-in", "=MROUND(A2*$H$1;B2)"),
    ]),
    ("PERIODTARGET", [
        ("ext", '=PERIODTARGET(D2*$H$1;E2;F2;"month";G2;' + HOLIDAYS + ")"),
        ("native",
         "=CEILING(D2*$H$1*" + NATIVE_WK % "" + "/" + NATIVE_W + ";1)"
         "-IF(G2=1;0;CEILING(D2*$H$1*" + NATIVE_WK % "-1" + "/" + NATIVE_W
         + ";1))"),
        ("add-in", "=WORKDAY(E2;G2;" + HOLIDAYS + ")*$H$1"),
    ]),
]


# How the baselines are named in the table.
LABELS = {
    "SALESNEEDED": {"native": "native CEILING", "add-in": "Analysis MROUND"},
    "LEADSNEEDED": {"native": "native CEILING(CEILING)",
                    "add-in": "Analysis MROUND"},
    "PERIODTARGET": {"native": "native CEILING+NETWORKDAYS.INTL",
                     "add-in": "Analysis WORKDAY"},
}


class CpuClock:
    """CPU time of a process, all threads, in seconds (Linux schedstat)."""

    def __init__(self, pid):
        self.pattern = "/proc/%d/task/*/schedstat" % pid

    def __call__(self):
        ns = 0
        for path in glob.glob(self.pattern):
            try:
                with open(path) as f:
                    ns += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass  # a thread that ended meanwhile
        return ns * 1e-9


def soffice_pid(office):
    """The soffice.bin process of the office (the launcher's child, in the
    process group the harness started)."""
    out = subprocess.run(["pgrep", "-g", str(office.proc.pid), "-x",
                          "soffice.bin"], capture_output=True, text=True)
    pids = out.stdout.split()
    if len(pids) != 1:
        sys.exit("bench_calc: cannot find the soffice.bin process")
    return int(pids[0])


class Sheet:
    """One document with the inputs and one column of formulas."""

    def __init__(self, office, cpu, formula, rows, n):
        self.cpu = cpu
        self.doc = office.new_sheet()
        self.doc.enableAutomaticCalculation(False)
        sheet = self.doc.Sheets.getByIndex(0)
        self.h1 = sheet.getCellRangeByName("H1")
        self.h1.setValue(1.0)
        sheet.getCellRangeByName("A2:G%d" % (n + 1)).setDataArray(rows)
        sheet.getCellRangeByName("J2:J41").setDataArray(holidays())
        self.out = sheet.getCellRangeByName("K2:K%d" % (n + 1))
        sheet.getCellRangeByName("K2").setFormula(formula)
        # Fill row 2's formula down: Calc adjusts the references as a user's
        # fill-down would.
        self.out.fillAuto(uno_fill_down(), 1)
        self.doc.calculateAll()

    def run(self, value):
        """(CPU seconds, wall seconds) of one full recalculation after making
        every cell dirty."""
        self.h1.setValue(value)
        c0, t0 = self.cpu(), time.perf_counter()
        self.doc.calculateAll()
        t1, c1 = time.perf_counter(), self.cpu()
        return c1 - c0, t1 - t0

    def values(self):
        return [r[0] for r in self.out.getDataArray()]

    def errors(self):
        """Rows (1-based sheet rows) whose cell shows an error."""
        q = self.out.queryFormulaCells(4)  # FormulaResult.ERROR
        bad = []
        for i in range(q.Count):
            a = q.getByIndex(i).RangeAddress
            bad.extend(range(a.StartRow + 1, a.EndRow + 2))
        return bad


def uno_fill_down():
    import uno
    return uno.Enum("com.sun.star.sheet.FillDirection", "TO_BOTTOM")


def fmt_us(s):
    return "%.3f us/cell" % (s * 1e6)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oxt")
    ap.add_argument("--cells", type=int, default=20000)
    ap.add_argument("--reps", type=int, default=9)
    args = ap.parse_args()
    if not os.path.isfile(args.oxt):
        sys.exit("bench_calc: %s not found (build the extension first)"
                 % args.oxt)
    n, rows = args.cells, inputs(args.cells)
    failed = []

    with lotest.workspace() as ws:
        profile = lotest.Profile(ws, "bench")
        profile.add_extension(os.path.abspath(args.oxt))
        with lotest.office(profile) as office:
            cpu = CpuClock(soffice_pid(office))
            for name, variants in CASES:
                t0 = time.monotonic()
                sheets = {v: Sheet(office, cpu, f, rows, n)
                          for v, f in variants}
                lotest.log("%s: %d cells x %d documents set up in %.1f s"
                           % (name, n, len(sheets), time.monotonic() - t0))
                for v, s in sheets.items():
                    bad = s.errors()
                    if bad:
                        failed.append("%s %s: %d cells show an error, first "
                                      "in row %d" % (name, v, len(bad), bad[0]))
                times = {v: [] for v in sheets}
                walls = {v: [] for v in sheets}
                for rep in range(args.reps):
                    order = list(sheets) if rep % 2 == 0 else \
                        list(reversed(list(sheets)))
                    value = 1.0 + 0.001 * (rep + 1)
                    for v in order:
                        cpu_s, wall_s = sheets[v].run(value)
                        times[v].append(cpu_s / n)
                        walls[v].append(wall_s)
                # Same results: the extension against the native formulas.
                ext, nat = sheets["ext"].values(), sheets["native"].values()
                diff = [i for i in range(n) if ext[i] != nat[i]]
                if diff:
                    i = diff[0]
                    failed.append("%s: %d cells differ from the native "
                                  "formula, first row %d: %r vs %r"
                                  % (name, len(diff), i + 2, ext[i], nat[i]))
                med = {v: statistics.median(t) for v, t in times.items()}
                wall = {v: statistics.median(t) for v, t in walls.items()}
                for base in ("add-in", "native"):
                    ratio = statistics.median(
                        [a / b for a, b in zip(times["ext"], times[base])])
                    if base == "add-in":
                        target = "<= 1.2x"
                        verdict = "PASS" if ratio <= 1.2 else "FAIL"
                    else:
                        target, verdict = "-", "-"
                    label = LABELS[name][base]
                    print("calc\t%s, %d cells\t%s (recalc %.0f ms)\t%s\t"
                          "%s (recalc %.0f ms)\t%.2fx\t%s\t%s"
                          % (name, n, fmt_us(med["ext"]), wall["ext"] * 1e3,
                             label, fmt_us(med[base]), wall[base] * 1e3,
                             ratio, target, verdict), file=OUT, flush=True)
                for s in sheets.values():
                    s.doc.close(True)
    if failed:
        for f in failed:
            print("bench_calc: " + f, file=sys.stderr)
        sys.exit("bench_calc: results are wrong, the figures compare "
                 "different work")


if __name__ == "__main__":
    main()
