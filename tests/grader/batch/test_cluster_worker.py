"""lstm_grader.batch.cluster_worker: the pieces of a grading task that need no cluster (the tasks
on a real cluster are tests/grader/batch/test_cluster.py's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_course

from lstm_grader.batch import cluster_worker as cw


def test_another_version_is_refused_with_the_commit_to_check_out(tmp_path) -> None:
    mine = {"commit": "a" * 40, "digest": "1" * 64}
    with pytest.raises(cw.CourseVersionMismatch, match=r"git checkout bbbbbbbbbbbb"):
        cw.check_version(mine, {"commit": "b" * 40, "digest": "1" * 64}, "host pid 1")
    with pytest.raises(cw.CourseVersionMismatch, match=r"files 111111111111.*files 222222222222"):
        cw.check_version(
            {"commit": "", "digest": "1" * 64}, {"commit": "", "digest": "2" * 64}, "w"
        )
    cw.check_version(mine, dict(mine), "w")
    # the digest follows what grading reads: a changed solution notebook changes it
    course = copy_course(tmp_path / "course", with_exercises=False)
    before = cw.course_version(course)
    nb = next((course / "solutions" / "ex02_cell").glob("*.ipynb"))
    nb.write_text(nb.read_text().replace("lstm", "lstM", 1))
    assert cw.course_version(course)["digest"] != before["digest"]


def test_a_task_builds_its_course_from_the_clone_and_the_files_it_carries(tmp_path) -> None:
    clone = copy_course(tmp_path / "clone", with_exercises=False)
    files = {"lstm_cell.ipynb": b"{}", "data/x.txt": b"1"}
    sub = cw.Submission("ex02_cell", "bob", files, cw.course_version(clone), "postgresql://x/y")
    dest = tmp_path / "task" / "course"
    cw.make_course_dir(clone, dest, sub)
    assert (dest / "nbgrader_config.py").read_bytes() == (clone / "nbgrader_config.py").read_bytes()
    assert (dest / "solutions").resolve() == (clone / "solutions").resolve()
    folder = dest / "submitted" / "bob" / "ex02_cell"
    assert (folder / "lstm_cell.ipynb").read_bytes() == b"{}"
    assert (folder / "data" / "x.txt").read_bytes() == b"1"
    assert not (clone / "submitted").exists()


@pytest.mark.parametrize("bad", ["", "/etc/passwd", "../x", "a/../../x", "a//b", "./a"])
def test_a_task_refuses_file_paths_that_leave_the_submission(bad) -> None:
    with pytest.raises(ValueError, match="expected a plain relative path"):
        cw.safe_relative(bad)
    assert cw.safe_relative("a/b.ipynb") == Path("a/b.ipynb")
