"""What the engine measures of calls that change later calls (a cache of some arguments, beside
another mistake; a forward kept by shape, verified by a call on other sizes), of the shapes cell
beside the values (a shape failure hides no second mistake), of outputs rescaled to one norm,
gradient keys written dx, blocks left zero, a final state sliced on the wrong axis, a bias on
the wrong axis of a column layout, and mistakes students write: the output gate read after h
was overwritten, a sigmoid derivative with another gate's value or derivative, tanh' from h,
weight gradients reshaped or made of batch sums, dh passed on beside δa W_hh, an output
allocated with x's shape, a float32 output beside an error, blocks numbered from 1, one gate
reading another's rows (never said as an exchange), c_n read one step late, a per-row mask as a
row, a masked array, a float wider than float64, a None state's shape never named from one
case's coincident error, two directions joined on the batch axis beside a second mistake, and
out cut to the longest length beside a final index clipped to its last row, peepholes on two
gates, row 0 of h read by every batch row, the cases that run told apart by B = H, gate values
unpacked in another order, truncated BPTT, h0 left unsorted in a sorted batch, an input cast to
int (no cache suggested beside it), two biases averaged, an einsum's product of sums, and every
sequence started from row 0 of h0. The students' code
is written as students write it (their names, loops, helpers), not derived from lstm_ref."""

import numpy as np
import pytest

from lstm_ref.checks import (
    CheckFailure,
    check_lstm_cell,
    check_lstm_cell_backward,
    check_lstm_gates,
    check_lstm_layer,
    check_lstm_layer_lengths,
)


def _ids(exc):
    return [f.id for f in exc.findings]


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


_BIAS = {}


def gates_bias_cache_tanh_o(x, h, W_ih, W_hh, b_ih, b_hh):
    # "the bias sum never changes during training": cached per width, and o through tanh
    n = b_ih.shape[0]
    if n not in _BIAS:
        _BIAS[n] = b_ih + b_hh
    z = x @ W_ih.T + h @ W_hh.T + _BIAS[n]
    H = n // 4
    i = _sig(z[:, :H])
    f = _sig(z[:, H : 2 * H])
    g = np.tanh(z[:, 2 * H : 3 * H])
    o = np.tanh(z[:, 3 * H :])
    return i, f, g, o


def test_a_bias_cache_beside_a_wrong_activation_names_both():
    _BIAS.clear()
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_bias_cache_tanh_o, seed=3)
    text = str(info.value)
    assert "reuses b_ih, b_hh from an earlier call" in text, text
    assert "output gate uses tanh" in text, text
    assert "the first call, which no earlier call can have changed" in text, text


class _Keep:
    bias = None


def gates_bias_kept_on_class(x, h, W_ih, W_hh, b_ih, b_hh):
    # kept on the first call, whatever the sizes of later ones
    if _Keep.bias is None:
        _Keep.bias = (b_ih + b_hh).copy()
    H = W_hh.shape[1]
    z = x @ W_ih.T + h @ W_hh.T
    z = z + _Keep.bias[: 4 * H] if _Keep.bias.shape[0] >= 4 * H else z + 0.0
    return (_sig(z[:, :H]), _sig(z[:, H : 2 * H]), np.tanh(z[:, 2 * H : 3 * H]),
            _sig(z[:, 3 * H :]))  # fmt: skip


def test_two_biases_kept_from_the_first_call_are_named_together():
    _Keep.bias = None
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_bias_kept_on_class, seed=3)
    text = str(info.value)
    assert "result.depends_on_earlier_calls" in _ids(info.value), text
    assert "b_ih, b_hh" in text, text


def cell_h_reused_for_o(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # one name for the state: h is given tanh(c) before the output gate reads it
    H = h.shape[1]
    Wi, Wf, Wg, Wo = (W_ih[k * H : (k + 1) * H] for k in range(4))
    Ui, Uf, Ug, Uo = (W_hh[k * H : (k + 1) * H] for k in range(4))
    b = b_ih + b_hh
    i = _sig(x @ Wi.T + h @ Ui.T + b[:H])
    f = _sig(x @ Wf.T + h @ Uf.T + b[H : 2 * H])
    g = np.tanh(x @ Wg.T + h @ Ug.T + b[2 * H : 3 * H])
    c = f * c + i * g
    h = np.tanh(c)
    o = _sig(x @ Wo.T + h @ Uo.T + b[3 * H :])
    h = o * h
    return h, c


def test_an_output_gate_reading_the_overwritten_h_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_h_reused_for_o, seed=3)
    assert "cell.o_reads_new_h" in _ids(info.value), str(info.value)
    assert "are exactly this" in str(info.value)


def _forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = h.shape[1]
    i, f, o = _sig(a[:, :H]), _sig(a[:, H : 2 * H]), _sig(a[:, 3 * H :])
    g = np.tanh(a[:, 2 * H : 3 * H])
    c2 = f * c + i * g
    return i, f, g, o, c2


def cell_backward_forget_from_i(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    # the forget line copied from the input gate's and half edited: f * (1 - i)
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    t = np.tanh(c2)
    dc = dc_next + dh_next * o * (1 - t * t)
    d_i = dc * g * i * (1 - i)
    d_f = dc * c * f * (1 - i)
    d_g = dc * i * (1 - g * g)
    d_o = dh_next * t * o * (1 - o)
    da = np.hstack([d_i, d_f, d_g, d_o])
    db = da.sum(axis=0)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": db, "b_hh": db.copy()}  # fmt: skip


def test_a_sigmoid_derivative_with_another_gates_value_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_forget_from_i, seed=3)
    text = str(info.value)
    assert "f_t(1 − i_t)" in text, text
    assert "are exactly this" in text, text


def _cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    return o * np.tanh(c2), c2


def lengths_out_like_x(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    # "out is the same size as the input": zeros_like(x)
    out = np.zeros_like(x)
    h, c = h0.copy(), c0.copy()
    for t in range(x.shape[0]):
        h2, c2 = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        live = (t < np.asarray(lengths))[:, None]
        h = np.where(live, h2, h)
        c = np.where(live, c2, c)
        out[t] = np.where(live, h2, 0.0)
    return out, (h, c)


def test_an_output_made_with_xs_shape_is_read_from_the_error():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_out_like_x, seed=3)
    text = str(info.value)
    assert "was made with I (input size" in text, text
    assert "where H (hidden size) belongs" in text, text


def layer_float32_out_no_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    # "float32 to save memory", and batch_first ignored for the input
    T, B = x.shape[0], x.shape[1]
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.zeros((T, B, H), dtype=np.float32)
    for t in range(T):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)


def test_a_float32_output_is_not_called_right_beside_an_error():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_float32_out_no_batch_first, seed=3)
    text = str(info.value)
    assert "runs and gives the right values." not in text, text
    assert "float32's precision only" in text, text


def gates_columns_sigmoid_g(x, h, W_ih, W_hh, b_ih, b_hh):
    # column vectors throughout (W @ x), never transposed back; and σ for g
    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]  # (4H, B)
    H = W_hh.shape[1]
    return tuple(_sig(z[k * H : (k + 1) * H]) for k in range(4))


def test_the_shapes_cell_also_names_what_the_fixed_cases_show():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_columns_sigmoid_g, cases="shapes")
    text = str(info.value)
    assert "shape" in text, text
    assert "Beyond the shapes" in text, text
    assert "g uses σ where tanh belongs" in text, text


def gates_columns_right(x, h, W_ih, W_hh, b_ih, b_hh):
    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]
    H = W_hh.shape[1]
    acts = (_sig, _sig, np.tanh, _sig)
    return tuple(acts[k](z[k * H : (k + 1) * H]) for k in range(4))


def test_the_shapes_cell_adds_nothing_where_only_the_shapes_are_wrong():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_columns_right, cases="shapes")
    assert "Beyond the shapes" not in str(info.value), str(info.value)


def _backward_parts(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    t = np.tanh(c2)
    dc = dc_next + dh_next * o * (1 - t**2)
    return i, f, g, o, c2, t, dc


def cell_backward_norm_clipped(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    # "clip for stability": every gradient rescaled to a norm of at most 1
    i, f, g, o, c2, t, dc = _backward_parts(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    da = np.concatenate(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - g**2),
            dh_next * t * o * (1 - o),
        ],
        axis=1,
    )
    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
             "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip
    for name, value in grads.items():
        norm = np.linalg.norm(value)
        if norm > 1.0:
            grads[name] = value / norm
    return grads


def test_gradients_each_rescaled_to_one_norm_are_said_so_not_blamed_on_delta_a():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_norm_clipped, seed=7)
    text = str(info.value)
    assert "rescaled to a norm of at most 1" in text, text
    assert "look at δa first" not in text, text


def cell_backward_d_keys_tanh_from_h(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    # keys as in a blog post (dx, dW_ih, ...), and tanh'(c_t) written 1 - h_t**2
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    h_t = o * np.tanh(c2)
    dc = dc_next + dh_next * o * (1 - h_t**2)
    da = np.concatenate(
        [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2),
         dh_next * np.tanh(c2) * o * (1 - o)],
        axis=1,
    )  # fmt: skip
    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f, "dW_ih": da.T @ x,
            "dW_hh": da.T @ h, "db_ih": da.sum(0), "db_hh": da.sum(0)}  # fmt: skip


def test_gradient_keys_with_a_d_are_read_and_the_values_judged_too():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_d_keys_tanh_from_h, seed=7)
    text = str(info.value)
    assert "key each gradient by its argument's name alone" in text, text
    assert "δc uses (1 − h_t²)" in text, text


def cell_backward_forget_is_input_derivative(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2, t, dc = _backward_parts(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    sig_prime = {"i": i * (1 - i), "f": i * (1 - i), "o": o * (1 - o)}  # f's row copied from i's
    da = np.concatenate(
        [dc * g * sig_prime["i"], dc * c * sig_prime["f"], dc * i * (1 - g**2),
         dh_next * t * sig_prime["o"]],
        axis=1,
    )  # fmt: skip
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_another_gates_derivative_in_the_forget_gates_place_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_forget_is_input_derivative, seed=7)
    assert "i_t(1 − i_t), the input gate's derivative" in str(info.value), str(info.value)


def cell_backward_reshaped_wgrads(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2, t, dc = _backward_parts(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    da = np.concatenate(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - g**2),
            dh_next * t * o * (1 - o),
        ],
        axis=1,
    )
    gW_ih = (x.T @ da).reshape(W_ih.shape)  # "same shape as W_ih"
    gW_hh = (h.T @ da).reshape(W_hh.shape)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": gW_ih, "W_hh": gW_hh,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_weight_gradients_reshaped_where_a_transpose_belongs_are_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_reshaped_wgrads, seed=7)
    assert "reshaped to (4H, n)" in str(info.value), str(info.value)


def cell_backward_view_rebound(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2, t, dc = _backward_parts(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    da = np.zeros((x.shape[0], 4 * h.shape[1]))
    da_i, da_f, da_g, da_o = np.split(da, 4, axis=1)
    da_i[:] = dc * g * i * (1 - i)
    da_f = dc * c * f * (1 - f)  # noqa: F841 (rebinds the name: da keeps zeros there)
    da_g[:] = dc * i * (1 - g**2)
    da_o[:] = dh_next * t * o * (1 - o)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_a_gates_blocks_left_zero_are_said_as_measured():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_view_rebound, seed=7)
    text = str(info.value)
    assert "forget gate" in text and "those blocks are all zeros" in text, text


class CellBackward:
    """Recomputes the forward once and keeps it (keyed by the batch's shape)."""

    def __init__(self):
        self.saved = None

    def __call__(self, dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
        if self.saved is None or self.saved[0] != h.shape:
            self.saved = (h.shape, _forward(x, h, c, W_ih, W_hh, b_ih, b_hh))
        i, f, g, o, c2 = self.saved[1]
        t = np.tanh(c2)
        dc = dc_next + dh_next * o * (1 - t**2)
        da = np.concatenate(
            [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2),
             dh_next * t * o * (1 - o)],
            axis=1,
        )  # fmt: skip
        return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,
                "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_a_forward_kept_by_shape_between_calls_fails_and_is_verified():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(CellBackward(), seed=7)
    text = str(info.value)
    assert "result.depends_on_earlier_calls" in _ids(info.value), text
    assert "the right ones: your function's result depends on the calls before it" in text, text


def layer_hn_last_row(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    # h_n as the last entry of axis 1, "the last column"
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    B, H = xs.shape[1], W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    hs, cs = [], []
    for x_t in xs:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    hs, cs = np.stack(hs), np.stack(cs)
    out = np.swapaxes(hs, 0, 1) if batch_first else hs
    return out, (hs[:, -1], cs[:, -1])


def test_a_final_state_indexed_on_the_wrong_axis_is_said_as_the_slice_it_holds():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_hn_last_row, seed=7)
    text = str(info.value)
    assert "It holds the expected out[:, -1] (along B)" in text, text
    assert "h_n is out[-1], along T" in text, text


def cell_bias_on_wrong_axis(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # column layout, (4H, B), with the biases added as rows
    z = W_ih @ x.T + W_hh @ h.T + b_ih + b_hh
    H = h.shape[1]
    i, f = _sig(z[:H]), _sig(z[H : 2 * H])
    g, o = np.tanh(z[2 * H : 3 * H]), _sig(z[3 * H :])
    c2 = f * c.T + i * g
    return (o * np.tanh(c2)).T, c2.T


def test_a_bias_broadcast_along_the_wrong_axis_is_glossed():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_bias_on_wrong_axis, seed=7)
    text = str(info.value)
    assert "make it a column: b[:, None]" in text, text
    assert "are the biases, b_ih and b_hh" in text, text


def gates_clipped_for_stability(x, h, W_ih, W_hh, b_ih, b_hh):
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    pre = np.clip(pre, -10.0, 10.0)  # "avoid overflow"
    H = pre.shape[1] // 4
    i, f, g, o = (pre[:, k * H : (k + 1) * H] for k in range(4))
    return _sig(i), _sig(f), np.tanh(g), _sig(o)


def test_pre_activations_clipped_before_the_gates_are_named_with_the_bound():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_clipped_for_stability, seed=7)
    text = str(info.value)
    assert "every pre-activation is clipped to [-10, 10]" in text, text


def layer_one_buffer_and_eq_none(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    # `== None` (raises for arrays), and one h buffer stored at every step
    T, B = x.shape[0], x.shape[1]
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 == None else h0.copy()  # noqa: E711
    c = np.zeros((B, H)) if c0 == None else c0.copy()  # noqa: E711
    outs = []
    for t in range(T):
        h_new, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h[:] = h_new
        outs.append(h)
    return np.stack(outs), (h.copy(), c)


def test_what_the_wrong_values_are_is_said_beside_an_error():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_one_buffer_and_eq_none, seed=7)
    text = str(info.value)
    assert "x is None" in text, text
    assert "out: every time step holds the same values: the last step's" in text, text


def layer_none_state_from_w_ih(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    B = xs.shape[1]
    size = W_ih.shape[1]  # "the hidden size" (it is I)
    h = np.zeros((B, size)) if h0 is None else h0
    c = np.zeros((B, size)) if c0 is None else c0
    outs = []
    for x_t in xs:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


def test_the_shape_made_for_a_none_state_is_measured_from_the_error():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_none_state_from_w_ih, seed=7)
    text = str(info.value)
    assert "Given zeros of shape (B, I) instead, the same calls raise exactly these errors" in text


def shapes_lists_no_directions(
    seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
    batch_first=False, proj_size=0,
):  # fmt: skip
    D = 2 if bidirectional else 1
    H_out = proj_size or hidden_size
    out = [batch, seq_len, D * H_out] if batch_first else [seq_len, batch, D * H_out]
    return {"out": out, "h_n": [num_layers, batch, H_out], "c_n": [num_layers, batch, hidden_size]}


def test_the_shapes_functions_first_cell_names_a_second_mistake_beside_lists():
    from lstm_ref.checks import check_lstm_output_shapes

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(shapes_lists_no_directions, cases="shapes")
    text = str(info.value)
    assert "return tuple(...)" in text, text
    assert "Beyond the shapes" in text and "D·num_layers" in text, text


def gates_blocks_from_one(x, h, W_ih, W_hh, b_ih, b_hh):
    # "gate 1 is i, gate 2 is f, ...": the blocks counted from 1
    H = h.shape[1]
    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = (Z[:, n * H : (n + 1) * H] for n in (1, 2, 3, 4))
    return _sig(i), _sig(f), np.tanh(g), _sig(o)


def test_blocks_numbered_from_one_are_said_so_not_as_another_librarys_order():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_blocks_from_one, seed=7)
    text = str(info.value)
    assert "the gate blocks are numbered from 1" in text, text
    assert "ONNX" not in text and "exchanged" not in text, text


def cell_forget_from_output_rows(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = _sig(pre[:, :H])
    f = _sig(pre[:, 3 * H :])  # a copy of the output gate's line
    g = np.tanh(pre[:, 2 * H : 3 * H])
    o = _sig(pre[:, 3 * H :])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def test_one_gate_reading_anothers_rows_is_not_said_as_an_exchange():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_forget_from_output_rows, seed=7)
    text = str(info.value)
    assert "forget gate: reads W_ih[3H:4H]" in text, text
    assert "exchanged" not in text, text


def layer_none_state_transposed(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    B, H = xs.shape[1], W_hh.shape[1]
    h = np.zeros((H, B)) if h0 is None else h0  # MATLAB's zeros(rows, cols), the other way
    c = np.zeros((H, B)) if c0 is None else c0
    outs = []
    for x_t in xs:
        h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


def test_a_none_states_shape_is_never_named_from_one_cases_coincident_error():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_none_state_transposed, seed=7)
    text = str(info.value)
    assert "has the shape (B, I)" not in text, text


def lengths_c_n_one_late(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    hs, cs = [], []
    h, c = h0, c0
    for t in range(T):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    hs, cs = np.stack(hs), np.stack(cs)
    rows = np.arange(B)
    keep = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[:, :, None]
    return hs * keep, (hs[np.asarray(lengths) - 1, rows], cs[np.asarray(lengths), rows])


def test_c_n_read_one_step_late_beside_a_right_h_n_says_only_c_n():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_c_n_one_late, seed=7)
    text = str(info.value)
    assert "c_n is read at t = lengths[b]" in text, text
    assert "over padding only h is kept" not in text, text


def lengths_row_mask(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    out = np.zeros((x.shape[0], x.shape[1], h0.shape[1]))
    h, c = h0, c0
    for t in range(x.shape[0]):
        live = (t < np.asarray(lengths))[None, :]  # (1, B): a row, not a column
        h2, c2 = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h, c = np.where(live, h2, h), np.where(live, c2, c)
        out[t] = np.where(live, h2, 0.0)
    return out, (h, c)


def test_a_per_row_mask_as_a_row_gets_no_matrix_product_gloss():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_row_mask, seed=7)
    text = str(info.value)
    assert "as a (B, 1) column" in text, text
    assert "a matrix product is @" not in text, text


def lengths_masked_array(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    hs, h, c = [], h0, c0
    for t in range(x.shape[0]):
        h2, c2 = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        live = (t < np.asarray(lengths))[:, None]
        h, c = np.where(live, h2, h), np.where(live, c2, c)
        hs.append(h2)
    pad = np.arange(x.shape[0])[:, None] >= np.asarray(lengths)[None, :]
    out = np.ma.masked_array(
        np.stack(hs), mask=np.broadcast_to(pad[:, :, None], (x.shape[0],) + h0.shape)
    )
    return out, (h, c)


def test_a_masked_array_is_said_and_its_data_judged():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_masked_array, seed=7)
    text = str(info.value)
    assert "it is a masked array (np.ma.MaskedArray)" in text, text
    assert "out is not zero past each sequence's length" in text, text


def sigmoid_long_double(z):
    z = np.asarray(z, dtype=np.longdouble)
    return 1.0 / (1.0 + np.exp(-z))


@pytest.mark.skipif(np.dtype(np.longdouble).itemsize <= 8, reason="no wider float here")
def test_a_wider_float_than_float64_is_refused():
    from lstm_ref.checks import check_sigmoid

    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_long_double, seed=7)
    assert "must sigmoid(z) be: compute in float64" in str(info.value), str(info.value)


def cell_backward_skip_and_einsum_sums(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2, t, dc = _backward_parts(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    da = np.concatenate(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - g**2),
            dh_next * t * o * (1 - o),
        ],
        axis=1,
    )
    return {"x": da @ W_ih, "h": da @ W_hh + dh_next, "c": dc * f,
            "W_ih": np.einsum("bg,ci->gi", da, x), "W_hh": np.einsum("bg,ci->gi", da, h),
            "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_a_skip_into_dh_and_weight_gradients_of_batch_sums_are_both_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_skip_and_einsum_sums, seed=7)
    text = str(info.value)
    assert "the gradient for h adds the incoming dh" in text, text
    assert "outer product of batch sums" in text, text


def bilstm_reverse_unpacked_other_way(x, h0, c0, fwd, bwd):
    def run(xs, h, c, W_ih, W_hh, b_ih, b_hh):
        outs = []
        for x_t in xs:
            h, c = _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        return np.stack(outs), h, c

    out_f, hf, cf = run(x, h0[0], c0[0], *fwd)
    Whh_b, Wih_b, bih_b, bhh_b = bwd  # "hidden first" for the way back
    out_b, hb, cb = run(x[::-1], h0[1], c0[1], Wih_b, Whh_b, bih_b, bhh_b)
    out = np.concatenate([out_f, out_b[::-1]], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def test_the_reverse_parameters_unpacked_in_another_order_are_named():
    from lstm_ref.checks import check_bilstm_layer

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_reverse_unpacked_other_way, seed=7)
    text = str(info.value)
    assert "bi.reverse_weights_exchanged" in _ids(info.value), text


def bilstm_batch_axis_not_flipped(x, h0, c0, fwd, bwd):
    # the two directions joined with axis=1 (the batch), and the reverse outputs left as read
    hs, cs, outs = [], [], []
    for d, (params, xs) in enumerate([(fwd, x), (bwd, x[::-1])]):
        h, c, seq = h0[d], c0[d], []
        for x_t in xs:
            h, c = _cell(x_t, h, c, *params)
            seq.append(h)
        outs.append(np.array(seq))
        hs.append(h)
        cs.append(c)
    return np.concatenate(outs, axis=1), (np.array(hs), np.array(cs))


def test_directions_joined_on_the_batch_axis_beside_a_second_mistake_names_both():
    from lstm_ref.checks import check_bilstm_layer

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_batch_axis_not_flipped, seed=7)
    text = str(info.value)
    assert "the two halves of 2H joined along B (the batch axis)" in text, text
    assert "bi.reverse_not_flipped_back" in _ids(info.value), text


def lengths_cut_and_clipped_index(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    # out only as long as the longest sequence; the final state read at min(length, last row)
    steps = int(max(lengths))
    hs, cs = [], []
    h, c = h0, c0
    for t in range(steps):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    hs, cs = np.array(hs), np.array(cs)
    live = np.arange(steps)[:, None] < np.asarray(lengths)[None, :]
    end = np.minimum(np.asarray(lengths), steps - 1)
    rows = np.arange(x.shape[1])
    return hs * live[:, :, None], (hs[end, rows], cs[end, rows])


def test_out_cut_to_the_longest_beside_a_clipped_final_index_names_both():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_cut_and_clipped_index, seed=7)
    text = str(info.value)
    assert "out has max(lengths) steps" in text, text
    assert "h_n and c_n are read at t = lengths[b] (the index cut" in text, text


def cell_peepholes_i_and_o(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # "Gers & Schmidhuber": the input and output gates also look at the old cell state
    H = h.shape[1]
    net = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    y_in = _sig(net[:, :H] + c)
    y_forget = _sig(net[:, H : 2 * H])
    y_out = _sig(net[:, 3 * H :] + c)
    s = y_forget * c + y_in * np.tanh(net[:, 2 * H : 3 * H])
    return y_out * np.tanh(s), s


def test_peepholes_on_the_input_and_output_gates_are_named_with_their_gates():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_peepholes_i_and_o, seed=7)
    text = str(info.value)
    assert "c_{t-1} added to i's and o's pre-activations" in text, text


def cell_batch_loop_row0(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    h_new, c_new = np.zeros_like(h), np.zeros_like(c)
    for b in range(x.shape[0]):
        a = W_ih @ x[b] + b_ih + W_hh @ h[0] + b_hh  # h[0]: a fixed index in the batch loop
        i, f, g, o = _sig(a[:H]), _sig(a[H : 2 * H]), np.tanh(a[2 * H : 3 * H]), _sig(a[3 * H :])
        c_new[b] = f * c[b] + i * g
        h_new[b] = o * np.tanh(c_new[b])
    return h_new, c_new


def test_every_batch_row_reading_row_0_of_h_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_batch_loop_row0, seed=7)
    assert "gate.batch_row0" in _ids(info.value), str(info.value)


def cell_hidden_size_from_batch_axis(x, h, c, W_ih, W_hh, b_ih, b_hh):
    n = c.shape[0]  # "hidden size": the batch size B in fact
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f = _sig(a[:, :n]), _sig(a[:, n : 2 * n])
    g, o = np.tanh(a[:, 2 * n : 3 * n]), _sig(a[:, 3 * n :])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def test_the_cases_that_run_are_told_apart_by_two_equal_sizes():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_hidden_size_from_batch_axis, seed=7)
    assert "Every case with B ≠ H raises" in str(info.value), str(info.value)


def cell_backward_cache_ifog(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    # CS231n habit: the cache packed (i, f, o, g) and unpacked as (i, f, g, o)
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    cache = (i, f, o, g, c2)
    i, f, g, o, c2 = cache
    t = np.tanh(c2)
    dc = dc_next + dh_next * o * (1 - t**2)
    da = np.hstack(
        [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), dh_next * t * o * (1 - o)]
    )
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,
            "b_ih": da.sum(0), "b_hh": da.sum(0)}  # fmt: skip


def test_gate_values_unpacked_in_another_order_in_the_backward_are_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_cache_ifog, seed=7)
    text = str(info.value)
    assert "the backward reads the gates' values in the order (i, f, o, g)" in text, text


def _step_backward(dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    t = np.tanh(c2)
    dct = dc + dh * o * (1 - t**2)
    da = np.hstack([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g**2),
                    dh * t * o * (1 - o)])  # fmt: skip
    return da, da @ W_hh, dct * f


def layer_backward_truncated(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    k_trunc = 2  # truncated BPTT: "only the recent past matters"
    T = x.shape[0]
    hs, cs = [h0], [c0]
    for t in range(T):
        h, c = _cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    grads = {"x": np.zeros_like(x), "W_ih": 0 * W_ih, "W_hh": 0 * W_hh, "b_ih": 0 * b_ih,
             "b_hh": 0 * b_hh}  # fmt: skip
    for t in range(T - 1, max(T - 1 - k_trunc, -1), -1):
        da, dh, dc = _step_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        grads["x"][t] = da @ W_ih
        grads["W_ih"] += da.T @ x[t]
        grads["W_hh"] += da.T @ hs[t]
        grads["b_ih"] += da.sum(0)
        grads["b_hh"] += da.sum(0)
    return {**grads, "h0": dh, "c0": dc}


def test_truncated_backpropagation_through_time_is_named_with_its_window():
    from lstm_ref.checks import check_lstm_layer_backward

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_truncated, seed=7)
    assert "runs only the last 2 steps" in str(info.value), str(info.value)


def lengths_sorted_h0_kept(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    order = np.argsort(-np.asarray(lengths), kind="stable")  # pack by hand: longest first
    lens, xs = np.asarray(lengths)[order], x[:, order]
    h, c = h0.copy(), c0.copy()  # not reordered with the batch
    out = np.zeros((x.shape[0], x.shape[1], h0.shape[1]))
    for t in range(x.shape[0]):
        n = int(np.sum(lens > t))
        if n:
            h[:n], c[:n] = _cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)
            out[t, :n] = h[:n]
    back = np.argsort(order)
    return out[:, back], (h[back], c[back])


def test_a_batch_sorted_by_length_with_its_initial_state_left_unsorted_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_sorted_h0_kept, seed=7)
    assert "but h0 and c0 are not" in str(info.value), str(info.value)


def sigmoid_int_input(z):
    z = np.asarray(z).astype(int)  # "a proper array"
    return np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))


def test_an_input_cast_to_int_is_named_and_no_cache_is_suggested():
    from lstm_ref.checks import check_sigmoid

    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_int_input, seed=7)
    text = str(info.value)
    assert "z is truncated to an integer first" in text, text
    assert "a cache keyed by the shapes" not in text, text


def gates_keras_kernel_mean_bias(x, h, W_ih, W_hh, b_ih, b_hh):
    kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)  # Keras: one (I+H, 4H) kernel
    bias = (b_ih + b_hh) / 2  # "Keras has one bias"
    z = np.concatenate([x, h], axis=1) @ kernel + bias
    i, f, g, o = np.split(z, 4, axis=-1)
    return _sig(i), _sig(f), np.tanh(g), _sig(o)


def test_two_biases_averaged_into_one_are_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_keras_kernel_mean_bias, seed=7)
    assert "the two biases are averaged, (b_ih + b_hh) / 2" in str(info.value), str(info.value)


def gates_einsum_letters(x, h, W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gk->bg", h, W_hh) + b_ih + b_hh
    z = z.reshape(-1, 4, H)
    return _sig(z[:, 0]), _sig(z[:, 1]), np.tanh(z[:, 2]), _sig(z[:, 3])


def test_an_einsum_summing_two_letters_apart_is_named_as_a_product_of_sums():
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_einsum_letters, seed=7)
    text = str(info.value)
    assert "the term W_hh h_{t-1} is computed as (Σ_j h_{t-1}[j])" in text, text


def layer_first_row_of_h0(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = x if batch_first else x.transpose(1, 0, 2)
    # "layer 0", as nn.LSTM's (L, B, H): here the first batch row, broadcast to every row
    h, c = h0[0] + np.zeros_like(h0), c0[0] + np.zeros_like(c0)
    out = []
    for t in range(xs.shape[1]):
        h, c = _cell(xs[:, t], h, c, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    out = np.stack(out, axis=1 if batch_first else 0)
    return out, (h, c)


def test_every_sequence_started_from_row_0_of_h0_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_first_row_of_h0, seed=7)
    assert "every batch row starts from h0[0], c0[0]" in str(info.value), str(info.value)


def layer_backward_b_hh_assigned(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    T = x.shape[0]
    hs, cs = [h0], [c0]
    for t in range(T):
        h, c = _cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    dx, dWx, dWh, dbx = np.zeros_like(x), 0 * W_ih, 0 * W_hh, 0 * b_ih
    for t in reversed(range(T)):
        da, dh, dc = _step_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)
        dx[t] = da @ W_ih
        dWx += da.T @ x[t]
        dWh += da.T @ hs[t]
        dbx += da.sum(0)
        dbh = da.sum(0)  # = where += belongs
    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWx, "W_hh": dWh, "b_ih": dbx, "b_hh": dbh}


def test_one_gradient_assigned_where_the_others_are_summed_is_named():
    from lstm_ref.checks import check_lstm_layer_backward

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_b_hh_assigned, seed=7)
    assert "b_hh's gradient is overwritten at each step" in str(info.value), str(info.value)


def cell_backward_einsum_hh_batch_letters(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o, c2 = _forward(x, h, c, W_ih, W_hh, b_ih, b_hh)
    t = np.tanh(c2)
    dct = dc_next + dh_next * o * (1 - t**2)
    dz = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g**2),
                         dh_next * t * o * (1 - o)], axis=1)  # fmt: skip
    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dct * f,
            "W_ih": np.einsum("bk,bi->ki", dz, x), "W_hh": np.einsum("bk,cj->kj", dz, h),
            "b_ih": dz.sum(0), "b_hh": dz.sum(0)}  # fmt: skip


def test_one_weight_gradient_made_of_batch_sums_is_named_for_that_matrix():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward_einsum_hh_batch_letters, seed=7)
    text = str(info.value)
    assert "W_hh's gradient is the outer product of batch sums" in text, text
    assert "W_ih's gradient" not in text, text
