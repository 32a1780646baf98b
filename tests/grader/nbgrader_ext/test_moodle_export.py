"""MoodleExport on a gradebook made with nbgrader's API (the end-to-end test grades the demo)."""

from __future__ import annotations

import csv

import pytest
from lms_gradebook import make
from nbgrader.api import Gradebook

from lstm_grader.nbgrader_ext.moodle_export import MoodleExport, MoodleFormatError


def _export(tmp_path, **traits) -> list[list[str]]:
    with Gradebook(make(tmp_path)) as gb:
        MoodleExport(to=str(tmp_path / "m.csv"), **traits).export(gb)
    with open(tmp_path / "m.csv", newline="") as f:
        return list(csv.reader(f))


def _unmatched(tmp_path) -> list[list[str]]:
    with open(tmp_path / "m.unmatched.csv", newline="") as f:
        return list(csv.reader(f))[1:]


def test_moodle_by_email_lists_a_student_without_email(tmp_path):
    assert _export(tmp_path, key="email") == [
        ["Email address", "First name", "Last name", "ex01"],
        ["ann@uni.example", "Ann", "Lee", "7"],
    ]
    assert _unmatched(tmp_path) == [
        ["in the gradebook, without Email address", "ben", "not exported"]
    ]


def test_moodle_by_id_number_escapes_a_formula_in_a_name(tmp_path):
    table = _export(tmp_path, key="idnumber")
    assert table[2] == ["ben", "'=cmd|' /C calc'!A0", "Roe", "0"]


def test_moodle_file_without_the_key_column_is_refused_with_its_columns(tmp_path):
    (tmp_path / "moodle.csv").write_text("First name,Last name\nAnn,Lee\n")
    with pytest.raises(MoodleFormatError, match="no 'Email address' column.*First name, Last name"):
        _export(tmp_path, moodle_csv=str(tmp_path / "moodle.csv"))


def test_moodle_refuses_a_key_two_gradebook_students_share_after_case_folding(tmp_path):
    """Alice and alice (ID numbers): neither row is written, both are listed as ambiguous."""
    make(tmp_path)
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        for sid, score in (("Alice", 0.0), ("alice", 10.0)):
            gb.add_student(sid, first_name="Alice", last_name="Archer")
            gb.add_submission("ex01", sid).notebooks[0].grades[0].auto_score = score
        gb.db.commit()
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        MoodleExport(to=str(tmp_path / "m.csv"), key="idnumber").export(gb)
    with open(tmp_path / "m.csv", newline="") as f:
        table = list(csv.reader(f))
    assert [r[0] for r in table[1:]] == ["ann", "ben"], table
    ambiguous = [r for r in _unmatched(tmp_path) if r[0] == "ambiguous"]
    assert sorted(r[1] for r in ambiguous) == ["Alice", "alice"], ambiguous
    assert "share the ID number after case folding" in ambiguous[0][2]
