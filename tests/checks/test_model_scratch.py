# ruff: noqa: E741  (students' names: I, H, L)
"""lstm_ref/checks/check_scratch.py's ScratchModel (ex04's ScratchLSTM), every part.

The right parts reproduce torch's nn.LSTM (stacked, bidirectional, batch_first, bias=False,
hx=None) on the fixed cases; every wrong option changes the output on a fixed case; each names a
known finding; a student's ScratchLSTM with one mistake gets that finding from the check."""

import numpy as np
import pytest

from lstm_ref.checks import CheckFailure, check_scratch_lstm
from tests.checks import torch_lstm
from tests.checks.model_contract import (
    assert_check_names,
    assert_close,
    assert_findings_valid,
    indistinguishable_pairs,
    option_id,
    subject,
    told_apart_on,
    wrong_options,
)

NAME = "ScratchLSTM"
S = subject(NAME)
WRONG = [pytest.param(o, id=option_id(o)) for o in wrong_options(S.model)]


def test_the_scratch_model_has_no_probes_so_its_evidence_is_the_fixed_cases():
    assert S.probes == [] and len(S.evidence) == len(S.fixed) == 7, S.evidence


@pytest.mark.parametrize("case", S.fixed, ids=lambda c: f"fixed{c.number}")
def test_the_right_parts_reproduce_torch_nn_lstm_on_each_fixed_case(case):
    want = torch_lstm.scratch_lstm(*case.args)
    assert_close(S.model.run(case, S.model.correct()), want, f"fixed case {case.number}")


@pytest.mark.parametrize("option", WRONG)
def test_every_wrong_option_of_the_scratch_model_changes_its_output(option):
    where = told_apart_on(NAME, {**S.model.correct(), option[0]: option[1]})
    assert where, f"{option}: no fixed case shows it"


def test_no_two_wrong_options_of_the_scratch_model_give_the_same_outputs():
    assert indistinguishable_pairs(NAME) == set()


@pytest.mark.parametrize("option", WRONG)
def test_every_wrong_option_of_the_scratch_model_names_a_known_finding(option):
    found = S.model.findings({**S.model.correct(), option[0]: option[1]}, NAME)
    assert_findings_valid(found, option_id(option))


def test_the_right_parts_of_the_scratch_model_name_no_finding():
    assert S.model.findings(S.model.correct(), NAME) == []


# --- a student's ScratchLSTM, right, and with one mistake each ----------------------------------
def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class StudentLSTM:
    """nn.LSTM in NumPy, as ex04 asks for it (right)."""

    def __init__(
        self,
        input_size,
        hidden_size,
        num_layers=1,
        bias=True,
        batch_first=False,
        bidirectional=False,
        seed=None,
    ):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.bidirectional = bidirectional
        self.D = 2 if bidirectional else 1
        rng = np.random.default_rng(seed)
        k = 1.0 / np.sqrt(hidden_size)
        self.params = {}
        for l in range(num_layers):
            width = input_size if l == 0 else self.D * hidden_size
            for suffix in ["", "_reverse"][: self.D]:
                H4 = 4 * hidden_size
                self.params[f"weight_ih_l{l}{suffix}"] = rng.uniform(-k, k, (H4, width))
                self.params[f"weight_hh_l{l}{suffix}"] = rng.uniform(-k, k, (H4, hidden_size))
                if bias:
                    self.params[f"bias_ih_l{l}{suffix}"] = rng.uniform(-k, k, H4)
                    self.params[f"bias_hh_l{l}{suffix}"] = rng.uniform(-k, k, H4)

    def state_dict(self):
        return {name: value.copy() for name, value in self.params.items()}

    def load_state_dict(self, state):
        for name in self.params:
            self.params[name] = np.array(state[name], dtype=np.float64)

    def cell(self, x, h, c, l, suffix):
        p = self.params
        a = x @ p[f"weight_ih_l{l}{suffix}"].T + h @ p[f"weight_hh_l{l}{suffix}"].T
        if self.bias:
            a = a + p[f"bias_ih_l{l}{suffix}"] + p[f"bias_hh_l{l}{suffix}"]
        H = self.hidden_size
        i = _sig(a[:, :H])
        f = _sig(a[:, H : 2 * H])
        g = np.tanh(a[:, 2 * H : 3 * H])
        o = _sig(a[:, 3 * H :])
        c = f * c + i * g
        return o * np.tanh(c), c

    def start(self, hx, row, B):
        if hx is None:
            zeros = np.zeros((B, self.hidden_size))
            return zeros, zeros.copy()
        h0, c0 = hx
        return h0[row], c0[row]

    def direction(self, inp, h, c, l, d):
        T = inp.shape[0]
        out = [None] * T
        steps = range(T - 1, -1, -1) if d == 1 else range(T)
        for t in steps:
            h, c = self.cell(inp[t], h, c, l, "_reverse" if d == 1 else "")
            out[t] = h
        return np.stack(out), h, c

    def row(self, l, d):
        return l * self.D + d

    def __call__(self, x, hx=None):
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        B = x.shape[1]
        h_n = [None] * (self.num_layers * self.D)
        c_n = [None] * (self.num_layers * self.D)
        inp = x
        for l in range(self.num_layers):
            outs = []
            for d in range(self.D):
                h, c = self.start(hx, l * self.D + d, B)
                out, h, c = self.direction(inp, h, c, l, d)
                outs.append(out)
                h_n[self.row(l, d)] = h
                c_n[self.row(l, d)] = c
            inp = np.concatenate(outs, axis=2)
        out = inp.transpose(1, 0, 2) if self.batch_first else inp
        return out, (np.stack(h_n), np.stack(c_n))


class ReadsHxAsCH(StudentLSTM):
    def start(self, hx, row, B):
        if hx is None:
            return np.zeros((B, self.hidden_size)), np.zeros((B, self.hidden_size))
        c0, h0 = hx  # (h_0, c_0) read the other way round
        return h0[row], c0[row]


class MemoryStartsEmpty(StudentLSTM):
    def start(self, hx, row, B):
        h = np.zeros((B, self.hidden_size)) if hx is None else hx[0][row]
        return h, np.zeros_like(h)  # "the memory starts empty": c_0 of hx never read


class CellFromHx0(StudentLSTM):
    def start(self, hx, row, B):
        if hx is None:
            return np.zeros((B, self.hidden_size)), np.zeros((B, self.hidden_size))
        return hx[0][row], hx[0][row].copy()  # c_0 from hx[0], a copy-paste slip


class RecurrentWeightsOfLayer0(StudentLSTM):
    def cell(self, x, h, c, l, suffix):
        p = self.params
        a = x @ p[f"weight_ih_l{l}{suffix}"].T + h @ p[f"weight_hh_l0{suffix}"].T  # l0: a typo
        if self.bias:
            a = a + p[f"bias_ih_l{l}{suffix}"] + p[f"bias_hh_l{l}{suffix}"]
        H = self.hidden_size
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        c = f * c + i * g
        return o * np.tanh(c), c


class BatchFirstByReshape(StudentLSTM):
    def __call__(self, x, hx=None):
        if not self.batch_first:
            return super().__call__(x, hx)
        B, T, I = x.shape
        self.batch_first = False
        try:  # "(B, T, I) -> (T, B, I)" by a reshape, and back
            out, state = super().__call__(x.reshape(T, B, I), hx)
        finally:
            self.batch_first = True
        return out.reshape(B, T, out.shape[-1]), state


class StateRowsByDirection(StudentLSTM):
    def row(self, l, d):
        return d * self.num_layers + l


class ReverseReadsForwards(StudentLSTM):
    def direction(self, inp, h, c, l, d):
        outs = []
        for t in range(inp.shape[0]):  # the reverse direction too walks t = 0, 1, ...
            h, c = self.cell(inp[t], h, c, l, "_reverse" if d == 1 else "")
            outs.append(h)
        return np.stack(outs), h, c


class EveryLayerReadsX(StudentLSTM):
    def __call__(self, x, hx=None):  # layer k > 0 given x again, not layer k-1's output
        if self.batch_first:
            x = x.transpose(1, 0, 2)
        B = x.shape[1]
        h_n, c_n, out = [], [], None
        for l in range(self.num_layers):
            outs = []
            for d in range(self.D):
                h, c = self.start(hx, l * self.D + d, B)
                o, h, c = self.direction(x, h, c, l, d)
                outs.append(o)
                h_n.append(h)
                c_n.append(c)
            out = np.concatenate(outs, axis=2)
        out = out.transpose(1, 0, 2) if self.batch_first else out
        return out, (np.stack(h_n), np.stack(c_n))


class StatesBatchFirstToo(StudentLSTM):
    def __call__(self, x, hx=None):  # h_n, c_n transposed like out when batch_first
        out, (h_n, c_n) = super().__call__(x, hx)
        if self.batch_first:
            h_n, c_n = h_n.transpose(1, 0, 2), c_n.transpose(1, 0, 2)
        return out, (h_n, c_n)


def test_the_hand_written_scratch_lstm_passes_the_check():
    # the base of the students below is right: each of them differs from it in one method
    assert check_scratch_lstm(StudentLSTM, cases="all", seed=13) is None


STUDENTS = [
    (ReadsHxAsCH, {"hx": "swapped"}),
    (MemoryStartsEmpty, {"hx": "c_zeros"}),
    (RecurrentWeightsOfLayer0, {"weights": "layer0_hh"}),
    (BatchFirstByReshape, {"bf": "reshape"}),
    (CellFromHx0, {"hx": "h_twice"}),
    (StateRowsByDirection, {"rows": "direction"}),
    (ReverseReadsForwards, {"reads": "forwards"}),
    (EveryLayerReadsX, {"upper": "x"}),  # raises where I != D·H: named on the cases that run
    (StatesBatchFirstToo, {"state_bf": True}),  # a wrong shape: named by the same fit
]


@pytest.mark.parametrize(("cls", "choice"), STUDENTS, ids=[c.__name__ for c, _ in STUDENTS])
def test_a_students_scratch_lstm_with_one_mistake_gets_that_options_finding(cls, choice):
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(cls, cases="all", seed=13)
    assert_check_names(info.value, NAME, choice)


class ReverseKeysRev(StudentLSTM):
    """The reverse direction's keys end in _rev (not _reverse); outputs right otherwise."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.params = {k.replace("_reverse", "_rev"): v for k, v in self.params.items()}

    def state_dict(self):
        return {name: value.copy() for name, value in self.params.items()}

    def direction(self, inp, h, c, l, d):
        saved = self.params
        self.params = {k.replace("_rev", "_reverse"): v for k, v in saved.items()}
        try:
            return super().direction(inp, h, c, l, d)
        finally:
            self.params = saved


def test_a_reverse_suffix_of_its_own_is_said_and_the_values_judged_under_it():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(ReverseKeysRev, cases="all", seed=13)
    text = str(info.value)
    assert "weight_ih_l0_rev stands where nn.LSTM's weight_ih_l0_reverse is" in text, text
    assert "wrong values" not in text and "raised" not in text, text


class ForgetBiasOne(StudentLSTM):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        H = self.hidden_size
        for name, value in self.params.items():
            if name.startswith("bias_hh"):
                value[H : 2 * H] += 1.0  # "initialise the forget bias to 1", as Keras does


def test_a_forget_bias_of_one_at_initialisation_is_said_as_that_block_shifted():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(ForgetBiasOne, cases="all", seed=13)
    text = str(info.value)
    assert "Only its forget gate's block, rows H:2H" in text, text
    assert "within ±1/√H of +1" in text, text
