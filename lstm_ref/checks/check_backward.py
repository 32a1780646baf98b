"""check_lstm_cell_backward: gradients of one LSTM step (ex06)."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks import cases as C
from lstm_ref.checks import probes as P
from lstm_ref.checks import reference
from lstm_ref.checks.core import Case, Mistake, Spec
from lstm_ref.checks.findings import Finding
from lstm_ref.checks.model_backward import CellBackwardModel
from lstm_ref.gates import GATE_NAMES, GATES

KEYS = ("x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh")
#: compared in chapter 8's order: the gate-blocked gradients first (they name the gate), then the
#: gradients every error flows into
ORDER = ("b_ih", "b_hh", "W_ih", "W_hh", "c", "h", "x")
STRUCTURE = {k: k for k in ORDER}


def _with_upstream(case: Case, rng) -> Case:
    x, h, c, *W = case.args
    B, H = h.shape
    if rng is None:
        dh, dc = C.readable((B, H), 7.0), C.readable((B, H), 8.0, 0.6)
    else:
        dh, dc = rng.normal(size=(B, H)), rng.normal(size=(B, H))
    return Case(case.kind, case.number, (dh, dc, x, h, c, *W), {}, case.sizes, case.seed, case.note)


def _fixed():
    return [_with_upstream(c, None) for c in C.cell_fixed()]


def _random(rng, seed):
    cases = [_with_upstream(c, rng) for c in C.cell_random(rng, seed, large=60.0)]
    # large upstream gradients: weight gradients past ±5 (a clip, min-char-rnn's habit, shows)
    big = _with_upstream(C.cell_case("random", 12, 3, 3, 2, rng, seed=seed), rng)
    dh, dc, *rest = big.args
    note = "large upstream gradients (dh_next, dc_next × 40)"
    return [*cases, Case(big.kind, 12, (40 * dh, 40 * dc, *rest), {}, big.sizes, seed, note)]


def _diagnostic():
    rng = np.random.default_rng(17)
    return [_with_upstream(c, rng) for c in C.cell_diagnostic()]


def _mistakes() -> list[Mistake]:
    ref = reference.lstm_cell_backward

    def dc_ignored(dh, dc, *a):
        return ref(dh, np.zeros_like(dc), *a)

    def dh_ignored(dh, dc, *a):
        return ref(np.zeros_like(dh), dc, *a)

    def upstream_swapped(dh, dc, *a):
        return ref(dc, dh, *a)

    def h_c_swapped(*a):
        g = dict(ref(*a))
        g["h"], g["c"] = g["c"], g["h"]
        return g

    def biases_halved(*a):
        g = dict(ref(*a))
        g["b_ih"], g["b_hh"] = g["b_ih"] / 2, g["b_hh"] / 2
        return g

    return [
        Mistake(
            "dc_next_ignored",
            "dc_next is ignored: the cell state's gradient is dc_next + dh_next ⊙ o ⊙ (1 - tanh²(c_t)).",  # noqa: E501
            dc_ignored,
        ),
        Mistake(
            "dh_next_ignored",
            "dh_next is ignored: h_t = o_t ⊙ tanh(c_t) sends dh_next to the output gate and to c_t.",  # noqa: E501
            dh_ignored,
        ),
        Mistake(
            "upstream_swapped",
            "dh_next and dc_next are exchanged (the arguments come in the order dh_next, dc_next).",
            upstream_swapped,
        ),
        Mistake(
            "dh_dc_swapped", "the gradients for h and c are exchanged in the dict.", h_c_swapped
        ),
        Mistake(
            "bias_split",
            "the bias gradient is split between b_ih and b_hh; each gets the full sum over the batch of da.",  # noqa: E501
            biases_halved,
        ),
    ]


def check_lstm_cell_backward(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh) -> dict`` of gradients.

    Keys x (B, I), h (B, H), c (B, H), W_ih (4H, I), W_hh (4H, H), b_ih (4H,), b_hh (4H,).
    """
    from lstm_ref.checks.registry import run_check

    return run_check("lstm_cell_backward", fn, cases=cases, seed=seed)


def lstm_cell_backward_spec() -> Spec:
    symbols = {
        "x": ("B", "I"),
        "h": ("B", "H"),
        "c": ("B", "H"),
        "W_ih": ("4H", "I"),
        "W_hh": ("4H", "H"),
        "b_ih": ("4H",),
        "b_hh": ("4H",),
    }
    spec = Spec(
        name="lstm_cell_backward",
        arg_names=("dh_next", "dc_next", "x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh"),
        structure=STRUCTURE,
        structure_text="a dict with the keys 'x', 'h', 'c', 'W_ih', 'W_hh', 'b_ih', 'b_hh'",
        symbols=lambda case: symbols,
        reference=reference.lstm_cell_backward,
        fixed_cases=_fixed,
        random_cases=_random,
        diagnostic_cases=_diagnostic,
        mistakes=_mistakes,
        model=CellBackwardModel,
        probes=P.cell_backward_probes,
        locate=locate_gradient,
        forbid_autograd=True,
    )
    return spec


def _other_blocks(got, exp, bad, keys, H) -> str:
    """What the gate blocks outside ``bad`` hold in the gradients ``keys``, as measured: 'the
    other gates' blocks are right', or which of them are wrong too."""
    from lstm_ref.checks.compare import values_close
    from lstm_ref.checks.model_cell import rows

    also = [
        f"{key}[{rows(j)}] (the {GATE_NAMES[g]}'s)"
        for j, g in enumerate(GATES)
        if g not in bad
        for key in keys
        if not values_close(got[key][j * H : (j + 1) * H], exp[key][j * H : (j + 1) * H])
    ]
    if not also:
        return "the other gates' blocks are right"
    return f"of the other gates' blocks, {', '.join(also)} {'is' if len(also) == 1 else 'are'} wrong too"  # noqa: E501


def _transposed_blocks(results, runner, key) -> str:
    """' Every wrong H×H block of W_hh is the expected block transposed ...' where that holds
    in every case (a square block of every gate that is wrong there, and some case where one
    is wrong); '' otherwise."""
    from lstm_ref.checks.compare import values_close

    seen = 0
    for c, got in results:
        exp = runner.expected(c)
        if key not in got or got[key].shape != exp[key].shape or exp[key].ndim != 2:
            return ""
        H = exp[key].shape[0] // 4
        for j in range(4):
            g, e = got[key][j * H : (j + 1) * H], exp[key][j * H : (j + 1) * H]
            if values_close(g, e):
                continue
            if g.shape[0] != g.shape[1] or not values_close(g, e.T):
                return ""
            seen += 1
    if not seen:
        return ""
    v, n = ("x", "I") if key == "W_ih" else ("h_(t-1)", "H")
    return f" In every case, each wrong block of {key} is the expected block transposed: the block is δa_gateᵀ {v} ((H, B) @ (B, {n})), not {v}ᵀ δa_gate."  # noqa: E501


def _zero_blocks(results, bad: list, keys: list) -> str:
    """'; in every case those blocks are all zeros ...' where the wrong gates' blocks of every
    gradient in ``keys`` are zeros in every case (measured); '' otherwise."""
    for _c, got in results:
        H = got["b_ih"].shape[0] // 4 if "b_ih" in got else 0
        if not H or any(
            np.any(got[key][j * H : (j + 1) * H]) for key in keys for j, g in enumerate(GATES)
            if g in bad
        ):  # fmt: skip
            return ""
    return "; in every case those blocks are all zeros: nothing of δa reaches them (as where that δa is computed but never written into the array the gradients are made from: a name rebound, not a slice assigned)"  # noqa: E501


def locate_gradient(runner, results, case, name) -> list:
    """The first wrong gradient in chapter 8's order: the gate blocks of b_ih, b_hh, W_ih, W_hh
    (they name the gate whose δ is wrong), then c, h, x. A block wrong in one gradient while the
    gradients that share its δa are right points at that one line, not at δa."""
    from lstm_ref.checks.compare import values_close
    from lstm_ref.checks.model_cell import rows

    c_keys = ("c", "h", "c0", "h0", "x")
    for c, got in results:
        exp = runner.expected(c)
        H = exp["b_ih"].shape[0] // 4
        for k, gate in enumerate(GATES):
            blk = slice(k * H, (k + 1) * H)
            ok = {  # a gradient missing from the student's dict tells nothing
                key: values_close(got[key][blk], exp[key][blk])
                for key in ("b_ih", "b_hh", "W_ih", "W_hh")
                if key not in getattr(runner, "filled", ())
            }
            if not ok or all(ok.values()):
                continue
            wrong = [key for key, v in ok.items() if not v]
            if len(wrong) < len(ok):  # δa_gate is right where others are: one line is wrong
                what = " and ".join(f"{key}[{rows(k)}]" for key in wrong)
                right = ", ".join(f"{key}'s" for key, v in ok.items() if v)
                text = f"The first wrong gradient (gate blocks first, as in chapter 8) is {what}, the {GATE_NAMES[gate]}'s, while {right} block is right: δa_{gate} is right, so look at the line that turns δa into {wrong[0]}'s gradient (b: Σ over the batch of δa; W_ih: δaᵀ x; W_hh: δaᵀ h_(t-1))."  # noqa: E501
                text += _transposed_blocks(results, runner, wrong[0])
                term = wrong[0]
            else:
                first = next(iter(ok))
                bad = [
                    g
                    for j, g in enumerate(GATES)
                    if not values_close(
                        got[first][j * H : (j + 1) * H], exp[first][j * H : (j + 1) * H]
                    )
                ]
                # the gradients computed from δa alone (δa W_ih, δa W_hh): right, δa is right
                upstream = {"x": "δa W_ih", "h": "δa W_hh"}
                upstream = {k: v for k, v in upstream.items() if k in exp}
                from_da = " and ".join(f"{k}'s ({v})" for k, v in upstream.items())
                from_da_right = upstream and all(values_close(got[k], exp[k]) for k in upstream)
                params = ("b_ih", "b_hh", "W_ih", "W_hh")
                zeros = all(key in g and not np.any(g[key]) for _c, g in results for key in params)
                which = (
                    f"b_ih, b_hh, W_ih and W_hh are all zeros in every case, while {from_da} {'is' if len(upstream) == 1 else 'are'} right, so δa is right: nothing reaches the weight and bias gradients you return; look at where they are computed and summed into the arrays returned"  # noqa: E501
                    if len(bad) == 4 and from_da_right and zeros
                    else f"every gate's block of b_ih, b_hh, W_ih and W_hh is wrong, while {from_da} {'is' if len(upstream) == 1 else 'are'} right, so δa is right: look at the lines that turn δa into the weight and bias gradients (b: Σ over the batch of δa; W_ih: δaᵀ x; W_hh: δaᵀ h_(t-1))"  # noqa: E501
                    if len(bad) == 4 and from_da_right
                    else f"every gate's block of b_ih, b_hh, W_ih and W_hh is wrong, and so is {from_da or 'a gradient computed from δa'}: look at δa first"  # noqa: E501
                    if len(bad) == 4
                    else "the blocks of "
                    + ", ".join(f"the {GATE_NAMES[g]}" for g in bad)
                    + " are wrong in b_ih, b_hh, W_ih and W_hh alike (each block shares its gate's δa); "  # noqa: E501
                    + _other_blocks(got, exp, bad, list(ok), H)
                    + _zero_blocks(results, bad, list(ok))
                )
                text = f"The first wrong gradient (gate blocks first, as in chapter 8): {which}."
                term = "activation"
            return [Finding("located.value_mismatch", runner.spec.name, text, gate=gate, term=term)]
        for key in c_keys:
            if key in exp and not values_close(got[key], exp[key]):
                return [
                    Finding(
                        "located.value_mismatch",
                        runner.spec.name,
                        f"The gate blocks of the weight and bias gradients are right; the first wrong gradient is {key}.",  # noqa: E501
                        term=key,
                    )
                ]
    return []
