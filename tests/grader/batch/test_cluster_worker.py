"""lstm_grader.batch.cluster_worker: the pieces of a grading task that need no cluster (the tasks
on a real cluster are tests/grader/batch/test_cluster.py's)."""

from __future__ import annotations

import pytest
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


def test_a_worker_of_more_than_one_thread_refuses_to_grade() -> None:
    from types import SimpleNamespace

    two = SimpleNamespace(state=SimpleNamespace(nthreads=2))
    with pytest.raises(
        RuntimeError, match=r"has 2 threads: a grading worker needs one .*--nthreads 1"
    ):
        cw.GradingWarmUp().setup(two)
    cw._check_threads(SimpleNamespace(state=SimpleNamespace(nthreads=1)))


def test_temporary_course_folders_of_dead_workers_are_swept(tmp_path, monkeypatch) -> None:
    import os
    import subprocess
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    proc = subprocess.Popen(["true"])  # a worker that has exited
    proc.wait()
    for pid in (proc.pid, os.getpid()):
        folder = tmp_path / f"{cw.TMP_PREFIX}{pid}-ex02_cell-abc" / "course" / "submitted"
        folder.mkdir(parents=True)
        (folder / "lstm_cell.ipynb").write_text("a student's notebook")
    (tmp_path / "lstm-grade-release-x").mkdir()  # not a task's folder: left alone
    removed = cw.sweep_temporary()
    assert [p.name for p in removed] == [f"{cw.TMP_PREFIX}{proc.pid}-ex02_cell-abc"]
    assert [p.name for p in cw.sweep_temporary(own=True)] == [
        f"{cw.TMP_PREFIX}{os.getpid()}-ex02_cell-abc"
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["lstm-grade-release-x"]
