"""One grading worker process: import once, then grade the students it is sent, one at a time.

For each student (:func:`grade_student`, also the Dask task's) a child process, forked from the
warm worker, runs nbgrader's own ``AutogradeApp`` (what ``nbgrader autograde ASSIGNMENT --student
S --force`` runs, reading the course's nbgrader_config.py, so with the same sandboxed executor and
sanitizer), then ``GenerateFeedbackApp``, under the grading process's budget per notebook
(``Limits.grading_memory``, ``Limits.grading_timeout``). Each student's output goes to that
student's log; a student not graded to the end is left visibly not graded
(:func:`lstm_grader.course.ungrade`).
"""

from __future__ import annotations

import contextlib
import os
import resource
import select
import signal
import sys
import threading
import time
import traceback
from dataclasses import asdict
from pathlib import Path

from lstm_grader import course, gradebook, paths, review
from lstm_grader.batch.apps import _grade_here
from lstm_grader.batch.outcome import Outcome
from lstm_grader.batch.signals import raise_interrupt
from lstm_grader.batch.warmup import warm_up
from lstm_grader.limits import Limits

#: How the grading child of one notebook starts: ``fork`` from a local worker (one thread; it
#: imported everything already), ``forkserver`` from a Dask worker (a process of many threads
#: never forks; :func:`lstm_grader.batch.cluster_worker.warm_up` switches it).
CHILD_START = "fork"
STOP_GRACE = 10.0  # seconds an interrupted grading child has to stop before it is killed


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


def grade_student(
    root: Path,
    assignment: str,
    student: str,
    feedback: bool = True,
    where: str = "",
    *,
    env: dict[str, str] | None = None,
    prescreened=(),
    limits: Limits | None = None,
) -> Outcome:
    """Grade one student: ``nbgrader autograde ASSIGNMENT --student STUDENT --force`` (then
    ``generate_feedback``) with the course's nbgrader_config.py, in a child process of this one
    with the per-notebook budget of the grading process (``Limits.grading_memory``: its address
    space; ``Limits.grading_timeout``: its wall time), so that no notebook's cost stays in the
    worker and no change of cwd, environment or file descriptors leaks (``env``: variables set
    in the child; ``prescreened``: what the intake refused before the files came here).

    The one place where a student's grading finishes, in both back-ends (its child ends with
    :func:`finish_student`, the holds, then the score): a student not graded to
    the end (failed, interrupted, over a budget, its process killed) is left visibly not graded
    (:func:`lstm_grader.course.ungrade`: no score, no autograded copy, no feedback; the reason in
    the log), never half. Never raises; KeyboardInterrupt is reported as an "interrupted"
    outcome. ``where`` names the process in the log (default: the worker's pid)."""
    limits = limits or course.course_limits(root)
    where = where or f"worker pid {os.getpid()}"
    started = time.monotonic()
    outcome = _graded_in_child(
        root, assignment, student, feedback, where, dict(env or {}), list(prescreened), limits
    )
    if outcome.status != "ok":
        course.ungrade(root, assignment, student, outcome.error or outcome.status,
                url=(env or {}).get(gradebook.ENV_DB_URL))  # fmt: skip
    outcome.seconds = time.monotonic() - started
    return outcome


def finish_student(root: Path, assignment: str, student: str, outcome: Outcome) -> Outcome:
    """The end of a student's grading that went through (nbgrader's autograde and feedback
    succeeded): the step of :func:`grade_student` that runs in its grading child, where the
    course's working folder and gradebook URL are set (a Dask task's too); then its score."""
    if outcome.status == "ok":
        review.apply_holds(root, assignment, student)  # a finding that holds: the score waits
        found = gradebook.submission_score(root, assignment, student)
        if found is not None:
            outcome.score, outcome.max_score = found
    return outcome


def _graded_in_child(root, assignment, student, feedback, where, env, prescreened, limits):
    import multiprocessing as mp
    from multiprocessing.connection import wait as mp_wait

    rel = paths.student_log(assignment, student)
    ctx = mp.get_context(CHILD_START)
    recv, send = ctx.Pipe(duplex=False)
    args = (send, str(root), assignment, student, feedback, where, env, prescreened, limits,
            os.getpid())  # fmt: skip
    proc = ctx.Process(target=_child_main, args=args, name=f"lstm-grade-{student}")
    proc.start()
    send.close()
    got: list[dict] = []

    def wait_until(deadline: float) -> bool:
        """Read the child's outcome; True once the child has exited (or sent its outcome)."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ready = mp_wait([recv, proc.sentinel], timeout=left)
            if recv in ready:
                try:
                    got.append(recv.recv())
                except (EOFError, OSError):
                    pass
                proc.join(STOP_GRACE)
                return True
            if proc.sentinel in ready:
                with contextlib.suppress(EOFError, OSError):
                    if recv.poll():
                        got.append(recv.recv())
                proc.join()
                return True

    def stop() -> None:
        if proc.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGINT)  # nbgrader cleans up what it half wrote
            if not wait_until(time.monotonic() + STOP_GRACE):
                proc.kill()
                proc.join()

    try:
        try:
            finished = wait_until(time.monotonic() + limits.grading_timeout)
        except KeyboardInterrupt:
            stop()
            return Outcome(student, "interrupted", log=rel)
        if not finished:
            stop()
            return Outcome(
                student, "failed", log=rel,
                error=f"its grading took longer than {limits.grading_timeout:g} s (the grading "
                      "process's time limit per notebook, Limits.grading_timeout): not graded",
            )  # fmt: skip
    finally:
        recv.close()
    if got:
        outcome = Outcome(**got[0])
        if "MemoryError" in outcome.error:
            outcome.error = (
                "its grading needed more memory than the grading process's limit per notebook "
                f"(Limits.grading_memory, {limits.grading_memory / 2**30:g} GiB): not graded\n"
                + outcome.error
            )
        return outcome
    code = proc.exitcode
    how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
    return Outcome(
        student, "failed", log=rel,
        error=f"the grading process died ({how}) before the end: not graded",
    )  # fmt: skip


def _child_main(conn, root, assignment, student, feedback, where, env, prescreened, limits,
                parent_pid) -> None:  # fmt: skip
    """The grading child of one notebook: the budget, then nbgrader's apps; its outcome sent."""
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, raise_interrupt)
        _die_with(parent_pid)
        with contextlib.suppress(ValueError, OSError):
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            # the soft limit only: the sandbox sets its own (its hard limit stays reachable)
            soft = limits.grading_memory
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        os.environ.update(env)
        os.chdir(root)
        if prescreened:
            from lstm_grader.nbgrader_ext import patches

            patches.prescreen(assignment, student, prescreened)
        outcome = _grade_here(Path(root), assignment, student, feedback, where)
        conn.send(asdict(finish_student(Path(root), assignment, student, outcome)))
    except KeyboardInterrupt:
        with contextlib.suppress(OSError, ValueError):
            conn.send(asdict(Outcome(student, "interrupted")))
    except BaseException as exc:  # MemoryError at the budget, or else: this student's failure
        error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
        with contextlib.suppress(BaseException):
            conn.send(asdict(Outcome(student, "failed", error=error)))
    finally:
        with contextlib.suppress(OSError):
            conn.close()
