"""`lstm-grade autograde --workers N` (lstm_grader.batch.run, with its pool and workers): parallel
grading gives nbgrader's own scores.

The demo submissions of two assignments (SCALE_ASSIGNMENTS, 7 notebooks) are graded in a temporary
copy of the course with two worker processes, and compared, cell by cell, with the gradebook that
`nbgrader autograde` makes grading them one by one (the `sequential_scores` fixture). Several
machines: tests/grader/batch/test_cluster.py (`--shard` is retired in favour of the Dask cluster).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SCALE_ASSIGNMENTS, course_env, gradebook_scores, sqlite_url, submit_demo

slow = pytest.mark.slow


@pytest.fixture(scope="module")
def graded(tmp_path_factory, course_copy, course_run) -> tuple[Path, dict[str, object]]:
    """The demo submissions of SCALE_ASSIGNMENTS graded with `lstm-grade autograde --workers 2`."""
    course = course_copy(tmp_path_factory.mktemp("parallel") / "course", with_exercises=False)
    submit_demo(course)
    runs = {}
    for assignment in SCALE_ASSIGNMENTS:
        runs[assignment] = course_run(
            ["lstm-grade", "autograde", assignment, "--workers", "2"], cwd=course, timeout=600
        )
    return course, runs


@slow
def test_parallel_scores_equal_grading_one_by_one(graded, sequential_scores) -> None:
    course, runs = graded
    for assignment, proc in runs.items():
        assert proc.returncode == 0, f"{assignment}:\n{proc.stdout}\n{proc.stderr[-3000:]}"
    assert gradebook_scores(sqlite_url(course)) == sequential_scores


@slow
def test_output_has_progress_scores_and_summary(graded) -> None:
    _, runs = graded
    proc = runs["ex02_cell"]
    # stderr is not a terminal here: one progress line per submission, with the time left
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("[")]
    assert len(lines) == 4, proc.stderr
    assert all(re.search(r"^\[\d/4\] ex02_cell \w+: \d+/6 .* eta \d+:\d\d$", ln) for ln in lines)
    assert "ex02_cell: graded 4 of 4 submissions with 2 workers" in proc.stdout
    bob = next(ln.split() for ln in proc.stdout.splitlines() if ln.startswith("bob "))
    assert bob[1] == "1", proc.stdout


@slow
def test_workers_grade_many_students_each_and_write_feedback(graded) -> None:
    # Start-up is paid once per worker: each student's log names the worker process that graded
    # it in-process, and the 4 students of ex02_cell were graded by at most 2 processes.
    course, _ = graded
    logs = sorted((course / "grading_report" / "ex02_cell").glob("*/autograde.log"))
    assert [p.parent.name for p in logs] == ["alice", "bob", "carol", "dave"]
    pids = {re.search(r"worker pid (\d+)", p.read_text()).group(1) for p in logs}
    assert 1 <= len(pids) <= 2, pids
    for student in ("alice", "bob", "carol", "dave"):
        assert list((course / "feedback" / student / "ex02_cell").glob("*.html")), student


@slow
def test_a_failing_student_is_recorded_and_the_run_goes_on(tmp_path, course_copy, course_run):
    course = course_copy(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex01_gates"])
    broken = course / "submitted" / "aaron" / "ex01_gates"  # sorted first: graded first
    broken.mkdir(parents=True)
    (broken / "notes.txt").write_text("no notebook here")
    proc = course_run(["lstm-grade", "autograde", "ex01_gates", "--workers", "2"], cwd=course)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "graded 3 of 4 submissions" in proc.stdout
    failed = r"FAILED aaron: nbgrader autograde failed: No notebooks were matched"
    assert re.search(failed, proc.stdout), proc.stdout
    scores = gradebook_scores(sqlite_url(course))
    assert {s for s, _ in scores} == {"alice", "bob", "carol"}


@slow
def test_ctrl_c_stops_cleanly(tmp_path, course_copy) -> None:
    # dave's ex08_shapes never returns (each test cell runs into the 30 s limit): Ctrl-C while
    # it is graded stops the run at once, reports what was not graded, and leaves no process.
    course = course_copy(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex08_shapes"], copies={"erin": "dave", "fred": "dave"})
    cmd = ["lstm-grade", "autograde", "ex08_shapes", "--workers", "2"]
    proc = subprocess.Popen(
        cmd, cwd=course, env=course_env(), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    logs = course / "grading_report" / "ex08_shapes"
    deadline = time.monotonic() + 120
    while not any(p.read_text().count("Autograding") for p in logs.glob("*/autograde.log")):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.2)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    start = time.monotonic()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, out + err
    assert time.monotonic() - start < 30, "Ctrl-C took too long"
    assert "interrupted:" in out and "not graded" in out, out
    # the worker processes are gone (and with them their sandboxes: bwrap --die-with-parent)
    workers = {
        int(m.group(1))
        for p in logs.glob("*/autograde.log")
        if (m := re.search(r"worker pid (\d+)", p.read_text()))
    }
    assert workers
    time.sleep(0.5)
    for pid in workers:
        assert not os.path.exists(f"/proc/{pid}") or _zombie(pid), f"worker {pid} still runs"
    # nbgrader removed what it had half written for the interrupted submissions
    interrupted = re.search(r"not graded: (.*)", out).group(1).split(", ")
    for student in interrupted:
        assert not (course / "autograded" / student / "ex08_shapes").exists(), student


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except OSError:
        return True
