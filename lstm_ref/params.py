"""Parameters as plain dicts with ``torch.nn.LSTM``'s state_dict keys, and their conversions.

Keys, for layer k and direction suffix s ("" forward, "_reverse" backward):

    weight_ih_l{k}{s}  (4H, I) for k = 0, (4H, D*P) above
    weight_hh_l{k}{s}  (4H, P)
    bias_ih_l{k}{s}    (4H,)      only with bias
    bias_hh_l{k}{s}    (4H,)      only with bias
    weight_hr_l{k}{s}  (P, H)     only with proj_size = P > 0 (otherwise P = H)

``torch.nn.LSTMCell`` uses ``weight_ih``, ``weight_hh``, ``bias_ih``, ``bias_hh``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_ref import _args as v


def param_keys(num_layers=1, bias=True, bidirectional=False, proj_size=0) -> list[str]:
    """nn.LSTM's state_dict keys, in its order, for the given configuration."""
    keys = []
    for k in range(num_layers):
        for sfx in ("", "_reverse") if bidirectional else ("",):
            keys += [f"weight_ih_l{k}{sfx}", f"weight_hh_l{k}{sfx}"]
            if bias:
                keys += [f"bias_ih_l{k}{sfx}", f"bias_hh_l{k}{sfx}"]
            if proj_size:
                keys.append(f"weight_hr_l{k}{sfx}")
    return keys


@dataclass(frozen=True)
class LSTMSpec:
    """Checked parameters: the sizes, and (W_ih, W_hh, b_ih, b_hh, W_hr) per layer and direction."""

    input_size: int
    hidden_size: int
    proj_size: int
    num_layers: int
    num_directions: int
    bias: bool
    weights: tuple  # weights[k][d] = (W_ih, W_hh, b_ih | None, b_hh | None, W_hr | None)

    @property
    def out_size(self) -> int:
        """P: the size of h (proj_size if > 0, else H)."""
        return self.proj_size or self.hidden_size


def parse_params(params) -> LSTMSpec:
    """Check an nn.LSTM-style params dict and infer its configuration from the keys.

    num_layers, bidirectional, bias and proj_size follow from which keys are present; every array
    is checked (float, finite, shapes that fit together) and converted to float64.
    Raises KeyError naming missing or unexpected keys, ValueError/TypeError naming the key.
    """
    if not hasattr(params, "keys"):
        raise TypeError(
            f"params is a {type(params).__name__}; expected a dict with nn.LSTM's state_dict keys "
            "(weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, ...)."
        )
    keys = list(params.keys())
    if "weight_ih_l0" not in keys:
        hint = ""
        if "weight_ih" in keys:
            hint = " (these look like nn.LSTMCell keys; lstm needs nn.LSTM's, e.g. weight_ih_l0)"
        raise KeyError(
            f"params has no 'weight_ih_l0'{hint}; expected nn.LSTM's state_dict keys "
            f"weight_ih_l{{k}}, weight_hh_l{{k}}, ...; got {sorted(map(str, keys))}."
        )
    num_layers = 1
    while f"weight_ih_l{num_layers}" in keys:  # layers 0, 1, ... as long as they go on
        num_layers += 1
    bidirectional = "weight_ih_l0_reverse" in keys
    bias = "bias_ih_l0" in keys or "bias_hh_l0" in keys
    proj = "weight_hr_l0" in keys
    expected = param_keys(num_layers, bias, bidirectional, 1 if proj else 0)
    missing = [k for k in expected if k not in keys]
    unexpected = [k for k in keys if k not in expected]
    if missing or unexpected:
        parts = []
        if missing:
            parts.append(f"missing {missing}")
        if unexpected:
            parts.append(f"unexpected {unexpected}")
        raise KeyError(
            f"params has {' and '.join(parts)}; for num_layers={num_layers}, "
            f"bidirectional={bidirectional}, bias={bias}, proj_size{'>0' if proj else '=0'} "
            f"nn.LSTM's keys are {expected}."
        )
    arr = {k: v.as_float(k, params[k], 1 if k.startswith("bias") else 2) for k in expected}
    H = v.hidden_size_from("weight_hh_l0", arr["weight_hh_l0"])
    P = arr["weight_hr_l0"].shape[0] if proj else 0
    D = 2 if bidirectional else 1
    I = arr["weight_ih_l0"].shape[1]
    weights = []
    for k in range(num_layers):
        per_dir = []
        for sfx in ("", "_reverse")[:D]:
            name = f"_l{k}{sfx}"
            W_ih, W_hh = arr["weight_ih" + name], arr["weight_hh" + name]
            b_ih, b_hh = arr.get("bias_ih" + name), arr.get("bias_hh" + name)
            W_hr = arr.get("weight_hr" + name)
            in_size = I if k == 0 else D * (P or H)
            Hk = v.hidden_size_from("weight_hh" + name, W_hh)
            if Hk != H:
                raise ValueError(
                    f"weight_hh{name} has shape {W_hh.shape}; expected (4H, {'P' if P else 'H'}) = "
                    f"{(4 * H, P or H)} (H = {H} from weight_hh_l0)."
                )
            if W_ih.shape[0] != 4 * H or W_ih.shape[1] != in_size:
                sym = "(4H, I)" if k == 0 else ("(4H, 2P)" if P else "(4H, 2H)")
                if D == 1 and k > 0:
                    sym = "(4H, P)" if P else "(4H, H)"
                v.expect_shape("weight_ih" + name, W_ih, sym, (4 * H, in_size))
            v.check_weights(
                W_ih,
                W_hh,
                b_ih,
                b_hh,
                in_size,
                names=("weight_ih" + name, "weight_hh" + name, "bias_ih" + name, "bias_hh" + name),
                proj_size=P,
                input_from="weight_ih_l0" if k == 0 else f"layer {k - 1}'s output size D*P",
            )
            if W_hr is not None:
                v.expect_shape("weight_hr" + name, W_hr, "(P, H)", (P, H))
            per_dir.append((W_ih, W_hh, b_ih, b_hh, W_hr))
        weights.append(tuple(per_dir))
    return LSTMSpec(I, H, P, num_layers, D, bias, tuple(weights))


def params_from_torch(module) -> dict:
    """Float64 NumPy copies of an nn.LSTM's or nn.LSTMCell's parameters, keyed as its state_dict."""
    return {
        k: t.detach().cpu().to(dtype=_torch().float64).numpy().copy()
        for k, t in module.state_dict().items()
    }


def params_to_torch(params, module):
    """Load ``params`` (NumPy arrays keyed as ``module``'s state_dict) into ``module``; return it.

    Arrays are cast to the module's own dtype; missing or unexpected keys raise KeyError.
    """
    torch = _torch()
    sd = module.state_dict()
    missing = [k for k in sd if k not in params]
    unexpected = [k for k in params if k not in sd]
    if missing or unexpected:
        raise KeyError(
            f"params does not fit {type(module).__name__}: missing {missing}, "
            f"unexpected {unexpected}; expected keys {list(sd)}."
        )
    new = {}
    for k, ref in sd.items():
        a = np.asarray(params[k])
        if tuple(a.shape) != tuple(ref.shape):
            raise ValueError(
                f"params[{k!r}] has shape {tuple(a.shape)}; the module expects {tuple(ref.shape)}."
            )
        new[k] = torch.as_tensor(np.ascontiguousarray(a), dtype=ref.dtype)
    module.load_state_dict(new)
    return module


def init_params(
    input_size,
    hidden_size,
    num_layers=1,
    bias=True,
    bidirectional=False,
    proj_size=0,
    rng=None,
) -> dict:
    """Fresh parameters as nn.LSTM initialises them: every entry ~ U(-1/sqrt(H), 1/sqrt(H)).

    ``rng``: a ``np.random.Generator``, an int seed, or None (fresh entropy).
    Returns a dict with nn.LSTM's state_dict keys (see ``param_keys``) holding float64 arrays.
    """
    rng = np.random.default_rng(rng)
    H, P = int(hidden_size), int(proj_size)
    D = 2 if bidirectional else 1
    if H < 1 or input_size < 1 or num_layers < 1 or P < 0:
        raise ValueError(
            f"init_params got input_size={input_size}, hidden_size={hidden_size}, "
            f"num_layers={num_layers}, proj_size={proj_size}; expected sizes >= 1 (proj_size >= 0)."
        )
    k_bound = 1.0 / np.sqrt(H)
    shapes = {}
    for k in range(num_layers):
        in_size = input_size if k == 0 else D * (P or H)
        for sfx in ("", "_reverse")[:D]:
            shapes[f"weight_ih_l{k}{sfx}"] = (4 * H, in_size)
            shapes[f"weight_hh_l{k}{sfx}"] = (4 * H, P or H)
            if bias:
                shapes[f"bias_ih_l{k}{sfx}"] = (4 * H,)
                shapes[f"bias_hh_l{k}{sfx}"] = (4 * H,)
            if P:
                shapes[f"weight_hr_l{k}{sfx}"] = (P, H)
    return {key: rng.uniform(-k_bound, k_bound, size=s) for key, s in shapes.items()}


def _torch():
    import torch

    return torch
