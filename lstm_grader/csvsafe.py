"""Cells of the CSV files the LMS exports and the class report write.

Names, ids, sections and emails come from students and from LMS files: they are data. The rule
that keeps a cell from running as a spreadsheet formula (OWASP's CSV injection rule) has one owner,
:func:`lstm_grader.escape.csv_cell`; this module adds only what these files need on top of it (an
empty cell for a missing value, scores with at most two decimals). Quoting of commas, quotes and
newlines is left to the csv module.
"""

from __future__ import annotations

from lstm_grader.escape import csv_cell


def cell(value) -> str:
    """``value`` as a CSV cell that a spreadsheet shows as text: ``"=1+1"`` -> ``"'=1+1"``;
    None -> ``""``."""
    return "" if value is None else csv_cell(value)


def number(x: float | None) -> str:
    """A score as a CSV cell: at most 2 decimals, no trailing zeros (``7.5``, ``6``); None -> ""."""
    if x is None:
        return ""
    text = f"{float(x):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
