"""One grading worker process: import once, then grade the students it is sent, one at a time.

For each student it runs nbgrader's own ``AutogradeApp`` in-process (what
``nbgrader autograde ASSIGNMENT --student S --force`` runs, reading the course's
nbgrader_config.py, so with the same sandboxed executor and sanitizer), then
``GenerateFeedbackApp``. Each student's output goes to that student's log.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import threading
import time
import traceback
from dataclasses import asdict
from pathlib import Path

from lstm_grader import gradebook, paths, review
from lstm_grader.batch.outcome import Outcome
from lstm_grader.batch.signals import raise_interrupt
from lstm_grader.batch.warmup import warm_up


def worker_main(
    wid: int, conn, root: str, assignment: str, feedback: bool, warm, env, main_pid: int
) -> None:
    """A worker: import once, then grade the students the main process sends, one at a time."""
    try:
        os.environ.clear()
        os.environ.update(env)
        os.setpgrp()  # the terminal's Ctrl-C goes to the main process, which interrupts us
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, raise_interrupt)
        _die_with(main_pid)
        os.chdir(root)
        _quiet_fds(Path(root) / paths.workers_log(assignment))
        warm_up(warm)
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
    reported as an "interrupted" outcome. ``where`` names the process in the log (default: the
    worker's pid)."""
    from nbgrader.apps.autogradeapp import AutogradeApp
    from nbgrader.apps.generatefeedbackapp import GenerateFeedbackApp

    started = time.monotonic()
    rel = paths.student_log(assignment, student)
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
        review.apply_holds(root, assignment, student)  # a finding that holds: the score waits
        outcome.score, outcome.max_score = gradebook.submission_score(
            root, assignment, student
        ) or (None, None)
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
