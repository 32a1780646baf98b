"""The gate order is PyTorch's: checked against torch.nn.LSTMCell itself, not restated."""

from __future__ import annotations

import numpy as np
import torch

from lstm_ref import GATE_NAMES, GATES
from lstm_ref.gates import gate_rows, split_gates


def test_gate_order_matches_torch_lstmcell():
    """Set one gate block's bias huge and read the effect off torch's LSTMCell output."""
    H = 2
    x, h, c = torch.zeros(1, 1), torch.zeros(1, H), torch.ones(1, H, dtype=torch.float64)
    probe = {}
    for gate in GATES:
        cell = torch.nn.LSTMCell(1, H).double()
        with torch.no_grad():
            cell.weight_ih.zero_()
            cell.weight_hh.zero_()
            cell.bias_ih.fill_(-30.0)  # every σ gate shut, g = tanh(-30) = -1
            cell.bias_hh.zero_()
            cell.bias_ih[gate_rows(gate, H)] = 30.0
            hn, cn = cell(x.double(), (h.double(), c))
        probe[gate] = (hn[0, 0].item(), cn[0, 0].item())
    # f open alone keeps c = 1 but o shut hides it; o open alone shows tanh(c) with c = 0
    assert abs(probe["f"][1] - 1.0) < 1e-9, f"f block: c_next {probe['f'][1]}, expected 1 (kept)"
    assert abs(probe["o"][0]) < 1e-9 and abs(probe["o"][1]) < 1e-9
    assert abs(probe["i"][1] - (-1.0)) < 1e-9, f"i block: c_next {probe['i'][1]}, expected i*g = -1"
    assert abs(probe["g"][1]) < 1e-9, "g block: with i shut, g must not reach c"
    assert GATES == ("i", "f", "g", "o") and set(GATE_NAMES) == set(GATES)


def test_split_gates_returns_blocks_in_gate_order():
    a = np.arange(2 * 12).reshape(2, 12)
    parts = split_gates(a)
    for gate, part in zip(GATES, parts, strict=True):
        assert np.array_equal(part, a[:, gate_rows(gate, 3)]), f"block {gate} out of place"
