"""lstm_grader.nbgrader_ext.proxy: what a test cell calls as the student's function or class.

Against a runner without bubblewrap (LSTM_GRADER_SANDBOX=none: fast); the same proxies against
the real sandbox are in tests/grader/sandbox/test_client.py.
"""

from __future__ import annotations

import numpy as np
import pytest

from lstm_grader.findings import Kind
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


def test_the_namespace_has_a_proxy_per_function_and_class(sandbox) -> None:
    ns = proxy.student_namespace(sandbox, [])
    assert {k: type(v).__name__ for k, v in ns.items()} == {
        "double": "FunctionProxy", "broken": "FunctionProxy", "forever": "FunctionProxy",
        "Acc": "ClassProxy",
    }  # fmt: skip
    assert ns["double"](np.arange(3.0)).tolist() == [0.0, 2.0, 4.0]


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
