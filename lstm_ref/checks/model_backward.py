"""Backpropagation in parts: each gate's δ (σ′ or tanh′ present, taken of the activation or of
the pre-activation), δc (the dh path with (1 − tanh²(c_t)), the incoming dc), the forget factor
in δc_{t-1}, the bias and weight gradients; through time: dh and dc carried back, dout added,
the weight gradients summed. Arrays may carry leading probe axes. See :mod:`infer`.
"""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.findings import Finding
from lstm_ref.checks.infer import Factor, Model
from lstm_ref.gates import GATE_NAMES, GATES


def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _T(a):
    return np.swapaxes(a, -1, -2)


#: the forms a student writes for an activation's derivative, besides the right one: left out,
#: taken of the pre-activation, the other activation's, and one factor of it only ("act": σ
#: alone for σ′; "one_minus": 1 − σ, or 1 − tanh without the square)
#: "twice": the activation applied to the activation, σ(i_t)(1 − σ(i_t)) with i_t = σ(a_i)
#: "sech": 1/cosh(a) where tanh' = 1/cosh²(a) belongs (√(1 − g²), the square left out)
DERIV_FORMS = {
    "sig": ("ok", "missing", "pre", "other", "act", "one_minus", "twice", "plus"),
    "tanh": ("ok", "missing", "pre", "other", "one_minus", "twice", "plus", "sech"),
}
#: the gate orders a student reads or writes the 4H rows in: (i, f, g, o) and each exchange of two
DA_ORDERS = ("ifgo", "figo", "gfio", "ofgi", "igfo", "iogf", "ifog")


def _gate_rows(a, order: str, axis: int):
    """``a`` (..., 4H, I) (axis -2) or (..., 4H) (axis -1) with its row blocks in ``order``:
    block k is gate ``order[k]``'s block of ``a`` (the rows a student who reads the gates in
    ``order`` takes as gate "ifgo"[k]). Every order of :data:`DA_ORDERS` exchanges two blocks,
    so it is its own inverse."""
    b = np.split(np.asarray(a), 4, axis=axis)
    return np.concatenate([b["ifgo".index(g)] for g in order], axis=axis)


_ROW_AXIS = {"W_ih": -2, "W_hh": -2, "b_ih": -1, "b_hh": -1}


ROWS = ("0:H", "H:2H", "2H:3H", "3H:4H")  # gate block k's rows of a (4H, ...) parameter


CELL_FACTORS = [
    # "with_X" (σ gates): own(1 − X_t), another σ gate's value in the second factor (a copied
    # line half edited: δa_f = δf ⊙ f(1 − i))
    *[
        Factor(
            f"d.{g}",
            DERIV_FORMS["tanh"]
            if g == "g"
            else (
                *DERIV_FORMS["sig"],
                *(f"{w}_{k}" for w in ("with", "of") for k in "ifo" if k != g),
            ),
        )
        for g in GATES
    ],
    # "prev": of c_{t-1}; "one_minus_sq": (1 − tanh(c_t))², the square outside
    # "from_h": 1 − h_t² (h_t = o_t ⊙ tanh(c_t) taken for tanh(c_t))
    Factor("tanhc", ("ok", "missing", "pre", "one_minus", "prev", "one_minus_sq", "from_h")),
    Factor("dc_next", (True, False)),
    Factor("dh_path", (True, False, "no_o")),  # "no_o": dh ⊙ (1 − tanh²(c_t)), o_t left out
    # which matrix sends δa back: dx = δa W_ih, dh = δa W_hh ("dh_ih": dh through W_ih, ...)
    # "dh_next": passed on; "dh_blocks_T": dh_{t-1} = Σ_k δa_k W_hh[k]ᵀ, each gate's square
    # (H, H) block transposed
    # "plus_dh": dh_{t-1} = δa W_hh + dh (the incoming dh passed on too, a skip that is not there)
    Factor("back_w", ("ok", "dh_ih", "dx_hh", "swapped", "dh_next", "dh_blocks_T", "plus_dh")),
    # "dc_next": δc_{t-1} = dc_next ⊙ f (no dh path); "i"/"o": another gate's factor in f's place
    # "plus_dc_next": δc_t ⊙ f + dc_next ⊙ f (the direct edge c_{t-1} → c_t counted twice)
    Factor("forget", (True, False, "dc_next", "i", "o", "plus_dc_next")),
    # what each gate's δ multiplies (the first is right; the others are other quantities of the
    # step that a student puts there: the factor of another gate, the state before or after)
    Factor("df_factor", ("c_prev", "c_next", "h_prev", "g")),
    Factor("do_factor", ("tanh_c", "c", "tanh_c_prev")),
    Factor("di_factor", ("g", "i", "c_prev")),  # δi = δc ⊙ g
    Factor("dg_factor", ("i", "g", "f")),  # δg = δc ⊙ i
    Factor("upstream_swap", (False, True)),
    # "mean": averaged over the batch; "mean_ih"/"mean_hh": only that output's (each output's
    # gradient is its own line of code, so a mistake in one leaves the other right)
    # "zero_ih"/"zero_hh": that bias's gradient left at 0 ("it is only added")
    # "twice": each bias's gradient counted twice (2 Σ δa), as one accumulator shared by both
    Factor("bias", ("ok", "split", "mean", "mean_ih", "mean_hh", "zero_ih", "zero_hh", "twice")),
    # the order the δa blocks are concatenated in (a swap of two blocks): every gradient after
    # the concatenation (dx, dh, the weights and biases) sees the blocks in that order
    Factor("da_order", DA_ORDERS),
    # the gates' values unpacked in another order in the backward (a cache packed (i, f, o, g)
    # read as (i, f, g, o)): the name g holds o_t, o holds g_t; the forward's c_t as computed
    Factor("unpacked", DA_ORDERS),
    Factor("wgrad_vec", ("ok", "swapped", "h_new")),  # "h_new": W_hh's from h_t, not h_{t-1}
    # "reshaped": vᵀ δa (n, 4H) reshaped to (4H, n) where δaᵀ v (its transpose) belongs
    # "sums_outer": (Σ_b δa)ᵀ (Σ_b v), the outer product of batch sums (einsum 'bg,ci->gi')
    # "hh_blocks_T": each gate's (H, H) block of W_hh's gradient transposed (h_{t-1}ᵀ δa_k)
    # "sums_outer_ih"/"_hh": that one matrix's gradient so, the other's right
    Factor(
        "wgrad_layout",
        ("ok", "reshaped", "sums_outer", "hh_blocks_T", "sums_outer_ih", "sums_outer_hh"),
    ),
    # True: the weight gradients divided by B; "last_row": the weight and bias gradients of the
    # last batch row only (each row's assigned in a loop over the batch, not added)
    Factor("wgrad_mean", (False, True, "last_row")),
]
#: one gradient of the four overwritten at each step (the others summed): option -> its name
ONE_LAST = {f"last_{k}": k for k in ("W_ih", "W_hh", "b_ih", "b_hh")}
#: truncated backpropagation through time: the backward loop runs only the last k steps
TRUNCATED = {"last_1": 1, "last_2": 2, "last_3": 3}
TIME_FACTORS = [
    # False: dropped between steps, h0/c0 returned as 0; "step0": dropped, but h0/c0 are step 0's
    # "dh_n": every step gets dh_n (+ dout[t]) again, and h0's gradient is dh_n;
    # "dh_n_step0": so, but h0's gradient is what step 0's backward returns for h
    # "plus_dh_n": dh_n added to every step's incoming dh, on top of what is carried
    Factor("carry_dh", (True, False, "step0", "dh_n", "dh_n_step0", "plus_dh_n")),
    # "dc_n": each step gets dc_n again; "from_dh": step t's incoming dc is what step t+1's
    # backward returned for h (the two results mixed up)
    # "dc_n_step0": each step gets dc_n again, c0's gradient is step 0's result for c
    # "exchanged": the carried pair exchanged at every step (step t+1's result for c carried as
    # dh, its result for h as dc, as a carry (dh, dc) returned as (dc, dh)), h0/c0 the last carry
    Factor("carry_dc", (True, False, "step0", "dc_n", "dc_n_step0", "from_dh", "exchanged")),
    # "last": only dout[T-1] added (the last output); "also_dc": dout[t] added to dc_t as well
    # "last_twice": dout[T-1] added where dh starts and again in the loop (all of dout)
    Factor(
        "dout", (True, False, "last", "also_dc", "reversed", "last_twice", "late")
    ),  # "reversed": dout[T-1-t]
    # "no_dc"/"no_dh": only one of dh_n, dc_n ignored (each enters on its own line of code)
    # "swapped": dc_n to h, dh_n to c; "dh_twice": dh_n to both (dc starts from dh_n)
    # "none_dout": where dh_n is None, dh starts from dout[T-1] instead of zeros
    # "replaces_dout": where dh_n is given, the last step's dh is dh_n alone (dout[T-1] dropped)
    # "dh_double": dh_n counted twice (added to dout[T-1] and to the dh the loop starts from)
    Factor(
        "final",
        (
            *(True, False, "no_dc", "no_dh", "swapped", "dh_twice", "none_dout"),
            *("replaces_dout", "dh_double"),
        ),
    ),
    # "last_X": that one gradient assigned at each step (=), the others summed (+=)
    Factor("sum_w", ("sum", "last", "mean", *ONE_LAST)),
    Factor("dh_from", ("da", "dh")),
    # "after": step t's backward given (h_t, c_t); "after_but_0": so for t > 0 only (h0, c0 at 0)
    # "last_at_0": step 0 reads the state after the last step (hs[t - 1] at t = 0 is hs[-1])
    # "last": every step reads the state after the last step (the stored states one array)
    Factor("state_in", ("before", "after", "after_but_0", "last_at_0", "last")),
    # "skip0": the loop stops at t = 1; "skiplast": it starts at T - 2 (dh_n, dc_n go to step T-2)
    # "last_k": truncated BPTT, only the last k steps run (h0/c0 get what reaches step T-k)
    Factor("steps", ("all", "skip0", "skiplast", *TRUNCATED)),
    # the forward pass the backward re-runs: "c_reset"/"h_reset": each step starts from c0 (h0)
    # instead of the previous step's c (h); the backward of step t then reads the states stored
    # "zeros": from 0, not h0, c0; "h_old_c": the pass's h_t = o_t ⊙ tanh(c_{t-1})
    Factor("fw_carry", ("both", "c_reset", "h_reset", "zeros", "h_old_c")),
    # "plus_dout0": h0's gradient gets dout[0] added (out[0] is h_0 after step 0, not h0)
    # "incoming": h0's gradient is the dh that enters step 0 (dout[0] + step 1's), not step 0's
    # "incoming": h0's gradient is the dh entering step 0; "incoming_both": c0's too (the dc
    # entering step 0), the loop's carry not updated after step 0
    # "first_step": h0's and c0's gradients are what the loop's first step (t = T-1) returns
    Factor("h0_grad", ("ok", "plus_dout0", "incoming", "incoming_both", "first_step")),
]
RIGHT = {f.name: f.options[0] for f in CELL_FACTORS + TIME_FACTORS}
#: options only the cell exercise's search tries (LayerBackwardModel leaves them out)
CELL_ONLY_OPTIONS = {
    **{
        f"d.{g}": ("act", "one_minus", "plus", *(f"{w}_{k}" for w in ("with", "of") for k in "ifo"))
        for g in GATES
    },
    "tanhc": ("one_minus", "prev", "one_minus_sq", "from_h"),
    "wgrad_mean": ("last_row",),
    "df_factor": ("h_prev", "g"),
    "di_factor": ("c_prev",),
    "dg_factor": ("f",),
    "forget": ("dc_next", "i", "o"),
    "wgrad_layout": ("reshaped", "sums_outer", "hh_blocks_T", "sums_outer_ih", "sums_outer_hh"),
    "unpacked": DA_ORDERS[1:],
}
DERIV_WORD = {"sig": "σ' = σ(1 - σ)", "tanh": "tanh' = 1 - tanh²"}  # as a student types it


def forward(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ _T(W_ih) + np.expand_dims(b_ih, -2) + h @ _T(W_hh) + np.expand_dims(b_hh, -2)
    H = W_hh.shape[-1]
    ai, af, ag, ao = (a[..., k * H : (k + 1) * H] for k in range(4))
    i, f, g, o = _sig(ai), _sig(af), np.tanh(ag), _sig(ao)
    c2 = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    tc = np.tanh(c2)
    # the right derivatives, once per forward (a search reuses a case's forward thousands of
    # times): σ' = σ(1 − σ) for i, f, o and tanh' = 1 − g² for g, side by side as δa's blocks
    deriv = np.concatenate([i * (1 - i), f * (1 - f), 1 - g**2, o * (1 - o)], axis=-1)
    return dict(
        a=(ai, af, ag, ao), gates=(i, f, g, o), c2=c2, tc=tc, h_prev=h, deriv=deriv,
        tprime=1 - tc**2,
    )  # fmt: skip


def _deriv(kind, act, pre, opt, gates=None):
    if opt.startswith("with_"):  # act(1 − another σ gate's value)
        return act * (1 - gates["ifgo".index(opt[-1])])
    if opt.startswith("of_"):  # another σ gate's derivative: X(1 − X)
        other = gates["ifgo".index(opt[-1])]
        return other * (1 - other)
    if opt == "missing":
        return 1.0
    if opt == "act":
        return act
    if opt == "one_minus":
        return 1 - act
    if opt == "sech":  # 1/cosh(a) = √(1 − tanh²(a))
        return np.sqrt(np.maximum(1 - act**2, 0.0))
    if opt == "plus":  # a sign slip: σ(1 + σ), 1 + tanh²
        return act * (1 + act) if kind == "sig" else 1 + act**2
    if opt == "twice":  # the derivative's formula applied to σ(act) (tanh(act)): act squashed again
        act = _sig(act) if kind == "sig" else np.tanh(act)
        return act * (1 - act) if kind == "sig" else 1 - act**2
    if kind == "sig":
        if opt == "pre":
            return pre * (1 - pre)
        if opt == "other":
            return 1 - act**2
        return act * (1 - act)
    if opt == "pre":
        return 1 - pre**2
    if opt == "other":
        return act * (1 - act)
    return 1 - act**2


def cell_backward(dh, dc_up, x, h, c, W_ih, W_hh, ch):
    """(da (..., B, 4H), dx, dh_prev, dc_prev) of one step with the parts in ``ch``."""
    fw = forward(x, h, c, W_ih, W_hh, 0 * W_ih[..., 0], 0 * W_hh[..., 0])
    return _cell_bwd(fw, dh, dc_up, c, W_ih, W_hh, ch)


def _cell_bwd(fw, dh, dc_up, c, W_ih, W_hh, ch):
    if ch["upstream_swap"]:
        dh, dc_up = dc_up, dh
    if ch.get("unpacked", "ifgo") != "ifgo":  # name k holds gate unpacked[k]'s value
        values = dict(zip("ifgo", fw["gates"], strict=True))
        i, f, g, o = (values[k] for k in ch["unpacked"])
        deriv = np.concatenate([i * (1 - i), f * (1 - f), 1 - g**2, o * (1 - o)], axis=-1)
        fw = {**fw, "gates": (i, f, g, o), "deriv": deriv}
    i, f, g, o = fw["gates"]
    ai, af, ag, ao = fw["a"]
    tc, c2 = fw["tc"], fw["c2"]
    # only the chosen form is computed (the search runs this thousands of times)
    form = ch["tanhc"]
    if form == "ok":
        tprime = fw["tprime"]  # 1 − tanh²(c_t)
    elif form == "missing":
        tprime = 1.0
    elif form == "pre":
        tprime = 1 - c2**2
    elif form == "one_minus":
        tprime = 1 - tc
    elif form == "prev":  # of c_{t-1}, the step's input
        tprime = 1 - np.tanh(c) ** 2
    elif form == "from_h":  # 1 − h_t², h_t = o_t ⊙ tanh(c_t)
        tprime = 1 - (o * tc) ** 2
    else:  # "one_minus_sq"
        tprime = (1 - tc) ** 2
    dc = dc_up if ch["dc_next"] else 0.0
    if ch["dh_path"] == "no_o":
        dc = dc + dh * tprime
    elif ch["dh_path"]:
        dc = dc + dh * o * tprime  # δc = dc_t + dh ⊙ o ⊙ (1 − tanh²(c_t))
    if np.shape(dc) != np.shape(c):  # broadcast to c's shape (stacked probes, or no term)
        dc = dc + 0 * c
    do = dh * (
        np.tanh(c) if ch["do_factor"] == "tanh_c_prev" else {"tanh_c": tc, "c": c2}[ch["do_factor"]]
    )
    q = {"g": g, "i": i, "f": f, "c_prev": c, "c_next": c2, "h_prev": fw["h_prev"]}
    di = dc * q[ch["di_factor"]]  # δi_t = δc_t ⊙ g_t
    dg = dc * q[ch["dg_factor"]]  # δg_t = δc_t ⊙ i_t
    df = dc * q[ch["df_factor"]]  # δf_t = δc_t ⊙ c_{t-1}
    if ch["d.i"] == ch["d.f"] == ch["d.g"] == ch["d.o"] == "ok":  # each gate's own derivative
        da = np.concatenate([di, df, dg, do], axis=-1) * fw["deriv"]
    else:
        da = np.concatenate(
            [
                di * _deriv("sig", i, ai, ch["d.i"], fw["gates"]),
                df * _deriv("sig", f, af, ch["d.f"], fw["gates"]),
                dg * _deriv("tanh", g, ag, ch["d.g"]),
                do * _deriv("sig", o, ao, ch["d.o"], fw["gates"]),
            ],
            axis=-1,
        )
    if ch.get("da_order", "ifgo") != "ifgo":
        H = di.shape[-1]
        blocks = {g: da[..., k * H : (k + 1) * H] for k, g in enumerate("ifgo")}
        da = np.concatenate([blocks[g] for g in ch["da_order"]], axis=-1)
    forget = ch["forget"]
    if forget is True:
        dc_prev = dc * f  # δc_{t-1} = δc_t ⊙ f_t
    elif forget is False:
        dc_prev = dc
    elif forget == "dc_next":
        dc_prev = dc_up * f
    elif forget == "plus_dc_next":
        dc_prev = dc * f + dc_up * f
    else:  # another gate in f's place
        dc_prev = dc * (i if forget == "i" else o)
    back = ch.get("back_w", "ok")
    W_x = W_hh if back in ("dx_hh", "swapped") else W_ih
    W_h = W_ih if back in ("dh_ih", "swapped") else W_hh
    dh_prev = dh + 0 * (da @ W_hh) if back == "dh_next" else da @ W_h
    if back == "plus_dh":
        dh_prev = dh_prev + dh
    if back == "dh_blocks_T":  # each gate's (H, H) block of W_hh transposed
        H = W_hh.shape[-1]
        dh_prev = sum(
            da[..., k * H : (k + 1) * H] @ _T(W_hh[..., k * H : (k + 1) * H, :]) for k in range(4)
        )
    return da, da @ W_x, dh_prev, dc_prev  # dx = δa W_ih, dh_{t-1} = δa W_hh


def _bias_grad(da, ch):
    """(b_ih's, b_hh's): Σ over the batch of δa (halved, or a mean over the batch, for both or
    for one of them, where the choice says so)."""
    if ch.get("bias_axis") == "gates":  # summed over the 4H units: one number per batch row
        return da.sum(axis=-1), da.sum(axis=-1)
    total = da.sum(axis=-2)
    return _bias_pair(total, da.shape[-2], ch)


def _bias_pair(total, B, ch):
    mode = ch["bias"]
    half = total * 0.5 if mode == "split" else 2 * total if mode == "twice" else total
    mean = total / B
    return (
        mean if mode in ("mean", "mean_ih") else 0 * total if mode == "zero_ih" else half,
        mean if mode in ("mean", "mean_hh") else 0 * total if mode == "zero_hh" else half,
    )


class CellBackwardModel(Model):
    """lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh) -> dict."""

    def __init__(self):
        # the gate order read in both passes (the forward recomputation and δa's blocks): the
        # rows of every parameter taken as that order's gates (cell-only: the layer's search
        # leaves it out, as it does the cell's upstream arguments)
        self.factors = [*CELL_FACTORS, Factor("gate_order", DA_ORDERS)]
        # the bias gradients summed over axis 1 (the gates' units), not the batch: (B,) results
        self.factors += [Factor("bias_axis", ("batch", "gates"))]
        # the forward recomputation with 1 added to the forget gate's pre-activation (Keras's
        # unit_forget_bias, Gers et al.)
        self.factors += [Factor("f_plus_one", (False, True))]

    def run(self, case, ch):
        dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh = case.args
        order = ch.get("gate_order", "ifgo")
        if order == "ifgo":
            return self.step(dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh, ch)
        # the book's step on the rows as the student reads them, its gradients' rows put back
        W = {"W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": b_hh}
        out = self.step(
            dh, dc, x, h, c, *(_gate_rows(a, order, _ROW_AXIS[k]) for k, a in W.items()), ch
        )  # noqa: E501
        return {**out, **{k: _gate_rows(out[k], order, a) for k, a in _ROW_AXIS.items()}}

    def step(self, dh, dc, x, h, c, W_ih, W_hh, b_ih, b_hh, ch):
        b_fw = b_ih
        if ch.get("f_plus_one"):  # 1 on the forget gate's rows H:2H of the pre-activation
            H = W_hh.shape[-1]
            b_fw = b_ih + np.concatenate([np.zeros(H), np.ones(H), np.zeros(2 * H)])
        fw = forward(x, h, c, W_ih, W_hh, b_fw, b_hh)
        da, dx, dhp, dcp = _cell_bwd(fw, dh, dc, c, W_ih, W_hh, ch)
        vx, vh = (h, x) if ch["wgrad_vec"] == "swapped" else (x, h)
        if ch["wgrad_vec"] == "h_new":
            vh = fw["gates"][3] * fw["tc"]
        if ch.get("wgrad_mean") == "last_row":  # the loop's last batch row kept (= not +=)
            da, vx, vh = da[..., -1:, :], vx[..., -1:, :], vh[..., -1:, :]
        db_ih, db_hh = _bias_grad(da, ch)
        per = da.shape[-2] if ch.get("wgrad_mean") is True else 1  # averaged over the batch
        dW_ih, dW_hh = _T(da) @ vx / per, _T(da) @ vh / per  # δaᵀ x_t, δaᵀ h_{t-1}
        layout = ch.get("wgrad_layout", "ok")
        if layout.startswith("sums_outer"):  # (Σ_b δa)ᵀ (Σ_b v)
            s_da = da.sum(axis=-2)[..., :, None]
            o_ih, o_hh = (s_da * v.sum(axis=-2)[..., None, :] / per for v in (vx, vh))
            dW_ih = dW_ih if layout == "sums_outer_hh" else o_ih
            dW_hh = dW_hh if layout == "sums_outer_ih" else o_hh
        if ch.get("wgrad_layout") == "hh_blocks_T":  # h_{t-1}ᵀ δa_k per gate, stacked
            H = dW_hh.shape[-1]
            dW_hh = np.concatenate(
                [_T(dW_hh[..., k * H : (k + 1) * H, :]) for k in range(4)], axis=-2
            )
        if ch.get("wgrad_layout") == "reshaped":  # (vᵀ δa).reshape(4H, n)
            dW_ih, dW_hh = (_T(v) @ da / per for v in (vx, vh))
            dW_ih, dW_hh = (w.reshape(w.shape[:-2] + w.shape[:-3:-1]) for w in (dW_ih, dW_hh))
        return {
            "x": dx,
            "h": dhp,
            "c": dcp,
            "W_ih": dW_ih,
            "W_hh": dW_hh,
            "b_ih": db_ih,
            "b_hh": db_hh,
        }

    def findings(self, ch, function):
        return backward_findings(ch, function, self.factors)


class LayerBackwardModel(Model):
    """lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None)."""

    evaluations = 152  # each is a whole BPTT on every probe: the check's time stays under 0.5 s

    def __init__(self):
        # the step's parts that only the cell exercise's own lines show (its upstream arguments,
        # which matrix sends δa back, a bias gradient left at 0) stay out: each option costs
        # the search a whole BPTT per probe
        self.factors = [
            Factor(
                f.name, tuple(o for o in f.options if o not in CELL_ONLY_OPTIONS.get(f.name, ()))
            )
            for f in CELL_FACTORS
            if f.name not in ("upstream_swap", "back_w")
        ]
        # one derivative form for the three σ gates at once (a sigmoid-derivative helper used
        # for i, f and o): one change, where three separate ones cost the budget three rounds
        self.factors += [Factor(SIG_ALL, ("ok", "missing", "pre", "other", "twice"))]
        self.factors += TIME_FACTORS

    def stages(self):
        cell = {f.name for f in CELL_FACTORS} | {SIG_ALL}
        return [(cell, lambda case: case.kind == "probe" and case.args[1].shape[-3] == 1)]

    def _forward(self, case, carry="both"):
        """The forward pass of ``case`` as the backward reads it (each step's forward from the
        states stored before it), computed once per case and ``carry`` for the whole search."""
        cache = self.__dict__.setdefault("_fw_cache", {})
        hit = cache.get((id(case), carry))
        if hit is not None and hit[0] is case:
            return hit[1]
        dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh = case.args
        if carry == "zeros":  # the pass starts from zeros, h0 and c0 unread
            h0, c0 = 0 * h0, 0 * c0
        h, c, fws, hs, cs = h0, c0, [], [], []
        for t in range(x.shape[-3]):
            hs.append(h)  # the states stored before step t
            cs.append(c)
            # step t as the backward re-runs it, from the states stored
            fw = forward(x[..., t, :, :], h, c, W_ih, W_hh, b_ih, b_hh)
            fws.append(fw)
            if carry == "h_old_c":  # the pass's own step: h_t from the cell state it was given
                h, c = fw["gates"][3] * np.tanh(c), fw["c2"]
                continue
            if carry != "both":  # the forward pass itself started step t from h0 or c0
                h_in = h0 if carry == "h_reset" else h
                c_in = c0 if carry == "c_reset" else c
                fw = forward(x[..., t, :, :], h_in, c_in, W_ih, W_hh, b_ih, b_hh)
            h, c = fw["gates"][3] * fw["tc"], fw["c2"]
        cache[(id(case), carry)] = (case, (fws, hs, cs))
        return fws, hs, cs

    def run(self, case, ch):
        dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh = case.args
        dh_n, dc_n = case.kwargs.get("dh_n"), case.kwargs.get("dc_n")
        ch = _sig_all(ch)
        ch = {**RIGHT, **ch}
        T = x.shape[-3]
        fws, hs, cs = self._forward(case, ch["fw_carry"])
        use_dh = ch["final"] in (True, "no_dc", "none_dout", "replaces_dout", "dh_double")
        use_dc = ch["final"] in (True, "no_dh", "none_dout", "replaces_dout", "dh_double")
        replaces = ch["final"] == "replaces_dout" and dh_n is not None
        dh = np.zeros_like(h0) if dh_n is None or not use_dh else dh_n
        dc = np.zeros_like(c0) if dc_n is None or not use_dc else dc_n
        if ch["final"] == "dh_double" and dh_n is not None:
            dh = 2 * dh_n + 0 * h0
        if ch["final"] == "swapped":  # dh_n given to c's gradient, dc_n to h's
            dh = np.zeros_like(h0) if dc_n is None else dc_n + 0 * h0
            dc = np.zeros_like(c0) if dh_n is None else dh_n + 0 * c0
        elif ch["final"] == "none_dout" and dh_n is None:  # None read as dout's last step
            dh = dout[..., T - 1, :, :] + 0 * h0
        elif ch["final"] == "dh_twice":  # dh_n given to both: dc starts from dh_n
            dh = np.zeros_like(h0) if dh_n is None else dh_n + 0 * h0
            dc = np.zeros_like(c0) if dh_n is None else dh_n + 0 * c0
        dx = [None] * T
        dW_ih, dW_hh, db = np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih)
        dc_first, dh_first = dc, dh
        if ch["dout"] == "reversed":  # step t reads dout[T-1-t]
            dout = dout[..., ::-1, :, :]
        if ch["dout"] in ("last", "last_twice"):  # dout[T-1], added to the dh it starts from
            dh = dh + dout[..., T - 1, :, :]
        dh0, dc0 = dh, dc
        dh_in0 = dc_in0 = None
        first_back = None  # (dh, dc) the loop's first step (t = T-1) returns
        one_last = None  # sum_w in ONE_LAST: that gradient's term of the last step run
        steps, dout_how, state_in = ch["steps"], ch["dout"], ch["state_in"]
        wgrad_vec, sum_w, carry_dh, carry_dc = (
            ch["wgrad_vec"],
            ch["sum_w"],
            ch["carry_dh"],
            ch["carry_dc"],
        )
        dh_from = ch["dh_from"]
        use = dout_how in (True, "also_dc", "reversed", "last_twice")
        for t in reversed(range(T)):
            if steps == "skiplast" and t == T - 1:
                dx[t] = 0 * x[..., t, :, :]
                continue
            if steps == "skip0" and t == 0:
                dx[0] = np.zeros_like(dx[1]) if T > 1 else 0 * x[..., 0, :, :]
                dh0, dc0 = dh, dc
                continue
            if steps in TRUNCATED and t < T - TRUNCATED[steps]:  # truncated: the loop stopped
                dx[t] = np.zeros_like(dx[T - 1])
                dh0, dc0 = (dh, dc) if t == T - TRUNCATED[steps] - 1 else (dh0, dc0)
                continue
            dh_t = dh + dout[..., t, :, :] if use else dh + 0 * dout[..., t, :, :]
            if replaces and t == T - 1:  # dh_n in dout[T-1]'s place
                dh_t = dh + 0 * dout[..., t, :, :]
            if dout_how == "also_dc":
                dc = dc + dout[..., t, :, :]
            dh_in0 = dh_t if t == 0 else None  # what enters step 0 (h0_grad "incoming")
            dc_in0 = dc if t == 0 else None
            fw, h_in, c_in = fws[t], hs[t], cs[t]
            after = state_in == "after" or (state_in == "after_but_0" and t > 0)
            if (state_in == "last_at_0" and t == 0) or state_in == "last":  # hs[-1]'s state
                after, t_from = True, T - 1
            else:
                t_from = t
            if after:  # the step's backward recomputed from (h_t, c_t)
                h_in, c_in = fws[t_from]["gates"][3] * fws[t_from]["tc"], fws[t_from]["c2"]
                fw = forward(x[..., t, :, :], h_in, c_in, W_ih, W_hh, b_ih, b_hh)
            da, dxt, dhp, dcp = _cell_bwd(fw, dh_t, dc, c_in, W_ih, W_hh, ch)
            if first_back is None:
                first_back = (dhp, dcp)
            dx[t] = dxt
            x_t = x[..., t, :, :]
            vx, vh = (h_in, x_t) if wgrad_vec == "swapped" else (x_t, h_in)
            if wgrad_vec == "h_new":
                vh = fw["gates"][3] * fw["tc"]
            step = {"W_ih": _T(da) @ vx, "W_hh": _T(da) @ vh, "b": da.sum(axis=-2)}  # step t's
            if sum_w != "last":
                dW_ih, dW_hh, db = dW_ih + step["W_ih"], dW_hh + step["W_hh"], db + step["b"]
            else:
                dW_ih, dW_hh, db = step["W_ih"], step["W_hh"], step["b"]
            if sum_w in ONE_LAST:  # that one's gradient assigned (=), the others summed
                one_last = step.get(ONE_LAST[sum_w], step["b"])
            dh = dhp if carry_dh in (True, "plus_dh_n") else 0 * dhp
            if carry_dh == "plus_dh_n" and t > 0:  # dh_n again, into step t - 1
                dh = dh + dh_first
            if dout_how == "late":  # dout[t] added after step t: it reaches step t - 1
                dh = dh + dout[..., t, :, :]
            if carry_dh in ("dh_n", "dh_n_step0"):
                dh = dh_first + 0 * dhp
            if dh_from == "dh":
                dh = dh_t
            dc = dcp if carry_dc is True else 0 * dcp
            if carry_dc == "from_dh":
                dc = dhp + 0 * dcp
            if carry_dc in ("dc_n", "dc_n_step0"):
                dc = dc_first + 0 * dcp
            if carry_dc == "exchanged":
                dh, dc = dcp, dhp
            step0_h = carry_dh in ("step0", "dh_n_step0") and dh_from != "dh"
            dh0 = dhp if step0_h else dh
            dc0 = dcp if carry_dc in ("step0", "dc_n_step0") else dc
        if ch["sum_w"] == "mean":
            dW_ih, dW_hh, db = dW_ih / T, dW_hh / T, db / T
        if ch.get("wgrad_mean") is True:  # averaged over the batch: / B
            dW_ih, dW_hh = dW_ih / x.shape[-2], dW_hh / x.shape[-2]
        db_ih, db_hh = _bias_pair(db, x.shape[-2], ch)
        if one_last is not None:  # the term of the last step run (t = 0)
            name = ONE_LAST[sum_w]
            dW_ih, dW_hh, db_ih, db_hh = (
                one_last if name == k else v
                for k, v in zip(
                    ("W_ih", "W_hh", "b_ih", "b_hh"), (dW_ih, dW_hh, db_ih, db_hh), strict=True
                )
            )
        if ch["h0_grad"] == "plus_dout0":
            dh0 = dh0 + dout[..., 0, :, :]
        elif ch["h0_grad"] == "first_step" and first_back is not None:
            dh0, dc0 = first_back
        elif ch["h0_grad"] in ("incoming", "incoming_both") and dh_in0 is not None:
            dh0 = dh_in0
            if ch["h0_grad"] == "incoming_both":
                dc0 = dc_in0
        return {
            "x": np.stack(dx, axis=-3),
            "h0": dh0 + 0 * h0,  # broadcast: dh_n may be shared by stacked probes
            "c0": dc0 + 0 * c0,
            "W_ih": dW_ih,
            "W_hh": dW_hh,
            "b_ih": db_ih,
            "b_hh": db_hh,
        }

    def findings(self, ch, function):
        return backward_findings(_sig_all(ch), function, self.factors)


#: the layer model's factor for the three σ gates' derivative form at once
SIG_ALL = "d.σ"


def _sig_all(ch: dict) -> dict:
    """``ch`` with its :data:`SIG_ALL` form given to d.i, d.f and d.o (and itself dropped)."""
    form = ch.get(SIG_ALL, "ok")
    ch = {k: v for k, v in ch.items() if k != SIG_ALL}
    return ch if form == "ok" else {**ch, "d.i": form, "d.f": form, "d.o": form}


TEXT = {
    ("tanhc", "missing"): (
        "grad.tanh_c_derivative_missing",
        "δc lacks the factor (1 − tanh²(c_t)): δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",
    ),
    ("tanhc", "pre"): (
        "grad.tanh_c_derivative_missing",
        "δc uses (1 − c_t²); the derivative of tanh(c_t) is 1 − tanh²(c_t).",
    ),
    ("tanhc", "prev"): (
        "grad.tanh_c_derivative_missing",
        "δc uses (1 − tanh²(c_{t-1})), of the cell state the step was given; h_t = o_t ⊙ tanh(c_t) is of the new cell state: δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",  # noqa: E501
    ),
    ("tanhc", "from_h"): (
        "grad.tanh_c_derivative_missing",
        "δc uses (1 − h_t²), of h_t = o_t ⊙ tanh(c_t) taken for tanh(c_t); the derivative of tanh(c_t) is 1 − tanh²(c_t): δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",  # noqa: E501
    ),
    ("tanhc", "one_minus_sq"): (
        "grad.tanh_c_derivative_missing",
        "δc uses (1 − tanh(c_t))², the square outside; the derivative of tanh(c_t) is 1 − tanh²(c_t), tanh(c_t) squared: δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",  # noqa: E501
    ),
    ("wgrad_mean", "last_row"): (
        "grad.weight_grad_input",
        "the weight and bias gradients hold the last batch row's terms only (as where a loop over the batch assigns each row's, =, instead of adding, +=); they are sums over the batch rows: δaᵀ x_t, δaᵀ h_{t-1} and Σ_b δa.",  # noqa: E501
    ),
    ("tanhc", "one_minus"): (
        "grad.tanh_c_derivative_missing",
        "δc uses (1 − tanh(c_t)); the derivative of tanh(c_t) is 1 − tanh²(c_t), squared: δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",  # noqa: E501
    ),
    ("dc_next", False): (
        "grad.dc_next_ignored",
        "the incoming dc (dc_next) is ignored: δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",
    ),
    ("dh_path", "no_o"): (
        "grad.dh_path_missing",
        "δc's dh term lacks the output gate's factor o_t: h_t = o_t ⊙ tanh(c_t) gives δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)).",  # noqa: E501
    ),
    ("back_w", "dh_blocks_T"): (
        "grad.backprop_matrix",
        "each gate's block of W_hh is transposed in dh_{t-1}: Σ_k δa_k W_hh[k]ᵀ; it is Σ_k δa_k W_hh[k] (rows k·H:(k+1)·H of W_hh, untransposed), i.e. da @ W_hh.",  # noqa: E501
    ),
    ("back_w", "dh_ih"): (
        "grad.backprop_matrix",
        "dh_{t-1} is computed with W_ih (δa W_ih); h_{t-1} enters through W_hh, so its gradient goes back through W_hh: dh_{t-1} = δa W_hh (da @ W_hh).",  # noqa: E501
    ),
    ("back_w", "dx_hh"): (
        "grad.backprop_matrix",
        "the gradient of x goes through W_hh; x enters through W_ih: dx = δa W_ih (da @ W_ih).",
    ),
    ("back_w", "plus_dh"): (
        "grad.through_time_dh",
        "the gradient for h adds the incoming dh to δa W_hh: h_{t-1} reaches the loss only through the gates' pre-activations, so dh_{t-1} = δa W_hh (no direct path from h_t to h_{t-1}).",  # noqa: E501
    ),
    ("back_w", "dh_next"): (
        "grad.backprop_matrix",
        "the gradient of h_{t-1} is dh_next passed on unchanged; h_{t-1} reaches the loss only through the gates: dh_{t-1} = δa W_hh (da @ W_hh).",  # noqa: E501
    ),
    ("back_w", "swapped"): (
        "grad.backprop_matrix",
        "W_ih and W_hh are exchanged in the gradients of x and h_{t-1}: dx = δa W_ih, dh_{t-1} = δa W_hh.",  # noqa: E501
    ),
    ("dh_path", False): (
        "grad.dh_path_missing",
        "δc lacks dh ⊙ o ⊙ (1 − tanh²(c_t)): h_t = o_t ⊙ tanh(c_t) sends dh to c_t too.",
    ),
    ("forget", False): (
        "grad.forget_factor_missing",
        "the forget factor is missing: δc_{t-1} = δc_t ⊙ f_t.",
    ),
    ("df_factor", "c_next"): (
        "grad.gate_factor",
        "forget gate: δf multiplies c_t; c_t = f_t ⊙ c_{t-1} + ... gives δf_t = δc_t ⊙ c_{t-1}.",
    ),
    ("df_factor", "h_prev"): (
        "grad.gate_factor",
        "forget gate: δf multiplies h_{t-1}; c_t = f_t ⊙ c_{t-1} + ... gives δf_t = δc_t ⊙ c_{t-1}, the previous cell state.",  # noqa: E501
    ),
    ("df_factor", "g"): (
        "grad.gate_factor",
        "forget gate: δf multiplies g_t; c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t gives δf_t = δc_t ⊙ c_{t-1}.",  # noqa: E501
    ),
    ("di_factor", "c_prev"): (
        "grad.gate_factor",
        "input gate: δi multiplies c_{t-1}; c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t gives δi_t = δc_t ⊙ g_t.",  # noqa: E501
    ),
    ("dg_factor", "f"): (
        "grad.gate_factor",
        "cell candidate g: δg multiplies f_t; c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t gives δg_t = δc_t ⊙ i_t.",  # noqa: E501
    ),
    ("di_factor", "i"): (
        "grad.gate_factor",
        "input gate: δi multiplies i_t; c_t = ... + i_t ⊙ g_t gives δi_t = δc_t ⊙ g_t.",
    ),
    ("dg_factor", "g"): (
        "grad.gate_factor",
        "cell candidate g: δg multiplies g_t; c_t = ... + i_t ⊙ g_t gives δg_t = δc_t ⊙ i_t.",
    ),
    ("do_factor", "tanh_c_prev"): (
        "grad.gate_factor",
        "output gate: δo multiplies tanh(c_{t-1}); h_t = o_t ⊙ tanh(c_t) gives δo_t = dh_t ⊙ tanh(c_t), the new cell state.",  # noqa: E501
    ),
    ("do_factor", "c"): (
        "grad.gate_factor",
        "output gate: δo multiplies c_t; h_t = o_t ⊙ tanh(c_t) gives δo_t = dh_t ⊙ tanh(c_t).",
    ),
    ("upstream_swap", True): (
        "grad.upstream_swapped",
        "dh_next and dc_next are exchanged (the arguments come in the order dh_next, dc_next).",
    ),
    ("bias", "split"): (
        "grad.bias_split",
        "the bias gradient is halved between b_ih and b_hh; each gets the full Σ over the batch of δa.",  # noqa: E501
    ),
    ("bias", "mean"): (
        "grad.bias_split",
        "the bias gradient is averaged over the batch; it is the sum over the batch of δa (the loss sums the batch rows' terms).",  # noqa: E501
    ),
    ("bias", "zero_ih"): (
        "grad.bias_split",
        "b_ih's gradient is 0 (all zeros); b_ih is added to the pre-activation, so its gradient is the sum over the batch of δa, as b_hh's is.",  # noqa: E501
    ),
    ("bias", "zero_hh"): (
        "grad.bias_split",
        "b_hh's gradient is 0 (all zeros); b_hh is added to the pre-activation, so its gradient is the sum over the batch of δa, as b_ih's is.",  # noqa: E501
    ),
    ("bias", "mean_ih"): (
        "grad.bias_split",
        "b_ih's gradient is averaged over the batch; it is the sum over the batch of δa (the loss sums the batch rows' terms), as b_hh's is.",  # noqa: E501
    ),
    ("bias", "mean_hh"): (
        "grad.bias_split",
        "b_hh's gradient is averaged over the batch; it is the sum over the batch of δa (the loss sums the batch rows' terms), as b_ih's is.",  # noqa: E501
    ),
    ("bias_axis", "gates"): (
        "grad.bias_split",
        "the bias gradients are summed over axis 1 (the 4H gate units), one number per batch row; each is Σ over the batch (axis 0) of δa, shape (4H,).",  # noqa: E501
    ),
    ("wgrad_mean", True): (
        "grad.weight_grad_input",
        "the weight gradients are averaged over the batch (divided by B); they are sums over the batch rows, δaᵀ x_t and δaᵀ h_{t-1} (the loss sums the rows' terms).",  # noqa: E501
    ),
    ("wgrad_vec", "h_new"): (
        "grad.weight_grad_input",
        "W_hh's gradient uses the new state h_t; it is δaᵀ h_{t-1}, the state the step read.",
    ),
    ("wgrad_layout", "sums_outer"): (
        "grad.weight_grad_input",
        "the weight gradients are the outer product of batch sums, (Σ_b δa_b)ᵀ (Σ_b x_b) (as an einsum with two batch letters, 'bg,ci->gi', gives); they are sums of each row's outer product, δaᵀ x_t = Σ_b δa_bᵀ x_b ('bg,bi->gi'), and δaᵀ h_{t-1}.",  # noqa: E501
    ),
    ("wgrad_layout", "hh_blocks_T"): (
        "grad.weight_grad_input",
        "each gate's (H, H) block of W_hh's gradient is transposed: h_{t-1}ᵀ δa_k where δa_kᵀ h_{t-1} belongs (the shapes agree only because the block is square).",  # noqa: E501
    ),
    **{
        ("wgrad_layout", f"sums_outer_{k}"): (
            "grad.weight_grad_input",
            f"W_{k}'s gradient is the outer product of batch sums, (Σ_b δa_b)ᵀ (Σ_b {v}_b) (as an einsum with two batch letters, 'bk,c{v[0]}->k{v[0]}', gives); it is the sum of each row's outer product, δaᵀ {v} = Σ_b δa_bᵀ {v}_b (one batch letter, 'bk,b{v[0]}->k{v[0]}').",  # noqa: E501
        )
        for k, v in (("ih", "x_t"), ("hh", "h_{t-1}"))
    },
    ("wgrad_layout", "reshaped"): (
        "grad.weight_grad_input",
        "the weight gradients are vᵀ δa, (n, 4H), reshaped to (4H, n): a reshape keeps the numbers' order, so rows and columns are scrambled; the gradient is its transpose, δaᵀ x_t and δaᵀ h_{t-1} (or (vᵀ δa).T).",  # noqa: E501
    ),
    ("wgrad_vec", "swapped"): (
        "grad.weight_grad_input",
        "the weight gradients multiply the wrong vectors: W_ih's is δaᵀ x_t, W_hh's is δaᵀ h_{t-1}.",  # noqa: E501
    ),
    ("forget", "i"): (
        "grad.forget_factor_missing",
        "δc_{t-1} is δc_t ⊙ i_t, the input gate; it is δc_t ⊙ f_t (c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t, so the forget gate carries c_{t-1} into c_t).",  # noqa: E501
    ),
    ("forget", "o"): (
        "grad.forget_factor_missing",
        "δc_{t-1} is δc_t ⊙ o_t, the output gate; it is δc_t ⊙ f_t (c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t, so the forget gate carries c_{t-1} into c_t).",  # noqa: E501
    ),
    ("forget", "plus_dc_next"): (
        "grad.forget_factor_missing",
        "δc_{t-1} is δc_t ⊙ f_t + dc_next ⊙ f_t: dc_next is counted twice (it is already in δc_t = dc_next + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t))); δc_{t-1} = δc_t ⊙ f_t.",  # noqa: E501
    ),
    ("forget", "dc_next"): (
        "grad.forget_factor_missing",
        "δc_{t-1} is dc_next ⊙ f_t; it is the whole δc_t ⊙ f_t, δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)) (the path through h_t included).",  # noqa: E501
    ),
    ("f_plus_one", True): (
        "gate.forget_bias_offset",
        "the forward pass your backward recomputes adds 1 to the forget gate's pre-activation (Keras's unit_forget_bias); PyTorch's LSTM adds no constant: a_f = W_if x_t + b_if + W_hf h_{t-1} + b_hf, the biases as given.",  # noqa: E501
    ),
    ("dout", "last_twice"): (
        "grad.dout_misplaced",
        "dout[T-1] is added twice at the last step: once to the dh the loop starts from, and again in the loop; each dout[t] enters step t's dh once.",  # noqa: E501
    ),
    ("dout", "also_dc"): (
        "grad.dout_misplaced",
        "dout[t] is added to the cell state's gradient too; out[t] is h_t, so dout[t] enters step t's dh only (it reaches c_t through h_t = o_t ⊙ tanh(c_t)).",  # noqa: E501
    ),
    ("h0_grad", "plus_dout0"): (
        "grad.dout_misplaced",
        "h0's gradient has dout[0] added; out[0] is h_0, the state after step 0, not h0: dout[0] enters step 0's dh, and h0's gradient is what step 0's backward returns for h.",  # noqa: E501
    ),
    ("h0_grad", "incoming_both"): (
        "grad.dout_misplaced",
        "h0's and c0's gradients are the dh and dc that enter step 0 (dh: dout[0] plus what step 1 sends back); they are what step 0's backward returns for h and c, one step further back.",  # noqa: E501
    ),
    ("h0_grad", "incoming"): (
        "grad.dout_misplaced",
        "h0's gradient is the dh that enters step 0 (dout[0] plus what step 1 sends back); it is what step 0's backward returns for h, one step further back.",  # noqa: E501
    ),
    ("carry_dh", False): (
        "grad.through_time_dh",
        "dh is not carried back from step t+1 to step t: what step t+1's backward returns for h (δa W_hh) is not added to step t's dh.",  # noqa: E501
    ),
    ("carry_dc", "exchanged"): (
        "grad.through_time_dc",
        "the gradients carried from step t+1 to step t are exchanged: step t's incoming dh is what step t+1's backward returned for c, and its incoming dc what it returned for h (and so h0's and c0's gradients are exchanged too); carry each as itself: dh ← the \"h\" result, dc ← the \"c\" result.",  # noqa: E501
    ),
    ("carry_dc", "from_dh"): (
        "grad.through_time_dc",
        "the dc carried from step t+1 to step t is what step t+1's backward returned for h (its dh_{t}), not for c: step t's incoming dc is step t+1's δc ⊙ f (the \"c\" result).",  # noqa: E501
    ),
    ("carry_dc", False): (
        "grad.through_time_dc",
        "dc is not carried back from step t+1 to step t: what step t+1's backward returns for c (δc ⊙ f) is not step t's incoming dc.",  # noqa: E501
    ),
    ("carry_dc", "dc_n"): (
        "grad.through_time_dc",
        "dc is not carried back from step t+1 to step t: every step's incoming dc is dc_n again; it is what step t+1's backward returns for c (δc ⊙ f).",  # noqa: E501
    ),
    ("carry_dh", "dh_n"): (
        "grad.through_time_dh",
        "dh is not carried back from step t+1 to step t: every step's incoming dh is dh_n (+ dout[t]) again; it is what step t+1's backward returns for h (δa W_hh), plus dout[t].",  # noqa: E501
    ),
    ("carry_dh", "dh_n_step0"): (
        "grad.through_time_dh",
        "dh is not carried back from step t+1 to step t: every step's incoming dh is dh_n (+ dout[t]) again; it is what step t+1's backward returns for h (δa W_hh), plus dout[t].",  # noqa: E501
    ),
    ("carry_dc", "dc_n_step0"): (
        "grad.through_time_dc",
        "dc is not carried back from step t+1 to step t: every step's incoming dc is dc_n again; it is what step t+1's backward returns for c (δc ⊙ f).",  # noqa: E501
    ),
    ("carry_dh", "step0"): (
        "grad.through_time_dh",
        "dh is not carried back from step t+1 to step t: what step t+1's backward returns for h (δa W_hh) is not added to step t's dh.",  # noqa: E501
    ),
    ("carry_dc", "step0"): (
        "grad.through_time_dc",
        "dc is not carried back from step t+1 to step t: what step t+1's backward returns for c (δc ⊙ f) is not step t's incoming dc.",  # noqa: E501
    ),
    ("dout", False): ("grad.dout_ignored", "dout[t] is not added to step t's dh."),
    ("dout", "late"): (
        "grad.dout_misplaced",
        "dout[t] is added after step t's backward, so it enters step t - 1 (the last step gets no dout[T-1], and h0's gradient gets dout[0]); dout[t] is the gradient of h_t, the output of step t: it enters step t's own dh, before that step's backward.",  # noqa: E501
    ),
    ("state_in", "last"): (
        "grad.forward_states",
        "every step's backward reads the state after the last step, (h_{T-1}, c_{T-1}), as its previous state (as when the stored states are one array: a list made as [np.zeros(...)] * n holds one array n times, and writing into it in place changes every entry); step t reads (h_{t-1}, c_{t-1}).",  # noqa: E501
    ),
    ("carry_dh", "plus_dh_n"): (
        "grad.final_state_grads_ignored",
        "dh_n is added to every step's incoming dh, on top of what step t+1 sends back; dh_n is the gradient of h_n alone: it enters the last step only.",  # noqa: E501
    ),
    ("state_in", "last_at_0"): (
        "grad.forward_states",
        "step 0's backward reads the state after the last step, (h_{T-1}, c_{T-1}), as its previous state (a list indexed hs[t - 1] gives hs[-1] at t = 0); step 0 starts from h0, c0.",  # noqa: E501
    ),
    ("dout", "reversed"): (
        "grad.dout_ignored",
        "step t's dh gets dout[T-1-t]: dout in reverse order; it gets dout[t], the gradient of out at step t.",  # noqa: E501
    ),
    ("dout", "last"): (
        "grad.dout_ignored",
        "only dout[T-1] is added; dout[t] is added to step t's dh at every step (out holds every h_t).",  # noqa: E501
    ),
    ("final", "swapped"): (
        "grad.final_state_grads_ignored",
        "dh_n and dc_n are exchanged: dh_n is the last step's incoming dh (the gradient of h_n) and dc_n its incoming dc; yours starts dh from dc_n and dc from dh_n.",  # noqa: E501
    ),
    ("final", False): (
        "grad.final_state_grads_ignored",
        "dh_n and dc_n are ignored: they are the last step's incoming dh and dc.",
    ),
    ("final", "none_dout"): (
        "grad.final_state_grads_ignored",
        "where dh_n is None, dh starts from dout[T-1] (so the last step counts dout[T-1] twice); dh_n = None means no gradient from h_n: dh starts from zeros, and dout[T-1] enters the last step once.",  # noqa: E501
    ),
    ("final", "replaces_dout"): (
        "grad.dout_misplaced",
        "at the last step dh_n replaces dout[T-1]: the last step's incoming dh is dout[T-1] + dh_n (out[T-1] is h_n, so both gradients reach it).",  # noqa: E501
    ),
    ("final", "dh_double"): (
        "grad.final_state_grads_ignored",
        "dh_n is counted twice: the last step's incoming dh is dout[T-1] + 2·dh_n (dh_n added to dout[T-1] and also the dh the loop starts from); it is dout[T-1] + dh_n, once.",  # noqa: E501
    ),
    ("final", "dh_twice"): (
        "grad.final_state_grads_ignored",
        "dc_n is never read: the cell state's gradient starts from dh_n as well as h's; dh starts from dh_n and dc from dc_n (each the gradient of its own final state).",  # noqa: E501
    ),
    ("h0_grad", "first_step"): (
        "grad.dout_misplaced",
        "h0's and c0's gradients are what the loop's first step (t = T - 1) returns for h and c; they are what step 0's backward returns, the last one the loop runs.",  # noqa: E501
    ),
    ("bias", "twice"): (
        "grad.bias_split",
        "b_ih's and b_hh's gradients are each twice Σ over the batch of δa (each counted twice, as where db_ih and db_hh are one array, db_ih = db_hh = np.zeros(...), and both sums go into it); each is Σ over the batch of δa once.",  # noqa: E501
    ),
    ("final", "no_dc"): (
        "grad.final_state_grads_ignored",
        "dc_n is ignored (the cell state's gradient starts from zeros; dh_n itself is read right): dc_n is the last step's incoming dc.",  # noqa: E501
    ),
    ("final", "no_dh"): (
        "grad.final_state_grads_ignored",
        "dh_n is ignored (the hidden state's gradient starts from zeros; dc_n itself is read right): dh_n is added to the last step's incoming dh.",  # noqa: E501
    ),
    ("sum_w", "last"): (
        "grad.weight_grads_not_summed",
        "the weight and bias gradients are overwritten at each step; they are summed over all steps.",  # noqa: E501
    ),
    **{
        ("sum_w", option): (
            "grad.weight_grads_not_summed",
            f"{name}'s gradient is overwritten at each step (= where += belongs): it holds the term of the loop's last step only (t = 0); it is summed over all steps, as the other parameters' are.",  # noqa: E501
        )
        for option, name in ONE_LAST.items()
    },
    ("sum_w", "mean"): (
        "grad.weight_grads_not_summed",
        "the weight and bias gradients are averaged over the T steps; they are summed over all steps.",  # noqa: E501
    ),
    ("state_in", "after_but_0"): (
        "grad.step_state",
        "for t > 0 each step's backward is given the state after the step, (h_t, c_t), as a list of the states after each step holds at index t; it needs the state the step started from, (h_{t-1}, c_{t-1}) (index t-1); at t = 0 yours is right, h0, c0.",  # noqa: E501
    ),
    ("state_in", "after"): (
        "grad.step_state",
        "each step's backward is given the state after the step, (h_t, c_t); it needs the state the step started from, (h_{t-1}, c_{t-1}) (h0, c0 at t = 0).",  # noqa: E501
    ),
    ("steps", "skip0"): (
        "grad.step0_skipped",
        "the backward loop skips step 0 (it stops at t = 1): range(T - 1, -1, -1) walks down to t = 0.",  # noqa: E501
    ),
    **{
        ("steps", option): (
            "grad.truncated",
            f"the backward loop runs only the last {k} step{'s' if k > 1 else ''} (truncated backpropagation through time): the steps before T - {k} get no gradient; the gradients of the whole sequence need every step, range(T - 1, -1, -1), and h0/c0 get what reaches step 0.",  # noqa: E501
        )
        for option, k in TRUNCATED.items()
    },
    ("steps", "skiplast"): (
        "grad.last_step_skipped",
        "the backward loop skips the last step, t = T - 1 (it starts at T - 2): range(T - 1, -1, -1) starts at the last step, where dh_n, dc_n and dout[T-1] come in.",  # noqa: E501
    ),
    ("fw_carry", "zeros"): (
        "grad.forward_states",
        "the forward pass your backward runs starts from zeros, not from h0, c0: the states the backward reads (h_{t-1}, c_{t-1}) are those of the forward pass from the initial state given.",  # noqa: E501
    ),
    ("fw_carry", "c_reset"): (
        "grad.forward_states",
        "the forward pass your backward runs starts every step from c0: it does not carry the cell state, c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t with c_{t-1} the previous step's c (the states the backward reads are those of that pass).",  # noqa: E501
    ),
    ("fw_carry", "h_old_c"): (
        "grad.forward_states",
        "the forward pass your backward runs computes h_t from the old cell state, o_t ⊙ tanh(c_{t-1}); h_t = o_t ⊙ tanh(c_t), of the new one (the states the backward reads, h_{t-1} at each step, are those of that pass).",  # noqa: E501
    ),
    ("fw_carry", "h_reset"): (
        "grad.forward_states",
        "the forward pass your backward runs starts every step from h0: it does not carry the hidden state h_{t-1} from the previous step (the states the backward reads are those of that pass).",  # noqa: E501
    ),
    ("dh_from", "dh"): (
        "grad.through_time_dh",
        "the dh passed back to step t-1 is step t's dh itself; it is δa_t W_hh.",
    ),
}


def backward_findings(ch, function, factors) -> list[Finding]:
    out = []
    for f in factors:
        v = ch.get(f.name, f.options[0])  # a compound part (SIG_ALL) is given to its parts
        if v == f.options[0]:
            continue
        if f.name.startswith("d."):
            gate = f.name[2:]
            kind = "tanh" if gate == "g" else "sig"
            word = DERIV_WORD[kind]
            name = GATE_NAMES[gate]
            act = {"i": "i", "f": "f", "g": "g", "o": "o"}[gate]
            if v == "missing":
                fid, text = (
                    "grad.activation_derivative_missing",
                    f"{name}: δa_{act} lacks the activation's derivative, {word}.",
                )
            elif v == "pre":
                fid, text = (
                    "grad.derivative_of_preactivation",
                    f"{name}: the derivative is taken of the pre-activation a_{act}; {word} is of the activation {act}_t itself ({act}(1 − {act})"  # noqa: E501
                    if kind == "sig"
                    else f"{name}: the derivative is taken of the pre-activation a_g; tanh' = 1 - g_t², of g_t itself",  # noqa: E501
                )
                text += ")." if kind == "sig" else "."
            elif v in ("act", "one_minus"):
                form = f"{act}_t alone" if v == "act" else f"(1 − {act}_t)"
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: δa_{act} multiplies by {form} as the derivative; {word}"
                    + (
                        f" = {act}_t(1 − {act}_t)."
                        if kind == "sig"
                        else f" = 1 − {act}_t², squared."
                    ),
                )
            elif v == "plus":
                slip = f"{act}_t(1 + {act}_t)" if kind == "sig" else "1 + g_t²"
                right = f"{act}_t(1 − {act}_t)" if kind == "sig" else "1 − g_t²"
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: δa_{act} multiplies by {slip}, a + where the derivative has a −: {word} = {right}.",  # noqa: E501
                )
            elif v.startswith("of_"):
                k = v[-1]
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: δa_{act} multiplies by {k}_t(1 − {k}_t), the {GATE_NAMES[k]}'s derivative; its own is {word} = {act}_t(1 − {act}_t).",  # noqa: E501
                )
            elif v.startswith("with_"):
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: δa_{act} multiplies by {act}_t(1 − {v[-1]}_t), the {GATE_NAMES[v[-1]]}'s value in the second factor; {word} = {act}_t(1 − {act}_t).",  # noqa: E501
                )
            elif v == "sech":
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: δa_g multiplies by 1/cosh(a_g) = √(1 − g_t²); tanh' = 1/cosh²(a_g) = 1 − g_t², squared.",  # noqa: E501
                )
            elif v == "twice":
                f_ = "σ" if kind == "sig" else "tanh"
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: the derivative applies {f_} again to {act}_t, which is {f_}(a_{act}) already: "  # noqa: E501
                    + (
                        f"σ({act}_t)(1 − σ({act}_t)); σ' = {act}_t(1 − {act}_t)."
                        if kind == "sig"
                        else "1 − tanh²(g_t); tanh' = 1 − g_t²."
                    ),
                )
            else:
                other = DERIV_WORD["tanh" if kind == "sig" else "sig"]
                fid, text = (
                    "grad.wrong_derivative",
                    f"{name}: δa_{act} uses the other activation's derivative, {other}, where {word} belongs (the derivative of {'σ' if kind == 'sig' else 'tanh'}, the activation of {act}_t).",  # noqa: E501
                )
            out.append(Finding(fid, function, text, gate=gate, term="activation"))
            continue
        if f.name == "gate_order":
            shown = ", ".join(v)
            p, q = (k for k in range(4) if v[k] != "ifgo"[k])
            text = (
                f"the gates are read in the order ({shown}) in both passes (the forward "
                f"recomputation and δa's blocks): rows {ROWS[p]} taken as the "
                f"{GATE_NAMES[v[p]]}'s and {ROWS[q]} as the {GATE_NAMES[v[q]]}'s; the rows of "
                "W_ih, W_hh, b_ih, b_hh come in the order (i, f, g, o)."
            )
            out.append(Finding("grad.gate_block_order", function, text, term="order"))
            continue
        if f.name == "unpacked":
            held = "; ".join(
                f"the name {'ifgo'[k]} holds {v[k]}_t's value"
                for k in range(4)
                if v[k] != "ifgo"[k]
            )
            text = (
                f"the backward reads the gates' values in the order ({', '.join(v)}): {held} "
                "(a tuple packed in one order and unpacked in another); every formula of the "
                "backward must get the gate it names: i, f, g, o as the forward computed them."
            )
            out.append(Finding("grad.gate_block_order", function, text, term="order"))
            continue
        if f.name == "da_order":
            shown = ", ".join(v)
            moved = [k for k in range(4) if v[k] != "ifgo"[k]]
            where = "; ".join(
                f"rows {ROWS[k]} hold the {GATE_NAMES[v[k]]}'s δa_{v[k]}" for k in moved
            )
            text = (
                f"the δa blocks are concatenated in the order ({shown}) ({where}); the rows of "
                "W_ih, W_hh, b_ih, b_hh (and so δa's blocks) come in the order (i, f, g, o)."
            )
            out.append(Finding("grad.gate_block_order", function, text, term="order"))
            continue
        if f.name in ("carry_dh", "final") and (
            ch.get("carry_dh") in (False, "step0") and ch.get("final") == "no_dh"
        ):  # one slip seen twice: each step's incoming dh is dout[t] alone (said once)
            if f.name == "carry_dh":
                out.append(Finding("grad.through_time_dh", function, DH_DOUT_ONLY))
            continue
        fid, text = TEXT[(f.name, v)]
        if (f.name, v) == ("dc_next", False) and function == "lstm_layer_backward":
            text = LAYER_DC_IGNORED  # a layer's steps: dc_n first, then what each step sends back
        term = "state" if f.name in ("tanhc", "dc_next", "dh_path", "forget", "carry_dc") else None
        out.append(Finding(fid, function, text, term=term))
    return out


#: the incoming dc ignored at every step of a layer (dc_n and every carried dc alike)
LAYER_DC_IGNORED = (
    "every step's incoming dc is ignored (dc_n at the last step, and the dc each step sends "
    "back, δc ⊙ f, before it): δc_t = dc_t + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)), with dc_t what "
    "step t+1 returns for c (dc_n at t = T-1)."
)
#: dh neither carried back between steps nor started from dh_n: both at once, as one sentence
DH_DOUT_ONLY = (
    "the dh entering each step t is dout[t] alone: neither what step t+1's backward returns for "
    "h (δa W_hh) nor, at the last step, dh_n is added."
)
