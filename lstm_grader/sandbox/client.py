"""The grading side's end of the sandbox: start one runner per notebook, send it requests.

:class:`Sandbox` starts ``runner.py`` with the command :mod:`lstm_grader.sandbox.launch` builds
and talks to it over two pipes in the format of :mod:`lstm_grader.sandbox.wire`: one request, one
reply, each with a time limit (interrupt, then kill); the notebook's total time is limited too.
"""

from __future__ import annotations

import logging
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

from lstm_grader.limits import Limits
from lstm_grader.sandbox import launch, wire
from lstm_grader.sandbox.launch import RUNNER_PATH, SANDBOX_RUNNER, fresh_uid, probe, sandbox_mode

log = logging.getLogger(__name__)


class SandboxUnavailable(RuntimeError):
    """bubblewrap cannot run here: grading refuses to run students' code unsandboxed."""


class SandboxDied(RuntimeError):
    """The sandboxed process is gone (killed by a limit, by the student, or by the grader)."""


class SandboxTimeout(TimeoutError):
    """The sandbox did not answer in time; it was interrupted (and killed if that did not help)."""


@dataclass
class Sandbox:
    """One sandboxed runner for one notebook. Use as a context manager."""

    limits: Limits = field(default_factory=Limits)
    mode: str = field(default_factory=sandbox_mode)
    proc: subprocess.Popen | None = None
    workdir: str | None = None
    started_at: float = 0.0
    dead_reason: str | None = None
    uid: int | None = None

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ life cycle

    def start(self) -> None:
        self.workdir = tempfile.mkdtemp(prefix="lstm-grader-")
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        if self.mode == "bwrap":
            why = probe()
            if why != "bwrap":
                raise SandboxUnavailable(
                    f"cannot sandbox students' code: {why}. Install bubblewrap, or set "
                    "LSTM_GRADER_SANDBOX=none to grade UNSANDBOXED (trusted submissions only)"
                )
            self.uid = fresh_uid()
            if os.geteuid() == 0:
                os.chown(self.workdir, self.uid, self.uid)
            cmd = launch.bwrap_command(
                self.workdir, to_child_r, from_child_w, self.limits, self.uid
            )
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        else:
            log.warning(
                "!!! LSTM_GRADER_SANDBOX=none: students' code runs UNSANDBOXED (rlimits only) !!!"
            )
            cmd = [
                *launch.prlimit_command(self.limits),
                sys.executable,
                "-I",
                str(RUNNER_PATH),
                "--in-fd",
                str(to_child_r),
                "--out-fd",
                str(from_child_w),
                "--guard",
                str(launch.GUARD_PATH),
            ]
            env = {"PATH": os.environ.get("PATH", ""), "HOME": self.workdir, "OMP_NUM_THREADS": "1"}
        # fd-level output of the student's code (os.write, C extensions) lands in a file capped by
        # RLIMIT_FSIZE; Python-level output is captured per cell by the runner.
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            cmd,
            pass_fds=(to_child_r, from_child_w),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
            cwd=self.workdir,
            env=env,
            start_new_session=True,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._w, self._r = to_child_w, from_child_r
        self.started_at = time.monotonic()
        try:
            hello = self._read(self.limits.startup_timeout)
        except (SandboxDied, SandboxTimeout) as exc:
            raise SandboxDied(f"the runner did not start ({exc}): {self.log_tail()}") from exc
        if not hello.get("ready"):
            raise SandboxDied(f"the runner did not start: {hello}")

    def log_tail(self, n: int = 2000) -> str:
        """The end of what the sandbox wrote on its stdout/stderr (fd level)."""
        try:
            self._log.seek(0, os.SEEK_END)
            size = self._log.tell()
            self._log.seek(max(0, size - n))
            return self._log.read().decode(errors="replace")
        except (OSError, ValueError, AttributeError):
            return ""

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                wire.write_message(self._w, {"op": "bye"})
            except OSError:
                pass
            try:
                self.proc.wait(2)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        for fd in (getattr(self, "_w", None), getattr(self, "_r", None)):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._w = self._r = None
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def kill(self) -> None:
        """Kill the whole sandbox: bwrap's PID namespace takes every process with it."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                self.proc.kill()
            except ProcessLookupError:
                pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            log.error("sandbox process %s did not die", self.proc.pid)
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None and self.dead_reason is None

    def _children(self, pid: int) -> list[int]:
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                return [int(x) for x in f.read().split()]
        except OSError:
            return []

    def _runner_pid(self) -> int | None:
        """Host PID of the runner (the python process below bwrap's init), or None."""
        if self.mode == "none":
            return self.proc.pid
        pid, depth = self.proc.pid, 0
        while depth < 4:
            kids = self._children(pid)
            if not kids:
                return None
            pid, depth = kids[0], depth + 1
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    argv = f.read().split(b"\0")
                if argv[0] == sys.executable.encode() and SANDBOX_RUNNER.encode() in argv:
                    return pid
            except OSError:
                return None
        return None

    def kill_strays(self) -> int:
        """SIGKILL every process the runner started (a fork bomb, a background job); their count."""
        runner = self._runner_pid()
        if runner is None:
            return 0
        killed = 0
        for _ in range(50):  # a fork bomb keeps forking while we kill: repeat until none is left
            todo, found = self._children(runner), []
            while todo:
                pid = todo.pop()
                found.append(pid)
                todo += self._children(pid)
            if not found:
                break
            for pid in found:
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed += 1
                except ProcessLookupError:
                    pass
            time.sleep(0.02)
        return killed

    def interrupt(self) -> None:
        """Kill what the student's code started, then SIGINT the runner (a KeyboardInterrupt)."""
        self.kill_strays()
        runner = self._runner_pid()
        if runner is not None:
            try:
                os.kill(runner, signal.SIGINT)
            except ProcessLookupError:
                pass
            self.kill_strays()  # what it forked between the first sweep and the interrupt

    # ------------------------------------------------------------ messages

    def _read(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise SandboxTimeout(f"no answer within {timeout:g} s")
            ready, _, _ = select.select([self._r], [], [], min(left, 1.0))
            if ready:
                try:
                    return wire.read_message(self._r)
                except (EOFError, OSError) as exc:
                    self._mark_dead(f"the sandboxed process ended ({exc})")
                    raise SandboxDied(self.dead_reason) from exc
                except (ValueError, wire.ProtocolError) as exc:
                    self._mark_dead(f"garbage on the grader's pipe ({exc})")
                    self.kill()
                    raise SandboxDied(self.dead_reason) from exc
            if self.proc.poll() is not None:
                self._mark_dead(f"the sandboxed process ended (exit status {self.proc.returncode})")
                raise SandboxDied(self.dead_reason)

    def _mark_dead(self, reason: str) -> None:
        if self.dead_reason is None:
            self.dead_reason = reason

    def request(self, msg: dict, timeout: float | None = None) -> dict:
        """Send one request and wait for its reply; interrupt, then kill, on timeout."""
        if not self.alive:
            raise SandboxDied(self.dead_reason or "the sandbox is not running")
        timeout = self.limits.cell_timeout if timeout is None else timeout
        left = self.limits.notebook_timeout - (time.monotonic() - self.started_at)
        if left <= 0:
            self._mark_dead(f"notebook time limit ({self.limits.notebook_timeout:g} s) used up")
            self.kill()
            raise SandboxTimeout(self.dead_reason)
        timeout = min(timeout, left)
        try:
            wire.write_message(self._w, msg)
        except (BrokenPipeError, OSError) as exc:
            self._mark_dead(f"the sandboxed process ended ({exc})")
            raise SandboxDied(self.dead_reason) from exc
        try:
            return self._read(timeout)
        except SandboxTimeout:
            self.interrupt()
            try:
                self._read(10.0)  # the KeyboardInterrupt's reply: the runner is usable again
            except SandboxTimeout:
                self._mark_dead(f"timed out after {timeout:g} s and ignored the interrupt")
                self.kill()
                raise SandboxTimeout(self.dead_reason) from None
            raise SandboxTimeout(f"timed out after {timeout:g} s (interrupted)") from None
