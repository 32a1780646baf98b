"""lstm_ref: a float64 NumPy LSTM that matches PyTorch, and the checks students and graders run."""

# The version, set here only: pyproject.toml, the notebooks' set-up cell (lstm_ref/setup_cell.py)
# and the wheel the book serves read it. Bump it for every release (then `make exercises`).
__version__ = "0.2.0"

from lstm_ref.backward import lstm_backward, lstm_cell_backward
from lstm_ref.cell import lstm_cell, sigmoid
from lstm_ref.gates import GATE_NAMES, GATES
from lstm_ref.layer import lstm_layer
from lstm_ref.lstm import lstm
from lstm_ref.params import init_params, param_keys, params_from_torch, params_to_torch

__all__ = [
    "__version__",
    "GATES",
    "GATE_NAMES",
    "init_params",
    "lstm",
    "lstm_backward",
    "lstm_cell",
    "lstm_cell_backward",
    "lstm_layer",
    "param_keys",
    "params_from_torch",
    "params_to_torch",
    "sigmoid",
]
