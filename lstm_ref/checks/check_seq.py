"""check_lstm_layer, check_bilstm_layer, check_lstm_layer_lengths: sequences (ex03, 05, 07)."""

from __future__ import annotations

import numpy as np

from lstm_ref.checks import cases_seq as S
from lstm_ref.checks import reference
from lstm_ref.checks.core import Runner, Spec
from lstm_ref.checks.mistakes_seq import bilstm_mistakes, layer_mistakes, lengths_mistakes

LAYER_ARGS = ("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh")


def _layer_symbols(case):
    out = ("B", "T", "H") if case.kwargs.get("batch_first") else ("T", "B", "H")
    return {"out": out, "h_n": ("B", "H"), "c_n": ("B", "H")}


def _batch_first_hint(case) -> str:
    if case.kwargs.get("batch_first"):
        return "\nIn this case batch_first=True: x is (B, T, I) and out must be (B, T, H)."
    return ""


def check_lstm_layer(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False) -> (out, (h_n, c_n))``.

    x: (T, B, I), or (B, T, I) with batch_first; h0, c0, h_n, c_n: (B, H);
    out: (T, B, H), or (B, T, H) with batch_first.
    """
    spec = Spec(
        name="lstm_layer",
        arg_names=LAYER_ARGS,
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
        symbols=_layer_symbols,
        reference=reference.lstm_layer,
        fixed_cases=S.layer_fixed,
        random_cases=S.layer_random,
        diagnostic_cases=S.layer_diagnostic,
        mistakes=layer_mistakes,
        exception_hint=_batch_first_hint,
    )
    return Runner(spec, fn).run(cases, seed)


def _bilstm_reference(x, h0, c0, fwd, bwd):
    return reference.lstm(x, reference.bilstm_params(fwd, bwd), (h0, c0))


def check_bilstm_layer(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, h0, c0, fwd, bwd) -> (out, (h_n, c_n))`` as nn.LSTM(bidirectional=True).

    x: (T, B, I); fwd, bwd: (W_ih, W_hh, b_ih, b_hh); h0, c0, h_n, c_n: (2, B, H); out: (T, B, 2H).
    """
    spec = Spec(
        name="bilstm_layer",
        arg_names=("x", "h0", "c0", "fwd", "bwd"),
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
        symbols=lambda case: {
            "out": ("T", "B", "2H"),
            "h_n": ("2", "B", "H"),
            "c_n": ("2", "B", "H"),
        },
        reference=_bilstm_reference,
        fixed_cases=S.bilstm_fixed,
        random_cases=S.bilstm_random,
        diagnostic_cases=S.bilstm_diagnostic,
        mistakes=bilstm_mistakes,
    )
    return Runner(spec, fn).run(cases, seed)


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
    spec = Spec(
        name="lstm_layer_lengths",
        arg_names=("x", "lengths", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh"),
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
        symbols=lambda case: {"out": ("T", "B", "H"), "h_n": ("B", "H"), "c_n": ("B", "H")},
        reference=_lengths_reference,
        fixed_cases=S.lengths_fixed,
        random_cases=S.lengths_random,
        diagnostic_cases=S.lengths_diagnostic,
        mistakes=lengths_mistakes,
    )
    return Runner(spec, fn).run(cases, seed)


def check_bilstm_layer_lengths(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(x, lengths, h0, c0, fwd, bwd) -> (out, (h_n, c_n))`` as packed bidirectional
    nn.LSTM.

    x: (T, B, I); lengths: (B,) integers; h0, c0, h_n, c_n: (2, B, H); fwd, bwd: (W_ih, W_hh,
    b_ih, b_hh). out: (T, B, 2H), zero past each length; the reverse direction starts at each
    sequence's last valid step.
    """
    from lstm_ref.lstm import bilstm_layer_lengths

    spec = Spec(
        name="bilstm_layer_lengths",
        arg_names=("x", "lengths", "h0", "c0", "fwd", "bwd"),
        structure=("out", ("h_n", "c_n")),
        structure_text="a tuple (out, (h_n, c_n)): an array and a tuple of two arrays",
        symbols=lambda case: {
            "out": ("T", "B", "2H"),
            "h_n": ("2", "B", "H"),
            "c_n": ("2", "B", "H"),
        },
        reference=bilstm_layer_lengths,
        fixed_cases=S.bilstm_lengths_fixed,
        random_cases=S.bilstm_lengths_random,
        diagnostic_cases=S.bilstm_lengths_diagnostic,
    )
    return Runner(spec, fn).run(cases, seed)
