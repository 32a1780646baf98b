"""lstm_grader.batch.cluster_worker: the pieces of a grading task that need no cluster (the tasks
on a real cluster are tests/grader/batch/test_cluster.py's)."""

from __future__ import annotations

from conftest import copy_course

from lstm_grader.batch import cluster_worker as cw


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
