"""Backward passes against torch.autograd (float64) and central finite differences."""

from __future__ import annotations

import zlib

import numpy as np
import pytest
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from lstm_ref import init_params, lstm, lstm_backward, lstm_cell, lstm_cell_backward

TOL = 1e-10


def assert_grad(name, got, want, context, tol=TOL):
    assert got.shape == want.shape, f"d{name}: shape {got.shape}, expected {want.shape} ({context})"
    err = float(np.max(np.abs(got - want))) if got.size else 0.0
    assert err <= tol, f"d{name}: max abs error {err:.3g} > {tol:g} ({context})"


# ---- lstm_cell_backward -------------------------------------------------------------------------


def torch_cell_grads(dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh):
    """∂(Σ dh ⊙ h_next + Σ dc ⊙ c_next) by torch.autograd through torch's own LSTMCell kernel."""
    ts = {
        k: torch.tensor(a, requires_grad=True)
        for k, a in dict(x=x, h=h, c=c, W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, b_hh=b_hh).items()
        if a is not None
    }
    hn, cn = torch._VF.lstm_cell(
        ts["x"], (ts["h"], ts["c"]), ts["W_ih"], ts["W_hh"], ts.get("b_ih"), ts.get("b_hh")
    )
    loss = (hn * torch.tensor(dh)).sum() + (cn * torch.tensor(dc)).sum()
    loss.backward()
    return {k: t.grad.numpy() for k, t in ts.items()}


@pytest.mark.parametrize("seed", range(8))
def test_lstm_cell_backward_matches_torch_autograd(seed):
    rng = np.random.default_rng(seed)
    B, I, H = (int(n) for n in rng.integers(1, 7, size=3))
    bias = seed % 3 != 0
    x, h, c = (rng.standard_normal(s) for s in ((B, I), (B, H), (B, H)))
    W_ih, W_hh = rng.standard_normal((4 * H, I)), rng.standard_normal((4 * H, H))
    b_ih, b_hh = (rng.standard_normal(4 * H), rng.standard_normal(4 * H)) if bias else (None, None)
    dh, dc = rng.standard_normal((B, H)), rng.standard_normal((B, H))
    got = lstm_cell_backward(dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh)
    want = torch_cell_grads(dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh)
    assert set(got) == {"x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh"}
    for k, w in want.items():
        assert_grad(k, got[k], w, f"B={B}, I={I}, H={H}, bias={bias}")
    if not bias:
        assert got["b_ih"] is None and got["b_hh"] is None


def test_lstm_cell_backward_matches_central_finite_differences():
    rng = np.random.default_rng(11)
    B, I, H = 2, 3, 2
    args = dict(
        x=rng.standard_normal((B, I)),
        h=rng.standard_normal((B, H)),
        c=rng.standard_normal((B, H)),
        W_ih=rng.standard_normal((4 * H, I)),
        W_hh=rng.standard_normal((4 * H, H)),
        b_ih=rng.standard_normal(4 * H),
        b_hh=rng.standard_normal(4 * H),
    )
    dh, dc = rng.standard_normal((B, H)), rng.standard_normal((B, H))

    def loss(a):
        hn, cn = lstm_cell(**a)
        return float(np.sum(hn * dh) + np.sum(cn * dc))

    got = lstm_cell_backward(dh, dc, **args)
    eps = 1e-6
    for name, arr in args.items():
        fd = np.zeros_like(arr)
        for idx in np.ndindex(arr.shape):
            plus = {k: a.copy() for k, a in args.items()}
            minus = {k: a.copy() for k, a in args.items()}
            plus[name][idx] += eps
            minus[name][idx] -= eps
            fd[idx] = (loss(plus) - loss(minus)) / (2 * eps)
        assert_grad(name, got[name], fd, "central differences, eps=1e-6", tol=1e-7)


def test_lstm_cell_backward_unbatched_shapes():
    rng = np.random.default_rng(0)
    g = lstm_cell_backward(
        np.ones(3), None, rng.standard_normal(2), np.zeros(3), np.zeros(3),
        rng.standard_normal((12, 2)), rng.standard_normal((12, 3)),
    )  # fmt: skip
    assert g["x"].shape == (2,) and g["h"].shape == (3,) and g["c"].shape == (3,)
    assert g["W_ih"].shape == (12, 2) and g["W_hh"].shape == (12, 3)


# ---- lstm_backward ------------------------------------------------------------------------------


def torch_lstm_grads(cfg, params, x, hx, dout, dh_n, dc_n, batch_first, lengths):
    """The same loss through torch.nn.LSTM (packed when lengths are given), by autograd."""
    m = torch.nn.LSTM(
        cfg["I"], cfg["H"], cfg["L"], bias=cfg["bias"], batch_first=batch_first,
        bidirectional=cfg["bi"], proj_size=cfg["P"],
    ).double()  # fmt: skip
    with torch.no_grad():
        for k, prm in m.named_parameters():
            prm.copy_(torch.tensor(params[k]))
    xt = torch.tensor(x, requires_grad=True)
    h0 = torch.tensor(hx[0], requires_grad=True)
    c0 = torch.tensor(hx[1], requires_grad=True)
    if lengths is None:
        out, (h, c) = m(xt, (h0, c0))
    else:
        packed = pack_padded_sequence(xt, torch.tensor(lengths), batch_first, enforce_sorted=False)
        out, (h, c) = m(packed, (h0, c0))
        out, _ = pad_packed_sequence(out, batch_first)
    loss = (out * torch.tensor(dout)).sum() + (h * torch.tensor(dh_n)).sum()
    loss = loss + (c * torch.tensor(dc_n)).sum()
    loss.backward()
    grads = {k: prm.grad.numpy() for k, prm in m.named_parameters()}
    grads.update(x=xt.grad.numpy(), h0=h0.grad.numpy(), c0=c0.grad.numpy())
    return grads


CASES = [
    dict(B=3, T=5, I=4, H=3, L=1, bi=False, bias=True, P=0),
    dict(B=2, T=4, I=3, H=4, L=2, bi=True, bias=True, P=0),
    dict(B=4, T=6, I=2, H=5, L=3, bi=True, bias=False, P=2),
    dict(B=1, T=1, I=1, H=1, L=1, bi=False, bias=True, P=0),
    dict(B=5, T=7, I=3, H=4, L=2, bi=False, bias=True, P=3),
]


@pytest.mark.parametrize("cfg", CASES, ids=lambda c: "-".join(f"{k}{v}" for k, v in c.items()))
@pytest.mark.parametrize("mode", ["plain", "batch_first", "lengths", "batch_first+lengths"])
def test_lstm_backward_matches_torch_autograd(cfg, mode):
    rng = np.random.default_rng(zlib.crc32(f"{cfg}{mode}".encode()))
    batch_first = "batch_first" in mode
    lengths = rng.integers(1, cfg["T"] + 1, size=cfg["B"]) if "lengths" in mode else None
    if lengths is not None:
        lengths[rng.integers(cfg["B"])] = cfg["T"] - 1 if cfg["T"] > 1 else 1
    D = 2 if cfg["bi"] else 1
    B, T, H, L = cfg["B"], cfg["T"], cfg["H"], cfg["L"]
    P = cfg["P"] or H
    params = init_params(cfg["I"], H, L, cfg["bias"], cfg["bi"], cfg["P"], rng=rng)
    x = rng.standard_normal((B, T, cfg["I"]) if batch_first else (T, B, cfg["I"]))
    hx = (rng.standard_normal((L * D, B, P)), rng.standard_normal((L * D, B, H)))
    Tp = T if lengths is None else int(max(lengths))
    dout = rng.standard_normal((B, Tp, D * P) if batch_first else (Tp, B, D * P))
    dh_n, dc_n = rng.standard_normal((L * D, B, P)), rng.standard_normal((L * D, B, H))
    got = lstm_backward(dout, x, params, hx, dh_n, dc_n, batch_first=batch_first, lengths=lengths)
    want = torch_lstm_grads(cfg, params, x, hx, dout, dh_n, dc_n, batch_first, lengths)
    assert set(got) == set(want), f"keys {sorted(got)}; expected {sorted(want)}"
    context = f"{cfg}, mode={mode}, lengths={None if lengths is None else list(lengths)}"
    for k, w in want.items():
        assert_grad(k, got[k], w, context)


def test_lstm_backward_unbatched_and_absent_hx_match_torch_autograd():
    cfg = dict(B=1, T=4, I=3, H=3, L=2, bi=True, bias=True, P=2)
    rng = np.random.default_rng(5)
    params = init_params(3, 3, 2, True, True, 2, rng=rng)
    x = rng.standard_normal((4, 3))
    dout = rng.standard_normal((4, 4))
    got = lstm_backward(dout, x, params)
    zeros = (np.zeros((4, 1, 2)), np.zeros((4, 1, 3)))
    want = torch_lstm_grads(
        cfg, params, x[:, None], zeros, dout[:, None], np.zeros((4, 1, 2)), np.zeros((4, 1, 3)),
        False, None,
    )  # fmt: skip
    for k, w in want.items():
        if k in ("x", "h0", "c0"):
            w = w[:, 0]
        assert_grad(k, got[k], w, "unbatched, hx=None, dh_n=dc_n=None")


def test_lstm_backward_matches_central_finite_differences():
    """Every parameter and input of a small stacked bidirectional projected LSTM with lengths."""
    rng = np.random.default_rng(21)
    B, T, I, H, L, P = 3, 4, 2, 3, 2, 2
    params = init_params(I, H, L, True, True, P, rng=rng)
    x = rng.standard_normal((T, B, I))
    hx = (rng.standard_normal((L * 2, B, P)), rng.standard_normal((L * 2, B, H)))
    lengths = np.array([2, 4, 1])
    dout = rng.standard_normal((T, B, 2 * P))
    dh_n, dc_n = rng.standard_normal((L * 2, B, P)), rng.standard_normal((L * 2, B, H))

    def loss(prm, x, h0, c0):
        out, (h, c) = lstm(x, prm, (h0, c0), lengths=lengths)
        return float(np.sum(out * dout) + np.sum(h * dh_n) + np.sum(c * dc_n))

    got = lstm_backward(dout, x, params, hx, dh_n, dc_n, lengths=lengths)
    inputs = dict(params, x=x, h0=hx[0], c0=hx[1])
    eps = 1e-6
    for name, arr in inputs.items():
        fd = np.zeros_like(arr)
        for idx in np.ndindex(arr.shape):
            vals = []
            for step in (eps, -eps):
                a = {k: w.copy() for k, w in inputs.items()}
                a[name][idx] += step
                prm = {k: a[k] for k in params}
                vals.append(loss(prm, a["x"], a["h0"], a["c0"]))
            fd[idx] = (vals[0] - vals[1]) / (2 * eps)
        assert_grad(name, got[name], fd, "central differences, eps=1e-6", tol=1e-7)


# ---- lstm_layer_backward (one layer, one direction: the ex06 exercise) ---------------------------


@pytest.mark.parametrize("seed", range(4))
def test_lstm_layer_backward_matches_torch_autograd_through_nn_lstm(seed):
    from lstm_ref import lstm_layer_backward

    rng = np.random.default_rng(100 + seed)
    T, B, I, H = (int(n) for n in rng.integers(1, 5, size=4))
    x = rng.standard_normal((T, B, I))
    h0, c0 = rng.standard_normal((B, H)), rng.standard_normal((B, H))
    W = [rng.standard_normal(s) for s in ((4 * H, I), (4 * H, H), (4 * H,), (4 * H,))]
    dout = rng.standard_normal((T, B, H))
    dh_n, dc_n = (
        (rng.standard_normal((B, H)), rng.standard_normal((B, H))) if seed % 2 else (None, None)
    )
    m = torch.nn.LSTM(I, H).double()
    with torch.no_grad():
        for p, a in zip(
            (m.weight_ih_l0, m.weight_hh_l0, m.bias_ih_l0, m.bias_hh_l0), W, strict=False
        ):
            p.copy_(torch.from_numpy(a))
    tx = torch.tensor(x, requires_grad=True)
    th, tc = torch.tensor(h0[None], requires_grad=True), torch.tensor(c0[None], requires_grad=True)
    out, (hn, cn) = m(tx, (th, tc))
    loss = (out * torch.from_numpy(dout)).sum()
    if dh_n is not None:
        loss = (
            loss + (hn[0] * torch.from_numpy(dh_n)).sum() + (cn[0] * torch.from_numpy(dc_n)).sum()
        )
    loss.backward()
    want = {
        "x": tx.grad.numpy(),
        "h0": th.grad.numpy()[0],
        "c0": tc.grad.numpy()[0],
        "W_ih": m.weight_ih_l0.grad.numpy(),
        "W_hh": m.weight_hh_l0.grad.numpy(),
        "b_ih": m.bias_ih_l0.grad.numpy(),
        "b_hh": m.bias_hh_l0.grad.numpy(),
    }
    got = lstm_layer_backward(dout, x, h0, c0, *W, dh_n=dh_n, dc_n=dc_n)
    assert set(got) == set(want)
    for k, w in want.items():
        assert_grad(k, got[k], w, f"T={T}, B={B}, I={I}, H={H}, seed={seed}")
