"""lstm against torch.nn.LSTM (float64, eval mode): the expected values all come from PyTorch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from lstm_ref import init_params, lstm, lstm_backward, params_to_torch

TOL = 1e-12


def torch_lstm(x, params, cfg, hx=None, batch_first=False, lengths=None):
    """What torch.nn.LSTM returns for the same inputs, as NumPy arrays."""
    m = torch.nn.LSTM(
        cfg["I"],
        cfg["H"],
        cfg["L"],
        bias=cfg["bias"],
        batch_first=batch_first,
        bidirectional=cfg["bi"],
        proj_size=cfg["P"],
    ).double()
    m.eval()
    params_to_torch(params, m)
    xt = torch.tensor(x)
    thx = None if hx is None else tuple(torch.tensor(a) for a in hx)
    with torch.no_grad():
        if lengths is None:
            out, (h, c) = m(xt, thx)
        else:
            packed = pack_padded_sequence(
                xt, torch.tensor(lengths), batch_first=batch_first, enforce_sorted=False
            )
            out, (h, c) = m(packed, thx)
            out, _ = pad_packed_sequence(out, batch_first=batch_first)
    return out.numpy(), h.numpy(), c.numpy()


def assert_close(name, got, want, context):
    assert got.shape == want.shape, (
        f"{name}: shape {got.shape}, torch gives {want.shape} ({context})"
    )
    err = float(np.max(np.abs(got - want))) if got.size else 0.0
    assert err <= TOL, f"{name}: max abs error {err:.3g} > {TOL} against torch ({context})"


def random_case(rng):
    """One configuration from issue 2's grid: B 1-5, T 1-7, I and H 1-9, 1-3 layers, ..."""
    H = int(rng.integers(1, 10))
    cfg = {
        "B": int(rng.integers(1, 6)),
        "T": int(rng.integers(1, 8)),
        "I": int(rng.integers(1, 10)),
        "H": H,
        "L": int(rng.integers(1, 4)),
        "bi": bool(rng.integers(2)),
        "bias": bool(rng.random() < 0.75),
        # torch requires proj_size < hidden_size
        "P": int(rng.integers(1, H)) if H > 1 and rng.random() < 0.3 else 0,
    }
    return cfg


def make_inputs(rng, cfg, *, unbatched=False, batch_first=False, with_hx=True, scale=1.0):
    D = 2 if cfg["bi"] else 1
    B, T, I, H, L = cfg["B"], cfg["T"], cfg["I"], cfg["H"], cfg["L"]
    P = cfg["P"] or H
    if unbatched:
        x = rng.standard_normal((T, I)) * scale
        hx = (rng.standard_normal((L * D, P)), rng.standard_normal((L * D, H))) if with_hx else None
    else:
        shape = (B, T, I) if batch_first else (T, B, I)
        x = rng.standard_normal(shape) * scale
        hx = (
            (rng.standard_normal((L * D, B, P)), rng.standard_normal((L * D, B, H)))
            if with_hx
            else None
        )
    return x, hx


def check_case(seed):
    rng = np.random.default_rng(seed)
    cfg = random_case(rng)
    params = init_params(cfg["I"], cfg["H"], cfg["L"], cfg["bias"], cfg["bi"], cfg["P"], rng=rng)
    unbatched = rng.random() < 0.15
    batch_first = bool(rng.integers(2))
    with_hx = bool(rng.integers(2))
    lengths = None
    if not unbatched and rng.random() < 0.5:
        kind = rng.integers(3)
        if kind == 0:
            lengths = rng.integers(1, cfg["T"] + 1, size=cfg["B"])  # unsorted
        elif kind == 1:
            lengths = np.full(cfg["B"], cfg["T"])  # all equal
        else:
            lengths = np.ones(cfg["B"], dtype=np.int64)  # length 1
    x, hx = make_inputs(
        rng, cfg, unbatched=unbatched, batch_first=batch_first, with_hx=with_hx, scale=2.0
    )
    context = (
        f"seed={seed}, {cfg}, unbatched={unbatched}, batch_first={batch_first}, "
        f"hx={'given' if with_hx else 'None'}, lengths={None if lengths is None else list(lengths)}"
    )
    out, (h, c) = lstm(x, params, hx, batch_first=batch_first, lengths=lengths)
    t_out, t_h, t_c = torch_lstm(x, params, cfg, hx, batch_first=batch_first, lengths=lengths)
    assert_close("out", out, t_out, context)
    assert_close("h_n", h, t_h, context)
    assert_close("c_n", c, t_c, context)


@pytest.mark.parametrize("block", range(4))
def test_lstm_matches_torch_on_randomized_grid_float64(block):
    """A seeded sweep over issue 2's grid, 60 configurations per block."""
    for seed in range(block * 60, (block + 1) * 60):
        check_case(seed)


@pytest.mark.parametrize(
    "cfg",
    [
        dict(B=3, T=5, I=4, H=3, L=1, bi=False, bias=True, P=0),
        dict(B=2, T=4, I=3, H=5, L=2, bi=True, bias=True, P=0),
        dict(B=4, T=6, I=2, H=6, L=3, bi=True, bias=False, P=2),
    ],
    ids=["single", "bidirectional-2-layers", "3-layers-proj-no-bias"],
)
@pytest.mark.parametrize("batch_first", [False, True])
def test_lstm_matches_torch_with_unsorted_lengths(cfg, batch_first):
    rng = np.random.default_rng(7)
    params = init_params(cfg["I"], cfg["H"], cfg["L"], cfg["bias"], cfg["bi"], cfg["P"], rng=rng)
    x, hx = make_inputs(rng, cfg, batch_first=batch_first)
    lengths = rng.permutation(np.arange(1, cfg["B"] + 1))
    out, (h, c) = lstm(x, params, hx, batch_first=batch_first, lengths=lengths)
    t_out, t_h, t_c = torch_lstm(x, params, cfg, hx, batch_first=batch_first, lengths=lengths)
    context = f"{cfg}, lengths={list(lengths)}"
    assert_close("out", out, t_out, context)
    assert_close("h_n", h, t_h, context)
    assert_close("c_n", c, t_c, context)


def test_lstm_out_has_max_length_steps_like_pad_packed_sequence():
    """pad_packed_sequence pads to max(lengths), not T; lstm returns the same number of steps."""
    cfg = dict(B=3, T=6, I=2, H=3, L=1, bi=True, bias=True, P=0)
    rng = np.random.default_rng(3)
    params = init_params(2, 3, bidirectional=True, rng=rng)
    x, _ = make_inputs(rng, cfg)
    lengths = [2, 4, 1]
    out, _ = lstm(x, params, lengths=lengths)
    t_out, _, _ = torch_lstm(x, params, cfg, lengths=lengths)
    assert out.shape == t_out.shape == (4, 3, 6), (
        f"out has shape {out.shape}; torch's pad_packed_sequence gives {t_out.shape}"
    )
    assert np.all(out[2:, 0] == 0) and np.all(out[1:, 2] == 0), (
        "out must be exactly zero past each sequence's length"
    )


def test_lstm_accepts_float32_and_float16_and_returns_float64():
    rng = np.random.default_rng(0)
    params = init_params(3, 2, rng=rng)
    x = rng.standard_normal((4, 2, 3))
    want, _ = lstm(x.astype(np.float32).astype(np.float64), params)
    for dtype in (np.float32, np.float16):
        p = {k: a.astype(dtype) for k, a in params.items()}
        got, (h, c) = lstm(x.astype(dtype), p)
        assert got.dtype == h.dtype == c.dtype == np.float64, f"{dtype}: got {got.dtype}"
    got32, _ = lstm(x.astype(np.float32), params)
    assert np.array_equal(got32, want), "float32 input must be computed in float64 after casting"


def test_lstm_sigmoid_does_not_overflow_for_huge_preactivations():
    params = init_params(2, 3, rng=0)
    x = np.full((3, 1, 2), 1000.0)
    with np.errstate(all="raise"):
        out, (h, c) = lstm(x, params)
        out2, _ = lstm(-x, params)
    assert np.isfinite(out).all() and np.isfinite(out2).all()


def test_lstm_and_lstm_backward_leave_their_inputs_unchanged():
    rng = np.random.default_rng(9)
    params = init_params(3, 4, 2, bidirectional=True, proj_size=2, rng=rng)
    x = rng.standard_normal((5, 3, 3))
    hx = (rng.standard_normal((4, 3, 2)), rng.standard_normal((4, 3, 4)))
    before = {k: a.copy() for k, a in dict(params, x=x, h0=hx[0], c0=hx[1]).items()}

    out, _ = lstm(x, params, hx, lengths=[5, 2, 3])
    lstm_backward(np.ones_like(out), x, params, hx, lengths=[5, 2, 3])
    after = dict(params, x=x, h0=hx[0], c0=hx[1])
    changed = [k for k in before if not np.array_equal(before[k], after[k])]
    assert not changed, f"these inputs were modified in place: {changed}"


def test_bilstm_layer_lengths_matches_packed_bidirectional_nn_lstm():
    """Out keeps all T steps (zeros past each length), states as packed nn.LSTM gives them."""
    from lstm_ref import bilstm_layer_lengths

    rng = np.random.default_rng(3)
    T, B, I, H = 5, 4, 3, 2
    lengths = np.array([3, 5, 1, 4])
    x = rng.standard_normal((T, B, I))
    h0, c0 = rng.standard_normal((2, B, H)), rng.standard_normal((2, B, H))
    W = [
        [rng.standard_normal(s) for s in ((4 * H, I), (4 * H, H), (4 * H,), (4 * H,))] for _ in "fb"
    ]
    m = torch.nn.LSTM(I, H, bidirectional=True).double()
    with torch.no_grad():
        for d, sfx in enumerate(("", "_reverse")):
            for name, a in zip(
                ("weight_ih", "weight_hh", "bias_ih", "bias_hh"), W[d], strict=False
            ):
                getattr(m, f"{name}_l0{sfx}").copy_(torch.from_numpy(a))
        packed = pack_padded_sequence(
            torch.from_numpy(x), torch.from_numpy(lengths), enforce_sorted=False
        )
        t_out, (t_h, t_c) = m(packed, (torch.from_numpy(h0), torch.from_numpy(c0)))
        t_out, _ = pad_packed_sequence(t_out, total_length=T)
    out, (h_n, c_n) = bilstm_layer_lengths(x, lengths, h0, c0, W[0], W[1])
    for name, got, want in (("out", out, t_out), ("h_n", h_n, t_h), ("c_n", c_n, t_c)):
        np.testing.assert_allclose(got, want.numpy(), rtol=0, atol=1e-12, err_msg=name)
    # with the longest sequence shorter than T, out still has T steps
    out2, _ = bilstm_layer_lengths(x, np.array([3, 2, 1, 3]), h0, c0, W[0], W[1])
    assert out2.shape == (T, B, 2 * H) and not out2[3:].any()
