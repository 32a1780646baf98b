"""The catalogue of known mistakes in one LSTM step (and in the four gates).

Each mistake is the graded function written wrong in one known way, with a sentence that names the
gate(s) and the parameter or step concerned. Where a mistake is a reading of the parameters in the
wrong places (gates exchanged, another gate's rows, missing bias) it is made by rearranging the
parameters and calling lstm_ref, so the catalogue cannot drift from the reference; mistakes in the
equations themselves are small functions of their own.
"""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np

from lstm_ref.checks import reference
from lstm_ref.checks.core import Mistake
from lstm_ref.checks.findings import gates_exchanged_text
from lstm_ref.checks.model_cell import HARD_WORD, SIGMOIDS
from lstm_ref.gates import GATE_NAMES, GATES


def _rows(k: int, H: int) -> str:
    """'W[H:2H]'-style row range of gate k."""
    lo = "0" if k == 0 else ("H" if k == 1 else f"{k}H")
    hi = "H" if k == 0 else f"{k + 1}H"
    return f"{lo}:{hi}"


def _blocks(a: np.ndarray) -> list[np.ndarray]:
    return list(np.split(a, 4, axis=0))


def _swap_rows(a: np.ndarray, p: int, q: int) -> np.ndarray:
    b = _blocks(a)
    b[p], b[q] = b[q], b[p]
    return np.concatenate(b, axis=0)


def _take_rows(a: np.ndarray, gate: int, source: int) -> np.ndarray:
    b = _blocks(a)
    b[gate] = b[source]
    return np.concatenate(b, axis=0)


def _blockwise_T(a: np.ndarray) -> np.ndarray:
    """Each gate's (H, n) block used untransposed: only possible when it is square."""
    b = _blocks(a)
    if b[0].shape[0] != b[0].shape[1]:
        raise ValueError("blocks not square")
    return np.concatenate([blk.T for blk in b], axis=0)


def _sigmoid(z):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def _preactivations(x, h, W_ih, W_hh, b_ih, b_hh):
    """The four gates' pre-activations, each (B, H): a = x W_ihᵀ + b_ih + h W_hhᵀ + b_hh."""
    return np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=-1)


# --- parameter mistakes: rearranged parameters, run through the reference -----------------------
def _param_mistakes(cell) -> list[Mistake]:
    """Mistakes in where the parameters are read, for ``cell`` = a cell-like reference function."""
    out: list[Mistake] = []
    names = [GATE_NAMES[g] for g in GATES]

    for p, q in itertools.combinations(range(4), 2):
        extra = " (that is CS231n's order i, f, o, g)" if (p, q) == (2, 3) else ""
        extra = " (that is TensorFlow 1's order i, j=g, f, o)" if (p, q) == (1, 2) else extra

        def fn(x, h, c, W_ih, W_hh, b_ih, b_hh, p=p, q=q):
            s = lambda a: _swap_rows(a, p, q)
            return cell(x, h, c, s(W_ih), s(W_hh), s(b_ih), s(b_hh))

        text = gates_exchanged_text(p, q, "lstm_cell")
        if (p, q) == (1, 2):  # TensorFlow 1's order, said where the rows are named
            text = text.replace(" are exchanged:", f" are exchanged{extra}:", 1)
        out.append(
            Mistake(
                f"swap_{GATES[p]}{GATES[q]}",
                text,
                fn,
                "gates.exchanged",
                GATES[p],
            )
        )
    for which in ("W_hh", "W_ih"):
        for gate, source in itertools.permutations(range(4), 2):

            def fn(x, h, c, W_ih, W_hh, b_ih, b_hh, gate=gate, source=source, which=which):
                if which == "W_hh":
                    W_hh = _take_rows(W_hh, gate, source)
                else:
                    W_ih = _take_rows(W_ih, gate, source)
                return cell(x, h, c, W_ih, W_hh, b_ih, b_hh)

            g, s = GATES[gate], GATES[source]
            out.append(
                Mistake(
                    f"{which}_{g}_uses_{s}",
                    f"the {names[gate]} uses the {names[source]}'s rows of {which} ({which}[{_rows(source, 0)}], i.e. {which[0]}_{which[2]}{s}, instead of {which}[{_rows(gate, 0)}], {which[0]}_{which[2]}{g}).",  # noqa: E501
                    fn,
                    "gate.reads_other_block",
                    g,
                    "input" if which == "W_ih" else "recurrent",
                )
            )
    for which in ("W_hh", "W_ih"):

        def fn(x, h, c, W_ih, W_hh, b_ih, b_hh, which=which):
            if which == "W_hh":
                W_hh = _blockwise_T(W_hh)
            else:
                W_ih = _blockwise_T(W_ih)
            return cell(x, h, c, W_ih, W_hh, b_ih, b_hh)

        v = "h" if which == "W_hh" else "x"
        out.append(
            Mistake(
                f"{which}_untransposed",
                f"the {'recurrent' if which == 'W_hh' else 'input'} weights are used untransposed: {v} @ {which}_k instead of {v} @ {which}_k.T for each gate k ({which} is (4H, {'H' if which == 'W_hh' else 'I'}), PyTorch's layout).",  # noqa: E501
                fn,
                "gate.weights_untransposed",
                None,
                "input" if which == "W_ih" else "recurrent",
            )
        )
    z = np.zeros_like
    bias = [
        (
            "b_hh_missing",
            "b_hh is missing: a = x W_ihᵀ + b_ih + h W_hhᵀ + b_hh needs both biases.",
            lambda b_ih, b_hh: (b_ih, z(b_hh)),
        ),
        (
            "b_ih_missing",
            "b_ih is missing: a = x W_ihᵀ + b_ih + h W_hhᵀ + b_hh needs both biases.",
            lambda b_ih, b_hh: (z(b_ih), b_hh),
        ),
        (
            "both_biases_missing",
            "both biases b_ih and b_hh are missing.",
            lambda b_ih, b_hh: (z(b_ih), z(b_hh)),
        ),
        (
            "b_hh_twice",
            "b_hh is added twice: a = x W_ihᵀ + b_ih + h W_hhᵀ + b_hh has each bias once.",
            lambda b_ih, b_hh: (b_ih, 2 * b_hh),
        ),
        (
            "b_ih_twice",
            "b_ih is added twice: a = x W_ihᵀ + b_ih + h W_hhᵀ + b_hh has each bias once.",
            lambda b_ih, b_hh: (2 * b_ih, b_hh),
        ),
        (
            "b_ih_instead_of_b_hh",
            "b_ih is added where b_hh belongs (b_ih twice, b_hh never).",
            lambda b_ih, b_hh: (2 * b_ih, z(b_hh)),
        ),
        (
            "b_hh_instead_of_b_ih",
            "b_hh is added where b_ih belongs (b_hh twice, b_ih never).",
            lambda b_ih, b_hh: (z(b_ih), 2 * b_hh),
        ),
    ]
    for key, text, change in bias:

        def fn(x, h, c, W_ih, W_hh, b_ih, b_hh, change=change):
            return cell(x, h, c, W_ih, W_hh, *change(b_ih, b_hh))

        out.append(Mistake(key, text, fn))
    return out


# --- equation mistakes: each its own small wrong cell --------------------------------------------
def _g_sigmoid(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = _sigmoid(a_i), _sigmoid(a_f), _sigmoid(a_g), _sigmoid(a_o)  # wrong: σ on g
    c = f * c + i * g
    return o * np.tanh(c), c


def _hard_sigmoid(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    hard = SIGMOIDS["hard"]  # Keras's hard_sigmoid, wrong: the logistic σ belongs
    i, f, g, o = hard(a_i), hard(a_f), np.tanh(a_g), hard(a_o)
    c = f * c + i * g
    return o * np.tanh(c), c


def _tanh_on(gate: str):
    def fn(x, h, c, W_ih, W_hh, b_ih, b_hh):
        a = dict(zip(GATES, _preactivations(x, h, W_ih, W_hh, b_ih, b_hh), strict=True))
        act = {k: (np.tanh(a[k]) if k in (gate, "g") else _sigmoid(a[k])) for k in GATES}
        c = act["f"] * c + act["i"] * act["g"]
        return act["o"] * np.tanh(c), c

    return fn


def _all_activations_swapped(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = np.tanh(a_i), np.tanh(a_f), _sigmoid(a_g), np.tanh(a_o)  # wrong everywhere
    c = f * c + i * g
    return o * np.tanh(c), c


def _h_from_old_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = _sigmoid(a_i), _sigmoid(a_f), np.tanh(a_g), _sigmoid(a_o)
    h_next = o * np.tanh(c)  # wrong: c_{t-1}
    return h_next, f * c + i * g


def _no_tanh_on_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = _sigmoid(a_i), _sigmoid(a_f), np.tanh(a_g), _sigmoid(a_o)
    c = f * c + i * g
    return o * c, c  # wrong: no tanh


def _sigmoid_on_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g, o = _sigmoid(a_i), _sigmoid(a_f), np.tanh(a_g), _sigmoid(a_o)
    c = f * c + i * g
    return o * _sigmoid(c), c  # wrong: σ instead of tanh


def _forget_ignored(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, _, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, g, o = _sigmoid(a_i), np.tanh(a_g), _sigmoid(a_o)
    c = c + i * g  # wrong: f missing
    return o * np.tanh(c), c


def _input_ignored(x, h, c, W_ih, W_hh, b_ih, b_hh):
    _, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    f, g, o = _sigmoid(a_f), np.tanh(a_g), _sigmoid(a_o)
    c = f * c + g  # wrong: i missing
    return o * np.tanh(c), c


def _output_ignored(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a_i, a_f, a_g, _ = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    i, f, g = _sigmoid(a_i), _sigmoid(a_f), np.tanh(a_g)
    c = f * c + i * g
    return np.tanh(c), c  # wrong: o missing


def _one_minus_f(x, h, c, W_ih, W_hh, b_ih, b_hh):
    _, a_f, a_g, a_o = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
    f, g, o = _sigmoid(a_f), np.tanh(a_g), _sigmoid(a_o)
    c = f * c + (1 - f) * g  # wrong: GRU-style coupling
    return o * np.tanh(c), c


def equation_mistakes() -> list[Mistake]:
    gi, gf, gg, go = (GATE_NAMES[g] for g in GATES)
    return [
        Mistake("g_sigmoid", f"the {gg} uses σ instead of tanh: g_t = tanh(a_g).", _g_sigmoid),
        *[
            Mistake(
                f"{k}_tanh",
                f"the {GATE_NAMES[k]} uses tanh instead of σ (and the {gg} tanh): {k}_t = σ(a_{k}).",  # noqa: E501
                _tanh_on(k),
                "gate.wrong_activation",
                k,
                "activation",
            )
            for k in ("i", "f", "o")
        ],
        Mistake(
            "hard_sigmoid",
            f"the σ gates (i, f, o) use the hard sigmoid {HARD_WORD['hard']}, Keras's piecewise-linear recurrent_activation; PyTorch's LSTM uses the logistic σ(z) = 1 / (1 + e^{{-z}}).",  # noqa: E501
            _hard_sigmoid,
            "gate.wrong_activation",
            None,
            "activation",
        ),
        Mistake(
            "activations_swapped",
            f"σ and tanh are exchanged everywhere: the {gi}, {gf} and {go} use σ, the {gg} tanh.",
            _all_activations_swapped,
        ),
        Mistake(
            "h_from_old_c",
            "h is computed from the previous cell state: h_t = o_t ⊙ tanh(c_t) uses the new c_t.",
            _h_from_old_c,
        ),
        Mistake("no_tanh_on_c", "tanh is missing on c in h: h_t = o_t ⊙ tanh(c_t).", _no_tanh_on_c),
        Mistake(
            "sigmoid_on_c",
            "h uses σ(c_t) instead of tanh(c_t): h_t = o_t ⊙ tanh(c_t).",
            _sigmoid_on_c,
        ),
        Mistake(
            "forget_ignored",
            f"the {gf} is ignored: c_t = f_t ⊙ c_{{t-1}} + i_t ⊙ g_t, not c_{{t-1}} + i_t ⊙ g_t.",
            _forget_ignored,
        ),
        Mistake(
            "input_ignored",
            f"the {gi} is ignored: c_t = f_t ⊙ c_{{t-1}} + i_t ⊙ g_t, not f_t ⊙ c_{{t-1}} + g_t.",
            _input_ignored,
        ),
        Mistake("output_ignored", f"the {go} is ignored: h_t = o_t ⊙ tanh(c_t).", _output_ignored),
        Mistake(
            "one_minus_f",
            f"the {gi} is replaced by 1 - f_t (that is a GRU-style coupling): c_t = f_t ⊙ c_{{t-1}} + i_t ⊙ g_t.",  # noqa: E501
            _one_minus_f,
        ),
    ]


def _swapped_outputs(x, h, c, W_ih, W_hh, b_ih, b_hh):
    h_next, c_next = reference.lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
    return c_next, h_next


def cell_mistakes() -> list[Mistake]:
    """The whole catalogue for lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh) -> (h_next, c_next)."""
    return [
        *_param_mistakes(reference.lstm_cell),
        *equation_mistakes(),
        Mistake(
            "h_c_swapped",
            "h and c are returned in the wrong order: return (h_next, c_next).",
            _swapped_outputs,
        ),
    ]


def step_mistakes() -> list[Mistake]:
    """Cell mistakes that make sense inside a loop over time (no output-order mistake)."""
    return [*_param_mistakes(reference.lstm_cell), *equation_mistakes()]


# --- the four gates (ex01's lstm_gates) ----------------------------------------------------------


def gate_mistakes() -> list[Mistake]:
    """Catalogue for lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh) -> (i, f, g, o)."""

    def param_only(x, h, c, W_ih, W_hh, b_ih, b_hh):
        return reference.lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh)

    out = [
        dataclasses.replace(
            m,
            fn=lambda x, h, W_ih, W_hh, b_ih, b_hh, m=m: m.fn(x, h, None, W_ih, W_hh, b_ih, b_hh),
        )
        for m in _param_mistakes(param_only)
    ]

    def acts(kinds):
        def fn(x, h, W_ih, W_hh, b_ih, b_hh):
            a = _preactivations(x, h, W_ih, W_hh, b_ih, b_hh)
            return tuple(
                np.tanh(v) if k == "t" else _sigmoid(v) for v, k in zip(a, kinds, strict=True)
            )

        return fn

    gg = GATE_NAMES["g"]
    out.append(
        Mistake("g_sigmoid", f"the {gg} uses σ instead of tanh: g_t = tanh(a_g).", acts("ssss"))
    )
    for pos, k in ((0, "i"), (1, "f"), (3, "o")):
        kinds = "".join("t" if j in (pos, 2) else "s" for j in range(4))
        out.append(
            Mistake(
                f"{k}_tanh",
                f"the {GATE_NAMES[k]} uses tanh instead of σ: {k}_t = σ(a_{k}).",
                acts(kinds),
                "gate.wrong_activation",
                k,
                "activation",
            )
        )
    out.append(
        Mistake(
            "activations_swapped",
            f"σ and tanh are exchanged: tanh on the i, f, o gates, σ on the {gg}.",
            acts("ttst"),
        )
    )

    def split_batch_axis(x, h, W_ih, W_hh, b_ih, b_hh):
        a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H)
        # axis 0: the batch rows; np.array_split's pieces, which are np.split's where 4 divides
        # B (elsewhere np.split raises: those cases are not evidence)
        i, f, g, o = np.array_split(a, 4)
        return _sigmoid(i), _sigmoid(f), np.tanh(g), _sigmoid(o)

    def hidden_size_from_input(x, h, W_ih, W_hh, b_ih, b_hh):
        n = W_ih.shape[1]  # I, taken for H: blocks of I rows
        a = [
            x @ W_ih[k * n : (k + 1) * n].T
            + b_ih[k * n : (k + 1) * n]
            + h @ W_hh[k * n : (k + 1) * n].T
            + b_hh[k * n : (k + 1) * n]
            for k in range(4)
        ]
        return _sigmoid(a[0]), _sigmoid(a[1]), np.tanh(a[2]), _sigmoid(a[3])

    out.append(
        Mistake(
            "split_batch_axis",
            "the pre-activations a (B, 4H) are split along axis 0, the batch rows "
            "(np.split(a, 4) or np.array_split(a, 4) without axis=1: each gate gets some of the "
            "B rows, all 4H columns): split along axis 1, the 4H gate units, into four (B, H) "
            "blocks.",
            split_batch_axis,
        )
    )
    out.append(
        Mistake(
            "hidden_size_from_input",
            "H is taken as I, the input size (W_ih.shape[1] or x.shape[1] is I): the gate "
            "blocks are then I rows wide; H is W_hh.shape[1] (or W_ih.shape[0] // 4).",
            hidden_size_from_input,
        )
    )
    return out
