"""Values from a submission (student ids, class names, messages) made safe where they are shown.

Names are data: a student id ``=HYPERLINK(...)`` or a class named with terminal escapes must not
become a formula in a spreadsheet, clear the instructor's terminal or run in a browser. One helper
per place a value is shown.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata

# OWASP (CSV injection): a cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_FORMULA_CHARS = frozenset("=+-@")
# C0 controls but tab and newline, DEL, C1 controls, the bidi overrides that reorder text, and
# lone surrogates (no encoder writes them: a report would stop on one).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def _strip(value) -> str:
    """``value`` as text without escape sequences and control characters (step 1 of each helper:
    strip first, so that what is checked next is what is shown)."""
    return _CONTROL.sub("", _ANSI.sub("", str(value)))


def terminal(value, *, newlines: bool = True) -> str:
    """For a terminal: ANSI escape sequences and control characters removed (``\\n`` kept when
    ``newlines``, else shown as a space). No control character is left, so no sequence can be
    formed from what is left."""
    text = _strip(value)
    return text if newlines else text.replace("\n", " ").replace("\t", " ")


def could_be_formula(text: str) -> bool:
    """True where a spreadsheet could read ``text`` as a formula: its first character is one of
    OWASP's (``= + - @``, tab, CR, LF) or, after leading blanks and compatibility normalisation
    (a full-width or small ``＝``/``﹦``), one of ``= + - @``."""
    if text.startswith(_FORMULA_START):
        return True
    head = unicodedata.normalize("NFKC", text.lstrip()[:4]).lstrip()
    return head[:1] in _FORMULA_CHARS


def csv_cell(value) -> str:
    """For a CSV cell: control characters removed, THEN, per OWASP, a leading ``'`` where the rest
    could be read as a formula (``"\\x01=HYPERLINK(...)"`` becomes ``"'=HYPERLINK(...)"``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # numbers stay numbers (a negative score is not a formula)
    text = _strip(value)
    return "'" + text if could_be_formula(text) else text


def html(value) -> str:
    """For HTML text or an attribute value: control characters (NUL included) removed, THEN
    ``& < > " '`` escaped."""
    return _html.escape(_strip(value), quote=True)
