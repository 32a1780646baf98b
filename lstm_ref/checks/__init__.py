"""The checks students and graders run: ``check_lstm_cell(fn)`` and friends.

Every check is ``check_X(fn, *, cases="all", seed=None)`` (see DESIGN.md, "The checks' contract"):
``cases`` is "shapes", "fixed", "random" or "all"; ``seed=None`` draws a fresh seed. Success prints
one line and returns None (so a test cell shows it once, and nbgrader finds no output to read as
a partial score); every failure is a :class:`CheckFailure`, an AssertionError whose message names
the likely mistake, and whose attributes carry the details.

One engine (core.Runner) runs every check from one registry (registry.py: a declared spec and a
caller for each graded name: a function, ex04's NumPy module class, ex08's shapes function). Every
call of the student's code goes through student.call_student, under guard.numpy_only: torch and
lstm_ref's numerics are refused with the finding ``forbidden_library``, locally as at grading.
``fresh_values(seed)`` draws the fixed cases' values anew (the grader wraps test cells in it).
"""

from lstm_ref.checks.check_backward import check_lstm_cell_backward
from lstm_ref.checks.check_cell import check_lstm_cell, check_lstm_gates, check_sigmoid
from lstm_ref.checks.check_layer_backward import check_lstm_layer_backward
from lstm_ref.checks.check_scratch import check_scratch_lstm
from lstm_ref.checks.check_seq import (
    check_bilstm_layer,
    check_bilstm_layer_lengths,
    check_lstm_layer,
    check_lstm_layer_lengths,
)
from lstm_ref.checks.check_shapes import check_lstm_output_shapes
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import KINDS, Finding, FindingKind
from lstm_ref.checks.fixed import fixed_case
from lstm_ref.checks.fresh import fresh_values

__all__ = [
    "KINDS",
    "CheckFailure",
    "Finding",
    "FindingKind",
    "check_bilstm_layer",
    "check_bilstm_layer_lengths",
    "check_lstm_cell",
    "check_lstm_cell_backward",
    "check_lstm_gates",
    "check_lstm_layer",
    "check_lstm_layer_backward",
    "check_lstm_layer_lengths",
    "check_lstm_output_shapes",
    "check_scratch_lstm",
    "check_sigmoid",
    "fixed_case",
    "fresh_values",
]
