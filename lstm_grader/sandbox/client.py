"""The grading side's end of the sandbox: start one runner per notebook, send it requests.

:class:`Sandbox` starts ``runner.py`` with the command :mod:`lstm_grader.sandbox.launch` builds
and talks to it over two pipes in the format of :mod:`lstm_grader.sandbox.inside.wire`: one
request, one reply, each with a time limit (interrupt, then kill); the notebook's total time is
limited too.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field

from lstm_grader.limits import Limits
from lstm_grader.sandbox import cgroup, launch
from lstm_grader.sandbox.inside import wire
from lstm_grader.sandbox.launch import (
    RUNNER_PATH,
    SANDBOX_RUNNER,
    SandboxEnvironmentMissing,
    fresh_uid,
    probe,
    sandbox_mode,
)

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
    cgroup: object = None  # lstm_grader.sandbox.cgroup.Cgroup, or None where none could be made
    watchdog: object = None
    env: object = None  # lstm_grader.sandbox.launch.Environment, the sandbox's Python

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
        try:
            self.env = launch.environment()
        except SandboxEnvironmentMissing as exc:
            raise SandboxUnavailable(str(exc)) from None
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
                self.workdir, to_child_r, from_child_w, self.limits, self.uid, self.env
            )
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        else:
            log.warning(
                "!!! LSTM_GRADER_SANDBOX=none: students' code runs UNSANDBOXED (rlimits only) !!!"
            )
            cmd = [
                *launch.prlimit_command(self.limits),
                self.env.python,
                "-I",
                str(RUNNER_PATH),
                "--in-fd",
                str(to_child_r),
                "--out-fd",
                str(from_child_w),
            ]
            env = {"PATH": os.environ.get("PATH", ""), "HOME": self.workdir, "OMP_NUM_THREADS": "1"}
        # Memory and processes of the sandbox as a whole: a cgroup where we may make one, else the
        # watchdog polls /proc (see Watchdog).
        self.cgroup = cgroup.create(self.limits.sandbox_memory, self.limits.processes)
        if self.cgroup is not None:
            cmd = launch.join_cgroup_command(self.cgroup.procs, cmd)
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
        os.set_blocking(self._w, False)  # every read and write has a deadline (wire.*_by)
        os.set_blocking(self._r, False)
        self.started_at = time.monotonic()
        self.watchdog = Watchdog(self)
        self.watchdog.start()
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
        if getattr(self, "watchdog", None) is not None:
            self.watchdog.stop()
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
        if getattr(self, "cgroup", None) is not None:
            self._note_oom()
            self.cgroup.destroy()
            self.cgroup = None

    def _note_oom(self) -> None:
        if self.cgroup is not None and self.cgroup.oom_killed():
            self.dead_reason = (
                f"killed: the sandbox's processes together used more than the memory limit "
                f"({self.limits.sandbox_memory / 1024**3:g} GiB)"
            )

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
                if argv[0] == self.env.python.encode() and SANDBOX_RUNNER.encode() in argv:
                    return pid
            except OSError:
                return None
        return None

    def _uid_of(self, pid: int) -> int | None:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            pass
        return None

    def _sandbox_processes(self) -> list[int]:
        """Every process of the sandbox's student uid but the runner: the runner's descendants and
        the orphans bwrap's init inherited (a double fork), found from bwrap down."""
        runner = self._runner_pid()
        root = self.proc.pid if self.mode == "bwrap" else runner
        todo, found = list(self._children(root)) if root else [], []
        while todo:
            pid = todo.pop()
            todo += self._children(pid)
            if pid != runner and (self.mode != "bwrap" or self._uid_of(pid) == self.uid):
                found.append(pid)
        return found

    def kill_strays(self) -> int:
        """SIGKILL every process the student's code started (a fork bomb, a background job, a
        detached helper); their count."""
        if self.proc is None or self._runner_pid() is None:
            return 0
        killed = 0
        for _ in range(50):  # a fork bomb keeps forking while we kill: repeat until none is left
            found = self._sandbox_processes()
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

    def runner_state(self) -> str | None:
        """The runner's process state letter (``R``, ``S``, ``T`` = stopped, ...), or None."""
        pid = self._runner_pid()
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError, TypeError):
            return None

    # ------------------------------------------------------------ messages

    def _fail(self, reason: str, exc: type = None) -> None:
        """Mark the sandbox dead with ``reason``, kill it, raise ``exc`` (SandboxDied)."""
        self._mark_dead(reason)
        self.kill()
        raise (exc or SandboxDied)(self.dead_reason)

    def _read(self, timeout: float) -> dict:
        """One reply within ``timeout`` seconds: SandboxTimeout when none began, the sandbox
        killed when it stalled midway, sent garbage or more than the limits allow."""
        deadline = time.monotonic() + timeout
        try:
            return wire.read_message_by(
                self._r, deadline, limit=self.limits.reply_bytes, nesting=self.limits.nesting
            )
        except wire.NoReply:
            if self.proc.poll() is not None or self.dead_reason:
                self._mark_dead(f"the sandboxed process ended (exit status {self.proc.returncode})")
                self._note_oom()
                raise SandboxDied(self.dead_reason) from None
            raise SandboxTimeout(f"no answer within {timeout:g} s") from None
        except wire.Stalled as exc:
            self._fail(f"the sandbox stalled in the middle of a reply ({exc}); killed")
        except wire.TooLarge as exc:
            self._fail(f"the sandbox sent {exc}; killed")
        except (EOFError, OSError) as exc:
            self._mark_dead(f"the sandboxed process ended ({exc})")
            self._note_oom()
            raise SandboxDied(self.dead_reason) from exc
        except (ValueError, wire.ProtocolError) as exc:
            self._fail(f"garbage on the grader's pipe ({exc}); killed")

    def _write(self, msg: dict, timeout: float) -> None:
        try:
            wire.write_message_by(self._w, msg, time.monotonic() + timeout)
        except (wire.NoReply, wire.Stalled):
            state = self.runner_state()
            why = " (the runner is stopped)" if state in ("T", "t") else ""
            self._fail(f"the sandbox did not take the request within {timeout:g} s{why}; killed")
        except (BrokenPipeError, OSError) as exc:
            self._mark_dead(f"the sandboxed process ended ({exc})")
            self._note_oom()
            raise SandboxDied(self.dead_reason) from exc

    def _mark_dead(self, reason: str) -> None:
        if self.dead_reason is None:
            self.dead_reason = reason

    def request(self, msg: dict, timeout: float | None = None) -> dict:
        """Send one request and wait for its reply; interrupt, then kill, on timeout. Reading and
        writing together never take more than ``timeout`` (the cell limit) plus the interrupt's
        grace (``Limits.interrupt_grace``); a stopped runner is killed without the grace."""
        if not self.alive:
            raise SandboxDied(self.dead_reason or "the sandbox is not running")
        timeout = self.limits.cell_timeout if timeout is None else timeout
        left = self.limits.notebook_timeout - (time.monotonic() - self.started_at)
        if left <= 0:
            self._fail(
                f"notebook time limit ({self.limits.notebook_timeout:g} s) used up", SandboxTimeout
            )
        timeout = min(timeout, left)
        started = time.monotonic()
        self._write(msg, timeout)
        try:
            return self._read(max(0.0, timeout - (time.monotonic() - started)))
        except SandboxTimeout:
            if self.runner_state() in ("T", "t"):
                self._fail(
                    f"timed out after {timeout:g} s: the runner is stopped; killed", SandboxTimeout
                )
            self.interrupt()
            try:
                self._read(self.limits.interrupt_grace)  # the KeyboardInterrupt's reply
            except SandboxTimeout:
                self._fail(
                    f"timed out after {timeout:g} s and ignored the interrupt; killed",
                    SandboxTimeout,
                )
            raise SandboxTimeout(f"timed out after {timeout:g} s (interrupted)") from None

    def graded_call(self, msg: dict, seen: list[str] | None = None) -> tuple[dict, list[str]]:
        """A call of the student's function with no other process of the sandbox alive and none
        startable: every process but the runner is killed first, and the cgroup's process limit
        is set to what runs now while the call runs (a fork fails, and the refusal is counted).
        Without a cgroup, a process found alive after the call is reported instead.
        Returns the reply and what was seen (``["started a process ..."]`` or []); ``seen``, when
        given, gets it as it happens (also when the call then times out)."""
        seen = [] if seen is None else seen
        killed = self.kill_strays()
        if killed:
            seen.append(f"{killed} process(es) of the sandbox were alive before the call; killed")
        group = self.cgroup
        refusals = group.fork_refusals() if group is not None else 0
        frozen = group.freeze_forks() if group is not None else False
        try:
            reply = self.request(msg)
        finally:
            if frozen and self.cgroup is not None:
                self.cgroup.allow_forks()
        if frozen:
            tried = group.fork_refusals() - refusals
            if tried > 0:
                seen.append(
                    f"started (or tried to start) a process during the graded call ({tried} "
                    "refused)"
                )
        elif self.alive and self._sandbox_processes():
            seen.append("started a process during the graded call (still running after it)")
        return reply, seen


class Watchdog(threading.Thread):
    """Kills the sandbox past its limits, whatever the grading thread is doing: wall time of the
    notebook (plus the interrupt grace), and memory of all its processes together where no cgroup
    does that (RSS summed over /proc)."""

    interval = 0.2

    def __init__(self, sandbox: Sandbox):
        super().__init__(daemon=True, name="sandbox-watchdog")
        self.sandbox = sandbox
        self._stop_event = threading.Event()

    def stop(self) -> None:
        self._stop_event.set()

    def _rss(self) -> int:
        sb = self.sandbox
        todo, total = [sb.proc.pid], 0
        seen = set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            try:
                with open(f"/proc/{pid}/statm") as f:
                    total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, ValueError, IndexError):
                pass
            todo += sb._children(pid)
        return total

    def run(self) -> None:
        sb, limits = self.sandbox, self.sandbox.limits
        wall = limits.notebook_timeout + limits.startup_timeout + limits.interrupt_grace
        while not self._stop_event.wait(self.interval):
            if sb.proc is None or sb.proc.poll() is not None:
                return
            if time.monotonic() - sb.started_at > wall:
                sb._mark_dead(f"killed by the watchdog: the notebook ran past {wall:g} s")
            elif sb.cgroup is None and self._rss() > limits.sandbox_memory:
                sb._mark_dead(
                    "killed by the watchdog: the sandbox's processes together used more than "
                    f"{limits.sandbox_memory / 1024**3:g} GiB"
                )
            else:
                continue
            try:
                os.killpg(sb.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            return
