"""σ in parts: which formula the student's sigmoid computes (see :mod:`infer`)."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.findings import Finding
from lstm_ref.checks.infer import Factor, Model
from lstm_ref.checks.model_cell import HARD_WORD, SIGMOIDS


def _s(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


FORMULAS = {
    "ok": _s,
    "tanh": np.tanh,
    "minus_sign": lambda z: _s(-z),
    "no_half": lambda z: 0.5 * (1.0 + np.tanh(z)),
    "one_minus_exp": lambda z: 1.0 / (1.0 - np.exp(-z)),
    "exp_only": lambda z: np.exp(z),
    "no_one": lambda z: 1.0 / np.exp(-z),
    # a clip at ±30 or wider is within 1e-13 of σ everywhere (1/(1+e^30) = 9.4e-14), inside the
    # 1e-10 tolerance: no case can show it, so it is not a mistake the model may name
    **{f"clip_{k}": (lambda z, k=k: _s(np.clip(z, -k, k))) for k in (5, 10, 15, 20)},
    "half_z": lambda z: _s(0.5 * z),
    "abs_z": lambda z: _s(np.abs(z)),
    "double_z": lambda z: _s(2.0 * z),
    # z made integers first: .astype(int) truncates toward 0, np.round rounds
    "int_z": lambda z: _s(np.trunc(z)),
    "round_z": lambda z: _s(np.round(z)),
    # Keras's piecewise-linear "hard" sigmoids (one owner: model_cell.SIGMOIDS)
    "hard": SIGMOIDS["hard"],
    "hard6": SIGMOIDS["hard6"],
}
TEXT = {
    "tanh": ("sigmoid.is_tanh", "this is tanh(z); σ(z) = 1 / (1 + e^{-z})."),
    "minus_sign": (
        "sigmoid.sign",
        "your function gives σ(−z) = 1 / (1 + e^{z}) = 1 − σ(z): the sign of z in the exponent is flipped, or the branches for z ≥ 0 and z < 0 are exchanged; σ(z) = 1 / (1 + e^{-z}).",  # noqa: E501
    ),
    "no_half": (
        "sigmoid.wrong_formula",
        "½(1 + tanh(z)) is missing the halving of z: σ(z) = ½(1 + tanh(z/2)).",
    ),
    "one_minus_exp": (
        "sigmoid.wrong_formula",
        "1 / (1 − e^{-z}) has a minus where the plus belongs: σ(z) = 1 / (1 + e^{-z}).",
    ),
    "exp_only": ("sigmoid.wrong_formula", "this is e^{z}; σ(z) = 1 / (1 + e^{-z})."),
    "no_one": ("sigmoid.wrong_formula", "the 1 + is missing: σ(z) = 1 / (1 + e^{-z})."),
    "half_z": ("sigmoid.wrong_formula", "this is σ(z/2); σ(z) = 1 / (1 + e^{-z})."),
    "abs_z": (
        "sigmoid.wrong_formula",
        "for z < 0 this returns σ(|z|) = 1 − σ(z): the branch for negative z, e^{z} / (1 + e^{z}), is missing.",  # noqa: E501
    ),
    "double_z": ("sigmoid.wrong_formula", "this is σ(2z); σ(z) = 1 / (1 + e^{-z})."),
    "int_z": (
        "sigmoid.wrong_formula",
        "z is truncated to an integer first (as z.astype(int) does): σ(trunc(z)); keep z's fractional part: np.asarray(z, dtype=np.float64).",  # noqa: E501
    ),
    "round_z": (
        "sigmoid.wrong_formula",
        "z is rounded to an integer first: σ(round(z)); keep z's fractional part: np.asarray(z, dtype=np.float64).",  # noqa: E501
    ),
    "hard": (
        "sigmoid.wrong_formula",
        f"this is the hard sigmoid {HARD_WORD['hard']}, Keras's piecewise-linear stand-in; the logistic σ(z) = 1 / (1 + e^{{-z}}) is asked (PyTorch's LSTM uses it).",  # noqa: E501
    ),
    "hard6": (
        "sigmoid.wrong_formula",
        f"this is the hard sigmoid {HARD_WORD['hard6']}, a piecewise-linear stand-in; the logistic σ(z) = 1 / (1 + e^{{-z}}) is asked (PyTorch's LSTM uses it).",  # noqa: E501
    ),
}


class SigmoidModel(Model):
    def __init__(self):
        self.factors = [Factor("formula", tuple(FORMULAS))]

    def run(self, case, ch):
        return {"sigmoid(z)": FORMULAS[ch["formula"]](np.asarray(case.args[0], dtype=np.float64))}

    def findings(self, ch, function):
        f = ch["formula"]
        if f == self.correct()["formula"]:
            return []
        if f.startswith("clip_"):
            k = f.split("_")[1]
            return [
                Finding(
                    "sigmoid.wrong_formula",
                    function,
                    f"z is clipped to [-{k}, {k}]: σ(z) then differs from 1 / (1 + e^{{-z}}) for |z| > {k} by more than float64's tolerance; exponentiate only −|z| instead of clipping.",  # noqa: E501
                )
            ]
        kind, text = TEXT[f]
        return [Finding(kind, function, text)]


def locate_sigmoid(runner, results, case, name) -> list:
    """For which z the student's σ is wrong (z < 0, z > 0, large |z| only, ...)."""
    from lstm_ref.checks.compare import tolerance

    bad_z = []
    for c, got in results:
        z = np.asarray(c.args[0], dtype=np.float64)
        g = got[name].astype(np.float64)
        e = runner.expected(c)[name]
        atol, rtol = tolerance(got[name].dtype)
        bad_z.append(z[~(np.abs(g - e) <= atol + rtol * np.abs(e))])
    z = np.concatenate([b.ravel() for b in bad_z]) if bad_z else np.array([])
    if z.size == 0:
        return []
    if np.all(z < 0):
        where = "only for z < 0"
    elif np.all(z > 0):
        where = "only for z > 0"
    else:
        where = "for z of both signs"
    small = float(np.min(np.abs(z)))
    if small > 5:
        where += f", and only for |z| ≥ {small:.3g} (large |z|)"
    return [
        Finding(
            "located.value_mismatch",
            runner.spec.name,
            f"Your σ(z) is wrong {where}; no known formula explains all your results.",
            term="activation",
        )
    ]


def sigmoid_probes():
    from lstm_ref.checks.core import Case

    z = np.concatenate([np.linspace(-40, 40, 81), np.linspace(-3, 3, 25), [-700.0, 700.0]])
    return [Case("probe", 1, (z,), {}, {})]
