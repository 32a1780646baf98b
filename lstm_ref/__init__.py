"""lstm_ref: a float64 NumPy LSTM that matches PyTorch, and the checks students and graders run."""

from lstm_ref.gates import GATE_NAMES, GATES

__all__ = ["GATES", "GATE_NAMES"]
