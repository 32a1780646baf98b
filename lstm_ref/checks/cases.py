"""Inputs for the checks: fixed readable ones, randomized ones with edge cases, diagnostic ones.

Readable inputs are short decimals (``0.35, -0.72, ...``) from a sine, not linspace ramps, so that
the gates do not share a pattern that would hide a mistake.
"""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.core import Case


def readable(shape: tuple[int, ...], phase: float = 0.0, scale: float = 0.9) -> np.ndarray:
    """Two-decimal values in [-scale, scale] that do not repeat in a pattern: shape any."""
    n = int(np.prod(shape))
    return np.round(scale * np.sin(1.3 * np.arange(n) + phase + 0.4), 2).reshape(shape)


def weights(I: int, H: int, rng=None, phase: float = 0.0, scale: float | None = None):
    """(W_ih (4H, I), W_hh (4H, H), b_ih (4H,), b_hh (4H,)): readable, or U(-k, k) from rng."""
    if rng is None:
        s = 0.8 if scale is None else scale
        return (
            readable((4 * H, I), phase + 1.0, s),
            readable((4 * H, H), phase + 2.0, s),
            readable((4 * H,), phase + 3.0, 0.5),
            readable((4 * H,), phase + 4.0, 0.5),
        )
    k = (1.0 if scale is None else scale) / np.sqrt(H) + 0.3
    return (
        rng.uniform(-k, k, (4 * H, I)),
        rng.uniform(-k, k, (4 * H, H)),
        rng.uniform(-k, k, (4 * H,)),
        rng.uniform(-k, k, (4 * H,)),
    )


def random_sizes(rng, *, T: bool = False) -> dict:
    """B 1-4, (T 1-6), I 1-5, H 1-5."""
    sizes = {"B": int(rng.integers(1, 5))}
    if T:
        sizes["T"] = int(rng.integers(1, 7))
    sizes.update(I=int(rng.integers(1, 6)), H=int(rng.integers(1, 6)))
    return sizes


def cell_case(
    kind,
    number,
    B,
    I,
    H,
    rng=None,
    *,
    zero_state=False,
    x_scale=1.0,
    c_scale=1.0,
    h_scale=1.0,
    past=None,
    seed=None,
    note="",
):
    """Arguments of lstm_cell-style functions: x (B, I), h (B, H), c (B, H), weights; with
    ``past``, x makes some σ pre-activation ±past exactly (B ≥ 2); ``c_scale`` multiplies a
    random c (drawn with scale 1.2), ``h_scale`` a random h (drawn in ±0.9)."""
    if rng is None:
        x = readable((B, I), 0.0) * x_scale
        h = np.zeros((B, H)) if zero_state else readable((B, H), 5.0, 0.7)
        c = np.zeros((B, H)) if zero_state else readable((B, H), 6.0, 1.5)
    else:
        x = rng.normal(size=(B, I)) * x_scale
        h = np.zeros((B, H)) if zero_state else rng.uniform(-0.9, 0.9, (B, H)) * h_scale
        c = np.zeros((B, H)) if zero_state else rng.normal(scale=1.2, size=(B, H)) * c_scale
    W = weights(I, H, rng)
    if past is not None and rng is not None:
        # rows ±d: some σ gate's pre-activation is exactly ±past (x W_ihᵀ dominates the rest),
        # both signs, whatever the draw (a sigmoid that exponentiates either sign overflows)
        d = rng.normal(size=I)
        sigma_rows = np.r_[0 : 2 * H, 3 * H : 4 * H]  # i, f and o: the σ gates
        x = np.stack([d if b % 2 == 0 else -d for b in range(B)])
        x = x * (past / np.abs(W[0][sigma_rows] @ d).max())
    return Case(kind, number, (x, h, c, *W), {}, {"B": B, "I": I, "H": H}, seed, note)


def cell_fixed() -> list[Case]:
    return [
        cell_case("fixed", 1, 2, 3, 2),
        cell_case("fixed", 2, 1, 2, 3, zero_state=True, note="zero state"),
        cell_case("fixed", 3, 3, 4, 1),
    ]


def cell_random(rng, seed, large: float = 1000.0) -> list[Case]:
    """Random cases of one step; case 10's x is large: with ``large`` past 709 some σ
    pre-activation is ±2000 (both signs, every draw), where a sigmoid written 1/(1+exp(-z))
    overflows (the notebooks ask for one that never does); the backward exercise keeps its
    gradients readable with x scaled by 60."""
    cases = []
    for n in range(1, 7):
        s = random_sizes(rng)
        cases.append(cell_case("random", n, s["B"], s["I"], s["H"], rng, seed=seed))
    cases.append(cell_case("random", 7, 1, 3, 4, rng, seed=seed, note="one sample"))
    cases.append(cell_case("random", 8, 3, 2, 1, rng, seed=seed, note="one unit"))
    cases.append(
        cell_case("random", 9, 2, 3, 3, rng, seed=seed, zero_state=True, note="zero state")
    )
    cases.append(
        cell_case(
            "random",
            10,
            2,
            3,
            2,
            rng,
            seed=seed,
            x_scale=large,
            past=2000.0 if large > 709 else None,
            note="large |x|" + (": σ pre-activations at ±2000" if large > 709 else ""),
        )
    )
    cases.append(cell_case("random", 11, 4, 5, 5, rng, seed=seed, note="I = H"))
    return cases


def cell_random_large_state(rng, seed) -> list[Case]:
    """:func:`cell_random`, and case 12: a cell state of scale 10 (c_t past ±3 or ±5, where a
    cell clip taken from another library, np.clip(c_t, -3, 3), shows) and an h past ±1 (the
    step takes any h, as nn.LSTMCell does: a clip of h to [-1, 1] shows)."""
    cases = cell_random(rng, seed)
    big = cell_case("random", 12, 3, 2, 3, rng, c_scale=10.0 / 1.2, h_scale=3.0, seed=seed,
                    note="large state")  # fmt: skip
    return [*cases, big]


def cell_diagnostic() -> list[Case]:
    """Non-zero state, I ≠ H and I = H, B = 4: where mistakes that coincide on special inputs
    differ."""
    rng = np.random.default_rng(20240601)
    return [
        cell_case("diagnostic", 1, 3, 2, 4, rng),
        cell_case("diagnostic", 2, 2, 3, 3, rng),
        # B = 4: a split along the batch axis (np.split(a, 4)) runs here, whatever the seed
        cell_case("diagnostic", 3, 4, 3, 2, rng),
    ]
