# ruff: noqa: E501  (a corpus of students' code: their long lines kept)
"""Wrong backward passes (one step, and through time) written the way students write them, with
their expected findings; and correct ones written differently. See corpus_forward.py."""

import numpy as np

from tests.checks.corpus_forward import right, sig, wrong


def _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    i, f, g, o = sig(ai), sig(af), np.tanh(ag), sig(ao)
    c2 = f * c + i * g
    return (ai, af, ag, ao), (i, f, g, o), c2, np.tanh(c2)


def cell_bwd(
    dh,
    dc_next,
    x,
    h,
    c,
    W_ih,
    W_hh,
    b_ih,
    b_hh,
    *,
    tanh_c=True,
    pre=(),
    no_deriv=(),
    forget=True,
    use_dc=True,
    df_c_next=False,
    do_c=False,
    split_bias=False,
):
    (ai, af, ag, ao), (i, f, g, o), c2, tc = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    dc = (dc_next if use_dc else 0) + dh * o * ((1 - tc**2) if tanh_c else 1)
    do = dh * (c2 if do_c else tc)
    di, dg, df = dc * g, dc * i, dc * (c2 if df_c_next else c)
    acts = {"i": (i, ai), "f": (f, af), "o": (o, ao)}

    def sd(k):
        if k in no_deriv:
            return 1.0
        s, a = acts[k]
        return a * (1 - a) if k in pre else s * (1 - s)

    dgd = 1.0 if "g" in no_deriv else (1 - g**2)
    da = np.concatenate([di * sd("i"), df * sd("f"), dg * dgd, do * sd("o")], axis=1)
    db = da.sum(0) / (2 if split_bias else 1)
    return {
        "x": da @ W_ih,
        "h": da @ W_hh,
        "c": dc * f if forget else dc,
        "W_ih": da.T @ x,
        "W_hh": da.T @ h,
        "b_ih": db,
        "b_hh": db.copy(),
    }


for _expect, _opts in [
    (("grad.tanh_c_derivative_missing",), {"tanh_c": False}),
    (("grad.derivative_of_preactivation",), {"pre": ("i", "f", "o")}),
    ((("grad.activation_derivative_missing", "g"),), {"no_deriv": ("g",)}),
    (("grad.forget_factor_missing",), {"forget": False}),
    (("grad.dc_next_ignored",), {"use_dc": False}),
    (("grad.gate_factor",), {"df_c_next": True}),
    (("grad.bias_split",), {"split_bias": True}),
    (("grad.gate_factor",), {"do_c": True}),
    (
        ("grad.tanh_c_derivative_missing", "grad.forget_factor_missing"),
        {"tanh_c": False, "forget": False},
    ),
    (
        (("grad.activation_derivative_missing", "o"), "grad.dc_next_ignored"),
        {"no_deriv": ("o",), "use_dc": False},
    ),
    (
        (("grad.derivative_of_preactivation", "f"), "grad.gate_factor"),
        {"pre": ("f",), "do_c": True},
    ),
]:
    wrong("lstm_cell_backward", *_expect)(lambda *a, _o=_opts: cell_bwd(*a, **_o))


@wrong("lstm_cell_backward", "forbidden_library")
def cell_backward_autograd(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    import torch

    names = ("x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh")
    t = {
        k: torch.tensor(v, requires_grad=True)
        for k, v in zip(names, (x, h, c, W_ih, W_hh, b_ih, b_hh), strict=True)
    }
    a = t["x"] @ t["W_ih"].T + t["b_ih"] + t["h"] @ t["W_hh"].T + t["b_hh"]
    i, f, g, o = a.chunk(4, 1)
    c2 = torch.sigmoid(f) * t["c"] + torch.sigmoid(i) * torch.tanh(g)
    h2 = torch.sigmoid(o) * torch.tanh(c2)
    (h2 * torch.tensor(dh_next) + c2 * torch.tensor(dc_next)).sum().backward()
    return {k: v.grad.numpy() for k, v in t.items()}


right("lstm_cell_backward")(lambda *a: cell_bwd(*a))


@right("lstm_cell_backward")
def cell_backward_split_gates(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    blocks = []
    (ai, af, ag, ao), (i, f, g, o), c2, tc = _fwd(x, h, c, W_ih, W_hh, b_ih, b_hh)
    dct = dc_next + dh_next * o * (1 - np.tanh(c2) ** 2)
    blocks = [
        dct * g * i * (1 - i),
        dct * c * f * (1 - f),
        dct * i * (1 - g * g),
        dh_next * tc * o * (1 - o),
    ]
    grads = {"x": 0, "h": 0, "W_ih": [], "W_hh": [], "b": []}
    for k, d in enumerate(blocks):
        r = slice(k * H, (k + 1) * H)
        grads["x"] = grads["x"] + d @ W_ih[r]
        grads["h"] = grads["h"] + d @ W_hh[r]
        grads["W_ih"].append(d.T @ x)
        grads["W_hh"].append(d.T @ h)
        grads["b"].append(d.sum(axis=0))
    b = np.concatenate(grads["b"])
    return {
        "x": grads["x"],
        "h": grads["h"],
        "c": dct * f,
        "W_ih": np.vstack(grads["W_ih"]),
        "W_hh": np.vstack(grads["W_hh"]),
        "b_ih": b,
        "b_hh": b,
    }


def layer_bwd(
    dout,
    x,
    h0,
    c0,
    W_ih,
    W_hh,
    b_ih,
    b_hh,
    dh_n=None,
    dc_n=None,
    *,
    carry_dh=True,
    carry_dc=True,
    final=True,
    summed=True,
    use_dout=True,
    **cell,
):
    T = x.shape[0]
    hs, cs = [h0], [c0]
    for t in range(T):
        _, (i, f, g, o), c2, tc = _fwd(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)
        hs.append(o * tc)
        cs.append(c2)
    dh = dh_n if (dh_n is not None and final) else np.zeros_like(h0)
    dc = dc_n if (dc_n is not None and final) else np.zeros_like(c0)
    grads = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0}
    for t in reversed(range(T)):
        g = cell_bwd(
            dh + (dout[t] if use_dout else 0),
            dc,
            x[t],
            hs[t],
            cs[t],
            W_ih,
            W_hh,
            b_ih,
            b_hh,
            **cell,
        )
        grads["x"][t] = g["x"]
        for k in ("W_ih", "W_hh", "b_ih"):
            grads[k] = grads[k] + g[k] if summed else g[k]
        dh = g["h"] if carry_dh else np.zeros_like(h0)
        dc = g["c"] if carry_dc else np.zeros_like(c0)
    grads.update(h0=dh, c0=dc, b_hh=np.array(grads["b_ih"]))
    return grads


for _expect, _opts in [
    (("grad.through_time_dh",), {"carry_dh": False}),
    (("grad.through_time_dc",), {"carry_dc": False}),
    (("grad.final_state_grads_ignored",), {"final": False}),
    (("grad.weight_grads_not_summed",), {"summed": False}),
    (("grad.tanh_c_derivative_missing",), {"tanh_c": False}),
    (("grad.forget_factor_missing",), {"forget": False}),
    (
        ("grad.through_time_dc", ("grad.activation_derivative_missing", "f")),
        {"carry_dc": False, "no_deriv": ("f",)},
    ),
    (("grad.dout_ignored",), {"use_dout": False}),
]:
    wrong("lstm_layer_backward", *_expect)(lambda *a, _o=_opts, **kw: layer_bwd(*a, **kw, **_o))

right("lstm_layer_backward")(lambda *a, **kw: layer_bwd(*a, **kw))


# a second batch (blind test, see corpus_forward.py)
@wrong(
    "lstm_cell_backward",
    ("grad.derivative_of_preactivation", "o"),
    "grad.tanh_c_derivative_missing",
)
def cell_backward_two_derivatives(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    return cell_bwd(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh, tanh_c=False, pre=("o",))


@wrong("lstm_cell_backward", "grad.bias_split")  # named since b_hh's 0 is a part of the model
def cell_backward_b_hh_zero(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    g = cell_bwd(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    g["b_hh"] = np.zeros_like(g["b_hh"])  # "b_hh is added, so its gradient is 0"
    return g


@wrong("lstm_cell_backward", "result.kind")  # float32: the checks compare at float64's 1e-10
def cell_backward_float32(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    g = cell_bwd(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    return {k: v.astype(np.float32) for k, v in g.items()}
