"""lstm_grader.sandbox.inside.runner: the runner as the sandbox starts it, a script beside wire.py.

Started here as a plain child process (no bubblewrap: that is test_client.py's), speaking the wire
format over two pipes.
"""

from __future__ import annotations

import os
import subprocess

import numpy as np
import pytest

from lstm_grader.sandbox import launch
from lstm_grader.sandbox.inside import wire
from lstm_grader.sandbox.inside.runner import NOT_AVAILABLE


@pytest.fixture
def runner(tmp_path):
    to_r, to_w = os.pipe()
    from_r, from_w = os.pipe()
    cmd = [launch.environment().python, "-I", str(launch.RUNNER_PATH), "--in-fd", str(to_r),
           "--out-fd", str(from_w)]  # fmt: skip
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    proc = subprocess.Popen(cmd, pass_fds=(to_r, from_w), cwd=tmp_path, stdin=subprocess.DEVNULL,
                            env=env)  # fmt: skip
    os.close(to_r)
    os.close(from_w)

    def ask(msg: dict) -> dict:
        wire.write_message(to_w, msg)
        return wire.read_message(from_r)

    hello = wire.read_message(from_r)
    assert hello["ready"] and hello["pid"] == proc.pid
    yield ask
    wire.write_message(to_w, {"op": "bye"})
    assert proc.wait(30) == 0
    os.close(to_w)
    os.close(from_r)


def test_cells_run_and_their_output_comes_back(runner) -> None:
    r = runner({"op": "exec", "code": "import numpy as np\nprint(np.arange(3).sum())\n1/0"})
    assert not r["ok"] and r["error"]["ename"] == "ZeroDivisionError"
    out = r["outputs"][0]
    assert (out["name"], out["text"][:2]) == ("stdout", "3\n"), out


def test_names_lists_the_students_functions_and_classes(runner) -> None:
    runner({"op": "exec", "code": "def f(x):\n    return 2 * x\nclass C:\n    pass\nv = 3"})
    assert runner({"op": "names"})["names"] == {"f": "function", "C": "class"}


def test_a_call_returns_data_and_reports_changed_inputs(runner) -> None:
    runner({"op": "exec", "code": "def f(x):\n    x[0] = 5.0\n    return x * 2"})
    r = runner({"op": "call", "target": "f", "method": None, "args": [wire.encode(np.ones(2))],
                "kwargs": {}})  # fmt: skip
    assert r["ok"], r
    assert wire.decode(r["value"]).tolist() == [10.0, 2.0]
    assert wire.decode(r["mutated"]["0"]).tolist() == [5.0, 1.0]
    assert runner({"op": "call", "target": "g", "args": []})["error"]["ename"] == "NameError"


def test_an_array_a_call_returned_and_a_later_call_changed_is_sent_back(runner) -> None:
    code = "import numpy as np\nbuf = np.zeros(2)\n"
    code += "def f(x):\n    buf[:] = x\n    return buf, {'b': buf + 1}"
    runner({"op": "exec", "code": code})
    first = runner({"op": "call", "target": "f", "args": [wire.encode(np.array([1.0, 2.0]))]})
    assert first["ok"] and first["returned"] == {}, first
    second = runner({"op": "call", "target": "f", "args": [wire.encode(np.array([3.0, 4.0]))]})
    assert second["call"] == first["call"] + 1
    # the first call's buf (its array 0) now holds the second call's values; its dict's array
    # (array 1, a new one each call) is unchanged
    changed = second["returned"]
    assert list(changed) == [f"{first['call']}:0"], changed
    assert wire.decode(changed[f"{first['call']}:0"]).tolist() == [3.0, 4.0]


@pytest.mark.parametrize("library", ["lstm_ref", "torch"])
def test_torch_and_lstm_ref_are_not_available_with_the_local_checks_sentence(runner, library):
    r = runner({"op": "exec", "code": f"import {library}.nn"})
    assert r["error"]["ename"] == "ModuleNotFoundError" and r["forbidden"] == [f"import {library}"]
    assert NOT_AVAILABLE.format(library=library) in r["error"]["evalue"], r["error"]


def test_the_refusal_is_the_local_checks_sentence_word_for_word() -> None:
    # validate == autograde (contract decision 5): checks owns the sentence, the runner copies it
    from lstm_ref.checks import findings

    theirs = next(
        (v for k, v in vars(findings).items() if isinstance(v, str) and "NumPy only" in v), None
    )
    assert theirs is not None, "lstm_ref.checks.findings holds no NumPy-only sentence"
    for library in ("torch", "lstm_ref"):
        ours = NOT_AVAILABLE.format(library=library)
        assert theirs.format(library=library) == ours or ours in theirs.replace(
            "torch (or lstm_ref)", library
        ), (theirs, ours)


def test_an_unknown_request_is_answered_not_fatal(runner) -> None:
    assert runner({"op": "frobnicate"})["error"] == {
        "ename": "ProtocolError",
        "evalue": "frobnicate",
    }
    assert runner({"op": "exec", "code": "print('still here')"})["ok"]
