"""lstm_grader.batch.results: a grading task's results, collected on a worker and written into
place on the instructor's machine (each folder replaced at once, nothing outside them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lstm_grader.batch.results import safe_relative, write_outputs


@pytest.mark.parametrize("bad", ["", "/etc/passwd", "../x", "a/../../x", "a//b", "./a"])
def test_a_task_refuses_file_paths_that_leave_the_submission(bad) -> None:
    with pytest.raises(ValueError, match="expected a plain relative path"):
        safe_relative(bad)
    assert safe_relative("a/b.ipynb") == Path("a/b.ipynb")


def test_results_are_written_only_into_the_students_output_folders(tmp_path) -> None:
    (tmp_path / "autograded" / "bob" / "ex02_cell").mkdir(parents=True)
    (tmp_path / "autograded" / "bob" / "ex02_cell" / "old.txt").write_text("stale")
    files = {
        "autograded/bob/ex02_cell/lstm_cell.ipynb": b"{}",
        "feedback/bob/ex02_cell/lstm_cell.html": b"<html/>",
        "grading_report/ex02_cell/bob/autograde.log": b"log",
    }
    write_outputs(tmp_path, "ex02_cell", "bob", files)
    got = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert got == files  # the old folder was replaced as a whole
    for bad in ("autograded/alice/ex02_cell/x", "../x", "/etc/x", "feedback/bob/ex02_cell/../../x"):
        with pytest.raises(ValueError, match="refusing|outside"):
            write_outputs(tmp_path, "ex02_cell", "bob", {bad: b"x"})
