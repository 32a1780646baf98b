"""The sandbox as a whole against a hostile cell (issue 10), real bubblewrap, no nbgrader: every
pipe read and write has a deadline, the sandbox's memory, disk and processes are limited together,
and graded calls run with no other process alive or startable and with the from-scratch rules."""

from __future__ import annotations

import time

import numpy as np
import pytest
from conftest import unavailable

from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import proxy
from lstm_grader.sandbox.client import Sandbox, SandboxDied, SandboxTimeout
from lstm_grader.sandbox.launch import probe

CELL = 4.0  # seconds


@pytest.fixture(autouse=True, scope="module")
def _bubblewrap_runs():
    if probe() != "bwrap":
        unavailable(f"no bubblewrap here: {probe()}")


def _sandbox(**kw) -> Sandbox:
    return Sandbox(limits=Limits(cell_timeout=CELL, notebook_timeout=60, **kw))


def _exec(sb: Sandbox, code: str) -> dict:
    return sb.request({"op": "exec", "code": code})


def _out(reply: dict) -> str:
    return "".join(o.get("text", "") for o in reply["outputs"])


STALL = """import os, struct, time
for fd in os.listdir('/proc/self/fd'):
    try:
        pipe = os.readlink(f'/proc/self/fd/{fd}').startswith('pipe:')
        if pipe and int(fd) > 2:
            os.write(int(fd), struct.pack('>I', 100) + b'{')
    except OSError:
        pass
time.sleep(60)
"""


def test_a_runner_that_stalls_mid_reply_is_killed_within_the_cell_limit():
    with _sandbox() as sb:
        started = time.monotonic()
        with pytest.raises(SandboxDied, match="stalled in the middle of a reply"):
            _exec(sb, STALL)
        assert time.monotonic() - started < CELL + 2
        assert not sb.alive


def test_a_stopped_runner_is_killed_without_waiting_for_it():
    with _sandbox() as sb:
        started = time.monotonic()
        with pytest.raises(SandboxTimeout, match="stopped"):
            _exec(sb, "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n")
        assert time.monotonic() - started < CELL + 2
        assert not sb.alive


def test_a_stopped_runner_never_blocks_a_large_request():
    with _sandbox() as sb:
        stop_soon = "threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGSTOP)).start()\n"
        _exec(sb, "import os, signal, threading\n" + stop_soon)
        time.sleep(1.5)
        started = time.monotonic()
        with pytest.raises((SandboxDied, SandboxTimeout)):
            _exec(sb, "x = 1  # " + "y" * 20_000_000)
        assert time.monotonic() - started < CELL + 2


def test_disk_is_a_size_limited_tmpfs_of_its_own():
    with _sandbox(disk=16 * 1024**2) as sb:
        r = _exec(sb, "n = 0\ntry:\n    with open('fill', 'wb') as f:\n        while True:\n"
                      "            f.write(b'x' * 2**20); n += 1\n"
                      "except OSError as e:\n    print(n, e.strerror)\n")  # fmt: skip
        count, _, why = _out(r).strip().partition(" ")
        assert why == "No space left on device" and int(count) <= 16, _out(r)
        assert sb.alive


def test_memory_is_limited_across_all_the_sandboxes_processes():
    code = (
        "import os, time\nkids = []\nfor _ in range(4):\n    pid = os.fork()\n"
        "    if pid == 0:\n        hog = b'x' * (300 * 2**20)\n        time.sleep(20)\n"
        "        os._exit(0)\n    kids.append(pid)\ntime.sleep(2)\n"
        "print(sum(os.waitpid(p, os.WNOHANG)[0] != 0 for p in kids), 'forks gone')\n"
    )
    with _sandbox(sandbox_memory=768 * 1024**2) as sb:
        try:
            r = _exec(sb, code)
        except (SandboxDied, SandboxTimeout):
            r = None
        # the forks allocate while the cell sleeps: on a busy machine the kernel's kill may come
        # after the cell returns, so the group's record is read until it shows (15 s at most)
        deadline = time.monotonic() + 15
        killed = sb.cgroup.oom_killed() if sb.cgroup is not None else True
        while not killed and not sb.dead_reason and time.monotonic() < deadline:
            time.sleep(0.2)
            killed = sb.cgroup.oom_killed()
        assert killed or (sb.dead_reason and "memory" in sb.dead_reason), (r, sb.dead_reason)
        if sb.cgroup is not None:
            usage = sb.cgroup.memory_usage()
            assert usage is not None and usage <= 768 * 1024**2


def _call(sb, name, *args):
    findings: list = []
    fn = proxy.FunctionProxy(sb, findings, name)
    try:
        return fn(*args), findings
    except proxy.StudentCodeError as exc:
        return exc, findings


def test_a_helper_process_alive_before_a_graded_call_is_killed():
    with _sandbox() as sb:
        _exec(sb, "import os, time\nif os.fork() == 0:\n    time.sleep(60)\n    os._exit(0)\n"
                  "def f(x):\n    return x\n")  # fmt: skip
        value, findings = _call(sb, "f", np.ones(2))
        assert np.array_equal(value, np.ones(2))
        assert any("alive before the call; killed" in f.detail for f in findings), findings


def test_a_process_started_during_a_graded_call_fails_the_call():
    with _sandbox() as sb:
        _exec(sb, "import subprocess, sys\n"
                  "def f(x):\n"
                  "    subprocess.run([sys.executable, '-c', 'print(1)'])\n"
                  "    return x\n")  # fmt: skip
        value, findings = _call(sb, "f", np.ones(2))
        assert isinstance(value, proxy.ForbiddenCallUsed), value
        assert any(f.kind == "process_during_call" for f in findings), findings
        assert _exec(sb, "print('still usable')")["ok"]


BACKWARD = """def lstm_cell_backward(x):
    import torch
    t = torch.tensor(x, requires_grad=True)
    (t ** 2).sum().backward()
    return t.grad.numpy()
def helper(x):
    return 2 * x
"""


def test_autograd_is_unreachable_because_torch_is_absent():
    # round 3: no rule to switch off: torch is not installed in the sandbox at all
    with _sandbox() as sb:
        _exec(sb, BACKWARD)
        findings: list = []
        with pytest.raises(proxy.LibraryNotAvailable, match="graded in NumPy only") as err:
            proxy.FunctionProxy(sb, findings, "lstm_cell_backward")(np.ones(3))
        assert err.value.name == "torch" and [f.kind for f in findings] == ["forbidden_call"]
        allowed, _ = _call(sb, "helper", np.ones(3))
        assert np.array_equal(allowed, 2 * np.ones(3))


def test_a_returned_string_is_described_not_carried():
    with _sandbox() as sb:
        _exec(sb, "def f():\n    return 'x' * 1_000_000\n")
        value, findings = _call(sb, "f")
        assert isinstance(value, proxy.StudentCodeError)
        assert "a str of 1,000,000 characters" in str(value) and len(str(value)) < 500
        assert sb.alive
