"""check_lstm_cell, check_lstm_gates, check_sigmoid on students' functions, right and wrong."""

import numpy as np
import pytest

from lstm_ref.checks import CheckFailure, check_lstm_cell, check_lstm_gates, check_sigmoid
from lstm_ref.gates import GATE_NAMES
from tests.checks import students_cell as S
from tests.checks.helpers import named


@pytest.mark.parametrize("fn", S.CORRECT, ids=lambda f: f.__name__)
def test_correct_cells_written_differently_pass(fn, capsys):
    assert check_lstm_cell(fn, seed=123) is None  # nothing for a notebook to show twice
    assert capsys.readouterr().out.strip() == "lstm_cell: all 15 cases match"


@pytest.mark.parametrize("fn", list(S.WRONG), ids=lambda f: f.__name__)
@pytest.mark.parametrize("seed", [1, 2])
def test_each_student_mistake_is_diagnosed_by_name(fn, seed):
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(fn, seed=seed)
    err = info.value
    assert err.stage == "value"
    assert named(err, S.WRONG[fn]), str(err)
    assert "Found:" in str(err)


def test_torch_lstm_cell_is_refused_as_the_grader_refuses_it():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(S.cell_torch, cases="fixed")
    assert (
        info.value.stage == "forbidden"
        and "this exercise is graded in NumPy only; torch is not available when it is graded"
        in str(info.value)
    )
    assert [f.id for f in info.value.findings] == ["forbidden_library"]


def test_seed001_bug_message_names_both_gates_and_the_parameter():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(S.seed001_input_gate_uses_W_hf, seed=5)
    msg = str(info.value)
    assert GATE_NAMES["i"] in msg and GATE_NAMES["f"] in msg and "W_hh" in msg and "W_hf" in msg


def test_cs231n_order_message_names_output_gate_and_candidate():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(S.cs231n_order, cases="fixed")
    assert GATE_NAMES["o"] in str(info.value) and GATE_NAMES["g"] in str(info.value)


def test_w_hh_mistake_hidden_by_zero_state_is_still_diagnosed():
    """Fixed case 2's zero state hides W_hh mistakes; diagnostic inputs tell them apart."""
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(S.seed001_input_gate_uses_W_hf, cases="fixed")
    assert named(info.value, "W_hh_i_uses_f")


def test_unknown_mistake_gives_first_difference_location():
    def off(x, h, c, *W):
        h2, c2 = S.cell_vectorized(x, h, c, *W)
        c2 = c2.copy()
        c2[-1, -1] += 0.01
        return h2, c2

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(off, cases="fixed")
    msg = str(info.value)
    assert all(f.id.startswith("located.") for f in info.value.findings)
    assert (
        "wrong values in c_next" in msg
        and "First difference at [1, 1] (batch row 1, unit 1)" in msg
    )
    assert "expected" in msg and "the largest error, 1.00e-02" in msg
    assert 'fixed_case("lstm_cell", 1)' in msg  # how to step through this case


def test_random_case_message_does_not_reveal_expected_values():
    def off(x, h, c, *W):
        h2, c2 = S.cell_vectorized(x, h, c, *W)
        return h2 + 0.01 * (h2.shape[1] > 3), c2

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(off, cases="random", seed=3)
    assert info.value.case.startswith("random")
    assert "expected" not in str(info.value).split("First difference")[1].split("\n")[0]


def test_exception_from_student_is_chained():
    def broken(x, h, c, W_ih, W_hh, b_ih, b_hh):
        return x @ W_hh  # shapes don't fit

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(broken, cases="fixed")
    assert info.value.stage == "exception"
    assert isinstance(info.value.__cause__, ValueError)
    assert info.value._render_traceback_()[0].startswith("CheckFailure: lstm_cell: raised")
    assert "raised ValueError in broken, line" in str(info.value)


def test_wrong_kind_of_result_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(lambda *a: list(S.cell_vectorized(*a)) + [0], cases="fixed")
    assert info.value.stage == "kind"
    assert "should return a tuple (h_next, c_next) of two arrays" in str(info.value)
    assert "a list of 3 items" in str(info.value)


def test_missing_return_is_named():
    with pytest.raises(CheckFailure, match="None \\(is a `return` missing"):
        check_lstm_cell(lambda *a: None, cases="shapes")


def test_wrong_shape_gives_symbols_and_numbers():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(lambda *a: tuple(v.T for v in S.cell_vectorized(*a)), cases="shapes")
    assert info.value.stage == "shape"
    assert "h_next has shape (2, 2)" not in str(
        info.value
    )  # fixed case 1 is square: case 2 shows it
    assert "expected (B, H) = (1, 3)" in str(info.value)
    assert "axes in the order (H, B)" in str(info.value)  # shown by the values, not the shape


def test_in_place_change_of_an_argument_is_reported():
    def mutates(x, h, c, *W):
        h2, c2 = S.cell_vectorized(x, h, c, *W)
        c *= 0
        return h2, c2

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(mutates, cases="fixed")
    assert info.value.stage == "inplace" and "`c`" in str(info.value)


def test_nan_is_never_equal():
    def nan(*a):
        h2, c2 = S.cell_vectorized(*a)
        h2 = h2.copy()
        h2[0, 0] = np.nan
        return h2, c2

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(nan, cases="fixed")
    assert info.value.stage == "finite"


def test_shapes_mode_only_checks_shapes(capsys):
    check_lstm_cell(S.cs231n_order, cases="shapes")  # wrong values, right shapes
    assert capsys.readouterr().out.strip() == "lstm_cell: shapes right in all 3 cases"


def test_messages_fit_a_notebook_output():
    for fn in S.WRONG:
        with pytest.raises(CheckFailure) as info:
            check_lstm_cell(fn, seed=9)
        assert len(str(info.value).splitlines()) <= 12


# --- gates and sigmoid ---------------------------------------------------------------------------
def gates_split(x, h, W_ih, W_hh, b_ih, b_hh):
    a = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)
    return S.stable_sig(a[0]), S.stable_sig(a[1]), np.tanh(a[2]), S.stable_sig(a[3])


def test_lstm_gates_correct_passes(capsys):
    check_lstm_gates(gates_split, seed=4)
    assert capsys.readouterr().out.strip() == "lstm_gates: all 14 cases match"


def test_lstm_gates_in_cs231n_order_is_diagnosed():
    def ifog(x, h, W_ih, W_hh, b_ih, b_hh):
        i, f, o, g = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)
        return S.sig(i), S.sig(f), np.tanh(g), S.sig(o)

    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(ifog, seed=4)
    assert named(info.value, "swap_go")


def test_stable_sigmoids_pass():
    check_sigmoid(S.stable_sig, seed=1)
    check_sigmoid(lambda z: 0.5 * (1 + np.tanh(0.5 * z)), seed=1)
    check_sigmoid(lambda z: np.exp(-np.logaddexp(0, -z)), seed=1)


def test_naive_sigmoid_overflow_is_explained():
    with pytest.raises(CheckFailure, match="overflow"):
        check_sigmoid(S.sig, cases="fixed")


def test_sigmoid_with_wrong_sign_is_diagnosed():
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(lambda z: 0.5 * (1 - np.tanh(0.5 * z)), cases="fixed")
    assert named(info.value, "plus_sign")


def test_seed_none_draws_a_fresh_seed_and_failures_name_it():
    seeds = set()
    for _ in range(3):
        with pytest.raises(CheckFailure) as info:
            check_lstm_cell(S.no_b_hh, cases="random")
        seeds.add(info.value.details["seed"])
        assert f"seed={info.value.details['seed']}" in str(info.value)
    assert len(seeds) > 1


def test_an_int_result_is_described():
    with pytest.raises(CheckFailure, match="got an int"):
        check_lstm_cell(lambda *a: 1, cases="fixed")


def test_a_caught_refusal_still_fails_as_the_grader_fails_it():
    import torch

    from lstm_ref import lstm_cell

    def sneaky(*args):
        try:
            torch.ops.aten.lstm_cell(
                torch.zeros(1, 2), [torch.zeros(1, 2)] * 2, torch.zeros(8, 2), torch.zeros(8, 2)
            )
        except Exception:
            pass
        return lstm_cell(*args)

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(sneaky, cases="fixed")
    assert (
        info.value.stage == "forbidden"
        and "this exercise is graded in NumPy only; torch is not available when it is graded"
        in str(info.value)
    )


def test_a_cell_computed_in_float32_fails_as_the_wrong_kind_of_result():
    # float32 agrees to ~1e-7, inside float32's tolerance, but the inputs are float64 and the
    # checks compare at 1e-10: the result's kind is said, on the shapes cell too
    for cases in ("shapes", "fixed"):
        with pytest.raises(CheckFailure) as info:
            check_lstm_cell(S.cell_float32, cases=cases)
        assert info.value.stage == "kind" and "float32" in str(info.value), str(info.value)
        assert "compute in float64" in str(info.value)


def test_a_cell_that_changes_c_in_place_and_returns_c_first_gets_both_mistakes_named():
    def cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
        H = h.shape[1]
        a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, o = (1 / (1 + np.exp(-a[:, k * H : (k + 1) * H])) for k in (0, 1, 3))
        g = np.tanh(a[:, 2 * H : 3 * H])
        c *= f
        c += i * g
        return c, o * np.tanh(c)  # (c, h): the order is (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell, cases="fixed")
    text = str(info.value)
    assert "in place" in text and "`c`" in text, text
    assert "exchanged" in text, text


def cell_reshaped_not_transposed(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # reshape gives the transposed shape, not the transposed numbers
    I, H = x.shape[1], h.shape[1]
    a = x @ W_ih.reshape(I, 4 * H) + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = (a[:, k * H : (k + 1) * H] for k in range(4))
    c2 = S.sig(f) * c + S.sig(i) * np.tanh(g)
    return S.sig(o) * np.tanh(c2), c2


def test_a_weight_reshaped_where_it_is_transposed_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_reshaped_not_transposed, seed=4)
    assert "W_ih is reshaped where it is transposed" in str(info.value)
    assert "W_hh is reshaped" not in str(info.value)


def gates_split_along_the_batch(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(a, 4)  # axis 0 by default: raises unless 4 divides B
    return S.sig(i), S.sig(f), np.tanh(g), S.sig(o)


def gates_H_from_the_input_width(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_ih.shape[1]
    blocks = [x @ W_ih[k * H : (k + 1) * H].T + h @ W_hh[k * H : (k + 1) * H].T for k in range(4)]
    blocks = [
        z + b_ih[k * H : (k + 1) * H] + b_hh[k * H : (k + 1) * H] for k, z in enumerate(blocks)
    ]
    return S.sig(blocks[0]), S.sig(blocks[1]), np.tanh(blocks[2]), S.sig(blocks[3])


@pytest.mark.parametrize(
    ("fn", "kind"),
    [
        (gates_split_along_the_batch, "gate.split_axis"),
        (gates_H_from_the_input_width, "gate.hidden_size_from_input"),
    ],
)
def test_a_gate_split_that_gives_wrong_shapes_is_named(fn, kind):
    # one raises where 4 does not divide B, and is named on the cases that run
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(fn, seed=7)
    assert kind in {f.id for f in info.value.findings}, str(info.value)


def gates_overlapping_slices(x, h, W_ih, W_hh, b_ih, b_hh):
    """Gate k read as a[k:k+H] (the start index taken as the gate's number), row by row."""
    B, H = h.shape
    gates = [np.zeros((B, H)) for _ in range(4)]
    for b in range(B):
        a = W_ih @ x[b] + W_hh @ h[b] + b_ih + b_hh
        for k in range(4):
            z = a[k : k + H]
            gates[k][b] = np.tanh(z) if k == 2 else 0.5 * (1 + np.tanh(0.5 * z))
    return tuple(gates)


def test_gate_rows_read_from_k_instead_of_k_times_H_are_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_overlapping_slices, seed=3)
    assert "gate k is read from rows k:k+H" in str(info.value), str(info.value)


def cell_buffers_like_x_output_gate_tanh(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """Two slips: the outputs allocated like x, (B, I); the output gate with tanh."""
    B, H = h.shape
    h_next, c_next = np.zeros_like(x), np.zeros_like(x)
    for b in range(B):
        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh
        i, f = S.stable_sig(a[:H]), S.stable_sig(a[H : 2 * H])
        g, o = np.tanh(a[2 * H : 3 * H]), np.tanh(a[3 * H :])
        c_next[b] = f * c[b] + i * g
        h_next[b] = o * np.tanh(c_next[b])
    return h_next, c_next


def test_a_crash_in_some_cases_does_not_hide_the_values_of_the_right_shaped_ones():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_buffers_like_x_output_gate_tanh, seed=3)
    text = str(info.value)
    assert "(H,) into shape (I,) (I = input size (x's features), H = hidden size)" in text, text
    assert "Found, on the cases with every shape right" in text, text
    assert "the output gate uses tanh where σ belongs" in text, text


def sigmoid_loop_over_the_first_axis(z):
    """A student's loop with math.exp: right on a 1-D z, a crash on more axes."""
    import math

    out = np.empty(len(z))
    for k in range(len(z)):
        out[k] = 1 / (1 + math.exp(-z[k])) if z[k] >= 0 else math.exp(z[k]) / (1 + math.exp(z[k]))
    return out


def test_a_sigmoid_that_takes_1d_arrays_only_is_said_by_the_number_of_axes():
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_loop_over_the_first_axis, seed=7)
    assert "Every case with ndim=" in str(info.value), str(info.value)
    assert "Those that run give the right values." in str(info.value), str(info.value)


def cell_keras_style(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """A Keras habit: one bias (b_ih only) and unit_forget_bias (+1 on the forget gate)."""
    H = h.shape[1]
    z = x @ W_ih.T + h @ W_hh.T + b_ih
    i, f = S.stable_sig(z[:, :H]), S.stable_sig(z[:, H : 2 * H] + 1.0)
    g, o = np.tanh(z[:, 2 * H : 3 * H]), S.stable_sig(z[:, 3 * H :])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


def test_a_forget_bias_of_one_and_one_bias_are_both_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_keras_style, seed=3)
    ids = sorted(f.id for f in info.value.findings)
    assert "gate.forget_bias_offset" in ids and "gate.term_missing" in ids, str(info.value)


def gates_with_a_float_size(x, h, W_ih, W_hh, b_ih, b_hh):
    H = len(b_ih) / 4  # a float: the slices below raise
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    return tuple(a[:, k * H : (k + 1) * H] for k in range(4))


def test_a_crash_says_what_pythons_error_means():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_with_a_float_size, seed=3)
    assert "That is: a slice bound (a:b) is not an int" in str(info.value), str(info.value)


def cell_g_from_sigmoid_and_b_ih_in_place(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """A student who builds tanh from σ as 2σ(z) − 1 (that is tanh(z/2): z is not doubled) and
    folds the biases into b_ih in place; separate matrices per gate."""
    b_ih += b_hh  # changes the caller's b_ih
    H = h.shape[1]

    def sig(z):
        return 1.0 / (1.0 + np.exp(-z))

    def pre(k):
        rows = slice(k * H, (k + 1) * H)
        return x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows]

    i, f, o = sig(pre(0)), sig(pre(1)), sig(pre(3))
    g = 2 * sig(pre(2)) - 1
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def test_g_as_2_sigmoid_minus_1_is_named_beside_a_bias_changed_in_place():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_g_from_sigmoid_and_b_ih_in_place, seed=3)
    text = str(info.value)
    assert "computes tanh(z/2) (= 2σ(z) − 1) where tanh(z) belongs" in text, text
    assert "changed its argument `b_ih` in place" in text, text


def cell_gates_from_flattened_preactivations(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """Checked by hand on one sample: a (B, 4H) flattened, then cut into H-long blocks (batch
    row 0's gates, for every row)."""
    a = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).flatten()
    H = W_hh.shape[1]
    i = 1 / (1 + np.exp(-a[0:H]))
    f = 1 / (1 + np.exp(-a[H : 2 * H]))
    g = np.tanh(a[2 * H : 3 * H])
    o = 1 / (1 + np.exp(-a[3 * H : 4 * H]))
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def test_gates_cut_from_a_flattened_a_are_said_to_be_batch_row_0s():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_gates_from_flattened_preactivations, seed=5)
    text = str(info.value)
    assert "every batch row's gates are batch row 0's" in text, text
    assert "right only for B = 1" in text, text


def gates_numbered_from_one(x, h, W_ih, W_hh, b_ih, b_hh):
    """MATLAB habit: gate k is rows k·H:(k+1)·H for k = 1 .. 4 (one block late; o is empty)."""
    H = W_hh.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    blk = [a[:, k * H : (k + 1) * H] for k in range(1, 5)]
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    return s(blk[0]), s(blk[1]), np.tanh(blk[2]), s(blk[3])


def test_an_empty_gate_and_a_gate_holding_the_next_ones_values_are_said():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_numbered_from_one, seed=4)
    text = str(info.value)
    assert "It has no entries along H (it is empty there)" in text, text
    assert "i has the right shape there, but it holds exactly the expected f." in text, text


def gates_block_width_from_x(x, h, W_ih, W_hh, b_ih, b_hh):
    """The block width read from x (input size I) where H belongs: right only where I = H."""
    n = x.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    return s(a[:, :n]), s(a[:, n : 2 * n]), np.tanh(a[:, 2 * n : 3 * n]), s(a[:, 3 * n : 4 * n])


def test_there_too_refers_only_to_the_case_the_line_before_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_block_width_from_x, seed=4)
    text = str(info.value)
    # i, f wrong-shaped on fixed case 1, g first on fixed case 2, o on fixed case 1 again: o's
    # line names its case (a "there too" after g's line would point at fixed case 2)
    assert "f has shape (2, 3) there too" in text, text
    assert "g has shape (1, 2) on fixed case 2" in text, text
    assert "o has shape (2, 0) on fixed case 1" in text, text


def cell_state_as_one_array_unpacked_wrong(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """A state kept as one (B, 2H) array [c, h], its halves unpacked the other way round."""
    state = np.concatenate([h, c], axis=1)
    H = W_hh.shape[1]
    c_prev, h_prev = state[:, :H], state[:, H:]  # wrong halves: h taken as c and c as h
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    i, f, g, o = s(a[:, :H]), s(a[:, H : 2 * H]), np.tanh(a[:, 2 * H : 3 * H]), s(a[:, 3 * H :])
    c_next = f * c_prev + i * g
    return o * np.tanh(c_next), c_next


def test_h_and_c_exchanged_where_the_step_reads_them_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_state_as_one_array_unpacked_wrong, seed=3)
    assert "h and c are exchanged where the step reads them" in str(info.value), str(info.value)


def gates_einsum_without_batch(x, h, W_ih, W_hh, b_ih, b_hh):
    """einsum with the batch index left out of the output: summed over the batch."""
    a = np.einsum("bi,gi->g", x, W_ih) + np.einsum("bh,gh->g", h, W_hh) + b_ih + b_hh
    H = W_hh.shape[1]
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    return s(a[:H]), s(a[H : 2 * H]), np.tanh(a[2 * H : 3 * H]), s(a[3 * H :])


def test_a_batch_of_one_dropped_is_not_said_to_be_a_flattened_result():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_einsum_without_batch, seed=4)
    text = str(info.value)
    assert "i has shape (2,) = (H,)" in text, text
    assert "flattened" not in text, text  # (H,) where (1, H) is asked: a batch of one


def test_an_overflow_on_the_cases_that_run_is_said_beside_a_crash_on_others():
    def squeeze_naive(x, h, c, W_ih, W_hh, b_ih, b_hh):
        a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).squeeze()  # B = 1 loses the batch axis
        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)
        s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731  (chapter 2's naive sigmoid)
        c_next = s(a_f) * c + s(a_i) * np.tanh(a_g)
        return s(a_o) * np.tanh(c_next), c_next

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(squeeze_naive, seed=3)
    text = str(info.value)
    assert "Every case with B=1 raises" in text, text
    assert 'NumPy warned "overflow encountered in exp"' in text, text


def gates_coupled_forget_gate(x, h, W_ih, W_hh, b_ih, b_hh):
    """A student who learnt the CIFG variant: f is 1 − i, its own rows never read."""
    H = h.shape[1]
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    sig = lambda z: 0.5 * (1 + np.tanh(z / 2))  # noqa: E731
    i = sig(pre[:, :H])
    return i, 1.0 - i, np.tanh(pre[:, 2 * H : 3 * H]), sig(pre[:, 3 * H :])


def test_a_forget_gate_coupled_to_the_input_gate_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_coupled_forget_gate, seed=3)
    assert [f.id for f in info.value.findings] == ["gate.coupled"], str(info.value)
    assert "f_t = 1 − i_t" in str(info.value)


def gates_float32_squeezed(x, h, W_ih, W_hh, b_ih, b_hh):
    """float32 "for speed", and squeeze() to drop "the extra axis": B = 1 loses its axis."""
    H = W_hh.shape[1]
    a = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32).squeeze()
    sig = lambda z: 0.5 * (1 + np.tanh(z / 2))  # noqa: E731
    blocks = [a[..., k * H : (k + 1) * H] for k in range(4)]
    return sig(blocks[0]), sig(blocks[1]), np.tanh(blocks[2]), sig(blocks[3])


def test_float32_values_beside_a_wrong_shape_are_not_called_right():
    # corpus 27: "The 8 cases with every shape right give the right values." hid the float32
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_float32_squeezed, seed=3)
    text = str(info.value)
    assert "with every shape right give the right values." not in text, text
    assert "give the right values to float32's precision only" in text, text
    assert "result.kind" in [f.id for f in info.value.findings], text


def cell_with_peepholes(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """colah's peephole LSTM with unit peephole weights: the gates also read the cell state."""
    H = h.shape[1]
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    sig = lambda v: 0.5 * (1 + np.tanh(v / 2))  # noqa: E731
    i, f = sig(z[:, :H] + c), sig(z[:, H : 2 * H] + c)
    c_new = f * c + i * np.tanh(z[:, 2 * H : 3 * H])
    return sig(z[:, 3 * H :] + c_new) * np.tanh(c_new), c_new


def cell_with_cell_clip(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """TensorFlow's cell_clip=3 carried over: c_t clamped to [-3, 3]."""
    H = h.shape[1]
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    sig = lambda v: 0.5 * (1 + np.tanh(v / 2))  # noqa: E731
    c_new = sig(z[:, H : 2 * H]) * c + sig(z[:, :H]) * np.tanh(z[:, 2 * H : 3 * H])
    c_new = np.clip(c_new, -3.0, 3.0)
    return sig(z[:, 3 * H :]) * np.tanh(c_new), c_new


def cell_with_np_matrix(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """np.matrix everywhere: * is then a matrix product, also in i * g."""
    H = h.shape[1]
    z = np.matrix(x) * np.matrix(W_ih).T + np.matrix(h) * np.matrix(W_hh).T + b_ih + b_hh
    sig = lambda v: np.matrix(0.5 * (1 + np.tanh(np.asarray(v) / 2)))  # noqa: E731
    i, f, o = sig(z[:, :H]), sig(z[:, H : 2 * H]), sig(z[:, 3 * H :])
    c_new = np.multiply(f, c) + i * np.matrix(np.tanh(z[:, 2 * H : 3 * H]))
    return np.asarray(np.multiply(o, np.tanh(c_new))), np.asarray(c_new)


def test_peephole_connections_are_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_with_peepholes, seed=3)
    assert [f.id for f in info.value.findings] == ["cell.peephole"], str(info.value)


def test_a_clipped_cell_state_fails_on_the_large_state_case_and_is_said_as_measured():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_with_cell_clip, seed=3)
    text = str(info.value)
    assert "large state" in text, text
    assert "c_next: its values are the expected ones clipped to ±3" in text, text


@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")  # np.matrix is the point here
def test_a_matrix_product_of_two_same_shaped_arrays_is_glossed():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_with_np_matrix, seed=3)
    assert "a matrix product (np.dot, @, or * between np.matrix objects)" in str(info.value)
