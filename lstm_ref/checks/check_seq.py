"""check_lstm_layer, check_bilstm_layer, check_lstm_layer_lengths: sequences (ex03, 05, 07)."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks import cases_seq as S
from lstm_ref.checks import probes as P
from lstm_ref.checks import reference
from lstm_ref.checks.core import Case, Spec
from lstm_ref.checks.mistakes_seq import (
    bilstm_lengths_mistakes,
    bilstm_mistakes,
    layer_mistakes,
    lengths_mistakes,
)
from lstm_ref.checks.model_seq import BiModel, LayerModel, LengthsModel
from lstm_ref.checks.parts import seq_parts

LAYER_ARGS = ("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh")


def _layer_symbols(case):
    out = ("B", "T", "H") if case.kwargs.get("batch_first") else ("T", "B", "H")
    return {"out": out, "h_n": ("B", "H"), "c_n": ("B", "H")}


def _layout_variants(case) -> list:
    """A batch_first=True case as the same call with batch_first=False (x transposed); a case
    with only one of h0, c0 None as the same call with that state given as zeros."""
    out = _state_variants(case)
    if not case.kwargs.get("batch_first"):
        return out
    x, *rest = case.args
    other = Case(
        case.kind,
        case.number,
        (x.transpose(1, 0, 2).copy(), *rest),
        {**case.kwargs, "batch_first": False},
        case.sizes,
        case.seed,
        case.note,
    )
    return [*out, ("batch_first=False (x as (T, B, I))", other, "seq.batch_first_ignored")]


def _state_variants(case) -> list:
    x, h0, c0, *rest = case.args
    if h0 is None and c0 is None:  # both None: the same call with both given as (B, H) zeros
        B, H = x.shape[0 if case.kwargs.get("batch_first") else 1], rest[1].shape[1]
        zeros = (np.zeros((B, H)), np.zeros((B, H)))
        other = Case(
            case.kind, case.number, (x, *zeros, *rest), dict(case.kwargs), case.sizes, case.seed
        )
        what = "h0, c0 given as zeros of shape (B, H) instead of None"
        return [(what, other, "seq.state_none_not_handled")]
    if (h0 is None) == (c0 is None):
        return []
    which, given = ("h0", c0) if h0 is None else ("c0", h0)
    zeros = np.zeros_like(given)
    args = (x, zeros, c0, *rest) if which == "h0" else (x, h0, zeros, *rest)
    other = Case(case.kind, case.number, args, dict(case.kwargs), case.sizes, case.seed, case.note)
    return [(f"{which} given as zeros instead of None", other, "seq.state_none_not_handled")]


def check_lstm_layer(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False) -> (out, (h_n, c_n))``.

    x: (T, B, I), or (B, T, I) with batch_first; h0, c0, h_n, c_n: (B, H);
    out: (T, B, H), or (B, T, H) with batch_first.
    """
    from lstm_ref.checks.registry import run_check

    return run_check("lstm_layer", fn, cases=cases, seed=seed)


def lstm_layer_spec() -> Spec:
    spec = Spec(
        name="lstm_layer",
        none_means=dict.fromkeys(("h0", "c0"), "zeros of shape (B, H), as in nn.LSTM"),
        arg_names=LAYER_ARGS,
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
        symbols=_layer_symbols,
        reference=reference.lstm_layer,
        fixed_cases=S.layer_fixed,
        random_cases=S.layer_random,
        diagnostic_cases=S.layer_diagnostic,
        mistakes=layer_mistakes,
        model=LayerModel,
        parts=seq_parts,
        probes=P.layer_probes,
        variants=_layout_variants,
    )
    return spec


def _bilstm_reference(x, h0, c0, fwd, bwd):
    return reference.lstm(x, reference.bilstm_params(fwd, bwd), (h0, c0))


# What a bidirectional layer returns, with and without lengths: one definition for both checks.
_BIDIRECTIONAL_RESULT = dict(
    structure=("out", ("h_n", "c_n")),
    structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
    symbols=lambda case: {"out": ("T", "B", "2H"), "h_n": ("2", "B", "H"), "c_n": ("2", "B", "H")},
)


def check_bilstm_layer(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, h0, c0, fwd, bwd) -> (out, (h_n, c_n))`` as nn.LSTM(bidirectional=True).

    x: (T, B, I); fwd, bwd: (W_ih, W_hh, b_ih, b_hh); h0, c0, h_n, c_n: (2, B, H); out: (T, B, 2H).
    """
    from lstm_ref.checks.registry import run_check

    return run_check("bilstm_layer", fn, cases=cases, seed=seed)


def bilstm_layer_spec() -> Spec:
    spec = Spec(
        name="bilstm_layer",
        none_means=dict.fromkeys(("h0", "c0"), "zeros of shape (2, B, H), as in nn.LSTM"),
        arg_names=("x", "h0", "c0", "fwd", "bwd"),
        **_BIDIRECTIONAL_RESULT,
        reference=_bilstm_reference,
        fixed_cases=S.bilstm_fixed,
        random_cases=S.bilstm_random,
        diagnostic_cases=S.bilstm_diagnostic,
        mistakes=bilstm_mistakes,
        model=BiModel,
        parts=seq_parts,
        probes=P.bilstm_probes,
    )
    return spec


def _lengths_reference(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    params = reference.layer_params(W_ih, W_hh, b_ih, b_hh)
    out, (h_n, c_n) = reference.lstm(x, params, (h0[None], c0[None]), lengths=lengths)
    # out keeps all T steps, zero past each length (pad_packed_sequence(..., total_length=T)):
    # reference.lstm, like pad_packed_sequence without total_length, stops at max(lengths)
    out = np.concatenate([out, np.zeros((x.shape[0] - out.shape[0], *out.shape[1:]))])
    return out, (h_n[0], c_n[0])


def check_lstm_layer_lengths(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh) -> (out, (h_n, c_n))``.

    As nn.LSTM on a packed batch: x (T, B, I), lengths (B,) integers; out (T, B, H) with zeros past
    each length; h_n, c_n (B, H) at each sequence's last valid step.
    """
    from lstm_ref.checks.registry import run_check

    return run_check("lstm_layer_lengths", fn, cases=cases, seed=seed)


def lstm_layer_lengths_spec() -> Spec:
    spec = Spec(
        name="lstm_layer_lengths",
        none_means=dict.fromkeys(("h0", "c0"), "zeros of shape (B, H), as in nn.LSTM"),
        arg_names=("x", "lengths", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"),
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
        symbols=lambda case: {"out": ("T", "B", "H"), "h_n": ("B", "H"), "c_n": ("B", "H")},
        reference=_lengths_reference,
        fixed_cases=S.lengths_fixed,
        random_cases=S.lengths_random,
        diagnostic_cases=S.lengths_diagnostic,
        mistakes=lengths_mistakes,
        model=LengthsModel,
        parts=seq_parts,
        probes=P.lengths_probes,
    )
    return spec


def check_bilstm_layer_lengths(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, lengths, h0, c0, fwd, bwd) -> (out, (h_n, c_n))`` as packed bidirectional
    nn.LSTM.

    x: (T, B, I); lengths: (B,) integers; h0, c0, h_n, c_n: (2, B, H); fwd, bwd: (W_ih, W_hh,
    b_ih, b_hh). out: (T, B, 2H), zero past each length; the reverse direction starts at each
    sequence's last valid step.
    """
    from lstm_ref.checks.registry import run_check

    return run_check("bilstm_layer_lengths", fn, cases=cases, seed=seed)


def bilstm_layer_lengths_spec() -> Spec:
    from lstm_ref.lstm import bilstm_layer_lengths

    spec = Spec(
        name="bilstm_layer_lengths",
        none_means=dict.fromkeys(("h0", "c0"), "zeros of shape (2, B, H), as in nn.LSTM"),
        arg_names=("x", "lengths", "h0", "c0", "fwd", "bwd"),
        **_BIDIRECTIONAL_RESULT,
        reference=bilstm_layer_lengths,
        fixed_cases=S.bilstm_lengths_fixed,
        random_cases=S.bilstm_lengths_random,
        diagnostic_cases=S.bilstm_lengths_diagnostic,
        mistakes=bilstm_lengths_mistakes,
        model=lambda: BiModel(lengths=True),
        parts=seq_parts,
        probes=lambda: P.lengths_probes(bidirectional=True),
    )
    return spec
