"""The one-step LSTM in parts (for lstm_gates, lstm_cell, and every check whose function runs
cells): which block of which weight and bias each gate reads, each gate's activation, how c and
h are combined. See :mod:`lstm_ref.checks.infer`.
"""

from __future__ import annotations

import itertools

import numpy as np

from lstm_ref.checks.findings import Finding, gate_rows, gates_exchanged_text
from lstm_ref.checks.infer import Factor, Model
from lstm_ref.gates import GATE_NAMES, GATES

PARAMS = ("W_ih", "W_hh", "b_ih", "b_hh")
TERM = {"W_ih": "input", "W_hh": "recurrent", "b_ih": "bias_ih", "b_hh": "bias_hh"}
RIGHT_ACT = {"i": "sig", "f": "sig", "g": "tanh", "o": "sig"}
ACT_WORD = {
    "sig": "σ",
    "tanh": "tanh",
    "id": "no activation",
    "tanh_half": "tanh(z/2) = 2σ(z) − 1",
    "tanh2": "tanh twice, tanh(tanh(z))",
}
SWAPS = (None, *itertools.combinations(range(4), 2))
#: the row blocks read as the gates of another library's order: ONNX's (i, o, f, c), a cycle of
#: three blocks that no exchange of two gives (Caffe's (i, f, o, g) and TensorFlow's
#: LSTMBlockCell's (i, g, f, o) are exchanges of two, in SWAPS; Keras and cuDNN use PyTorch's)
LIBRARY_ORDERS = {"iofg": "ONNX's (i, o, f, c)"}
EQ_A = {
    "i": "i_t = σ(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi)",
    "f": "f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf)",
    "g": "g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)",
    "o": "o_t = σ(W_io x_t + b_io + W_ho h_{t-1} + b_ho)",
}


rows = gate_rows  # the book's row ranges, written once in findings.py


def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


# "tanh_half": 2σ(z) − 1 = tanh(z/2), a tanh built from σ without doubling z (the cell gate's)
# "tanh2": tanh(tanh(z)), the activation applied twice (g squashed again where it is used)
ACT = {
    "sig": _sig,
    "tanh": np.tanh,
    "id": lambda z: z,
    "tanh_half": lambda z: np.tanh(0.5 * z),
    "tanh2": lambda z: np.tanh(np.tanh(z)),
}
#: the activations a gate's search tries besides its own (tanh(z/2), tanh twice only where tanh
#: belongs)
OTHER_ACTS = {
    gate: tuple(
        a for a in ACT if a != right and (a not in ("tanh_half", "tanh2") or right == "tanh")
    )
    for gate, right in RIGHT_ACT.items()
}
#: the sigmoid the σ gates use: the logistic one, or Keras's piecewise-linear "hard" sigmoids
#: (recurrent_activation="hard_sigmoid": clip(0.2 z + 0.5, 0, 1); relu6(z + 3) / 6)
SIGMOIDS = {
    "logistic": _sig,
    "hard": lambda z: np.clip(0.2 * z + 0.5, 0.0, 1.0),
    "hard6": lambda z: np.clip(z / 6.0 + 0.5, 0.0, 1.0),
}
HARD_WORD = {"hard": "clip(0.2·z + 0.5, 0, 1)", "hard6": "clip(z/6 + 0.5, 0, 1) = relu6(z + 3)/6"}


def _act(ch, name: str):
    """Activation ``name`` of ``ch``'s parts ("sig" is the sigmoid ``ch["sigmoid"]`` names)."""
    if name == "sig":
        return SIGMOIDS[ch.get("sigmoid", "logistic")]
    return ACT[name]


def cell_factors(with_cell: bool) -> list[Factor]:
    # "interleaved": rows a[k::4]; "offset": rows a[k:k+H] (windows starting at k, overlapping)
    # "reshape": a (B, 4H) reshaped to (4, B, H) and gate k taken as [k] (the batch rows and the
    # gates mixed: right only for B = 1)
    # "ravel": the blocks cut from the flattened a: batch row 0's gates for every row
    # "one_based": gate k read from rows (k+1)·H:(k+2)·H (blocks numbered from 1): the last
    # gate's rows lie past 4H, an empty slice
    splits = ("blocks", "interleaved", "offset", "reshape", "ravel", "one_based")
    fs = [Factor("swap", (*SWAPS, *LIBRARY_ORDERS)), Factor("split", splits)]
    # "half": the bias halved (both halved: the two averaged, (b_ih + b_hh) / 2, as one bias)
    fs += [
        Factor(f"{P}", ("ok", "missing", "twice", "other", "minus", "half"))
        for P in ("b_ih", "b_hh")
    ]
    # "reshaped": x @ W_ih.reshape(I, 4H) where x @ W_ih.T belongs (the same shape, the numbers
    # in another order)
    # "interleaved": that matrix's gate k read from rows k, k+4, ... (W.reshape(n, 4, ·)[:, k]),
    # the other terms' blocks as they should be
    # "sums": (Σ_j v_j)(Σ_j W[r, j]), a product of sums (an einsum with two letters for the
    # index it should sum over: 'bh,gk->bg')
    fs += [
        Factor(f"{P}", ("ok", "missing", "untransposed", "reshaped", "interleaved", "sums"))
        for P in ("W_ih", "W_hh")
    ]
    # "concat": [x, h] @ [W_hh, W_ih]ᵀ (the inputs stacked in one order, the weights in the
    # other); "concat_hx": [h, x] @ [W_ih, W_hh]ᵀ
    fs += [Factor("xh_swapped", (False, True, "concat", "concat_hx"))]
    # True: 1 added to the forget gate's pre-activation (Keras's unit_forget_bias)
    fs += [Factor("f_plus_one", (False, True))]
    # True: f computed as 1 − i (a coupled input and forget gate, CIFG), not from its own rows
    fs += [Factor("coupled", (False, True))]
    fs += [Factor("sigmoid", tuple(SIGMOIDS))]  # the σ gates' sigmoid (Keras's hard ones)
    # m: every pre-activation clipped to [-m, m] before its activation ("for stability")
    fs += [Factor("clip", (None, 5.0, 10.0, 3.0, 1.0, 20.0))]
    # "h"/"x": every batch row reads row 0 of h (of x): h[0] where h[b] belongs in a loop over
    # the batch rows
    fs += [Factor("row0", (None, "h", "x"))]
    for k, gate in enumerate(GATES):
        fs += [
            # None: the term left out; "neg": its own block subtracted
            Factor(f"{P}.{gate}", (k, *[j for j in range(4) if j != k], None, "neg"), pair=False)
            for P in PARAMS
        ]
    for gate in GATES:
        right = RIGHT_ACT[gate]
        fs.append(Factor(f"act.{gate}", (right, *OTHER_ACTS[gate])))
    if with_cell:
        # "squashed": c_t returned (and carried) as tanh(f ⊙ c + i ⊙ g); h_t from the sum itself
        # "o_for_g": the output gate in the candidate's place, c_t = f ⊙ c + i ⊙ o
        c_forms = (
            "ok",
            "no_forget",
            "no_input",
            "one_minus_f",
            "no_g",
            "f_h",
            "squashed",
            "o_for_g",
        )
        fs.append(Factor("c_form", c_forms))
        # True: peephole connections with unit weights (Gers & Schmidhuber): c_{t-1} added to
        # i's and f's pre-activations, c_t to o's; "if": on the input and forget gates only;
        # "io": on i (c_{t-1}) and o (c_t); "_old": o's peephole reads c_{t-1} too
        fs.append(Factor("peephole", (False, True, "if", "io", "ifo_old", "io_old")))
        # "tanh_half": tanh(c_t) built as 2σ(c_t) − 1 = tanh(c_t/2) (2σ(2z) − 1 is tanh(z))
        # "o_new_h": o computed after the name h was given tanh(c_t) (one name, two things):
        # o reads tanh(c_t) where h_{t-1} belongs
        h_forms = ("ok", "no_tanh", "sig", "old_c", "no_o", "tanh_outside", "tanh_half", "o_new_h")
        fs.append(Factor("h_form", h_forms))
        fs.append(Factor("out_swap", (False, True)))
    else:
        fs.append(Factor("order", SWAPS))
    return fs


def _reads_right(ch) -> bool:
    """Whether every gate reads its own block of every term, each once, transposed as it should
    be (the activations may differ)."""
    if ch["swap"] is not None or ch.get("split", "blocks") not in ("blocks", "reshape", "ravel"):
        return False
    if ch["xh_swapped"]:
        return False
    if any(ch[P] != "ok" for P in PARAMS):
        return False
    return all(ch[f"{P}.{gate}"] == k for k, gate in enumerate(GATES) for P in PARAMS)


def gate_values(x, h, W_ih, W_hh, b_ih, b_hh, ch) -> dict[str, np.ndarray]:
    """{'i', 'f', 'g', 'o'} each (..., B, H), computed with the parts in ``ch``.

    Any leading axes are a stack of probes: x (N, B, I), W_ih (N, 4H, I), b_ih (N, 4H), ...
    """
    if ch.get("row0") == "h":  # every batch row reads h[0]
        h = h[..., :1, :] + 0 * h
    elif ch.get("row0") == "x":
        x = x[..., :1, :] + 0 * x
    gv = _gate_values(x, h, W_ih, W_hh, b_ih, b_hh, ch)
    if ch.get("coupled"):  # f_t = 1 − i_t: the forget gate's own rows never read
        gv = {**gv, "f": 1.0 - gv["i"]}
    return gv


def _gate_values(x, h, W_ih, W_hh, b_ih, b_hh, ch) -> dict[str, np.ndarray]:
    """:func:`gate_values` before a coupled forget gate."""
    H = W_hh.shape[-1]
    if _reads_right(ch):  # the common case in a search of other parts: one product per term
        bias = b_ih + b_hh
        bias = np.expand_dims(bias, -2) if np.ndim(bias) else bias
        a = x @ np.swapaxes(W_ih, -1, -2) + h @ np.swapaxes(W_hh, -1, -2) + bias
        one = 1.0 if ch.get("f_plus_one") else 0.0
        if ch.get("split") == "ravel":  # a.ravel()[k·H:(k+1)·H]: row 0's block, every row
            a = a[..., :1, :] + 0 * a
        if ch.get("split") == "reshape":  # a.reshape(4, B, H)[k]: C order mixes rows and gates
            B = a.shape[-2]
            parts = a.reshape(a.shape[:-2] + (4, B, H))
            a = np.concatenate([parts[..., k, :, :] for k in range(4)], axis=-1)
        if one:  # a is this call's own array: f's block raised in place
            a[..., H : 2 * H] += one
        if ch.get("clip"):
            a = np.clip(a, -ch["clip"], ch["clip"])
        if all(ch[f"act.{gate}"] == RIGHT_ACT[gate] for gate in GATES):
            s = _act(ch, "sig")(a)  # σ over all four blocks at once (g's block unused)
            return {
                gate: np.tanh(a[..., k * H : (k + 1) * H])
                if gate == "g"
                else s[..., k * H : (k + 1) * H]
                for k, gate in enumerate(GATES)
            }
        return {
            gate: _act(ch, ch[f"act.{gate}"])(a[..., k * H : (k + 1) * H])
            for k, gate in enumerate(GATES)
        }
    vecs = {"W_ih": x, "W_hh": h}
    if ch["xh_swapped"] == "concat":  # [x, h] @ M.T, M = [W_hh, W_ih]: x reads M's first I columns
        M = np.concatenate([W_hh, W_ih], axis=-1)
        W_ih, W_hh = M[..., : x.shape[-1]], M[..., x.shape[-1] :]
    elif ch["xh_swapped"] == "concat_hx":  # [h, x] @ M.T, M = [W_ih, W_hh]: h reads M[:, :H]
        M = np.concatenate([W_ih, W_hh], axis=-1)
        W_hh, W_ih = M[..., :H], M[..., H:]
    elif ch["xh_swapped"]:
        vecs = {"W_ih": h, "W_hh": x}
    params = {"W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": b_hh}
    if ch["b_ih"] == "other":
        params["b_ih"] = b_hh
    if ch["b_hh"] == "other":
        params["b_hh"] = b_ih
    blocks = {}
    split = ch.get("split", "blocks")
    rows = [
        INTERLEAVED[j]
        if split == "interleaved"  # rows j, j+4, ... (a[j::4])
        else slice(j, j + H)
        if split == "offset"  # rows j .. j+H-1 (a[j:j+H])
        else slice((j + 1) * H, (j + 2) * H)
        if split == "one_based"  # blocks numbered from 1: the last one empty
        else slice(j * H, (j + 1) * H)
        for j in range(4)
    ]
    for P in PARAMS:
        a = params[P]
        if ch.get(P) == "reshaped":  # v @ W.reshape(n, 4H) = v @ (W.reshape(n, 4H).T).T
            a = np.swapaxes(a.reshape(a.shape[:-2] + (a.shape[-1], a.shape[-2])), -1, -2)
        if P[0] == "b":
            blocks[P] = [a[..., None, r] for r in rows]
        elif ch.get(P) == "untransposed":
            blocks[P] = [a[..., r, :] for r in rows]
        else:  # v @ W[r]ᵀ is (v @ Wᵀ)[..., r]: one product per term, its columns sliced
            if ch.get(P) == "sums":  # (Σ_j v_j)(Σ_j W[r, j])
                prod = vecs[P].sum(axis=-1, keepdims=True) * np.expand_dims(a.sum(axis=-1), -2)
            else:
                prod = vecs[P] @ np.swapaxes(a, -1, -2)
            own = INTERLEAVED if ch.get(P) == "interleaved" else rows  # this matrix's own rows
            blocks[P] = [prod[..., r] for r in own]
    if ch["swap"] in LIBRARY_ORDERS:  # block j read as gate order[j]
        order = ch["swap"]
        for P in PARAMS:
            blocks[P] = [blocks[P][order.index(gate)] for gate in GATES]
    elif ch["swap"] is not None:
        p, q = ch["swap"]
        for P in PARAMS:
            blocks[P][p], blocks[P][q] = blocks[P][q], blocks[P][p]
    out = {}
    shape = x.shape[:-1] + (H,)
    for kg, gate in enumerate(GATES):
        a = 0.0
        for P in PARAMS:
            src = ch[_SRC_KEY[P, gate]]
            mode = ch[P]
            if src is None or mode == "missing":
                continue
            factor = -1.0 if src == "neg" else 1.0
            blk = blocks[P][kg if src == "neg" else src]
            if P[0] == "b":
                factor *= _BIAS_FACTOR.get(mode, 1.0)
            elif mode == "untransposed":
                if blk.shape[-1] != blk.shape[-2]:
                    raise ValueError("block not square")
                blk = vecs[P] @ blk
            # (else: the product's columns for this block, v @ blkᵀ)
            a = a + blk if factor == 1.0 else a + factor * blk
        if np.shape(a)[-1:] == (0,):  # an empty slice (rows past 4H): an empty gate
            a = np.zeros(shape[:-1] + (0,))
        elif np.shape(a) != shape:  # only bias terms, or none: broadcast over the batch
            a = a + np.zeros(shape)
        if gate == "f" and ch.get("f_plus_one"):
            a = a + 1.0
        if ch.get("clip"):
            a = np.clip(a, -ch["clip"], ch["clip"])
        out[gate] = _act(ch, ch[_ACT_KEY[gate]])(a)
    return out


#: gate k's rows k, k+4, ... (a[k::4]), as a (4H, n) matrix reshaped (H, 4, n) gives them
INTERLEAVED = [slice(j, None, 4) for j in range(4)]
#: the choice's keys, written once (gate_values runs thousands of times in a search)
_SRC_KEY = {(P, gate): f"{P}.{gate}" for P in PARAMS for gate in GATES}
_ACT_KEY = {gate: f"act.{gate}" for gate in GATES}
_BIAS_FACTOR = {"twice": 2.0, "minus": -1.0, "half": 0.5}


def cell_step(x, h, c, W_ih, W_hh, b_ih, b_hh, ch, h_gates=None):
    """(h_next, c_next) with the parts in ``ch`` (out_swap not applied); ``h_gates``, where
    given, is what the gates read in h_{t-1}'s place (the rest of the step reads ``h``)."""
    if ch.get("peephole"):
        return _peephole_step(x, h if h_gates is None else h_gates, c, W_ih, W_hh, b_ih, b_hh, ch)
    gv = gate_values(x, h if h_gates is None else h_gates, W_ih, W_hh, b_ih, b_hh, ch)
    i, f, g, o = gv["i"], gv["f"], gv["g"], gv["o"]
    form = ch["c_form"]
    if form == "ok":
        c2 = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    elif form == "no_forget":
        c2 = c + i * g
    elif form == "no_input":
        c2 = f * c + g
    elif form == "one_minus_f":
        c2 = (1 - f) * c + i * g
    elif form == "f_h":  # the forget gate applied to h_{t-1}
        c2 = f * h + i * g
    elif form == "squashed":
        c2 = f * c + i * g
    elif form == "o_for_g":
        c2 = f * c + i * o
    else:
        c2 = f * c + i
    hf = ch["h_form"]
    if hf == "ok":
        h2 = o * np.tanh(c2)  # h_t = o_t ⊙ tanh(c_t)
    elif hf == "no_tanh":
        h2 = o * c2
    elif hf == "sig":
        h2 = o * _sig(c2)
    elif hf == "old_c":
        h2 = o * np.tanh(c)
    elif hf == "tanh_outside":
        h2 = np.tanh(o * c2)
    elif hf == "tanh_half":
        h2 = o * np.tanh(0.5 * c2)
    elif hf == "o_new_h":  # o_t = σ(W_io x_t + b_io + W_ho tanh(c_t) + b_ho)
        h2 = gate_values(x, np.tanh(c2), W_ih, W_hh, b_ih, b_hh, ch)["o"] * np.tanh(c2)
    else:
        h2 = np.tanh(c2)
    if form == "squashed":  # the cell state returned through tanh (h_t read it before)
        c2 = np.tanh(c2)
    return h2, c2


#: peephole option -> (the gates that read the cell state, whether o reads c_{t-1})
PEEPHOLES = {
    True: ("ifo", False),
    "if": ("if", False),
    "io": ("io", False),
    "ifo_old": ("ifo", True),
    "io_old": ("io", True),
}


def _peephole_step(x, h, c, W_ih, W_hh, b_ih, b_hh, ch):
    """(h_t, c_t) with unit-weight peepholes (:data:`PEEPHOLES`): i_t = σ(a_i + c_{t-1}),
    f_t = σ(a_f + c_{t-1}), o_t = σ(a_o + c_t) (or c_{t-1}), each where its gate has one; the
    rest of ``ch`` (the rows read, each activation) as in the step."""
    gates, o_old = PEEPHOLES[ch["peephole"]]
    sig_gates = ("i", "f", "o")
    linear = {**ch, "coupled": False, **{f"act.{g}": "id" for g in sig_gates}}  # a_i, a_f, a_o
    pre = gate_values(x, h, W_ih, W_hh, b_ih, b_hh, linear)
    act = {g: _act(ch, ch[f"act.{g}"]) for g in sig_gates}
    i = act["i"](pre["i"] + (c if "i" in gates else 0.0))
    f = 1.0 - i if ch.get("coupled") else act["f"](pre["f"] + (c if "f" in gates else 0.0))
    c2 = f * c + i * pre["g"]  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    o = act["o"](pre["o"] + ((c if o_old else c2) if "o" in gates else 0.0))
    return o * np.tanh(c2), c2  # h_t = o_t ⊙ tanh(c_t)


class GatesModel(Model):
    """lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh) -> (i, f, g, o)."""

    def __init__(self):
        self.factors = cell_factors(with_cell=False)

    def run(self, case, ch):
        gv = gate_values(*case.args, ch)
        slots = list(GATES)
        if ch["order"] is not None:
            p, q = ch["order"]
            slots[p], slots[q] = slots[q], slots[p]
        return {s: gv[g] for s, g in zip(GATES, slots, strict=True)}

    def groups(self, ch):
        return same_gate_pairs()

    def findings(self, ch, function):
        out = read_findings(ch, function)
        if ch["order"] is not None:
            p, q = ch["order"]
            out.append(
                Finding(
                    "gates.output_order",
                    function,
                    f"the gates are returned in the wrong order: positions {p} and {q} are exchanged; return (i, f, g, o).",  # noqa: E501
                )
            )
        return out


class CellModel(Model):
    """lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh) -> (h_next, c_next)."""

    def __init__(self):
        # "in_swap": the step reads h as c_{t-1} and c as h_{t-1} (a state kept as one array,
        # its halves unpacked the other way round); the cell's own, not the layers'
        # "gates_c": the gates read c where h_{t-1} belongs (c @ W_hh.T), the rest right
        self.factors = [
            *cell_factors(with_cell=True),
            Factor("in_swap", (False, True, "gates_c")),
        ]

    def run(self, case, ch):
        x, h, c, *W = case.args
        if ch.get("in_swap") is True:
            h, c = c, h
        gates_c = ch.get("in_swap") == "gates_c"  # only the gates' W_hh term reads c
        h2, c2 = cell_step(x, h, c, *W, ch, h_gates=c if gates_c else None)
        if ch["out_swap"]:
            h2, c2 = c2, h2
        return {"h_next": h2, "c_next": c2}

    def groups(self, ch):
        return same_gate_pairs()

    def findings(self, ch, function):
        swapped = [
            Finding(
                "cell.inputs_swapped",
                function,
                "h and c are exchanged where the step reads them: it uses c as h_{t-1} (in the gates' W_hh h_{t-1}) and h as c_{t-1} (in f_t ⊙ c_{t-1}); the arguments come in the order (x, h, c).",  # noqa: E501
                term="state",
            )
        ]
        gates_c = [
            Finding(
                "cell.inputs_swapped",
                function,
                "the gates read the cell state c where h_{t-1} belongs: W_hh multiplies h_{t-1}, the hidden state (c @ W_hh.T is c_{t-1}'s term, not h's).",  # noqa: E501
                term="state",
            )
        ]
        said = {True: swapped, "gates_c": gates_c}.get(ch.get("in_swap"), [])
        return said + (read_findings(ch, function) + combine_findings(ch, function))


def same_gate_pairs() -> list[tuple[str, ...]]:
    """One gate reading two terms wrong (W_hh's and b_hh's rows of another gate, say)."""
    return [
        (f"{P1}.{g}", f"{P2}.{g}") for g in GATES for P1, P2 in itertools.combinations(PARAMS, 2)
    ]


PREACTIVATION = "a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh"
#: how a term of the pre-activation is wrong (the same in every gate) -> (kind, sentence)
TERM_TEXT = {
    "missing": ("gate.term_missing", "{shown} is missing from every gate: {a}."),
    "twice": ("gate.term_twice", "{P} is added twice: {a}."),
    "minus": ("gate.term_sign", "{P} is subtracted; it is added: {a}."),
    "half": ("gate.term_scaled", "{P} is halved; it is added whole: {a}."),
    "other": (
        "gate.term_twice",
        "{other} is used in place of {P} (so {other} counts twice and {P} never).",
    ),
}


def unswapped(ch) -> dict:
    """``ch`` with its exchange of two gates' row blocks (or another library's order) written
    as which block each gate reads, where that changes fewer parts (the same numbers): one
    gate reading another's rows is said as that, not as an exchange undone by a second one."""
    swap = ch.get("swap")
    if swap is None:
        return ch
    if swap in LIBRARY_ORDERS:
        perm = [swap.index(g) for g in GATES]
    else:
        perm = list(range(4))
        perm[swap[0]], perm[swap[1]] = swap[1], swap[0]
    new = {**ch, "swap": None}
    for k, gate in enumerate(GATES):
        for P in PARAMS:
            src = ch[f"{P}.{gate}"]
            if src == "neg" and perm[k] != k:
                return ch  # a subtracted own block read elsewhere: not one reading
            new[f"{P}.{gate}"] = perm[src] if isinstance(src, int) else src

    def changed(c):
        return sum(c.get(f"{P}.{g}") != k for k, g in enumerate(GATES) for P in PARAMS)

    before = changed(ch) + 1  # the exchange itself is one change
    return new if changed(new) < before else ch


def read_findings(ch, function) -> list[Finding]:
    """Findings for which rows each gate reads and which activation it applies."""
    ch = unswapped(ch)
    out: list[Finding] = []
    if ch.get("clip"):
        m = f"{ch['clip']:g}"
        out.append(
            Finding(
                "gate.preactivation_clipped",
                function,
                f"every pre-activation is clipped to [-{m}, {m}] before its activation: the gates differ wherever |a| > {m}. nn.LSTM does not clip; σ and tanh take any a (a stable σ exponentiates only −|a|).",  # noqa: E501
            )
        )
    if ch.get("row0"):
        v = {"h": "h_{t-1}", "x": "x_t"}[ch["row0"]]
        out.append(
            Finding(
                "gate.batch_row0",
                function,
                f"every batch row's gates read batch row 0 of {v} ({ch['row0']}[0] where {ch['row0']}[b] belongs, as in a loop over the batch rows with a fixed index): row b's gates read its own row.",  # noqa: E501
                term="batch",
            )
        )
    if ch.get("coupled"):
        out.append(
            Finding(
                "gate.coupled",
                function,
                "the forget gate is computed as f_t = 1 − i_t (a coupled input and forget gate, as in CIFG variants of the LSTM); PyTorch's LSTM gives f its own rows H:2H: f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf).",  # noqa: E501
                gate="f",
            )
        )
    if ch.get("split") == "interleaved":
        out.append(
            Finding(
                "gate.reads_other_block",
                function,
                "the gates are taken as interleaved rows (every 4th row, a[k::4]); each gate is a contiguous block of H rows: gate k is rows k·H:(k+1)·H, in the order i, f, g, o.",  # noqa: E501
            )
        )
    if ch.get("split") == "reshape":
        out.append(
            Finding(
                "gate.split_axis",
                function,
                "the pre-activations a (B, 4H) are reshaped to (4, B, H) and gate k taken as the k-th (B, H) piece: a reshape keeps the elements' order, so with B > 1 each piece mixes rows of several samples and gates (right only for B = 1); gate k is a[:, k·H:(k+1)·H] (or np.split(a, 4, axis=1)).",  # noqa: E501
            )
        )
    if ch.get("split") == "ravel":
        out.append(
            Finding(
                "gate.split_axis",
                function,
                "every batch row's gates are batch row 0's (as blocks cut from the flattened pre-activations, a.ravel()[k·H:(k+1)·H], give): right only for B = 1; gate k of each row is its own row's block, a[:, k·H:(k+1)·H].",  # noqa: E501
            )
        )
    if ch.get("split") == "one_based":
        out.append(
            Finding(
                "gate.reads_other_block",
                function,
                "the gate blocks are numbered from 1: gate k is read from rows (k+1)·H:(k+2)·H, the next gate's (i from f's rows, f from g's, g from o's), and the last gate's slice, rows 4H:5H, is past the end (empty); numbered from 0, gate k is rows k·H:(k+1)·H, in the order i, f, g, o.",  # noqa: E501
            )
        )
    if ch.get("split") == "offset":
        out.append(
            Finding(
                "gate.reads_other_block",
                function,
                "gate k is read from rows k:k+H (a slice that starts at k, so the gates' rows overlap); each gate is a block of H rows starting at k·H: rows k·H:(k+1)·H, in the order i, f, g, o.",  # noqa: E501
            )
        )
    if ch["swap"] in LIBRARY_ORDERS:
        order = ch["swap"]
        read = ", ".join(
            f"rows {rows(k)} as the {GATE_NAMES[g]}" for k, g in enumerate(order) if g != GATES[k]
        )
        out.append(
            Finding(
                "gates.exchanged",
                function,
                f"the gates' row blocks are read in {LIBRARY_ORDERS[order]} order ({read}); PyTorch's order is (i, f, g, o): rows 0:H input, H:2H forget, 2H:3H cell candidate g, 3H:4H output.",  # noqa: E501
                gate=next(g for k, g in enumerate(order) if g != GATES[k]),
            )
        )
    elif ch["swap"] is not None:
        p, q = ch["swap"]
        out.append(
            Finding(
                "gates.exchanged", function, gates_exchanged_text(p, q, function), gate=GATES[p]
            )
        )
    if ch.get("sigmoid", "logistic") != "logistic":
        out.append(
            Finding(
                "gate.wrong_activation",
                function,
                f"the σ gates (i, f, o) use the hard sigmoid {HARD_WORD[ch['sigmoid']]}, Keras's piecewise-linear recurrent_activation; PyTorch's LSTM uses the logistic σ(z) = 1 / (1 + e^{{-z}}).",  # noqa: E501
                term="activation",
            )
        )
    if ch.get("f_plus_one"):
        out.append(
            Finding(
                "gate.forget_bias_offset",
                function,
                "the forget gate's pre-activation has 1 added (Keras's unit_forget_bias); PyTorch's LSTM adds no constant: a_f = W_if x_t + b_if + W_hf h_{t-1} + b_hf, the biases as given.",  # noqa: E501
                gate="f",
                term="bias",
            )
        )
    if ch["xh_swapped"] in ("concat", "concat_hx"):
        z, M = (
            ("[x, h]", "[W_hh, W_ih]")
            if ch["xh_swapped"] == "concat"
            else ("[h, x]", "[W_ih, W_hh]")
        )  # noqa: E501
        out.append(
            Finding(
                "gate.concat_order",
                function,
                f"the inputs and the weights are concatenated in different orders: {z} times {M}ᵀ, so x_t meets columns of the wrong weight; stack both in the same order (with [x, h], the weight is [W_ih, W_hh]).",  # noqa: E501
                term="input",
            )
        )
    elif ch["xh_swapped"]:
        out.append(
            Finding(
                "gate.reads_wrong_input",
                function,
                "x and h are exchanged: W_ih multiplies x_t and W_hh multiplies h_{t-1}.",
                term="input",
            )
        )
    if ch["b_ih"] == ch["b_hh"] == "half":
        text = f"the two biases are averaged, (b_ih + b_hh) / 2 (as one bias for both); nn.LSTM adds both whole: {PREACTIVATION}."  # noqa: E501
        out.append(Finding("gate.term_scaled", function, text, term="bias_ih"))
    elif ch["b_ih"] == "twice" and ch["b_hh"] == "missing":
        out.append(_bias_twice(function, "b_ih", "b_hh"))
    elif ch["b_hh"] == "twice" and ch["b_ih"] == "missing":
        out.append(_bias_twice(function, "b_hh", "b_ih"))
    else:
        for P in PARAMS:
            if ch[P] in TERM_TEXT:
                kind, template = TERM_TEXT[ch[P]]
                shown = (
                    "W_ih x_t"
                    if P == "W_ih"
                    else "W_hh h_{t-1}"
                    if P == "W_hh"
                    else f"the bias {P}"
                )
                other = "b_hh" if P == "b_ih" else "b_ih"
                text = template.format(P=P, shown=shown, other=other, a=PREACTIVATION)
                out.append(Finding(kind, function, text, term=TERM[P]))
    for P in ("W_ih", "W_hh"):
        if ch[P] in MATRIX_TEXT:
            kind, template = MATRIX_TEXT[ch[P]]
            v, n = ("x_t", "I") if P == "W_ih" else ("h_{t-1}", "H")
            text = template.format(P=P, v=v, x=v[0], n=n, l=v[0])
            out.append(Finding(kind, function, text, term=TERM[P]))
    for k, gate in enumerate(GATES):
        name = GATE_NAMES[gate]
        wrong_src: dict[int, list[str]] = {}
        missing, negated = [], []
        for P in PARAMS:
            src = ch[f"{P}.{gate}"]
            if src is None:
                missing.append(P)
            elif src == "neg":
                negated.append(P)
            elif src != k:
                wrong_src.setdefault(src, []).append(P)
        for src, Ps in wrong_src.items():
            got = " and ".join(f"{P}[{rows(src)}]" for P in Ps)
            want = ", ".join(f"{P}[{rows(k)}]" for P in Ps)
            book = " and ".join(_book(P, GATES[src]) for P in Ps)
            own = " and ".join(_book(P, gate) for P in Ps)
            out.append(
                Finding(
                    "gate.reads_other_block",
                    function,
                    f"{name}: reads {got} ({book}, the {GATE_NAMES[GATES[src]]}'s rows) instead of {want} ({own}).",  # noqa: E501
                    gate=gate,
                    term=TERM[Ps[0]] if len(Ps) == 1 else "+".join(TERM[P] for P in Ps),
                )
            )
        if negated:
            what = " and ".join(f"{P}[{rows(k)}]" for P in negated)
            out.append(
                Finding(
                    "gate.term_sign",
                    function,
                    f"{name}: the term of {what} is subtracted; it is added: {EQ_A[gate]}.",
                    gate=gate,
                    term="+".join(TERM[P] for P in negated),
                )
            )
        if missing:
            what = " and ".join(f"{P}[{rows(k)}]" for P in missing)
            out.append(
                Finding(
                    "gate.term_missing",
                    function,
                    f"{name}: {what} {'is' if len(missing) == 1 else 'are'} missing; {EQ_A[gate]}.",
                    gate=gate,
                    term=TERM[missing[0]]
                    if len(missing) == 1
                    else "+".join(TERM[P] for P in missing),
                )
            )
        act = ch[f"act.{gate}"]
        if act != RIGHT_ACT[gate]:
            right = ACT_WORD[RIGHT_ACT[gate]]
            text = (
                f"the {name} applies no activation where {right} belongs."
                if act == "id"
                else f"the {name} computes tanh(z/2) (= 2σ(z) − 1) where tanh(z) belongs: tanh(z) = 2σ(2z) − 1."  # noqa: E501
                if act == "tanh_half"
                else f"the {name} uses {ACT_WORD[act]} where {right} belongs."
            )
            out.append(
                Finding("gate.wrong_activation", function, text, gate=gate, term="activation")
            )
    return out


def _book(P: str, gate: str) -> str:
    """The book's name of gate ``gate``'s block of ``P``: W_hf, b_ii, ..."""
    return f"{P[0]}_{P[2]}{gate}" if P.startswith("W") else f"b_{P[2]}{gate}"


def _bias_twice(function, used, lost) -> Finding:
    return Finding(
        "gate.term_twice",
        function,
        f"{used} is used where {lost} belongs ({used} is added twice, {lost} never): a_t = W_ih x_t + b_ih + W_hh h_{{t-1}} + b_hh.",  # noqa: E501
        term=TERM[lost],
    )


C_TEXT = {
    "no_forget": (
        "cell.c_forget_term",
        "c_t lacks the forget gate: c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t.",
    ),
    "one_minus_f": (
        "cell.c_forget_term",
        "c_t uses (1 − f_t) ⊙ c_{t-1}; the forget gate multiplies c_{t-1} itself: c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t.",  # noqa: E501
    ),
    "no_input": ("cell.c_input_term", "c_t lacks the input gate: c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t."),
    "f_h": (
        "cell.c_forget_term",
        "the forget gate multiplies h_{t-1}; it multiplies the cell state: c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t.",  # noqa: E501
    ),
    "no_g": (
        "cell.c_input_term",
        "c_t lacks the cell candidate g_t: c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t.",
    ),
    "o_for_g": (
        "cell.c_input_term",
        "c_t adds i_t ⊙ o_t, the output gate in the cell candidate's place: c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t.",  # noqa: E501
    ),
    "squashed": (
        "cell.c_squashed",
        "the cell state is returned as tanh(c_t) (h_t is computed from c_t itself): c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t is returned as it is; tanh(c_t) belongs only inside h_t = o_t ⊙ tanh(c_t).",  # noqa: E501
    ),
}
H_TEXT = {
    "no_tanh": ("cell.h_tanh_missing", "h_t lacks the tanh of c_t: h_t = o_t ⊙ tanh(c_t)."),
    "sig": (
        "cell.h_wrong_squash",
        "h_t applies σ to c_t where tanh belongs: h_t = o_t ⊙ tanh(c_t).",
    ),
    "old_c": (
        "cell.h_from_old_c",
        "h_t is computed from c_{t-1}; it uses the new cell state: h_t = o_t ⊙ tanh(c_t).",
    ),
    "no_o": ("cell.h_output_gate_missing", "h_t lacks the output gate: h_t = o_t ⊙ tanh(c_t)."),
    "tanh_outside": (
        "cell.h_tanh_missing",
        "h_t is tanh(o_t ⊙ c_t); the output gate multiplies the tanh: h_t = o_t ⊙ tanh(c_t).",
    ),
    "o_new_h": (
        "cell.o_reads_new_h",
        "the output gate o_t reads tanh(c_t) where h_{t-1} belongs: as when the name for h_{t-1} is given tanh(c_t) before o_t is computed; compute o_t from h_{t-1}: h_t = o_t ⊙ tanh(c_t).",  # noqa: E501
    ),
    "tanh_half": (
        "cell.h_wrong_squash",
        "h_t uses tanh(c_t/2) = 2σ(c_t) − 1 where tanh(c_t) belongs (tanh(z) = 2σ(2z) − 1): h_t = o_t ⊙ tanh(c_t).",  # noqa: E501
    ),
}


#: how a weight matrix is read where it should be transposed ({P}: W_ih or W_hh, {v}: the vector
#: it multiplies, {x}: its name in code, {n}: its width)
MATRIX_TEXT = {
    "reshaped": (
        "gate.weights_untransposed",
        "{P} is reshaped where it is transposed: `{x} @ {P}.reshape({n}, 4H)` has {P}.T's shape but its numbers in another order; use `{x} @ {P}.T` ({P} is (4H, {n}), PyTorch's layout).",  # noqa: E501
    ),
    "interleaved": (
        "gate.reads_other_block",
        "{P}'s gate k is read from rows k, k+4, k+8, ... (as {P}.reshape(H, 4, {n})[:, k] gives); its gate blocks are contiguous: rows k·H:(k+1)·H, {P}.reshape(4, H, {n})[k], in the order i, f, g, o.",  # noqa: E501
    ),
    "untransposed": (
        "gate.weights_untransposed",
        "{P}'s gate blocks are used untransposed: each gate needs {P}_k {v}, i.e. `{x} @ {P}[rows].T`.",  # noqa: E501
    ),
    "sums": (
        "gate.weights_untransposed",
        "the term {P} {v} is computed as (Σ_j {v}[j]) · (Σ_j {P}[r, j]), the product of two sums, as an einsum with different letters for the index it should sum over gives ('b{l},gk->bg'); it is Σ_j {P}[r, j] {v}[j]: one letter for both, 'b{l},g{l}->bg', i.e. `{x} @ {P}.T`.",  # noqa: E501
    ),
}


def _peephole_words(option) -> str:
    """Which pre-activations the cell state is added to, in the book's symbols."""
    gates, o_old = PEEPHOLES[option]
    old = [g for g in gates if g != "o" or o_old]
    names = " and ".join(f"{g}'s" for g in old)
    words = f"c_{{t-1}} added to {names} pre-activation{'s' if len(old) > 1 else ''}"
    return words + (", c_t to o's" if "o" in gates and not o_old else "")


def combine_findings(ch, function) -> list[Finding]:
    out = []
    if ch.get("peephole"):
        out.append(
            Finding(
                "cell.peephole",
                function,
                f"the gates also read the cell state (peephole connections: {_peephole_words(ch['peephole'])}); PyTorch's LSTM has no peepholes: i_t, f_t, o_t read x_t and h_{{t-1}} only.",  # noqa: E501
                term="state",
            )
        )
    if ch["c_form"] != "ok":
        kind, text = C_TEXT[ch["c_form"]]
        out.append(Finding(kind, function, text, term="state"))
    if ch["h_form"] != "ok":
        kind, text = H_TEXT[ch["h_form"]]
        out.append(Finding(kind, function, text, term="state"))
    if ch.get("out_swap"):
        out.append(
            Finding(
                "cell.outputs_swapped",
                function,
                "h_next and c_next are returned in the wrong order: return (h_next, c_next).",
            )
        )
    return out
