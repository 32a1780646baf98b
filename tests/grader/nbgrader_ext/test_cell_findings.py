"""The grading record of a failed test cell: the checks' structured findings, as plain data."""

from __future__ import annotations

import contextlib
import io
import json

import numpy as np
import pytest

from lstm_grader.nbgrader_ext import cell_findings
from lstm_grader.sandbox.client import SandboxTimeout
from lstm_ref.checks import CheckFailure, check_lstm_cell


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_cell_w_hf(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """Seed 001's bug: the input gate reads the forget gate's rows of W_hh."""
    H = h.shape[1]
    a = x @ W_ih.T + b_ih + b_hh
    i = _sigmoid(a[:, :H] + h @ W_hh[H : 2 * H].T)
    f = _sigmoid(a[:, H : 2 * H] + h @ W_hh[H : 2 * H].T)
    g = np.tanh(a[:, 2 * H : 3 * H] + h @ W_hh[2 * H : 3 * H].T)
    o = _sigmoid(a[:, 3 * H :] + h @ W_hh[3 * H :].T)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next


def _failure(fn) -> CheckFailure:
    with pytest.raises(CheckFailure) as info, contextlib.redirect_stdout(io.StringIO()):
        check_lstm_cell(fn, cases="fixed")
    return info.value


def test_record_holds_the_checks_finding_with_gate_and_term():
    record = cell_findings.from_exception(_failure(lstm_cell_w_hf))
    assert record["check"] == "lstm_cell" and record["stage"] == "value"
    (finding,) = record["findings"]
    assert finding["id"] == "gate.reads_other_block"
    assert (finding["gate"], finding["term"]) == ("i", "recurrent")
    json.dumps(record)  # plain JSON for the grading record


def test_record_of_a_timed_out_call_is_interrupted_not_a_raised_mistake():
    def loops(*args):
        raise SandboxTimeout("lstm_cell: timed out after 3 s (interrupted)")

    exc = _failure(loops)
    assert [f.id for f in exc.findings] == ["call.raised"]  # what the check itself says
    record = cell_findings.from_exception(exc, (SandboxTimeout,))
    assert record["findings"] == [] and record["interrupted"] == "SandboxTimeout"


def test_no_record_for_an_error_that_is_not_a_check_failure():
    assert cell_findings.from_exception(NameError("lstm_cell")) is None
