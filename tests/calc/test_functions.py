"""End-to-end test of the six Calc functions in a real, headless Calc.

The .oxt is installed with `unopkg add` into a throwaway profile, formula
cells are set through the API exactly as a user types them, and each cell's
shown value or error is compared with an expectation worked out without the
project's code: by hand (the arithmetic is in the comment), or by Calc's own
built-in functions (CEILING, NETWORKDAYS.INTL, BINOM.DIST, BETA.INV) in a
neighbouring cell.

Usage: test_functions.py OXT
"""

import datetime
import sys
import time

import lotest
from com.sun.star.util import Date as UnoDate

# Calc's error codes as cell.getError() reports them.
ERR_ARG = 502    # Err:502, invalid argument
ERR_MISSING = 504  # Err:504, parameter list error (missing argument)
ERR_VALUE = 519  # #VALUE!
ERR_NUM = 503    # #NUM!
ERR_DIV0 = 532   # #DIV/0!


def err(code):
    return ("err", code)


def ref(formula):
    """The expected value is what Calc computes for `formula`."""
    return ("ref", formula)


def approx(value, rel):
    return ("approx", value, rel)


D = "DATE({};{};{})".format


def date_of(d):
    return D(d.year, d.month, d.day)


def nwd(a, b, weekend="1", holidays=None):
    """Calc's NETWORKDAYS.INTL over [a, b] (datetime.date values)."""
    h = ";" + holidays if holidays else ""
    return "NETWORKDAYS.INTL({};{};{}{})".format(date_of(a), date_of(b),
                                                 weekend, h)


def period_end(day, period):
    """Last day of the calendar period containing `day` (Python datetime)."""
    if period == "day":
        return day
    if period == "week":  # ISO week, Monday to Sunday
        return day + datetime.timedelta(days=6 - day.weekday())
    if period == "month":
        nxt = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
        return nxt - datetime.timedelta(days=1)
    if period == "quarter":
        q_last_month = ((day.month - 1) // 3) * 3 + 3
        nxt = datetime.date(day.year + (q_last_month == 12),
                            q_last_month % 12 + 1, 1)
        return nxt - datetime.timedelta(days=1)
    if period == "year":
        return datetime.date(day.year, 12, 31)
    raise ValueError(period)


def reference_targets(total, start, end, period, weekend="1", holidays=None):
    """Calc formulas for every period target of a plan, from SPEC section 6:
    C_k = CEILING(total * W_k / W), target_k = C_k - C_(k-1), with the
    working-day counts W taken from Calc's NETWORKDAYS.INTL."""
    ends = []
    day = start
    while day <= end:
        e = min(period_end(day, period), end)
        ends.append(e)
        day = e + datetime.timedelta(days=1)
    whole = nwd(start, end, weekend, holidays)

    def cum(e):
        return "CEILING({}*{}/{};1)".format(total,
                                            nwd(start, e, weekend, holidays),
                                            whole)

    out = []
    for k, e in enumerate(ends):
        f = "=" + cum(e)
        if k:
            f += "-" + cum(ends[k - 1])
        out.append(f)
    return out


def cases():
    c = []
    add = c.append
    # ---- SALESNEEDED --------------------------------------------------
    add(("=SALESNEEDED(120000;1500)", 80))  # 120000 / 1500 = 80 exactly
    add(("=SALESNEEDED(120001;1500)", 81))  # 80.0007 rounded up
    add(("=SALESNEEDED(0;1500)", 0))        # zero goal, zero sales
    add(("=SALESNEEDED(1500;1500)", 1))
    add(("=SALESNEEDED(D1;D2)", 80))        # D1 = 120000, D2 = 1500
    add(("=SALESNEEDED(9007199254740992;1)", 9007199254740992))  # 2^53
    add(("=SALESNEEDED(-1;1500)", err(ERR_ARG)))   # negative goal
    add(("=SALESNEEDED(100;0)", err(ERR_ARG)))     # deal value 0
    add(("=SALESNEEDED(100;-5)", err(ERR_ARG)))
    add(("=SALESNEEDED(1E300;1E-300)", err(ERR_NUM)))  # far above 2^53
    add(("=SALESNEEDED(1E16;1)", err(ERR_NUM)))        # above 2^53
    add(("=SALESNEEDED(1)", err(ERR_MISSING)))
    add(("=SALESNEEDED(\"abc\";1)", err(ERR_VALUE)))
    add(("=SALESNEEDED(E1;1)", err(ERR_VALUE)))    # E1 holds text
    add(("=SALESNEEDED(1/0;1)", err(ERR_DIV0)))    # errors propagate
    # ---- LEADSNEEDED --------------------------------------------------
    add(("=LEADSNEEDED(120000;1500;12;0.9)", 1094))  # SPEC section 4
    add(("=LEADSNEEDED(120000;1500;12)", 960))       # 80 * 12
    add(("=LEADSNEEDED(120000;1500;12;)", 960))      # left empty
    add(("=LEADSNEEDED(100;1;1.1)", 110))  # 100 * 1.1, not 111 (SPEC 2)
    add(("=LEADSNEEDED(0;1500;12;0.9)", 0))          # S = 0 gives 0
    add(("=LEADSNEEDED(1000;100;1;0.9)", 10))        # p = 1 gives S
    # S = 1, p = 1/2: P[at least one sale in L] = 1 - 0.5^L >= 0.9
    # needs 0.5^L <= 0.1: L = 4 (0.0625), L = 3 is not enough (0.125).
    add(("=LEADSNEEDED(1;1;2;0.9)", 4))
    add(("=LEADSNEEDED(120000;1500;0.5)", err(ERR_ARG)))  # rate below 1
    add(("=LEADSNEEDED(120000;1500;12;1)", err(ERR_ARG)))
    add(("=LEADSNEEDED(120000;1500;12;0)", err(ERR_ARG)))
    add(("=LEADSNEEDED(120000;1500;12;1.5)", err(ERR_ARG)))
    add(("=LEADSNEEDED(120000;1500;12;\"high\")", err(ERR_ARG)))
    add(("=LEADSNEEDED(120000;1500)", err(ERR_MISSING)))
    add(("=LEADSNEEDED(1E15;1;12)", err(ERR_NUM)))  # 1.2e16 > 2^53
    # ---- FUNNELNEEDED -------------------------------------------------
    # SPEC section 5: 80 sales; 80*12 = 960 leads; 960*4 = 3840 attendees;
    # 3840*2.5 = 9600 invitations.
    for stage, v in enumerate([9600, 3840, 960, 80], start=1):
        add(("=FUNNELNEEDED(120000;1500;{2.5;4;12};%d)" % stage, v))
    add(("=INDEX(FUNNELNEEDED(120000;1500;{2.5;4;12});3)", 960))
    add(("=ROWS(FUNNELNEEDED(120000;1500;{2.5;4;12}))", 4))
    add(("=SUM(FUNNELNEEDED(120000;1500;{2.5;4;12}))", 14480))
    add(("=FUNNELNEEDED(120000;1500;{2.5;4;12};)", 9600))  # column, top
    # B1:B4 = 2.5, (empty), 4, 12: the empty cell is skipped
    add(("=FUNNELNEEDED(120000;1500;B1:B4;1)", 9600))
    add(("=FUNNELNEEDED(120000;1500;B1:B4;3)", 960))
    add(("=FUNNELNEEDED(120000;1500;B1:B4;4)", 80))
    add(("=FUNNELNEEDED(120000;1500;12;1)", 960))  # one stage = LEADSNEEDED
    add(("=FUNNELNEEDED(120000;1500;12;2)", 80))
    # Rounding at every stage: 3 sales; 3*1.5 = 4.5 -> 5; 5*1.5 = 7.5 -> 8
    # (rounding once, 3*2.25 = 6.75, would give 7).
    add(("=FUNNELNEEDED(3;1;{1.5;1.5};1)", 8))
    add(("=FUNNELNEEDED(120000;1500;{2.5;4;12};5)", err(ERR_ARG)))
    add(("=FUNNELNEEDED(120000;1500;{2.5;4;12};0)", err(ERR_ARG)))
    add(("=FUNNELNEEDED(120000;1500;{2.5;4;12};1.5)", err(ERR_ARG)))
    add(("=FUNNELNEEDED(120000;1500;{2.5;0.5;12};1)", err(ERR_ARG)))
    add(("=FUNNELNEEDED(120000;1500;C1:C2;1)", err(ERR_ARG)))  # text
    add(("=FUNNELNEEDED(120000;1500;F1:F3;1)", err(ERR_ARG)))  # all empty
    add(("=FUNNELNEEDED(120000;1500;\"12\";1)", err(ERR_ARG)))
    add(("=FUNNELNEEDED(120000;1500)", err(ERR_MISSING)))
    add(("=FUNNELNEEDED(1E15;1;{12;12};1)", err(ERR_NUM)))
    # ---- PERIODTARGET -------------------------------------------------
    q1 = "100;DATE(2027;1;1);DATE(2027;3;31)"
    # SPEC section 6.  Working days (Sat+Sun weekend): Jan 2027 starts on
    # a Friday: 1 + 4*5 = 21; Feb: 20; Mar: 4*5 + 3 = 23; W = 64.
    # C1 = ceil(100*21/64) = ceil(32.8) = 33, C2 = ceil(100*41/64) =
    # ceil(64.06) = 65, C3 = 100: targets 33, 32, 35.
    add(("=PERIODTARGET(%s;\"month\";1)" % q1, 33))
    add(("=PERIODTARGET(%s;\"month\";2)" % q1, 32))
    add(("=PERIODTARGET(%s;\"month\";3)" % q1, 35))
    add(("=PERIODTARGET(%s;\"Month\";3;;)" % q1, 35))
    add(("=PERIODTARGET(%s;\"maand\";3)" % q1, 35))       # Dutch
    add(("=PERIODTARGET(%s;\"month\";3;;\"0000011\")" % q1, 35))
    add(("=PERIODTARGET(%s;\"month\";3;;1)" % q1, 35))
    add(("=ROWS(PERIODTARGET(%s;\"month\"))" % q1, 3))
    add(("=SUM(PERIODTARGET(%s;\"month\"))" % q1, 100))
    add(("=PERIODTARGET(%s;\"month\")" % q1, 33))       # column, top
    add(("=PERIODTARGET(%s;\"month\";;;)" % q1, 33))    # all left empty
    add(("=INDEX(PERIODTARGET(%s;\"month\");2)" % q1, 32))
    # One quarter holds the whole plan.
    add(("=PERIODTARGET(%s;\"KWARTAAL\";1)" % q1, 100))
    add(("=PERIODTARGET(%s;\"quarter\";1)" % q1, 100))
    add(("=PERIODTARGET(%s;\"year\";1)" % q1, 100))
    # Weeks across a year end: Wed 2026-12-30 to Tue 2027-01-12.  Week 1
    # (to Sun Jan 3) has 3 working days, week 2 has 5, week 3 (Mon-Tue) 2;
    # W = 10: C1 = 15, C2 = ceil(50*8/10) = 40, C3 = 50: 15, 25, 10.
    wk = "50;DATE(2026;12;30);DATE(2027;1;12);\"week\""
    add(("=PERIODTARGET(%s;1)" % wk, 15))
    add(("=PERIODTARGET(%s;2)" % wk, 25))
    add(("=PERIODTARGET(%s;3)" % wk, 10))
    # With New Year's Day off: week 1 has 2 days, W = 9: C1 = ceil(11.1) =
    # 12, C2 = ceil(50*7/9) = ceil(38.9) = 39, C3 = 50: 12, 27, 11.
    add(("=PERIODTARGET(%s;1;DATE(2027;1;1))" % wk, 12))
    add(("=PERIODTARGET(%s;2;{\"\"})" % wk, 25))
    add(("=PERIODTARGET(%s;2;G1:G5)" % wk, 27))  # G: holidays with gaps
    add(("=PERIODTARGET(%s;3;G1:G5)" % wk, 11))
    # Leap day: Feb 2028 has 21 working days (Tue Feb 1 to Tue Feb 29),
    # March 2028 has 23, W = 44: C1 = ceil(60*21/44) = ceil(28.6) = 29.
    lp = "60;DATE(2028;2;1);DATE(2028;3;31)"
    add(("=PERIODTARGET(%s;\"month\";1)" % lp, 29))
    add(("=PERIODTARGET(%s;\"month\";2)" % lp, 31))
    add(("=ROWS(PERIODTARGET(%s;\"day\"))" % lp, 60))  # 29 + 31 days
    # Plans checked against NETWORKDAYS.INTL and CEILING, period by period.
    plans = [
        (60, datetime.date(2028, 2, 1), datetime.date(2028, 3, 31), "day",
         "1", None),
        (1000, datetime.date(2026, 11, 15), datetime.date(2027, 2, 15),
         "quarter", "1", None),
        (5000, datetime.date(2026, 7, 1), datetime.date(2028, 6, 30), "year",
         "1", None),
        (777, datetime.date(2027, 12, 20), datetime.date(2028, 3, 5), "week",
         "11", "G1:G5"),
        (333, datetime.date(2027, 1, 1), datetime.date(2027, 12, 31),
         "month", "7", "{46388;46394;46600}"),
        (100, datetime.date(2027, 1, 1), datetime.date(2027, 3, 31), "month",
         "\"1000001\"", None),
    ]
    for total, a, b, period, weekend, hol in plans:
        refs = reference_targets(total, a, b, period, weekend, hol)
        if period == "day":
            picks = [28, 29, 30, 60]  # around the leap day, and the last
        else:
            picks = range(1, len(refs) + 1)
        for k in picks:
            add(("=PERIODTARGET({};{};{};\"{}\";{};{};{})".format(
                total, date_of(a), date_of(b), period, k, hol or "",
                weekend), ref(refs[k - 1])))
    # Errors.
    add(("=PERIODTARGET(100;DATE(2027;3;31);DATE(2027;1;1);\"month\";1)",
         err(ERR_ARG)))  # start > end
    add(("=PERIODTARGET(%s;\"fortnight\";1)" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";4)" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";0)" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";1.5)" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";\"one\")" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";1;;0)" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";1;;8)" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";1;;\"1111111\")" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";1;;\"000001\")" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(%s;\"month\";1;C1:C2)" % q1, err(ERR_ARG)))  # text
    add(("=PERIODTARGET(%s;\"month\";1;\"2027-01-01\")" % q1, err(ERR_ARG)))
    add(("=PERIODTARGET(-1;DATE(2027;1;1);DATE(2027;3;31);\"month\";1)",
         err(ERR_ARG)))
    # A plan without working days (a Saturday and a Sunday).
    add(("=PERIODTARGET(100;DATE(2027;1;2);DATE(2027;1;3);\"day\";1)",
         err(ERR_ARG)))
    # Serial -200000 is in the 14th century in either date system: before
    # the 1583 the calendar starts with.
    add(("=PERIODTARGET(100;-200000;DATE(2027;1;3);\"day\";1)",
         err(ERR_ARG)))
    add(("=PERIODTARGET(100;DATE(2027;1;1);DATE(2027;3;31))",
         err(ERR_MISSING)))
    add(("=PERIODTARGET(\"x\";DATE(2027;1;1);DATE(2027;3;31);\"month\")",
         err(ERR_VALUE)))
    # Every day from 1583 to 9999 is more rows than a sheet has: #NUM!.
    add(("=PERIODTARGET(1;DATE(1583;1;1);DATE(9999;12;31);\"day\")",
         err(ERR_NUM)))
    add(("=PERIODTARGET(1E17;DATE(2027;1;1);DATE(2027;3;31);\"month\";1)",
         err(ERR_NUM)))
    # ---- PACETARGET ---------------------------------------------------
    jan = "DATE(2027;1;1);DATE(2027;1;31)"
    # Jan 2027 from Fri Jan 1 has 21 working days: ceil(90/21) = ceil(4.29)
    add(("=PACETARGET(100;10;%s)" % jan, 5))
    add(("=PACETARGET(105;0;%s)" % jan, 5))              # 105/21 = 5
    add(("=PACETARGET(105;0;%s;DATE(2027;1;1))" % jan, 6))  # 105/20 = 5.25
    add(("=PACETARGET(105;0;%s;;)" % jan, 5))
    # Sunday-only weekend: 31 - 5 Sundays = 26 days, 130/26 = 5; with
    # Saturday and Sunday off 130/21 = 6.2 -> 7.
    add(("=PACETARGET(130;0;%s;;11)" % jan, 5))
    add(("=PACETARGET(130;0;%s)" % jan, 7))
    # Today is a Saturday, it still counts from then: Mon 4 to Fri 8, 5 days
    add(("=PACETARGET(100;10;DATE(2027;1;2);DATE(2027;1;8))", 18))
    add(("=PACETARGET(100;100;%s)" % jan, 0))   # done
    add(("=PACETARGET(100;150;%s)" % jan, 0))   # more than done
    add(("=PACETARGET(100;10;DATE(2027;1;2);DATE(2027;1;3))",
         err(ERR_NUM)))  # only a weekend left
    add(("=PACETARGET(100;10;DATE(2027;2;1);DATE(2027;1;31))",
         err(ERR_NUM)))  # today after the end
    add(("=PACETARGET(100;100;DATE(2027;2;1);DATE(2027;1;31))", 0))
    add(("=PACETARGET(100;-1;%s)" % jan, err(ERR_ARG)))
    add(("=PACETARGET(-100;0;%s)" % jan, err(ERR_ARG)))
    add(("=PACETARGET(100;0;%s;;\"abc\")" % jan, err(ERR_ARG)))
    add(("=PACETARGET(100;0;%s;C1:C2)" % jan, err(ERR_ARG)))  # text
    add(("=PACETARGET(100;0;DATE(2027;1;1))", err(ERR_MISSING)))
    add(("=PACETARGET(777;12;DATE(2027;12;20);DATE(2028;3;5);G1:G5;11)",
         ref("=CEILING((777-12)/NETWORKDAYS.INTL(DATE(2027;12;20);"
             "DATE(2028;3;5);11;G1:G5);1)")))
    # ---- LEADSPERSALE -------------------------------------------------
    add(("=LEADSPERSALE(100;10)", 10))
    add(("=LEADSPERSALE(H1:H3;I1:I3)", 10))  # (30+70)/(4+6), gaps skipped
    add(("=LEADSPERSALE({30;70};{4;6})", 10))
    add(("=LEADSPERSALE(45;10)", 4.5))       # not rounded
    add(("=LEADSPERSALE(100;10;)", 10))
    # Jeffreys estimate: 1 / (the 10% quantile of Beta(10.5, 90.5)),
    # about 14.883 (SPEC section 8), checked against Calc's BETA.INV.
    add(("=LEADSPERSALE(100;10;0.9)", ref("=1/BETA.INV(0.1;10.5;90.5)"),
         1e-9))
    add(("=ROUND(LEADSPERSALE(100;10;0.9);3)", 14.883))
    add(("=LEADSPERSALE(H1:H3;I1:I3;0.9)", ref("=1/BETA.INV(0.1;10.5;90.5)"),
         1e-9))
    add(("=LEADSPERSALE(20;0;0.8)", ref("=1/BETA.INV(0.2;0.5;20.5)"), 1e-9))
    add(("=LEADSPERSALE(20;0)", err(ERR_ARG)))       # no sale yet
    add(("=LEADSPERSALE(5;10)", err(ERR_ARG)))       # leads < sales
    add(("=LEADSPERSALE({30;-5};{4;1})", err(ERR_ARG)))
    add(("=LEADSPERSALE(C1:C2;I1:I3)", err(ERR_ARG)))  # text in the range
    add(("=LEADSPERSALE(100;10;1)", err(ERR_ARG)))
    add(("=LEADSPERSALE(100;10;\"x\")", err(ERR_ARG)))
    add(("=LEADSPERSALE(100)", err(ERR_MISSING)))
    # ---- LEADSNEEDED with confidence, checked with BINOM.DIST ----------
    # L is right when P[Bin(L, p) >= S] >= c and P[Bin(L-1, p) >= S] < c.
    for goal, k, conf in [(80, 12, 0.9), (5, 3, 0.75), (37, 2.5, 0.99),
                          (1000, 7, 0.5), (3, 40, 0.95)]:
        f = "LEADSNEEDED({};1;{};{})".format(goal, k, conf)
        add(("=AND(1-BINOM.DIST({s};{f};1/{k};1)>={c};"
             "1-BINOM.DIST({s};{f}-1;1/{k};1)<{c})".format(
                 s=goal - 1, f=f, k=k, c=conf), ref("=1=1")))
    return c


# Cells the formulas refer to: (address, value); text is set as text.
DATA = [
    ("D1", 120000), ("D2", 1500), ("E1", "abc"),
    ("B1", 2.5), ("B3", 4), ("B4", 12),       # B2 empty
    ("C1", 2.5), ("C2", "4"),                 # text in a range
    # G: holidays with empty cells, a duplicate and one on a Saturday:
    ("G1", "=DATE(2027;1;1)"), ("G3", "=DATE(2027;1;1)"),
    ("G4", "=DATE(2028;1;1)"), ("G5", "=DATE(2028;2;14)"),
    ("H1", 30), ("H3", 70), ("I1", 4), ("I3", 6),  # history with a gap
]
FIRST_ROW = 20


def fill(sheet, table):
    for addr, value in DATA:
        cell = sheet.getCellRangeByName(addr)
        if isinstance(value, str) and value.startswith("="):
            cell.setFormula(value)
        elif isinstance(value, str):
            cell.setString(value)
        else:
            cell.setValue(value)
    for i, case in enumerate(table):
        row = FIRST_ROW + i
        sheet.getCellByPosition(0, row).setFormula(case[0])
        if isinstance(case[1], tuple) and case[1][0] == "ref":
            sheet.getCellByPosition(1, row).setFormula(case[1][1])


def check(sheet, table, label):
    failures = 0
    for i, case in enumerate(table):
        formula, expect = case[0], case[1]
        row = FIRST_ROW + i
        cell = sheet.getCellByPosition(0, row)
        got_err, got = cell.getError(), cell.getValue()
        shown = cell.getString()
        if isinstance(expect, tuple) and expect[0] == "err":
            ok = got_err == expect[1]
            want = "error %d" % expect[1]
        elif isinstance(expect, tuple) and expect[0] == "ref":
            rcell = sheet.getCellByPosition(1, row)
            want = rcell.getValue()
            tol = case[2] if len(case) > 2 else 0.0
            ok = (got_err == 0 and rcell.getError() == 0 and
                  abs(got - want) <= tol * abs(want))
            want = "%r (from %s)" % (want, expect[1])
        else:
            want = expect
            ok = got_err == 0 and got == expect
        if not ok:
            failures += 1
            print("FAIL [%s] %s: shows %r (value %r, error %d), want %s" %
                  (label, formula, shown, got, got_err, want))
    print("[%s] %d of %d cells as expected" %
          (label, len(table) - failures, len(table)))
    return failures


def main():
    oxt = sys.argv[1]
    table = cases()
    start = time.monotonic()
    failures = 0
    with lotest.workspace() as ws:
        profile = lotest.Profile(ws, "with-extension")
        profile.add_extension(oxt)
        with lotest.office(profile) as office:
            # A default document (null date 1899-12-30) and one on the 1904
            # date system: DATE(...) arguments must give the same results.
            for label, null_date in [("1899", None), ("1904", (1, 1, 1904))]:
                doc = office.new_sheet()
                try:
                    if null_date:
                        doc.NullDate = UnoDate(*null_date)
                        nd = doc.NullDate
                        assert (nd.Day, nd.Month, nd.Year) == null_date
                    sheet = doc.Sheets.getByIndex(0)
                    fill(sheet, table)
                    doc.calculateAll()
                    failures += check(sheet, table, label)
                    if null_date:
                        # A serial is relative to the null date: 8401 days
                        # after 1904-01-01 is 1927-01-01, a Saturday, and
                        # 8402 a Sunday: no working day, Err:502.  In the
                        # 1899 system the same serials are 1923-01-01/02,
                        # Monday and Tuesday.
                        cell = sheet.getCellByPosition(3, 10)
                        cell.setFormula(
                            "=PERIODTARGET(10;8401;8402;\"day\";1)")
                        doc.calculateAll()
                        if cell.getError() != ERR_ARG:
                            failures += 1
                            print("FAIL [1904] serials 8401-8402 show %r" %
                                  cell.getString())
                finally:
                    doc.close(True)
    print("functions test: %.1f s" % (time.monotonic() - start))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
