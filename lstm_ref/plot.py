"""Chapter 2's figure (the gates and the state over a sequence) for a student's own code.

The cell and sequence exercises end with an ungraded cell that calls :func:`plot_cell` or
:func:`plot_layer` on the student's function: the left column shows what their code computes,
the right column what the reference computes, on the same input (two pulses, as in chapter 2).
A wrong gate shows up as a curve that differs.

The student's function returns only ``(h_t, c_t)``, so the gates are read off it by three calls per
step from the state it reached, each exact for a correct cell:

- ``c_{t-1} = 0``:                     c_t = i_t ⊙ g_t
- ``c_{t-1} = 1``:                     c_t - (i_t ⊙ g_t) = f_t
- ``c_{t-1} = 0``, b_ih's g rows + 50:  g_t = tanh(big) = 1, so c_t = i_t and h_t = o_t tanh(i_t)

and g_t = (i_t ⊙ g_t) / i_t. A function that gets a gate wrong gets it wrong in these calls too.

matplotlib is imported only when a figure is drawn: the student package depends on NumPy only.
"""

from __future__ import annotations

import numpy as np

from lstm_ref.cell import lstm_cell as _ref_cell
from lstm_ref.gates import GATES, gate_rows
from lstm_ref.params import init_params

BIG = 50.0  # added to a gate's bias: σ(a + 50) = tanh(a + 50) = 1 in float64 for |a| < 20
TRACES = (*GATES, "c", "h")


def pulse_sequence(T: int = 40, H: int = 3, seed: int = 3) -> tuple[np.ndarray, tuple]:
    """Chapter 2's example: x (T, 1, 1), zero but for +1 at t = T/8 and -1 at t = 5T/8, and the
    weights (W_ih (4H, 1), W_hh (4H, H), b_ih, b_hh (4H,)) with the forget gate biased open."""
    p = init_params(1, H, rng=np.random.default_rng(seed))
    W_ih, W_hh = 6 * p["weight_ih_l0"], p["weight_hh_l0"]  # strong input weights
    b_ih, b_hh = p["bias_ih_l0"].copy(), p["bias_hh_l0"]
    b_ih[gate_rows("f", H)] += 2.0  # forget gate biased open
    x = np.zeros((T, 1, 1))
    x[T // 8], x[5 * T // 8] = 1.0, -1.0  # t = 5 and t = 25 for T = 40
    return x, (W_ih, W_hh, b_ih, b_hh)


def _as_state(value, name: str, B: int, H: int) -> np.ndarray:
    a = np.asarray(value, dtype=np.float64)
    if a.shape != (B, H):
        raise ValueError(f"{name}: expected shape ({B}, {H}), got {a.shape}")
    return a


def _gates_of(cell, x_t, h, weights) -> dict:
    """The gates of one step of ``cell`` (a function (x, h, c, W_ih, W_hh, b_ih, b_hh) -> (h, c))
    at input x_t (B, I) and state h (B, H), read off by the four calls of the module docstring."""
    W_ih, W_hh, b_ih, b_hh = weights
    B, H = h.shape
    zeros, ones = np.zeros((B, H)), np.ones((B, H))
    ig = _as_state(cell(x_t, h, zeros, W_ih, W_hh, b_ih, b_hh)[1], "c_t", B, H)
    f = _as_state(cell(x_t, h, ones, W_ih, W_hh, b_ih, b_hh)[1], "c_t", B, H) - ig
    b_g = b_ih.copy()
    b_g[gate_rows("g", H)] += BIG  # g_t = 1: c_t = i_t, h_t = o_t tanh(i_t)
    h_p, c_p = cell(x_t, h, zeros, W_ih, W_hh, b_g, b_hh)
    i = _as_state(c_p, "c_t", B, H)
    with np.errstate(divide="ignore", invalid="ignore"):
        o = np.where(np.abs(i) > 1e-12, _as_state(h_p, "h_t", B, H) / np.tanh(i), np.nan)
        g = np.where(np.abs(i) > 1e-12, ig / i, np.nan)
    return {"i": i, "f": f, "g": g, "o": o}


def trace_cell(cell, x, weights) -> dict:
    """Run ``cell`` over x (T, B, I) from a zero state; each gate, c_t and h_t as (T, B, H)."""
    W_ih, W_hh, b_ih, b_hh = (np.asarray(w, dtype=np.float64) for w in weights)
    weights = (W_ih, W_hh, b_ih, b_hh)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h, c = np.zeros((B, H)), np.zeros((B, H))
    record = {name: [] for name in TRACES}
    for t in range(T):
        for name, value in _gates_of(cell, x[t], h, weights).items():
            record[name].append(value)
        h_new, c_new = cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h, c = _as_state(h_new, "h_t", B, H), _as_state(c_new, "c_t", B, H)
        record["c"].append(c)
        record["h"].append(h)
    return {name: np.stack(v) for name, v in record.items()}


def trace_layer(layer, x, weights) -> dict:
    """The same for a layer function (x, h0, c0, W_ih, W_hh, b_ih, b_hh) -> (out, (h_n, c_n)):
    h_t is its ``out``, c_t its ``c_n`` on the first t + 1 steps, the gates those of one step."""
    W_ih, W_hh, b_ih, b_hh = (np.asarray(w, dtype=np.float64) for w in weights)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    zeros = np.zeros((B, H))

    def as_cell(x_t, h, c, *w):  # one step of the layer: T = 1
        _, (h_n, c_n) = layer(x_t[None], h, c, *w)
        return h_n, c_n

    out = np.asarray(layer(x, zeros, zeros, W_ih, W_hh, b_ih, b_hh)[0], dtype=np.float64)
    if out.shape != (T, B, H):
        raise ValueError(f"out: expected shape ({T}, {B}, {H}), got {out.shape}")
    record = {name: [] for name in TRACES}
    for t in range(T):
        h_prev = zeros if t == 0 else out[t - 1]
        for name, value in _gates_of(as_cell, x[t], h_prev, (W_ih, W_hh, b_ih, b_hh)).items():
            record[name].append(value)
        c_t = layer(x[: t + 1], zeros, zeros, W_ih, W_hh, b_ih, b_hh)[1][1]
        record["c"].append(_as_state(c_t, "c_n", B, H))
        record["h"].append(out[t])
    return {name: np.stack(v) for name, v in record.items()}


def figure(yours: dict, reference: dict, x: np.ndarray, title: str = "your code"):
    """Chapter 2's figure, twice: ``yours`` on the left, ``reference`` on the right.
    yours, reference: dicts of (T, 1, H) traces (see :func:`trace_cell`); x: (T, 1, I)."""
    import matplotlib.pyplot as plt  # lazily: only a figure needs it

    fig, axes = plt.subplots(4, 2, figsize=(11, 8), sharex=True, sharey="row")
    for col, (label, rec) in enumerate(((title, yours), ("reference (lstm_ref)", reference))):
        ax = axes[:, col]
        ax[0].stem(x[:, 0, 0])
        ax[0].set_title(f"{label}: input x_t")
        for name, style in (("i", "-"), ("f", "--"), ("o", ":")):
            ax[1].plot(rec[name][:, 0, 0], style, label=f"{name}_t")
        ax[1].set_title("sigmoid gates of hidden unit 0")
        ax[1].legend(loc="right")
        ax[2].plot(rec["g"][:, 0, :])
        ax[2].set_title("cell candidate g_t, all units")
        for j in range(rec["c"].shape[2]):
            color = f"C{j}"
            ax[3].plot(rec["c"][:, 0, j], "-", color=color, label=f"c_t unit {j}")
            ax[3].plot(rec["h"][:, 0, j], ":", color=color, label=f"h_t unit {j}")
        ax[3].set_title("c_t (solid) and h_t (dotted)")
        ax[3].set_xlabel("time step t")
    for row, name in enumerate(("x_t", "gate", "g_t", "state")):
        axes[row, 0].set_ylabel(name)
    axes[3, 0].legend(ncol=2, fontsize="small", loc="lower left")
    fig.tight_layout()
    return fig


def first_difference(yours: dict, reference: dict, tol: float = 1e-9) -> str:
    """One line: the first step where your traces leave the reference's, and which ones do there
    (the gates first: a wrong gate changes c_t and h_t after it)."""
    T = reference["h"].shape[0]
    for t in range(T):
        off = [n for n in TRACES if not np.allclose(yours[n][t], reference[n][t], atol=tol)]
        if off:
            names = ", ".join(f"{n}_t" for n in off)
            return f"Your curves leave the reference's at step t = {t}, in {names}: see those rows."
    return "Your curves and the reference's are the same (largest difference < 1e-9)."


def plot_cell(cell, T: int = 40, H: int = 3):
    """Your ``lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)`` over chapter 2's two-pulse sequence,
    beside the reference: each gate, c_t and h_t. Prints where they first differ."""
    x, weights = pulse_sequence(T, H)
    yours, reference = trace_cell(cell, x, weights), trace_cell(_ref_cell, x, weights)
    print(first_difference(yours, reference))
    return figure(yours, reference, x, "your lstm_cell")


def plot_layer(layer, T: int = 40, H: int = 3):
    """Your ``lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh)`` over the same sequence, beside
    the reference: h_t is your ``out``, c_t your ``c_n`` after t + 1 steps."""
    x, weights = pulse_sequence(T, H)
    yours, reference = trace_layer(layer, x, weights), trace_cell(_ref_cell, x, weights)
    print(first_difference(yours, reference))
    return figure(yours, reference, x, "your lstm_layer")
