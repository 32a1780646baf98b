"""Grading at course scale: one assignment's submissions, graded by a pool of worker processes.

``lstm-grade autograde ASSIGNMENT [--workers N] [--shard K/N]`` lands here. Each worker is a
long-lived process, forked by a ``multiprocessing`` fork server that has imported nbgrader, the
grading code and the modules the assignment's test cells use once (:mod:`lstm_grader.preload`;
spawn where there is no fork server). A worker grades one student after another *in-process*: for
each student it runs nbgrader's own ``AutogradeApp`` (what
``nbgrader autograde ASSIGNMENT --student S --force`` runs, reading the same nbgrader_config.py, so
with the same sandboxed executor and sanitizer) and then ``GenerateFeedbackApp``. Start-up is paid
once per run (the fork server's imports, about a second), not once per notebook.

The main process hands out one student at a time to whichever worker is free, tracks what each is
doing, and shows a progress bar with an ETA (tqdm on a terminal, one plain line per submission
otherwise). A student whose grading fails (nbgrader's error, an exception, a worker that dies) is
recorded with the end of its log, and grading goes on; a dead worker is replaced. Ctrl-C (or
SIGTERM) interrupts the submissions in progress (nbgrader removes their half-written output), stops
the workers and returns what was graded.

Each student's nbgrader log goes to ``grading_report/<assignment>/<student>/autograde.log``.
Concurrent gradebook writes are made safe by :mod:`lstm_grader.dblock`.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import multiprocessing as mp
import os
import re
import select
import signal
import sys
import threading
import time
import traceback
from collections import deque
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import wait as mp_wait
from pathlib import Path

from lstm_grader import course, dblock

REPORT_DIR = "grading_report"
LOG_NAME = "autograde.log"
STOP_GRACE = 30.0  # seconds interrupted workers get to clean up before they are killed


@dataclass
class Outcome:
    """How grading one student's submission went."""

    student: str
    status: str  # "ok", "failed" or "interrupted"
    seconds: float = 0.0
    score: float | None = None
    max_score: float | None = None
    error: str = ""
    log: str = ""  # the student's nbgrader log, relative to the course root


@dataclass
class RunResult:
    """One ``lstm-grade autograde`` run."""

    assignment: str
    students: list[str]
    workers: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    startup_seconds: float = 0.0  # from the start to the first worker ready
    grading_seconds: float = 0.0  # from the first worker ready to the end
    wall_seconds: float = 0.0
    interrupted: bool = False
    stopped: str = ""  # why the run stopped before the end (a lost Dask scheduler), if it did

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "ok"]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def not_graded(self) -> list[str]:
        done = {o.student for o in self.outcomes if o.status in ("ok", "failed")}
        return [s for s in self.students if s not in done]


# ---------------------------------------------------------------- choosing the students


def default_workers() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` -> (K, N), with 1 <= K <= N; a :class:`course.CourseError` otherwise."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
    if m is None:
        raise course.CourseError(
            f"--shard wants K/N (the K-th of N slices, e.g. --shard 2/4), not {text!r}"
        )
    k, n = int(m.group(1)), int(m.group(2))
    if n < 1 or not 1 <= k <= n:
        raise course.CourseError(
            f"--shard {text}: K must be between 1 and N, and N at least 1 (e.g. 1/{max(n, 2)} "
            f"... {max(n, 2)}/{max(n, 2)})"
        )
    return k, n


def select_shard(students: list[str], shard: tuple[int, int] | None) -> list[str]:
    """The K-th of N disjoint slices of ``students``: round-robin over the sorted ids, so that
    the N slices cover every student once and differ in size by one at most. Every machine must
    see the same submitted/ for their slices to fit together."""
    ordered = sorted(students)
    if shard is None:
        return ordered
    k, n = shard
    return ordered[k - 1 :: n]


# ---------------------------------------------------------------- progress


class Progress:
    """A progress bar with an ETA on stderr (tqdm on a terminal; plain lines otherwise)."""

    def __init__(self, total: int, label: str, stream=None, bar: bool | None = None) -> None:
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        if bar is None:
            bar = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = None
        if bar:
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - tqdm is in requirements.txt
                tqdm = None
            if tqdm is not None:
                self.bar = tqdm(
                    total=total, desc=label, unit="nb", file=self.stream, dynamic_ncols=True
                )

    def note(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream, flush=True)

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        what = _describe(outcome)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{outcome.student}: {what}", refresh=False)
            self.bar.update(1)
            if outcome.status != "ok":
                self.bar.write(f"{outcome.student}: {what}", file=self.stream)
            return
        elapsed = time.monotonic() - self.started
        left = self.total - self.done
        eta = _clock(elapsed / self.done * left) if self.done else "?"
        print(
            f"[{self.done}/{self.total}] {self.label} {outcome.student}: {what} "
            f"({outcome.seconds:.1f} s) elapsed {_clock(elapsed)} eta {eta}",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _describe(o: Outcome) -> str:
    if o.status == "ok":
        if o.score is None:
            return "graded"
        return f"{o.score:g}/{o.max_score:g}"
    if o.status == "interrupted":
        return "interrupted"
    first = o.error.strip().splitlines()[0] if o.error.strip() else "failed"
    return f"FAILED: {first[:160]}"


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# ---------------------------------------------------------------- the run


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
    url = dblock.db_url(root)
    for sub in ("autograded", "feedback", f"{REPORT_DIR}/{assignment}"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / _workers_log(assignment)).write_text(
        f"--- lstm-grade autograde {assignment}: {len(students)} students, {n_workers} workers\n"
    )

    pool = _Pool(root, assignment, feedback, n_workers, warm_modules(root, assignment))
    # The workers start (the fork server imports nbgrader and the grading code) in a thread while
    # this process prepares the gradebook: the two take about as long.
    starter = threading.Thread(target=pool.start, name="lstm-grade-start", daemon=True)
    starter.start()
    outcomes: dict[str, Outcome] = {}
    bar: Progress | None = None
    restore_sigterm = _raise_on_sigterm()
    try:
        _prepare_gradebook(root, url, assignment, students)
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


def _raise_on_sigterm():
    """SIGTERM stops the run as Ctrl-C does; returns a function that undoes it."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    try:
        old = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        return lambda: None
    return lambda: signal.signal(signal.SIGTERM, old)


def lean_imports() -> None:
    """Skip an optional import grading never uses, in the grading processes (main and workers):
    jsonschema imports ``rfc3987_syntax``, when installed, only to check the "iri" string format,
    and that package builds a grammar for about a second at import. Nothing in grading checks
    string formats (nbformat validates without a format checker). Call before nbgrader is
    imported; without effect after."""
    if "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # import -> ImportError


def _prepare_gradebook(root: Path, url: str, assignment: str, students: list[str]) -> None:
    """Register the assignment (``lstm-grade setup``) if the gradebook lacks it, and the students,
    each under its lock: concurrent graders on one gradebook never insert the same row twice."""
    lean_imports()
    from nbgrader.api import Gradebook

    dblock.install()
    if not course.is_registered(root, assignment):
        with dblock.exclusive(url, "setup"):
            if not course.is_registered(root, assignment):
                course.setup(root)
    with dblock.exclusive(url), Gradebook(url) as gb:
        for student in students:
            gb.update_or_create_student(student)


def warm_modules(root: Path, assignment: str) -> list[str]:
    """The modules the assignment's test cells import (the workers import them once)."""
    mods: list[str] = []
    try:
        nb = json.loads(next((root / course.SOURCE_DIR / assignment).glob("*.ipynb")).read_text())
    except (StopIteration, OSError, ValueError):
        return mods
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") != "code" or not meta.get("grade") or meta.get("solution"):
            continue
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else src
        try:
            tree = ast.parse(src)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                mods.append(node.module)
    return sorted(set(mods))


def _context(warm: list[str]):
    """The multiprocessing context of the workers: a fork server that imports nbgrader, the
    grading code and the test cells' modules once (so N workers start in the time of one), else
    spawn. Never plain fork: the main process may hold threads and database connections."""
    try:
        ctx = mp.get_context("forkserver")
    except ValueError:  # pragma: no cover - not on Linux
        return mp.get_context("spawn")
    # torch is imported by each worker after the fork (a process that forks after torch started its
    # thread pools can deadlock in the child); everything else once, in the fork server
    ctx.set_forkserver_preload(
        ["lstm_grader.preload"] + [m for m in warm if m.split(".")[0] != "torch"]
    )
    return ctx


class _Pool:
    """The worker processes and what each is doing (the main process's side)."""

    def __init__(self, root, assignment, feedback, n, warm) -> None:
        self.ctx = _context(warm)
        # the environment travels explicitly: a fork server started earlier has an older one
        env = dict(os.environ)
        self.args = (str(root), assignment, feedback, warm, env, os.getpid())
        self.n = n
        self.procs: dict[int, mp.Process] = {}
        self.conns: dict[int, object] = {}
        self.ready: set[int] = set()
        self.busy: dict[int, tuple[str, float]] = {}
        self.next_id = 0
        self.replaced = 0
        self.error: BaseException | None = None

    def start(self) -> None:
        try:
            for _ in range(self.n):
                self._spawn()
        except Exception as exc:  # reported by autograde() in the main thread
            self.error = exc

    def _spawn(self) -> int:
        wid, self.next_id = self.next_id, self.next_id + 1
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(
            target=_worker_main, args=(wid, child, *self.args), name=f"lstm-grade-{wid}"
        )
        proc.daemon = True
        proc.start()
        child.close()
        self.procs[wid], self.conns[wid] = proc, parent
        return wid

    def replace(self, wid: int, respawn: bool = True) -> None:
        self._forget(wid)
        # a worker that always dies must not be replaced forever
        if respawn and self.replaced < 2 * self.n + 10:
            self.replaced += 1
            self._spawn()

    def _forget(self, wid: int) -> None:
        self.ready.discard(wid)
        self.busy.pop(wid, None)
        conn = self.conns.pop(wid, None)
        if conn is not None:
            conn.close()
        self.procs.pop(wid, None)

    @property
    def idle(self) -> list[int]:
        return [w for w in self.ready if w not in self.busy]

    def dispatch(self, student: str) -> None:
        wid = self.idle[0]
        self.busy[wid] = (student, time.monotonic())
        try:
            self.conns[wid].send(student)
        except OSError:
            pass  # its death is noticed by events()

    def events(self, timeout: float):
        """Wait for messages or deaths; yields ("ready" | "done" | "died", wid, Outcome | None)."""
        if not self.procs:
            raise RuntimeError(
                f"no grading worker is left (see {_workers_log(self.args[1])} and the students' "
                "logs beside it)"
            )
        waitables = {}
        for wid, conn in self.conns.items():
            waitables[conn] = ("conn", wid)
            waitables[self.procs[wid].sentinel] = ("proc", wid)
        for obj in mp_wait(list(waitables), timeout=timeout):
            what, wid = waitables[obj]
            if wid not in self.procs:
                continue
            if what == "conn":
                try:
                    msg = self.conns[wid].recv()
                except (EOFError, OSError):
                    msg = None
                if msg is None:
                    continue  # the sentinel reports the death
                if msg[0] == "ready":
                    self.ready.add(wid)
                    yield ("ready", wid, None)
                elif msg[0] == "done":
                    self.busy.pop(wid, None)
                    yield ("done", wid, Outcome(**msg[2]))
            else:
                proc = self.procs[wid]
                # read a last message the worker sent before it died, if any
                with contextlib.suppress(EOFError, OSError):
                    while self.conns[wid].poll():
                        msg = self.conns[wid].recv()
                        if msg[0] == "done":
                            self.busy.pop(wid, None)
                            yield ("done", wid, Outcome(**msg[2]))
                proc.join(1)
                task = self.busy.pop(wid, None)
                if task is not None:
                    student, since = task
                    yield (
                        "died",
                        wid,
                        Outcome(
                            student,
                            "failed",
                            seconds=time.monotonic() - since,
                            error=f"the grading worker died (exit status {proc.exitcode})",
                            log=_log_rel(self.args[1], student),
                        ),
                    )
                else:
                    self._forget(wid)
                    if not self.ready and not self.procs:
                        raise RuntimeError(
                            f"the grading workers could not start (exit status {proc.exitcode});"
                            f" see {_workers_log(self.args[1])}"
                        )

    def stop(self) -> None:
        """Tell every worker to finish; wait for them."""
        for conn in self.conns.values():
            with contextlib.suppress(OSError):
                conn.send(None)
        deadline = time.monotonic() + 10
        for proc in self.procs.values():
            proc.join(max(0.1, deadline - time.monotonic()))

    def interrupt(self) -> list[Outcome]:
        """Ctrl-C: interrupt the workers (nbgrader cleans up the submissions in progress) and
        collect what they report; the rest are marked interrupted."""
        for proc in self.procs.values():
            if proc.is_alive():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGINT)
        out: list[Outcome] = []
        deadline = time.monotonic() + STOP_GRACE
        try:
            while self.busy and time.monotonic() < deadline:
                for kind, _wid, payload in self.events(timeout=0.5):
                    if kind == "died":  # killed by the interrupt between two steps
                        payload.status, payload.error = "interrupted", ""
                    if kind in ("done", "died"):
                        out.append(payload)
                if all(not p.is_alive() for p in self.procs.values()):
                    break
        except (KeyboardInterrupt, RuntimeError):
            pass  # a second Ctrl-C: kill them now
        for student, since in self.busy.values():
            out.append(Outcome(student, "interrupted", seconds=time.monotonic() - since))
        self.busy.clear()
        return out

    def kill(self) -> None:
        for proc in self.procs.values():
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs.values():
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join(5)
        for conn in self.conns.values():
            conn.close()
        self.procs.clear()
        self.conns.clear()


# ---------------------------------------------------------------- the worker side


def _log_rel(assignment: str, student: str) -> str:
    return f"{REPORT_DIR}/{assignment}/{student}/{LOG_NAME}"


def _worker_main(
    wid: int, conn, root: str, assignment: str, feedback: bool, warm, env, main_pid: int
) -> None:
    """A worker: import once, then grade the students the main process sends, one at a time."""
    try:
        os.environ.clear()
        os.environ.update(env)
        os.setpgrp()  # the terminal's Ctrl-C goes to the main process, which interrupts us
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _sigterm_to_interrupt)
        _die_with(main_pid)
        os.chdir(root)
        _quiet_fds(Path(root) / _workers_log(assignment))
        _warm_up(warm)
        conn.send(("ready", wid, None))
        while True:
            student = conn.recv()
            if student is None:
                break
            outcome = grade_student(Path(root), assignment, student, feedback)
            conn.send(("done", wid, asdict(outcome)))
            if outcome.status == "interrupted":
                break
    except (KeyboardInterrupt, EOFError, BrokenPipeError):
        pass
    except BaseException:
        traceback.print_exc()  # into the workers' log
        raise
    finally:
        with contextlib.suppress(OSError):
            conn.close()


def _sigterm_to_interrupt(signum, frame):
    raise KeyboardInterrupt


def _die_with(main_pid: int) -> None:
    """Stop this worker (as SIGTERM does: the submission in progress is cleaned up) when the main
    process dies, even by SIGKILL. The worker's parent is the fork server, which lives as long as
    its workers do, so the parent-death signal alone is not enough: a thread waits on the main
    process (a pidfd; polling where there is none)."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    def alive() -> bool:
        try:
            os.kill(main_pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        return True

    def watch() -> None:
        try:
            fd = os.pidfd_open(main_pid)
        except (AttributeError, OSError):
            fd = None
        if fd is not None:
            select.select([fd], [], [])  # readable when the main process has exited
        else:
            while alive():
                time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    if not alive():
        raise KeyboardInterrupt
    threading.Thread(target=watch, name="lstm-grade-watch", daemon=True).start()


def _workers_log(assignment: str) -> str:
    return f"{REPORT_DIR}/{assignment}/workers.log"


def _quiet_fds(log: Path) -> None:
    """Point the worker's fds 1 and 2 away from the terminal (the progress bar is there) to the
    workers' log; each student's output goes to that student's log (see :func:`_redirected`)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
    print(f"--- worker pid {os.getpid()} started {time.strftime('%Y-%m-%d %H:%M:%S')}", flush=True)


def _warm_up(modules) -> None:
    """Import what grading each notebook needs (the fork server did: then this costs nothing)."""
    import importlib

    import lstm_grader.preload  # noqa: F401
    from lstm_grader import sandbox

    for name in modules:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        sandbox.probe()  # is bubblewrap usable here (cached for the worker's life)


@contextlib.contextmanager
def _redirected(path: Path):
    """Send Python's and the fds' stdout/stderr to ``path`` for the duration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", buffering=1) as log:
        saved = sys.stdout, sys.stderr
        saved_fds = os.dup(1), os.dup(2)
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        sys.stdout = sys.stderr = log
        try:
            yield log
        finally:
            sys.stdout, sys.stderr = saved
            os.dup2(saved_fds[0], 1)
            os.dup2(saved_fds[1], 2)
            os.close(saved_fds[0])
            os.close(saved_fds[1])


def _run_app(app_class, argv: list[str]) -> int:
    """Run an nbgrader app in this process as its command would; its exit status."""
    app = app_class()
    path = list(sys.path)
    try:
        app.initialize(argv)
        app.start()
    except SystemExit as exc:
        code = exc.code
        return 0 if code in (None, 0) else (code if isinstance(code, int) else 1)
    finally:
        with contextlib.suppress(Exception):
            app.close_handlers()
        sys.path[:] = path  # nbgrader puts the working folder first on sys.path each time
    return 0


def grade_student(
    root: Path, assignment: str, student: str, feedback: bool = True, where: str = ""
) -> Outcome:
    """``nbgrader autograde ASSIGNMENT --student STUDENT --force`` (then ``generate_feedback``)
    in this process, with the course's nbgrader_config.py; never raises but KeyboardInterrupt is
    reported as an "interrupted" outcome."""
    from nbgrader.apps.autogradeapp import AutogradeApp
    from nbgrader.apps.generatefeedbackapp import GenerateFeedbackApp

    started = time.monotonic()
    rel = _log_rel(assignment, student)
    outcome = Outcome(student, "ok", log=rel)
    args = [assignment, f"--student={student}", "--force"]
    with _redirected(root / rel) as log:
        try:
            where = where or f"worker pid {os.getpid()}"
            log.write(f"$ nbgrader autograde {' '.join(args)}  # in {where}\n")
            if _run_app(AutogradeApp, args) != 0:
                outcome.status, outcome.error = "failed", "nbgrader autograde failed"
            elif feedback:
                log.write(f"$ nbgrader generate_feedback {' '.join(args)}\n")
                if _run_app(GenerateFeedbackApp, args) != 0:
                    outcome.status, outcome.error = "failed", "nbgrader generate_feedback failed"
        except KeyboardInterrupt:
            outcome.status = "interrupted"
        except Exception:
            outcome.status, outcome.error = "failed", traceback.format_exc()
            log.write(outcome.error)
    if outcome.status == "failed":
        lines = _error_lines(root / rel)
        first = lines.splitlines()[0].split("| ERROR]", 1)[-1].strip() if lines else ""
        head = f"{outcome.error.splitlines()[0]}: {first}" if first else outcome.error
        outcome.error = f"{head}\n{outcome.error}\n{lines}".strip()
    elif outcome.status == "ok":
        outcome.score, outcome.max_score = _score(root, assignment, student)
    outcome.seconds = time.monotonic() - started
    return outcome


def _error_lines(path: Path, n: int = 8) -> str:
    """The last error lines of an nbgrader log."""
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    errors = [ln for ln in lines if "| ERROR]" in ln or ln.startswith(("Traceback", "  "))]
    return "\n".join((errors or lines)[-n:])


def _score(root: Path, assignment: str, student: str) -> tuple[float | None, float | None]:
    from nbgrader.api import Gradebook

    try:
        with Gradebook(dblock.db_url(root)) as gb:
            sub = gb.find_submission(assignment, student)
            return float(sub.score), float(sub.max_score)
    except Exception:
        return None, None


def summary(result: RunResult) -> str:
    """What the run did, in a few lines (for the end of the command's output)."""
    lines = [
        f"{result.assignment}: graded {len(result.graded)} of {len(result.students)} submissions "
        f"with {result.workers} workers in {result.wall_seconds:.1f} s "
        f"(start-up {result.startup_seconds:.1f} s)"
    ]
    for o in result.failed:
        first = o.error.strip().splitlines()
        lines.append(f"  FAILED {o.student}: {first[0] if first else 'failed'} (log: {o.log})")
    if result.interrupted or result.stopped:
        missing = result.not_graded
        why = "interrupted" if result.interrupted else f"stopped: {result.stopped}"
        lines.append(f"  {why}: {len(missing)} not graded: {', '.join(missing)}")
    return "\n".join(lines)


def outcome_table(result: RunResult) -> str:
    """Seconds per submission (for --verbose runs and the benchmarks)."""
    buf = io.StringIO()
    for o in result.outcomes:
        buf.write(f"{o.student:24s} {o.status:11s} {o.seconds:7.2f} s  {_describe(o)}\n")
    return buf.getvalue()
