"""lstm_ref/checks/registry.py: the one registry every check, fixed_case and the bench read."""

import pytest

import lstm_ref.checks as K
from lstm_ref.checks.core import Spec
from lstm_ref.checks.registry import entries, fixed_case, fixed_cases, step_through


def test_every_graded_name_is_registered_with_a_caller():
    assert set(entries()) == {
        "sigmoid", "lstm_gates", "lstm_cell", "lstm_layer", "bilstm_layer",
        "lstm_layer_lengths", "bilstm_layer_lengths", "lstm_cell_backward",
        "lstm_layer_backward", "ScratchLSTM", "lstm_output_shapes",
    }  # fmt: skip
    for name, e in entries().items():
        assert e.form in ("function", "module", "shapes")
        if e.form == "shapes":
            assert e.run is not None
        else:
            spec = e.spec()
            assert isinstance(spec, Spec) and spec.name == name and e.runner is not None


def test_fixed_case_for_every_name_and_the_modules_form():
    for name in entries():
        assert len(fixed_cases(name)) >= 1
        assert isinstance(fixed_case(name, 1), dict)
    case = fixed_case("ScratchLSTM", 2)
    assert set(case) == {"init", "state_dict", "x", "hx"}
    assert case["init"]["batch_first"] is True and case["x"].shape == (3, 4, 3)
    assert "m.load_state_dict" in step_through("ScratchLSTM", 2)
    with pytest.raises(ValueError, match="fixed cases 1 to"):
        fixed_case("lstm_cell", 99)
    with pytest.raises(ValueError, match="no check for"):
        fixed_case("lstm_nothing", 1)


def test_the_public_api_is_kept():
    for name in ("check_lstm_cell", "check_scratch_lstm", "check_lstm_output_shapes"):
        assert callable(getattr(K, name))
    assert {"CheckFailure", "Finding", "KINDS", "fixed_case", "fresh_values"} <= set(K.__all__)


def test_a_hint_is_appended_where_lstm_ref_hints_maps_the_finding_and_is_the_checked_functions(
    monkeypatch,
):
    import sys
    import types

    from lstm_ref.checks import CheckFailure, check_lstm_output_shapes

    hints = types.ModuleType("lstm_ref.hints")
    # the finding is mapped to another exercise's hint: the checked function's own is given
    hints.HINTS_FOR_FINDING = {"shapes.not_tuples": ("lstm_cell", 1)}
    hints.FUNCTIONS = ("lstm_cell", "lstm_output_shapes")
    monkeypatch.setitem(sys.modules, "lstm_ref.hints", hints)

    def lists(seq_len, batch, input_size, hidden_size, **kw):
        return {"out": [seq_len, batch, hidden_size], "h_n": [1, batch, hidden_size],
                "c_n": [1, batch, hidden_size]}  # fmt: skip

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(lists, cases="fixed")
    assert str(info.value).endswith("hint: lstm_ref.hints.hint('lstm_output_shapes', 1)")
