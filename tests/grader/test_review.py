"""Held for review (lstm_grader.review) on a gradebook made with nbgrader's API and grading records
written as the executor writes them: the hold, grades.csv, the Canvas and Moodle exports, the score
table, a person's decision (released, confirmed 0) and its log; and that a student cannot cause a
hold for someone else. The planted class (test_instructor_e2e.py) does the same through the real
commands."""

from __future__ import annotations

import csv
import json
from argparse import Namespace
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from lstm_grader import gradebook, report, review
from lstm_grader.nbgrader_ext.canvas_export import CanvasExport
from lstm_grader.nbgrader_ext.moodle_export import MoodleExport

SUSPICIOUS = {"kind": "suspicious_code", "detail": "cell 3, line 2: ctypes.CDLL", "grade_id": "f"}
CANVAS = """Student,ID,SIS User ID,SIS Login ID,Section
"Ann",1,ann,ann,A
"Bob",2,bob,bob,A
"Eve",3,eve,eve,A
"""


def _record(root: Path, folder: str, findings: list[dict], student: str | None = None) -> None:
    path = root / "grading_report" / "ex99" / folder / "nb.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"assignment": "ex99", "student": student or folder,
                                "notebook": "nb", "findings": findings, "cells": []}))  # fmt: skip


@pytest.fixture
def course(tmp_path, monkeypatch) -> Path:
    """ex99: a solution cell f, test cells t1 (2 points) and t2 (3), a written answer w (1,
    graded by hand); ann, bob and eve each pass everything (5 points from the tests)."""
    monkeypatch.delenv(gradebook.ENV_DB_URL, raising=False)
    monkeypatch.chdir(tmp_path)
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        gb.update_or_create_assignment("ex99")
        gb.update_or_create_notebook("nb", "ex99")
        gb.update_or_create_solution_cell("f", "nb", "ex99")
        for name, points in (("t1", 2.0), ("t2", 3.0)):
            gb.update_or_create_grade_cell(name, "nb", "ex99", max_score=points, cell_type="code")
        gb.update_or_create_grade_cell("w", "nb", "ex99", max_score=1.0, cell_type="markdown")
        gb.update_or_create_solution_cell("w", "nb", "ex99")
        for s in ("ann", "bob", "eve"):
            gb.add_student(s, first_name=s.title(), last_name="X", email=f"{s}@uni.example")
            sub = gb.add_submission("ex99", s)
            for g in sub.notebooks[0].grades:
                if g.name != "w":
                    g.auto_score, g.needs_manual_grade = g.max_score, False
        gb.db.commit()
    for s in ("ann", "bob", "eve"):
        _record(tmp_path, s, [])
    return tmp_path


def _grades_csv(root: Path) -> dict[str, dict]:
    plugin = review.HeldCsvExport(to=str(root / "grades.csv"))
    with gradebook.connect(root) as gb:
        plugin.export(gb)
    with open(root / "grades.csv", newline="") as f:
        return {r["student_id"]: r for r in csv.DictReader(f)}


def _canvas(root: Path) -> dict[str, str]:
    (root / "canvas.csv").write_text(CANVAS)
    plugin = CanvasExport(canvas_csv=str(root / "canvas.csv"), to=str(root / "canvas_import.csv"))
    with gradebook.connect(root) as gb:
        plugin.export(gb)
    with open(root / "canvas_import.csv", newline="") as f:
        rows = list(csv.reader(f))
    return {r[3]: r[-1] for r in rows[2:]}


def _moodle(root: Path) -> dict[str, str]:
    plugin = MoodleExport(to=str(root / "moodle.csv"))
    with gradebook.connect(root) as gb:
        plugin.export(gb)
    with open(root / "moodle.csv", newline="") as f:
        return {r["Email address"].split("@")[0]: r["ex99"] for r in csv.DictReader(f)}


def _held(root: Path) -> set:
    with gradebook.connect(root) as gb:
        return review.held(gb)


def test_a_holding_finding_holds_the_score_in_the_gradebook_and_every_export(course):
    _record(course, "bob", [SUSPICIOUS])
    assert review.apply_holds(course, "ex99", "bob") == review.HELD
    assert _held(course) == {("bob", "ex99")}
    rows = _grades_csv(course)
    assert (rows["bob"]["score"], rows["bob"]["raw_score"], rows["bob"]["status"]) == (
        "", "", "held for review")  # fmt: skip
    assert (float(rows["ann"]["score"]), rows["ann"]["status"]) == (5.0, "")
    assert _canvas(course) == {"ann": "5", "bob": "", "eve": "5"}
    assert _moodle(course) == {"ann": "5", "bob": "", "eve": "5"}
    # the gradebook keeps the points for the person who decides
    assert gradebook.submission_score(course, "ex99", "bob") == (5.0, 6.0)


def test_the_score_table_marks_the_held_score_with_its_cause(course):
    _record(course, "bob", [SUSPICIOUS])
    review.apply_holds(course, "ex99", "bob")
    table = report.score_table(gradebook.scores(course), review.held_reasons(course))
    bob = next(line for line in table.splitlines() if line.startswith("bob"))
    assert "5 (held)" in bob and bob.split()[-1] == "0"  # out of the total
    assert ("held: bob / ex99: code reaching for the guard, gc/ctypes, torch internals or other "
            "processes [f]: cell 3, line 2: ctypes.CDLL") in table  # fmt: skip


def test_release_puts_the_score_back_everywhere_and_logs_who_and_when(course):
    _record(course, "bob", [SUSPICIOUS])
    review.apply_holds(course, "ex99", "bob")
    entry = review.decide(course, "ex99", "bob", review.RELEASED, by="prof")
    assert _held(course) == set()
    assert float(_grades_csv(course)["bob"]["score"]) == 5.0
    assert _canvas(course)["bob"] == "5" and _moodle(course)["bob"] == "5"
    log = json.loads((course / review.LEDGER).read_text())["log"]
    assert [(e["student"], e["decision"], e["by"]) for e in log] == [("bob", "released", "prof")]
    assert entry["at"].endswith("+00:00") and "ctypes.CDLL" in entry["reason"]
    # a regrade that finds the same cause keeps the decision; a new cause holds again
    assert review.apply_holds(course, "ex99", "bob") == review.RELEASED
    assert _held(course) == set()
    _record(course, "bob", [SUSPICIOUS, dict(SUSPICIOUS, detail="cell 4, line 1: gc.get_objects")])
    assert review.apply_holds(course, "ex99", "bob") == review.HELD
    assert _held(course) == {("bob", "ex99")}


def test_confirm_zero_scores_0_and_a_later_release_restores_the_score(course):
    _record(course, "bob", [SUSPICIOUS])
    review.apply_holds(course, "ex99", "bob")
    review.decide(course, "ex99", "bob", review.CONFIRMED_ZERO, by="prof")
    assert _held(course) == set()
    assert float(_grades_csv(course)["bob"]["score"]) == 0.0 and _canvas(course)["bob"] == "0"
    review.decide(course, "ex99", "bob", review.RELEASED, by="dean")
    assert gradebook.submission_score(course, "ex99", "bob") == (5.0, 6.0)
    log = json.loads((course / review.LEDGER).read_text())["log"]
    assert [(e["decision"], e["by"]) for e in log] == [("confirmed_zero", "prof"),
                                                       ("released", "dean")]  # fmt: skip


def test_a_student_cannot_cause_a_hold_for_someone_else(course):
    # eve's folder holds a record that claims to be ann's, and eve's own finding names bob
    _record(course, "eve", [SUSPICIOUS], student="ann")
    named = dict(SUSPICIOUS, detail="cell 3: open('../bob/nb.json') ann bob")
    (course / "grading_report" / "ex99" / "eve" / "other.json").write_text(
        json.dumps(
            {"assignment": "ex99", "student": "eve", "notebook": "other", "findings": [named]}
        )
    )
    for s in ("ann", "bob"):
        assert review.apply_holds(course, "ex99", s) is None
    assert review.apply_holds(course, "ex99", "eve") == review.HELD
    assert _held(course) == {("eve", "ex99")}  # eve only, by her own record


def test_deciding_on_a_submission_not_held_is_refused(course):
    with pytest.raises(review.ReviewError, match="not held"):
        review.decide(course, "ex99", "ann", review.RELEASED)
    with pytest.raises(review.ReviewError, match="no graded submission"):
        review.decide(course, "ex99", "zed", review.RELEASED)


def test_review_command_prints_the_decision(course, capsys):
    _record(course, "bob", [SUSPICIOUS])
    review.apply_holds(course, "ex99", "bob")
    args = Namespace(assignment="ex99", student="bob", decision=review.RELEASED)
    assert review.main(course, args) == 0
    out = capsys.readouterr().out
    assert "ex99 / bob released: 5 / 6" in out and "ctypes.CDLL" in out


def test_only_suspicious_code_holds_today():
    from lstm_grader.grading_findings import Kind

    assert {k.value for k in Kind if k.holds} == {"suspicious_code"}
