"""What the engine says beside or instead of a model fit, each measured on the student's own
answers: results agreeing to float32's precision only (alone, and beside a second mistake), an
output's values in other positions, a scan step's (carry, y) pair, an axis split in two, two
same-shaped outputs exchanged beside another mistake, a transposition kept to the cases whose
shapes show it, and a reverse loop one step short within each length. The students' code is
written as students write it (their names, loops, helpers), not derived from lstm_ref."""

import numpy as np
import pytest

from lstm_ref.checks import (
    CheckFailure,
    check_bilstm_layer_lengths,
    check_lstm_cell,
    check_lstm_cell_backward,
    check_lstm_gates,
    check_lstm_layer_lengths,
    check_sigmoid,
)


def _ids(exc):
    return [f.id for f in exc.findings]


def _sig(v):
    return 0.5 * (1.0 + np.tanh(0.5 * v))


def sigmoid_table(z):
    """A lookup table with linear interpolation: float64 throughout, good to about 1e-7."""
    z = np.asarray(z, dtype=np.float64)
    grid = np.linspace(-12.0, 12.0, 8193)
    return np.interp(z, grid, _sig(grid), left=0.0, right=1.0)


def test_float64_values_good_to_float32s_precision_are_not_called_float32():
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_table, seed=1)
    text = str(info.value)
    assert "float32's precision" in text, text
    assert "the values cannot tell which" in text, text
    assert "runs in float32" not in text, text


def sigmoid_float32(z):
    z = np.asarray(z, dtype=np.float32)
    return (0.5 * (1.0 + np.tanh(0.5 * z))).astype(np.float64)


def test_float32_numbers_returned_as_float64_are_said_to_be_float32_numbers():
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_float32, seed=1)
    text = str(info.value)
    assert "every value is a float32 number" in text, text


def gates_f32_and_sigmoid_g(x, h, W_ih, W_hh, b_ih, b_hh):
    # "bandwidth": inputs in float32, weights left float64; and g through σ
    x32, h32 = x.astype(np.float32), h.astype(np.float32)
    pre = x32 @ W_ih.T + h32 @ W_hh.T + b_ih + b_hh
    n = h.shape[1]
    i = _sig(pre[:, :n])
    f = _sig(pre[:, n : 2 * n])
    g = _sig(pre[:, 2 * n : 3 * n])
    o = _sig(pre[:, 3 * n :])
    return i, f, g, o


def test_a_gate_mistake_beside_float32_rounding_is_named_with_the_rounding_measured():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_f32_and_sigmoid_g, seed=2)
    text = str(info.value)
    assert "the cell candidate g uses σ where tanh belongs" in text, text
    assert "float32's precision only" in text and "at float32's tolerance" in text, text


def sigmoid_matlab(z):
    z = np.asarray(z, dtype=np.float64)
    flat = z.flatten(order="F")  # z(:)
    out = np.array([1.0 / (1.0 + np.exp(-v)) if v >= 0 else np.exp(v) / (1.0 + np.exp(v))
                    for v in flat])  # fmt: skip
    return out.reshape(z.shape)


def test_values_in_column_major_order_are_said_as_measured():
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_matlab, seed=1)
    text = str(info.value)
    assert "result.permuted" in _ids(info.value), text
    assert "holds exactly the expected values, in other positions" in text, text
    assert "column-major" in text, text


def cell_scan_step(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # a lax.scan step: returns (carry, y); and h from the old c
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    zi, zf, zg, zo = np.split(z, 4, axis=1)
    c_new = _sig(zf) * c + _sig(zi) * np.tanh(zg)
    h_new = _sig(zo) * np.tanh(c)
    return (h_new, c_new), h_new


def test_a_scan_steps_carry_pair_is_unpacked_and_the_value_mistake_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_scan_step, seed=2)
    text = str(info.value)
    assert "as a scan step returns (carry, y)" in text, text
    assert "h_t is computed from c_{t-1}" in text, text


def cell_squeezed(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # "defensive": squeezes, and on any error returns the state it was given
    try:
        x, h, c = np.squeeze(x), np.squeeze(h), np.squeeze(c)
        a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i, f, g, o = np.split(a, 4, axis=1)
        c2 = _sig(f) * c + _sig(i) * np.tanh(g)
        return _sig(o) * np.tanh(c2), c2
    except Exception:
        return np.atleast_2d(h), np.atleast_2d(c)


def test_a_square_case_that_is_right_is_not_transposed_with_the_others():
    # H = 1 gives (1, B) where (B, 1) belongs: transposed back there; a B = H case stays as given
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_squeezed, seed=2)
    text = str(info.value)
    assert "(first: fixed case 1 (B=2, I=3, H=2))" not in text, text
    assert "gives another" not in text, text


def _cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = np.split(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh, 4, axis=1)
    c = _sig(f) * c + _sig(i) * np.tanh(g)
    return _sig(o) * np.tanh(c), c


def lengths_longest_and_states_swapped(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    out = np.zeros((T, B, h0.shape[1]))
    h, c = h0, c0
    for t in range(max(lengths)):  # every row runs to the longest length
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return out, (c, h)


def test_two_outputs_exchanged_beside_a_second_mistake_are_both_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_longest_and_states_swapped, seed=2)
    text = str(info.value)
    assert "h_n and c_n are exchanged" in text, text
    assert "max(lengths)" in text, text


def lengths_unsorted_with_the_sort_itself(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    L = np.asarray(lengths)
    perm = np.argsort(-L, kind="stable")  # longest first, as packing does
    xs, Ls, h, c = x[:, perm], L[perm], h0[perm], c0[perm]
    out = np.zeros((x.shape[0], x.shape[1], h0.shape[1]))
    for t in range(x.shape[0]):
        live = (t < Ls)[:, None]
        h_new, c_new = _cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h, c = np.where(live, h_new, h), np.where(live, c_new, c)
        out[t] = np.where(live, h_new, 0.0)
    return out[:, perm], (h[perm], c[perm])  # "unsort"


def test_an_unsort_by_the_sorting_permutation_itself_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_unsorted_with_the_sort_itself, seed=2)
    text = str(info.value)
    assert "not its inverse" in text, text


def bi_lengths_4d_and_forward_unmasked(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    outs = np.zeros((T, B, 2, H))  # one slot per direction
    hf, cf = h0[0], c0[0]
    for t in range(T):  # forward: no mask
        hf, cf = _cell(x[t], hf, cf, *fwd)
        outs[t, :, 0] = hf
    hb, cb = np.zeros((B, H)), np.zeros((B, H))
    for b in range(B):
        h, c = h0[1, b : b + 1], c0[1, b : b + 1]
        for t in reversed(range(lengths[b])):
            h, c = _cell(x[t, b : b + 1], h, c, *bwd)
            outs[t, b, 1] = h[0]
        hb[b], cb[b] = h[0], c[0]
    return outs, (np.stack([hf, hb]), np.stack([cf, cb]))


def test_an_axis_split_in_two_is_joined_back_and_the_values_judged():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(bi_lengths_4d_and_forward_unmasked, seed=2)
    text = str(info.value)
    assert "its axis 2H is split into 2 axes" in text and "joined back" in text, text
    assert "the forward direction runs over all T steps" in text, text


def bi_lengths_reverse_skips_x0(x, lengths, h0, c0, fwd, bwd):
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    hf, cf = h0[0].copy(), c0[0].copy()
    for t in range(T):
        on = (t < np.asarray(lengths))[:, None]
        hn, cn = _cell(x[t], hf, cf, *fwd)
        hf, cf = np.where(on, hn, hf), np.where(on, cn, cf)
        out[t, :, :H] = np.where(on, hn, 0.0)
    hb, cb = np.zeros((B, H)), np.zeros((B, H))
    for b in range(B):
        h, c = h0[1, b][None], c0[1, b][None]
        for t in range(lengths[b] - 1, 0, -1):  # stops before t = 0
            h, c = _cell(x[t, b][None], h, c, *bwd)
            out[t, b, H:] = h[0]
        hb[b], cb[b] = h[0], c[0]
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def test_a_reverse_loop_one_step_short_within_each_length_is_named():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(bi_lengths_reverse_skips_x0, seed=2)
    text = str(info.value)
    assert "stops one step short for every sequence" in text, text


def lengths_nan_padding(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    # padding marked "missing" with NaN, as a data person would
    T, B, _ = x.shape
    out = np.full((T, B, h0.shape[1]), np.nan)
    h, c = h0.copy(), c0.copy()
    for b in range(B):
        hb, cb = h[b : b + 1], c[b : b + 1]
        for t in range(lengths[b]):
            hb, cb = _cell(x[t, b : b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = hb[0]
        h[b], c[b] = hb[0], cb[0]
    return out, (h, c)


def test_nan_in_the_same_places_twice_is_not_said_to_depend_on_earlier_calls():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_nan_padding, seed=2)
    text = str(info.value)
    assert "holds NaN at every element where 0 is expected" in text, text
    assert "depends on" not in text, text


def cell_backward_sech(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    # d tanh(a)/da written from memory as 1/cosh(a)
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    i, f, g, o = _sig(ai), _sig(af), np.tanh(ag), _sig(ao)
    c_new = f * c + i * g
    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)
    da = np.hstack([
        dc * g * i * (1 - i),
        dc * c * f * (1 - f),
        dc * i / np.cosh(ag),
        dh_next * np.tanh(c_new) * o * (1 - o),
    ])  # fmt: skip
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,
            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_tanhs_derivative_as_one_over_cosh_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_sech, seed=2)
    text = str(info.value)
    assert "1/cosh(a_g)" in text and "squared" in text, text


def sigmoid_zeros_like(z):
    out = np.zeros_like(z)  # takes z's dtype: ints for ints
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    out[~pos] = np.exp(z[~pos]) / (1.0 + np.exp(z[~pos]))
    return out


def test_an_integer_input_gives_floats_or_the_check_says_so():
    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_zeros_like, seed=3)
    text = str(info.value)
    assert "an integer array" in text and "it is an array of dtype int64" in text, text


def cell_debug_clip(x, h, c, W_ih, W_hh, b_ih, b_hh):
    h = np.clip(h, -1, 1)  # left from debugging: "h is in (-1, 1) anyway"
    return _cell(x, h, c, W_ih, W_hh, b_ih, b_hh)


def test_an_argument_clipped_by_a_leftover_line_is_said_as_measured():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_debug_clip, seed=3)
    text = str(info.value)
    assert "with h clipped to [−1, 1]" in text, text


def gates_star(x, h, W_ih, W_hh, b_ih, b_hh):
    a = x * W_ih.T + h * W_hh.T + b_ih + b_hh  # "times" as on paper
    n = h.shape[1]
    return _sig(a[:, :n]), _sig(a[:, n : 2 * n]), np.tanh(a[:, 2 * n : 3 * n]), _sig(a[:, 3 * n :])


def test_an_elementwise_product_where_a_matrix_product_belongs_is_glossed():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_star, seed=3)
    text = str(info.value)
    assert "a matrix product is @" in text, text
