# ruff: noqa: E741  (students' names: I, H, l)
"""lstm_ref/checks/model_cell.py: GatesModel (lstm_gates) and CellModel (lstm_cell), every part.

The right parts reproduce torch (nn.LSTMCell; the gates as torch documents nn.LSTM's, anchored to
nn.LSTMCell); every wrong option of every factor changes the output on a fixed case or a probe;
each names a known finding; students' cells with one mistake get that finding from the checks."""

import numpy as np
import pytest

from lstm_ref.checks import CheckFailure, check_lstm_cell, check_lstm_gates
from lstm_ref.checks.model_cell import SWAPS
from lstm_ref.gates import GATES
from tests.checks import torch_lstm
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

NAMES = ("lstm_gates", "lstm_cell")
TORCH = {"lstm_gates": torch_lstm.lstm_gates, "lstm_cell": torch_lstm.lstm_cell}
SIGMA_PAIRS = [(p, q) for p, q in SWAPS[1:] if "g" not in (GATES[p], GATES[q])]


def _every_wrong_option():
    return [
        pytest.param(name, o, id=f"{name}:{option_id(o)}")
        for name in NAMES
        for o in wrong_options(subject(name).model)
    ]


def _cases_and_probes(name):
    s = subject(name)
    return [(f"fixed case {c.number}", c) for c in s.fixed] + [
        (f"probe {c.number}", c) for c in s.probes
    ]


@pytest.mark.parametrize("name", NAMES)
def test_the_right_parts_reproduce_torch_on_the_fixed_cases_and_probes(name):
    s = subject(name)
    for label, case in _cases_and_probes(name):
        assert_close(s.model.run(case, s.model.correct()), TORCH[name](*case.args), label)


def test_the_torch_gates_compared_with_give_nn_lstmcells_step():
    # the gates come from torch's documented formula; c' = f c + i g and h' = o tanh(c') from
    # them must equal nn.LSTMCell's own step, so their order (i, f, g, o) is torch's
    for label, case in _cases_and_probes("lstm_cell"):
        x, h, c, *W = case.args
        g = torch_lstm.lstm_gates(x, h, *W)
        c2 = g["f"] * c + g["i"] * g["g"]
        want = torch_lstm.lstm_cell(x, h, c, *W)
        assert_close({"h_next": g["o"] * np.tanh(c2), "c_next": c2}, want, label)


@pytest.mark.parametrize(("name", "option"), _every_wrong_option())
def test_every_wrong_option_of_the_cell_models_changes_their_output(name, option):
    s = subject(name)
    where = told_apart_on(name, {**s.model.correct(), option[0]: option[1]})
    assert where, f"{name} {option}: no fixed case or probe shows it"


@pytest.mark.parametrize(("p", "q"), SIGMA_PAIRS)
def test_two_sigma_gates_read_exchanged_equal_the_same_two_returned_exchanged(p, q):
    # lstm_gates: gate p read from q's rows (and q from p's) applies σ to what gate q should get,
    # which is gate q's right value, and back: when both are σ gates this is exactly the right
    # (i, f, g, o) with positions p and q exchanged ("order"). The finding gates.exchanged says
    # both readings for this reason (findings.gates_exchanged_text). With g, tanh ≠ σ tells them
    # apart.
    s = subject("lstm_gates")
    right = s.model.correct()
    for label, case in s.evidence + random_evidence("lstm_gates"):
        a = s.model.run(case, {**right, "swap": (p, q)})
        b = s.model.run(case, {**right, "order": (p, q)})
        for k in a:
            np.testing.assert_allclose(a[k], b[k], rtol=1e-13, atol=1e-15, err_msg=f"{label} {k}")
    text = s.model.findings({**right, "swap": (p, q)}, "lstm_gates")[0].text
    assert "the returned tuple holds each where the other belongs" in text, text


def test_no_other_two_wrong_options_of_the_cell_models_give_the_same_outputs():
    gates = {frozenset({("swap", pq), ("order", pq)}) for pq in SIGMA_PAIRS}
    assert indistinguishable_pairs("lstm_gates") == gates
    assert indistinguishable_pairs("lstm_cell") == set()


@pytest.mark.parametrize(("name", "option"), _every_wrong_option())
def test_every_wrong_option_of_the_cell_models_names_a_known_finding(name, option):
    s = subject(name)
    found = s.model.findings({**s.model.correct(), option[0]: option[1]}, name)
    assert_findings_valid(found, f"{name} {option_id(option)}")


@pytest.mark.parametrize("name", NAMES)
def test_the_right_parts_of_the_cell_models_name_no_finding(name):
    s = subject(name)
    assert s.model.findings(s.model.correct(), name) == []


# --- students' code with one mistake each, through the real checks -------------------------------
def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def cell_forgets_the_forget_gate(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = _sig(a[:, 0:H])
    f = _sig(a[:, H : 2 * H])  # computed, then not used
    g = np.tanh(a[:, 2 * H : 3 * H])
    o = _sig(a[:, 3 * H : 4 * H])
    del f
    c_next = c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next


def cell_h_from_the_old_c(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gates = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        gates.append(x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows])
    i, f, o = _sig(gates[0]), _sig(gates[1]), _sig(gates[3])
    g = np.tanh(gates[2])
    c_next = f * c + i * g
    h_next = o * np.tanh(c)
    return h_next, c_next


def cell_without_b_hh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih
    i, f, g, o = np.split(a, 4, axis=1)
    c_next = _sig(f) * c + _sig(i) * np.tanh(g)
    h_next = _sig(o) * np.tanh(c_next)
    return h_next, c_next


def cell_input_gate_reads_W_hf(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = (W_ih[k * H : (k + 1) * H] for k in range(4))
    W_hi, W_hf, W_hg, W_ho = (W_hh[k * H : (k + 1) * H] for k in range(4))
    b = b_ih + b_hh
    i = _sig(x @ W_ii.T + h @ W_hf.T + b[0:H])  # W_hf where W_hi belongs
    f = _sig(x @ W_if.T + h @ W_hf.T + b[H : 2 * H])
    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b[2 * H : 3 * H])
    o = _sig(x @ W_io.T + h @ W_ho.T + b[3 * H :])
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def cell_candidate_with_sigma(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = _sig(a[:, :H])
    f = _sig(a[:, H : 2 * H])
    g = _sig(a[:, 2 * H : 3 * H])  # σ where tanh belongs
    o = _sig(a[:, 3 * H :])
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def gates_returned_as_i_f_o_g(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i = _sig(a[:, :H])
    f = _sig(a[:, H : 2 * H])
    g = np.tanh(a[:, 2 * H : 3 * H])
    o = _sig(a[:, 3 * H :])
    return i, f, o, g


def gates_subtract_b_ih(x, h, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    out = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        a = x @ W_ih[rows].T - b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]
        out.append(np.tanh(a) if k == 2 else _sig(a))
    return tuple(out)


STUDENTS = [
    ("lstm_cell", cell_forgets_the_forget_gate, {"c_form": "no_forget"}),
    ("lstm_cell", cell_h_from_the_old_c, {"h_form": "old_c"}),
    ("lstm_cell", cell_without_b_hh, {"b_hh": "missing"}),
    ("lstm_cell", cell_input_gate_reads_W_hf, {"W_hh.i": 1}),
    ("lstm_cell", cell_candidate_with_sigma, {"act.g": "sig"}),
    ("lstm_gates", gates_returned_as_i_f_o_g, {"order": (2, 3)}),
    ("lstm_gates", gates_subtract_b_ih, {"b_ih": "minus"}),
]
CHECKS = {"lstm_cell": check_lstm_cell, "lstm_gates": check_lstm_gates}


@pytest.mark.parametrize(
    ("name", "fn", "choice"), STUDENTS, ids=[fn.__name__ for _, fn, _ in STUDENTS]
)
def test_a_students_cell_with_one_mistake_gets_that_options_finding(name, fn, choice):
    want = expected_finding(name, choice)
    with pytest.raises(CheckFailure) as info:
        CHECKS[name](fn, cases="all", seed=5)
    err = info.value
    assert want.id in {f.id for f in err.findings}, str(err)
    assert want.text in str(err), f"the message lacks {want.text!r}:\n{err}"
