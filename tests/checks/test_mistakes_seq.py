"""lstm_ref/checks/mistakes_seq.py: the runners its catalogues put a mistaken step in must be the
book's computation when the step is right (else every catalogued step mistake is off)."""

import numpy as np
import pytest

from lstm_ref.checks import check_seq as SQ
from lstm_ref.checks import reference
from lstm_ref.checks.mistakes_seq import (
    bilstm_lengths_mistakes,
    bilstm_mistakes,
    lengths_mistakes,
    run_steps,
    run_steps_masked,
    within_lengths,
)


def _close(got, exp):
    out, (h, c) = got
    return all(
        np.allclose(a, b, rtol=1e-12, atol=1e-12)
        for a, b in ((out, exp[0]), (h, exp[1][0]), (c, exp[1][1]))
    )


@pytest.mark.parametrize("case", SQ.lstm_layer_lengths_spec().fixed_cases(), ids=lambda c: c.label)
def test_the_masked_runner_with_the_books_step_is_lstm_layer_lengths(case):
    x, L, h0, c0, *W = case.args
    exp = SQ.lstm_layer_lengths_spec().reference(*case.args)
    assert _close(run_steps_masked(reference.lstm_cell, x, L, h0, c0, *W), exp)


@pytest.mark.parametrize("case", SQ.lstm_layer_spec().fixed_cases(), ids=lambda c: c.label)
def test_the_runner_with_the_books_step_is_lstm_layer(case):
    x, h0, c0, *W = case.args
    bf = case.kwargs.get("batch_first", False)
    if h0 is None or c0 is None:
        pytest.skip("None states are the layer's own handling, not the runner's")
    exp = SQ.lstm_layer_spec().reference(*case.args, **case.kwargs)
    assert _close(run_steps(reference.lstm_cell, x, h0, c0, *W, batch_first=bf), exp)


def test_reversing_within_the_lengths_twice_is_the_identity():
    a = np.random.default_rng(0).normal(size=(5, 3, 2))
    L = [5, 2, 1]
    once = within_lengths(a, L)
    assert np.array_equal(once[:2, 1], a[1::-1, 1]) and np.array_equal(once[2:, 1], a[2:, 1])
    assert np.array_equal(within_lengths(once, L), a)


@pytest.mark.parametrize("catalogue", [bilstm_mistakes, lengths_mistakes, bilstm_lengths_mistakes])
def test_every_catalogued_mistake_has_a_known_finding_and_a_text(catalogue):
    from lstm_ref.checks.findings import KINDS

    for m in catalogue():
        assert m.finding in KINDS and m.text, m.key
