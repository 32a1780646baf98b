"""The sandbox a submission's code runs in, and the pipe the grading side talks to it through.

Layers (each checked by ``tests/grader/test_sandbox.py``):

- bubblewrap, started by root: new mount, network, PID, IPC and UTS namespaces; the root file system
  is a tmpfs holding only read-only binds of ``/usr``, the Python installation, the virtual
  environment and ``runner.py``, plus a writable scratch directory holding the notebook. The course
  directory, ``solutions/``, the gradebook, other submissions and the repository (``lstm_ref``) are
  not there. ``--die-with-parent`` and the PID namespace take every process down with the runner.
- setpriv: the runner has a fresh unprivileged uid/gid of its own (:func:`fresh_uid`), no
  capabilities, ``no_new_privs``.
- prlimit: address space, processes, CPU seconds, file size.

``SANDBOX_MODE`` (environment variable ``LSTM_GRADER_SANDBOX``): ``bwrap`` (the default; grading
stops with :class:`SandboxUnavailable` where bubblewrap cannot run) or ``none`` (runs the runner as
a plain child process with rlimits only, for a machine without bubblewrap; it logs a loud warning,
and the report marks every submission graded that way as unsandboxed).
"""

from __future__ import annotations

import logging
import os
import select
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from lstm_grader import runner as runner_mod

log = logging.getLogger(__name__)

# Each sandbox runs as its own unprivileged uid/gid, drawn from a range no account uses, so that
# RLIMIT_NPROC (counted per uid, machine-wide) of one submission (a fork bomb) never starves the
# others graded in parallel, and no two submissions can signal each other.
SANDBOX_UID_FIRST = 2_000_000
SANDBOX_UID_COUNT = 1_000_000


def fresh_uid() -> int:
    """An unprivileged uid for one sandbox (uid == gid)."""
    import secrets

    return SANDBOX_UID_FIRST + secrets.randbelow(SANDBOX_UID_COUNT)


def is_sandbox_uid(uid: int) -> bool:
    return SANDBOX_UID_FIRST <= uid < SANDBOX_UID_FIRST + SANDBOX_UID_COUNT


RUNNER_PATH = Path(runner_mod.__file__).resolve()
GUARD_PATH = RUNNER_PATH.parent.parent / "lstm_ref" / "guard.py"  # the forbidden-call guard
SANDBOX_RUNNER = "/opt/lstm_grader/runner.py"
SANDBOX_GUARD = "/opt/lstm_grader/guard.py"
SANDBOX_WORKDIR = "/home/student"


class SandboxUnavailable(RuntimeError):
    """bubblewrap cannot run here: grading refuses to run students' code unsandboxed."""


class SandboxDied(RuntimeError):
    """The sandboxed process is gone (killed by a limit, by the student, or by the grader)."""


class SandboxTimeout(TimeoutError):
    """The sandbox did not answer in time; it was interrupted (and killed if that did not help)."""


@dataclass
class Limits:
    """Per-notebook limits. Memory in bytes (address space), times in seconds."""

    memory: int = 6 * 1024**3
    processes: int = 256
    cpu_seconds: int = 600
    file_size: int = 64 * 1024**2
    cell_timeout: float = 30.0
    notebook_timeout: float = 300.0
    startup_timeout: float = 60.0


def _python_roots() -> list[str]:
    """Directories the sandbox needs read-only to run this Python and its packages."""
    roots = {sys.prefix, sys.base_prefix, sysconfig.get_paths()["stdlib"]}
    real = Path(sys.executable).resolve()
    roots.add(str(real.parent.parent))
    out = []
    for r in sorted(roots):
        r = str(Path(r).resolve()) if not os.path.islink(r) else r
        if r.startswith("/usr"):
            continue
        if not any(r == o or r.startswith(o + "/") for o in out):
            out.append(r)
    # keep only the outermost paths
    return [r for r in out if not any(r != o and r.startswith(o + "/") for o in out)]


def _dirs(path: str) -> list[str]:
    parts = Path(path).parts[1:]
    return ["/" + "/".join(parts[:i]) for i in range(1, len(parts))]


def bwrap_command(
    workdir: str, in_fd: int, out_fd: int, limits: Limits, uid: int | None = None
) -> list[str]:
    """The command line that starts the runner inside bubblewrap + setpriv + prlimit."""
    uid = fresh_uid() if uid is None else uid
    cmd = [
        "bwrap",
        "--unshare-net",
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--die-with-parent",
        "--new-session",
        "--hostname",
        "sandbox",
        "--ro-bind",
        "/usr",
        "/usr",
        # A fresh /tmp first: the binds below may lie under /tmp (a clone of the course in a
        # temporary folder has its virtual environment there) and must not be hidden by it.
        "--tmpfs",
        "/tmp",
    ]
    for link in ("lib", "lib64", "bin", "sbin"):
        if os.path.islink("/" + link):
            cmd += ["--symlink", os.readlink("/" + link), "/" + link]
    made = set()
    binds = _python_roots()
    for target in [*binds, SANDBOX_RUNNER, SANDBOX_WORKDIR]:
        for d in _dirs(target):
            if d not in made:
                made.add(d)
                cmd += ["--perms", "0755", "--dir", d]
    for root in binds:
        cmd += ["--ro-bind", root, root]
    cmd += ["--ro-bind", str(RUNNER_PATH), SANDBOX_RUNNER]
    cmd += ["--ro-bind", str(GUARD_PATH), SANDBOX_GUARD]
    for f in ("/etc/ld.so.cache", "/etc/localtime", "/etc/nsswitch.conf", "/etc/passwd"):
        if os.path.exists(f):
            cmd += ["--ro-bind", f, f]
    cmd += [
        "--bind",
        workdir,
        SANDBOX_WORKDIR,
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--chdir",
        SANDBOX_WORKDIR,
        "--clearenv",
        "--setenv",
        "HOME",
        SANDBOX_WORKDIR,
        "--setenv",
        "PATH",
        f"{sys.prefix}/bin:/usr/bin:/bin",
        "--setenv",
        "USER",
        "student",
        "--setenv",
        "LOGNAME",
        "student",
        "--setenv",
        "OMP_NUM_THREADS",
        "1",
        "--setenv",
        "MPLBACKEND",
        "Agg",
        "--setenv",
        "PYTHONDONTWRITEBYTECODE",
        "1",
        "/usr/bin/setpriv",
        f"--reuid={uid}",
        f"--regid={uid}",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--no-new-privs",
        *_prlimit(limits),
        sys.executable,
        "-I",
        SANDBOX_RUNNER,
        "--in-fd",
        str(in_fd),
        "--out-fd",
        str(out_fd),
        "--guard",
        SANDBOX_GUARD,
        "--reap",
    ]
    return cmd


def _prlimit(limits: Limits) -> list[str]:
    return [
        "/usr/bin/prlimit",
        f"--as={limits.memory}",
        f"--nproc={limits.processes}",
        f"--cpu={limits.cpu_seconds}",
        f"--fsize={limits.file_size}",
        "--core=0",
        "--",
    ]


_probe_result: str | None = None


def probe() -> str:
    """Which isolation works here: ``"bwrap"`` or the reason it does not (cached)."""
    global _probe_result
    if _probe_result is not None:
        return _probe_result
    if shutil.which("bwrap") is None:
        _probe_result = "bubblewrap (bwrap) is not installed"
        return _probe_result
    with tempfile.TemporaryDirectory() as d:
        uid = fresh_uid()
        os.chown(d, uid, uid) if os.geteuid() == 0 else None
        cmd = bwrap_command(d, 0, 1, Limits(), uid)
        cmd = cmd[: cmd.index(sys.executable)] + [sys.executable, "-I", "-c", "print('ok')"]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
            ok = r.returncode == 0 and r.stdout.strip() == "ok"
            _probe_result = "bwrap" if ok else f"bwrap failed: {r.stderr.strip()[:300]}"
        except (OSError, subprocess.TimeoutExpired) as exc:
            _probe_result = f"bwrap failed: {exc}"
    return _probe_result


def sandbox_mode() -> str:
    """``bwrap`` or ``none`` from ``LSTM_GRADER_SANDBOX`` (default ``bwrap``)."""
    mode = os.environ.get("LSTM_GRADER_SANDBOX", "bwrap").strip().lower()
    if mode not in ("bwrap", "none"):
        raise ValueError(f"LSTM_GRADER_SANDBOX must be 'bwrap' or 'none', not {mode!r}")
    return mode


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
            cmd = bwrap_command(self.workdir, to_child_r, from_child_w, self.limits, self.uid)
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        else:
            log.warning(
                "!!! LSTM_GRADER_SANDBOX=none: students' code runs UNSANDBOXED (rlimits only) !!!"
            )
            cmd = [
                *_prlimit(self.limits),
                sys.executable,
                "-I",
                str(RUNNER_PATH),
                "--in-fd",
                str(to_child_r),
                "--out-fd",
                str(from_child_w),
                "--guard",
                str(GUARD_PATH),
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
                runner_mod.write_message(self._w, {"op": "bye"})
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
                    return runner_mod.read_message(self._r)
                except (EOFError, OSError) as exc:
                    self._mark_dead(f"the sandboxed process ended ({exc})")
                    raise SandboxDied(self.dead_reason) from exc
                except (ValueError, runner_mod.ProtocolError) as exc:
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
            runner_mod.write_message(self._w, msg)
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
