"""One control group per sandbox: memory and process count of the sandbox as a whole.

RLIMIT_AS caps one process; four forks of 2 GB each passed a 6 GB cap. A cgroup counts every
process of the sandbox (and the pages of its tmpfs scratch space) together, and the kernel's OOM
killer then kills inside that group only: one student's sandbox cannot take another's memory.

Works with cgroup v1 (``memory`` and ``pids`` hierarchies, as on this machine) and cgroup v2 (a
unified hierarchy whose ``memory`` and ``pids`` controllers are delegated to us). Where neither is
writable, :func:`create` returns None and :class:`lstm_grader.sandbox.client.Sandbox`'s watchdog
polls ``/proc`` instead (RSS summed over the sandbox's processes).
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
PREFIX = "lstm-grader-"


def _own_path(controller: str) -> str | None:
    """This process's cgroup path in a v1 hierarchy (``controller``) or v2 (``""``)."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, names, path = line.split(":", 2)
        if (controller and controller in names.split(",")) or (not controller and names == ""):
            return path
    return None


def _write(path: Path, value) -> bool:
    try:
        path.write_text(str(value))
        return True
    except OSError:
        return False


class Cgroup:
    """The cgroup(s) of one sandbox. ``procs``: the files a process writes its pid to, to join."""

    def __init__(self, dirs: dict[str, Path], version: int, pids_max: int):
        self.dirs = dirs  # "memory" / "pids" -> directory (the same one in v2)
        self.version = version
        self.pids_max = pids_max

    @property
    def procs(self) -> list[str]:
        return sorted({str(d / "cgroup.procs") for d in self.dirs.values()})

    def _read_int(self, controller: str, v1: str, v2: str) -> int | None:
        name = v1 if self.version == 1 else v2
        try:
            return int((self.dirs[controller] / name).read_text().split()[0])
        except (OSError, ValueError, IndexError, KeyError):
            return None

    def memory_usage(self) -> int | None:
        return self._read_int("memory", "memory.usage_in_bytes", "memory.current")

    def oom_killed(self) -> bool:
        """Whether the kernel killed a process of this group for memory."""
        d = self.dirs["memory"]
        name = "memory.oom_control" if self.version == 1 else "memory.events"
        try:
            for line in (d / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":  # the kernel's own count of kills in this group
                    return int(value) > 0
        except (OSError, ValueError):
            pass
        # Old v1 kernels have no oom_kill count: the limit was hit at least once. (Where the count
        # exists, a hit alone is no kill: the kernel first reclaims the group's page cache.)
        return self.version == 1 and (self._read_int("memory", "memory.failcnt", "") or 0) > 0

    def pids(self) -> list[int]:
        out: set[int] = set()
        for p in self.procs:
            try:
                out.update(int(x) for x in Path(p).read_text().split())
            except (OSError, ValueError):
                pass
        return sorted(out)

    def freeze_forks(self) -> bool:
        """No new process or thread in the sandbox until :meth:`allow_forks` (a graded call)."""
        current = self._read_int("pids", "pids.current", "pids.current")
        return current is not None and _write(self.dirs["pids"] / "pids.max", current)

    def fork_refusals(self) -> int:
        """How many times a fork (or a new thread) was refused at ``pids.max`` so far."""
        try:
            for line in (self.dirs["pids"] / "pids.events").read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "max":
                    return int(value)
        except (OSError, ValueError, KeyError):
            pass
        return 0

    def allow_forks(self) -> None:
        _write(self.dirs["pids"] / "pids.max", self.pids_max)

    def destroy(self) -> None:
        """Kill what is left in the group and remove it."""
        import signal

        for _ in range(50):
            left = self.pids()
            if not left:
                break
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.02)
        for d in set(self.dirs.values()):
            for _ in range(50):
                try:
                    d.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.02)


def create(memory: int, processes: int) -> Cgroup | None:
    """A fresh cgroup limited to ``memory`` bytes and ``processes`` tasks, or None where this
    process may not make one (then the caller falls back to polling /proc)."""
    name = PREFIX + uuid.uuid4().hex[:12]
    v2_own = _own_path("")
    unified = ROOT if (ROOT / "cgroup.controllers").exists() else ROOT / "unified"
    if v2_own is not None and (unified / "cgroup.controllers").exists():
        parent = unified / v2_own.lstrip("/")
        try:
            controllers = (parent / "cgroup.subtree_control").read_text().split()
        except OSError:
            controllers = []
        if "memory" in controllers and "pids" in controllers:
            d = parent / name
            try:
                d.mkdir()
            except OSError:
                d = None
            if d is not None:
                if _write(d / "memory.max", memory) and _write(d / "pids.max", processes):
                    _write(d / "memory.swap.max", 0)
                    return Cgroup({"memory": d, "pids": d}, 2, processes)
                Cgroup({"memory": d}, 2, processes).destroy()
    dirs: dict[str, Path] = {}
    for controller in ("memory", "pids"):
        own = _own_path(controller)
        base = ROOT / controller
        if own is None or not (base / "cgroup.procs").exists():
            break
        d = base / own.lstrip("/") / name
        try:
            d.mkdir()
        except OSError:
            break
        dirs[controller] = d
    group = Cgroup(dirs, 1, processes)
    if len(dirs) != 2:
        group.destroy()
        return None
    ok = _write(dirs["memory"] / "memory.limit_in_bytes", memory)
    _write(dirs["memory"] / "memory.memsw.limit_in_bytes", memory)  # no swap beyond it
    ok = ok and _write(dirs["pids"] / "pids.max", processes)
    if not ok:
        group.destroy()
        return None
    return group
