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
import itertools
import re

import numpy as np

from lstm_ref.checks.compare import shape_in_symbols, values_close
from lstm_ref.checks.core import draw_seed
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import catalogue_finding
from lstm_ref.gates import GATE_NAMES, GATES

NAME = "ScratchLSTM"
FUSED = ("lstm", "lstm_cell")


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
    return [
        _cfg(3, 2),
        _cfg(3, 4, L=2, bf=True, T=4, B=3),
        _cfg(2, 3, bi=True, T=4),
        _cfg(2, 2, hx=False),
        # issue 13: every requirement of the exercise text has a visible case
        _cfg(3, 2, L=2, bi=True, T=3, B=2),  # layers x directions with a given hx: the rows' order
        _cfg(2, 3, bias=False, T=3),  # bias=False: no bias parameters, no bias added
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


def _layerwise(cfg, sd, x, hx, edit):
    """nn.LSTM run one layer at a time, ``edit(out, h_n, c_n)`` applied to each layer's (T, B, D·H)
    output and (D, B, H) states before the next layer reads them: a mistake inside the stack."""
    import torch

    L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
    one = {**cfg, "num_layers": 1, "batch_first": False}
    inp = x.transpose(0, 1) if cfg["batch_first"] else x
    hs, cs = [], []
    for layer in range(L):
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
    out = inp.numpy()
    if cfg["batch_first"]:
        out = out.transpose(1, 0, 2)
    return out, np.concatenate(hs), np.concatenate(cs)


@contextlib.contextmanager
def _fused_lstm_forbidden():
    """Make torch.lstm, torch.lstm_cell and their _VF twins raise while forward runs."""
    import torch
    from torch import _VF

    def forbidden(*args, **kwargs):
        raise RuntimeError(
            "ScratchLSTM must not call torch's own LSTM (torch.lstm / _VF.lstm / lstm_cell)"
        )

    saved = []
    for mod in (torch, _VF):
        for name in FUSED:
            if name in vars(mod) or hasattr(mod, name):
                saved.append((mod, name, mod.__dict__.get(name, None)))
                setattr(mod, name, forbidden)
    try:
        yield
    finally:
        for mod, name, old in saved:
            if old is None:
                with contextlib.suppress(AttributeError):
                    delattr(mod, name)
            else:
                setattr(mod, name, old)


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
        module = cls(**cfg)
    except Exception as exc:
        raise _fail(
            f"ScratchLSTM(**{cfg}) raised {type(exc).__name__}: {exc}", "exception", label
        ) from exc
    if isinstance(module, torch.nn.Module):
        for name, sub in module.named_modules():
            if isinstance(sub, (torch.nn.RNNBase, torch.nn.RNNCellBase)):
                raise _fail(
                    f"uses {type(sub).__name__} (attribute `{name}`); write the LSTM with tensor "
                    "operations instead.",
                    "forbidden",
                    label,
                )
    try:
        module = module.double() or module
        module.load_state_dict(sd)
        module.eval()
    except Exception as exc:
        raise _fail(
            f"load_state_dict(nn.LSTM(...).state_dict()) failed on {label}: {exc}\n"
            "Name the parameters as nn.LSTM does: weight_ih_l0, weight_hh_l0, bias_ih_l0, "
            "bias_hh_l0, "
            "..._reverse.",
            "exception",
            label,
        ) from exc
    x_before = x.clone()
    hx_before = None if hx is None else (hx[0].clone(), hx[1].clone())
    local = isinstance(module, torch.nn.Module)
    try:
        with _fused_lstm_forbidden() if local else contextlib.nullcontext(), torch.no_grad():
            result = module(x, hx) if hx is not None else module(x)
    except Exception as exc:
        raise _fail(
            f"forward raised {type(exc).__name__} on {label}: {exc}", "exception", label
        ) from exc
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
            f"forward should return (out, (h_n, c_n)); on {label} it returned "
            f"{type(result).__name__}.",
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
                f"the {GATE_NAMES[GATES[p]]} and the {GATE_NAMES[GATES[q]]} are exchanged: "
                "nn.LSTM's "
                "weight rows come in the order (i, f, g, o).",
                lambda cfg, sd, x, hx, p=p, q=q: _torch_lstm(cfg, _swap_gates(sd, p, q), x, hx),
            )
        )

    def bf_ignored(cfg, sd, x, hx):
        if not cfg["batch_first"]:
            raise ValueError
        return _torch_lstm({**cfg, "batch_first": False}, sd, x, hx)

    def hc_swapped(cfg, sd, x, hx):
        if hx is None:
            raise ValueError
        return _torch_lstm(cfg, sd, x, (hx[1], hx[0]))

    def direction_major(cfg, sd, x, hx):
        L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
        if L == 1 or D == 1:
            raise ValueError
        perm = [d * L + layer for layer in range(L) for d in range(D)]  # row k read as (d, layer)
        inv = np.argsort(perm)
        hx2 = None if hx is None else (hx[0][perm], hx[1][perm])
        o, h, c = _torch_lstm(cfg, sd, x, hx2)
        return o, h[inv], c[inv]

    def direction_major_read(cfg, sd, x, hx):
        L, D = cfg["num_layers"], 2 if cfg["bidirectional"] else 1
        if L == 1 or D == 1 or hx is None:
            raise ValueError
        perm = [d * L + layer for layer in range(L) for d in range(D)]
        return _torch_lstm(cfg, sd, x, (hx[0][perm], hx[1][perm]))

    def reverse_not_flipped(cfg, sd, x, hx):
        if not cfg["bidirectional"]:
            raise ValueError
        H = cfg["hidden_size"]

        def edit(o, h, c):
            o[..., H:] = o[::-1, :, H:].copy()  # the reverse half left in reversed time order
            return o, h, c

        return _layerwise(cfg, sd, x, hx, edit)

    def reverse_h_n_last(cfg, sd, x, hx):
        if not cfg["bidirectional"]:
            raise ValueError
        H = cfg["hidden_size"]

        def edit(o, h, c):
            h[1] = o[-1, :, H:]  # the reverse direction's h_n read at the last time step
            return o, h, c

        return _layerwise(cfg, sd, x, hx, edit)

    del torch
    out += [
        (
            "batch_first_ignored",
            "batch_first is ignored: with batch_first=True, x is (B, T, I) and out (B, T, D·H); "
            "step t is x[:, t].",
            bf_ignored,
        ),
        ("hx_swapped", "hx is read as (c_0, h_0): nn.LSTM's hx is (h_0, c_0).", hc_swapped),
        (
            "states_direction_major",
            "the stacked states are indexed direction-major; nn.LSTM's row k of h_0/h_n is "
            "layer k // D, direction k % D (k = layer·D + direction).",
            direction_major,
        ),
        (
            "h0_read_direction_major",
            "h_0/c_0 are read direction-major; nn.LSTM's row k is layer k // D, direction k % D "
            "(k = layer·D + direction).",
            direction_major_read,
        ),
        (
            "reverse_not_flipped_back",
            "the reverse direction's outputs are not flipped back in time before "
            "concatenating: out[t, :, H:] is its state at position t.",
            reverse_not_flipped,
        ),
        (
            "reverse_h_n_from_out_last",
            "the reverse direction's h_n is taken from out[-1]; it ends at t = 0, so "
            "its h_n is out[0, :, H:].",
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
    for kind, n, cfg, extra, s in todo:
        label = _label(kind, n, cfg, extra, s)
        sd, x, hx = _inputs(cfg, extra, s)
        got = _run_student(cls, cfg, sd, x, hx, label)
        exp = _torch_lstm(cfg, sd, x, hx)
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
                    f"{name} has shape {tuple(g.shape)} on {label}; expected "
                    f"{shape_in_symbols(sym, e.shape)} "
                    f"(D={D(cfg)}, L={cfg['num_layers']}).",
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
    for label, _k, _cfg, _sd, _x, _hx, got, exp in runs:
        for name, g, e in zip(("out", "h_n", "c_n"), got, exp, strict=True):
            if not values_close(g, e):
                err = float(np.max(np.abs(g - e)))
                matched = _diagnose(cls, runs)
                lines = [f"wrong values in {name} on {label} (max abs error {err:.2e})."]
                if matched:
                    lines.append("Likely mistake: " + " / ".join(t for _, t in matched[:2]))
                else:
                    lines.append(
                        "No mistake in the catalogue matches; check one layer, one direction first "
                        "(num_layers=1, bidirectional=False) against nn.LSTM."
                    )
                raise _fail(
                    "\n".join(lines),
                    "value",
                    label,
                    output=name,
                    mistakes=tuple(k for k, _ in matched),
                    findings=tuple(catalogue_finding(NAME, k, t) for k, t in matched),
                )
    line = f"{NAME}: all {len(runs)} cases match nn.LSTM"
    print(line)
    return None


def _diagnose(cls, runs):
    evidence = [(cfg, sd, x, hx, got) for _l, _k, cfg, sd, x, hx, got, _e in runs]
    for n, (cfg, extra) in enumerate(_diagnostic(), 1):
        sd, x, hx = _inputs(cfg, extra, 77 + n)
        try:
            evidence.append((cfg, sd, x, hx, _run_student(cls, cfg, sd, x, hx, "diagnostic")))
        except CheckFailure:
            continue
    matched = []
    for key, text, fn in _mistakes():
        ok, differs, used = True, False, 0
        for cfg, sd, x, hx, got in evidence:
            exp = _torch_lstm(cfg, sd, x, hx)
            try:
                m = fn(cfg, sd, x, hx)
            except Exception:
                m = exp  # the mistake does not apply here: the student's result must be right
            else:
                used += 1
            if not all(values_close(g, mm, g.dtype) for g, mm in zip(got, m, strict=True)):
                ok = False
                break
            differs = differs or not all(values_close(mm, e) for mm, e in zip(m, exp, strict=True))
        if ok and differs:
            matched.append((key, text))
    return matched
