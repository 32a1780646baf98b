"""Targeted questions for the student's function: inputs built so that one part shows at a time.

For one step: every weight and bias zero except one gate's block of one parameter (with and
without a base bias), a zero state, one-hot inputs. Probes of one function all have the same
shapes, so the model answers all of them in one stacked call (:func:`stack`).
"""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.core import Case
from lstm_ref.checks.model_cell import PARAMS


def _vals(rng, shape, scale=1.0):
    return np.round(rng.uniform(-scale, scale, shape), 3)


def cell_probes(with_c: bool, B: int = 3, I: int = 3, H: int = 3) -> list[Case]:
    """lstm_cell / lstm_gates arguments, I = H (so that untransposed blocks can run)."""
    rng = np.random.default_rng(4242)
    out = []
    n = 0
    for base in (False, True):
        for P in PARAMS:
            for j in range(4):
                n += 1
                x = np.eye(B, I) + _vals(rng, (B, I), 0.5) * (n % 2)  # one-hot rows, or near
                h = _vals(rng, (B, H), 0.9)
                c = _vals(rng, (B, H), 1.5)
                params = {
                    "W_ih": np.zeros((4 * H, I)),
                    "W_hh": np.zeros((4 * H, H)),
                    "b_ih": np.zeros(4 * H),
                    "b_hh": np.zeros(4 * H),
                }
                shape = params[P][j * H : (j + 1) * H].shape
                params[P][j * H : (j + 1) * H] = _vals(rng, shape, 1.6)
                if base:
                    other = "b_hh" if P == "b_ih" else "b_ih"
                    params[other] = params[other] + _vals(rng, (4 * H,), 1.2)
                W = tuple(params[k] for k in PARAMS)
                args = (x, h, c, *W) if with_c else (x, h, *W)
                out.append(Case("probe", n, args, {}, {"B": B, "I": I, "H": H}))
    # pre-activations spread over ±25 (every gate's block both signs): a clip to ±m (1, 3, 5,
    # 10, 20) before the activations shows, each m differently
    n += 1
    x, h, c = _vals(rng, (B, I), 0.9), _vals(rng, (B, H), 0.9), _vals(rng, (B, H), 1.5)
    b_ih = rng.permutation(np.linspace(-25.0, 25.0, 4 * H))
    W = (_vals(rng, (4 * H, I), 0.9), _vals(rng, (4 * H, H), 0.9), b_ih, np.zeros(4 * H))
    args = (x, h, c, *W) if with_c else (x, h, *W)
    out.append(Case("probe", n, args, {}, {"B": B, "I": I, "H": H}))
    return out


def _weights(rng, I, H, scale=0.9):
    return tuple(_vals(rng, s, scale) for s in ((4 * H, I), (4 * H, H), (4 * H,), (4 * H,)))


def layer_probes() -> list[Case]:
    """lstm_layer: the one-step probes at T=1, then sequences with one non-zero step, and
    batch_first ones with T ≠ B (so that a reshape differs from a transpose)."""
    out = []
    for n, c in enumerate(cell_probes(with_c=True), 1):
        x, h, cc, *W = c.args
        out.append(Case("probe", n, (x[None], h, cc, *W), {"batch_first": False}, c.sizes))
    rng = np.random.default_rng(777)
    T, B, I, H = 4, 3, 3, 3
    for n in range(8):
        W = _weights(rng, I, H)
        x = _vals(rng, (T, B, I), 1.0)
        if n < 4:
            x[np.arange(T) != n] = 0.0  # a single non-zero time step
        h0, c0 = _vals(rng, (B, H), 0.8), _vals(rng, (B, H), 1.2)
        for bf in (False, True):
            xx = np.ascontiguousarray(x.transpose(1, 0, 2)) if bf else x
            out.append(Case("probe", 100 + n, (xx, h0, c0, *W), {"batch_first": bf}, {}))
    return out


def bilstm_probes() -> list[Case]:
    rng = np.random.default_rng(778)
    T, B, I, H = 4, 3, 2, 2
    out = []
    for n in range(8):
        x = _vals(rng, (T, B, I), 1.0)
        if n < 4:
            x[np.arange(T) != n] = 0.0
        h0, c0 = _vals(rng, (2, B, H), 0.8), _vals(rng, (2, B, H), 1.2)
        out.append(Case("probe", n, (x, h0, c0, _weights(rng, I, H), _weights(rng, I, H)), {}, {}))
    return out


def lengths_probes(bidirectional: bool = False) -> list[Case]:
    rng = np.random.default_rng(779)
    T, B, I, H = 5, 4, 2, 2
    out = []
    for n, L in enumerate(([5, 3, 1, 4], [2, 5, 4, 1], [3, 3, 5, 2], [4, 1, 2, 3])):
        x = _vals(rng, (T, B, I), 1.0)
        for b, l in enumerate(L):
            if n % 2:
                x[l:, b] = 0.0
        shape = (2, B, H) if bidirectional else (B, H)
        h0, c0 = _vals(rng, shape, 0.8), _vals(rng, shape, 1.2)
        W = (_weights(rng, I, H), _weights(rng, I, H)) if bidirectional else _weights(rng, I, H)
        args = (x, np.array(L), h0, c0, *W) if not bidirectional else (x, np.array(L), h0, c0, *W)
        out.append(Case("probe", n, args, {}, {}))
    return out


def cell_backward_probes() -> list[Case]:
    """dh only, dc only, both; zero and non-zero state; I = H."""
    rng = np.random.default_rng(780)
    B, I, H = 3, 3, 3
    out = []
    for n in range(8):
        x = _vals(rng, (B, I), 1.0)
        h = _vals(rng, (B, H), 0.8) * (n % 4 != 0)
        c = _vals(rng, (B, H), 1.2) * (n % 4 != 0)
        dh = _vals(rng, (B, H), 1.0) * (n % 3 != 1)
        dc = _vals(rng, (B, H), 1.0) * (n % 3 != 0)
        out.append(Case("probe", n, (dh, dc, x, h, c, *_weights(rng, I, H, 1.2)), {}, {}))
    return out


def layer_backward_probes() -> list[Case]:
    """T=1 (one step), then T=3 with dout at a single step, and dh_n/dc_n alone."""
    rng = np.random.default_rng(781)
    B, I, H = 3, 3, 3
    out = []
    for n, c in enumerate(cell_backward_probes()):
        dh, dc, x, h, cc, *W = c.args
        kw = {"dh_n": np.zeros((B, H)), "dc_n": dc}
        out.append(Case("probe", n, (dh[None], x[None], h, cc, *W), kw, {}))
    T = 3
    for n in range(6):
        dout = _vals(rng, (T, B, H), 1.0)
        if n < 3:
            dout[np.arange(T) != n] = 0.0
        else:
            dout[:] = 0.0
        kw = {
            "dh_n": _vals(rng, (B, H), 1.0) * (n >= 3),
            "dc_n": _vals(rng, (B, H), 1.0) * (n >= 4),
        }
        x = _vals(rng, (T, B, I), 1.0)
        args = (
            dout,
            x,
            _vals(rng, (B, H), 0.8),
            _vals(rng, (B, H), 1.2),
            *_weights(rng, I, H, 1.2),
        )
        out.append(Case("probe", 10 + n, args, kw, {}))
    return out
