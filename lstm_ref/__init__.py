"""lstm_ref: a float64 NumPy LSTM that matches PyTorch, and the checks students and graders run."""

from lstm_ref.backward import lstm_backward, lstm_cell_backward, lstm_layer_backward
from lstm_ref.cell import lstm_cell, sigmoid
from lstm_ref.gates import GATE_NAMES, GATES
from lstm_ref.layer import lstm_layer
from lstm_ref.lstm import bilstm_layer_lengths, lstm
from lstm_ref.params import init_params, param_keys, params_from_torch, params_to_torch

__all__ = [
    "GATES",
    "GATE_NAMES",
    "bilstm_layer_lengths",
    "init_params",
    "lstm",
    "lstm_backward",
    "lstm_cell",
    "lstm_cell_backward",
    "lstm_layer_backward",
    "lstm_layer",
    "param_keys",
    "params_from_torch",
    "params_to_torch",
    "sigmoid",
]
