"""``lstm``: the functional twin of ``torch.nn.LSTM`` in eval mode.

Stacked layers (layer k > 0 reads the concatenated outputs of layer k-1), bidirectional (the
reverse direction reads the sequence from its last valid step back to step 0), projections
(``proj_size``: h_t = W_hr (o_t ⊙ tanh(c_t))), ``batch_first``, unbatched input, and ``lengths``
(PyTorch's ``pack_padded_sequence(..., enforce_sorted=False)`` then ``pad_packed_sequence``).

On ``lengths``: like PyTorch's ``pad_packed_sequence``, ``out`` has max(lengths) steps, not T,
and zeros past each sequence's length; ``h_n``/``c_n`` are each sequence's state at its last
valid step (forward direction) or after step 0 (reverse direction, which starts at the last
valid step).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_ref import _args as v
from lstm_ref.layer import project_inputs, run_direction
from lstm_ref.params import LSTMSpec, parse_params


@dataclass
class Prepared:
    """Checked inputs in the time-major, length-sorted layout the loops use.

    x: (T', B, I) with T' = max(lengths) (or T); h0: (L*D, B, P); c0: (L*D, B, H), batch in
    ``order`` (longest first) when lengths are given; counts: (T',) active rows per step or None.
    """

    spec: LSTMSpec
    x: np.ndarray
    h0: np.ndarray
    c0: np.ndarray
    counts: np.ndarray | None
    order: np.ndarray | None
    unbatched: bool
    batch_first: bool
    steps: int  # T of the input as given


def prepare(x, params, hx=None, batch_first=False, lengths=None) -> Prepared:
    """Check and arrange ``lstm``'s arguments (see ``lstm`` for the shapes)."""
    spec = params if isinstance(params, LSTMSpec) else parse_params(params)
    x = v.as_float("x", x, (2, 3))
    unbatched = x.ndim == 2
    I, H, P = spec.input_size, spec.hidden_size, spec.out_size
    LD = spec.num_layers * spec.num_directions
    if unbatched:
        if lengths is not None:
            raise ValueError(
                f"lengths was given but x has shape {v._fmt(x.shape)}, an unbatched (T, I) "
                "sequence; lengths needs batched x (T, B, I) (or (B, T, I) with batch_first)."
            )
        if x.shape[1] != I:
            v.expect_shape("x", x, "(T, I)", (x.shape[0], I))
        xt = x[:, None, :]
    else:
        if batch_first:
            if x.shape[2] != I:
                v.expect_shape("x", x, "(B, T, I)", (x.shape[0], x.shape[1], I))
            xt = x.transpose(1, 0, 2)
        else:
            if x.shape[2] != I:
                v.expect_shape("x", x, "(T, B, I)", (x.shape[0], x.shape[1], I))
            xt = x
    T, B, _ = xt.shape
    if T == 0 or B == 0:
        raise ValueError(
            f"x has shape {v._fmt(x.shape)}; expected at least one step and one sequence."
        )
    if hx is None:
        h0 = np.zeros((LD, B, P))
        c0 = np.zeros((LD, B, H))
    else:
        if not isinstance(hx, (tuple, list)) or len(hx) != 2:
            raise TypeError(
                f"hx is a {type(hx).__name__}; expected a tuple (h0, c0) or None, as nn.LSTM takes."
            )
        h0 = v.as_float("hx[0] (h0)", hx[0], 2 if unbatched else 3)
        c0 = v.as_float("hx[1] (c0)", hx[1], 2 if unbatched else 3)
        if unbatched:
            v.expect_shape("hx[0] (h0)", h0, "(L*D, P)" if spec.proj_size else "(L*D, H)", (LD, P))
            v.expect_shape("hx[1] (c0)", c0, "(L*D, H)", (LD, H))
            h0, c0 = h0[:, None, :], c0[:, None, :]
        else:
            v.expect_shape(
                "hx[0] (h0)", h0, "(L*D, B, P)" if spec.proj_size else "(L*D, B, H)", (LD, B, P)
            )
            v.expect_shape("hx[1] (c0)", c0, "(L*D, B, H)", (LD, B, H))
    counts = order = None
    if lengths is not None:
        lens = v.as_lengths(lengths, B, T)
        order = np.argsort(-lens, kind="stable")
        lens_sorted = lens[order]
        T_out = int(lens_sorted[0])
        counts = (lens_sorted[None, :] > np.arange(T_out)[:, None]).sum(axis=1)
        xt = xt[:T_out, order]
        h0, c0 = h0[:, order], c0[:, order]
    return Prepared(spec, xt, h0, c0, counts, order, unbatched, batch_first, T)


def run_prepared(p: Prepared, caches=None):
    """Forward pass on prepared inputs; returns out (T', B, D*P), h_n (L*D, B, P), c_n (L*D, B, H).

    ``caches``: None, or a list that receives, per layer, a list per direction of
    ``(layer_input, step_cache)`` for ``lstm_backward``.
    """
    spec = p.spec
    D = spec.num_directions
    T, B, _ = p.x.shape
    P = spec.out_size
    h_n = np.empty((spec.num_layers * D, B, P))
    c_n = np.empty((spec.num_layers * D, B, spec.hidden_size))
    layer_in = p.x
    for k in range(spec.num_layers):
        out = np.zeros((T, B, D * P)) if p.counts is not None else np.empty((T, B, D * P))
        layer_cache = []
        for d in range(D):
            W_ih, W_hh, b_ih, b_hh, W_hr = spec.weights[k][d]
            xproj = project_inputs(layer_in, W_ih, b_ih, b_hh)  # one GEMM for all steps
            step_cache = [] if caches is not None else None
            _, h, c = run_direction(
                xproj,
                p.h0[k * D + d],
                p.c0[k * D + d],
                W_hh,
                W_hr,
                counts=p.counts,
                reverse=d == 1,
                out=out[:, :, d * P : (d + 1) * P],
                cache=step_cache,
            )
            h_n[k * D + d], c_n[k * D + d] = h, c
            layer_cache.append((layer_in, step_cache))
        if caches is not None:
            caches.append(layer_cache)
        layer_in = out
    return layer_in, h_n, c_n


def restore_layout(p: Prepared, out, h_n, c_n):
    """Undo the length sort and the time-major layout: the shapes ``lstm`` returns."""
    if p.order is not None:
        inv = np.argsort(p.order)
        out, h_n, c_n = out[:, inv], h_n[:, inv], c_n[:, inv]
    if p.unbatched:
        return out[:, 0, :], (h_n[:, 0, :], c_n[:, 0, :])
    if p.batch_first:
        out = np.ascontiguousarray(out.transpose(1, 0, 2))
    return out, (h_n, c_n)


def lstm(x, params, hx=None, batch_first=False, lengths=None):
    """A whole (stacked, bidirectional, projected) LSTM, as ``torch.nn.LSTM`` in eval mode.

    Returns ``(out, (h_n, c_n))`` in float64. With L layers, D directions (2 if bidirectional),
    hidden size H and P = proj_size or H:
        x: (T, B, I), or (B, T, I) with ``batch_first``, or unbatched (T, I)
        params: dict with nn.LSTM's state_dict keys (see ``lstm_ref.params``); L, D, bias and
            proj_size follow from the keys
        hx: None (zeros) or (h0, c0) with h0 (L*D, B, P), c0 (L*D, B, H);
            unbatched (L*D, P), (L*D, H)
        lengths: None or (B,) ints in 1..T: the valid steps of each sequence (unsorted is fine)
        out: (T, B, D*P) ((B, T, D*P) with ``batch_first``; (T, D*P) unbatched); with ``lengths``
            it has max(lengths) steps, zeros past each length, as pad_packed_sequence returns
        h_n: (L*D, B, P), c_n: (L*D, B, H) (unbatched (L*D, P), (L*D, H)); index k*D + d for
            layer k, direction d
    Dropout is not applied (eval mode).
    """
    p = prepare(x, params, hx, batch_first, lengths)
    out, h_n, c_n = run_prepared(p)
    return restore_layout(p, out, h_n, c_n)


def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):
    """One bidirectional layer over a padded batch, as packed ``nn.LSTM(bidirectional=True)``.

    x: (T, B, I); lengths: (B,) integers in 1..T; h0, c0: (2, B, H) (row 0 forward, 1 reverse);
    fwd, bwd: (W_ih (4H, I), W_hh (4H, H), b_ih (4H,), b_hh (4H,)).
    Returns out (T, B, 2H), zero past each length, and (h_n, c_n), each (2, B, H): the forward
    direction's state at each sequence's last valid step, the reverse direction's after step 0
    (it starts at each sequence's last valid step).
    """
    names = ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")
    params = dict(zip(names, fwd, strict=True))
    params.update({n + "_reverse": a for n, a in zip(names, bwd, strict=True)})
    x = np.asarray(x, dtype=np.float64)
    out, (h_n, c_n) = lstm(x, params, (h0, c0), lengths=lengths)
    if out.shape[0] < x.shape[0]:  # pad_packed_sequence stops at max(lengths); keep all T steps
        pad = np.zeros((x.shape[0] - out.shape[0], *out.shape[1:]))
        out = np.concatenate([out, pad], axis=0)
    return out, (h_n, c_n)
