"""Grading on a Dask cluster, the instructor's side: ``lstm-grade autograde A --scheduler ADDRESS``.

One task per student goes to the Dask scheduler at ADDRESS (``tcp://host:8786``, or ``tls://`` with
Dask's certificates configured; also ``$LSTM_GRADER_SCHEDULER``). A task carries the student's
submitted files as bytes and returns the autograded notebook, the feedback HTML, the grading record
and the log as bytes (:mod:`lstm_grader.batch.cluster_worker`), which this machine writes into
``autograded/``, ``feedback/`` and ``grading_report/``, each student's folders replaced at once.
Scores go to the PostgreSQL gradebook the workers share. Progress, summary and exit statuses are
those of the local pool (:mod:`lstm_grader.batch.run`).

Tasks are submitted a window at a time (a few per worker thread), so this machine holds only a few
submissions in memory and a worker that joins late gets work. Faults:

- a worker that dies mid-task: Dask runs the task again on another worker (up to
  ``distributed.scheduler.allowed-failures`` deaths; then the student is recorded as failed); the
  worker's side makes the attempts at one student exclusive and idempotent;
- a task that fails for its submission: a "failed" outcome, recorded, and the batch goes on;
- a worker at another version of the course: the task fails with the commit to check out;
- the scheduler lost: the run stops (``RunResult.stopped`` says why; what was graded is in
  place); running the command again grades the rest.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
import uuid
from pathlib import Path

from lstm_grader import course, gradebook, paths
from lstm_grader.batch import cluster_worker as cw
from lstm_grader.batch.outcome import Outcome, RunResult
from lstm_grader.batch.progress import Progress
from lstm_grader.batch.run import _prepare_gradebook
from lstm_grader.batch.warmup import warm_modules
from lstm_grader.errors import CourseError

ENV_SCHEDULER = "LSTM_GRADER_SCHEDULER"
CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler before giving up
TASKS_PER_THREAD = 2  # tasks in flight per worker thread (the rest wait on this machine)


class SchedulerLost(RuntimeError):
    """The connection to the Dask scheduler was lost in the middle of a run."""


def scheduler_address(flag: str | None) -> str | None:
    """The scheduler's address: ``--scheduler``, else ``$LSTM_GRADER_SCHEDULER``, else None."""
    value = (flag or os.environ.get(ENV_SCHEDULER, "")).strip()
    return value or None


def connect(address: str):
    """A ``distributed.Client`` on the scheduler at ``address`` (security from Dask's config:
    ``distributed.comm.tls.*``); a :class:`CourseError` that says what to check otherwise."""
    import dask.config
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as exc:  # OSError, TimeoutError, ssl errors, a bad address
        tls = ""
        if address.startswith("tls://") and not dask.config.get("distributed.comm.tls.ca-file"):
            tls = (
                "; a tls:// scheduler needs the course's certificates: set "
                "DASK_DISTRIBUTED__COMM__TLS__CA_FILE, ..._CLIENT__CERT and ..._CLIENT__KEY "
                "(README, 'Several machines: a Dask cluster')"
            )
        raise CourseError(
            f"cannot reach the Dask scheduler at {address}: {type(exc).__name__}: {exc} "
            f"(is `dask scheduler` running there, and is the address right?{tls})"
        ) from exc


def autograde(
    root: Path,
    assignment: str,
    scheduler: str,
    *,
    feedback: bool = True,
    progress: bool | None = None,
    stream=None,
) -> RunResult:
    """Grade every submission of ``assignment`` in submitted/ on the Dask cluster at
    ``scheduler``; write each student's results into place as they come back.

    Raises :class:`CourseError` before grading (no shared gradebook, no scheduler); when
    the scheduler goes away during the run, returns what was graded with ``stopped`` saying so."""
    started = time.monotonic()
    root = Path(root).resolve()
    course.check_assignment(root, assignment)
    url = gradebook.db_url(root)
    if gradebook.backend(url) == "sqlite":
        raise CourseError(
            "grading on a Dask cluster needs a gradebook every worker can reach: give a "
            f"PostgreSQL URL with --db-url or {gradebook.ENV_DB_URL} (the default gradebook.db is "
            "a file on this machine)"
        )
    students = course.submitted_students(root, assignment)
    result = RunResult(assignment=assignment, students=students)
    if not students:
        return result
    version = cw.course_version(root)
    client = connect(scheduler)
    outcomes: dict[str, Outcome] = {}
    bar = first_ready = None
    try:
        _prepare_gradebook(root, assignment, students)
        try:
            plugin = cw.GradingWarmUp(warm_modules(root, assignment))
            client.register_plugin(plugin, name=cw.PLUGIN_NAME)
        except Exception as exc:  # raised by a worker's setup: it cannot grade
            raise CourseError(f"a Dask worker cannot grade: {exc}") from exc
        result.workers = _threads(client)
        first_ready = time.monotonic()
        if not result.workers:
            print(f"no Dask worker is connected to {scheduler} yet: waiting for one",
                  file=stream or sys.stderr, flush=True)  # fmt: skip
        bar = Progress(len(students), assignment, stream=stream, bar=progress)
        _run(client, root, assignment, students, version, url, feedback, outcomes, bar, result)
    except KeyboardInterrupt:
        result.interrupted = True
        print("interrupted: cancelling the tasks in progress", file=stream or sys.stderr)
    except SchedulerLost as exc:
        result.stopped = str(exc)
    finally:
        if bar is not None:
            bar.close()
        with contextlib.suppress(Exception):
            client.close(timeout=5)
        result.outcomes = [outcomes[s] for s in students if s in outcomes]
        first_ready = first_ready or time.monotonic()
        result.startup_seconds = first_ready - started
        result.wall_seconds = time.monotonic() - started
        result.grading_seconds = result.wall_seconds - result.startup_seconds
    return result


def _threads(client) -> int:
    try:
        workers = client.scheduler_info(n_workers=-1)["workers"]
    except TypeError:  # older distributed: no n_workers
        workers = client.scheduler_info()["workers"]
    return sum(int(w.get("nthreads", 1)) for w in workers.values())


def _run(client, root, assignment, students, version, url, feedback, outcomes, bar, result):
    from distributed import as_completed

    pending = list(reversed(students))  # popped from the end: sorted order
    run_id = uuid.uuid4().hex[:8]
    submitted_at: dict[str, float] = {}
    student_of: dict[str, str] = {}  # task key -> student

    def submit_one():
        student = pending.pop()
        sub = cw.Submission(
            assignment, student, read_submission(root, assignment, student), version, url, feedback
        )
        key = f"lstm-grade-{assignment}-{student}-{run_id}"
        submitted_at[student] = time.monotonic()
        student_of[key] = student
        return client.submit(cw.grade_submission, sub, key=key, pure=False, retries=0)

    window = max(2, TASKS_PER_THREAD * max(1, result.workers))
    ac = as_completed([submit_one() for _ in range(min(window, len(pending)))], loop=client.loop)
    for fut in ac:
        student = student_of.pop(fut.key)
        outcome = _outcome(fut, root, assignment, student, submitted_at[student], client)
        fut.release()
        outcomes[student] = outcome
        bar.update(outcome)
        try:
            window = max(window, TASKS_PER_THREAD * _threads(client))
            while pending and ac.count() < window:
                ac.add(submit_one())
        except OSError as exc:  # distributed's CommClosedError is one
            raise SchedulerLost(_lost_message(client, f"{type(exc).__name__}: {exc}")) from exc


def _outcome(fut, root, assignment, student, since, client) -> Outcome:
    """The outcome of one finished task; its files written into place."""
    from distributed.scheduler import KilledWorker

    log = paths.student_log(assignment, student)
    if fut.status == "finished":
        try:
            res: cw.TaskResult = fut.result()
        except Exception as exc:  # lost between "finished" and reading it
            return _lost_or_failed(client, exc, student, since, log)
        try:
            write_outputs(root, assignment, student, res.files)
        except (ValueError, OSError) as exc:  # a bad path from the worker, a full disk
            error = f"its results could not be written into the course: {exc}"
            return Outcome(
                student, "failed", seconds=time.monotonic() - since, error=error, log=log
            )
        return Outcome(**res.outcome)
    if fut.status == "cancelled":
        _lost_or_failed(client, None, student, since, log)
    exc = fut.exception()
    if isinstance(exc, KilledWorker):
        error = (
            f"the Dask workers grading it died {_allowed_failures() + 1} times (the last: "
            f"{getattr(exc, 'last_worker', None) and exc.last_worker.address}); see their logs"
        )
    elif isinstance(exc, cw.CourseVersionMismatch):
        error = str(exc)
    else:
        error = f"{type(exc).__name__}: {exc}"
    return Outcome(student, "failed", seconds=time.monotonic() - since, error=error, log=log)


def _allowed_failures() -> int:
    import dask.config

    return int(dask.config.get("distributed.scheduler.allowed-failures"))


def _lost_or_failed(client, exc, student, since, log):
    if client.status not in ("running", "connecting") or exc is None:
        raise SchedulerLost(_lost_message(client, f"while grading {student}"))
    return Outcome(student, "failed", seconds=time.monotonic() - since, error=f"{exc}", log=log)


def _lost_message(client, detail: str) -> str:
    try:
        address = str(client.scheduler.address)
    except Exception:
        address = "?"
    return (
        f"lost the connection to the Dask scheduler at {address} ({detail}): what was graded is "
        "in place; run the same command again to grade the rest"
    )


def read_submission(root: Path, assignment: str, student: str) -> dict[str, bytes]:
    """Every file of submitted/<student>/<assignment>/ (path relative to it -> bytes)."""
    folder = root / paths.SUBMITTED_DIR / student / assignment
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def write_outputs(root: Path, assignment: str, student: str, files: dict[str, bytes]) -> None:
    """Put one student's results into the course: each of their output folders (autograded,
    feedback, grading record) is replaced as a whole by what the worker returned. Paths outside
    those folders are refused (ValueError)."""
    dirs = cw.output_dirs(assignment, student)
    by_dir: dict[str, dict[Path, bytes]] = {d: {} for d in dirs}
    for rel, data in files.items():
        path = cw.safe_relative(rel).as_posix()
        top = next((d for d in dirs if path.startswith(d + "/")), None)
        if top is None:
            raise ValueError(f"a grading task returned {rel!r}, outside {', '.join(dirs)}")
        by_dir[top][Path(path[len(top) + 1 :])] = data
    for rel, content in by_dir.items():
        target = root / rel
        new = target.with_name(f".{target.name}.new-{uuid.uuid4().hex[:8]}")
        old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
        if content:
            new.mkdir(parents=True)
            for path, data in content.items():
                (new / path).parent.mkdir(parents=True, exist_ok=True)
                (new / path).write_bytes(data)
        if target.exists():
            target.rename(old)
        if content:
            new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
