"""The one run loop of ``lstm-grade autograde ASSIGNMENT``, with two back-ends.

A back-end (:class:`Backend`) grades students: the run loop submits a student when it has room and
takes the outcomes back. :class:`LocalBackend` is the local pool (:mod:`lstm_grader.batch.pool`,
:mod:`lstm_grader.batch.worker`: worker processes on this machine, the default);
:class:`lstm_grader.batch.cluster.DaskBackend` a Dask cluster (``--scheduler``). Both grade a
student with :func:`lstm_grader.batch.worker.grade_student`, so they give the same scores.

What the loop does once, for both (:func:`grade`): find the students (ids that collide after case
folding and NFKC are refused, :func:`lstm_grader.course.submitted_students`), hold the course's
run lock for the whole run (a second run on the same gradebook stops with a message:
:func:`lstm_grader.gradebook.course_run`), leave visibly not graded the students a dead earlier run
left in progress, prepare the gradebook (:func:`lstm_grader.gradebook.prepare_run`), the progress
bar, and the end: every student is either graded (score, autograded copy and feedback agree) or
visibly not graded (:func:`lstm_grader.batch.worker.ungrade`), whatever stopped the run: a failure,
Ctrl-C or SIGTERM, a dead worker, a lost scheduler. Each student in flight has a marker
(``grading_report/<assignment>/_grader/in-progress/<student>``) from its submission until its
outcome is in place, so that even a run killed with SIGKILL is cleaned up by the next one.

Each student's nbgrader log goes to ``grading_report/<assignment>/<student>/autograde.log``
(:mod:`lstm_grader.paths`). Concurrent gradebook writes are made safe by
:mod:`lstm_grader.gradebook`.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Protocol

from lstm_grader import course, gradebook, paths
from lstm_grader.batch.outcome import Outcome, RunResult
from lstm_grader.batch.pool import WorkerPool, default_workers
from lstm_grader.batch.progress import Progress
from lstm_grader.batch.signals import stop_signals_interrupt
from lstm_grader.batch.warmup import warm_modules


class SchedulerLost(RuntimeError):
    """The back-end lost what grades (the Dask scheduler) in the middle of a run."""


class Backend(Protocol):
    """A way to grade students, as the run loop uses it: submit a student, get the outcome."""

    workers: int  # how many students it grades at once (known after wait_ready)
    first_ready: float | None  # time.monotonic() when it could first grade

    def check(self) -> None:
        """Refuse, with a CourseError, a course it cannot grade (before anything is done)."""

    def open(self, n_students: int) -> None:
        """Start (may go on in the background while the gradebook is prepared)."""

    def wait_ready(self) -> None:
        """Return once it can take students (RuntimeError/CourseError if it cannot)."""

    def capacity(self) -> int:
        """How many more students it takes now."""

    def submit(self, student: str) -> None: ...

    def in_flight(self) -> list[str]:
        """The students submitted whose outcome has not come back."""

    def results(self, timeout: float) -> list[Outcome]:
        """The outcomes that came back within ``timeout`` s (their files in place); may raise
        :class:`SchedulerLost`."""

    def interrupt(self) -> list[Outcome]:
        """Ctrl-C: stop grading; the outcomes of the students in flight."""

    def ungrade(self, student: str, why: str) -> None:
        """Leave ``student`` visibly not graded (its grading did not finish)."""

    def close(self) -> None: ...


def autograde(
    root: Path,
    assignment: str,
    *,
    workers: int | None = None,
    feedback: bool = True,
    progress: bool | None = None,
    stream=None,
) -> RunResult:
    """Grade every submission of ``assignment`` in submitted/ with ``workers`` local processes
    (default: the number of cores), then write their feedback.

    ``progress``: True for a tqdm bar, False for plain lines, None to choose by whether the stream
    (default stderr) is a terminal.
    """
    backend = LocalBackend(Path(root).resolve(), assignment, feedback, workers)
    return grade(root, assignment, backend, progress=progress, stream=stream)


def grade(root: Path, assignment: str, backend: Backend, *, progress=None, stream=None):
    """The run loop (see the module doc): every student of ``assignment`` through ``backend``."""
    started = time.monotonic()
    root = Path(root).resolve()
    course.check_assignment(root, assignment)
    students = course.submitted_students(root, assignment)
    result = RunResult(assignment=assignment, students=students)
    if not students:
        return result
    backend.check()
    out = stream or sys.stderr
    outcomes: dict[str, Outcome] = {}
    bar: Progress | None = None
    with gradebook.course_run(root, f"lstm-grade autograde {assignment}"):
        _prepare_folders(root, assignment, len(students))
        _recover(root, assignment)
        restore_signals = stop_signals_interrupt()
        try:
            backend.open(len(students))
            refused = gradebook.prepare_run(root, assignment, students)
            for student, why in refused.items():
                log = paths.student_log(assignment, student)
                outcomes[student] = Outcome(student, "failed", error=why, log=log)
            backend.wait_ready()
            result.workers = backend.workers
            bar = Progress(len(students), assignment, stream=stream, bar=progress)
            for o in outcomes.values():
                bar.update(o)
            pending = deque(s for s in students if s not in outcomes)
            while pending or backend.in_flight():
                for o in backend.results(timeout=1.0):
                    _record(root, assignment, backend, o, outcomes, bar)
                room = backend.capacity()
                while pending and room > 0:
                    student = pending.popleft()
                    _marker(root, assignment, student).touch()
                    backend.submit(student)
                    room -= 1
        except KeyboardInterrupt:
            result.interrupted = True
            print("interrupted: stopping the grading (the submissions in progress are not graded)",
                  file=out, flush=True)  # fmt: skip
            for o in backend.interrupt():
                outcomes.setdefault(o.student, o)
        except SchedulerLost as exc:
            result.stopped = str(exc)
        finally:
            if bar is not None:
                bar.close()
            restore_signals()
            with _no_interrupt():
                backend.close()
                # the end, for every student: graded, or visibly not graded
                for student in students:
                    marker = _marker(root, assignment, student)
                    if marker.exists():  # in flight when the run stopped
                        o = outcomes.get(student)
                        why = (o.error or o.status) if o else "the run stopped before its end"
                        backend.ungrade(student, why)
                        marker.unlink(missing_ok=True)
    first_ready = backend.first_ready or time.monotonic()
    result.startup_seconds = first_ready - started
    result.wall_seconds = time.monotonic() - started
    result.grading_seconds = result.wall_seconds - result.startup_seconds
    result.outcomes = [outcomes[s] for s in students if s in outcomes]
    return result


def _record(root, assignment, backend, o: Outcome, outcomes, bar) -> None:
    if o.status != "ok":
        backend.ungrade(o.student, o.error or o.status)
    _marker(root, assignment, o.student).unlink(missing_ok=True)
    outcomes[o.student] = o
    bar.update(o)


def _marker(root: Path, assignment: str, student: str) -> Path:
    return root / paths.REPORT_DIR / assignment / paths.GRADER_DIR / "in-progress" / student


def _prepare_folders(root: Path, assignment: str, n: int) -> None:
    for sub in (paths.AUTOGRADED_DIR, paths.FEEDBACK_DIR, f"{paths.REPORT_DIR}/{assignment}"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    _marker(root, assignment, "x").parent.mkdir(parents=True, exist_ok=True)
    (root / paths.workers_log(assignment)).write_text(
        f"--- lstm-grade autograde {assignment}: {n} students\n"
    )


def _recover(root: Path, assignment: str) -> None:
    """Students an earlier run left in progress (it was killed, or its machine died): visibly
    not graded before this run starts (it holds the run lock: that run is over)."""
    folder = _marker(root, assignment, "x").parent
    for marker in sorted(folder.iterdir()):
        student = marker.name
        url = gradebook.db_url(root)
        lock = (
            gradebook.exclusive(url, f"grade:{assignment}:{student}")
            if gradebook.backend(url) == "postgresql"  # a Dask task of that run may still run
            else contextlib.nullcontext()
        )
        with lock:
            course.ungrade(root, assignment, student, "an earlier run stopped before its end")
        marker.unlink(missing_ok=True)


@contextlib.contextmanager
def _no_interrupt():
    """A second Ctrl-C (or SIGTERM) waits until the clean-up is done."""
    try:
        old = (
            signal.signal(signal.SIGINT, signal.SIG_IGN),
            signal.signal(signal.SIGTERM, signal.SIG_IGN),
        )
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old[0])
        signal.signal(signal.SIGTERM, old[1])


class LocalBackend:
    """The local pool: worker processes on this machine (:mod:`lstm_grader.batch.pool`)."""

    def __init__(self, root: Path, assignment: str, feedback: bool, workers: int | None) -> None:
        self.root, self.assignment, self.feedback = root, assignment, feedback
        self.wanted = workers
        self.workers = 0
        self.first_ready: float | None = None
        self.pool: WorkerPool | None = None
        self.starter: threading.Thread | None = None

    def check(self) -> None:
        pass

    def open(self, n_students: int) -> None:
        self.workers = max(1, min(self.wanted or default_workers(), n_students))
        warm = warm_modules(self.root, self.assignment)
        self.pool = WorkerPool(self.root, self.assignment, self.feedback, self.workers, warm)
        # The workers start (the fork server imports nbgrader and the grading code) in a thread
        # while the main process prepares the gradebook: the two take about as long.
        self.starter = threading.Thread(target=self.pool.start, name="lstm-grade-start",
                                        daemon=True)  # fmt: skip
        self.starter.start()

    def wait_ready(self) -> None:
        self.starter.join()
        if self.pool.error is not None:
            raise RuntimeError(f"the grading workers could not start: {self.pool.error}")

    def capacity(self) -> int:
        return len(self.pool.idle)

    def submit(self, student: str) -> None:
        self.pool.dispatch(student)

    def in_flight(self) -> list[str]:
        return [student for student, _ in self.pool.busy.values()]

    def results(self, timeout: float) -> list[Outcome]:
        out = []
        for kind, wid, payload in self.pool.events(timeout=timeout):
            if kind == "ready" and self.first_ready is None:
                self.first_ready = time.monotonic()
            if kind in ("done", "died"):
                out.append(payload)
            if kind == "died":
                self.pool.replace(wid, respawn=True)
        return out

    def interrupt(self) -> list[Outcome]:
        if self.starter is not None:
            self.starter.join()
        return self.pool.interrupt() if self.pool else []

    def ungrade(self, student: str, why: str) -> None:
        course.ungrade(self.root, self.assignment, student, why)

    def close(self) -> None:
        if self.starter is not None:
            self.starter.join()
        if self.pool is not None:
            if not self.pool.busy:
                self.pool.stop()
            self.pool.kill()
