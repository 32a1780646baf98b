"""CSV cells that cannot run as a formula in a spreadsheet (OWASP's CSV injection rule).

Names, ids, sections and emails come from students and from LMS files: they are data. A cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a formula by Excel,
LibreOffice and Google Sheets; OWASP's rule prefixes it with a single quote. Quoting of commas,
quotes and newlines is left to the csv module. (Written here because the grader has no shared
escaping helper yet; one owner should hold it.)
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """``value`` as a CSV cell that a spreadsheet shows as text: ``"=1+1"`` -> ``"'=1+1"``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def number(x: float | None) -> str:
    """A score as a CSV cell: at most 2 decimals, no trailing zeros (``7.5``, ``6``); None -> ""."""
    if x is None:
        return ""
    text = f"{float(x):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
