"""check_sigmoid, check_lstm_gates, check_lstm_cell: the one-step exercises (ex01, ex02)."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks import cases as C
from lstm_ref.checks import reference
from lstm_ref.checks.core import Case, Mistake, Spec
from lstm_ref.checks.mistakes_cell import cell_mistakes, gate_mistakes
from lstm_ref.checks.model_cell import CellModel, GatesModel
from lstm_ref.checks.model_sigmoid import TEXT as SIGMOID_TEXT
from lstm_ref.checks.model_sigmoid import SigmoidModel, locate_sigmoid, sigmoid_probes
from lstm_ref.checks.probes import cell_probes

CELL_ARGS = ("x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh")


# --- sigmoid -------------------------------------------------------------------------------------
def _sigmoid_fixed() -> list[Case]:
    return [
        Case("fixed", 1, (np.linspace(-3.0, 3.0, 7),), {}, {"n": 7, "ndim": 1}),
        Case("fixed", 2, (C.readable((2, 3)),), {}, {"shape": "(2, 3)", "ndim": 2}),
        Case(
            "fixed",
            3,
            (np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0]),),
            {},
            {"n": 5, "ndim": 1},
            None,
            "large |z|",
        ),
    ]


def _sigmoid_random(rng, seed) -> list[Case]:
    out = []
    for n in range(1, 5):
        shape = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 4))))
        out.append(
            Case(
                "random",
                n,
                (rng.normal(scale=4.0, size=shape),),
                {},
                {"shape": str(shape), "ndim": len(shape)},  # ndim: a split the cases can show
                seed,
            )
        )
    out.append(
        Case(
            "random",
            5,
            (rng.uniform(-1000, 1000, size=(3, 4)),),
            {},
            {"shape": "(3, 4)", "ndim": 2},
            seed,
            "|z| up to 1000",
        )
    )
    # "z of any shape" includes the two edges of a shape: no axis at all, and an axis of length 0
    zero_d = np.array(rng.normal(scale=4.0))
    edges = [(zero_d, "()", 0, "a 0-d array (one number, no axis)"),
             (np.zeros(0), "(0,)", 1, "an empty array (an axis of length 0)")]  # fmt: skip
    for n, (z, shape, ndim, note) in enumerate(edges, start=6):
        out.append(Case("random", n, (z,), {}, {"shape": shape, "ndim": ndim}, seed, note))
    # an array of ints is an array too: σ of it is floats (np.zeros_like(z) would make ints)
    ints = rng.integers(-6, 7, size=(2, 3))
    note = "an integer array (σ of it is floats)"
    out.append(Case("random", 8, (ints,), {}, {"shape": "(2, 3)", "ndim": 2}, seed, note))
    return out


def _sigmoid_mistakes() -> list[Mistake]:
    return [
        Mistake("tanh", "this is tanh(z); σ(z) = 1 / (1 + e^{-z}).", lambda z: np.tanh(z)),
        Mistake(
            "plus_sign",
            SIGMOID_TEXT["minus_sign"][1],
            lambda z: 1 - reference.sigmoid(z),
        ),
    ]


def check_sigmoid(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(z) -> σ(z)`` (shape of z), with |z| up to 1000 and no overflow warning."""
    from lstm_ref.checks.registry import run_check

    return run_check("sigmoid", fn, cases=cases, seed=seed)


def sigmoid_spec() -> Spec:
    spec = Spec(
        name="sigmoid",
        arg_names=("z",),
        structure="sigmoid(z)",
        structure_text="an array σ(z) of z's shape",
        symbols=lambda case: {},
        reference=reference.sigmoid,
        fixed_cases=_sigmoid_fixed,
        random_cases=_sigmoid_random,
        mistakes=_sigmoid_mistakes,
        model=SigmoidModel,
        probes=sigmoid_probes,
        locate=locate_sigmoid,
    )
    return spec


# --- gates ---------------------------------------------------------------------------------------
def _gates_case(case: Case) -> Case:
    x, h, _c, *W = case.args
    return Case(case.kind, case.number, (x, h, *W), {}, case.sizes, case.seed, case.note)


def _gate_symbols(case):
    return {k: ("B", "H") for k in "ifgo"}


def check_lstm_gates(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, h, W_ih, W_hh, b_ih, b_hh) -> (i, f, g, o)``, each (B, H)."""
    from lstm_ref.checks.registry import run_check

    return run_check("lstm_gates", fn, cases=cases, seed=seed)


def lstm_gates_spec() -> Spec:
    spec = Spec(
        name="lstm_gates",
        arg_names=("x", "h", "W_ih", "W_hh", "b_ih", "b_hh"),
        structure=("i", "f", "g", "o"),
        structure_text="a tuple (i, f, g, o) of four arrays, each (B, H)",
        symbols=_gate_symbols,
        reference=reference.lstm_gates,
        fixed_cases=lambda: [_gates_case(c) for c in C.cell_fixed()],
        random_cases=lambda rng, seed: [_gates_case(c) for c in C.cell_random(rng, seed)],
        diagnostic_cases=lambda: [_gates_case(c) for c in C.cell_diagnostic()],
        mistakes=gate_mistakes,
        model=GatesModel,
        probes=lambda: cell_probes(with_c=False),
    )
    return spec


# --- cell ----------------------------------------------------------------------------------------
def check_lstm_cell(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, h, c, W_ih, W_hh, b_ih, b_hh) -> (h_next, c_next)``.

    x: (B, I); h, c, h_next, c_next: (B, H); W_ih (4H, I), W_hh (4H, H), b_ih, b_hh (4H,).
    """
    from lstm_ref.checks.registry import run_check

    return run_check("lstm_cell", fn, cases=cases, seed=seed)


def lstm_cell_spec() -> Spec:
    spec = Spec(
        name="lstm_cell",
        arg_names=CELL_ARGS,
        structure=("h_next", "c_next"),
        structure_text="a tuple (h_next, c_next) of two arrays, each (B, H)",
        symbols=lambda case: {"h_next": ("B", "H"), "c_next": ("B", "H")},
        reference=reference.lstm_cell,
        fixed_cases=C.cell_fixed,
        random_cases=C.cell_random_large_state,
        diagnostic_cases=C.cell_diagnostic,
        mistakes=cell_mistakes,
        model=CellModel,
        probes=lambda: cell_probes(with_c=True),
    )
    return spec
