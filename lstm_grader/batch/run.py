"""The run loop of ``lstm-grade autograde ASSIGNMENT [--workers N] [--shard K/N]``.

The workers (:mod:`lstm_grader.batch.pool`, :mod:`lstm_grader.batch.worker`) start while this
process registers the students in the gradebook. Then the main process hands out one student at a
time to whichever worker is free and shows a progress bar with an ETA
(:mod:`lstm_grader.batch.progress`). Start-up is paid once per run (the fork server's imports,
about a second), not once per notebook. A student whose grading fails (nbgrader's error, an
exception, a worker that dies) is recorded with the end of its log, and grading goes on; a dead
worker is replaced. Ctrl-C (or SIGTERM) interrupts the submissions in progress (nbgrader removes
their half-written output), stops the workers and returns what was graded.

Each student's nbgrader log goes to ``grading_report/<assignment>/<student>/autograde.log``
(:mod:`lstm_grader.paths`). Concurrent gradebook writes are made safe by
:mod:`lstm_grader.gradebook`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from pathlib import Path

from lstm_grader import course, gradebook, paths
from lstm_grader.batch.outcome import Outcome, RunResult
from lstm_grader.batch.pool import WorkerPool
from lstm_grader.batch.progress import Progress
from lstm_grader.batch.shards import default_workers, select_shard
from lstm_grader.batch.signals import sigterm_interrupts
from lstm_grader.batch.warmup import lean_imports, warm_modules


def autograde(
    root: Path,
    assignment: str,
    *,
    workers: int | None = None,
    shard: tuple[int, int] | None = None,
    feedback: bool = True,
    progress: bool | None = None,
    stream=None,
) -> RunResult:
    """Grade every submission of ``assignment`` in submitted/ (or the ``shard``'s slice of them)
    with ``workers`` processes (default: the number of cores), then write their feedback.

    ``progress``: True for a tqdm bar, False for plain lines, None to choose by whether the stream
    (default stderr) is a terminal.
    """
    started = time.monotonic()
    root = Path(root).resolve()
    course.check_assignment(root, assignment)
    students = select_shard(course.submitted_students(root, assignment), shard)
    result = RunResult(assignment=assignment, students=students)
    if not students:
        return result
    n_workers = max(1, min(workers or default_workers(), len(students)))
    result.workers = n_workers
    for sub in (paths.AUTOGRADED_DIR, paths.FEEDBACK_DIR, f"{paths.REPORT_DIR}/{assignment}"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / paths.workers_log(assignment)).parent.mkdir(parents=True, exist_ok=True)
    (root / paths.workers_log(assignment)).write_text(
        f"--- lstm-grade autograde {assignment}: {len(students)} students, {n_workers} workers\n"
    )

    pool = WorkerPool(root, assignment, feedback, n_workers, warm_modules(root, assignment))
    # The workers start (the fork server imports nbgrader and the grading code) in a thread while
    # this process prepares the gradebook: the two take about as long.
    starter = threading.Thread(target=pool.start, name="lstm-grade-start", daemon=True)
    starter.start()
    outcomes: dict[str, Outcome] = {}
    bar: Progress | None = None
    restore_sigterm = sigterm_interrupts()
    try:
        _prepare_gradebook(root, assignment, students)
        starter.join()
        if pool.error is not None:
            raise RuntimeError(f"the grading workers could not start: {pool.error}")
        pending = deque(students)
        first_ready = None
        while pending or pool.busy:
            for event in pool.events(timeout=1.0):
                kind, wid, payload = event
                if kind == "ready" and first_ready is None:
                    first_ready = time.monotonic()
                    bar = Progress(len(students), assignment, stream=stream, bar=progress)
                if kind in ("done", "died"):
                    if bar is None:
                        bar = Progress(len(students), assignment, stream=stream, bar=progress)
                    outcomes[payload.student] = payload
                    bar.update(payload)
                    if kind == "died":
                        pool.replace(wid, respawn=bool(pending))
            while pending and pool.idle:
                pool.dispatch(pending.popleft())
        pool.stop()
    except KeyboardInterrupt:
        result.interrupted = True
        starter.join()
        print(
            "interrupted: stopping the workers (the submissions in progress are not graded)",
            file=stream or sys.stderr,
            flush=True,
        )
        for o in pool.interrupt():
            outcomes.setdefault(o.student, o)
    finally:
        if bar is not None:
            bar.close()
        restore_sigterm()
        starter.join()
        pool.kill()
    first_ready = first_ready or time.monotonic()
    result.startup_seconds = first_ready - started
    result.wall_seconds = time.monotonic() - started
    result.grading_seconds = result.wall_seconds - result.startup_seconds
    result.outcomes = [outcomes[s] for s in students if s in outcomes]
    return result


def _prepare_gradebook(root: Path, assignment: str, students: list[str]) -> None:
    """Register the assignment (``lstm-grade setup``) if the gradebook lacks it, and the students,
    each under its lock: concurrent graders on one gradebook never insert the same row twice."""
    lean_imports()
    if not gradebook.is_registered(root, assignment):
        with gradebook.exclusive(gradebook.db_url(root), "setup"):
            if not gradebook.is_registered(root, assignment):
                course.setup(root)
    gradebook.add_students(root, students)
