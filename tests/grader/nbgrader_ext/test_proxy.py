"""lstm_grader.nbgrader_ext.proxy: what a test cell calls as the student's function or class.

Against a runner without bubblewrap (LSTM_GRADER_SANDBOX=none: fast); the same proxies against
the real sandbox are in tests/grader/sandbox/test_client.py.
"""

from __future__ import annotations

import numpy as np
import pytest

from lstm_grader.grading_findings import Kind
from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import proxy
from lstm_grader.sandbox.client import Sandbox, SandboxTimeout


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(limits=Limits(cell_timeout=3, notebook_timeout=120), mode="none") as sb:
        code = (
            "import numpy as np\n"
            "def double(x):\n    return 2 * np.asarray(x)\n"
            "def broken(x):\n    return x.nope\n"
            "def forever():\n    while True:\n        pass\n"
            "class Acc:\n    def __init__(self, start=0.0):\n        self.total = start\n"
            "    def add(self, v):\n        self.total += v\n        return self.total\n"
            "_hidden = 1\nvalue = 3\n"
        )
        assert sb.request({"op": "exec", "code": code})["ok"]
        yield sb


def test_the_namespace_has_a_proxy_per_graded_name_of_its_kind_and_nothing_else(sandbox):
    graded = {"double": "function", "Acc": "class", "missing": "function"}
    ns = proxy.student_namespace(sandbox, [], graded)
    assert {k: type(v).__name__ for k, v in ns.items()} == {
        "double": "FunctionProxy", "Acc": "ClassProxy",
    }  # fmt: skip
    assert ns["double"](np.arange(3.0)).tolist() == [0.0, 2.0, 4.0]


def test_a_graded_name_of_the_wrong_kind_is_never_called(sandbox) -> None:
    ns = proxy.student_namespace(sandbox, [], {"Acc": "function", "double": "class"})
    with pytest.raises(proxy.StudentCodeError, match="Acc is a class in your notebook"):
        ns["Acc"]()
    with pytest.raises(proxy.StudentCodeError, match="asks for a class named double"):
        ns["double"](1)


def test_a_students_print_never_reaches_the_trusted_side(sandbox) -> None:
    code = "calls = []\ndef print(*a, **k):\n    calls.append(a)\ndef len(x):\n    return 0\n"
    assert sandbox.request({"op": "exec", "code": code})["ok"]
    ns = proxy.student_namespace(sandbox, [], {"double": "function"})
    assert set(ns) == {"double"}, ns
    # even an assignment that (wrongly) declared print gets nothing of the kind "builtin": the
    # executor's declarations never hold a builtin (tests/grader/nbgrader_ext/test_graded_names)
    r = sandbox.request({"op": "exec", "code": "assert calls == [], calls"})
    assert r["ok"], r


SCRATCH = """import numpy as np

class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        rng = np.random.default_rng(seed)
        k = 1 / np.sqrt(hidden_size)
        self.H, self.L = hidden_size, num_layers
        self.p = {}
        for layer in range(num_layers):
            i = input_size if layer == 0 else hidden_size
            self.p[f"weight_ih_l{layer}"] = rng.uniform(-k, k, (4 * hidden_size, i))
            self.p[f"weight_hh_l{layer}"] = rng.uniform(-k, k, (4 * hidden_size, hidden_size))

    def state_dict(self):
        return {name: value.copy() for name, value in self.p.items()}

    def load_state_dict(self, state):
        assert set(state) == set(self.p) and all(v.dtype == np.float64 for v in state.values())
        self.p = {name: np.array(value, dtype=np.float64) for name, value in state.items()}

    def __call__(self, x, hx=None):
        T, B, _ = x.shape
        h = np.zeros((self.L, B, self.H)) if hx is None else hx[0].copy()
        c = np.zeros((self.L, B, self.H)) if hx is None else hx[1].copy()
        out = x @ self.p["weight_ih_l0"].T[:, : self.H]
        return out, (h + out[-1], c)
"""


def test_a_numpy_module_crosses_with_kwargs_state_dicts_and_calls(sandbox) -> None:
    # the interface of ex04's NumPy ScratchLSTM (contract decision 2), through the proxies
    assert sandbox.request({"op": "exec", "code": SCRATCH})["ok"]
    ns = proxy.student_namespace(sandbox, [], {"ScratchLSTM": "class"})
    mine = ns["ScratchLSTM"](input_size=3, hidden_size=4, num_layers=2, bias=True,
                             batch_first=False, bidirectional=False, seed=7)  # fmt: skip
    state = mine.state_dict()
    assert type(state) is dict and sorted(state) == [
        "weight_hh_l0", "weight_hh_l1", "weight_ih_l0", "weight_ih_l1",
    ]  # fmt: skip
    assert all(type(v) is np.ndarray and v.dtype == np.float64 for v in state.values())
    assert state["weight_ih_l0"].shape == (16, 3) and np.abs(state["weight_ih_l0"]).max() <= 0.5
    given = {k: np.full_like(v, 0.25) for k, v in state.items()}
    assert mine.load_state_dict(given) is None
    assert np.array_equal(mine.state_dict()["weight_hh_l1"], given["weight_hh_l1"])
    x = np.ones((5, 2, 3))
    out, (h, c) = mine(x, None)
    assert out.shape == (5, 2, 4) and h.shape == (2, 2, 4) and np.allclose(out, 0.75)
    h0, c0 = np.ones((2, 2, 4)), np.full((2, 2, 4), 2.0)
    out, (h, c) = mine(x, (h0, c0))
    assert np.allclose(h, 1.75) and np.allclose(c, 2.0)


def test_an_instance_lives_in_the_sandbox_and_its_methods_are_called_there(sandbox) -> None:
    acc = proxy.ClassProxy(sandbox, [], "Acc")(start=1.0)
    assert isinstance(acc, proxy.InstanceProxy)
    assert acc.add(2.0) == 3.0 and acc.add(4.0) == 7.0


def test_the_students_exception_arrives_with_its_traceback_tail(sandbox) -> None:
    with pytest.raises(proxy.StudentCodeError, match="broken raised AttributeError") as exc:
        proxy.FunctionProxy(sandbox, [], "broken")(1)
    assert "x.nope" in str(exc.value)


def test_a_call_past_the_time_limit_is_a_timeout_finding(sandbox) -> None:
    findings = []
    with pytest.raises(SandboxTimeout):
        proxy.FunctionProxy(sandbox, findings, "forever")()
    assert [f.kind for f in findings] == [Kind.TIMEOUT]
    assert proxy.FunctionProxy(sandbox, [], "double")(1) == 2  # the runner was interrupted, alive


def test_numpys_overflow_warning_reaches_the_check_as_it_does_locally(sandbox) -> None:
    # a sigmoid that overflows warns in the sandbox; the check on the trusted side judges it as
    # the local check does (validate == autograde): the warning travels back as text
    from lstm_ref.checks import CheckFailure, check_sigmoid

    code = "import numpy as np\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"
    assert sandbox.request({"op": "exec", "code": code})["ok"]
    ns = proxy.student_namespace(sandbox, [], {"sigmoid": "function"})
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(ns["sigmoid"], cases="fixed")
    assert info.value.stage == "overflow" and "overflow encountered in exp" in str(info.value)
