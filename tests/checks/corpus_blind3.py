# ruff: noqa  (a blind corpus kept as its author wrote it: /work/blind/corpus.py, issue 21 item 7)
"""Blind corpus of student solutions (wrong and correct) for the LSTM course's graded functions.

Each entry: id, function (graded name), source (self-contained), mistakes, must_mention.
must_mention: one list per mistake; each item is a word (case-insensitive substring) or
{"any": [alternatives]}. Fixed before any run.
"""

ENTRIES = []


def E(id, function, source, mistakes=(), must_mention=(), **kw):
    d = {
        "id": id,
        "function": function,
        "source": source.strip("\n") + "\n",
        "mistakes": list(mistakes),
        "must_mention": [list(m) for m in must_mention],
    }
    d.update(kw)
    ENTRIES.append(d)


def any_(*w):
    return {"any": list(w)}


# ---------------------------------------------------------------- helpers (correct, as handed out)
SIG = """
import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
"""

CELL = (
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next
"""
)

LAYER = (
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
"""
)

CELLBW = (
    CELL
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_new = f * c + i * g
    tau = np.tanh(c_new)
    do = dh_next * tau
    dc = dc_next + dh_next * o * (1 - tau**2)
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
"""
)

LAYERLEN = (
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    lengths = np.asarray(lengths)
    h, c = h0.copy(), c0.copy()
    out = np.zeros((T, B, H))
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        live = (t < lengths)[:, None]
        h = np.where(live, hn, h)
        c = np.where(live, cn, c)
        out[t] = np.where(live, hn, 0.0)
    return out, (h, c)
"""
)

# ================================================================ sigmoid
E(
    "sig_naive",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))
""",
    ["naive formula overflows in exp for large negative z"],
    [["overflow"]],
)

E(
    "sig_exp_pos_form",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    ez = np.exp(z)
    return ez / (1.0 + ez)
""",
    ["uses e^z/(1+e^z) everywhere: overflows for large positive z (inf/inf = nan)"],
    [["overflow"]],
)

E(
    "sig_where_both_branches",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=float)
    # stable: pick the right formula by sign
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
    ["np.where evaluates both branches, so exp still overflows (warning) on both sides"],
    [["overflow", any_("both", "np.where", "branch")]],
)

E(
    "sig_sign_flip",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
""",
    ["branches swapped: computes sigma(-z) = 1 - sigma(z)"],
    [[any_("sign", "-z", "σ(-z)", "1 - σ", "1 - sigma", "swap", "mirror", "branch")]],
)

E(
    "sig_clip10",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -10, 10)   # avoid overflow
    return 1.0 / (1.0 + np.exp(-z))
""",
    ["clips z to [-10, 10]: saturated values are wrong (sigma(1000) != 1)"],
    [[any_("clip", "saturat", "large |z|", "|z|")]],
)

E(
    "sig_returns_list",
    "sigmoid",
    """
import math

def sigmoid(z):
    out = []
    for v in z.ravel():
        if v >= 0:
            out.append(1.0 / (1.0 + math.exp(-v)))
        else:
            ev = math.exp(v)
            out.append(ev / (1.0 + ev))
    return out
""",
    ["returns a flat Python list, not an array of z's shape"],
    [[any_("list", "ndarray", "array")]],
)

E(
    "sig_flattened",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64).ravel()
    res = np.empty_like(z)
    pos = z >= 0
    res[pos] = 1 / (1 + np.exp(-z[pos]))
    res[~pos] = np.exp(z[~pos]) / (1 + np.exp(z[~pos]))
    return res
""",
    ["flattens z: returns shape (n,) instead of z's shape"],
    [["shape"]],
)

E(
    "sig_float32_flat",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float32).reshape(-1)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
    ["computes in float32 (loses precision, wrong dtype)", "flattens to 1-D: wrong shape"],
    [[any_("float32", "dtype", "precision")], ["shape"]],
)

E(
    "sig_ok_tanh",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))
""",
)

E(
    "sig_ok_masks",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1.0 + ez)
    return out
""",
)

# ================================================================ lstm_gates
E(
    "gates_order_ifog",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = sigmoid(pre[:, :H])
    f = sigmoid(pre[:, H:2*H])
    o = sigmoid(pre[:, 2*H:3*H])
    g = np.tanh(pre[:, 3*H:])
    return i, f, g, o
""",
    ["gate blocks read in the order i, f, o, g (g and o swapped)"],
    [[any_("order", "swap", "block", "rows")]],
)

E(
    "gates_tanh_on_o",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sigmoid(ai), sigmoid(af), sigmoid(ag), np.tanh(ao)
""",
    ["activations of g and o swapped: sigmoid on g, tanh on o"],
    [["tanh", any_("sigmoid", "σ")]],
)

E(
    "gates_all_sigmoid",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(sigmoid(z), 4, axis=1)
    return i, f, g, o
""",
    ["g uses sigmoid instead of tanh"],
    [["tanh"]],
)

E(
    "gates_no_bhh",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + h @ W_hh.T + b_ih
    zi, zf, zg, zo = np.split(z, 4, axis=-1)
    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)
""",
    ["b_hh is not added"],
    [["b_hh"]],
)

E(
    "gates_no_transpose",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih + b_ih + h @ W_hh + b_hh
    zi, zf, zg, zo = np.split(z, 4, axis=1)
    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)
""",
    ["weights not transposed: x @ W_ih instead of x @ W_ih.T (crashes)"],
    [[any_("transpose", ".T", "W_ih")]],
)

E(
    "gates_split_axis0",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    zi, zf, zg, zo = np.split(z.T, 4)
    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)
""",
    ["splits the transposed pre-activation: gates come out (H, B) instead of (B, H)"],
    [[any_("(B, H)", "transpos", "shape")]],
)

E(
    "gates_interleaved",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    # every 4th column belongs to one gate
    i = sigmoid(z[:, 0::4])
    f = sigmoid(z[:, 1::4])
    g = np.tanh(z[:, 2::4])
    o = sigmoid(z[:, 3::4])
    return i, f, g, o
""",
    ["gates taken as interleaved columns (0::4) instead of contiguous blocks k*H:(k+1)*H"],
    [[any_("k*H", "k * H", "block", "interleav", "contiguous", "stride", "rows")]],
)

E(
    "gates_list",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    parts = np.split(z, 4, axis=1)
    acts = [sigmoid, sigmoid, np.tanh, sigmoid]
    return [fn(p) for fn, p in zip(acts, parts)]
""",
    ["returns a list instead of a tuple"],
    [["tuple"]],
)

E(
    "gates_bih_twice_fi_swapped",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih
    f, i, g, o = np.split(z, 4, axis=1)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    ["adds b_ih twice instead of b_ih + b_hh", "reads blocks as f, i, g, o (i and f swapped)"],
    [["b_hh"], [any_("order", "swap", "block", "rows")]],
)

E(
    "gates_g_sigmoid_list",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh
    gates = []
    for k in range(4):
        gates.append(sigmoid(a[:, k*H:(k+1)*H]))
    return gates
""",
    ["g uses sigmoid instead of tanh", "returns a list instead of a tuple"],
    [["tanh"], ["tuple"]],
)

E(
    "gates_ok_loop",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    res = []
    for k, act in enumerate((sigmoid, sigmoid, np.tanh, sigmoid)):
        rows = slice(k * H, (k + 1) * H)
        pre = x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]
        res.append(act(pre))
    return tuple(res)
""",
)

E(
    "gates_ok_einsum",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + b_hh)
    H = z.shape[1] // 4
    return (sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]),
            sigmoid(z[:, 3 * H:]))
""",
)

# ================================================================ lstm_cell
E(
    "cell_no_input_gate",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_new = f * c + g
    h_new = o * np.tanh(c_new)
    return h_new, c_new
""",
    ["c_t = f*c + g: the input gate i does not multiply g"],
    [[any_("input gate", "i_t", "i ⊙ g", "i⊙g", "i * g", "i_t ⊙ g")]],
)

E(
    "cell_h_no_tanh",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = o * c_next
    return h_next, c_next
""",
    ["h_t = o * c_t: tanh of c_t missing"],
    [["tanh", any_("c_t", "c_next", "cell")]],
)

E(
    "cell_tanh_outside",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = np.tanh(o * c_next)
    return h_next, c_next
""",
    ["h_t = tanh(o * c_t) instead of o * tanh(c_t)"],
    [["tanh", any_("o_t", "output gate", "o ⊙", "o *")]],
)

E(
    "cell_h_from_old_c",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(gates, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    h_next = o * np.tanh(c)
    c_next = f * c + i * g
    return h_next, c_next
""",
    ["h_t computed from the old cell c_{t-1} instead of the new c_t"],
    [[any_("c_{t-1}", "old", "previous", "new c", "c_t", "c_next")]],
)

E(
    "cell_returns_c_h",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c = f * c + i * g
    h = o * np.tanh(c)
    return c, h
""",
    ["returns (c, h) instead of (h, c)"],
    [[any_("order", "swap", "h first", "(h_next, c_next)", "h_next, c_next")]],
)

E(
    "cell_inplace",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T
    a += b_ih
    a += h @ W_hh.T
    a += b_hh
    H = h.shape[1]
    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H])
    g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
    c *= f
    c += i * g
    h[...] = o * np.tanh(c)
    return h, c
""",
    ["updates h and c in place: changes the caller's arrays"],
    [[any_("modif", "chang", "in place", "in-place", "mutat", "overwr")]],
)

E(
    "cell_i_f_roles_swapped",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = i * c + f * g
    return o * np.tanh(c_next), c_next
""",
    ["c_t = i*c + f*g: forget and input gate roles swapped"],
    [[any_("forget", "f_t", "f ⊙ c", "f⊙c", "swap")]],
)

E(
    "cell_no_bih_tanh_o",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + h @ W_hh.T + b_hh
    H = c.shape[-1]
    i = sigmoid(pre[:, 0:H])
    f = sigmoid(pre[:, H:2*H])
    g = np.tanh(pre[:, 2*H:3*H])
    o = np.tanh(pre[:, 3*H:4*H])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2
""",
    ["b_ih not added", "output gate o uses tanh instead of sigmoid"],
    [["b_ih"], [any_("o_t", "output gate", "gate o", "o gate"), any_("sigmoid", "σ", "tanh")]],
)

E(
    "cell_order_ifog_list",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, o, g = np.split(a, 4, axis=1)
    i, f, o, g = sigmoid(i), sigmoid(f), sigmoid(o), np.tanh(g)
    c_new = f * c + i * g
    h_new = o * np.tanh(c_new)
    return [h_new, c_new]
""",
    ["gate blocks read as i, f, o, g", "returns a list instead of a tuple"],
    [[any_("order", "swap", "block", "rows")], ["tuple"]],
)

E(
    "cell_no_forget_float32",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = c + i * g
    h_next = o * np.tanh(c_next)
    return h_next.astype(np.float32), c_next.astype(np.float32)
""",
    ["c_t = c + i*g: forget gate missing", "results cast to float32"],
    [[any_("forget", "f_t", "f ⊙", "f⊙", "f *")], [any_("float32", "dtype", "precision")]],
)

E(
    "cell_ok_pergate",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    def pre(k):
        s = slice(k * H, (k + 1) * H)
        return x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s]
    i_t = sigmoid(pre(0))
    f_t = sigmoid(pre(1))
    g_t = np.tanh(pre(2))
    o_t = sigmoid(pre(3))
    c_t = f_t * c + i_t * g_t
    h_t = o_t * np.tanh(c_t)
    return h_t, c_t
""",
)

E(
    "cell_ok_concat",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    xh = np.concatenate([x, h], axis=1)
    W = np.concatenate([W_ih, W_hh], axis=1)
    z = xh @ W.T + (b_ih + b_hh)
    q = z.shape[1] // 4
    ig, fg, gg, og = (z[:, k * q:(k + 1) * q] for k in range(4))
    cn = sigmoid(fg) * c + sigmoid(ig) * np.tanh(gg)
    return sigmoid(og) * np.tanh(cn), cn
""",
)

# ================================================================ lstm_layer
E(
    "layer_ignores_batch_first",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    ["batch_first ignored"],
    [["batch_first"]],
)

E(
    "layer_none_crash",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c = h0, c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    ["h0/c0 None not replaced by zeros (crashes)"],
    [[any_("None", "zeros")]],
)

E(
    "layer_state_not_carried",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.swapaxes(x, 0, 1)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    if h0 is None:
        h0 = np.zeros((B, H))
    if c0 is None:
        c0 = np.zeros((B, H))
    out = np.zeros((T, B, H))
    for t in range(T):
        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = np.swapaxes(out, 0, 1)
    return out, (h, c)
""",
    ["every step starts from (h0, c0): the state is not carried from step to step"],
    [[any_("carr", "h_{t-1}", "previous step", "every step", "each step", "not updated")]],
)

E(
    "layer_cn_is_h",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    hs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
    out = np.stack(hs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (out[-1] if not batch_first else out[:, -1], hs[-1])
""",
    ["returns h_T as c_n (c_n is the hidden state)"],
    [["c_n"]],
)

E(
    "layer_out_shifted",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    B = xs.shape[1]
    H = W_hh.shape[1]
    h = h0 if h0 is not None else np.zeros((B, H))
    c = c0 if c0 is not None else np.zeros((B, H))
    out = []
    for x_t in xs:
        out.append(h)
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
    out = np.stack(out)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    ["stores h before the step: out[t] holds h_{t-1} (off by one in time)"],
    [[any_("h_{t-1}", "one step", "previous", "off by one", "shift", "earlier", "late")]],
)

E(
    "layer_time_reversed",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.empty((T, B, H))
    for t in range(T - 1, -1, -1):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    ["runs over time backwards (t = T-1 down to 0)"],
    [[any_("reverse", "backward", "order", "T-1", "T - 1")]],
)

E(
    "layer_hn_first_step",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    hs, cs = [], []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h); cs.append(c)
    out = np.stack(hs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (hs[0], cs[0])
""",
    ["(h_n, c_n) taken after the first step instead of the last"],
    [["h_n", any_("last", "T-1", "T - 1", "first")]],
)

E(
    "layer_bf_out_not_back",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    ["batch_first: input transposed but out returned (T, B, H) instead of (B, T, H)"],
    [["batch_first", "out"]],
)

E(
    "layer_c0_none_list",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    if h0 is None:
        h0 = np.zeros((B, H))
        c0 = np.zeros((B, H))
    h, c = h0, c0
    out = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h if not batch_first else h)
    if batch_first:
        out = [list(r) for r in np.stack(out).transpose(1, 0, 2)]
    return out, (h, c)
""",
    [
        "c0=None only replaced when h0 is None too (c0 None with h0 given crashes)",
        "out returned as a Python list instead of an array",
    ],
    [["c0", any_("None", "zeros")], [any_("list", "ndarray", "array")]],
)

E(
    "layer_bf_ignored_hc_swapped",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    B = x.shape[1]
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    seq = []
    for step in x:
        h, c = lstm_cell(step, h, c, W_ih, W_hh, b_ih, b_hh)
        seq.append(h)
    return np.stack(seq), (c, h)
""",
    ["batch_first ignored", "returns (c_n, h_n) instead of (h_n, c_n)"],
    [["batch_first"], ["c_n", any_("swap", "h_n", "order")]],
)

E(
    "layer_ok_prealloc",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    X = np.moveaxis(x, 1, 0) if batch_first else x
    T, B, _ = X.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)
    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)
    out = np.zeros((T, B, H))
    for t in range(T):
        h, c = lstm_cell(X[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = np.moveaxis(out, 0, 1)
    return out, (h, c)
""",
)

E(
    "layer_ok_projected",
    "lstm_layer",
    SIG
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    T, B, _ = xs.shape
    H = W_hh.shape[-1]
    zx = xs @ W_ih.T + b_ih + b_hh          # all input projections at once: (T, B, 4H)
    h_prev = np.zeros((B, H)) if h0 is None else h0
    c_prev = np.zeros((B, H)) if c0 is None else c0
    hs = []
    for t in range(T):
        z = zx[t] + h_prev @ W_hh.T
        i_g, f_g, g_g, o_g = np.split(z, 4, axis=1)
        c_prev = sigmoid(f_g) * c_prev + sigmoid(i_g) * np.tanh(g_g)
        h_prev = sigmoid(o_g) * np.tanh(c_prev)
        hs.append(h_prev)
    out = np.stack(hs, axis=1 if batch_first else 0)
    return out, (h_prev, c_prev)
""",
)

# ================================================================ bilstm_layer
E(
    "bi_bwd_not_flipped_back",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["backward direction's outputs left in reversed order (not put back in time order)"],
    [[any_("reverse", "backward"), any_("time order", "flip", "order", "index t", "reversed")]],
)

E(
    "bi_bwd_not_reversed",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x, h0[1], c0[1], *bwd)
    return np.concatenate([out_f, out_b], -1), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["backward direction reads x forwards (x_0 first) instead of from x_{T-1}"],
    [
        [
            any_("reverse", "backward"),
            any_("x_{T-1}", "from the end", "T-1", "T - 1", "order", "forwards"),
        ]
    ],
)

E(
    "bi_halves_swapped",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    ob = ob[::-1]
    out = np.concatenate((ob, of), axis=2)
    return out, (np.stack((hf, hb)), np.stack((cf, cb)))
""",
    ["out halves in the wrong order: [backward, forward] instead of forward first"],
    [[any_("forward first", "halves", "half", "swap", "order", "H:")]],
)

E(
    "bi_hn_bwd_wrong_step",
    "bilstm_layer",
    CELL
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    h, c = h0[0], c0[0]
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, *fwd)
        out[t, :, :H] = h
    hf, cf = h, c
    h, c = h0[1], c0[1]
    cs = [None] * T
    for t in reversed(range(T)):
        h, c = lstm_cell(x[t], h, c, *bwd)
        out[t, :, H:] = h
        cs[t] = c
    # final state of the backward direction: its last column
    hb, cb = out[-1, :, H:], cs[-1]
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["backward direction's final state taken at t = T-1 (its first step) instead of after x_0"],
    [[any_("reverse", "backward"), any_("x_0", "out[0", "step 0", "after", "t = 0", "first step")]],
)

E(
    "bi_fwd_weights_twice",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["backward direction uses the forward weights (fwd) instead of bwd"],
    [[any_("bwd", "weights", "parameters")]],
)

E(
    "bi_same_h0",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["backward direction starts from row 0 of h0/c0 (forward's initial state) instead of row 1"],
    [[any_("h0[1]", "row 1", "initial state", "h0", "c0")]],
)

E(
    "bi_hn_concat",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=2)
    return out, (np.concatenate([hf, hb], axis=1), np.concatenate([cf, cb], axis=1))
""",
    ["h_n, c_n concatenated to (B, 2H) instead of stacked to (2, B, H)"],
    [[any_("(2, B, H)", "shape", "stack")]],
)

E(
    "bi_not_reversed_c0row0",
    "bilstm_layer",
    CELL
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    hf, cf = h0[0], c0[0]
    hb, cb = h0[1], c0[0]
    fo, bo = [], []
    for t in range(T):
        hf, cf = lstm_cell(x[t], hf, cf, *fwd)
        hb, cb = lstm_cell(x[t], hb, cb, *bwd)
        fo.append(hf); bo.append(hb)
    out = np.concatenate([np.stack(fo), np.stack(bo)], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        "backward direction not reversed (reads x_0 first)",
        "backward starts from c0[0] instead of c0[1]",
    ],
    [
        [
            any_("reverse", "backward"),
            any_("x_{T-1}", "from the end", "T-1", "T - 1", "order", "forwards"),
        ],
        [any_("c0[1]", "row 1", "c0", "initial")],
    ],
)

E(
    "bi_halves_swapped_hc_swapped",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)
    out = np.concatenate([np.flip(ob, 0), of], axis=2)
    return out, (np.stack([cf, cb]), np.stack([hf, hb]))
""",
    ["out halves swapped (backward first)", "returns (c_n, h_n) instead of (h_n, c_n)"],
    [
        [any_("forward first", "halves", "half", "swap", "order", "H:")],
        ["c_n", any_("swap", "h_n", "order")],
    ],
)

E(
    "bi_notflipped_fwdweights",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    a, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)
    b, (h2, c2) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)
    return np.concatenate([a, b], 2), (np.stack([h1, h2]), np.stack([c1, c2]))
""",
    ["backward outputs left in reversed order", "backward direction uses fwd weights"],
    [
        [any_("reverse", "backward"), any_("time order", "flip", "order", "index t", "reversed")],
        [any_("bwd", "weights", "parameters")],
    ],
)

E(
    "bi_ok_layer",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
)

E(
    "bi_ok_loops",
    "bilstm_layer",
    CELL
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, 2 * H))
    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))
    for d, (params, steps) in enumerate(((fwd, range(T)), (bwd, range(T - 1, -1, -1)))):
        h, c = h0[d], c0[d]
        for t in steps:
            h, c = lstm_cell(x[t], h, c, *params)
            out[t, :, d * H:(d + 1) * H] = h
        h_n[d], c_n[d] = h, c
    return out, (h_n, c_n)
""",
)

# ================================================================ lstm_cell_backward
BW_HEAD = (
    SIG
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_new = f * c + i * g
    tc = np.tanh(c_new)
"""
)

E(
    "cbw_no_dc_next",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["δc_t misses dc_next (the gradient coming into c_t from later)"],
    [[any_("dc_next", "∂L/∂c_t", "dL/dc", "δc")]],
)

E(
    "cbw_no_tanh_prime",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["δc_t misses tanh'(c_t) = 1 - tanh^2(c_t)"],
    [[any_("1 - tanh", "tanh'", "tanh²", "tanh^2", "1 - τ")]],
)

E(
    "cbw_g_deriv_wrong",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * g * (1 - g),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["g's derivative taken as sigmoid's g(1-g) instead of tanh's 1-g^2"],
    [
        [
            any_("g_t", "g gate", "gate g", "δg", "candidate", " g ", "g block", "block g"),
            any_("tanh", "1 - g"),
        ]
    ],
)

E(
    "cbw_dWih_transposed",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": x.T @ da, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["gradient of W_ih transposed: (I, 4H) instead of (4H, I)"],
    [["W_ih", any_("transpos", "shape", "(4H, I)")]],
)

E(
    "cbw_bhh_zero",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": np.zeros_like(b_hh)}
""",
    ["gradient of b_hh left at zero (it equals b_ih's)"],
    [["b_hh"]],
)

E(
    "cbw_dc_prev_no_f",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["dL/dc_{t-1} = δc_t, missing the factor f_t"],
    [[any_("f_t", "forget", "⊙ f", "* f", "f ⊙", "c_{t-1}")]],
)

E(
    "cbw_do_no_tanh_c",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["δo_t = dh without the factor tanh(c_t)"],
    [[any_("o_t", "output gate", "δo", "gate o", "o gate", "o block", "block o")]],
)

E(
    "cbw_df_uses_cnew",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    df = dc * c_new
    da = np.concatenate([dc * g * i * (1 - i), df * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["δf_t uses the new cell c_t instead of c_{t-1}"],
    [
        [
            any_("f_t", "forget", "δf", "gate f", "f gate", "f block", "block f"),
            any_("c_{t-1}", "c_prev", "previous", "old"),
        ]
    ],
)

E(
    "cbw_no_dcnext_Whh_hnew",
    "lstm_cell_backward",
    BW_HEAD
    + """
    h_new = o * tc
    dc = dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),
                         do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h_new,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["δc_t misses dc_next", "W_hh's gradient uses h_t (new) instead of h_{t-1}"],
    [
        [any_("dc_next", "∂L/∂c_t", "dL/dc", "δc")],
        ["W_hh", any_("h_{t-1}", "h_prev", "previous", "old", "h_t")],
    ],
)

E(
    "cbw_no_sig_i_bih_mean",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da_i = dc * g
    da_f = dc * c * f * (1 - f)
    da_g = dc * i * (1 - g ** 2)
    da_o = do * o * (1 - o)
    da = np.hstack([da_i, da_f, da_g, da_o])
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.mean(0), "b_hh": da.sum(0)}
""",
    [
        "input gate's sigmoid derivative i(1-i) missing",
        "b_ih gradient averaged over the batch instead of summed",
    ],
    [
        [any_("i_t", "input gate", "δi", "gate i", "i gate", "i block", "block i")],
        ["b_ih", any_("sum", "mean", "batch")],
    ],
)

E(
    "cbw_blocks_ifog_no_f",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), do * o * (1 - o),
                         dc * i * (1 - g ** 2)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["δa blocks concatenated in the order i, f, o, g", "dL/dc_{t-1} misses the factor f_t"],
    [
        [any_("order", "swap", "block", "rows")],
        [any_("f_t", "forget", "⊙ f", "* f", "f ⊙", "c_{t-1}")],
    ],
)

E(
    "cbw_ok_book",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    di, df, dg = dc * g, dc * c, dc * i
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}
""",
)

E(
    "cbw_ok_pergate_einsum",
    "lstm_cell_backward",
    SIG
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    blk = [slice(k * H, (k + 1) * H) for k in range(4)]
    pre = [x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for s in blk]
    ig, fg, og = sigmoid(pre[0]), sigmoid(pre[1]), sigmoid(pre[3])
    gg = np.tanh(pre[2])
    ct = fg * c + ig * gg
    tct = np.tanh(ct)
    delta_c = dc_next + dh_next * og * (1.0 - tct * tct)
    d_pre = [delta_c * gg * ig * (1 - ig), delta_c * c * fg * (1 - fg),
             delta_c * ig * (1 - gg * gg), dh_next * tct * og * (1 - og)]
    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db = np.zeros_like(b_ih)
    dx = np.zeros_like(x); dh = np.zeros_like(h)
    for s, d in zip(blk, d_pre):
        dW_ih[s] = np.einsum("bh,bi->hi", d, x)
        dW_hh[s] = np.einsum("bh,bk->hk", d, h)
        db[s] = d.sum(axis=0)
        dx += d @ W_ih[s]
        dh += d @ W_hh[s]
    return {"x": dx, "h": dh, "c": delta_c * fg, "W_ih": dW_ih, "W_hh": dW_hh,
            "b_ih": db, "b_hh": db.copy()}
""",
)

# ================================================================ lstm_layer_backward
LB_HEAD = (
    CELLBW
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, _ = x.shape
    H = h0.shape[1]
    hs, cs = [h0], [c0]
    for t in range(T):
        hn, cn = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(hn); cs.append(cn)
    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()
    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()
    grads = {k: np.zeros_like(v) for k, v in
             (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}
    dx = np.zeros_like(x)
"""
)
LB_TAIL = """
    grads["x"] = dx
    grads["h0"] = dh
    grads["c0"] = dc
    return grads
"""

E(
    "lbw_dout_only_last",
    "lstm_layer_backward",
    LB_HEAD
    + """
    dh = dh + dout[T - 1]
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ["dout[t] added only at the last step, not at every step"],
    [["dout", any_("sum", "every step", "each step", "add", "+")]],
)

E(
    "lbw_no_carry_h",
    "lstm_layer_backward",
    LB_HEAD
    + """
    for t in reversed(range(T)):
        dh_t = dout[t] + (dh if t == T - 1 else 0)
        g = lstm_cell_backward(dh_t, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ['gradient reaching h_t omits what step t+1\'s backward returned for "h"'],
    [[any_("t+1", "t + 1", "next step", "later step", "carr", '"h"')]],
)

E(
    "lbw_weights_overwritten",
    "lstm_layer_backward",
    LB_HEAD
    + """
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] = g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ["weight/bias gradients overwritten each step instead of summed over all steps"],
    [[any_("sum", "accumul", "all steps", "every step", "one step", "single step", "only")]],
)

E(
    "lbw_dc_not_carried",
    "lstm_layer_backward",
    LB_HEAD
    + """
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh = g["h"]
        dc = np.zeros((B, H))
"""
    + LB_TAIL,
    ['the cell gradient ("c") is not carried back from step t+1 to step t'],
    [[any_("c_t", '"c"', "'c'", "dc", "cell"), any_("t+1", "t + 1", "next step", "carr", "later")]],
)

E(
    "lbw_dx_reversed",
    "lstm_layer_backward",
    LB_HEAD
    + """
    dxs = []
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dxs.append(g["x"])
        dh, dc = g["h"], g["c"]
    dx = np.stack(dxs)
"""
    + LB_TAIL,
    ["gradient of x stacked in backward order (x[t] holds step T-1-t's)"],
    [["x", any_("time order", "reverse", "order", "flip")]],
)

E(
    "lbw_state_off_by_one",
    "lstm_layer_backward",
    LB_HEAD
    + """
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    [
        "each step's backward is given h_t, c_t (its output state) instead of the state it started from"
    ],
    [[any_("h_{t-1}", "started from", "starts from", "off by one", "shift", "previous", "state")]],
)

E(
    "lbw_ignores_dhn_dcn",
    "lstm_layer_backward",
    LB_HEAD
    + """
    dh = np.zeros((B, H))
    dc = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ["dh_n and dc_n ignored (backward starts from zeros)"],
    [[any_("dh_n", "dc_n")]],
)

E(
    "lbw_skips_step0",
    "lstm_layer_backward",
    LB_HEAD
    + """
    for t in range(T - 1, 0, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ["backward loop stops at t=1: step 0 never backpropagated"],
    [[any_("step 0", "t = 0", "t=0", "skip", "first step", "x[0]", "range")]],
)

E(
    "lbw_no_dcn_overwrite",
    "lstm_layer_backward",
    LB_HEAD
    + """
    dc = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        grads.update({k: g[k] for k in ("W_ih", "W_hh", "b_ih", "b_hh")})
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ["dc_n ignored", "weight gradients overwritten instead of summed over steps"],
    [
        ["dc_n"],
        [any_("sum", "accumul", "all steps", "every step", "one step", "single step", "only")],
    ],
)

E(
    "lbw_nocarry_dxrev",
    "lstm_layer_backward",
    LB_HEAD
    + """
    xs_grad = []
    for t in range(T - 1, -1, -1):
        dh_t = dout[t] + (dh if t == T - 1 else 0.0)
        g = lstm_cell_backward(dh_t, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] = grads[k] + g[k]
        xs_grad.append(g["x"])
        dh, dc = g["h"], g["c"]
    dx = np.array(xs_grad)
"""
    + LB_TAIL,
    ['gradient reaching h_t omits step t+1\'s "h"', "gradient of x in reversed time order"],
    [
        [any_("t+1", "t + 1", "next step", "later step", "carr", '"h"')],
        ["x", any_("time order", "reverse", "order", "flip")],
    ],
)

E(
    "lbw_ok",
    "lstm_layer_backward",
    LB_HEAD
    + """
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
)

E(
    "lbw_ok_fused",
    "lstm_layer_backward",
    SIG
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, I = x.shape
    H = W_hh.shape[1]
    h_prev = np.empty((T, B, H)); c_prev = np.empty((T, B, H))
    acts = np.empty((T, B, 4 * H)); cnew = np.empty((T, B, H))
    h, c = h0, c0
    for t in range(T):
        h_prev[t], c_prev[t] = h, c
        z = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        z[:, :2 * H] = sigmoid(z[:, :2 * H]); z[:, 3 * H:] = sigmoid(z[:, 3 * H:])
        z[:, 2 * H:3 * H] = np.tanh(z[:, 2 * H:3 * H])
        acts[t] = z
        i, f, g, o = np.split(z, 4, axis=1)
        c = f * c + i * g
        h = o * np.tanh(c)
        cnew[t] = c
    dA = np.empty((T, B, 4 * H))
    dh = np.zeros((B, H)) if dh_n is None else dh_n
    dc = np.zeros((B, H)) if dc_n is None else dc_n
    for t in reversed(range(T)):
        i, f, g, o = np.split(acts[t], 4, axis=1)
        th = np.tanh(cnew[t])
        dht = dh + dout[t]
        dct = dc + dht * o * (1 - th ** 2)
        dA[t] = np.concatenate([dct * g * i * (1 - i), dct * c_prev[t] * f * (1 - f),
                                dct * i * (1 - g ** 2), dht * th * o * (1 - o)], axis=1)
        dh = dA[t] @ W_hh
        dc = dct * f
    return {"x": dA @ W_ih, "h0": dh, "c0": dc,
            "W_ih": np.einsum("tbg,tbi->gi", dA, x), "W_hh": np.einsum("tbg,tbh->gh", dA, h_prev),
            "b_ih": dA.sum((0, 1)), "b_hh": dA.sum((0, 1))}
""",
)

# ================================================================ lstm_layer_lengths
E(
    "len_no_mask",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    out = []
    for t in range(x.shape[0]):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    return np.stack(out), (h, c)
""",
    ["lengths ignored: runs over the padding, no zeros, final state at T-1"],
    [[any_("padding", "length")]],
)

E(
    "len_out_not_zeroed",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    lengths = np.asarray(lengths)
    h, c = h0, c0
    out = np.empty((T,) + h0.shape)
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        keep = (t < lengths)[:, None]
        h = np.where(keep, hn, h)
        c = np.where(keep, cn, c)
        out[t] = h
    return out, (h, c)
""",
    ["out past each length holds the frozen last h instead of zeros"],
    [["zero"]],
)

E(
    "len_hn_from_out_last",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    out = np.zeros((T, B, H))
    h, c = h0, c0
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        for b in range(B):
            if t < lengths[b]:
                out[t, b] = h[b]
    return out, (out[-1], c)
""",
    [
        "h_n taken from out[T-1] (zeros for short sequences) and c_n at T-1, not each row's own last step",
    ],
    [
        [
            any_("h_n", "c_n"),
            any_("own last", "lengths[b] - 1", "lengths[b]-1", "last step", "T-1", "T - 1"),
        ]
    ],
)

E(
    "len_mask_off_by_one",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    lengths = np.asarray(lengths)
    out = np.zeros((T, B, H))
    h, c = h0.copy(), c0.copy()
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        m = (t <= lengths)[:, None]
        h = np.where(m, hn, h); c = np.where(m, cn, c)
        out[t] = np.where(m, hn, 0)
    return out, (h, c)
""",
    ["mask t <= lengths[b]: one padding step is processed (off by one)"],
    [[any_("lengths[b]", "off by one", "one step", "t < lengths", "padding", "length")]],
)

E(
    "len_c_not_masked",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    out = np.zeros((T, B, h0.shape[1]))
    h, c = h0, c0
    for t in range(T):
        hn, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        alive = (lengths > t)[:, None]
        h = np.where(alive, hn, h)
        out[t] = hn * alive
    return out, (h, c)
""",
    ["c keeps updating through the padding (only h is frozen): c_n wrong"],
    [["c_n"]],
)

E(
    "len_ignores_h0",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = W_hh.shape[1]
    out = np.zeros((T, B, H))
    h_n = np.zeros((B, H)); c_n = np.zeros((B, H))
    for b in range(B):
        h = np.zeros((1, H)); c = np.zeros((1, H))
        for t in range(int(lengths[b])):
            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = h[0]
        h_n[b], c_n[b] = h[0], c[0]
    return out, (h_n, c_n)
""",
    ["starts every sequence from zeros: h0, c0 ignored"],
    [[any_("h0", "initial state", "c0")]],
)

E(
    "len_nozero_cnomask",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    L = np.asarray(lengths)
    h, c = h0, c0
    hs = []
    for t in range(T):
        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h = np.where((t < L)[:, None], h_new, h)
        hs.append(h)
    return np.stack(hs), (h, c)
""",
    ["out not zeroed past each length", "c not frozen in the padding: c_n wrong"],
    [["zero"], ["c_n"]],
)

E(
    "len_noh0_offbyone",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)); c = np.zeros((B, H))
    out = np.zeros((T, B, H))
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        for b in range(B):
            if t <= lengths[b]:
                h[b], c[b] = hn[b], cn[b]
                out[t, b] = hn[b]
    return out, (h, c)
""",
    ["h0, c0 ignored (starts from zeros)", "condition t <= lengths[b]: one padding step processed"],
    [
        [any_("h0", "initial state", "c0")],
        [any_("lengths[b]", "off by one", "one step", "t < lengths", "padding", "length")],
    ],
)

E("len_ok_mask", "lstm_layer_lengths", LAYERLEN)

E(
    "len_ok_per_sequence",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = W_hh.shape[1]
    out = np.zeros((T, B, H))
    hn = np.empty((B, H)); cn = np.empty((B, H))
    for b in range(B):
        hb, cb = h0[b:b + 1], c0[b:b + 1]
        for t in range(int(lengths[b])):
            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = hb[0]
        hn[b], cn[b] = hb[0], cb[0]
    return out, (hn, cn)
""",
)

# ================================================================ bilstm_layer_lengths
E(
    "bilen_rev_padded",
    "bilstm_layer_lengths",
    LAYERLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    # reverse direction: run on the time-reversed batch
    T = x.shape[0]
    full = np.full_like(np.asarray(lengths), T)
    ob, (hb, cb) = lstm_layer_lengths(x[::-1], full, h0[1], c0[1], *bwd)
    ob = ob[::-1].copy()
    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[:, :, None]
    ob = ob * mask
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        "reverse direction runs over the padded tensor reversed: starts on padding, not at lengths[b]-1"
    ],
    [
        [
            any_("reverse", "backward"),
            any_("padding", "own last", "lengths[b] - 1", "lengths[b]-1", "length"),
        ]
    ],
)

E(
    "bilen_not_flipped_back",
    "bilstm_layer_lengths",
    LAYERLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    xr = np.zeros_like(x)
    for b in range(B):
        L = lengths[b]
        xr[:L, b] = x[:L, b][::-1]
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["reverse outputs not put back in time order (per-sequence reversal not undone)"],
    [[any_("reverse", "backward"), any_("time order", "flip", "order", "reversed", "index t")]],
)

E(
    "bilen_global_unflip",
    "bilstm_layer_lengths",
    LAYERLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    xr = np.zeros_like(x)
    for b in range(B):
        xr[:lengths[b], b] = x[lengths[b] - 1::-1, b]
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)
    ob = ob[::-1]          # back in time order
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        "reverse outputs flipped over the whole T instead of each sequence's own length (misaligned for short ones)"
    ],
    [
        [
            any_("reverse", "backward"),
            any_("own", "length", "shorter", "per sequence", "shift", "misalign"),
        ]
    ],
)

E(
    "bilen_rev_not_zeroed",
    "bilstm_layer_lengths",
    CELL
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    hn = np.zeros((2, B, H)); cn = np.zeros((2, B, H))
    for b in range(B):
        L = int(lengths[b])
        h, c = h0[0, b:b + 1], c0[0, b:b + 1]
        for t in range(L):
            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)
            out[t, b, :H] = h[0]
        hn[0, b], cn[0, b] = h[0], c[0]
        h, c = h0[1, b:b + 1], c0[1, b:b + 1]
        for t in range(L - 1, -1, -1):
            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)
            out[t, b, H:] = h[0]
        hn[1, b], cn[1, b] = h[0], c[0]
        out[L:, b, H:] = h[0]      # keep the reverse state in the padding
    return out, (hn, cn)
""",
    ["reverse half not zero past each length"],
    [["zero"]],
)

E(
    "bilen_hn_rev_first_step",
    "bilstm_layer_lengths",
    CELL
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    hn = np.zeros((2, B, H)); cn = np.zeros((2, B, H))
    for b in range(B):
        L = int(lengths[b])
        h, c = h0[0, b:b + 1], c0[0, b:b + 1]
        for t in range(L):
            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)
            out[t, b, :H] = h[0]
        hn[0, b], cn[0, b] = h[0], c[0]
        h, c = h0[1, b:b + 1], c0[1, b:b + 1]
        first = None
        for t in range(L - 1, -1, -1):
            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)
            out[t, b, H:] = h[0]
            if first is None:
                first = (h[0], c[0])
        hn[1, b], cn[1, b] = first
    return out, (hn, cn)
""",
    ["reverse final state taken after its first step (t = lengths[b]-1) instead of after step 0"],
    [
        [
            any_("reverse", "backward"),
            any_("step 0", "after step 0", "out[0", "t = 0", "x_0", "first step"),
        ]
    ],
)

E(
    "bilen_same_h0",
    "bilstm_layer_lengths",
    LAYERLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    idx = np.arange(T)[:, None]
    rev = np.where(idx < lengths, lengths - 1 - idx, idx)        # (T, B)
    xr = x[rev, np.arange(B)]
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[0], c0[0], *bwd)
    ob = ob[rev, np.arange(B)]
    ob[idx >= lengths] = 0
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["reverse direction starts from h0[0]/c0[0] instead of row 1"],
    [[any_("h0[1]", "row 1", "initial state", "h0", "c0")]],
)

E(
    "bilen_padded_fwdweights",
    "bilstm_layer_lengths",
    LAYERLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T = x.shape[0]
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer_lengths(x[::-1], np.full(len(lengths), T), h0[1], c0[1], *fwd)
    ob = ob[::-1] * (np.arange(T)[:, None] < np.asarray(lengths))[:, :, None]
    return np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        "reverse direction runs over the reversed padded tensor (starts on padding)",
        "reverse direction uses fwd weights",
    ],
    [
        [
            any_("reverse", "backward"),
            any_("padding", "own last", "lengths[b] - 1", "lengths[b]-1", "length"),
        ],
        [any_("bwd", "weights", "parameters")],
    ],
)

E(
    "bilen_fwd_nolengths_halves",
    "bilstm_layer_lengths",
    LAYERLEN
    + LAYER.replace(CELL, "")
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    mask = (np.arange(T)[:, None] < lengths)[:, :, None]
    of = of * mask
    xr = x.copy()
    for b in range(B):
        xr[:lengths[b], b] = x[:lengths[b], b][::-1]
    obr, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)
    ob = obr.copy()
    for b in range(B):
        ob[:lengths[b], b] = obr[:lengths[b], b][::-1]
    return np.concatenate([ob, of], 2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        "forward final state taken at T-1 (runs over padding) instead of lengths[b]-1",
        "out halves swapped: reverse first",
    ],
    [
        [
            any_("forward"),
            any_("lengths[b] - 1", "lengths[b]-1", "own last", "padding", "T-1", "T - 1"),
        ],
        [any_("forward first", "halves", "half", "swap", "order", "H:")],
    ],
)

E(
    "bilen_ok_perseq_reverse",
    "bilstm_layer_lengths",
    LAYERLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    xr = x.copy()
    for b in range(B):
        xr[:lengths[b], b] = x[:lengths[b], b][::-1]
    obr, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)
    ob = obr.copy()
    for b in range(B):
        ob[:lengths[b], b] = obr[:lengths[b], b][::-1]
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
)

E(
    "bilen_ok_gather",
    "bilstm_layer_lengths",
    CELL
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    L = np.asarray(lengths)
    out = np.zeros((T, B, 2 * H))
    h_n = np.empty((2, B, H)); c_n = np.empty((2, B, H))
    h, c = h0[0].copy(), c0[0].copy()
    for t in range(T):
        nh, nc = lstm_cell(x[t], h, c, *fwd)
        on = (t < L)[:, None]
        h, c = np.where(on, nh, h), np.where(on, nc, c)
        out[t, :, :H] = np.where(on, nh, 0.0)
    h_n[0], c_n[0] = h, c
    h, c = h0[1].copy(), c0[1].copy()
    for t in range(T - 1, -1, -1):            # padding steps (t >= L) leave the state alone
        nh, nc = lstm_cell(x[t], h, c, *bwd)
        on = (t < L)[:, None]
        h, c = np.where(on, nh, h), np.where(on, nc, c)
        out[t, :, H:] = np.where(on, nh, 0.0)
    h_n[1], c_n[1] = h, c
    return out, (h_n, c_n)
""",
)

# ================================================================ lstm_output_shapes
SH = "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False, batch_first=False, proj_size=0):\n"

E(
    "shp_no_batch_first",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    return {"out": (seq_len, batch, D * Hout), "h_n": (D * num_layers, batch, Hout),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    ["batch_first ignored for out"],
    [["batch_first"]],
)

E(
    "shp_out_no_D",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size or hidden_size
    T, B = (batch, seq_len) if batch_first else (seq_len, batch)
    return {"out": (T, B, Hout), "h_n": (D * num_layers, batch, Hout),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    ["out's last axis is H_out, not D*H_out (bidirectional ignored there)"],
    [[any_("D·", "D*", "D *", "bidirectional", "2H")]],
)

E(
    "shp_cn_projected",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    H = proj_size if proj_size else hidden_size
    if batch_first:
        out = (batch, seq_len, D * H)
    else:
        out = (seq_len, batch, D * H)
    return {"out": out, "h_n": (D * num_layers, batch, H), "c_n": (D * num_layers, batch, H)}
""",
    ["c_n uses proj_size: c_t is not projected"],
    [["c_n", any_("proj_size", "hidden_size")]],
)

E(
    "shp_no_proj",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    if batch_first:
        out = (batch, seq_len, D * hidden_size)
    else:
        out = (seq_len, batch, D * hidden_size)
    st = (D * num_layers, batch, hidden_size)
    return {"out": out, "h_n": st, "c_n": st}
""",
    ["proj_size ignored"],
    [["proj_size"]],
)

E(
    "shp_hn_no_D",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * Hout) if batch_first else (seq_len, batch, D * Hout)
    return {"out": out, "h_n": (num_layers, batch, Hout), "c_n": (num_layers, batch, hidden_size)}
""",
    ["h_n/c_n first axis num_layers instead of D*num_layers"],
    [[any_("D·num_layers", "D*num_layers", "D * num_layers", "bidirectional")]],
)

E(
    "shp_lists",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    out = [batch, seq_len, D * Hout] if batch_first else [seq_len, batch, D * Hout]
    return {"out": out, "h_n": [D * num_layers, batch, Hout], "c_n": [D * num_layers, batch, hidden_size]}
""",
    ["shapes returned as lists, not tuples"],
    [["tuple"]],
)

E(
    "shp_bf_on_states",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    if batch_first:
        return {"out": (batch, seq_len, D * Hout), "h_n": (batch, D * num_layers, Hout),
                "c_n": (batch, D * num_layers, hidden_size)}
    return {"out": (seq_len, batch, D * Hout), "h_n": (D * num_layers, batch, Hout),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    ["batch_first applied to h_n and c_n too (they are never batch first)"],
    [["batch_first", any_("h_n", "c_n")]],
)

E(
    "shp_noproj_lists",
    "lstm_output_shapes",
    SH
    + """
    d = 2 if bidirectional else 1
    first = [batch, seq_len] if batch_first else [seq_len, batch]
    return {"out": first + [d * hidden_size], "h_n": [d * num_layers, batch, hidden_size],
            "c_n": [d * num_layers, batch, hidden_size]}
""",
    ["proj_size ignored", "shapes returned as lists"],
    [["proj_size"], ["tuple"]],
)

E(
    "shp_hnD_nobf",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    return {"out": (seq_len, batch, D * Hout), "h_n": (num_layers, batch, Hout),
            "c_n": (num_layers, batch, hidden_size)}
""",
    ["h_n/c_n first axis ignores D", "batch_first ignored"],
    [[any_("D·num_layers", "D*num_layers", "D * num_layers", "bidirectional")], ["batch_first"]],
)

E(
    "shp_layers_in_out_cnproj",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    T, B = (batch, seq_len) if batch_first else (seq_len, batch)
    return {"out": (T, B, D * num_layers * Hout), "h_n": (D * num_layers, batch, Hout),
            "c_n": (D * num_layers, batch, Hout)}
""",
    ["out's last axis multiplied by num_layers", "c_n uses proj_size"],
    [[any_("num_layers", "D·H_out", "D*H_out")], ["c_n", any_("proj_size", "hidden_size")]],
)

E(
    "shp_ok",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    return {"out": out, "h_n": (D * num_layers, batch, H_out),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
)

E(
    "shp_ok_ints",
    "lstm_output_shapes",
    SH
    + """
    n_dir = 1 + int(bool(bidirectional))
    proj = int(proj_size)
    hid = int(hidden_size)
    seq = [int(seq_len), int(batch)]
    if batch_first:
        seq.reverse()
    return dict(out=tuple(seq + [n_dir * (proj or hid)]),
                h_n=(n_dir * int(num_layers), int(batch), proj or hid),
                c_n=(n_dir * int(num_layers), int(batch), hid))
""",
)

# ================================================================ ScratchLSTM (NumPy interface)
SCR_OK = """
import numpy as np


def _sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional
        self.D = 2 if bidirectional else 1
        rng = np.random.default_rng(seed)
        k = 1 / np.sqrt(hidden_size)
        self.params = {}
        for layer in range(num_layers):
            I_k = input_size if layer == 0 else hidden_size * self.D
            for suf in ([""] if self.D == 1 else ["", "_reverse"]):
                self.params[f"weight_ih_l{layer}{suf}"] = rng.uniform(-k, k, (4 * hidden_size, I_k))
                self.params[f"weight_hh_l{layer}{suf}"] = rng.uniform(-k, k, (4 * hidden_size, hidden_size))
                if bias:
                    self.params[f"bias_ih_l{layer}{suf}"] = rng.uniform(-k, k, 4 * hidden_size)
                    self.params[f"bias_hh_l{layer}{suf}"] = rng.uniform(-k, k, 4 * hidden_size)

    def state_dict(self):
        return {k: v.copy() for k, v in self.params.items()}

    def load_state_dict(self, state):
        for k in self.params:
            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)

    def _run(self, x, h, c, layer, suf, reverse):
        p = self.params
        W_ih, W_hh = p[f"weight_ih_l{layer}{suf}"], p[f"weight_hh_l{layer}{suf}"]
        b = p[f"bias_ih_l{layer}{suf}"] + p[f"bias_hh_l{layer}{suf}"] if self.bias else 0.0
        T = x.shape[0]
        out = np.zeros((T, x.shape[1], self.hidden_size))
        steps = range(T - 1, -1, -1) if reverse else range(T)
        for t in steps:
            a = x[t] @ W_ih.T + h @ W_hh.T + b
            i, f, g, o = np.split(a, 4, axis=1)
            c = _sig(f) * c + _sig(i) * np.tanh(g)
            h = _sig(o) * np.tanh(c)
            out[t] = h
        return out, h, c

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        T, B, _ = x.shape
        LD = self.num_layers * self.D
        if hx is None:
            h0 = np.zeros((LD, B, self.hidden_size)); c0 = np.zeros((LD, B, self.hidden_size))
        else:
            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)
        hn, cn = np.zeros_like(h0), np.zeros_like(c0)
        inp = x
        for layer in range(self.num_layers):
            outs = []
            for d in range(self.D):
                r = layer * self.D + d
                o, h, c = self._run(inp, h0[r], c0[r], layer, "_reverse" if d else "", d == 1)
                outs.append(o)
                hn[r], cn[r] = h, c
            inp = np.concatenate(outs, axis=2)
        out = inp.transpose(1, 0, 2) if self.batch_first else inp
        return out, (hn, cn)
"""

E("scr_ok_methods", "ScratchLSTM", SCR_OK, interface="numpy_module")

E(
    "scr_ok_flat",
    "ScratchLSTM",
    """
import numpy as np


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        gen = np.random.default_rng(seed)
        self.H, self.L, self.bias, self.bf = hidden_size, num_layers, bias, batch_first
        self.D = 2 if bidirectional else 1
        bound = hidden_size ** -0.5
        self._w = {}
        for l in range(num_layers):
            for d in range(self.D):
                tag = f"l{l}" + ("_reverse" if d else "")
                n_in = input_size if l == 0 else self.D * hidden_size
                self._w["weight_ih_" + tag] = gen.uniform(-bound, bound, size=(4 * hidden_size, n_in))
                self._w["weight_hh_" + tag] = gen.uniform(-bound, bound, size=(4 * hidden_size, hidden_size))
                if bias:
                    self._w["bias_ih_" + tag] = gen.uniform(-bound, bound, size=(4 * hidden_size,))
                    self._w["bias_hh_" + tag] = gen.uniform(-bound, bound, size=(4 * hidden_size,))

    def state_dict(self):
        return {k: np.array(v, dtype=np.float64) for k, v in self._w.items()}

    def load_state_dict(self, state):
        self._w = {k: np.array(state[k], dtype=np.float64) for k in self._w}

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        seq = np.swapaxes(x, 0, 1) if self.bf else x
        T, B = seq.shape[:2]
        H = self.H
        if hx is None:
            hx = (np.zeros((self.L * self.D, B, H)), np.zeros((self.L * self.D, B, H)))
        h_all, c_all = [], []
        for l in range(self.L):
            layer_out = np.zeros((T, B, self.D * H))
            for d in range(self.D):
                tag = f"l{l}" + ("_reverse" if d else "")
                Wi, Wh = self._w["weight_ih_" + tag], self._w["weight_hh_" + tag]
                bsum = (self._w["bias_ih_" + tag] + self._w["bias_hh_" + tag]) if self.bias else np.zeros(4 * H)
                h = np.array(hx[0][l * self.D + d]); c = np.array(hx[1][l * self.D + d])
                order = range(T) if d == 0 else reversed(range(T))
                for t in order:
                    z = seq[t] @ Wi.T + h @ Wh.T + bsum
                    s = 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
                    c = s[:, H:2 * H] * c + s[:, :H] * np.tanh(z[:, 2 * H:3 * H])
                    h = s[:, 3 * H:] * np.tanh(c)
                    layer_out[t, :, d * H:(d + 1) * H] = h
                h_all.append(h); c_all.append(c)
            seq = layer_out
        out = np.swapaxes(seq, 0, 1) if self.bf else seq
        return out, (np.stack(h_all), np.stack(c_all))
""",
    interface="numpy_module",
)


def _scr(id, old, new, mistakes, mm, count=1):
    assert SCR_OK.count(old) >= 1, (id, old)
    E(id, "ScratchLSTM", SCR_OK.replace(old, new, count), mistakes, mm, interface="numpy_module")


_scr(
    "scr_ignores_batch_first",
    "        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n",
    "",
    ["batch_first ignored on the input (output still transposed)"],
    [["batch_first"]],
)
_scr(
    "scr_reverse_not_reversed",
    "steps = range(T - 1, -1, -1) if reverse else range(T)",
    "steps = range(T)",
    ["reverse direction reads the sequence forwards"],
    [
        [
            any_("reverse"),
            any_("x_{T-1}", "from the end", "T-1", "T - 1", "order", "forwards", "backwards"),
        ]
    ],
)
_scr(
    "scr_reverse_not_reordered",
    "            out[t] = h\n",
    "            out[(T - 1 - t) if reverse else t] = h\n",
    ["reverse outputs stored in reading order, not back in time order"],
    [[any_("reverse"), any_("time order", "flip", "order", "index t", "reversed")]],
)
_scr(
    "scr_state_rows_dir_major",
    "                r = layer * self.D + d\n",
    "                r = d * self.num_layers + layer\n",
    ["h_0/h_n rows ordered direction-major (all forward layers first) instead of layer*D + d"],
    [[any_("row", "k * D + d", "k*D + d", "layer * D", "order")]],
)
_scr(
    "scr_layer_input_size",
    "I_k = input_size if layer == 0 else hidden_size * self.D",
    "I_k = input_size if layer == 0 else hidden_size",
    ["later layers' weight_ih sized (4H, H) instead of (4H, D*H)"],
    [["weight_ih", any_("D * H", "D*H", "D·H", "shape", "2H")]],
)
_scr(
    "scr_bias_false_keeps_bias",
    "                if bias:\n                    self.params",
    "                if True:\n                    self.params",
    ["bias=False still creates bias parameters (state_dict has bias keys, bias added)"],
    [[any_("bias=False", "bias"), any_("key", "state_dict", "parameter")]],
)
_scr(
    "scr_init_range",
    "        k = 1 / np.sqrt(hidden_size)\n",
    "        k = 1.0\n",
    ["parameters initialised in [-1, 1] instead of [-1/sqrt(H), 1/sqrt(H)]"],
    [[any_("sqrt", "√", "1/√H", "init", "uniform", "range")]],
)
_scr(
    "scr_hx_ignored",
    "        if hx is None:\n",
    "        if True:\n",
    ["hx ignored: always starts from zeros"],
    [[any_("hx", "h_0", "initial state")]],
)
E(
    "scr_nocopy_bf",
    "ScratchLSTM",
    SCR_OK.replace(
        "            self.params[k] = np.array(state[k], dtype=np.float64, copy=True)",
        "            self.params[k] = state[k]",
    ).replace("        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n", ""),
    ["load_state_dict keeps references instead of copying", "batch_first ignored on the input"],
    [[any_("copy", "copies", "reference", "alias")], ["batch_first"]],
    interface="numpy_module",
)
E(
    "scr_fwd_only_rows_rev_unordered",
    "ScratchLSTM",
    SCR_OK.replace(
        "                r = layer * self.D + d\n",
        "                r = d * self.num_layers + layer\n",
    ).replace("steps = range(T - 1, -1, -1) if reverse else range(T)", "steps = range(T)"),
    ["state rows direction-major", "reverse direction reads forwards"],
    [
        [any_("row", "k * D + d", "k*D + d", "layer * D", "order")],
        [
            any_("reverse"),
            any_("x_{T-1}", "from the end", "T-1", "T - 1", "order", "forwards", "backwards"),
        ],
    ],
    interface="numpy_module",
)

# ================================================================ second batch (written before any run of it)
E(
    "sig_ok_expit",
    "sigmoid",
    """
import numpy as np
from scipy.special import expit

def sigmoid(z):
    return expit(np.asarray(z, dtype=np.float64))
""",
)

E(
    "sig_ok_errstate",
    "sigmoid",
    """
import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))     # exp(1000) -> inf, 1/(1+inf) = 0 exactly
""",
    notes="values right; warning silenced instead of avoided (the exercise says 'no warning': counted correct)",
)

E(
    "gates_weights_swapped",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_hh.T + h @ W_ih.T + b_ih + b_hh
    i, f, g, o = np.split(pre, 4, axis=1)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    ["W_ih applied to h and W_hh to x (weights swapped; crashes unless I == H)"],
    [["W_ih", "W_hh"]],
)

E(
    "gates_no_bias",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + h @ W_hh.T
    i, f, g, o = np.split(pre, 4, axis=1)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    ["both biases left out"],
    [["b_ih", "b_hh"]],
)

E(
    "gates_ok_reshape",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    B = x.shape[0]
    H = W_hh.shape[1]
    z = (np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh).reshape(B, 4, H)
    i = sigmoid(z[:, 0]); f = sigmoid(z[:, 1]); g = np.tanh(z[:, 2]); o = sigmoid(z[:, 3])
    return (i, f, g, o)
""",
)

E(
    "cell_o_deriv_g_sigmoid",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), sigmoid(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next
""",
    ["candidate g uses sigmoid instead of tanh"],
    [["tanh", any_("g_t", "candidate", "g ", "gate g")]],
)

E(
    "layer_aliased_state",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = []
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h[:] = hn          # update the state in place
        c[:] = cn
        out.append(h)
    out = np.stack(out)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    [
        "state written in place into h0/c0's buffers: the caller's h0, c0 change and every out[t] is the same (last) h"
    ],
    [[any_("in place", "modif", "chang", "alias", "same array", "copy")]],
)

E(
    "layer_ok_recursive",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    seq = np.transpose(x, (1, 0, 2)) if batch_first else x
    B, H = seq.shape[1], W_hh.shape[1]
    state = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None else c0)

    def go(t, st, acc):
        if t == seq.shape[0]:
            return acc, st
        nxt = lstm_cell(seq[t], st[0], st[1], W_ih, W_hh, b_ih, b_hh)
        return go(t + 1, nxt, acc + [nxt[0]])

    hs, (hT, cT) = go(0, state, [])
    out = np.stack(hs)
    return (np.transpose(out, (1, 0, 2)) if batch_first else out), (hT, cT)
""",
)

E(
    "bi_flipped_batch_axis",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    xr = x[:, ::-1]                      # reverse the sequence
    out_b, (hb, cb) = lstm_layer(xr, h0[1], c0[1], *bwd)
    out_b = out_b[:, ::-1]
    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    ["reverses the batch axis (x[:, ::-1]) instead of the time axis"],
    [[any_("reverse", "backward"), any_("time", "axis 0", "x[T-1]", "T-1", "order", "batch")]],
)

E(
    "cbw_no_sigma_prime_o",
    "lstm_cell_backward",
    BW_HEAD
    + """
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2), do], axis=1)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}
""",
    ["output gate's σ' = o(1-o) missing"],
    [
        [
            any_("output gate", "o_t", "δa_o", "gate o", "o block", "block o"),
            any_("σ′", "σ'", "derivative", "o(1", "1 − σ", "1 - σ"),
        ]
    ],
)

E(
    "lbw_dhn_every_step",
    "lstm_layer_backward",
    LB_HEAD
    + """
    dh_final = dh.copy()
    dh = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t] + dh_final, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
"""
    + LB_TAIL,
    ["dh_n added at every step instead of only at t = T-1"],
    [["dh_n", any_("T-1", "T - 1", "last step", "every step", "only")]],
)

E(
    "len_mask_drops_last",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    out = np.zeros((T, B, h0.shape[1]))
    h, c = h0, c0
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        valid = (t < lengths - 1)[:, None]   # last index is lengths - 1
        h = np.where(valid, hn, h); c = np.where(valid, cn, c)
        out[t] = np.where(valid, hn, 0.0)
    return out, (h, c)
""",
    ["mask t < lengths[b]-1 drops each sequence's last real step (off by one)"],
    [[any_("lengths[b]", "off by one", "one step", "last valid", "t < lengths", "last step")]],
)

E(
    "bilen_chapter7_fwd_mask_only",
    "bilstm_layer_lengths",
    LAYERLEN
    + LAYER.replace(CELL, "")
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T = x.shape[0]
    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    ob = ob[::-1]
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        "reverse direction run on the padded tensor: starts at T-1 on padding and is not zeroed past lengths"
    ],
    [
        [
            any_("reverse", "backward"),
            any_("padding", "lengths[b] - 1", "lengths[b]-1", "own last", "length"),
        ]
    ],
)

E(
    "bilen_ok_layer_per_seq",
    "bilstm_layer_lengths",
    LAYER
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, 2 * H))
    hn = np.zeros((2, B, H)); cn = np.zeros((2, B, H))
    for b, L in enumerate(np.asarray(lengths).tolist()):
        xb = x[:L, b:b + 1]
        of, (hf, cf) = lstm_layer(xb, h0[0, b:b + 1], c0[0, b:b + 1], *fwd)
        ob, (hb, cb) = lstm_layer(xb[::-1], h0[1, b:b + 1], c0[1, b:b + 1], *bwd)
        out[:L, b, :H] = of[:, 0]
        out[:L, b, H:] = ob[::-1, 0]
        hn[0, b], cn[0, b], hn[1, b], cn[1, b] = hf[0], cf[0], hb[0], cb[0]
    return out, (hn, cn)
""",
)

E(
    "shp_hn_not_projected",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * Hout) if batch_first else (seq_len, batch, D * Hout)
    return {"out": out, "h_n": (D * num_layers, batch, hidden_size),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    ["h_n keeps hidden_size: proj_size applies to h_n too"],
    [["h_n", "proj_size"]],
)

E(
    "shp_bf_inverted",
    "lstm_output_shapes",
    SH
    + """
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    out = (seq_len, batch, D * Hout) if batch_first else (batch, seq_len, D * Hout)
    return {"out": out, "h_n": (D * num_layers, batch, Hout),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    ["batch_first condition inverted"],
    [["batch_first"]],
)

E(
    "shp_ok_numpy_ints",
    "lstm_output_shapes",
    """
import numpy as np

def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,
                       bidirectional=False, batch_first=False, proj_size=0):
    ndir = 2 if bidirectional else 1
    h_size = hidden_size if proj_size == 0 else proj_size
    axes = (batch, seq_len) if batch_first else (seq_len, batch)
    return {"out": (*axes, ndir * h_size),
            "h_n": (ndir * num_layers, batch, h_size),
            "c_n": (ndir * num_layers, batch, hidden_size)}
""",
)

E(
    "lbw_ok_dictloop",
    "lstm_layer_backward",
    CELLBW
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T = x.shape[0]
    states = [(h0, c0)]
    for t in range(T):
        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))
    carry_h = np.zeros_like(h0) if dh_n is None else dh_n
    carry_c = np.zeros_like(c0) if dc_n is None else dc_n
    total = {"W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": 0.0}
    dxs = [None] * T
    for t in reversed(range(T)):
        step = lstm_cell_backward(carry_h + dout[t], carry_c, x[t], *states[t], W_ih, W_hh, b_ih, b_hh)
        for k in total:
            total[k] = total[k] + step[k]
        dxs[t] = step["x"]
        carry_h, carry_c = step["h"], step["c"]
    return {"x": np.stack(dxs), "h0": carry_h, "c0": carry_c, **total}
""",
)
