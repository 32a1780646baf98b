"""Argument checking for lstm_ref: every shape, dtype and key error message is made here.

Messages name the argument, the shape it has and the shape expected, in symbols and numbers:
``W_hh has shape (11, 3); expected (4H, H) = (12, 3)``. The checks are cheap (a dtype look-up,
a shape comparison and one ``np.isfinite(...).all()`` per array) so they stay on for every call.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _fmt(shape: Sequence[int]) -> str:
    """``(3,)`` for one axis, ``(3, 4)`` for two: Python's tuple spelling."""
    return str(tuple(int(s) for s in shape))


def as_float(name: str, a, ndims: Sequence[int] | int | None = None) -> np.ndarray:
    """``a`` as a float64 array, after checking its kind, rank and values.

    Real floating dtypes (float16/32/64) are accepted and converted; bool, integer, complex and
    non-numeric arrays raise ``TypeError`` naming ``name``; NaN or inf raise ``ValueError``.
    ``ndims`` is the rank (or the ranks) allowed.
    """
    arr = a if isinstance(a, np.ndarray) else np.asarray(a)
    kind = arr.dtype.kind
    if kind != "f":
        what = {
            "b": "a boolean",
            "i": "an integer",
            "u": "an unsigned integer",
            "c": "a complex",
        }.get(kind, "a non-numeric")
        raise TypeError(
            f"{name} has dtype {arr.dtype} ({what} array); expected a real floating-point array "
            f"(float16, float32 or float64). Convert it with np.asarray({name}, dtype=np.float64) "
            "if its values are meant as real numbers."
        )
    if ndims is not None:
        allowed = (ndims,) if isinstance(ndims, int) else tuple(ndims)
        if arr.ndim not in allowed:
            ranks = " or ".join(str(r) for r in allowed)
            raise ValueError(
                f"{name} has {arr.ndim} dimensions (shape {_fmt(arr.shape)}); expected {ranks}."
            )
    if arr.dtype != np.float64:
        arr = arr.astype(np.float64)
    if not np.isfinite(np.add.reduce(arr, axis=None)) and not np.isfinite(arr).all():
        bad = np.argwhere(~np.isfinite(arr))[0]
        where = _fmt(bad) if arr.ndim else "()"
        raise ValueError(
            f"{name} contains non-finite values (first at index {where}: "
            f"{float(arr[tuple(bad)])}); "
            "expected finite numbers. Look for a division by zero or an overflow upstream."
        )
    return arr


def as_params(W_ih, W_hh, b_ih, b_hh) -> tuple:
    """(W_ih, W_hh, b_ih, b_hh) as float64 arrays: W_ih (4H, I) and W_hh (4H, H) 2-D, the
    biases (4H,) or None (no bias); a clear ValueError otherwise."""
    return (
        as_float("W_ih", W_ih, 2),
        as_float("W_hh", W_hh, 2),
        None if b_ih is None else as_float("b_ih", b_ih, 1),
        None if b_hh is None else as_float("b_hh", b_hh, 1),
    )


def expect_shape(name: str, arr: np.ndarray, symbols: str, expected: Sequence[int]) -> None:
    """Raise ``ValueError`` unless ``arr.shape == expected``; ``symbols`` spells it: "(4H, H)"."""
    if tuple(arr.shape) != tuple(expected):
        raise ValueError(
            f"{name} has shape {_fmt(arr.shape)}; expected {symbols} = {_fmt(expected)}."
        )


def hidden_size_from(name: str, W: np.ndarray) -> int:
    """H from a stacked weight ``W`` (4H, ...): its rows must be a positive multiple of 4."""
    rows = W.shape[0]
    if rows == 0 or rows % 4:
        raise ValueError(
            f"{name} has shape {_fmt(W.shape)}; its {rows} rows are not 4H for any H >= 1: "
            "the four gates (i, f, g, o) are stacked, H rows each."
        )
    return rows // 4


def check_weights(
    W_ih: np.ndarray,
    W_hh: np.ndarray,
    b_ih: np.ndarray | None,
    b_hh: np.ndarray | None,
    input_size: int | None,
    *,
    prefix: str = "",
    names: tuple[str, str, str, str] = ("W_ih", "W_hh", "b_ih", "b_hh"),
    proj_size: int = 0,
    input_from: str = "x's last axis",
) -> int:
    """Check one direction's weights against each other (and x's I); return H.

    W_ih (4H, I), W_hh (4H, P) with P = proj_size or H, b_ih and b_hh (4H,).
    """
    n_ih, n_hh, n_bih, n_bhh = (prefix + n for n in names)
    H = hidden_size_from(n_ih, W_ih)
    I = W_ih.shape[1] if input_size is None else input_size
    if input_size is not None and W_ih.shape[1] != input_size:
        raise ValueError(
            f"{n_ih} has shape {_fmt(W_ih.shape)}; expected (4H, I) = {_fmt((4 * H, I))}, "
            f"with I = {I} from {input_from}. Check that x and {n_ih} belong together."
        )
    expect_shape(n_ih, W_ih, "(4H, I)", (4 * H, I))
    if proj_size:
        expect_shape(n_hh, W_hh, "(4H, P)", (4 * H, proj_size))
    else:
        expect_shape(n_hh, W_hh, "(4H, H)", (4 * H, H))
    if b_ih is not None:
        expect_shape(n_bih, b_ih, "(4H,)", (4 * H,))
    if b_hh is not None:
        expect_shape(n_bhh, b_hh, "(4H,)", (4 * H,))
    return H


def as_lengths(lengths, batch: int, steps: int) -> np.ndarray:
    """``lengths`` (B,) as int64, each in 1..T (PyTorch refuses empty sequences when packing)."""
    arr = np.asarray(lengths)
    if arr.dtype.kind not in "iu":
        if (
            arr.dtype.kind == "f"
            and arr.size
            and np.all(np.isfinite(arr))
            and np.all(arr == np.round(arr))
        ):
            arr = arr.astype(np.int64)
        else:
            raise TypeError(
                f"lengths has dtype {arr.dtype}; expected integers (one sequence length per batch "
                "element)."
            )
    if arr.ndim != 1 or arr.shape[0] != batch:
        raise ValueError(f"lengths has shape {_fmt(arr.shape)}; expected (B,) = ({batch},).")
    if batch and (arr.min() < 1 or arr.max() > steps):
        bad = int(np.flatnonzero((arr < 1) | (arr > steps))[0])
        raise ValueError(
            f"lengths[{bad}] is {int(arr[bad])}; expected 1 <= length <= T = {steps} "
            "(every sequence needs at least one step and at most as many as x has)."
        )
    return arr.astype(np.int64, copy=False)
