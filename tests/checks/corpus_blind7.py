# ruff: noqa: E501, F541, W291, W293  (student code kept verbatim, as its author wrote it)
"""The seventh blind corpus, kept as its author wrote it (/work/blind7/corpus.py): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by an author
who never read lstm_ref, the tests or the other corpora, after the engine's fourth round; the
words a message must contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

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

ENTRIES = []


def A(any_words):
    return {"any": list(any_words)}


def M(what, *words):
    return {"what": what, "must_mention": list(words)}


def mut(src, *pairs):
    for old, new in pairs:
        assert old in src, (old, src[:200])
        src = src.replace(old, new, 1)
    return src


def add(id_, function, source, mistakes=(), correct=None):
    if correct is None:
        correct = not mistakes
    ENTRIES.append(
        {
            "id": id_,
            "function": function,
            "source": source,
            "mistakes": list(mistakes),
            "correct": correct,
        }
    )


MUTATE = A(["unchanged", "modif", "mutat", "in place", "in-place", "changed"])

# ----------------------------------------------------------------- helpers given in notebooks
SIG = '''import numpy as np


def sigmoid(z):
    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
'''
CELL = (
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)
    return h_next, c_next
"""
)
LAYER = (
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for x_t in x:  # t = 0 .. T-1
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
"""
)

# =================================================================== 1. sigmoid
SIG_A = """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.zeros(z.shape, dtype=np.float64)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1.0 + ez)
    return out
"""
SIG_B = """import numpy as np


def sigmoid(z):
    z = np.array(z, dtype=np.float64)
    # sigma(z) = 1/(1+e^-z) = exp(-log(1+e^-z))
    return np.exp(-np.logaddexp(0.0, -z))
"""
SIG_C = """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + np.tanh(0.5 * z))
"""
add("sig_ok_masks", "sigmoid", SIG_A)
add("sig_ok_logaddexp", "sigmoid", SIG_B)
add("sig_ok_tanh", "sigmoid", SIG_C)

add(
    "sig_naive",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))
""",
    [M("naive formula overflows for z=-1000", "overflow")],
)
add(
    "sig_where_both_branches",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    # stable: use the right formula on each side
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
    [M("np.where evaluates both branches: exp overflows", "overflow")],
)
add(
    "sig_clip10",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -10, 10)  # avoid overflow
    return 1.0 / (1.0 + np.exp(-z))
""",
    [M("clips z to [-10, 10]: saturates too early", A(["clip", "saturat", "cap", "limit"]))],
)
add(
    "sig_float32",
    "sigmoid",
    mut(SIG_A, ("return out", "return out.astype(np.float32)")),
    [M("returns float32", "float32")],
)
add(
    "sig_tanh_noscale",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    # sigmoid and tanh are related: no exp, no overflow
    return 0.5 * (1.0 + np.tanh(z))
""",
    [
        M(
            "tanh identity without z/2: computes sigma(2z)",
            A(["2z", "2 * z", "2·z", "z/2", "z / 2", "twice", "doubled", "scale", "factor"]),
        )
    ],
)
add(
    "sig_neg_branch_typo",
    "sigmoid",
    mut(SIG_A, ("out[neg] = ez / (1.0 + ez)", "out[neg] = ez / (1.0 + np.exp(-z[neg]))")),
    [
        M(
            "negative branch divides by 1+e^{-z} instead of 1+e^{z}",
            A(["negative", "z < 0", "z<0", "below 0", "e^{z}", "e^z"]),
        )
    ],
)
add(
    "sig_inplace_clip",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z)
    np.clip(z, -500, 500, out=z)  # keep exp in range
    return 1.0 / (1.0 + np.exp(-z))
""",
    [M("clips the caller's array in place", MUTATE)],
)
add(
    "sig_list",
    "sigmoid",
    """import math
import numpy as np


def sigmoid(z):
    res = []
    for v in np.ravel(z):
        if v >= 0:
            res.append(1.0 / (1.0 + math.exp(-v)))
        else:
            res.append(math.exp(v) / (1.0 + math.exp(v)))
    return res
""",
    [M("returns a flat Python list, not an array of z's shape", A(["list", "ndarray"]))],
)
add(
    "sig_naive_float32",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    return 1.0 / (1.0 + np.exp(-z))
""",
    [M("naive formula overflows", "overflow"), M("computes in float32", "float32")],
)

# =================================================================== 2. lstm_gates
G_OK1 = (
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
"""
)
G_OK2 = (
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    gates = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        pre = x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]
        gates.append(np.tanh(pre) if k == 2 else sigmoid(pre))
    i_t, f_t, g_t, o_t = gates
    return (i_t, f_t, g_t, o_t)
"""
)
add("gates_ok_split", "lstm_gates", G_OK1)
add("gates_ok_blocks", "lstm_gates", G_OK2)

add(
    "gates_order_ifog",
    "lstm_gates",
    mut(G_OK1, ("a_i, a_f, a_g, a_o = np.split", "a_i, a_f, a_o, a_g = np.split")),
    [
        M(
            "splits the blocks as i, f, o, g: g and o swapped",
            A(["order", "swap", "output gate", "3H:4H", "2H:3H"]),
        )
    ],
)
add(
    "gates_sigmoid_g",
    "lstm_gates",
    mut(G_OK1, ("np.tanh(a_g)", "sigmoid(a_g)")),
    [M("sigmoid instead of tanh for g", "tanh")],
)
add(
    "gates_no_T_hh_blocks",
    "lstm_gates",
    mut(G_OK2, ("h @ W_hh[rows].T", "h @ W_hh[rows]")),
    [M("per-gate hidden blocks not transposed", A(["transpose", ".T"]))],
)
add(
    "gates_no_bhh",
    "lstm_gates",
    mut(G_OK1, (" + h @ W_hh.T + b_hh", " + h @ W_hh.T")),
    [M("forgets b_hh", "b_hh")],
)
add(
    "gates_reshape_interleave",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    B = x.shape[0]
    H = W_hh.shape[1]
    z = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).reshape(B, H, 4)
    i = sigmoid(z[:, :, 0])
    f = sigmoid(z[:, :, 1])
    g = np.tanh(z[:, :, 2])
    o = sigmoid(z[:, :, 3])
    return i, f, g, o
""",
    [
        M(
            "reshape (B, H, 4) interleaves the gate blocks",
            A(["reshape", "interleav", "strided", "every 4th", "block"]),
        )
    ],
)
add(
    "gates_list",
    "lstm_gates",
    mut(G_OK2, ("return (i_t, f_t, g_t, o_t)", "return [i_t, f_t, g_t, o_t]")),
    [M("returns a list instead of a tuple", "tuple")],
)
add(
    "gates_naive_sigmoid",
    "lstm_gates",
    """import numpy as np


def sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = pre.shape[1] // 4
    return sig(pre[:, :H]), sig(pre[:, H:2 * H]), np.tanh(pre[:, 2 * H:3 * H]), sig(pre[:, 3 * H:])
""",
    [M("own naive sigmoid overflows", "overflow")],
)
add(
    "gates_Wih_for_h",
    "lstm_gates",
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    zx = x @ W_ih.T
    zh = h @ W_hh.T
    z = zx + zh + b_ih + b_hh
    i = sigmoid(z[:, 0:H])
    f = sigmoid(z[:, H:2 * H])
    g = np.tanh(z[:, 2 * H:3 * H])
    o = sigmoid(z[:, 3 * H:4 * H])
    f = sigmoid(zx[:, H:2 * H] + b_ih[H:2 * H] + b_hh[H:2 * H])  # recomputed forget gate
    return i, f, g, o
""",
    [
        M(
            "forget gate recomputed without the W_hh h term",
            A(["W_hh", "W_hf", "recurrent", "hidden"]),
            A(["forget"]),
        )
    ],
)
add(
    "gates_2x_nobhh_tanh_o",
    "lstm_gates",
    mut(G_OK1, (" + h @ W_hh.T + b_hh", " + h @ W_hh.T"), ("sigmoid(a_o)", "np.tanh(a_o)")),
    [
        M("forgets b_hh", "b_hh"),
        M("tanh on the output gate", "tanh", A(["output gate", "o_t", "gate o"])),
    ],
)
add(
    "gates_2x_swap_if_nobih",
    "lstm_gates",
    mut(
        G_OK1,
        ("a_i, a_f, a_g, a_o = np.split", "a_f, a_i, a_g, a_o = np.split"),
        ("x @ W_ih.T + b_ih + ", "x @ W_ih.T + "),
    ),
    [
        M("i and f blocks swapped", A(["order", "swap", "forget gate", "input gate"])),
        M("forgets b_ih", "b_ih"),
    ],
)
add(
    "gates_2x_sigmoid_g_noT",
    "lstm_gates",
    mut(
        G_OK2,
        ("h @ W_hh[rows].T", "h @ W_hh[rows]"),
        ("np.tanh(pre) if k == 2 else sigmoid(pre)", "sigmoid(pre)"),
    ),
    [M("hidden blocks not transposed", A(["transpose", ".T"])), M("sigmoid for g", "tanh")],
)

# =================================================================== 3. lstm_cell
C_OK1 = CELL
C_OK2 = (
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = (W_ih[k * H:(k + 1) * H] for k in range(4))
    W_hi, W_hf, W_hg, W_ho = (W_hh[k * H:(k + 1) * H] for k in range(4))
    b = b_ih + b_hh
    b_i, b_f, b_g, b_o = b[:H], b[H:2 * H], b[2 * H:3 * H], b[3 * H:]
    i_t = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)
    f_t = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)
    g_t = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)
    o_t = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)
    c_t = f_t * c + i_t * g_t
    h_t = o_t * np.tanh(c_t)
    return h_t, c_t
"""
)
C_OK3 = (
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # column-vector style: (4H, B)
    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]
    H = h.shape[1]
    gi = sigmoid(z[:H])
    gf = sigmoid(z[H:2 * H])
    gg = np.tanh(z[2 * H:3 * H])
    go = sigmoid(z[3 * H:])
    cn = gf * c.T + gi * gg
    hn = go * np.tanh(cn)
    return hn.T, cn.T
"""
)
add("cell_ok_given", "lstm_cell", C_OK1)
add("cell_ok_pergate", "lstm_cell", C_OK2)
add("cell_ok_columns", "lstm_cell", C_OK3)

add(
    "cell_no_input_gate",
    "lstm_cell",
    mut(C_OK2, ("c_t = f_t * c + i_t * g_t", "c_t = f_t * c + g_t")),
    [M("c_t = f c + g: input gate missing", A(["input gate", "i_t"]))],
)
add(
    "cell_h_no_tanh",
    "lstm_cell",
    mut(C_OK1, ("h_next = o * np.tanh(c_next)", "h_next = o * c_next")),
    [M("h = o * c, no tanh", "tanh")],
)
add(
    "cell_h_old_c",
    "lstm_cell",
    mut(C_OK2, ("h_t = o_t * np.tanh(c_t)", "h_t = o_t * np.tanh(c)")),
    [
        M(
            "h uses tanh of the previous cell state",
            A(["c_{t-1}", "previous", "old", "c_prev", "instead of c_t", "before"]),
        )
    ],
)
add(
    "cell_return_swapped",
    "lstm_cell",
    mut(C_OK2, ("return h_t, c_t", "return c_t, h_t")),
    [M("returns (c, h)", A(["swap", "order", "(c_next, h_next)", "c first", "reversed"]))],
)
add(
    "cell_mutates_c",
    "lstm_cell",
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = c.shape[1]
    i = sigmoid(gates[:, :H])
    f = sigmoid(gates[:, H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = sigmoid(gates[:, 3 * H:])
    c *= f
    c += i * g
    h_new = o * np.tanh(c)
    return h_new, c
""",
    [M("updates c in place", MUTATE)],
)
add(
    "cell_naive_sigmoid",
    "lstm_cell",
    """import numpy as np


def sigm(a):
    return 1 / (1 + np.exp(-a))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    c_next = sigm(f) * c + sigm(i) * np.tanh(g)
    return sigm(o) * np.tanh(c_next), c_next
""",
    [M("naive sigmoid overflows", "overflow")],
)
add(
    "cell_columns_not_back",
    "lstm_cell",
    mut(C_OK3, ("return hn.T, cn.T", "return hn, cn")),
    [M("returns (H, B): forgot to transpose back", A(["transpose", "(H, B)"]))],
)
add(
    "cell_double_tanh_g",
    "lstm_cell",
    mut(C_OK1, ("c_next = f * c + i * g", "c_next = f * c + i * np.tanh(g)")),
    [M("tanh applied twice to g", A(["twice", "tanh(tanh", "double"]))],
)
add(
    "cell_float32",
    "lstm_cell",
    mut(
        C_OK1,
        (
            "a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh",
            "a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).astype(np.float32)",
        ),
    ),
    [M("pre-activations cast to float32", "float32")],
)
add(
    "cell_one_minus_f",
    "lstm_cell",
    mut(C_OK2, ("c_t = f_t * c + i_t * g_t", "c_t = (1 - f_t) * c + i_t * g_t")),
    [M("uses 1 - f: forget gate read as 'how much to forget'", A(["forget gate", "1 - f", "1-f"]))],
)
add(
    "cell_io_swapped",
    "lstm_cell",
    mut(
        C_OK2,
        (
            "i_t = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)",
            "i_t = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)",
        ),
        (
            "o_t = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)",
            "o_t = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)",
        ),
    ),
    [M("input and output gates swapped", A(["input gate", "output gate", "swap"]))],
)
add(
    "cell_2x_notanh_nobhh",
    "lstm_cell",
    mut(
        C_OK1,
        ("h_next = o * np.tanh(c_next)", "h_next = o * c_next"),
        (" + h @ W_hh.T + b_hh", " + h @ W_hh.T"),
    ),
    [M("h = o * c, no tanh", "tanh"), M("forgets b_hh", "b_hh")],
)
add(
    "cell_2x_swapret_mutate",
    "lstm_cell",
    mut(
        ""
        + SIG
        + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = c.shape[1]
    i = sigmoid(gates[:, :H])
    f = sigmoid(gates[:, H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = sigmoid(gates[:, 3 * H:])
    c *= f
    c += i * g
    h_new = o * np.tanh(c)
    return h_new, c
""",
        ("return h_new, c", "return c, h_new"),
    ),
    [
        M("returns (c, h)", A(["swap", "order", "(c_next, h_next)", "c first", "reversed"])),
        M("updates c in place", MUTATE),
    ],
)
add(
    "cell_2x_io_swapped_naive",
    "lstm_cell",
    """import numpy as np


def sigm(a):
    return 1 / (1 + np.exp(-a))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    c_next = sigm(f) * c + sigm(o) * np.tanh(g)
    return sigm(i) * np.tanh(c_next), c_next
""",
    [
        M("input and output gates swapped", A(["input gate", "output gate", "swap"])),
        M("naive sigmoid overflows", "overflow"),
    ],
)
add(
    "cell_2x_bih_twice_tanh_i",
    "lstm_cell",
    mut(C_OK2, ("b = b_ih + b_hh", "b = b_ih + b_ih"), ("i_t = sigmoid(", "i_t = np.tanh(")),
    [
        M("adds b_ih twice, never b_hh", "b_hh"),
        M("tanh on the input gate", "tanh", A(["input gate", "i_t", "gate i"])),
    ],
)
add(
    "cell_2x_oneminusf_oldc",
    "lstm_cell",
    mut(
        C_OK2,
        ("c_t = f_t * c + i_t * g_t", "c_t = (1 - f_t) * c + i_t * g_t"),
        ("h_t = o_t * np.tanh(c_t)", "h_t = o_t * np.tanh(c)"),
    ),
    [
        M("uses 1 - f", A(["forget gate", "1 - f", "1-f"])),
        M(
            "h uses the old c",
            A(["c_{t-1}", "previous", "old", "c_prev", "instead of c_t", "before"]),
        ),
    ],
)

# =================================================================== 4. lstm_layer
L_OK1 = (
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.empty((T, B, H))
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = np.transpose(out, (1, 0, 2))
    return out, (h, c)
"""
)
L_OK2 = (
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    n_hidden = W_hh.shape[-1]
    if h0 is None:
        h0 = np.zeros((xs.shape[1], n_hidden))
    if c0 is None:
        c0 = np.zeros((xs.shape[1], n_hidden))
    hs = []
    h, c = h0, c0
    for x_t in xs:
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
    out = np.stack(hs, axis=1 if batch_first else 0)
    return out, (h, c)
"""
)
add("layer_ok_prealloc", "lstm_layer", L_OK1)
add("layer_ok_stack", "lstm_layer", L_OK2)

BF_WORDS = A(["transpose", "swap", "(B, T", "time axis", "axes", "axis"])
add(
    "layer_ignores_batch_first",
    "lstm_layer",
    mut(
        L_OK1,
        ("    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n", ""),
        ("    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n", ""),
    ),
    [M("never transposes for batch_first", BF_WORDS)],
)
add(
    "layer_no_none",
    "lstm_layer",
    mut(
        L_OK1,
        ("h = np.zeros((B, H)) if h0 is None else h0", "h = h0"),
        ("c = np.zeros((B, H)) if c0 is None else c0", "c = c0"),
    ),
    [M("does not handle h0=None / c0=None", "None")],
)
add(
    "layer_out_c",
    "lstm_layer",
    mut(L_OK1, ("out[t] = h", "out[t] = c")),
    [M("stacks c_t into out instead of h_t", A(["c_t", "cell state"]))],
)
add(
    "layer_range_T_minus_1",
    "lstm_layer",
    mut(L_OK2, ("for x_t in xs:", "for x_t in xs[:-1]:")),
    [M("loops over T-1 steps only", A(["T-1", "T - 1", "one step", "fewer", "range", "last"]))],
)
add(
    "layer_out_before_update",
    "lstm_layer",
    mut(
        L_OK1,
        (
            "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n",
            "        out[t] = h\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n",
        ),
    ),
    [
        M(
            "stores h_{t-1} at step t (out shifted by one)",
            A(
                [
                    "h_{t-1}",
                    "before",
                    "shift",
                    "previous",
                    "h0",
                    "one step late",
                    "off by one",
                    "off-by-one",
                ]
            ),
        )
    ],
)
add(
    "layer_hn_first",
    "lstm_layer",
    mut(L_OK1, ("return out, (h, c)", "return out, (out[0], c)")),
    [M("h_n taken from the first step", A(["first", "out[0]", "t = 0", "step 0"]))],
)
add(
    "layer_no_carry",
    "lstm_layer",
    mut(
        L_OK1,
        (
            "h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)",
            "h, c = lstm_cell(x[t], h0 if h0 is not None else np.zeros((B, H)), c0 if c0 is not None else np.zeros((B, H)), W_ih, W_hh, b_ih, b_hh)",
        ),
    ),
    [
        M(
            "every step restarts from (h0, c0): state not carried",
            A(["carry", "carri", "initial state", "reset", "h0", "restart"]),
        )
    ],
)
add(
    "layer_alias_buffer",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, I = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0.copy()
    c = np.zeros((B, H)) if c0 is None else c0.copy()
    outputs = []
    for t in range(T):
        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h[:] = h_new
        c[:] = c_new
        outputs.append(h)
    out = np.array(outputs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    [
        M(
            "appends the same buffer every step: out holds the last h everywhere",
            A(["alias", "same array", "copy", "every step", "all steps", "last step"]),
        )
    ],
)
add(
    "layer_bf_out_not_back",
    "lstm_layer",
    mut(L_OK1, ("    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n", "")),
    [
        M(
            "batch_first: out not transposed back to (B, T, H)",
            A(["transpose", "(B, T, H)", "swap", "axes", "back"]),
        )
    ],
)
add(
    "layer_float32_out",
    "lstm_layer",
    mut(L_OK1, ("out = np.empty((T, B, H))", "out = np.empty((T, B, H), dtype=np.float32)")),
    [M("out allocated as float32", "float32")],
)
add(
    "layer_flat_tuple",
    "lstm_layer",
    mut(L_OK2, ("return out, (h, c)", "return out, h, c")),
    [
        M(
            "returns (out, h_n, c_n) flat, not (out, (h_n, c_n))",
            A(["tuple", "(out, (h_n, c_n))", "nested", "3 items", "three", "2 items", "two"]),
        )
    ],
)
add(
    "layer_2x_none_bf",
    "lstm_layer",
    mut(
        L_OK1,
        ("h = np.zeros((B, H)) if h0 is None else h0", "h = h0"),
        ("c = np.zeros((B, H)) if c0 is None else c0", "c = c0"),
        ("    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n", ""),
        ("    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n", ""),
    ),
    [M("no None handling", "None"), M("ignores batch_first", BF_WORDS)],
)
add(
    "layer_2x_c_reset_float32",
    "lstm_layer",
    mut(
        L_OK1,
        (
            "h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)",
            "h, c = lstm_cell(x[t], h, c0 if c0 is not None else np.zeros((B, H)), W_ih, W_hh, b_ih, b_hh)",
        ),
        ("out = np.empty((T, B, H))", "out = np.empty((T, B, H), dtype=np.float32)"),
    ),
    [
        M("c restarts from c0 each step", A(["c0", "carry", "carri", "cell state", "c_{t-1}"])),
        M("out float32", "float32"),
    ],
)
add(
    "layer_2x_mutate_h0_outc",
    "lstm_layer",
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, I = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.zeros((T, B, H))
    for t in range(T):
        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h[...] = hn
        c[...] = cn
        out[t] = c
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
    [
        M("writes the state into h0/c0 in place", MUTATE),
        M("out stacks c_t", A(["c_t", "cell state"])),
    ],
)
add(
    "layer_2x_shift_hnfirst",
    "lstm_layer",
    mut(
        L_OK1,
        (
            "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n",
            "        out[t] = h\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n",
        ),
        ("return out, (h, c)", "return out, (out[-1], c)"),
    ),
    [
        M(
            "stores h_{t-1} at step t",
            A(
                [
                    "h_{t-1}",
                    "before",
                    "shift",
                    "previous",
                    "h0",
                    "one step late",
                    "off by one",
                    "off-by-one",
                ]
            ),
        ),
        M("h_n = out[-1] which is h_{T-2}", A(["h_n", "T-1", "T - 1", "final"])),
    ],
)

# =================================================================== 5. ScratchLSTM
S_OK = """import numpy as np


def _sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _step(x, h, c, Wi, Wh, bi, bh):
    a = x @ Wi.T + h @ Wh.T
    if bi is not None:
        a = a + bi + bh
    H = h.shape[1]
    i = _sig(a[:, :H])
    f = _sig(a[:, H:2 * H])
    g = np.tanh(a[:, 2 * H:3 * H])
    o = _sig(a[:, 3 * H:])
    c = f * c + i * g
    h = o * np.tanh(c)
    return h, c


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
            n_in = input_size if layer == 0 else H * self.D
            for d in range(self.D):
                sfx = "_reverse" if d == 1 else ""
                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, n_in))
                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, H))
                if bias:
                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H,))
                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H,))

    def state_dict(self):
        return {name: value.copy() for name, value in self.params.items()}

    def load_state_dict(self, state):
        missing = set(self.params) - set(state)
        extra = set(state) - set(self.params)
        if missing or extra:
            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
        new = {}
        for name, old in self.params.items():
            arr = np.array(state[name], dtype=np.float64)
            if arr.shape != old.shape:
                raise ValueError(f"{name}: shape {arr.shape}, expected {old.shape}")
            new[name] = arr
        self.params = new

    def _weights(self, layer, d):
        sfx = "_reverse" if d == 1 else ""
        p = self.params
        if self.bias:
            return (p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"],
                    p[f"bias_ih_l{layer}{sfx}"], p[f"bias_hh_l{layer}{sfx}"])
        return p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"], None, None

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        T, B, _ = x.shape
        H, D, L = self.hidden_size, self.D, self.num_layers
        if hx is None:
            h0 = np.zeros((L * D, B, H))
            c0 = np.zeros((L * D, B, H))
        else:
            h0, c0 = hx
        h_n = np.zeros((L * D, B, H))
        c_n = np.zeros((L * D, B, H))
        layer_in = x
        for layer in range(L):
            outs = []
            for d in range(D):
                W = self._weights(layer, d)
                h = h0[layer * D + d]
                c = c0[layer * D + d]
                steps = range(T) if d == 0 else range(T - 1, -1, -1)
                out_d = np.zeros((T, B, H))
                for t in steps:
                    h, c = _step(layer_in[t], h, c, *W)
                    out_d[t] = h
                h_n[layer * D + d] = h
                c_n[layer * D + d] = c
                outs.append(out_d)
            layer_in = np.concatenate(outs, axis=2)
        out = layer_in
        if self.batch_first:
            out = out.transpose(1, 0, 2)
        return out, (h_n, c_n)
"""
add("scratch_ok", "ScratchLSTM", S_OK)

# a second correct version, written differently (list-based reverse, separate lists of params)
S_OK2 = """import numpy as np


def stable_sigmoid(v):
    out = np.empty_like(v)
    p = v >= 0
    out[p] = 1.0 / (1.0 + np.exp(-v[p]))
    ev = np.exp(v[~p])
    out[~p] = ev / (1.0 + ev)
    return out


def run_direction(xs, h, c, w_ih, w_hh, b_ih, b_hh):
    H = h.shape[-1]
    hs = []
    for x_t in xs:
        z = x_t @ w_ih.T + h @ w_hh.T
        if b_ih is not None:
            z = z + b_ih + b_hh
        i_g = stable_sigmoid(z[:, 0:H])
        f_g = stable_sigmoid(z[:, H:2 * H])
        g_g = np.tanh(z[:, 2 * H:3 * H])
        o_g = stable_sigmoid(z[:, 3 * H:4 * H])
        c = f_g * c + i_g * g_g
        h = o_g * np.tanh(c)
        hs.append(h)
    return hs, h, c


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.num_directions = 2 if bidirectional else 1
        gen = np.random.default_rng(seed)
        bound = hidden_size ** -0.5
        self._names = []
        for l in range(num_layers):
            for suffix in ([""] + (["_reverse"] if bidirectional else [])):
                in_size = input_size if l == 0 else hidden_size * self.num_directions
                shapes = [("weight_ih", (4 * hidden_size, in_size)), ("weight_hh", (4 * hidden_size, hidden_size))]
                if bias:
                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]
                for base, shape in shapes:
                    name = f"{base}_l{l}{suffix}"
                    setattr(self, name, gen.uniform(-bound, bound, shape))
                    self._names.append(name)

    def state_dict(self):
        return {n: np.array(getattr(self, n), dtype=np.float64, copy=True) for n in self._names}

    def load_state_dict(self, state):
        for n in self._names:
            if n not in state:
                raise KeyError(f"missing key {n}")
        for n in state:
            if n not in self._names:
                raise KeyError(f"unexpected key {n}")
        for n in self._names:
            v = np.array(state[n], dtype=np.float64, copy=True)
            if v.shape != getattr(self, n).shape:
                raise ValueError(f"wrong shape for {n}")
            setattr(self, n, v)

    def __call__(self, x, hx=None):
        seq = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)
        B = seq.shape[1]
        ND, H = self.num_directions, self.hidden_size
        if hx is None:
            hx = (np.zeros((self.num_layers * ND, B, H)), np.zeros((self.num_layers * ND, B, H)))
        h_0, c_0 = hx
        hn_list, cn_list = [], []
        inp = seq
        for l in range(self.num_layers):
            per_dir = []
            for d in range(ND):
                sfx = "_reverse" if d else ""
                w = [getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, f"weight_hh_l{l}{sfx}")]
                w += [getattr(self, f"bias_ih_l{l}{sfx}"), getattr(self, f"bias_hh_l{l}{sfx}")] if self.bias else [None, None]
                xs = inp if d == 0 else inp[::-1]
                hs, h_last, c_last = run_direction(xs, h_0[l * ND + d], c_0[l * ND + d], *w)
                if d == 1:
                    hs = hs[::-1]
                per_dir.append(np.stack(hs))
                hn_list.append(h_last)
                cn_list.append(c_last)
            inp = np.concatenate(per_dir, axis=-1)
        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp
        return out, (np.stack(hn_list), np.stack(cn_list))
"""
add("scratch_ok_attrs", "ScratchLSTM", S_OK2)

REV_ORDER = A(["time order", "flip", "[::-1]", "put back", "backwards"])
ROWS = A(["k * D + d", "layer by layer", "rows", "ordering", "layer 0 reverse", "interleav"])
COPY = A(["copy", "copies", "share", "alias", "changing the dict", "later changes"])
add(
    "scratch_rev_not_flipped",
    "ScratchLSTM",
    mut(S_OK2, ("                if d == 1:\n                    hs = hs[::-1]\n", "")),
    [M("reverse outputs left in reading order", REV_ORDER)],
)
add(
    "scratch_rev_hn_last_index",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "                h_n[layer * D + d] = h\n",
            "                h_n[layer * D + d] = out_d[-1]\n",
        ),
    ),
    [
        M(
            "reverse h_n taken as out[-1] instead of the state after x_0",
            A(["out[0", "x_0", "step 0", "after x0"]),
        )
    ],
)
add(
    "scratch_rows_dir_major",
    "ScratchLSTM",
    mut(
        S_OK,
        ("h = h0[layer * D + d]", "h = h0[d * L + layer]"),
        ("c = c0[layer * D + d]", "c = c0[d * L + layer]"),
        ("h_n[layer * D + d] = h", "h_n[d * L + layer] = h"),
        ("c_n[layer * D + d] = c", "c_n[d * L + layer] = c"),
    ),
    [M("state rows direction-major (d * L + k) instead of k * D + d", ROWS)],
)
add(
    "scratch_layer_in_size",
    "ScratchLSTM",
    mut(S_OK, ("n_in = input_size if layer == 0 else H * self.D", "n_in = input_size")),
    [
        M(
            "later layers' weight_ih sized input_size instead of H * D",
            A(["H * D", "D * H", "hidden_size", "later layers", "layer 1", "weight_ih_l1"]),
        )
    ],
)
add(
    "scratch_bias_false_keys",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            '                if bias:\n                    self.params[f"bias_ih',
            '                if True:\n                    self.params[f"bias_ih',
        ),
        (
            '                self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H,))',
            '                self.params[f"bias_hh_l{layer}{sfx}"] = np.zeros(4 * H) if not bias else rng.uniform(-k, k, size=(4 * H,))',
        ),
    ),
    [
        M(
            "bias=False still has bias parameters",
            A(["extra", "unexpected", "bias_ih", "bias_hh", "no bias"]),
        )
    ],
)
add(
    "scratch_state_dict_no_copy",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "return {name: value.copy() for name, value in self.params.items()}",
            "return self.params",
        ),
    ),
    [M("state_dict returns the module's own dict", COPY)],
)
add(
    "scratch_load_no_copy",
    "ScratchLSTM",
    mut(S_OK2, ("v = np.array(state[n], dtype=np.float64, copy=True)", "v = state[n]")),
    [M("load_state_dict keeps references to the caller's arrays", COPY)],
)
add(
    "scratch_init_normal",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            'self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, n_in))',
            'self.params[f"weight_ih_l{layer}{sfx}"] = rng.normal(0, 1, size=(4 * H, n_in))',
        ),
        (
            'self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, H))',
            'self.params[f"weight_hh_l{layer}{sfx}"] = rng.normal(0, 1, size=(4 * H, H))',
        ),
    ),
    [
        M(
            "weights drawn N(0,1), outside the bound",
            A(["bound", "1/sqrt", "1/√", "uniform", "range", "interval"]),
        )
    ],
)
add(
    "scratch_global_rng",
    "ScratchLSTM",
    mut(S_OK, ("rng = np.random.default_rng(seed)", "rng = np.random  # global generator")),
    [M("seed ignored: global np.random", "seed")],
)
add(
    "scratch_bf_out_not_back",
    "ScratchLSTM",
    mut(S_OK, ("        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n", "")),
    [
        M(
            "batch_first: out not transposed back",
            A(["transpose", "(B, T", "swap", "axes", "back", "batch first"]),
        )
    ],
)
add(
    "scratch_hx_ignored",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n",
            "        h0 = np.zeros((L * D, B, H))\n        c0 = np.zeros((L * D, B, H))\n",
        ),
    ),
    [M("ignores a given hx", A(["initial state", "ignor", "h_0", "zeros"]))],
)
add(
    "scratch_rev_fwd_weights",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            '        sfx = "_reverse" if d == 1 else ""\n        p = self.params',
            '        sfx = ""\n        p = self.params',
        ),
    ),
    [
        M(
            "reverse direction uses the forward weights",
            A(
                [
                    "_reverse",
                    "reverse weights",
                    "reverse direction's weights",
                    "forward weights",
                    "forward direction's",
                ]
            ),
        )
    ],
)
add(
    "scratch_layers_read_x",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "                    h, c = _step(layer_in[t], h, c, *W)",
            "                    h, c = _step(x[t], h, c, *W)",
        ),
    ),
    [
        M(
            "every layer reads x instead of the previous layer's out",
            A(["previous layer", "layer k-1", "k-1", "k - 1", "layer 0's", "layer's out"]),
        )
    ],
)
add(
    "scratch_returns_lists",
    "ScratchLSTM",
    mut(
        S_OK2,
        ("return out, (np.stack(hn_list), np.stack(cn_list))", "return out, (hn_list, cn_list)"),
    ),
    [M("h_n, c_n returned as Python lists", A(["list", "ndarray"]))],
)
add(
    "scratch_float32_params",
    "ScratchLSTM",
    mut(
        S_OK2,
        (
            "setattr(self, name, gen.uniform(-bound, bound, shape))",
            "setattr(self, name, gen.uniform(-bound, bound, shape).astype(np.float32))",
        ),
    ),
    [M("initial parameters float32", "float32")],
)
add(
    "scratch_2x_rev_rows",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "                    out_d[t] = h\n",
            "                    out_d[t if d == 0 else T - 1 - t] = h\n",
        ),
        ("h = h0[layer * D + d]", "h = h0[d * L + layer]"),
        ("c = c0[layer * D + d]", "c = c0[d * L + layer]"),
        ("h_n[layer * D + d] = h", "h_n[d * L + layer] = h"),
        ("c_n[layer * D + d] = c", "c_n[d * L + layer] = c"),
    ),
    [M("reverse outputs not in time order", REV_ORDER), M("state rows direction-major", ROWS)],
)
add(
    "scratch_2x_nocopy_normal",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "return {name: value.copy() for name, value in self.params.items()}",
            "return dict(self.params)",
        ),
        (
            'self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, size=(4 * H, H))',
            'self.params[f"weight_hh_l{layer}{sfx}"] = rng.standard_normal((4 * H, H))',
        ),
    ),
    [
        M("state_dict shares the arrays (shallow dict copy)", COPY),
        M("weight_hh drawn N(0,1)", A(["bound", "1/sqrt", "1/√", "uniform", "range", "interval"])),
    ],
)
add(
    "scratch_2x_bf_in_biasfalse",
    "ScratchLSTM",
    mut(
        S_OK,
        ("        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n", ""),
        ("        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n", ""),
        (
            '                if bias:\n                    self.params[f"bias_ih',
            '                if True:\n                    self.params[f"bias_ih',
        ),
    ),
    [
        M(
            "batch_first ignored",
            A(["transpose", "(B, T", "swap", "axes", "batch first", "time axis"]),
        ),
        M(
            "bias=False still has biases",
            A(["extra", "unexpected", "bias_ih", "bias_hh", "no bias"]),
        ),
    ],
)
add(
    "scratch_2x_hx_ignored_layer_in",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n",
            "        h0 = np.zeros((L * D, B, H))\n        c0 = np.zeros((L * D, B, H))\n",
        ),
        (
            "n_in = input_size if layer == 0 else H * self.D",
            "n_in = input_size if layer == 0 else H",
        ),
    ),
    [
        M("ignores hx", A(["initial state", "ignor", "h_0", "zeros"])),
        M(
            "later layers sized H instead of H * D",
            A(["H * D", "D * H", "later layers", "layer 1", "weight_ih_l1", "2H", "2 * H"]),
        ),
    ],
)
add(
    "scratch_2x_loadnocopy_rev_weights",
    "ScratchLSTM",
    mut(
        S_OK,
        (
            "            arr = np.array(state[name], dtype=np.float64)",
            "            arr = np.asarray(state[name], dtype=np.float64)",
        ),
        (
            '        sfx = "_reverse" if d == 1 else ""\n        p = self.params',
            '        sfx = ""\n        p = self.params',
        ),
    ),
    [
        M("load_state_dict keeps references (asarray)", COPY),
        M(
            "reverse direction uses the forward weights",
            A(
                [
                    "_reverse",
                    "reverse weights",
                    "reverse direction's weights",
                    "forward weights",
                    "forward direction's",
                ]
            ),
        ),
    ],
)

# =================================================================== 6. bilstm_layer
B_OK1 = (
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_r, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out_b = out_r[::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
"""
)
B_OK2 = (
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    h, c = h0[0], c0[0]
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, *fwd)
        out[t, :, :H] = h
    h_f, c_f = h, c
    h, c = h0[1], c0[1]
    for t in reversed(range(T)):
        h, c = lstm_cell(x[t], h, c, *bwd)
        out[t, :, H:] = h
    h_n = np.stack((h_f, h))
    c_n = np.stack((c_f, c))
    return out, (h_n, c_n)
"""
)
add("bilstm_ok_layer", "bilstm_layer", B_OK1)
add("bilstm_ok_loops", "bilstm_layer", B_OK2)
add(
    "bilstm_not_flipped",
    "bilstm_layer",
    mut(B_OK1, ("out_b = out_r[::-1]", "out_b = out_r")),
    [
        M(
            "backward outputs left in reading order",
            A(["time order", "flip", "[::-1]", "put back", "reversed order", "reading order"]),
        )
    ],
)
add(
    "bilstm_hn_bwd_first_step",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_r, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out_b = out_r[::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    # backward final state: the last time index
    return out, (np.stack([hf, out_b[-1]]), np.stack([cf, cb]))
""",
    [
        M(
            "backward h_n taken at index T-1 (after x_{T-1} only)",
            A(["x_0", "out[0", "step 0", "after x0"]),
        )
    ],
)
add(
    "bilstm_bwd_uses_fwd",
    "bilstm_layer",
    mut(B_OK2, ("h, c = lstm_cell(x[t], h, c, *bwd)", "h, c = lstm_cell(x[t], h, c, *fwd)")),
    [
        M(
            "backward direction uses fwd's weights",
            A(
                [
                    "bwd",
                    "backward weights",
                    "backward direction's weights",
                    "forward weights",
                    "forward direction's weights",
                ]
            ),
        )
    ],
)
add(
    "bilstm_bwd_not_reversed",
    "bilstm_layer",
    mut(B_OK2, ("for t in reversed(range(T)):", "for t in range(T):")),
    [
        M(
            "backward direction reads x forward",
            A(["reverse", "backwards", "flip", "[::-1]", "x_{T-1}", "from the end"]),
        )
    ],
)
add(
    "bilstm_concat_order",
    "bilstm_layer",
    mut(
        B_OK1, ("np.concatenate([out_f, out_b], axis=2)", "np.concatenate([out_b, out_f], axis=2)")
    ),
    [
        M(
            "halves concatenated backward first",
            A(["order", "forward first", "swap", "halves", "[h_t^{fwd}"]),
        )
    ],
)
add(
    "bilstm_h0_row0_both",
    "bilstm_layer",
    mut(
        B_OK1,
        ("lstm_layer(x[::-1], h0[1], c0[1], *bwd)", "lstm_layer(x[::-1], h0[0], c0[0], *bwd)"),
    ),
    [
        M(
            "backward direction starts from h0[0], c0[0]",
            A(["h0[1]", "row 1", "initial state", "c0[1]"]),
        )
    ],
)
add(
    "bilstm_stack_axis0",
    "bilstm_layer",
    mut(
        B_OK1,
        (
            "out = np.concatenate([out_f, out_b], axis=2)",
            "out = np.concatenate([out_f, out_b], axis=0)",
        ),
    ),
    [
        M(
            "concatenates along time (axis 0) instead of features",
            A(["axis", "concatenat", "2H", "feature"]),
        )
    ],
)
add(
    "bilstm_mutates_h0",
    "bilstm_layer",
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    H = h0.shape[-1]
    out = np.zeros((T, x.shape[1], 2 * H))
    for t in range(T):
        h0[0], c0[0] = lstm_cell(x[t], h0[0], c0[0], *fwd)
        out[t, :, :H] = h0[0]
    for t in range(T - 1, -1, -1):
        h0[1], c0[1] = lstm_cell(x[t], h0[1], c0[1], *bwd)
        out[t, :, H:] = h0[1]
    return out, (h0, c0)
""",
    [M("keeps its state in h0/c0, overwriting the inputs (and returns them)", MUTATE)],
)
add(
    "bilstm_2x_notflipped_h0row0",
    "bilstm_layer",
    mut(
        B_OK1,
        ("out_b = out_r[::-1]", "out_b = out_r"),
        ("lstm_layer(x[::-1], h0[1], c0[1], *bwd)", "lstm_layer(x[::-1], h0[0], c0[0], *bwd)"),
    ),
    [
        M(
            "backward outputs not flipped back",
            A(["time order", "flip", "[::-1]", "put back", "reversed order", "reading order"]),
        ),
        M("backward starts from row 0", A(["h0[1]", "row 1", "initial state", "c0[1]"])),
    ],
)
add(
    "bilstm_2x_order_cn_h",
    "bilstm_layer",
    mut(
        B_OK1,
        ("np.concatenate([out_f, out_b], axis=2)", "np.concatenate([out_b, out_f], axis=2)"),
        ("np.stack([cf, cb])", "np.stack([hf, hb])"),
    ),
    [
        M("halves backward first", A(["order", "forward first", "swap", "halves"])),
        M("c_n holds the h states", A(["c_n", "cell state"])),
    ],
)
add(
    "bilstm_2x_fwdweights_hnfirst",
    "bilstm_layer",
    mut(
        B_OK2,
        ("h, c = lstm_cell(x[t], h, c, *bwd)", "h, c = lstm_cell(x[t], h, c, *fwd)"),
        ("h_n = np.stack((h_f, h))", "h_n = np.stack((out[0, :, :H], h))"),
    ),
    [
        M(
            "backward uses fwd weights",
            A(
                [
                    "bwd",
                    "backward weights",
                    "backward direction's weights",
                    "forward weights",
                    "forward direction's weights",
                ]
            ),
        ),
        M("forward h_n taken at step 0", A(["x_{T-1}", "T-1", "T - 1", "last step", "out[0"])),
    ],
)

# =================================================================== 7. lstm_cell_backward
K_OK = (
    CELL
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
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
K_OK2 = (
    SIG
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    gi = sigmoid(pre[:, :H])
    gf = sigmoid(pre[:, H:2 * H])
    gg = np.tanh(pre[:, 2 * H:3 * H])
    go = sigmoid(pre[:, 3 * H:])
    ct = gf * c + gi * gg
    tanh_ct = np.tanh(ct)
    delta_c = dc_next + dh_next * go * (1.0 - tanh_ct * tanh_ct)
    d_pre = np.empty_like(pre)
    d_pre[:, :H] = delta_c * gg * gi * (1.0 - gi)
    d_pre[:, H:2 * H] = delta_c * c * gf * (1.0 - gf)
    d_pre[:, 2 * H:3 * H] = delta_c * gi * (1.0 - gg * gg)
    d_pre[:, 3 * H:] = dh_next * tanh_ct * go * (1.0 - go)
    grads = {}
    grads["x"] = np.einsum("bk,ki->bi", d_pre, W_ih)
    grads["h"] = np.einsum("bk,kj->bj", d_pre, W_hh)
    grads["c"] = delta_c * gf
    grads["W_ih"] = np.einsum("bk,bi->ki", d_pre, x)
    grads["W_hh"] = np.einsum("bk,bj->kj", d_pre, h)
    grads["b_ih"] = d_pre.sum(0)
    grads["b_hh"] = d_pre.sum(0).copy()
    return grads
"""
)
add("cellbw_ok", "lstm_cell_backward", K_OK)
add("cellbw_ok_einsum", "lstm_cell_backward", K_OK2)

DSIG = A(["σ'", "sigmoid'", "derivative", "1 - σ", "(1 - σ", "σ(1", "sigma'", "sigmoid's"])
DTANH = A(["tanh'", "1 - tanh", "derivative", "squared", "tanh²", "tanh^2", "tanh**2"])
add(
    "cellbw_no_dcnext",
    "lstm_cell_backward",
    mut(K_OK, ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dh_next * o * (1 - tc ** 2)")),
    [M("drops dc_next from the total cell gradient", A(["dc_next", "∂L/∂c_t", "dL/dc", "c_t"]))],
)
add(
    "cellbw_tanh_deriv_nosq",
    "lstm_cell_backward",
    mut(
        K_OK,
        ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next + dh_next * o * (1 - tc)"),
    ),
    [M("tanh'(c) written 1 - tanh instead of 1 - tanh^2", DTANH)],
)
add(
    "cellbw_sigmoid_deriv",
    "lstm_cell_backward",
    mut(
        K_OK,
        ("da_i = di * i * (1 - i)", "da_i = di * i"),
        ("da_f = df * f * (1 - f)", "da_f = df * f"),
        ("da_o = do * o * (1 - o)", "da_o = do * o"),
    ),
    [M("sigmoid derivative taken as sigma instead of sigma(1-sigma)", DSIG)],
)
add(
    "cellbw_dW_transposed",
    "lstm_cell_backward",
    mut(
        K_OK, ('"W_ih": da.T @ x,', '"W_ih": x.T @ da,'), ('"W_hh": da.T @ h,', '"W_hh": h.T @ da,')
    ),
    [M("weight gradients transposed: (I, 4H)", A(["transpose", "(4H, I)", "(I, 4H)", "da.T"]))],
)
add(
    "cellbw_bias_mean",
    "lstm_cell_backward",
    mut(
        K_OK,
        ('"b_ih": da.sum(axis=0),', '"b_ih": da.mean(axis=0),'),
        ('"b_hh": da.sum(axis=0),', '"b_hh": da.mean(axis=0),'),
    ),
    [
        M(
            "bias gradients averaged over the batch instead of summed",
            A(["mean", "average", "sum over the batch", "divided by B", "1/B", "batch size"]),
        )
    ],
)
add(
    "cellbw_dc_no_f",
    "lstm_cell_backward",
    mut(K_OK, ("dc_prev = dc * f", "dc_prev = dc")),
    [
        M(
            "dL/dc_{t-1} misses the forget gate factor",
            A(["forget gate", "f_t", "* f", "⊙ f", "⊙ f_t"]),
        )
    ],
)
add(
    "cellbw_order_ifog",
    "lstm_cell_backward",
    mut(
        K_OK,
        (
            "np.concatenate([da_i, da_f, da_g, da_o], axis=1)",
            "np.concatenate([da_i, da_f, da_o, da_g], axis=1)",
        ),
    ),
    [
        M(
            "gate gradient blocks stacked i, f, o, g",
            A(["order", "swap", "output gate", "cell candidate", "3H:4H", "2H:3H"]),
        )
    ],
)
add(
    "cellbw_df_uses_h",
    "lstm_cell_backward",
    mut(K_OK, ("df = dc * c", "df = dc * h")),
    [M("df uses h_{t-1} instead of c_{t-1}", A(["c_{t-1}", "h_{t-1}", "forget gate"]))],
)
add(
    "cellbw_do_old_c",
    "lstm_cell_backward",
    mut(
        K_OK2,
        (
            "d_pre[:, 3 * H:] = dh_next * tanh_ct * go * (1.0 - go)",
            "d_pre[:, 3 * H:] = dh_next * np.tanh(c) * go * (1.0 - go)",
        ),
    ),
    [
        M(
            "output gate gradient uses tanh(c_{t-1})",
            A(["tanh(c_t)", "c_{t-1}", "old", "previous", "output gate"]),
        )
    ],
)
add(
    "cellbw_dh_Wih",
    "lstm_cell_backward",
    mut(K_OK, ('"h": da @ W_hh,', '"h": (da @ W_ih)[:, :h.shape[1]],')),
    [M("dh through W_ih instead of W_hh", "W_hh")],
)
add(
    "cellbw_keys_d",
    "lstm_cell_backward",
    mut(
        K_OK2,
        ('grads["x"]', 'grads["dx"]'),
        ('grads["h"]', 'grads["dh"]'),
        ('grads["c"]', 'grads["dc"]'),
        ('grads["W_ih"]', 'grads["dW_ih"]'),
        ('grads["W_hh"]', 'grads["dW_hh"]'),
        ('grads["b_ih"]', 'grads["db_ih"]'),
        ('grads["b_hh"]', 'grads["db_hh"]'),
    ),
    [M("dict keys named dx, dh, ... instead of x, h, ...", A(["key", "keys"]))],
)
add(
    "cellbw_mutates_dc",
    "lstm_cell_backward",
    mut(
        K_OK,
        (
            "dc = dc_next + dh_next * o * (1 - tc ** 2)",
            "dc = dc_next\n    dc += dh_next * o * (1 - tc ** 2)",
        ),
    ),
    [M("accumulates into dc_next in place", MUTATE)],
)
add(
    "cellbw_2x_nodcnext_mean",
    "lstm_cell_backward",
    mut(
        K_OK,
        ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dh_next * o * (1 - tc ** 2)"),
        ('"b_ih": da.sum(axis=0),', '"b_ih": da.mean(axis=0),'),
        ('"b_hh": da.sum(axis=0),', '"b_hh": da.mean(axis=0),'),
    ),
    [
        M("drops dc_next", A(["dc_next", "∂L/∂c_t", "dL/dc", "c_t"])),
        M(
            "bias gradients averaged",
            A(["mean", "average", "sum over the batch", "divided by B", "1/B", "batch size"]),
        ),
    ],
)
add(
    "cellbw_2x_gtanh_nof",
    "lstm_cell_backward",
    mut(
        K_OK,
        ("da_g = dg * (1 - g ** 2)", "da_g = dg * (1 - g)"),
        ("dc_prev = dc * f", "dc_prev = dc"),
    ),
    [
        M("tanh' for g written 1 - g", DTANH),
        M("dc_prev misses f", A(["forget gate", "f_t", "* f", "⊙ f"])),
    ],
)
add(
    "cellbw_2x_sigderiv_Whh_hnext",
    "lstm_cell_backward",
    mut(
        K_OK,
        ("da_i = di * i * (1 - i)", "da_i = di * i"),
        ("da_f = df * f * (1 - f)", "da_f = df * f"),
        ("da_o = do * o * (1 - o)", "da_o = do * o"),
        ('"W_hh": da.T @ h,', '"W_hh": da.T @ (o * tc),'),
    ),
    [
        M("sigmoid derivative wrong", DSIG),
        M("dW_hh uses h_t instead of h_{t-1}", A(["h_{t-1}", "h_t", "new h", "h_next"])),
    ],
)
add(
    "cellbw_2x_order_dWT",
    "lstm_cell_backward",
    mut(
        K_OK,
        (
            "np.concatenate([da_i, da_f, da_g, da_o], axis=1)",
            "np.concatenate([da_f, da_i, da_g, da_o], axis=1)",
        ),
        ('"W_ih": da.T @ x,', '"W_ih": x.T @ da,'),
    ),
    [
        M(
            "i and f gradient blocks swapped",
            A(["order", "swap", "forget gate", "input gate", "0:H", "H:2H"]),
        ),
        M("dW_ih transposed", A(["transpose", "(4H, I)", "(I, 4H)", "da.T"])),
    ],
)

# =================================================================== 8. lstm_layer_backward
LB_OK = (
    K_OK
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T = x.shape[0]
    hs, cs = [h0], [c0]
    for t in range(T):
        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),
             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}
    dx = np.zeros_like(x)
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = g["x"]
        dh = g["h"]
        dc = g["c"]
        for k in grads:
            grads[k] += g[k]
    grads["x"] = dx
    grads["h0"] = dh
    grads["c0"] = dc
    return grads
"""
)
LB_OK2 = (
    K_OK
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, _ = x.shape
    H = h0.shape[1]
    states = [(h0, c0)]
    for t in range(T):
        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))
    carry_h = np.zeros((B, H)) if dh_n is None else np.array(dh_n)
    carry_c = np.zeros((B, H)) if dc_n is None else np.array(dc_n)
    dWi = 0.0
    dWh = 0.0
    dbi = 0.0
    dbh = 0.0
    dxs = []
    for t in reversed(range(T)):
        h_prev, c_prev = states[t]
        step = lstm_cell_backward(dout[t] + carry_h, carry_c, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)
        dxs.append(step["x"])
        carry_h, carry_c = step["h"], step["c"]
        dWi = dWi + step["W_ih"]
        dWh = dWh + step["W_hh"]
        dbi = dbi + step["b_ih"]
        dbh = dbh + step["b_hh"]
    dxs.reverse()
    return {"x": np.stack(dxs), "h0": carry_h, "c0": carry_c,
            "W_ih": dWi, "W_hh": dWh, "b_ih": dbi, "b_hh": dbh}
"""
)
add("layerbw_ok", "lstm_layer_backward", LB_OK)
add("layerbw_ok_states", "lstm_layer_backward", LB_OK2)

NO_REC = A(["sum", "recurren", "step t+1", "t+1", "t + 1", "later step", '"h"'])
SUMSTEPS = A(["sum over", "summed", "accumul", "all steps", "every step", "each step"])
add(
    "layerbw_no_recurrent_dh",
    "lstm_layer_backward",
    mut(
        LB_OK,
        (
            "g = lstm_cell_backward(dout[t] + dh, dc,",
            "g = lstm_cell_backward(dout[t] if t < T - 1 else dout[t] + dh, dc,",
        ),
    ),
    [M("dh from step t+1 not added to dout[t]", NO_REC)],
)
add(
    "layerbw_weights_last_only",
    "lstm_layer_backward",
    mut(LB_OK, ("            grads[k] += g[k]", "            grads[k] = g[k]")),
    [M("weight gradients are step 0's only, not summed", SUMSTEPS)],
)
add(
    "layerbw_ignores_dhn",
    "lstm_layer_backward",
    mut(
        LB_OK, ("dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()", "dh = np.zeros_like(h0)")
    ),
    [M("ignores dh_n", "dh_n")],
)
add(
    "layerbw_dc_reset",
    "lstm_layer_backward",
    mut(LB_OK, ('        dc = g["c"]\n', "        dc = np.zeros_like(c0)\n")),
    [M("cell gradient not carried to the previous step", A(['"c"', "c_t", "dc", "cell"]))],
)
add(
    "layerbw_states_shifted",
    "lstm_layer_backward",
    mut(LB_OK, ("x[t], hs[t], cs[t], W_ih", "x[t], hs[t + 1], cs[t + 1], W_ih")),
    [
        M(
            "step t backward uses (h_t, c_t) instead of (h_{t-1}, c_{t-1})",
            A(["h_{t-1}", "off by one", "off-by-one", "started from", "shift", "one step"]),
        )
    ],
)
add(
    "layerbw_dx_reversed",
    "lstm_layer_backward",
    mut(LB_OK2, ("    dxs.reverse()\n", "")),
    [M("dx in reverse time order", A(["time order", "revers", "flip"]))],
)
add(
    "layerbw_mutates_dout",
    "lstm_layer_backward",
    mut(
        LB_OK,
        (
            "        g = lstm_cell_backward(dout[t] + dh, dc,",
            "        dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc,",
        ),
    ),
    [M("adds into dout in place", MUTATE)],
)
add(
    "layerbw_no_none",
    "lstm_layer_backward",
    mut(
        LB_OK,
        ("dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()", "dh = dh_n.copy()"),
        ("dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()", "dc = dc_n.copy()"),
    ),
    [M("dh_n=None / dc_n=None not handled", "None")],
)
add(
    "layerbw_skips_last",
    "lstm_layer_backward",
    mut(LB_OK, ("for t in range(T - 1, -1, -1):", "for t in range(T - 2, -1, -1):")),
    [M("backward loop starts at T-2: last step skipped", A(["T-1", "T - 1", "last step", "skip"]))],
)
add(
    "layerbw_2x_norec_dxrev",
    "lstm_layer_backward",
    mut(
        LB_OK2,
        (
            "step = lstm_cell_backward(dout[t] + carry_h, carry_c,",
            "step = lstm_cell_backward(dout[t], carry_c,",
        ),
        ("    dxs.reverse()\n", ""),
    ),
    [
        M("recurrent dh dropped", NO_REC),
        M("dx in reverse time order", A(["time order", "revers", "flip"])),
    ],
)
add(
    "layerbw_2x_lastonly_dcn",
    "lstm_layer_backward",
    mut(
        LB_OK,
        ("            grads[k] += g[k]", "            grads[k] = g[k]"),
        ("dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()", "dc = np.zeros_like(c0)"),
    ),
    [M("weight gradients not summed", SUMSTEPS), M("ignores dc_n", "dc_n")],
)
add(
    "layerbw_2x_mutate_shift",
    "lstm_layer_backward",
    mut(
        LB_OK,
        (
            "        g = lstm_cell_backward(dout[t] + dh, dc,",
            "        dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc,",
        ),
        ("x[t], hs[t], cs[t], W_ih", "x[t], hs[t + 1], cs[t + 1], W_ih"),
    ),
    [
        M("adds into dout in place", MUTATE),
        M(
            "uses (h_t, c_t) instead of (h_{t-1}, c_{t-1})",
            A(["h_{t-1}", "off by one", "off-by-one", "started from", "shift", "one step"]),
        ),
    ],
)
add(
    "layerbw_2x_skiplast_nodhn",
    "lstm_layer_backward",
    mut(
        LB_OK2,
        ("for t in reversed(range(T)):", "for t in reversed(range(T - 1)):"),
        (
            "carry_h = np.zeros((B, H)) if dh_n is None else np.array(dh_n)",
            "carry_h = np.zeros((B, H))",
        ),
    ),
    [M("last step skipped", A(["T-1", "T - 1", "last step", "skip"])), M("ignores dh_n", "dh_n")],
)

# =================================================================== 9. lstm_layer_lengths
V_OK1 = (
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    lengths = np.asarray(lengths)
    h, c = h0.copy(), c0.copy()
    out = np.zeros((T, B, H))
    for t in range(T):
        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        alive = (t < lengths)[:, None]
        h = np.where(alive, h_new, h)
        c = np.where(alive, c_new, c)
        out[t] = np.where(alive, h_new, 0.0)
    return out, (h, c)
"""
)
V_OK2 = (
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    out = np.zeros((T, B, H))
    h_n = np.zeros((B, H))
    c_n = np.zeros((B, H))
    for b in range(B):
        n = int(lengths[b])
        h = h0[b:b + 1]
        c = c0[b:b + 1]
        for t in range(n):
            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = h[0]
        h_n[b] = h[0]
        c_n[b] = c[0]
    return out, (h_n, c_n)
"""
)
add("len_ok_mask", "lstm_layer_lengths", V_OK1)
add("len_ok_perseq", "lstm_layer_lengths", V_OK2)

LAST_REAL = A(["lengths[b] - 1", "lengths[b]-1", "last real", "own last", "padding"])
add(
    "len_no_mask",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for t in range(x.shape[0]):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
""",
    [
        M(
            "lengths ignored: runs over padding",
            A(["mask", "padding", "lengths[b] - 1", "own last", "ignor"]),
        )
    ],
)
add(
    "len_state_not_frozen",
    "lstm_layer_lengths",
    mut(
        V_OK1,
        (
            "        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n",
            "        h, c = h_new, c_new\n",
        ),
    ),
    [M("state keeps updating on padding: h_n at T-1", LAST_REAL)],
)
add(
    "len_out_not_zeroed",
    "lstm_layer_lengths",
    mut(V_OK1, ("out[t] = np.where(alive, h_new, 0.0)", "out[t] = h")),
    [M("out past the length holds the frozen state instead of zeros", A(["zero", "zeros"]))],
)
add(
    "len_mask_le",
    "lstm_layer_lengths",
    mut(V_OK1, ("alive = (t < lengths)[:, None]", "alive = (t <= lengths)[:, None]")),
    [
        M(
            "mask t <= lengths: one padding step read",
            A(
                [
                    "off-by-one",
                    "off by one",
                    "<=",
                    "lengths[b] - 1",
                    "one step too",
                    "one extra",
                    "one padding",
                ]
            ),
        )
    ],
)
add(
    "len_out_maxlen",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T_max = int(max(lengths))
    B = x.shape[1]
    H = h0.shape[1]
    out = np.zeros((T_max, B, H))
    h, c = h0.copy(), c0.copy()
    for t in range(T_max):
        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        for b in range(B):
            if t < lengths[b]:
                h[b], c[b] = h2[b], c2[b]
                out[t, b] = h2[b]
    return out, (h, c)
""",
    [
        M(
            "out has max(lengths) steps instead of T",
            A(["max(lengths)", "longest", "total_length", "(T, B, H)"]),
        )
    ],
)
add(
    "len_cn_at_T",
    "lstm_layer_lengths",
    mut(V_OK1, ("        c = np.where(alive, c_new, c)\n", "        c = c_new\n")),
    [M("c_n taken at T-1 (c keeps updating on padding)", A(["c_n", "cell state"]))],
)
add(
    "len_mutates_x",
    "lstm_layer_lengths",
    mut(
        V_OK2,
        (
            "    T, B, _ = x.shape\n",
            "    T, B, _ = x.shape\n    for b in range(B):\n        x[int(lengths[b]):, b] = 0.0  # clean the padding\n",
        ),
    ),
    [M("zeroes the padding of x in place", MUTATE)],
)
add(
    "len_hn_index_len",
    "lstm_layer_lengths",
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    hs = np.zeros((T + 1, B, H))
    cs = np.zeros((T + 1, B, H))
    hs[0], cs[0] = h0, c0
    for t in range(T):
        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
    out = hs[1:].copy()
    for b in range(B):
        out[lengths[b]:, b] = 0.0
    idx = np.arange(B)
    h_n = out[np.minimum(lengths, T - 1), idx]
    c_n = cs[1:][np.minimum(lengths, T - 1), idx]
    return out, (h_n, c_n)
""",
    [
        M(
            "h_n, c_n read at index lengths[b] instead of lengths[b] - 1",
            A(["lengths[b] - 1", "lengths[b]-1", "off by one", "off-by-one", "one step"]),
        )
    ],
)
add(
    "len_2x_outnotzero_cn",
    "lstm_layer_lengths",
    mut(
        V_OK1,
        ("out[t] = np.where(alive, h_new, 0.0)", "out[t] = h"),
        ("        c = np.where(alive, c_new, c)\n", "        c = c_new\n"),
    ),
    [
        M("out not zeroed past lengths", A(["zero", "zeros"])),
        M("c_n at T-1", A(["c_n", "cell state"])),
    ],
)
add(
    "len_2x_h0zeros_le",
    "lstm_layer_lengths",
    mut(
        V_OK1,
        ("h, c = h0.copy(), c0.copy()", "h, c = np.zeros((B, H)), np.zeros((B, H))"),
        ("alive = (t < lengths)[:, None]", "alive = (t <= lengths)[:, None]"),
    ),
    [
        M("ignores h0, c0 (starts from zeros)", A(["h0", "initial state", "zeros"])),
        M(
            "mask t <= lengths",
            A(
                [
                    "off-by-one",
                    "off by one",
                    "<=",
                    "lengths[b] - 1",
                    "one step too",
                    "one extra",
                    "one padding",
                ]
            ),
        ),
    ],
)
add(
    "len_2x_nofreeze_mutatex",
    "lstm_layer_lengths",
    mut(
        V_OK1,
        (
            "        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n",
            "        h, c = h_new, c_new\n",
        ),
        (
            "    lengths = np.asarray(lengths)\n",
            "    lengths = np.asarray(lengths)\n    for b in range(B):\n        x[lengths[b]:, b] = 0.0\n",
        ),
    ),
    [M("state not frozen past lengths", LAST_REAL), M("mutates x", MUTATE)],
)

# =================================================================== 10. bilstm_layer_lengths
W_OK = (
    V_OK1
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    x_rev = np.zeros_like(x)
    for b in range(B):
        n = int(lengths[b])
        x_rev[:n, b] = x[n - 1::-1, b]
    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)
    out_b = np.zeros_like(out_r)
    for b in range(B):
        n = int(lengths[b])
        out_b[:n, b] = out_r[n - 1::-1, b]
    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
"""
)
W_OK2 = (
    CELL
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    h_n = np.zeros((2, B, H))
    c_n = np.zeros((2, B, H))
    for b in range(B):
        n = int(lengths[b])
        seq = x[:n, b:b + 1]
        h, c = h0[0, b:b + 1], c0[0, b:b + 1]
        for t in range(n):
            h, c = lstm_cell(seq[t], h, c, *fwd)
            out[t, b, :H] = h[0]
        h_n[0, b], c_n[0, b] = h[0], c[0]
        h, c = h0[1, b:b + 1], c0[1, b:b + 1]
        for t in range(n - 1, -1, -1):
            h, c = lstm_cell(seq[t], h, c, *bwd)
            out[t, b, H:] = h[0]
        h_n[1, b], c_n[1, b] = h[0], c[0]
    return out, (h_n, c_n)
"""
)
add("bilen_ok_rev", "bilstm_layer_lengths", W_OK)
add("bilen_ok_perseq", "bilstm_layer_lengths", W_OK2)

add(
    "bilen_flip_padded",
    "bilstm_layer_lengths",
    V_OK1
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    # reverse direction: run on the reversed sequence, flip back
    out_r, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)
    out_b = out_r[::-1]
    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        M(
            "reverses the whole padded tensor: reverse direction starts on padding",
            A(["padding", "lengths[b] - 1", "own steps", "own last", "T - 1", "T-1"]),
        )
    ],
)
add(
    "bilen_out_not_unflipped",
    "bilstm_layer_lengths",
    mut(
        W_OK, ("        out_b[:n, b] = out_r[n - 1::-1, b]", "        out_b[:n, b] = out_r[:n, b]")
    ),
    [
        M(
            "reverse outputs not put back in time order",
            A(["time order", "flip", "put back", "reading order", "reversed order"]),
        )
    ],
)
add(
    "bilen_hn_wrong_index",
    "bilstm_layer_lengths",
    mut(
        W_OK2,
        (
            "        h_n[1, b], c_n[1, b] = h[0], c[0]",
            "        h_n[1, b], c_n[1, b] = out[n - 1, b, H:], c[0]",
        ),
    ),
    [
        M(
            "reverse h_n read at step lengths[b]-1 instead of after step 0",
            A(["step 0", "out[0", "after step 0", "x_0", "last step"]),
        )
    ],
)
add(
    "bilen_rev_not_zeroed",
    "bilstm_layer_lengths",
    mut(W_OK, ("    out_b = np.zeros_like(out_r)\n", "    out_b = out_r.copy()\n")),
    [M("reverse half past lengths not zero", A(["zero", "zeros"]))],
)
add(
    "bilen_h0_row0",
    "bilstm_layer_lengths",
    mut(W_OK2, ("h, c = h0[1, b:b + 1], c0[1, b:b + 1]", "h, c = h0[0, b:b + 1], c0[0, b:b + 1]")),
    [M("reverse direction starts from row 0", A(["h0[1]", "row 1", "initial state", "c0[1]"]))],
)
add(
    "bilen_concat_order",
    "bilstm_layer_lengths",
    mut(W_OK, ("np.concatenate([out_f, out_b], axis=2)", "np.concatenate([out_b, out_f], axis=2)")),
    [M("halves in the wrong order", A(["order", "forward first", "swap", "halves"]))],
)
add(
    "bilen_bwd_fwd_weights",
    "bilstm_layer_lengths",
    mut(W_OK2, ("h, c = lstm_cell(seq[t], h, c, *bwd)", "h, c = lstm_cell(seq[t], h, c, *fwd)")),
    [
        M(
            "reverse direction uses fwd weights",
            A(
                [
                    "bwd",
                    "reverse weights",
                    "reverse direction's weights",
                    "forward weights",
                    "forward direction's weights",
                ]
            ),
        )
    ],
)
add(
    "bilen_rev_off_by_one",
    "bilstm_layer_lengths",
    mut(W_OK2, ("for t in range(n - 1, -1, -1):", "for t in range(n - 1, 0, -1):")),
    [
        M(
            "reverse loop stops before step 0",
            A(["step 0", "x_0", "off by one", "off-by-one", "after step 0"]),
        )
    ],
)
add(
    "bilen_2x_flip_order",
    "bilstm_layer_lengths",
    V_OK1
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    out_r, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)
    out_b = out_r[::-1]
    return np.concatenate([out_b, out_f], axis=-1), (np.stack([hf, hb]), np.stack([cf, cb]))
""",
    [
        M(
            "reverses the whole padded tensor",
            A(["padding", "lengths[b] - 1", "own steps", "own last", "T - 1", "T-1"]),
        ),
        M("halves in the wrong order", A(["order", "forward first", "swap", "halves"])),
    ],
)
add(
    "bilen_2x_notunflip_h0row0",
    "bilstm_layer_lengths",
    mut(
        W_OK,
        ("        out_b[:n, b] = out_r[n - 1::-1, b]", "        out_b[:n, b] = out_r[:n, b]"),
        (
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)",
        ),
    ),
    [
        M(
            "reverse outputs not put back in time order",
            A(["time order", "flip", "put back", "reading order", "reversed order"]),
        ),
        M("reverse starts from row 0", A(["h0[1]", "row 1", "initial state", "c0[1]"])),
    ],
)
add(
    "bilen_2x_notzero_fwdweights",
    "bilstm_layer_lengths",
    mut(
        W_OK,
        ("    out_b = np.zeros_like(out_r)\n", "    out_b = out_r.copy()\n"),
        (
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *fwd)",
        ),
    ),
    [
        M("reverse half not zeroed", A(["zero", "zeros"])),
        M(
            "reverse uses fwd weights",
            A(
                [
                    "bwd",
                    "reverse weights",
                    "reverse direction's weights",
                    "forward weights",
                    "forward direction's weights",
                ]
            ),
        ),
    ],
)

# =================================================================== 11. lstm_output_shapes
SH_OK1 = """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}
"""
SH_OK2 = """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    n_dir = 1
    if bidirectional:
        n_dir = 2
    h_size = hidden_size
    if proj_size:
        h_size = proj_size
    if batch_first:
        out_shape = (int(batch), int(seq_len), int(n_dir * h_size))
    else:
        out_shape = (int(seq_len), int(batch), int(n_dir * h_size))
    h_n = (int(num_layers * n_dir), int(batch), int(h_size))
    c_n = (int(num_layers * n_dir), int(batch), int(hidden_size))
    return dict(out=out_shape, h_n=h_n, c_n=c_n)
"""
add("shapes_ok", "lstm_output_shapes", SH_OK1)
add("shapes_ok_ifs", "lstm_output_shapes", SH_OK2)

TIMES_D = A(["num_layers * D", "* D", "D *", "times D", "2 * num_layers", "num_layers * 2"])
add(
    "shapes_hn_no_D",
    "lstm_output_shapes",
    mut(
        SH_OK1,
        (
            '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers,',
            '"h_n": (num_layers, batch, H_out), "c_n": (num_layers,',
        ),
    ),
    [M("h_n/c_n first dimension num_layers, not num_layers * D", TIMES_D)],
)
add(
    "shapes_out_no_D",
    "lstm_output_shapes",
    mut(
        SH_OK1,
        (
            "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
            "out = (batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)",
        ),
    ),
    [
        M(
            "out's last dim not doubled for bidirectional",
            A(["D * H", "* D", "2 * hidden", "D * hidden", "times D", "2 * H", "2H"]),
        )
    ],
)
add(
    "shapes_cn_proj",
    "lstm_output_shapes",
    mut(
        SH_OK2,
        (
            "c_n = (int(num_layers * n_dir), int(batch), int(hidden_size))",
            "c_n = (int(num_layers * n_dir), int(batch), int(h_size))",
        ),
    ),
    [
        M(
            "c_n uses proj_size: the cell state is not projected",
            A(["not projected", "cell state", "c_t", "hidden_size"]),
        )
    ],
)
add(
    "shapes_proj_ignored",
    "lstm_output_shapes",
    mut(SH_OK1, ("H_out = proj_size if proj_size > 0 else hidden_size", "H_out = hidden_size")),
    [M("proj_size ignored for out and h_n", A(["projected", "projection"]))],
)
add(
    "shapes_hn_batch_first",
    "lstm_output_shapes",
    """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    if batch_first:
        return {"out": (batch, seq_len, D * H_out), "h_n": (batch, D * num_layers, H_out),
                "c_n": (batch, D * num_layers, hidden_size)}
    return {"out": (seq_len, batch, D * H_out), "h_n": (D * num_layers, batch, H_out),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    [
        M(
            "batch_first applied to h_n and c_n too",
            A(
                [
                    "not affect",
                    "unaffected",
                    "does not apply",
                    "never",
                    "regardless",
                    "only out",
                    "only to out",
                    "doesn't",
                ]
            ),
        )
    ],
)
add(
    "shapes_lists",
    "lstm_output_shapes",
    """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    Hp = proj_size or hidden_size
    out = [seq_len, batch, D * Hp]
    if batch_first:
        out[0], out[1] = out[1], out[0]
    return {"out": out, "h_n": [D * num_layers, batch, Hp], "c_n": [D * num_layers, batch, hidden_size]}
""",
    [M("lists instead of tuples", "tuple")],
)
add(
    "shapes_bf_inverted",
    "lstm_output_shapes",
    mut(SH_OK1, ("if batch_first else", "if not batch_first else")),
    [
        M(
            "batch_first condition inverted",
            A(
                [
                    "(seq_len, batch",
                    "seq_len first",
                    "time first",
                    "swapped",
                    "inverted",
                    "(batch, seq_len",
                ]
            ),
        )
    ],
)
add(
    "shapes_numpy_ints",
    "lstm_output_shapes",
    """import numpy as np


def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = np.int64(2 if bidirectional else 1)
    H = np.int64(proj_size if proj_size > 0 else hidden_size)
    out = (np.int64(seq_len), np.int64(batch), D * H)
    if batch_first:
        out = (out[1], out[0], out[2])
    return {"out": out, "h_n": (D * num_layers, np.int64(batch), H), "c_n": (D * num_layers, np.int64(batch), np.int64(hidden_size))}
""",
    [M("numpy int64 instead of Python ints", A(["int64", "numpy int", "np.int", "Python int"]))],
)
add(
    "shapes_2x_outD_cnproj",
    "lstm_output_shapes",
    mut(
        SH_OK2,
        (
            "out_shape = (int(batch), int(seq_len), int(n_dir * h_size))",
            "out_shape = (int(batch), int(seq_len), int(h_size))",
        ),
        (
            "out_shape = (int(seq_len), int(batch), int(n_dir * h_size))",
            "out_shape = (int(seq_len), int(batch), int(h_size))",
        ),
        (
            "c_n = (int(num_layers * n_dir), int(batch), int(hidden_size))",
            "c_n = (int(num_layers * n_dir), int(batch), int(h_size))",
        ),
    ),
    [
        M(
            "out's last dim not times D",
            A(["D * H", "* D", "2 * hidden", "D * hidden", "times D", "2 * H", "2H"]),
        ),
        M("c_n projected", A(["not projected", "cell state", "c_t", "hidden_size"])),
    ],
)
add(
    "shapes_2x_hnD_lists",
    "lstm_output_shapes",
    """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    Hp = proj_size or hidden_size
    out = [seq_len, batch, D * Hp]
    if batch_first:
        out[0], out[1] = out[1], out[0]
    return {"out": out, "h_n": [num_layers, batch, Hp], "c_n": [num_layers, batch, hidden_size]}
""",
    [M("lists instead of tuples", "tuple"), M("h_n first dim without D", TIMES_D)],
)
add(
    "shapes_2x_proj_hnbf",
    "lstm_output_shapes",
    """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    if batch_first:
        return {"out": (batch, seq_len, D * hidden_size), "h_n": (batch, D * num_layers, hidden_size),
                "c_n": (batch, D * num_layers, hidden_size)}
    return {"out": (seq_len, batch, D * hidden_size), "h_n": (D * num_layers, batch, hidden_size),
            "c_n": (D * num_layers, batch, hidden_size)}
""",
    [
        M("proj_size ignored", A(["projected", "projection"])),
        M(
            "batch_first applied to h_n/c_n",
            A(
                [
                    "not affect",
                    "unaffected",
                    "does not apply",
                    "never",
                    "regardless",
                    "only out",
                    "only to out",
                    "doesn't",
                ]
            ),
        ),
    ],
)
