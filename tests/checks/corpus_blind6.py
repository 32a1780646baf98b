# ruff: noqa: E501, F541, W291, W293  (student code kept verbatim, as its author wrote it)
"""The sixth blind corpus, kept as its author wrote it (/work/blind6/corpus.py): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by an author
who never read lstm_ref, the tests or the other corpora, after the engine's third round; the words
a message must contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = []


def M(src, *pairs):
    """Apply student edits (old -> new), each old string must occur exactly once."""
    for old, new in pairs:
        n = src.count(old)
        assert n == 1, (old, n)
        src = src.replace(old, new)
    return src


def E(id, function, source, mistakes=(), correct=False):
    ENTRIES.append(
        {
            "id": id,
            "function": function,
            "source": source,
            "mistakes": [{"what": w, "must_mention": list(m)} for w, m in mistakes],
            "correct": correct,
        }
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

# common word sets
MUT = {"any": ["chang", "modif", "mutat", "in place", "in-place", "overwr"]}
OVERFLOW = ["overflow"]
F32 = [{"any": ["float32", "dtype"]}]
GNAME = {"any": ["cell gate", "candidate", "g gate", "gate g", "g:", "g (", "g_t"]}

GIVEN = '''import numpy as np


def sigmoid(z):
    """Numerically stable logistic function, elementwise."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next
'''

GIVEN_LAYER = (
    GIVEN
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

# =====================================================================================
# 1. sigmoid
# =====================================================================================
SIG_A = """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1.0 + ez)
    return out
"""
E("sig_ok_masks", "sigmoid", SIG_A, correct=True)
E(
    "sig_ok_tanh",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    # sigma(z) = (1 + tanh(z/2)) / 2, tanh never overflows
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
""",
    correct=True,
)
E(
    "sig_ok_logaddexp",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z)
    return np.exp(-np.logaddexp(0.0, -z))
""",
    correct=True,
)
E(
    "sig_naive",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))
""",
    [("naive formula overflows for z = -1000", OVERFLOW)],
)
E(
    "sig_where_both_branches",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    # np.where evaluates both branches everywhere
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
    [("np.where computes both exp branches on all z: overflow warning", OVERFLOW)],
)
E(
    "sig_sign",
    "sigmoid",
    M(
        SIG_A,
        ("out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))", "out[pos] = 1.0 / (1.0 + np.exp(z[pos]))"),
        ("out[neg] = ez / (1.0 + ez)", "out[neg] = 1.0 / (1.0 + ez)"),
    ),
    [
        (
            "sign error: computes sigma(-z) = 1/(1+e^z)",
            [{"any": ["-z", "sign", "negat", "1 - σ", "1 - sigmoid", "1-σ"]}],
        )
    ],
)
E(
    "sig_clip",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.clip(z, -15, 15)  # avoid overflow
    return 1.0 / (1.0 + np.exp(-z))
""",
    [
        (
            "clips z to [-15, 15]: wrong values for large |z|",
            [{"any": ["clip", "saturat", "large |z|", "|z| >", "large"]}],
        )
    ],
)
E(
    "sig_float32",
    "sigmoid",
    M(SIG_A, ("z = np.asarray(z, dtype=np.float64)", "z = np.asarray(z, dtype=np.float32)")),
    [("computes in float32", F32)],
)
E(
    "sig_inplace",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    neg = z < 0
    ez = np.exp(z[neg])
    z[~neg] = 1.0 / (1.0 + np.exp(-z[~neg]))
    z[neg] = ez / (1.0 + ez)
    return z
""",
    [("overwrites its input array z in place", [MUT])],
)
E(
    "sig_naive_f32",
    "sigmoid",
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    return 1.0 / (1.0 + np.exp(-z))
""",
    [("naive formula overflows", OVERFLOW), ("float32 result", F32)],
)
E(
    "sig_scalar_loop",
    "sigmoid",
    """import numpy as np
import math


def sigmoid(z):
    res = []
    for v in np.ravel(z):
        if v >= 0:
            res.append(1.0 / (1.0 + math.exp(-v)))
        else:
            res.append(math.exp(v) / (1.0 + math.exp(v)))
    return np.array(res)  # forgot to reshape back
""",
    [("returns a flat array, not z's shape", [{"any": ["shape", "reshape", "flat"]}])],
)

# =====================================================================================
# 2. lstm_gates
# =====================================================================================
GATES_SIG = """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
"""
GATES_A = (
    GATES_SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)
    i = sigmoid(a_i)
    f = sigmoid(a_f)
    g = np.tanh(a_g)
    o = sigmoid(a_o)
    return i, f, g, o
"""
)
GATES_B = (
    GATES_SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]
    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]
    b_ii, b_if, b_ig, b_io = b_ih[0:H], b_ih[H:2*H], b_ih[2*H:3*H], b_ih[3*H:4*H]
    b_hi, b_hf, b_hg, b_ho = b_hh[0:H], b_hh[H:2*H], b_hh[2*H:3*H], b_hh[3*H:4*H]
    i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)
    f = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_hf)
    g = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)
    o = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_ho)
    return (i, f, g, o)
"""
)
E("gates_ok_split", "lstm_gates", GATES_A, correct=True)
E("gates_ok_pergate", "lstm_gates", GATES_B, correct=True)
E(
    "gates_ok_einsum",
    "lstm_gates",
    GATES_SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + b_hh)
    H = W_hh.shape[1]
    acts = []
    for k in range(4):
        block = z[:, k * H:(k + 1) * H]
        acts.append(np.tanh(block) if k == 2 else sigmoid(block))
    return tuple(acts)
""",
    correct=True,
)
E(
    "gates_order_ifog",
    "lstm_gates",
    M(GATES_A, ("a_i, a_f, a_g, a_o = np.split", "a_i, a_f, a_o, a_g = np.split")),
    [("reads the gates in the order i, f, o, g (g and o swapped)", ["output", GNAME])],
)
E(
    "gates_g_sigmoid",
    "lstm_gates",
    M(GATES_A, ("g = np.tanh(a_g)", "g = sigmoid(a_g)")),
    [("g uses sigmoid instead of tanh", ["tanh"])],
)
E(
    "gates_o_tanh",
    "lstm_gates",
    M(GATES_B, ("o = sigmoid(x @ W_io.T", "o = np.tanh(x @ W_io.T")),
    [("output gate uses tanh instead of sigmoid", ["output", {"any": ["sigmoid", "σ"]}])],
)
E(
    "gates_no_bhh",
    "lstm_gates",
    M(
        GATES_A,
        ("pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh", "pre = x @ W_ih.T + b_ih + h @ W_hh.T"),
    ),
    [("forgets b_hh", ["b_hh"])],
)
E(
    "gates_bih_twice",
    "lstm_gates",
    M(
        GATES_A,
        (
            "pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh",
            "pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih",
        ),
    ),
    [("adds b_ih twice instead of b_ih + b_hh", ["b_hh"])],
)
E(
    "gates_Whi_no_T",
    "lstm_gates",
    M(
        GATES_B,
        (
            "i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)",
            "i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi + b_hi)",
        ),
    ),
    [("input gate: W_hi not transposed (square block)", ["transpos", "input"])],
)
E(
    "gates_forget_reads_input_rows",
    "lstm_gates",
    M(
        GATES_B,
        (
            "f = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_hf)",
            "f = sigmoid(x @ W_if.T + b_if + h @ W_hi.T + b_hf)",
        ),
    ),
    [
        (
            "forget gate uses W_hi (input gate's recurrent rows) instead of W_hf",
            ["forget", {"any": ["W_hh", "W_hi", "recurrent"]}],
        )
    ],
)
E(
    "gates_stack",
    "lstm_gates",
    M(GATES_A, ("return i, f, g, o", "return np.stack([i, f, g, o])")),
    [
        (
            "returns one stacked (4, B, H) array instead of a tuple of four",
            [{"any": ["tuple", "four"]}],
        )
    ],
)
E(
    "gates_mutate_bias",
    "lstm_gates",
    M(
        GATES_A,
        (
            "pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh",
            "b_ih += b_hh  # fold the biases\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih",
        ),
    ),
    [("adds b_hh into b_ih in place (mutates input)", [MUT])],
)
E(
    "gates_x2_order_nobias",
    "lstm_gates",
    M(
        GATES_A,
        ("pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh", "pre = x @ W_ih.T + h @ W_hh.T + b_hh"),
        ("a_i, a_f, a_g, a_o = np.split", "a_f, a_i, a_g, a_o = np.split"),
    ),
    [("forgets b_ih", ["b_ih"]), ("input and forget gates swapped", ["input", "forget"])],
)
E(
    "gates_x2_gsig_f32",
    "lstm_gates",
    M(
        GATES_A,
        ("g = np.tanh(a_g)", "g = sigmoid(a_g)"),
        (
            "return i, f, g, o",
            "return i.astype(np.float32), f.astype(np.float32), g.astype(np.float32), o.astype(np.float32)",
        ),
    ),
    [("g uses sigmoid", ["tanh"]), ("float32 results", F32)],
)

# =====================================================================================
# 3. lstm_cell
# =====================================================================================
CELL_SIG = GATES_SIG
CELL_A = GIVEN
CELL_B = (
    CELL_SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gates = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        gates.append(x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows])
    in_gate = sigmoid(gates[0])
    forget_gate = sigmoid(gates[1])
    cand = np.tanh(gates[2])
    out_gate = sigmoid(gates[3])
    c_new = forget_gate * c + in_gate * cand
    h_new = out_gate * np.tanh(c_new)
    return h_new, c_new
"""
)
E("cell_ok_given", "lstm_cell", CELL_A, correct=True)
E("cell_ok_loop", "lstm_cell", CELL_B, correct=True)
E(
    "cell_ok_concat",
    "lstm_cell",
    CELL_SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    xh = np.concatenate([x, h], axis=1)          # (B, I + H)
    W = np.concatenate([W_ih, W_hh], axis=1)     # (4H, I + H)
    z = np.einsum("bk,gk->bg", xh, W) + b_ih + b_hh
    H = c.shape[-1]
    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])
    g = np.tanh(z[:, 2 * H:3 * H]); o = sigmoid(z[:, 3 * H:])
    c_t = np.multiply(f, c) + np.multiply(i, g)
    return np.multiply(o, np.tanh(c_t)), c_t
""",
    correct=True,
)
E(
    "cell_no_input_gate",
    "lstm_cell",
    M(CELL_A, ("c_next = f * c + i * g", "c_next = f * c + g")),
    [("c_next adds g without the input gate", ["input"])],
)
E(
    "cell_no_tanh_h",
    "lstm_cell",
    M(CELL_A, ("h_next = o * np.tanh(c_next)", "h_next = o * c_next")),
    [("h_next = o * c_next, tanh forgotten", ["tanh"])],
)
E(
    "cell_tanh_old_c",
    "lstm_cell",
    M(CELL_B, ("h_new = out_gate * np.tanh(c_new)", "h_new = out_gate * np.tanh(c)")),
    [
        (
            "h uses tanh of the previous cell state c_{t-1}",
            [
                "tanh",
                {
                    "any": [
                        "c_{t-1}",
                        "previous",
                        "prev",
                        "incoming",
                        "given c",
                        "input c",
                        "c instead",
                    ]
                },
            ],
        )
    ],
)
E(
    "cell_swap_return",
    "lstm_cell",
    M(CELL_A, ("return h_next, c_next", "return c_next, h_next")),
    [
        (
            "returns (c, h) instead of (h, c)",
            [{"any": ["swap", "order", "c_next first", "h first", "exchanged"]}],
        )
    ],
)
E(
    "cell_forget_times_h",
    "lstm_cell",
    M(
        CELL_B,
        ("c_new = forget_gate * c + in_gate * cand", "c_new = forget_gate * h + in_gate * cand"),
    ),
    [
        (
            "forget gate multiplies h_{t-1} instead of c_{t-1}",
            ["forget", {"any": ["h_{t-1}", "hidden", "h instead", "`h`", " h "]}],
        )
    ],
)
E(
    "cell_naive_sigmoid",
    "lstm_cell",
    M(
        CELL_A,
        (
            "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))",
            "    return 1.0 / (1.0 + np.exp(-z))",
        ),
    ),
    [("own naive sigmoid overflows", OVERFLOW)],
)
E(
    "cell_mutate_c",
    "lstm_cell",
    M(CELL_A, ("c_next = f * c + i * g", "c *= f\n    c += i * g\n    c_next = c")),
    [("updates c in place (mutates the argument)", [MUT])],
)
E(
    "cell_if_swapped",
    "lstm_cell",
    M(
        CELL_B,
        ("c_new = forget_gate * c + in_gate * cand", "c_new = in_gate * c + forget_gate * cand"),
    ),
    [("input and forget gates mixed up in the c update", ["input", "forget"])],
)
E(
    "cell_float32",
    "lstm_cell",
    M(
        CELL_A,
        ("return h_next, c_next", "return h_next.astype(np.float32), c_next.astype(np.float32)"),
    ),
    [("casts results to float32", F32)],
)
E(
    "cell_x2_nobhh_notanh",
    "lstm_cell",
    M(
        CELL_B,
        ("+ h @ W_hh[rows].T + b_hh[rows])", "+ h @ W_hh[rows].T)"),
        ("h_new = out_gate * np.tanh(c_new)", "h_new = out_gate * c_new"),
    ),
    [("b_hh missing", ["b_hh"]), ("h_next without tanh", ["tanh"])],
)
E(
    "cell_x2_otanh_noforget",
    "lstm_cell",
    M(
        CELL_A,
        (
            "i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)",
            "i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), np.tanh(a_o)",
        ),
        ("c_next = f * c + i * g", "c_next = c + i * g"),
    ),
    [
        ("output gate uses tanh", ["output", {"any": ["sigmoid", "σ"]}]),
        ("forget gate not applied to c", ["forget"]),
    ],
)
E(
    "cell_x2_order_mutate",
    "lstm_cell",
    M(
        CELL_A,
        ("a_i, a_f, a_g, a_o = np.split", "a_i, a_g, a_f, a_o = np.split"),
        (
            "c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)",
            "c *= f\n    c += i * g\n    c_next = c\n    h_next = o * np.tanh(c_next)",
        ),
    ),
    [("f and g blocks swapped (order i, g, f, o)", ["forget", GNAME]), ("mutates c", [MUT])],
)

# =====================================================================================
# 4. lstm_layer
# =====================================================================================
LAYER_A = (
    GIVEN
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    T, B, _ = x.shape
    H = W_hh.shape[1]
    if h0 is None:
        h0 = np.zeros((B, H))
    if c0 is None:
        c0 = np.zeros((B, H))
    h, c = h0, c0
    outputs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    out = np.stack(outputs, axis=0)
    if batch_first:
        out = np.transpose(out, (1, 0, 2))
    return out, (h, c)
"""
)
LAYER_B = (
    GIVEN
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    seq_len, batch = xs.shape[0], xs.shape[1]
    hidden = W_hh.shape[1]
    h_t = np.zeros((batch, hidden)) if h0 is None else h0
    c_t = np.zeros((batch, hidden)) if c0 is None else c0
    out = np.empty((seq_len, batch, hidden))
    t = 0
    while t < seq_len:
        h_t, c_t = lstm_cell(xs[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)
        out[t] = h_t
        t += 1
    if batch_first:
        out = np.swapaxes(out, 0, 1)
    return out, (h_t, c_t)
"""
)
E("layer_ok_list", "lstm_layer", LAYER_A, correct=True)
E("layer_ok_prealloc", "lstm_layer", LAYER_B, correct=True)
E(
    "layer_ok_moveaxis",
    "lstm_layer",
    GIVEN
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    seq = np.moveaxis(x, 1, 0) if batch_first else x
    B = seq.shape[1]
    H = W_hh.shape[-1]
    state = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None else c0)
    hs = []
    for x_t in seq:
        state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)
        hs.append(state[0])
    out = np.array(hs)
    return (np.moveaxis(out, 0, 1) if batch_first else out), state
""",
    correct=True,
)
E(
    "layer_none_unhandled",
    "lstm_layer",
    M(
        LAYER_A,
        (
            "    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n",
            "",
        ),
    ),
    [("h0, c0 = None not replaced by zeros", ["None"])],
)
E(
    "layer_batch_first_ignored",
    "lstm_layer",
    M(
        LAYER_A,
        ("    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n", ""),
        ("    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n", ""),
    ),
    [("ignores batch_first", ["batch_first"])],
)
E(
    "layer_bf_out_not_back",
    "lstm_layer",
    M(LAYER_A, ("    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n", "")),
    [("batch_first: out not transposed back to (B, T, H)", ["batch_first", "out"])],
)
E(
    "layer_bf_reshape",
    "lstm_layer",
    M(
        LAYER_A,
        ("x = np.transpose(x, (1, 0, 2))", "x = x.reshape(x.shape[1], x.shape[0], x.shape[2])"),
        (
            "out = np.transpose(out, (1, 0, 2))",
            "out = out.reshape(out.shape[1], out.shape[0], out.shape[2])",
        ),
    ),
    [("batch_first handled with reshape instead of transpose", ["reshape"])],
)
E(
    "layer_hn_first",
    "lstm_layer",
    M(LAYER_A, ("return out, (h, c)", "return out, (out[0], c)")),
    [
        (
            "h_n is out[0], the first step's h",
            ["h_n", {"any": ["first", "t = 0", "step 0", "out[0]"]}],
        )
    ],
)
E(
    "layer_range_T_minus_1",
    "lstm_layer",
    M(LAYER_B, ("while t < seq_len:", "while t < seq_len - 1:")),
    [
        (
            "loop stops one step early (T-1 steps)",
            [{"any": ["last", "T - 1", "T-1", "never comput", "not comput"]}],
        )
    ],
)
E(
    "layer_state_not_carried",
    "lstm_layer",
    M(
        LAYER_A,
        (
            "h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)",
            "h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)",
        ),
    ),
    [
        (
            "every step starts from h0, c0: state not carried",
            [{"any": ["carr", "initial", "h0", "h_{t-1}", "previous"]}],
        )
    ],
)
E(
    "layer_c_not_carried",
    "lstm_layer",
    M(
        LAYER_B,
        (
            "h_t, c_t = lstm_cell(xs[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)",
            "h_t, c_new = lstm_cell(xs[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)",
        ),
        ("return out, (h_t, c_t)", "return out, (h_t, c_new)"),
    ),
    [
        (
            "c is never updated: every step uses c0",
            [{"any": ["c0", "c_{t-1}", "cell state", "carr"]}],
        )
    ],
)
E(
    "layer_returns_list",
    "lstm_layer",
    M(LAYER_A, ("out = np.stack(outputs, axis=0)", "out = outputs")),
    [("returns out as a Python list", [{"any": ["list", "stack", "ndarray", "NumPy array"]}])],
)
E(
    "layer_zeros_BI",
    "lstm_layer",
    M(
        LAYER_A,
        (
            "    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n",
            "    if h0 is None:\n        h0 = np.zeros((B, x.shape[2]))\n    if c0 is None:\n        c0 = np.zeros((B, x.shape[2]))\n",
        ),
    ),
    [("zero state sized (B, I) instead of (B, H)", [{"any": ["None", "zeros", "(B, H)"]}])],
)
E(
    "layer_reversed",
    "lstm_layer",
    M(LAYER_A, ("for t in range(T):", "for t in reversed(range(T)):")),
    [
        (
            "runs the sequence from the end",
            [{"any": ["revers", "backward", "from the end", "order"]}],
        )
    ],
)
E(
    "layer_mutates_h0",
    "lstm_layer",
    M(
        LAYER_B,
        (
            "        out[t] = h_t\n",
            "        out[t] = h_t\n        if h0 is not None:\n            h0[...] = h_t  # keep last state\n",
        ),
    ),
    [("writes the state back into h0", [MUT])],
)
E(
    "layer_x2_bf_hn_c",
    "lstm_layer",
    M(
        LAYER_A,
        ("    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n", ""),
        ("    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n", ""),
        ("return out, (h, c)", "return out, (c, h)"),
    ),
    [
        ("ignores batch_first", ["batch_first"]),
        ("returns (c_n, h_n) swapped", [{"any": ["swap", "order", "exchanged", "c_n"]}]),
    ],
)
E(
    "layer_x2_none_notcarried",
    "lstm_layer",
    M(
        LAYER_A,
        (
            "    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n",
            "",
        ),
        (
            "h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)",
            "h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)",
        ),
    ),
    [
        ("None not handled", ["None"]),
        ("state not carried", [{"any": ["carr", "initial", "h0", "h_{t-1}", "previous"]}]),
    ],
)
E(
    "layer_x2_early_list",
    "lstm_layer",
    M(
        LAYER_A,
        ("for t in range(T):", "for t in range(1, T):"),
        ("out = np.stack(outputs, axis=0)", "out = outputs"),
    ),
    [
        (
            "skips step 0 (starts at t = 1)",
            [{"any": ["step 0", "x_0", "t = 0", "first step", "skip"]}],
        ),
        ("returns a list", [{"any": ["list", "stack", "ndarray", "NumPy array"]}]),
    ],
)

# =====================================================================================
# 5. ScratchLSTM
# =====================================================================================
SL_A = """import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


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
            in_size = input_size if layer == 0 else H * self.D
            for suffix in (["", "_reverse"] if bidirectional else [""]):
                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, size=(4 * H, in_size))
                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, size=(4 * H, H))
                if bias:
                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, size=(4 * H,))
                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, size=(4 * H,))

    def state_dict(self):
        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}

    def load_state_dict(self, state):
        missing = set(self.params) - set(state)
        extra = set(state) - set(self.params)
        if missing or extra:
            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
        for name, value in state.items():
            value = np.asarray(value, dtype=np.float64)
            if value.shape != self.params[name].shape:
                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")
            self.params[name] = value.copy()

    def _step(self, x, h, c, name):
        p = self.params
        a = x @ p["weight_ih_" + name].T + h @ p["weight_hh_" + name].T
        if self.bias:
            a = a + p["bias_ih_" + name] + p["bias_hh_" + name]
        H = self.hidden_size
        i = _sigmoid(a[:, :H])
        f = _sigmoid(a[:, H:2 * H])
        g = np.tanh(a[:, 2 * H:3 * H])
        o = _sigmoid(a[:, 3 * H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        return h, c

    def _run(self, x, h, c, name, reverse):
        T = x.shape[0]
        out = np.zeros((T, x.shape[1], self.hidden_size))
        steps = range(T - 1, -1, -1) if reverse else range(T)
        for t in steps:
            h, c = self._step(x[t], h, c, name)
            out[t] = h
        return out, h, c

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
        for k in range(L):
            outs = []
            for d in range(D):
                name = f"l{k}" + ("_reverse" if d == 1 else "")
                out_d, h, c = self._run(layer_in, h0[k * D + d], c0[k * D + d], name, reverse=(d == 1))
                outs.append(out_d)
                h_n[k * D + d] = h
                c_n[k * D + d] = c
            layer_in = np.concatenate(outs, axis=2)
        out = layer_in
        if self.batch_first:
            out = out.transpose(1, 0, 2)
        return out, (h_n, c_n)
"""
SL_B = """import numpy as np


def stable_sigmoid(v):
    out = np.empty_like(v)
    p = v >= 0
    out[p] = 1.0 / (1.0 + np.exp(-v[p]))
    ev = np.exp(v[~p])
    out[~p] = ev / (1.0 + ev)
    return out


def cell_step(x, h, c, Wi, Wh, bi, bh):
    z = x @ Wi.T + h @ Wh.T
    if bi is not None:
        z = z + bi + bh
    i, f, g, o = np.split(z, 4, axis=-1)
    c2 = stable_sigmoid(f) * c + stable_sigmoid(i) * np.tanh(g)
    return stable_sigmoid(o) * np.tanh(c2), c2


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
        for layer in range(num_layers):
            n_in = input_size if layer == 0 else hidden_size * self.num_directions
            for direction in range(self.num_directions):
                suf = "_reverse" if direction else ""
                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]
                if bias:
                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]
                for base, shape in shapes:
                    name = f"{base}_l{layer}{suf}"
                    setattr(self, name, gen.uniform(-bound, bound, shape))
                    self._names.append(name)

    def state_dict(self):
        return {n: getattr(self, n).astype(np.float64).copy() for n in self._names}

    def load_state_dict(self, state):
        if set(state) != set(self._names):
            raise KeyError("keys differ: " + str(sorted(set(state) ^ set(self._names))))
        for n in self._names:
            if np.shape(state[n]) != getattr(self, n).shape:
                raise ValueError(f"wrong shape for {n}")
            setattr(self, n, np.array(state[n], dtype=np.float64))

    def _params(self, layer, direction):
        suf = "_reverse" if direction else ""
        get = lambda b: getattr(self, f"{b}_l{layer}{suf}")
        if self.bias:
            return get("weight_ih"), get("weight_hh"), get("bias_ih"), get("bias_hh")
        return get("weight_ih"), get("weight_hh"), None, None

    def __call__(self, x, hx=None):
        if self.batch_first:
            x = np.swapaxes(x, 0, 1)
        T, B = x.shape[:2]
        H, D = self.hidden_size, self.num_directions
        n = self.num_layers * D
        if hx is None:
            hx = (np.zeros((n, B, H)), np.zeros((n, B, H)))
        h_all, c_all = [], []
        seq = x
        for layer in range(self.num_layers):
            dir_outs = []
            for direction in range(D):
                row = layer * D + direction
                h, c = hx[0][row], hx[1][row]
                src = seq[::-1] if direction == 1 else seq
                hs = []
                for x_t in src:
                    h, c = cell_step(x_t, h, c, *self._params(layer, direction))
                    hs.append(h)
                hs = np.stack(hs)
                if direction == 1:
                    hs = hs[::-1]
                dir_outs.append(hs)
                h_all.append(h)
                c_all.append(c)
            seq = np.concatenate(dir_outs, axis=-1)
        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq
        return np.ascontiguousarray(out), (np.stack(h_all), np.stack(c_all))
"""
E("sl_ok_dict", "ScratchLSTM", SL_A, correct=True)
E("sl_ok_attrs", "ScratchLSTM", SL_B, correct=True)
RANGE = {"any": ["bound", "range", "uniform", "1/√H", "sqrt", "√"]}
E(
    "sl_init_positive",
    "ScratchLSTM",
    M(
        SL_A,
        (
            'self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k,',
            'self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(0, k,',
        ),
        (
            'self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k,',
            'self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(0, k,',
        ),
    ),
    [("weights drawn in [0, 1/sqrt(H)] instead of [-1/sqrt(H), 1/sqrt(H)]", [RANGE])],
)
E(
    "sl_init_normal",
    "ScratchLSTM",
    M(
        SL_B,
        (
            "setattr(self, name, gen.uniform(-bound, bound, shape))",
            "setattr(self, name, gen.normal(0.0, bound, shape))",
        ),
    ),
    [("weights drawn from a normal distribution, outside the bound", [RANGE])],
)
E(
    "sl_seed_ignored",
    "ScratchLSTM",
    M(SL_A, ("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()")),
    [("seed not used: same seed gives different parameters", ["seed"])],
)
E(
    "sl_statedict_no_copy",
    "ScratchLSTM",
    M(
        SL_A,
        (
            "return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}",
            "return self.params",
        ),
    ),
    [("state_dict returns the module's own dict (no copies)", ["cop"])],
)
E(
    "sl_load_no_copy",
    "ScratchLSTM",
    M(
        SL_B,
        ("setattr(self, n, np.array(state[n], dtype=np.float64))", "setattr(self, n, state[n])"),
    ),
    [("load_state_dict keeps references to the given arrays", ["cop"])],
)
E(
    "sl_bias_false_keys",
    "ScratchLSTM",
    M(
        SL_A,
        (
            '                if bias:\n                    self.params[f"bias_ih',
            '                if True:\n                    self.params[f"bias_ih',
        ),
    ),
    [("bias=False still creates bias parameters", ["bias"])],
)
E(
    "sl_bias_false_adds",
    "ScratchLSTM",
    M(
        SL_B,
        (
            "    if bi is not None:\n        z = z + bi + bh\n",
            "    z = z + (bi if bi is not None else 1.0) + (bh if bh is not None else 0.0)\n",
        ),
    ),
    [("bias=False: still adds a constant bias of 1", ["bias"])],
)
E(
    "sl_hx_rows_dir_major",
    "ScratchLSTM",
    M(
        SL_A,
        (
            "out_d, h, c = self._run(layer_in, h0[k * D + d], c0[k * D + d], name, reverse=(d == 1))",
            "out_d, h, c = self._run(layer_in, h0[d * L + k], c0[d * L + k], name, reverse=(d == 1))",
        ),
        (
            "h_n[k * D + d] = h\n                c_n[k * D + d] = c",
            "h_n[d * L + k] = h\n                c_n[d * L + k] = c",
        ),
    ),
    [
        (
            "states' rows ordered direction-major (d * L + k) instead of k * D + d",
            [
                {
                    "any": [
                        "order",
                        "k * D",
                        "k*D",
                        "interleav",
                        "layer by layer",
                        "d * L",
                        "direction-major",
                    ]
                }
            ],
        )
    ],
)
E(
    "sl_reverse_not_restored",
    "ScratchLSTM",
    M(SL_B, ("                if direction == 1:\n                    hs = hs[::-1]\n", "")),
    [
        (
            "reverse outputs left in reversed time order",
            ["reverse", {"any": ["time order", "flip", "put back", "order"]}],
        )
    ],
)
E(
    "sl_reverse_hn_last",
    "ScratchLSTM",
    M(SL_B, ("                h_all.append(h)\n", "                h_all.append(hs[-1])\n")),
    [("reverse h_n taken from out[-1] instead of the state after x_0", ["h_n", "reverse"])],
)
E(
    "sl_batch_first_ignored",
    "ScratchLSTM",
    M(
        SL_A,
        ("        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n", ""),
        ("        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n", ""),
    ),
    [("ignores batch_first", ["batch_first"])],
)
E(
    "sl_layer2_forward_only",
    "ScratchLSTM",
    M(
        SL_A,
        (
            "            layer_in = np.concatenate(outs, axis=2)",
            "            layer_in = outs[0] if k < L - 1 else np.concatenate(outs, axis=2)",
        ),
        (
            "in_size = input_size if layer == 0 else H * self.D",
            "in_size = input_size if layer == 0 else H",
        ),
    ),
    [
        (
            "layer k > 0 reads only the forward direction's output (H features instead of D*H)",
            [
                {
                    "any": [
                        "both directions",
                        "D * H",
                        "2H",
                        "2 * H",
                        "H * D",
                        "forward half",
                        "only the forward",
                        "reverse half",
                    ]
                }
            ],
        )
    ],
)
E(
    "sl_hx_ignored",
    "ScratchLSTM",
    M(
        SL_A,
        (
            "        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n",
            "        h0 = np.zeros((L * D, B, H))\n        c0 = np.zeros((L * D, B, H))\n",
        ),
    ),
    [
        (
            "ignores the given hx, always starts from zeros",
            [{"any": ["hx", "h_0", "initial", "zeros"]}],
        )
    ],
)
E(
    "sl_gate_order_ifog",
    "ScratchLSTM",
    M(
        SL_B,
        ("    i, f, g, o = np.split(z, 4, axis=-1)", "    i, f, o, g = np.split(z, 4, axis=-1)"),
    ),
    [("splits gates as i, f, o, g", ["output", GNAME])],
)
E(
    "sl_wrong_reverse_key",
    "ScratchLSTM",
    M(
        SL_A,
        (
            'for suffix in (["", "_reverse"] if bidirectional else [""]):',
            'for suffix in (["", "_rev"] if bidirectional else [""]):',
        ),
        (
            'name = f"l{k}" + ("_reverse" if d == 1 else "")',
            'name = f"l{k}" + ("_rev" if d == 1 else "")',
        ),
    ),
    [("names the reverse parameters ..._rev instead of ..._reverse", ["_reverse"])],
)
E(
    "sl_float32_params",
    "ScratchLSTM",
    M(
        SL_B,
        (
            "setattr(self, name, gen.uniform(-bound, bound, shape))",
            "setattr(self, name, gen.uniform(-bound, bound, shape).astype(np.float32))",
        ),
        (
            "setattr(self, n, np.array(state[n], dtype=np.float64))",
            "setattr(self, n, np.array(state[n], dtype=np.float32))",
        ),
        (
            "return {n: getattr(self, n).astype(np.float64).copy() for n in self._names}",
            "return {n: getattr(self, n).copy() for n in self._names}",
        ),
    ),
    [("stores parameters as float32", F32)],
)
E(
    "sl_only_first_layer",
    "ScratchLSTM",
    M(
        SL_B,
        (
            "        for layer in range(self.num_layers):\n            dir_outs = []",
            "        for layer in range(1):\n            dir_outs = []",
        ),
    ),
    [
        (
            "runs only layer 0, ignores num_layers in the call",
            [{"any": ["num_layers", "layer 1", "only the first layer", "second layer"]}],
        )
    ],
)
E(
    "sl_x2_rev_bf",
    "ScratchLSTM",
    M(
        SL_B,
        ("                if direction == 1:\n                    hs = hs[::-1]\n", ""),
        ("        if self.batch_first:\n            x = np.swapaxes(x, 0, 1)\n", ""),
        (
            "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n",
            "        out = seq\n",
        ),
    ),
    [
        (
            "reverse outputs not put back in time order",
            ["reverse", {"any": ["time order", "flip", "put back", "order"]}],
        ),
        ("ignores batch_first", ["batch_first"]),
    ],
)
E(
    "sl_x2_bias_nocopy",
    "ScratchLSTM",
    M(
        SL_A,
        (
            '                if bias:\n                    self.params[f"bias_ih',
            '                if True:\n                    self.params[f"bias_ih',
        ),
        (
            "return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}",
            "return dict(self.params)",
        ),
    ),
    [("bias=False keeps biases", ["bias"]), ("state_dict values are not copies", ["cop"])],
)
E(
    "sl_x2_seed_hx",
    "ScratchLSTM",
    M(
        SL_A,
        ("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()"),
        (
            "        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n",
            "        h0 = np.zeros((L * D, B, H))\n        c0 = np.zeros((L * D, B, H))\n",
        ),
    ),
    [("seed ignored", ["seed"]), ("hx ignored", [{"any": ["hx", "h_0", "initial", "zeros"]}])],
)
E(
    "sl_x2_rows_revhn",
    "ScratchLSTM",
    M(
        SL_B,
        (
            "                row = layer * D + direction\n",
            "                row = direction * self.num_layers + layer\n",
        ),
        ("                h_all.append(h)\n", "                h_all.append(hs[-1])\n"),
    ),
    [
        (
            "hx rows read direction-major",
            [
                {
                    "any": [
                        "order",
                        "k * D",
                        "k*D",
                        "interleav",
                        "layer by layer",
                        "d * L",
                        "direction-major",
                    ]
                }
            ],
        ),
        ("reverse h_n from out[-1]", ["h_n", "reverse"]),
    ],
)

# =====================================================================================
# 6. bilstm_layer
# =====================================================================================
BI_A = (
    GIVEN_LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out_b = out_b_rev[::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    h_n = np.stack([h_f, h_b])
    c_n = np.stack([c_f, c_b])
    return out, (h_n, c_n)
"""
)
BI_B = (
    GIVEN
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    Wf_ih, Wf_hh, bf_ih, bf_hh = fwd
    Wb_ih, Wb_hh, bb_ih, bb_hh = bwd
    hf, cf = h0[0], c0[0]
    for t in range(T):
        hf, cf = lstm_cell(x[t], hf, cf, Wf_ih, Wf_hh, bf_ih, bf_hh)
        out[t, :, :H] = hf
    hb, cb = h0[1], c0[1]
    for t in range(T - 1, -1, -1):
        hb, cb = lstm_cell(x[t], hb, cb, Wb_ih, Wb_hh, bb_ih, bb_hh)
        out[t, :, H:] = hb
    h_n = np.array([hf, hb])
    c_n = np.array([cf, cb])
    return out, (h_n, c_n)
"""
)
E("bi_ok_layer", "bilstm_layer", BI_A, correct=True)
E("bi_ok_loop", "bilstm_layer", BI_B, correct=True)
E(
    "bi_ok_flip",
    "bilstm_layer",
    GIVEN_LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    forward_out, forward_state = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])
    backward_out, backward_state = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], bwd[0], bwd[1], bwd[2], bwd[3])
    out = np.dstack([forward_out, np.flip(backward_out, axis=0)])
    h_n = np.stack([forward_state[0], backward_state[0]], axis=0)
    c_n = np.stack([forward_state[1], backward_state[1]], axis=0)
    return out, (h_n, c_n)
""",
    correct=True,
)
TORDER = {
    "any": ["time order", "flip", "put back", "not reversed", "reversed order", "in reverse order"]
}
E(
    "bi_not_flipped_back",
    "bilstm_layer",
    M(BI_A, ("out_b = out_b_rev[::-1]", "out_b = out_b_rev")),
    [("backward outputs not put back in time order", [TORDER])],
)
E(
    "bi_hn_from_out_last",
    "bilstm_layer",
    M(BI_B, ("h_n = np.array([hf, hb])", "h_n = np.array([hf, out[-1, :, H:]])")),
    [
        (
            "backward h_n = out[-1] (state after x_{T-1} only) instead of the state after x_0",
            ["h_n", {"any": ["x_0", "step 0", "out[0]", "t = 0", "index 0"]}],
        )
    ],
)
E(
    "bi_bwd_uses_fwd_weights",
    "bilstm_layer",
    M(BI_A, ("lstm_layer(x[::-1], h0[1], c0[1], *bwd)", "lstm_layer(x[::-1], h0[1], c0[1], *fwd)")),
    [
        (
            "backward direction uses fwd's weights",
            [
                {
                    "any": [
                        "fwd",
                        "forward weights",
                        "forward direction's weights",
                        "forward's weights",
                        "forward parameters",
                    ]
                }
            ],
        )
    ],
)
E(
    "bi_h0_row0_both",
    "bilstm_layer",
    M(BI_B, ("hb, cb = h0[1], c0[1]", "hb, cb = h0[0], c0[0]")),
    [
        (
            "backward direction starts from h0[0], c0[0] instead of row 1",
            [{"any": ["h0[1]", "row 1", "initial", "h0"]}],
        )
    ],
)
E(
    "bi_concat_order",
    "bilstm_layer",
    M(
        BI_A,
        (
            "out = np.concatenate([out_f, out_b], axis=2)",
            "out = np.concatenate([out_b, out_f], axis=2)",
        ),
    ),
    [
        (
            "out = [backward, forward] instead of [forward, backward]",
            [{"any": ["order", "swap", "halves", "forward first", "exchanged"]}],
        )
    ],
)
E(
    "bi_no_reverse_input",
    "bilstm_layer",
    M(
        BI_B,
        ("for t in range(T - 1, -1, -1):\n        hb, cb", "for t in range(T):\n        hb, cb"),
    ),
    [
        (
            "backward direction reads x forwards (never reversed)",
            [{"any": ["revers", "x_{T-1}", "backwards", "from the end"]}],
        )
    ],
)
E(
    "bi_concat_axis0",
    "bilstm_layer",
    M(
        BI_A,
        (
            "out = np.concatenate([out_f, out_b], axis=2)",
            "out = np.concatenate([out_f, out_b], axis=0)",
        ),
    ),
    [
        (
            "concatenates along time (axis 0) instead of features",
            [{"any": ["axis", "concaten", "(T, B, 2H)", "2H"]}],
        )
    ],
)
E(
    "bi_mutates_h0",
    "bilstm_layer",
    M(
        BI_B,
        (
            "    h_n = np.array([hf, hb])\n",
            "    h0[0], h0[1] = hf, hb\n    h_n = np.array([hf, hb])\n",
        ),
    ),
    [("writes final states into h0", [MUT])],
)
E(
    "bi_x2_noflip_fwdw",
    "bilstm_layer",
    M(
        BI_A,
        ("out_b = out_b_rev[::-1]", "out_b = out_b_rev"),
        ("lstm_layer(x[::-1], h0[1], c0[1], *bwd)", "lstm_layer(x[::-1], h0[1], c0[1], *fwd)"),
    ),
    [
        ("backward outputs not flipped back", [TORDER]),
        (
            "backward uses fwd weights",
            [
                {
                    "any": [
                        "fwd",
                        "forward weights",
                        "forward direction's weights",
                        "forward's weights",
                        "forward parameters",
                    ]
                }
            ],
        ),
    ],
)
E(
    "bi_x2_h0_hn",
    "bilstm_layer",
    M(
        BI_B,
        ("hb, cb = h0[1], c0[1]", "hb, cb = h0[0], c0[0]"),
        ("c_n = np.array([cf, cb])", "c_n = np.array([cf, c0[1]])"),
    ),
    [
        ("backward starts from row 0", [{"any": ["h0[1]", "row 1", "initial", "h0"]}]),
        ("c_n backward row = c0[1] (never updated)", ["c_n"]),
    ],
)

# =====================================================================================
# 7. lstm_cell_backward
# =====================================================================================
CB_A = (
    GATES_SIG
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = sigmoid(a[:, :H])
    f = sigmoid(a[:, H:2 * H])
    g = np.tanh(a[:, 2 * H:3 * H])
    o = sigmoid(a[:, 3 * H:])
    c_next = f * c + i * g
    tc = np.tanh(c_next)
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    di = dc * g
    dg = dc * i
    df = dc * c
    da_i = di * i * (1 - i)
    da_f = df * f * (1 - f)
    da_g = dg * (1 - g ** 2)
    da_o = do * o * (1 - o)
    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc * f,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": da.sum(axis=0),
        "b_hh": da.sum(axis=0),
    }
"""
)
CB_B = (
    GATES_SIG
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gates = {}
    pre = {}
    for k, name in enumerate("ifgo"):
        r = slice(k * H, (k + 1) * H)
        pre[name] = x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r]
        gates[name] = np.tanh(pre[name]) if name == "g" else sigmoid(pre[name])
    i, f, g, o = gates["i"], gates["f"], gates["g"], gates["o"]
    c_t = f * c + i * g
    tanh_c = np.tanh(c_t)
    dcell = dc_next + dh_next * o * (1.0 - tanh_c * tanh_c)
    dpre = {
        "i": dcell * g * sigmoid(pre["i"]) * sigmoid(-pre["i"]),
        "f": dcell * c * sigmoid(pre["f"]) * sigmoid(-pre["f"]),
        "g": dcell * i / np.cosh(pre["g"]) ** 2,
        "o": dh_next * tanh_c * sigmoid(pre["o"]) * sigmoid(-pre["o"]),
    }
    dz = np.hstack([dpre["i"], dpre["f"], dpre["g"], dpre["o"]])
    dW_ih = np.einsum("bg,bi->gi", dz, x)
    dW_hh = np.einsum("bg,bh->gh", dz, h)
    db = np.sum(dz, axis=0)
    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dcell * f,
            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db.copy()}
"""
)
E("cb_ok_concat", "lstm_cell_backward", CB_A, correct=True)
E("cb_ok_pergate", "lstm_cell_backward", CB_B, correct=True)
E(
    "cb_ok_loops",
    "lstm_cell_backward",
    GATES_SIG
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    z = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)
    i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])
    g = np.tanh(z[:, 2*H:3*H])
    cn = f * c + i * g
    th = np.tanh(cn)
    d_c = dc_next + dh_next * o * (1 - th**2)
    dz = np.zeros((B, 4 * H))
    dz[:, :H] = d_c * g * i * (1 - i)
    dz[:, H:2*H] = d_c * c * f * (1 - f)
    dz[:, 2*H:3*H] = d_c * i * (1 - g**2)
    dz[:, 3*H:] = dh_next * th * o * (1 - o)
    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "W_ih": np.zeros_like(W_ih),
             "W_hh": np.zeros_like(W_hh), "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}
    for b in range(B):
        grads["W_ih"] += np.outer(dz[b], x[b])
        grads["W_hh"] += np.outer(dz[b], h[b])
        grads["b_ih"] += dz[b]
        grads["b_hh"] += dz[b]
        grads["x"][b] = W_ih.T @ dz[b]
        grads["h"][b] = W_hh.T @ dz[b]
    grads["c"] = d_c * f
    return grads
""",
    correct=True,
)
E(
    "cb_dc_no_tanhprime",
    "lstm_cell_backward",
    M(CB_A, ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next + dh_next * o")),
    [("dc misses tanh'(c_t) = 1 - tanh^2", ["tanh"])],
)
E(
    "cb_dc_no_dcnext",
    "lstm_cell_backward",
    M(CB_A, ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dh_next * o * (1 - tc ** 2)")),
    [("dc forgets dc_next", ["dc_next"])],
)
E(
    "cb_do_old_c",
    "lstm_cell_backward",
    M(CB_A, ("do = dh_next * tc", "do = dh_next * np.tanh(c)")),
    [
        (
            "delta o uses tanh(c_{t-1}) instead of tanh(c_t)",
            ["output", {"any": ["c_{t-1}", "previous", "prev", "incoming", "c_t"]}],
        )
    ],
)
E(
    "cb_df_new_c",
    "lstm_cell_backward",
    M(CB_A, ("df = dc * c\n", "df = dc * c_next\n")),
    [
        (
            "delta f uses c_t instead of c_{t-1}",
            ["forget", {"any": ["c_{t-1}", "c_t", "previous", "c_next"]}],
        )
    ],
)
E(
    "cb_sig_deriv_preact",
    "lstm_cell_backward",
    M(
        CB_B,
        (
            '"o": dh_next * tanh_c * sigmoid(pre["o"]) * sigmoid(-pre["o"]),',
            '"o": dh_next * tanh_c * pre["o"] * (1 - pre["o"]),',
        ),
    ),
    [
        (
            "output gate derivative uses the pre-activation a(1-a) instead of o(1-o)",
            [
                "output",
                {
                    "any": [
                        "σ'",
                        "sigmoid'",
                        "derivative",
                        "σ(1 - σ)",
                        "o(1 - o)",
                        "o (1 - o)",
                        "pre-activation",
                    ]
                },
            ],
        )
    ],
)
E(
    "cb_dg_no_tanhprime",
    "lstm_cell_backward",
    M(CB_A, ("da_g = dg * (1 - g ** 2)", "da_g = dg")),
    [("g's tanh derivative forgotten", [GNAME, "tanh"])],
)
E(
    "cb_dW_transposed",
    "lstm_cell_backward",
    M(CB_A, ('"W_ih": da.T @ x,', '"W_ih": x.T @ da,')),
    [("dW_ih computed transposed (I, 4H)", ["transpos"])],
)
E(
    "cb_db_mean",
    "lstm_cell_backward",
    M(
        CB_A,
        (
            '"b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),',
            '"b_ih": da.mean(axis=0),\n        "b_hh": da.mean(axis=0),',
        ),
    ),
    [
        (
            "bias gradients averaged over the batch instead of summed",
            [{"any": ["mean", "averag", "divid"]}],
        )
    ],
)
E(
    "cb_dh_passthrough",
    "lstm_cell_backward",
    M(CB_A, ('"h": da @ W_hh,', '"h": dh_next,')),
    [("returns dh_next as the gradient of h instead of da @ W_hh", ["W_hh"])],
)
E(
    "cb_dc_prev_no_f",
    "lstm_cell_backward",
    M(CB_B, ('"c": dcell * f,', '"c": dcell,')),
    [("dc_{t-1} not multiplied by f", [{"any": ["f_t", "forget"]}])],
)
E(
    "cb_keys_d",
    "lstm_cell_backward",
    M(
        CB_A,
        (
            '"x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc * f,',
            '"dx": da @ W_ih,\n        "dh": da @ W_hh,\n        "dc": dc * f,',
        ),
    ),
    [("keys 'dx', 'dh', 'dc' instead of 'x', 'h', 'c'", ["key"])],
)
E(
    "cb_db_not_summed",
    "lstm_cell_backward",
    M(CB_B, ("db = np.sum(dz, axis=0)", "db = dz")),
    [("bias gradient not summed over the batch", [{"any": ["sum", "batch"]}])],
)
E(
    "cb_x2_tanh_mean",
    "lstm_cell_backward",
    M(
        CB_A,
        ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next + dh_next * o"),
        (
            '"b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),',
            '"b_ih": da.mean(axis=0),\n        "b_hh": da.mean(axis=0),',
        ),
    ),
    [
        ("dc misses tanh'", ["tanh"]),
        ("bias gradients averaged", [{"any": ["mean", "averag", "divid"]}]),
    ],
)
E(
    "cb_x2_di_df_swapped",
    "lstm_cell_backward",
    M(CB_A, ("di = dc * g\n", "di = dc * c\n"), ("df = dc * c\n", "df = dc * g\n")),
    [("delta i uses c_{t-1} and delta f uses g: input and forget swapped", ["input", "forget"])],
)
E(
    "cb_x2_dcnext_dh",
    "lstm_cell_backward",
    M(
        CB_B,
        (
            "dcell = dc_next + dh_next * o * (1.0 - tanh_c * tanh_c)",
            "dcell = dh_next * o * (1.0 - tanh_c * tanh_c)",
        ),
        ('"h": dz @ W_hh,', '"h": dh_next,'),
    ),
    [("forgets dc_next", ["dc_next"]), ("dh not through W_hh", ["W_hh"])],
)
E(
    "cb_x2_mutate_dc",
    "lstm_cell_backward",
    M(
        CB_A,
        (
            "dc = dc_next + dh_next * o * (1 - tc ** 2)",
            "dc = dc_next\n    dc += dh_next * o * (1 - tc ** 2)",
        ),
        ("da_g = dg * (1 - g ** 2)", "da_g = dg"),
    ),
    [
        ("accumulates into dc_next in place", [MUT]),
        ("g's tanh derivative forgotten", [GNAME, "tanh"]),
    ],
)

# =====================================================================================
# 8. lstm_layer_backward
# =====================================================================================
LB_HEAD = GIVEN + CB_A.replace(GATES_SIG, "")
LB_A = (
    LB_HEAD
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, _ = x.shape
    H = h0.shape[1]
    hs, cs = [h0], [c0]
    for t in range(T):
        h_t, c_t = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h_t)
        cs.append(c_t)
    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()
    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()
    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),
             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}
    for t in range(T - 1, -1, -1):
        dh = dh + dout[t]
        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        grads["x"][t] = g["x"]
        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[name] += g[name]
        dh, dc = g["h"], g["c"]
    grads["h0"] = dh
    grads["c0"] = dc
    return grads
"""
)
LB_B = (
    LB_HEAD
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T = len(x)
    states = [(h0, c0)]
    for t in range(T):
        states.append(lstm_cell(x[t], *states[t], W_ih, W_hh, b_ih, b_hh))
    dh_carry = np.zeros_like(h0) if dh_n is None else dh_n
    dc_carry = np.zeros_like(c0) if dc_n is None else dc_n
    dxs = [None] * T
    steps = []
    for t in reversed(range(T)):
        h_prev, c_prev = states[t]
        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)
        dxs[t] = step["x"]
        steps.append(step)
        dh_carry, dc_carry = step["h"], step["c"]
    return {
        "x": np.stack(dxs),
        "h0": dh_carry,
        "c0": dc_carry,
        "W_ih": sum(s["W_ih"] for s in steps),
        "W_hh": sum(s["W_hh"] for s in steps),
        "b_ih": sum(s["b_ih"] for s in steps),
        "b_hh": sum(s["b_hh"] for s in steps),
    }
"""
)
E("lb_ok_dict", "lstm_layer_backward", LB_A, correct=True)
E("lb_ok_states", "lstm_layer_backward", LB_B, correct=True)
E(
    "lb_ok_vectorised",
    "lstm_layer_backward",
    GIVEN
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    # forward pass keeping every gate, then BPTT with the weight gradients done in one einsum
    T, B, I = x.shape
    H = W_hh.shape[1]
    H_all = np.zeros((T + 1, B, H)); C_all = np.zeros((T + 1, B, H))
    H_all[0], C_all[0] = h0, c0
    gates = np.zeros((T, 4, B, H))
    for t in range(T):
        z = x[t] @ W_ih.T + b_ih + H_all[t] @ W_hh.T + b_hh
        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), sigmoid(z[:, 3*H:])
        C_all[t + 1] = f * C_all[t] + i * g
        H_all[t + 1] = o * np.tanh(C_all[t + 1])
        gates[t] = i, f, g, o
    dZ = np.zeros((T, B, 4 * H))
    dh_next = np.zeros((B, H)) if dh_n is None else np.array(dh_n)
    dc_next = np.zeros((B, H)) if dc_n is None else np.array(dc_n)
    for t in range(T - 1, -1, -1):
        i, f, g, o = gates[t]
        dh = dout[t] + dh_next
        tc = np.tanh(C_all[t + 1])
        dc = dc_next + dh * o * (1 - tc ** 2)
        dZ[t] = np.concatenate([dc * g * i * (1 - i), dc * C_all[t] * f * (1 - f),
                                dc * i * (1 - g ** 2), dh * tc * o * (1 - o)], axis=1)
        dh_next = dZ[t] @ W_hh
        dc_next = dc * f
    db = dZ.sum(axis=(0, 1))
    return {"x": dZ @ W_ih, "h0": dh_next, "c0": dc_next,
            "W_ih": np.einsum("tbg,tbi->gi", dZ, x), "W_hh": np.einsum("tbg,tbh->gh", dZ, H_all[:-1]),
            "b_ih": db, "b_hh": db.copy()}
""",
    correct=True,
)
E(
    "lb_no_dout",
    "lstm_layer_backward",
    M(LB_A, ("        dh = dh + dout[t]\n", "")),
    [("dout[t] never added to the gradient reaching h_t", ["dout"])],
)
E(
    "lb_no_recurrent_dh",
    "lstm_layer_backward",
    M(LB_B, ('dh_carry, dc_carry = step["h"], step["c"]', 'dc_carry = step["c"]')),
    [
        (
            "the 'h' gradient from step t+1 is not carried back",
            [{"any": ["recurr", "carr", "step t+1", "t + 1", '"h"', "'h'"]}],
        )
    ],
)
E(
    "lb_weights_last_only",
    "lstm_layer_backward",
    M(LB_A, ("            grads[name] += g[name]", "            grads[name] = g[name]")),
    [("weight gradients overwritten: only step 0's kept, not summed", ["sum"])],
)
E(
    "lb_state_off_by_one",
    "lstm_layer_backward",
    M(
        LB_A,
        (
            "g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t],",
            "g = lstm_cell_backward(dh, dc, x[t], hs[t + 1], cs[t + 1],",
        ),
    ),
    [
        (
            "step t's backward given (h_t, c_t) instead of (h_{t-1}, c_{t-1})",
            [
                {
                    "any": [
                        "h_{t-1}",
                        "started from",
                        "starts from",
                        "previous",
                        "off by one",
                        "t-1",
                        "t - 1",
                    ]
                }
            ],
        )
    ],
)
E(
    "lb_dc_not_carried",
    "lstm_layer_backward",
    M(LB_A, ('        dh, dc = g["h"], g["c"]', '        dh = g["h"]')),
    [("dc from step t+1 not carried back", [{"any": ['"c"', "'c'", "dc", "cell state", "c_t"]}])],
)
E(
    "lb_dx_reversed",
    "lstm_layer_backward",
    M(LB_B, ('"x": np.stack(dxs),', '"x": np.stack(dxs[::-1]),')),
    [("dx returned in reverse time order", [{"any": ["revers", "time order", "flip"]}])],
)
E(
    "lb_none_unhandled",
    "lstm_layer_backward",
    M(
        LB_A,
        (
            "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n",
            "    dh = dh_n.copy()\n    dc = dc_n.copy()\n",
        ),
    ),
    [("dh_n, dc_n = None not handled", ["None"])],
)
E(
    "lb_dhn_ignored",
    "lstm_layer_backward",
    M(
        LB_B,
        ("dh_carry = np.zeros_like(h0) if dh_n is None else dh_n", "dh_carry = np.zeros_like(h0)"),
    ),
    [("dh_n ignored", ["dh_n"])],
)
E(
    "lb_dcn_into_dh",
    "lstm_layer_backward",
    M(
        LB_B,
        (
            "dh_carry = np.zeros_like(h0) if dh_n is None else dh_n\n    dc_carry = np.zeros_like(c0) if dc_n is None else dc_n",
            "dh_carry = np.zeros_like(h0) if dh_n is None else dh_n\n    if dc_n is not None:\n        dh_carry = dh_carry + dc_n\n    dc_carry = np.zeros_like(c0)",
        ),
    ),
    [("dc_n added to the h gradient instead of c", ["dc_n"])],
)
E(
    "lb_skip_step0",
    "lstm_layer_backward",
    M(LB_A, ("for t in range(T - 1, -1, -1):", "for t in range(T - 1, 0, -1):")),
    [("the backward loop stops before t = 0", [{"any": ["step 0", "t = 0", "t=0", "x_0"]}])],
)
E(
    "lb_mutates_dout",
    "lstm_layer_backward",
    M(
        LB_B,
        (
            "step = lstm_cell_backward(dout[t] + dh_carry, dc_carry,",
            "dout[t] += dh_carry\n        step = lstm_cell_backward(dout[t], dc_carry,",
        ),
    ),
    [("adds into dout in place", [MUT])],
)
E(
    "lb_x2_nodout_sum",
    "lstm_layer_backward",
    M(
        LB_A,
        ("        dh = dh + dout[t]\n", ""),
        ("            grads[name] += g[name]", "            grads[name] = g[name]"),
    ),
    [("dout never added", ["dout"]), ("weight gradients not summed over steps", ["sum"])],
)
E(
    "lb_x2_state_dxrev",
    "lstm_layer_backward",
    M(
        LB_B,
        ("h_prev, c_prev = states[t]", "h_prev, c_prev = states[t + 1]"),
        ('"x": np.stack(dxs),', '"x": np.stack(dxs[::-1]),'),
    ),
    [
        (
            "uses (h_t, c_t) as the step's starting state",
            [
                {
                    "any": [
                        "h_{t-1}",
                        "started from",
                        "starts from",
                        "previous",
                        "off by one",
                        "t-1",
                        "t - 1",
                    ]
                }
            ],
        ),
        ("dx reversed", [{"any": ["revers", "time order", "flip"]}]),
    ],
)
E(
    "lb_x2_none_dc",
    "lstm_layer_backward",
    M(
        LB_A,
        (
            "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n",
            "    dh = dh_n.copy()\n    dc = dc_n.copy()\n",
        ),
        ('        dh, dc = g["h"], g["c"]', '        dh = g["h"]'),
    ),
    [
        ("None not handled", ["None"]),
        ("dc not carried", [{"any": ['"c"', "'c'", "dc", "cell state", "c_t"]}]),
    ],
)
E(
    "lb_x2_dhn_skip0",
    "lstm_layer_backward",
    M(
        LB_A,
        (
            "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n",
            "    dh = np.zeros((B, H))\n",
        ),
        ("for t in range(T - 1, -1, -1):", "for t in range(T - 1, 0, -1):"),
    ),
    [("dh_n ignored", ["dh_n"]), ("skips step 0", [{"any": ["step 0", "t = 0", "t=0", "x_0"]}])],
)

# =====================================================================================
# 9. lstm_layer_lengths
# =====================================================================================
LL_A = (
    GIVEN
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    lengths = np.asarray(lengths)
    T, B, _ = x.shape
    H = h0.shape[1]
    out = np.zeros((T, B, H))
    h, c = h0.copy(), c0.copy()
    for t in range(T):
        active = t < lengths
        if not active.any():
            break
        h_new, c_new = lstm_cell(x[t, active], h[active], c[active], W_ih, W_hh, b_ih, b_hh)
        h[active] = h_new
        c[active] = c_new
        out[t, active] = h_new
    return out, (h, c)
"""
)
LL_B = (
    GIVEN
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    h, c = h0, c0
    out = []
    for t in range(T):
        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        keep = (t < np.asarray(lengths))[:, None]
        h = np.where(keep, h_new, h)
        c = np.where(keep, c_new, c)
        out.append(np.where(keep, h_new, 0.0))
    return np.stack(out), (h, c)
"""
)
E("ll_ok_subset", "lstm_layer_lengths", LL_A, correct=True)
E("ll_ok_where", "lstm_layer_lengths", LL_B, correct=True)
E(
    "ll_ok_per_sequence",
    "lstm_layer_lengths",
    GIVEN
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = W_hh.shape[1]
    out = np.zeros((T, B, H))
    h_n = np.zeros((B, H))
    c_n = np.zeros((B, H))
    for b in range(B):
        hb, cb = h0[b:b + 1], c0[b:b + 1]
        for t in range(int(lengths[b])):
            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = hb[0]
        h_n[b], c_n[b] = hb[0], cb[0]
    return out, (h_n, c_n)
""",
    correct=True,
)
E(
    "ll_state_not_frozen",
    "lstm_layer_lengths",
    M(
        LL_B,
        (
            "        h = np.where(keep, h_new, h)\n        c = np.where(keep, c_new, c)\n",
            "        h, c = h_new, c_new\n",
        ),
    ),
    [("padding steps still update the state: h_n, c_n at T-1", ["padding"])],
)
E(
    "ll_out_not_zeroed",
    "lstm_layer_lengths",
    M(LL_B, ("out.append(np.where(keep, h_new, 0.0))", "out.append(h)")),
    [("out past each length repeats the frozen h instead of zeros", ["zero"])],
)
E(
    "ll_mask_le",
    "lstm_layer_lengths",
    M(
        LL_B,
        ("keep = (t < np.asarray(lengths))[:, None]", "keep = (t <= np.asarray(lengths))[:, None]"),
    ),
    [
        (
            "mask t <= lengths: one padding step too many",
            [{"any": ["off by one", "lengths[b]", "t <= ", "<=", "one step too"]}],
        )
    ],
)
E(
    "ll_hn_from_out_last",
    "lstm_layer_lengths",
    M(LL_A, ("return out, (h, c)", "return out, (out[-1], c)")),
    [
        (
            "h_n = out[-1], zero for short sequences",
            ["h_n", {"any": ["lengths[b] - 1", "last real", "last step", "out[-1]", "T - 1"]}],
        )
    ],
)
E(
    "ll_range_maxlen",
    "lstm_layer_lengths",
    M(LL_B, ("    T = x.shape[0]\n", "    T = int(max(lengths))\n")),
    [
        (
            "out only as long as the longest length, not T",
            [{"any": ["shape", "longest", "max", "(T, B, H)"]}],
        )
    ],
)
E(
    "ll_c_not_frozen",
    "lstm_layer_lengths",
    M(LL_B, ("        c = np.where(keep, c_new, c)\n", "        c = c_new\n")),
    [("c keeps updating on padding", ["c_n"])],
)
E(
    "ll_mutates_x",
    "lstm_layer_lengths",
    M(
        LL_A,
        (
            "    for t in range(T):\n        active = t < lengths\n",
            "    for b in range(B):\n        x[lengths[b]:, b] = 0.0  # clean the padding\n    for t in range(T):\n        active = t < lengths\n",
        ),
    ),
    [("zeroes the padding of x in place", [MUT])],
)
E(
    "ll_mutates_h0",
    "lstm_layer_lengths",
    M(LL_A, ("h, c = h0.copy(), c0.copy()", "h, c = h0, c0")),
    [("updates h0, c0 in place via fancy-index assignment", [MUT])],
)
E(
    "ll_lengths_minus1",
    "lstm_layer_lengths",
    M(
        LL_B,
        (
            "keep = (t < np.asarray(lengths))[:, None]",
            "keep = (t < np.asarray(lengths) - 1)[:, None]",
        ),
    ),
    [
        (
            "stops one step early (t < lengths - 1)",
            [{"any": ["off by one", "lengths[b] - 1", "last real", "one step", "early"]}],
        )
    ],
)
E(
    "ll_x2_nofreeze_nozero",
    "lstm_layer_lengths",
    M(
        LL_B,
        (
            "        h = np.where(keep, h_new, h)\n        c = np.where(keep, c_new, c)\n",
            "        h, c = h_new, c_new\n",
        ),
        ("out.append(np.where(keep, h_new, 0.0))", "out.append(h_new)"),
    ),
    [("state runs on through padding", ["padding"]), ("out not zeroed", ["zero"])],
)
E(
    "ll_x2_le_mut",
    "lstm_layer_lengths",
    M(
        LL_A,
        ("active = t < lengths\n", "active = t <= lengths\n"),
        ("h, c = h0.copy(), c0.copy()", "h, c = h0, c0"),
    ),
    [
        (
            "mask t <= lengths",
            [{"any": ["off by one", "lengths[b]", "t <= ", "<=", "one step too"]}],
        ),
        ("mutates h0/c0", [MUT]),
    ],
)
E(
    "ll_x2_cfree_maxlen",
    "lstm_layer_lengths",
    M(
        LL_B,
        ("        c = np.where(keep, c_new, c)\n", "        c = c_new\n"),
        ("    T = x.shape[0]\n", "    T = int(max(lengths))\n"),
    ),
    [
        ("c not frozen", ["c_n"]),
        ("out shorter than T", [{"any": ["shape", "longest", "max", "(T, B, H)"]}]),
    ],
)

# =====================================================================================
# 10. bilstm_layer_lengths
# =====================================================================================
LLEN = LL_B.replace(GIVEN, "")
BL_A = (
    GIVEN
    + LLEN
    + '''

def reverse_each(a, lengths):
    """Reverse the first lengths[b] steps of every column b; leave the padding where it is."""
    r = np.zeros_like(a)
    for b, n in enumerate(lengths):
        n = int(n)
        r[:n, b] = a[:n, b][::-1]
    return r


def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    x_rev = reverse_each(x, lengths)
    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)
    out_b = reverse_each(out_r, lengths)
    out = np.concatenate([out_f, out_b], axis=-1)
    return out, (np.stack([hf, hr]), np.stack([cf, cr]))
'''
)
BL_B = (
    GIVEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, 2 * H))
    h_n = np.zeros((2, B, H))
    c_n = np.zeros((2, B, H))
    for b in range(B):
        L = int(lengths[b])
        xb = x[:L, b:b + 1]
        h, c = h0[0, b:b + 1], c0[0, b:b + 1]
        for t in range(L):
            h, c = lstm_cell(xb[t], h, c, *fwd)
            out[t, b, :H] = h[0]
        h_n[0, b], c_n[0, b] = h[0], c[0]
        h, c = h0[1, b:b + 1], c0[1, b:b + 1]
        for t in range(L - 1, -1, -1):
            h, c = lstm_cell(xb[t], h, c, *bwd)
            out[t, b, H:] = h[0]
        h_n[1, b], c_n[1, b] = h[0], c[0]
    return out, (h_n, c_n)
"""
)
E("bl_ok_reverse_each", "bilstm_layer_lengths", BL_A, correct=True)
E("bl_ok_per_sequence", "bilstm_layer_lengths", BL_B, correct=True)
E(
    "bl_ok_index_gather",
    "bilstm_layer_lengths",
    GIVEN
    + LLEN
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lens = np.asarray(lengths).astype(int)
    t_idx = np.arange(T)[:, None]
    # reversed time index per sequence: L-1-t inside the sequence, t itself on the padding
    rev_idx = np.where(t_idx < lens[None, :], lens[None, :] - 1 - t_idx, t_idx)
    cols = np.arange(B)[None, :]
    out_f, (h_f, c_f) = lstm_layer_lengths(x, lens, h0[0], c0[0], *fwd)
    out_r, (h_r, c_r) = lstm_layer_lengths(x[rev_idx, cols], lens, h0[1], c0[1], *bwd)
    out_b = out_r[rev_idx, cols]
    return np.concatenate((out_f, out_b), axis=2), (np.stack((h_f, h_r)), np.stack((c_f, c_r)))
""",
    correct=True,
)
E(
    "bl_reverse_whole_padded",
    "bilstm_layer_lengths",
    M(
        BL_A,
        ("    x_rev = reverse_each(x, lengths)\n", "    x_rev = x[::-1]\n"),
        ("    out_b = reverse_each(out_r, lengths)\n", "    out_b = out_r[::-1]\n"),
        (
            "out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "out_r, (hr, cr) = lstm_layer_lengths(x_rev, np.full_like(np.asarray(lengths), x.shape[0]), h0[1], c0[1], *bwd)",
        ),
        (
            "    out = np.concatenate([out_f, out_b], axis=-1)\n",
            "    out_b = out_b * (np.arange(x.shape[0])[:, None] < np.asarray(lengths)[None, :])[:, :, None]\n    out = np.concatenate([out_f, out_b], axis=-1)\n",
        ),
    ),
    [
        (
            "reverse direction runs over the whole padded tensor, starting at T-1 on padding",
            ["padding"],
        )
    ],
)
E(
    "bl_out_not_restored",
    "bilstm_layer_lengths",
    M(BL_A, ("    out_b = reverse_each(out_r, lengths)\n", "    out_b = out_r\n")),
    [("reverse outputs left in reversed order", [TORDER])],
)
E(
    "bl_rev_no_zero",
    "bilstm_layer_lengths",
    M(
        BL_B,
        (
            "        for t in range(L - 1, -1, -1):\n            h, c = lstm_cell(xb[t], h, c, *bwd)\n            out[t, b, H:] = h[0]\n",
            "        for t in range(L - 1, -1, -1):\n            h, c = lstm_cell(xb[t], h, c, *bwd)\n            out[t, b, H:] = h[0]\n        out[L:, b, H:] = h[0]  # fill\n",
        ),
    ),
    [("reverse half not zero past lengths[b]", ["zero"])],
)
E(
    "bl_rev_fwd_weights",
    "bilstm_layer_lengths",
    M(BL_B, ("h, c = lstm_cell(xb[t], h, c, *bwd)", "h, c = lstm_cell(xb[t], h, c, *fwd)")),
    [
        (
            "reverse direction uses fwd weights",
            [
                {
                    "any": [
                        "fwd",
                        "forward weights",
                        "forward direction's weights",
                        "forward's weights",
                        "forward parameters",
                    ]
                }
            ],
        )
    ],
)
E(
    "bl_h0_rows_swapped",
    "bilstm_layer_lengths",
    M(
        BL_A,
        (
            "lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)",
            "lstm_layer_lengths(x, lengths, h0[1], c0[1], *fwd)",
        ),
        (
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)",
        ),
    ),
    [
        (
            "initial state rows swapped between directions",
            [{"any": ["row 0", "row 1", "h0[0]", "h0[1]", "swap", "initial"]}],
        )
    ],
)
E(
    "bl_rev_hn_first_step",
    "bilstm_layer_lengths",
    M(
        BL_B,
        (
            "        h_n[1, b], c_n[1, b] = h[0], c[0]\n",
            "        h_n[1, b], c_n[1, b] = out[L - 1, b, H:], c[0]\n",
        ),
    ),
    [
        (
            "reverse h_n taken at step lengths[b]-1 (its first step) instead of after step 0",
            ["h_n", {"any": ["step 0", "x_0", "t = 0", "out[0]", "after"]}],
        )
    ],
)
E(
    "bl_reverse_order_not_per_seq",
    "bilstm_layer_lengths",
    M(
        BL_B,
        (
            "        for t in range(L - 1, -1, -1):\n            h, c = lstm_cell(xb[t], h, c, *bwd)",
            "        for t in range(L):\n            h, c = lstm_cell(xb[L - 1 - t], h, c, *bwd)",
        ),
    ),
    [("reverse outputs stored at the reading position, not the time step", [TORDER])],
)
E(
    "bl_mutates_x",
    "bilstm_layer_lengths",
    M(
        BL_A,
        (
            "    x_rev = reverse_each(x, lengths)\n",
            "    for b, n in enumerate(lengths):\n        x[:int(n), b] = x[:int(n), b][::-1].copy()\n    x_rev = x\n",
        ),
    ),
    [("reverses x in place", [MUT])],
)
E(
    "bl_x2_padded_fwdw",
    "bilstm_layer_lengths",
    M(
        BL_A,
        ("    x_rev = reverse_each(x, lengths)\n", "    x_rev = x[::-1]\n"),
        ("    out_b = reverse_each(out_r, lengths)\n", "    out_b = out_r[::-1]\n"),
        (
            "out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "out_r, (hr, cr) = lstm_layer_lengths(x_rev, np.full_like(np.asarray(lengths), x.shape[0]), h0[1], c0[1], *fwd)",
        ),
        (
            "    out = np.concatenate([out_f, out_b], axis=-1)\n",
            "    out_b = out_b * (np.arange(x.shape[0])[:, None] < np.asarray(lengths)[None, :])[:, :, None]\n    out = np.concatenate([out_f, out_b], axis=-1)\n",
        ),
    ),
    [
        ("reverse starts at T-1 on padding", ["padding"]),
        (
            "reverse uses fwd weights",
            [
                {
                    "any": [
                        "fwd",
                        "forward weights",
                        "forward direction's weights",
                        "forward's weights",
                        "forward parameters",
                    ]
                }
            ],
        ),
    ],
)
E(
    "bl_x2_nozero_hn",
    "bilstm_layer_lengths",
    M(
        BL_B,
        (
            "            out[t, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = h[0], c[0]\n",
            "            out[t, b, H:] = h[0]\n        out[L:, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = out[L - 1, b, H:], c[0]\n",
        ),
    ),
    [
        ("reverse half not zero past length", ["zero"]),
        (
            "reverse h_n at its first step",
            ["h_n", {"any": ["step 0", "x_0", "t = 0", "out[0]", "after"]}],
        ),
    ],
)
E(
    "bl_x2_notrestored_swap",
    "bilstm_layer_lengths",
    M(
        BL_A,
        ("    out_b = reverse_each(out_r, lengths)\n", "    out_b = out_r\n"),
        (
            "out = np.concatenate([out_f, out_b], axis=-1)",
            "out = np.concatenate([out_b, out_f], axis=-1)",
        ),
    ),
    [
        ("reverse outputs not restored to time order", [TORDER]),
        (
            "halves in the order [reverse, forward]",
            [{"any": ["order", "swap", "halves", "forward first", "exchanged"]}],
        ),
    ],
)

# =====================================================================================
# 11. lstm_output_shapes
# =====================================================================================
SH_A = """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    h_n = (D * num_layers, batch, H_out)
    c_n = (D * num_layers, batch, hidden_size)
    return {"out": out, "h_n": h_n, "c_n": c_n}
"""
E("sh_ok_plain", "lstm_output_shapes", SH_A, correct=True)
E(
    "sh_ok_ints",
    "lstm_output_shapes",
    """def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    num_dir = 2 if bidirectional else 1
    h_size = hidden_size if not proj_size else proj_size
    dims = [seq_len, batch]
    if batch_first:
        dims.reverse()
    return {
        "out": tuple(int(d) for d in dims + [num_dir * h_size]),
        "h_n": (int(num_layers * num_dir), int(batch), int(h_size)),
        "c_n": (int(num_layers * num_dir), int(batch), int(hidden_size)),
    }
""",
    correct=True,
)
E(
    "sh_no_D_out",
    "lstm_output_shapes",
    M(
        SH_A,
        (
            "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
            "out = (batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)",
        ),
    ),
    [("out's features forget D = 2 when bidirectional", ["bidirectional"])],
)
E(
    "sh_hn_no_layers",
    "lstm_output_shapes",
    M(
        SH_A,
        (
            "h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)",
            "h_n = (D, batch, H_out)\n    c_n = (D, batch, hidden_size)",
        ),
    ),
    [("h_n, c_n forget num_layers", ["num_layers"])],
)
E(
    "sh_proj_on_c",
    "lstm_output_shapes",
    M(SH_A, ("c_n = (D * num_layers, batch, hidden_size)", "c_n = (D * num_layers, batch, H_out)")),
    [("c_n projected to proj_size", ["proj_size", "c_n"])],
)
E(
    "sh_proj_ignored",
    "lstm_output_shapes",
    M(SH_A, ("H_out = proj_size if proj_size > 0 else hidden_size", "H_out = hidden_size")),
    [("proj_size ignored for out and h_n", ["proj_size"])],
)
E(
    "sh_bf_on_hn",
    "lstm_output_shapes",
    M(
        SH_A,
        (
            "h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)",
            "h_n = (batch, D * num_layers, H_out) if batch_first else (D * num_layers, batch, H_out)\n    c_n = (batch, D * num_layers, hidden_size) if batch_first else (D * num_layers, batch, hidden_size)",
        ),
    ),
    [("batch_first applied to h_n and c_n", ["batch_first", "h_n"])],
)
E(
    "sh_lists",
    "lstm_output_shapes",
    M(
        SH_A,
        (
            'return {"out": out, "h_n": h_n, "c_n": c_n}',
            'return {"out": list(out), "h_n": list(h_n), "c_n": list(c_n)}',
        ),
    ),
    [("returns lists instead of tuples", ["tuple"])],
)
E(
    "sh_out_times_layers",
    "lstm_output_shapes",
    M(
        SH_A,
        (
            "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
            "out = (batch, seq_len, D * num_layers * H_out) if batch_first else (seq_len, batch, D * num_layers * H_out)",
        ),
    ),
    [("out's features multiplied by num_layers", ["num_layers"])],
)
E(
    "sh_x2_noD_lists",
    "lstm_output_shapes",
    M(
        SH_A,
        ("D = 2 if bidirectional else 1", "D = 1"),
        (
            'return {"out": out, "h_n": h_n, "c_n": c_n}',
            'return {"out": list(out), "h_n": list(h_n), "c_n": list(c_n)}',
        ),
    ),
    [("bidirectional ignored", ["bidirectional"]), ("lists, not tuples", ["tuple"])],
)
E(
    "sh_x2_projc_bfh",
    "lstm_output_shapes",
    M(
        SH_A,
        ("c_n = (D * num_layers, batch, hidden_size)", "c_n = (D * num_layers, batch, H_out)"),
        (
            "h_n = (D * num_layers, batch, H_out)",
            "h_n = (batch, D * num_layers, H_out) if batch_first else (D * num_layers, batch, H_out)",
        ),
    ),
    [
        ("c_n projected", ["proj_size", "c_n"]),
        ("batch_first applied to h_n", ["batch_first", "h_n"]),
    ],
)
E(
    "sh_x2_layers_bf_out",
    "lstm_output_shapes",
    M(
        SH_A,
        (
            "h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)",
            "h_n = (D, batch, H_out)\n    c_n = (D, batch, hidden_size)",
        ),
        (
            "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
            "out = (seq_len, batch, D * H_out)",
        ),
    ),
    [
        ("num_layers forgotten in h_n", ["num_layers"]),
        ("batch_first ignored for out", ["batch_first"]),
    ],
)
