"""lstm_ref/checks/model_backward.py: CellBackwardModel (lstm_cell_backward) and
LayerBackwardModel (lstm_layer_backward), every part.

The right parts reproduce torch's autograd (through nn.LSTMCell and nn.LSTM, of the scalar loss
whose upstream gradients are the functions' arguments); every wrong option of every factor changes
the gradients on a fixed case or a probe; each names a known finding; students' backward passes
with one mistake get that finding from the checks."""

import numpy as np
import pytest

from lstm_ref.checks import CheckFailure, check_lstm_cell_backward, check_lstm_layer_backward
from lstm_ref.checks.model_backward import CELL_FACTORS, SIG_ALL
from tests.checks import torch_lstm
from tests.checks.model_contract import (
    assert_check_names,
    assert_close,
    assert_findings_valid,
    indistinguishable_pairs,
    option_id,
    subject,
    told_apart_on,
    unseen_in_stage,
    wrong_options,
)

NAMES = ("lstm_cell_backward", "lstm_layer_backward")
TORCH = {
    "lstm_cell_backward": torch_lstm.lstm_cell_backward,
    "lstm_layer_backward": torch_lstm.lstm_layer_backward,
}


def _every_wrong_option():
    return [
        pytest.param(name, o, id=f"{name}:{option_id(o)}")
        for name in NAMES
        for o in wrong_options(subject(name).model)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_the_right_parts_reproduce_torch_autograd_on_the_fixed_cases_and_probes(name):
    s = subject(name)
    for case in s.fixed + s.probes:
        want = TORCH[name](*case.args, **case.kwargs)
        label = f"{case.kind} case {case.number} {case.note}"
        assert_close(s.model.run(case, s.model.correct()), want, label)


def test_the_torch_gradients_compared_with_match_finite_differences():
    # the loss the torch helper builds is the one whose upstream gradients are dh_next, dc_next:
    # one gradient entry checked against a central difference of that loss, from nn.LSTMCell
    case = subject("lstm_cell_backward").fixed[0]
    dh, dc, x, h, c, *W = case.args
    grads = torch_lstm.lstm_cell_backward(*case.args)

    def loss(xx):
        out = torch_lstm.lstm_cell(xx, h, c, *W)
        return float((out["h_next"] * dh).sum() + (out["c_next"] * dc).sum())

    eps = 1e-6
    bump = np.zeros_like(x)
    bump[0, 1] = eps
    numeric = (loss(x + bump) - loss(x - bump)) / (2 * eps)
    assert abs(numeric - grads["x"][0, 1]) < 1e-7, (numeric, grads["x"][0, 1])


@pytest.mark.parametrize(("name", "option"), _every_wrong_option())
def test_every_wrong_option_of_the_backward_models_changes_the_gradients(name, option):
    s = subject(name)
    where = told_apart_on(name, {**s.model.correct(), option[0]: option[1]})
    assert where, f"{name} {option}: no fixed case or probe shows it"


@pytest.mark.parametrize("name", NAMES)
def test_no_two_wrong_options_of_the_backward_models_give_the_same_gradients(name):
    assert indistinguishable_pairs(name) == set()


def test_the_layer_backward_models_stage_asks_the_step_parts_on_one_step_probes_showing_each():
    # LayerBackwardModel.stages(): one step's parts are fitted first on the T=1 probes alone;
    # that evidence must hold only one-step cases and tell every wrong option of them apart
    s = subject("lstm_layer_backward")
    ((names, which),) = s.model.stages()
    have = {f.name for f in s.model.factors}
    assert names & have == ({f.name for f in CELL_FACTORS} | {SIG_ALL}) & have
    stage = [(label, c) for label, c in s.evidence if which(c)]
    assert stage, "the stage selects no evidence"
    assert all(c.args[1].shape[-3] == 1 for _, c in stage), [lb for lb, _ in stage]
    unseen = unseen_in_stage("lstm_layer_backward", names, stage)
    assert unseen == [], f"the one-step probes do not show {unseen}"


@pytest.mark.parametrize(("name", "option"), _every_wrong_option())
def test_every_wrong_option_of_the_backward_models_names_a_known_finding(name, option):
    s = subject(name)
    found = s.model.findings({**s.model.correct(), option[0]: option[1]}, name)
    assert_findings_valid(found, f"{name} {option_id(option)}")


@pytest.mark.parametrize("name", NAMES)
def test_the_right_parts_of_the_backward_models_name_no_finding(name):
    s = subject(name)
    assert s.model.findings(s.model.correct(), name) == []


# --- students' backward passes with one mistake each, through the real checks --------------------
def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = _sig(a[:, :H])
    f = _sig(a[:, H : 2 * H])
    g = np.tanh(a[:, 2 * H : 3 * H])
    o = _sig(a[:, 3 * H :])
    c_next = f * c + i * g
    return i, f, g, o, c_next


def _cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake=None):
    """The student's lstm_cell_backward; ``mistake`` is which line they got wrong."""
    i, f, g, o, c_next = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    tc = np.tanh(c_next)
    if mistake == "tanh_derivative_missing":
        dc = dc_next + dh_next * o
    elif mistake == "tanh_derivative_not_squared":
        dc = dc_next + dh_next * o * (1 - tc)
    else:
        dc = dc_next + dh_next * o * (1 - tc**2)
    do = dh_next * tc
    di = dc * g
    df = dc * (h if mistake == "df_uses_h" else c)
    dg = dc * i
    if mistake == "sigma_derivative_as_sigma":  # d/da σ(a) written σ(a), in every σ gate
        da_i, da_f, da_o = di * i, df * f, do * o
    else:
        da_i, da_f, da_o = di * i * (1 - i), df * f * (1 - f), do * o * (1 - o)
    if mistake == "sigma_derivative_for_g":
        da_g = dg * g * (1 - g)
    else:
        da_g = dg * (1 - g**2)
    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)
    db = da.sum(axis=0)
    if mistake == "bias_halved":
        db_ih = db / 2
        db_hh = db / 2
    else:
        db_ih = db
        db_hh = db.copy()
    dc_prev = dc if mistake == "no_forget_factor" else dc * f
    if mistake == "dc_prev_from_dc_next":  # the h path left out of the carried gradient
        dc_prev = dc_next * f
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc_prev,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": db_ih,
        "b_hh": db_hh,
    }


def cell_backward_without_the_forget_factor(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(
        dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="no_forget_factor"
    )


def cell_backward_without_tanh_derivative(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(
        dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="tanh_derivative_missing"
    )


def cell_backward_halves_the_bias_gradient(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="bias_halved")


def cell_backward_sigma_derivative_for_g(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(
        dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="sigma_derivative_for_g"
    )


def cell_backward_tanh_derivative_not_squared(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(
        dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="tanh_derivative_not_squared"
    )


def cell_backward_sigma_derivative_as_sigma(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(
        dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="sigma_derivative_as_sigma"
    )


def cell_backward_df_uses_h(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="df_uses_h")


def cell_backward_dc_prev_from_dc_next(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return _cell_backward(
        dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, mistake="dc_prev_from_dc_next"
    )


def _layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, mistake=None):
    """The student's lstm_layer_backward: the forward pass kept, then back through time."""
    T, B, _ = x.shape
    hs, cs = [h0], [c0]
    for t in range(T):
        c_prev = c0 if mistake == "forward_restarts_from_c0" else cs[-1]
        i, f, g, o, c_next = _forward(x[t], hs[-1], c_prev, W_ih, W_hh, b_ih, b_hh)
        hs.append(o * np.tanh(c_next))
        cs.append(c_next)
    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    if mistake == "only_last_dout":
        dh = dh + dout[T - 1]
    dx = np.zeros_like(x)
    grads = {k: np.zeros_like(v) for k, v in {"W_ih": W_ih, "W_hh": W_hh}.items()}
    db_ih = np.zeros_like(b_ih)
    db_hh = np.zeros_like(b_hh)
    last = 1 if mistake == "loop_stops_at_1" else 0
    first = T - 2 if mistake == "loop_starts_at_T_minus_2" else T - 1
    for t in range(first, last - 1, -1):
        dh_t = dh if mistake == "only_last_dout" else dh + dout[t]
        step = _cell_backward(dh_t, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = step["x"]
        if mistake == "overwritten":
            grads["W_ih"] = step["W_ih"]
            grads["W_hh"] = step["W_hh"]
            db_ih, db_hh = step["b_ih"], step["b_hh"]
        else:
            grads["W_ih"] += step["W_ih"]
            grads["W_hh"] += step["W_hh"]
            db_ih = db_ih + step["b_ih"]
            db_hh = db_hh + step["b_hh"]
        if mistake != "dh_n_every_step":  # that student never updates dh: dh_n at every step
            dh = step["h"]
        dc = step["c"]
    if mistake == "dout0_into_h0":  # out[0] taken for h0
        dh = dh + dout[0]
    return {"x": dx, "h0": dh, "c0": dc, **grads, "b_ih": db_ih, "b_hh": db_hh}


def layer_backward_overwrites_weight_grads(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    return _layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "overwritten")


def layer_backward_adds_only_the_last_dout(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    return _layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "only_last_dout")


def layer_backward_loop_stops_at_step_1(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    return _layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "loop_stops_at_1")


def layer_backward_loop_starts_at_T_minus_2(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    return _layer_backward(
        dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "loop_starts_at_T_minus_2"
    )


def layer_backward_forward_restarts_from_c0(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    return _layer_backward(
        dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "forward_restarts_from_c0"
    )


def layer_backward_dh_n_at_every_step(
    dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None
):
    return _layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "dh_n_every_step")


def layer_backward_adds_into_dh_n(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    """Right gradients, but ``dh = dh_n`` then ``dh += dout[t]`` changes the caller's dh_n."""
    T = x.shape[0]
    hs, cs = [h0], [c0]
    for t in range(T):
        i, f, g, o, c_next = _forward(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(o * np.tanh(c_next))
        cs.append(c_next)
    dh = np.zeros_like(h0) if dh_n is None else dh_n  # no copy
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    dx, grads = np.zeros_like(x), {}
    for t in range(T - 1, -1, -1):
        dh += dout[t]
        step = _cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = step["x"]
        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):
            grads[k] = grads.get(k, 0) + step[k]
        dh, dc = step["h"], step["c"]
    return {"x": dx, "h0": dh, "c0": dc, **grads}


def test_a_keyword_argument_changed_in_place_is_said_beside_the_values_verdict():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_adds_into_dh_n, cases="all", seed=11)
    assert "changed its argument `dh_n` in place" in str(info.value), str(info.value)


def layer_backward_adds_dout0_to_h0(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    return _layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n, "dout0_into_h0")


CHECKS = {
    "lstm_cell_backward": check_lstm_cell_backward,
    "lstm_layer_backward": check_lstm_layer_backward,
}
STUDENTS = [
    ("lstm_cell_backward", cell_backward_without_the_forget_factor, {"forget": False}),
    ("lstm_cell_backward", cell_backward_without_tanh_derivative, {"tanhc": "missing"}),
    ("lstm_cell_backward", cell_backward_halves_the_bias_gradient, {"bias": "split"}),
    ("lstm_cell_backward", cell_backward_sigma_derivative_for_g, {"d.g": "other"}),
    ("lstm_cell_backward", cell_backward_tanh_derivative_not_squared, {"tanhc": "one_minus"}),
    (
        "lstm_cell_backward",
        cell_backward_sigma_derivative_as_sigma,
        {"d.i": "act", "d.f": "act", "d.o": "act"},
    ),
    ("lstm_cell_backward", cell_backward_df_uses_h, {"df_factor": "h_prev"}),
    ("lstm_cell_backward", cell_backward_dc_prev_from_dc_next, {"forget": "dc_next"}),
    ("lstm_layer_backward", layer_backward_adds_dout0_to_h0, {"h0_grad": "plus_dout0"}),
    ("lstm_layer_backward", layer_backward_overwrites_weight_grads, {"sum_w": "last"}),
    ("lstm_layer_backward", layer_backward_loop_starts_at_T_minus_2, {"steps": "skiplast"}),
    ("lstm_layer_backward", layer_backward_forward_restarts_from_c0, {"fw_carry": "c_reset"}),
    ("lstm_layer_backward", layer_backward_dh_n_at_every_step, {"carry_dh": "dh_n"}),
    ("lstm_layer_backward", layer_backward_adds_only_the_last_dout, {"dout": "last"}),
    ("lstm_layer_backward", layer_backward_loop_stops_at_step_1, {"steps": "skip0"}),
]


@pytest.mark.parametrize(
    ("name", "fn", "choice"), STUDENTS, ids=[fn.__name__ for _, fn, _ in STUDENTS]
)
def test_a_students_backward_with_one_mistake_gets_that_options_finding(name, fn, choice):
    with pytest.raises(CheckFailure) as info:
        CHECKS[name](fn, cases="all", seed=11)
    assert_check_names(info.value, name, choice)


def test_dh_neither_carried_nor_started_from_dh_n_is_said_as_one_slip():
    from lstm_ref.checks.model_backward import LayerBackwardModel, backward_findings

    model = LayerBackwardModel()
    for carry in (False, "step0"):
        ch = {**model.correct(), "carry_dh": carry, "final": "no_dh"}
        texts = [f.text for f in backward_findings(ch, "lstm_layer_backward", model.factors)]
        assert len(texts) == 1 and "dout[t] alone" in texts[0], texts
