"""Static reading of submitted cells (lstm_grader/nbgrader_ext/code_scan.py): each reach for the
guard, torch internals or another process is named with its line; honest code is not flagged."""

from __future__ import annotations

import pytest

from lstm_grader.nbgrader_ext.code_scan import scan_source

HONEST = """import numpy as np
import torch


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    c2 = torch.sigmoid(torch.from_numpy(f)).numpy() * c
    return np.tanh(c2), c2
"""


def test_honest_from_scratch_code_is_not_flagged():
    assert scan_source(HONEST) == []
    assert scan_source(HONEST, autograd=True) == []


@pytest.mark.parametrize(
    "code, line, what",
    [
        ("import gc\nx = 1\n", 1, "import gc"),
        ("x = 1\nfor o in gc.get_objects():\n    pass\n", 2, ".get_objects"),
        ("import ctypes\n", 1, "import ctypes"),
        ("import torch as t\ny = t.ops.aten.mkldnn_rnn_layer(1)\n", 2, "torch.ops.aten.mkldnn_rnn_layer"),  # noqa: E501
        ("from torch.ao.nn.quantizable import LSTMCell\n", 1, "import torch.ao.nn.quantizable.LSTMCell"),  # noqa: E501
        ("import torch\ntorch._C._VariableFunctions.lstm\n", 2, "torch._C._VariableFunctions.lstm"),
        ("import subprocess\n", 1, "import subprocess"),
        ("import os\nos.fork()\n", 2, "os.fork"),
        ("!python -c 1\n", 1, ".system"),
        ("import sys\nsys.modules['_lstm_guard']._active.clear()\n", 2, "sys.modules"),
        ("f.__code__ = g.__code__\n", 1, ".__code__"),
        ("open('/proc/self/fd/5')\n", 1, "'/proc/self/fd/5'"),
        ("from torch import nn\nLSTM = vars(nn)['LS' + 'TM']\n", 2, "vars(torch.nn)[...]"),
        ("import torch\nf = getattr(torch, 'ls' + 'tm')\n", 2, "getattr(torch, ...)"),
        ("import builtins\ng = builtins.__import__('_lstm' + '_guard')\n", 2, ".__import__"),
        ("import torch.nn as nn\nc = nn.__dict__['LSTM']\n", 2, "torch.nn.__dict__"),
        ("f = getattr(__builtins__, 'ev' + 'al')\n", 1, "getattr(builtins, ...)"),
    ],
)  # fmt: skip
def test_each_reach_is_named_with_its_line(code, line, what):
    hits = scan_source(code)
    assert (line, what) in [(h[0], h[1]) for h in hits], hits


def test_autograd_is_flagged_only_in_backward_exercises():
    code = "import torch\nloss.backward()\ng = torch.autograd.grad(l, x)\n"
    assert [h for h in scan_source(code) if "autograd" in h[2]] == []
    found = {(h[0], h[1]) for h in scan_source(code, autograd=True)}
    assert (2, "loss.backward") in found and (3, "torch.autograd.grad") in found


MODULE_IDIOMS = """import numpy as np


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1):
        for k in range(num_layers):
            setattr(self, f"weight_ih_l{k}", np.zeros((4 * hidden_size, input_size)))

    def state_dict(self):
        return {name: getattr(self, name).copy() for name in self.names}

    def __call__(self, x, hx=None):
        for k in range(self.num_layers):
            w = getattr(self, f"weight_ih_l{k}")
            b = getattr(self, f"bias_ih_l{k}", None)
        return vars(self)["out"], self.__dict__["state"]
"""


def test_a_module_reaching_its_own_parameters_by_name_is_not_flagged():
    assert scan_source(MODULE_IDIOMS) == []


@pytest.mark.parametrize("blank", ["", "\n", "\n\n\n", "  \n\t\n"])
def test_the_line_counted_is_the_line_quoted_after_leading_blank_lines(blank):
    from lstm_grader.nbgrader_ext.code_scan import describe

    for code in (blank + "x = 1\nimport gc\n", blank + "!ls\nimport gc\n"):
        ((line, what, why),) = [h for h in scan_source(code) if h[1] == "import gc"]
        assert code.splitlines()[line - 1] == "import gc", (code, line)
        assert describe("cell c", code, line, what, why).endswith(": import gc")
