"""LSTM steps written the way students write them: correct ones in several styles, and wrong ones.

Independent of lstm_ref.checks (no catalogue variant is called here): each wrong function is the
bug as it appears in students' code.
"""

import numpy as np
import torch


def sig(z):
    return 1 / (1 + np.exp(-z))


def stable_sig(z):
    out = np.empty_like(z, dtype=np.float64)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1 + ez)
    return out


# --- correct, written differently -------------------------------------------------------------
def cell_vectorized(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i, f, g, o = (
        stable_sig(a[:, :H]),
        stable_sig(a[:, H : 2 * H]),
        np.tanh(a[:, 2 * H : 3 * H]),
        stable_sig(a[:, 3 * H :]),
    )
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def cell_split_matrices(x, h, c, W_ih, W_hh, b_ih, b_hh):
    W_ii, W_if, W_ig, W_io = np.split(W_ih, 4)
    W_hi, W_hf, W_hg, W_ho = np.split(W_hh, 4)
    b_ii, b_if, b_ig, b_io = np.split(b_ih, 4)
    b_hi, b_hf, b_hg, b_ho = np.split(b_hh, 4)
    i = stable_sig(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)
    f = stable_sig(x @ W_if.T + b_if + h @ W_hf.T + b_hf)
    g = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)
    o = stable_sig(x @ W_io.T + b_io + h @ W_ho.T + b_ho)
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def cell_per_sample_loop(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    hs, cs = [], []
    for b in range(x.shape[0]):
        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh
        i, f, o = (0.5 * (1 + np.tanh(0.5 * a[k * H : (k + 1) * H])) for k in (0, 1, 3))
        g = np.tanh(a[2 * H : 3 * H])
        cb = f * c[b] + i * g
        hs.append(o * np.tanh(cb))
        cs.append(cb)
    return np.array(hs), np.array(cs)


def cell_float32(x, h, c, W_ih, W_hh, b_ih, b_hh):
    args = [np.asarray(a, dtype=np.float32) for a in (x, h, c, W_ih, W_hh, b_ih, b_hh)]
    h2, c2 = cell_split_matrices(*args)
    return h2.astype(np.float32), c2.astype(np.float32)


def cell_torch(x, h, c, W_ih, W_hh, b_ih, b_hh):
    t = [torch.from_numpy(a) for a in (x, h, c, W_ih, W_hh, b_ih, b_hh)]
    h2, c2 = torch._VF.lstm_cell(t[0], (t[1], t[2]), t[3], t[4], t[5], t[6])
    return h2.numpy(), c2.numpy()


def cell_in_place_ok(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T
    a += h @ W_hh.T
    a += b_ih
    a += b_hh
    H = h.shape[1]
    gates = np.empty_like(a)
    gates[:, : 2 * H] = stable_sig(a[:, : 2 * H])
    gates[:, 2 * H : 3 * H] = np.tanh(a[:, 2 * H : 3 * H])
    gates[:, 3 * H :] = stable_sig(a[:, 3 * H :])
    i, f, g, o = np.split(gates, 4, axis=1)
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


CORRECT = [
    cell_vectorized,
    cell_split_matrices,
    cell_per_sample_loop,
    cell_in_place_ok,
]


# --- wrong, each the way a student writes it -----------------------------------------------------
def _gates(x, h, W_ih, W_hh, b_ih, b_hh):
    return np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)


def cs231n_order(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_o, a_g = _gates(x, h, W_ih, W_hh, b_ih, b_hh)  # i, f, o, g
    i, f, o, g = sig(a_i), sig(a_f), sig(a_o), np.tanh(a_g)
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def seed001_input_gate_uses_W_hf(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H : 2 * H], W_ih[2 * H : 3 * H], W_ih[3 * H :]
    W_hf, W_hg, W_ho = W_hh[H : 2 * H], W_hh[2 * H : 3 * H], W_hh[3 * H :]  # W_hi never used
    b = b_ih + b_hh
    i = sig(x @ W_ii.T + h @ W_hf.T + b[:H])  # the bug: W_hf in the input gate
    f = sig(x @ W_if.T + h @ W_hf.T + b[H : 2 * H])
    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b[2 * H : 3 * H])
    o = sig(x @ W_io.T + h @ W_ho.T + b[3 * H :])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def output_gate_uses_W_ig(x, h, c, W_ih, W_hh, b_ih, b_hh):
    W_ii, W_if, W_ig, W_io = np.split(W_ih, 4)
    W_hi, W_hf, W_hg, W_ho = np.split(W_hh, 4)
    bi, bf, bg, bo = np.split(b_ih + b_hh, 4)
    i = sig(x @ W_ii.T + h @ W_hi.T + bi)
    f = sig(x @ W_if.T + h @ W_hf.T + bf)
    g = np.tanh(x @ W_ig.T + h @ W_hg.T + bg)
    o = sig(x @ W_ig.T + h @ W_ho.T + bo)  # the bug
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def recurrent_untransposed(x, h, c, W_ih, W_hh, b_ih, b_hh):
    outs = []
    for k, Wk in enumerate(np.split(W_hh, 4)):
        outs.append(x @ np.split(W_ih, 4)[k].T + h @ Wk + np.split(b_ih + b_hh, 4)[k])  # Wk not .T
    i, f, g, o = sig(outs[0]), sig(outs[1]), np.tanh(outs[2]), sig(outs[3])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def sigmoid_on_candidate(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = sig(a_i), sig(a_f), sig(a_g), sig(a_o)
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def tanh_on_forget(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = sig(a_i), np.tanh(a_f), np.tanh(a_g), sig(a_o)
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def no_b_hh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = np.split(x @ W_ih.T + h @ W_hh.T + b_ih, 4, axis=1)
    c2 = sig(a_f) * c + sig(a_i) * np.tanh(a_g)
    return sig(a_o) * np.tanh(c2), c2


def b_ih_twice(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    c2 = sig(a_f) * c + sig(a_i) * np.tanh(a_g)
    return sig(a_o) * np.tanh(c2), c2


def h_from_previous_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    h_new = sig(a_o) * np.tanh(c)
    c = sig(a_f) * c + sig(a_i) * np.tanh(a_g)
    return h_new, c


def no_tanh_in_h(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c2 = sig(a_f) * c + sig(a_i) * np.tanh(a_g)
    return sig(a_o) * c2, c2


def forget_gate_ignored(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c2 = c + sig(a_i) * np.tanh(a_g)
    return sig(a_o) * np.tanh(c2), c2


def input_gate_ignored(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c2 = sig(a_f) * c + np.tanh(a_g)
    return sig(a_o) * np.tanh(c2), c2


def returns_c_then_h(x, h, c, W_ih, W_hh, b_ih, b_hh):
    h2, c2 = cell_vectorized(x, h, c, W_ih, W_hh, b_ih, b_hh)
    return c2, h2


#: student function -> the catalogue key it must be diagnosed as
WRONG = {
    cs231n_order: "swap_go",
    seed001_input_gate_uses_W_hf: "W_hh_i_uses_f",
    output_gate_uses_W_ig: "W_ih_o_uses_g",
    recurrent_untransposed: "W_hh_untransposed",
    sigmoid_on_candidate: "g_sigmoid",
    tanh_on_forget: "f_tanh",
    no_b_hh: "b_hh_missing",
    b_ih_twice: "b_ih_twice",
    h_from_previous_c: "h_from_old_c",
    no_tanh_in_h: "no_tanh_on_c",
    forget_gate_ignored: "forget_ignored",
    input_gate_ignored: "input_ignored",
    returns_c_then_h: "h_c_swapped",
}
