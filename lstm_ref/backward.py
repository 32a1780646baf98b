"""Backpropagation: ``lstm_cell_backward`` (one step) and ``lstm_backward`` (BPTT, whole LSTM).

For one step, with upstream gradients dh_t (of the cell's output h_t) and dc_t (of c_t):

    do   = dh ⊙ tanh(c_t)
    dc   = dc_t + dh ⊙ o ⊙ (1 - tanh²(c_t))
    di   = dc ⊙ g        df = dc ⊙ c_{t-1}        dg = dc ⊙ i
    da   = [di ⊙ i(1-i), df ⊙ f(1-f), dg ⊙ (1-g²), do ⊙ o(1-o)]      (B, 4H), order (i, f, g, o)
    dW_ih = daᵀ x      dW_hh = daᵀ h_{t-1}      db_ih = db_hh = Σ_B da
    dx = da W_ih       dh_{t-1} = da W_hh       dc_{t-1} = dc ⊙ f

With a projection (h_t = W_hr m_t, m_t = o ⊙ tanh(c_t)): dW_hr = dhᵀ m and dm = dh W_hr takes
dh's place above. Through time, dh_{t-1} and dc_{t-1} are added to the next-earlier step's
upstream gradients; across layers, dx of layer k is the gradient of layer k-1's output.
"""

from __future__ import annotations

import numpy as np

from lstm_ref import _args as v
from lstm_ref.cell import sigmoid
from lstm_ref.gates import split_gates
from lstm_ref.lstm import prepare, run_prepared


def _gate_grads(dm, dc_up, gates, c_prev, tanh_c, out=None):
    """da (n, 4H) and dc_{t-1} (n, H) from dm = ∂L/∂(o ⊙ tanh c) and dc_up = ∂L/∂c_t (upstream).

    gates: (n, 4H) = [i f o g], the loop layout of ``lstm_ref.layer``; da is in PyTorch's
    order [i f g o].
    """
    i, f, o, g = split_gates(gates)
    dc = dc_up + dm * o * (1.0 - tanh_c * tanh_c)  # ∂L/∂c_t = dc_t + dh ⊙ o ⊙ (1 - tanh²(c_t))
    da = np.empty(gates.shape) if out is None else out
    H = i.shape[-1]
    da[..., :H] = dc * g * i * (1.0 - i)  # da_i = (dc ⊙ g) ⊙ i(1-i)
    da[..., H : 2 * H] = dc * c_prev * f * (1.0 - f)  # da_f = (dc ⊙ c_{t-1}) ⊙ f(1-f)
    da[..., 2 * H : 3 * H] = dc * i * (1.0 - g * g)  # da_g = (dc ⊙ i) ⊙ (1-g²)
    da[..., 3 * H :] = dm * tanh_c * o * (1.0 - o)  # da_o = (dh ⊙ tanh(c_t)) ⊙ o(1-o)
    return da, dc * f  # dc_{t-1} = dc ⊙ f_t


def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih=None, b_hh=None) -> dict:
    """Gradients of one ``lstm_cell`` step; returns a dict keyed x, h, c, W_ih, W_hh, b_ih, b_hh.

    Shapes (batched / unbatched):
        dh_next, dc_next: (B, H) or (H,), or None for zeros: ∂L/∂h_next, ∂L/∂c_next
        x: (B, I) or (I,); h, c: (B, H) or (H,) (the step's inputs, as given to ``lstm_cell``)
        W_ih: (4H, I); W_hh: (4H, H); b_ih, b_hh: (4H,) or None
    Returned: x like x, h and c like h, W_ih (4H, I), W_hh (4H, H), b_ih and b_hh (4H,)
    (None where the bias is None).
    """
    x = v.as_float("x", x, (1, 2))
    W_ih, W_hh, b_ih, b_hh = v.as_params(W_ih, W_hh, b_ih, b_hh)
    unbatched = x.ndim == 1
    H = v.check_weights(W_ih, W_hh, b_ih, b_hh, x.shape[-1])
    xb = x[None] if unbatched else x
    B = xb.shape[0]
    sym, shape = ("(H,)", (H,)) if unbatched else ("(B, H)", (B, H))
    arrs = {}
    for name, a in (("h", h), ("c", c), ("dh_next", dh_next), ("dc_next", dc_next)):
        if a is None:
            arrs[name] = np.zeros((B, H))
            continue
        a = v.as_float(name, a, len(shape))
        v.expect_shape(name, a, sym, shape)
        arrs[name] = a.reshape(B, H)
    h, c = arrs["h"], arrs["c"]

    a = xb @ W_ih.T + h @ W_hh.T  # a_t = W_ih x_t + W_hh h_{t-1} + b_ih + b_hh
    if b_ih is not None:
        a = a + b_ih
    if b_hh is not None:
        a = a + b_hh
    a_i, a_f, a_g, a_o = split_gates(a)
    gates = np.concatenate([sigmoid(a_i), sigmoid(a_f), sigmoid(a_o), np.tanh(a_g)], axis=-1)
    i, f, _, g = split_gates(gates)  # loop layout [i f o g], as _gate_grads reads it
    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    tanh_c = np.tanh(c_next)
    da, dc_prev = _gate_grads(arrs["dh_next"], arrs["dc_next"], gates, c, tanh_c)
    db = da.sum(axis=0)
    grads = {
        "x": da @ W_ih,  # dx = da W_ih
        "h": da @ W_hh,  # dh_{t-1} = da W_hh
        "c": dc_prev,
        "W_ih": da.T @ xb,  # dW_ih = daᵀ x
        "W_hh": da.T @ h,  # dW_hh = daᵀ h_{t-1}
        "b_ih": None if b_ih is None else db,
        "b_hh": None if b_hh is None else db.copy(),
    }
    if unbatched:
        for k in ("x", "h", "c"):
            grads[k] = grads[k][0]
    return grads


def _arrange(name, a, p, shape_sym, shape, time_axis):
    """Check an upstream gradient shaped like an output of ``lstm`` and bring it to the sorted
    time-major layout (``time_axis`` says where its batch axis sits: "out" or "state")."""
    a = v.as_float(name, a, len(shape))
    v.expect_shape(name, a, shape_sym, shape)
    if time_axis == "out":
        if p.unbatched:
            a = a[:, None, :]
        elif p.batch_first:
            a = a.transpose(1, 0, 2)
    elif p.unbatched:
        a = a[:, None, :]
    if p.order is not None:
        a = a[:, p.order]
    return a


def lstm_backward(
    dout, x, params, hx=None, dh_n=None, dc_n=None, batch_first=False, lengths=None
) -> dict:
    """Backpropagation through time for ``lstm``: gradients of L w.r.t. every input.

    The upstream gradients have the shapes of what ``lstm(x, params, hx, batch_first, lengths)``
    returns (with L layers, D directions, P = proj_size or H):
        dout: like out, (T', B, D*P) (batch_first (B, T', D*P); unbatched (T', D*P)), where
            T' = max(lengths) with lengths, else T; or None for zeros. Entries past a
            sequence's length are ignored (out is constant zero there).
        dh_n: like h_n, (L*D, B, P) (unbatched (L*D, P)), or None for zeros
        dc_n: like c_n, (L*D, B, H) (unbatched (L*D, H)), or None for zeros
    Returns a dict with a gradient for every key of ``params`` (same shapes), and
        "x": like x (zeros past each length), "h0": (L*D, B, P), "c0": (L*D, B, H)
        (unbatched (L*D, P), (L*D, H)); h0 and c0 are given even when hx is None (then they are
        the gradients at the zero initial state).
    """
    p = prepare(x, params, hx, batch_first, lengths)
    spec = p.spec
    D, L, H, P = spec.num_directions, spec.num_layers, spec.hidden_size, spec.out_size
    Tp, B, _ = p.x.shape
    caches = []
    run_prepared(p, caches)

    if p.unbatched:
        out_sym, out_shape = "(T, D*P)", (Tp, D * P)
        st_h, st_c = ("(L*D, P)", (L * D, P)), ("(L*D, H)", (L * D, H))
    else:
        out_sym = "(B, T, D*P)" if batch_first else "(T, B, D*P)"
        out_shape = (B, Tp, D * P) if batch_first else (Tp, B, D * P)
        st_h, st_c = ("(L*D, B, P)", (L * D, B, P)), ("(L*D, B, H)", (L * D, B, H))
    if lengths is not None:
        out_sym = out_sym.replace("T", "max(lengths)")
    if P == H:
        out_sym = out_sym.replace("P", "H")
        st_h = (st_h[0].replace("P", "H"), st_h[1])
    dout_t = (
        np.zeros((Tp, B, D * P))
        if dout is None
        else _arrange("dout", dout, p, out_sym, out_shape, "out")
    )
    dh_n_t = np.zeros((L * D, B, P)) if dh_n is None else _arrange("dh_n", dh_n, p, *st_h, "state")
    dc_n_t = np.zeros((L * D, B, H)) if dc_n is None else _arrange("dc_n", dc_n, p, *st_c, "state")

    grads = {}
    dh0 = np.empty((L * D, B, P))
    dc0 = np.empty((L * D, B, H))
    d_above = dout_t  # ∂L/∂(this layer's output), (T', B, D*P)
    for k in range(L - 1, -1, -1):
        layer_in = caches[k][0][0]
        d_in = np.zeros(layer_in.shape)
        for d in range(D):
            W_ih, W_hh, b_ih, b_hh, W_hr = spec.weights[k][d]
            step_cache = caches[k][d][1]
            sfx = f"_l{k}" + ("_reverse" if d else "")
            da_all = np.zeros((Tp, B, 4 * H))
            h_prev_all = np.zeros((Tp, B, P))
            if W_hr is not None:
                dh_all = np.zeros((Tp, B, P))
                m_all = np.zeros((Tp, B, H))
            dh = dh_n_t[k * D + d].copy()  # ∂L/∂h carried back through time
            dc = dc_n_t[k * D + d].copy()  # ∂L/∂c carried back through time
            d_out = d_above[:, :, d * P : (d + 1) * P]
            for t, n, gates, c_prev, tanh_c, h_prev, m in reversed(step_cache):
                dh_t = d_out[t, :n] + dh[:n]  # ∂L/∂h_t: from the output and from step t+1
                if W_hr is not None:
                    dh_all[t, :n] = dh_t
                    m_all[t, :n] = m
                    dm = dh_t @ W_hr  # h_t = W_hr m_t  ⇒  ∂L/∂m_t = dh_t W_hr
                else:
                    dm = dh_t
                da, dc[:n] = _gate_grads(dm, dc[:n], gates, c_prev, tanh_c, out=da_all[t, :n])
                h_prev_all[t, :n] = h_prev
                dh[:n] = da @ W_hh  # dh_{t-1} = da W_hh
            dh0[k * D + d], dc0[k * D + d] = dh, dc
            da2 = da_all.reshape(Tp * B, 4 * H)
            grads["weight_ih" + sfx] = da2.T @ layer_in.reshape(Tp * B, -1)  # Σ_t daᵀ x_t
            grads["weight_hh" + sfx] = da2.T @ h_prev_all.reshape(Tp * B, P)  # Σ_t daᵀ h_{t-1}
            if b_ih is not None:
                db = da2.sum(axis=0)  # Σ_t Σ_B da
                grads["bias_ih" + sfx] = db
                grads["bias_hh" + sfx] = db.copy()
            if W_hr is not None:
                grads["weight_hr" + sfx] = dh_all.reshape(Tp * B, P).T @ m_all.reshape(
                    Tp * B, H
                )  # Σ_t dh_tᵀ m_t
            d_in += da_all @ W_ih  # ∂L/∂(layer input) = da W_ih
        d_above = d_in

    dx = d_above
    if Tp < p.steps:  # steps past max(lengths) never influence anything
        dx = np.concatenate([dx, np.zeros((p.steps - Tp, B, dx.shape[2]))], axis=0)
    if p.order is not None:
        inv = np.argsort(p.order)
        dx, dh0, dc0 = dx[:, inv], dh0[:, inv], dc0[:, inv]
    if p.unbatched:
        dx, dh0, dc0 = dx[:, 0], dh0[:, 0], dc0[:, 0]
    elif batch_first:
        dx = np.ascontiguousarray(dx.transpose(1, 0, 2))
    result = {key: grads[key] for key in params.keys()}
    result.update(x=dx, h0=dh0, c0=dc0)
    return result


def lstm_layer_backward(
    dout, x, h0, c0, W_ih, W_hh, b_ih=None, b_hh=None, dh_n=None, dc_n=None
) -> dict:
    """BPTT through one layer, one direction (``lstm_layer``): gradients of L w.r.t. its inputs.

    Shapes: dout (T, B, H) = ∂L/∂out; dh_n, dc_n (B, H) = ∂L/∂h_n, ∂L/∂c_n, or None (zeros);
    x (T, B, I); h0, c0 (B, H); W_ih (4H, I); W_hh (4H, H); b_ih, b_hh (4H,) or None.
    Returns {"x": (T, B, I), "h0": (B, H), "c0": (B, H), "W_ih": (4H, I), "W_hh": (4H, H),
    "b_ih": (4H,), "b_hh": (4H,)} (b_ih, b_hh None where the bias is None).
    """
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh}
    if b_ih is not None or b_hh is not None:
        H = np.shape(W_hh)[0] // 4
        params["bias_ih_l0"] = np.zeros(4 * H) if b_ih is None else b_ih
        params["bias_hh_l0"] = np.zeros(4 * H) if b_hh is None else b_hh
    h0 = np.asarray(h0, dtype=np.float64)
    c0 = np.asarray(c0, dtype=np.float64)
    g = lstm_backward(
        dout,
        x,
        params,
        (h0[None], c0[None]),
        dh_n=None if dh_n is None else np.asarray(dh_n, dtype=np.float64)[None],
        dc_n=None if dc_n is None else np.asarray(dc_n, dtype=np.float64)[None],
    )
    return {
        "x": g["x"],
        "h0": g["h0"][0],
        "c0": g["c0"][0],
        "W_ih": g["weight_ih_l0"],
        "W_hh": g["weight_hh_l0"],
        "b_ih": None if b_ih is None else g["bias_ih_l0"],
        "b_hh": None if b_hh is None else g["bias_hh_l0"],
    }
