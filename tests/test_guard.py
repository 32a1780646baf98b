"""lstm_ref/guard.py against real torch: every route to torch's LSTM (and, for backward exercises,
autograd) is refused inside ``forbidding()``, works outside, and the file loads standalone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import torch
import torch.ao.nn.quantizable as quantizable
from torch._decomp import decomposition_table
from torch._decomp.decompositions import lstm_impl  # a reference taken before the guard exists

from lstm_ref import guard
from lstm_ref.guard import ForbiddenCallError, forbidding

GUARD_FILE = Path(guard.__file__)

T, B, I, H = 3, 2, 4, 5
x = torch.randn(T, B, I)
h = torch.zeros(1, B, H)
c = torch.zeros(1, B, H)
lstm = torch.nn.LSTM(I, H)
W_ih, W_hh, b_ih, b_hh = (p.detach() for p in lstm.parameters())
params = [W_ih, W_hh, b_ih, b_hh]
ARGS = (True, 1, 0.0, False, False, False)  # has_biases, layers, dropout, train, bidir, batch_first

LSTM_ROUTES = {
    "torch.nn.LSTM": lambda: lstm(x),
    "torch.nn.LSTMCell": lambda: torch.nn.LSTMCell(I, H)(x[0]),
    "torch.nn.GRU": lambda: torch.nn.GRU(I, H)(x),
    "torch.ao.nn.quantizable.LSTM": lambda: quantizable.LSTM(I, H)(x),
    "torch.ao.nn.quantizable.LSTMCell": lambda: quantizable.LSTMCell(I, H)(x[0]),
    "torch._decomp.decompositions.lstm_impl": lambda: lstm_impl(x, [h, c], params, *ARGS),
    "decomposition_table[aten.lstm.input]": lambda: decomposition_table[torch.ops.aten.lstm.input](
        x, [h, c], params, *ARGS
    ),
    "torch.ops.aten.lstm.input": lambda: torch.ops.aten.lstm.input(x, [h, c], params, *ARGS),
    "torch._VF.lstm": lambda: torch._VF.lstm(x, (h, c), params, *ARGS),
    "torch._C._VariableFunctions.lstm": lambda: torch._C._VariableFunctions.lstm(
        x, (h, c), params, *ARGS
    ),
    "torch.ops.aten.mkldnn_rnn_layer": lambda: torch.ops.aten.mkldnn_rnn_layer(
        x, W_ih, W_hh, b_ih, b_hh, h[0], c[0], False, [T] * B, 2, H, 1, True, False, False, False
    ),
    "torch.lstm_cell": lambda: torch.lstm_cell(x[0], (h[0], c[0]), *params),
    "aten.lstm under inference_mode": lambda: _in_inference_mode(
        lambda: torch.ops.aten.lstm.input(x, [h, c], params, *ARGS)
    ),
}


def _in_inference_mode(fn):
    with torch.inference_mode():
        return fn()


w = torch.randn(3, requires_grad=True)


def _loss(v):
    return (v**2).sum()


def _forward_ad():
    import torch.autograd.forward_ad as fwAD

    with fwAD.dual_level():
        return fwAD.unpack_dual(_loss(fwAD.make_dual(w.detach(), torch.ones(3)))).tangent


AUTOGRAD_ROUTES = {
    "Tensor.backward": lambda: _loss(w).backward(),
    "torch.autograd.grad": lambda: torch.autograd.grad(_loss(w), w),
    "torch.func.grad": lambda: torch.func.grad(_loss)(w.detach()),
    "torch.func.jacrev": lambda: torch.func.jacrev(_loss)(w.detach()),
    "torch.func.jacfwd": lambda: torch.func.jacfwd(_loss)(w.detach()),
    "torch.autograd.functional.jacobian": lambda: torch.autograd.functional.jacobian(
        _loss, w.detach()
    ),
    "torch.autograd.forward_ad": _forward_ad,
    "the autograd engine itself": lambda: (
        torch.autograd.variable.Variable._execution_engine.run_backward(  # noqa: E501
            (_loss(w),), (torch.tensor(1.0),), False, False, (w,), True, False
        )
    ),
}


@pytest.mark.parametrize("route", list(LSTM_ROUTES))
def test_each_route_to_torch_lstm_is_refused_inside_and_works_outside(route):
    call = LSTM_ROUTES[route]
    call()  # outside: torch's own implementation works
    with forbidding() as g:
        with pytest.raises(ForbiddenCallError, match="not allowed in this exercise"):
            call()
    assert g.hits, f"{route}: refused but not recorded in Guard.hits"
    call()  # and works again after the context


@pytest.mark.parametrize("route", list(AUTOGRAD_ROUTES))
def test_autograd_is_refused_only_with_autograd_true(route):
    call = AUTOGRAD_ROUTES[route]
    with forbidding(autograd=False):
        call()
    with forbidding(autograd=True) as g:
        with pytest.raises(
            ForbiddenCallError, match="torch.autograd and torch.func are not allowed"
        ):
            call()
    assert g.hits
    call()


def test_a_hit_stays_recorded_when_the_student_catches_the_error():
    def sneaky():
        try:
            return lstm(x)[0]
        except Exception:
            return torch.zeros(T, B, H)

    with forbidding() as g:
        sneaky()
    assert g.hits == ["torch.nn.LSTM"]


def test_message_names_the_call_and_the_rule():
    with forbidding(), pytest.raises(ForbiddenCallError) as info:
        lstm(x)
    msg = str(info.value)
    assert "torch.nn.LSTM" in msg and "write the LSTM yourself" in msg and "scores 0" in msg


def test_plain_tensor_code_is_not_refused():
    """An honest from-scratch step (matmul, sigmoid, tanh) runs inside the guard, and its
    gradients still work when only the LSTM rule is on."""
    with forbidding(lstm=True, autograd=False):
        a = x[0] @ W_ih.T + b_ih + h[0] @ W_hh.T + b_hh
        i, f, g, o = a.chunk(4, dim=1)
        c1 = torch.sigmoid(f) * c[0] + torch.sigmoid(i) * torch.tanh(g)
        h1 = torch.sigmoid(o) * torch.tanh(c1)
        _loss(w).backward()
    torch.testing.assert_close(h1, lstm(x[:1], (h, c))[0][0])


def test_every_recurrent_aten_operator_is_listed():
    ops = guard.recurrent_operators(torch)
    for op in (
        "lstm.input",
        "lstm.data",
        "mkldnn_rnn_layer",
        "lstm_cell",
        "gru.input",
        "rnn_tanh.input",
        "quantized_lstm.input",
        "_thnn_fused_lstm_cell",
    ):
        assert op in ops


def test_the_file_imports_only_the_standard_library_and_loads_by_path():
    """What the sandbox does: load guard.py by path in a fresh interpreter, torch imported after."""
    code = (
        "import importlib.util, sys\n"
        f"s = importlib.util.spec_from_file_location('_lstm_guard', {str(GUARD_FILE)!r})\n"
        "g = importlib.util.module_from_spec(s); s.loader.exec_module(g)\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('torch', 'numpy', 'lstm_ref')]\n"
        "g.watch_imports()\n"
        "import torch\n"
        "m = torch.nn.LSTM(2, 3)\n"
        "with g.forbidding() as gd:\n"
        "    try:\n"
        "        m(torch.zeros(1, 1, 2))\n"
        "    except g.ForbiddenCallError:\n"
        "        pass\n"
        "print(gd.hits)\n"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['torch.nn.LSTM']"
