# ruff: noqa  (a blind corpus kept as its author wrote it, issue 21 item 7; it measures, it never tuned)
"""Blind corpus of student solutions (wrong and correct) for the LSTM course's graded functions.
must_mention words were fixed before any check was run."""


def V(base, *pairs):
    s = base
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert old in s, (old, s[:80])
        s = s.replace(old, new, 1)
    return s


ANY = lambda *w: {"any": list(w)}
MODIF = ANY("changed", "modif", "in place", "in-place", "mutat", "overwr")
ORDER = ANY("order", "i, f, g, o", "(i, f, g, o)", "ifgo")
ENTRIES = []


def E(id, function, source, mistakes=(), must=()):
    assert len(mistakes) == len(must)
    ENTRIES.append(
        {
            "id": id,
            "function": function,
            "source": source,
            "mistakes": list(mistakes),
            "must_mention": [m if isinstance(m, list) else [m] for m in must],
        }
    )


SIG_SRC = """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
"""
CELL_SRC = (
    SIG_SRC
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
LAYER_HELP = (
    CELL_SRC
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    outs = []
    for t in range(x.shape[0]):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), (h, c)
"""
)

# ---------------------------------------------------------------- sigmoid
F = "sigmoid"
E("sig_ok_where", F, SIG_SRC)
E(
    "sig_ok_mask",
    F,
    """
import numpy as np
def sigmoid(z):
    z = np.array(z, dtype=float)          # a copy
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out
""",
)
E(
    "sig_ok_logaddexp",
    F,
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(-np.logaddexp(0.0, -z))
""",
)
E(
    "sig_naive",
    F,
    """
import numpy as np
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
""",
    ["naive exp(-z) overflows for z=-1000"],
    [ANY("overflow", "warning")],
)
E(
    "sig_where_both",
    F,
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
    ["np.where evaluates both branches: exp overflows anyway"],
    [ANY("overflow", "warning")],
)
E(
    "sig_clip",
    F,
    """
import numpy as np
def sigmoid(z):
    z = np.clip(z, -30, 30)
    return 1.0 / (1.0 + np.exp(-z))
""",
    ["clips z to [-30,30]: wrong far tails (sigmoid(-40) != e^-30)"],
    [ANY("clip", "tail", "large", "saturat", "far")],
)
E(
    "sig_list",
    F,
    """
import math
def sigmoid(z):
    out = []
    for v in list(z.ravel()):
        out.append(1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v)))
    return out
""",
    ["returns a flat Python list, not an array of z's shape"],
    [ANY("list", "ndarray", "array")],
)
E(
    "sig_f32",
    F,
    """
import numpy as np
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
    ["computes in float32"],
    [ANY("float32", "float64", "dtype", "precision")],
)
E(
    "sig_tanh_noh",
    F,
    """
import numpy as np
def sigmoid(z):
    return 0.5 * (1 + np.tanh(np.asarray(z, dtype=float)))
""",
    ["tanh identity without the z/2"],
    [ANY("z/2", "half", "0.5", "tanh")],
)
E(
    "sig_inplace",
    F,
    """
import numpy as np
def sigmoid(z):
    neg = z < 0
    z[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))
    z[~neg] = 1 / (1 + np.exp(-z[~neg]))
    return z
""",
    ["overwrites the input array in place"],
    [MODIF],
)
E(
    "sig_flat_f32",
    F,
    """
import numpy as np
def sigmoid(z):
    z = np.ravel(z).astype(np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
    ["flattens: returns 1-D instead of z's shape", "float32"],
    [
        ANY(
            "shape",
        ),
        ANY("float32", "float64", "dtype", "precision"),
    ],
)

# ---------------------------------------------------------------- lstm_gates
F = "lstm_gates"
GATES = (
    SIG_SRC
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = sigmoid(a[:, 0*H:1*H])
    f = sigmoid(a[:, 1*H:2*H])
    g = np.tanh(a[:, 2*H:3*H])
    o = sigmoid(a[:, 3*H:4*H])
    return (i, f, g, o)
"""
)
E("gates_ok_slices", F, GATES)
E(
    "gates_ok_pergate",
    F,
    SIG_SRC
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    acts = []
    for k, fn in enumerate([sigmoid, sigmoid, np.tanh, sigmoid]):
        Wi = W_ih[k*H:(k+1)*H]; Wh = W_hh[k*H:(k+1)*H]
        pre = x @ Wi.T + b_ih[k*H:(k+1)*H] + h @ Wh.T + b_hh[k*H:(k+1)*H]
        acts.append(fn(pre))
    return tuple(acts)
""",
)
E(
    "gates_ok_einsum",
    F,
    SIG_SRC
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + b_hh)
    ai, af, ag, ao = np.split(pre, 4, axis=-1)
    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)
""",
)
E(
    "gates_ifog",
    F,
    V(
        GATES,
        "g = np.tanh(a[:, 2*H:3*H])",
        "g = np.tanh(a[:, 3*H:4*H])",
        "o = sigmoid(a[:, 3*H:4*H])",
        "o = sigmoid(a[:, 2*H:3*H])",
    ),
    ["reads the blocks in the order i, f, o, g"],
    [ORDER],
)
E(
    "gates_g_sigmoid",
    F,
    V(GATES, "g = np.tanh(", "g = sigmoid("),
    ["sigmoid instead of tanh for g"],
    [
        ANY(
            "tanh",
        )
    ],
)
E(
    "gates_no_bhh",
    F,
    V(GATES, " + h @ W_hh.T + b_hh", " + h @ W_hh.T"),
    ["forgets b_hh"],
    [
        ANY(
            "b_hh",
        )
    ],
)
E(
    "gates_transposed",
    F,
    SIG_SRC
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    a = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]   # (4H, B), like the maths
    i, f, g, o = np.split(a, 4, axis=0)
    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
""",
    ["returns each gate transposed (H, B)"],
    [ANY("transpos", "(B, H)", "shape")],
)
E(
    "gates_list",
    F,
    V(GATES, "return (i, f, g, o)", "return [i, f, g, o]"),
    ["returns a list, not a tuple"],
    [
        ANY(
            "tuple",
        )
    ],
)
E(
    "gates_dict",
    F,
    V(GATES, "return (i, f, g, o)", 'return {"i": i, "f": f, "g": g, "o": o}'),
    ["returns a dict, not a tuple"],
    [
        ANY(
            "tuple",
        )
    ],
)
E(
    "gates_o_tanh",
    F,
    V(GATES, "o = sigmoid(", "o = np.tanh("),
    ["tanh for the output gate o"],
    [ANY("output gate", "gate o", "o gate", "`o`", "'o'", "sigmoid")],
)
E(
    "gates_interleaved",
    F,
    SIG_SRC
    + """
def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).reshape(B, H, 4)
    return sigmoid(a[..., 0]), sigmoid(a[..., 1]), np.tanh(a[..., 2]), sigmoid(a[..., 3])
""",
    ["reshape (B,H,4) interleaves the gate rows instead of blocks of H"],
    [ANY("block", "rows", "k*H", "order", "interleav")],
)
E(
    "gates_order_nobias",
    F,
    V(
        GATES,
        "b_ih + h @ W_hh.T + b_hh",
        "h @ W_hh.T + b_hh",
        "i = sigmoid(a[:, 0*H:1*H])",
        "i = sigmoid(a[:, 1*H:2*H])",
        "f = sigmoid(a[:, 1*H:2*H])",
        "f = sigmoid(a[:, 0*H:1*H])",
    ),
    ["forgets b_ih", "swaps i and f blocks"],
    [
        ANY(
            "b_ih",
        ),
        ORDER,
    ],
)

# ---------------------------------------------------------------- lstm_cell
F = "lstm_cell"
CELL = CELL_SRC
E("cell_ok_split", F, CELL)
E(
    "cell_ok_pergate",
    F,
    SIG_SRC
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[-1]
    Wi, Wf, Wg, Wo = (W_ih[k*H:(k+1)*H] for k in range(4))
    Ui, Uf, Ug, Uo = (W_hh[k*H:(k+1)*H] for k in range(4))
    b = b_ih + b_hh
    bi, bf, bg, bo = b[:H], b[H:2*H], b[2*H:3*H], b[3*H:]
    i = sigmoid(x @ Wi.T + h @ Ui.T + bi)
    f = sigmoid(x @ Wf.T + h @ Uf.T + bf)
    g = np.tanh(x @ Wg.T + h @ Ug.T + bg)
    o = sigmoid(x @ Wo.T + h @ Uo.T + bo)
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
""",
)
E(
    "cell_ok_concat",
    F,
    SIG_SRC
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    W = np.concatenate([W_ih, W_hh], axis=1)      # (4H, I+H)
    z = np.concatenate([x, h], axis=1) @ W.T + b_ih + b_hh
    H = c.shape[1]
    i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])
    g = np.tanh(z[:, 2*H:3*H])
    c2 = f * c + i * g
    h2 = o * np.tanh(c2)
    return h2, c2
""",
)
E(
    "cell_swap_return",
    F,
    V(CELL, "return h_next, c_next", "return c_next, h_next"),
    ["returns (c, h) instead of (h, c)"],
    [ANY("order", "swap", "h first", "(h_next, c_next)", "c_next, h_next")],
)
E(
    "cell_no_tanh_c",
    F,
    V(CELL, "h_next = o * np.tanh(c_next)", "h_next = o * c_next"),
    ["h = o * c without tanh"],
    [
        ANY(
            "tanh",
        )
    ],
)
E(
    "cell_old_c",
    F,
    V(CELL, "h_next = o * np.tanh(c_next)", "h_next = o * np.tanh(c)"),
    ["h uses tanh of the old c"],
    [ANY("c_next", "new c", "c_t", "old", "previous", "c_{t-1}")],
)
E(
    "cell_inplace",
    F,
    V(CELL, "c_next = f * c + i * g", "c *= f\n    c += i * g\n    c_next = c"),
    ["updates c in place (changes the caller's array)"],
    [MODIF],
)
E(
    "cell_ifog",
    F,
    V(
        CELL,
        "a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)",
        "a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)",
    ),
    ["gate blocks read as i, f, o, g"],
    [ORDER],
)
E(
    "cell_if_swap",
    F,
    V(CELL, "c_next = f * c + i * g", "c_next = i * c + f * g"),
    ["swaps the roles of the input and forget gates in c"],
    [ANY("forget", "input gate", "swap", "i and f", "f and i")],
)
E(
    "cell_no_bih",
    F,
    V(CELL, "a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh", "a = x @ W_ih.T + h @ W_hh.T + b_hh"),
    ["forgets b_ih"],
    [
        ANY(
            "b_ih",
        )
    ],
)
E(
    "cell_f32",
    F,
    V(CELL, "return h_next, c_next", "return h_next.astype(np.float32), c_next.astype(np.float32)"),
    ["casts results to float32"],
    [ANY("float32", "float64", "dtype", "precision")],
)
E(
    "cell_sig_c_nobhh",
    F,
    V(
        CELL,
        "h_next = o * np.tanh(c_next)",
        "h_next = o * sigmoid(c_next)",
        " + h @ W_hh.T + b_hh",
        " + h @ W_hh.T",
    ),
    ["sigmoid instead of tanh on c", "forgets b_hh"],
    [
        ANY(
            "tanh",
        ),
        ANY(
            "b_hh",
        ),
    ],
)
E(
    "cell_swap_inplace",
    F,
    V(
        CELL,
        "c_next = f * c + i * g",
        "c *= f\n    c += i * g\n    c_next = c",
        "return h_next, c_next",
        "return c_next, h_next",
    ),
    ["updates c in place", "returns (c, h)"],
    [MODIF, ANY("order", "swap", "h first", "(h_next, c_next)", "c_next, h_next")],
)

# ---------------------------------------------------------------- lstm_layer
F = "lstm_layer"
LAYER = (
    CELL_SRC
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.swapaxes(x, 0, 1)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs, axis=0)
    if batch_first:
        out = np.swapaxes(out, 0, 1)
    return out, (h, c)
"""
)
E("layer_ok_list", F, LAYER)
E(
    "layer_ok_prealloc",
    F,
    SIG_SRC
    + """
def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    T, B = xs.shape[:2]
    H = W_hh.shape[-1]
    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)
    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)
    out = np.zeros((T, B, H))
    xw = np.einsum("tbi,gi->tbg", xs, W_ih) + b_ih + b_hh   # input part of every step at once
    for t in range(T):
        a = xw[t] + h @ W_hh.T
        i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)
""",
)
E(
    "layer_ignore_bf",
    F,
    V(
        LAYER,
        "    if batch_first:\n        x = np.swapaxes(x, 0, 1)\n",
        "",
        "    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n",
        "",
    ),
    ["ignores batch_first"],
    [
        ANY(
            "batch_first",
        )
    ],
)
E(
    "layer_bf_out_not_back",
    F,
    V(LAYER, "    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n", ""),
    ["batch_first: out not transposed back to (B,T,H)"],
    [ANY("batch_first", "(B, T, H)")],
)
E(
    "layer_none_crash",
    F,
    V(
        LAYER,
        "h = np.zeros((B, H)) if h0 is None else h0",
        "h = h0",
        "c = np.zeros((B, H)) if c0 is None else c0",
        "c = c0",
    ),
    ["does not handle h0/c0 = None"],
    [
        ANY(
            "None",
        )
    ],
)
E(
    "layer_out_c",
    F,
    V(LAYER, "outs.append(h)", "outs.append(c)"),
    ["stacks c_t in out instead of h_t"],
    [ANY("c_t", "cell state", "c instead", " c ")],
)
E(
    "layer_hn_first",
    F,
    V(LAYER, "return out, (h, c)", "return out, (out[0], c)"),
    ["h_n taken from the first step"],
    [ANY("h_n", "last step", "T-1", "T - 1")],
)
E(
    "layer_mutate_h0",
    F,
    V(
        LAYER,
        "h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)",
        "hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[...] = hn\n        c[...] = cn\n        outs.append(h.copy())",
    ),
    ["writes the state into h0/c0 in place"],
    [MODIF],
)
E(
    "layer_flat_return",
    F,
    V(LAYER, "return out, (h, c)", "return out, h, c"),
    ["returns (out, h_n, c_n) flat instead of (out, (h_n, c_n))"],
    [ANY("(h_n, c_n)", "nested", "pair", "tuple of 2", "2 items", "two")],
)
E(
    "layer_no_carry",
    F,
    V(
        LAYER,
        "h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)",
        "h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)",
        "outs.append(h)",
        "outs.append(h_t)",
        "return out, (h, c)",
        "return out, (h_t, c_t)",
    ),
    ["does not carry the state: every step starts from h0, c0"],
    [ANY("carry", "previous step", "h_{t-1}", "state from")],
)
E(
    "layer_bf_reshape",
    F,
    V(
        LAYER,
        "x = np.swapaxes(x, 0, 1)",
        "x = x.reshape(x.shape[1], x.shape[0], x.shape[2])",
        "out = np.swapaxes(out, 0, 1)",
        "out = out.reshape(out.shape[1], out.shape[0], out.shape[2])",
    ),
    ["batch_first done with reshape instead of transpose"],
    [ANY("reshape", "transpose", "swapaxes", "batch_first")],
)
E(
    "layer_offbyone",
    F,
    V(LAYER, "for t in range(T):", "for t in range(T - 1):"),
    ["loop skips the last step"],
    [ANY("last step", "T-1", "T - 1", "missing step", "steps")],
)
E(
    "layer_bf_none",
    F,
    V(
        LAYER,
        "    if batch_first:\n        x = np.swapaxes(x, 0, 1)\n",
        "",
        "    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n",
        "",
        "h = np.zeros((B, H)) if h0 is None else h0",
        "h = h0",
        "c = np.zeros((B, H)) if c0 is None else c0",
        "c = c0",
    ),
    ["ignores batch_first", "does not handle None"],
    [
        ANY(
            "batch_first",
        ),
        ANY(
            "None",
        ),
    ],
)
E(
    "layer_hc_swap_outc",
    F,
    V(LAYER, "return out, (h, c)", "return out, (c, h)", "outs.append(h)", "outs.append(c)"),
    ["returns (c_n, h_n)", "out stacks c"],
    [ANY("h_n", "c_n", "swap", "order"), ANY("c_t", "cell state", "c instead", " c ")],
)

# ---------------------------------------------------------------- ScratchLSTM
F = "ScratchLSTM"
SCR = """
import numpy as np

def _sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

class ScratchLSTM:
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 bidirectional=False, seed=None):
        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional
        self.D = 2 if bidirectional else 1
        rng = np.random.default_rng(seed)
        k = 1.0 / np.sqrt(hidden_size)
        H = hidden_size
        self.params = {}
        for layer in range(num_layers):
            I = input_size if layer == 0 else H * self.D
            for sfx in (["", "_reverse"] if bidirectional else [""]):
                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, I))
                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, H))
                if bias:
                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * H)
                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * H)

    def state_dict(self):
        return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}

    def load_state_dict(self, state):
        missing = set(self.params) - set(state)
        extra = set(state) - set(self.params)
        if missing or extra:
            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
        for name, v in state.items():
            v = np.asarray(v)
            if v.shape != self.params[name].shape:
                raise ValueError(f"{name}: shape {v.shape}, expected {self.params[name].shape}")
        for name, v in state.items():
            self.params[name] = np.array(v, dtype=np.float64, copy=True)

    def _run(self, x, h, c, layer, sfx):
        p = self.params
        W_ih, W_hh = p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"]
        b = p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"] if self.bias else 0.0
        H = self.hidden_size
        out = np.zeros((x.shape[0], x.shape[1], H))
        steps = range(x.shape[0] - 1, -1, -1) if sfx else range(x.shape[0])
        for t in steps:
            a = x[t] @ W_ih.T + h @ W_hh.T + b
            i, f, o = _sig(a[:, :H]), _sig(a[:, H:2*H]), _sig(a[:, 3*H:])
            g = np.tanh(a[:, 2*H:3*H])
            c = f * c + i * g
            h = o * np.tanh(c)
            out[t] = h
        return out, h, c

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
            for d, sfx in enumerate(["", "_reverse"][:D]):
                row = layer * D + d
                o, hN, cN = self._run(inp, h0[row], c0[row], layer, sfx)
                outs.append(o)
                h_n[row] = hN; c_n[row] = cN
            inp = np.concatenate(outs, axis=2)
        out = inp
        if self.batch_first:
            out = out.transpose(1, 0, 2)
        return out, (h_n, c_n)
"""
E("scr_ok", F, SCR)
E(
    "scr_bound_1overH",
    F,
    V(SCR, "k = 1.0 / np.sqrt(hidden_size)", "k = 1.0 / hidden_size"),
    ["init bound 1/H instead of 1/sqrt(H)"],
    [ANY("bound", "sqrt", "√", "range")],
)
E(
    "scr_normal_init",
    F,
    V(
        SCR,
        "rng.uniform(-k, k, (4 * H, I))",
        "rng.normal(0, k, (4 * H, I))",
        "rng.uniform(-k, k, (4 * H, H))",
        "rng.normal(0, k, (4 * H, H))",
    ),
    ["weights drawn from a normal distribution, not uniform in the bound"],
    [ANY("uniform", "bound", "range")],
)
E(
    "scr_seed_ignored",
    F,
    V(SCR, "rng = np.random.default_rng(seed)", "rng = np.random.default_rng()"),
    ["ignores seed"],
    [
        ANY(
            "seed",
        )
    ],
)
E(
    "scr_sd_nocopy",
    F,
    V(
        SCR,
        "return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}",
        "return self.params",
    ),
    ["state_dict returns the internal dict and arrays (no copies)"],
    [ANY("copy", "copies")],
)
E(
    "scr_load_ref",
    F,
    V(SCR, "self.params[name] = np.array(v, dtype=np.float64, copy=True)", "self.params[name] = v"),
    ["load_state_dict keeps references to the caller's arrays"],
    [ANY("copy", "copies", "later change", "changes to")],
)
E(
    "scr_load_novalidate",
    F,
    V(
        SCR,
        """        missing = set(self.params) - set(state)
        extra = set(state) - set(self.params)
        if missing or extra:
            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
        for name, v in state.items():
            v = np.asarray(v)
            if v.shape != self.params[name].shape:
                raise ValueError(f"{name}: shape {v.shape}, expected {self.params[name].shape}")
        for name, v in state.items():""",
        "        for name, v in state.items():",
    ),
    ["load_state_dict accepts missing/extra keys and wrong shapes silently"],
    [ANY("missing", "extra", "unexpected", "key", "shape")],
)
E(
    "scr_rev_not_back",
    F,
    V(
        SCR,
        "            out[t] = h\n",
        "            out[t if not sfx else x.shape[0] - 1 - t] = h\n",
    ),
    ["reverse direction's outputs stored in reading order, not time order"],
    [ANY("reverse", "time order", "backward")],
)
E(
    "scr_rows_dir_major",
    F,
    V(SCR, "row = layer * D + d", "row = d * L + layer"),
    ["state rows ordered direction-major instead of layer*D+d"],
    [ANY("row", "order", "k * D + d", "layer")],
)
E(
    "scr_l1_inputsize",
    F,
    V(SCR, "I = input_size if layer == 0 else H * self.D", "I = input_size"),
    ["layers >0 read input_size instead of H*D"],
    [ANY("weight_ih_l1", "H * D", "layer 1", "shape")],
)
E(
    "scr_bias_false_keys",
    F,
    V(
        SCR,
        "                if bias:\n                    self.params",
        "                if True:\n                    self.params",
    ),
    ["bias=False still creates bias parameters"],
    [
        ANY(
            "bias",
        )
    ],
)
E(
    "scr_bf_ignored",
    F,
    V(
        SCR,
        "        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n",
        "",
        "        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n",
        "",
    ),
    ["ignores batch_first"],
    [
        ANY(
            "batch_first",
        )
    ],
)
E(
    "scr_rev_hn_last",
    F,
    V(SCR, "h_n[row] = hN; c_n[row] = cN", "h_n[row] = o[-1]; c_n[row] = cN"),
    ["h_n for every direction taken from out[-1] (reverse: wrong step)"],
    [ANY("reverse", "h_n")],
)
E(
    "scr_hx_ignored",
    F,
    V(
        SCR,
        "        if hx is None:\n            h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n",
        "        h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))\n",
    ),
    ["ignores a given hx"],
    [ANY("hx", "h_0", "initial")],
)
E(
    "scr_key_rev",
    F,
    V(
        SCR,
        '(["", "_reverse"] if bidirectional else [""])',
        '(["", "_rev"] if bidirectional else [""])',
        '["", "_reverse"][:D]',
        '["", "_rev"][:D]',
    ),
    ["names reverse parameters with _rev instead of _reverse"],
    [ANY("key", "_reverse", "name")],
)
E(
    "scr_bound_sdcopy",
    F,
    V(
        SCR,
        "k = 1.0 / np.sqrt(hidden_size)",
        "k = 1.0 / hidden_size",
        "return {name: np.array(v, dtype=np.float64, copy=True) for name, v in self.params.items()}",
        "return dict(self.params)",
    ),
    ["init bound 1/H", "state_dict does not copy the arrays"],
    [ANY("bound", "sqrt", "√", "range"), ANY("copy", "copies")],
)
E(
    "scr_bf_hx",
    F,
    V(
        SCR,
        "        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n",
        "",
        "        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n",
        "",
        "        if hx is None:\n            h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n",
        "        h0 = np.zeros((L * D, B, H)); c0 = np.zeros((L * D, B, H))\n",
    ),
    ["ignores batch_first", "ignores hx"],
    [
        ANY(
            "batch_first",
        ),
        ANY("hx", "h_0", "initial"),
    ],
)
E(
    "scr_rev_rows",
    F,
    V(
        SCR,
        "            out[t] = h\n",
        "            out[t if not sfx else x.shape[0] - 1 - t] = h\n",
        "row = layer * D + d",
        "row = d * L + layer",
    ),
    ["reverse outputs not in time order", "state rows direction-major"],
    [ANY("reverse", "time order", "backward"), ANY("row", "order", "k * D + d", "layer")],
)

# ---------------------------------------------------------------- bilstm_layer
F = "bilstm_layer"
BI = (
    LAYER_HELP
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)
    out_b_rev, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)
    out_b = out_b_rev[::-1]
    out = np.concatenate([out_f, out_b], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
"""
)
E("bi_ok", F, BI)
E(
    "bi_ok_loop",
    F,
    CELL_SRC
    + """
def bilstm_layer(x, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
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
    return out, (np.stack((hf, h)), np.stack((cf, c)))
""",
)
E(
    "bi_not_flipped_back",
    F,
    V(BI, "out_b = out_b_rev[::-1]", "out_b = out_b_rev"),
    ["backward outputs left in reading order"],
    [ANY("time order", "reverse", "backward", "flip")],
)
E(
    "bi_no_reverse_input",
    F,
    V(BI, "lstm_layer(x[::-1], h0[1]", "lstm_layer(x, h0[1]"),
    ["backward direction reads x forwards"],
    [ANY("backward", "reverse", "x_{T-1}")],
)
E(
    "bi_hn_wrong",
    F,
    V(
        BI,
        "(np.stack([hf, hb]), np.stack([cf, cb]))",
        "(np.stack([hf, out_b[-1]]), np.stack([cf, cb]))",
    ),
    ["backward h_n taken at t=T-1 from out"],
    [ANY("h_n", "backward", "reverse")],
)
E(
    "bi_concat_order",
    F,
    V(BI, "[out_f, out_b]", "[out_b, out_f]"),
    ["out halves in the order [bwd, fwd]"],
    [ANY("order", "forward first", "halves", "half", "fwd")],
)
E(
    "bi_same_h0",
    F,
    V(BI, "h0[1], c0[1]", "h0[0], c0[0]"),
    ["backward direction starts from row 0 of h0/c0"],
    [ANY("h0[1]", "row 1", "initial", "h0")],
)
E(
    "bi_fwd_weights",
    F,
    V(BI, "h0[1], c0[1], *bwd", "h0[1], c0[1], *fwd"),
    ["backward direction uses the forward weights"],
    [ANY("bwd", "weights", "backward direction", "reverse direction")],
)
E(
    "bi_hn_concat",
    F,
    V(
        BI,
        "(np.stack([hf, hb]), np.stack([cf, cb]))",
        "(np.concatenate([hf, hb], axis=-1), np.concatenate([cf, cb], axis=-1))",
    ),
    ["h_n, c_n concatenated to (B,2H) instead of stacked (2,B,H)"],
    [ANY("shape", "(2, B, H)")],
)
E(
    "bi_out_axis0",
    F,
    V(BI, "np.concatenate([out_f, out_b], axis=-1)", "np.concatenate([out_f, out_b], axis=0)"),
    ["out concatenated along time (2T,B,H)"],
    [ANY("shape", "(T, B, 2H)", "2H")],
)
E(
    "bi_noflip_order",
    F,
    V(BI, "out_b = out_b_rev[::-1]", "out_b = out_b_rev", "[out_f, out_b]", "[out_b, out_f]"),
    ["backward outputs not flipped back", "halves in order [bwd, fwd]"],
    [
        ANY("time order", "reverse", "backward", "flip"),
        ANY("order", "forward first", "halves", "half", "fwd"),
    ],
)
E(
    "bi_sameh0_hn",
    F,
    V(
        BI,
        "h0[1], c0[1]",
        "h0[0], c0[0]",
        "(np.stack([hf, hb]), np.stack([cf, cb]))",
        "(np.stack([hf, out_b[-1]]), np.stack([cf, cb]))",
    ),
    ["backward starts from h0[0]", "backward h_n from out at T-1"],
    [ANY("h0[1]", "row 1", "initial", "h0"), ANY("h_n", "backward", "reverse")],
)

# ---------------------------------------------------------------- lstm_cell_backward
F = "lstm_cell_backward"
CB = (
    SIG_SRC
    + """
def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
    c_t = f * c + i * g
    tc = np.tanh(c_t)
    dc = dc_next + dh_next * o * (1 - tc ** 2)
    do = dh_next * tc
    di = dc * g
    dg = dc * i
    df = dc * c
    dc_prev = dc * f
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)
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
E("cb_ok", F, CB)
E(
    "cb_ok_einsum",
    F,
    SIG_SRC
    + """
def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + b_hh
    pi, pf, pg, po = np.split(pre, 4, axis=1)
    i, f, g, o = sigmoid(pi), sigmoid(pf), np.tanh(pg), sigmoid(po)
    cn = f * c + i * g
    th = np.tanh(cn)
    dcn = dc_next + dh_next * o * (1.0 - th * th)
    grads = [dcn * g * i * (1 - i), dcn * c * f * (1 - f), dcn * i * (1 - g * g), dh_next * th * o * (1 - o)]
    dpre = np.hstack(grads)
    db = dpre.sum(0)
    return dict(x=np.einsum("bg,gi->bi", dpre, W_ih), h=np.einsum("bg,gh->bh", dpre, W_hh), c=dcn * f,
                W_ih=np.einsum("bg,bi->gi", dpre, x), W_hh=np.einsum("bg,bh->gh", dpre, h),
                b_ih=db.copy(), b_hh=db.copy())
""",
)
E(
    "cb_no_dh_in_dc",
    F,
    V(CB, "dc = dc_next + dh_next * o * (1 - tc ** 2)", "dc = dc_next"),
    ["delta c misses the dh*o*(1-tanh^2 c) term"],
    [ANY("dh", "tanh", "delta c", "δc", "dc")],
)
E(
    "cb_sig_deriv",
    F,
    V(
        CB,
        "di * i * (1 - i), df * f * (1 - f)",
        "di * (1 - i ** 2), df * (1 - f ** 2)",
        "do * o * (1 - o)",
        "do * (1 - o ** 2)",
    ),
    ["sigmoid derivative written as 1 - s^2"],
    [ANY("sigmoid", "σ", "derivative")],
)
E(
    "cb_dW_transposed",
    F,
    V(CB, '"W_ih": da.T @ x,', '"W_ih": x.T @ da,', '"W_hh": da.T @ h,', '"W_hh": h.T @ da,'),
    ["weight gradients transposed (I,4H)"],
    [ANY("transpos", "shape", "(4H, I)")],
)
E(
    "cb_db_notsummed",
    F,
    V(
        CB,
        '"b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),',
        '"b_ih": da,\n        "b_hh": da,',
    ),
    ["bias gradients not summed over the batch"],
    [ANY("sum", "batch", "shape")],
)
E(
    "cb_dc_noforget",
    F,
    V(CB, "dc_prev = dc * f", "dc_prev = dc"),
    ["dc_{t-1} forgets the factor f"],
    [ANY('"c"', "'c'", "c_{t-1}", "forget", "dc")],
)
E(
    "cb_bhh_zero",
    F,
    V(CB, '"b_hh": da.sum(axis=0),', '"b_hh": np.zeros_like(b_hh),'),
    ["b_hh gradient zero"],
    [
        ANY(
            "b_hh",
        )
    ],
)
E(
    "cb_keys_d",
    F,
    CB.replace('"x":', '"dx":')
    .replace('"h":', '"dh":')
    .replace('"c":', '"dc":')
    .replace('"W_ih":', '"dW_ih":')
    .replace('"W_hh":', '"dW_hh":')
    .replace('"b_ih":', '"db_ih":')
    .replace('"b_hh":', '"db_hh":'),
    ["dict keys named dx, dh, ... instead of x, h, ..."],
    [
        ANY(
            "key",
        )
    ],
)
E(
    "cb_do_oldc",
    F,
    V(CB, "do = dh_next * tc", "do = dh_next * np.tanh(c)"),
    ["delta o uses tanh of the old c"],
    [ANY("c_t", "tanh(c", "δo", "output gate", " o ", "gate o")],
)
E(
    "cb_order",
    F,
    V(CB, "dg * (1 - g ** 2), do * o * (1 - o)", "do * o * (1 - o), dg * (1 - g ** 2)"),
    ["gate gradients concatenated as i, f, o, g"],
    [ORDER],
)
E(
    "cb_mutate",
    F,
    V(
        CB,
        "dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc",
        "do = dh_next * tc\n    dh_next *= o * (1 - tc ** 2)\n    dc_next += dh_next\n    dc = dc_next",
    ),
    ["changes dh_next and dc_next in place"],
    [MODIF],
)
E(
    "cb_sig_dW",
    F,
    V(
        CB,
        "di * i * (1 - i), df * f * (1 - f)",
        "di * (1 - i ** 2), df * (1 - f ** 2)",
        '"W_ih": da.T @ x,',
        '"W_ih": x.T @ da,',
    ),
    ["sigmoid derivative 1 - s^2", "W_ih gradient transposed"],
    [ANY("sigmoid", "σ", "derivative"), ANY("transpos", "shape", "(4H, I)")],
)
E(
    "cb_nodh_bhh",
    F,
    V(
        CB,
        "dc = dc_next + dh_next * o * (1 - tc ** 2)",
        "dc = dc_next",
        '"b_hh": da.sum(axis=0),',
        '"b_hh": np.zeros_like(b_hh),',
    ),
    ["delta c misses the dh term", "b_hh gradient zero"],
    [
        ANY("dh", "tanh", "delta c", "δc", "dc"),
        ANY(
            "b_hh",
        ),
    ],
)

# ---------------------------------------------------------------- lstm_layer_backward
F = "lstm_layer_backward"
LB = (
    CB.replace("def lstm_cell_backward", "def lstm_cell_backward")
    + """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next

def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T, B, _ = x.shape
    hs, cs = [h0], [c0]
    for t in range(T):
        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h); cs.append(c)
    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}
    dx = np.zeros_like(x, dtype=float)
    for t in range(T - 1, -1, -1):
        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = g["x"]
        dh, dc = g["h"], g["c"]
        for k in grads:
            grads[k] = grads[k] + g[k]
    return {"x": dx, "h0": dh, "c0": dc, **grads}
"""
)
E("lb_ok", F, LB)
E(
    "lb_ok_lists",
    F,
    CB
    + """
def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    H = h0.shape[1]
    T = len(x)
    states = []
    h, c = h0, c0
    for t in range(T):
        states.append((h, c))
        a = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])
        c = f * c + i * g
        h = o * np.tanh(c)
    carry_h = np.zeros((x.shape[1], H)) if dh_n is None else np.array(dh_n)
    carry_c = np.zeros((x.shape[1], H)) if dc_n is None else np.array(dc_n)
    dxs = []
    total = None
    for t in reversed(range(T)):
        hp, cp = states[t]
        g = lstm_cell_backward(dout[t] + carry_h, carry_c, x[t], hp, cp, W_ih, W_hh, b_ih, b_hh)
        dxs.insert(0, g["x"])
        carry_h, carry_c = g["h"], g["c"]
        if total is None:
            total = {k: g[k].copy() for k in ("W_ih", "W_hh", "b_ih", "b_hh")}
        else:
            for k in total:
                total[k] += g[k]
    total.update(x=np.stack(dxs), h0=carry_h, c0=carry_c)
    return total
""",
)
E(
    "lb_no_carry_h",
    F,
    V(
        LB,
        "g = lstm_cell_backward(dout[t] + dh, dc,",
        "g = lstm_cell_backward(dout[t], dc,",
        "dh = np.zeros_like(h0) if dh_n is None else dh_n",
        "dh = np.zeros_like(h0)",
    ),
    ["gradient reaching h_t is only dout[t]: ignores the carry from step t+1 (and dh_n)"],
    [ANY("carry", "step t+1", "later step", "sum", "t+1", "t + 1", "dh_n")],
)
E(
    "lb_last_step_weights",
    F,
    V(LB, "grads[k] = grads[k] + g[k]", "grads[k] = g[k]"),
    ["weight gradients are the last processed step's, not the sum"],
    [ANY("sum", "accumul", "all steps", "every step")],
)
E(
    "lb_dx_reversed",
    F,
    V(LB, 'dx[t] = g["x"]', 'dx[T - 1 - t] = g["x"]'),
    ["dx stored in backward order"],
    [ANY("order", "time order", "reverse")],
)
E(
    "lb_wrong_state",
    F,
    V(LB, "x[t], hs[t], cs[t],", "x[t], hs[t + 1], cs[t + 1],"),
    ["step backward uses the state after the step, not h_{t-1}"],
    [ANY("h_{t-1}", "started", "previous", "before", "t-1", "t - 1")],
)
E(
    "lb_none_crash",
    F,
    V(
        LB,
        "dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n",
        "dh = dh_n\n    dc = dc_n",
    ),
    ["does not handle dh_n/dc_n = None"],
    [
        ANY(
            "None",
        )
    ],
)
E(
    "lb_ignore_dhn",
    F,
    V(LB, "dh = np.zeros_like(h0) if dh_n is None else dh_n", "dh = np.zeros_like(h0)"),
    ["ignores dh_n"],
    [
        ANY(
            "dh_n",
        )
    ],
)
E(
    "lb_ignore_dcn",
    F,
    V(LB, "dc = np.zeros_like(c0) if dc_n is None else dc_n", "dc = np.zeros_like(c0)"),
    ["ignores dc_n"],
    [
        ANY(
            "dc_n",
        )
    ],
)
E(
    "lb_mutate_dout",
    F,
    V(
        LB,
        "g = lstm_cell_backward(dout[t] + dh, dc,",
        "dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc,",
    ),
    ["adds the carry into dout in place"],
    [MODIF],
)
E(
    "lb_no_c_carry",
    F,
    V(LB, 'dh, dc = g["h"], g["c"]', 'dh, dc = g["h"], np.zeros_like(dc)'),
    ["does not carry the c gradient between steps"],
    [ANY("dc", "c carry", '"c"', "cell", "c_t", "c_{t")],
)
E(
    "lb_last_dxrev",
    F,
    V(
        LB,
        "grads[k] = grads[k] + g[k]",
        "grads[k] = g[k]",
        'dx[t] = g["x"]',
        'dx[T - 1 - t] = g["x"]',
    ),
    ["weights: last step only", "dx in reverse order"],
    [ANY("sum", "accumul", "all steps", "every step"), ANY("order", "time order", "reverse")],
)
E(
    "lb_state_dcn",
    F,
    V(
        LB,
        "x[t], hs[t], cs[t],",
        "x[t], hs[t + 1], cs[t + 1],",
        "dc = np.zeros_like(c0) if dc_n is None else dc_n",
        "dc = np.zeros_like(c0)",
    ),
    ["uses the state after the step", "ignores dc_n"],
    [
        ANY("h_{t-1}", "started", "previous", "before", "t-1", "t - 1"),
        ANY(
            "dc_n",
        ),
    ],
)

# ---------------------------------------------------------------- lstm_layer_lengths
F = "lstm_layer_lengths"
LL = (
    CELL_SRC
    + """
def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    lengths = np.asarray(lengths)
    h, c = h0, c0
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
E("ll_ok_where", F, LL)
E(
    "ll_ok_perseq",
    F,
    CELL_SRC
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
)
E(
    "ll_no_mask",
    F,
    V(LL, "live = (t < lengths)[:, None]", "live = np.ones((B, 1), dtype=bool)"),
    ["no masking: runs over padding"],
    [ANY("padding", "length")],
)
E(
    "ll_out_not_zero",
    F,
    V(LL, "out[t] = np.where(live, hn, 0.0)", "out[t] = h"),
    ["out past the length repeats the last h instead of zeros"],
    [ANY("zero", "padding")],
)
E(
    "ll_c_unmasked",
    F,
    V(LL, "c = np.where(live, cn, c)", "c = cn"),
    ["c keeps updating on padding (c_n wrong)"],
    [
        ANY(
            "c_n",
        )
    ],
)
E(
    "ll_offbyone",
    F,
    V(LL, "live = (t < lengths)[:, None]", "live = (t <= lengths)[:, None]"),
    ["mask t <= length: one padding step too many"],
    [ANY("off by one", "off-by-one", "lengths[b] - 1", "length", "one step")],
)
E(
    "ll_hn_last_out",
    F,
    V(LL, "return out, (h, c)", "return out, (out[-1], c)"),
    ["h_n taken from out[-1] (zeros for short sequences)"],
    [ANY("h_n", "last step", "own")],
)
E(
    "ll_mutate_h0",
    F,
    V(
        LL,
        "h, c = h0, c0",
        "h, c = h0, c0\n    h_keep = h0",
        "h = np.where(live, hn, h)\n        c = np.where(live, cn, c)",
        "h[...] = np.where(live, hn, h)\n        c[...] = np.where(live, cn, c)",
    ),
    ["state written into h0, c0 in place"],
    [MODIF],
)
E(
    "ll_mask_bcast",
    F,
    V(LL, "live = (t < lengths)[:, None]", "live = (t < lengths)"),
    ["mask of shape (B,) broadcast along H"],
    [ANY("broadcast", "shape", "mask")],
)
E(
    "ll_nomask_out",
    F,
    V(LL, "c = np.where(live, cn, c)", "c = cn", "out[t] = np.where(live, hn, 0.0)", "out[t] = hn"),
    ["c updates on padding", "out not zero past the length"],
    [
        ANY(
            "c_n",
        ),
        ANY("zero", "padding"),
    ],
)
E(
    "ll_hn_off",
    F,
    V(
        LL,
        "live = (t < lengths)[:, None]",
        "live = (t <= lengths)[:, None]",
        "return out, (h, c)",
        "return out, (out[-1], c)",
    ),
    ["mask off by one", "h_n from out[-1]"],
    [
        ANY("off by one", "off-by-one", "lengths[b] - 1", "length", "one step"),
        ANY("h_n", "last step", "own"),
    ],
)

# ---------------------------------------------------------------- bilstm_layer_lengths
F = "bilstm_layer_lengths"
BLL = (
    LL
    + """
def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    lengths = np.asarray(lengths)
    x_rev = np.zeros_like(x)
    for b in range(B):
        L = int(lengths[b])
        x_rev[:L, b] = x[:L, b][::-1]
    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)
    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)
    out_b = np.zeros_like(out_r)
    for b in range(B):
        L = int(lengths[b])
        out_b[:L, b] = out_r[:L, b][::-1]
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))
"""
)
E("bll_ok", F, BLL)
E(
    "bll_ok_loops",
    F,
    CELL_SRC
    + """
def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, 2 * H))
    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))
    for b in range(B):
        n = int(lengths[b])
        for d, (params, steps) in enumerate([(fwd, range(n)), (bwd, range(n - 1, -1, -1))]):
            h, c = h0[d, b:b+1], c0[d, b:b+1]
            for t in steps:
                h, c = lstm_cell(x[t, b:b+1], h, c, *params)
                out[t, b, d*H:(d+1)*H] = h[0]
            h_n[d, b], c_n[d, b] = h[0], c[0]
    return out, (h_n, c_n)
""",
)
E(
    "bll_padded_flip",
    F,
    V(
        BLL,
        "        x_rev[:L, b] = x[:L, b][::-1]\n",
        "        x_rev[:, b] = x[::-1, b]\n",
        "        out_b[:L, b] = out_r[:L, b][::-1]\n",
        "        out_b[:, b] = out_r[::-1, b]\n",
    ),
    ["reverse direction flips the padded tensor: starts at T-1 on padding"],
    [ANY("padding", "own last step", "lengths[b] - 1", "own", "length")],
)
E(
    "bll_not_back",
    F,
    V(BLL, "out_b[:L, b] = out_r[:L, b][::-1]", "out_b[:L, b] = out_r[:L, b]"),
    ["reverse outputs not put back in time order"],
    [ANY("time order", "reverse")],
)
E(
    "bll_maxlen",
    F,
    V(
        BLL,
        "        L = int(lengths[b])\n        x_rev",
        "        L = int(lengths.max())\n        x_rev",
        "        L = int(lengths[b])\n        out_b",
        "        L = int(lengths.max())\n        out_b",
    ),
    ["reverses every sequence over the longest length, not its own"],
    [ANY("own", "length", "shorter", "padding")],
)
E(
    "bll_rev_not_zero",
    F,
    V(
        BLL,
        "out_b[:L, b] = out_r[:L, b][::-1]",
        "out_b[:, b] = out_r[::-1, b]\n        out_b[:L, b] = out_r[:L, b][::-1]",
    ),
    ["reverse half not zero past the length (leftover flipped values)"],
    [
        ANY(
            "zero",
        )
    ],
)
E(
    "bll_same_h0",
    F,
    V(BLL, "h0[1], c0[1]", "h0[0], c0[0]"),
    ["reverse direction starts from row 0"],
    [ANY("h0[1]", "row 1", "initial", "h0")],
)
E(
    "bll_concat_order",
    F,
    V(BLL, "[out_f, out_b]", "[out_b, out_f]"),
    ["halves ordered [reverse, forward]"],
    [ANY("order", "forward first", "half", "fwd")],
)
E(
    "bll_padflip_order",
    F,
    V(
        BLL,
        "        x_rev[:L, b] = x[:L, b][::-1]\n",
        "        x_rev[:, b] = x[::-1, b]\n",
        "        out_b[:L, b] = out_r[:L, b][::-1]\n",
        "        out_b[:, b] = out_r[::-1, b]\n",
        "[out_f, out_b]",
        "[out_b, out_f]",
    ),
    ["flips padded tensor", "halves [reverse, forward]"],
    [
        ANY("padding", "own last step", "lengths[b] - 1", "own", "length"),
        ANY("order", "forward first", "half", "fwd"),
    ],
)
E(
    "bll_h0_notback",
    F,
    V(
        BLL,
        "h0[1], c0[1]",
        "h0[0], c0[0]",
        "out_b[:L, b] = out_r[:L, b][::-1]",
        "out_b[:L, b] = out_r[:L, b]",
    ),
    ["reverse starts from row 0", "reverse outputs not in time order"],
    [ANY("h0[1]", "row 1", "initial", "h0"), ANY("time order", "reverse")],
)

# ---------------------------------------------------------------- lstm_output_shapes
F = "lstm_output_shapes"
SH = """
def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}
"""
E("sh_ok", F, SH)
E(
    "sh_ok_ifs",
    F,
    """
def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    dirs = 1
    if bidirectional:
        dirs = 2
    h_size = hidden_size
    if proj_size:
        h_size = proj_size
    if batch_first:
        out = (int(batch), int(seq_len), int(dirs * h_size))
    else:
        out = (int(seq_len), int(batch), int(dirs * h_size))
    shapes = dict(out=out)
    shapes["h_n"] = (int(num_layers * dirs), int(batch), int(h_size))
    shapes["c_n"] = (int(num_layers * dirs), int(batch), int(hidden_size))
    return shapes
""",
)
E(
    "sh_bf_ignored",
    F,
    V(
        SH,
        "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "out = (seq_len, batch, D * H_out)",
    ),
    ["ignores batch_first"],
    [
        ANY(
            "batch_first",
        )
    ],
)
E(
    "sh_bf_states",
    F,
    V(
        SH,
        'return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}',
        """if batch_first:
        return {"out": out, "h_n": (batch, D * num_layers, H_out), "c_n": (batch, D * num_layers, hidden_size)}
    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}""",
    ),
    ["batch_first applied to h_n and c_n too"],
    [ANY("batch_first", "h_n")],
)
E(
    "sh_proj_cn",
    F,
    V(SH, '"c_n": (D * num_layers, batch, hidden_size)', '"c_n": (D * num_layers, batch, H_out)'),
    ["proj_size applied to c_n"],
    [ANY("c_n", "proj")],
)
E(
    "sh_proj_ignored",
    F,
    V(SH, "H_out = proj_size if proj_size > 0 else hidden_size", "H_out = hidden_size"),
    ["ignores proj_size"],
    [
        ANY(
            "proj",
        )
    ],
)
E(
    "sh_hn_noD",
    F,
    V(
        SH,
        '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)',
        '"h_n": (num_layers, batch, H_out), "c_n": (num_layers, batch, hidden_size)',
    ),
    ["h_n, c_n first dim ignores D"],
    [ANY("bidirectional", "direction")],
)
E(
    "sh_out_layers",
    F,
    V(
        SH,
        "(batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "(batch, seq_len, D * num_layers * H_out) if batch_first else (seq_len, batch, D * num_layers * H_out)",
    ),
    ["out multiplies by num_layers"],
    [ANY("num_layers", "layer")],
)
E(
    "sh_tuple_ret",
    F,
    V(
        SH,
        'return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}',
        "return out, (D * num_layers, batch, H_out), (D * num_layers, batch, hidden_size)",
    ),
    ["returns a tuple, not a dict"],
    [
        ANY(
            "dict",
        )
    ],
)
E(
    "sh_lists",
    F,
    """
def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                       batch_first=False, proj_size=0):
    D = 2 if bidirectional else 1
    H = proj_size or hidden_size
    out = [seq_len, batch, D * H]
    if batch_first:
        out[0], out[1] = out[1], out[0]
    return {"out": out, "h_n": [D * num_layers, batch, H], "c_n": [D * num_layers, batch, hidden_size]}
""",
    ["shapes as lists, not tuples"],
    [
        ANY(
            "tuple",
        )
    ],
)
E(
    "sh_out_noD",
    F,
    V(
        SH,
        "(batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "(batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)",
    ),
    ["out ignores D"],
    [ANY("bidirectional", "direction")],
)
E(
    "sh_bf_proj",
    F,
    V(
        SH,
        "out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)",
        "out = (seq_len, batch, D * H_out)",
        "H_out = proj_size if proj_size > 0 else hidden_size",
        "H_out = hidden_size",
    ),
    ["ignores batch_first", "ignores proj_size"],
    [
        ANY(
            "batch_first",
        ),
        ANY(
            "proj",
        ),
    ],
)
E(
    "sh_noD_cnproj",
    F,
    V(
        SH,
        '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)',
        '"h_n": (num_layers, batch, H_out), "c_n": (num_layers, batch, H_out)',
    ),
    ["states ignore D", "proj_size applied to c_n"],
    [ANY("bidirectional", "direction"), ANY("c_n", "proj")],
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

# ---------------------------------------------------------------- second batch (words fixed before running)
NAIVE = """
import numpy as np
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
"""
E(
    "gates_naive_sigmoid",
    "lstm_gates",
    V(GATES, SIG_SRC, NAIVE),
    ["uses a naive overflowing sigmoid"],
    [ANY("overflow", "warning")],
)
E(
    "cell_naive_sigmoid",
    "lstm_cell",
    V(CELL, SIG_SRC, NAIVE),
    ["uses a naive overflowing sigmoid"],
    [ANY("overflow", "warning")],
)
E(
    "layer_bf_zeros_shape",
    "lstm_layer",
    V(
        LAYER,
        "    if batch_first:\n        x = np.swapaxes(x, 0, 1)\n    T, B, _ = x.shape\n",
        "    T, B, _ = x.shape\n    if batch_first:\n        x = np.swapaxes(x, 0, 1)\n",
    ),
    ["reads B from x before the batch_first transpose: zero state has the wrong size"],
    [
        [
            ANY(
                "batch_first",
            ),
            ANY("None", "zero"),
        ]
    ],
)
E(
    "scr_l1_fwd_only",
    "ScratchLSTM",
    V(
        SCR,
        "            inp = np.concatenate(outs, axis=2)",
        "            inp = outs[0] if layer < L - 1 else np.concatenate(outs, axis=2)",
        "I = input_size if layer == 0 else H * self.D",
        "I = input_size if layer == 0 else H",
    ),
    ["layer k>0 reads only the forward direction's output"],
    [ANY("both directions", "H * D", "2H", "layer 1", "weight_ih_l1", "D·H", "D * H")],
)
E(
    "scr_rev_fwd_weights",
    "ScratchLSTM",
    V(
        SCR,
        'W_ih, W_hh = p[f"weight_ih_l{layer}{sfx}"], p[f"weight_hh_l{layer}{sfx}"]',
        'W_ih, W_hh = p[f"weight_ih_l{layer}"], p[f"weight_hh_l{layer}"]',
    ),
    ["reverse direction uses the forward weights"],
    [ANY("_reverse", "weights")],
)
E(
    "scr_sd_f32_seed",
    "ScratchLSTM",
    V(
        SCR,
        "np.array(v, dtype=np.float64, copy=True) for name",
        "np.array(v, dtype=np.float32) for name",
        "rng = np.random.default_rng(seed)",
        "rng = np.random.default_rng()",
    ),
    ["state_dict returns float32", "ignores seed"],
    [
        ANY("float64", "float32", "dtype"),
        ANY(
            "seed",
        ),
    ],
)
E(
    "bi_flip_batch_axis",
    "bilstm_layer",
    V(BI, "out_b = out_b_rev[::-1]", "out_b = out_b_rev[:, ::-1]"),
    ["flips the reverse outputs along the batch axis instead of time"],
    [ANY("time order", "flip", "batch")],
)
E(
    "lb_dhn_every_step",
    "lstm_layer_backward",
    V(
        LB,
        "g = lstm_cell_backward(dout[t] + dh, dc,",
        "g = lstm_cell_backward(dout[t] + dh + (0 if dh_n is None or t == T - 1 else dh_n), dc,",
    ),
    ["adds dh_n at every step, not only at T-1"],
    [
        ANY(
            "dh_n",
        )
    ],
)
E(
    "cb_dWhh_newh",
    "lstm_cell_backward",
    V(CB, '"W_hh": da.T @ h,', '"W_hh": da.T @ (o * tc),'),
    ["W_hh gradient uses the new h_t instead of h_{t-1}"],
    [ANY("h_{t-1}", "h_(t-1)", "previous", "h_t")],
)
E(
    "sh_hn_2H",
    "lstm_output_shapes",
    V(
        SH,
        '"h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)',
        '"h_n": (num_layers, batch, D * H_out), "c_n": (num_layers, batch, D * hidden_size)',
    ),
    ["puts the directions in the feature axis of h_n/c_n"],
    [ANY("bidirectional", "direction")],
)
E(
    "bll_fwd_unmasked",
    "bilstm_layer_lengths",
    V(
        BLL,
        "out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)",
        "out_f, (hf, cf) = lstm_layer_lengths(x, np.full(B, T), h0[0], c0[0], *fwd)",
    ),
    ["forward direction runs over the padding"],
    [ANY("padding", "length", "forward")],
)
