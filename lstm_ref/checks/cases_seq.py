"""Inputs for the sequence checks: lstm_layer, bilstm_layer, lstm_layer_lengths."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.cases import random_sizes, readable, weights
from lstm_ref.checks.core import Case


def _seq(T, B, I, H, rng, zero_state=False, directions=0):
    """x (T, B, I) and h0, c0: (B, H), or (D, B, H) when ``directions``."""
    st = (directions, B, H) if directions else (B, H)
    if rng is None:
        x = readable((T, B, I))
        h0 = np.zeros(st) if zero_state else readable(st, 5.0, 0.7)
        c0 = np.zeros(st) if zero_state else readable(st, 6.0, 1.5)
    else:
        x = rng.normal(size=(T, B, I))
        h0 = np.zeros(st) if zero_state else rng.uniform(-0.9, 0.9, st)
        c0 = np.zeros(st) if zero_state else rng.normal(scale=1.2, size=st)
    return x, h0, c0


def layer_case(
    kind, n, T, B, I, H, rng=None, *, batch_first=False, zero_state=False, seed=None, note=""
):
    """lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first)."""
    x, h0, c0 = _seq(T, B, I, H, rng, zero_state)
    if batch_first:
        x = np.ascontiguousarray(x.transpose(1, 0, 2))
        note = ", ".join(filter(None, [note, "batch_first=True"]))
    sizes = {"T": T, "B": B, "I": I, "H": H}
    return Case(
        kind, n, (x, h0, c0, *weights(I, H, rng)), {"batch_first": batch_first}, sizes, seed, note
    )


def layer_fixed():
    return [
        layer_case("fixed", 1, 3, 2, 3, 2),
        layer_case("fixed", 2, 4, 1, 2, 3, zero_state=True, note="zero state"),
        layer_case("fixed", 3, 3, 2, 2, 2, batch_first=True),
        _no_initial_state(layer_case("fixed", 4, 3, 2, 2, 3)),  # issue 13: h0 = c0 = None
    ]


def _no_initial_state(case):
    """The same case with h0 = c0 = None: the layer starts from zeros, as nn.LSTM without hx."""
    x, _, _, *rest = case.args
    case.args = (x, None, None, *rest)
    case.note = ", ".join(filter(None, [case.note, "h0 = c0 = None"]))
    return case


def layer_random(rng, seed):
    out = []
    for n in range(1, 6):
        s = random_sizes(rng, T=True)
        out.append(
            layer_case(
                "random",
                n,
                s["T"],
                s["B"],
                s["I"],
                s["H"],
                rng,
                batch_first=bool(n % 2 == 0),
                seed=seed,
            )
        )
    out.append(layer_case("random", 6, 1, 2, 3, 2, rng, seed=seed, note="T=1"))
    out.append(layer_case("random", 7, 5, 1, 2, 1, rng, seed=seed, note="B=1, H=1"))
    out.append(layer_case("random", 8, 4, 3, 2, 3, rng, batch_first=True, seed=seed))
    out.append(layer_case("random", 9, 3, 3, 3, 3, rng, batch_first=True, seed=seed, note="T = B"))
    # h0 and c0 may each be None on its own (the exercise: "h0, c0 are (B, H), or None")
    out.append(_one_state_none(layer_case("random", 10, 3, 2, 2, 3, rng, seed=seed), "c0"))
    out.append(_one_state_none(layer_case("random", 11, 2, 3, 3, 2, rng, seed=seed), "h0"))
    # batch_first with no initial state, T ≠ B: the zeros' B read from x's right axis
    out.append(
        _no_initial_state(layer_case("random", 12, 4, 2, 3, 2, rng, batch_first=True, seed=seed))
    )
    return out


def _one_state_none(case, which):
    """The same case with only ``which`` (h0 or c0) None: that state starts from zeros."""
    x, h0, c0, *rest = case.args
    case.args = (x, None if which == "h0" else h0, None if which == "c0" else c0, *rest)
    other = "c0" if which == "h0" else "h0"
    case.note = ", ".join(filter(None, [case.note, f"{which} = None, {other} given"]))
    return case


def layer_diagnostic():
    rng = np.random.default_rng(7)
    return [
        layer_case("diagnostic", 1, 4, 4, 3, 2, rng),
        layer_case("diagnostic", 2, 3, 3, 2, 3, rng, batch_first=True),
        layer_case("diagnostic", 3, 5, 2, 3, 3, rng),
    ]


def bilstm_case(kind, n, T, B, I, H, rng=None, *, zero_state=False, seed=None, note=""):
    """bilstm_layer(x, h0, c0, fwd, bwd): x (T, B, I), h0, c0 (2, B, H)."""
    x, h0, c0 = _seq(T, B, I, H, rng, zero_state, directions=2)
    fwd = weights(I, H, rng)
    bwd = weights(I, H, rng, phase=0.7)
    return Case(kind, n, (x, h0, c0, fwd, bwd), {}, {"T": T, "B": B, "I": I, "H": H}, seed, note)


def bilstm_fixed():
    return [
        bilstm_case("fixed", 1, 3, 2, 3, 2),
        bilstm_case("fixed", 2, 4, 1, 2, 3, zero_state=True, note="zero state"),
    ]


def bilstm_random(rng, seed):
    out = []
    for n in range(1, 6):
        s = random_sizes(rng, T=True)
        out.append(bilstm_case("random", n, s["T"], s["B"], s["I"], s["H"], rng, seed=seed))
    out.append(bilstm_case("random", 6, 1, 2, 3, 2, rng, seed=seed, note="T=1"))
    out.append(bilstm_case("random", 7, 4, 1, 2, 1, rng, seed=seed, note="B=1, H=1"))
    return out


def bilstm_diagnostic():
    rng = np.random.default_rng(11)
    return [
        bilstm_case("diagnostic", 1, 4, 3, 2, 3, rng),
        bilstm_case("diagnostic", 2, 3, 3, 3, 3, rng),
    ]


def lengths_case(kind, n, T, B, I, H, lengths, rng=None, *, seed=None, note=""):
    """lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh): x (T, B, I), lengths (B,)."""
    x, h0, c0 = _seq(T, B, I, H, rng)
    lengths = np.asarray(lengths, dtype=np.int64)
    for b, L in enumerate(lengths):
        x[L:, b] = 0.0 if rng is None else rng.normal(size=(T - L, I))  # padding: anything
    sizes = {"T": T, "B": B, "I": I, "H": H}
    return Case(
        kind,
        n,
        (x, lengths, h0, c0, *weights(I, H, rng)),
        {},
        sizes,
        seed,
        note or f"lengths {lengths.tolist()}",
    )


def lengths_fixed():
    return [
        lengths_case("fixed", 1, 4, 3, 2, 2, [4, 2, 1]),
        lengths_case("fixed", 2, 3, 2, 3, 2, [2, 3]),
        lengths_case("fixed", 3, 5, 2, 2, 3, [3, 2], note="lengths [3, 2], all < T"),  # issue 13
    ]


def lengths_random(rng, seed):
    out = []
    for n in range(1, 6):
        s = random_sizes(rng, T=True)
        T, B = s["T"], s["B"]
        L = rng.integers(1, T + 1, size=B)
        L[rng.integers(B)] = T  # nn.LSTM's padded output keeps T steps only if one sequence is full
        out.append(lengths_case("random", n, T, B, s["I"], s["H"], L, rng, seed=seed))
    out.append(lengths_case("random", 6, 5, 3, 2, 2, [5, 5, 5], rng, seed=seed, note="all full"))
    out.append(lengths_case("random", 7, 4, 3, 2, 3, [1, 4, 1], rng, seed=seed, note="lengths 1"))
    # the sizes of case 7 again, right after it, with other lengths: what a call keeps for the
    # next one of the same sizes (a cache keyed by the sizes) shows
    out.append(lengths_case("random", 8, 4, 3, 2, 3, [3, 2, 4], rng, seed=seed))
    # one sequence (B = 1), shorter than T: out still has T steps (a batch of one has no
    # longest sequence to set them)
    one = "one sequence, lengths [2] < T"
    out.append(lengths_case("random", 9, 4, 1, 2, 3, [2], rng, seed=seed, note=one))
    return out


def lengths_diagnostic():
    rng = np.random.default_rng(13)
    return [lengths_case("diagnostic", 1, 5, 4, 3, 2, [3, 5, 1, 4], rng)]


def bilstm_lengths_case(kind, n, T, B, I, H, lengths, rng=None, *, seed=None, note=""):
    """Args of bilstm_layer_lengths: x (T, B, I), lengths (B,); h0 (2, B, H)."""
    x, h0, c0 = _seq(T, B, I, H, rng, directions=2)
    lengths = np.asarray(lengths, dtype=np.int64)
    for b, L in enumerate(lengths):
        x[L:, b] = 0.0 if rng is None else rng.normal(size=(T - L, I))  # padding: anything
    fwd = weights(I, H, rng)
    bwd = weights(I, H, rng, phase=0.7)
    note = note or f"lengths {lengths.tolist()}"
    sizes = {"T": T, "B": B, "I": I, "H": H}
    return Case(kind, n, (x, lengths, h0, c0, fwd, bwd), {}, sizes, seed, note)


def bilstm_lengths_fixed():
    return [
        bilstm_lengths_case("fixed", 1, 4, 3, 2, 2, [4, 2, 1]),
        bilstm_lengths_case("fixed", 2, 3, 2, 3, 2, [2, 3]),
        bilstm_lengths_case("fixed", 3, 4, 2, 2, 3, [3, 2], note="lengths [3, 2], all < T"),
    ]


def bilstm_lengths_random(rng, seed):
    out = []
    for n in range(1, 6):
        s = random_sizes(rng, T=True)
        T, B = s["T"], s["B"]
        L = rng.integers(1, T + 1, size=B)
        if n % 2:
            L[rng.integers(B)] = T
        out.append(bilstm_lengths_case("random", n, T, B, s["I"], s["H"], L, rng, seed=seed))
    out.append(bilstm_lengths_case("random", 6, 5, 3, 2, 2, [5, 5, 5], rng, seed=seed))
    out.append(bilstm_lengths_case("random", 7, 4, 3, 2, 3, [1, 4, 2], rng, seed=seed))
    # the sizes of case 7 again, right after it, with other lengths (see lengths_random)
    out.append(bilstm_lengths_case("random", 8, 4, 3, 2, 3, [3, 2, 4], rng, seed=seed))
    one = "one sequence, lengths [3] < T"
    out.append(bilstm_lengths_case("random", 9, 5, 1, 3, 2, [3], rng, seed=seed, note=one))
    return out


def bilstm_lengths_diagnostic():
    rng = np.random.default_rng(23)
    return [bilstm_lengths_case("diagnostic", 1, 5, 4, 3, 2, [3, 5, 1, 4], rng)]
