"""A headless LibreOffice with the Sales Roadmap extension, for scripts.

    with srm_office.Office(oxt="build/extension/salesroadmap-0.1.0.oxt") as office:
        doc = office.load("examples/team-roadmap.ods")

A thin layer over tests/calc/lotest.py, the helper of the Calc end-to-end
tests: a throwaway user profile, the extension installed into it with the
real `unopkg add` (as a user would), a headless soffice on that profile
reached through a pipe of its own.  Leaving the `with` block closes the
documents, stops that soffice (killing only its own process group if need
be) and deletes the profile.  lotest's progress lines go to stderr (or
nowhere with quiet=True), so that stdout carries only what a script prints.
"""

import contextlib
import io
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests", "calc"))

import lotest  # noqa: E402
import uno  # noqa: E402,F401
from com.sun.star.beans import PropertyValue  # noqa: E402

file_url = lotest.file_url


def props(**kwargs):
    """A tuple of PropertyValue from keyword arguments."""
    out = []
    for name, value in kwargs.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


class Office:
    def __init__(self, oxt=None, quiet=True):
        self.oxt = oxt
        self.sink = io.StringIO() if quiet else sys.stderr
        self.stack = contextlib.ExitStack()
        self.docs = []

    def __enter__(self):
        try:
            with contextlib.redirect_stdout(self.sink):
                ws = self.stack.enter_context(lotest.workspace())
                profile = lotest.Profile(ws, "profile")
                if self.oxt:
                    if not os.path.isfile(self.oxt):
                        raise FileNotFoundError(self.oxt)
                    profile.add_extension(os.path.abspath(self.oxt))
                self.office = self.stack.enter_context(lotest.office(profile))
        except BaseException:
            self._log_on_failure()
            self.stack.close()
            raise
        self.desktop = self.office.desktop
        return self

    def _log_on_failure(self):
        if isinstance(self.sink, io.StringIO):
            sys.stderr.write(self.sink.getvalue())

    def load(self, path):
        doc = self.office.load(path)
        if doc is None:
            raise RuntimeError("cannot open %s" % path)
        self.docs.append(doc)
        return doc

    def new_spreadsheet(self):
        doc = self.office.new_sheet()
        self.docs.append(doc)
        return doc

    def __exit__(self, *exc):
        for doc in self.docs:
            try:
                doc.close(True)
            except Exception:
                pass
        self.docs = []
        with contextlib.redirect_stdout(self.sink):
            self.stack.close()
        return False


def error_cells(doc):
    """(sheet, cell name, error code) for every cell of doc showing an error."""
    found = []
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        for row in range(end.EndRow + 1):
            for col in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(col, row)
                if cell.getError() != 0:
                    name = cell.AbsoluteName.split(".")[-1].replace("$", "")
                    found.append((sheet.Name, name, cell.getError()))
    return found
