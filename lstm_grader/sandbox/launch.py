"""How the sandbox is started: the bubblewrap + setpriv + prlimit command line, and its uid.

Layers (each checked by ``tests/grader/sandbox/test_client.py``):

- bubblewrap, started by root: new mount, network, PID, IPC and UTS namespaces; the root file system
  is a tmpfs holding only read-only binds of ``/usr``, the sandbox's own Python environment
  (:func:`environment`: ``.venv-sandbox``, made by ``make setup`` from
  ``requirements-sandbox.txt``; NumPy and IPython, no torch, no ``lstm_ref``), the standard library
  of the Python it was made from (that installation's own package folders hidden by empty tmpfs),
  and one folder of the repository, ``lstm_grader/sandbox/inside/`` (the runner and the wire
  format), plus two writable scratch filesystems (``/home/student``, ``/tmp``), tmpfs of
  ``Limits.disk`` bytes each. The grader's own virtual environment (torch), the course directory,
  ``solutions/``, the gradebook, other submissions and the rest of the repository are not there.
  ``--die-with-parent`` and the PID namespace take every process down with the runner.
- setpriv: the runner has a fresh unprivileged uid/gid of its own (:func:`fresh_uid`), no
  capabilities, ``no_new_privs``.
- prlimit: address space, processes, CPU seconds, file size (per process).
- a cgroup (:mod:`lstm_grader.sandbox.cgroup`, joined before bwrap starts, see
  :func:`join_cgroup_command`): memory and process count of the whole sandbox.

``LSTM_GRADER_SANDBOX`` (:func:`sandbox_mode`): ``bwrap`` (the default; grading stops with
:class:`lstm_grader.sandbox.client.SandboxUnavailable` where bubblewrap cannot run) or ``none``
(runs the runner as a plain child process with rlimits only, for a machine without bubblewrap; it
logs a loud warning, and the report marks every submission graded that way as unsandboxed). Both
modes run the runner with the sandbox environment's interpreter, so torch is absent in both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
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
REPO = HERE.parents[1]
# The one folder of the repository the sandbox holds, bound as a whole (trust zone: reachable).
INSIDE = HERE / "inside"
RUNNER_PATH = INSIDE / "runner.py"
SANDBOX_DIR = "/opt/lstm_grader"
SANDBOX_RUNNER = f"{SANDBOX_DIR}/runner.py"
SANDBOX_WORKDIR = "/home/student"
# The sandbox's own Python environment (requirements-sandbox.txt: NumPy and what the runner needs;
# no torch, no lstm_ref), made by `make setup`; a worktree may hold a symbolic link to one.
SANDBOX_VENV_DEFAULT = REPO / ".venv-sandbox"


class SandboxEnvironmentMissing(RuntimeError):
    """The sandbox's Python environment is not there."""


def sandbox_venv() -> Path:
    """``LSTM_GRADER_SANDBOX_VENV`` if set, else ``.venv-sandbox`` at the repository's root."""
    configured = os.environ.get("LSTM_GRADER_SANDBOX_VENV", "").strip()
    return Path(configured) if configured else SANDBOX_VENV_DEFAULT


@dataclass(frozen=True)
class Environment:
    """Where the sandbox's Python lives: the venv (resolved), its interpreter, the base install."""

    venv: str  # the virtual environment, symbolic links resolved
    python: str  # <venv>/bin/python: the interpreter the runner is started with
    executable: str  # the real interpreter file the venv's python points to
    base_prefix: str  # the Python installation the venv was made from (its stdlib)
    version: str  # "3.11"

    def hidden(self) -> list[str]:
        """The base installation's own package folders: an empty tmpfs over each, so a student
        who adds one to sys.path finds nothing there (only the venv's packages exist)."""
        v = self.version
        prefixes, kinds = (self.base_prefix, "/usr", "/usr/local"), ("site", "dist")
        candidates = [f"{p}/lib/python{v}/{d}-packages" for p in prefixes for d in kinds]
        candidates.append("/usr/lib/python3/dist-packages")
        return sorted({c for c in candidates if os.path.isdir(c)})

    def binds(self) -> list[str]:
        """Read-only binds (source == target) besides /usr and the runner's folder."""
        out = [self.venv]
        if not self.base_prefix.startswith("/usr/"):
            out += [f"{self.base_prefix}/lib", self.executable]
        return out


def environment() -> Environment:
    """The sandbox's environment (:func:`sandbox_venv`), or :class:`SandboxEnvironmentMissing`."""
    venv = sandbox_venv()
    cfg = venv / "pyvenv.cfg"
    if not cfg.is_file():
        raise SandboxEnvironmentMissing(
            f"the grading sandbox's Python environment {venv} is missing: `make setup` builds it "
            "from requirements-sandbox.txt (NumPy, no torch); or point LSTM_GRADER_SANDBOX_VENV "
            "at one"
        )
    values = {}
    for line in cfg.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip()
    real = venv.resolve()
    python = real / "bin" / "python"
    executable = python.resolve()
    home = Path(values.get("home", str(executable.parent)))
    version = ".".join(values.get("version", "").split(".")[:2]) or "3"
    return Environment(str(real), str(python), str(executable), str(home.parent), version)


def _dirs(path: str) -> list[str]:
    parts = Path(path).parts[1:]
    return ["/" + "/".join(parts[:i]) for i in range(1, len(parts))]


def bwrap_command(
    workdir: str,
    in_fd: int,
    out_fd: int,
    limits: Limits,
    uid: int | None = None,
    env: Environment | None = None,
) -> list[str]:
    """The command line that starts the runner inside bubblewrap + setpriv + prlimit."""
    uid = fresh_uid() if uid is None else uid
    env = environment() if env is None else env
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
    binds = env.binds()
    for target in [*binds, SANDBOX_RUNNER, SANDBOX_WORKDIR]:
        for d in _dirs(target):
            if d not in made:
                made.add(d)
                cmd += ["--perms", "0755", "--dir", d]
    for root in binds:
        cmd += ["--ro-bind", root, root]
    for folder in env.hidden():  # the base installation's packages: not there
        cmd += ["--perms", "0555", "--size", "4096", "--tmpfs", folder, "--remount-ro", folder]
    cmd += ["--ro-bind", str(INSIDE), SANDBOX_DIR]
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
        f"{env.venv}/bin:/usr/bin:/bin",
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
        env.python,
        "-I",
        SANDBOX_RUNNER,
        "--in-fd",
        str(in_fd),
        "--out-fd",
        str(out_fd),
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
        try:
            env = environment()
        except SandboxEnvironmentMissing as exc:
            _probe_result = str(exc)
            return _probe_result
        cmd = bwrap_command(d, 0, 1, Limits(), uid, env)
        cmd = cmd[: cmd.index(env.python)] + [env.python, "-I", "-c", "print('ok')"]
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
