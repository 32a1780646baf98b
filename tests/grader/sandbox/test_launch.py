"""lstm_grader.sandbox.launch: the command line that starts the runner (its isolation is checked
for real in test_client.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lstm_grader.limits import Limits
from lstm_grader.sandbox import launch


def _pairs(cmd: list[str], flag: str) -> list[tuple[str, str]]:
    return [(cmd[i + 1], cmd[i + 2]) for i, a in enumerate(cmd) if a == flag]


def test_of_the_repository_only_the_runner_the_wire_format_and_the_guard_are_bound() -> None:
    cmd = launch.bwrap_command("/tmp/work", 5, 6, Limits(), uid=2_000_123)
    binds = dict(_pairs(cmd, "--ro-bind"))
    assert binds[str(launch.RUNNER_PATH)] == launch.SANDBOX_RUNNER
    assert binds[str(launch.WIRE_PATH)] == launch.SANDBOX_WIRE
    assert binds[str(launch.GUARD_PATH)] == launch.SANDBOX_GUARD
    repo = str(launch.HERE.parents[1])
    allowed = {str(launch.RUNNER_PATH), str(launch.WIRE_PATH), str(launch.GUARD_PATH)}
    allowed.add(str(Path(sys.prefix).resolve()))
    from_repo = {src for src in binds if src == repo or src.startswith(repo + "/")}
    assert from_repo <= allowed, from_repo - allowed  # a venv inside the clone is bound, no more
    # the scratch space is a size-limited tmpfs, not a folder of the grader's disk
    i = cmd.index(launch.SANDBOX_WORKDIR)
    assert cmd[i - 1] == "--tmpfs" and cmd[i - 3] == "--size" and cmd[i - 2] == str(Limits().disk)
    assert "--bind" not in cmd
    for flag in ("--unshare-net", "--unshare-pid", "--die-with-parent", "--clearenv"):
        assert flag in cmd
    assert [a for a in cmd if a.startswith(("--reuid", "--regid"))] == [
        "--reuid=2000123",
        "--regid=2000123",
    ]
    assert cmd[-7:] == ["--in-fd", "5", "--out-fd", "6", "--guard", launch.SANDBOX_GUARD, "--reap"]


def test_rlimits_are_the_limits_given() -> None:
    lim = Limits(memory=1024, processes=7, cpu_seconds=9, file_size=11)
    assert launch.prlimit_command(lim) == [
        "/usr/bin/prlimit", "--as=1024", "--nproc=7", "--cpu=9", "--fsize=11", "--core=0", "--",
    ]  # fmt: skip


def test_each_sandbox_gets_an_unprivileged_uid_of_its_own_range() -> None:
    uids = {launch.fresh_uid() for _ in range(50)}
    assert len(uids) > 40 and all(launch.is_sandbox_uid(u) for u in uids)
    assert not launch.is_sandbox_uid(0) and not launch.is_sandbox_uid(65534)


def test_sandbox_mode_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("LSTM_GRADER_SANDBOX", raising=False)
    assert launch.sandbox_mode() == "bwrap"
    monkeypatch.setenv("LSTM_GRADER_SANDBOX", " None ")
    assert launch.sandbox_mode() == "none"
    monkeypatch.setenv("LSTM_GRADER_SANDBOX", "docker")
    with pytest.raises(ValueError, match="must be 'bwrap' or 'none', not 'docker'"):
        launch.sandbox_mode()
