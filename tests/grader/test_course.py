"""lstm_grader.course: finding the course, its assignments and submissions, collecting them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from lstm_grader import course
from lstm_grader.errors import CourseError

ROOT = Path(__file__).resolve().parents[2]


def test_the_root_is_found_from_inside_it_and_refused_elsewhere(tmp_path) -> None:
    assert course.find_root(ROOT / "solutions" / "ex02_cell") == ROOT
    with pytest.raises(CourseError, match="no nbgrader course found in .* run lstm-grade from"):
        course.find_root(tmp_path)
    with pytest.raises(CourseError, match="has no solutions/ folder"):
        course.assignments(tmp_path)


def test_assignments_are_the_folders_of_solutions_with_a_notebook() -> None:
    names = course.assignments(ROOT)
    assert "ex02_cell" in names and names == sorted(names)
    assert all(list((ROOT / "solutions" / n).glob("*.ipynb")) for n in names)
    assert course.notebook_name(ROOT, "ex02_cell") == "lstm_cell.ipynb"
    with pytest.raises(CourseError, match="unknown assignment 'ex99'; the assignments: ex01"):
        course.check_assignment(ROOT, "ex99")


@pytest.fixture
def fake_course(tmp_path) -> Path:
    (tmp_path / "solutions" / "ex02_cell").mkdir(parents=True)
    (tmp_path / "solutions" / "ex02_cell" / "lstm_cell.ipynb").write_text("{}")
    return tmp_path


def test_collect_takes_files_named_by_student_in_every_form(fake_course, tmp_path) -> None:
    nb = json.dumps({"cells": [], "who": "x"})
    src = tmp_path / "downloads"
    src.mkdir()
    (src / "alice.ipynb").write_text(nb)
    (src / "bob_lstm_cell.ipynb").write_text(nb)
    with zipfile.ZipFile(src / "carol.zip", "w") as zf:
        zf.writestr("work/lstm_cell.ipynb", nb)
        zf.writestr("work/.ipynb_checkpoints/lstm_cell-checkpoint.ipynb", nb)
    (src / "dave" / "sub").mkdir(parents=True)
    (src / "dave" / "sub" / "mine.ipynb").write_text(nb)
    (src / "notes.txt").write_text("ignored")
    got = course.collect(fake_course, src, "ex02_cell")
    assert got == ["alice", "bob", "carol", "dave"]
    assert course.submitted_students(fake_course, "ex02_cell") == got
    for s in got:
        target = fake_course / "submitted" / s / "ex02_cell" / "lstm_cell.ipynb"
        assert target.read_text() == nb


def test_collect_refuses_an_ambiguous_zip_and_an_empty_folder(fake_course, tmp_path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    with pytest.raises(CourseError, match="no submissions in"):
        course.collect(fake_course, src, "ex02_cell")
    with zipfile.ZipFile(src / "eve.zip", "w") as zf:
        zf.writestr("a.ipynb", "{}")
        zf.writestr("b.ipynb", "{}")
    with pytest.raises(CourseError, match="expected one notebook, found 2"):
        course.collect(fake_course, src, "ex02_cell")


def test_the_limits_of_grading_are_the_course_configs(tmp_path) -> None:
    """`c.SandboxedExecute.<setting>` in nbgrader_config.py sets the grading process's budget
    and collect's bounds too (the limits table names these settings)."""
    from lstm_grader.limits import DEFAULT_LIMITS

    (tmp_path / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        "c.SandboxedExecute.grading_timeout = 120.0\n"
        "c.SandboxedExecute.archive_entries_limit = 50\n"
    )
    got = course.course_limits(tmp_path)
    assert (got.grading_timeout, got.archive_entries) == (120.0, 50)
    assert got.grading_memory == DEFAULT_LIMITS.grading_memory
    assert course.course_limits(tmp_path / "nowhere") == DEFAULT_LIMITS
