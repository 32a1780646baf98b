"""A class of four made with nbgrader's API and hand-written grading records, for the class
report's fast tests (test_classreport_e2e.py grades a class for real).

ex99 has a fixed test cell (2 points) and a hidden one (3). ben's mistake is diagnosed in both
cells, eve's two mistakes in one cell each, kim timed out in the hidden cell; eve's id and the
findings' texts hold HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

from nbgrader.api import Gradebook

from lstm_grader.classreport import writer

CELLS = [("test_a_fixed", 2.0, "check(f)"), ("test_a_hidden", 3.0, "### BEGIN HIDDEN TESTS\n")]
# student -> (points per cell, findings per cell)
CLASS = {
    "ann": ((2, 3), ([], [])),
    "ben": ((0, 0), (["gate.reads_other_block"], ["gate.reads_other_block"])),
    "<em>eve&co": ((0, 0), (["gate.reads_other_block"], ["cell.h_tanh_missing"])),
    "kim": ((2, 0), ([], ["cell.h_tanh_missing"])),
}


def make(root: Path) -> str:
    """The gradebook and records under ``root``; returns the gradebook's URL."""
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
                grades[name].needs_manual_grade = False  # as autograde leaves it
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


def written(root: Path) -> Path:
    """The report of the class, written with the gradebook at mode 0o600; its index.html."""
    db_url = make(root)
    (root / "gradebook.db").chmod(0o600)
    return writer.write(root, db_url, root / "grading_report")


def report(page: Path) -> dict:
    """The class report's JSON for ex99."""
    (a,) = json.loads((page.parent / "class_report.json").read_text())["assignments"]
    return a
