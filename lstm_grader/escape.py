"""Values from a submission (student ids, class names, messages) made safe where they are shown.

Names are data: a student id ``=HYPERLINK(...)`` or a class named with terminal escapes must not
become a formula in a spreadsheet, clear the instructor's terminal or run in a browser. One helper
per place a value is shown.
"""

from __future__ import annotations

import html as _html
import re

# OWASP (CSV injection): a cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides that reorder text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def terminal(value, *, newlines: bool = True) -> str:
    """For a terminal: ANSI escape sequences and control characters removed (``\\n`` kept when
    ``newlines``, else shown as a space)."""
    text = _CONTROL.sub("", _ANSI.sub("", str(value)))
    return text if newlines else text.replace("\n", " ").replace("\t", " ")


def csv_cell(value) -> str:
    """For a CSV cell: control characters removed and, per OWASP, a leading ``'`` where the cell
    could be read as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # numbers stay numbers (a negative score is not a formula)
    text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return _CONTROL.sub("", _ANSI.sub("", text))


def html(value) -> str:
    """For HTML text or an attribute value: ``& < > " '`` escaped, control characters removed."""
    return _html.escape(terminal(value), quote=True)
