"""Grading on a Dask cluster, the instructor's side: ``lstm-grade autograde A --scheduler ADDRESS``.

One task per student goes to the Dask scheduler at ADDRESS (``tcp://host:8786``, or ``tls://`` with
Dask's certificates configured; also ``$LSTM_GRADER_SCHEDULER``). A task carries the student's
submitted files as bytes and returns the autograded notebook, the feedback HTML, the grading record
and the log as bytes (:mod:`lstm_grader.batch.cluster_worker`), which this machine writes into
``autograded/``, ``feedback/`` and ``grading_report/``, each student's folders replaced at once.
Scores go to the PostgreSQL gradebook the workers share. It is a back-end of the one run loop
(:mod:`lstm_grader.batch.run`): progress, summary, exit statuses, the run lock and the end (every
student graded or visibly not graded) are the local pool's. The submissions are read here through
the one intake (:func:`lstm_grader.intake.read_submission`); what it refused travels with the task
and is reported in the student's grading record.

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
import sys
import time
import uuid
from pathlib import Path

from lstm_grader import course, gradebook, intake, paths
from lstm_grader.batch import cluster_worker as cw
from lstm_grader.batch.outcome import Outcome, RunResult
from lstm_grader.batch.results import write_outputs
from lstm_grader.batch.run import SchedulerLost as SchedulerLost  # (re-exported)
from lstm_grader.batch.run import grade
from lstm_grader.batch.warmup import warm_modules
from lstm_grader.errors import CourseError

ENV_SCHEDULER = "LSTM_GRADER_SCHEDULER"
CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler before giving up
TASKS_PER_THREAD = 2  # tasks in flight per worker thread (the rest wait on this machine)


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
                "(the book's 'Grading at scale' page)"
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
    ``scheduler`` (the run loop of :mod:`lstm_grader.batch.run` with :class:`DaskBackend`);
    write each student's results into place as they come back.

    Raises :class:`CourseError` before grading (no shared gradebook, no scheduler); when
    the scheduler goes away during the run, returns what was graded with ``stopped`` saying so."""
    backend = DaskBackend(Path(root).resolve(), assignment, scheduler, feedback, stream)
    return grade(root, assignment, backend, progress=progress, stream=stream)


class DaskBackend:
    """The Dask cluster at ``scheduler``: one task per student (see the module doc).

    While the run lasts this machine holds the gradebook lock ``run:<id>``; a task checks it
    before it grades and, holding its student's lock, once more before it returns: a task of a
    run that was stopped (Ctrl-C) or whose machine died leaves its student not graded."""

    def __init__(self, root: Path, assignment: str, scheduler: str, feedback: bool, stream):
        self.root, self.assignment, self.scheduler = root, assignment, scheduler
        self.feedback, self.stream = feedback, stream
        self.url = gradebook.db_url(root)
        self.workers = 0
        self.first_ready: float | None = None
        self.client = None
        self.futures: dict[str, object] = {}  # student -> future
        self.since: dict[str, float] = {}
        self.window = 2
        self.run_id = uuid.uuid4().hex[:12]
        self.run_lock = f"run:{self.run_id}"
        self._held = None
        self._done = None  # distributed.as_completed over the futures submitted

    def check(self) -> None:
        if gradebook.backend(self.url) == "sqlite":
            raise CourseError(
                "grading on a Dask cluster needs a gradebook every worker can reach: give a "
                f"PostgreSQL URL with --db-url or {gradebook.ENV_DB_URL} (the default "
                "gradebook.db is a file on this machine)"
            )

    def open(self, n_students: int) -> None:
        self.version = cw.course_version(self.root)
        self.client = connect(self.scheduler)
        self._held = gradebook._Lock(self.url, self.run_lock)
        self._held.acquire()

    def wait_ready(self) -> None:
        try:
            plugin = cw.GradingWarmUp(warm_modules(self.root, self.assignment))
            self.client.register_plugin(plugin, name=cw.PLUGIN_NAME)
        except Exception as exc:  # raised by a worker's setup: it cannot grade
            raise CourseError(f"a Dask worker cannot grade: {exc}") from exc
        self.workers = self._threads()
        self.first_ready = time.monotonic()
        self.window = max(2, TASKS_PER_THREAD * max(1, self.workers))
        if not self.workers:
            print(f"no Dask worker is connected to {self.scheduler} yet: waiting for one",
                  file=self.stream or sys.stderr, flush=True)  # fmt: skip

    def _threads(self) -> int:
        info = self.client.scheduler_info(n_workers=-1)  # every worker (requirements' pin)
        if "workers" not in info:  # a client that lost its scheduler has an empty identity
            raise SchedulerLost(self._lost("the client's connection closed"))
        return sum(int(w.get("nthreads", 1)) for w in info["workers"].values())

    def capacity(self) -> int:
        try:
            self.window = max(self.window, TASKS_PER_THREAD * self._threads())
        except OSError as exc:  # distributed's CommClosedError is one
            raise SchedulerLost(self._lost(f"{type(exc).__name__}: {exc}")) from exc
        return self.window - len(self.futures)

    def submit(self, student: str) -> None:
        folder = self.root / paths.SUBMITTED_DIR / student / self.assignment
        screened = intake.read_submission(folder)  # the one intake: links, FIFOs... refused
        sub = cw.Submission(
            self.assignment, student, screened.files, self.version, self.url, self.feedback,
            refused=tuple(screened.findings), run_lock=self.run_lock,
        )  # fmt: skip
        key = f"lstm-grade-{self.assignment}-{student}-{self.run_id}"
        self.since[student] = time.monotonic()
        try:
            fut = self.client.submit(cw.grade_submission, sub, key=key, pure=False, retries=0)
            self.futures[student] = fut
            if self._done is None:
                from distributed import as_completed

                self._done = as_completed([fut], loop=self.client.loop)
            else:
                self._done.add(fut)
        except OSError as exc:
            raise SchedulerLost(self._lost(f"{type(exc).__name__}: {exc}")) from exc

    def in_flight(self) -> list[str]:
        return list(self.futures)

    def results(self, timeout: float) -> list[Outcome]:
        deadline = time.monotonic() + timeout
        while self._done is None or not self._done.has_ready():
            if self.client.status not in ("running", "connecting"):
                raise SchedulerLost(self._lost("the client's connection closed"))
            if time.monotonic() >= deadline:
                return []
            time.sleep(0.05)
        done = set(self._done.next_batch(block=False))
        out = []
        for student, fut in list(self.futures.items()):
            if fut in done:
                out.append(self._outcome(fut, student))
                del self.futures[student]
                fut.release()
        return out

    def _outcome(self, fut, student: str) -> Outcome:
        """The outcome of one finished task; its files written into place."""
        from distributed.scheduler import KilledWorker

        since = self.since.pop(student, time.monotonic())
        log = paths.student_log(self.assignment, student)

        def failed(error: str) -> Outcome:
            return Outcome(student, "failed", seconds=time.monotonic() - since, error=error,
                           log=log)  # fmt: skip

        if fut.status == "finished":
            try:
                res: cw.TaskResult = fut.result()
            except Exception as exc:  # lost between "finished" and reading it (a closed
                # client, or a comm error: distributed's CommClosedError is an OSError)
                if self.client.status not in ("running", "connecting") or isinstance(exc, OSError):
                    raise SchedulerLost(self._lost(f"while grading {student}")) from exc
                return failed(f"{exc}")
            try:
                write_outputs(self.root, self.assignment, student, res.files)
            except (ValueError, OSError) as exc:  # a bad path from the worker, a full disk
                return failed(f"its results could not be written into the course: {exc}")
            return Outcome(**res.outcome)
        if fut.status == "cancelled":
            raise SchedulerLost(self._lost(f"while grading {student}"))
        exc = fut.exception()
        if isinstance(exc, KilledWorker):
            return failed(
                f"the Dask workers grading it died {_allowed_failures() + 1} times (the last: "
                f"{getattr(exc, 'last_worker', None) and exc.last_worker.address}); see their logs"
            )
        if isinstance(exc, cw.CourseVersionMismatch):
            return failed(str(exc))
        return failed(f"{type(exc).__name__}: {exc}")

    def interrupt(self) -> list[Outcome]:
        """Ctrl-C: the tasks are cancelled (one that runs cannot be stopped: it finds the run's
        lock given back when it ends, and leaves its student not graded)."""
        futures = list(self.futures.values())
        with contextlib.suppress(Exception):
            self.client.cancel(futures, force=True)
        self._give_back()
        out = [Outcome(s, "interrupted", seconds=time.monotonic() - self.since.get(s, 0.0))
               for s in self.futures]  # fmt: skip
        self.futures.clear()
        return out

    def ungrade(self, student: str, why: str) -> None:
        """The student's folders here, and its score in the gradebook unless a task still
        grades it (that task removes it itself: the run's lock is gone)."""
        course.ungrade(self.root, self.assignment, student, why, gradebook_too=False)
        lock = gradebook._Lock(self.url, f"grade:{self.assignment}:{student}")
        try:
            lock.acquire(timeout=0)
        except gradebook.GradebookLockTimeout:
            return
        except Exception:  # the database is unreachable: the next run cleans up
            return
        try:
            with contextlib.suppress(Exception):
                gradebook.remove_submission(self.root, self.assignment, student, url=self.url)
        finally:
            lock.release()

    def _give_back(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            with contextlib.suppress(Exception):
                held.release()

    def close(self) -> None:
        self._give_back()
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.close(timeout=5)

    def _lost(self, detail: str) -> str:
        try:
            address = str(self.client.scheduler.address)
        except Exception:
            address = self.scheduler
        return (
            f"lost the connection to the Dask scheduler at {address} ({detail}): what was graded "
            "is in place; run the same command again to grade the rest"
        )


def _allowed_failures() -> int:
    import dask.config

    return int(dask.config.get("distributed.scheduler.allowed-failures"))


def read_submission(root: Path, assignment: str, student: str) -> dict[str, bytes]:
    """Every plain regular file of submitted/<student>/<assignment>/ (path relative to it ->
    bytes), taken in by :func:`lstm_grader.intake.read_submission` (links, FIFOs, devices and
    hard links refused, a refused notebook replaced by a note)."""
    folder = root / paths.SUBMITTED_DIR / student / assignment
    return intake.read_submission(folder).files
