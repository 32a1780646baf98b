"""cgroup.py against this machine's real cgroups: a group limits memory and processes of what
joins it, counts refused forks, and is removed with what is left in it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lstm_grader.sandbox import cgroup


@pytest.fixture
def group():
    g = cgroup.create(256 * 1024**2, 16)
    if g is None:
        pytest.skip("no writable cgroup here (the sandbox falls back to its /proc watchdog)")
    yield g
    g.destroy()


def _run_in(group, code: str) -> subprocess.CompletedProcess:
    from lstm_grader.sandbox.launch import join_cgroup_command

    cmd = join_cgroup_command(group.procs, [sys.executable, "-c", code])
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_memory_of_the_group_is_limited(group):
    r = _run_in(group, "b = b'x' * (400 * 2**20)\nprint('survived')")
    assert "survived" not in r.stdout and r.returncode != 0
    assert group.oom_killed()


def test_frozen_forks_fail_and_are_counted(group):
    code = (
        "import os, sys, time\n"
        "sys.stdout.write('ready\\n'); sys.stdout.flush()\n"
        "time.sleep(1.5)\n"
        "try:\n    pid = os.fork()\nexcept OSError as e:\n    print('refused', e.errno)\n"
        "else:\n    os._exit(0) if pid == 0 else print('forked')\n"
    )
    from lstm_grader.sandbox.launch import join_cgroup_command

    proc = subprocess.Popen(
        join_cgroup_command(group.procs, [sys.executable, "-c", code]),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    before = group.fork_refusals()
    assert group.freeze_forks()
    out = proc.communicate(timeout=30)[0]
    group.allow_forks()
    assert "refused" in out, out
    assert group.fork_refusals() > before
