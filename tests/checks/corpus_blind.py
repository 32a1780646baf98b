# ruff: noqa: E501, E741  (a corpus of students' code: their long lines and names kept)
"""A blind corpus: wrong versions written from the exercise notebooks and the book only, before
reading the checks' internals or the first corpus. Each carries the finding ids a correct
diagnosis must contain, decided from the mistake written, before any check was run.

Styles: separate matrices, loops over batch rows, einsum, torch converted back, other names,
keyword handling. At least 8 with two mistakes at once; also correct ones written unusually.
"""

import math

import numpy as np
import torch
from torch import nn

BLIND_WRONG = []  # (function, fn, expected ids tuple, label)
BLIND_CORRECT = []  # (function, fn, label)
BLIND_NOTE = []  # (function, fn, label, text the passing check prints): right outputs, a note


def wrong(function, *expect):
    def deco(fn):
        BLIND_WRONG.append((function, fn, tuple(expect), fn.__name__))
        return fn

    return deco


def right(function):
    def deco(fn):
        BLIND_CORRECT.append((function, fn, fn.__name__))
        return fn

    return deco


def sig(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


# ---------------------------------------------------------------- sigmoid


@wrong(
    "sigmoid", "sigmoid.sign", "result.overflow_warning"
)  # exp(z) of z = 1000 overflows too (my label missed it)
def sigmoid_stable_but_plus(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(z[pos]))
    out[~pos] = np.exp(-z[~pos]) / (1 + np.exp(-z[~pos]))
    return out


@wrong("sigmoid", "result.overflow_warning")
def sigmoid_where_evaluates_both(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))


@wrong("sigmoid", "sigmoid.wrong_formula")
def sigmoid_tanh_identity_no_half(z):
    return 0.5 * (1 + np.tanh(z))


@wrong("sigmoid", "result.overflow_warning")
def sigmoid_exp_ratio(z):
    ez = np.exp(z)
    return ez / (1 + ez)


@right("sigmoid")
def sigmoid_logaddexp_unusual(z):
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))


# ---------------------------------------------------------------- lstm_gates


@wrong("lstm_gates", "gate.reads_other_block")
def gates_separate_mats_input_reads_forget_hh(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = (W_ih[k * H : (k + 1) * H] for k in range(4))
    W_hi, W_hf, W_hg, W_ho = (W_hh[k * H : (k + 1) * H] for k in range(4))
    b_i = b_ih[:H] + b_hh[:H]
    b_f = b_ih[H : 2 * H] + b_hh[H : 2 * H]
    b_g = b_ih[2 * H : 3 * H] + b_hh[2 * H : 3 * H]
    b_o = b_ih[3 * H :] + b_hh[3 * H :]
    i = sig(x @ W_ii.T + h @ W_hf.T + b_i)
    f = sig(x @ W_if.T + h @ W_hf.T + b_f)
    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)
    o = sig(x @ W_io.T + h @ W_ho.T + b_o)
    return i, f, g, o


@wrong("lstm_gates", "gates.output_order")
def gates_returns_ifog(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    zi, zf, zg, zo = np.split(z, 4, axis=-1)
    return sig(zi), sig(zf), sig(zo), np.tanh(zg)


@wrong("lstm_gates", "gate.wrong_activation")
def gates_all_sigmoid(x, h, W_ih, W_hh, b_ih, b_hh):
    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + b_hh
    H = h.shape[1]
    acts = [sig(z[:, k * H : (k + 1) * H]) for k in range(4)]
    return tuple(acts)


@wrong("lstm_gates", "gate.term_missing")
def gates_forgot_b_hh(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x.dot(W_ih.T) + b_ih + h.dot(W_hh.T)
    H = pre.shape[1] // 4
    return (
        sig(pre[:, :H]),
        sig(pre[:, H : 2 * H]),
        np.tanh(pre[:, 2 * H : 3 * H]),
        sig(pre[:, 3 * H :]),
    )


@wrong("lstm_gates", "result.shape")
def gates_column_vectors(x, h, W_ih, W_hh, b_ih, b_hh):
    # W x as in the maths, forgetting that rows are examples
    a = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]  # (4H, B)
    ai, af, ag, ao = np.split(a, 4, axis=0)
    return sig(ai), sig(af), np.tanh(ag), sig(ao)


@wrong("lstm_gates", "gate.term_sign")
def gates_forget_minus_recurrent(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a_x = x @ W_ih.T + b_ih
    a_h = h @ W_hh.T + b_hh
    s = [slice(k * H, (k + 1) * H) for k in range(4)]
    i = sig(a_x[:, s[0]] + a_h[:, s[0]])
    f = sig(a_x[:, s[1]] - a_h[:, s[1]])
    g = np.tanh(a_x[:, s[2]] + a_h[:, s[2]])
    o = sig(a_x[:, s[3]] + a_h[:, s[3]])
    return i, f, g, o


@wrong("lstm_gates", "gates.exchanged")
def gates_thinks_order_is_fiog(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    f_pre, i_pre, g_pre, o_pre = np.split(a, 4, axis=1)
    return sig(i_pre), sig(f_pre), np.tanh(g_pre), sig(o_pre)


@wrong("lstm_gates", "gate.wrong_activation", "gate.reads_other_block")
def gates_double_o_tanh_f_bias_of_g(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[-1]
    wx = x @ W_ih.T
    wh = h @ W_hh.T
    i = sig(wx[:, :H] + wh[:, :H] + b_ih[:H] + b_hh[:H])
    f = sig(wx[:, H : 2 * H] + wh[:, H : 2 * H] + b_ih[2 * H : 3 * H] + b_hh[H : 2 * H])
    g = np.tanh(
        wx[:, 2 * H : 3 * H] + wh[:, 2 * H : 3 * H] + b_ih[2 * H : 3 * H] + b_hh[2 * H : 3 * H]
    )
    o = np.tanh(wx[:, 3 * H :] + wh[:, 3 * H :] + b_ih[3 * H :] + b_hh[3 * H :])
    return i, f, g, o


@wrong(
    "lstm_gates", "result.overflow_warning"
)  # 1/(1+exp(-a)): overflows past |a| = 709; the notebooks ask for a sigmoid that never does
def gates_per_row_loop(x, h, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    outs = [np.zeros((B, H)) for _ in range(4)]
    for b in range(B):
        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh
        for k in range(4):
            blk = a[k * H : (k + 1) * H]
            outs[k][b] = np.tanh(blk) if k == 2 else 1 / (1 + np.exp(-blk))
    return tuple(outs)


# ---------------------------------------------------------------- lstm_cell


def _gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sig(ai), sig(af), np.tanh(ag), sig(ao)


@wrong("lstm_cell", "cell.c_input_term")
def cell_forgot_input_gate_in_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_new = f * c + g
    return o * np.tanh(c_new), c_new


@wrong("lstm_cell", "cell.h_from_old_c")
def cell_h_from_old_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    h_new = o * np.tanh(c)
    c_new = f * c + i * g
    return h_new, c_new


@wrong("lstm_cell", "cell.outputs_swapped")
def cell_returns_c_first(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_t = f * c + i * g
    h_t = o * np.tanh(c_t)
    return c_t, h_t


@wrong("lstm_cell", "cell.h_output_gate_missing")
def cell_no_output_gate(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, _o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_t = f * c + i * g
    return np.tanh(c_t), c_t


@wrong("lstm_cell", "args.changed_in_place")
def cell_updates_c_in_place(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c *= f
    c += i * g
    return o * np.tanh(c), c


@wrong("lstm_cell", "cell.h_wrong_squash")
def cell_rows_loop_sigmoid_of_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    hn, cn = np.zeros((B, H)), np.zeros((B, H))
    for b in range(B):
        a = W_ih @ x[b] + W_hh @ h[b] + b_ih + b_hh
        i, f, o = sig(a[:H]), sig(a[H : 2 * H]), sig(a[3 * H :])
        g = np.tanh(a[2 * H : 3 * H])
        cn[b] = f * c[b] + i * g
        hn[b] = o * sig(cn[b])
    return hn, cn


@wrong("lstm_cell", "gate.term_missing", "cell.h_tanh_missing")
def cell_double_no_b_ih_no_tanh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = sig(a[:, :H])
    f = sig(a[:, H : 2 * H])
    g = np.tanh(a[:, 2 * H : 3 * H])
    o = sig(a[:, 3 * H :])
    c2 = f * c + i * g
    return o * c2, c2


@wrong("lstm_cell", "gate.wrong_activation", "gate.reads_other_block")
def cell_double_g_sigmoid_o_reads_forget_rows(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    Wi, Wf, Wg, Wo = np.split(W_ih, 4)
    Ui, Uf, Ug, Uo = np.split(W_hh, 4)
    bi, bf, bg, bo = np.split(b_ih + b_hh, 4)
    i = sig(x @ Wi.T + h @ Ui.T + bi)
    f = sig(x @ Wf.T + h @ Uf.T + bf)
    g = sig(x @ Wg.T + h @ Ug.T + bg)
    o = sig(x @ Wf.T + h @ Uo.T + bo)
    assert H == Wi.shape[0]
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


@right("lstm_cell")
def cell_torch_converted_back(x, h, c, W_ih, W_hh, b_ih, b_hh):
    X, Hh, C = (torch.from_numpy(np.ascontiguousarray(a)) for a in (x, h, c))
    Wi, Wh, bi, bh = (torch.from_numpy(np.ascontiguousarray(a)) for a in (W_ih, W_hh, b_ih, b_hh))
    gates = X @ Wi.T + bi + Hh @ Wh.T + bh
    i, f, g, o = gates.chunk(4, dim=1)
    c_next = torch.sigmoid(f) * C + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * torch.tanh(c_next)
    return h_next.numpy(), c_next.numpy()


# ---------------------------------------------------------------- lstm_layer


def _cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def _init(x, h0, c0, W_hh, batch_axis=1):
    B, H = x.shape[batch_axis], W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    return h, c


@wrong("lstm_layer", "seq.out_holds_previous_h")
def layer_appends_before_step(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    h, c = _init(x, h0, c0, W_hh)
    hs = []
    for t in range(x.shape[0]):
        hs.append(h)
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
    out = np.stack(hs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)


@wrong("lstm_layer", "seq.batch_first_reshape")
def layer_reshape_for_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        B, T, I = x.shape
        x = x.reshape(T, B, I)
    T, B, _ = x.shape
    h, c = _init(x, h0, c0, W_hh)
    out = np.zeros((T, B, W_hh.shape[1]))
    for t in range(T):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = out.reshape(B, T, -1)
    return out, (h, c)


@wrong("lstm_layer", "seq.c_not_carried")
def layer_c_from_c0_each_step(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    seq = np.swapaxes(x, 0, 1) if batch_first else x
    h, c_init = _init(seq, h0, c0, W_hh)
    outs = []
    for x_t in seq:
        h, c = _cell(x_t, h, c_init, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs, axis=1 if batch_first else 0)
    return out, (h, c)


@wrong("lstm_layer", "seq.out_holds_c")
def layer_out_holds_c(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c = _init(x, h0, c0, W_hh)
    out = []
    for t in range(len(x)):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(c.copy())
    out = np.array(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.out_not_transposed_back")
def layer_out_left_time_major(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c = _init(x, h0, c0, W_hh)
    out = []
    for t in range(x.shape[0]):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    return np.stack(out), (h, c)


@wrong("lstm_layer", "call.raised", "seq.state_none_not_handled")  # c0=None is never replaced
def layer_none_only_for_h(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h = np.zeros((x.shape[1], W_hh.shape[1])) if h0 is None else h0
    c = c0
    out = []
    for t in range(x.shape[0]):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    out = np.stack(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.state_swapped", "seq.batch_first_ignored")
def layer_double_unpacks_c_h_ignores_batch_first(
    x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False
):
    h, c = _init(x, h0, c0, W_hh)
    out = []
    for t in range(x.shape[0]):
        c, h = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(c)
    return np.stack(out), (c, h)


@wrong("lstm_layer", "seq.h_n_wrong_step", "seq.c_not_carried")
def layer_double_hn_first_step_c_not_carried(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c0_ = _init(x, h0, c0, W_hh)
    hs, cs = [], []
    for t in range(x.shape[0]):
        h, c = _cell(x[t], h, c0_, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    out = np.stack(hs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (hs[0], cs[0])


@right("lstm_layer")
def layer_einsum_prealloc(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.moveaxis(x, 1, 0) if batch_first else x
    T, B, _ = xs.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)
    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)
    xproj = np.einsum("tbi,gi->tbg", xs, W_ih) + b_ih + b_hh
    out = np.empty((T, B, H))
    for t in range(T):
        a = xproj[t] + np.einsum("bh,gh->bg", h, W_hh)
        i, f, g, o = (
            sig(a[:, :H]),
            sig(a[:, H : 2 * H]),
            np.tanh(a[:, 2 * H : 3 * H]),
            sig(a[:, 3 * H :]),
        )
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    return (np.moveaxis(out, 0, 1) if batch_first else out), (h, c)


# ---------------------------------------------------------------- bilstm_layer


def _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for x_t in x:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)


@wrong("bilstm_layer", "bi.flip_wrong_axis")
def bi_flip_no_axis(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(np.flip(x), h0[1], c0[1], *bwd)
    out = np.concatenate([of, np.flip(ob, axis=0)], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.same_initial_state")
def bi_same_h0(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.reverse_uses_forward_weights")
def bi_reverse_with_forward_weights(x, h0, c0, fwd, bwd):
    W_ih, W_hh, b_ih, b_hh = fwd
    of, (hf, cf) = _layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)
    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.reverse_not_flipped_back")
def bi_reverse_outputs_not_flipped(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.halves_swapped")
def bi_backward_half_first(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([ob[::-1], of], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.h_n_reverse_from_last")
def bi_hn_from_out_last_row(x, h0, c0, fwd, bwd):
    of, _ = _layer(x, h0[0], c0[0], *fwd)
    T = x.shape[0]
    H = h0.shape[2]
    hb, cb = h0[1], c0[1]
    ob = np.zeros((T, x.shape[1], H))
    cs = np.zeros((T, x.shape[1], H))
    for t in range(T - 1, -1, -1):
        hb, cb = _cell(x[t], hb, cb, *bwd)
        ob[t], cs[t] = hb, cb
    out = np.concatenate([of, ob], axis=-1)
    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])
    _, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    c_n = np.stack([cf, cs[-1]])
    return out, (h_n, c_n)


@wrong("bilstm_layer", "bi.flip_wrong_axis", "bi.halves_swapped")
def bi_double_flip_batch_axis_and_halves(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(np.flip(x, axis=1), h0[1], c0[1], *bwd)
    out = np.concatenate([np.flip(ob, axis=1), of], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.initial_states_swapped", "bi.states_swapped")
def bi_double_init_swapped_and_hn_rows_swapped(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[1], c0[1], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hb, hf]), np.stack([cb, cf]))


@right("bilstm_layer")
def bi_index_arithmetic_one_loop(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, 2 * H))
    hf, cf, hb, cb = h0[0], c0[0], h0[1], c0[1]
    for s in range(T):
        hf, cf = _cell(x[s], hf, cf, *fwd)
        out[s, :, :H] = hf
        r = T - 1 - s
        hb, cb = _cell(x[r], hb, cb, *bwd)
        out[r, :, H:] = hb
    return out, (np.array([hf, hb]), np.array([cf, cb]))


# ---------------------------------------------------------------- ScratchLSTM


class BlindScratch(nn.Module):
    """A student's ScratchLSTM (correct); the wrong ones below override one part."""

    def __init__(
        self,
        input_size,
        hidden_size,
        num_layers=1,
        bias=True,
        batch_first=False,
        bidirectional=False,
    ):
        super().__init__()
        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional
        D = 2 if bidirectional else 1
        self.D = D
        for k in range(num_layers):
            for suffix in ["", "_reverse"][:D]:
                I_k = input_size if k == 0 else hidden_size * D
                self.register_parameter(
                    f"weight_ih_l{k}{suffix}", nn.Parameter(torch.empty(4 * hidden_size, I_k))
                )
                self.register_parameter(
                    f"weight_hh_l{k}{suffix}",
                    nn.Parameter(torch.empty(4 * hidden_size, hidden_size)),
                )
                if self.make_biases():
                    self.register_parameter(
                        f"bias_ih_l{k}{suffix}", nn.Parameter(torch.empty(4 * hidden_size))
                    )
                    self.register_parameter(
                        f"bias_hh_l{k}{suffix}", nn.Parameter(torch.empty(4 * hidden_size))
                    )
        self.reset_parameters()

    def make_biases(self):
        return self.bias

    def reset_parameters(self):
        bound = 1.0 / math.sqrt(self.hidden_size)
        for p in self.parameters():
            nn.init.uniform_(p, -bound, bound)

    def params(self, k, suffix):
        W_ih = getattr(self, f"weight_ih_l{k}{suffix}")
        W_hh = getattr(self, f"weight_hh_l{k}{suffix}")
        b_ih = getattr(self, f"bias_ih_l{k}{suffix}", None)
        b_hh = getattr(self, f"bias_hh_l{k}{suffix}", None)
        return W_ih, W_hh, b_ih, b_hh

    def step(self, x_t, h, c, W_ih, W_hh, b_ih, b_hh):
        a = x_t @ W_ih.T + h @ W_hh.T
        if b_ih is not None:
            a = a + b_ih + b_hh
        i, f, g, o = a.chunk(4, dim=-1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        return h, c

    def run(self, x, h, c, p, reverse):
        T = x.shape[0]
        outs = [None] * T
        order = range(T - 1, -1, -1) if reverse else range(T)
        for t in order:
            h, c = self.step(x[t], h, c, *p)
            outs[t] = h
        return torch.stack(outs), h, c

    def read_hx(self, hx, B, dtype):
        n = self.num_layers * self.D
        if hx is None:
            z = torch.zeros(n, B, self.hidden_size, dtype=dtype)
            return z, z
        h0, c0 = hx
        return h0, c0

    def layer_input(self, k, x, outs):
        return x if k == 0 else outs[k - 1]

    def stack_states(self, hs, cs):
        return torch.stack(hs), torch.stack(cs)

    def forward(self, x, hx=None):
        if self.batch_first:
            x = x.transpose(0, 1)
        B = x.shape[1]
        h0, c0 = self.read_hx(hx, B, x.dtype)
        hs, cs, outs = [], [], []
        for k in range(self.num_layers):
            inp = self.layer_input(k, x, outs)
            dir_outs = []
            for d, suffix in enumerate(["", "_reverse"][: self.D]):
                idx = k * self.D + d
                o, h, c = self.run(inp, h0[idx], c0[idx], self.params(k, suffix), reverse=d == 1)
                dir_outs.append(o)
                hs.append(h)
                cs.append(c)
            outs.append(torch.cat(dir_outs, dim=-1))
        out = outs[-1]
        if self.batch_first:
            out = out.transpose(0, 1)
        h_n, c_n = self.stack_states(hs, cs)
        return out, (h_n, c_n)


right("ScratchLSTM")(BlindScratch)


@wrong("ScratchLSTM", "scratch.bias_false_ignored")
class ScratchBiasAlways(BlindScratch):
    def make_biases(self):
        return True


@wrong("ScratchLSTM", "scratch.state_layout")
class ScratchStatesDirectionMajor(BlindScratch):
    def stack_states(self, hs, cs):
        if self.D == 1:
            return torch.stack(hs), torch.stack(cs)
        order = list(range(0, len(hs), 2)) + list(range(1, len(hs), 2))
        return torch.stack([hs[j] for j in order]), torch.stack([cs[j] for j in order])


@wrong("ScratchLSTM", "scratch.hx_swapped")
class ScratchHxAsCH(BlindScratch):
    def read_hx(self, hx, B, dtype):
        if hx is None:
            return super().read_hx(hx, B, dtype)
        c0, h0 = hx
        return h0, c0


@wrong("ScratchLSTM", "gate.term_missing")
class ScratchForgotBhh(BlindScratch):
    def step(self, x_t, h, c, W_ih, W_hh, b_ih, b_hh):
        a = x_t @ W_ih.T + h @ W_hh.T
        if b_ih is not None:
            a = a + b_ih
        i, f, g, o = a.chunk(4, dim=-1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        return torch.sigmoid(o) * torch.tanh(c), c


@wrong("ScratchLSTM", "scratch.layer_input")
class ScratchEveryLayerReadsFirstOut(BlindScratch):
    def layer_input(self, k, x, outs):
        return x if k == 0 else outs[0]


# Labelled wrong (scratch.init_distribution) before running; the exercise's check loads nn.LSTM's
# weights, and the issue asks for the distribution "as a note": it passes and prints the note.
class ScratchInitNormal(BlindScratch):
    def reset_parameters(self):
        for p in self.parameters():
            nn.init.normal_(p, 0.0, 0.1)


BLIND_NOTE.append(
    ("ScratchLSTM", ScratchInitNormal, "ScratchInitNormal", "reset_parameters does not draw")
)


@wrong("ScratchLSTM", "bi.reverse_not_flipped_back", "gate.wrong_activation")
class ScratchDoubleReverseNotBackAndForgetTanh(BlindScratch):
    def step(self, x_t, h, c, W_ih, W_hh, b_ih, b_hh):
        a = x_t @ W_ih.T + h @ W_hh.T
        if b_ih is not None:
            a = a + b_ih + b_hh
        i, f, g, o = a.chunk(4, dim=-1)
        c = torch.tanh(f) * c + torch.sigmoid(i) * torch.tanh(g)
        return torch.sigmoid(o) * torch.tanh(c), c

    def run(self, x, h, c, p, reverse):
        xs = torch.flip(x, dims=[0]) if reverse else x
        outs = []
        for x_t in xs:
            h, c = self.step(x_t, h, c, *p)
            outs.append(h)
        return torch.stack(outs), h, c


@right("ScratchLSTM")
class ScratchFlipAndEinsum(BlindScratch):
    def step(self, x_t, h, c, W_ih, W_hh, b_ih, b_hh):
        a = torch.einsum("bi,gi->bg", x_t, W_ih) + torch.einsum("bh,gh->bg", h, W_hh)
        if b_ih is not None:
            a = a + (b_ih + b_hh)
        H = self.hidden_size
        i = torch.sigmoid(a[:, :H])
        f = torch.sigmoid(a[:, H : 2 * H])
        g = torch.tanh(a[:, 2 * H : 3 * H])
        o = torch.sigmoid(a[:, 3 * H :])
        c = f * c + i * g
        return o * torch.tanh(c), c

    def run(self, x, h, c, p, reverse):
        xs = x.flip(0) if reverse else x
        outs = []
        for x_t in xs:
            h, c = self.step(x_t, h, c, *p)
            outs.append(h)
        out = torch.stack(outs)
        return (out.flip(0) if reverse else out), h, c


# ---------------------------------------------------------------- lstm_cell_backward


def _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    i, f, g, o = sig(ai), sig(af), np.tanh(ag), sig(ao)
    c_t = f * c + i * g
    return a, i, f, g, o, c_t


def _pack(da, x, h, W_ih, W_hh, dc_prev):
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc_prev,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": da.sum(0),
        "b_hh": da.sum(0),
    }


@wrong("lstm_cell_backward", "grad.tanh_c_derivative_missing")
def cb_no_tanh_prime_of_c(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o
    do = dh_next * tc
    di, dg, df = dc * g, dc * i, dc * c
    da = np.concatenate(
        [di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o * (1 - o)], axis=1
    )
    return _pack(da, x, h, W_ih, W_hh, dc * f)


@wrong("lstm_cell_backward", "grad.derivative_of_preactivation")
def cb_sigma_prime_on_preactivation(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    ai, af, ag, ao = np.split(a, 4, axis=1)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * tc
    di, dg, df = dc * g, dc * i, dc * c
    da = np.concatenate(
        [di * ai * (1 - ai), df * af * (1 - af), dg * (1 - g**2), do * ao * (1 - ao)], axis=1
    )
    return _pack(da, x, h, W_ih, W_hh, dc * f)


@wrong("lstm_cell_backward", "grad.forget_factor_missing")
def cb_dc_prev_without_f(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * tc
    di, dg, df = dc * g, dc * i, dc * c
    da = np.concatenate(
        [di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o * (1 - o)], axis=1
    )
    return _pack(da, x, h, W_ih, W_hh, dc)


@wrong("lstm_cell_backward", "grad.activation_derivative_missing")
def cb_g_without_tanh_prime(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * tc
    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i, do * o * (1 - o)])
    return _pack(da, x, h, W_ih, W_hh, dc * f)


@wrong("lstm_cell_backward", "grad.weight_grad_transposed")
def cb_weight_grads_x_transposed(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * tc
    da = np.hstack(
        [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), do * o * (1 - o)]
    )
    grads = _pack(da, x, h, W_ih, W_hh, dc * f)
    grads["W_ih"] = x.T @ da
    grads["W_hh"] = h.T @ da
    return grads


@wrong("lstm_cell_backward", "grad.dc_next_ignored", "grad.wrong_derivative")
def cb_double_dc_next_ignored_o_tanh_prime(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dh_next * o * (1 - tc**2)
    do = dh_next * tc
    da = np.hstack(
        [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), do * (1 - o**2)]
    )
    return _pack(da, x, h, W_ih, W_hh, dc * f)


@wrong("lstm_cell_backward", "grad.gate_factor", "grad.forget_factor_missing")
def cb_double_di_times_i_and_no_f(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * tc
    di = dc * i
    da = np.hstack([di * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), do * o * (1 - o)])
    return _pack(da, x, h, W_ih, W_hh, dc)


@right("lstm_cell_backward")
def cb_per_gate_separate_matrices(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    blocks = []
    for k in range(4):
        blocks.append(
            x @ W_ih[k * H : (k + 1) * H].T
            + h @ W_hh[k * H : (k + 1) * H].T
            + b_ih[k * H : (k + 1) * H]
            + b_hh[k * H : (k + 1) * H]
        )
    i, f, o = (1 / (1 + np.exp(-blocks[k])) for k in (0, 1, 3))
    g = np.tanh(blocks[2])
    c_new = f * c + i * g
    t = np.tanh(c_new)
    dct = dc_next + dh_next * o * (1.0 - t * t)
    d_blocks = [
        dct * g * i * (1 - i),
        dct * c * f * (1 - f),
        dct * i * (1 - g * g),
        dh_next * t * o * (1 - o),
    ]
    da = np.concatenate(d_blocks, axis=1)
    return {
        "x": sum(d_blocks[k] @ W_ih[k * H : (k + 1) * H] for k in range(4)),
        "h": sum(d_blocks[k] @ W_hh[k * H : (k + 1) * H] for k in range(4)),
        "c": dct * f,
        "W_ih": np.einsum("bg,bi->gi", da, x),
        "W_hh": np.einsum("bg,bh->gh", da, h),
        "b_ih": np.einsum("bg->g", da),
        "b_hh": da.sum(axis=0).copy(),
    }


# ---------------------------------------------------------------- lstm_layer_backward


def _cb(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    da = np.hstack(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - g**2),
            dh_next * tc * o * (1 - o),
        ]
    )
    return _pack(da, x, h, W_ih, W_hh, dc * f)


def _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    hs, cs = [h0], [c0]
    for t in range(x.shape[0]):
        h, c = _cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    return hs, cs


def _zeros_like_params(W_ih, W_hh, b_ih, b_hh):
    return {
        "W_ih": np.zeros_like(W_ih),
        "W_hh": np.zeros_like(W_hh),
        "b_ih": np.zeros_like(b_ih),
        "b_hh": np.zeros_like(b_hh),
    }


@wrong("lstm_layer_backward", "grad.weight_grads_not_summed")
def lb_weights_overwritten(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    dx = np.zeros_like(x)
    res = {}
    for t in reversed(range(x.shape[0])):
        g = _cb(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t], dh, dc = g["x"], g["h"], g["c"]
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            res[k] = g[k]
    res.update(x=dx, h0=dh, c0=dc)
    return res


@wrong("lstm_layer_backward", "grad.through_time_dh")
def lb_dh_only_from_dout(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    T = x.shape[0]
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    extra = np.zeros_like(h0) if dh_n is None else dh_n
    acc = _zeros_like_params(W_ih, W_hh, b_ih, b_hh)
    dx = np.zeros_like(x)
    dh_prev = None
    for t in range(T - 1, -1, -1):
        dh = dout[t] + (extra if t == T - 1 else 0)
        g = _cb(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = g["x"]
        dc = g["c"]
        dh_prev = g["h"]
        for k in acc:
            acc[k] += g[k]
    return {"x": dx, "h0": dh_prev, "c0": dc, **acc}


@wrong("lstm_layer_backward", "grad.final_state_grads_ignored")
def lb_starts_from_zeros_always(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dh, dc = np.zeros_like(h0), np.zeros_like(c0)
    acc = _zeros_like_params(W_ih, W_hh, b_ih, b_hh)
    dxs = []
    for t in reversed(range(len(x))):
        g = _cb(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dxs.insert(0, g["x"])
        dh, dc = g["h"], g["c"]
        for k in acc:
            acc[k] = acc[k] + g[k]
    return {"x": np.stack(dxs), "h0": dh, "c0": dc, **acc}


@wrong("lstm_layer_backward", "grad.dout_ignored")
def lb_only_final_state_grads(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    acc = _zeros_like_params(W_ih, W_hh, b_ih, b_hh)
    dx = np.zeros_like(x)
    for t in reversed(range(len(x))):
        if t == len(x) - 1:
            dh = dh + dout[t]
        g = _cb(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t], dh, dc = g["x"], g["h"], g["c"]
        for k in acc:
            acc[k] += g[k]
    return {"x": dx, "h0": dh, "c0": dc, **acc}


@wrong("lstm_layer_backward", "args.changed_in_place")
def lb_adds_into_dout(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    acc = _zeros_like_params(W_ih, W_hh, b_ih, b_hh)
    dx = np.zeros_like(x)
    for t in reversed(range(len(x))):
        dout[t] += dh
        g = _cb(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t], dh, dc = g["x"], g["h"], g["c"]
        for k in acc:
            acc[k] += g[k]
    return {"x": dx, "h0": dh, "c0": dc, **acc}


@wrong("lstm_layer_backward", "grad.through_time_dc", "grad.weight_grads_not_summed")
def lb_double_dc_reset_and_last_step_weights(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc_last = np.zeros_like(c0) if dc_n is None else dc_n
    dx = np.zeros_like(x)
    T = len(x)
    for t in range(T - 1, -1, -1):
        dc_in = dc_last if t == T - 1 else np.zeros_like(c0)
        g = _cb(dout[t] + dh, dc_in, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t], dh = g["x"], g["h"]
        dc0 = g["c"]
        if t == 0:
            weights = {k: g[k] for k in ("W_ih", "W_hh", "b_ih", "b_hh")}
    return {"x": dx, "h0": dh, "c0": dc0, **weights}


@right("lstm_layer_backward")
def lb_lists_and_sum(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dh = 0.0 * h0 if dh_n is None else dh_n + 0.0
    dc = 0.0 * c0 if dc_n is None else dc_n + 0.0
    per_step = []
    for t in range(len(x) - 1, -1, -1):
        g = _cb(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        per_step.append(g)
        dh, dc = g["h"], g["c"]
    return {
        "x": np.stack([g["x"] for g in per_step[::-1]]),
        "h0": dh,
        "c0": dc,
        **{k: np.sum([g[k] for g in per_step], axis=0) for k in ("W_ih", "W_hh", "b_ih", "b_hh")},
    }


# ---------------------------------------------------------------- lstm_layer_lengths


@wrong("lstm_layer_lengths", "len.mask_off_by_one")
def ll_mask_le(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    h, c = h0.copy(), c0.copy()
    out = np.zeros((T, x.shape[1], h0.shape[1]))
    lengths = np.asarray(lengths)
    for t in range(T):
        hn, cn = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        m = (t <= lengths - 1 + 1)[:, None]  # "up to and including the length"
        h = np.where(m, hn, h)
        c = np.where(m, cn, c)
        out[t] = np.where(m, h, 0.0)
    return out, (h, c)


@wrong("lstm_layer_lengths", "len.c_not_frozen")
def ll_only_h_frozen(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    h, c = h0, c0
    out = np.zeros((T,) + h0.shape)
    for t in range(T):
        hn, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        valid = (np.asarray(lengths) > t).reshape(-1, 1)
        h = valid * hn + (1 - valid) * h
        out[t] = valid * hn
    return out, (h, c)


@wrong("lstm_layer_lengths", "len.out_not_zeroed")
def ll_out_keeps_frozen_h(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for t in range(x.shape[0]):
        hn, cn = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        m = np.array([[t < L] for L in lengths])
        h = np.where(m, hn, h)
        c = np.where(m, cn, c)
        outs.append(h)
    return np.stack(outs), (h, c)


@wrong("lstm_layer_lengths", "len.h_n_last_row")
def ll_hn_from_out_last(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    T = x.shape[0]
    out = np.zeros((T,) + h0.shape)
    cs = np.zeros((T,) + h0.shape)
    for t in range(T):
        hn, cn = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        m = (np.asarray(lengths) > t)[:, None]
        h, c = np.where(m, hn, h), np.where(m, cn, c)
        out[t] = h * m
        cs[t] = c * m
    return out, (out[-1], cs[-1])


@wrong("lstm_layer_lengths", "len.padding_not_skipped")
def ll_runs_over_padding(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    T = x.shape[0]
    out = np.zeros((T,) + h0.shape)
    for t in range(T):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h * (np.asarray(lengths) > t)[:, None]
    return out, (h, c)


@wrong("lstm_layer_lengths", "len.h_not_frozen", "len.out_not_zeroed")
def ll_double_h_not_frozen_out_not_zeroed(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    out = []
    for t in range(len(x)):
        h, cn = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        keep = (np.asarray(lengths) > t)[:, None]
        c = np.where(keep, cn, c)
        out.append(h)
    return np.array(out), (h, c)


@right("lstm_layer_lengths")
def ll_each_sequence_alone(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    out = np.zeros((T, B, H))
    h_n, c_n = np.zeros((B, H)), np.zeros((B, H))
    for b in range(B):
        h, c = h0[b : b + 1], c0[b : b + 1]
        for t in range(int(lengths[b])):
            h, c = _cell(x[t, b : b + 1], h, c, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = h[0]
        h_n[b], c_n[b] = h[0], c[0]
    return out, (h_n, c_n)


# ---------------------------------------------------------------- bilstm_layer_lengths


def _ll(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    return ll_each_sequence_alone(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh)


@wrong("bilstm_layer_lengths", "len.reverse_starts_at_T")
def bl_reverse_flips_padded(x, lengths, h0, c0, fwd, bwd):
    of, (hf, cf) = _ll(x, lengths, h0[0], c0[0], *fwd)
    h, c = h0[1], c0[1]
    T = x.shape[0]
    ob = np.zeros_like(of)
    for t in range(T - 1, -1, -1):
        h, c = _cell(x[t], h, c, *bwd)
        ob[t] = h
    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[..., None]
    ob = ob * mask
    return np.concatenate([of, ob], -1), (np.stack([hf, h]), np.stack([cf, c]))


@wrong("bilstm_layer_lengths", "bi.same_initial_state")
def bl_same_initial_state(x, lengths, h0, c0, fwd, bwd):
    of, (hf, cf) = _ll(x, lengths, h0[0], c0[0], *fwd)
    xr = np.zeros_like(x)
    for b, L in enumerate(lengths):
        xr[:L, b] = x[:L, b][::-1]
    ob_r, (hb, cb) = _ll(xr, lengths, h0[0], c0[0], *bwd)
    ob = np.zeros_like(ob_r)
    for b, L in enumerate(lengths):
        ob[:L, b] = ob_r[:L, b][::-1]
    return np.concatenate([of, ob], -1), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer_lengths", "bi.reverse_not_flipped_back")
def bl_reverse_out_left_reversed(x, lengths, h0, c0, fwd, bwd):
    of, (hf, cf) = _ll(x, lengths, h0[0], c0[0], *fwd)
    xr = np.zeros_like(x)
    for b, L in enumerate(lengths):
        xr[:L, b] = x[:L, b][::-1]
    ob, (hb, cb) = _ll(xr, lengths, h0[1], c0[1], *bwd)
    return np.concatenate([of, ob], -1), (np.stack([hf, hb]), np.stack([cf, cb]))


@right("bilstm_layer_lengths")
def bl_per_row_loops(x, lengths, h0, c0, fwd, bwd):
    of, (hf, cf) = _ll(x, lengths, h0[0], c0[0], *fwd)
    T, B, _ = x.shape
    H = h0.shape[-1]
    ob = np.zeros((T, B, H))
    hb, cb = np.zeros((B, H)), np.zeros((B, H))
    for b in range(B):
        h, c = h0[1, b : b + 1], c0[1, b : b + 1]
        for t in reversed(range(int(lengths[b]))):
            h, c = _cell(x[t, b : b + 1], h, c, *bwd)
            ob[t, b] = h[0]
        hb[b], cb[b] = h[0], c[0]
    return np.dstack([of, ob]), (np.stack([hf, hb]), np.stack([cf, cb]))


# ---------------------------------------------------------------- lstm_output_shapes


@wrong("lstm_output_shapes", "shapes.batch_first_ignored")
def sh_no_batch_first(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    D = 2 if bidirectional else 1
    Hout = proj_size or hidden_size
    return {
        "out": (seq_len, batch, D * Hout),
        "h_n": (D * num_layers, batch, Hout),
        "c_n": (D * num_layers, batch, hidden_size),
    }


@wrong("lstm_output_shapes", "shapes.proj_size_on_c")
def sh_proj_on_c(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    D = 2 if bidirectional else 1
    H = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)
    return {"out": out, "h_n": (D * num_layers, batch, H), "c_n": (D * num_layers, batch, H)}


@wrong("lstm_output_shapes", "shapes.directions_forgotten")
def sh_states_no_directions(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    D = 2 if bidirectional else 1
    H = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)
    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, hidden_size)}


@wrong("lstm_output_shapes", "shapes.proj_size_ignored", "shapes.out_2h_forgotten")
def sh_double_no_proj_no_2h(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    n = num_layers * (2 if bidirectional else 1)
    out = (batch, seq_len, hidden_size) if batch_first else (seq_len, batch, hidden_size)
    return {"out": out, "h_n": (n, batch, hidden_size), "c_n": (n, batch, hidden_size)}


@wrong("lstm_output_shapes", "shapes.states_batch_first")
def sh_states_batch_first(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    D = 2 if bidirectional else 1
    H = proj_size if proj_size > 0 else hidden_size
    if batch_first:
        return {
            "out": (batch, seq_len, D * H),
            "h_n": (batch, D * num_layers, H),
            "c_n": (batch, D * num_layers, hidden_size),
        }
    return {
        "out": (seq_len, batch, D * H),
        "h_n": (D * num_layers, batch, H),
        "c_n": (D * num_layers, batch, hidden_size),
    }


@right("lstm_output_shapes")
def sh_numpy_ints_and_lists(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    dirs = 1 + int(bool(bidirectional))
    h_out = hidden_size if not proj_size else proj_size
    first_two = [batch, seq_len] if batch_first else [seq_len, batch]
    return dict(
        out=tuple(int(v) for v in first_two + [dirs * h_out]),
        h_n=tuple(int(v) for v in (num_layers * dirs, batch, h_out)),
        c_n=tuple(int(v) for v in (num_layers * dirs, batch, hidden_size)),
    )


# ================================================================ batch 2
# Written after the fixes above, as a second measurement: mistakes not in batch 1. (Its author
# had read the engine by then, so it is less blind than batch 1; its figures are reported apart.)
BATCH2_WRONG = []


def wrong2(function, *expect):
    def deco(fn):
        BATCH2_WRONG.append((function, fn, tuple(expect), fn.__name__))
        return fn

    return deco


@wrong2("sigmoid", "result.overflow_warning")
def s2_abs_but_overflows_negative(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), 1 / (1 + np.exp(np.abs(z))))


@wrong2("sigmoid", "sigmoid.sign")
def s2_branches_exchanged(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))


@wrong2("lstm_gates", "gates.exchanged")
def g2_thinks_order_igfo(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    a_i, a_g, a_f, a_o = np.split(a, 4, axis=1)
    return sig(a_i), sig(a_f), np.tanh(a_g), sig(a_o)


@wrong2("lstm_gates", "gate.term_twice")
def g2_b_ih_twice(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih
    H = h.shape[1]
    return sig(a[:, :H]), sig(a[:, H : 2 * H]), np.tanh(a[:, 2 * H : 3 * H]), sig(a[:, 3 * H :])


@wrong2("lstm_gates", "gate.wrong_activation", "gate.term_missing")
def g2_double_i_tanh_no_b_hh(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return np.tanh(ai), sig(af), np.tanh(ag), sig(ao)


@wrong2("lstm_cell", "cell.c_forget_term")
def c2_one_minus_f(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_new = (1 - f) * c + i * g
    return o * np.tanh(c_new), c_new


@wrong2("lstm_cell", "gate.reads_other_block")
def c2_output_gate_from_forget_preact(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, _ao = np.split(a, 4, axis=1)
    i, f, g, o = sig(ai), sig(af), np.tanh(ag), sig(af)
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


@wrong2("lstm_cell", "cell.outputs_swapped", "cell.c_forget_term")
def c2_double_returns_c_first_no_forget(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_new = c + i * g
    return c_new, o * np.tanh(c_new)


@wrong2("lstm_layer", "seq.h_n_wrong_step")
def l2_returns_initial_state(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    h_init, c_init = _init(xs, h0, c0, W_hh)
    h, c = h_init, c_init
    out = []
    for x_t in xs:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    out = np.stack(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (h_init, c_init)


@wrong2("lstm_layer", "seq.h_not_carried")
def l2_h_from_h0_each_step(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    h_init, c = _init(xs, h0, c0, W_hh)
    out = []
    for x_t in xs:
        h, c = _cell(x_t, h_init, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    out = np.stack(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@wrong2("lstm_layer", "seq.time_reversed")
def l2_loops_backwards(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    h, c = _init(xs, h0, c0, W_hh)
    out = np.zeros((xs.shape[0], xs.shape[1], W_hh.shape[1]))
    for t in reversed(range(xs.shape[0])):
        h, c = _cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@wrong2("lstm_layer", "seq.out_holds_previous_h", "seq.batch_first_ignored")
def l2_double_prev_h_ignores_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    h, c = _init(x, h0, c0, W_hh)
    out = []
    for t in range(x.shape[0]):
        out.append(h)
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
    return np.stack(out), (h, c)


@wrong2("bilstm_layer", "bi.reverse_uses_forward_weights", "bi.forward_uses_reverse_weights")
def b2_double_weights_exchanged(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *bwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *fwd)
    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong2("bilstm_layer", "bi.reverse_not_reversed")
def b2_reverse_runs_forwards(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x, h0[1], c0[1], *bwd)
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong2("bilstm_layer", "result.shape")
def b2_concat_on_batch_axis(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([of, ob[::-1]], axis=1), (np.stack([hf, hb]), np.stack([cf, cb]))


# Labelled seq.batch_first_ignored before running; with hx given and B != T the module raises
# (h_0 is (L·D, B, H), x read as (T, B, I)): the check reports the raise, at the student's line.
@wrong2("ScratchLSTM", "call.raised")
class Scratch2BatchFirstIgnored(BlindScratch):
    def forward(self, x, hx=None):
        bf, self.batch_first = self.batch_first, False
        try:
            return super().forward(x, hx)
        finally:
            self.batch_first = bf


@wrong2("ScratchLSTM", "gate.wrong_activation")
class Scratch2OutputGateTanh(BlindScratch):
    def step(self, x_t, h, c, W_ih, W_hh, b_ih, b_hh):
        a = x_t @ W_ih.T + h @ W_hh.T
        if b_ih is not None:
            a = a + b_ih + b_hh
        i, f, g, o = a.chunk(4, dim=-1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        return torch.tanh(o) * torch.tanh(c), c


@wrong2("ScratchLSTM", "scratch.h0_layout")
class Scratch2H0DirectionMajor(BlindScratch):
    def read_hx(self, hx, B, dtype):
        h0, c0 = super().read_hx(hx, B, dtype)
        if hx is None or self.D == 1:
            return h0, c0
        L = self.num_layers
        order = [d * L + k for k in range(L) for d in range(self.D)]  # my row k*D+d is theirs d*L+k
        return h0[order], c0[order]


@wrong2("lstm_cell_backward", "grad.dh_path_missing")
def cb2_dc_only_from_dc_next(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next.copy()
    do = dh_next * tc
    da = np.hstack(
        [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), do * o * (1 - o)]
    )
    return _pack(da, x, h, W_ih, W_hh, dc * f)


@wrong2("lstm_cell_backward", "grad.bias_split")
def cb2_bias_halved(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    grads = _cb(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    half = grads["b_ih"] / 2
    grads["b_ih"], grads["b_hh"] = half, half.copy()
    return grads


@wrong2("lstm_cell_backward", "grad.gate_factor", "grad.activation_derivative_missing")
def cb2_double_do_times_c_no_sigma_prime_f(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a, i, f, g, o, c_t = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * c_t
    da = np.hstack([dc * g * i * (1 - i), dc * c, dc * i * (1 - g**2), do * o * (1 - o)])
    return _pack(da, x, h, W_ih, W_hh, dc * f)


@wrong2("lstm_layer_backward", "grad.through_time_dh", "grad.final_state_grads_ignored")
def lb2_double_no_dh_carry_no_final(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    hs, cs = _states(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    dc = np.zeros_like(c0)
    acc = _zeros_like_params(W_ih, W_hh, b_ih, b_hh)
    dx = np.zeros_like(x)
    dh0 = None
    for t in reversed(range(len(x))):
        g = _cb(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t], dc, dh0 = g["x"], g["c"], g["h"]
        for k in acc:
            acc[k] += g[k]
    return {"x": dx, "h0": dh0, "c0": dc, **acc}


@wrong2("lstm_layer_lengths", "len.mask_off_by_one")
def ll2_mask_minus_one(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    out = np.zeros((x.shape[0],) + h0.shape)
    L = np.asarray(lengths)
    for t in range(x.shape[0]):
        hn, cn = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        m = (t < L - 1)[:, None]
        h, c = np.where(m, hn, h), np.where(m, cn, c)
        out[t] = np.where(m, hn, 0)
    return out, (h, c)


@wrong2("lstm_layer_lengths", "len.c_not_frozen", "len.out_not_zeroed")
def ll2_double_c_free_out_holds(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for t in range(x.shape[0]):
        hn, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        m = (np.asarray(lengths) > t)[:, None]
        h = np.where(m, hn, h)
        outs.append(h)
    return np.stack(outs), (h, c)


@wrong2("bilstm_layer_lengths", "len.out_not_zeroed")
def bl2_forward_half_not_zeroed(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    h, c = h0[0], c0[0]
    of = np.zeros((T, B, H))
    for t in range(T):
        hn, cn = _cell(x[t], h, c, *fwd)
        m = (np.asarray(lengths) > t)[:, None]
        h, c = np.where(m, hn, h), np.where(m, cn, c)
        of[t] = h
    out, (h_n, c_n) = bl_per_row_loops(x, lengths, h0, c0, fwd, bwd)
    out[:, :, :H] = of
    return out, (h_n, c_n)


@wrong2("bilstm_layer_lengths", "bi.states_swapped")
def bl2_hn_rows_exchanged(x, lengths, h0, c0, fwd, bwd):
    out, (h_n, c_n) = bl_per_row_loops(x, lengths, h0, c0, fwd, bwd)
    return out, (h_n[::-1].copy(), c_n[::-1].copy())


@wrong2("lstm_output_shapes", "shapes.layers_forgotten")
def sh2_layers_forgotten(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    D = 2 if bidirectional else 1
    H = proj_size or hidden_size
    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)
    return {"out": out, "h_n": (D, batch, H), "c_n": (D, batch, hidden_size)}


@wrong2("lstm_output_shapes", "shapes.states_concatenated")
def sh2_states_concatenated(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    D = 2 if bidirectional else 1
    H = proj_size or hidden_size
    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)
    return {
        "out": out,
        "h_n": (num_layers, batch, D * H),
        "c_n": (num_layers, batch, D * hidden_size),
    }
