"""Writing the class report: its files, with the gradebook's permissions."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import small_class

from lstm_grader.classreport import writer


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return small_class.written(tmp_path_factory.mktemp("classreport"))


def test_files_get_the_gradebooks_permissions(page):
    assert stat.S_IMODE(page.parent.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in page.parent.iterdir()} == {0o600}


def test_the_page_and_its_data_files_are_written(page):
    names = {p.name for p in page.parent.iterdir()}
    assert names == {"index.html", "ex99_scores.png", "class_report.json", "scores.csv",
                     "cells.csv", "mistakes.csv", "grading.csv", "similarity.csv"}  # fmt: skip


def test_without_a_gradebook_file_the_report_is_owner_only(tmp_path):
    assert writer.gradebook_mode(tmp_path, "postgresql://grader@db/lstm") == 0o600


def test_without_a_gradebook_it_says_to_grade_first_and_creates_none(tmp_path):
    with pytest.raises(writer.CourseError, match="grade first"):
        writer.write(tmp_path, f"sqlite:///{tmp_path / 'gradebook.db'}", tmp_path / "records")
    assert list(tmp_path.iterdir()) == []
