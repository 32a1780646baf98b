"""Real PyTorch in float64, the independent source the model tests compare with: nn.LSTMCell,
nn.LSTM (packed for lengths, bidirectional, stacked) and autograd for the backward functions.
Every function takes and returns NumPy arrays (the graded functions' own arguments)."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

F64 = torch.float64
LAYER_KEYS = ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")


def tensor(a, grad: bool = False) -> torch.Tensor:
    return torch.tensor(np.asarray(a, dtype=np.float64), dtype=F64, requires_grad=grad)


def numpy(t: torch.Tensor) -> np.ndarray:
    return t.detach().numpy().copy()


def _load(module: nn.Module, params: dict) -> nn.Module:
    """``module`` (float64) with the given parameters (nn.LSTM's state_dict names)."""
    module.load_state_dict({k: tensor(v) for k, v in params.items()})
    return module.eval()


def _layer(W, suffix: str = "") -> dict:
    return {f"{k}{suffix}": w for k, w in zip(LAYER_KEYS, W, strict=True)}


# --- one step ----------------------------------------------------------------------------------
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh) -> dict:
    """nn.LSTMCell: {"h_next", "c_next"}."""
    H = np.shape(W_hh)[1]
    cell = nn.LSTMCell(np.shape(W_ih)[1], H, dtype=F64)
    _load(cell, {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh})
    with torch.no_grad():
        h2, c2 = cell(tensor(x), (tensor(h), tensor(c)))
    return {"h_next": numpy(h2), "c_next": numpy(c2)}


def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh) -> dict:
    """The four gates as torch's documentation of nn.LSTM defines them: F.linear of x and of h,
    chunked in the order (i, f, g, o), σ, σ, tanh, σ."""
    a = nn.functional.linear(tensor(x), tensor(W_ih), tensor(b_ih))
    a = a + nn.functional.linear(tensor(h), tensor(W_hh), tensor(b_hh))
    a_i, a_f, a_g, a_o = a.chunk(4, dim=-1)
    gates = torch.sigmoid(a_i), torch.sigmoid(a_f), torch.tanh(a_g), torch.sigmoid(a_o)
    return {k: numpy(v) for k, v in zip("ifgo", gates, strict=True)}


# --- sequences -----------------------------------------------------------------------------------
def lstm(x, params: dict, hx=None, *, batch_first=False, lengths=None, **config) -> tuple:
    """nn.LSTM(**config) with ``params`` (its state_dict names): (out, h_n, c_n) as arrays.

    With ``lengths``: x packed (enforce_sorted=False), out padded back to all T steps (zeros past
    each length), h_n, c_n at each sequence's last valid step (nn.LSTM's packed semantics)."""
    I = np.shape(x)[-1]
    H = np.shape(params["weight_hh_l0"])[1]
    module = _load(nn.LSTM(I, H, batch_first=batch_first, dtype=F64, **config), params)
    state = None if hx is None else (tensor(hx[0]), tensor(hx[1]))
    with torch.no_grad():
        if lengths is None:
            out, (h_n, c_n) = module(tensor(x), state)
        else:
            T = np.shape(x)[1 if batch_first else 0]
            packed = pack_padded_sequence(
                tensor(x),
                torch.as_tensor(np.asarray(lengths), dtype=torch.int64),
                batch_first=batch_first,
                enforce_sorted=False,
            )
            out, (h_n, c_n) = module(packed, state)
            out, _ = pad_packed_sequence(out, batch_first=batch_first, total_length=T)
    return numpy(out), numpy(h_n), numpy(c_n)


def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False) -> dict:
    """One layer (lstm_layer's arguments; h0, c0 (B, H) or None)."""
    if h0 is None or c0 is None:  # nn.LSTM takes both or neither: a missing one is zeros
        B = np.shape(x)[0 if batch_first else 1]
        zeros = np.zeros((B, np.shape(W_hh)[1]))
        hx = None if h0 is None and c0 is None else (_or(h0, zeros), _or(c0, zeros))
    else:
        hx = (h0, c0)
    hx = None if hx is None else (np.asarray(hx[0])[None], np.asarray(hx[1])[None])
    params = _layer((W_ih, W_hh, b_ih, b_hh))
    out, h_n, c_n = lstm(x, params, hx, batch_first=batch_first)
    return {"out": out, "h_n": h_n[0], "c_n": c_n[0]}


def _or(a, default):
    return default if a is None else a


def bilstm_layer(x, h0, c0, fwd, bwd, lengths=None) -> dict:
    """One bidirectional layer: fwd, bwd are (W_ih, W_hh, b_ih, b_hh); h0, c0 (2, B, H)."""
    params = {**_layer(fwd), **_layer(bwd, "_reverse")}
    out, h_n, c_n = lstm(x, params, (h0, c0), lengths=lengths, bidirectional=True)
    return {"out": out, "h_n": h_n, "c_n": c_n}


def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh) -> dict:
    params = _layer((W_ih, W_hh, b_ih, b_hh))
    out, h_n, c_n = lstm(x, params, (h0[None], c0[None]), lengths=lengths)
    return {"out": out, "h_n": h_n[0], "c_n": c_n[0]}


def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd) -> dict:
    return bilstm_layer(x, h0, c0, fwd, bwd, lengths=lengths)


def scratch_lstm(init: dict, state_dict: dict, x, hx) -> dict:
    """ScratchLSTM's case: nn.LSTM(**init) with ``state_dict`` loaded, called on (x, hx)."""
    config = {k: v for k, v in init.items() if k not in ("input_size", "hidden_size")}
    module = _load(
        nn.LSTM(init["input_size"], init["hidden_size"], dtype=F64, **config), state_dict
    )
    state = None if hx is None else (tensor(hx[0]), tensor(hx[1]))
    with torch.no_grad():
        out, (h_n, c_n) = module(tensor(x), state)
    return {"out": numpy(out), "h_n": numpy(h_n), "c_n": numpy(c_n)}


# --- gradients -----------------------------------------------------------------------------------
def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh) -> dict:
    """Autograd through nn.LSTMCell of L = Σ dh_next ⊙ h_next + Σ dc_next ⊙ c_next: the gradients
    of x, h, c and the four parameters (lstm_cell_backward's keys)."""
    H = np.shape(W_hh)[1]
    cell = nn.LSTMCell(np.shape(W_ih)[1], H, dtype=F64)
    _load(cell, {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh})
    xt, ht, ct = tensor(x, True), tensor(h, True), tensor(c, True)
    h2, c2 = cell(xt, (ht, ct))
    loss = (h2 * tensor(dh_next)).sum() + (c2 * tensor(dc_next)).sum()
    loss.backward()
    return {
        "x": numpy(xt.grad),
        "h": numpy(ht.grad),
        "c": numpy(ct.grad),
        "W_ih": numpy(cell.weight_ih.grad),
        "W_hh": numpy(cell.weight_hh.grad),
        "b_ih": numpy(cell.bias_ih.grad),
        "b_hh": numpy(cell.bias_hh.grad),
    }


def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None) -> dict:
    """Autograd through nn.LSTM of L = Σ dout ⊙ out (+ Σ dh_n ⊙ h_n, + Σ dc_n ⊙ c_n where given):
    the gradients of x, h0, c0 and the four parameters (lstm_layer_backward's keys)."""
    module = _load(
        nn.LSTM(np.shape(x)[-1], np.shape(W_hh)[1], dtype=F64), _layer((W_ih, W_hh, b_ih, b_hh))
    )
    xt, h0t, c0t = tensor(x, True), tensor(np.asarray(h0)[None], True), tensor(c0, True)
    c0u = c0t[None]
    out, (h_n, c_n) = module(xt, (h0t, c0u))
    loss = (out * tensor(dout)).sum()
    if dh_n is not None:
        loss = loss + (h_n[0] * tensor(dh_n)).sum()
    if dc_n is not None:
        loss = loss + (c_n[0] * tensor(dc_n)).sum()
    loss.backward()
    return {
        "x": numpy(xt.grad),
        "h0": numpy(h0t.grad)[0],
        "c0": numpy(c0t.grad),
        "W_ih": numpy(module.weight_ih_l0.grad),
        "W_hh": numpy(module.weight_hh_l0.grad),
        "b_ih": numpy(module.bias_ih_l0.grad),
        "b_hh": numpy(module.bias_hh_l0.grad),
    }
