"""lstm_ref.plot: the gates read off a student's function are that function's gates."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import lstm_ref
from lstm_ref import plot
from lstm_ref.cell import sigmoid


def gates_by_the_equations(x, weights):
    """Every gate, c_t and h_t of chapter 2's sequence, computed here from the equations."""
    W_ih, W_hh, b_ih, b_hh = weights
    B, H = x.shape[1], W_hh.shape[1]
    h, c = np.zeros((B, H)), np.zeros((B, H))
    rec = {name: [] for name in plot.TRACES}
    for x_t in x:
        a_i, a_f, a_g, a_o = np.split(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)
        i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
        c = f * c + i * g
        h = o * np.tanh(c)
        for name, v in zip(plot.TRACES, (i, f, g, o, c, h), strict=True):
            rec[name].append(v)
    return {name: np.stack(v) for name, v in rec.items()}


def cell_with_i_and_f_swapped(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """A student's cell that reads the gate blocks in the order (f, i, g, o)."""
    a_f, a_i, a_g, a_o = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c = f * c + i * g
    return o * np.tanh(c), c


def test_a_correct_cell_gives_the_gates_of_the_equations() -> None:
    x, weights = plot.pulse_sequence()
    traced = plot.trace_cell(lstm_ref.lstm_cell, x, weights)
    expected = gates_by_the_equations(x, weights)
    for name in plot.TRACES:
        np.testing.assert_allclose(traced[name], expected[name], atol=1e-12, err_msg=name)


def test_a_layer_gives_the_same_traces_as_its_cell() -> None:
    x, weights = plot.pulse_sequence(T=12)
    traced = plot.trace_layer(lstm_ref.lstm_layer, x, weights)
    expected = gates_by_the_equations(x, weights)
    for name in plot.TRACES:
        np.testing.assert_allclose(traced[name], expected[name], atol=1e-12, err_msg=name)


def test_a_wrong_gate_shows_as_that_gate() -> None:
    """With i and f read from each other's blocks, the traced i at step 0 (zero state) is the
    reference's f, and the traced f is the reference's i."""
    x, weights = plot.pulse_sequence(T=3)
    traced = plot.trace_cell(cell_with_i_and_f_swapped, x, weights)
    right = gates_by_the_equations(x, weights)
    np.testing.assert_allclose(traced["i"][0], right["f"][0], atol=1e-12)
    np.testing.assert_allclose(traced["f"][0], right["i"][0], atol=1e-12)
    assert plot.first_difference(traced, right).startswith(
        "Your curves leave the reference's at step t = 0, in i_t, f_t, c_t, h_t:"
    )
    assert plot.first_difference(right, right).startswith("Your curves and the reference's are")


def test_a_wrong_shape_says_what_was_expected() -> None:
    x, weights = plot.pulse_sequence(T=2)
    with pytest.raises(ValueError, match=r"c_t: expected shape \(1, 3\)"):
        plot.trace_cell(lambda x, h, c, *w: (h, c[0]), x, weights)


def test_importing_it_does_not_import_matplotlib() -> None:
    code = "import sys, lstm_ref.plot; sys.exit('matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_figure_has_the_student_and_the_reference_side_by_side() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    fig = plot.plot_cell(lstm_ref.lstm_cell, T=6)
    titles = [ax.get_title() for ax in fig.axes]
    assert titles[0].startswith("your lstm_cell") and titles[1].startswith("reference")
    assert all(ax.get_xlabel() == "time step t" for ax in fig.axes[-2:])
