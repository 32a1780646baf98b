"""CSV cells from students' data are written as text, never as a spreadsheet formula."""

from __future__ import annotations

import pytest

from lstm_grader import csvsafe


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+41 22", "'+41 22"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tx", "'\tx"), ("\rx", "x"), ("\x01=HYPERLINK(1)", "'=HYPERLINK(1)"),
     ("Doe, Jane", "Doe, Jane"), ("", ""), (None, "")],
)  # fmt: skip
def test_csv_cell_escapes_what_a_spreadsheet_runs_as_a_formula(value, expected):
    assert csvsafe.cell(value) == expected


@pytest.mark.parametrize(("x", "expected"), [(7.5, "7.5"), (6.0, "6"), (0.125, "0.12"), (None, "")])
def test_csv_number_has_at_most_two_decimals(x, expected):
    assert csvsafe.number(x) == expected
