"""Runs that cannot step on each other (issue 20, item 6), with real `lstm-grade autograde` runs:

- a second run on the same course refuses at once, with the run that holds the course, while the
  first goes on; SIGTERM to the first then leaves every student graded or visibly not graded;
- `kill -9` of a local worker in the middle of a notebook: the run goes on, that student is
  visibly not graded (no score, no autograded copy, no stale feedback), the others are graded.

Each student is checked for one rule: score in the gradebook, autograded copy and feedback all
three, or none of them (Ctrl-C on the Dask path: tests/grader/batch/test_cluster.py).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import course_env, gradebook_scores, sqlite_url, submit_demo

pytestmark = pytest.mark.slow

ASSIGNMENT = "ex08_shapes"  # dave's never returns (each test cell runs into the cell limit)


def _start(course: Path, *args: str) -> subprocess.Popen:
    cmd = ["lstm-grade", "autograde", ASSIGNMENT, *args]
    return subprocess.Popen(cmd, cwd=course, env=course_env(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def _wait_until_grading(course: Path, student: str, proc, timeout: float = 180) -> int:
    """Wait until ``student``'s notebook is being autograded; the pid of its worker."""
    log = course / "grading_report" / ASSIGNMENT / student / "autograde.log"
    deadline = time.monotonic() + timeout
    while not (log.exists() and "Autograding" in log.read_text()):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.2)
    return int(re.search(r"in worker pid (\d+)", log.read_text()).group(1))


def _stale(course: Path, student: str) -> None:
    """An earlier run's results: feedback that must never stay released with no grade behind
    it, and an autograded copy that is writable."""
    for sub in ("feedback", "autograded"):
        folder = course / sub / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / "shapes.html").write_text("old feedback: 6/6")


def _check_consistent(course: Path) -> dict[str, bool]:
    """Every student graded (score, autograded copy, feedback) or none of them; -> graded?"""
    scores = gradebook_scores(sqlite_url(course))
    out = {}
    for folder in sorted((course / "submitted").iterdir()):
        student = folder.name
        autograded = course / "autograded" / student / ASSIGNMENT
        feedback = course / "feedback" / student / ASSIGNMENT
        has = ((student, ASSIGNMENT) in scores, autograded.exists(), feedback.exists())
        assert has in ((True, True, True), (False, False, False)), (student, has)
        if has[1]:
            for f in autograded.rglob("*.ipynb"):
                assert not os.stat(f).st_mode & 0o222, f"{f} is writable"
            assert "old feedback" not in (feedback / "shapes.html").read_text()
        out[student] = has[0]
    return out


def test_a_second_run_refuses_and_sigterm_to_the_first_leaves_consistent_state(
    tmp_path, course_copy
) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    submit_demo(course, [ASSIGNMENT], copies={"erin": "dave"})
    _stale(course, "dave")
    first = _start(course, "--workers", "1")
    _wait_until_grading(course, "dave", first)
    t0 = time.monotonic()
    second = subprocess.run(
        ["lstm-grade", "autograde", ASSIGNMENT], cwd=course, env=course_env(), text=True,
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert second.returncode == 2, second.stdout + second.stderr
    assert "another `lstm-grade autograde` is grading this course's gradebook" in second.stderr
    assert f"lstm-grade autograde {ASSIGNMENT}, pid {first.pid}" in second.stderr, second.stderr
    assert time.monotonic() - t0 < 60
    assert first.poll() is None, "the second run disturbed the first"
    first.send_signal(signal.SIGTERM)
    out, err = first.communicate(timeout=90)
    assert first.returncode == 130, out + err
    assert re.search(r"interrupted: \d+ not graded: .*dave", out), out
    graded = _check_consistent(course)
    assert graded == {"alice": True, "dave": False, "erin": False}, graded
    assert "NOT GRADED" in (course / "grading_report" / ASSIGNMENT / "dave" / "autograde.log"
                            ).read_text()  # fmt: skip
    # the course is free again: nothing of the interrupted run is left to block or clean
    assert not list((course / "grading_report" / ASSIGNMENT / "_grader" / "in-progress").iterdir())


def test_kill_9_of_a_local_worker_leaves_its_student_visibly_not_graded(
    tmp_path, course_copy
) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    submit_demo(course, [ASSIGNMENT], copies={"bob": "alice"})
    _stale(course, "dave")
    proc = _start(course, "--workers", "1")
    pid = _wait_until_grading(course, "dave", proc)
    os.kill(pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, out + err
    assert re.search(r"FAILED dave: the grading worker died \(exit status -9\)", out), out
    assert "graded 2 of 3 submissions" in out, out
    graded = _check_consistent(course)
    assert graded == {"alice": True, "bob": True, "dave": False}, graded
