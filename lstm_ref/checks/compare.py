"""Strict comparison of a student's arrays with the expected ones, and the words that describe it.

Strict: shapes must be equal (no broadcasting), NaN is never equal to anything, and the tolerance
follows the dtype the student returned (float64 tight, float32 about 1e-5 relative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

#: (atol, rtol) per dtype the student returned: |got - expected| <= atol + rtol * |expected|.
TOLERANCES: dict[str, tuple[float, float]] = {
    "float64": (1e-10, 1e-9),
    "float32": (2e-5, 1e-5),
}

#: Words for the axes of the book's symbols, for "first differs at time step 2, batch row 0".
AXIS_WORDS: dict[str, str] = {
    "T": "time step",
    "B": "batch row",
    "H": "unit",
    "2H": "unit",
    "4H": "row",
    "I": "input feature",
    "P": "unit",
    "L*D": "layer/direction",
    "L·D": "layer/direction",
    "1": "layer/direction",  # nn.LSTM's h_n of one layer, one direction: (1, B, H)
    "2": "direction",
}


def tolerance(dtype: np.dtype) -> tuple[float, float]:
    """(atol, rtol) for an array of ``dtype`` (float32 and anything smaller get float32's)."""
    return TOLERANCES["float64"] if np.dtype(dtype) == np.float64 else TOLERANCES["float32"]


def narrow_float(a) -> bool:
    """Whether ``a`` is an array of a float type narrower than float64 (float32, float16): the
    inputs are float64, so such a result lost precision (one owner of this test)."""
    dt = getattr(a, "dtype", None)  # an array or a NumPy scalar
    return isinstance(dt, np.dtype) and dt.kind == "f" and dt.itemsize < 8


def describe_value(obj: object) -> str:
    """A short description of what came back: 'a list of 3 items', 'a float64 array (2, 3)'."""
    if isinstance(obj, np.ndarray):
        return f"a {obj.dtype} array of shape {obj.shape}"
    if hasattr(obj, "detach") and hasattr(obj, "shape"):
        return f"a torch.Tensor of shape {tuple(obj.shape)}"
    if isinstance(obj, (tuple, list)):
        return f"a {type(obj).__name__} of {len(obj)} item{'s' if len(obj) != 1 else ''}"
    if isinstance(obj, dict):
        keys = ", ".join(map(str, list(obj)[:8]))
        return f"a dict with keys ({keys})"
    if obj is None:
        return "None (is a `return` missing?)"
    name = type(obj).__name__
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


def shape_in_symbols(symbols: tuple[str, ...], shape: tuple[int, ...]) -> str:
    """'(B, H) = (2, 3)'; one axis as Python writes it: '(4H,) = (8,)'."""
    if not symbols:
        return f"{tuple(shape)}"
    return f"({', '.join(symbols)}{',' if len(symbols) == 1 else ''}) = {tuple(shape)}"


def sizes_text(sizes: dict[str, object]) -> str:
    """'B=2, I=3, H=4'."""
    return ", ".join(f"{k}={v}" for k, v in sizes.items())


def values_close(got: np.ndarray, expected: np.ndarray, dtype: np.dtype | None = None) -> bool:
    """True if ``got`` equals ``expected`` within the tolerance of ``dtype`` (default: got's).

    Strict: different shapes are never close, NaN is never close to anything.
    """
    if not isinstance(got, np.ndarray) or got.shape != np.shape(expected):
        return False
    atol, rtol = tolerance(got.dtype if dtype is None else dtype)
    g = got.astype(np.float64, copy=False)
    e = np.asarray(expected, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        ok = np.abs(g - e) <= atol + rtol * np.abs(e)
    return bool(ok.all())


@dataclass
class Difference:
    """Where and by how much ``got`` differs from ``expected`` (same shape)."""

    n_bad: int
    size: int
    first: tuple[int, ...]
    worst: tuple[int, ...]
    max_abs: float
    max_rel: float
    got_first: float
    expected_first: float


def first_difference(got: np.ndarray, expected: np.ndarray) -> Difference:
    """Locate the differences between two arrays of the same shape (got's dtype tolerance)."""
    atol, rtol = tolerance(got.dtype)
    g = got.astype(np.float64)
    e = np.asarray(expected, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        err = np.abs(g - e)
        bad = ~(err <= atol + rtol * np.abs(e))
        rel = err / np.maximum(np.abs(e), 1e-300)
    err = np.where(np.isnan(err), np.inf, err)
    idx_bad = np.argwhere(bad)
    first = tuple(int(i) for i in idx_bad[0]) if len(idx_bad) else ()
    worst = (
        tuple(int(i) for i in np.unravel_index(int(np.argmax(err)), err.shape)) if err.size else ()
    )
    return Difference(
        n_bad=int(bad.sum()),
        size=int(bad.size),
        first=first,
        worst=worst,
        max_abs=float(np.max(err)) if err.size else 0.0,
        max_rel=float(np.nanmax(np.where(np.isinf(err), np.inf, rel))) if err.size else 0.0,
        got_first=float(g[first]) if first else float("nan"),
        expected_first=float(e[first]) if first else float("nan"),
    )


def where_in_words(index: tuple[int, ...], symbols: tuple[str, ...]) -> str:
    """'[2, 0, 1] (time step 2, batch row 0, unit 1)'."""
    text = "[" + ", ".join(map(str, index)) + "]"
    if symbols and len(symbols) == len(index):
        words = [f"{AXIS_WORDS.get(s, s)} {i}" for s, i in zip(symbols, index, strict=True)]
        text += " (" + ", ".join(words) + ")"
    return text


def strip_number(symbol: str) -> str:
    """'2H' -> 'H' (used to tell an axis's symbol from its multiplier)."""
    return re.sub(r"^\d+", "", symbol)
