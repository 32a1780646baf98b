"""The engine every check shares: call the student's function on cases, then judge in order.

Order of judgement (each with its own message): an exception from the student's function (chained),
arguments changed in place, the kind of result, shapes (symbols and numbers), finite values, values.
On a value mismatch the catalogue of mistakes is evaluated on the same inputs (plus diagnostic
inputs on which mistakes that coincide elsewhere differ) and the message names the likely mistake,
or else says where the first difference is.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from lstm_ref.checks.compare import (
    describe_value,
    first_difference,
    shape_in_symbols,
    sizes_text,
    tolerance,
    values_close,
    where_in_words,
)
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import catalogue_finding

MODES = ("all", "shapes", "fixed", "random")


@dataclass
class Case:
    """One call of the student's function.

    ``kind`` is "fixed" (readable inputs; values may be shown), "random" (values never shown) or
    "diagnostic" (only used to tell mistakes apart). ``sizes`` are the book's symbols, e.g.
    ``{"B": 2, "I": 3, "H": 4}``.
    """

    kind: str
    number: int
    args: tuple
    kwargs: dict = field(default_factory=dict)
    sizes: dict = field(default_factory=dict)
    seed: int | None = None
    note: str = ""

    @property
    def label(self) -> str:
        extra = [sizes_text(self.sizes)] if self.sizes else []
        if self.note:
            extra.append(self.note)
        if self.seed is not None:
            extra.append(f"seed={self.seed}")
        return f"{self.kind} case {self.number} ({', '.join(extra)})"


@dataclass
class Mistake:
    """A known mistake: ``fn`` is the mistaken function, same signature as the graded one."""

    key: str
    text: str
    fn: Callable


@dataclass
class Spec:
    """What one check needs to know about its graded function.

    ``structure``: the result's shape as nested Python: a str names an array output, a tuple of
    structures is a tuple, a dict maps keys to output names. ``symbols(case)`` gives each output's
    shape in symbols; ``reference(case)`` the expected result (same structure).
    """

    name: str
    arg_names: tuple[str, ...]
    structure: object
    structure_text: str
    symbols: Callable[[Case], dict[str, tuple[str, ...]]]
    reference: Callable[..., object]
    fixed_cases: Callable[[], list[Case]]
    random_cases: Callable[[np.random.Generator, int], list[Case]]
    diagnostic_cases: Callable[[], list[Case]] = lambda: []
    mistakes: Callable[[], Sequence[Mistake]] = lambda: ()
    hint: str = ""
    exception_hint: Callable[[Case], str] = lambda case: ""


def draw_seed(seed: int | None) -> int:
    """The seed given, or a fresh one (graders draw their inputs at grading time)."""
    return int(secrets.randbits(31)) if seed is None else int(seed)


def copy_args(obj):
    """Deep copy of arrays, tuples and lists of them: the student gets copies."""
    if isinstance(obj, np.ndarray):
        return obj.copy()
    if isinstance(obj, tuple):
        return tuple(copy_args(o) for o in obj)
    if isinstance(obj, list):
        return [copy_args(o) for o in obj]
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
    return a == b


def unpack(result, structure, path: str = "") -> dict[str, object]:
    """Flatten ``result`` following ``structure``; raise ValueError(what is wrong) otherwise."""
    if isinstance(structure, str):
        return {structure: result}
    if isinstance(structure, tuple):
        if not isinstance(result, (tuple, list)) or len(result) != len(structure):
            where = f" as {path}" if path else ""
            raise ValueError(f"got {describe_value(result)}{where}")
        flat: dict[str, object] = {}
        for k, (r, s) in enumerate(zip(result, structure, strict=True)):
            flat.update(unpack(r, s, f"{path}[{k}]" if path else f"item {k}"))
        return flat
    if isinstance(structure, dict):
        if not isinstance(result, dict):
            raise ValueError(f"got {describe_value(result)}")
        missing = [k for k in structure if k not in result]
        extra = [k for k in result if k not in structure]
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"missing key(s) {', '.join(map(repr, missing))}")
            if extra:
                parts.append(f"unexpected key(s) {', '.join(map(repr, extra))}")
            raise ValueError("the dict has " + " and ".join(parts))
        flat = {}
        for k, s in structure.items():
            flat.update(unpack(result[k], s, repr(k)))
        return flat
    raise TypeError(f"bad structure {structure!r}")  # pragma: no cover


def _array_problem(value) -> str | None:
    """Why ``value`` is not an acceptable output array, or None."""
    if hasattr(value, "detach") and not isinstance(value, np.ndarray):
        return f"{describe_value(value)}; return a NumPy array (tensor.detach().numpy())"
    if isinstance(value, (np.floating, float)):
        return None
    if not isinstance(value, np.ndarray):
        return describe_value(value)
    if value.dtype.kind != "f":
        return f"an array of dtype {value.dtype}; expected floating point values"
    return None


def _as_array(value) -> np.ndarray:
    return value if isinstance(value, np.ndarray) else np.asarray(value, dtype=np.float64)


class Runner:
    """Runs one check: ``Runner(spec, fn).run(cases, seed)``."""

    def __init__(self, spec: Spec, fn: Callable):
        self.spec = spec
        self.fn = fn

    # --- failures ----------------------------------------------------------------------------
    def fail(self, message: str, stage: str, case: Case | None = None, **kw) -> CheckFailure:
        return CheckFailure(
            f"{self.spec.name}: {message}",
            check=self.spec.name,
            stage=stage,
            case=case.label if case else None,
            **kw,
        )

    # --- calling -----------------------------------------------------------------------------
    def call(self, case: Case):
        """Call the student's function on copies; CheckFailure on exception or in-place change."""
        given = copy_args(case.args)
        given_kw = copy_args(dict(case.kwargs))
        try:
            result = self.fn(*given, **given_kw)
        except Exception as exc:  # the student's error, chained so its traceback shows
            text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
            raise self.fail(
                f"raised {type(exc).__name__} on {case.label}"
                + (f":\n  {text}" if text else "")
                + self.spec.exception_hint(case)
                + "\n(the traceback above shows the line in your code)",
                "exception",
                case,
            ) from exc
        for name, before, after in zip(self.spec.arg_names, case.args, given, strict=False):
            if not same_args(before, after):
                raise self.fail(
                    f"changed its argument `{name}` in place on {case.label}.\n"
                    f"Do not modify the arrays you are given: write `{name} = {name} + ...` "
                    f"or work on `{name}.copy()` instead of `{name} += ...` / `{name}[...] = ...`.",
                    "inplace",
                    case,
                )
        return result

    def flat_or_fail(self, result, case: Case) -> dict[str, np.ndarray]:
        """The kind of result: right container, and arrays of floats at the leaves."""
        try:
            flat = unpack(result, self.spec.structure)
        except ValueError as exc:
            raise self.fail(
                f"should return {self.spec.structure_text}; on {case.label} {exc}.",
                "kind",
                case,
            ) from None
        for name, value in flat.items():
            problem = _array_problem(value)
            if problem:
                raise self.fail(
                    f"{name} should be a NumPy array of floats; on {case.label} it is {problem}.",
                    "kind",
                    case,
                    output=name,
                )
        return {k: _as_array(v) for k, v in flat.items()}

    # --- the run -----------------------------------------------------------------------------
    def run(self, mode: str = "all", seed: int | None = None) -> str:
        if mode not in MODES:
            raise ValueError(f"cases must be one of {MODES}; got {mode!r}")
        seed = draw_seed(seed)
        cases: list[Case] = []
        if mode in ("all", "shapes", "fixed"):
            cases += self.spec.fixed_cases()
        if mode in ("all", "random"):
            cases += self.spec.random_cases(np.random.default_rng(seed), seed)
        results = [(case, self.flat_or_fail(self.call(case), case)) for case in cases]
        expected = [self.expected(case) for case in cases]

        for (case, got), exp in zip(results, expected, strict=True):  # shapes
            symbols = self.spec.symbols(case)
            for name, e in exp.items():
                g = got[name]
                if g.shape != e.shape:
                    sym = symbols.get(name, ())
                    raise self.fail(
                        f"{name} has shape {g.shape} on {case.label}; expected "
                        f"{shape_in_symbols(sym, e.shape)}.{self.shape_hint(name, g, e, sym)}",
                        "shape",
                        case,
                        output=name,
                        details={"got_shape": g.shape, "expected_shape": e.shape},
                    )
        if mode == "shapes":
            return self.success(f"shapes right in all {len(cases)} cases")

        for (case, got), exp in zip(results, expected, strict=True):  # finite
            for name in exp:
                g = got[name]
                if not np.all(np.isfinite(g)):
                    n_bad = int(np.sum(~np.isfinite(g)))
                    idx = tuple(int(i) for i in np.argwhere(~np.isfinite(g))[0]) if g.ndim else ()
                    raise self.fail(
                        f"{name} has {n_bad} non-finite value(s) (NaN or inf) on {case.label}, "
                        f"first at {where_in_words(idx, self.spec.symbols(case).get(name, ()))}."
                        + (
                            "\nA sigmoid written as 1/(1+exp(-z)) overflows for large |z|."
                            if self.spec.hint == "overflow"
                            else ""
                        ),
                        "finite",
                        case,
                        output=name,
                    )

        for (case, got), exp in zip(results, expected, strict=True):  # values
            for name, e in exp.items():
                if not values_close(got[name], e):
                    raise self.value_failure(case, name, got, exp, results, seed)
        return self.success(f"all {len(cases)} cases match")

    def expected(self, case: Case) -> dict[str, np.ndarray]:
        flat = unpack(self.spec.reference(*case.args, **case.kwargs), self.spec.structure)
        return {k: np.asarray(v, dtype=np.float64) for k, v in flat.items()}

    def success(self, what: str) -> None:
        line = f"{self.spec.name}: {what}"
        print(line)
        return None

    def shape_hint(self, name, got, exp, symbols) -> str:
        if got.shape == exp.shape[::-1] and got.ndim > 1:
            return " It looks transposed."
        if sorted(got.shape) == sorted(exp.shape):
            return " The axes look exchanged."
        if got.size == exp.size:
            return " Same number of elements: check the order of the axes (reshape?)."
        return ""

    # --- diagnosis ---------------------------------------------------------------------------
    def value_failure(self, case, name, got, exp, results, seed) -> CheckFailure:
        matched = self.diagnose(results)
        symbols = self.spec.symbols(case).get(name, ())
        g, e = got[name], exp[name]
        diff = first_difference(g, e)
        atol, rtol = tolerance(g.dtype)
        lines = [f"wrong values in {name} on {case.label}."]
        at = where_in_words(diff.first, symbols)
        if case.kind == "fixed":
            lines.append(
                f"First difference at {at}: got {diff.got_first:.6g}, expected "
                f"{diff.expected_first:.6g}."
            )
        else:
            lines.append(f"First difference at {at}: got {diff.got_first:.6g}.")
        lines.append(
            f"{diff.n_bad} of {diff.size} elements differ; worst at "
            f"{where_in_words(diff.worst, symbols)}: max abs error {diff.max_abs:.2e}, "
            f"max rel error {diff.max_rel:.2e} (tolerance for {g.dtype}: {atol:g} + "
            f"{rtol:g}·|expected|)."
        )
        if matched:
            if len(matched) == 1:
                lines.append(f"Likely mistake: {matched[0].text}")
            else:
                lines.append(
                    "Your results match each of these mistakes (the inputs can't tell them apart):"
                )
                lines += [f"  - {m.text}" for m in matched[:3]]
            lines.append(
                f"(checked on every case the check ran, {len(results)} of them, and on "
                "diagnostic inputs)"
            )
        else:
            lines.append(
                "No mistake in the catalogue matches; compare your code with the equations step "
                "by step."
            )
        return self.fail(
            "\n".join(lines),
            "value",
            case,
            output=name,
            mistakes=tuple(m.key for m in matched),
            findings=tuple(catalogue_finding(self.spec.name, m.key, m.text) for m in matched),
            details={
                "max_abs": diff.max_abs,
                "max_rel": diff.max_rel,
                "first": diff.first,
                "seed": seed,
            },
        )

    def diagnose(self, results) -> list[Mistake]:
        """The catalogued mistakes whose results equal the student's on every case evaluated."""
        evidence = list(results)
        for case in self.spec.diagnostic_cases():
            try:
                given = copy_args(case.args)
                flat = unpack(self.fn(*given, **copy_args(dict(case.kwargs))), self.spec.structure)
                if any(_array_problem(v) for v in flat.values()):
                    continue
                evidence.append((case, {k: _as_array(v) for k, v in flat.items()}))
            except Exception:  # diagnostic inputs only help; a failure there proves nothing
                continue
        expected = [self.expected(case) for case, _ in evidence]
        matched = []
        for mistake in self.spec.mistakes():
            differs_somewhere = False
            ok = True
            for (case, got), exp in zip(evidence, expected, strict=True):
                try:
                    with np.errstate(all="ignore"):
                        flat = unpack(
                            mistake.fn(*copy_args(case.args), **dict(case.kwargs)),
                            self.spec.structure,
                        )
                except Exception:
                    ok = False  # the mistake can't run here but the student's code did
                    break
                for k, g in got.items():
                    m = np.asarray(flat[k], dtype=np.float64)
                    if not values_close(g, m, g.dtype):
                        ok = False
                        break
                    if not values_close(m, exp[k], g.dtype):
                        differs_somewhere = True
                if not ok:
                    break
            if ok and differs_somewhere:
                matched.append(mistake)
        return matched
