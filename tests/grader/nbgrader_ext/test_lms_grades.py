"""The scores the LMS exporters write, read from a gradebook as nbgrader's own export does."""

from __future__ import annotations

import logging

from lms_gradebook import make
from nbgrader.api import Gradebook

from lstm_grader.nbgrader_ext import lms_grades


def test_scores_after_late_penalty_and_zero_without_submission(tmp_path):
    with Gradebook(make(tmp_path)) as gb:
        g = lms_grades.read(gb)
    assert g.assignments == [("ex01", 10.0)]  # ex02: nobody submitted it, left out
    assert g.scores == {("ann", "ex01"): 7.0, ("ben", "ex01"): 0.0}
    assert g.students["ann"].email == "ann@uni.example" and g.students["ben"].email == ""


def test_an_assignment_named_is_exported_even_if_nobody_submitted(tmp_path):
    with Gradebook(make(tmp_path)) as gb:
        g = lms_grades.read(gb, students=["ann"], assignments=["ex02"])
    assert g.assignments == [("ex02", 10.0)] and g.scores == {("ann", "ex02"): 0.0}


def test_unmatched_list_is_written_and_an_old_one_removed(tmp_path):
    dest = tmp_path / "out.csv"
    log = logging.getLogger("test")
    path = lms_grades.write_unmatched(dest, [("in Canvas only", "=x", "left blank")], log)
    assert path.read_text().splitlines() == [
        "side,student,what was done",
        "in Canvas only,'=x,left blank",
    ]
    assert lms_grades.write_unmatched(dest, [], log) is None and not path.exists()
