"""The gate order and the gate names: defined here once, used everywhere.

PyTorch stacks the four gates' weights in one matrix, in the order (i, f, g, o):

    W_ih = [W_ii; W_if; W_ig; W_io]   (4H, I)
    W_hh = [W_hi; W_hf; W_hg; W_ho]   (4H, H)
    b_ih, b_hh                        (4H,)

so rows ``k*H:(k+1)*H`` belong to gate ``GATES[k]``.
"""

from __future__ import annotations

import numpy as np

#: PyTorch's gate order: input gate, forget gate, cell candidate, output gate.
GATES: tuple[str, ...] = ("i", "f", "g", "o")

#: Plain names, as a teaching assistant would say them.
GATE_NAMES: dict[str, str] = {
    "i": "input gate",
    "f": "forget gate",
    "g": "cell candidate g",
    "o": "output gate",
}


def gate_index(gate: str) -> int:
    """Position of ``gate`` ('i', 'f', 'g' or 'o') in the stacked weights."""
    try:
        return GATES.index(gate)
    except ValueError:
        raise ValueError(f"unknown gate {gate!r}; expected one of {GATES}") from None


def gate_rows(gate: str, hidden_size: int) -> slice:
    """Rows of W_ih, W_hh, b_ih or b_hh that belong to ``gate``: ``k*H:(k+1)*H``."""
    k = gate_index(gate)
    return slice(k * hidden_size, (k + 1) * hidden_size)


def split_gates(a: np.ndarray, axis: int = -1) -> tuple[np.ndarray, ...]:
    """Split stacked pre-activations ``a`` (..., 4H) into (a_i, a_f, a_g, a_o), each (..., H)."""
    return tuple(np.split(a, 4, axis=axis))
