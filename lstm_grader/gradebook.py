"""The gradebook: where it is, what the course reads and writes in it, and its locks.

Every access of ``lstm_grader`` to nbgrader's gradebook goes through this module: its URL
(:func:`db_url`: ``$LSTM_GRADER_DB_URL``, else gradebook.db at the course root, SQLite; the
variable nbgrader_config.py reads too), opening it (:func:`connect`), whether an assignment is
registered, adding the students of a run, the scores and the score table.

Safe concurrent access, from several processes or machines:

nbgrader opens a short :class:`nbgrader.api.Gradebook` session (``with Gradebook(url) as gb:``)
for each step of grading: registering the student and the submission, restoring the test cells,
saving the scores, the late penalty, the feedback's scores. Several graders at once need:

- **SQLite** (the default, ``gradebook.db``): one writer at a time, and a reader that turns into a
  writer can fail at once with "database is locked" whatever the busy timeout. So every gradebook
  session holds an exclusive lock on the file ``gradebook.db.lock`` (:class:`filelock.FileLock`,
  ``flock``: released by the kernel if the process dies) from ``Gradebook(...)`` to ``close()``.
  Sessions are short (milliseconds: the notebooks run between them, unlocked), so graders wait
  little.
- **PostgreSQL**: rows of different submissions never conflict, so sessions run concurrently. Only
  the first steps of a session are serialized, with a PostgreSQL advisory lock: nbgrader creates
  the tables, the alembic version row and the course row there if they are missing, and two
  sessions doing that at once fail on a duplicate key.

:func:`exclusive` takes the same kind of lock for a whole operation: ``lstm-grade setup`` holds the
"setup" lock while nbgrader registers the assignments (two setups at once would both insert the same
assignment), and ``lstm-grade autograde`` holds the "gradebook" lock while it registers its
students. The locks are reentrant within a process.

:func:`lstm_grader.nbgrader_ext.patches.install_gradebook_locks` (installed by nbgrader_config.py,
so every nbgrader command of the course uses it) makes nbgrader's ``Gradebook`` take these locks.
nbgrader's formgrader keeps one Gradebook open for the life of the server: it is left unlocked (as
it always was), or it would hold the lock forever (:func:`unlocked_caller`).

Other database backends (MySQL, ...) are not locked.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lstm_grader import paths
from lstm_grader.errors import CourseError

ENV_DB_URL = "LSTM_GRADER_DB_URL"
ENV_LOCK_TIMEOUT = "LSTM_GRADER_DB_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 600.0  # seconds a grader waits for the gradebook before it gives up
ENV_RUN_WAIT = "LSTM_GRADER_RUN_WAIT"  # seconds a second autograde waits for the first


class GradebookLockTimeout(RuntimeError):
    """Another process held the gradebook's lock for longer than the timeout."""


def db_url(root: Path) -> str:
    """The gradebook URL the course uses: ``$LSTM_GRADER_DB_URL``, else gradebook.db at ``root``
    (nbgrader's default, which nbgrader_config.py keeps unless the variable is set)."""
    url = os.environ.get(ENV_DB_URL, "").strip()
    return url or f"sqlite:///{Path(root).resolve() / paths.GRADEBOOK_FILE}"


def backend(url: str) -> str:
    """The URL's database kind: ``"sqlite"``, ``"postgresql"`` (also for postgresql+psycopg2)..."""
    return url.split(":", 1)[0].split("+", 1)[0].lower()


def redact(url: str) -> str:
    """The URL with its password replaced by ``***`` (for messages)."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@", 1)[-1] if "@" in url else url


def _timeout() -> float:
    try:
        return float(os.environ.get(ENV_LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def _sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).resolve()


def _advisory_key(url: str, name: str) -> int:
    """A signed 64-bit advisory lock key for ``name`` on this database."""
    from sqlalchemy.engine import make_url

    db = make_url(url).database or ""
    digest = hashlib.sha256(f"lstm_grader:{db}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class _Lock:
    """One cross-process lock, reentrant within a thread.

    SQLite: :class:`filelock.FileLock` on ``gradebook.db[.<name>].lock`` (``flock``, released by
    the kernel when the process dies; reentrant per thread, threads of one process exclude each
    other). PostgreSQL: a session advisory lock on a connection of its own, released by the
    server when the connection dies (a count per process makes it reentrant)."""

    def __init__(self, url: str, name: str) -> None:
        self.url, self.name = url, name
        self.kind = backend(url)
        self._mutex = threading.RLock()
        self._count = 0
        self._handle = None  # the PostgreSQL connection holding the lock
        self._file = None
        if self.kind == "sqlite":
            path = _sqlite_path(url)
            if path is not None:
                from filelock import FileLock

                suffix = ".lock" if name == "gradebook" else f".{name.replace(':', '-')}.lock"
                self.path = path.with_name(path.name + suffix)
                self._file = FileLock(self.path, preserve_lock_file=True)

    def acquire(self, timeout: float | None = None) -> None:
        """Take the lock, waiting at most ``timeout`` seconds (default: the lock timeout);
        :class:`GradebookLockTimeout` when another process holds it longer."""
        timeout = _timeout() if timeout is None else timeout
        if self._file is not None:
            from filelock import Timeout

            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._file.acquire(timeout=timeout, poll_interval=0.01)
            except Timeout:
                raise self._timed_out(self.path, timeout) from None
            return
        if self.kind != "postgresql":
            return  # other backends: not locked
        self._mutex.acquire()
        try:
            if self._count == 0:
                self._handle = self._take_advisory(timeout)
            self._count += 1
        except BaseException:
            self._mutex.release()
            raise

    def release(self) -> None:
        if self._file is not None:
            self._file.release()
            return
        if self.kind != "postgresql":
            return
        try:
            self._count -= 1
            if self._count == 0:
                handle, self._handle = self._handle, None
                self._give_advisory(handle)
        finally:
            self._mutex.release()

    def _timed_out(self, what, timeout: float) -> GradebookLockTimeout:
        return GradebookLockTimeout(
            f"the gradebook's {self.name!r} lock ({what}) was held by another process for "
            f"more than {timeout:g} s; is a grader stuck? (set {ENV_LOCK_TIMEOUT} to wait longer)"
        )

    def _take_advisory(self, timeout: float):
        import sqlalchemy
        from sqlalchemy.pool import NullPool

        key = _advisory_key(self.url, self.name)
        engine = sqlalchemy.create_engine(self.url, poolclass=NullPool)
        conn = engine.connect()
        try:
            query = sqlalchemy.text("SELECT pg_try_advisory_lock(:k)")
            deadline, wait = time.monotonic() + timeout, 0.002
            while not conn.execute(query, {"k": key}).scalar():
                if time.monotonic() > deadline:
                    raise self._timed_out(key, timeout)
                time.sleep(wait)
                wait = min(wait * 2, 0.05)
            conn.commit()
        except BaseException:
            conn.close()
            engine.dispose()
            raise
        return (engine, conn, key)

    def _give_advisory(self, handle) -> None:
        if handle is None:
            return
        engine, conn, key = handle
        import sqlalchemy

        try:
            conn.execute(sqlalchemy.text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
        except Exception:
            pass  # closing the connection releases the lock anyway
        finally:
            conn.close()
            engine.dispose()


_locks: dict[tuple[str, str], _Lock] = {}
_locks_mutex = threading.Lock()
# a forked child (the grading child of each notebook) makes its own locks: filelock refuses a
# lock object inherited across fork, and a held count of the parent is not the child's
os.register_at_fork(after_in_child=_locks.clear)


def session_lock(url: str, name: str = "gradebook") -> _Lock:
    """This process's lock ``name`` of the gradebook at ``url`` (one object per name)."""
    with _locks_mutex:
        lock = _locks.get((url, name))
        if lock is None:
            lock = _locks[(url, name)] = _Lock(url, name)
        return lock


@contextlib.contextmanager
def exclusive(url: str, name: str = "gradebook", timeout: float | None = None) -> Iterator[None]:
    """Hold the cross-process lock ``name`` of the gradebook at ``url`` (see the module doc)."""
    lock = session_lock(url, name)
    lock.acquire(timeout)
    try:
        yield
    finally:
        lock.release()


def held_elsewhere(url: str, name: str) -> bool:
    """Whether another process (or connection) holds the lock ``name`` now; never waits.
    (Taken and given back at once when free.)"""
    lock = _Lock(url, name)  # a lock object of its own: not reentrant with this process's
    try:
        lock.acquire(timeout=0)
    except GradebookLockTimeout:
        return True
    lock.release()
    return False


def unlocked_caller(depth: int = 2) -> bool:
    """Whether the Gradebook is being made by nbgrader's formgrader (kept open, never locked)."""
    try:
        frame = sys._getframe(depth)
    except ValueError:
        return False
    module = frame.f_globals.get("__name__", "")
    return module.startswith("nbgrader.server_extensions")


# ---------------------------------------------------------------------- what the course reads


@dataclass(frozen=True)
class Score:
    """One student's score on one assignment, as the gradebook has it."""

    student: str
    assignment: str
    score: float
    max_score: float
    needs_manual_grade: bool


def connect(root: Path, url: str | None = None):
    """An nbgrader Gradebook on the course's database (or ``url``), locked as every session is
    (use it as a context manager); a :class:`CourseError` when a database server cannot be
    reached."""
    from nbgrader.api import Gradebook

    from lstm_grader.nbgrader_ext import patches

    patches.install_gradebook_locks()
    url = url or db_url(root)
    try:
        return Gradebook(url)
    except Exception as exc:
        if backend(url) == "sqlite":
            raise
        raise CourseError(f"cannot open the gradebook at {redact(url)}: {exc}") from exc


def is_registered(root: Path, assignment: str) -> bool:
    """Whether the gradebook knows ``assignment`` (autograde needs it)."""
    default = not os.environ.get(ENV_DB_URL, "").strip()
    if default and not (Path(root) / paths.GRADEBOOK_FILE).exists():
        return False  # the default gradebook does not exist yet (do not create an empty one)
    from nbgrader.api import MissingEntry

    with connect(root) as gb:
        try:
            gb.find_assignment(assignment)
        except MissingEntry:
            return False
    return True


def add_students(root: Path, students: list[str]) -> None:
    """Register ``students`` (those already there are left alone), under the gradebook's lock:
    concurrent graders on one gradebook never insert the same row twice."""
    with exclusive(db_url(root)), connect(root) as gb:
        for student in students:
            gb.update_or_create_student(student)


def student_ids(root: Path) -> list[str]:
    """Every student id the gradebook has (none when the default gradebook does not exist)."""
    default = not os.environ.get(ENV_DB_URL, "").strip()
    if default and not (Path(root) / paths.GRADEBOOK_FILE).exists():
        return []
    with connect(root) as gb:
        return [s.id for s in gb.students]


def prepare_run(root: Path, assignment: str, students: list[str]) -> dict[str, str]:
    """A grading run's gradebook, before the first student: register the assignment
    (``lstm-grade setup``) if the gradebook lacks it, then the students, each under its lock
    (concurrent graders on one gradebook never insert the same row twice).

    A student whose id is another's of the gradebook after case folding and Unicode NFKC
    (``alice`` beside ``Alice``) is not registered: returns them, id -> why (they are not
    graded; no export could tell the two apart)."""
    from lstm_grader import course, intake
    from lstm_grader.batch.warmup import lean_imports

    lean_imports()
    if not is_registered(root, assignment):
        with exclusive(db_url(root), "setup"):
            if not is_registered(root, assignment):
                course.setup(root)
    clashes = intake.collisions(students, student_ids(root))
    refused = {
        s: f"the same student id as {', '.join(o)} of the gradebook after case folding and "
        "Unicode normalisation: not graded (rename the folder in submitted/ to the gradebook's "
        "id, or remove the other student from the gradebook)"
        for s, o in clashes.items()
    }
    add_students(root, [s for s in students if s not in refused])
    return refused


def remove_submission(root: Path, assignment: str, student: str, url: str | None = None) -> None:
    """Remove ``student``'s submission of ``assignment`` from the gradebook (a grading that did
    not finish: no score may stay that its feedback does not show). Nothing if there is none."""
    from nbgrader.api import MissingEntry

    default = not (url or os.environ.get(ENV_DB_URL, "").strip())
    if default and not (Path(root) / paths.GRADEBOOK_FILE).exists():
        return
    with connect(root, url) as gb:
        try:
            gb.remove_submission(assignment, student)
        except MissingEntry:
            pass


RUN_LOCK = "autograde"


@contextlib.contextmanager
def course_run(root: Path, what: str) -> Iterator[None]:
    """Hold the course's run lock for a whole ``lstm-grade autograde`` (one at a time per
    gradebook: a file lock beside gradebook.db, or a PostgreSQL advisory lock). A second run
    waits ``$LSTM_GRADER_RUN_WAIT`` seconds (default 0) for the first, then stops with a
    :class:`CourseError` that says which run holds it."""
    url = db_url(root)
    try:
        wait = float(os.environ.get(ENV_RUN_WAIT, "0") or 0)
    except ValueError:
        wait = 0.0
    lock = _Lock(url, RUN_LOCK)  # not reentrant: a run within a run is a mistake
    info = _run_info_path(url)
    try:
        lock.acquire(timeout=wait)
    except GradebookLockTimeout:
        holder = ""
        with contextlib.suppress(OSError):
            holder = info.read_text().strip() if info else ""
        raise CourseError(
            "another `lstm-grade autograde` is grading this course's gradebook "
            f"({holder or redact(url)}): wait for it to finish, or stop it (Ctrl-C), then run "
            f"this again (set {ENV_RUN_WAIT}=SECONDS to wait for it instead)"
        ) from None
    try:
        if info is not None:
            with contextlib.suppress(OSError):
                info.write_text(f"{what}, pid {os.getpid()}, since {time.strftime('%H:%M:%S')}\n")
        yield
    finally:
        if info is not None:
            with contextlib.suppress(OSError):
                info.unlink()
        lock.release()


def _run_info_path(url: str) -> Path | None:
    if backend(url) != "sqlite":
        return None
    path = _sqlite_path(url)
    return path.with_name(path.name + f".{RUN_LOCK}.who") if path else None


def submission_score(root: Path, assignment: str, student: str) -> tuple[float, float] | None:
    """(score, max score) of one submission; None if the gradebook has none (or cannot say)."""
    try:
        with connect(root) as gb:
            sub = gb.find_submission(assignment, student)
            return float(sub.score), float(sub.max_score)
    except Exception:
        return None


def scores(root: Path) -> list[Score]:
    """Every submission's score, read from the gradebook in one SELECT.

    One statement, not a row at a time: a submission removed meanwhile (a grading task of a
    stopped run, still running on a Dask worker, takes its own score back when it finds the
    run's lock gone) is either read whole or not at all, never half-read."""
    from nbgrader.api import Assignment, Student, SubmittedAssignment

    with connect(root) as gb:
        rows = (
            gb.db.query(
                Student.id,
                Assignment.name,
                SubmittedAssignment.score,
                SubmittedAssignment.max_score,
                SubmittedAssignment.needs_manual_grade,
            )
            .select_from(SubmittedAssignment)
            .join(SubmittedAssignment.student)
            .join(SubmittedAssignment.assignment)
            .all()
        )
    result = [Score(*row) for row in rows]
    return sorted(result, key=lambda s: (s.student, s.assignment))
