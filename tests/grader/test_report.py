"""lstm_grader.report: the rows of grading_report.csv, its summary, the score table.

The ``cell`` column names the graded cell of each finding: here the sanitizer's real findings on
edited, deleted and retyped cells of ex02_cell go through the record into the CSV.
"""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import nbformat

from lstm_grader import record, report
from lstm_grader.gradebook import Score
from lstm_grader.grading_findings import GradingFinding, Kind
from lstm_grader.nbgrader_ext.sanitize import read_submission, repair

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "solutions" / "ex02_cell" / "lstm_cell.ipynb"


def _sanitized(edit) -> list[GradingFinding]:
    source = nbformat.read(SOURCE, as_version=4)
    raw = json.loads(nbformat.writes(source))
    edit(raw)
    findings = []
    repair(read_submission(json.dumps(raw), findings), copy.deepcopy(source), findings)
    return findings


def _index(raw: dict, grade_id: str) -> int:
    ids = [c["metadata"].get("nbgrader", {}).get("grade_id") for c in raw["cells"]]
    return ids.index(grade_id)


def _retype(raw: dict) -> None:
    cell = raw["cells"][_index(raw, "test_lstm_cell_fixed")]
    cell["cell_type"] = "markdown"
    del cell["outputs"], cell["execution_count"]


EDITS = {
    "edited": lambda raw: raw["cells"][_index(raw, "test_lstm_cell_fixed")].update(source="pass"),
    "deleted": lambda raw: raw["cells"].pop(_index(raw, "test_lstm_cell_hidden")),
    "retyped": _retype,
}


def test_csv_cell_column_names_edited_deleted_and_retyped_cells(tmp_path) -> None:
    for student, edit in EDITS.items():
        info = {"assignment": "ex02_cell", "student": student, "notebook": "lstm_cell"}
        record.write_sanitized(tmp_path / "grading_report", info, _sanitized(edit))
        record.write_executed(tmp_path / "grading_report", info, sandbox="bwrap", seconds=1.0,
                              findings=[], cells=[])  # fmt: skip
    report.write(tmp_path / "grading_report", tmp_path)
    with open(tmp_path / "grading_report.csv") as f:
        rows = {(r["student"], r["kind"]): r["cell"] for r in csv.DictReader(f)}
    assert rows == {
        ("edited", "edited_test_cell"): "test_lstm_cell_fixed",
        ("deleted", "deleted_cell"): "test_lstm_cell_hidden",
        ("retyped", "retyped_cell"): "test_lstm_cell_fixed",
    }


def test_rows_give_ok_for_a_clean_notebook_and_not_executed_for_a_stopped_one() -> None:
    base = {"assignment": "a", "notebook": "n", "sandbox": "bwrap"}
    rows = report.rows(
        [
            {**base, "student": "clean", "findings": [], "cells": []},
            {**base, "student": "stopped", "sanitize_findings": []},
        ]
    )
    assert [(r["student"], r["kind"]) for r in rows] == [
        ("clean", "ok"),
        ("stopped", "not_executed"),
    ]


def test_summary_lists_only_notebooks_with_findings_with_meaning_and_cell() -> None:
    found = GradingFinding(Kind.FORBIDDEN_CALL, "lstm_cell: torch.nn.LSTM", "test_x").to_dict()
    base = {"assignment": "a", "notebook": "n", "sandbox": "bwrap", "cells": []}
    table = report.rows([{**base, "student": "ok_one", "findings": []},
                         {**base, "student": "cheat", "findings": [found]}])  # fmt: skip
    assert report.summary(table).splitlines() == [
        "2 notebooks graded, 1 with findings",
        "a / cheat / n:",
        f"  - {Kind.FORBIDDEN_CALL.meaning} [test_x]: lstm_cell: torch.nn.LSTM",
    ]


def test_score_table_has_maxima_totals_and_marks_manual_grading() -> None:
    rows = [Score("bob", "ex01", 3.0, 6.0, False), Score("bob", "ex02", 1.0, 2.0, True),
            Score("amy", "ex01", 6.0, 6.0, False)]  # fmt: skip
    lines = report.score_table(rows).splitlines()
    assert [ln.split() for ln in lines[:4]] == [
        ["student", "ex01", "ex02", "total"],
        ["(max)", "6", "2", "8"],
        ["amy", "6", "-", "6"],
        ["bob", "3", "1*", "4"],
    ]
    assert lines[-1].startswith("* waits for manual grading")
    assert report.score_table([]) == "no graded submissions"
