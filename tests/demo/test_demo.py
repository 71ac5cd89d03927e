#!/usr/bin/python3
"""End-to-end test of the quick-start command, scripts/demo.sh.

Runs the demo's pipeline on a built tree (`demo.sh --no-setup --no-build`):
the team spreadsheet recalculated by LibreOffice with the built extension,
the printed roadmap, the PDF and its picture, the Lua what-if example.  Then
checks every printed figure against values this file works out on its own,
from the example's inputs, by methods that share nothing with the project:

  - holidays from an Easter computus (not from the sheet's list),
  - working days by walking the calendar one day at a time,
  - rounding up with exact fractions,
  - the 90% confidence lead count by exact integer binomial sums,
  - the cautious leads per sale by integrating the Beta density numerically.

The hand-worked figures in the comments agree with these methods.

usage: test_demo.py --build-dir BUILD
"""

import argparse
import datetime as dt
import math
import os
import re
import subprocess
import sys
from fractions import Fraction

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# ---------------------------------------------------------------------------
# The example's inputs (the yellow cells of examples/team-roadmap.ods).  The
# test checks below that the sheet shows exactly these.
# ---------------------------------------------------------------------------

GOAL = 250000
DEAL = 2500
RATIOS = [Fraction(5, 2), Fraction(4), Fraction(12)]  # invitations/attendee, ...
LEADS_PER_SALE = RATIOS[-1]
START = dt.date(2027, 1, 1)
END = dt.date(2027, 12, 31)
STATUS = dt.date(2027, 5, 3)
ACTUALS = [72, 80, 86, 90]
HIST_LEADS = [96, 104, 118, 101, 129, 88]
HIST_SALES = [8, 9, 10, 8, 11, 7]


def ceil(q):
    """Exact ceiling of a Fraction or int."""
    return -((-q.numerator) // q.denominator) if isinstance(q, Fraction) else q


def easter(year):
    """Easter Sunday, Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def dutch_holidays(year):
    e = easter(year)
    days = dt.timedelta
    return {
        dt.date(year, 1, 1): "Nieuwjaarsdag",
        e - days(2): "Goede Vrijdag",
        e: "Eerste Paasdag",
        e + days(1): "Tweede Paasdag",
        dt.date(year, 4, 27): "Koningsdag",  # 26 April when the 27th is a Sunday
        dt.date(year, 5, 5): "Bevrijdingsdag",
        e + days(39): "Hemelvaartsdag",
        e + days(49): "Eerste Pinksterdag",
        e + days(50): "Tweede Pinksterdag",
        dt.date(year, 12, 25): "Eerste Kerstdag",
        dt.date(year, 12, 26): "Tweede Kerstdag",
    }


HOLIDAYS = dutch_holidays(2027)


def workdays(a, b):
    """Working days in [a, b]: Monday to Friday, not a holiday, day by day."""
    n = 0
    d = a
    while d <= b:
        if d.weekday() < 5 and d not in HOLIDAYS:
            n += 1
        d += dt.timedelta(days=1)
    return n


def month_end(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def leads_at_confidence(sales, k, num, den):
    """Smallest L with P[Binomial(L, 1/k) >= sales] >= num/den, k a whole
    number, by exact integer arithmetic: P[X < sales] * k^L is the sum of
    C(L, j) (k-1)^(L-j) for j < sales."""
    L = sales
    while True:
        total = k ** L
        below = sum(math.comb(L, j) * (k - 1) ** (L - j) for j in range(sales))
        if den * (total - below) >= num * total:
            return L
        L += 1


def beta_quantile(p, a, b):
    """x with I_x(a, b) = p, for a, b > 1: bisection on Simpson's rule over
    the Beta density."""
    log_beta = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)

    def density(t):
        if t <= 0.0 or t >= 1.0:
            return 0.0
        return math.exp((a - 1) * math.log(t) + (b - 1) * math.log1p(-t) - log_beta)

    def cdf(x, n=20000):
        h = x / n
        s = density(0.0) + density(x)
        for i in range(1, n):
            s += (4 if i % 2 else 2) * density(i * h)
        return s * h / 3

    lo, hi = 0.0, 1.0
    for _ in range(55):
        mid = (lo + hi) / 2
        if cdf(mid) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# ---------------------------------------------------------------------------
# Expected figures
# ---------------------------------------------------------------------------


def expected():
    x = {}
    # 250000 / 2500 = 100 sales; 100 * 12 = 1200 leads.
    sales = ceil(Fraction(GOAL, DEAL))
    leads = ceil(sales * LEADS_PER_SALE)
    x["sales"], x["leads"] = sales, leads
    # 90%: 1349 (exact binomial search; the normal approximation gives
    # mean 1349/12 = 112.4, sd 10.15, (99.5 - 112.4)/10.15 = -1.27: 90%).
    x["leads90"] = leads_at_confidence(sales, 12, 9, 10)
    # Funnel from the bottom: 100 sales, 1200 leads, 4800 attendees,
    # 12000 invitations.
    funnel = [sales]
    for r in reversed(RATIOS):
        funnel.insert(0, ceil(funnel[0] * r))
    x["funnel"] = funnel
    # 2027: 261 weekdays, 7 holidays on a weekday -> 254 working days.
    W = workdays(START, END)
    x["W"] = W
    x["per_day"] = ceil(Fraction(leads, W))  # 1200/254 = 4.72 -> 5
    months = []
    cum_w = 0
    prev = 0
    for m in range(1, 13):
        a = dt.date(2027, m, 1)
        b = month_end(a)
        w = workdays(a, b)
        cum_w += w
        c = ceil(Fraction(leads * cum_w, W))
        months.append({"w": w, "target": c - prev, "cum": c, "last": b})
        prev = c
    x["months"] = months
    # Hand count of working days per month (holidays subtracted):
    # Jan 21-1, Feb 20, Mar 23-2, Apr 22-1, May 21-3, Jun 22, Jul 22, Aug 22,
    # Sep 22, Oct 21, Nov 22, Dec 23.
    assert [m["w"] for m in months] == [20, 20, 21, 21, 18, 22, 22, 22, 22, 21,
                                        22, 23]
    # The ISO week of the status date, clipped to the plan.
    monday = STATUS - dt.timedelta(days=STATUS.weekday())
    before = workdays(START, monday - dt.timedelta(days=1))
    upto = workdays(START, monday + dt.timedelta(days=6))
    x["week"] = ceil(Fraction(leads * upto, W)) - ceil(Fraction(leads * before, W))
    # Pacing on 3 May: 328 done, 388 due (Jan-Apr), 172 days left, 872/172 -> 6.
    done = sum(ACTUALS)
    x["done"] = done
    x["due"] = sum(m["target"] for m in months if m["last"] < STATUS)
    x["days_left"] = workdays(STATUS, END)
    x["pace"] = ceil(Fraction(leads - done, x["days_left"]))
    paces = []
    cum = 0
    for i, a in enumerate(ACTUALS):
        cum += a
        nxt = months[i]["last"] + dt.timedelta(days=1)
        paces.append(ceil(Fraction(leads - cum, workdays(nxt, END))))
    x["paces_after"] = paces  # 1128/234, 1048/214, 962/193, 872/172 -> 5 5 5 6
    # History: 636 leads, 53 sales -> 12.00; cautious: 1 / the 10% quantile of
    # Beta(53.5, 583.5).
    n, s = sum(HIST_LEADS), sum(HIST_SALES)
    x["hist"] = (n, s)
    x["learned"] = n / s
    cautious = 1.0 / beta_quantile(0.1, s + 0.5, n - s + 0.5)
    x["cautious"] = cautious
    x["leads_cautious"] = math.ceil(sales * cautious - 1e-9)
    x["thin_pct"] = round((cautious / (n / s) - 1) * 100)
    return x


# ---------------------------------------------------------------------------
# Parsing the printed roadmap
# ---------------------------------------------------------------------------

LINE = re.compile(r"^  \s*(?P<label>\S.*?)\s{2,}(?P<value>\S+)(?: (?P<note>.*))?$")


def number(text):
    t = text.replace("−", "-").replace(",", "").replace("€", "").replace("%", "")
    return float(t) if "." in t else int(t)


def parse(out):
    sections = {}
    current = None
    for line in out.splitlines():
        if line and not line.startswith(" ") and not line.startswith("=="):
            current = line
            sections[current] = []
        elif current is not None and line.startswith("  "):
            sections[current].append(line)
    return sections


def values(lines):
    d = {}
    for line in lines:
        m = LINE.match(line)
        if m:
            d[m.group("label").strip()] = (m.group("value"), m.group("note") or "")
    return d


class Checker:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def eq(self, what, got, want):
        self.checks += 1
        if got != want:
            self.failures += 1
            print("FAIL %s: printed %r, expected %r" % (what, got, want))
        else:
            print("ok   %s = %r" % (what, got))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    args = ap.parse_args()
    build = os.path.abspath(args.build_dir)

    env = dict(os.environ, BUILD_DIR=build)
    r = subprocess.run(["bash", os.path.join(ROOT, "scripts", "demo.sh"),
                        "--no-setup", "--no-build"], cwd=ROOT, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                       timeout=280)
    out = r.stdout
    print(out)
    c = Checker()
    c.eq("demo.sh exit status", r.returncode, 0)
    x = expected()
    sec = parse(out)

    inputs = values(sec.get("Inputs", []))
    c.eq("revenue goal", number(inputs["Revenue goal"][0]), GOAL)
    c.eq("deal value", number(inputs["Average deal value"][0]), DEAL)
    c.eq("ratios", [number(inputs[k][0]) for k in (
        "Invitations per attendee", "Attendees per lead", "Leads per sale")],
        [float(r_) for r_ in RATIOS])
    c.eq("plan", (inputs["Plan start"][0], inputs["Plan end"][0]),
         (START.isoformat(), END.isoformat()))
    c.eq("status date", inputs["Status date (actuals entered up to it)"][0],
         STATUS.isoformat())

    road = values(sec.get("Roadmap", []))
    c.eq("sales needed", number(road["Sales needed"][0]), x["sales"])
    c.eq("leads needed", number(road["Leads needed (average)"][0]), x["leads"])
    c.eq("leads needed at 90%", number(road["Leads needed (90% confidence)"][0]),
         x["leads90"])
    c.eq("funnel", [number(road[k][0]) for k in
                    ("Invitations", "Attendees", "Leads", "Sales")], x["funnel"])
    c.eq("working days", number(road["Working days in the plan"][0]), x["W"])
    c.eq("leads per working day", number(road["Leads per working day"][0]),
         x["per_day"])
    c.eq("leads in the week of 3 May",
         number(road["Leads in the week of 3 May"][0]), x["week"])

    month_rows = []
    total = None
    for line in sec.get("Monthly targets", []):
        t = line.split()
        if t[0].isdigit() and len(t) >= 9:
            month_rows.append(t)
        elif t[0] == "Total":
            total = t
    c.eq("months printed", len(month_rows), 12)
    c.eq("monthly working days", [number(t[6]) for t in month_rows],
         [m["w"] for m in x["months"]])
    c.eq("monthly targets", [number(t[7]) for t in month_rows],
         [m["target"] for m in x["months"]])
    c.eq("cumulative targets", [number(t[8]) for t in month_rows],
         [m["cum"] for m in x["months"]])
    c.eq("actuals", [number(t[9]) for t in month_rows if len(t) > 9], ACTUALS)
    c.eq("pace after each month", [number(t[11]) for t in month_rows if len(t) > 11],
         x["paces_after"])
    c.eq("totals", [number(v) for v in (total or [])[1:]],
         [x["W"], x["leads"], sum(ACTUALS)])

    pacing_key = next((k for k in sec if k.startswith("Pacing on")), None)
    c.eq("pacing heading", pacing_key, "Pacing on 3 May 2027")
    pace = values(sec.get(pacing_key, []))
    c.eq("done to date", number(pace["Leads done to date"][0]), x["done"])
    c.eq("target to date", number(pace["Target of the months completed"][0]), x["due"])
    c.eq("ahead or behind", number(pace["Ahead (+) or behind (−)"][0]),
         x["done"] - x["due"])
    c.eq("working days left",
         number(pace["Working days left (status date included)"][0]), x["days_left"])
    c.eq("pace now", number(pace["Leads needed per remaining working day"][0]),
         x["pace"])

    hist = values(sec.get("History: learning leads per sale", []))
    c.eq("history total", (number(hist["Total"][0]), number(hist["Total"][1])),
         x["hist"])
    c.eq("learned leads per sale", hist["Learned leads per sale"][0],
         "%.2f" % x["learned"])
    c.eq("cautious leads per sale", hist["Cautious leads per sale (90%)"][0],
         "%.2f" % x["cautious"])
    c.eq("leads at the cautious rate",
         number(hist["Leads needed at the cautious rate"][0]), x["leads_cautious"])
    note = [l.strip() for l in sec.get("History: learning leads per sale", [])
            if l.strip().startswith(("Thin data", "Enough history"))]
    c.eq("history note", note,
         ["Thin data: the cautious estimate is %d%% above the average: plan with it."
          % x["thin_pct"]])

    holidays = {}
    for line in sec.get("Holidays", []):
        day, name = line.split(None, 1)
        holidays[dt.date.fromisoformat(day)] = name
    c.eq("holiday list", holidays, HOLIDAYS)

    pdf = os.path.join(build, "demo", "team-roadmap.pdf")
    png = os.path.join(build, "demo", "team-roadmap.png")
    info = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True)
    pages = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    c.eq("PDF pages (roadmap, weeks)", int(pages.group(1)) if pages else None, 2)
    c.eq("PNG written", os.path.getsize(png) > 20000 if os.path.exists(png) else False,
         True)
    c.eq("what-if section ran", "== what-if tables" in out and "== done" in out, True)

    print("%d checks, %d failed" % (c.checks, c.failures))
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
