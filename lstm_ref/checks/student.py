"""The one way a check touches the student's code: :func:`call_student`.

Every call of a student's function, class or method goes through here, under ``numpy_only()`` from
lstm_ref/guard.py: a call into torch or into lstm_ref's numerics is refused (graded exercises are
NumPy only; the grading sandbox has neither), also when the student's code catches the refusal.
A ``ModuleNotFoundError`` for torch or lstm_ref coming back from the call (the sandbox's import
refusal, through the grader's proxy) is the same refusal. The student's own exceptions pass through.
"""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.findings import NUMPY_ONLY_SENTENCE, numpy_only_sentence
from lstm_ref.guard import ForbiddenLibraryError, numpy_only

LIBRARIES = ("torch", "lstm_ref")


class Refused(Exception):
    """The student's code called a library a NumPy-only exercise refuses."""

    def __init__(self, library: str, what: str):
        super().__init__(f"{what}: {numpy_only_sentence(library)}")
        self.library = library
        self.what = what


def missing_library(exc: BaseException) -> str | None:
    """ "torch" or "lstm_ref" if ``exc`` is the refusal of importing it (ModuleNotFoundError)."""
    if not isinstance(exc, ModuleNotFoundError):
        return None
    name = (getattr(exc, "name", None) or "").split(".")[0]
    if name in LIBRARIES:
        return name
    text = str(exc)
    for library in LIBRARIES:  # a proxy may carry the message only: the sandbox's own sentence
        if numpy_only_sentence(library) in text or f"No module named '{library}" in text:
            return library
    return None


def call_student(fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` under the NumPy-only rule: :class:`Refused` for torch / lstm_ref."""
    with numpy_only() as guard:
        try:
            result = fn(*args, **kwargs)
        except ForbiddenLibraryError as exc:
            raise Refused(exc.library, exc.what) from None
        except ModuleNotFoundError as exc:
            library = missing_library(exc)
            if library is None:
                raise
            raise Refused(library, f"import {library}") from None
    if guard.hits:  # the student's code caught the refusal and went on
        raise Refused(*guard.hits[0])
    return result


def copy_args(obj):
    """Deep copy of arrays, tuples, lists and dicts of them: the student gets copies."""
    if isinstance(obj, np.ndarray):
        return obj.copy()
    if isinstance(obj, tuple):
        return tuple(copy_args(o) for o in obj)
    if isinstance(obj, list):
        return [copy_args(o) for o in obj]
    if isinstance(obj, dict):
        return {k: copy_args(v) for k, v in obj.items()}
    return obj


def same_args(a, b) -> bool:
    """True if ``a`` still equals ``b`` bit for bit (NaN equal to NaN here)."""
    if isinstance(a, np.ndarray):
        return (
            isinstance(b, np.ndarray)
            and a.shape == b.shape
            and np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
        )
    if isinstance(a, (tuple, list)):
        return (
            isinstance(b, (tuple, list))
            and len(a) == len(b)
            and all(same_args(x, y) for x, y in zip(a, b, strict=True))
        )
    if isinstance(a, dict):
        return (
            isinstance(b, dict) and a.keys() == b.keys() and all(same_args(a[k], b[k]) for k in a)
        )
    return a == b


__all__ = ["NUMPY_ONLY_SENTENCE", "Refused", "call_student", "copy_args", "missing_library"]
