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
  session holds an exclusive lock on the file ``gradebook.db.lock`` (``fcntl.flock``: released by
  the kernel if the process dies) from ``Gradebook(...)`` to ``close()``. Sessions are short
  (milliseconds: the notebooks run between them, unlocked), so graders wait little.
- **PostgreSQL**: rows of different submissions never conflict, so sessions run concurrently. Only
  the first steps of a session are serialized, with a PostgreSQL advisory lock: nbgrader creates
  the tables, the alembic version row and the course row there if they are missing, and two
  sessions doing that at once fail on a duplicate key.

:func:`exclusive` takes the same kind of lock for a whole operation: ``lstm-grade setup`` holds the
"setup" lock while nbgrader registers the assignments (two setups at once would both insert the same
assignment), and ``lstm-grade autograde`` holds the "gradebook" lock while it registers its
students. The locks are reentrant within a process.

:func:`install` (called by nbgrader_config.py, so every nbgrader command of the course uses it)
patches ``Gradebook``. nbgrader's formgrader keeps one Gradebook open for the life of the server:
it is left unlocked (as it always was), or it would hold the lock forever.

Other database backends (MySQL, ...) are not locked.
"""

from __future__ import annotations

import contextlib
import fcntl
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
    """One cross-process lock, reentrant within this process (a count per process)."""

    def __init__(self, url: str, name: str) -> None:
        self.url, self.name = url, name
        self.kind = backend(url)
        self._mutex = threading.RLock()
        self._count = 0
        self._handle = None  # the open lock file, or the PostgreSQL connection holding the lock

    def acquire(self) -> None:
        self._mutex.acquire()
        try:
            if self._count == 0:
                self._handle = self._take()
            self._count += 1
        except BaseException:
            self._mutex.release()
            raise

    def release(self) -> None:
        try:
            self._count -= 1
            if self._count == 0:
                handle, self._handle = self._handle, None
                self._give(handle)
        finally:
            self._mutex.release()

    # ------------------------------------------------------------------ backends

    def _take(self):
        deadline = time.monotonic() + _timeout()
        if self.kind == "sqlite":
            path = _sqlite_path(self.url)
            if path is None:
                return None
            suffix = ".lock" if self.name == "gradebook" else f".{self.name}.lock"
            lock_path = path.with_name(path.name + suffix)
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            f = open(lock_path, "a+")  # noqa: SIM115 - held until release
            try:
                self._poll(lambda: _try_flock(f), deadline, lock_path)
            except BaseException:
                f.close()
                raise
            return f
        if self.kind == "postgresql":
            import sqlalchemy
            from sqlalchemy.pool import NullPool

            key = _advisory_key(self.url, self.name)
            engine = sqlalchemy.create_engine(self.url, poolclass=NullPool)
            conn = engine.connect()
            try:
                query = sqlalchemy.text("SELECT pg_try_advisory_lock(:k)")
                self._poll(lambda: bool(conn.execute(query, {"k": key}).scalar()), deadline, key)
                conn.commit()
            except BaseException:
                conn.close()
                engine.dispose()
                raise
            return (engine, conn, key)
        return None  # other backends: not locked

    def _poll(self, attempt, deadline: float, what) -> None:
        wait = 0.002
        while not attempt():
            if time.monotonic() > deadline:
                raise GradebookLockTimeout(
                    f"the gradebook's {self.name!r} lock ({what}) was held by another process for "
                    f"more than {_timeout():g} s; is a grader stuck? (set {ENV_LOCK_TIMEOUT} to "
                    "wait longer)"
                )
            time.sleep(wait)
            wait = min(wait * 2, 0.05)

    def _give(self, handle) -> None:
        if handle is None:
            return
        if self.kind == "sqlite":
            try:
                fcntl.flock(handle, fcntl.LOCK_UN)
            finally:
                handle.close()
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


def _try_flock(f) -> bool:
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


_locks: dict[tuple[str, str], _Lock] = {}
_locks_mutex = threading.Lock()


def _lock(url: str, name: str) -> _Lock:
    with _locks_mutex:
        lock = _locks.get((url, name))
        if lock is None:
            lock = _locks[(url, name)] = _Lock(url, name)
        return lock


@contextlib.contextmanager
def exclusive(url: str, name: str = "gradebook") -> Iterator[None]:
    """Hold the cross-process lock ``name`` of the gradebook at ``url`` (see the module doc)."""
    lock = _lock(url, name)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _unlocked_caller(depth: int = 2) -> bool:
    """Whether the Gradebook is being made by nbgrader's formgrader (kept open, never locked)."""
    try:
        frame = sys._getframe(depth)
    except ValueError:
        return False
    module = frame.f_globals.get("__name__", "")
    return module.startswith("nbgrader.server_extensions")


def install() -> None:
    """Patch :class:`nbgrader.api.Gradebook` to take the locks above (idempotent)."""
    from nbgrader.api import Gradebook

    if getattr(Gradebook, "_lstm_grader_locked", False):
        return
    original_init, original_close = Gradebook.__init__, Gradebook.close

    def __init__(self, db_url, *args, **kwargs):
        self._lstm_lock = None
        kind = backend(str(db_url))
        if kind not in ("sqlite", "postgresql") or _unlocked_caller():
            original_init(self, db_url, *args, **kwargs)
            return
        lock = _lock(str(db_url), "gradebook")
        lock.acquire()
        try:
            original_init(self, db_url, *args, **kwargs)
        except BaseException:
            lock.release()
            raise
        if kind == "sqlite":
            self._lstm_lock = lock  # held for the whole session, released by close()
        else:
            lock.release()  # PostgreSQL: only the table/course creation is serialized

    def close(self):
        try:
            original_close(self)
        finally:
            lock, self._lstm_lock = getattr(self, "_lstm_lock", None), None
            if lock is not None:
                lock.release()

    Gradebook.__init__ = __init__
    Gradebook.close = close
    Gradebook._lstm_grader_locked = True


# ---------------------------------------------------------------------- what the course reads


@dataclass(frozen=True)
class Score:
    """One student's score on one assignment, as the gradebook has it."""

    student: str
    assignment: str
    score: float
    max_score: float
    needs_manual_grade: bool


def connect(root: Path):
    """An nbgrader Gradebook on the course's database, locked as every session is (use it as a
    context manager); a :class:`CourseError` when a database server cannot be reached."""
    from nbgrader.api import Gradebook

    install()
    url = db_url(root)
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


def submission_score(root: Path, assignment: str, student: str) -> tuple[float, float] | None:
    """(score, max score) of one submission; None if the gradebook has none (or cannot say)."""
    try:
        with connect(root) as gb:
            sub = gb.find_submission(assignment, student)
            return float(sub.score), float(sub.max_score)
    except Exception:
        return None


def scores(root: Path) -> list[Score]:
    """Every submission's score, read from the gradebook."""
    result = []
    with connect(root) as gb:
        for assignment in gb.assignments:
            for sub in assignment.submissions:
                result.append(
                    Score(sub.student.id, assignment.name, sub.score, sub.max_score,
                          sub.needs_manual_grade)
                )  # fmt: skip
    return sorted(result, key=lambda s: (s.student, s.assignment))
