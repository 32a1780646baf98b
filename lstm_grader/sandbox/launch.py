"""How the sandbox is started: the bubblewrap + setpriv + prlimit command line, and its uid.

Layers (each checked by ``tests/grader/sandbox/test_client.py``):

- bubblewrap, started by root: new mount, network, PID, IPC and UTS namespaces; the root file system
  is a tmpfs holding only read-only binds of ``/usr``, the Python installation, the virtual
  environment and the runner's files (``runner.py``, ``wire.py``, ``lstm_ref/guard.py``), plus
  two writable scratch filesystems (``/home/student``, ``/tmp``), tmpfs of ``Limits.disk`` bytes
  each. The course directory, ``solutions/``, the gradebook, other
  submissions and the repository (``lstm_ref``) are not there. ``--die-with-parent`` and the PID
  namespace take every process down with the runner.
- setpriv: the runner has a fresh unprivileged uid/gid of its own (:func:`fresh_uid`), no
  capabilities, ``no_new_privs``.
- prlimit: address space, processes, CPU seconds, file size (per process).
- a cgroup (:mod:`lstm_grader.sandbox.cgroup`, joined before bwrap starts, see
  :func:`join_cgroup_command`): memory and process count of the whole sandbox.

``LSTM_GRADER_SANDBOX`` (:func:`sandbox_mode`): ``bwrap`` (the default; grading stops with
:class:`lstm_grader.sandbox.client.SandboxUnavailable` where bubblewrap cannot run) or ``none``
(runs the runner as a plain child process with rlimits only, for a machine without bubblewrap; it
logs a loud warning, and the report marks every submission graded that way as unsandboxed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from lstm_grader.limits import Limits

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


HERE = Path(__file__).resolve().parent
RUNNER_PATH = HERE / "runner.py"
WIRE_PATH = HERE / "wire.py"
GUARD_PATH = HERE.parent.parent / "lstm_ref" / "guard.py"  # the forbidden-call guard
SANDBOX_DIR = "/opt/lstm_grader"
SANDBOX_RUNNER = f"{SANDBOX_DIR}/runner.py"
SANDBOX_WIRE = f"{SANDBOX_DIR}/wire.py"
SANDBOX_GUARD = f"{SANDBOX_DIR}/guard.py"
SANDBOX_WORKDIR = "/home/student"


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
        "--perms",
        "1777",
        "--size",
        str(limits.disk),
        "--tmpfs",
        "/tmp",
    ]
    for link in ("lib", "lib64", "bin", "sbin"):
        if os.path.islink("/" + link):
            cmd += ["--symlink", os.readlink("/" + link), "/" + link]
    made = set()
    binds = _python_roots()
    for target in [*binds, SANDBOX_RUNNER, SANDBOX_WIRE, SANDBOX_WORKDIR]:
        for d in _dirs(target):
            if d not in made:
                made.add(d)
                cmd += ["--perms", "0755", "--dir", d]
    for root in binds:
        cmd += ["--ro-bind", root, root]
    cmd += ["--ro-bind", str(RUNNER_PATH), SANDBOX_RUNNER]
    cmd += ["--ro-bind", str(WIRE_PATH), SANDBOX_WIRE]
    cmd += ["--ro-bind", str(GUARD_PATH), SANDBOX_GUARD]
    for f in ("/etc/ld.so.cache", "/etc/localtime", "/etc/nsswitch.conf", "/etc/passwd"):
        if os.path.exists(f):
            cmd += ["--ro-bind", f, f]
    # The scratch space is a size-limited tmpfs (not a folder of the grader's disk): a submission
    # that fills it fills only its own (ENOSPC), never the disk other students are graded on.
    cmd += [
        "--perms",
        "0777",
        "--size",
        str(limits.disk),
        "--tmpfs",
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
        *prlimit_command(limits),
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


def join_cgroup_command(procs_files: list[str], cmd: list[str]) -> list[str]:
    """``cmd`` started by a shell that first moves itself into the sandbox's cgroup(s), so that
    bwrap and everything below it is counted there from its first instruction."""
    if not procs_files:
        return cmd
    script = "".join(f'echo $$ > "${i + 1}" || exit 125; ' for i in range(len(procs_files)))
    script += f'shift {len(procs_files)}; exec "$@"'
    return ["/bin/sh", "-c", script, "sh", *procs_files, *cmd]


def prlimit_command(limits: Limits) -> list[str]:
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
