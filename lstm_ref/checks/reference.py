"""Where the checks get their expected values: lstm_ref (and torch, an independent source, for the
sigmoid and the four gates, which lstm_ref does not expose as functions of their own).

Imports are lazy so that ``import lstm_ref.checks`` stays cheap.
"""

from __future__ import annotations

import numpy as np


def sigmoid(z):
    """σ(z), from torch in float64: z any shape."""
    import torch

    return torch.sigmoid(torch.from_numpy(np.asarray(z, dtype=np.float64))).numpy()


def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):
    """(i, f, g, o), each (B, H): the affine map in NumPy, the activations from torch (float64).

    (torch's matmul on tiny float64 matrices can take ~50 ms on a busy machine; NumPy's does not.)
    """
    import torch

    f64 = lambda a: np.asarray(a, dtype=np.float64)
    a = (
        f64(x) @ f64(W_ih).T + f64(b_ih) + f64(h) @ f64(W_hh).T + f64(b_hh)
    )  # a = W_ih x + b_ih + W_hh h + b_hh
    a_i, a_f, a_g, a_o = torch.from_numpy(a).chunk(4, dim=-1)
    gates = (torch.sigmoid(a_i), torch.sigmoid(a_f), torch.tanh(a_g), torch.sigmoid(a_o))
    return tuple(v.numpy() for v in gates)


def lstm_cell(*args, **kwargs):
    from lstm_ref.cell import lstm_cell as ref

    return ref(*args, **kwargs)


def lstm_layer(*args, **kwargs):
    from lstm_ref.layer import lstm_layer as ref

    return ref(*args, **kwargs)


def lstm(*args, **kwargs):
    from lstm_ref.lstm import lstm as ref

    return ref(*args, **kwargs)


def lstm_cell_backward(*args, **kwargs):
    from lstm_ref.backward import lstm_cell_backward as ref

    return ref(*args, **kwargs)


def bilstm_params(fwd, bwd) -> dict:
    """nn.LSTM(bidirectional=True)'s state_dict for one layer from two (W_ih, W_hh, b_ih, b_hh)."""
    names = ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")
    params = dict(zip(names, fwd, strict=True))
    params.update({n + "_reverse": a for n, a in zip(names, bwd, strict=True)})
    return params


def layer_params(W_ih, W_hh, b_ih, b_hh) -> dict:
    """nn.LSTM's state_dict keys for one layer, one direction."""
    return {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
