"""check_lstm_layer_backward: backpropagation through time over one layer (ex06)."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks import cases as C
from lstm_ref.checks import cases_seq as S
from lstm_ref.checks import probes as P
from lstm_ref.checks.check_backward import locate_gradient
from lstm_ref.checks.core import Case, Spec
from lstm_ref.checks.model_backward import LayerBackwardModel

KEYS = ("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh")
ARGS = ("dout", "x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh")
SYMBOLS = {
    "x": ("T", "B", "I"),
    "h0": ("B", "H"),
    "c0": ("B", "H"),
    "W_ih": ("4H", "I"),
    "W_hh": ("4H", "H"),
    "b_ih": ("4H",),
    "b_hh": ("4H",),
}


def reference(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    from lstm_ref.backward import lstm_layer_backward

    return lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=dh_n, dc_n=dc_n)


def layer_backward_case(
    kind, n, T, B, I, H, rng=None, *, final=True, seed=None, note="", ends="hc"
):
    """Arguments: dout (T, B, H), x (T, B, I), h0, c0 (B, H), weights; dh_n, dc_n (B, H) or None
    (``ends``: the ones given, "h", "c", "hc"; ``final=False``: neither)."""
    base = S.layer_case(kind, n, T, B, I, H, rng, seed=seed, note=note)
    x, h0, c0, *W = base.args
    if rng is None:
        dout = C.readable((T, B, H), 7.0)
        dh_n, dc_n = C.readable((B, H), 8.0, 0.6), C.readable((B, H), 9.0, 0.4)
    else:
        dout = rng.normal(size=(T, B, H))
        dh_n, dc_n = rng.normal(size=(B, H)), rng.normal(size=(B, H))
    ends = ends if final else ""
    kwargs = {"dh_n": dh_n if "h" in ends else None, "dc_n": dc_n if "c" in ends else None}
    none = {"": "dh_n=dc_n=None", "h": "dc_n=None", "c": "dh_n=None"}.get(ends, "")
    base.note = ", ".join(filter(None, [base.note, none]))
    return Case(kind, n, (dout, x, h0, c0, *W), kwargs, base.sizes, seed, base.note)


def fixed_cases() -> list[Case]:
    return [
        layer_backward_case("fixed", 1, 3, 2, 3, 2),
        layer_backward_case("fixed", 2, 4, 1, 2, 3, final=False),
        layer_backward_case("fixed", 3, 1, 3, 2, 2),
    ]


def random_cases(rng, seed) -> list[Case]:
    out = []
    # both ends given, neither, dh_n alone, dc_n alone (each may be None on its own), both
    for n, ends in enumerate(("hc", "", "h", "c", "hc"), 1):
        s = C.random_sizes(rng, T=True)
        out.append(
            layer_backward_case(
                "random", n, s["T"], s["B"], s["I"], s["H"], rng, seed=seed, ends=ends
            )
        )
    out.append(layer_backward_case("random", 6, 5, 1, 2, 1, rng, seed=seed, note="B=1, H=1"))
    out.append(layer_backward_case("random", 7, 4, 3, 3, 3, rng, seed=seed, note="I = H"))
    # large upstream gradients: gradients past ±5 (a clip, min-char-rnn's habit, shows)
    big = layer_backward_case("random", 8, 3, 3, 2, 2, rng, seed=seed)
    dout, *rest = big.args
    kw = {k: 40 * v for k, v in big.kwargs.items()}
    note = "large upstream gradients (dout, dh_n, dc_n × 40)"
    out.append(Case("random", 8, (40 * dout, *rest), kw, big.sizes, seed, note))
    return out


def diagnostic_cases() -> list[Case]:
    rng = np.random.default_rng(19)
    return [
        layer_backward_case("diagnostic", 1, 4, 3, 2, 3, rng),
        layer_backward_case("diagnostic", 2, 3, 2, 3, 2, rng, final=False),
    ]


def part_cases() -> list[Case]:
    """Each part alone: one step with dout only, dh_n only, dc_n only; three steps with dout only
    at the last step, only at step 0; three steps with everything."""
    rng = np.random.default_rng(23)
    out = []
    for n, (T, dout_at, ends) in enumerate(
        [
            (1, "all", ""),
            (1, "none", "h"),
            (1, "none", "c"),
            (3, "last", ""),
            (3, "first", ""),
            (3, "all", "hc"),
            (3, "none", "h"),
            (3, "none", "c"),
        ],
        1,
    ):
        c = layer_backward_case("diagnostic", n, T, 2, 3, 2, rng)
        dout = c.args[0].copy()
        if dout_at == "none":
            dout[:] = 0
        elif dout_at == "last":
            dout[:-1] = 0
        elif dout_at == "first":
            dout[1:] = 0
        kwargs = {
            "dh_n": c.kwargs["dh_n"] if "h" in ends else None,
            "dc_n": c.kwargs["dc_n"] if "c" in ends else None,
        }
        out.append(Case("diagnostic", n, (dout, *c.args[1:]), kwargs, c.sizes))
    return out


def settings(c: Case) -> dict:
    dout, x = c.args[0], c.args[1]
    T = x.shape[0]
    nonzero = [t for t in range(T) if np.any(dout[t])]
    if not nonzero:
        at = "none"
    elif nonzero == list(range(T)):
        at = "all steps"
    elif nonzero == [T - 1]:
        at = "last step only"
    else:
        at = "earlier steps"
    # one step's backward: T = 1, or dout only at step 0 and no dh_n, dc_n (nothing carried)
    alone = nonzero == [0] and c.kwargs.get("dh_n") is None and c.kwargs.get("dc_n") is None
    return {
        "backward T": 1 if T == 1 or alone else "more",
        "dh_n": None if c.kwargs.get("dh_n") is None else "given",
        "dc_n": None if c.kwargs.get("dc_n") is None else "given",
        "dout": at,
    }


def parts(runner, results) -> list:
    from lstm_ref.checks.parts import decompose, judged

    return decompose(runner, judged(runner, results, part_cases()), settings)


def spec(mistakes=lambda: ()) -> Spec:
    return Spec(
        name="lstm_layer_backward",
        arg_names=ARGS,
        structure={k: k for k in ("b_ih", "b_hh", "W_ih", "W_hh", "c0", "h0", "x")},
        structure_text="a dict with the keys 'x', 'h0', 'c0', 'W_ih', 'W_hh', 'b_ih', 'b_hh'",
        symbols=lambda case: SYMBOLS,
        reference=reference,
        fixed_cases=fixed_cases,
        random_cases=random_cases,
        diagnostic_cases=diagnostic_cases,
        mistakes=mistakes,
        model=LayerBackwardModel,
        probes=P.layer_backward_probes,
        locate=locate_gradient,
        forbid_autograd=True,
        parts=parts,
        none_means={
            n: "zeros of shape (B, H) (no gradient from that end)" for n in ("dh_n", "dc_n")
        },
    )


def check_lstm_layer_backward(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None) -> dict``.

    dout: (T, B, H) = ∂L/∂out; dh_n, dc_n: (B, H) = ∂L/∂h_n, ∂L/∂c_n, or None (zeros).
    Keys x (T, B, I), h0 (B, H), c0 (B, H), W_ih (4H, I), W_hh (4H, H), b_ih (4H,), b_hh (4H,).
    """
    from lstm_ref.checks.registry import run_check

    return run_check("lstm_layer_backward", fn, cases=cases, seed=seed)
