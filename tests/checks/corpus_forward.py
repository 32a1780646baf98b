# ruff: noqa: E501  (a corpus of students' code: their long lines kept)
"""Wrong versions of the forward exercises, written by hand the way students write them, and
each one's expected findings (finding id, gate or None). Also correct ones written differently.

Not generated from the catalogue: separate matrices, loops, torch, other names, other argument
handling; some with two mistakes at once.
"""

import math

import numpy as np
import torch

WRONG = []  # (function, fn, expected: tuple[(id, gate|None)], label)
CORRECT = []  # (function, fn, label)


def wrong(function, *expect):
    def deco(fn):
        WRONG.append(
            (
                function,
                _zeros_for_none(function, fn),
                tuple(e if isinstance(e, tuple) else (e, None) for e in expect),
            )
        )
        return fn

    return deco


def right(function):
    def deco(fn):
        CORRECT.append((function, _zeros_for_none(function, fn)))
        return fn

    return deco


def _zeros_for_none(function, fn):
    """lstm_layer takes h0 = c0 = None (zeros), as the exercise says: the first lines a student
    writes for that, in front of each corpus version."""
    if function != "lstm_layer":
        return fn

    def with_none(x, h0, c0, W_ih, W_hh, *rest, **kw):
        B = x.shape[0] if kw.get("batch_first") else x.shape[1]
        H = W_hh.shape[1]
        h0 = np.zeros((B, H)) if h0 is None else h0
        c0 = np.zeros((B, H)) if c0 is None else c0
        return fn(x, h0, c0, W_ih, W_hh, *rest, **kw)

    with_none.__name__ = fn.__name__
    return with_none


def sig(z):
    return 0.5 * (1 + np.tanh(0.5 * z))


# ---------------------------------------------------------------------------- sigmoid
@wrong("sigmoid", "sigmoid.sign")
def sigmoid_plus_exponent(z):
    z = np.clip(z, -500, 500)
    return 1.0 / (1.0 + np.exp(z))


@wrong("sigmoid", "sigmoid.is_tanh")
def sigmoid_is_tanh(z):
    return np.tanh(z)


@wrong("sigmoid", "sigmoid.wrong_formula")
def sigmoid_tanh_without_half(z):
    return 0.5 * (1 + np.tanh(z))


@wrong("sigmoid", "sigmoid.wrong_formula")
def sigmoid_clipped(z):
    return 1 / (1 + np.exp(-np.clip(z, -20, 20)))


@wrong("sigmoid", "result.overflow_warning")
def sigmoid_naive(z):
    return 1 / (1 + np.exp(-z))


@wrong("sigmoid", "result.overflow_warning")
def sigmoid_where_both_branches(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))


@wrong("sigmoid", "sigmoid.wrong_formula")
def sigmoid_abs_branch(z):
    e = np.exp(-np.abs(z))
    return 1.0 / (1.0 + e)  # forgot the z < 0 branch


@wrong("sigmoid", "sigmoid.wrong_formula")
def sigmoid_double(z):
    zz = np.clip(z, -300, 300)
    return 1 / (1 + np.exp(-2 * zz))


@right("sigmoid")
def sigmoid_stable_where(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


@right("sigmoid")
def sigmoid_logaddexp(z):
    return np.exp(-np.logaddexp(0.0, -z))


@right("sigmoid")
def sigmoid_torch(z):
    return torch.sigmoid(torch.as_tensor(z)).numpy()


# ---------------------------------------------------------------------------- lstm_gates
def _blocks(W, H):
    return [W[k * H : (k + 1) * H] for k in range(4)]


@wrong("lstm_gates", ("gate.reads_other_block", "i"))
def gates_seed001(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = _blocks(W_ih, H)
    W_hi, W_hf, W_hg, W_ho = _blocks(W_hh, H)
    b_i, b_f, b_g, b_o = _blocks(b_ih + b_hh, H)
    i = sig(x @ W_ii.T + h @ W_hf.T + b_i)
    f = sig(x @ W_if.T + h @ W_hf.T + b_f)
    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)
    o = sig(x @ W_io.T + h @ W_ho.T + b_o)
    return i, f, g, o


@wrong("lstm_gates", ("gate.reads_other_block", "i"))
def gates_input_takes_forget_recurrent_term(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    rec = [h @ W_hh[k * H : (k + 1) * H].T + b_hh[k * H : (k + 1) * H] for k in range(4)]
    inp = [x @ W_ih[k * H : (k + 1) * H].T + b_ih[k * H : (k + 1) * H] for k in range(4)]
    return (
        sig(inp[0] + rec[1]),
        sig(inp[1] + rec[1]),
        np.tanh(inp[2] + rec[2]),
        sig(inp[3] + rec[3]),
    )


@wrong("lstm_gates", ("gate.wrong_activation", "g"))
def gates_g_sigmoid(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sig(ai), sig(af), sig(ag), sig(ao)


@wrong("lstm_gates", "gates.exchanged")
def gates_cs231n_split(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, o, g = np.split(a, 4, axis=1)
    return sig(i), sig(f), np.tanh(g), sig(o)


@wrong("lstm_gates", "gate.term_missing")
def gates_torch_no_b_hh(x, h, W_ih, W_hh, b_ih, b_hh):
    X, Hh = torch.from_numpy(x), torch.from_numpy(h)
    a = torch.nn.functional.linear(X, torch.from_numpy(W_ih), torch.from_numpy(b_ih))
    a = a + Hh @ torch.from_numpy(W_hh).T
    i, f, g, o = a.chunk(4, dim=1)
    return tuple(
        t.numpy() for t in (torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o))
    )


@wrong("lstm_gates", ("gate.wrong_activation", "o"), "gate.term_twice")
def gates_per_sample_double(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    outs = []
    for b in range(x.shape[0]):
        a = W_ih @ x[b] + W_hh @ h[b] + 2 * b_ih + b_hh
        outs.append((sig(a[:H]), sig(a[H : 2 * H]), np.tanh(a[2 * H : 3 * H]), np.tanh(a[3 * H :])))
    return tuple(np.stack([o[k] for o in outs]) for k in range(4))


@wrong("lstm_gates", ("gate.reads_other_block", "f"), ("gate.wrong_activation", "g"))
def gates_forget_reads_candidate_and_g_sigmoid(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    Wx = _blocks(W_ih, H)
    Wh = _blocks(W_hh, H)
    b = _blocks(b_ih + b_hh, H)
    i = sig(x @ Wx[0].T + h @ Wh[0].T + b[0])
    f = sig(x @ Wx[2].T + h @ Wh[1].T + b[1])
    g = sig(x @ Wx[2].T + h @ Wh[2].T + b[2])
    o = sig(x @ Wx[3].T + h @ Wh[3].T + b[3])
    return i, f, g, o


@wrong("lstm_gates", "gate.term_sign")
def gates_minus_b_hh(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih - b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sig(ai), sig(af), np.tanh(ag), sig(ao)


@wrong("lstm_gates", "gates.output_order")
def gates_returns_cs231n_order(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sig(ai), sig(af), sig(ao), np.tanh(ag)


@right("lstm_gates")
def gates_separate_matrices(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    res = []
    for k, act in enumerate((sig, sig, np.tanh, sig)):
        r = slice(k * H, (k + 1) * H)
        res.append(act(x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r]))
    return tuple(res)


@wrong("lstm_gates", "result.kind")  # float32: the checks compare at float64's 1e-10
def gates_float32(x, h, W_ih, W_hh, b_ih, b_hh):
    f32 = lambda a: a.astype(np.float32)
    a = f32(x) @ f32(W_ih).T + f32(b_ih) + f32(h) @ f32(W_hh).T + f32(b_hh)
    ai, af, ag, ao = np.split(a, 4, axis=1)
    s = lambda z: (1 / (1 + np.exp(-z))).astype(np.float32)
    return s(ai), s(af), np.tanh(ag), s(ao)


@right("lstm_gates")
def gates_torch(x, h, W_ih, W_hh, b_ih, b_hh):
    t = torch.from_numpy
    a = t(x) @ t(W_ih).T + t(b_ih) + t(h) @ t(W_hh).T + t(b_hh)
    i, f, g, o = a.chunk(4, 1)
    return (
        torch.sigmoid(i).numpy(),
        torch.sigmoid(f).numpy(),
        torch.tanh(g).numpy(),
        torch.sigmoid(o).numpy(),
    )


# ---------------------------------------------------------------------------- lstm_cell
def _gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sig(ai), sig(af), np.tanh(ag), sig(ao)


@wrong("lstm_cell", "cell.c_forget_term")
def cell_forget_ignored(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_new = c + i * g
    return o * np.tanh(c_new), c_new


@wrong("lstm_cell", "cell.h_from_old_c")
def cell_h_from_old_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    h_new = o * np.tanh(c)
    c = f * c + i * g
    return h_new, c


@wrong("lstm_cell", "cell.h_tanh_missing")
def cell_no_tanh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c2 = f * c + i * g
    return o * c2, c2


@wrong("lstm_cell", "cell.outputs_swapped")
def cell_returns_c_first(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return c_next, h_next


@wrong("lstm_cell", ("gate.reads_other_block", "i"), ("gate.wrong_activation", "o"))
def cell_split_matrices_two_mistakes(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    ai = x @ W_ih[:H].T + b_ih[:H] + h @ W_hh[H : 2 * H].T + b_hh[H : 2 * H]
    af = x @ W_ih[H : 2 * H].T + b_ih[H : 2 * H] + h @ W_hh[H : 2 * H].T + b_hh[H : 2 * H]
    ag = (
        x @ W_ih[2 * H : 3 * H].T
        + b_ih[2 * H : 3 * H]
        + h @ W_hh[2 * H : 3 * H].T
        + b_hh[2 * H : 3 * H]
    )
    ao = x @ W_ih[3 * H :].T + b_ih[3 * H :] + h @ W_hh[3 * H :].T + b_hh[3 * H :]
    c2 = sig(af) * c + sig(ai) * np.tanh(ag)
    return np.tanh(ao) * np.tanh(c2), c2


@wrong("lstm_cell", "gate.term_missing", "cell.h_tanh_missing")
def cell_no_b_hh_no_tanh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih
    i, f, g, o = np.split(a, 4, axis=1)
    c2 = sig(f) * c + sig(i) * np.tanh(g)
    return sig(o) * c2, c2


@wrong("lstm_cell", "gates.exchanged")
def cell_cs231n(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, o, g = np.split(a, 4, axis=1)
    c2 = sig(f) * c + sig(i) * np.tanh(g)
    return sig(o) * np.tanh(c2), c2


@wrong("lstm_cell", "cell.c_forget_term")
def cell_torch_one_minus_f(x, h, c, W_ih, W_hh, b_ih, b_hh):
    t = torch.from_numpy
    a = torch.nn.functional.linear(t(x), t(W_ih), t(b_ih)) + torch.nn.functional.linear(
        t(h), t(W_hh), t(b_hh)
    )
    i, f, g, o = a.chunk(4, 1)
    i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
    c2 = (1 - f) * t(c) + i * g
    return (o * torch.tanh(c2)).numpy(), c2.numpy()


@wrong("lstm_cell", ("gate.wrong_activation", "g"), "cell.c_forget_term")
def cell_g_sigmoid_and_no_forget(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = h.shape[1]
    i, _f, g, o = sig(a[:, :H]), sig(a[:, H : 2 * H]), sig(a[:, 2 * H : 3 * H]), sig(a[:, 3 * H :])
    c2 = c + i * g
    return o * np.tanh(c2), c2


@wrong("lstm_cell", "gate.term_twice")
def cell_per_sample_b_ih_twice(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    hs, cs = [], []
    for xb, hb, cb in zip(x, h, c, strict=True):
        a = W_ih @ xb + b_ih + W_hh @ hb + b_ih
        i, f, g, o = sig(a[:H]), sig(a[H : 2 * H]), np.tanh(a[2 * H : 3 * H]), sig(a[3 * H :])
        cn = f * cb + i * g
        hs.append(o * np.tanh(cn))
        cs.append(cn)
    return np.array(hs), np.array(cs)


@wrong(
    "lstm_cell", "result.overflow_warning"
)  # 1/(1+exp(-a)): overflows past |a| = 709; the notebooks ask for a sigmoid that never does
def cell_per_sample(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    hs, cs = [], []
    for b in range(x.shape[0]):
        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh
        i, f = 1 / (1 + np.exp(-a[:H])), 1 / (1 + np.exp(-a[H : 2 * H]))
        g, o = np.tanh(a[2 * H : 3 * H]), 1 / (1 + np.exp(-a[3 * H :]))
        cn = f * c[b] + i * g
        cs.append(cn)
        hs.append(o * np.tanh(cn))
    return np.stack(hs), np.stack(cs)


@wrong("lstm_cell", "result.kind")  # float32: the checks compare at float64's 1e-10
def cell_float32(x, h, c, W_ih, W_hh, b_ih, b_hh):
    args = [a.astype(np.float32) for a in (x, h, c, W_ih, W_hh, b_ih, b_hh)]
    x, h, c, W_ih, W_hh, b_ih, b_hh = args
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c2 = (f * c + i * g).astype(np.float32)
    return (o * np.tanh(c2)).astype(np.float32), c2


@right("lstm_cell")
def cell_torch_back(x, h, c, W_ih, W_hh, b_ih, b_hh):
    t = torch.from_numpy
    a = t(x) @ t(W_ih).T + t(h) @ t(W_hh).T + t(b_ih) + t(b_hh)
    i, f, g, o = a.chunk(4, 1)
    c2 = torch.sigmoid(f) * t(c) + torch.sigmoid(i) * torch.tanh(g)
    return (torch.sigmoid(o) * torch.tanh(c2)).numpy(), c2.numpy()


# ---------------------------------------------------------------------------- lstm_layer
def _cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


@wrong("lstm_layer", "seq.out_holds_previous_h")
def layer_appends_before_step(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c, outs = h0, c0, []
    for t in range(x.shape[0]):
        outs.append(h)
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.batch_first_reshape")
def layer_reshape_for_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        B, T, I = x.shape
        x = x.reshape(T, B, I)
    h, c = h0, c0
    out = np.zeros((x.shape[0], x.shape[1], h0.shape[1]))
    for t in range(x.shape[0]):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)


@wrong("lstm_layer", "seq.state_not_carried")
def layer_state_not_carried(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    outs = []
    for x_t in xs:
        h, c = _cell(x_t, h0, c0, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.c_not_carried")
def layer_only_h_carried(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    h = h0
    outs = []
    for x_t in xs:
        h, c = _cell(x_t, h, c0, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.batch_first_ignored")
def layer_ignores_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    h, c, outs = h0, c0, []
    for t in range(len(x)):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.array(outs), (h, c)


@wrong("lstm_layer", "seq.out_not_transposed_back")
def layer_out_not_back(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    h, c, outs = h0, c0, []
    for x_t in x:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)


@wrong("lstm_layer", "seq.h_n_wrong_step")
def layer_h_n_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    h, c, outs, states = h0, c0, [], []
    for x_t in xs:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
        states.append((h, c))
    out = np.stack(outs)
    return (np.swapaxes(out, 0, 1) if batch_first else out), states[0]


@wrong("lstm_layer", "seq.time_reversed")
def layer_reversed(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    T = xs.shape[0]
    h, c = h0, c0
    out = np.empty((T, xs.shape[1], h0.shape[1]))
    for t in range(T - 1, -1, -1):
        h, c = _cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.out_holds_c")
def layer_out_holds_c(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    h, c, outs = h0, c0, []
    for x_t in xs:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(c)
    out = np.stack(outs)
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


@wrong("lstm_layer", "seq.out_holds_c", "seq.batch_first_ignored")
def layer_out_c_and_batch_first_ignored(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    h, c, outs = h0, c0, []
    for x_t in x:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(c)
    return np.stack(outs), (h, c)


@wrong("lstm_layer", "gate.term_missing", "seq.state_not_carried")
def layer_inline_cell_two_mistakes(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.swapaxes(0, 1)
    outs = []
    for t in range(x.shape[0]):
        a = x[t] @ W_ih.T + b_ih + h0 @ W_hh.T  # b_hh forgotten, and always h0
        i, f, g, o = np.split(a, 4, axis=1)
        c = sig(f) * c0 + sig(i) * np.tanh(g)
        h = sig(o) * np.tanh(c)
        outs.append(h)
    out = np.stack(outs)
    return (out.swapaxes(0, 1) if batch_first else out), (h, c)


@right("lstm_layer")
def layer_preallocated(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    T, B, _ = x.shape
    out = np.zeros((T, B, h0.shape[1]))
    h, c = h0.copy(), c0.copy()
    for t in range(T):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (np.transpose(out, (1, 0, 2)) if batch_first else out), (h, c)


@right("lstm_layer")
def layer_torch(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    X = torch.from_numpy(x)
    if batch_first:
        X = X.transpose(0, 1)
    h, c = torch.from_numpy(h0), torch.from_numpy(c0)
    Wi, Wh, bi, bh = (torch.from_numpy(a) for a in (W_ih, W_hh, b_ih, b_hh))
    outs = []
    for x_t in X:
        i, f, g, o = (x_t @ Wi.T + bi + h @ Wh.T + bh).chunk(4, 1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    out = torch.stack(outs)
    if batch_first:
        out = out.transpose(0, 1)
    return out.numpy(), (h.numpy(), c.numpy())


# ---------------------------------------------------------------------------- bilstm_layer
def _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c, outs = h0, c0, []
    for x_t in x:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)


@wrong("bilstm_layer", "bi.flip_wrong_axis")
def bi_flip_batch_axis(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[:, ::-1], h0[1], c0[1], *bwd)
    ob = ob[:, ::-1]
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.flip_wrong_axis")
def bi_np_flip_without_axis(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(np.flip(x), h0[1], c0[1], *bwd)
    return np.concatenate([of, np.flip(ob)], axis=-1), (np.array([hf, hb]), np.array([cf, cb]))


@wrong("bilstm_layer", "bi.same_initial_state")
def bi_same_h0(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([of, ob[::-1]], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.reverse_uses_forward_weights")
def bi_forward_weights_twice(x, h0, c0, fwd, bwd):
    W_ih, W_hh, b_ih, b_hh = fwd
    of, (hf, cf) = _layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)
    return np.concatenate([of, ob[::-1]], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.reverse_not_flipped_back")
def bi_not_flipped_back(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(np.stack([x[T - 1 - t] for t in range(T)]), h0[1], c0[1], *bwd)
    return np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.h_n_reverse_from_last")
def bi_h_n_from_out_last(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([of, ob[::-1]], 2)
    H = h0.shape[-1]
    return out, (np.stack([out[-1, :, :H], out[-1, :, H:]]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.halves_swapped")
def bi_halves_swapped(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([ob[::-1], of], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.reverse_not_reversed")
def bi_reverse_not_reversed(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x, h0[1], c0[1], *bwd)
    return np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.same_initial_state", "bi.halves_swapped")
def bi_same_h0_and_halves(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([ob[::-1], of], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer", "bi.reverse_uses_forward_weights", "bi.reverse_not_flipped_back")
def bi_fwd_weights_not_flipped(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *fwd)
    return np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))


@right("bilstm_layer")
def bi_loops(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    H = h0.shape[-1]
    out = np.zeros((T, x.shape[1], 2 * H))
    h, c = h0[0], c0[0]
    for t in range(T):
        h, c = _cell(x[t], h, c, *fwd)
        out[t, :, :H] = h
    hf, cf = h, c
    h, c = h0[1], c0[1]
    for t in reversed(range(T)):
        h, c = _cell(x[t], h, c, *bwd)
        out[t, :, H:] = h
    return out, (np.stack([hf, h]), np.stack([cf, c]))


@right("bilstm_layer")
def bi_np_flip_axis0(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)
    return np.concatenate([of, np.flip(ob, axis=0)], -1), (np.stack([hf, hb]), np.stack([cf, cb]))


# ---------------------------------------------------------------------------- lstm_layer_lengths
def _lengths_loop(
    x, lengths, h0, c0, W, *, cmp=np.less, keep_h=True, keep_c=True, zero=True, hold=False
):
    h, c = h0, c0
    out = np.zeros(x.shape[:2] + (h0.shape[1],))
    for t in range(x.shape[0]):
        h2, c2 = _cell(x[t], h, c, *W)
        alive = cmp(t, np.asarray(lengths))[:, None]
        out[t] = np.where(alive, h2, h if hold else 0.0) if zero else h2
        h = np.where(alive, h2, h) if keep_h else h2
        c = np.where(alive, c2, c) if keep_c else c2
    return out, (h, c)


@wrong("lstm_layer_lengths", "len.mask_off_by_one")
def len_mask_le(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, cmp=np.less_equal)


@wrong("lstm_layer_lengths", "len.c_not_frozen")
def len_only_h_frozen(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, keep_c=False)


@wrong("lstm_layer_lengths", "len.h_not_frozen")
def len_only_c_frozen(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, keep_h=False)


@wrong("lstm_layer_lengths", "len.out_not_zeroed")
def len_out_not_zeroed(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, zero=False)


@wrong("lstm_layer_lengths", "len.padding_not_skipped")
def len_lengths_ignored(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    return _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh)


@wrong("lstm_layer_lengths", "len.padding_not_skipped")
def len_zeroed_state_runs_on(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    out, hc = _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    mask = np.arange(x.shape[0])[:, None] < np.asarray(lengths)[None, :]
    return out * mask[..., None], hc


@wrong("lstm_layer_lengths", "len.h_n_last_row")
def len_h_n_from_out(x, lengths, h0, c0, *W):
    out, (h, c) = _lengths_loop(x, lengths, h0, c0, W)
    return out, (out[-1], c)


@wrong("lstm_layer_lengths", "len.out_not_zeroed")
def len_out_holds_last_h(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, hold=True)


@wrong("lstm_layer_lengths", "len.mask_off_by_one", "len.c_not_frozen")
def len_off_by_one_and_c(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, cmp=np.less_equal, keep_c=False)


@wrong("lstm_layer_lengths", "len.out_not_zeroed", "len.c_not_frozen")
def len_not_zeroed_and_c(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W, zero=False, keep_c=False)


@right("lstm_layer_lengths")
def len_per_sequence(x, lengths, h0, c0, *W):
    T, B, _ = x.shape
    out = np.zeros((T, B, h0.shape[1]))
    hn, cn = h0.copy(), c0.copy()
    for b in range(B):
        h, c = h0[b : b + 1], c0[b : b + 1]
        for t in range(int(lengths[b])):
            h, c = _cell(x[t, b : b + 1], h, c, *W)
            out[t, b] = h[0]
        hn[b], cn[b] = h[0], c[0]
    return out, (hn, cn)


@right("lstm_layer_lengths")
def len_masks(x, lengths, h0, c0, *W):
    return _lengths_loop(x, lengths, h0, c0, W)


# ---------------------------------------------------------------------------- bilstm_layer_lengths
def _within(a, lengths):
    """Each sequence b reversed within its first lengths[b] steps (padding left in place)."""
    out = a.copy()
    for b, L in enumerate(np.asarray(lengths)):
        out[:L, b] = a[:L, b][::-1]
    return out


def _bil(
    x,
    lengths,
    h0,
    c0,
    fwd,
    bwd,
    *,
    rev_from_T=False,
    flip_back=True,
    same_h0=False,
    halves=False,
    **loop,
):  # noqa: E501
    of, (hf, cf) = _lengths_loop(x, lengths, h0[0], c0[0], fwd, **loop)
    r = 0 if same_h0 else 1
    if rev_from_T:
        ob, (hb, cb) = _lengths_loop(x[::-1], lengths, h0[r], c0[r], bwd, **loop)
        ob = ob[::-1]
    else:
        ob, (hb, cb) = _lengths_loop(_within(x, lengths), lengths, h0[r], c0[r], bwd, **loop)
        ob = _within(ob, lengths) if flip_back else ob
    out = np.concatenate([ob, of] if halves else [of, ob], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


@wrong("bilstm_layer_lengths", "len.reverse_starts_at_T")
def bil_reverse_from_T(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, rev_from_T=True)


@wrong("bilstm_layer_lengths", "len.mask_off_by_one")
def bil_mask_le(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    out, (h, c) = _bil(x, lengths, h0, c0, fwd, bwd, cmp=np.less_equal)
    return out, (h, c)


@wrong("bilstm_layer_lengths", "len.out_not_zeroed")
def bil_out_not_zeroed(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, zero=False)


@wrong("bilstm_layer_lengths", "len.c_not_frozen")
def bil_c_not_frozen(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, keep_c=False)


@wrong("bilstm_layer_lengths", "bi.same_initial_state")
def bil_same_h0(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, same_h0=True)


@wrong("bilstm_layer_lengths", "bi.reverse_not_flipped_back")
def bil_not_flipped_back(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, flip_back=False)


@wrong("bilstm_layer_lengths", "bi.halves_swapped")
def bil_halves(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, halves=True)


@wrong("bilstm_layer_lengths", "len.reverse_starts_at_T", "len.c_not_frozen")
def bil_from_T_and_c(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd, rev_from_T=True, keep_c=False)


@right("bilstm_layer_lengths")
def bil_right(x, lengths, h0, c0, fwd, bwd):
    return _bil(x, lengths, h0, c0, fwd, bwd)


# ---------------------------------------------------------------------------- lstm_output_shapes
def _shapes(
    T,
    B,
    I,
    H,
    L=1,
    bi=False,
    bf=False,
    P=0,
    *,
    dirs=True,
    layers=True,
    bf_out=True,
    proj_h=True,
    proj_c=False,
    two_h=True,
    states_bf=False,
):
    D = 2 if bi else 1
    Hout = P if P and proj_h else H
    first = (D if dirs else 1) * (L if layers else 1)
    out = (
        (B, T, (D if two_h else 1) * Hout)
        if (bf and bf_out)
        else (T, B, (D if two_h else 1) * Hout)
    )
    hb = (first, B, Hout)
    if states_bf and bf:
        hb = (B, first, Hout)
    cb = (hb[0], hb[1], P if (proj_c and P) else H)
    return {"out": out, "h_n": hb, "c_n": cb}


def _shape_fn(**opts):
    def fn(
        seq_len,
        batch,
        input_size,
        hidden_size,
        num_layers=1,
        bidirectional=False,
        batch_first=False,
        proj_size=0,
    ):
        return _shapes(
            seq_len,
            batch,
            input_size,
            hidden_size,
            num_layers,
            bidirectional,
            batch_first,
            proj_size,
            **opts,
        )

    return fn


for _expect, _opts in [
    (("shapes.batch_first_ignored",), {"bf_out": False}),
    (("shapes.directions_forgotten",), {"dirs": False}),
    (("shapes.layers_forgotten",), {"layers": False}),
    (("shapes.stack_forgotten",), {"layers": False, "dirs": False}),
    (("shapes.out_2h_forgotten",), {"two_h": False}),
    (("shapes.proj_size_ignored",), {"proj_h": False}),
    (("shapes.proj_size_on_c",), {"proj_c": True}),
    (("shapes.states_batch_first",), {"states_bf": True}),
    (("shapes.directions_forgotten", "shapes.proj_size_ignored"), {"dirs": False, "proj_h": False}),
]:
    wrong("lstm_output_shapes", *_expect)(_shape_fn(**_opts))
right("lstm_output_shapes")(_shape_fn())


@right("lstm_output_shapes")
def shapes_with_torch_rules(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
):
    num_directions = 1 + int(bidirectional)
    real_hidden = proj_size if proj_size > 0 else hidden_size
    out = [seq_len, batch, num_directions * real_hidden]
    if batch_first:
        out[0], out[1] = out[1], out[0]
    return {
        "out": tuple(out),
        "h_n": (num_layers * num_directions, batch, real_hidden),
        "c_n": (num_layers * num_directions, batch, hidden_size),
    }


del math


# ---------------------------------------------------------------------------- a second batch
# (written after the models, as a blind test: 9 of these 12 were named at first, see the report)
@wrong("lstm_gates", ("gate.wrong_activation", "f"))
def gates_forget_tanh(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(a, 4, 1)
    return sig(i), np.tanh(f), np.tanh(g), sig(o)


@wrong("lstm_gates", ("gate.reads_other_block", "o"))
def gates_output_reads_W_hi(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x @ W_ih.T + b_ih + b_hh
    r = h @ W_hh.T
    i = sig(a[:, :H] + r[:, :H])
    f = sig(a[:, H : 2 * H] + r[:, H : 2 * H])
    g = np.tanh(a[:, 2 * H : 3 * H] + r[:, 2 * H : 3 * H])
    o = sig(a[:, 3 * H :] + r[:, :H])
    return i, f, g, o


@wrong("lstm_cell", "gates.exchanged")
def cell_i_f_swapped_in_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(a, 4, 1)
    c2 = sig(i) * c + sig(f) * np.tanh(g)
    return sig(o) * np.tanh(c2), c2


@wrong("lstm_cell", ("gate.wrong_activation", "g"))
def cell_g_without_tanh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(a, 4, 1)
    c2 = sig(f) * c + sig(i) * g
    return sig(o) * np.tanh(c2), c2


@right("lstm_cell")
def cell_einsum(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + b_hh
    i, f, g, o = np.split(a, 4, 1)
    c2 = sig(f) * c + sig(i) * np.tanh(g)
    return sig(o) * np.tanh(c2), c2


@right("lstm_layer")
def layer_moveaxis(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.moveaxis(x, 1, 0) if batch_first else x
    h, c, out = h0, c0, []
    for t in range(xs.shape[0]):
        h, c = _cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    return np.stack(out, axis=1 if batch_first else 0), (h, c)


@wrong("lstm_layer", "seq.state_swapped")
def layer_h_c_swapped_between_steps(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    h, c, out = h0, c0, []
    for t in range(xs.shape[0]):
        hn, cn = _cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(hn)
        h, c = cn, hn
    out = np.stack(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (c, h)


@wrong("lstm_layer", "seq.out_holds_previous_h", "seq.h_n_wrong_step")
def layer_loop_one_short(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    h, c, out = h0, c0, [h0]
    for t in range(xs.shape[0] - 1):
        h, c = _cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    out = np.stack(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@wrong("bilstm_layer", "bi.states_swapped")
def bi_c_n_rows_swapped(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([of, ob[::-1]], 2), (np.stack([hf, hb]), np.stack([cb, cf]))


@wrong("bilstm_layer", "bi.initial_states_swapped")
def bi_initial_states_swapped(x, h0, c0, fwd, bwd):
    of, (hf, cf) = _layer(x, h0[1], c0[1], *fwd)
    ob, (hb, cb) = _layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([of, ob[::-1]], 2), (np.stack([hf, hb]), np.stack([cf, cb]))
