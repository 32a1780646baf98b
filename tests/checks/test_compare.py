"""The strict comparison: no broadcasting, NaN never equal, dtype-aware tolerances."""

import numpy as np

from lstm_ref.checks.compare import first_difference, values_close, where_in_words


def test_broadcastable_shapes_are_not_close():
    assert not values_close(np.zeros((1, 3)), np.zeros((2, 3)))
    assert not values_close(np.zeros(3), np.zeros((1, 3)))


def test_nan_is_never_close_even_to_nan():
    a = np.array([np.nan, 1.0])
    assert not values_close(a, a.copy())


def test_float32_gets_about_1e_5_relative_and_float64_is_tight():
    e = np.array([1.0, -2.0])
    assert values_close((e * (1 + 5e-6)).astype(np.float32), e)
    assert not values_close(e * (1 + 5e-6), e)
    assert not values_close((e * (1 + 1e-4)).astype(np.float32), e)


def test_first_difference_names_axes():
    g = np.zeros((2, 3, 4))
    e = g.copy()
    e[1, 2, 3] = 1.0
    d = first_difference(g, e)
    assert d.first == (1, 2, 3) and d.n_bad == 1 and d.max_abs == 1.0
    assert (
        where_in_words(d.first, ("T", "B", "H")) == "[1, 2, 3] (time step 1, batch row 2, unit 3)"
    )
