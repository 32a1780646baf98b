"""What the engine measures of calls that change later calls (a cache of some arguments, beside
another mistake), of the shapes cell beside the values (a shape failure hides no second
mistake), and four mistakes students write: the output gate read after h was overwritten, a
sigmoid derivative with another gate's value, an output allocated with x's shape, and a float32
output beside an error. The students' code is written as students write it (their names,
loops, helpers), not derived from lstm_ref."""

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
