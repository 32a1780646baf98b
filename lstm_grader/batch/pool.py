"""The grading worker processes, seen from the main process: start, hand out, watch, stop.

The workers are forked by a ``multiprocessing`` fork server that imported nbgrader, the grading
code and the modules the assignment's test cells use once (:mod:`lstm_grader.batch.warmup`;
spawn where there is no fork server). A worker that dies is noticed and can be replaced.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import time
from multiprocessing.connection import wait as mp_wait

from lstm_grader import paths
from lstm_grader.batch.outcome import Outcome
from lstm_grader.batch.worker import worker_main

STOP_GRACE = 30.0  # seconds interrupted workers get to clean up before they are killed


def default_workers() -> int:
    """The number of CPU cores this process may use (the default number of workers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


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
        ["lstm_grader.batch.forkserver_preload"] + [m for m in warm if m.split(".")[0] != "torch"]
    )
    return ctx


class WorkerPool:
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
            target=worker_main, args=(wid, child, *self.args), name=f"lstm-grade-{wid}"
        )
        proc.daemon = False  # it forks a grading child per notebook (a daemon may not)
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
                f"no grading worker is left (see {paths.workers_log(self.args[1])} and the "
                "students' logs beside it)"
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
                _kill_group(proc.pid)  # its grading child too, before the student is cleaned up
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
                            log=paths.student_log(self.args[1], student),
                        ),
                    )
                else:
                    self._forget(wid)
                    if not self.ready and not self.procs:
                        raise RuntimeError(
                            f"the grading workers could not start (exit status {proc.exitcode});"
                            f" see {paths.workers_log(self.args[1])}"
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
            _kill_group(proc.pid)
        for conn in self.conns.values():
            conn.close()
        self.procs.clear()
        self.conns.clear()


def _kill_group(pgid: int, wait: float = 5.0) -> None:
    """SIGKILL what is left of a dead worker's process group (the worker calls setpgrp: its
    grading child is in it) and wait until it is gone, so that nothing writes a student's files
    or score after the main process has cleaned them up."""
    deadline = time.monotonic() + wait
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
        while time.monotonic() < deadline:
            os.killpg(pgid, 0)
            time.sleep(0.02)
