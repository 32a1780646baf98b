# ruff: noqa: E501, F541, W291, W293  (student code kept verbatim, as its author wrote it)
"""The fifth blind corpus, kept as its author wrote it (/work/blind5/corpus.py): written from the
built book's notebooks and the eight exercise notebooks only, by an author who never read lstm_ref,
the tests or the other corpora; the words a message must contain were fixed before its first run.
See tests/checks/test_corpus_blind5.py for its figures."""

MOD = ["modif", "mutat", "in place", "in-place", "chang", "overwr"]

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

ENTRIES = []


def E(id, function, source, mistakes=(), correct=False):
    ENTRIES.append(
        {
            "id": id,
            "function": function,
            "source": source,
            "mistakes": [{"what": w, "must_mention": m} for w, m in mistakes],
            "correct": correct,
        }
    )


# ---------------------------------------------------------------- sigmoid
E("sig_ok_where", "sigmoid", SIG, correct=True)
E(
    "sig_ok_tanh",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * (1.0 + np.tanh(0.5 * z))
""",
    correct=True,
)
E(
    "sig_ok_masks",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.array(z, dtype=np.float64, copy=True)
    out = np.empty_like(z)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1.0 + ez)
    return out
""",
    correct=True,
)
E(
    "sig_naive",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
""",
    [("naive formula overflows for z=-1000", ["overflow"])],
)
E(
    "sig_where_both_branches",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
    [("np.where evaluates both branches: overflow warning", ["overflow"])],
)
E(
    "sig_sign_flip",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    # for z >= 0 use e^{z}/(1+e^{z}) ... (mixed up the two branches)
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))
""",
    [
        (
            "branches swapped: returns sigma(-z)",
            [{"any": ["sign", "swap", "σ(-z)", "sigma(-z)", "1 - σ", "branch"]}],
        )
    ],
)
E(
    "sig_clip10",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=float), -10, 10)   # avoid overflow
    return 1 / (1 + np.exp(-z))
""",
    [
        (
            "clipping z to [-10,10] gives wrong values for large |z|",
            [{"any": ["clip", "large", "satur"]}],
        )
    ],
)
E(
    "sig_list",
    "sigmoid",
    """
import math
def sigmoid(z):
    out = []
    for v in z:
        if v >= 0:
            out.append(1 / (1 + math.exp(-v)))
        else:
            out.append(math.exp(v) / (1 + math.exp(v)))
    return out
""",
    [
        (
            "returns a Python list, not an array of the input's shape",
            [{"any": ["list", "ndarray", "array"]}],
        )
    ],
)
E(
    "sig_flatten",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=float).ravel()
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
    [("flattens the input: wrong shape for 2-D input", ["shape"])],
)
E(
    "sig_float32",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
    [("computes in float32", [{"any": ["float32", "dtype", "precision"]}])],
)
E(
    "sig_inplace",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    neg = z < 0
    z[neg] = -z[neg]               # work with |z|
    e = np.exp(-z)
    s = 1 / (1 + e)
    s[neg] = 1 - s[neg]
    return s
""",
    [("overwrites the caller's array z", [{"any": MOD}])],
)
E(
    "sig_double_naive_list",
    "sigmoid",
    """
import numpy as np
def sigmoid(z):
    return [1 / (1 + np.exp(-v)) for v in np.asarray(z, dtype=float).ravel()]
""",
    [
        ("naive exp overflows", ["overflow"]),
        ("returns a flat list", [{"any": ["list", "ndarray", "shape"]}]),
    ],
)

# ---------------------------------------------------------------- lstm_gates
E(
    "gates_ok_split",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)
""",
    correct=True,
)
E(
    "gates_ok_loop_blocks",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    acts = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        pre = (W_ih[rows] @ x.T).T + (W_hh[rows] @ h.T).T + b_ih[rows] + b_hh[rows]
        acts.append(np.tanh(pre) if k == 2 else sigmoid(pre))
    return tuple(acts)
""",
    correct=True,
)
E(
    "gates_ok_einsum",
    "lstm_gates",
    """
import numpy as np
def sigmoid(z):
    return 0.5 * (1 + np.tanh(z / 2))
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + b_hh)
    H = pre.shape[1] // 4
    pre = pre.reshape(pre.shape[0], 4, H)
    return sigmoid(pre[:, 0]), sigmoid(pre[:, 1]), np.tanh(pre[:, 2]), sigmoid(pre[:, 3])
""",
    correct=True,
)
E(
    "gates_ifog",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ao, ag = np.split(a, 4, axis=1)     # i, f, o, g like in the paper
    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)
""",
    [
        (
            "reads the blocks in the order i,f,o,g (g and o swapped)",
            [{"any": ["order", "swap", "block"]}],
        )
    ],
)
E(
    "gates_g_sigmoid",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = [sigmoid(p) for p in np.split(a, 4, axis=1)]
    return i, f, g, o
""",
    [("g uses sigmoid instead of tanh", ["tanh"])],
)
E(
    "gates_no_bhh",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)
""",
    [("forgets b_hh", ["b_hh"])],
)
E(
    "gates_whh_block_not_T",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    out = []
    for k in range(4):
        Wi = W_ih[k*H:(k+1)*H]
        Wh = W_hh[k*H:(k+1)*H]
        z = x @ Wi.T + h @ Wh + b_ih[k*H:(k+1)*H] + b_hh[k*H:(k+1)*H]
        out.append(np.tanh(z) if k == 2 else sigmoid(z))
    return tuple(out)
""",
    [
        (
            "recurrent block not transposed (h @ W_hk instead of h @ W_hk.T)",
            [{"any": ["transpos", "W_hh"]}],
        )
    ],
)
E(
    "gates_interleaved",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    B = a.shape[0]
    a = a.reshape(B, -1, 4)          # (B, H, 4): one column per gate
    return sigmoid(a[..., 0]), sigmoid(a[..., 1]), np.tanh(a[..., 2]), sigmoid(a[..., 3])
""",
    [
        (
            "splits interleaved columns instead of contiguous blocks of H rows",
            [{"any": ["block", "rows", "interleav", "k*H", "contiguous", "split"]}],
        )
    ],
)
E(
    "gates_list",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return [sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)]
""",
    [("returns a list, not a tuple", ["tuple"])],
)
E(
    "gates_bih_twice",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + 2 * b_ih
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)
""",
    [("adds b_ih twice instead of b_ih + b_hh", ["b_hh"])],
)
E(
    "gates_naive_sigmoid",
    "lstm_gates",
    """
import numpy as np
def sig(z):
    return 1 / (1 + np.exp(-z))
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sig(ai), sig(af), np.tanh(ag), sig(ao)
""",
    [("own naive sigmoid overflows on large pre-activations", ["overflow"])],
)
E(
    "gates_f_tanh",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    return sigmoid(ai), np.tanh(af), np.tanh(ag), sigmoid(ao)
""",
    [("forget gate uses tanh", ["forget"])],
)
E(
    "gates_double_order_nobias",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih
    ai, af, ao, ag = np.split(a, 4, axis=1)
    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)
""",
    [("gate order i,f,o,g", [{"any": ["order", "swap", "block"]}]), ("forgets b_hh", ["b_hh"])],
)
E(
    "gates_double_if_swap_list",
    "lstm_gates",
    SIG
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = a.shape[1] // 4
    f = sigmoid(a[:, :H]); i = sigmoid(a[:, H:2*H])
    g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
    return [i, f, g, o]
""",
    [
        (
            "first two blocks read as f, i (i and f swapped)",
            [{"any": ["swap", "order", "forget", "input gate"]}],
        ),
        ("returns a list", ["tuple"]),
    ],
)

# ---------------------------------------------------------------- lstm_cell
E("cell_ok_split", "lstm_cell", CELL, correct=True)
E(
    "cell_ok_separate_mats",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    Wii, Wif, Wig, Wio = (W_ih[k*H:(k+1)*H] for k in range(4))
    Whi, Whf, Whg, Who = (W_hh[k*H:(k+1)*H] for k in range(4))
    bi, bf, bg, bo = (b_ih[k*H:(k+1)*H] + b_hh[k*H:(k+1)*H] for k in range(4))
    i_t = sigmoid(x @ Wii.T + h @ Whi.T + bi)
    f_t = sigmoid(x @ Wif.T + h @ Whf.T + bf)
    g_t = np.tanh(x @ Wig.T + h @ Whg.T + bg)
    o_t = sigmoid(x @ Wio.T + h @ Who.T + bo)
    c_t = f_t * c + i_t * g_t
    h_t = o_t * np.tanh(c_t)
    return h_t, c_t
""",
    correct=True,
)
E(
    "cell_ok_concat_W",
    "lstm_cell",
    """
import numpy as np
def _sig(z):
    out = np.empty_like(z)
    p = z >= 0
    out[p] = 1 / (1 + np.exp(-z[p]))
    ez = np.exp(z[~p])
    out[~p] = ez / (1 + ez)
    return out
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    W = np.concatenate([W_ih, W_hh], axis=1)          # (4H, I+H)
    xh = np.concatenate([x, h], axis=1)               # (B, I+H)
    z = (W @ xh.T).T + (b_ih + b_hh)
    H = c.shape[-1]
    i = _sig(z[:, 0:H]); f = _sig(z[:, H:2*H]); g = np.tanh(z[:, 2*H:3*H]); o = _sig(z[:, 3*H:4*H])
    new_c = f * c + i * g
    return o * np.tanh(new_c), new_c
""",
    correct=True,
)
E(
    "cell_ok_per_example_loop",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    hn = np.zeros((B, H)); cn = np.zeros((B, H))
    for b in range(B):
        a = W_ih @ x[b] + W_hh @ h[b] + b_ih + b_hh
        i = sigmoid(a[:H]); f = sigmoid(a[H:2*H]); g = np.tanh(a[2*H:3*H]); o = sigmoid(a[3*H:])
        cn[b] = f * c[b] + i * g
        hn[b] = o * np.tanh(cn[b])
    return hn, cn
""",
    correct=True,
)
E(
    "cell_if_swap_in_c",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_next = i * c + f * g
    return o * np.tanh(c_next), c_next
""",
    [
        (
            "c_next uses i where f belongs and f where i belongs",
            [{"any": ["forget", "swap", "i and f", "f and i"]}],
        )
    ],
)
E(
    "cell_no_tanh_h",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_next = f * c + i * g
    h_next = o * c_next
    return h_next, c_next
""",
    [("h_next = o*c_next, forgot tanh", ["tanh"])],
)
E(
    "cell_tanh_outside",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_next = f * c + i * g
    h_next = np.tanh(o * c_next)
    return h_next, c_next
""",
    [("h_next = tanh(o*c) instead of o*tanh(c)", ["tanh"])],
)
E(
    "cell_returns_c_h",
    "lstm_cell",
    CELL.replace("return h_next, c_next", "return c_next, h_next"),
    [("returns (c, h) instead of (h, c)", [{"any": ["order", "swap", "first"]}])],
)
E(
    "cell_inplace_c",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c *= f
    c += i * g
    return o * np.tanh(c), c
""",
    [("updates c in place (changes the caller's array)", [{"any": MOD}])],
)
E(
    "cell_old_c_in_h",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    h_next = o * np.tanh(c)
    c_next = f * c + i * g
    return h_next, c_next
""",
    [
        (
            "h_next uses the old c instead of c_next",
            [{"any": ["c_next", "c_t", "new c", "old c", "c_{t-1}", "previous c", "updated"]}],
        )
    ],
)
E(
    "cell_forget_wrong_recurrent",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    def blk(M, k):
        return M[k*H:(k+1)*H]
    i = sigmoid(x @ blk(W_ih, 0).T + h @ blk(W_hh, 0).T + blk(b_ih, 0) + blk(b_hh, 0))
    f = sigmoid(x @ blk(W_ih, 1).T + h @ blk(W_hh, 0).T + blk(b_ih, 1) + blk(b_hh, 1))
    g = np.tanh(x @ blk(W_ih, 2).T + h @ blk(W_hh, 2).T + blk(b_ih, 2) + blk(b_hh, 2))
    o = sigmoid(x @ blk(W_ih, 3).T + h @ blk(W_hh, 3).T + blk(b_ih, 3) + blk(b_hh, 3))
    c2 = f * c + i * g
    return o * np.tanh(c2), c2
""",
    [
        (
            "forget gate uses the input gate's recurrent block W_hi",
            ["forget", {"any": ["recurrent", "W_hh", "W_hf"]}],
        )
    ],
)
E(
    "cell_g_sigmoid",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = sigmoid(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    i, f, g, o = np.split(gates, 4, axis=1)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
""",
    [("sigmoid on g (all four gates squashed by sigmoid)", ["tanh"])],
)
E(
    "cell_H_from_x",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = x.shape[1]                  # hidden size
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:4*H])
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
""",
    [
        (
            "takes H from x's width (input size), wrong when I != H",
            [{"any": ["hidden size", "input size", "I != H", "I ≠ H", "H from", "x.shape"]}],
        )
    ],
)
E(
    "cell_float32",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    x, h, c = (np.asarray(v, np.float32) for v in (x, h, c))
    W_ih, W_hh = W_ih.astype(np.float32), W_hh.astype(np.float32)
    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh).astype(np.float32)
    i, f, g, o = np.split(a, 4, axis=1)
    c_next = sigmoid(f).astype(np.float32) * c + sigmoid(i).astype(np.float32) * np.tanh(g)
    h_next = sigmoid(o).astype(np.float32) * np.tanh(c_next)
    return h_next, c_next
""",
    [("casts everything to float32", [{"any": ["float32", "dtype", "precision"]}])],
)
E(
    "cell_o_uses_x_only",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    zx = x @ W_ih.T + b_ih
    zh = h @ W_hh.T + b_hh
    i = sigmoid(zx[:, :H] + zh[:, :H])
    f = sigmoid(zx[:, H:2*H] + zh[:, H:2*H])
    g = np.tanh(zx[:, 2*H:3*H] + zh[:, 2*H:3*H])
    o = sigmoid(zx[:, 3*H:])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
""",
    [
        (
            "output gate forgets the recurrent term h @ W_ho.T + b_ho",
            [
                {"any": ["output gate", "o gate", "gate o"]},
                {"any": ["recurrent", "W_hh", "h_{t-1}", "W_ho"]},
            ],
        )
    ],
)
E(
    "cell_double_nobhh_notanh",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_next = f * c + i * g
    return o * c_next, c_next
""",
    [("forgets b_hh", ["b_hh"]), ("h_next = o*c_next without tanh", ["tanh"])],
)
E(
    "cell_double_swap_ret",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c_next = i * c + f * g
    return c_next, o * np.tanh(c_next)
""",
    [
        ("i and f swapped in the c update", [{"any": ["forget", "swap", "i and f", "f and i"]}]),
        ("returns (c, h)", [{"any": ["order", "swap", "first"]}]),
    ],
)
E(
    "cell_double_inplace_gorder",
    "lstm_cell",
    SIG
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, o, g = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c *= f
    c += i * g
    return o * np.tanh(c), c
""",
    [
        ("reads blocks in order i,f,o,g", [{"any": ["order", "swap", "block"]}]),
        ("changes c in place", [{"any": MOD}]),
    ],
)

# ---------------------------------------------------------------- lstm_layer
E(
    "layer_ok_loop",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.swapaxes(x, 0, 1)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.zeros((T, B, H))
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    correct=True,
)
E(
    "layer_ok_precompute",
    "lstm_layer",
    """
import numpy as np
def sigm(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.moveaxis(x, 1, 0) if batch_first else x
    T, B, I = xs.shape
    H = W_hh.shape[-1]
    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)
    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)
    Xp = np.einsum("tbi,gi->tbg", xs, W_ih) + b_ih + b_hh      # all input terms at once
    hs = []
    for t in range(T):
        z = Xp[t] + h @ W_hh.T
        i, f, g, o = z[:, :H], z[:, H:2*H], z[:, 2*H:3*H], z[:, 3*H:]
        c = sigm(f) * c + sigm(i) * np.tanh(g)
        h = sigm(o) * np.tanh(c)
        hs.append(h)
    out = np.stack(hs, axis=1 if batch_first else 0)
    return out, (h, c)
""",
    correct=True,
)
E(
    "layer_ignores_batch_first",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    B, H = x.shape[1], W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    [("ignores batch_first", ["batch_first"])],
)
E(
    "layer_bf_out_not_back",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    B, H = x.shape[1], W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    [("with batch_first, out is not transposed back to (B, T, H)", ["batch_first", "out"])],
)
E(
    "layer_bf_reshape",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        B, T, I = x.shape
        x = x.reshape(T, B, I)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    if batch_first:
        out = out.reshape(B, T, H)
    return out, (h, c)
""",
    [
        (
            "uses reshape instead of transpose for batch_first",
            ["batch_first", {"any": ["reshape", "transpos", "swapaxes"]}],
        )
    ],
)
E(
    "layer_none_crash",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    h, c = h0, c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    if batch_first:
        out = np.transpose(out, (1, 0, 2))
    return out, (h, c)
""",
    [("does not handle h0/c0 = None", ["None"])],
)
E(
    "layer_no_carry",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    if h0 is None: h0 = np.zeros((B, H))
    if c0 is None: c0 = np.zeros((B, H))
    outs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)
""",
    [
        (
            "every step restarts from (h0, c0): the state is not carried",
            [{"any": ["carr", "previous step", "h_{t-1}", "from one step", "initial state"]}],
        )
    ],
)
E(
    "layer_skip_first",
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
    out = np.zeros((T, B, H))
    out[0] = h
    for t in range(1, T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)
""",
    [
        (
            "starts the loop at t=1: step 0 is never computed, out[0] = h0",
            [{"any": ["step 0", "t = 0", "t=0", "first step", "x_0", "x[0]"]}],
        )
    ],
)
E(
    "layer_drop_last",
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
    out = [h]
    for t in range(T - 1):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    out = np.stack(out)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)
""",
    [
        (
            "out holds h_{t-1} (starts with h0) and misses the last step",
            [{"any": ["h0", "last step", "T-1", "T - 1", "shifted", "one step", "off by one"]}],
        )
    ],
)
E(
    "layer_hn_first",
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
    return (out.transpose(1, 0, 2) if batch_first else out), (hs[0], cs[0])
""",
    [("returns the state after step 0 as (h_n, c_n)", ["h_n"])],
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
    out = np.empty((T, B, H))
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (out.transpose(1, 0, 2) if batch_first else out), (out[-1], out[-1])
""",
    [("returns h as c_n", ["c_n"])],
)
E(
    "layer_alias_inplace",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0.copy()
    c = np.zeros((B, H)) if c0 is None else c0.copy()
    outs = []
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h[:] = hn
        c[:] = cn
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)
""",
    [
        (
            "appends the same array every step: every out[t] equals the last h",
            [{"any": ["same", "copy", "alias", "every step", "all steps", "identical"]}],
        )
    ],
)
E(
    "layer_mutates_h0",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    if h0 is None: h0 = np.zeros((B, H))
    if c0 is None: c0 = np.zeros((B, H))
    out = np.zeros((T, B, H))
    for t in range(T):
        h_new, c_new = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)
        h0[...] = h_new
        c0[...] = c_new
        out[t] = h0
    return (out.transpose(1, 0, 2) if batch_first else out), (h0.copy(), c0.copy())
""",
    [("writes the state into the caller's h0/c0", [{"any": MOD}])],
)
E(
    "layer_list_out",
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
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    if batch_first:
        out = [list(r) for r in zip(*out)]
    return out, (h, c)
""",
    [("returns out as a Python list", [{"any": ["list", "ndarray", "array"]}])],
)
E(
    "layer_double_none_bf",
    "lstm_layer",
    CELL
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    h, c = h0, c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    [("no handling of h0=None", ["None"]), ("ignores batch_first", ["batch_first"])],
)
E(
    "layer_double_skip_cn",
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
    out = np.zeros((T, B, H))
    out[0] = h
    for t in range(1, T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (out.transpose(1, 0, 2) if batch_first else out), (h, h)
""",
    [
        ("skips step 0", [{"any": ["step 0", "t = 0", "t=0", "first step", "x_0", "x[0]"]}]),
        ("returns h as c_n", ["c_n"]),
    ],
)

# ---------------------------------------------------------------- ScratchLSTM
SCRATCH = (
    SIG
    + """

class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.bidirectional = bidirectional
        self.D = 2 if bidirectional else 1
        rng = np.random.default_rng(seed)
        H = hidden_size
        k = 1.0 / np.sqrt(H)
        self.params = {}
        for layer in range(num_layers):
            I_k = input_size if layer == 0 else H * self.D
            for d in range(self.D):
                sfx = "_reverse" if d == 1 else ""
                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, I_k))
                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, H))
                if bias:
                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H,))
                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H,))

    def state_dict(self):
        return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}

    def load_state_dict(self, state):
        missing = set(self.params) - set(state)
        extra = set(state) - set(self.params)
        if missing or extra:
            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
        for name, v in state.items():
            if np.shape(v) != self.params[name].shape:
                raise ValueError(f"{name}: shape {np.shape(v)}, expected {self.params[name].shape}")
            self.params[name] = np.array(v, dtype=np.float64, copy=True)

    def _step(self, x, h, c, layer, sfx):
        p = self.params
        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ p[f"weight_hh_l{layer}{sfx}"].T
        if self.bias:
            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]
        H = self.hidden_size
        i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
        c = f * c + i * g
        return o * np.tanh(c), c

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        T, B, _ = x.shape
        H, D, L = self.hidden_size, self.D, self.num_layers
        if hx is None:
            h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))
        else:
            h0, c0 = hx
        h_n = np.zeros((L * D, B, H)); c_n = np.zeros((L * D, B, H))
        inp = x
        for layer in range(L):
            outs = []
            for d in range(D):
                sfx = "_reverse" if d == 1 else ""
                h, c = h0[layer * D + d], c0[layer * D + d]
                seq = np.zeros((T, B, H))
                steps = range(T) if d == 0 else range(T - 1, -1, -1)
                for t in steps:
                    h, c = self._step(inp[t], h, c, layer, sfx)
                    seq[t] = h
                h_n[layer * D + d] = h
                c_n[layer * D + d] = c
                outs.append(seq)
            inp = np.concatenate(outs, axis=2)
        out = inp
        if self.batch_first:
            out = out.transpose(1, 0, 2)
        return out, (h_n, c_n)
"""
)


def S(old, new, src=None):
    src = SCRATCH if src is None else src
    assert old in src, old
    return src.replace(old, new)


E("scratch_ok_main", "ScratchLSTM", SCRATCH, correct=True)
E(
    "scratch_ok_attrs_fused",
    "ScratchLSTM",
    """
import numpy as np

def _sigmoid(v):
    return 0.5 * (1.0 + np.tanh(0.5 * v))

class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.I, self.H, self.L = input_size, hidden_size, num_layers
        self.use_bias, self.batch_first = bias, batch_first
        self.dirs = ["", "_reverse"] if bidirectional else [""]
        gen = np.random.default_rng(seed)
        bound = hidden_size ** -0.5
        self._w = {}
        for l in range(num_layers):
            width = input_size if l == 0 else hidden_size * len(self.dirs)
            for s in self.dirs:
                shapes = [("weight_ih", (4 * hidden_size, width)), ("weight_hh", (4 * hidden_size, hidden_size))]
                if bias:
                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]
                for base, shp in shapes:
                    self._w[f"{base}_l{l}{s}"] = gen.uniform(-bound, bound, shp)

    def state_dict(self):
        return {k: v.astype(np.float64).copy() for k, v in self._w.items()}

    def load_state_dict(self, state):
        if set(state) != set(self._w):
            raise KeyError("keys differ: " + str(sorted(set(state) ^ set(self._w))))
        new = {}
        for k, v in state.items():
            v = np.array(v, dtype=np.float64)
            if v.shape != self._w[k].shape:
                raise ValueError(f"{k} has shape {v.shape}, expected {self._w[k].shape}")
            new[k] = v
        self._w = new

    def _run(self, xs, h, c, l, s):
        W_ih, W_hh = self._w[f"weight_ih_l{l}{s}"], self._w[f"weight_hh_l{l}{s}"]
        b = self._w[f"bias_ih_l{l}{s}"] + self._w[f"bias_hh_l{l}{s}"] if self.use_bias else 0.0
        pre_x = np.einsum("tbi,gi->tbg", xs, W_ih) + b
        H = self.H
        hs = np.empty(xs.shape[:2] + (H,))
        for t in range(xs.shape[0]):
            z = pre_x[t] + h @ W_hh.T
            i, f, g, o = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), _sigmoid(z[:, 3*H:])
            c = f * c + i * g
            h = o * np.tanh(c)
            hs[t] = h
        return hs, h, c

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        if self.batch_first:
            x = np.swapaxes(x, 0, 1)
        B = x.shape[1]
        D = len(self.dirs)
        if hx is None:
            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))
        hs_final, cs_final = [], []
        layer_in = x
        for l in range(self.L):
            pieces = []
            for d, s in enumerate(self.dirs):
                xs = layer_in if d == 0 else layer_in[::-1]
                hs, h, c = self._run(xs, hx[0][l * D + d], hx[1][l * D + d], l, s)
                pieces.append(hs if d == 0 else hs[::-1])
                hs_final.append(h); cs_final.append(c)
            layer_in = np.concatenate(pieces, axis=-1)
        out = np.swapaxes(layer_in, 0, 1) if self.batch_first else layer_in
        return out, (np.stack(hs_final), np.stack(cs_final))
""",
    correct=True,
)
E(
    "scratch_sd_refs",
    "ScratchLSTM",
    S(
        "return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}",
        "return dict(self.params)",
    ),
    [
        (
            "state_dict returns the module's own arrays, not copies",
            [{"any": ["copy", "copies", "share", "same array"]}],
        )
    ],
)
E(
    "scratch_load_refs",
    "ScratchLSTM",
    S("self.params[name] = np.array(v, dtype=np.float64, copy=True)", "self.params[name] = v"),
    [
        (
            "load_state_dict keeps references to the given arrays",
            [{"any": ["copy", "copies", "later change", "share", "same array"]}],
        )
    ],
)
E(
    "scratch_init_1_over_H",
    "ScratchLSTM",
    S("k = 1.0 / np.sqrt(H)", "k = 1.0 / H"),
    [("init bound 1/H instead of 1/sqrt(H)", [{"any": ["sqrt", "√", "bound", "range"]}])],
)
E(
    "scratch_init_normal",
    "ScratchLSTM",
    S("rng.uniform(-k, k, size=(4 * H, I_k))", "rng.normal(0, k, size=(4 * H, I_k))"),
    [
        (
            "input weights drawn from a normal distribution, not uniform within the bound",
            [{"any": ["uniform", "bound", "range"]}],
        )
    ],
)
E(
    "scratch_no_seed",
    "ScratchLSTM",
    S("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()"),
    [("ignores seed", ["seed"])],
)
E(
    "scratch_bias_false_keys",
    "ScratchLSTM",
    S(
        """                if bias:
                    self.params[f"bias_ih""",
        """                if True:
                    self.params[f"bias_ih""",
    ),
    [("bias=False still creates bias parameters", ["bias"])],
)
E(
    "scratch_rev_suffix",
    "ScratchLSTM",
    S(
        'sfx = "_reverse" if d == 1 else ""\n                self.params',
        'sfx = "_rev" if d == 1 else ""\n                self.params',
    ).replace(
        'sfx = "_reverse" if d == 1 else ""\n                h, c',
        'sfx = "_rev" if d == 1 else ""\n                h, c',
    ),
    [("reverse parameters named _rev instead of _reverse", [{"any": ["_reverse", "key", "name"]}])],
)
E(
    "scratch_layer1_width_H",
    "ScratchLSTM",
    S("I_k = input_size if layer == 0 else H * self.D", "I_k = input_size if layer == 0 else H"),
    [
        (
            "layer k>0 input width H instead of D*H",
            [{"any": ["weight_ih_l1", "D * H", "D*H", "2H", "2 * H", "width", "input size"]}],
        )
    ],
)
E(
    "scratch_rev_not_flipped",
    "ScratchLSTM",
    S(
        """                for t in steps:
                    h, c = self._step(inp[t], h, c, layer, sfx)
                    seq[t] = h""",
        """                for n, t in enumerate(steps):
                    h, c = self._step(inp[t], h, c, layer, sfx)
                    seq[n] = h""",
    ),
    [
        (
            "reverse outputs stored in reading order, not put back in time order",
            ["reverse", {"any": ["order", "flip", "time", "index"]}],
        )
    ],
)
E(
    "scratch_rows_dir_major",
    "ScratchLSTM",
    S(
        """                h_n[layer * D + d] = h
                c_n[layer * D + d] = c""",
        """                h_n[d * L + layer] = h
                c_n[d * L + layer] = c""",
    ).replace(
        "h, c = h0[layer * D + d], c0[layer * D + d]", "h, c = h0[d * L + layer], c0[d * L + layer]"
    ),
    [("h_0/h_n rows ordered direction-major instead of layer-major", [{"any": ["row", "order"]}])],
)
E(
    "scratch_rev_final_wrong",
    "ScratchLSTM",
    S(
        """                h_n[layer * D + d] = h
                c_n[layer * D + d] = c""",
        """                h_n[layer * D + d] = seq[-1]
                c_n[layer * D + d] = c""",
    ),
    [
        (
            "reverse direction's h_n taken from out[-1] instead of its final state",
            ["reverse", {"any": ["final", "h_n", "out[0", "last"]}],
        )
    ],
)
E(
    "scratch_ignores_hx",
    "ScratchLSTM",
    S(
        """        if hx is None:
            h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))
        else:
            h0, c0 = hx""",
        """        h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))""",
    ),
    [("ignores hx", [{"any": ["hx", "h_0", "initial state"]}])],
)
E(
    "scratch_ignores_batch_first",
    "ScratchLSTM",
    S(
        """        if self.batch_first:
            x = x.transpose(1, 0, 2)""",
        "",
    ).replace(
        """        if self.batch_first:
            out = out.transpose(1, 0, 2)""",
        "",
    ),
    [("ignores batch_first", ["batch_first"])],
)
E(
    "scratch_layers_read_x",
    "ScratchLSTM",
    S(
        "            inp = np.concatenate(outs, axis=2)",
        "            last = np.concatenate(outs, axis=2)",
    )
    .replace("        out = inp\n", "        out = last\n")
    .replace("I_k = input_size if layer == 0 else H * self.D", "I_k = input_size"),
    [
        (
            "every layer reads x instead of the previous layer's out",
            [{"any": ["previous layer", "layer k-1", "k-1", "layer 0's out", "previous"]}],
        )
    ],
)
E(
    "scratch_hn_list",
    "ScratchLSTM",
    S("return out, (h_n, c_n)", "return out, ([r for r in h_n], [r for r in c_n])"),
    [("returns h_n, c_n as lists", [{"any": ["list", "ndarray", "array"]}])],
)
E(
    "scratch_float32_params",
    "ScratchLSTM",
    S(
        "return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}",
        "return {name: np.array(v, dtype=np.float32) for name, v in self.params.items()}",
    ),
    [("state_dict returns float32 arrays", [{"any": ["float64", "float32", "dtype"]}])],
)
E(
    "scratch_constant_init",
    "ScratchLSTM",
    S(
        """                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, I_k))
                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, H))""",
        """                self.params[f"weight_ih_l{layer}{sfx}"] = np.full((4 * H, I_k), rng.uniform(-k, k))
                self.params[f"weight_hh_l{layer}{sfx}"] = np.full((4 * H, H), rng.uniform(-k, k))""",
    ),
    [
        (
            "fills each weight matrix with one random value",
            [{"any": ["equal", "same value", "constant", "identical"]}],
        )
    ],
)
E(
    "scratch_rev_only_forward_to_next",
    "ScratchLSTM",
    S("            inp = np.concatenate(outs, axis=2)", "            inp = outs[0]")
    .replace("        out = inp\n", "        out = np.concatenate(outs, axis=2)\n")
    .replace(
        "I_k = input_size if layer == 0 else H * self.D", "I_k = input_size if layer == 0 else H"
    ),
    [
        (
            "layer k>0 reads only the forward direction's output",
            [{"any": ["both directions", "D * H", "D*H", "2H", "reverse", "concat"]}],
        )
    ],
)
E(
    "scratch_double_sdrefs_seed",
    "ScratchLSTM",
    S(
        "return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}",
        "return self.params",
        S("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()"),
    ),
    [
        (
            "state_dict returns the internal dict itself",
            [{"any": ["copy", "copies", "new dict", "share", "same"]}],
        ),
        ("ignores seed", ["seed"]),
    ],
)
E(
    "scratch_double_revflip_rows",
    "ScratchLSTM",
    S(
        """                for t in steps:
                    h, c = self._step(inp[t], h, c, layer, sfx)
                    seq[t] = h""",
        """                for n, t in enumerate(steps):
                    h, c = self._step(inp[t], h, c, layer, sfx)
                    seq[n] = h""",
        S(
            """                h_n[layer * D + d] = h
                c_n[layer * D + d] = c""",
            """                h_n[d * L + layer] = h
                c_n[d * L + layer] = c""",
        ).replace(
            "h, c = h0[layer * D + d], c0[layer * D + d]",
            "h, c = h0[d * L + layer], c0[d * L + layer]",
        ),
    ),
    [
        (
            "reverse outputs not put back in time order",
            ["reverse", {"any": ["order", "flip", "time", "index"]}],
        ),
        ("state rows direction-major", [{"any": ["row", "order"]}]),
    ],
)
E(
    "scratch_double_nobiasflag_hx",
    "ScratchLSTM",
    S(
        """        if self.bias:
            a = a + p""",
        """        if f"bias_ih_l{layer}{sfx}" in p:
            a = a + p""",
        S(
            """                if bias:
                    self.params[f"bias_ih""",
            """                if True:
                    self.params[f"bias_ih""",
            S(
                """        if hx is None:
            h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))
        else:
            h0, c0 = hx""",
                """        h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))""",
            ),
        ),
    ),
    [
        ("bias=False still creates bias parameters", ["bias"]),
        ("ignores hx", [{"any": ["hx", "h_0", "initial state"]}]),
    ],
)
E(
    "scratch_double_layers_init",
    "ScratchLSTM",
    S(
        "k = 1.0 / np.sqrt(H)",
        "k = 1.0 / np.sqrt(input_size)",
        S(
            "I_k = input_size if layer == 0 else H * self.D",
            "I_k = input_size if layer == 0 else H",
        ),
    ),
    [
        (
            "init bound uses input_size instead of hidden_size",
            [{"any": ["sqrt", "√", "bound", "range", "hidden_size"]}],
        ),
        (
            "layer k>0 width H instead of D*H",
            [{"any": ["weight_ih_l1", "D * H", "D*H", "2H", "2 * H", "width", "input size"]}],
        ),
    ],
)

# ---------------------------------------------------------------- bilstm_layer
E(
    "bi_ok_flip",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    correct=True,
)
E(
    "bi_ok_index_loop",
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
    for t in reversed(range(T)):
        h, c = lstm_cell(x[t], h, c, *bwd)
        out[t, :, H:] = h
    h_n = np.empty((2, B, H)); c_n = np.empty((2, B, H))
    h_n[0], h_n[1] = hf, h
    c_n[0], c_n[1] = cf, c
    return out, (h_n, c_n)
""",
    correct=True,
)
E(
    "bi_not_flipped_back",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        (
            "backward outputs not put back in time order",
            [{"any": ["backward", "reverse"]}, {"any": ["order", "flip", "time", "index"]}],
        )
    ],
)
E(
    "bi_no_reverse_input",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x, h0[1], c0[1], *bwd)
    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        (
            "backward direction reads x forwards",
            [
                {"any": ["backward", "reverse"]},
                {"any": ["x_{T-1}", "from the end", "order", "revers", "backwards"]},
            ],
        )
    ],
)
E(
    "bi_hn_from_out_last",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=2)
    H = hf.shape[1]
    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])
    return out, (h_n, np.stack([cf, cb]))
""",
    [
        (
            "backward h_n taken from out[-1] instead of its state after x_0",
            [{"any": ["backward", "reverse"]}, {"any": ["h_n", "final", "x_0", "out[0"]}],
        )
    ],
)
E(
    "bi_bwd_uses_fwd_weights",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)
    return np.concatenate([out_f, out_b[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [("backward direction uses the forward weights", [{"any": ["bwd", "weights", "own"]}])],
)
E(
    "bi_bwd_h0_row0",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([out_f, out_b[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        (
            "backward direction starts from row 0 of h0/c0",
            [{"any": ["h0[1]", "row 1", "initial", "h0"]}],
        )
    ],
)
E(
    "bi_concat_bwd_first",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([out_b[::-1], out_f], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        (
            "puts the backward half first in out",
            [{"any": ["forward first", "halves", "half", "order", "side"]}],
        )
    ],
)
E(
    "bi_cn_is_hn",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    h_n = np.stack([hf, hb])
    return np.concatenate([out_f, out_b[::-1]], axis=2), (h_n, h_n)
""",
    [("returns h_n as c_n", ["c_n"])],
)
E(
    "bi_stack_axis0",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_b[::-1]], axis=0)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [("concatenates along time instead of features: out (2T, B, H)", ["shape"])],
)
E(
    "bi_double_noflip_swaprows",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)
    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        (
            "backward outputs not put back in time order",
            [{"any": ["backward", "reverse"]}, {"any": ["order", "flip", "time", "index"]}],
        ),
        ("backward starts from h0[0]", [{"any": ["h0[1]", "row 1", "initial", "h0"]}]),
    ],
)
E(
    "bi_double_weights_cn",
    "bilstm_layer",
    LAYER
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)
    h_n = np.stack([hf, hb])
    return np.concatenate([out_f, out_b[::-1]], axis=2), (h_n, h_n)
""",
    [("backward uses fwd weights", [{"any": ["bwd", "weights", "own"]}]), ("c_n = h_n", ["c_n"])],
)

# ---------------------------------------------------------------- lstm_cell_backward
CBW = (
    CELL
    + """
def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
    c_next = f * c + i * g
    tc = np.tanh(c_next)
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    di = dc * g
    dg = dc * i
    df = dc * c
    dc_prev = dc * f
    da_i = di * i * (1 - i)
    da_f = df * f * (1 - f)
    da_g = dg * (1 - g ** 2)
    da_o = do * o * (1 - o)
    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc_prev,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": da.sum(axis=0),
        "b_hh": da.sum(axis=0),
    }
"""
)


def C(old, new, src=None):
    src = CBW if src is None else src
    assert old in src, old
    return src.replace(old, new)


E("cbw_ok_main", "lstm_cell_backward", CBW, correct=True)
E(
    "cbw_ok_separate",
    "lstm_cell_backward",
    SIG
    + """
def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[-1]
    blocks = lambda M: [M[k*H:(k+1)*H] for k in range(4)]
    Wi, Wf, Wg, Wo = blocks(W_ih)
    Ui, Uf, Ug, Uo = blocks(W_hh)
    bi, bf, bg, bo = [p + q for p, q in zip(blocks(b_ih), blocks(b_hh))]
    zi = x @ Wi.T + h @ Ui.T + bi
    zf = x @ Wf.T + h @ Uf.T + bf
    zg = x @ Wg.T + h @ Ug.T + bg
    zo = x @ Wo.T + h @ Uo.T + bo
    it, ft, gt, ot = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)
    ct = ft * c + it * gt
    th = np.tanh(ct)
    delta_c = dc_next + dh_next * ot * (1.0 - th * th)
    dzo = dh_next * th * ot * (1.0 - ot)
    dzi = delta_c * gt * it * (1.0 - it)
    dzf = delta_c * c * ft * (1.0 - ft)
    dzg = delta_c * it * (1.0 - gt * gt)
    dZ = [dzi, dzf, dzg, dzo]
    grads = {}
    grads["x"] = sum(d @ W for d, W in zip(dZ, (Wi, Wf, Wg, Wo)))
    grads["h"] = sum(d @ U for d, U in zip(dZ, (Ui, Uf, Ug, Uo)))
    grads["c"] = delta_c * ft
    grads["W_ih"] = np.vstack([d.T @ x for d in dZ])
    grads["W_hh"] = np.vstack([d.T @ h for d in dZ])
    grads["b_ih"] = np.concatenate([d.sum(0) for d in dZ])
    grads["b_hh"] = grads["b_ih"].copy()
    return grads
""",
    correct=True,
)
E(
    "cbw_ok_einsum",
    "lstm_cell_backward",
    """
import numpy as np
def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    s = lambda v: 0.5 * (1 + np.tanh(0.5 * v))
    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + b_hh
    B = z.shape[0]; H = z.shape[1] // 4
    z = z.reshape(B, 4, H)
    i, f, g, o = s(z[:, 0]), s(z[:, 1]), np.tanh(z[:, 2]), s(z[:, 3])
    cn = f * c + i * g
    tcn = np.tanh(cn)
    dct = dc_next + dh_next * o * (1 - tcn ** 2)
    dz = np.stack([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g ** 2), dh_next * tcn * o * (1 - o)], axis=1)
    dz = dz.reshape(B, 4 * H)
    return {"x": np.einsum("bg,gi->bi", dz, W_ih), "h": np.einsum("bg,gh->bh", dz, W_hh), "c": dct * f,
            "W_ih": np.einsum("bg,bi->gi", dz, x), "W_hh": np.einsum("bg,bh->gh", dz, h),
            "b_ih": dz.sum(0), "b_hh": dz.sum(0)}
""",
    correct=True,
)
E(
    "cbw_missing_o",
    "lstm_cell_backward",
    C("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next + dh_next * (1 - tc ** 2)"),
    [
        (
            "dc misses the factor o_t in dh * o * (1 - tanh^2 c)",
            [{"any": ["o_t", "output gate", "factor o", "* o", "⊙ o"]}],
        )
    ],
)
E(
    "cbw_no_dc_next",
    "lstm_cell_backward",
    C("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dh_next * o * (1 - tc ** 2)"),
    [
        (
            "forgets dc_next in the total cell gradient",
            [{"any": ["dc_next", "∂L/∂c_t", "dL/dc_t", "dL/dc"]}],
        )
    ],
)
E(
    "cbw_sigmoid_deriv",
    "lstm_cell_backward",
    C("da_f = df * f * (1 - f)", "da_f = df * (1 - f ** 2)"),
    [
        (
            "forget gate uses 1 - f^2 as the sigmoid's derivative",
            ["forget", {"any": ["sigmoid", "σ", "derivative"]}],
        )
    ],
)
E(
    "cbw_tanh_deriv_g",
    "lstm_cell_backward",
    C("da_g = dg * (1 - g ** 2)", "da_g = dg * g * (1 - g)"),
    [
        (
            "g uses the sigmoid derivative instead of tanh's",
            ["tanh", {"any": ["g_t", "candidate", "gate g", "g gate", "δg"]}],
        )
    ],
)
E(
    "cbw_dW_transposed",
    "lstm_cell_backward",
    C('"W_ih": da.T @ x,', '"W_ih": x.T @ da,'),
    [("W_ih gradient transposed: (I, 4H)", ["W_ih"])],
)
E(
    "cbw_db_not_summed",
    "lstm_cell_backward",
    C(
        """        "b_ih": da.sum(axis=0),
        "b_hh": da.sum(axis=0),""",
        """        "b_ih": da.mean(axis=0),
        "b_hh": da.mean(axis=0),""",
    ),
    [
        (
            "bias gradients averaged over the batch instead of summed",
            [{"any": ["sum", "mean", "averag"]}],
        )
    ],
)
E(
    "cbw_dh_uses_Wih",
    "lstm_cell_backward",
    C('"h": da @ W_hh,', '"h": da[:, :] @ W_ih[:, :h.shape[1]],'),
    [("dh uses W_ih instead of W_hh", ["W_hh"])],
)
E(
    "cbw_dc_prev_no_f",
    "lstm_cell_backward",
    C("dc_prev = dc * f", "dc_prev = dc"),
    [("dL/dc_{t-1} misses the factor f_t", [{"any": ["f_t", "forget", "⊙ f", "* f"]}])],
)
E(
    "cbw_bhh_zero",
    "lstm_cell_backward",
    C('"b_hh": da.sum(axis=0),', '"b_hh": np.zeros_like(b_hh),'),
    [("b_hh gradient left at zero", ["b_hh"])],
)
E(
    "cbw_order_ifog",
    "lstm_cell_backward",
    C(
        "da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)",
        "da = np.concatenate([da_i, da_f, da_o, da_g], axis=1)",
    ),
    [("gradient blocks concatenated in order i,f,o,g", [{"any": ["order", "block", "swap"]}])],
)
E(
    "cbw_df_uses_cnext",
    "lstm_cell_backward",
    C("df = dc * c\n", "df = dc * c_next\n"),
    [("δf uses c_t instead of c_{t-1}", ["forget"])],
)
E(
    "cbw_di_uses_c",
    "lstm_cell_backward",
    C("di = dc * g\n", "di = dc * c\n"),
    [("δi = δc ⊙ c instead of δc ⊙ g", [{"any": ["input gate", "δi", "i_t", "gate i", "i gate"]}])],
)
E(
    "cbw_key_name",
    "lstm_cell_backward",
    C('"h": da @ W_hh,', '"h_prev": da @ W_hh,').replace('"c": dc_prev,', '"c_prev": dc_prev,'),
    [("uses keys h_prev/c_prev instead of h/c", ["key"])],
)
E(
    "cbw_inplace_dh",
    "lstm_cell_backward",
    C(
        "dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc",
        "dh_next *= o\n    dc = dc_next + dh_next * (1 - tc ** 2)\n    do = dh_next / o * tc",
    ),
    [("changes the caller's dh_next in place", [{"any": MOD}])],
)
E(
    "cbw_do_missing_sigma_deriv",
    "lstm_cell_backward",
    C("da_o = do * o * (1 - o)", "da_o = do"),
    [
        (
            "output gate's pre-activation gradient misses σ'(o)",
            [{"any": ["output gate", "o_t", "gate o", "o gate", "δo"]}],
        )
    ],
)
E(
    "cbw_double_noO_bhh",
    "lstm_cell_backward",
    C(
        "dc = dc_next + dh_next * o * (1 - tc ** 2)",
        "dc = dc_next + dh_next * (1 - tc ** 2)",
        C('"b_hh": da.sum(axis=0),', '"b_hh": np.zeros_like(b_hh),'),
    ),
    [
        ("dc misses o_t", [{"any": ["o_t", "output gate", "factor o", "* o", "⊙ o"]}]),
        ("b_hh gradient zero", ["b_hh"]),
    ],
)
E(
    "cbw_double_dcnext_dWT",
    "lstm_cell_backward",
    C(
        "dc = dc_next + dh_next * o * (1 - tc ** 2)",
        "dc = dh_next * o * (1 - tc ** 2)",
        C('"W_ih": da.T @ x,', '"W_ih": x.T @ da,'),
    ),
    [
        ("forgets dc_next", [{"any": ["dc_next", "∂L/∂c_t", "dL/dc_t", "dL/dc"]}]),
        ("W_ih gradient transposed", ["W_ih"]),
    ],
)
E(
    "cbw_double_gderiv_fprev",
    "lstm_cell_backward",
    C("da_g = dg * (1 - g ** 2)", "da_g = dg * g * (1 - g)", C("dc_prev = dc * f", "dc_prev = dc")),
    [
        (
            "g uses sigmoid derivative",
            ["tanh", {"any": ["g_t", "candidate", "gate g", "g gate", "δg"]}],
        ),
        ("dc_prev misses f", [{"any": ["f_t", "forget", "⊙ f", "* f"]}]),
    ],
)

# ---------------------------------------------------------------- lstm_layer_backward
LBW = (
    CBW
    + """
def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, _ = x.shape
    H = h0.shape[1]
    hs, cs = [h0], [c0]
    h, c = h0, c0
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h); cs.append(c)
    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()
    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()
    grads = {"x": np.zeros_like(x, dtype=float), "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),
             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        grads["x"][t] = g["x"]
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] += g[k]
        dh, dc = g["h"], g["c"]
    grads["h0"] = dh
    grads["c0"] = dc
    return grads
"""
)


def LB(old, new, src=None):
    src = LBW if src is None else src
    assert old in src, old
    return src.replace(old, new)


E("lbw_ok_main", "lstm_layer_backward", LBW, correct=True)
E(
    "lbw_ok_lists_reversed",
    "lstm_layer_backward",
    CBW
    + """
def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T = x.shape[0]
    states = []
    h, c = h0, c0
    for t in range(T):
        states.append((h, c))
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
    carry_h = np.zeros_like(h0) if dh_n is None else np.asarray(dh_n, dtype=float)
    carry_c = np.zeros_like(c0) if dc_n is None else np.asarray(dc_n, dtype=float)
    dxs = []
    acc = None
    for t in reversed(range(T)):
        hp, cp = states[t]
        step = lstm_cell_backward(carry_h + dout[t], carry_c, x[t], hp, cp, W_ih, W_hh, b_ih, b_hh)
        dxs.append(step["x"])
        if acc is None:
            acc = {k: step[k].copy() for k in ("W_ih", "W_hh", "b_ih", "b_hh")}
        else:
            acc = {k: acc[k] + step[k] for k in acc}
        carry_h, carry_c = step["h"], step["c"]
    acc["x"] = np.stack(dxs[::-1])
    acc["h0"] = carry_h
    acc["c0"] = carry_c
    return acc
""",
    correct=True,
)
E(
    "lbw_overwrite_weights",
    "lstm_layer_backward",
    LB("            grads[k] += g[k]", "            grads[k] = g[k]"),
    [("weight gradients overwritten each step instead of summed", ["sum"])],
)
E(
    "lbw_no_dout",
    "lstm_layer_backward",
    LB("g = lstm_cell_backward(dh + dout[t], dc,", "g = lstm_cell_backward(dh, dc,"),
    [("never adds dout[t]", ["dout"])],
)
E(
    "lbw_no_recurrence",
    "lstm_layer_backward",
    LB('        dh, dc = g["h"], g["c"]', '        dc = g["c"]\n        dh = np.zeros_like(dh)'),
    [
        (
            "drops the gradient flowing back through h from step t+1",
            [{"any": ["t+1", "t + 1", "recurren", "later step", "next step", '"h"']}],
        )
    ],
)
E(
    "lbw_ignores_dh_n",
    "lstm_layer_backward",
    LB("dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()", "dh = np.zeros((B, H))"),
    [("ignores dh_n", ["dh_n"])],
)
E(
    "lbw_ignores_dc_n",
    "lstm_layer_backward",
    LB("dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()", "dc = np.zeros((B, H))"),
    [("ignores dc_n", ["dc_n"])],
)
E(
    "lbw_dx_reversed",
    "lstm_layer_backward",
    LB('grads["x"][t] = g["x"]', 'grads["x"][T - 1 - t] = g["x"]'),
    [("dx stored in reversed time order", [{"any": ["order", "revers", "index"]}])],
)
E(
    "lbw_state_off_by_one",
    "lstm_layer_backward",
    LB("x[t], hs[t], cs[t],", "x[t], hs[t + 1], cs[t + 1],"),
    [
        (
            "step t's backward uses (h_t, c_t) instead of the state it started from",
            [
                {
                    "any": [
                        "h_{t-1}",
                        "started from",
                        "previous state",
                        "off by one",
                        "one step",
                        "state before",
                    ]
                }
            ],
        )
    ],
)
E(
    "lbw_stop_at_1",
    "lstm_layer_backward",
    LB("for t in range(T - 1, -1, -1):", "for t in range(T - 1, 0, -1):"),
    [("backward loop stops before step 0", [{"any": ["step 0", "t = 0", "t=0", "first step"]}])],
)
E(
    "lbw_none_crash",
    "lstm_layer_backward",
    LB("dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()", "dh = dh_n.copy()").replace(
        "dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()", "dc = dc_n.copy()"
    ),
    [("crashes when dh_n/dc_n are None", ["None"])],
)
E(
    "lbw_dc_reset",
    "lstm_layer_backward",
    LB('        dh, dc = g["h"], g["c"]', '        dh = g["h"]'),
    [
        (
            "the cell gradient from step t+1 is never passed back (dc stays dc_n)",
            [{"any": ['"c"', "cell", "dc", "c_t"]}],
        )
    ],
)
E(
    "lbw_mutates_dout",
    "lstm_layer_backward",
    LB(
        """        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)""",
        """        dout[t] += dh
        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)""",
    ),
    [("adds into the caller's dout", [{"any": MOD}])],
)
E(
    "lbw_h0_plus_dout0",
    "lstm_layer_backward",
    LB('    grads["h0"] = dh\n', '    grads["h0"] = dh + dout[0]\n'),
    [("h0's gradient adds dout[0] (out[0] is h_0, not h0)", ["h0"])],
)
E(
    "lbw_x_last_only",
    "lstm_layer_backward",
    LB('grads["x"][t] = g["x"]', 'grads["x"][:] = g["x"]'),
    [
        (
            "every x[t] gradient overwritten with the current step's",
            [{"any": ['"x"', "x[t]", "dx", "step"]}],
        )
    ],
)
E(
    "lbw_double_overwrite_dhn",
    "lstm_layer_backward",
    LB(
        "            grads[k] += g[k]",
        "            grads[k] = g[k]",
        LB("dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()", "dh = np.zeros((B, H))"),
    ),
    [("weight gradients overwritten", ["sum"]), ("ignores dh_n", ["dh_n"])],
)
E(
    "lbw_double_nodout_dxrev",
    "lstm_layer_backward",
    LB(
        "g = lstm_cell_backward(dh + dout[t], dc,",
        "g = lstm_cell_backward(dh, dc,",
        LB('grads["x"][t] = g["x"]', 'grads["x"][T - 1 - t] = g["x"]'),
    ),
    [("never adds dout[t]", ["dout"]), ("dx reversed", [{"any": ["order", "revers", "index"]}])],
)
E(
    "lbw_double_offby1_dcn",
    "lstm_layer_backward",
    LB(
        "x[t], hs[t], cs[t],",
        "x[t], hs[t + 1], cs[t + 1],",
        LB("dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()", "dc = np.zeros((B, H))"),
    ),
    [
        (
            "uses the state after step t",
            [
                {
                    "any": [
                        "h_{t-1}",
                        "started from",
                        "previous state",
                        "off by one",
                        "one step",
                        "state before",
                    ]
                }
            ],
        ),
        ("ignores dc_n", ["dc_n"]),
    ],
)

# ---------------------------------------------------------------- lstm_layer_lengths
LEN = (
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


def LN(old, new, src=None):
    src = LEN if src is None else src
    assert old in src, old
    return src.replace(old, new)


E("len_ok_mask", "lstm_layer_lengths", LEN, correct=True)
E(
    "len_ok_per_sequence",
    "lstm_layer_lengths",
    CELL
    + """
def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, H))
    h_n = np.zeros((B, H)); c_n = np.zeros((B, H))
    for b in range(B):
        h, c = h0[b:b+1], c0[b:b+1]
        for t in range(int(lengths[b])):
            h, c = lstm_cell(x[t, b:b+1], h, c, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = h[0]
        h_n[b], c_n[b] = h[0], c[0]
    return out, (h_n, c_n)
""",
    correct=True,
)
E(
    "len_ok_gather",
    "lstm_layer_lengths",
    CELL
    + """
def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    L = np.asarray(lengths, dtype=int)
    hs, cs = [], []
    h, c = h0, c0
    for t in range(int(L.max())):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h); cs.append(c)
    hs = np.stack(hs); cs = np.stack(cs)
    idx = np.arange(L.shape[0])
    h_n = hs[L - 1, idx]; c_n = cs[L - 1, idx]
    mask = (np.arange(T)[:, None] < L[None, :])[..., None]
    out = np.zeros((T,) + h0.shape)
    out[:hs.shape[0]] = hs
    return out * mask, (h_n, c_n)
""",
    correct=True,
)
E(
    "len_ignores_lengths",
    "lstm_layer_lengths",
    CELL
    + """
def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for x_t in x:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    [("ignores lengths entirely", ["length"])],
)
E(
    "len_out_not_zeroed",
    "lstm_layer_lengths",
    LN("out[t] = np.where(live, hn, 0.0)", "out[t] = h"),
    [("out past each length holds the frozen state instead of zeros", ["zero"])],
)
E(
    "len_state_not_frozen",
    "lstm_layer_lengths",
    LN(
        """        h = np.where(live, hn, h)
        c = np.where(live, cn, c)""",
        """        h, c = hn, cn""",
    ),
    [
        (
            "state keeps running over padding: h_n, c_n at T-1",
            [{"any": ["own last step", "lengths[b] - 1", "lengths[b]-1", "last step", "padding"]}],
        )
    ],
)
E(
    "len_off_by_one",
    "lstm_layer_lengths",
    LN("live = (t < lengths)[:, None]", "live = (t <= lengths)[:, None]"),
    [
        (
            "mask t <= lengths: one padding step too many",
            [
                {
                    "any": [
                        "off by one",
                        "lengths[b] - 1",
                        "lengths[b]-1",
                        "t < lengths",
                        "one step",
                        "one extra",
                        "padding",
                    ]
                }
            ],
        )
    ],
)
E(
    "len_c_not_frozen",
    "lstm_layer_lengths",
    LN("        c = np.where(live, cn, c)", "        c = cn"),
    [("c keeps running over padding (only h frozen)", [{"any": ["c_n", "cell state"]}])],
)
E(
    "len_out_shape_maxlen",
    "lstm_layer_lengths",
    LN(
        "    out = np.zeros((T, B, H))\n    for t in range(T):",
        "    T = int(lengths.max())\n    out = np.zeros((T, B, H))\n    for t in range(T):",
    ),
    [("out has max(lengths) steps instead of T", [{"any": ["shape", "T", "total_length"]}])],
)
E(
    "len_zero_x_still_steps",
    "lstm_layer_lengths",
    CELL
    + """
def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    x = x.copy()
    for b in range(B):
        x[lengths[b]:, b] = 0.0          # clean the padding
    h, c = h0, c0
    out = np.zeros((T, B, h0.shape[1]))
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h * (t < np.asarray(lengths))[:, None]
    return out, (h, c)
""",
    [
        (
            "zeroes the padding input but still steps over it: state changes",
            [{"any": ["padding", "own last step", "last step"]}],
        )
    ],
)
E(
    "len_mutates_x",
    "lstm_layer_lengths",
    LN(
        "    h, c = h0.copy(), c0.copy()\n",
        "    h, c = h0.copy(), c0.copy()\n    for b in range(B):\n        x[lengths[b]:, b] = 0.0\n",
    ),
    [("zeroes the caller's x in place", [{"any": MOD}])],
)
E(
    "len_hn_index_off",
    "lstm_layer_lengths",
    CELL
    + """
def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    hs, cs = [h0], [c0]
    h, c = h0, c0
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h); cs.append(c)
    hs = np.stack(hs[1:]); cs = np.stack(cs[1:])
    mask = (np.arange(T)[:, None] < lengths)[:, :, None]
    b = np.arange(B)
    return hs * mask, (hs[lengths - 2, b], cs[lengths - 2, b])
""",
    [
        (
            "h_n, c_n read at lengths-2 (one step early)",
            [{"any": ["off by one", "lengths[b] - 1", "lengths[b]-1", "one step", "last step"]}],
        )
    ],
)
E(
    "len_cn_at_T",
    "lstm_layer_lengths",
    LN("    return out, (h, c)\n", "    return out, (h, cn)\n"),
    [("c_n taken from the last padded step", ["c_n"])],
)
E(
    "len_double_notzero_notfrozen",
    "lstm_layer_lengths",
    LN(
        """        h = np.where(live, hn, h)
        c = np.where(live, cn, c)
        out[t] = np.where(live, hn, 0.0)""",
        """        h, c = hn, cn
        out[t] = hn""",
    ),
    [
        ("out not zeroed past lengths", ["zero"]),
        (
            "state runs over padding",
            [{"any": ["own last step", "lengths[b] - 1", "lengths[b]-1", "last step", "padding"]}],
        ),
    ],
)
E(
    "len_double_offby1_c",
    "lstm_layer_lengths",
    LN(
        "live = (t < lengths)[:, None]",
        "live = (t <= lengths)[:, None]",
        LN("        c = np.where(live, cn, c)", "        c = cn"),
    ),
    [
        (
            "mask t <= lengths",
            [
                {
                    "any": [
                        "off by one",
                        "lengths[b] - 1",
                        "lengths[b]-1",
                        "t < lengths",
                        "one step",
                        "one extra",
                        "padding",
                    ]
                }
            ],
        ),
        ("c not frozen", [{"any": ["c_n", "cell state"]}]),
    ],
)

# ---------------------------------------------------------------- bilstm_layer_lengths
LENFN = LEN
BIL = (
    LEN
    + """
def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    x_rev = np.zeros_like(x)
    for b in range(B):
        L = lengths[b]
        x_rev[:L, b] = x[:L, b][::-1]
    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)
    out_b = np.zeros_like(out_r)
    for b in range(B):
        L = lengths[b]
        out_b[:L, b] = out_r[:L, b][::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
"""
)


def BL(old, new, src=None):
    src = BIL if src is None else src
    assert old in src, old
    return src.replace(old, new)


E("bil_ok_main", "bilstm_layer_lengths", BIL, correct=True)
E(
    "bil_ok_loops",
    "bilstm_layer_lengths",
    CELL
    + """
def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))
    for b in range(B):
        n = int(lengths[b])
        h, c = h0[0, b:b+1], c0[0, b:b+1]
        for t in range(n):
            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)
            out[t, b, :H] = h[0]
        h_n[0, b], c_n[0, b] = h[0], c[0]
        h, c = h0[1, b:b+1], c0[1, b:b+1]
        for t in range(n - 1, -1, -1):
            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)
            out[t, b, H:] = h[0]
        h_n[1, b], c_n[1, b] = h[0], c[0]
    return out, (h_n, c_n)
""",
    correct=True,
)
E(
    "bil_ok_index_gather",
    "bilstm_layer_lengths",
    LEN
    + """
def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    L = np.asarray(lengths, dtype=int)
    t = np.arange(T)[:, None]
    src = np.where(t < L[None, :], L[None, :] - 1 - t, t)          # (T, B) per-sequence reversal index
    cols = np.arange(B)[None, :]
    x_rev = x[src, cols]
    out_f, (hf, cf) = lstm_layer_lengths(x, L, h0[0], c0[0], *fwd)
    out_r, (hb, cb) = lstm_layer_lengths(x_rev, L, h0[1], c0[1], *bwd)
    out_b = out_r[src, cols]
    out_b = out_b * (t < L[None, :])[..., None]
    return np.concatenate([out_f, out_b], -1), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    correct=True,
)
E(
    "bil_rev_from_T",
    "bilstm_layer_lengths",
    BL(
        """    x_rev = np.zeros_like(x)
    for b in range(B):
        L = lengths[b]
        x_rev[:L, b] = x[:L, b][::-1]
    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)
    out_b = np.zeros_like(out_r)
    for b in range(B):
        L = lengths[b]
        out_b[:L, b] = out_r[:L, b][::-1]""",
        """    out_r, (hb, cb) = lstm_layer_lengths(x[::-1], np.full(B, T), h0[1], c0[1], *bwd)
    out_b = out_r[::-1] * (np.arange(T)[:, None] < lengths)[:, :, None]""",
    ),
    [
        (
            "reverse direction starts at T-1 on padding, not at each sequence's last step",
            [
                "reverse",
                {
                    "any": [
                        "own last step",
                        "lengths[b] - 1",
                        "lengths[b]-1",
                        "padding",
                        "T - 1",
                        "T-1",
                    ]
                },
            ],
        )
    ],
)
E(
    "bil_rev_not_zeroed",
    "bilstm_layer_lengths",
    CELL
    + """
def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))
    for b in range(B):
        n = int(lengths[b])
        h, c = h0[0, b:b+1], c0[0, b:b+1]
        for t in range(n):
            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)
            out[t, b, :H] = h[0]
        h_n[0, b], c_n[0, b] = h[0], c[0]
        h, c = h0[1, b:b+1], c0[1, b:b+1]
        for t in range(n - 1, -1, -1):
            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)
            out[t, b, H:] = h[0]
        out[n:, b, H:] = h0[1, b]          # padding: the initial state
        h_n[1, b], c_n[1, b] = h[0], c[0]
    return out, (h_n, c_n)
""",
    [("reverse half past the length filled with h0 instead of zeros", ["zero"])],
)
E(
    "bil_rev_not_unflipped",
    "bilstm_layer_lengths",
    BL("        out_b[:L, b] = out_r[:L, b][::-1]", "        out_b[:L, b] = out_r[:L, b]"),
    [
        (
            "reverse outputs not put back in time order",
            ["reverse", {"any": ["order", "flip", "time", "index"]}],
        )
    ],
)
E(
    "bil_h0_rows_swapped",
    "bilstm_layer_lengths",
    BL(
        "out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)",
        "out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *fwd)",
    ).replace(
        "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
        "lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)",
    ),
    [("h0/c0 rows swapped between directions", [{"any": ["row", "h0"]}])],
)
E(
    "bil_rev_fwd_weights",
    "bilstm_layer_lengths",
    BL(
        "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
        "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *fwd)",
    ),
    [("reverse direction uses fwd weights", [{"any": ["bwd", "weights", "own"]}])],
)
E(
    "bil_concat_rev_first",
    "bilstm_layer_lengths",
    BL(
        "out = np.concatenate([out_f, out_b], axis=2)",
        "out = np.concatenate([out_b, out_f], axis=2)",
    ),
    [("reverse half first in out", [{"any": ["forward first", "half", "order", "side"]}])],
)
E(
    "bil_hn_rev_from_last_out",
    "bilstm_layer_lengths",
    BL(
        "return out, (np.stack([hf, hb]), np.stack([cf, cb]))",
        "H = hf.shape[1]\n    hb_wrong = out_b[lengths - 1, np.arange(B)]\n    return out, (np.stack([hf, hb_wrong]), np.stack([cf, cb]))",
    ),
    [
        (
            "reverse h_n read at step lengths-1 instead of after step 0",
            ["reverse", {"any": ["h_n", "after step 0", "step 0", "final", "out[0"]}],
        )
    ],
)
E(
    "bil_x_rev_whole_flip_then_mask",
    "bilstm_layer_lengths",
    BL("""        x_rev[:L, b] = x[:L, b][::-1]""", """        x_rev[:, b] = x[::-1, b]"""),
    [
        (
            "reverse input flipped over all T steps: reads padding first",
            [
                "reverse",
                {
                    "any": [
                        "own last step",
                        "lengths[b] - 1",
                        "lengths[b]-1",
                        "padding",
                        "T - 1",
                        "T-1",
                    ]
                },
            ],
        )
    ],
)
E(
    "bil_mutates_x",
    "bilstm_layer_lengths",
    BL(
        """    x_rev = np.zeros_like(x)
    for b in range(B):
        L = lengths[b]
        x_rev[:L, b] = x[:L, b][::-1]""",
        """    x_rev = x
    for b in range(B):
        L = lengths[b]
        x_rev[:L, b] = x[:L, b][::-1].copy()""",
    ),
    [
        (
            "reverses the caller's x in place (and the forward pass had already used it)",
            [{"any": MOD}],
        )
    ],
)
E(
    "bil_double_T_start_weights",
    "bilstm_layer_lengths",
    BL(
        """        x_rev[:L, b] = x[:L, b][::-1]""",
        """        x_rev[:, b] = x[::-1, b]""",
        BL(
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *fwd)",
        ),
    ),
    [
        (
            "reverse reads padding first",
            [
                "reverse",
                {
                    "any": [
                        "own last step",
                        "lengths[b] - 1",
                        "lengths[b]-1",
                        "padding",
                        "T - 1",
                        "T-1",
                    ]
                },
            ],
        ),
        ("reverse uses fwd weights", [{"any": ["bwd", "weights", "own"]}]),
    ],
)
E(
    "bil_double_unflip_rows",
    "bilstm_layer_lengths",
    BL(
        "        out_b[:L, b] = out_r[:L, b][::-1]",
        "        out_b[:L, b] = out_r[:L, b]",
        BL(
            "out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)",
            "out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *fwd)",
        ).replace(
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)",
        ),
    ),
    [
        (
            "reverse outputs not put back in time order",
            ["reverse", {"any": ["order", "flip", "time", "index"]}],
        ),
        ("h0 rows swapped", [{"any": ["row", "h0"]}]),
    ],
)

# ---------------------------------------------------------------- lstm_output_shapes
SHP = """
def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}
"""


def SH(old, new, src=None):
    src = SHP if src is None else src
    assert old in src, old
    return src.replace(old, new)


E("shp_ok_main", "lstm_output_shapes", SHP, correct=True)
E(
    "shp_ok_verbose",
    "lstm_output_shapes",
    """
def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    num_dirs = 1
    if bidirectional:
        num_dirs = 2
    h_size = hidden_size
    if proj_size:
        h_size = proj_size
    if batch_first:
        out_shape = (int(batch), int(seq_len), int(num_dirs * h_size))
    else:
        out_shape = (int(seq_len), int(batch), int(num_dirs * h_size))
    shapes = dict()
    shapes["out"] = out_shape
    shapes["h_n"] = (num_layers * num_dirs, batch, h_size)
    shapes["c_n"] = (num_layers * num_dirs, batch, hidden_size)
    return shapes
""",
    correct=True,
)
E(
    "shp_no_D_out",
    "lstm_output_shapes",
    SH(
        "D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "H_out) if batch_first else (seq_len, batch, H_out)",
    ),
    [
        (
            "out's last dim ignores bidirectional",
            [{"any": ["bidirectional", "D *", "D*", "2 *", "direction"]}],
        )
    ],
)
E(
    "shp_hn_no_D",
    "lstm_output_shapes",
    SH(
        '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers,',
        '"h_n": (num_layers, batch, H_out), "c_n": (num_layers,',
    ),
    [
        (
            "h_n/c_n first dim num_layers, forgetting D",
            [{"any": ["bidirectional", "D *", "D*", "direction", "2 *"]}],
        )
    ],
)
E(
    "shp_no_proj",
    "lstm_output_shapes",
    SH("H_out = proj_size if proj_size > 0 else hidden_size", "H_out = hidden_size"),
    [("ignores proj_size", ["proj"])],
)
E(
    "shp_proj_on_c",
    "lstm_output_shapes",
    SH('"c_n": (D * num_layers, batch, hidden_size)', '"c_n": (D * num_layers, batch, H_out)'),
    [("projects c_n too", ["c_n", "proj"])],
)
E(
    "shp_bf_on_hn",
    "lstm_output_shapes",
    SH(
        '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)',
        '"h_n": (batch, D * num_layers, H_out) if batch_first else (D * num_layers, batch, H_out), "c_n": (batch, D * num_layers, hidden_size) if batch_first else (D * num_layers, batch, hidden_size)',
    ),
    [("applies batch_first to h_n and c_n", ["batch_first", "h_n"])],
)
E(
    "shp_ignores_bf",
    "lstm_output_shapes",
    SH(
        "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "out = (seq_len, batch, D * H_out)",
    ),
    [("ignores batch_first", ["batch_first"])],
)
E(
    "shp_lists",
    "lstm_output_shapes",
    SH(
        'return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}',
        'return {"out": list(out), "h_n": [D * num_layers, batch, H_out], "c_n": [D * num_layers, batch, hidden_size]}',
    ),
    [("returns lists, not tuples", ["tuple"])],
)
E(
    "shp_out_layers",
    "lstm_output_shapes",
    SH(
        "D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "num_layers * D * H_out) if batch_first else (seq_len, batch, num_layers * D * H_out)",
    ),
    [("out's features multiplied by num_layers", ["num_layers"])],
)
E(
    "shp_floats",
    "lstm_output_shapes",
    SH("    D = 2 if bidirectional else 1\n", "    D = 2.0 if bidirectional else 1.0\n"),
    [("D as a float: shapes contain floats", [{"any": ["int", "float"]}])],
)
E(
    "shp_double_proj_bf",
    "lstm_output_shapes",
    SH(
        "H_out = proj_size if proj_size > 0 else hidden_size",
        "H_out = hidden_size",
        SH(
            "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
            "out = (seq_len, batch, D * H_out)",
        ),
    ),
    [("ignores proj_size", ["proj"]), ("ignores batch_first", ["batch_first"])],
)
E(
    "shp_double_D_lists",
    "lstm_output_shapes",
    SH(
        '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers,',
        '"h_n": [num_layers, batch, H_out], "c_n": [num_layers,',
    ).replace(", batch, hidden_size)}", ", batch, hidden_size]}"),
    [
        ("h_n first dim forgets D", [{"any": ["bidirectional", "D *", "D*", "direction", "2 *"]}]),
        ("h_n/c_n lists", ["tuple"]),
    ],
)

CHECKS = {
    "sigmoid": ("check_sigmoid", "sigmoid"),
    "lstm_gates": ("check_lstm_gates", "lstm_gates"),
    "lstm_cell": ("check_lstm_cell", "lstm_cell"),
    "lstm_layer": ("check_lstm_layer", "lstm_layer"),
    "ScratchLSTM": ("check_scratch_lstm", "ScratchLSTM"),
    "bilstm_layer": ("check_bilstm_layer", "bilstm_layer"),
    "lstm_cell_backward": ("check_lstm_cell_backward", "lstm_cell_backward"),
    "lstm_layer_backward": ("check_lstm_layer_backward", "lstm_layer_backward"),
    "lstm_layer_lengths": ("check_lstm_layer_lengths", "lstm_layer_lengths"),
    "bilstm_layer_lengths": ("check_bilstm_layer_lengths", "bilstm_layer_lengths"),
    "lstm_output_shapes": ("check_lstm_output_shapes", "lstm_output_shapes"),
}

assert len({e["id"] for e in ENTRIES}) == len(ENTRIES)
