"""lstm_cell against torch.nn.LSTMCell (float64): expected values come from PyTorch."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lstm_ref import lstm_cell, params_from_torch
from lstm_ref.cell import sigmoid


def torch_cell(I, H, bias, seed):
    torch.manual_seed(seed)
    return torch.nn.LSTMCell(I, H, bias=bias).double()


@pytest.mark.parametrize("seed", range(20))
def test_lstm_cell_matches_torch_float64(seed):
    rng = np.random.default_rng(seed)
    B, I, H = (int(n) for n in rng.integers(1, 10, size=3))
    bias = seed % 4 != 0
    cell = torch_cell(I, H, bias, seed)
    p = params_from_torch(cell)
    x, h, c = rng.standard_normal((B, I)), rng.standard_normal((B, H)), rng.standard_normal((B, H))
    h1, c1 = lstm_cell(x, h, c, p["weight_ih"], p["weight_hh"], p.get("bias_ih"), p.get("bias_hh"))
    with torch.no_grad():
        th, tc = cell(torch.tensor(x), (torch.tensor(h), torch.tensor(c)))
    for name, got, want in (("h_next", h1, th.numpy()), ("c_next", c1, tc.numpy())):
        err = np.max(np.abs(got - want))
        assert err <= 1e-12, (
            f"{name}: max abs error {err:.3g} against LSTMCell (B={B}, I={I}, H={H})"
        )


def test_lstm_cell_unbatched_matches_torch():
    rng = np.random.default_rng(1)
    cell = torch_cell(4, 3, True, 1)
    p = params_from_torch(cell)
    x, h, c = rng.standard_normal(4), rng.standard_normal(3), rng.standard_normal(3)
    h1, c1 = lstm_cell(x, h, c, p["weight_ih"], p["weight_hh"], p["bias_ih"], p["bias_hh"])
    with torch.no_grad():
        th, tc = cell(torch.tensor(x), (torch.tensor(h), torch.tensor(c)))
    assert h1.shape == c1.shape == (3,), f"unbatched state shape {h1.shape}, expected (3,)"
    assert np.max(np.abs(h1 - th.numpy())) <= 1e-12 and np.max(np.abs(c1 - tc.numpy())) <= 1e-12


def test_lstm_cell_none_states_are_zeros_like_torch():
    rng = np.random.default_rng(2)
    cell = torch_cell(2, 5, True, 2)
    p = params_from_torch(cell)
    x = rng.standard_normal((3, 2))
    h1, c1 = lstm_cell(x, None, None, p["weight_ih"], p["weight_hh"], p["bias_ih"], p["bias_hh"])
    with torch.no_grad():
        th, tc = cell(torch.tensor(x))
    assert np.max(np.abs(h1 - th.numpy())) <= 1e-12 and np.max(np.abs(c1 - tc.numpy())) <= 1e-12


def test_sigmoid_matches_torch_and_is_warning_free_at_1000():
    z = np.concatenate([np.linspace(-1000, 1000, 2001), np.linspace(-40, 40, 801)])
    with np.errstate(all="raise"):
        s = sigmoid(z)
    err = np.max(np.abs(s - torch.sigmoid(torch.tensor(z)).numpy()))
    assert err <= 1e-15, f"sigmoid differs from torch.sigmoid by {err:.3g}"
