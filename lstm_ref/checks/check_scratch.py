"""check_scratch_lstm: a from-scratch ``torch.nn.Module`` equal to nn.LSTM in eval mode (ex04).

Expected values come from a real ``torch.nn.LSTM`` with the same weights. The class is only
constructed with keyword arguments, converted with ``.double()``, given nn.LSTM's weights with
``load_state_dict``, put in ``eval()`` and called as ``module(x, hx)`` with float64 tensors; its
outputs are read with ``.detach().numpy()``. When the module lives in this process, the check also
refuses nn.LSTM / nn.LSTMCell children and runs forward with torch's fused LSTM functions made to
raise.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import re

import numpy as np

from lstm_ref.checks.compare import shape_in_symbols, values_close
from lstm_ref.checks.core import draw_seed, forbidden_text, guarded, hits_of, is_forbidden
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import Finding, catalogue_finding
from lstm_ref.checks.infer import NotApplicable, catalogue_matches
from lstm_ref.gates import GATE_NAMES, GATES

NAME = "ScratchLSTM"


def _cfg(I, H, L=1, bias=True, bf=False, bi=False, T=3, B=2, hx=True):
    return {
        "input_size": I,
        "hidden_size": H,
        "num_layers": L,
        "bias": bias,
        "batch_first": bf,
        "bidirectional": bi,
    }, {"T": T, "B": B, "hx": hx}


def _fixed():
    """Every requirement has a fixed case: one layer; stacked and batch_first; bidirectional;
    hx=None; bias=False; h_0/h_n rows of layers × directions (k = layer·D + direction)."""
    return [
        _cfg(3, 2),
        _cfg(3, 4, L=2, bf=True, T=4, B=3),
        _cfg(2, 3, bi=True, T=4),
        _cfg(2, 2, hx=False),
        # issue 13: every requirement of the exercise text has a visible case
        _cfg(3, 2, L=2, bi=True, T=3, B=2),  # layers x directions with a given hx: the rows' order
        _cfg(2, 3, bias=False, T=3),  # bias=False: no bias parameters, no bias added
        _cfg(2, 2, L=3, T=3, B=2),  # three layers: layer k reads layer k-1's out (not layer 0's)
    ]


def _random(rng):
    out = []
    for _ in range(5):
        out.append(
            _cfg(
                int(rng.integers(1, 6)),
                int(rng.integers(1, 6)),
                L=int(rng.integers(1, 4)),
                bias=bool(rng.integers(0, 4)),
                bf=bool(rng.integers(2)),
                bi=bool(rng.integers(2)),
                T=int(rng.integers(1, 6)),
                B=int(rng.integers(1, 5)),
                hx=bool(rng.integers(0, 3)),
            )
        )
    out.append(_cfg(2, 3, L=2, bi=True, bf=True, T=3, B=3, hx=False))
    out.append(_cfg(4, 1, L=1, T=1, B=1))
    return out


def _diagnostic():
    return [
        _cfg(3, 2, L=2, bi=True, T=4, B=3),
        _cfg(2, 3, L=1, bi=True, bf=True, T=3, B=3, hx=False),
        _cfg(2, 2, L=2, T=4, B=2, hx=True),
    ]


def _inputs(cfg, extra, seed):
    """(state_dict float64, x, hx or None) from a real nn.LSTM seeded with ``seed``."""
    import torch

    g = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    ref = torch.nn.LSTM(**cfg).double()
    with torch.no_grad():  # larger weights than the default, so that mistakes show
        for p in ref.parameters():
            p.uniform_(-0.8, 0.8, generator=g)
    T, B = extra["T"], extra["B"]
    I, H = cfg["input_size"], cfg["hidden_size"]
    x = torch.randn(
        (B, T, I) if cfg["batch_first"] else (T, B, I), generator=g, dtype=torch.float64
    )
    LD = cfg["num_layers"] * (2 if cfg["bidirectional"] else 1)
    hx = None
    if extra["hx"]:
        hx = (
            torch.randn(LD, B, H, generator=g, dtype=torch.float64) * 0.8,
            torch.randn(LD, B, H, generator=g, dtype=torch.float64),
        )
    return ref.state_dict(), x, hx


def _torch_lstm(cfg, sd, x, hx):
    import torch

    ref = torch.nn.LSTM(**cfg).double()
    ref.load_state_dict(sd)
    ref.eval()
    with torch.no_grad():
        out, (h, c) = ref(x, hx)
    return out.numpy(), h.numpy(), c.numpy()


def _layerwise(cfg, sd, x, hx, edit, feed=None):
    """nn.LSTM run one layer at a time, ``edit(out, h_n, c_n)`` applied to each layer's (T, B, D·H)
    output and (D, B, H) states before the next layer reads them: a mistake inside the stack."""
    import torch

    L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
    one = {**cfg, "num_layers": 1, "batch_first": False}
    inp = x.transpose(0, 1) if cfg["batch_first"] else x
    hs, cs, outs = [], [], []
    for layer in range(L):
        if feed is not None and layer > 0:
            inp = feed(layer, outs)
        sub = {}
        for k, v in sd.items():  # weight_ih_l{layer}[_reverse] -> weight_ih_l0[_reverse]
            m = re.fullmatch(r"(\w+?)_l(\d+)(_reverse)?", k)
            if m and int(m.group(2)) == layer:
                sub[f"{m.group(1)}_l0{m.group(3) or ''}"] = v
        if layer > 0:
            one["input_size"] = D * cfg["hidden_size"]
        h0 = (
            None
            if hx is None
            else (hx[0][layer * D : (layer + 1) * D], hx[1][layer * D : (layer + 1) * D])
        )
        o, h, c = _torch_lstm(one, sub, inp, h0)
        o, h, c = edit(o.copy(), h.copy(), c.copy())
        hs.append(h)
        cs.append(c)
        inp = torch.from_numpy(o)
        outs.append(inp)
    out = inp.numpy()
    if cfg["batch_first"]:
        out = out.transpose(1, 0, 2)
    return out, np.concatenate(hs), np.concatenate(cs)


def _fail(msg, stage, case=None, **kw):
    return CheckFailure(f"{NAME}: {msg}", check=NAME, stage=stage, case=case, **kw)


def _label(kind, n, cfg, extra, seed):
    text = ", ".join(f"{k}={v}" for k, v in {**cfg, "T": extra["T"], "B": extra["B"]}.items())
    hx = "" if extra["hx"] else ", hx=None"
    return f"{kind} case {n} ({text}{hx}, seed={seed})"


def _to_numpy(value, what, label):
    if hasattr(value, "detach"):
        value = value.detach().numpy()
    if not isinstance(value, np.ndarray) or value.dtype.kind != "f":
        raise _fail(
            f"{what} should be a tensor of floats; on {label} it is {type(value).__name__}.",
            "kind",
            label,
        )
    return value


def _run_student(cls, cfg, sd, x, hx, label):
    import torch

    try:
        with guarded() as g:
            module = cls(**cfg)
    except Exception as exc:
        if is_forbidden(exc) or g.hits:
            raise _fail(forbidden_text(hits_of(g, exc), False, label), "forbidden", label) from None
        raise _fail(
            f"ScratchLSTM(**{cfg}) raised {type(exc).__name__}: {exc}", "exception", label
        ) from exc
    if isinstance(module, torch.nn.Module):
        for name, sub in module.named_modules():
            if isinstance(sub, (torch.nn.RNNBase, torch.nn.RNNCellBase)):
                raise _fail(
                    f"uses {type(sub).__name__} (attribute `{name}`); write the LSTM with tensor operations instead.",  # noqa: E501
                    "forbidden",
                    label,
                )
    try:
        module = module.double() or module
        module.load_state_dict(sd)
        module.eval()
    except Exception as exc:
        if not cfg["bias"] and "bias_" in str(exc):
            raise _fail(
                f"with bias=False, load_state_dict(nn.LSTM(..., bias=False).state_dict()) failed on {label}: the module has bias parameters. With bias=False nn.LSTM has no bias_ih_l*/bias_hh_l*: create none, and add none in forward.",  # noqa: E501
                "value",
                label,
                findings=(
                    Finding(
                        "scratch.bias_false_ignored",
                        NAME,
                        "bias=False is ignored: the module creates bias parameters anyway.",
                        term="bias",
                    ),
                ),
            ) from exc
        raise _fail(
            f"load_state_dict(nn.LSTM(...).state_dict()) failed on {label}: {exc}\nName the parameters as nn.LSTM does: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, ..._reverse.",  # noqa: E501
            "exception",
            label,
        ) from exc
    x_before = x.clone()
    hx_before = None if hx is None else (hx[0].clone(), hx[1].clone())
    try:
        with guarded() as g, torch.no_grad():
            result = module(x, hx) if hx is not None else module(x)
    except Exception as exc:
        if is_forbidden(exc) or g.hits:
            raise _fail(forbidden_text(hits_of(g, exc), False, label), "forbidden", label) from None
        raise _fail(
            f"forward raised {type(exc).__name__} on {label}: {exc}", "exception", label
        ) from exc
    if g.hits:
        raise _fail(forbidden_text(g.hits, False, label), "forbidden", label)
    if not torch.equal(x, x_before) or (
        hx is not None and not all(map(torch.equal, hx, hx_before))
    ):
        raise _fail(f"forward changed its input x or hx in place on {label}.", "inplace", label)
    if not (
        isinstance(result, tuple)
        and len(result) == 2
        and isinstance(result[1], tuple)
        and len(result[1]) == 2
    ):
        raise _fail(
            f"forward should return (out, (h_n, c_n)); on {label} it returned {type(result).__name__}.",  # noqa: E501
            "kind",
            label,
        )
    out, (h, c) = result
    return _to_numpy(out, "out", label), _to_numpy(h, "h_n", label), _to_numpy(c, "c_n", label)


def _swap_gates(sd, p, q):
    new = {}
    for k, v in sd.items():
        if k.startswith(("weight_ih", "weight_hh", "bias_")):
            blocks = list(v.chunk(4, 0))
            blocks[p], blocks[q] = blocks[q], blocks[p]
            v = __import__("torch").cat(blocks, 0)
        new[k] = v
    return new


def _mistakes():
    """(key, text, fn(cfg, sd, x, hx) -> (out, h_n, c_n)): nn.LSTM on changed inputs."""
    import torch

    out = []
    for p, q in itertools.combinations(range(4), 2):
        out.append(
            (
                f"swap_{GATES[p]}{GATES[q]}",
                f"the {GATE_NAMES[GATES[p]]} and the {GATE_NAMES[GATES[q]]} are exchanged: nn.LSTM's weight rows come in the order (i, f, g, o).",  # noqa: E501
                lambda cfg, sd, x, hx, p=p, q=q: _torch_lstm(cfg, _swap_gates(sd, p, q), x, hx),
            )
        )

    def bf_ignored(cfg, sd, x, hx):
        if not cfg["batch_first"]:
            raise NotApplicable
        return _torch_lstm({**cfg, "batch_first": False}, sd, x, hx)

    def hc_swapped(cfg, sd, x, hx):
        if hx is None:
            raise NotApplicable
        return _torch_lstm(cfg, sd, x, (hx[1], hx[0]))

    def direction_major(cfg, sd, x, hx):
        L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
        if L == 1 or D == 1:
            raise NotApplicable
        perm = [d * L + layer for layer in range(L) for d in range(D)]  # row k read as (d, layer)
        inv = np.argsort(perm)
        hx2 = None if hx is None else (hx[0][perm], hx[1][perm])
        o, h, c = _torch_lstm(cfg, sd, x, hx2)
        return o, h[inv], c[inv]

    def direction_major_write(cfg, sd, x, hx):
        L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
        if L == 1 or D == 1:
            raise NotApplicable
        order = [layer * D + d for d in range(D) for layer in range(L)]  # written (d, layer)
        o, h, c = _torch_lstm(cfg, sd, x, hx)
        return o, h[order], c[order]

    def direction_major_read(cfg, sd, x, hx):
        L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
        if L == 1 or D == 1 or hx is None:
            raise NotApplicable
        perm = [d * L + layer for layer in range(L) for d in range(D)]
        return _torch_lstm(cfg, sd, x, (hx[0][perm], hx[1][perm]))

    def reverse_not_flipped(cfg, sd, x, hx):
        if not cfg["bidirectional"]:
            raise NotApplicable
        H = cfg["hidden_size"]

        def edit(o, h, c):
            o[..., H:] = o[::-1, :, H:].copy()  # the reverse half left in reversed time order
            return o, h, c

        return _layerwise(cfg, sd, x, hx, edit)

    def reverse_h_n_last(cfg, sd, x, hx):
        if not cfg["bidirectional"]:
            raise NotApplicable
        H = cfg["hidden_size"]

        def edit(o, h, c):
            h[1] = o[-1, :, H:]  # the reverse direction's h_n read at the last time step
            return o, h, c

        return _layerwise(cfg, sd, x, hx, edit)

    def upper_read_first(cfg, sd, x, hx):
        if cfg["num_layers"] < 3:
            raise NotApplicable
        return _layerwise(cfg, sd, x, hx, lambda o, h, c: (o, h, c), lambda k, outs: outs[0])

    del torch
    out += [
        (
            "upper_layers_read_first",
            "every layer above the first reads layer 0's out; layer k reads layer k-1's out.",
            upper_read_first,
        ),
        (
            "batch_first_ignored",
            "batch_first is ignored: with batch_first=True, x is (B, T, I) and out (B, T, D·H); step t is x[:, t].",  # noqa: E501
            bf_ignored,
        ),
        ("hx_swapped", "hx is read as (c_0, h_0): nn.LSTM's hx is (h_0, c_0).", hc_swapped),
        (
            "states_direction_major",
            "the stacked states are indexed direction-major; nn.LSTM's row k of h_0/h_n is layer k // D, direction k % D (k = layer·D + direction).",  # noqa: E501
            direction_major,
        ),
        (
            "h_n_written_direction_major",
            "h_n/c_n are stacked direction-major (all forward layers, then all reverse); nn.LSTM's row k is layer k // D, direction k % D (k = layer·D + direction).",  # noqa: E501
            direction_major_write,
        ),
        (
            "h0_read_direction_major",
            "h_0/c_0 are read direction-major; nn.LSTM's row k is layer k // D, direction k % D (k = layer·D + direction).",  # noqa: E501
            direction_major_read,
        ),
        (
            "reverse_not_flipped_back",
            "the reverse direction's outputs are not flipped back in time before concatenating: out[t, :, H:] is its state at position t.",  # noqa: E501
            reverse_not_flipped,
        ),
        (
            "reverse_h_n_from_out_last",
            "the reverse direction's h_n is taken from out[-1]; it ends at t = 0, so its h_n is out[0, :, H:].",  # noqa: E501
            reverse_h_n_last,
        ),
    ]
    return out


def check_scratch_lstm(cls, *, cases: str = "all", seed: int | None = None) -> None:
    """Check a from-scratch nn.Module class against torch.nn.LSTM in eval mode.

    ``cls(input_size, hidden_size, num_layers, bias, batch_first, bidirectional)``;
    ``forward(x, hx=None) -> (out, (h_n, c_n))``: x (T, B, I) or (B, T, I); hx and h_n, c_n
    (L·D, B, H); out (T, B, D·H) or (B, T, D·H).
    """
    if cases not in ("all", "shapes", "fixed", "random"):
        raise ValueError(f"cases must be 'all', 'shapes', 'fixed' or 'random'; got {cases!r}")
    seed = draw_seed(seed)
    todo = []
    if cases in ("all", "shapes", "fixed"):
        todo += [("fixed", n, c, e, 1000 + n) for n, (c, e) in enumerate(_fixed(), 1)]
    if cases in ("all", "random"):
        rng = np.random.default_rng(seed)
        todo += [("random", n, c, e, seed + n) for n, (c, e) in enumerate(_random(rng), 1)]
    runs = []
    pending = None  # bias=False ignored: reported with whatever else is found
    prepared = []  # inputs and nn.LSTM's answers first: torch's LSTM is refused while the
    for kind, n, cfg, extra, s in todo:  # student's module runs (one guard around all its calls)
        sd, x, hx = _inputs(cfg, extra, s)
        prepared.append((_label(kind, n, cfg, extra, s), kind, cfg, sd, x, hx))
    expected = [_torch_lstm(cfg, sd, x, hx) for _l, _k, cfg, sd, x, hx in prepared]
    with guarded():
        for (label, kind, cfg, sd, x, hx), exp in zip(prepared, expected, strict=True):
            try:
                got = _run_student(cls, cfg, sd, x, hx, label)
            except CheckFailure as exc:
                if any(f.id == "scratch.bias_false_ignored" for f in exc.findings):
                    pending = pending or exc
                    continue
                raise
            runs.append((label, kind, cfg, sd, x, hx, got, exp))
    D = lambda cfg: 2 if cfg["bidirectional"] else 1
    for label, _k, cfg, _sd, _x, _hx, got, exp in runs:
        syms = (
            ("B", "T", "D·H") if cfg["batch_first"] else ("T", "B", "D·H"),
            ("L·D", "B", "H"),
            ("L·D", "B", "H"),
        )
        for name, g, e, sym in zip(("out", "h_n", "c_n"), got, exp, syms, strict=True):
            if g.shape != e.shape:
                raise _fail(
                    f"{name} has shape {tuple(g.shape)} on {label}; expected {shape_in_symbols(sym, e.shape)} (D={D(cfg)}, L={cfg['num_layers']}).",  # noqa: E501
                    "shape",
                    label,
                    output=name,
                )
    if cases == "shapes":
        line = f"{NAME}: shapes right in all {len(runs)} cases"
        print(line)
        return None
    for label, _k, _cfg, _sd, _x, _hx, got, _exp in runs:
        for name, g in zip(("out", "h_n", "c_n"), got, strict=True):
            if not np.all(np.isfinite(g)):
                raise _fail(
                    f"{name} has non-finite values (NaN or inf) on {label}.",
                    "finite",
                    label,
                    output=name,
                )
    for label, kind, cfg, _sd, _x, _hx, got, exp in runs:
        for name, g, e in zip(("out", "h_n", "c_n"), got, exp, strict=True):
            if not values_close(g, e):
                raise _value_failure(cls, runs, label, kind, cfg, name, g, e, pending)
    if pending is not None:
        raise pending
    line = f"{NAME}: all {len(runs)} cases match nn.LSTM"
    note = init_note(cls)
    print(line + (f"\n{note}" if note else ""))
    return None


def _value_failure(cls, runs, label, kind, cfg, name, g, e, pending):
    """Name the mistakes: one layer, one direction first (the lstm_layer and lstm_cell models,
    through the module), then the catalogue of stacking and direction mistakes; else localise."""
    # a whole-module catalogued mistake that gives every answer first (cheap: nn.LSTM on changed
    # inputs), then the one-layer inference (the cell and layer models through the module)
    matched = _diagnose(cls, runs)
    found = [catalogue_finding(NAME, k, t) for k, t in matched]
    keys = tuple(k for k, _ in matched)
    how = f"(your results on all {len(runs)} cases are exactly this)" if found else ""
    if not found:
        found, how = _infer_one_layer(cls)
        keys = tuple(f.id for f in found)
    if pending is not None:
        found = [*found, *pending.findings]
    lines = [f"wrong values in {name} on {label}."]
    err = np.abs(g - e)
    idx = tuple(int(i) for i in np.unravel_index(int(np.argmax(err)), err.shape))
    D, H = (2 if cfg["bidirectional"] else 1), cfg["hidden_size"]
    if name == "out":
        t_axis = 1 if cfg["batch_first"] else 0
        bad = ~(err <= 1e-10 + 1e-9 * np.abs(e))
        first_t = int(np.argwhere(bad.any(axis=tuple(a for a in range(3) if a != t_axis)))[0][0])
        direction = "reverse" if idx[2] >= H else "forward"
        where = (
            f"first wrong at time step {first_t}; the largest error is in the {direction} direction"  # noqa: E501
        )
        loc = Finding(
            "located.value_mismatch", NAME, f"out: {where}.", step=first_t, direction=direction
        )  # noqa: E501
    else:
        layer, d = divmod(idx[0], D)
        direction = "reverse" if d else "forward"
        where = f"the largest error is in row {idx[0]} = layer {layer}, {direction} direction"
        loc = Finding(
            "located.value_mismatch", NAME, f"{name}: {where}.", layer=layer, direction=direction
        )  # noqa: E501
    lines.append(f"In {name}, {where} (max abs error {float(err.max()):.2e}).")
    if found:
        lines.append("Found:")
        lines += [f"  - {f.text}" for f in found]
        if how:
            lines.append(how)
    else:
        lines.append(
            "No known mistake explains all your results. With num_layers=1 and bidirectional=False your module matches nn.LSTM, so look at how layers are stacked and directions combined."  # noqa: E501
        )
        found = [loc]
    if kind == "fixed":
        n = int(label.split()[2])
        lines.append(
            f'To step through this case: `from lstm_ref.checks import fixed_case`, then `case = fixed_case("ScratchLSTM", {n})`; it holds the constructor\'s keyword arguments (init), the state_dict, x and hx.'  # noqa: E501
        )
    return _fail(
        "\n".join(lines),
        "value",
        label,
        output=name,
        mistakes=keys,
        findings=tuple(found),
    )


def _as_layer(cls):
    """The module as lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first): one layer, one
    direction, nn.LSTM's weights loaded."""
    import torch

    modules: dict = {}  # one module per (I, H, batch_first): the weights are loaded per call

    def layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        I, H = W_ih.shape[1], W_hh.shape[1]
        if (I, H, batch_first) not in modules:
            m = cls(
                input_size=I,
                hidden_size=H,
                num_layers=1,
                bias=True,
                batch_first=batch_first,
                bidirectional=False,
            )
            modules[(I, H, batch_first)] = m.double() or m
        module = modules[(I, H, batch_first)]
        t = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64))
        sd = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
        module.load_state_dict({k: t(v) for k, v in sd.items()})
        module.eval()
        hx = None if h0 is None or c0 is None else (t(h0)[None], t(c0)[None])
        with torch.no_grad():
            out, (h, c) = module(t(x), hx) if hx is not None else module(t(x))
        return out.detach().numpy(), (h[0].detach().numpy(), c[0].detach().numpy())

    return layer


def _infer_one_layer(cls) -> tuple[list, str]:
    """The lstm_cell check's inference run through the module (one step: T = 1), then, if the
    step is right, the lstm_layer check's (one layer, one direction)."""
    from lstm_ref.checks.check_cell import check_lstm_cell
    from lstm_ref.checks.check_seq import check_lstm_layer

    layer = _as_layer(cls)

    def cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
        _out, (h_n, c_n) = layer(x[None], h, c, W_ih, W_hh, b_ih, b_hh)
        return h_n, c_n

    for check, fn, how in (
        (check_lstm_cell, cell, "(one step of your module, on every targeted input)"),
        (
            check_lstm_layer,
            layer,
            "(with num_layers=1 and bidirectional=False, on every targeted input)",
        ),  # noqa: E501
    ):
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                check(fn, cases="fixed")
        except CheckFailure as exc:
            if exc.stage not in ("value", "shape"):
                return [], ""  # these questions could not be asked
            named = [
                f for f in exc.findings if not f.id.startswith(("located.", "call.", "result."))
            ]  # noqa: E501
            found = [_as_module_finding(f) for f in named]
            if found:
                return found, how
    return [], ""  # neither one step nor one layer explains it (or both are right)


def _as_module_finding(f):
    """A one-layer finding in the module's words: the layer's (h0, c0) exchanged is the module's
    hx read as (c_0, h_0) (the module gets hx as one pair); the rest keeps its kind."""
    if f.id == "seq.state_swapped" and f.text.startswith("h0 and c0 are exchanged"):
        return Finding(
            "scratch.hx_swapped", NAME, "hx is read as (c_0, h_0): nn.LSTM's hx is (h_0, c_0)."
        )
    return dataclasses.replace(f, function=NAME)


def init_note(cls) -> str:
    """A note (not a failure) if reset_parameters does not draw from U(−1/√H, 1/√H)."""
    import torch

    H = 16
    try:
        state = torch.random.get_rng_state()
        torch.manual_seed(0)
        module = cls(
            input_size=8,
            hidden_size=H,
            num_layers=1,
            bias=True,
            batch_first=False,
            bidirectional=False,
        )
        torch.random.set_rng_state(state)
        values = torch.cat([p.detach().flatten() for p in module.parameters()]).double()
    except Exception:  # the checks above already judged the module; the note is extra
        return ""
    bound = 1 / np.sqrt(H)
    top, std = float(values.abs().max()), float(values.std())
    if values.numel() and top <= bound * 1.0001 and abs(std - bound / np.sqrt(3)) < 0.2 * bound:
        return ""
    return f"Note: reset_parameters does not draw from nn.LSTM's U(−1/√H, 1/√H) (with H={H}: bound {bound:.3f}, std {bound / np.sqrt(3):.3f}; yours: max |w| {top:.3f}, std {std:.3f}). The checks load nn.LSTM's weights, so this does not fail them."  # noqa: E501


def _diagnose(cls, runs):
    evidence = [((cfg, sd, x, hx), got) for _l, _k, cfg, sd, x, hx, got, _e in runs]
    for n, (cfg, extra) in enumerate(_diagnostic(), 1):
        sd, x, hx = _inputs(cfg, extra, 77 + n)
        try:
            evidence.append(((cfg, sd, x, hx), _run_student(cls, cfg, sd, x, hx, "diagnostic")))
        except CheckFailure:
            continue

    def same(got, m):
        return all(values_close(g, mm, g.dtype) for g, mm in zip(got, m, strict=True))

    matched = catalogue_matches(
        _mistakes(), evidence, lambda m, case: m[2](*case), lambda case: _torch_lstm(*case), same
    )
    return [(key, text) for key, text, _ in matched]
