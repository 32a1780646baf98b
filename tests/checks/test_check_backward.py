"""check_lstm_cell_backward on students' backward steps: autograd and by hand."""

import numpy as np
import pytest
import torch

from lstm_ref.checks import CheckFailure, check_lstm_cell_backward
from tests.checks.helpers import named

NAMES = ("x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh")


def backward_autograd(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    t = {
        k: torch.tensor(v, requires_grad=True)
        for k, v in zip(NAMES, (x, h, c, W_ih, W_hh, b_ih, b_hh), strict=True)
    }
    a = t["x"] @ t["W_ih"].T + t["b_ih"] + t["h"] @ t["W_hh"].T + t["b_hh"]
    i, f, g, o = a.chunk(4, 1)
    c2 = torch.sigmoid(f) * t["c"] + torch.sigmoid(i) * torch.tanh(g)
    h2 = torch.sigmoid(o) * torch.tanh(c2)
    (h2 * torch.tensor(dh_next) + c2 * torch.tensor(dc_next)).sum().backward()
    return {k: v.grad.numpy() for k, v in t.items()}


def backward_by_hand(
    dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, use_dc=True, w_hh=lambda da, h: da.T @ h
):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    i, f, g, o = 1 / (1 + np.exp(-ai)), 1 / (1 + np.exp(-af)), np.tanh(ag), 1 / (1 + np.exp(-ao))
    c2 = f * c + i * g
    tc = np.tanh(c2)
    dc = dh_next * o * (1 - tc**2) + (dc_next if use_dc else 0)
    da = np.concatenate(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - g**2),
            dh_next * tc * o * (1 - o),
        ],
        1,
    )
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc * f,
        "W_ih": da.T @ x,
        "W_hh": w_hh(da, h),
        "b_ih": da.sum(0),
        "b_hh": da.sum(0),
    }


def test_autograd_is_refused_as_the_grader_refuses_it():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(backward_autograd, seed=5)
    assert (
        info.value.stage == "forbidden"
        and "this exercise is graded in NumPy only; torch is not available when it is graded"
        in str(info.value)
    )
    assert [f.id for f in info.value.findings] == ["forbidden_library"]


@pytest.mark.parametrize("fn", [backward_by_hand])
def test_correct_backward_passes(fn, capsys):
    check_lstm_cell_backward(fn, seed=5)
    assert capsys.readouterr().out.strip() == "lstm_cell_backward: all 15 cases match"


def test_dc_next_forgotten_is_diagnosed():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(lambda *a: backward_by_hand(*a, use_dc=False), seed=5)
    assert named(info.value, "dc_next_ignored")


def test_missing_key_is_named():
    def partial(*a):
        d = backward_by_hand(*a)
        del d["b_hh"]
        return d

    with pytest.raises(CheckFailure, match="the dict has no key 'b_hh'"):
        check_lstm_cell_backward(partial, cases="shapes")


def backward_read_as_ifog(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    # a student who reads the rows as (i, f, o, g) in both passes, one line per gate
    H = h.shape[1]
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i = 1 / (1 + np.exp(-z[:, :H]))
    f = 1 / (1 + np.exp(-z[:, H : 2 * H]))
    o = 1 / (1 + np.exp(-z[:, 2 * H : 3 * H]))
    g = np.tanh(z[:, 3 * H :])
    c_new = f * c + i * g
    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)
    dz = np.hstack(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dh_next * np.tanh(c_new) * o * (1 - o),
            dc * i * (1 - g**2),
        ]
    )
    return {
        "x": dz @ W_ih,
        "h": dz @ W_hh,
        "c": dc * f,
        "W_ih": dz.T @ x,
        "W_hh": dz.T @ h,
        "b_ih": dz.sum(0),
        "b_hh": dz.sum(0),
    }


def test_a_gate_order_read_in_both_passes_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(backward_read_as_ifog, seed=3)
    assert "grad.gate_block_order" in {f.id for f in info.value.findings}
    assert "in the order (i, f, o, g) in both passes" in str(info.value)


def backward_dh_blocks_transposed(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    g = backward_by_hand(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    H = h.shape[1]  # δa again, for dh with each gate's square block transposed
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    i, f, gg, o = (
        sig(a[:, :H]),
        sig(a[:, H : 2 * H]),
        np.tanh(a[:, 2 * H : 3 * H]),
        sig(a[:, 3 * H :]),
    )
    c2 = f * c + i * gg
    dc = dc_next + dh_next * o * (1 - np.tanh(c2) ** 2)
    da = np.hstack(
        [
            dc * gg * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - gg**2),
            dh_next * np.tanh(c2) * o * (1 - o),
        ]
    )
    g["h"] = sum(da[:, k * H : (k + 1) * H] @ W_hh[k * H : (k + 1) * H].T for k in range(4))
    return g


def backward_tanh_of_the_old_c(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    i, f, g, o = (
        sig(a[:, :H]),
        sig(a[:, H : 2 * H]),
        np.tanh(a[:, 2 * H : 3 * H]),
        sig(a[:, 3 * H :]),
    )
    tc = np.tanh(c)  # the old cell state, where tanh(c_t) belongs
    dc = dc_next + dh_next * o * (1 - tc**2)
    da = np.hstack(
        [
            dc * g * i * (1 - i),
            dc * c * f * (1 - f),
            dc * i * (1 - g**2),
            dh_next * tc * o * (1 - o),
        ]
    )
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc * f,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": da.sum(0),
        "b_hh": da.sum(0),
    }


@pytest.mark.parametrize(
    ("fn", "words"),
    [
        (backward_dh_blocks_transposed, "each gate's block of W_hh is transposed in dh_{t-1}"),
        (backward_tanh_of_the_old_c, "δc uses (1 − tanh²(c_{t-1}))"),
    ],
)
def test_backward_mistakes_of_the_eleventh_corpus_are_named(fn, words):
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(fn, seed=3)
    assert words in str(info.value), str(info.value)


def _forward_parts(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """A student's forward recomputation, gate by gate with separate slices."""
    H = h.shape[1]
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    i, f = sig(a[:, :H]), sig(a[:, H : 2 * H])
    g, o = np.tanh(a[:, 2 * H : 3 * H]), sig(a[:, 3 * H :])
    c_new = f * c + i * g
    return i, f, g, o, c_new, np.tanh(c_new)


def backward_averaged_and_missing_b_hh(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    """Two slips: the weight and bias gradients divided by the batch size (a mean, 'like a
    loss'), and the dict returned without b_hh ('it is the same as b_ih')."""
    i, f, g, o, c_new, tc = _forward_parts(x, h, c, W_ih, W_hh, b_ih, b_hh)
    B = x.shape[0]
    dct = dc_next + dh_next * o * (1 - tc * tc)
    d_i, d_f = dct * g * i * (1 - i), dct * c * f * (1 - f)
    d_g, d_o = dct * i * (1 - g * g), dh_next * tc * o * (1 - o)
    da = np.hstack([d_i, d_f, d_g, d_o])
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dct * f,
        "W_ih": da.T @ x / B,
        "W_hh": da.T @ h / B,
        "b_ih": da.mean(axis=0),
    }


def test_a_missing_key_does_not_hide_gradients_averaged_over_the_batch():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(backward_averaged_and_missing_b_hh, seed=5)
    text = str(info.value)
    assert "averaged over the batch" in text and "the weight gradients" in text, text
    assert "the dict has no key 'b_hh'" in text, text
    assert "all of δa" not in text, text


def backward_keepdims_and_new_h(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    """Two slips: bias gradients summed with keepdims=True, (1, 4H); W_hh's from h_t."""
    i, f, g, o, c_new, tc = _forward_parts(x, h, c, W_ih, W_hh, b_ih, b_hh)
    h_new = o * tc
    dct = dc_next + dh_next * o * (1 - tc**2)
    da = np.concatenate(
        [dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g**2),
         dh_next * tc * o * (1 - o)], axis=1)  # fmt: skip
    db = np.sum(da, axis=0, keepdims=True)
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f, "W_ih": da.T @ x,
            "W_hh": da.T @ h_new, "b_ih": db, "b_hh": db.copy()}  # fmt: skip


def test_an_extra_axis_of_length_1_is_said_and_the_values_still_judged():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(backward_keepdims_and_new_h, seed=5)
    text = str(info.value)
    assert "it has an extra axis of length 1 (axis 0)" in text, text
    assert "W_hh's gradient uses the new state h_t" in text, text
    assert "the batch, for a gradient" not in text, text


def backward_bias_over_gates_and_reshaped_W_hh(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih,
                                               b_hh):  # fmt: skip
    """The bias gradients summed over axis 1; W_hh's computed as hᵀ δa and reshaped."""
    i, f, g, o, c_new, tc = _forward_parts(x, h, c, W_ih, W_hh, b_ih, b_hh)
    dct = dc_next + dh_next * o * (1 - tc**2)
    da = np.concatenate(
        [dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g**2),
         dh_next * tc * o * (1 - o)], axis=1)  # fmt: skip
    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f, "W_ih": da.T @ x,
            "W_hh": (h.T @ da).reshape(W_hh.shape), "b_ih": da.sum(axis=1),
            "b_hh": da.sum(axis=1)}  # fmt: skip


def test_bias_gradients_summed_over_the_gates_are_named():
    def bias_only(*a):
        return {
            **backward_bias_over_gates_and_reshaped_W_hh(*a),
            "W_hh": backward_by_hand(*a)["W_hh"],
        }

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(bias_only, seed=5)
    assert "summed over axis 1 (the 4H gate units)" in str(info.value), str(info.value)


def test_a_weight_gradient_reshaped_where_a_transpose_belongs_is_said():
    def reshaped_only(*a):
        return {
            **backward_by_hand(*a),
            "W_hh": backward_bias_over_gates_and_reshaped_W_hh(*a)["W_hh"],
        }

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(reshaped_only, seed=5)
    assert "transpose reshaped to (4H, H)" in str(info.value), str(info.value)


def test_weight_gradients_from_np_outer_over_a_batch_are_said_as_measured():
    def outer_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
        g = backward_by_hand(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
        H = h.shape[1]
        a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # δa again, to copy the book's np.outer
        i, f = 1 / (1 + np.exp(-a[:, :H])), 1 / (1 + np.exp(-a[:, H : 2 * H]))
        gg, o = np.tanh(a[:, 2 * H : 3 * H]), 1 / (1 + np.exp(-a[:, 3 * H :]))
        c2 = f * c + i * gg
        dc = dc_next + dh_next * o * (1 - np.tanh(c2) ** 2)
        da = np.hstack(
            [dc * gg * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - gg**2)]
            + [dh_next * np.tanh(c2) * o * (1 - o)]
        )
        return {**g, "W_ih": np.outer(da, x), "W_hh": np.outer(da, h)}

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(outer_backward, seed=3)
    text = str(info.value)
    assert "every pair of batch rows multiplied, as np.outer of two (B, ·) arrays gives" in text


def test_a_forget_bias_of_one_in_the_recomputed_forward_is_named():
    def keras_forward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
        H = h.shape[1]
        b = b_ih.copy()
        b[H : 2 * H] += 1.0  # unit_forget_bias, as the Keras layer the student knows
        return backward_by_hand(dh_next, dc_next, x, h, c, W_ih, W_hh, b, b_hh)

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(keras_forward, seed=3)
    text = str(info.value)
    assert "adds 1 to the forget gate's pre-activation" in text, text


def backward_wrong_w_hh_blocks(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, dc=True):
    """Per gate, δW_hh's block written as h_(t-1)ᵀ δa_q (transposed); with ``dc`` False,
    dc_next is dropped as well (a second, independent mistake)."""
    blocks_t = lambda da, h: np.concatenate([h.T @ q for q in np.split(da, 4, axis=1)])  # noqa: E731
    return backward_by_hand(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, use_dc=dc,
                            w_hh=blocks_t)  # fmt: skip


def test_a_transposed_block_of_w_hh_is_named_by_the_fit():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(backward_wrong_w_hh_blocks, seed=5)
    text = str(info.value)
    assert "each gate's (H, H) block of W_hh's gradient is transposed" in text, text


def test_other_gates_blocks_are_not_called_right_where_one_is_wrong():
    # corpus 27: dc_next dropped (δa of i, f, g wrong) and W_hh's blocks transposed: the o
    # block of W_hh is wrong too, so "the other gates' blocks are right" was false
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(lambda *a: backward_wrong_w_hh_blocks(*a, dc=False), seed=5)
    text = str(info.value)
    assert "the other gates' blocks are right" not in text, text
