"""check_scratch_lstm: the solution's class passes, mistakes named, nn.LSTM refused."""

import json
from pathlib import Path

import pytest
import torch

from lstm_ref.checks import CheckFailure, check_scratch_lstm
from tests.checks.helpers import named

SOLUTION = Path(__file__).resolve().parents[2] / "solutions" / "ex04_torch" / "scratch_lstm.ipynb"


def solution_class(old: str = "", new: str = ""):
    """The solution's ScratchLSTM, ``old`` replaced by ``new`` in its source: a student's edit."""
    cells = [
        c
        for c in json.loads(SOLUTION.read_text())["cells"]
        if c["cell_type"] == "code"
        and c["metadata"].get("nbgrader", {}).get("grade_id") != "lstm_setup"
    ]  # the code cells after the notebook's set-up cell
    source = "\n".join("".join(cell["source"]) for cell in cells[:2])
    assert old in source
    ns = {}
    exec(source.replace(old, new), ns)
    return ns["ScratchLSTM"]


@pytest.fixture(scope="module")
def ScratchLSTM():
    return solution_class()


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("a_i, a_f, a_g, a_o = a.chunk", "a_i, a_f, a_o, a_g = a.chunk", "swap_go"),
        ("outs[t] = h", "outs[T - 1 - t if suffix else t] = h", "reverse_not_flipped_back"),
        ("k = layer * D + d", "k = d * self.num_layers + layer", "h0_read_direction_major"),
    ],
    ids=["cs231n_gate_order", "reverse_not_flipped", "h0_direction_major"],
)
def test_student_edits_are_diagnosed(old, new, key):
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(solution_class(old, new), seed=3)
    assert named(info.value, key), str(info.value)


def test_batch_first_ignored_crash_names_the_case():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(solution_class("if self.batch_first:", "if False:"), cases="fixed")
    assert "batch_first=True" in info.value.case


def test_solution_class_passes(ScratchLSTM, capsys):
    check_scratch_lstm(ScratchLSTM, seed=3)
    assert capsys.readouterr().out.strip() == "ScratchLSTM: all 14 cases match nn.LSTM"


def test_hx_read_as_c_h_is_diagnosed(ScratchLSTM):
    class SwapsHx(ScratchLSTM):
        def forward(self, x, hx=None):
            return super().forward(x, None if hx is None else (hx[1], hx[0]))

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(SwapsHx, seed=3)
    assert "hx is read as (c_0, h_0)" in str(info.value)
    assert [f.id for f in info.value.findings] == ["scratch.hx_swapped"]


def test_wrapping_nn_lstm_is_refused():
    class Wraps(torch.nn.Module):
        def __init__(self, **kw):
            super().__init__()
            self.inner = torch.nn.LSTM(**kw)

        def forward(self, x, hx=None):
            return self.inner(x, hx)

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(Wraps, cases="fixed")
    assert info.value.stage == "forbidden" and "`inner`" in str(info.value)


def test_calling_torch_fused_lstm_is_refused(ScratchLSTM):
    class CallsVF(ScratchLSTM):
        def forward(self, x, hx=None):
            torch._VF.lstm_cell(
                x[0],
                (x.new_zeros(x.shape[1], self.hidden_size),) * 2,
                self.weight_ih_l0,
                self.weight_hh_l0,
            )
            return super().forward(x, hx)

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(CallsVF, cases="fixed")
    assert info.value.stage == "forbidden" and "torch._VF.lstm_cell" in str(info.value)
    assert torch._VF.lstm_cell is not None and "forbidden" not in repr(torch._VF.lstm_cell)


def test_wrong_parameter_names_say_so():
    class BadNames(torch.nn.Module):
        def __init__(self, **kw):
            super().__init__()
            self.W = torch.nn.Parameter(torch.zeros(1))

    with pytest.raises(CheckFailure, match="Name the parameters as nn.LSTM does"):
        check_scratch_lstm(BadNames, cases="shapes")


@pytest.mark.parametrize(
    ("edits", "kind"),
    [
        ((("if bias:", "if True:"), ("if self.bias:", "if True:")), "scratch.bias_false_ignored"),
        ((("k = layer * D + d", "k = d * self.num_layers + layer"),), "scratch.h0_layout"),
    ],
    ids=["bias_false_ignored", "h0_direction_major"],
)
def test_every_requirement_has_a_fixed_case(edits, kind):
    """Mistakes that random cases caught only on some seeds fail the fixed cases, every time."""
    from tests.checks.corpus_scratch import _apply

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(_apply(edits), cases="fixed")
    assert kind in {f.id for f in info.value.findings}, str(info.value)


def test_reset_parameters_other_than_nn_lstm_s_is_a_note(capsys):
    cls = solution_class(
        "weight = torch.empty(shape).uniform_(-bound, bound)", "weight = torch.randn(shape)"
    )
    check_scratch_lstm(cls, cases="fixed")
    out = capsys.readouterr().out
    assert (
        "cases match nn.LSTM" in out and "Note: reset_parameters" in out and "U(−1/√H, 1/√H)" in out
    )
