"""lstm_grader.batch.worker: the grading child of one notebook, its budget and the end of a
student that was not graded, without a course (grading a course is tests/grader/batch/
test_run.py's; nbgrader's apps in-process are test_apps.py's)."""

from __future__ import annotations

import os

# ---- the grading process's budget per notebook, and the end of a student that was not graded


def _graded_before(root, assignment="ex01_gates", student="zoe"):
    """What an earlier, complete grading left: an autograded copy, feedback, a record."""
    for rel in (f"autograded/{student}/{assignment}", f"feedback/{student}/{assignment}"):
        (root / rel).mkdir(parents=True)
        (root / rel / "gates.ipynb").write_text("old")
    (root / f"grading_report/{assignment}/{student}").mkdir(parents=True)
    (root / f"grading_report/{assignment}/{student}/gates.json").write_text("{}")


def _not_graded(root, assignment="ex01_gates", student="zoe") -> str:
    assert not (root / f"autograded/{student}/{assignment}").exists()
    assert not (root / f"feedback/{student}/{assignment}").exists()  # no stale feedback released
    assert not list((root / f"grading_report/{assignment}/{student}").glob("*.json"))
    return (root / f"grading_report/{assignment}/{student}/autograde.log").read_text()


def test_a_notebook_over_the_memory_budget_fails_alone_and_is_left_not_graded(tmp_path):
    from lstm_grader.batch import worker
    from lstm_grader.limits import Limits

    _graded_before(tmp_path)

    def greedy(*args):  # the trusted side of one notebook growing without end
        return [bytearray(64 * 2**20) for _ in range(1000)]

    worker._grade_here, saved = greedy, worker._grade_here  # the child is forked: it sees this
    try:
        limits = Limits(grading_memory=2 * 2**30)
        outcome = worker.grade_student(tmp_path, "ex01_gates", "zoe", limits=limits)
    finally:
        worker._grade_here = saved
    assert outcome.status == "failed", outcome
    assert outcome.error.startswith(
        "its grading needed more memory than the grading process's "
        "limit per notebook (Limits.grading_memory, 2 GiB)"
    ), outcome
    assert "NOT GRADED: its grading needed more memory" in _not_graded(tmp_path)


def test_a_notebook_over_the_time_budget_is_stopped_and_left_not_graded(tmp_path):
    import time

    from lstm_grader.batch import worker
    from lstm_grader.limits import Limits

    _graded_before(tmp_path)
    worker._grade_here, saved = (lambda *a: time.sleep(60)), worker._grade_here
    t0 = time.monotonic()
    try:
        outcome = worker.grade_student(
            tmp_path, "ex01_gates", "zoe", limits=Limits(grading_timeout=1.0)
        )
    finally:
        worker._grade_here = saved
    assert time.monotonic() - t0 < 15
    assert outcome.status == "failed"
    assert outcome.error.startswith("its grading took longer than 1 s"), outcome.error
    assert "NOT GRADED: its grading took longer than 1 s" in _not_graded(tmp_path)


def test_a_grading_process_killed_leaves_its_student_not_graded(tmp_path):
    import signal

    from lstm_grader.batch import worker

    _graded_before(tmp_path)
    worker._grade_here, saved = (
        (lambda *a: os.kill(os.getpid(), signal.SIGKILL)),
        worker._grade_here,
    )
    try:
        outcome = worker.grade_student(tmp_path, "ex01_gates", "zoe")
    finally:
        worker._grade_here = saved
    assert outcome.status == "failed"
    assert outcome.error == "the grading process died (signal 9) before the end: not graded"
    assert "NOT GRADED: the grading process died (signal 9)" in _not_graded(tmp_path)


def test_the_grading_child_changes_nothing_of_the_calling_process(tmp_path):
    """cwd, environment, file descriptors: what a Dask worker thread would share."""
    from lstm_grader.batch import worker
    from lstm_grader.batch.outcome import Outcome

    def noisy(root, assignment, student, feedback, where):
        os.environ["LSTM_GRADER_DB_URL"] = "sqlite:///elsewhere.db"
        os.chdir("/")
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        return Outcome(student, "ok", score=1.0, max_score=1.0)

    cwd, env, fds = os.getcwd(), dict(os.environ), sorted(os.listdir("/proc/self/fd"))
    worker._grade_here, saved = noisy, worker._grade_here
    try:
        outcome = worker.grade_student(tmp_path, "ex01_gates", "zoe", env={"X_FROM_TASK": "1"})
    finally:
        worker._grade_here = saved
    assert outcome.status == "ok" and outcome.score == 1.0
    assert os.getcwd() == cwd and dict(os.environ) == env
    assert sorted(os.listdir("/proc/self/fd")) == fds
