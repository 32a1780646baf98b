"""The engine every check shares: call the student's function on cases, then judge in order.

Order of judgement (each with its own message): an exception from the student's function (chained),
arguments changed in place, the kind of result, shapes (symbols and numbers), finite values, values.
On a value mismatch the catalogue of mistakes is evaluated on the same inputs (plus diagnostic
inputs on which mistakes that coincide elsewhere differ) and the message names the likely mistake,
or else says where the first difference is.
"""

from __future__ import annotations

import contextlib
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
from lstm_ref.checks.findings import Finding, catalogue_finding
from lstm_ref.checks.infer import catalogue_matches, fit, run_student, stack
from lstm_ref.gates import GATE_NAMES

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
    model: Callable[[], object] | None = None  # an infer.Model of the function, in parts
    probes: Callable[[], list[Case]] = lambda: []  # targeted questions for the model's fit
    locate: Callable[..., list] | None = None  # (runner, results, case, name) -> [Finding]
    forbid_autograd: bool = False  # a backward exercise: torch.autograd refused too
    explain_exception: Callable[..., list] | None = None  # (runner, cases, case) -> [Finding]


class _Since:
    """A view of an open guard: ``hits`` since this view was taken."""

    def __init__(self, guard):
        self.guard, self.start = guard, len(guard.hits)

    @property
    def hits(self) -> list[str]:
        return list(self.guard.hits[self.start :])


_OPEN: list = []  # the guard this process has open, if any: a nested call shares it


@contextlib.contextmanager
def guarded(autograd: bool = False):
    """``forbidding(lstm=True, autograd=autograd)`` from lstm_ref/guard.py; inside an open one of
    the same rules, a view of that one (the guard records hits in the outermost guard only, and
    entering a fresh one costs ~7 ms). Yields an object whose ``hits`` are this call's."""
    if _OPEN and _OPEN[-1].autograd == autograd:
        yield _Since(_OPEN[-1])
        return
    from lstm_ref.guard import forbidding

    with forbidding(lstm=True, autograd=autograd) as g:
        _OPEN.append(g)
        try:
            yield _Since(g)
        finally:
            _OPEN.pop()


def is_forbidden(exc: BaseException) -> bool:
    from lstm_ref.guard import ForbiddenCallError

    return isinstance(exc, ForbiddenCallError)


def hits_of(guard, exc: BaseException | None = None) -> list[str]:
    """What the student's code called: the guard's hits, else what the refusal names (a guard
    nested in another may leave the hit to the outer one)."""
    if guard is not None and guard.hits:
        return list(guard.hits)
    return [str(exc).split(" was called")[0]] if exc is not None else []


def forbidden_text(hits, autograd: bool, label: str) -> str:
    """The message for a forbidden call: what was called, the rule, and that it scores 0."""
    from lstm_ref.guard import RULES

    what = ", ".join(dict.fromkeys(str(h) for h in hits))
    recurrent = any(w in what.lower() for w in ("lstm", "rnn", "gru"))
    rule = RULES["lstm"] if recurrent or not autograd else RULES["autograd"]
    return f"calls {what} (on {label}): {rule}. The grader scores a function that does 0."


def student_line(exc: BaseException) -> str:
    """' in lstm_cell, line 7': the deepest frame of the traceback outside lstm_ref and NumPy."""
    tb, where = exc.__traceback__, ""
    while tb is not None:
        path = tb.tb_frame.f_code.co_filename
        if "lstm_ref" not in path and "site-packages" not in path and "/numpy/" not in path:
            where = f" in {tb.tb_frame.f_code.co_name}, line {tb.tb_lineno}"
        tb = tb.tb_next
    return where


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
    def guard(self):
        """The forbidden-call guard the grader applies (lstm_ref/guard.py), around the student's
        calls only (the references use torch)."""
        return guarded(self.spec.forbid_autograd)

    def forbidden(self, hits, case: Case) -> CheckFailure:
        return self.fail(
            forbidden_text(hits, self.spec.forbid_autograd, case.label), "forbidden", case
        )

    def call(self, case: Case):
        """Call the student's function on copies; CheckFailure on exception or in-place change."""
        given = copy_args(case.args)
        given_kw = copy_args(dict(case.kwargs))
        try:
            with self.guard() as g:
                result = self.fn(*given, **given_kw)
        except Exception as exc:  # the student's error, chained so its traceback shows
            if is_forbidden(exc):
                raise self.forbidden(hits_of(g, exc), case) from None
            text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
            raise self.fail(
                f"raised {type(exc).__name__}{student_line(exc)} on {case.label}"
                + (f":\n  {text}" if text else "")
                + self.spec.exception_hint(case)
                + "",
                "exception",
                case,
            ) from exc
        if g.hits:  # the student's code caught the refusal and went on
            raise self.forbidden(g.hits, case)
        for name, before, after in zip(self.spec.arg_names, case.args, given, strict=False):
            if not same_args(before, after):
                raise self.fail(
                    f"changed its argument `{name}` in place on {case.label}.\nDo not modify the arrays you are given: write `{name} = {name} + ...` or work on `{name}.copy()` instead of `{name} += ...` / `{name}[...] = ...`.",  # noqa: E501
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
        with self.guard():  # one guard around all the calls (entering one costs ~7 ms)
            results = []
            for case in cases:
                try:
                    results.append((case, self.flat_or_fail(self.call(case), case)))
                except CheckFailure as exc:
                    if exc.stage == "exception" and self.spec.explain_exception is not None:
                        found = self.spec.explain_exception(self, cases, case)
                        if found:
                            exc.findings = tuple(found)
                            exc.args = (
                                exc.args[0]
                                + "\nFound:\n"
                                + "\n".join(f"  - {f.text}" for f in found),
                            )  # noqa: E501
                    raise
        expected = [self.expected(case) for case in cases]

        for (case, got), exp in zip(results, expected, strict=True):  # shapes
            symbols = self.spec.symbols(case)
            for name, e in exp.items():
                g = got[name]
                if g.shape != e.shape:
                    sym = symbols.get(name, ())
                    text = f"{name} has shape {g.shape} on {case.label}; expected {shape_in_symbols(sym, e.shape)}.{self.shape_hint(name, g, e, sym)}"  # noqa: E501
                    found, how, _keys = self.explain(results) if self.spec.model else ([], "", ())
                    if not found:
                        found = transposed_weight_grad(self.spec.name, name, g.shape, e.shape)
                    if found:
                        text += "\nFound:\n" + "\n".join(f"  - {f.text}" for f in found)
                        text += f"\n{how}" if how else ""
                    raise self.fail(
                        text,
                        "shape",
                        case,
                        output=name,
                        findings=tuple(found),
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
                        f"{name} has {n_bad} non-finite value(s) (NaN or inf) on {case.label}, first at {where_in_words(idx, self.spec.symbols(case).get(name, ()))}."  # noqa: E501
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
        findings, how, keys = self.explain(results)
        if not findings:
            findings = self.localise(results, case, name)
            how = ""
        symbols = self.spec.symbols(case).get(name, ())
        diff = first_difference(got[name], exp[name])
        lines = [f"wrong values in {name} on {case.label}."]
        lines.append(difference_text(diff, symbols, got[name].dtype, case.kind == "fixed"))
        named = [f for f in findings if not f.id.startswith("located.")]
        if named:
            lines.append("Found:")
            lines += [f"  - {f.text}" for f in named]
            if how:
                lines.append(how)
        else:
            lines += [f.text for f in findings]
        if case.kind == "fixed":
            lines.append(fixed_case_hint(self.spec.name, case.number))
        return self.fail(
            "\n".join(lines),
            "value",
            case,
            output=name,
            mistakes=keys,
            findings=tuple(findings),
            details={
                "max_abs": diff.max_abs,
                "first": diff.first,
                "seed": seed,
            },
        )

    def evidence(self, results) -> list:
        """The cases run plus the diagnostic ones (a diagnostic case the code can't take is
        left out: it only helps)."""
        evidence = list(results)
        with self.guard():
            for case in self.spec.diagnostic_cases():
                flat = run_student(self.fn, case, self.spec.structure, unpack, copy_args)
                if flat is not None:
                    evidence.append((case, flat))
        return evidence

    def explain(self, results) -> tuple[list, str]:
        """Findings that reproduce every answer of the student's (model fit, then catalogue)."""
        evidence = self.evidence(results)
        if self.spec.model is not None:
            model = self.spec.model()
            probes = self.spec.probes()
            with self.guard():
                answers = [
                    run_student(self.fn, c, self.spec.structure, unpack, copy_args) for c in probes
                ]
            stacked = stack(probes, answers) if probes else []
            # the search asks the probes (stacked: one model call each) and the fixed cases
            search = stacked + [e for e in evidence if e[0].kind != "random"]
            result = fit(model, search, evidence + stacked)
            if result.exact and result.choice != model.correct():
                n_probes = sum(p.count for p, _ in stacked)
                how = (
                    f"(your results on all {len(evidence)} cases"
                    + (f" and {n_probes} targeted inputs" if n_probes else "")
                    + " are exactly this)"
                )
                found = model.findings(result.choice, self.spec.name)
                return found, how, tuple(f.id for f in found)
        matched = self.diagnose(evidence)
        if matched:
            found = [catalogue_finding(self.spec.name, m.key, m.text) for m in matched[:3]]
            keys = tuple(m.key for m in matched)
            if len(matched) > 1:
                return (
                    found,
                    "(your results match each of these; the inputs can't tell them apart)",
                    keys,
                )
            return found, f"(your results on all {len(evidence)} cases are exactly this)", keys
        return [], "", ()

    def localise(self, results, case, name) -> list:
        """Where the error is when nothing names it: the function's own locator, else the
        output, the first wrong time step, the direction (half of 2H, row of 2) and gate (4H)."""
        if self.spec.locate is not None:
            found = self.spec.locate(self, results, case, name)
            if found:
                return found
        got = next(g for c, g in results if c is case)
        diff = first_difference(got[name], self.expected(case)[name])
        symbols = self.spec.symbols(case).get(name, ())
        where: dict = {}
        words = []
        for sym, i in zip(symbols, diff.first, strict=False):
            if sym == "T":
                where["step"] = i
                words.append(f"first at time step {i}")
            elif sym == "2H":
                H = got[name].shape[-1] // 2
                where["direction"] = "reverse" if i >= H else "forward"
                words.append(f"in the {where['direction']} direction's half")
            elif sym == "2":
                where["direction"] = "reverse" if i else "forward"
                words.append(f"in the {where['direction']} direction's row")
            elif sym == "4H":
                H = got[name].shape[0] // 4
                where["gate"] = "ifgo"[min(i // H, 3)]
                words.append(f"in the {GATE_NAMES[where['gate']]}'s rows")
        at = f" ({', '.join(words)})" if words else ""
        return [
            Finding(
                "located.value_mismatch",
                self.spec.name,
                f"No known mistake explains all your results; the error is in {name}{at}. Compare that line of your code with the book's equation.",  # noqa: E501
                term=name,
                **where,
            )
        ]

    def diagnose(self, evidence) -> list[Mistake]:
        """The catalogued mistakes whose results equal the student's on every case evaluated
        (one rule for a mistake that raises: see ``infer.catalogue_matches``)."""

        def run_mistake(mistake, case):
            flat = unpack(
                mistake.fn(*copy_args(case.args), **dict(case.kwargs)), self.spec.structure
            )
            return {k: np.asarray(v, dtype=np.float64) for k, v in flat.items()}

        def same(got, m):
            return all(values_close(g, m[k], g.dtype) for k, g in got.items())

        return catalogue_matches(self.spec.mistakes(), evidence, run_mistake, self.expected, same)


def transposed_weight_grad(function: str, name: str, got: tuple, expected: tuple) -> list:
    """A weight gradient of a backward exercise with the transposed shape: (I, 4H) where W_ih's
    (4H, I) belongs is x.T @ da (the shape says so, whatever the values)."""
    if not function.endswith("_backward") or name not in ("W_ih", "W_hh"):
        return []
    if len(got) != 2 or tuple(got) != tuple(expected)[::-1] or got[0] == got[1]:
        return []
    vec = "x" if name == "W_ih" else "h_{t-1}"
    return [
        Finding(
            "grad.weight_grad_transposed",
            function,
            f"{name}'s gradient is transposed: it has the shape {tuple(got)} of {name}.T, which {vec}ᵀ·δa gives; the gradient of {name} is δaᵀ·{vec} (da.T @ {vec[0]}), with {name}'s shape {tuple(expected)}.",  # noqa: E501
            term=name,
        )
    ]


def difference_text(diff, symbols, dtype, show_expected: bool) -> str:
    """Where the first and the worst difference are (expected values only on fixed cases)."""
    at = where_in_words(diff.first, symbols)
    if show_expected:
        first = f"First difference at {at}: got {diff.got_first:.6g}, expected {diff.expected_first:.6g}."  # noqa: E501
    else:
        first = f"First difference at {at}: got {diff.got_first:.6g}."
    atol, rtol = tolerance(dtype)
    worst = f"{diff.n_bad} of {diff.size} elements differ; the largest error, {diff.max_abs:.2e}, is at {where_in_words(diff.worst, symbols)}"  # noqa: E501
    return f"{first}\n{worst} (tolerance for {np.dtype(dtype)}: {atol:g} + {rtol:g}·|expected|)."


def fixed_case_hint(function: str, number: int) -> str:
    """How a student gets a fixed case's inputs into their own notebook."""
    call = f'{function}(**fixed_case("{function}", {number}))'
    return f"To step through this case: `from lstm_ref.checks import fixed_case`, then `{call}`."
