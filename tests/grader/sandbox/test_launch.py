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


def test_of_the_repository_only_the_inside_folder_is_bound() -> None:
    env = launch.environment()
    cmd = launch.bwrap_command("/tmp/work", 5, 6, Limits(), uid=2_000_123, env=env)
    binds = _pairs(cmd, "--ro-bind")
    assert (str(launch.INSIDE), launch.SANDBOX_DIR) in binds
    repo = str(launch.REPO)
    from_repo = {src for src, _ in binds if src == repo or src.startswith(repo + "/")}
    # the inside folder, and the sandbox's venv where it lies inside the clone: nothing else
    assert from_repo <= {str(launch.INSIDE), env.venv}, from_repo
    # the grader's own environment (torch) is not bound, nor lstm_ref/guard.py
    sources = {src for src, _ in binds}
    assert str(Path(sys.prefix).resolve()) not in sources and sys.prefix not in sources
    assert not any(src.endswith("guard.py") for src in sources), sources
    # the interpreter is the sandbox environment's
    assert cmd[cmd.index("-I") - 1] == env.python
    # the base installation's package folders are covered by an empty tmpfs
    for folder in env.hidden():
        i = cmd.index(folder)
        assert cmd[i - 1] == "--tmpfs", folder
    # the scratch space is a size-limited tmpfs, not a folder of the grader's disk
    i = cmd.index(launch.SANDBOX_WORKDIR, cmd.index("--tmpfs") + 2)
    assert cmd[i - 1] == "--tmpfs" and cmd[i - 3] == "--size" and cmd[i - 2] == str(Limits().disk)
    assert "--bind" not in cmd
    for flag in ("--unshare-net", "--unshare-pid", "--die-with-parent", "--clearenv"):
        assert flag in cmd
    assert [a for a in cmd if a.startswith(("--reuid", "--regid"))] == [
        "--reuid=2000123",
        "--regid=2000123",
    ]
    assert cmd[-5:] == ["--in-fd", "5", "--out-fd", "6", "--reap"]


def test_the_sandbox_environment_is_found_from_the_repository_or_the_setting(
    monkeypatch, tmp_path
) -> None:
    monkeypatch.delenv("LSTM_GRADER_SANDBOX_VENV", raising=False)
    assert launch.sandbox_venv() == launch.REPO / ".venv-sandbox"
    monkeypatch.setenv("LSTM_GRADER_SANDBOX_VENV", str(tmp_path / "nowhere"))
    with pytest.raises(launch.SandboxEnvironmentMissing, match="make setup"):
        launch.environment()


def test_the_sandbox_requirements_are_pinned_as_the_main_ones_and_hold_no_torch() -> None:
    def pins(name: str) -> dict[str, str]:
        out = {}
        for line in (launch.REPO / name).read_text().splitlines():
            line = line.split("#")[0].strip()
            if "==" in line:
                pkg, version = line.split("==")
                out[pkg.strip().lower().replace("_", "-")] = version.strip()
        return out

    sandbox, main = pins("requirements-sandbox.txt"), pins("requirements.txt")
    assert "torch" not in sandbox and "lstm-ref" not in sandbox
    assert "numpy" in sandbox and "ipython" in sandbox
    differ = {k: (v, main.get(k)) for k, v in sandbox.items() if main.get(k) != v}
    assert not differ, f"requirements-sandbox.txt pins differ from requirements.txt: {differ}"
