"""lstm_layer against a one-layer torch.nn.LSTM (float64): expected values come from PyTorch."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lstm_ref import lstm_layer, params_from_torch


@pytest.mark.parametrize("batch_first", [False, True])
@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("given_state", [True, False])
def test_lstm_layer_matches_torch_float64(batch_first, bias, given_state):
    rng = np.random.default_rng(int(batch_first) + 2 * int(bias) + 4 * int(given_state))
    T, B, I, H = 5, 3, 4, 6
    torch.manual_seed(0)
    m = torch.nn.LSTM(I, H, bias=bias, batch_first=batch_first).double().eval()
    p = params_from_torch(m)
    x = rng.standard_normal((B, T, I) if batch_first else (T, B, I))
    h0 = rng.standard_normal((B, H)) if given_state else None
    c0 = rng.standard_normal((B, H)) if given_state else None
    out, (h, c) = lstm_layer(
        x, h0, c0, p["weight_ih_l0"], p["weight_hh_l0"],
        p.get("bias_ih_l0"), p.get("bias_hh_l0"), batch_first=batch_first,
    )  # fmt: skip
    thx = None if not given_state else (torch.tensor(h0[None]), torch.tensor(c0[None]))
    with torch.no_grad():
        to, (th, tc) = m(torch.tensor(x), thx)
    for name, got, want in (
        ("out", out, to.numpy()),
        ("h_n", h, th[0].numpy()),
        ("c_n", c, tc[0].numpy()),
    ):
        assert got.shape == want.shape, f"{name}: shape {got.shape}, torch {want.shape}"
        err = np.max(np.abs(got - want))
        assert err <= 1e-12, f"{name}: max abs error {err:.3g} against torch"


def test_lstm_layer_unbatched_matches_batch_of_one():
    rng = np.random.default_rng(5)
    W_ih, W_hh = rng.standard_normal((8, 3)), rng.standard_normal((8, 2))
    x = rng.standard_normal((4, 3))
    out, (h, c) = lstm_layer(x, None, None, W_ih, W_hh)
    out_b, (h_b, c_b) = lstm_layer(x[:, None], None, None, W_ih, W_hh)
    assert out.shape == (4, 2) and h.shape == (2,), f"unbatched shapes {out.shape}, {h.shape}"
    assert np.array_equal(out, out_b[:, 0]) and np.array_equal(h, h_b[0])
