#!/usr/bin/python3
"""Generates examples/team-roadmap.ods, the team's sales roadmap for 2027.

    /usr/bin/python3 examples/make-team-roadmap.py --oxt build/extension/salesroadmap.oxt

The sheet is built through LibreOffice's API in a headless LibreOffice that
has the Sales Roadmap extension installed (formulas such as =LEADSNEEDED(...)
are only understood where the extension is present).  Every figure is a
formula; only the inputs (goal, deal value, funnel ratios, plan dates,
weekend, holidays, actuals and history) are typed in.  The script recalculates
the result and refuses to save a sheet that shows an error cell.

Needs python3-uno (run it with Debian's /usr/bin/python3).
"""

import argparse
import datetime
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))

import srm_office  # noqa: E402
from srm_office import props  # noqa: E402
import uno  # noqa: E402
from com.sun.star.awt import Point, Size, Rectangle  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from com.sun.star.table import CellAddress, CellRangeAddress  # noqa: E402
from com.sun.star.table import BorderLine2  # noqa: E402

# --------------------------------------------------------------------------
# The example's inputs
# --------------------------------------------------------------------------

GOAL = 250000
DEAL_VALUE = 2500
FUNNEL = [  # top of the funnel first: inputs per output
    ("Invitations per attendee", 2.5),
    ("Attendees per lead", 4),
    ("Leads per sale", 12),
]
CONFIDENCE = 0.9
PLAN_START = datetime.date(2027, 1, 1)
PLAN_END = datetime.date(2027, 12, 31)
WEEKEND = 1  # NETWORKDAYS.INTL code: Saturday + Sunday
STATUS_DATE = datetime.date(2027, 5, 3)

# Dutch public holidays 2027 (Easter Sunday is 28 March).  Those on a
# weekend are listed too: the functions simply ignore them.
HOLIDAYS = [
    ("Nieuwjaarsdag", datetime.date(2027, 1, 1)),
    ("Goede Vrijdag", datetime.date(2027, 3, 26)),
    ("Eerste Paasdag", datetime.date(2027, 3, 28)),
    ("Tweede Paasdag", datetime.date(2027, 3, 29)),
    ("Koningsdag", datetime.date(2027, 4, 27)),
    ("Bevrijdingsdag", datetime.date(2027, 5, 5)),
    ("Hemelvaartsdag", datetime.date(2027, 5, 6)),
    ("Eerste Pinksterdag", datetime.date(2027, 5, 16)),
    ("Tweede Pinksterdag", datetime.date(2027, 5, 17)),
    ("Eerste Kerstdag", datetime.date(2027, 12, 25)),
    ("Tweede Kerstdag", datetime.date(2027, 12, 26)),
]
HOLIDAY_ROWS = 13  # two spare rows for company days off

ACTUALS = [72, 80, 86, 90]  # leads worked, January to April 2027

HISTORY = [  # month, leads, sales
    ("Jul 2026", 96, 8),
    ("Aug 2026", 104, 9),
    ("Sep 2026", 118, 10),
    ("Oct 2026", 101, 8),
    ("Nov 2026", 129, 11),
    ("Dec 2026", 88, 7),
]

MONTHS = 12
WEEKS = 54  # enough for any plan of up to a year

NULL_DATE = datetime.date(1899, 12, 30)

# Colours
NAVY = 0x1F3864
LIGHT = 0xDDEBF7
INPUT = 0xFFF2CC
WHITE = 0xFFFFFF
GREY = 0x595959


def serial(d):
    return (d - NULL_DATE).days


class Sheet:
    """Small helpers to fill one sheet."""

    def __init__(self, doc, sheet):
        self.doc = doc
        self.sheet = sheet
        self.locale = Locale("en", "US", "")

    def fmt(self, code):
        formats = self.doc.NumberFormats
        key = formats.queryKey(code, self.locale, False)
        if key == -1:
            key = formats.addNew(code, self.locale)
        return key

    def cell(self, name):
        return self.sheet.getCellRangeByName(name)

    def put(self, name, content, style=None, fmt=None):
        c = self.cell(name)
        if isinstance(content, str) and content.startswith("="):
            c.setFormula(content)
        elif isinstance(content, str):
            c.setString(content)
        elif content is not None:
            c.setValue(content)
        if style:
            c.CellStyle = style
        if fmt:
            c.NumberFormat = self.fmt(fmt)
        return c

    def style_range(self, name, style=None, fmt=None):
        r = self.cell(name)
        if style:
            r.CellStyle = style
        if fmt:
            r.NumberFormat = self.fmt(fmt)
        return r

    def widths(self, mm):
        cols = self.sheet.Columns
        for i, w in enumerate(mm):
            cols.getByIndex(i).Width = int(w * 100)


def make_styles(doc):
    family = doc.StyleFamilies.getByName("CellStyles")

    def style(name, parent="Default", **kw):
        if family.hasByName(name):
            s = family.getByName(name)
        else:
            s = doc.createInstance("com.sun.star.style.CellStyle")
            family.insertByName(name, s)
        s.ParentStyle = parent
        for k, v in kw.items():
            setattr(s, k, v)
        return s

    style("SRM Title", CharHeight=18.0, CharWeight=150.0, CharColor=NAVY)
    style("SRM Subtitle", CharHeight=9.0, CharPosture=uno.Enum("com.sun.star.awt.FontSlant", "ITALIC"),
          CharColor=GREY)
    style("SRM Block", CharWeight=150.0, CharColor=WHITE, CellBackColor=NAVY,
          CharHeight=11.0)
    style("SRM Column", CharWeight=150.0, CellBackColor=LIGHT,
          HoriJustify=uno.Enum("com.sun.star.table.CellHoriJustify", "CENTER"),
          IsTextWrapped=True)
    style("SRM Label")
    style("SRM Input", CellBackColor=INPUT)
    style("SRM Result", CharWeight=150.0)
    style("SRM Key", CharWeight=150.0, CharColor=NAVY, CharHeight=12.0)
    style("SRM Note", CharColor=GREY, CharHeight=9.0)
    style("SRM Wrap", "SRM Note", IsTextWrapped=True,
          VertJustify=uno.Enum("com.sun.star.table.CellVertJustify", "TOP"))
    style("SRM Total", CharWeight=150.0, CellBackColor=LIGHT)


def define_names(doc, names):
    ranges = doc.NamedRanges
    origin = CellAddress(0, 0, 0)
    for name, ref in names.items():
        if ranges.hasByName(name):
            ranges.removeByName(name)
        ranges.addNewByName(name, ref, origin, 0)


def page_style(doc, sheet, name, landscape):
    family = doc.StyleFamilies.getByName("PageStyles")
    if not family.hasByName(name):
        family.insertByName(name, doc.createInstance("com.sun.star.style.PageStyle"))
    ps = family.getByName(name)
    ps.IsLandscape = landscape
    w, h = 29700, 21000  # A4
    ps.Width, ps.Height = (w, h) if landscape else (h, w)
    for side in ("LeftMargin", "RightMargin", "TopMargin", "BottomMargin"):
        setattr(ps, side, 1000)
    ps.HeaderIsOn = False
    ps.FooterIsOn = False
    ps.ScaleToPagesX = 1
    ps.ScaleToPagesY = 1
    ps.PrintGrid = False
    sheet.PageStyle = name


def build_roadmap(doc, sh):
    s = Sheet(doc, sh)
    sheet = sh
    # Columns: A label, B value, C note/sales, D gap, E..N monthly table.
    s.widths([76, 26, 24, 5, 9, 36, 22, 22, 18, 18, 26, 18, 26, 30])

    s.put("A1", "Sales roadmap 2027", "SRM Title")
    s.put("A2", "Yellow cells are inputs; every other figure is computed by the Sales "
          "Roadmap functions and ordinary Calc formulas. Change an input and the "
          "roadmap follows.", "SRM Subtitle")

    # ---- Inputs ---------------------------------------------------------
    s.put("A4", "Inputs", "SRM Block")
    s.style_range("B4:C4", "SRM Block")
    rows = [
        ("A5", "Revenue goal", "B5", GOAL, "[$€-1809]#,##0"),
        ("A6", "Average deal value", "B6", DEAL_VALUE, "[$€-1809]#,##0"),
    ]
    for i, (label, ratio) in enumerate(FUNNEL):
        r = 7 + i
        rows.append(("A%d" % r, label, "B%d" % r, ratio, "0.0##"))
    rows += [
        ("A10", "Confidence for planning", "B10", CONFIDENCE, "0%"),
        ("A11", "Plan start", "B11", serial(PLAN_START), "YYYY-MM-DD"),
        ("A12", "Plan end", "B12", serial(PLAN_END), "YYYY-MM-DD"),
        ("A13", "Weekend (NETWORKDAYS.INTL code)", "B13", WEEKEND, "0"),
        ("A14", "Status date (actuals entered up to it)", "B14", serial(STATUS_DATE),
         "YYYY-MM-DD"),
    ]
    for la, label, va, value, fmt in rows:
        s.put(la, label, "SRM Label")
        s.put(va, value, "SRM Input", fmt)
    s.put("C7", "top of the funnel", "SRM Note")
    s.put("C13", "1 = Sat + Sun", "SRM Note")
    s.put("C14", "or =TODAY()", "SRM Note")
    s.style_range("C5:C14", fmt=None)

    # ---- Roadmap ----------------------------------------------------------
    s.put("A16", "Roadmap", "SRM Block")
    s.style_range("B16:C16", "SRM Block")
    s.put("A17", "Sales needed", "SRM Label")
    s.put("B17", "=SALESNEEDED(Goal;DealValue)", "SRM Key", "#,##0")
    s.put("A18", "Leads needed (average)", "SRM Label")
    s.put("B18", "=LEADSNEEDED(Goal;DealValue;LeadsPerSale)", "SRM Key", "#,##0")
    s.put("A19", '="Leads needed ("&TEXT(ConfidenceLevel;"0%")&" confidence)"', "SRM Label")
    s.put("B19", "=LEADSNEEDED(Goal;DealValue;LeadsPerSale;ConfidenceLevel)", "SRM Key", "#,##0")
    s.put("C19", '="+"&TEXT(B19-B18;"#,##0")&" leads"', "SRM Note")
    s.put("A20", "Funnel, stage by stage", "SRM Column")
    s.style_range("B20:C20", "SRM Column")
    for i, label in enumerate(["Invitations", "Attendees", "Leads", "Sales"]):
        r = 21 + i
        s.put("A%d" % r, "  " + label, "SRM Label")
        s.put("B%d" % r, "=FUNNELNEEDED(Goal;DealValue;Funnel;%d)" % (i + 1),
              "SRM Result", "#,##0")
    s.put("A25", "Working days in the plan", "SRM Label")
    s.put("B25", "=NETWORKDAYS.INTL(PlanStart;PlanEnd;Weekend;Holidays)", "SRM Result", "#,##0")
    s.put("A26", "Leads per working day", "SRM Label")
    s.put("B26", "=PACETARGET(LeadsNeeded;0;PlanStart;PlanEnd;Holidays;Weekend)",
          "SRM Key", "#,##0")
    s.put("A27", '="Leads in the week of "&TEXT(StatusDate;"D MMMM")', "SRM Label")
    # ISO week index of the status date: period 1 is the week holding the
    # plan's start, so count whole weeks from that week's Monday.
    s.put("B27", '=IF(OR(StatusDate<PlanStart;StatusDate>PlanEnd);"";'
          'PERIODTARGET(LeadsNeeded;PlanStart;PlanEnd;"week";'
          'INT((StatusDate-PlanStart+WEEKDAY(PlanStart;3))/7)+1;Holidays;Weekend))',
          "SRM Key", "#,##0")
    s.put("C27", "see sheet Weeks", "SRM Note")

    # ---- Pacing -------------------------------------------------------------
    s.put("A29", '="Pacing on "&TEXT(StatusDate;"D MMMM YYYY")', "SRM Block")
    s.style_range("B29:C29", "SRM Block")
    s.put("A30", "Leads done to date", "SRM Label")
    s.put("B30", "=SUM(Actuals)", "SRM Result", "#,##0")
    s.put("A31", "Target of the months completed", "SRM Label")
    s.put("B31", '=SUMIF(MonthEnds;"<"&StatusDate;MonthTargets)', "SRM Result", "#,##0")
    s.put("A32", "Ahead (+) or behind (−)", "SRM Label")
    s.put("B32", "=B30-B31", "SRM Result", "+#,##0;−#,##0;0")
    s.put("A33", "Working days left (status date included)", "SRM Label")
    s.put("B33", "=NETWORKDAYS.INTL(StatusDate;PlanEnd;Weekend;Holidays)", "SRM Result", "#,##0")
    s.put("A34", "Leads needed per remaining working day", "SRM Label")
    s.put("B34", "=PACETARGET(LeadsNeeded;B30;StatusDate;PlanEnd;Holidays;Weekend)",
          "SRM Key", "#,##0")
    s.put("C34", '="plan: "&B26&" a day"', "SRM Note")
    s.put("A35", '=IF(B32>=0;"On track: "&B32&" leads ahead of the plan.";'
          '"Behind: "&-B32&" leads short of the plan; the daily pace goes up to "&B34&".")',
          "SRM Note")
    sheet.getCellRangeByName("A35:C35").merge(True)

    # ---- History ----------------------------------------------------------
    s.put("A37", "History: learning leads per sale", "SRM Block")
    s.style_range("B37:C37", "SRM Block")
    s.put("A38", "Month", "SRM Column")
    s.put("B38", "Leads", "SRM Column")
    s.put("C38", "Sales", "SRM Column")
    first = 39
    for i, (month, leads, sales) in enumerate(HISTORY):
        r = first + i
        s.put("A%d" % r, month, "SRM Input")
        s.put("B%d" % r, leads, "SRM Input", "#,##0")
        s.put("C%d" % r, sales, "SRM Input", "#,##0")
    last = first + len(HISTORY) - 1
    t = last + 1
    s.put("A%d" % t, "Total", "SRM Total")
    s.put("B%d" % t, "=SUM(HistoryLeads)", "SRM Total", "#,##0")
    s.put("C%d" % t, "=SUM(HistorySales)", "SRM Total", "#,##0")
    s.put("A%d" % (t + 1), "Learned leads per sale", "SRM Label")
    s.put("B%d" % (t + 1), "=LEADSPERSALE(HistoryLeads;HistorySales)", "SRM Key", "0.00")
    s.put("A%d" % (t + 2), '="Cautious leads per sale ("&TEXT(ConfidenceLevel;"0%")&")"', "SRM Label")
    s.put("B%d" % (t + 2), "=LEADSPERSALE(HistoryLeads;HistorySales;ConfidenceLevel)",
          "SRM Key", "0.00")
    s.put("A%d" % (t + 3), "Leads needed at the cautious rate", "SRM Label")
    s.put("B%d" % (t + 3), "=LEADSNEEDED(Goal;DealValue;B%d)" % (t + 2), "SRM Result", "#,##0")
    s.put("A%d" % (t + 4),
          '=IF(B{c}>1.1*B{l};"Thin data: the cautious estimate is "&TEXT(B{c}/B{l}-1;"0%")&'
          '" above the average: plan with it.";'
          '"Enough history: the cautious estimate is within 10% of the average.")'
          .format(c=t + 2, l=t + 1), "SRM Note")
    sheet.getCellRangeByName("A%d:C%d" % (t + 4, t + 4)).merge(True)
    history_rows = (first, last)

    # ---- Monthly targets --------------------------------------------------
    s.put("E4", "Monthly targets", "SRM Block")
    s.style_range("F4:N4", "SRM Block")
    heads = ["#", "Month", "From", "To", "Working days", "Target", "Cumulative target",
             "Actual leads", "Cumulative actual", "Pace needed after"]
    cols = "EFGHIJKLMN"
    for c, h in zip(cols, heads):
        s.put("%s5" % c, h, "SRM Column")
    sheet.Rows.getByIndex(4).Height = 900
    m0 = 6
    for i in range(MONTHS):
        r = m0 + i
        first_of = "DATE(YEAR(PlanStart);MONTH(PlanStart)+E{r}-1;1)".format(r=r)
        f = {
            "E": i + 1,
            "F": '=IF(G{r}="";"";TEXT(G{r};"MMMM"))',
            "G": '=IF({fo}>PlanEnd;"";MAX(PlanStart;{fo}))'.format(fo=first_of, r=r),
            "H": '=IF(G{r}="";"";MIN(PlanEnd;EOMONTH(G{r};0)))',
            "I": '=IF(G{r}="";"";NETWORKDAYS.INTL(G{r};H{r};Weekend;Holidays))',
            "J": '=IF(G{r}="";"";PERIODTARGET(LeadsNeeded;PlanStart;PlanEnd;"month";'
                 'E{r};Holidays;Weekend))',
            "K": '=IF(G{r}="";"";SUM(J${m0}:J{r}))',
            "M": '=IF(L{r}="";"";SUM(L${m0}:L{r}))',
            "N": '=IF(OR(L{r}="";H{r}>=PlanEnd);"";'
                 'PACETARGET(LeadsNeeded;M{r};H{r}+1;PlanEnd;Holidays;Weekend))',
        }
        for c, v in f.items():
            if isinstance(v, str):
                v = v.format(r=r, m0=m0)
            s.put("%s%d" % (c, r), v, "SRM Label")
        s.put("L%d" % r, ACTUALS[i] if i < len(ACTUALS) else None, "SRM Input", "#,##0")
        s.style_range("G%d:H%d" % (r, r), fmt="D MMM")
        s.style_range("I%d:K%d" % (r, r), fmt="#,##0")
        s.style_range("M%d:N%d" % (r, r), fmt="#,##0")
        s.cell("J%d" % r).CellStyle = "SRM Result"
        s.cell("E%d" % r).HoriJustify = uno.Enum("com.sun.star.table.CellHoriJustify", "CENTER")
    mt = m0 + MONTHS
    ml = mt - 1
    s.put("E%d" % mt, "", "SRM Total")
    s.put("F%d" % mt, "Total", "SRM Total")
    s.style_range("G%d:H%d" % (mt, mt), "SRM Total")
    s.put("I%d" % mt, "=SUM(I%d:I%d)" % (m0, ml), "SRM Total", "#,##0")
    s.put("J%d" % mt, "=SUM(J%d:J%d)" % (m0, ml), "SRM Total", "#,##0")
    s.put("K%d" % mt, "", "SRM Total")
    s.put("L%d" % mt, "=SUM(L%d:L%d)" % (m0, ml), "SRM Total", "#,##0")
    s.style_range("M%d:N%d" % (mt, mt), "SRM Total")

    # ---- Chart: cumulative target against actuals -------------------------
    top = sheet.getCellRangeByName("E%d" % (mt + 2)).Position
    bottom = sheet.getCellRangeByName("O%d" % (mt + 22)).Position
    rect = Rectangle(top.X, top.Y, bottom.X - top.X, bottom.Y - top.Y)
    sheet_index = 0
    # Month names (categories), cumulative target and cumulative actual,
    # header row included: columns F, K and M of rows m0 - 1 .. ml.
    addr = [CellRangeAddress(sheet_index, c, m0 - 2, c, ml - 1) for c in (5, 10, 12)]
    charts = sheet.Charts
    if charts.hasByName("CumulativeLeads"):
        charts.removeByName("CumulativeLeads")
    charts.addNewByName("CumulativeLeads", rect, tuple(addr), True, True)
    chart = charts.getByName("CumulativeLeads").EmbeddedObject
    chart.setDiagram(chart.createInstance("com.sun.star.chart.LineDiagram"))
    chart.HasMainTitle = True
    chart.Title.String = "Leads: cumulative target against actuals"
    chart.HasLegend = True
    diagram = chart.Diagram
    diagram.HasXAxisTitle = False
    diagram.HasYAxisTitle = True
    diagram.YAxisTitle.String = "Leads"
    target = diagram.getDataRowProperties(0)
    target.setPropertyValue("Color", NAVY)
    target.setPropertyValue("LineWidth", 60)
    actual = diagram.getDataRowProperties(1)
    actual.setPropertyValue("Color", 0xE46C0A)
    actual.setPropertyValue("LineWidth", 80)

    # ---- Holidays ----------------------------------------------------------
    h0 = mt + 24
    s.put("F%d" % h0, "Holidays (Netherlands, 2027)", "SRM Block")
    s.style_range("G%d:H%d" % (h0, h0), "SRM Block")
    s.put("F%d" % (h0 + 1), "Name", "SRM Column")
    s.put("G%d" % (h0 + 1), "Date", "SRM Column")
    s.put("H%d" % (h0 + 1), "Weekday", "SRM Column")
    hf = h0 + 2
    for i in range(HOLIDAY_ROWS):
        r = hf + i
        name, day = HOLIDAYS[i] if i < len(HOLIDAYS) else (None, None)
        s.put("F%d" % r, name, "SRM Input")
        s.put("G%d" % r, serial(day) if day else None, "SRM Input", "YYYY-MM-DD")
        s.put("H%d" % r, '=IF(G{r}="";"";TEXT(G{r};"DDDD"))'.format(r=r), "SRM Label")
    hl = hf + HOLIDAY_ROWS - 1
    s.put("I%d" % hf, "Holidays on a weekend day change nothing; add company days "
          "off in the spare rows.", "SRM Wrap")
    sheet.getCellRangeByName("I%d:K%d" % (hf, hf + 3)).merge(True)

    return {
        "Goal": "$Roadmap.$B$5",
        "DealValue": "$Roadmap.$B$6",
        "Funnel": "$Roadmap.$B$7:$B$9",
        "LeadsPerSale": "$Roadmap.$B$9",
        "ConfidenceLevel": "$Roadmap.$B$10",
        "PlanStart": "$Roadmap.$B$11",
        "PlanEnd": "$Roadmap.$B$12",
        "Weekend": "$Roadmap.$B$13",
        "StatusDate": "$Roadmap.$B$14",
        "SalesNeeded": "$Roadmap.$B$17",
        "LeadsNeeded": "$Roadmap.$B$18",
        "LeadsNeededConfident": "$Roadmap.$B$19",
        "FunnelCounts": "$Roadmap.$B$21:$B$24",
        "WorkingDays": "$Roadmap.$B$25",
        "LeadsPerDay": "$Roadmap.$B$26",
        "WeekTarget": "$Roadmap.$B$27",
        "DoneToDate": "$Roadmap.$B$30",
        "TargetToDate": "$Roadmap.$B$31",
        "AheadBehind": "$Roadmap.$B$32",
        "DaysLeft": "$Roadmap.$B$33",
        "PaceNow": "$Roadmap.$B$34",
        "PacingNote": "$Roadmap.$A$35",
        "HistoryMonths": "$Roadmap.$A$%d:$A$%d" % history_rows,
        "HistoryLeads": "$Roadmap.$B$%d:$B$%d" % history_rows,
        "HistorySales": "$Roadmap.$C$%d:$C$%d" % history_rows,
        "LearnedLeadsPerSale": "$Roadmap.$B$%d" % (t + 1),
        "CautiousLeadsPerSale": "$Roadmap.$B$%d" % (t + 2),
        "LeadsNeededCautious": "$Roadmap.$B$%d" % (t + 3),
        "HistoryNote": "$Roadmap.$A$%d" % (t + 4),
        "MonthTable": "$Roadmap.$E$%d:$N$%d" % (m0, ml),
        "MonthEnds": "$Roadmap.$H$%d:$H$%d" % (m0, ml),
        "MonthTargets": "$Roadmap.$J$%d:$J$%d" % (m0, ml),
        "Actuals": "$Roadmap.$L$%d:$L$%d" % (m0, ml),
        "Holidays": "$Roadmap.$G$%d:$G$%d" % (hf, hl),
    }


def build_weeks(doc, sh):
    s = Sheet(doc, sh)
    s.widths([10, 26, 26, 20, 18, 24])
    s.put("A1", "Weekly lead targets", "SRM Title")
    s.put("A2", "ISO weeks (Monday to Sunday) clipped to the plan; week 1 holds the "
          "plan's start. Computed with PERIODTARGET.", "SRM Subtitle")
    for c, h in zip("ABCDEF", ["#", "From", "To", "Working days", "Target",
                                "Cumulative"]):
        s.put("%s3" % c, h, "SRM Column")
    w0 = 4
    monday = "(PlanStart-WEEKDAY(PlanStart;3))"
    for i in range(WEEKS):
        r = w0 + i
        f = {
            "A": i + 1,
            "B": '=IF({mo}+7*(A{r}-1)>PlanEnd;"";MAX(PlanStart;{mo}+7*(A{r}-1)))',
            "C": '=IF(B{r}="";"";MIN(PlanEnd;{mo}+7*A{r}-1))',
            "D": '=IF(B{r}="";"";NETWORKDAYS.INTL(B{r};C{r};Weekend;Holidays))',
            "E": '=IF(B{r}="";"";PERIODTARGET(LeadsNeeded;PlanStart;PlanEnd;"week";A{r};'
                 'Holidays;Weekend))',
            "F": '=IF(B{r}="";"";SUM(E${w0}:E{r}))',
        }
        for c, v in f.items():
            if isinstance(v, str):
                v = v.format(r=r, mo=monday, w0=w0)
            s.put("%s%d" % (c, r), v, "SRM Label")
        s.style_range("B%d:C%d" % (r, r), fmt="DDD D MMM")
        s.style_range("D%d:F%d" % (r, r), fmt="#,##0")
        s.cell("E%d" % r).CellStyle = "SRM Result"
    wl = w0 + WEEKS - 1
    s.put("A%d" % (wl + 1), "Total", "SRM Total")
    s.style_range("B%d:C%d" % (wl + 1, wl + 1), "SRM Total")
    s.put("D%d" % (wl + 1), "=SUM(D%d:D%d)" % (w0, wl), "SRM Total", "#,##0")
    s.put("E%d" % (wl + 1), "=SUM(E%d:E%d)" % (w0, wl), "SRM Total", "#,##0")
    s.style_range("F%d:F%d" % (wl + 1, wl + 1), "SRM Total")
    return {"WeekTable": "$Weeks.$A$%d:$F$%d" % (w0, wl)}


def build(doc):
    doc.CharLocale = Locale("en", "US", "")
    doc.DocumentProperties.Title = "Sales roadmap 2027"
    doc.DocumentProperties.Description = (
        "A team sales roadmap computed with the Sales Roadmap functions.")
    make_styles(doc)
    sheets = doc.Sheets
    while sheets.Count > 1:
        sheets.removeByName(sheets.getByIndex(1).Name)
    sheets.getByIndex(0).Name = "Roadmap"
    sheets.insertNewByName("Weeks", 1)
    roadmap = sheets.getByName("Roadmap")
    weeks = sheets.getByName("Weeks")
    # Names first: the formulas refer to them.  They point at cells that are
    # still empty until build_roadmap() fills them.
    early = build_names_placeholder()
    define_names(doc, early)
    names = build_roadmap(doc, roadmap)
    for name, ref in early.items():
        assert names[name] == ref, "layout and early name %s disagree" % name
    define_names(doc, names)
    names.update(build_weeks(doc, weeks))
    define_names(doc, names)
    page_style(doc, roadmap, "Roadmap", landscape=True)
    page_style(doc, weeks, "Weeks", landscape=False)
    doc.calculateAll()
    return names


def build_names_placeholder():
    # The same references build_roadmap() returns; defined before any formula
    # is written so that setFormula() resolves the names.
    return {
        "Goal": "$Roadmap.$B$5",
        "DealValue": "$Roadmap.$B$6",
        "Funnel": "$Roadmap.$B$7:$B$9",
        "LeadsPerSale": "$Roadmap.$B$9",
        "ConfidenceLevel": "$Roadmap.$B$10",
        "PlanStart": "$Roadmap.$B$11",
        "PlanEnd": "$Roadmap.$B$12",
        "Weekend": "$Roadmap.$B$13",
        "StatusDate": "$Roadmap.$B$14",
        "LeadsNeeded": "$Roadmap.$B$18",
        "HistoryLeads": "$Roadmap.$B$39:$B$44",
        "HistorySales": "$Roadmap.$C$39:$C$44",
        "MonthEnds": "$Roadmap.$H$6:$H$17",
        "MonthTargets": "$Roadmap.$J$6:$J$17",
        "Actuals": "$Roadmap.$L$6:$L$17",
        "Holidays": "$Roadmap.$G$44:$G$56",
    }


def freeze_rows(path, rows):
    """Freezes the first rows[sheet] rows of each sheet in a stored .ods.

    Frozen panes are view settings; a document built without a window has
    none, so they are written into settings.xml the way Calc writes them."""
    def item(name, kind, value):
        return ('<config:config-item config:name="%s" config:type="%s">%s'
                '</config:config-item>' % (name, kind, value))

    tables = ""
    for sheet, n in rows.items():
        tables += ('<config:config-item-map-entry config:name="%s">' % sheet +
                   item("HorizontalSplitMode", "short", 0) +
                   item("VerticalSplitMode", "short", 2) +
                   item("HorizontalSplitPosition", "int", 0) +
                   item("VerticalSplitPosition", "int", n) +
                   item("ActiveSplitRange", "short", 2) +
                   item("PositionLeft", "int", 0) +
                   item("PositionRight", "int", 0) +
                   item("PositionTop", "int", 0) +
                   item("PositionBottom", "int", n) +
                   "</config:config-item-map-entry>")
    views = ('<config:config-item-map-indexed config:name="Views">'
             "<config:config-item-map-entry>" +
             item("ViewId", "string", "view1") +
             '<config:config-item-map-named config:name="Tables">' + tables +
             "</config:config-item-map-named>" +
             item("ActiveTable", "string", next(iter(rows))) +
             "</config:config-item-map-entry></config:config-item-map-indexed>")
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    out = path + ".tmp"
    with zipfile.ZipFile(out, "w") as z:
        for info, data in entries:
            if info.filename == "settings.xml":
                text = data.decode("utf-8")
                start = text.index('<config:config-item-set config:name="ooo:view-settings">')
                end = text.index("</config:config-item-set>", start)
                if 'config:name="Views"' in text[start:end]:
                    raise RuntimeError("settings.xml already has views")
                data = (text[:end] + views + text[end:]).encode("utf-8")
            z.writestr(info, data)  # keeps each entry's compression (mimetype stored)
    os.replace(out, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", help="the built extension (.oxt)")
    ap.add_argument("--out", default=os.path.join(HERE, "team-roadmap.ods"))
    ap.add_argument("--allow-errors", action="store_true",
                    help="save even if cells show errors (layout work only)")
    args = ap.parse_args()

    with srm_office.Office(oxt=args.oxt) as office:
        doc = office.new_spreadsheet()
        build(doc)
        errors = srm_office.error_cells(doc)
        if errors and not args.allow_errors:
            for sheet, cell, code in errors[:20]:
                print("error %d in %s.%s" % (code, sheet, cell), file=sys.stderr)
            print("make-team-roadmap: %d error cells, not saved" % len(errors),
                  file=sys.stderr)
            return 1
        doc.storeToURL(srm_office.file_url(args.out), props(FilterName="calc8"))
    freeze_rows(args.out, {"Roadmap": 3, "Weeks": 3})
    print("wrote %s" % args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
