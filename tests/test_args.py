"""Bad input: one test per class from issue 2, each asserting the message a student reads."""

from __future__ import annotations

import re

import numpy as np
import pytest

from lstm_ref import init_params, lstm, lstm_backward, lstm_cell, lstm_layer

X = np.zeros((5, 2, 4))  # (T, B, I) = (5, 2, 4)


def params(**kw):
    return init_params(4, 3, rng=0, **kw)


def test_wrong_rank_names_argument_and_ranks():
    with pytest.raises(
        ValueError, match=re.escape("x has 3 dimensions (shape (2, 2, 4)); expected 1 or 2")
    ):
        lstm_cell(np.zeros((2, 2, 4)), None, None, np.zeros((12, 4)), np.zeros((12, 3)))
    with pytest.raises(
        ValueError, match=re.escape("x has 1 dimensions (shape (4,)); expected 2 or 3")
    ):
        lstm(np.zeros(4), params())


def test_rows_not_4h_names_weight_and_shape():
    with pytest.raises(
        ValueError, match=re.escape("W_hh has shape (11, 3); expected (4H, H) = (12, 3)")
    ):
        lstm_cell(np.zeros((2, 4)), None, None, np.zeros((12, 4)), np.zeros((11, 3)))
    with pytest.raises(
        ValueError, match=re.escape("W_ih has shape (10, 4); its 10 rows are not 4H")
    ):
        lstm_layer(X, None, None, np.zeros((10, 4)), np.zeros((12, 3)))


def test_input_size_mismatch_names_x_and_w_ih():
    with pytest.raises(
        ValueError,
        match=re.escape("W_ih has shape (12, 5); expected (4H, I) = (12, 4), with I = 4 from x"),
    ):
        lstm_layer(X, None, None, np.zeros((12, 5)), np.zeros((12, 3)))
    with pytest.raises(
        ValueError, match=re.escape("x has shape (5, 2, 3); expected (T, B, I) = (5, 2, 4)")
    ):
        lstm(np.zeros((5, 2, 3)), params())


def test_hidden_size_mismatch_names_state_and_bias():
    with pytest.raises(
        ValueError, match=re.escape("h0 has shape (2, 4); expected (B, H) = (2, 3)")
    ):
        lstm_layer(X, np.zeros((2, 4)), None, np.zeros((12, 4)), np.zeros((12, 3)))
    with pytest.raises(ValueError, match=re.escape("b_hh has shape (11,); expected (4H,) = (12,)")):
        lstm_cell(
            np.zeros((2, 4)), None, None, np.zeros((12, 4)), np.zeros((12, 3)), None, np.zeros(11)
        )
    with pytest.raises(
        ValueError,
        match=re.escape("hx[1] (c0) has shape (1, 2, 4); expected (L*D, B, H) = (1, 2, 3)"),
    ):
        lstm(X, params(), (np.zeros((1, 2, 3)), np.zeros((1, 2, 4))))
    with pytest.raises(
        ValueError, match=re.escape("weight_ih_l1 has shape (12, 3); expected (4H, 2P) = (12, 4)")
    ):
        p = params(num_layers=2, bidirectional=True, proj_size=2)
        p["weight_ih_l1"] = np.zeros((12, 3))
        lstm(X, p)


def test_params_missing_and_unexpected_keys_are_named():
    p = params(num_layers=2)
    del p["bias_hh_l1"]
    p["weight_hr_l7"] = np.zeros((1, 3))
    with pytest.raises(KeyError, match=re.escape("missing ['bias_hh_l1']")) as err:
        lstm(X, p)
    assert "unexpected ['weight_hr_l7']" in str(err.value)
    with pytest.raises(KeyError, match="these look like nn.LSTMCell keys"):
        lstm(X, {"weight_ih": np.zeros((12, 4)), "weight_hh": np.zeros((12, 3))})


def test_non_finite_values_are_refused_with_their_position():
    W = np.zeros((12, 3))
    W[2, 1] = np.inf
    with pytest.raises(
        ValueError, match=re.escape("W_hh contains non-finite values (first at index (2, 1): inf)")
    ):
        lstm_cell(np.zeros((2, 4)), None, None, np.zeros((12, 4)), W)
    p = params()
    p["bias_ih_l0"][0] = np.nan
    with pytest.raises(ValueError, match="bias_ih_l0 contains non-finite values"):
        lstm(X, p)


@pytest.mark.parametrize("dtype", [np.int64, np.int32, np.complex128, np.bool_])
def test_integer_complex_and_bool_arrays_raise_type_error(dtype):
    with pytest.raises(TypeError, match=r"x has dtype \w+ \(an? (integer|complex|boolean) array\)"):
        lstm(X.astype(dtype), params())


def test_lengths_out_of_range_and_wrong_shape():
    with pytest.raises(
        ValueError, match=re.escape("lengths[1] is 6; expected 1 <= length <= T = 5")
    ):
        lstm(X, params(), lengths=[2, 6])
    with pytest.raises(
        ValueError, match=re.escape("lengths[0] is 0; expected 1 <= length <= T = 5")
    ):
        lstm(X, params(), lengths=[0, 2])
    with pytest.raises(ValueError, match=re.escape("lengths has shape (3,); expected (B,) = (2,)")):
        lstm(X, params(), lengths=[1, 2, 3])
    with pytest.raises(TypeError, match="lengths has dtype float64; expected integers"):
        lstm(X, params(), lengths=[1.5, 2])


def test_backward_upstream_gradient_shape_is_checked():
    with pytest.raises(
        ValueError, match=re.escape("dout has shape (5, 2, 4); expected (T, B, D*H) = (5, 2, 3)")
    ):
        lstm_backward(np.zeros((5, 2, 4)), X, params())
