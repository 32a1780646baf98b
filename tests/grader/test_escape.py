"""Names are data where they are shown: CSV (OWASP formula rule), terminal, HTML; and the grading
report written from records holding hostile values."""

from __future__ import annotations

import csv
import json

import pytest

from lstm_grader import escape, report


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "＝1"])
def test_csv_cells_that_could_be_formulas_get_a_leading_quote(value):
    assert escape.csv_cell(value).startswith("'")


def test_csv_numbers_and_plain_text_stay_as_they_are():
    assert escape.csv_cell(-1.5) == "-1.5" and escape.csv_cell("alice") == "alice"


def test_terminal_escapes_and_controls_are_removed():
    text = "a\x1b[2J\x1b]0;title\x07b\x00c\x9bd\u202ee\nf"
    assert escape.terminal(text) == "abcde\nf"
    assert escape.terminal("a\nb", newlines=False) == "a b"


def test_html_is_escaped():
    assert escape.html('<img src=x onerror="x()">') == "&lt;img src=x onerror=&quot;x()&quot;&gt;"


def test_grading_report_escapes_hostile_values(tmp_path, capsys):
    rec = tmp_path / "ex02_cell" / "s1"
    rec.mkdir(parents=True)
    evil = '=HYPERLINK("http://evil","x")\x1b[2J'
    (rec / "lstm_cell.json").write_text(
        json.dumps(
            {
                "assignment": "ex02_cell",
                "student": "=cmd|' /C calc'!A0",
                "notebook": "lstm_cell",
                "cells": [],
                "findings": [{"kind": "exit_attempt", "detail": evil, "grade_id": "@x"}],
            }
        )
    )
    table = report.write(tmp_path, tmp_path, "ex02_cell")
    with open(tmp_path / "grading_report.csv", newline="") as f:
        cells = [v for row in csv.reader(f) for v in row]
    assert not [v for v in cells if v and v[0] in "=+-@"], cells
    assert any(v.startswith("'=HYPERLINK") for v in cells)
    text = report.summary(table)
    assert "\x1b" not in text and "HYPERLINK" in text
