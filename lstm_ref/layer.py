"""One LSTM layer in one direction over a whole sequence: ``lstm_layer``, and the loop it runs.

The work is arranged as PyTorch arranges it: one GEMM projects the inputs of all T steps at once,
then one GEMM per step applies the recurrence, and the gate arithmetic runs in place in
preallocated buffers. ``run_direction`` is that loop; ``lstm`` (stacked, bidirectional, lengths,
projections) and ``lstm_backward`` (which asks it to keep what backpropagation needs) use it too.
"""

from __future__ import annotations

import numpy as np

from lstm_ref import _args as v

# Inside the loop the gate blocks are kept in the order (i, f, o, g), so that the three σ gates
# are one contiguous slice, and their rows are pre-scaled by ½ (exact in floating point):
# σ(a) = ½ (1 + tanh(a/2)) then costs one tanh over all 4H columns and two in-place operations.


def to_loop_layout(a: np.ndarray, hidden_size: int) -> np.ndarray:
    """A copy of ``a`` (4H, ...) or (4H,): gate blocks (i, f, g, o) -> (i, f, o, g), σ rows ½."""
    H = hidden_size
    out = np.concatenate([a[: 2 * H], a[3 * H :], a[2 * H : 3 * H]])
    out[: 3 * H] *= 0.5
    return out


def activate_gates(a: np.ndarray, hidden_size: int) -> np.ndarray:
    """Turn loop-layout pre-activations (..., 4H) = [a_i/2, a_f/2, a_o/2, a_g] into [i, f, o, g].

    In place; returns ``a``.
    """
    np.tanh(a, out=a)  # tanh(a/2) for i, f, o;  g_t = tanh(a_g)
    s = a[..., : 3 * hidden_size]
    s *= 0.5
    s += 0.5  # σ(a) = ½ (1 + tanh(a/2))
    return a


def project_inputs(x, W_ih, b_ih, b_hh) -> np.ndarray:
    """All steps' input pre-activations in one GEMM, in the loop layout (see ``to_loop_layout``).

    x: (T, B, I); W_ih: (4H, I); b_ih, b_hh: (4H,) or None; returns (T, B, 4H).
    """
    T, B, I = x.shape
    H = W_ih.shape[0] // 4
    W_half = to_loop_layout(W_ih, H)
    xproj = (x.reshape(T * B, I) @ W_half.T).reshape(T, B, 4 * H)  # W_ih x_t for every t at once
    if b_ih is not None or b_hh is not None:
        b = np.zeros(4 * H)
        if b_ih is not None:
            b += b_ih
        if b_hh is not None:
            b += b_hh
        xproj += to_loop_layout(b, H)  # + b_ih + b_hh
    return xproj


def run_direction(xproj, h0, c0, W_hh, W_hr=None, counts=None, reverse=False, out=None, cache=None):
    """Run the recurrence of one direction of one layer; return ``(out, h_n, c_n)``.

    xproj: (T, B, 4H) from ``project_inputs`` (loop layout).
    h0: (B, P), c0: (B, H), with P = proj_size if W_hr is given, else H.
    W_hh: (4H, P) in PyTorch's layout (this function rearranges it).  W_hr: (P, H) or None.
    counts: (T,) ints or None. With ``counts``, the batch must be sorted by length, longest first,
        and only the first ``counts[t]`` rows take step t; the others keep their state and get
        zeros in ``out`` (PyTorch's packed-sequence semantics).
    out: (T, B, P) to write into, or None for a new array.
    cache: a list, or None. If a list, one tuple per step, in the order computed, is appended:
        ``(t, n, gates, c_prev, tanh_c, h_prev, m)``: gates (n, 4H) = [i f o g] (loop layout),
        c_prev (n, H), tanh_c (n, H), h_prev (n, P), and m = o ⊙ tanh(c) (n, H) before the
        projection (None without W_hr).
    """
    T, B, G = xproj.shape
    H = G // 4
    P = h0.shape[1]
    W_hhT = np.ascontiguousarray(to_loop_layout(W_hh, H).T)  # (P, 4H)
    W_hrT = None if W_hr is None else np.ascontiguousarray(W_hr.T)  # (H, P)
    if out is None:
        out = np.zeros((T, B, P)) if counts is not None else np.empty((T, B, P))
    h = np.array(h0, dtype=np.float64, copy=True)
    c = np.array(c0, dtype=np.float64, copy=True)
    a_buf = np.empty((B, G))
    tanh_buf = np.empty((B, H))
    ig_buf = np.empty((B, H))
    m_buf = np.empty((B, H)) if W_hr is not None else None
    steps = range(T - 1, -1, -1) if reverse else range(T)
    for t in steps:
        n = B if counts is None else int(counts[t])
        if n == 0:
            continue
        a = a_buf[:n]
        hn, cn, tc, ig = h[:n], c[:n], tanh_buf[:n], ig_buf[:n]
        if cache is not None:
            h_prev, c_prev = hn.copy(), cn.copy()
        np.matmul(hn, W_hhT, out=a)  # W_hh h_{t-1}
        a += xproj[t, :n]  # a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh
        activate_gates(a, H)  # i_t, f_t, o_t = σ(a_i), σ(a_f), σ(a_o);  g_t = tanh(a_g)
        i, f, o, g = a[:, :H], a[:, H : 2 * H], a[:, 2 * H : 3 * H], a[:, 3 * H :]
        np.multiply(i, g, out=ig)
        cn *= f
        cn += ig  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
        np.tanh(cn, out=tc)
        if W_hrT is None:
            np.multiply(o, tc, out=hn)  # h_t = o_t ⊙ tanh(c_t)
            m = None
        else:
            m = m_buf[:n]
            np.multiply(o, tc, out=m)  # m_t = o_t ⊙ tanh(c_t)
            np.matmul(m, W_hrT, out=hn)  # h_t = W_hr m_t
        out[t, :n] = hn
        if cache is not None:
            cache.append(
                (t, n, a.copy(), c_prev, tc.copy(), h_prev, None if m is None else m.copy())
            )
    return out, h, c


def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih=None, b_hh=None, batch_first=False):
    """One LSTM layer, one direction, over a whole sequence; returns ``(out, (h_n, c_n))``.

    Shapes:
        x: (T, B, I), or (B, T, I) when ``batch_first``; unbatched (T, I)
        h0, c0: (B, H) (unbatched (H,)), or None for zeros
        W_ih: (4H, I)   W_hh: (4H, H)   b_ih, b_hh: (4H,) or None
        out: (T, B, H), or (B, T, H) when ``batch_first``; unbatched (T, H)
        h_n, c_n: (B, H) (unbatched (H,)): the state after the last step
    """
    x = v.as_float("x", x, (2, 3))
    W_ih, W_hh, b_ih, b_hh = v.as_params(W_ih, W_hh, b_ih, b_hh)
    unbatched = x.ndim == 2
    if unbatched:
        x = x[:, None, :]
    elif batch_first:
        x = x.transpose(1, 0, 2)
    T, B, I = x.shape
    H = v.check_weights(W_ih, W_hh, b_ih, b_hh, I)
    sym, shape = ("(H,)", (H,)) if unbatched else ("(B, H)", (B, H))
    states = []
    for name, s in (("h0", h0), ("c0", c0)):
        if s is None:
            states.append(np.zeros((B, H)))
            continue
        s = v.as_float(name, s, len(shape))
        v.expect_shape(name, s, sym, shape)
        states.append(s.reshape(B, H))
    xproj = project_inputs(x, W_ih, b_ih, b_hh)
    out, h_n, c_n = run_direction(xproj, states[0], states[1], W_hh)
    if unbatched:
        return out[:, 0, :], (h_n[0], c_n[0])
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h_n, c_n)
