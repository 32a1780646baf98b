"""lstm_grader.sandbox.client: the sandbox, against a real bubblewrap sandbox (no nbgrader here).

Each test starts a sandboxed runner, runs student code in it and looks at what that code could do
(files, network, user, limits) and at what the grading side reads back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import unavailable

from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import proxy
from lstm_grader.sandbox import launch
from lstm_grader.sandbox.client import Sandbox, SandboxDied, SandboxTimeout
from lstm_grader.sandbox.inside.runner import NOT_AVAILABLE
from lstm_grader.sandbox.launch import is_sandbox_uid, probe

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True, scope="module")
def _bubblewrap_runs():
    if probe() != "bwrap":
        unavailable(f"no bubblewrap here: {probe()}")


@pytest.fixture
def sandbox():
    with Sandbox(limits=Limits(cell_timeout=10, notebook_timeout=120)) as sb:
        yield sb


def run(sb: Sandbox, code: str, timeout: float | None = None) -> dict:
    return sb.request({"op": "exec", "code": code}, timeout=timeout)


def stdout(reply: dict) -> str:
    return "".join(o["text"] for o in reply["outputs"] if o.get("name") == "stdout")


def test_student_code_runs_unprivileged_under_its_own_uid(sandbox):
    code = "import os\nprint(os.getuid(), os.getgid(), os.geteuid(), os.getgroups())"
    r = run(sandbox, code)
    assert r["ok"], r["error"]
    uid = str(sandbox.uid)
    assert stdout(r).split() == [uid, uid, uid, "[]"], stdout(r)
    assert is_sandbox_uid(sandbox.uid)
    with open("/proc/self/status") as f:  # our own: the capability sets of the student's are 0
        assert "CapEff" in f.read()
    r = run(sandbox, "print(open('/proc/self/status').read())")
    caps = [ln for ln in stdout(r).splitlines() if ln.startswith(("CapEff", "CapPrm", "CapBnd"))]
    assert caps and all(ln.split()[1] == "0000000000000000" for ln in caps), caps


def test_course_directory_and_solutions_are_not_visible(sandbox):
    solution = ROOT / "solutions" / "ex02_cell" / "lstm_cell.ipynb"
    # The course root itself may exist in the sandbox (as an empty folder on the way to a virtual
    # environment inside it), but nothing of the course may show there.
    code = (
        f"import os\nprint(os.path.exists({str(solution)!r}), "
        f"os.listdir({str(ROOT)!r}) if os.path.isdir({str(ROOT)!r}) else [])"
    )
    r = run(sandbox, code)
    assert r["ok"], r["error"]
    exists, listing = stdout(r).split(" ", 1)
    assert exists == "False", f"the solution notebook is visible in the sandbox: {stdout(r)}"
    assert "lstm_ref" not in listing and "solutions" not in listing, listing


def test_lstm_ref_is_not_importable(sandbox):
    r = run(sandbox, "import lstm_ref")
    assert not r["ok"] and r["error"]["ename"] == "ModuleNotFoundError", r
    assert "import lstm_ref" in r["forbidden"], r


def test_no_network(sandbox):
    r = run(sandbox, "import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=3)")
    assert not r["ok"], "a TCP connection left the sandbox"
    assert r["error"]["ename"] in ("OSError", "TimeoutError", "ConnectionRefusedError"), r["error"]


def test_memory_limit_gives_memory_error_and_runner_survives(sandbox):
    r = run(sandbox, "x = bytearray(64 * 1024**3)")
    assert not r["ok"] and r["error"]["ename"] == "MemoryError", r["error"]
    assert run(sandbox, "print('alive')")["ok"]


def test_infinite_loop_is_interrupted_and_runner_survives(sandbox):
    with pytest.raises(SandboxTimeout, match="interrupted"):
        run(sandbox, "while True:\n    pass", timeout=2)
    assert sandbox.alive
    assert stdout(run(sandbox, "print(41 + 1)")) == "42\n"


def test_ignored_sigint_kills_the_sandbox(sandbox):
    code = "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass"
    with pytest.raises(SandboxTimeout, match="ignored the interrupt"):
        run(sandbox, code, timeout=2)
    assert not sandbox.alive
    with pytest.raises(SandboxDied):
        run(sandbox, "print(1)")


def test_fork_bomb_is_contained_and_runner_survives(sandbox):
    # Contained either way: the process limit makes os.fork fail (the cell ends with an error),
    # or the cell runs into its time limit and is interrupted. It never runs to an end.
    try:
        reply = run(sandbox, "import os\nwhile True:\n    os.fork()", timeout=3)
    except SandboxTimeout:
        reply = None
    if reply is not None:
        assert not reply["ok"], f"the fork bomb ended without an error: {reply}"
        assert "BlockingIOError" in str(reply) or "Resource temporarily" in str(reply), reply
    assert stdout(run(sandbox, "print('alive')")) == "alive\n"


def test_no_process_survives_the_sandbox():
    with Sandbox() as sb:
        code = "import subprocess\nsubprocess.Popen(['sleep', '1000'], start_new_session=True)"
        assert run(sb, code)["ok"]
    ps = subprocess.run(["ps", "-eo", "uid=,args="], capture_output=True, text=True).stdout
    left = [line for line in ps.splitlines() if line.split()[0] == str(sb.uid)]
    assert not left, f"still running after the sandbox closed: {left}"


def test_os_exit_marks_the_sandbox_dead(sandbox):
    run(sandbox, "import os\ndef f():\n    os._exit(3)")
    with pytest.raises(SandboxDied):
        proxy.FunctionProxy(sandbox, [], "f")()


def test_values_come_back_as_plain_arrays_never_student_objects(sandbox):
    code = (
        "import numpy as np\n"
        "class Liar(np.ndarray):\n"
        "    def __eq__(self, other):\n        return True\n"
        "def f(x):\n    return np.asarray(x).view(Liar) * 2, np.float32(1.5), (1, 'a', None)\n"
    )
    assert run(sandbox, code)["ok"]
    a, s, t = proxy.FunctionProxy(sandbox, [], "f")(np.arange(3.0))
    assert type(a) is np.ndarray and a.tolist() == [0.0, 2.0, 4.0]
    assert type(s) is np.float32 and s == 1.5
    assert t == (1, "a", None)


def test_objects_that_are_not_data_are_refused(sandbox):
    code = "class Eq:\n    def __eq__(self, o):\n        return True\ndef f():\n    return Eq()\n"
    assert run(sandbox, code)["ok"]
    with pytest.raises(proxy.StudentCodeError, match="cannot be sent"):
        proxy.FunctionProxy(sandbox, [], "f")()


def test_inputs_changed_in_place_are_copied_back(sandbox):
    assert run(sandbox, "def f(x):\n    x[0] = 99.0\n    return 0.0")["ok"]
    x = np.zeros(3)
    proxy.FunctionProxy(sandbox, [], "f")(x)
    assert x.tolist() == [99.0, 0.0, 0.0], "the in-place change was not copied back to the caller"


def test_keyword_inputs_changed_in_place_are_copied_back(sandbox):
    # lstm_layer_backward(..., dh_n=...) with dh += dout[t] on dh = dh_n: the local check says
    # so; at grading the change must reach the check's copy too (validate == autograde)
    assert run(sandbox, "def f(x, dh_n=None):\n    dh_n += 1.0\n    return 0.0")["ok"]
    x, dh_n = np.zeros(2), np.zeros(3)
    proxy.FunctionProxy(sandbox, [], "f")(x, dh_n=dh_n)
    assert dh_n.tolist() == [1.0, 1.0, 1.0], "the keyword argument's change was not copied back"
    assert x.tolist() == [0.0, 0.0]


def test_torch_is_absent_from_the_sandbox_not_merely_blocked(sandbox):
    # Nothing on any path the sandbox's Python could search holds torch: not its sys.path, not
    # the base installation's package folders (hidden), not the grader's own environment.
    code = (
        "import os, sys, sysconfig\n"
        "sys.meta_path[:] = [f for f in sys.meta_path if 'Absent' not in type(f).__name__]\n"
        "roots = set(sys.path) | set(sysconfig.get_paths().values())\n"
        "roots |= {os.path.join(sys.base_prefix, 'lib', f'python{sys.version_info[0]}.'\n"
        "          f'{sys.version_info[1]}', d) for d in ('site-packages', 'dist-packages')}\n"
        "found = [r for r in sorted(roots) if os.path.isdir(os.path.join(r, 'torch'))]\n"
        "import importlib.util\n"
        "print(found, importlib.util.find_spec('torch'), importlib.util.find_spec('lstm_ref'),\n"
        f"      os.path.exists({sys.prefix!r}))\n"
    )
    r = run(sandbox, code)
    assert r["ok"], r["error"]
    assert stdout(r).split() == ["[]", "None", "None", "False"], (
        f"torch or the grader's environment ({sys.prefix}) is reachable: {stdout(r)}"
    )


def test_a_graded_call_that_imports_torch_meets_the_local_checks_words(sandbox):
    code = "def f(x):\n    import torch\n    return torch.nn.LSTM(2, 3)(x)[0]\n"
    assert run(sandbox, code)["ok"]
    findings = []
    with pytest.raises(ModuleNotFoundError) as err:
        proxy.FunctionProxy(sandbox, findings, "f")(np.zeros((1, 1, 2)))
    assert isinstance(err.value, proxy.LibraryNotAvailable) and err.value.name == "torch"
    assert NOT_AVAILABLE.format(library="torch") in str(err.value)
    assert [f.kind for f in findings] == ["forbidden_call"], findings
    assert "import torch" in findings[0].detail


def test_the_sandbox_holds_exactly_the_inside_folder_of_the_repository(sandbox):
    code = f"import os\nprint(sorted(os.listdir({launch.SANDBOX_DIR!r})))"
    r = run(sandbox, code)
    assert r["ok"], r["error"]
    assert stdout(r).strip() == str(sorted(os.listdir(launch.INSIDE))), stdout(r)
    guard = ROOT / "lstm_ref" / "guard.py"
    r = run(sandbox, f"import os\nprint(os.path.exists({str(guard)!r}))")
    assert stdout(r).strip() == "False", "lstm_ref/guard.py is visible in the sandbox"
