"""The bad-input matrix of the Calc functions, in one real, headless
LibreOffice with the .oxt installed by `unopkg add`.

Every function, every argument, with negative values, zero, errors of
Calc's own (SQRT(-1) is Err:502, 1/0 is #DIV/0!, NA() is #N/A, 1E308*10 is
#NUM!), 1E308, 1E-308, the double just below 1, text, empty cells, empty
arguments, missing arguments, text and errors inside ranges, holiday ranges
of 100,000 cells, dates before 1583 and after 9999, bad weekend strings and
numbers, confidence 0, 1 and 1.5, index and stage out of range.  Each cell
is compared with the error SPEC section 9 names (cell.getError()):

    Err:502 (502)  an invalid argument
    #NUM!   (503)  a result too large, a goal that can no longer be reached
    #VALUE! (519)  text where Calc expects a number (a required argument)
    Err:504 (504)  a missing required argument (Calc's own)
    the argument's own error, propagated

or, where the input is valid after all, with the value worked out by hand
in the comment next to it (or by Calc's own BETA.INV).  At the end the
office must still be alive and answer.

Usage: calc_bad_input.py OXT
"""

import datetime
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "calc"))
import lotest  # noqa: E402

ERR_ARG, ERR_NUM, ERR_PARAM, ERR_VALUE = 502, 503, 504, 519
ERR_DIV0, ERR_NA = 532, 32767
ROWS = 100000  # cells in each holiday range


def serial(y, m, d):
    """A date's serial for the default null date 1899-12-30 (Python's
    calendar, not the project's)."""
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


JAN1 = serial(2027, 1, 1)    # 46388
APR1 = serial(2027, 4, 1)
LAST = serial(9999, 12, 31)  # 2958465, the last supported day
BEFORE = serial(1582, 12, 31)  # -115781, the day before the first
assert (JAN1, LAST, BEFORE) == (46388, 2958465, -115781)
BELOW1 = 1.0 - 2.0 ** -53

# ---- data cells the formulas refer to ------------------------------------
# Z: never written (empty).  Y1 "abc", Y2 "120000" (text).  X1 1e-308,
# X2 1e308, X3 1 - 2^-53 (set through the API: Calc's formula parser does
# not take the literal 1E-308).  W1:W3 ratios with text inside; V1:V2
# leads with text inside; U1:U3 a range with an error inside; T1:T3 60,
# (empty), 40.
SMALL = [("Y1", "abc"), ("Y2", "120000"), ("X1", 1e-308), ("X2", 1e308),
         ("X3", BELOW1), ("W1", 2.5), ("W2", "4"), ("W3", 12),
         ("V1", 60), ("V2", "40"), ("U1", 12), ("U2", "=1/0"), ("U3", 4),
         ("T1", 60), ("T3", 40)]
# 100,000-cell columns: AA every cell 2027-01-01; AB 100,000 consecutive
# days from 2027-04-01 (after every plan below); AC 100,000 consecutive
# days from 2027-01-01; AD as AA with text in the last cell; AE as AA with
# 1E308 (no date) in the last cell; AF as AA with an empty cell every
# other row.
BIG = {
    "AA": [JAN1] * ROWS,
    "AB": [APR1 + i for i in range(ROWS)],
    "AC": [JAN1 + i for i in range(ROWS)],
    "AD": [JAN1] * (ROWS - 1) + ["2027-01-01"],
    "AE": [JAN1] * (ROWS - 1) + [1e308],
    "AF": [JAN1 if i % 2 == 0 else "" for i in range(ROWS)],
}


def col(name):
    return "%s1:%s%d" % (name, name, ROWS)


def err(code):
    return ("err", code)


def ref(formula, rel):
    return ("ref", formula, rel)


def kinds_double(valid):
    """A required number argument (a `double` of the add-in): Calc converts
    it before the add-in sees it.  `valid` maps the kinds that are valid
    for this argument to their results, the others map to errors."""
    rows = [
        ("SQRT(-1)", err(ERR_ARG)),    # Calc's own Err:502, propagated
        ("1/0", err(ERR_DIV0)),        # propagated
        ("NA()", err(ERR_NA)),         # propagated
        ("1E308*10", err(ERR_NUM)),    # Calc's overflow, propagated
        ("\"abc\"", err(ERR_VALUE)),   # text: Calc's #VALUE!
        ("Y1", err(ERR_VALUE)),        # a text cell
        ("", err(ERR_ARG)),            # an empty argument (;;)
        ("1E-308", err(ERR_ARG)),      # Calc rejects the literal itself
    ]
    for code, want in valid:
        rows.append((code, want))
    return rows


def kinds_optional():
    """An optional number argument (an `any`): errors propagate; text and
    every number out of range are the add-in's Err:502."""
    return [
        ("SQRT(-1)", err(ERR_ARG)),
        ("1/0", err(ERR_DIV0)),
        ("NA()", err(ERR_NA)),
        ("1E308*10", err(ERR_NUM)),
        ("\"abc\"", err(ERR_ARG)),
        ("Y1", err(ERR_ARG)),
        ("-1", err(ERR_ARG)),
        ("1E308", err(ERR_ARG)),
        ("X2", err(ERR_ARG)),
    ]


def family(out, template, rows):
    for code, want in rows:
        out.append((template % code, want))


def cases():
    c = []
    add = c.append

    # ---- SALESNEEDED(goal; deal_value): 120000 / 1500 = 80 ---------------
    # A goal in (0, 1] needs 1 sale; 1E308 / 1500 is far above 2^53.  An
    # empty cell is 0: a zero goal needs 0 sales; a zero deal value is
    # invalid.  A deal value of 1E308 gives 1 sale; 1e-308 gives 1.2e313
    # sales (#NUM!); 1 - 2^-53 gives 120000 + 2^-36, approximately 120000.
    goal = [("-1", err(ERR_ARG)), ("0", 0), ("Z1", 0), ("1E308", err(ERR_NUM)),
            ("X2", err(ERR_NUM)), ("X1", 1), ("X3", 1), ("TRUE()", 1)]
    deal = [("-1", err(ERR_ARG)), ("0", err(ERR_ARG)), ("Z1", err(ERR_ARG)),
            ("1E308", 1), ("X1", err(ERR_NUM)), ("X3", 120000)]
    family(c, "=SALESNEEDED(%s;1500)", kinds_double(goal))
    family(c, "=SALESNEEDED(120000;%s)", kinds_double(deal))
    add(("=SALESNEEDED(120000)", err(ERR_PARAM)))
    add(("=SALESNEEDED()", err(ERR_PARAM)))
    add(("=SALESNEEDED(120000;1500;1)", err(ERR_PARAM)))  # one too many
    add(("=SALESNEEDED(9007199254740992;1)", 9007199254740992))  # 2^53
    add(("=SALESNEEDED(9007199254740994;1)", err(ERR_NUM)))      # next

    # ---- LEADSNEEDED(goal; deal_value; leads_per_sale; [confidence]) -----
    # 80 * 12 = 960.  One sale: 12 leads.  120000 sales: 1,440,000.
    family(c, "=LEADSNEEDED(%s;1500;12)", kinds_double(
        [(g, 12 if v == 1 else v) for g, v in goal]))
    family(c, "=LEADSNEEDED(120000;%s;12)", kinds_double(
        [(d, {1: 12, 120000: 1440000}.get(v, v)) for d, v in deal]))
    family(c, "=LEADSNEEDED(120000;1500;%s)", kinds_double([
        ("-1", err(ERR_ARG)), ("0", err(ERR_ARG)), ("0.2", err(ERR_ARG)),
        ("X1", err(ERR_ARG)), ("X3", err(ERR_ARG)),  # below 1
        ("Z1", err(ERR_ARG)),
        ("1", 80),                     # every lead a sale
        ("1E308", err(ERR_NUM)),       # 80 * 1E308 overflows
    ]))
    family(c, "=LEADSNEEDED(120000;1500;12;%s)", kinds_optional() + [
        ("0", err(ERR_ARG)), ("1", err(ERR_ARG)), ("1.5", err(ERR_ARG)),
        ("90", err(ERR_ARG)),
        # L = 80 reaches 80 sales with P = (1/12)^80 = 10^-86.3 >= 1e-308
        ("X1", 80),
        ("0.9", 1094),                 # SPEC section 4
        ("", 960),                     # left empty: no confidence
        # A reference to an empty cell is not "left empty": Calc hands an
        # optional (`any`) argument the cell's value, 0, as it does for its
        # own functions (ScInterpreter::ScExternal), and confidence 0 is
        # invalid.
        ("Z1", err(ERR_ARG)),
    ])
    add(("=LEADSNEEDED(120000;1500;X3;1.5)", err(ERR_ARG)))
    add(("=LEADSNEEDED(120000;1500;1;0.9)", 80))  # p = 1 gives S
    # 2 sales at 2 leads per sale with c = 1 - 2^-53: (L + 1) / 2^L <=
    # 2^-53 first holds for L = 59 (60 / 2^59 = 2^-53 * 60/64).
    add(("=LEADSNEEDED(2;1;2;X3)", 59))
    add(("=LEADSNEEDED(120000;1500)", err(ERR_PARAM)))
    add(("=LEADSNEEDED(120000;1500;12;0.9;1)", err(ERR_PARAM)))

    # ---- FUNNELNEEDED(goal; deal_value; ratios; [stage]) -----------------
    # SPEC section 5: 9600, 3840, 960, 80.  One sale: 120 at the top (1 *
    # 12 * 4 * 2.5); 120000 sales: 14,400,000.
    r = "{2.5;4;12}"
    family(c, "=FUNNELNEEDED(%s;1500;" + r + ";1)", kinds_double(
        [(g, 120 if v == 1 else v) for g, v in goal]))
    family(c, "=FUNNELNEEDED(120000;%s;" + r + ";1)", kinds_double(
        [(d, {1: 120, 120000: 14400000}.get(v, v)) for d, v in deal]))
    family(c, "=FUNNELNEEDED(120000;1500;%s;1)", [
        ("{-1}", err(ERR_ARG)), ("0", err(ERR_ARG)), ("{0.2;4}", err(ERR_ARG)),
        ("X1", err(ERR_ARG)), ("X3", err(ERR_ARG)),
        ("{2.5;4;1E308}", err(ERR_NUM)),  # 80 * 1E308 overflows
        ("\"abc\"", err(ERR_ARG)),       # text in a list: the add-in's
        ("Y1", err(ERR_ARG)),
        ("W1:W3", err(ERR_ARG)),         # text inside the range
        ("Z1:Z3", err(ERR_ARG)),         # nothing but empty cells
        ("", err(ERR_ARG)),              # an empty argument: no ratio
        ("SQRT(-1)", err(ERR_ARG)),
        ("1/0", err(ERR_DIV0)),
        ("NA()", err(ERR_NA)),
        # An error inside a range: Calc does not call the add-in and shows
        # Err:504 (see docs/HARDENING.md).
        ("U1:U3", err(ERR_PARAM)),
        ("{12}", 960),                   # one stage = LEADSNEEDED
        ("1", 80),                       # one stage of 1
    ])
    family(c, "=FUNNELNEEDED(120000;1500;" + r + ";%s)", kinds_optional() + [
        ("0", err(ERR_ARG)), ("5", err(ERR_ARG)), ("1.5", err(ERR_ARG)),
        ("X1", err(ERR_ARG)),
        ("4", 80), ("", 9600),           # empty: the column, top shown
    ])
    add(("=FUNNELNEEDED(120000;1500)", err(ERR_PARAM)))
    add(("=FUNNELNEEDED(120000;1500;12;1;1)", err(ERR_PARAM)))

    # ---- PERIODTARGET(total; start; end; period; [index]; [holidays];
    #      [weekend]) ------------------------------------------------------
    # Jan-Mar 2027 (Sat+Sun off) has 21 + 20 + 23 = 64 working days; 100
    # gives 33, 32, 35 (SPEC section 6).
    d1, d3 = "DATE(2027;1;1)", "DATE(2027;3;31)"
    pt = "=PERIODTARGET(%s;" + d1 + ";" + d3 + ";\"month\";1)"
    # Any total in (0, 1] is all in period 1: 1.  1E308 is too large.
    family(c, pt, kinds_double([
        ("-1", err(ERR_ARG)), ("0", 0), ("Z1", 0), ("1E308", err(ERR_NUM)),
        ("X1", 1), ("X3", 1)]))
    # start: 1899-12-30 (serial 0, an empty cell, 1e-308 floored) is a
    # Saturday and Dec 31 a Sunday, so period 1 (Dec 1899) has no working
    # day: 0.  Serial -1 is Friday 1899-12-29: one working day out of
    # tens of thousands, ceil(100 * 1 / W) = 1.  A time of day is ignored.
    pt = "=PERIODTARGET(100;%s;" + d3 + ";\"month\";1)"
    family(c, pt, kinds_double([
        (str(BEFORE), err(ERR_ARG)), ("DATE(1582;12;31)", err(ERR_ARG)),
        ("-200000", err(ERR_ARG)), ("1E308", err(ERR_ARG)),
        ("X2", err(ERR_ARG)), ("-1E308", err(ERR_ARG)),
        ("DATE(2027;4;1)", err(ERR_ARG)),    # start after end
        (str(LAST), err(ERR_ARG)), (str(LAST + 1), err(ERR_ARG)),
        ("0", 0), ("Z1", 0), ("X1", 0), ("-1", 1),
        ("%d.75" % JAN1, 33)]))
    # end: 9999-12-31 is fine (period 1 gets ceil(100 * 21 / W) = 1, W in
    # the millions); the day after is not; before start is invalid.
    pt = "=PERIODTARGET(100;" + d1 + ";%s;\"month\";1)"
    family(c, pt, kinds_double([
        (str(LAST + 1), err(ERR_ARG)), ("DATE(10000;1;1)", err(ERR_ARG)),
        ("1E308", err(ERR_ARG)), (str(BEFORE), err(ERR_ARG)),
        ("DATE(2026;12;31)", err(ERR_ARG)), ("Z1", err(ERR_ARG)),
        (str(LAST), 1)]))
    pt = "=PERIODTARGET(100;" + d1 + ";" + d3 + ";%s;1)"
    family(c, pt, [
        ("\"fortnight\"", err(ERR_ARG)), ("\"\"", err(ERR_ARG)),
        ("\"mon\"", err(ERR_ARG)), ("\"month \"", err(ERR_ARG)),
        ("1", err(ERR_ARG)), ("Z1", err(ERR_ARG)), ("Y1", err(ERR_ARG)),
        ("", err(ERR_ARG)), ("SQRT(-1)", err(ERR_ARG)),
        ("1/0", err(ERR_DIV0)), ("NA()", err(ERR_NA)),
        ("\"MONTH\"", 33), ("\"Maand\"", 33), ("\"kwartaal\"", 100)])
    pt = "=PERIODTARGET(100;" + d1 + ";" + d3 + ";\"month\";%s)"
    family(c, pt, kinds_optional() + [
        ("0", err(ERR_ARG)), ("4", err(ERR_ARG)), ("1.5", err(ERR_ARG)),
        ("X1", err(ERR_ARG)), ("\"one\"", err(ERR_ARG)),
        ("3", 35), ("", 33)])
    # holidays
    pt = "=PERIODTARGET(100;" + d1 + ";" + d3 + ";\"month\";1;%s)"
    family(c, pt, [
        ("Y1", err(ERR_ARG)), ("\"2027-01-01\"", err(ERR_ARG)),
        (str(BEFORE), err(ERR_ARG)), ("DATE(10000;1;1)", err(ERR_ARG)),
        ("X2", err(ERR_ARG)), ("SQRT(-1)", err(ERR_ARG)),
        ("1/0", err(ERR_DIV0)), ("NA()", err(ERR_NA)),
        ("U1:U3", err(ERR_PARAM)),       # an error inside: Calc's Err:504
        ("Z1:Z5", 33), ("{\"\"}", 33), ("", 33),
        # 100,000 times 2027-01-01: Jan has 20 working days, W = 63,
        # C1 = ceil(2000 / 63) = ceil(31.7) = 32.
        (col("AA"), 32), (col("AF"), 32),
        (col("AB"), 33),                 # all after the plan
        (col("AC"), err(ERR_ARG)),       # every day off: no working day
        (col("AD"), err(ERR_ARG)),       # text in the last cell
        (col("AE"), err(ERR_ARG)),       # 1E308 in the last cell
    ])
    # 100,000 days from 2027-01-01 off: index 3 of the same plan as above
    # would be too; with the plan from 2027-01-01 to 9999-12-31 by year,
    # period 1 (2027) has no working day and gets 0.
    add(("=PERIODTARGET(100;%s;%d;\"year\";1;%s)" % (d1, LAST, col("AC")), 0))
    # weekend
    pt = "=PERIODTARGET(100;" + d1 + ";" + d3 + ";\"month\";1;;%s)"
    family(c, pt, kinds_optional() + [
        ("0", err(ERR_ARG)), ("8", err(ERR_ARG)), ("9", err(ERR_ARG)),
        ("10", err(ERR_ARG)), ("18", err(ERR_ARG)), ("1.5", err(ERR_ARG)),
        ("X1", err(ERR_ARG)),
        ("\"000011\"", err(ERR_ARG)), ("\"00000111\"", err(ERR_ARG)),
        ("\"0000021\"", err(ERR_ARG)), ("\"000001a\"", err(ERR_ARG)),
        ("\"00000 1\"", err(ERR_ARG)), ("\"OOOOO11\"", err(ERR_ARG)),
        ("\"1111111\"", err(ERR_ARG)), ("\"1\"", err(ERR_ARG)),
        ("W1:W3", err(ERR_ARG)),         # a range is no weekend
        ("", 33), ("\"\"", 33), ("1", 33), ("\"0000011\"", 33),
        # No weekend: 31 of 90 days, ceil(3100 / 90) = ceil(34.4) = 35.
        ("\"0000000\"", 35),
        # Sunday only: Jan 31 - 5 = 26, Feb 24, Mar 27, W = 77:
        # ceil(2600 / 77) = ceil(33.8) = 34.
        ("11", 34),
    ])
    add(("=PERIODTARGET(100;%s;%s)" % (d1, d3), err(ERR_PARAM)))
    add(("=PERIODTARGET(100;%s;%s;\"month\";1;;1;1)" % (d1, d3),
         err(ERR_PARAM)))
    add(("=PERIODTARGET(1E17;%s;%s;\"month\";1)" % (d1, d3), err(ERR_NUM)))
    # Every day from 1583 to 9999: more rows than a sheet has.
    add(("=PERIODTARGET(1;DATE(1583;1;1);DATE(9999;12;31);\"day\")",
         err(ERR_NUM)))

    # ---- PACETARGET(total; done; today; end; [holidays]; [weekend]) ------
    # Jan 2027 from Friday the 1st: 21 working days; ceil(90 / 21) = 5.
    j1, j31 = "DATE(2027;1;1)", "DATE(2027;1;31)"
    pc = "=PACETARGET(%s;10;" + j1 + ";" + j31 + ")"
    family(c, pc, kinds_double([
        ("-1", err(ERR_ARG)), ("0", 0), ("Z1", 0), ("1E308", err(ERR_NUM)),
        ("X1", 0), ("X3", 0)]))         # less than the 10 done: 0
    pc = "=PACETARGET(100;%s;" + j1 + ";" + j31 + ")"
    family(c, pc, kinds_double([
        ("-1", err(ERR_ARG)), ("0", 5), ("Z1", 5), ("1E308", 0),
        ("X1", 5), ("X3", 5), ("100", 0)]))  # 100 / 21 = 4.8 -> 5
    pc = "=PACETARGET(100;10;%s;" + j31 + ")"
    family(c, pc, kinds_double([
        ("DATE(2027;2;1)", err(ERR_NUM)),   # after the end: unreachable
        ("DATE(2027;1;30)", err(ERR_NUM)),  # only a weekend left
        (str(LAST), err(ERR_NUM)),
        (str(LAST + 1), err(ERR_ARG)), (str(BEFORE), err(ERR_ARG)),
        ("1E308", err(ERR_ARG)), ("-1E308", err(ERR_ARG)),
        # from 1899-12-30 (serial 0, an empty cell) on: 1 per day
        ("Z1", 1), ("0", 1)]))
    pc = "=PACETARGET(100;10;" + j1 + ";%s)"
    family(c, pc, kinds_double([
        ("DATE(2026;12;31)", err(ERR_NUM)),  # today after the end
        (str(LAST + 1), err(ERR_ARG)), (str(BEFORE), err(ERR_ARG)),
        ("1E308", err(ERR_ARG)), (str(LAST), 1)]))
    pc = "=PACETARGET(100;10;" + j1 + ";" + j31 + ";%s)"
    family(c, pc, [
        ("Y1", err(ERR_ARG)), ("\"2027-01-01\"", err(ERR_ARG)),
        (str(BEFORE), err(ERR_ARG)), ("1/0", err(ERR_DIV0)),
        ("U1:U3", err(ERR_PARAM)),
        (col("AA"), 5),                  # 20 days: 90 / 20 = 4.5 -> 5
        (col("AB"), 5),
        (col("AC"), err(ERR_NUM)),       # every day off, work remains
        (col("AD"), err(ERR_ARG)), (col("AE"), err(ERR_ARG)),
        ("", 5)])
    pc = "=PACETARGET(100;10;" + j1 + ";" + j31 + ";;%s)"
    family(c, pc, kinds_optional() + [
        ("0", err(ERR_ARG)), ("8", err(ERR_ARG)), ("1.5", err(ERR_ARG)),
        ("\"1111111\"", err(ERR_ARG)), ("\"000011\"", err(ERR_ARG)),
        ("11", 4),                       # 26 days: 90 / 26 = 3.5 -> 4
        ("\"1111110\"", 18)])            # only 5 Sundays: 90 / 5
    add(("=PACETARGET(100;10;%s)" % j1, err(ERR_PARAM)))
    add(("=PACETARGET(100;10;%s;%s;;1;1)" % (j1, j31), err(ERR_PARAM)))

    # ---- LEADSPERSALE(leads; sales; [confidence]) -------------------------
    # Lists (ranges, arrays, single values): text is the add-in's Err:502.
    family(c, "=LEADSPERSALE(%s;10)", [
        ("-1", err(ERR_ARG)), ("0", err(ERR_ARG)), ("Z1", err(ERR_ARG)),
        ("", err(ERR_ARG)),              # nothing: no leads
        ("SQRT(-1)", err(ERR_ARG)), ("1/0", err(ERR_DIV0)),
        ("NA()", err(ERR_NA)), ("1E308*10", err(ERR_NUM)),
        ("\"abc\"", err(ERR_ARG)), ("Y1", err(ERR_ARG)),
        ("V1:V2", err(ERR_ARG)),         # text inside the range
        ("U1:U3", err(ERR_PARAM)),       # an error inside: Calc's Err:504
        ("X1", err(ERR_ARG)),            # 1e-308 leads, 10 sales
        ("1E308", 1e307),
        ("{60;40}", 10), ("T1:T3", 10),  # the empty cell skipped
        # 100,000 cells of 46388: 4,638,800,000 / 10
        (col("AA"), 463880000)])
    family(c, "=LEADSPERSALE(100;%s)", [
        ("-1", err(ERR_ARG)), ("0", err(ERR_ARG)), ("Z1", err(ERR_ARG)),
        ("1E308", err(ERR_ARG)),         # more sales than leads
        ("X1", err(ERR_NUM)),            # 100 / 1e-308 overflows
        # 100 / (1 - 2^-53) = 100 + 1.1e-14: the double 100 + 2^-46
        ("X3", 100 + 2.0 ** -46),
        ("\"abc\"", err(ERR_ARG)), ("V1:V2", err(ERR_ARG)),
        ("1/0", err(ERR_DIV0)), ("{4;6}", 10)])
    family(c, "=LEADSPERSALE(100;10;%s)", kinds_optional() + [
        ("0", err(ERR_ARG)), ("1", err(ERR_ARG)), ("1.5", err(ERR_ARG)),
        ("", 10),
        ("0.9", ref("=1/BETA.INV(0.1;10.5;90.5)", 1e-9))])
    add(("=LEADSPERSALE(100)", err(ERR_PARAM)))
    add(("=LEADSPERSALE(100;10;0.9;1)", err(ERR_PARAM)))
    return c


def fill(sheet):
    for addr, value in SMALL:
        cell = sheet.getCellRangeByName(addr)
        if isinstance(value, str) and value.startswith("="):
            cell.setFormula(value)
        elif isinstance(value, str):
            cell.setString(value)
        else:
            cell.setValue(value)
    for name, values in BIG.items():
        sheet.getCellRangeByName(col(name)).setDataArray(
            tuple((v,) for v in values))
    # the data really is what the comments say
    assert sheet.getCellRangeByName("X1").getValue() == 1e-308
    assert sheet.getCellRangeByName("X3").getValue() == BELOW1
    assert sheet.getCellRangeByName("AF2").getType().value == "EMPTY"
    assert sheet.getCellRangeByName("AD%d" % ROWS).getType().value == "TEXT"


def main():
    oxt = sys.argv[1]
    table = cases()
    start = time.monotonic()
    failures = 0
    with lotest.workspace() as ws:
        profile = lotest.Profile(ws, "with-extension")
        profile.add_extension(oxt)
        with lotest.office(profile) as office:
            doc = office.new_sheet()
            try:
                sheet = doc.Sheets.getByIndex(0)
                fill(sheet)
                for i, (formula, want) in enumerate(table):
                    sheet.getCellByPosition(0, i).setFormula(formula)
                    if isinstance(want, tuple) and want[0] == "ref":
                        sheet.getCellByPosition(1, i).setFormula(want[1])
                t = time.monotonic()
                doc.calculateAll()
                print("recalculated %d cells in %.2f s" %
                      (len(table), time.monotonic() - t))
                for i, (formula, want) in enumerate(table):
                    cell = sheet.getCellByPosition(0, i)
                    got_err, got = cell.getError(), cell.getValue()
                    if isinstance(want, tuple) and want[0] == "err":
                        ok = got_err == want[1]
                    elif isinstance(want, tuple) and want[0] == "ref":
                        rcell = sheet.getCellByPosition(1, i)
                        ok = (got_err == 0 and rcell.getError() == 0 and
                              abs(got - rcell.getValue()) <=
                              want[2] * abs(rcell.getValue()))
                    else:
                        ok = got_err == 0 and got == want
                    if not ok:
                        failures += 1
                        print("FAIL %s: shows %r (value %r, error %d), "
                              "want %r" % (formula, cell.getString(), got,
                                           got_err, want))
                # LibreOffice survived all of it and still answers.
                probe = sheet.getCellByPosition(2, 0)
                probe.setFormula("=SALESNEEDED(120000;1500)")
                doc.calculateAll()
                alive = (office.proc.poll() is None and
                         probe.getError() == 0 and probe.getValue() == 80)
            finally:
                doc.close(True)
            if not alive:
                failures += 1
                print("FAIL LibreOffice did not survive the matrix")
    print("calc bad-input matrix: %d cases, %d failed; LibreOffice alive: "
          "%s; %.1f s" % (len(table), failures, "yes" if alive else "no",
                          time.monotonic() - start))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
