"""The class report from a small gradebook made with nbgrader's API and hand-written records.

Fast: no notebook runs (the end-to-end test, test_classreport_e2e.py, grades a class for real).
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from lstm_grader.classreport import writer as classreport

CELLS = [("test_a_fixed", 2.0, "check(f)"), ("test_a_hidden", 3.0, "### BEGIN HIDDEN TESTS\n")]
# student -> (points per cell, findings per cell)
CLASS = {
    "ann": ((2, 3), ([], [])),
    "ben": ((0, 0), (["gate.reads_other_block"], ["gate.reads_other_block"])),
    "<em>eve&co": ((0, 0), (["gate.reads_other_block"], ["cell.h_tanh_missing"])),
    "kim": ((2, 0), ([], ["cell.h_tanh_missing"])),
}


def _course(root: Path) -> str:
    db_url = f"sqlite:///{root / 'gradebook.db'}"
    records = root / "grading_report" / "ex99"
    with Gradebook(db_url) as gb:
        gb.update_or_create_assignment("ex99")
        gb.update_or_create_notebook("nb", "ex99")
        for name, points, source in CELLS:
            gb.update_or_create_grade_cell(name, "nb", "ex99", max_score=points, cell_type="code")
            gb.update_or_create_source_cell(
                name, "nb", "ex99", cell_type="code", locked=True, source=source, checksum=None
            )
        for student, (points, findings) in CLASS.items():
            gb.add_student(student)
            sub = gb.add_submission("ex99", student)
            grades = {g.name: g for nb in sub.notebooks for g in nb.grades}
            cells = []
            for (name, _, _), p, ids in zip(CELLS, points, findings, strict=True):
                grades[name].auto_score = float(p)
                found = [
                    {"id": i, "function": "f", "text": f"<i>{i}</i>", "gate": "i"} for i in ids
                ]
                cells.append({"grade_id": name, "test": True, "check": {"findings": found}})
            gb.db.commit()
            (records / student).mkdir(parents=True)
            (records / student / "nb.json").write_text(json.dumps({
                "assignment": "ex99", "student": student, "notebook": "nb", "cells": cells,
                "findings": [{"kind": "timeout", "detail": "3 s", "grade_id": "test_a_hidden"}]
                if student == "kim" else [],
            }))  # fmt: skip
    return db_url


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    tmp_path = tmp_path_factory.mktemp("classreport")
    db_url = _course(tmp_path)
    (tmp_path / "gradebook.db").chmod(0o600)
    return classreport.write(tmp_path, db_url, tmp_path / "grading_report")


def _report(page: Path) -> dict:
    (a,) = json.loads((page.parent / "class_report.json").read_text())["assignments"]
    return a


def test_a_mistake_in_two_cells_counts_once_per_student(written):
    mistakes = {m["id"]: m for m in _report(written)["mistakes"]}
    assert sorted(mistakes["gate.reads_other_block"]["students"]) == ["<em>eve&co", "ben"]
    assert mistakes["gate.reads_other_block"]["cells"] == {"test_a_fixed": 2, "test_a_hidden": 1}
    assert sorted(mistakes["cell.h_tanh_missing"]["students"]) == ["<em>eve&co", "kim"]
    assert mistakes["gate.reads_other_block"]["variants"] == {"gate i": ["<em>eve&co", "ben"]}
    # the checks' own summary and book chapter, not the student's text
    assert mistakes["cell.h_tanh_missing"]["summary"] == "h_t lacks the tanh of c_t"
    assert mistakes["cell.h_tanh_missing"]["chapter"].startswith("book/03_scratch_cell")


def test_pass_rates_and_hidden_cells_from_the_gradebook(written):
    cells = {c["cell"]: (c["passed"], c["total"], c["hidden"]) for c in _report(written)["cells"]}
    assert cells == {"test_a_fixed": (2, 4, False), "test_a_hidden": (1, 4, True)}
    assert _report(written)["scores"] == {"ann": 5.0, "ben": 0.0, "<em>eve&co": 0.0, "kim": 2.0}


def test_page_escapes_student_data(written):
    html = written.read_text()
    assert "<em>eve&co" not in html and "&lt;em&gt;eve&amp;co" in html
    assert "<i>" not in html
    assert '<a href="../_build/html/book/03_scratch_cell.html' in html


def test_files_get_the_gradebooks_permissions(written):
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in written.parent.iterdir()} == {0o600}


def test_without_a_gradebook_file_the_report_is_owner_only(tmp_path):
    assert classreport.gradebook_mode(tmp_path, "postgresql://grader@db/lstm") == 0o600
