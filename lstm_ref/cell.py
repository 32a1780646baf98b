"""One LSTM step, ``lstm_cell``: the functional twin of ``torch.nn.LSTMCell``.

a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh      (B, 4H), gate blocks in the order (i, f, g, o)
i_t = σ(a_i)   f_t = σ(a_f)   g_t = tanh(a_g)   o_t = σ(a_o)
c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
h_t = o_t ⊙ tanh(c_t)
"""

from __future__ import annotations

import numpy as np

from lstm_ref import _args as v
from lstm_ref.gates import split_gates


def sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1 / (1 + e^{-z}), computed as ½(1 + tanh(z/2)): no overflow for any finite z."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z) = ½ (1 + tanh(z/2))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih=None, b_hh=None):
    """One LSTM step, as ``torch.nn.LSTMCell``; returns ``(h_next, c_next)`` in float64.

    Shapes (batched / unbatched):
        x: (B, I) or (I,)        h: (B, H) or (H,), or None for zeros
        c: (B, H) or (H,), or None for zeros
        W_ih: (4H, I)   W_hh: (4H, H)   b_ih, b_hh: (4H,) or None (no bias)
        h_next, c_next: (B, H) or (H,)
    """
    x = v.as_float("x", x, (1, 2))
    W_ih, W_hh, b_ih, b_hh = v.as_params(W_ih, W_hh, b_ih, b_hh)
    unbatched = x.ndim == 1
    I = x.shape[-1]
    H = v.check_weights(W_ih, W_hh, b_ih, b_hh, I)
    B = 1 if unbatched else x.shape[0]
    state_symbols = "(H,)" if unbatched else "(B, H)"
    state_shape = (H,) if unbatched else (B, H)
    if h is None:
        h = np.zeros(state_shape)
    else:
        h = v.as_float("h", h, len(state_shape))
        v.expect_shape("h", h, state_symbols, state_shape)
    if c is None:
        c = np.zeros(state_shape)
    else:
        c = v.as_float("c", c, len(state_shape))
        v.expect_shape("c", c, state_symbols, state_shape)

    a = x @ W_ih.T + h @ W_hh.T  # a_t = W_ih x_t + W_hh h_{t-1} (+ biases below)
    if b_ih is not None:
        a += b_ih
    if b_hh is not None:
        a += b_hh
    a_i, a_f, a_g, a_o = split_gates(a)
    i = sigmoid(a_i)  # i_t = σ(a_i)
    f = sigmoid(a_f)  # f_t = σ(a_f)
    g = np.tanh(a_g)  # g_t = tanh(a_g)
    o = sigmoid(a_o)  # o_t = σ(a_o)
    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)
    return h_next, c_next
