"""lstm_ref/checks/student.py and guard.numpy_only: the one path by which a check touches the
student's code refuses torch and lstm_ref's numerics, also when the student's code catches it."""

import sys

import numpy as np
import pytest

from lstm_ref.checks.findings import NUMPY_ONLY_SENTENCE, numpy_only_sentence
from lstm_ref.checks.student import Refused, call_student, copy_args, missing_library, same_args
from lstm_ref.guard import numpy_only


def test_the_sentence_is_the_contracts():
    assert numpy_only_sentence("torch") == (
        "this exercise is graded in NumPy only; torch is not available when it is graded"
    )
    assert "{library}" in NUMPY_ONLY_SENTENCE


def test_torch_inside_a_student_call_is_refused():
    import torch

    def student(x):
        return torch.from_numpy(x).tanh().numpy()

    with pytest.raises(Refused) as info:
        call_student(student, np.ones(3))
    assert info.value.library == "torch" and "from_numpy" in info.value.what


def test_a_caught_refusal_is_still_refused():
    import torch

    def student(x):
        try:
            return torch.tanh(torch.from_numpy(x)).numpy()
        except Exception:
            return np.tanh(x)

    with pytest.raises(Refused):
        call_student(student, np.ones(3))


def test_lstm_ref_numerics_are_refused_but_numpy_is_not():
    from lstm_ref.gates import split_gates

    with pytest.raises(Refused) as info:
        call_student(lambda z: split_gates(z), np.ones(8))
    assert info.value.library == "lstm_ref"
    assert np.allclose(call_student(lambda z: np.tanh(z), np.ones(2)), np.tanh(1))


def test_a_module_not_found_for_torch_from_the_sandbox_is_the_same_refusal():
    def sandboxed(x):  # what the grader's proxy brings back from the sandbox
        raise ModuleNotFoundError(f"No module named 'torch': {numpy_only_sentence('torch')}")

    with pytest.raises(Refused) as info:
        call_student(sandboxed, np.ones(1))
    assert info.value.library == "torch"
    assert missing_library(ModuleNotFoundError("x", name="lstm_ref.cell")) == "lstm_ref"
    assert missing_library(ModuleNotFoundError("No module named 'scipy'", name="scipy")) is None


def test_the_students_own_exception_passes_through():
    def broken(x):
        raise ValueError("mine")

    with pytest.raises(ValueError, match="mine"):
        call_student(broken, 1)


def test_numpy_only_restores_the_previous_profiler():
    seen = []

    def mine(frame, event, arg):
        seen.append(event)

    sys.setprofile(mine)
    try:
        with numpy_only():
            pass
        assert sys.getprofile() is mine
    finally:
        sys.setprofile(None)


def test_copies_are_deep_and_compared_bit_for_bit():
    a = {"w": np.arange(3.0), "t": (np.ones(2), [np.zeros(1)])}
    b = copy_args(a)
    assert same_args(a, b) and b["w"] is not a["w"]
    b["t"][1][0][0] = 5
    assert not same_args(a, b)
