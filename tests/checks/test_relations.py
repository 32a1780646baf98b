"""lstm_ref/checks/relations.py: a relation is said only when the values show it."""

import numpy as np

from lstm_ref.checks.relations import (
    final_state_steps,
    final_state_text,
    shape_relation,
    value_relation,
    wrong_steps,
)

RNG = np.random.default_rng(0)
EXP = RNG.normal(size=(3, 2, 4))  # (T, B, H)
SYM = ("T", "B", "H")


def test_a_transposed_output_is_said_only_when_its_values_are_the_transpose():
    assert "order (B, T, H)" in shape_relation(EXP.transpose(1, 0, 2), EXP, SYM)
    other = RNG.normal(size=(2, 3, 4))  # same shape as the transpose, other values
    assert shape_relation(other, EXP, SYM) == ""


def test_halves_joined_along_the_batch_axis_are_shown_not_guessed_from_sizes():
    exp = RNG.normal(size=(3, 2, 4))  # (T, B, 2H) with H = 2: 2B = 2H, the case
    joined = np.concatenate(np.split(exp, 2, axis=2), axis=1)  # (T, 2B, H)
    assert "joined along B" in shape_relation(joined, exp, ("T", "B", "2H"))
    assert shape_relation(RNG.normal(size=(3, 4, 2)), exp, ("T", "B", "2H")) == ""


def test_a_loop_that_stops_early_is_shown_by_the_steps_it_has():
    text = shape_relation(EXP[:2], EXP, SYM)
    assert "first 2 expected" in text and "step 2 (the last, t = T-1) is missing" in text


def test_value_relations_reversed_mean_halves():
    assert "reversed time order" in value_relation(EXP[::-1], EXP, SYM, {"T": 3})
    assert "divided by T = 3" in value_relation(EXP / 3, EXP, SYM, {"T": 3, "B": 2})
    assert "halves along H are the expected ones in the wrong order (exchanged)" in value_relation(
        np.roll(EXP, 2, axis=2), EXP, SYM, {}
    )
    assert value_relation(EXP + 1, EXP, SYM, {"T": 3}) == ""


def test_wrong_steps_names_the_steps_and_zeros():
    got = EXP.copy()
    got[0] = 0
    assert wrong_steps(got, EXP, SYM) == "right at every time step but step 0, where it is 0."
    assert wrong_steps(EXP + 1, EXP, SYM) == ""  # every step wrong: nothing to add


def test_an_axis_that_should_have_been_summed_is_shown_by_its_sum():
    from lstm_ref.checks.relations import shape_relation

    per_row = np.arange(12.0).reshape(3, 4)  # a bias gradient per batch row, not summed
    text = shape_relation(per_row, per_row.sum(axis=0), ("4H",))
    assert "Summed over its axis 0" in text and "sum over that axis" in text, text


# --- which step of out a final state holds ----------------------------------------------------
def test_a_final_state_is_placed_at_the_steps_of_out_that_hold_it_in_every_batch_row():
    out = RNG.normal(size=(4, 3, 2))  # (T, B, H), one direction
    lengths = np.array([4, 2, 1])
    last_valid = out[lengths - 1, np.arange(3)][None]
    assert final_state_steps(last_valid, out, lengths) == [{"t = lengths[b] - 1"}]
    assert final_state_steps(out[0][None], out, lengths) == [{"t = 0"}]
    assert final_state_steps(out[-1][None], out, None) == [{"t = T - 1"}]
    assert final_state_steps(RNG.normal(size=(1, 3, 2)), out, None) == [set()]


def test_a_bidirectional_final_state_is_placed_per_direction_from_its_half_of_out():
    out = RNG.normal(size=(3, 2, 4))  # (T, B, 2H), H = 2
    h_n = np.stack([out[-1, :, :2], out[-1, :, 2:]])  # reverse row from out[-1]: a mistake
    assert final_state_steps(h_n, out, None) == [{"t = T - 1"}, {"t = T - 1"}]


def test_the_final_state_sentence_needs_every_case_to_agree_and_the_expected_step_to_differ():
    wrong_rev = [({"t = T - 1"}, {"t = T - 1"}, False), ({"t = T - 1"}, {"t = 0"}, True)]
    text = final_state_text([wrong_rev, wrong_rev])
    assert "(reverse direction) is your own out at t = T - 1" in text
    assert "the expected h_n is out at t = 0" in text and "forward" not in text
    # a case where the student's h_n is some other step: no sentence
    other = [({"t = T - 1"}, {"t = T - 1"}, False), ({"t = 0"}, {"t = 0"}, False)]
    assert final_state_text([wrong_rev, other]) == ""
    # right in every case: nothing to say
    right = [({"t = T - 1"}, {"t = T - 1"}, False)]
    assert final_state_text([right, right]) == ""


def test_cases_whose_final_state_is_no_step_of_out_are_named_not_hidden():
    holds = [({"t = 0"}, {"t = T - 1"}, True)]
    none = [(set(), {"t = T - 1"}, True)]
    text = final_state_text([holds, none, holds], ["case a", "case b", "case c"])
    assert "in every batch row of 2 of 3 cases (not in case b)" in text, text
    assert final_state_text([none, none], ["a", "b"]) == ""


def test_a_final_state_equal_to_a_wrong_out_is_not_a_step():
    # the reverse half left in reading order: out[T - 1] holds the right h_n, but out is wrong
    # there, so h_n equal to it says nothing about where h_n was read
    out = RNG.normal(size=(4, 3, 2))
    h_n = out[0][None]
    stored = out[::-1].copy()
    assert final_state_steps(h_n, stored, None) == [{"t = T - 1"}]
    assert final_state_steps(h_n, stored, None, right_out=out) == [set()]
    assert final_state_steps(h_n, out, None, right_out=out) == [{"t = 0"}]


def test_a_last_batch_row_left_at_zero_is_said_and_a_wrong_nonzero_row_is_not():
    exp = RNG.normal(size=(3, 2))
    got = exp.copy()
    got[-1] = 0.0
    assert wrong_steps(got, exp, ("B", "H")) == (
        "right in every batch row but the last (row 2), where it is exactly zero."
    )
    got[-1] = 1.0  # wrong but not zero: nothing said
    assert wrong_steps(got, exp, ("B", "H")) == ""


def test_a_layout_reshaped_back_and_a_direction_repeated_are_shown_by_the_values():
    from lstm_ref.checks.relations import shape_relation, value_relation

    exp = np.arange(24.0).reshape(3, 2, 4) + 1  # (T, B, 2H)
    sym = ("T", "B", "2H")
    moved = exp.transpose(1, 0, 2).reshape(exp.shape)  # computed as (B, T, 2H), reshaped back
    assert "laid out as (B, T, 2H) and reshaped to (T, B, 2H)" in value_relation(
        moved, exp, sym, {}
    )
    twice = np.concatenate([exp[..., :2], exp[..., :2]], axis=-1)  # the forward half twice
    said = value_relation(twice, exp, sym, {})
    assert "reverse direction's half holds the forward direction's values" in said, said
    # merged axes, a dropped unit axis, a flattened result
    assert "merged into one of T·B = 6" in shape_relation(exp.reshape(6, 4), exp, sym)
    one = np.arange(3.0).reshape(1, 3) + 1
    assert "without the axis B, of length 1" in shape_relation(one[0], one, ("B", "H"))
    flat = exp[:, :, 0]
    assert "flattened into one axis of 6 entries" in shape_relation(flat.ravel(), flat, ())
