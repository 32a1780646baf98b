"""CanvasExport on a gradebook made with nbgrader's API (the end-to-end test grades the demo)."""

from __future__ import annotations

import csv

import pytest
from lms_gradebook import make
from nbgrader.api import Gradebook

from lstm_grader.nbgrader_ext.canvas_export import CanvasExport, CanvasFormatError

EXPORT = """Student,ID,SIS User ID,SIS Login ID,Integration ID,Section,Exercise 1 (77),Current Score
    Points Possible,,,,,,10.00,(read only)
"Lee, Ann",11,ANN-1,ann,,Lab A,,
"Roe, Ben",12,ben,,,Lab B,,
"""


def _export(tmp_path, text=EXPORT, **traits) -> list[list[str]]:
    (tmp_path / "canvas.csv").write_text(text)
    plugin = CanvasExport(
        canvas_csv=str(tmp_path / "canvas.csv"), to=str(tmp_path / "o.csv"), **traits
    )
    with Gradebook(make(tmp_path)) as gb:
        plugin.export(gb)
    with open(tmp_path / "o.csv", newline="") as f:
        return list(csv.reader(f))


def test_canvas_title_maps_to_its_column_and_students_match_by_login_then_sis_id(tmp_path):
    table = _export(tmp_path, titles={"ex01": "Exercise 1"})
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Integration ID", "Section",
                        "Exercise 1 (77)"]  # fmt: skip
    assert table[1] == ["Points Possible", "", "", "", "", "", "10"]
    # ann by her SIS Login ID (after the late penalty), ben by his SIS User ID
    assert table[2][-1] == "7" and table[3][-1] == "0"
    assert not (tmp_path / "o.unmatched.csv").exists()


def test_canvas_assignment_unknown_to_canvas_gets_its_bare_title(tmp_path):
    assert _export(tmp_path)[0][-1] == "ex01"


def test_canvas_file_that_is_not_canvas_export_is_refused_with_what_was_expected(tmp_path):
    with pytest.raises(CanvasFormatError, match="first row should start with 'Student,ID,'"):
        _export(tmp_path, text="name,email\nann,ann@uni.example\n")


def test_canvas_export_needs_the_canvas_file(tmp_path):
    with Gradebook(make(tmp_path)) as gb, pytest.raises(CanvasFormatError, match="canvas_csv"):
        CanvasExport(to=str(tmp_path / "o.csv")).export(gb)


def _with_alice_and_alice(tmp_path) -> None:
    """The test gradebook plus 'Alice' (scored 0) and 'alice' (scored 10) on ex01."""
    with Gradebook(make(tmp_path)) as gb:
        for sid, score in (("Alice", 0.0), ("alice", 10.0)):
            gb.add_student(sid, first_name="Alice", last_name="Archer", email=f"{sid}@x.example")
            sub = gb.add_submission("ex01", sid)
            sub.notebooks[0].grades[0].auto_score = score
        gb.db.commit()


def test_canvas_refuses_a_match_two_gradebook_ids_share_after_case_folding(tmp_path):
    """Alice and alice: the Canvas row of 'alice' never gets Alice's 0 (or anyone's mark)."""
    _with_alice_and_alice(tmp_path)
    text = EXPORT + '"Archer, Alice",13,,alice,,Lab A,,\n'
    (tmp_path / "canvas.csv").write_text(text)
    plugin = CanvasExport(canvas_csv=str(tmp_path / "canvas.csv"), to=str(tmp_path / "o.csv"))
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        plugin.export(gb)
    with open(tmp_path / "o.csv", newline="") as f:
        rows = {r[1]: r for r in csv.reader(f)}
    assert rows["13"][-1] == "", rows["13"]  # left blank: neither 0 nor 10
    assert rows["11"][-1] == "7"  # the others are matched as before
    with open(tmp_path / "o.unmatched.csv", newline="") as f:
        unmatched = list(csv.reader(f))[1:]
    assert ["ambiguous", "Alice", "not exported: it matches Canvas ambiguously"] in unmatched
    assert ["ambiguous", "alice", "not exported: it matches Canvas ambiguously"] in unmatched
    assert any(r[0] == "ambiguous" and "ID 13" in r[1] for r in unmatched), unmatched


def test_canvas_refuses_two_canvas_rows_for_one_student(tmp_path):
    text = EXPORT + '"Lee, Ann (2)",14,,ANN,,Lab A,,\n'
    table = _export(tmp_path, text=text)
    marks = {r[1]: r[-1] for r in table[2:]}
    assert marks["11"] == "" and marks["14"] == "", marks
    assert marks["12"] == "0"
