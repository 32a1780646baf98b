# ruff: noqa: E501, F541, W291, W293  (student code kept verbatim, as its author wrote it)
"""The eighth blind corpus, kept as its author wrote it (/work/blind8/corpus.py): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by an author
who never read lstm_ref, the tests or the other corpora, after the engine's fourth round (run on
ecb6b98); the words a message must contain were fixed before its first run. See
tests/checks/test_corpus_blind5_10.py."""

SIG = '''import numpy as np


def sigmoid(z):
    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
'''

CELL = (
    SIG
    + '''

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)
    return h_next, c_next
'''
)

LAYER = (
    CELL
    + '''

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).

    Returns out (T, B, H) and (h_n, c_n), each (B, H).
    """
    h, c = h0, c0
    outs = []
    for x_t in x:  # t = 0 .. T-1
        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
'''
)

ENTRIES = []


def M(what, *words):
    return {"what": what, "must_mention": list(words)}


def A(*alts):
    return {"any": list(alts)}


def add(id, function, check, source, mistakes=(), obj=None):
    ENTRIES.append(
        {
            "id": id,
            "function": function,
            "check": check,
            "object": obj or function,
            "source": source,
            "correct": not mistakes,
            "mistakes": list(mistakes),
        }
    )


INPLACE = A("in place", "in-place", "changed", "modif", "mutat", "overwr")

# ---------------------------------------------------------------- 1. sigmoid
S = ("sigmoid", "check_sigmoid")
add(
    "sig_ok_masks",
    *S,
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
""",
)
add(
    "sig_ok_tanh",
    *S,
    """import numpy as np


def sigmoid(z):
    # sigma(z) = (1 + tanh(z/2)) / 2, and tanh never overflows
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
""",
)
add(
    "sig_ok_clip",
    *S,
    """import numpy as np


def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -500.0, 500.0)  # exp(500) is still finite
    return 1.0 / (1.0 + np.exp(-z))
""",
)
add(
    "sig_naive",
    *S,
    """import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))
""",
    [M("Naive formula: np.exp(-z) overflows for large negative z.", "overflow")],
)
add(
    "sig_where_both",
    *S,
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
    [
        M(
            "np.where evaluates both branches on all of z, so exp overflows (values are right, but NumPy warns).",
            "overflow",
            A("np.where", "both branches", "both sides", "evaluates both", "both expressions"),
        )
    ],
)
add(
    "sig_float32",
    *S,
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)  # float32 is enough for probabilities
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
    [M("Computes in float32, so the result is float32 and imprecise.", "float32")],
)
add(
    "sig_abs_sign",
    *S,
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), 1.0 / (1.0 + e))  # same formula, exp is safe now
""",
    [
        M(
            "For negative z returns 1/(1+e^{-|z|}) = sigma(|z|) instead of e^z/(1+e^z).",
            A("negative", "z < 0", "z<0", "sigma(-z)", "σ(-z)", "σ(|z|)", "1 - σ"),
        )
    ],
)
add(
    "sig_flatten",
    *S,
    """import math
import numpy as np


def sigmoid(z):
    vals = []
    for v in np.asarray(z, dtype=float).ravel():
        if v >= 0:
            vals.append(1.0 / (1.0 + math.exp(-v)))
        else:
            vals.append(math.exp(v) / (1.0 + math.exp(v)))
    return np.array(vals)  # forgot to reshape
""",
    [M("Returns a flat 1-D array: the input's shape is lost for 0-d / 2-D inputs.", "shape")],
)
add(
    "sig_f32_naive",
    *S,
    """import numpy as np


def sigmoid(z):
    z = np.array(z, dtype=np.float32)
    return 1.0 / (1.0 + np.exp(-z))
""",
    [
        M("Naive formula overflows for large negative z.", "overflow"),
        M("Computes in float32.", "float32"),
    ],
)

# ---------------------------------------------------------------- 2. lstm_gates
G = ("lstm_gates", "check_lstm_gates")
add(
    "gates_ok_loop_colvec",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    acts = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        pre = W_ih[rows] @ x.T + W_hh[rows] @ h.T + (b_ih[rows] + b_hh[rows])[:, None]  # (H, B)
        acts.append(pre.T)
    i = sigmoid(acts[0])
    f = sigmoid(acts[1])
    g = np.tanh(acts[2])
    o = sigmoid(acts[3])
    return i, f, g, o
""",
)
add(
    "gates_ok_einsum",
    *G,
    """import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(np.minimum(z, 0.0)) / (1.0 + np.exp(-np.abs(z)))


def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    B = x.shape[0]
    H = W_hh.shape[1]
    pre = np.einsum("gi,bi->bg", W_ih, x) + np.einsum("gk,bk->bg", W_hh, h) + b_ih + b_hh
    pre = pre.reshape(B, 4, H)
    return sigmoid(pre[:, 0]), sigmoid(pre[:, 1]), np.tanh(pre[:, 2]), sigmoid(pre[:, 3])
""",
)
add(
    "gates_ifog",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, o, g = np.split(a, 4, axis=1)  # i, f, o, g
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    [
        M(
            "Splits the blocks as (i, f, o, g): g reads the output gate's rows 3H:4H and o reads rows 2H:3H.",
            A("output gate", "W_io", "3H:4H", "o"),
            A("candidate", "cell gate", "W_ig", "2H:3H", "g"),
        )
    ],
)
add(
    "gates_forget_rows",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    i = sigmoid(x @ W_ih[0:H].T + b_ih[0:H] + h @ W_hh[0:H].T + b_hh[0:H])
    f = sigmoid(x @ W_ih[0:H].T + b_ih[H:2*H] + h @ W_hh[H:2*H].T + b_hh[H:2*H])
    g = np.tanh(x @ W_ih[2*H:3*H].T + b_ih[2*H:3*H] + h @ W_hh[2*H:3*H].T + b_hh[2*H:3*H])
    o = sigmoid(x @ W_ih[3*H:].T + b_ih[3*H:] + h @ W_hh[3*H:].T + b_hh[3*H:])
    return i, f, g, o
""",
    [
        M(
            "The forget gate reads W_ih[0:H] (the input gate's rows of W_ih) instead of W_ih[H:2H].",
            "forget gate",
            A("W_ih[0:H]", "W_ii", "input gate", "rows 0:H"),
        )
    ],
)
add(
    "gates_no_bhh",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + h @ W_hh.T + b_ih
    i, f, g, o = np.split(pre, 4, axis=-1)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    [M("Leaves out the hidden bias b_hh.", "b_hh")],
)
add(
    "gates_hh_not_T",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gates = []
    for k in range(4):
        r = slice(k * H, (k + 1) * H)
        gates.append(x @ W_ih[r].T + h @ W_hh[r] + b_ih[r] + b_hh[r])  # W_hh block is square
    return sigmoid(gates[0]), sigmoid(gates[1]), np.tanh(gates[2]), sigmoid(gates[3])
""",
    [
        M(
            "Each (H, H) block of W_hh is used untransposed (h @ W_hh[r] instead of h @ W_hh[r].T).",
            "W_hh",
            A("transpose", "transposed", ".T"),
        )
    ],
)
add(
    "gates_g_sigmoid",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = z.shape[1] // 4
    i = sigmoid(z[:, :H])
    f = sigmoid(z[:, H:2 * H])
    g = sigmoid(z[:, 2 * H:3 * H])
    o = sigmoid(z[:, 3 * H:])
    return i, f, g, o
""",
    [
        M(
            "The candidate g uses the sigmoid instead of tanh.",
            "tanh",
            A("candidate", "cell gate", "g"),
        )
    ],
)
add(
    "gates_no_bhh_fi_swap",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + h @ W_hh.T + b_ih
    f, i, g, o = np.split(z, 4, axis=1)  # forget first, like in the diagrams
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    [
        M("Leaves out the hidden bias b_hh.", "b_hh"),
        M("Swaps the input and forget gates' blocks (f, i, g, o).", "input gate", "forget gate"),
    ],
)
add(
    "gates_h_times_Wih",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + h @ W_ih.T + b_ih + b_hh  # copy-paste slip
    i, f, g, o = np.split(z, 4, axis=1)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    [
        M(
            "Multiplies h by W_ih instead of W_hh (crashes when I != H, wrong values when I == H).",
            "W_hh",
            A("W_ih", "h @"),
        )
    ],
)
add(
    "gates_bias_inplace",
    *G,
    SIG
    + """

def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    b_ih += b_hh  # one bias is enough
    z = x @ W_ih.T + h @ W_hh.T + b_ih
    i, f, g, o = np.split(z, 4, axis=1)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    [M("Adds b_hh into b_ih in place, changing the caller's array.", INPLACE, "b_ih")],
)

# ---------------------------------------------------------------- 3. lstm_cell
C = ("lstm_cell", "check_lstm_cell")
add(
    "cell_ok_colvec",
    *C,
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = c.shape[1]
    A = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh).reshape(-1, 1)  # (4H, B), one column per example
    i_t = sigmoid(A[:H])
    f_t = sigmoid(A[H:2 * H])
    g_t = np.tanh(A[2 * H:3 * H])
    o_t = sigmoid(A[3 * H:])
    c_t = f_t * c.T + i_t * g_t
    h_t = o_t * np.tanh(c_t)
    return h_t.T, c_t.T
""",
)
add(
    "cell_ok_logaddexp_sep",
    *C,
    """import numpy as np


def sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[-1]
    Wii, Wif, Wig, Wio = (W_ih[k * H:(k + 1) * H] for k in range(4))
    Whi, Whf, Whg, Who = (W_hh[k * H:(k + 1) * H] for k in range(4))
    bi, bf, bg, bo = ((b_ih + b_hh)[k * H:(k + 1) * H] for k in range(4))
    input_gate = sig(x @ Wii.T + h @ Whi.T + bi)
    forget_gate = sig(x @ Wif.T + h @ Whf.T + bf)
    candidate = np.tanh(x @ Wig.T + h @ Whg.T + bg)
    output_gate = sig(x @ Wio.T + h @ Who.T + bo)
    new_c = forget_gate * c + input_gate * candidate
    new_h = output_gate * np.tanh(new_c)
    return new_h, new_c
""",
)
CELL_BODY = """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next
"""


def cell_src(*pairs, sig=SIG):
    body = CELL_BODY
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return sig + body


add(
    "cell_no_input_gate",
    *C,
    cell_src(("c_next = f * c + i * g", "c_next = f * c + g")),
    [M("c_next = f*c + g: the candidate is not multiplied by the input gate.", "input gate")],
)
add(
    "cell_no_tanh_h",
    *C,
    cell_src(("h_next = o * np.tanh(c_next)", "h_next = o * c_next")),
    [
        M(
            "h_next = o * c_next: the tanh of the cell state is missing.",
            "tanh",
            A("h_next", "h_t", "hidden state"),
        )
    ],
)
add(
    "cell_old_c_in_h",
    *C,
    cell_src(("h_next = o * np.tanh(c_next)", "h_next = o * np.tanh(c)")),
    [
        M(
            "h_next uses tanh of the old cell state c (c_{t-1}) instead of c_next.",
            A(
                "c_{t-1}",
                "old cell",
                "previous cell",
                "c_prev",
                "tanh(c)",
                "instead of c_next",
                "c instead of",
                "c_t-1",
            ),
        )
    ],
)
add(
    "cell_return_swapped",
    *C,
    cell_src(("return h_next, c_next", "return c_next, h_next")),
    [
        M(
            "Returns (c_next, h_next) instead of (h_next, c_next).",
            A("swapped", "swap", "order", "(c_next, h_next)", "c first", "c_next first"),
        )
    ],
)
add(
    "cell_naive_sigmoid",
    *C,
    """import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
"""
    + CELL_BODY,
    [M("Uses a naive sigmoid that overflows for large pre-activations.", "overflow")],
)
add(
    "cell_c_inplace",
    *C,
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
    c *= f
    c += i * g
    return o * np.tanh(c), c
""",
    [
        M(
            "Updates the given c in place (c *= f; c += i*g), changing the caller's array.",
            INPLACE,
            "c",
        )
    ],
)
add(
    "cell_f_tanh_no_bih",
    *C,
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), np.tanh(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next
""",
    [
        M("The forget gate uses tanh instead of the sigmoid.", "forget gate", A("tanh", "sigmoid")),
        M("The input bias b_ih is left out.", "b_ih"),
    ],
)
add(
    "cell_igfo_no_tanh",
    *C,
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_g, a_f, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    return o * c_next, c_next
""",
    [
        M(
            "Reads the gate blocks in the order (i, g, f, o): f and g swapped.",
            A("forget gate", "W_if", "H:2H"),
            A("candidate", "cell gate", "W_ig", "2H:3H", "g"),
        ),
        M("h_next = o * c_next, without the tanh.", "tanh", A("h_next", "h_t", "hidden state")),
    ],
)
add(
    "cell_float32_weights",
    *C,
    SIG
    + """

def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    W_ih = W_ih.astype(np.float32)  # faster matmul
    W_hh = W_hh.astype(np.float32)
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
""",
    [M("Casts the weights to float32, so results differ at ~1e-8.", "float32")],
)

# ---------------------------------------------------------------- 4. lstm_layer
Lf = ("lstm_layer", "check_lstm_layer")
add(
    "layer_ok_prealloc",
    *Lf,
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.transpose(x, (1, 0, 2))
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.zeros((T, B, H))
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = np.transpose(out, (1, 0, 2))
    return out, (h, c)
""",
)
add(
    "layer_ok_moveaxis",
    *Lf,
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    seq = np.moveaxis(x, 1, 0) if batch_first else x
    hidden = W_hh.shape[1]
    batch = seq.shape[1]
    state_h = h0 if h0 is not None else np.zeros((batch, hidden))
    state_c = c0 if c0 is not None else np.zeros((batch, hidden))
    hs = []
    for step in seq:
        state_h, state_c = lstm_cell(step, state_h, state_c, W_ih, W_hh, b_ih, b_hh)
        hs.append(state_h)
    out = np.array(hs)
    return (np.moveaxis(out, 0, 1) if batch_first else out), (state_h, state_c)
""",
)
LAYER_BODY = """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, I = x.shape
    H = W_hh.shape[1]
    if h0 is None:
        h0 = np.zeros((B, H))
    if c0 is None:
        c0 = np.zeros((B, H))
    h, c = h0, c0
    outs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
"""


def layer_src(*pairs):
    body = LAYER_BODY
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return CELL + body


add(
    "layer_bf_out_not_back",
    *Lf,
    layer_src(
        (
            """    if batch_first:
        out = out.transpose(1, 0, 2)
""",
            "",
        )
    ),
    [
        M(
            "With batch_first=True, out is returned as (T, B, H), not transposed back to (B, T, H).",
            "batch_first",
            "out",
        )
    ],
)
add(
    "layer_hn_first",
    *Lf,
    layer_src(("return out, (h, c)", "return out, (out[0], c)")),
    [
        M(
            "h_n is out[0], the state after the first step, not the last.",
            "h_n",
            A("first step", "step 0", "out[0]", "t = 0", "t=0", "x_0"),
        )
    ],
)
add(
    "layer_none_BI",
    *Lf,
    layer_src(
        ("h0 = np.zeros((B, H))", "h0 = np.zeros((B, I))"),
        ("c0 = np.zeros((B, H))", "c0 = np.zeros((B, I))"),
    ),
    [
        M(
            "When h0/c0 are None, the zeros are (B, I) instead of (B, H): crashes when I != H.",
            "None",
            A("(B, I)", "input size", "input_size", "shape"),
        )
    ],
)
add(
    "layer_ignores_h0",
    *Lf,
    layer_src(("    h, c = h0, c0\n", "    h, c = np.zeros((B, H)), np.zeros((B, H))\n")),
    [
        M(
            "Always starts from zeros, ignoring the given h0 and c0.",
            A("h0", "initial state"),
            A("ignored", "ignore", "zeros", "not used", "from zero"),
        )
    ],
)
add(
    "layer_bf_reshape",
    *Lf,
    layer_src(
        ("x = x.transpose(1, 0, 2)", "x = x.reshape(x.shape[1], x.shape[0], x.shape[2])"),
        ("out = out.transpose(1, 0, 2)", "out = out.reshape(out.shape[1], out.shape[0], -1)"),
    ),
    [
        M(
            "batch_first handled with reshape instead of transpose, scrambling batch and time.",
            "batch_first",
            A("reshape", "transpose", "swapaxes", "scrambl"),
        )
    ],
)
add(
    "layer_skip_step0",
    *Lf,
    layer_src(
        ("for t in range(T):", "for t in range(1, T):"),
        ("out = np.stack(outs)", "out = np.stack([h0] + outs)"),
    ),
    [
        M(
            "The loop starts at t = 1: step 0's input is never read (out[0] is h0).",
            A("step 0", "first step", "x_0", "t = 0", "t=0", "skip", "never read"),
        )
    ],
)
add(
    "layer_out_before_update",
    *Lf,
    layer_src(
        (
            """        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)""",
            """        outs.append(h)
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)""",
        )
    ),
    [
        M(
            "Appends h before the step, so out[t] holds h_{t-1} (out is shifted by one step).",
            A(
                "shifted",
                "h_{t-1}",
                "previous step",
                "one step",
                "before the step",
                "off by one",
                "h0",
            ),
        )
    ],
)
add(
    "layer_cn_is_h_no_bf",
    *Lf,
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    T, B = x.shape[0], x.shape[1]
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    return np.stack(out), (h, h)
""",
    [
        M("Returns h as c_n too: (h, h) instead of (h, c).", "c_n"),
        M("Ignores batch_first entirely (treats a (B, T, I) input as (T, B, I)).", "batch_first"),
    ],
)
add(
    "layer_inplace_alias",
    *Lf,
    CELL
    + """

def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.swapaxes(x, 0, 1)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = h0 if h0 is not None else np.zeros((B, H))
    c = c0 if c0 is not None else np.zeros((B, H))
    out = []
    for t in range(T):
        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)  # reuse the buffers
        out.append(h)
    out = np.stack(out)
    if batch_first:
        out = np.swapaxes(out, 0, 1)
    return out, (h, c)
""",
    [
        M(
            "Writes the new state into h0/c0's arrays (h[:] = ...), changing the caller's h0 and c0.",
            A("h0", "c0"),
            INPLACE,
        ),
        M(
            "out collects the same array object every step, so every out[t] equals the last state.",
            A(
                "same array",
                "same object",
                "every step",
                "all steps",
                "copy",
                "last step",
                "alias",
                "each step",
            ),
        ),
    ],
)

# ---------------------------------------------------------------- 5. ScratchLSTM
SCR = """import numpy as np


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
        k = 1.0 / np.sqrt(hidden_size)
        H = hidden_size
        self.params = {}
        for layer in range(num_layers):
            in_size = input_size if layer == 0 else H * self.D
            for suffix in ["", "_reverse"][: self.D]:
                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))
                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))
                if bias:
                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)
                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)

    def state_dict(self):
        return {name: value.copy() for name, value in self.params.items()}

    def load_state_dict(self, state):
        for name in self.params:
            self.params[name] = np.array(state[name], dtype=np.float64, copy=True)

    def _step(self, x, h, c, W_ih, W_hh, b):
        a = x @ W_ih.T + h @ W_hh.T + b
        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
        i, f, g, o = _sigmoid(a_i), _sigmoid(a_f), np.tanh(a_g), _sigmoid(a_o)
        c = f * c + i * g
        h = o * np.tanh(c)
        return h, c

    def _direction(self, seq, h, c, layer, suffix):
        W_ih = self.params[f"weight_ih_l{layer}{suffix}"]
        W_hh = self.params[f"weight_hh_l{layer}{suffix}"]
        if self.bias:
            b = self.params[f"bias_ih_l{layer}{suffix}"] + self.params[f"bias_hh_l{layer}{suffix}"]
        else:
            b = 0.0
        outs = []
        for x_t in seq:
            h, c = self._step(x_t, h, c, W_ih, W_hh, b)
            outs.append(h)
        return np.stack(outs), h, c

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
        h_n, c_n = [], []
        inp = x
        for layer in range(L):
            outs = []
            for d in range(D):
                suffix = "_reverse" if d == 1 else ""
                seq = inp[::-1] if d == 1 else inp
                o, h, c = self._direction(seq, h0[layer * D + d], c0[layer * D + d], layer, suffix)
                if d == 1:
                    o = o[::-1]
                outs.append(o)
                h_n.append(h)
                c_n.append(c)
            inp = np.concatenate(outs, axis=2)
        out = inp
        if self.batch_first:
            out = out.transpose(1, 0, 2)
        return out, (np.stack(h_n), np.stack(c_n))
"""


def scr_src(*pairs):
    body = SCR
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return body


Sc = ("ScratchLSTM", "check_scratch_lstm")
add("scratch_ok_template", *Sc, SCR)
add(
    "scratch_ok_attrs",
    *Sc,
    """import numpy as np


def sigm(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.I, self.H, self.L = input_size, hidden_size, num_layers
        self.use_bias, self.bf, self.bidir = bias, batch_first, bidirectional
        rng = np.random.default_rng(seed)
        bound = hidden_size ** -0.5
        self._names = []
        for l in range(num_layers):
            fan_in = input_size if l == 0 else hidden_size * (2 if bidirectional else 1)
            for tail in ("", "_reverse") if bidirectional else ("",):
                shapes = [("weight_ih", (4 * hidden_size, fan_in)), ("weight_hh", (4 * hidden_size, hidden_size))]
                if bias:
                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]
                for base, shape in shapes:
                    name = f"{base}_l{l}{tail}"
                    setattr(self, name, rng.uniform(-bound, bound, size=shape))
                    self._names.append(name)

    def state_dict(self):
        return {n: np.array(getattr(self, n), dtype=np.float64) for n in self._names}

    def load_state_dict(self, state):
        for n in self._names:
            setattr(self, n, np.array(state[n], dtype=np.float64))

    def __call__(self, x, hx=None):
        x = np.asarray(x, dtype=np.float64)
        if self.bf:
            x = np.swapaxes(x, 0, 1)
        T, B = x.shape[:2]
        H = self.H
        D = 2 if self.bidir else 1
        if hx is None:
            hx = (np.zeros((self.L * D, B, H)), np.zeros((self.L * D, B, H)))
        h_all, c_all = np.empty((self.L * D, B, H)), np.empty((self.L * D, B, H))
        layer_in = x
        for l in range(self.L):
            layer_out = np.empty((T, B, D * H))
            for d in range(D):
                tail = "_reverse" if d else ""
                Wi = getattr(self, f"weight_ih_l{l}{tail}")
                Wh = getattr(self, f"weight_hh_l{l}{tail}")
                bsum = (getattr(self, f"bias_ih_l{l}{tail}") + getattr(self, f"bias_hh_l{l}{tail}")) if self.use_bias else np.zeros(4 * H)
                h, c = hx[0][l * D + d], hx[1][l * D + d]
                steps = range(T - 1, -1, -1) if d else range(T)
                for t in steps:
                    z = layer_in[t] @ Wi.T + h @ Wh.T + bsum
                    ig, fg, gg, og = sigm(z[:, :H]), sigm(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), sigm(z[:, 3*H:])
                    c = fg * c + ig * gg
                    h = og * np.tanh(c)
                    layer_out[t, :, d * H:(d + 1) * H] = h
                h_all[l * D + d], c_all[l * D + d] = h, c
            layer_in = layer_out
        out = np.swapaxes(layer_in, 0, 1) if self.bf else layer_in
        return out, (h_all, c_all)
""",
)
add(
    "scratch_rev_not_flipped",
    *Sc,
    scr_src(
        (
            """                if d == 1:
                    o = o[::-1]
""",
            "",
        )
    ),
    [
        M(
            "The reverse direction's outputs are left in reading order, not put back in time order.",
            A("reverse", "backward"),
            A("time order", "flip", "reversed order", "put back", "out[t]", "in the order it read"),
        )
    ],
)
add(
    "scratch_h0_rows_dir_major",
    *Sc,
    scr_src(("h0[layer * D + d], c0[layer * D + d]", "h0[d * L + layer], c0[d * L + layer]")),
    [
        M(
            "Reads hx's rows as direction-major (d*L + layer) instead of layer-major (layer*D + d).",
            A("h_0", "hx", "h0", "initial state"),
            A("row", "order", "layer * D", "k * D"),
        )
    ],
)
add(
    "scratch_bias_false_keeps_bias",
    *Sc,
    scr_src(("                if bias:\n", "                if True:\n")),
    [
        M(
            "With bias=False it still creates bias_ih/bias_hh parameters (extra state_dict keys).",
            A("bias=False", "bias=false"),
            A("bias_ih", "bias_hh", "extra", "keys"),
        )
    ],
)
add(
    "scratch_layer1_H_not_HD",
    *Sc,
    scr_src(
        (
            "in_size = input_size if layer == 0 else H * self.D",
            "in_size = input_size if layer == 0 else H",
        )
    ),
    [
        M(
            "Later layers' weight_ih is (4H, H) instead of (4H, D*H) when bidirectional.",
            A("weight_ih_l1", "layer 1", "later layer"),
            A("H * D", "D * H", "2H", "2 * H", "D*H", "H*D"),
        )
    ],
)
add(
    "scratch_state_dict_no_copy",
    *Sc,
    scr_src(
        ("return {name: value.copy() for name, value in self.params.items()}", "return self.params")
    ),
    [
        M(
            "state_dict returns the module's own dict and arrays, not copies.",
            "state_dict",
            A("copy", "copies", "same array", "same dict", "changing", "changes"),
        )
    ],
)
add(
    "scratch_load_no_copy",
    *Sc,
    scr_src(
        (
            "self.params[name] = np.array(state[name], dtype=np.float64, copy=True)",
            "self.params[name] = state[name]",
        )
    ),
    [
        M(
            "load_state_dict keeps references to the given arrays, so later changes to state change the module.",
            "load_state_dict",
            A("copy", "copies", "later changes", "reference", "same array"),
        )
    ],
)
add(
    "scratch_init_normal",
    *Sc,
    scr_src(
        ("rng.uniform(-k, k, (4 * H, in_size))", "rng.normal(0.0, k, (4 * H, in_size))"),
        ("rng.uniform(-k, k, (4 * H, H))", "rng.normal(0.0, k, (4 * H, H))"),
    ),
    [
        M(
            "Initial weights drawn from a normal distribution, so some exceed the bound 1/sqrt(H).",
            A("bound", "uniform", "1/sqrt", "1/√", "range", "within"),
        )
    ],
)
add(
    "scratch_no_seed",
    *Sc,
    scr_src(("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()")),
    [M("Ignores seed: the same seed gives different parameters.", "seed")],
)
add(
    "scratch_bf_out",
    *Sc,
    scr_src(
        (
            """        if self.batch_first:
            out = out.transpose(1, 0, 2)
""",
            "",
        )
    ),
    [M("With batch_first=True, out is not transposed back to (B, T, D*H).", "batch_first", "out")],
)
add(
    "scratch_rev_hn_last",
    *Sc,
    scr_src(
        (
            """                if d == 1:
                    o = o[::-1]
                outs.append(o)
                h_n.append(h)""",
            """                if d == 1:
                    o = o[::-1]
                outs.append(o)
                h_n.append(o[-1])""",
        )
    ),
    [
        M(
            "h_n of every direction is taken as out[-1]: for the reverse direction that is the state after x_{T-1} only, not after x_0.",
            "h_n",
            A("reverse", "backward"),
        )
    ],
)
add(
    "scratch_layers_read_x",
    *Sc,
    scr_src(
        (
            "            inp = np.concatenate(outs, axis=2)\n        out = inp",
            "            layer_out = np.concatenate(outs, axis=2)\n        out = layer_out",
        )
    ),
    [
        M(
            "Every layer reads the input x instead of the previous layer's out.",
            A(
                "layer 1",
                "previous layer",
                "layer k-1",
                "layer 0's out",
                "layer 0's output",
                "layer's out",
            ),
        )
    ],
)
add(
    "scratch_bias_false_crash_rev",
    *Sc,
    scr_src(
        (
            """        if self.bias:
            b = self.params[f"bias_ih_l{layer}{suffix}"] + self.params[f"bias_hh_l{layer}{suffix}"]
        else:
            b = 0.0
""",
            """        b = self.params[f"bias_ih_l{layer}{suffix}"] + self.params[f"bias_hh_l{layer}{suffix}"]
""",
        ),
        (
            """                if d == 1:
                    o = o[::-1]
""",
            "",
        ),
    ),
    [
        M(
            "With bias=False the call looks up bias_ih_l0, which does not exist (KeyError).",
            A("bias=False", "bias=false"),
            A("bias_ih", "KeyError", "bias"),
        ),
        M(
            "The reverse direction's outputs are not put back in time order.",
            A("reverse", "backward"),
            A("time order", "flip", "reversed order", "put back", "out[t]"),
        ),
    ],
)
add(
    "scratch_ifog_hn_order",
    *Sc,
    scr_src(
        (
            "a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)",
            "a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)",
        ),
        (
            "return out, (np.stack(h_n), np.stack(c_n))",
            "order = [k * D + d for d in range(D) for k in range(L)]\n"
            "        return out, (np.stack(h_n)[order], np.stack(c_n)[order])",
        ),
    ),
    [
        M(
            "Step splits the gate blocks as (i, f, o, g).",
            A("output gate", "W_io", "3H:4H", "o"),
            A("candidate", "cell gate", "W_ig", "2H:3H", "g"),
        ),
        M(
            "h_n/c_n rows written direction-major instead of [layer0 fwd, layer0 rev, layer1 fwd, ...].",
            A("h_n", "c_n"),
            A("row", "order", "layer * D", "k * D"),
        ),
    ],
)
add(
    "scratch_float32_init",
    *Sc,
    scr_src(
        ("self.params = {}", "self.params = {}  # float32 like torch"),
        (
            "return {name: value.copy() for name, value in self.params.items()}",
            "return {name: value.astype(np.float32) for name, value in self.params.items()}",
        ),
    ),
    [M("state_dict returns float32 arrays instead of float64.", "float32", "state_dict")],
)
add(
    "scratch_noseed_nocopy",
    *Sc,
    scr_src(
        ("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()"),
        (
            "return {name: value.copy() for name, value in self.params.items()}",
            "return dict(self.params)",
        ),
    ),
    [
        M("Ignores seed.", "seed"),
        M(
            "state_dict's arrays are the module's own (a new dict, but no array copies).",
            "state_dict",
            A("copy", "copies", "same array", "changing", "changes"),
        ),
    ],
)

# ---------------------------------------------------------------- 6. bilstm_layer
Bi = ("bilstm_layer", "check_bilstm_layer")
add(
    "bi_ok_layer_flip",
    *Bi,
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (hb, cb) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)
    out_b = np.flip(out_b, axis=0)
    out = np.concatenate([out_f, out_b], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
""",
)
add(
    "bi_ok_index_loop",
    *Bi,
    LAYER
    + """

def bilstm_layer(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    hF, cF = h0[0], c0[0]
    for t in range(T):
        hF, cF = lstm_cell(x[t], hF, cF, *fwd)
        out[t, :, :H] = hF
    hB, cB = h0[1], c0[1]
    for t in range(T - 1, -1, -1):
        hB, cB = lstm_cell(x[t], hB, cB, *bwd)
        out[t, :, H:] = hB
    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))
    h_n[0], h_n[1], c_n[0], c_n[1] = hF, hB, cF, cB
    return out, (h_n, c_n)
""",
)
BI_BODY = """

def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out_b = out_b[::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))
"""


def bi_src(*pairs):
    body = BI_BODY
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return LAYER + body


REV = A("backward", "reverse")
add(
    "bi_not_flipped_back",
    *Bi,
    bi_src(("    out_b = out_b[::-1]\n", "")),
    [
        M(
            "The backward outputs are not put back in time order.",
            REV,
            A("time order", "flip", "reversed", "put back", "out[t]"),
        )
    ],
)
add(
    "bi_not_reversed",
    *Bi,
    bi_src(("lstm_layer(x[::-1], h0[1]", "lstm_layer(x, h0[1]"), ("    out_b = out_b[::-1]\n", "")),
    [
        M(
            "The backward direction reads x forwards (never reversed).",
            REV,
            A(
                "x_{T-1}",
                "from the end",
                "forward order",
                "not reversed",
                "reads x",
                "backwards",
                "reversed",
            ),
        )
    ],
)
add(
    "bi_hn_wrong_step",
    *Bi,
    bi_src(("np.stack([h_f, h_b])", "np.stack([h_f, out_b[-1]])")),
    [
        M(
            "h_n's backward row is out_b[T-1], the state after x_{T-1} only, not the state after x_0.",
            "h_n",
            A("x_0", "step 0", "out[0", "after reading", "t = 0", "T-1", "T - 1"),
        )
    ],
)
add(
    "bi_concat_axis0",
    *Bi,
    bi_src(("np.concatenate([out_f, out_b], axis=2)", "np.concatenate([out_f, out_b])")),
    [
        M(
            "Concatenates the two directions along time (axis 0) instead of features.",
            A("axis", "concatenat", "side by side", "features"),
        )
    ],
)
add(
    "bi_fwd_weights_twice",
    *Bi,
    bi_src(("x[::-1], h0[1], c0[1], *bwd", "x[::-1], h0[1], c0[1], *fwd")),
    [
        M(
            "The backward direction uses the forward direction's weights.",
            A(
                "bwd",
                "backward direction's weights",
                "backward weights",
                "reverse weights",
                "own weights",
                "fwd's weights",
                "forward weights",
            ),
        )
    ],
)
add(
    "bi_h0_row0_both",
    *Bi,
    bi_src(("x[::-1], h0[1], c0[1]", "x[::-1], h0[0], c0[0]")),
    [
        M(
            "The backward direction starts from row 0 of h0/c0 (the forward one's) instead of row 1.",
            A("h0", "initial state"),
            A("row 1", "h0[1]", "row 0", "h0[0]"),
        )
    ],
)
add(
    "bi_bwd_first_cn_dup",
    *Bi,
    bi_src(("[out_f, out_b]", "[out_b, out_f]"), ("np.stack([c_f, c_b])", "np.stack([c_f, c_f])")),
    [
        M(
            "Puts the backward half first in out.",
            A("order", "forward first", "swapped", "first half", "halves"),
        ),
        M("c_n's backward row repeats the forward c.", "c_n"),
    ],
)
add(
    "bi_noflip_h0row0",
    *Bi,
    bi_src(("    out_b = out_b[::-1]\n", ""), ("x[::-1], h0[1], c0[1]", "x[::-1], h0[0], c0[0]")),
    [
        M(
            "Backward outputs not put back in time order.",
            REV,
            A("time order", "flip", "reversed", "put back", "out[t]"),
        ),
        M(
            "Backward direction starts from h0[0]/c0[0].",
            A("h0", "initial state"),
            A("row 1", "h0[1]", "row 0", "h0[0]"),
        ),
    ],
)
add(
    "bi_flip_batch_axis",
    *Bi,
    bi_src(("    out_b = out_b[::-1]\n", "    out_b = out_b[:, ::-1]\n")),
    [
        M(
            "Flips the backward outputs along the batch axis instead of time (out_b[:, ::-1]).",
            A("batch", "axis"),
            A("flip", "revers", "time order"),
        )
    ],
)

# ---------------------------------------------------------------- 7. lstm_cell_backward
KB = """

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
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)
    db = da.sum(axis=0)
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc * f,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": db,
        "b_hh": db.copy(),
    }
"""


def kb_src(*pairs):
    body = KB
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return CELL + body


K = ("lstm_cell_backward", "check_lstm_cell_backward")
add("cbw_ok_vec", *K, kb_src())
add(
    "cbw_ok_pergate_einsum",
    *K,
    CELL
    + """

def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    sl = [slice(k * H, (k + 1) * H) for k in range(4)]
    pre = [x @ W_ih[s].T + h @ W_hh[s].T + b_ih[s] + b_hh[s] for s in sl]
    ig, fg, og = sigmoid(pre[0]), sigmoid(pre[1]), sigmoid(pre[3])
    gg = np.tanh(pre[2])
    ct = fg * c + ig * gg
    tanh_ct = np.tanh(ct)
    d_ct = dc_next + dh_next * og * (1.0 - tanh_ct * tanh_ct)
    d_pre = [
        d_ct * gg * ig * (1.0 - ig),
        d_ct * c * fg * (1.0 - fg),
        d_ct * ig * (1.0 - gg * gg),
        dh_next * tanh_ct * og * (1.0 - og),
    ]
    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": d_ct * fg,
             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": np.zeros_like(b_ih)}
    for s, d in zip(sl, d_pre):
        grads["x"] += d @ W_ih[s]
        grads["h"] += d @ W_hh[s]
        grads["W_ih"][s] = np.einsum("bh,bi->hi", d, x)
        grads["W_hh"][s] = np.einsum("bh,bk->hk", d, h)
        grads["b_ih"][s] = d.sum(0)
    grads["b_hh"] = grads["b_ih"].copy()
    return grads
""",
)
add(
    "cbw_dc_no_dh",
    *K,
    kb_src(("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next")),
    [
        M(
            "δc_t leaves out the path through h_t (dh_next * o * (1 - tanh² c_t)).",
            A("dh_next", "∂L/∂h", "dL/dh", "through h", "h_t", "δh"),
            A("δc", "dc", "c_t", "cell state"),
        )
    ],
)
add(
    "cbw_tanh_deriv",
    *K,
    kb_src(("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next + dh_next * o * (1 - tc)")),
    [
        M(
            "Writes tanh'(c_t) as 1 - tanh(c_t) instead of 1 - tanh²(c_t).",
            A("1 - tanh²", "1 - tanh^2", "tanh'", "derivative", "1 - tanh**2", "squared"),
        )
    ],
)
add(
    "cbw_o_tanh_deriv",
    *K,
    kb_src(("do * o * (1 - o)", "do * (1 - o ** 2)")),
    [
        M(
            "The output gate's derivative is taken as 1 - o² (tanh's) instead of o(1 - o).",
            "output gate",
            A("σ'", "derivative", "σ(1 - σ)", "sigmoid", "o(1 - o)", "o * (1 - o)"),
        )
    ],
)
add(
    "cbw_dWih_transposed",
    *K,
    kb_src(('"W_ih": da.T @ x', '"W_ih": x.T @ da')),
    [
        M(
            "W_ih's gradient is computed as x.T @ da, (I, 4H), the transpose of the right shape.",
            "W_ih",
            A("transpose", "transposed", "shape"),
        )
    ],
)
add(
    "cbw_bhh_zero",
    *K,
    kb_src(('"b_hh": db.copy()', '"b_hh": np.zeros_like(b_hh)')),
    [M("Gives b_hh a zero gradient (thinks only one bias gets gradient).", "b_hh")],
)
add(
    "cbw_bias_mean",
    *K,
    kb_src(("db = da.sum(axis=0)", "db = da.mean(axis=0)")),
    [
        M(
            "Bias gradients averaged over the batch instead of summed.",
            A("mean", "average", "sum over", "divided", "summed", "sum"),
        )
    ],
)
add(
    "cbw_c_no_f",
    *K,
    kb_src(('"c": dc * f', '"c": dc')),
    [
        M(
            "The gradient to c_{t-1} misses the factor f_t.",
            A("forget gate", "f_t", "* f", "factor f"),
        )
    ],
)
add(
    "cbw_df_cnext",
    *K,
    kb_src(("df = dc * c\n", "df = dc * c_next\n")),
    [
        M(
            "δf uses c_t (c_next) instead of c_{t-1}.",
            A("forget gate", "δf", "f gate"),
            A("c_{t-1}", "c_next", "c_t", "previous cell"),
        )
    ],
)
add(
    "cbw_igfo_bhh0",
    *K,
    kb_src(
        (
            "np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)",
            "np.concatenate([di * i * (1 - i), dg * (1 - g ** 2), df * f * (1 - f), do * o * (1 - o)], axis=1)",
        ),
        ('"b_hh": db.copy()', '"b_hh": np.zeros_like(b_hh)'),
    ),
    [
        M(
            "Stacks the gate gradients in the order (i, g, f, o): the f and g blocks are swapped.",
            A("forget gate", "W_if", "H:2H", "f"),
            A("candidate", "cell gate", "W_ig", "2H:3H", "g"),
        ),
        M("b_hh gets a zero gradient.", "b_hh"),
    ],
)
add(
    "cbw_dc_no_dh_c_no_f",
    *K,
    kb_src(
        ("dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next"), ('"c": dc * f', '"c": dc')
    ),
    [
        M(
            "δc_t leaves out the path through h_t.",
            A("dh_next", "∂L/∂h", "dL/dh", "through h", "h_t", "δh"),
            A("δc", "dc", "c_t", "cell state"),
        ),
        M(
            "The gradient to c_{t-1} misses the factor f_t.",
            A("forget gate", "f_t", "* f", "factor f"),
        ),
    ],
)
add(
    "cbw_dh_inplace",
    *K,
    kb_src(
        (
            "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n",
            "    do = dh_next * tc\n    dh_next *= o * (1 - tc ** 2)\n    dc = dc_next + dh_next\n",
        )
    ),
    [
        M(
            "Scales dh_next in place, changing the caller's array (values are right).",
            INPLACE,
            "dh_next",
        )
    ],
)

# ---------------------------------------------------------------- 8. lstm_layer_backward
NB = """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T = x.shape[0]
    hs, cs = [h0], [c0]
    for t in range(T):
        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    grads = {k: np.zeros_like(v) for k, v in (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}
    dx = np.zeros_like(x)
    for t in reversed(range(T)):
        step = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = step["x"]
        dh, dc = step["h"], step["c"]
        for k in grads:
            grads[k] += step[k]
    return {"x": dx, "h0": dh, "c0": dc, **grads}
"""


def nb_src(*pairs):
    body = NB
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return kb_src() + body


N = ("lstm_layer_backward", "check_lstm_layer_backward")
add("lbw_ok_lists", *N, nb_src())
add(
    "lbw_ok_arrays",
    *N,
    kb_src()
    + """

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, I = x.shape
    H = h0.shape[1]
    H_hist = np.empty((T + 1, B, H))
    C_hist = np.empty((T + 1, B, H))
    H_hist[0], C_hist[0] = h0, c0
    for t in range(T):
        H_hist[t + 1], C_hist[t + 1] = lstm_cell(x[t], H_hist[t], C_hist[t], W_ih, W_hh, b_ih, b_hh)
    carry_h = np.zeros((B, H)) if dh_n is None else np.array(dh_n)
    carry_c = np.zeros((B, H)) if dc_n is None else np.array(dc_n)
    total = dict(x=np.zeros((T, B, I)), W_ih=0.0, W_hh=0.0, b_ih=0.0, b_hh=0.0)
    t = T - 1
    while t >= 0:
        g = lstm_cell_backward(carry_h + dout[t], carry_c, x[t], H_hist[t], C_hist[t], W_ih, W_hh, b_ih, b_hh)
        total["x"][t] = g["x"]
        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):
            total[name] = total[name] + g[name]
        carry_h, carry_c = g["h"], g["c"]
        t -= 1
    total["h0"], total["c0"] = carry_h, carry_c
    return total
""",
)
add(
    "lbw_weights_last_only",
    *N,
    nb_src(("grads[k] += step[k]", "grads[k] = step[k]")),
    [
        M(
            "Weight and bias gradients are overwritten at each step (only step 0's remains) instead of summed over steps.",
            A("sum", "every step", "all steps", "accumulat", "each step", "over the steps"),
        )
    ],
)
add(
    "lbw_no_dout",
    *N,
    nb_src(("lstm_cell_backward(dh + dout[t], dc,", "lstm_cell_backward(dh, dc,")),
    [M("dout[t] is never added to the gradient reaching h_t.", "dout")],
)
add(
    "lbw_state_after",
    *N,
    nb_src(("x[t], hs[t], cs[t],", "x[t], hs[t + 1], cs[t + 1],")),
    [
        M(
            "Each step's backward gets the state after the step (h_t, c_t) instead of the one it started from.",
            A(
                "h_{t-1}",
                "started from",
                "previous state",
                "hs[t+1]",
                "before the step",
                "off by one",
                "state after",
                "h_t",
            ),
        )
    ],
)
add(
    "lbw_dx_reversed",
    *N,
    nb_src(
        ("    dx = np.zeros_like(x)\n", "    dx = []\n"),
        ('dx[t] = step["x"]', 'dx.append(step["x"])'),
        ('return {"x": dx,', 'return {"x": np.stack(dx),'),
    ),
    [
        M(
            "dx collected while walking back, so it comes out in reversed time order.",
            "x",
            A("time order", "reversed", "order", "backwards"),
        )
    ],
)
add(
    "lbw_ignore_dhn",
    *N,
    nb_src(("dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()", "dh = np.zeros_like(h0)")),
    [M("A given dh_n is ignored.", "dh_n")],
)
add(
    "lbw_ignore_dcn",
    *N,
    nb_src(("dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()", "dc = np.zeros_like(c0)")),
    [M("A given dc_n is ignored.", "dc_n")],
)
add(
    "lbw_fwd_no_c_carry",
    *N,
    nb_src(("lstm_cell(x[t], hs[-1], cs[-1],", "lstm_cell(x[t], hs[-1], c0,")),
    [
        M(
            "The forward re-run restarts every step from c0 instead of carrying the cell state.",
            A("c0", "carry", "cell state", "c_{t-1}", "forward"),
        )
    ],
)
add(
    "lbw_last_only_no_dout",
    *N,
    nb_src(
        ("grads[k] += step[k]", "grads[k] = step[k]"),
        ("lstm_cell_backward(dh + dout[t], dc,", "lstm_cell_backward(dh, dc,"),
    ),
    [
        M(
            "Weight gradients overwritten each step instead of summed.",
            A("sum", "every step", "all steps", "accumulat", "each step", "over the steps"),
        ),
        M("dout[t] never added.", "dout"),
    ],
)
add(
    "lbw_dhn_inplace_dx_rev",
    *N,
    nb_src(
        (
            "dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()",
            "dh = np.zeros_like(h0) if dh_n is None else dh_n",
        ),
        ("lstm_cell_backward(dh + dout[t], dc,", "lstm_cell_backward(dh, dc,"),
        (
            "    for t in reversed(range(T)):\n",
            "    for t in reversed(range(T)):\n        dh += dout[t]\n",
        ),
        ('dx[t] = step["x"]', 'dx[T - 1 - t] = step["x"]'),
    ),
    [
        M(
            "Adds dout[t] into dh_n's own array in place (dh = dh_n; dh += dout[t]), changing the caller's dh_n.",
            INPLACE,
            "dh_n",
        ),
        M(
            "dx stored at T-1-t: reversed time order.",
            "x",
            A("time order", "reversed", "order", "backwards"),
        ),
    ],
)
add(
    "lbw_skip_step0",
    *N,
    nb_src(("for t in reversed(range(T)):", "for t in range(T - 1, 0, -1):")),
    [
        M(
            "The backward loop stops before step 0 (range(T-1, 0, -1)): step 0 never back-propagated.",
            A("step 0", "t = 0", "t=0", "first step", "x_0"),
        )
    ],
)

# ---------------------------------------------------------------- 9. lstm_layer_lengths
VB = """

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


def vb_src(*pairs):
    body = VB
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return CELL + body


V = ("lstm_layer_lengths", "check_lstm_layer_lengths")
add("len_ok_mask", *V, vb_src())
add(
    "len_ok_per_seq",
    *V,
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[-1]
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
)
add(
    "len_out_not_zeroed",
    *V,
    vb_src(("out[t] = np.where(alive, h_new, 0.0)", "out[t] = h")),
    [
        M(
            "out past each length holds the frozen state instead of zeros.",
            A("zero", "zeros"),
            A("padding", "past", "after", "lengths[b]", "t >= "),
        )
    ],
)
add(
    "len_state_not_frozen",
    *V,
    vb_src(
        ("h = np.where(alive, h_new, h)", "h = h_new"),
        ("c = np.where(alive, c_new, c)", "c = c_new"),
    ),
    [
        M(
            "The state keeps running over the padding, so h_n/c_n are at T-1, not at each row's last real step.",
            A("h_n", "c_n", "final state"),
            A("lengths[b] - 1", "last real step", "own last step", "padding", "T - 1", "T-1"),
        )
    ],
)
add(
    "len_mask_le",
    *V,
    vb_src(("alive = (t < lengths)[:, None]", "alive = (t <= lengths)[:, None]")),
    [
        M(
            "Mask t <= lengths: one padding step too many is run.",
            A(
                "off by one",
                "<=",
                "one step too many",
                "one extra",
                "lengths[b]",
                "padding step",
                "t = lengths",
            ),
        )
    ],
)
add(
    "len_per_seq_short",
    *V,
    CELL
    + """

def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    out = np.zeros((T, B, H))
    h_n, c_n = np.array(h0), np.array(c0)
    for b in range(B):
        h, c = h0[b:b + 1], c0[b:b + 1]
        for t in range(lengths[b] - 1):  # last index is lengths[b] - 1
            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = h[0]
        h_n[b], c_n[b] = h[0], c[0]
    return out, (h_n, c_n)
""",
    [
        M(
            "range(lengths[b] - 1) stops one step early: the last real step is never run.",
            A(
                "last real step",
                "lengths[b] - 1",
                "one step short",
                "off by one",
                "missing",
                "one step early",
                "last step",
            ),
        )
    ],
)
add(
    "len_cn_not_frozen",
    *V,
    vb_src(("c = np.where(alive, c_new, c)", "c = c_new")),
    [
        M(
            "Only h is frozen past the length; c keeps running, so c_n (and later steps) are wrong.",
            "c_n",
        )
    ],
)
add(
    "len_maxlen_T",
    *V,
    vb_src(("    T, B, _ = x.shape\n", "    B = x.shape[1]\n    T = int(np.max(lengths))\n")),
    [
        M(
            "out has max(lengths) steps instead of T when the longest length is shorter than T.",
            A("shape", "total_length", "T,", "(T", "steps"),
        )
    ],
)
add(
    "len_nozero_h0_inplace",
    *V,
    vb_src(
        ("h, c = h0.copy(), c0.copy()", "h, c = h0, c0"),
        ("h = np.where(alive, h_new, h)", "h[...] = np.where(alive, h_new, h)"),
        ("out[t] = np.where(alive, h_new, 0.0)", "out[t] = h"),
    ),
    [
        M("Writes the state into h0's array in place, changing the caller's h0.", INPLACE, "h0"),
        M(
            "out past each length holds the frozen state instead of zeros.",
            A("zero", "zeros"),
            A("padding", "past", "after", "lengths[b]", "t >= "),
        ),
    ],
)
add(
    "len_le_c_running",
    *V,
    vb_src(
        ("alive = (t < lengths)[:, None]", "alive = (t <= lengths)[:, None]"),
        ("c = np.where(alive, c_new, c)", "c = c_new"),
    ),
    [
        M(
            "Mask t <= lengths: one padding step too many.",
            A(
                "off by one",
                "<=",
                "one step too many",
                "one extra",
                "lengths[b]",
                "padding step",
                "t = lengths",
            ),
        ),
        M("c keeps running over padding.", "c_n"),
    ],
)

# ---------------------------------------------------------------- 10. bilstm_layer_lengths
WB = """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    x_rev = np.zeros_like(x)
    for b in range(B):
        L = lengths[b]
        x_rev[:L, b] = x[:L, b][::-1]
    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)
    out_b = np.zeros_like(out_r)
    for b in range(B):
        L = lengths[b]
        out_b[:L, b] = out_r[:L, b][::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))
"""


def wb_src(*pairs):
    body = WB
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return vb_src() + body


W = ("bilstm_layer_lengths", "check_bilstm_layer_lengths")
add("bilen_ok_rev_per_seq", *W, wb_src())
add(
    "bilen_ok_masked_loops",
    *W,
    CELL
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    lens = np.array(lengths).reshape(B, 1)
    out = np.zeros((T, B, 2 * H))
    hs = [h0[0].copy(), h0[1].copy()]
    cs = [c0[0].copy(), c0[1].copy()]
    for t in range(T):
        live = t < lens
        hn, cn = lstm_cell(x[t], hs[0], cs[0], *fwd)
        hs[0] = np.where(live, hn, hs[0]); cs[0] = np.where(live, cn, cs[0])
        out[t, :, :H] = np.where(live, hn, 0)
    for t in reversed(range(T)):
        live = t < lens  # the reverse state only starts moving at each row's last real step
        hn, cn = lstm_cell(x[t], hs[1], cs[1], *bwd)
        hs[1] = np.where(live, hn, hs[1]); cs[1] = np.where(live, cn, cs[1])
        out[t, :, H:] = np.where(live, hn, 0)
    return out, (np.stack(hs), np.stack(cs))
""",
)
add(
    "bilen_whole_flip",
    *W,
    vb_src()
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, out_r[::-1]], axis=2)
    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))
""",
    [
        M(
            "Reverses the whole padded tensor, so the reverse direction of a short sequence starts on padding.",
            A("padding", "lengths[b] - 1", "own last", "last real step", "T - 1", "T-1"),
            A("reverse", "backward"),
        )
    ],
)
add(
    "bilen_out_whole_flip",
    *W,
    wb_src(
        (
            """    out_b = np.zeros_like(out_r)
    for b in range(B):
        L = lengths[b]
        out_b[:L, b] = out_r[:L, b][::-1]
""",
            "    out_b = out_r[::-1]\n",
        )
    ),
    [
        M(
            "The reverse outputs are flipped over the whole T, not within each sequence's length.",
            A("reverse", "backward"),
            A("time order", "flip", "put back", "out[t]", "within", "each sequence"),
        )
    ],
)
add(
    "bilen_hn_wrong",
    *W,
    wb_src(("np.stack([h_f, h_r])", "np.stack([h_f, out_b[lengths - 1, np.arange(B)]])")),
    [
        M(
            "h_n's reverse row is the reverse output at lengths[b]-1 (after one step) instead of its state after step 0.",
            "h_n",
            A("step 0", "x_0", "after", "t = 0", "last step", "out[0"),
        )
    ],
)
add(
    "bilen_h0_row0",
    *W,
    wb_src(
        (
            "lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)",
            "lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)",
        )
    ),
    [
        M(
            "The reverse direction starts from row 0 of h0/c0 instead of row 1.",
            A("h0", "initial state"),
            A("row 1", "h0[1]", "row 0", "h0[0]"),
        )
    ],
)
add(
    "bilen_rev_first",
    *W,
    wb_src(("np.concatenate([out_f, out_b], axis=2)", "np.concatenate([out_b, out_f], axis=2)")),
    [
        M(
            "Puts the reverse half first in out.",
            A("order", "forward first", "swapped", "first half", "halves"),
        )
    ],
)
add(
    "bilen_rev_offbyone",
    *W,
    wb_src(("x_rev[:L, b] = x[:L, b][::-1]", "x_rev[:L, b] = x[L:0:-1, b]")),
    [
        M(
            "Reverse input x[L:0:-1] reads x[L] (padding or beyond) down to x[1] and never x_0.",
            A("off by one", "x_0", "step 0", "lengths[b]", "padding", "shifted"),
        )
    ],
)
add(
    "bilen_whole_flip_hn_order",
    *W,
    vb_src()
    + """

def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    out_r, (h_r, c_r) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], *bwd)
    out = np.concatenate([out_f, np.flip(out_r, 0)], axis=-1)
    return out, (np.stack([h_r, h_f]), np.stack([c_r, c_f]))
""",
    [
        M(
            "Reverses the whole padded tensor: the reverse direction starts on padding.",
            A("padding", "lengths[b] - 1", "own last", "last real step", "T - 1", "T-1"),
            A("reverse", "backward"),
        ),
        M(
            "h_n/c_n rows in the order (reverse, forward).",
            A("h_n", "c_n"),
            A("row", "order", "swapped", "row 0"),
        ),
    ],
)
add(
    "bilen_fwd_weights_noflip",
    *W,
    wb_src(
        ("h0[1], c0[1], *bwd)", "h0[1], c0[1], *fwd)"),
        ("out_b[:L, b] = out_r[:L, b][::-1]", "out_b[:L, b] = out_r[:L, b]"),
    ),
    [
        M(
            "The reverse direction uses the forward weights.",
            A(
                "bwd",
                "reverse direction's weights",
                "backward weights",
                "reverse weights",
                "own weights",
                "forward weights",
                "fwd",
            ),
        ),
        M(
            "The reverse outputs are not put back in time order.",
            A("reverse", "backward"),
            A("time order", "flip", "put back", "out[t]", "reading order"),
        ),
    ],
)
add(
    "bilen_sort_lengths",
    *W,
    wb_src(
        (
            "    lengths = np.asarray(lengths)\n",
            "    lengths.sort()  # longest last, like pack_padded_sequence\n",
        )
    ),
    [
        M(
            "Sorts the caller's lengths in place, changing it and pairing lengths with the wrong sequences.",
            "lengths",
            A("changed", "in place", "modif", "sort", "order"),
        )
    ],
)

# ---------------------------------------------------------------- 11. lstm_output_shapes
O = ("lstm_output_shapes", "check_lstm_output_shapes")
add(
    "shapes_ok_plain",
    *O,
    """import numpy as np


def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}
""",
)
add(
    "shapes_ok_ifs",
    *O,
    """import numpy as np


def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    dirs = 1
    if bidirectional:
        dirs = 2
    h_size = hidden_size
    if proj_size:
        h_size = proj_size
    dims = [seq_len, batch]
    if batch_first:
        dims.reverse()
    shapes = {}
    shapes["out"] = tuple(int(v) for v in dims + [h_size * dirs])
    shapes["h_n"] = (int(num_layers * dirs), int(batch), int(h_size))
    shapes["c_n"] = (int(num_layers * dirs), int(batch), int(hidden_size))
    return shapes
""",
)
OB = """import numpy as np


def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    Hout = proj_size if proj_size > 0 else hidden_size
    Hcell = hidden_size
    out = (batch, seq_len, D * Hout) if batch_first else (seq_len, batch, D * Hout)
    h_n = (D * num_layers, batch, Hout)
    c_n = (D * num_layers, batch, Hcell)
    return {"out": out, "h_n": h_n, "c_n": c_n}
"""


def ob_src(*pairs):
    body = OB
    for old, new in pairs:
        assert old in body, old
        body = body.replace(old, new)
    return body


add(
    "shapes_c_proj",
    *O,
    ob_src(("Hcell = hidden_size", "Hcell = Hout")),
    [M("Projects c_n to proj_size too, though only h is projected.", "c_n", "proj_size")],
)
add(
    "shapes_hn_noD",
    *O,
    ob_src(
        ("h_n = (D * num_layers, batch, Hout)", "h_n = (num_layers, batch, Hout)"),
        ("c_n = (D * num_layers, batch, Hcell)", "c_n = (num_layers, batch, Hcell)"),
    ),
    [
        M(
            "h_n and c_n have num_layers rows, not num_layers * D, when bidirectional.",
            A("h_n", "c_n"),
            A("D", "bidirectional", "2 *", "num_layers * 2"),
        )
    ],
)
add(
    "shapes_bf_states",
    *O,
    ob_src(
        (
            "h_n = (D * num_layers, batch, Hout)",
            "h_n = (batch, D * num_layers, Hout) if batch_first else (D * num_layers, batch, Hout)",
        ),
        (
            "c_n = (D * num_layers, batch, Hcell)",
            "c_n = (batch, D * num_layers, Hcell) if batch_first else (D * num_layers, batch, Hcell)",
        ),
    ),
    [
        M(
            "Applies batch_first to h_n and c_n, which batch_first never affects.",
            "batch_first",
            A("h_n", "c_n"),
        )
    ],
)
add(
    "shapes_out_noD",
    *O,
    ob_src(
        (
            "(batch, seq_len, D * Hout) if batch_first else (seq_len, batch, D * Hout)",
            "(batch, seq_len, Hout) if batch_first else (seq_len, batch, Hout)",
        )
    ),
    [
        M(
            "out's last dimension ignores D (both directions' outputs side by side).",
            "out",
            A("D", "bidirectional", "2 *"),
        )
    ],
)
add(
    "shapes_out_hidden_lists",
    *O,
    """import numpy as np


def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    proj = proj_size if proj_size > 0 else hidden_size
    out = [batch, seq_len, D * hidden_size] if batch_first else [seq_len, batch, D * hidden_size]
    return {"out": out, "h_n": [D * num_layers, batch, proj], "c_n": [D * num_layers, batch, hidden_size]}
""",
    [
        M("out uses hidden_size instead of proj_size when proj_size > 0.", "out", "proj_size"),
        M("Returns lists instead of tuples.", "tuple"),
    ],
)
add(
    "shapes_hn_no_proj",
    *O,
    ob_src(("h_n = (D * num_layers, batch, Hout)", "h_n = (D * num_layers, batch, hidden_size)")),
    [M("h_n ignores proj_size (it is projected, like out).", "h_n", "proj_size")],
)
