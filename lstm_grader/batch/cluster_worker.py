"""Grading on a Dask cluster, the worker's side: one task grades one student's submission.

A task (:func:`grade_submission`) gets the submission's files as bytes (:class:`Submission`) and
grades them in a temporary course folder on the worker, made of a copy of the worker's
``nbgrader_config.py``, a link to its ``solutions/`` and the submitted files; nothing of the
instructor's ``submitted/`` is on the worker. It runs what the local pool runs
(:func:`lstm_grader.batch.worker.grade_student`: nbgrader's ``autograde --student S --force`` and
``generate_feedback``, in-process, with the course's sandboxed executor) into the gradebook the
instructor named (a PostgreSQL server all workers share), and returns the autograded notebook, the
feedback HTML, the grading record and the student's log as bytes (:func:`collect_outputs`), which
the instructor's machine writes into place.

Exactly once: every attempt at a student holds the gradebook lock ``grade:<assignment>:<student>``
for its whole run (a PostgreSQL advisory lock, released by the server when the worker's connection
dies), so two attempts at one student (Dask reschedules a task whose worker died; a worker cut off
but still running) never write at the same time. nbgrader keeps one row per submission and per
graded cell (unique keys), and every attempt rewrites every autograded cell, so the attempt that
finishes last leaves a gradebook equal to one clean run: a half-done attempt leaves neither a
duplicate nor a mix behind once another attempt has finished.

The worker's course version (:func:`course_version`: its git commit and a digest of what grading
reads) is checked against the instructor's before anything is graded; a mismatch fails the task
with :class:`CourseVersionMismatch`, which says which commit to check out.

:class:`GradingWarmUp` is the worker plugin the instructor's command registers: it checks the
worker can grade (started in a clone of the course, not a daemonic process), imports and warms up
what the local pool's fork server and workers do (:func:`lstm_grader.batch.warmup.warm_up`:
nbgrader, the grading code, the assignment's test-cell modules, the bubblewrap probe) and computes
the worker's course version once.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import socket
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from distributed import WorkerPlugin

from lstm_grader import course, gradebook, paths
from lstm_grader.batch import warmup, worker
from lstm_grader.batch.results import collect_outputs, safe_relative
from lstm_grader.batch.version import CourseVersionMismatch as CourseVersionMismatch
from lstm_grader.batch.version import check_version, course_version
from lstm_grader.errors import CourseError

PLUGIN_NAME = "lstm-grade-warmup"


@dataclass(frozen=True)
class Submission:
    """What one grading task carries: a student's submitted files, and how to grade them."""

    assignment: str
    student: str
    files: dict[str, bytes]  # path relative to submitted/<student>/<assignment>/ -> content
    version: dict[str, str]  # the instructor's course_version()
    db_url: str  # the shared gradebook
    feedback: bool = True
    refused: tuple = ()  # GradingFindings: what the intake refused on the instructor's machine
    run_lock: str = ""  # the gradebook lock the instructor's run holds while it lasts


@dataclass
class TaskResult:
    """What one grading task returns: the outcome (an Outcome's fields) and the files."""

    outcome: dict
    files: dict[str, bytes] = field(default_factory=dict)  # course-relative path -> content
    worker: str = ""  # host and pid of the worker that graded it


# ---------------------------------------------------------------- the worker's state


_state: dict[str, object] = {}
_state_lock = threading.Lock()


def worker_state() -> dict[str, object]:
    """The worker's course root and version (computed once per worker process)."""
    with _state_lock:
        if not _state:
            try:
                root = course.find_root(Path.cwd())
            except CourseError as err:
                raise CourseError(
                    f"this Dask worker ({_where()}) was not started in a clone of the course: "
                    f"{err} (start `dask worker` from the clone's root)"
                ) from err
            _state.update(root=root, version=course_version(root))
        return _state


def _where() -> str:
    return f"{socket.gethostname()} pid {os.getpid()}"


class GradingWarmUp(WorkerPlugin):
    """The worker plugin the instructor's command registers on
    every worker, present and future: checks, warms up, computes the worker's course version."""

    name = PLUGIN_NAME

    def __init__(self, modules: list[str] | tuple[str, ...] = ()) -> None:
        self.modules = list(modules)

    def setup(self, worker=None) -> None:
        if worker is not None:
            _check_threads(worker)
        warm_up(self.modules)

    def teardown(self, worker=None) -> None:
        sweep_temporary(own=True)


def warm_up(modules=()) -> dict[str, object]:
    """What the local pool's fork server and workers do before the first submission (see
    :func:`lstm_grader.batch.warmup.warm_up`), and the checks a grading worker needs."""
    if multiprocessing.current_process().daemon:
        raise RuntimeError(
            f"the Dask worker {_where()} is a daemonic process, which cannot start the sandboxes' "
            "processes: start it with DASK_DISTRIBUTED__WORKER__DAEMON=False (see "
            "the book's 'Grading at scale' page, 'Several machines: a Dask cluster')"
        )
    state = worker_state()
    sweep_temporary()
    # the grading child of each notebook starts from a fork server that imported the grading
    # code once (a Dask worker runs threads: it never forks itself)
    worker.CHILD_START = "forkserver"
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["lstm_grader.batch.forkserver_preload"]
        + [m for m in modules if m.split(".")[0] != "torch"]
    )
    warmup.warm_up(modules)
    return state


# ---------------------------------------------------------------- the task


_grading = threading.Lock()  # one grading at a time in a worker process
TMP_PREFIX = "lstm-grade-w"  # + "<pid>-<assignment>-": a task's temporary course folder


def grade_submission(sub: Submission) -> TaskResult:
    """Grade one student's submission on this worker (the cluster's task; see the module doc).

    Raises :class:`CourseVersionMismatch` before grading when the versions differ, and refuses a
    worker of more than one thread; every failure of the submission itself is a "failed"
    outcome, as in the local pool. The grading runs in a child process
    (:func:`lstm_grader.batch.worker.grade_student`): this process's working folder, environment
    and file descriptors are never changed."""
    state = worker_state()
    where = _where()
    check_version(state["version"], sub.version, where)
    _check_threads()
    root: Path = state["root"]
    if not _grading.acquire(blocking=False):
        raise RuntimeError(f"the Dask worker {where} was given two gradings at once: "
                           "start it with --nthreads 1")  # fmt: skip
    tmp = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{os.getpid()}-{sub.assignment}-"))
    try:
        course_dir = tmp / "course"
        make_course_dir(root, course_dir, sub)
        log = paths.student_log(sub.assignment, sub.student)
        with gradebook.exclusive(sub.db_url, f"grade:{sub.assignment}:{sub.student}"):
            if not _run_alive(sub):
                outcome = worker.Outcome(sub.student, "interrupted", log=log)
                return TaskResult(asdict(outcome), {}, where)
            outcome = worker.grade_student(
                course_dir, sub.assignment, sub.student, sub.feedback,
                where=f"Dask worker {where}", env={gradebook.ENV_DB_URL: sub.db_url},
                prescreened=sub.refused,
            )  # fmt: skip
            if outcome.status == "ok" and not _run_alive(sub):
                why = "the run was stopped (Ctrl-C, or the instructor's machine was lost)"
                course.ungrade(course_dir, sub.assignment, sub.student, why, url=sub.db_url)
                outcome = worker.Outcome(sub.student, "interrupted", log=log)
        return TaskResult(asdict(outcome), collect_outputs(course_dir, sub), where)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        _grading.release()


def _run_alive(sub: Submission) -> bool:
    """Whether the instructor's run that sent ``sub`` still lasts (it holds its lock)."""
    return not sub.run_lock or gradebook.held_elsewhere(sub.db_url, sub.run_lock)


def _check_threads(worker=None) -> None:
    """Refuse a worker of more than one thread: two gradings in one process would share its
    state (the instructors' page starts workers with ``--nthreads 1``)."""
    if worker is None:
        try:
            from distributed import get_worker

            worker = get_worker()
        except ValueError:  # not in a worker (a test calls the task directly)
            return
    nthreads = getattr(getattr(worker, "state", None), "nthreads", None)
    nthreads = nthreads or getattr(worker, "nthreads", 1)
    if nthreads > 1:
        raise RuntimeError(
            f"the Dask worker {_where()} has {nthreads} threads: a grading worker needs one "
            "(start it with `dask worker ADDRESS --nthreads 1`, see the book's "
            "'Grading at scale' page)"
        )


def sweep_temporary(own: bool = False) -> list[Path]:
    """Remove the temporary course folders of dead workers of this machine (their pid is gone),
    or with ``own`` this process's; returns what was removed."""
    removed = []
    base = Path(tempfile.gettempdir())
    for path in base.glob(f"{TMP_PREFIX}*"):
        pid_text = path.name[len(TMP_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit():
            continue
        pid = int(pid_text)
        try:
            if path.is_symlink() or path.lstat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        if (own and pid == os.getpid()) or (not own and pid != os.getpid() and not _alive(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def make_course_dir(root: Path, dest: Path, sub: Submission) -> None:
    """A course folder for one submission: the worker's nbgrader_config.py (copied: it names its
    own folder the course root), its solutions/ (linked) and the submitted files."""
    dest.mkdir(parents=True)
    shutil.copy2(root / paths.CONFIG_FILE, dest / paths.CONFIG_FILE)
    (dest / paths.SOURCE_DIR).symlink_to(root / paths.SOURCE_DIR, target_is_directory=True)
    folder = dest / paths.SUBMITTED_DIR / sub.student / sub.assignment
    folder.mkdir(parents=True)
    for rel, data in sub.files.items():
        target = folder / safe_relative(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def dask_setup(worker) -> None:
    """``dask worker --preload lstm_grader.batch.cluster_worker``: warm up when the worker starts
    (the instructor's command registers :class:`GradingWarmUp` anyway)."""
    warm_up()
