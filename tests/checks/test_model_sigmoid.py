"""lstm_ref/checks/model_sigmoid.py: SigmoidModel's contract, for every formula it knows.

The right formula reproduces torch.sigmoid; every wrong one changes the output on the fixed cases
or the probe (else naming it would be a guess); each names a finding of a known kind; a student's
σ written with one of these mistakes gets that finding from check_sigmoid."""

import numpy as np
import pytest
import torch

from lstm_ref.checks import CheckFailure, check_sigmoid
from tests.checks.model_contract import (
    assert_close,
    assert_findings_valid,
    expected_finding,
    indistinguishable_pairs,
    option_id,
    random_evidence,
    subject,
    told_apart_on,
    wrong_options,
)

NAME = "sigmoid"
S = subject(NAME)
WRONG = wrong_options(S.model)


def _param(option):
    return pytest.param(option, id=option_id(option))


def test_a_clip_the_tolerance_cannot_show_is_not_a_formula_the_model_may_name():
    # clipping z to ±30 changes σ by at most 1/(1+e^30) = 9.4e-14, inside float64's atol of
    # 1e-10: no input shows it, so naming it would be a guess (clip_30 and clip_40 were removed)
    formulas = dict(S.model.factors[0].options and [(f.name, f.options) for f in S.model.factors])
    assert not {"clip_30", "clip_40"} & set(formulas["formula"])
    assert {"clip_5", "clip_20"} <= set(formulas["formula"])


def test_the_right_formula_reproduces_torch_sigmoid_on_the_fixed_cases_and_the_probe():
    for label, case in S.evidence + [("probe", p) for p in S.probes]:
        z = torch.tensor(case.args[0], dtype=torch.float64)
        want = {"sigmoid(z)": torch.sigmoid(z).numpy()}
        assert_close(S.model.run(case, S.model.correct()), want, label)


@pytest.mark.parametrize("option", [_param(o) for o in WRONG])
def test_every_wrong_formula_changes_the_sigmoid_models_output(option):
    where = told_apart_on(NAME, {**S.model.correct(), option[0]: option[1]})
    assert where, f"{option}: no fixed case or probe shows it (its output equals the right one)"


def test_half_of_one_plus_tanh_z_is_sigma_of_2z_so_those_two_formulas_are_one():
    # ½(1 + tanh(z)) = σ(2z) exactly (σ(u) = ½(1 + tanh(u/2)) with u = 2z): "no_half" and
    # "double_z" are the same function; both findings describe it truly, the fit names the first.
    right = S.model.correct()
    for label, case in S.evidence + random_evidence(NAME):
        a = S.model.run(case, {**right, "formula": "no_half"})["sigmoid(z)"]
        b = S.model.run(case, {**right, "formula": "double_z"})["sigmoid(z)"]
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15, err_msg=label)


def test_no_other_two_wrong_formulas_give_the_same_outputs():
    known = {
        frozenset({("formula", "no_half"), ("formula", "double_z")}),  # σ(2z), see above
    }
    assert indistinguishable_pairs(NAME) == known


@pytest.mark.parametrize("option", [pytest.param(o, id=option_id(o)) for o in WRONG])
def test_every_wrong_formula_names_a_known_finding_with_a_sentence(option):
    found = S.model.findings({**S.model.correct(), option[0]: option[1]}, NAME)
    assert_findings_valid(found, option_id(option))


def test_the_right_formula_names_no_finding():
    assert S.model.findings(S.model.correct(), NAME) == []


# --- students' σ with one mistake each, through the real check -----------------------------------
def sigmoid_tanh_without_halving(z):
    z = np.asarray(z, dtype=np.float64)
    t = np.tanh(z)
    return 0.5 * (1.0 + t)


def sigmoid_clipped_to_5(z):
    z = np.asarray(z, dtype=np.float64)
    z = np.clip(z, -5.0, 5.0)  # "so that exp never overflows"
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_positive_branch_only(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    flat, res = z.ravel(), out.ravel()
    for k in range(flat.size):
        e = np.exp(-abs(flat[k]))  # stable, but the branch for z < 0 is missing
        res[k] = 1.0 / (1.0 + e)
    return out


STUDENTS = [
    (sigmoid_tanh_without_halving, "no_half"),
    (sigmoid_clipped_to_5, "clip_5"),
    (sigmoid_positive_branch_only, "abs_z"),
]


@pytest.mark.parametrize(("fn", "formula"), STUDENTS, ids=[f.__name__ for f, _ in STUDENTS])
def test_a_students_sigmoid_with_one_mistake_gets_that_formulas_finding(fn, formula):
    want = expected_finding(NAME, {"formula": formula})
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(fn, cases="all", seed=3)
    err = info.value
    assert want.id in {f.id for f in err.findings}, str(err)
    assert want.text in str(err), f"the message lacks {want.text!r}:\n{err}"
