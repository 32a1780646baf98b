"""``fixed_case(function_name, n)``: a fixed case's inputs, to call your own function on and step
through. Only fixed cases: random and hidden cases never reveal their inputs."""

from __future__ import annotations

import numpy as np


def _registry() -> dict:
    from lstm_ref.checks import cases as C
    from lstm_ref.checks import cases_seq as S
    from lstm_ref.checks import check_backward as CB
    from lstm_ref.checks import check_cell as CC
    from lstm_ref.checks import check_layer_backward as LB

    cell_args = ("x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh")
    return {
        "sigmoid": (("z",), CC._sigmoid_fixed),
        "lstm_gates": (
            ("x", "h", "W_ih", "W_hh", "b_ih", "b_hh"),
            lambda: [CC._gates_case(c) for c in C.cell_fixed()],
        ),
        "lstm_cell": (cell_args, C.cell_fixed),
        "lstm_layer": (("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"), S.layer_fixed),
        "bilstm_layer": (("x", "h0", "c0", "fwd", "bwd"), S.bilstm_fixed),
        "lstm_layer_lengths": (
            ("x", "lengths", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"),
            S.lengths_fixed,
        ),
        "bilstm_layer_lengths": (
            ("x", "lengths", "h0", "c0", "fwd", "bwd"),
            S.bilstm_lengths_fixed,
        ),
        "lstm_cell_backward": (("dh_next", "dc_next", *cell_args), CB._fixed),
        "lstm_layer_backward": (LB.ARGS, LB.fixed_cases),
    }


def fixed_case(function_name: str, n: int) -> dict:
    """Fixed case ``n`` (1-based, as the check's message numbers it) of ``function_name``'s check:
    the keyword arguments of your function, e.g. ``lstm_cell(**fixed_case("lstm_cell", 1))``.

    For "ScratchLSTM": {"init": constructor keyword arguments, "state_dict": nn.LSTM's weights,
    "x": input tensor, "hx": (h_0, c_0) or None}; call ``m = ScratchLSTM(**case["init"]).double()``,
    ``m.load_state_dict(case["state_dict"])``, ``m(case["x"], case["hx"])``.
    For "lstm_output_shapes": its keyword arguments (seq_len, batch, ...).
    """
    if function_name == "ScratchLSTM":
        from lstm_ref.checks import check_scratch as CS

        cases = CS._fixed()
        _check_n(function_name, n, len(cases))
        cfg, extra = cases[n - 1]
        sd, x, hx = CS._inputs(cfg, extra, 1000 + n)
        return {"init": dict(cfg), "state_dict": sd, "x": x, "hx": hx}
    if function_name == "lstm_output_shapes":
        from lstm_ref.checks import check_shapes as SH

        cases = SH._fixed()
        _check_n(function_name, n, len(cases))
        return dict(cases[n - 1])
    reg = _registry()
    if function_name not in reg:
        names = ", ".join(sorted([*reg, "ScratchLSTM", "lstm_output_shapes"]))
        raise ValueError(f"no check for {function_name!r}; the graded functions are: {names}")
    names, make = reg[function_name]
    cases = make()
    _check_n(function_name, n, len(cases))
    case = cases[n - 1]
    kwargs = dict(zip(names, _copy(case.args), strict=False))
    kwargs.update(_copy(dict(case.kwargs)))
    return kwargs


def _check_n(name, n, count):
    if not isinstance(n, (int, np.integer)) or not 1 <= n <= count:
        raise ValueError(f"{name} has fixed cases 1 to {count}; got {n!r}")


def _copy(obj):
    if isinstance(obj, np.ndarray):
        return obj.copy()
    if isinstance(obj, (tuple, list)):
        return type(obj)(_copy(o) for o in obj)
    if isinstance(obj, dict):
        return {k: _copy(v) for k, v in obj.items()}
    return obj
