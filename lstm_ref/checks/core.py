"""The engine every check shares: call the student's function on cases, then judge in order.

Order of judgement (each with its own message): an exception from the student's function (chained),
arguments changed in place, the kind of result, shapes (symbols and numbers), finite values, values.
On a value mismatch the catalogue of mistakes is evaluated on the same inputs (plus diagnostic
inputs on which mistakes that coincide elsewhere differ) and the message names the likely mistake,
or else says where the first difference is.
"""

from __future__ import annotations

import functools
import itertools
import re
import secrets
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from lstm_ref.checks.compare import (
    describe_value,
    first_difference,
    narrow_float,
    shape_in_symbols,
    sizes_text,
    tolerance,
    values_close,
    where_in_words,
)
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import MEASURED_ONLY, Finding, finding, numpy_only_sentence
from lstm_ref.checks.fresh import fresh_if_asked, fresh_values  # noqa: F401 (re-exported)
from lstm_ref.checks.infer import catalogue_matches, fit, mismatches, run_student, stack
from lstm_ref.checks.relations import (
    axes_order,
    batch_outer,
    dtype_lines,
    final_state_steps,
    final_state_text,
    holds_other,
    output_transform,
    rescaled_text,
    shape_relation,
    slice_relations,
    slice_text,
    transform_candidates,
    value_relation,
    wrong_steps,
)
from lstm_ref.checks.student import Refused, call_student, copy_args, same_args
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
    fresh: bool = False  # a fixed case's configuration with values drawn at grading

    @property
    def label(self) -> str:
        extra = [sizes_text(self.sizes)] if self.sizes else []
        said = {p.strip() for p in ", ".join(extra).split(",")}
        if self.note:  # a note the sizes already say (T=1) is said once
            extra += [p for p in note_parts(self.note) if p not in said]
        if self.seed is not None:
            extra.append(f"seed={self.seed}")
        if self.fresh:
            return (
                f"fixed case {self.number}'s configuration with fresh values ({', '.join(extra)})"
            )
        return f"{self.kind} case {self.number} ({', '.join(extra)})"


#: what :meth:`Runner.rest_of_run` says of the failing cases (one, several), of the others, and
#: of those others' values: after a crash, a result of the wrong kind, a wrong shape
RAISED = ("raises", "raise", "run", "Those that run", "the cases that run")
WRONG_KIND = ("gives this", "give this", "return arrays", "Those that run", "the cases that run")
WRONG_SHAPE = (
    "has a wrong shape",
    "have a wrong shape",
    "have the right shapes",
    "Those",
    "the cases with the right shapes",
)


@dataclass
class Mistake:
    """A known mistake: ``fn`` is the mistaken function, same signature as the graded one.
    It carries its finding: ``finding`` (a kind of KINDS), ``gate`` and ``term``; a catalogue
    that leaves ``finding`` empty gets it from ``findings.MISTAKE_KINDS[key]`` (a table)."""

    key: str
    text: str
    fn: Callable
    finding: str = ""
    gate: str | None = None
    term: str | None = None

    def __post_init__(self):
        if not self.finding:
            from lstm_ref.checks.findings import MISTAKE_KINDS

            self.finding, gate, term = MISTAKE_KINDS[self.key]
            self.gate = self.gate or gate
            self.term = self.term or term

    def to_finding(self, function: str) -> Finding:
        return finding(self.finding, function, self.text, gate=self.gate, term=self.term)


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
    model: Callable[[], object] | None = None  # an infer.Model of the function, in parts
    probes: Callable[[], list[Case]] = lambda: []  # targeted questions for the model's fit
    locate: Callable[..., list] | None = None  # (runner, results, case, name) -> [Finding]
    #: a backward exercise: its outputs are gradients (a clip of them is undone for judging,
    #: Runner.unclip; the rule is NumPy only, as for all)
    forbid_autograd: bool = False
    #: (case) -> [(what changed, case, finding kind or "")]: the same call with one setting
    #: changed (batch_first off, ...); a crash says which of these run (verified, never guessed)
    variants: Callable[[Case], list] = lambda case: []
    #: decomposition: (runner, results) -> [Finding]: each part tested alone (the step at T=1,
    #: the carry, the ends, ...) before the algebra of one step; see lstm_ref/checks/parts.py
    parts: Callable[..., list] | None = None
    adapter: Callable | None = None  # (fn, args, kwargs) -> result; None: fn(*args, **kwargs)
    #: what an argument given as None stands for (the notebook's contract), said beside a
    #: failure that every case with that argument None shares: {"dh_n": "zeros of shape (B, H)"}
    none_means: dict = field(default_factory=dict)


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (300 characters at most; '' if none)."""
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else ""


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


def list_where_tuple(result, structure, path: str = "") -> str:
    """Where ``result`` has a list in place of one of ``structure``'s tuples ('' if nowhere)."""
    if isinstance(structure, tuple) and isinstance(result, (tuple, list)):
        if isinstance(result, list):
            return f"as {path}" if path else "as the whole result"
        for k, (r, s) in enumerate(zip(result, structure, strict=False)):
            inner = list_where_tuple(r, s, f"{path}[{k}]" if path else f"item {k}")
            if inner:
                return inner
    if isinstance(structure, dict) and isinstance(result, dict):
        for k, s in structure.items():
            inner = list_where_tuple(result.get(k), s, repr(k))
            if inner:
                return inner
    return ""


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


def _list_as_array(value) -> np.ndarray | None:
    """A list of numbers or arrays as one float array, or None where it is not one."""
    if any(hasattr(v, "detach") for v in value):
        return None
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    return arr if arr.ndim >= 1 else None


def _as_array(value) -> np.ndarray:
    if isinstance(value, (np.ndarray, np.floating)):  # a NumPy scalar keeps its dtype (float32)
        return np.asarray(value)
    return np.asarray(value, dtype=np.float64)


class Runner:
    """Runs one check: ``Runner(spec, fn).run(cases, seed)``."""

    def __init__(self, spec: Spec, fn: Callable):
        self.spec = spec
        self.fn = fn
        #: id(a case's results, as call_all keeps them) -> the pairs of output names that were
        #: one block of memory when the call returned (np.shares_memory: measured, not guessed)
        self.aliased: dict[int, set] = {}
        #: the parameters were drawn narrower than float64 (the registry sets it from the
        #: module's initialisation): the diagnosis compares at float32's tolerance
        self.narrow = False

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
    def invoke(self, args, kwargs):
        """The student's code on these (copied) arguments, through the one guarded path."""
        if self.spec.adapter is not None:
            return self.spec.adapter(self.fn, args, kwargs)
        return call_student(self.fn, *args, **kwargs)

    def forbidden(self, exc: Refused, case: Case) -> CheckFailure:
        text = (
            f"calls {exc.what} on {case.label}: {numpy_only_sentence(exc.library)}. "
            "Write it with NumPy operations."
        )
        found = Finding("forbidden_library", self.spec.name, text, term=exc.library)
        return self.fail(text, "forbidden", case, findings=(found,))

    def call(self, case: Case):
        """Call the student's function on copies; CheckFailure on exception or in-place change."""
        given = copy_args(case.args)
        given_kw = copy_args(dict(case.kwargs))
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                result = self.invoke(given, given_kw)
        except Refused as exc:
            raise self.forbidden(exc, case) from None
        except Exception as exc:  # the student's error, chained so its traceback shows
            raise self.crash(exc, case) from exc
        self.note_overflow(caught, case)
        changed = [*zip(self.spec.arg_names, case.args, given, strict=False)]
        changed += [(k, v, given_kw.get(k)) for k, v in case.kwargs.items()]  # dh_n=..., too
        for name, before, after in changed:
            if not same_args(before, after):
                text = f"changed its argument `{name}` in place on {case.label}.\nDo not modify the arrays you are given: write `{name} = {name} + ...` or work on `{name}.copy()` instead of `{name} += ...` / `{name}[...] = ...`."  # noqa: E501
                if getattr(self, "inplace_found", None) is None:
                    raise self.fail(text, "inplace", case)
                if not self.inplace_found:  # said at the end, with the values' verdict
                    self.inplace_found.append(
                        Finding("args.changed_in_place", self.spec.name, text, term=name)
                    )
        return result

    def note_overflow(self, caught, case: Case) -> None:
        """NumPy's overflow warning from the student's call (the sandbox sends it back at
        grading): the notebooks ask for a sigmoid that never overflows. Said at the end, with the
        values' verdict, so that a second mistake is named too."""
        if getattr(self, "overflow_found", None) is None or self.overflow_found:
            return
        for w in caught:
            if not issubclass(w.category, RuntimeWarning):
                continue
            advice = next((a for key, a in WARNING_ADVICE if key in str(w.message)), None)
            if advice is not None:
                text = f'NumPy warned "{str(w.message)[:120]}" on {case.label}.\n{advice}'
                self.overflow_found.append(
                    Finding("result.overflow_warning", self.spec.name, text.replace("\n", " "))
                )
                self.overflow_text = text
                return

    def running_cases(self, crashed: Case) -> list:
        """(case, flat result) for the cases of this run that the student's code takes (asked
        once per failed case: the crash's sentences and the rest of the run share them)."""
        memo = self.__dict__.setdefault("_running", {})
        if id(crashed) in memo and memo[id(crashed)][0] is crashed:
            return memo[id(crashed)][1]
        out = []
        for c in getattr(self, "cases", []):
            if c is crashed:
                continue
            flat = self.answer(c)
            if flat is not None:
                out.append((c, flat))
                self.overflow_on(c)
        memo[id(crashed)] = (crashed, out)
        return out

    def overflow_on(self, case: Case) -> None:
        """NumPy's overflow warning on a case that runs beside a failure (the answers above are
        asked with NumPy's warnings off): called once more with them on, until one is seen."""
        if getattr(self, "overflow_found", None) is None or self.overflow_found:
            return
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                self.invoke(copy_args(case.args), copy_args(dict(case.kwargs)))
        except Exception:  # noqa: BLE001 (a case that raises warns of nothing here)
            return
        self.note_overflow(caught, case)

    def crash(self, exc: Exception, case: Case) -> CheckFailure:
        """The student's exception: where, on which case and argument shapes, and (verified by
        calling them) which variants of the same call run: the setting that makes it raise."""
        text = first_line(exc)
        lines = [
            f"raised {type(exc).__name__}{student_line(exc)} on {case.label}"
            + (f":\n  {text}" if text else "")
        ]
        gloss = error_gloss(text)
        if gloss and "truth value" in text and self.spec.none_means:  # arguments that may be None
            gloss += " A test for a missing argument is `x is None`."
        if gloss:
            lines.append(gloss)
        shapes = args_shapes(self.spec.arg_names, case)
        if shapes:
            lines.append(f"The arguments there: {shapes}.")
        texts = [(text, case.sizes)] + self.raising_texts(case, where=student_line(exc))
        sized = sizes_in_error(texts) if text else ""
        if sized:
            n = sum(re.sub(_NUMBER, "#", t) == re.sub(_NUMBER, "#", text) for t, _ in texts)
            lines.append(f"In all {n} cases that raise it, its numbers are these sizes: {sized}")
            row = re.search(r"\(1, ?B\)", sized) or re.search(r"\(B,\)", sized)
            if row and re.search(r"\(B, ?H\)", sized):
                lines.append(
                    f"That is: an array of one value per batch row, {row.group(0)}, meets (B, H) "
                    "arrays; NumPy lines up the last axes, so its values fall along H. One "
                    "value per batch row broadcasts against (B, H) as a (B, 1) column "
                    "(a[:, None])."
                )
            if re.search(r"\(T, ?1\)", sized) and re.search(r"\(B, ?H\)", sized):
                lines.append(
                    "That is: an array of one value per time step, (T, 1), meets (B, H) arrays; "
                    "at step t a mask needs one value per batch row, a (B, 1) column (as "
                    "mask[t] gives for a mask of shape (T, B); for one built (B, T), mask[t] "
                    "is batch row t's values over time: mask[:, t] is step t's)."
                )
            lines += [gloss for gloss in (_slot_gloss(sized),) if gloss]
            column = re.search(r"shapes \((\w+), ?(\w+)\) \((\w+),\)", sized)
            if column and column.group(1) == column.group(3) != column.group(2):
                n, m = column.group(1), column.group(2)
                lines.append(
                    f"That is: a 1-D array of {n} values meets an ({n}, {m}) array; NumPy lines "
                    f"up the last axes, so its {n} values meet the {m} axis. To add one value "
                    f"per row (along the first axis, {n}), make it a column: b[:, None], shape "
                    f"({n}, 1)."
                    + (
                        " The 1-D arguments of 4H values are the biases, b_ih and b_hh."
                        if n == "4H"
                        else ""
                    )  # noqa: E501
                )
            if re.search(r"operand 1 has a mismatch in its core dimension 0.*size 4H is", sized):
                lines.append(
                    "That is: in a matrix product a @ b, a's last axis meets b's first, and here "
                    "b's first axis is 4H, as in W_ih (4H, I) and W_hh (4H, H): a weight matrix "
                    "enters untransposed; x @ W_ih.T and h @ W_hh.T give the (B, 4H) "
                    "pre-activations."
                )
        per_row = re.search(r"\(1, ?B\)|\(B,\)", sized) and re.search(r"\(B, ?H\)", sized)
        if text and _elementwise_product(texts) and not per_row:  # (1, B) is one per row
            lines.append(
                "That is: two arrays whose shapes fit a matrix product, (n, k) and (k, m) (the "
                "first's last axis is the second's first), meet in an elementwise operation "
                "(*, +), which needs the same (or broadcastable) shapes; a matrix product is @ "
                "(x @ W_ih.T), not *."
            )
        findings = []
        for what, variant, kind in self.spec.variants(case):
            flat, right = self.try_variant(variant)
            if flat is None:  # a variant that raises too is said as such
                lines.append(f"The same call with {what} raises too.")
                continue
            said = f"The same call with {what} runs"
            lines.append(
                self.right_values([(variant, flat)], findings, f"{said} and", "gives", "that call")
                if right
                else f"{said} (its values are wrong)."
            )
            if not right:  # a second mistake: named only if it explains every call that runs
                found, how, _keys = self.explain([(variant, flat), *self.running_cases(case)])
                named = [f for f in found if not f.id.startswith("located.")]
                if named:
                    lines += ["Found, on the calls that run:", *(f"  - {f.text}" for f in named)]
                    lines.append(how)
                    findings += named
                    right = True
            if right and kind == "seq.state_none_not_handled":
                lines += self.none_shape(case, variant, text)
            if right and kind and all(f.id != kind for f in findings):
                findings.append(
                    Finding(
                        kind,
                        self.spec.name,
                        f"your function raises only because of the setting that {what} changes: "
                        f"{case.label} raises; the same call with {what} is right.",
                    )
                )
        lines += self.none_elsewhere(case, findings)
        explained = any(line.startswith("Found, on the calls that run") for line in lines)
        lines += self.other_cases(case, findings, explain=not explained)
        return self.fail("\n".join(lines), "exception", case, findings=tuple(findings))

    def none_shape(self, case: Case, variant: Case, text: str) -> list[str]:
        """Where ``case`` raises with a state None and ``variant`` (that state given as (B, H)
        zeros) is right: each case that raises with the same arguments None, called with zeros
        of another shape ((B, I), (H, B), (B, 4H), ...) in their place. One shape, and only
        one, that raises exactly each case's own error, on two cases of other sizes at least,
        shows the shape the code makes for None (measured; a coincidence of one case's numbers
        is not enough)."""
        at = [
            k for k, (a, b) in enumerate(zip(case.args, variant.args, strict=False))
            if a is None and isinstance(b, np.ndarray)
        ]  # fmt: skip
        nones = [
            c for c in [case, *getattr(self, "cases", [])]
            if all(k < len(c.args) and c.args[k] is None for k in at)
        ]  # fmt: skip
        raising, seen = [], set()
        for c in nones:
            sizes = tuple(c.sizes.get(k) for k in ("B", "H", "I"))
            if None in sizes or sizes in seen or len(raising) >= 4:
                continue
            error = self._error_text(c.args, c.kwargs)
            if error:
                raising.append((c, error))
                seen.add(sizes)
        if not at or not text or len(raising) < 2:
            return []
        shapes = {
            "(B, I)": lambda B, H, I: (B, I), "(H, B)": lambda B, H, I: (H, B),
            "(I, B)": lambda B, H, I: (I, B), "(B, 4H)": lambda B, H, I: (B, 4 * H),
            "(1, H)": lambda B, H, I: (1, H), "(H,)": lambda B, H, I: (H,),
            "(H, H)": lambda B, H, I: (H, H), "(B, B)": lambda B, H, I: (B, B),
        }  # fmt: skip
        hits = []
        for said, shape_of in shapes.items():
            same = True
            for c, error in raising:
                shape = shape_of(*(c.sizes[k] for k in ("B", "H", "I")))
                args = tuple(np.zeros(shape) if k in at else a for k, a in enumerate(c.args))
                if self._error_text(args, c.kwargs) != error:
                    same = False
                    break
            hits += [said] if same else []
        if len(hits) != 1:
            return []
        said = hits[0]
        return [
            f"Given zeros of shape {said} instead, the same calls raise exactly these errors (on {len(raising)} cases of other sizes; no other shape tried does): what your code makes for a None state has the shape {said} where (B, H) belongs."  # noqa: E501
        ]

    def _error_text(self, args, kwargs) -> str:
        """The first line of what the student's code raises on these arguments ('' if none)."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.invoke(copy_args(args), copy_args(dict(kwargs)))
        except Exception as exc:  # noqa: BLE001 (the student's error, compared as text)
            return f"{type(exc).__name__}: {first_line(exc)}"
        return ""

    def try_variant(self, variant: Case) -> tuple[dict | None, bool]:
        """(flat results, right) of the student's code on ``variant``; (None, False) if it
        raises or returns junk."""
        try:
            result = self.invoke(copy_args(variant.args), copy_args(dict(variant.kwargs)))
            flat = self.flat_or_fail(result, variant)
        except Exception:  # noqa: BLE001 (the student's error: the variant raises too)
            return None, False
        return flat, all(values_close(flat[k], e) for k, e in self.expected(variant).items())

    def none_elsewhere(self, crashed: Case, findings: list) -> list[str]:
        """Where ``crashed`` has no argument None but another case that raises does: that case
        again with each None given as what None stands for (:meth:`Spec.variants`' None
        variants). Said where it then runs and gives the right values (a second reason for
        raising, verified on that case)."""

        def nones(c):
            return [k for k, v in zip(self.spec.arg_names, c.args, strict=False) if v is None]

        if nones(crashed):
            return []
        ran = {id(c) for c, _ in self.running_cases(crashed)}
        other = next(
            (
                c
                for c in getattr(self, "cases", [])
                if id(c) not in ran and c is not crashed and nones(c)
            ),
            None,
        )
        if other is None:
            return []
        for what, variant, kind in self.spec.variants(other):
            if "None" not in what:
                continue
            flat, right = self.try_variant(variant)
            if right:  # it runs and is right (raising: nothing verified)
                said = f"It raises on {other.label} too; the same call with {what} runs and"
                text = self.right_values([(variant, flat)], findings, said, "gives", "that call")
                if kind and all(f.id != kind for f in findings):
                    said = f"your function raises on {other.label}; the same call with {what} is right."  # noqa: E501
                    findings.append(Finding(kind, self.spec.name, said))
                return [text]
        return []

    def raising_texts(self, crashed: Case, most: int = 8, where=None) -> list[tuple[str, dict]]:
        """(first line of the error, sizes) of the other cases of this run that raise (at the
        same line of the student's code as ``where``, :func:`student_line`, when given)."""
        ran = {id(c) for c, _ in self.running_cases(crashed)}
        out = []
        for c in getattr(self, "cases", []):
            if c is crashed or id(c) in ran or len(out) >= most:
                continue
            try:
                self.invoke(copy_args(c.args), copy_args(dict(c.kwargs)))
            except Exception as exc:  # noqa: BLE001 (the student's error, read as text)
                if where is not None and student_line(exc) != where:
                    continue  # another line's error: its numbers are other sizes
                line = first_line(exc)
                out.append((line, c.sizes))
        return out

    def other_cases(
        self, crashed: Case, findings: list, explain: bool = True, verb=None
    ) -> list[str]:
        """The rest of the run after ``crashed`` failed: the cases the student's code takes are
        called again and judged by :meth:`rest_of_run`."""
        cases = [c for c in getattr(self, "cases", []) if c is not crashed]
        if not cases:
            return []
        running = self.running_cases(crashed)
        if verb is WRONG_KIND:  # a result of the wrong kind in any output fails there too
            running = [(c, flat) for c, flat in running if self.kind_right(c)]
        ran = {id(c) for c, _ in running}
        failing = [crashed, *(c for c in cases if id(c) not in ran)]
        return self.rest_of_run(failing, running, findings, verb or RAISED, explain)

    def kind_right(self, case: Case) -> bool:
        """Whether the student's result on ``case`` has a float array (or a list of numbers,
        noted apart) at every output, as returned: a tuple where an array belongs is not one,
        though NumPy would turn it into one."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = self.invoke(copy_args(case.args), copy_args(dict(case.kwargs)))
            flat = unpack(value, self.spec.structure)
        except Exception:
            return False
        return all(
            _array_problem(v) is None or (isinstance(v, list) and _list_as_array(v) is not None)
            for v in flat.values()
        )

    def rest_of_run(
        self, failing, good, findings: list, verb, explain: bool = True, relations: bool = False
    ) -> list[str]:
        """The rest of the run, measured: which cases fail (and the one setting they share, if
        exactly those cases have it), and what the others (``good``: (case, flat results)) give:
        a wrong shape, the mistakes that reproduce them (a second mistake beside the first; added
        to ``findings``), or right values; with ``relations``, how a wrong output relates to the
        expected one when nothing is named. ``verb``: the words (:data:`RAISED`)."""
        one, many, others, those, on = verb
        if not good:  # what the diagnostic cases the code takes show (a shape), if any
            lines = [f"Every case {one} ({len(failing)} of {len(failing)})."]
            if verb is WRONG_KIND:  # their results are of the same wrong kind: no shape to read
                return lines
            return lines + self.wrong_shape(self.evidence([]), findings, explain, on)
        shared = shared_setting(failing, [c for c, _ in good], self.spec.arg_names)
        lines = [
            f"Every case with {shared} {one} ({len(failing)}); the {len(good)} others {others}."
            + ("" if _mixed_cover(shared) else self.none_meaning(shared))
            if shared
            else f"{len(failing)} of {len(failing) + len(good)} cases {many} ({_short_labels(failing)}); the other {len(good)} {others}."  # noqa: E501
        ]
        shape = self.wrong_shape(good, findings, explain, on)
        if shape:
            return lines + shape + self.right_shaped_values(good, findings, explain)
        wrong = [
            (c, f)
            for c, f in good
            if not all(values_close(f[k], e) for k, e in self.expected(c).items() if k in f)
        ]
        if not wrong:
            return [*lines, self.right_values(good, findings, those)]
        if not explain:  # the variants above named what the values show
            return lines
        found, how, _keys = self.explain(good, shaped=True)
        named = [f for f in found if not f.id.startswith("located.")]
        if named:  # a kind already said by a variant is said once, in the fit's words
            ids = {f.id for f in named}
            findings[:] = [f for f in findings if f.id not in ids] + named
            return [*lines, f"Found, on {on}:", *(f"  - {f.text}" for f in named), how]
        lines.append(f"Of {on}, {len(wrong)} give wrong values too (first: {wrong[0][0].label}).")
        lines += self.where_wrong(good, wrong, findings)
        case, got = wrong[0]
        for name, e in self.expected(case).items():
            if relations and not values_close(got[name], e):
                relation = self.relation_everywhere(name, good, case) or self.final_state(
                    name, good
                )
                lines += [f"{name}: {relation}"] if relation else []
        return lines

    def right_values(
        self, good, findings: list, those: str, verb: str = "give", where: str = ""
    ) -> str:
        """'<those> give the right values.' of ``good`` ((case, flat results), every value
        right at its own dtype's tolerance); where one is float32, right to its precision only:
        the kind of result is wrong (said, and added to ``findings``)."""
        narrow = [(c, k, g.dtype) for c, f in good for k, g in f.items() if narrow_float(g)]
        if not narrow:
            return f"{those} {verb} the right values."
        c, k, dt = narrow[0]
        text = f"{k} is {dt} on {where or c.label}; the inputs are float64 and so must {k} be: compute in float64."  # noqa: E501
        findings.append(Finding("result.kind", self.spec.name, text, term="dtype"))
        return f"{those} {verb} the right values to {dt}'s precision only: {text}"

    def right_shaped_values(self, good, findings: list, explain: bool) -> list[str]:
        """Beside a wrong shape in some of ``good``: what the cases whose every shape is right
        give (right values, or the mistakes that reproduce them: a second mistake is named)."""
        right = [
            (c, f)
            for c, f in good
            if all(k in f and f[k].shape == e.shape for k, e in self.expected(c).items())
        ]
        if not right:
            return []
        wrong = [
            (c, f)
            for c, f in right
            if not all(values_close(f[k], e) for k, e in self.expected(c).items())
        ]
        if not wrong:
            return [
                self.right_values(right, findings, f"The {len(right)} cases with every shape right")
            ]  # noqa: E501
        if not explain:
            return []
        found = self.explain(right, share=0.3)[0]
        named = [f for f in found if not f.id.startswith("located.")]
        if not named:
            n, first = len(wrong), wrong[0][0].label
            text = f"Of the {len(right)} cases with every shape right, {n} give wrong values"
            return [f"{text} (first: {first}).", *self.where_wrong(right, wrong, findings)]
        if {f.text for f in named} <= {f.text for f in findings}:
            return []  # the mistake already named on the cases that run
        findings[:] = [f for f in findings if f.id not in {n.id for n in named}] + named
        on = "the cases with every shape right"
        return [f"Found, on {on}:", *(f"  - {f.text}" for f in named)]

    def where_wrong(self, right, wrong, findings: list) -> list[str]:
        """Where the values of ``wrong`` (some of ``right``: (case, flat results) whose every
        shape is right) go wrong when no mistake reproduces them: :meth:`localise`'s measured
        place (which z for σ, the time step, direction or gate), added to ``findings``."""
        case, got = wrong[0]
        exp = self.expected(case)
        name = next(k for k, e in exp.items() if not values_close(got[k], e))
        found = [
            f for f in self.localise(right, case, name) if f.text not in {g.text for g in findings}
        ]
        findings += found
        lines = [f"  {f.text}" for f in found]
        for other in exp:  # what a wrong output's values are, where every case shows it
            relation = self.relation_everywhere(other, right, case)
            if relation:
                pointer = f": compare the line that computes {other} with the book's equation."
                lines = [line.replace(pointer, ".") for line in lines]
                lines.append(f"  {other}: {relation}")
        return lines

    def wrong_shape(self, good, findings: list, explain: bool, on: str) -> list[str]:
        """The first wrong shape among ``good`` ((case, flat results) that run), and the
        mistake that gives those results on every case of ``good`` (added to ``findings``);
        [] when every shape is right."""
        for c, flat in good:
            for name, e in self.expected(c).items():
                g = flat.get(name)
                if isinstance(g, np.ndarray) and g.shape != e.shape:
                    sym = self.spec.symbols(c).get(name, ())
                    rel = shape_relation(g, e, sym) or self.argument_relation(name, good)
                    rel = " ".join(r for r in (rel, self.size_in_place(name, good)) if r)
                    as_sizes = self.wrong_shape_sizes(name, good)
                    text = f"On {c.label}, which runs, {name} has shape {g.shape}{as_sizes}; expected {shape_in_symbols(sym, e.shape)}."  # noqa: E501
                    lines = [text + (f" {rel}" if rel else "")]
                    found = self.explain(good, share=0.3)[0] if explain else []
                    named = [f for f in found if not f.id.startswith("located.")]
                    if named:  # a mistake that gives those shapes, every case
                        findings[:] = [f for f in findings if f.id not in {n.id for n in named}]
                        findings += named
                        lines += [f"Found, on {on}:", *(f"  - {f.text}" for f in named)]
                    return lines
        return []

    def wrong_shape_sizes(self, name: str, results) -> str:
        """' = (B, I)': ``name``'s wrong shape in sizes, the same in every case of ``results``
        where it is wrong (two such cases at least; '' otherwise)."""
        said = shape_text(self.wrong_shape_symbols(name, results))
        return f" = {said}" if said else ""

    def wrong_shape_symbols(self, name: str, results) -> tuple[str, ...]:
        """('B', 'I'): :func:`shape_symbols` of ``name``'s shape in the cases of ``results``
        where it is wrong (two such cases at least; () otherwise)."""
        pairs = [(flat[name].shape, c.sizes) for c, flat in self.wrong_shaped(name, results)]
        arrays = [c for c, flat in results if isinstance(flat.get(name), np.ndarray)]
        symbols = tuple(self.spec.symbols(arrays[0]).get(name, ())) if arrays else ()
        return shape_symbols(pairs, symbols) if len(pairs) >= 2 else ()

    def wrong_shaped(self, name: str, results) -> list:
        """The (case, results) of ``results`` where ``name`` is an array of the wrong shape."""
        return [
            (c, flat)
            for c, flat in results
            if isinstance(flat.get(name), np.ndarray)
            and flat[name].shape != self.expected(c)[name].shape
        ]

    def sliced(self, name: str, results) -> str:
        """'It holds the expected out[:, -1] ...': ``name``'s wrong-shaped answer, in every
        case where its shape is wrong, one index (0 or -1) of an expected output along one
        axis (measured; '' where no such slice holds in all of them)."""
        wrong = self.wrong_shaped(name, results)
        if not wrong:
            return ""
        hits, first = None, {}
        for c, g in wrong:  # an axis is known by its size's name (the layouts differ by case)
            found = {}
            for other, axis, idx in slice_relations(name, g[name], self.expected(c)):
                sym = tuple(self.spec.symbols(c).get(other, ()))
                found[other, sym[axis] if len(sym) > axis else axis, idx] = (other, axis, idx)
            hits = set(found) if hits is None else hits & set(found)
            if not hits:
                return ""
            first = first or found
        hit = first[sorted(hits, key=str)[0]]
        c = wrong[0][0]
        return slice_text(name, hit, self.expected(c), self.spec.symbols(c).get(hit[0], ()))

    def size_in_place(self, name: str, results) -> str:
        """'Where H (hidden size) belongs, its axis has B (batch size) entries ...': said where
        ``name``'s wrong shape, in sizes (:meth:`wrong_shape_symbols`), differs from the expected
        symbols at one axis only, the same size in every case where it is wrong (two at least)."""
        wrong = self.wrong_shaped(name, results)
        if not wrong:
            return ""
        got = self.wrong_shape_symbols(name, results)
        if not got:
            return self.fixed_number(name, results)
        exp = tuple(self.spec.symbols(wrong[0][0]).get(name, ()))
        differ = [k for k in range(len(exp)) if len(got) == len(exp) and got[k] != exp[k]]
        if len(differ) != 1 or exp[differ[0]] not in _SIZE_WORDS:
            return ""
        want, put = exp[differ[0]], got[differ[0]]
        return f"Where {want} ({_SIZE_WORDS[want]}) belongs, its axis has {put} ({_SIZE_WORDS[put]}) entries in every case where its shape is wrong."  # noqa: E501

    def fixed_number(self, name: str, results) -> str:
        """'Along H it has 2 entries in every case where its shape is wrong, whatever H is ...':
        an axis of one length n in every case where ``name``'s shape is wrong (two at least,
        with two values of the size at least), where every case whose size there is n has the
        right shape: a fixed n stands where the size belongs."""
        rows = []
        for c, flat in results:
            g, e = flat.get(name), self.expected(c).get(name)
            if isinstance(g, np.ndarray) and e is not None:
                rows.append((c, g.shape, e.shape))
        wrong = [(c, g, e) for c, g, e in rows if g != e]
        if len(wrong) < 2 or any(len(g) != len(e) for _c, g, e in wrong):
            return ""
        symbols = tuple(self.spec.symbols(wrong[0][0]).get(name, ()))
        for k, sym in enumerate(symbols):
            if sym not in _SIZE_WORDS:
                continue
            n = {g[k] for _c, g, _e in wrong}
            sizes = {e[k] for _c, _g, e in wrong}
            if len(n) != 1 or len(sizes) < 2 or n <= sizes or min(n) < 2:
                continue  # 0 and 1: an empty or a unit axis, not a size written in
            (n,) = n
            right = [e[k] for _c, g, e in rows if g == e]
            if not right or any(size != n for size in right):
                continue
            return f"Along {sym} it has {n} entries in every case where its shape is wrong, whatever {sym} is, and the cases with {sym} = {n} have the right shape: a fixed {n} stands where {sym} belongs (a number written in, or a name from outside the function, such as {sym} = {n} left from another cell)."  # noqa: E501
        return ""

    def argument_relation(self, name: str, results) -> str:
        """'out is your argument x, unchanged': said where, in every case of ``results`` whose
        ``name`` has a wrong shape, it equals the same argument (the input returned as it came:
        a loop's variable never updated)."""
        said = None
        for c, flat in results:
            g, e = flat.get(name), self.expected(c).get(name)
            if not isinstance(g, np.ndarray) or e is None or g.shape == e.shape:
                continue
            args = dict(zip(self.spec.arg_names, c.args, strict=False))
            same = {
                a
                for a, v in args.items()
                if isinstance(v, np.ndarray) and v.shape == g.shape and np.array_equal(v, g)
            }
            if not same:
                return ""
            said = same if said is None else said & same
            if not said:
                return ""
        if not said:
            return ""
        arg = sorted(said)[0]
        return f"In every case where its shape is wrong, {name} is your argument {arg}, unchanged: the input returned where the result belongs."  # noqa: E501

    def none_meaning(self, shared: str) -> str:
        """' dh_n=None and dc_n=None stand for zeros of shape (B, H) ...' for the arguments None
        in ``shared`` (a setting every failing case has): the contract, said where it is the
        setting (arguments that mean the same are said together)."""
        names = re.findall(r"\b(\w+)=None\b", shared)
        by_meaning: dict[str, list[str]] = {}
        for n in dict.fromkeys(names):
            if n in self.spec.none_means:
                by_meaning.setdefault(self.spec.none_means[n], []).append(f"{n}=None")
        return "".join(
            f" {' and '.join(ns)} {'stand' if len(ns) > 1 else 'stands'} for {meaning}."
            for meaning, ns in by_meaning.items()
        )

    def meant(self, result, case: Case) -> tuple[object, str, tuple]:
        """``result`` in the structure asked for, where its slip is one of two kinds, and what
        was wrong ('' if neither): a flat tuple (out, h_n, c_n) where (out, (h_n, c_n)) is
        asked; a dict with some keys missing (those keys given the expected values, so that the
        keys present are judged; their names are returned too). Anything else is returned as
        it came."""
        structure = self.spec.structure
        if isinstance(structure, tuple) and isinstance(result, (tuple, list)):
            leaves = _leaves(structure)
            flat = len(result) == len(leaves) != len(structure)
            if flat and not any(isinstance(r, (tuple, list, dict)) for r in result):
                items = iter(result)
                text = f"should return {self.spec.structure_text}; on {case.label} it returned a flat {type(result).__name__} of {len(result)} items: group them as the structure asks."  # noqa: E501
                return _rebuilt(structure, items), text, ()
        if (
            isinstance(structure, tuple)
            and all(isinstance(s, str) for s in structure)
            and isinstance(result, (tuple, list))
            and 0 < len(result) <= 2
            and isinstance(result[0], (tuple, list))
            and len(result[0]) == len(structure)
            and all(isinstance(r, np.ndarray) for r in result[0])
        ):  # the asked tuple as the first item of a pair (a scan step's (carry, y))
            text = f"should return {self.spec.structure_text}; on {case.label} it returned a {type(result).__name__} whose first item is a tuple of {len(structure)} arrays, as a scan step returns (carry, y): return that tuple itself (its values were judged)."  # noqa: E501
            return tuple(result[0]), text, ()
        if isinstance(structure, tuple) and isinstance(result, dict):
            leaves = [str(leaf) for leaf in _leaves(structure)]
            named = _keys_as_leaves(result, leaves)
            if named is not None:  # every key names one output: judged by its name
                keys = ", ".join(map(str, result))
                text = f"should return {self.spec.structure_text}; on {case.label} it returned a dict with keys ({keys}): return the tuple itself, in that order (the values were judged by their keys)."  # noqa: E501
                return _rebuilt(structure, iter(named[leaf] for leaf in leaves)), text, ()
        if isinstance(structure, dict) and isinstance(result, dict):
            renamed = _keys_renamed(result, list(structure))
            if renamed is not None:  # every key the gradient's argument with a d or grad_
                keys = ", ".join(map(repr, result))
                text = f"should return {self.spec.structure_text}; on {case.label} the dict's keys are {keys}: key each gradient by its argument's name alone, as asked (the values were judged by these keys)."  # noqa: E501
                return renamed, text, ()
            missing = [k for k in structure if k not in result]
            if (
                missing
                and len(missing) < len(structure)
                and all(isinstance(v, str) for v in structure.values())
            ):
                try:
                    exp = self.expected(case)
                except Exception:
                    return result, "", ()
                said = ", ".join(map(repr, missing))
                text = f"should return {self.spec.structure_text}; on {case.label} the dict has no key {said}: return every gradient (the keys present were judged)."  # noqa: E501
                filled = {k: result[k] if k in result else exp[v] for k, v in structure.items()}
                return filled, text, tuple(structure[k] for k in missing)
        return result, "", ()

    def flat_or_fail(self, result, case: Case) -> dict[str, np.ndarray]:
        """The kind of result: right container, and arrays of floats at the leaves."""
        if hasattr(self, "structure_found"):
            result, slip, filled = self.meant(result, case)
            self.filled.update(filled)
            self.missing_keys.update(filled)
            if slip and not self.structure_found:  # said at the end, with the values' verdict
                self.structure_found.append(Finding("result.kind", self.spec.name, slip))
        where = list_where_tuple(result, self.spec.structure)
        if where and not getattr(self, "list_found", None) and hasattr(self, "list_found"):
            self.list_found.append(f"on {case.label} the result has a list {where}")
        try:
            flat = unpack(result, self.spec.structure)
        except ValueError as exc:
            raise self.fail(
                f"should return {self.spec.structure_text}; on {case.label} {exc}.",
                "kind",
                case,
            ) from None
        for name, value in flat.items():
            if isinstance(value, np.ma.MaskedArray) and hasattr(self, "kind_found"):
                if not self.kind_found:  # said at the end; its data judged (what NumPy reads)
                    text = f"{name} should be a plain NumPy array; on {case.label} it is a masked array (np.ma.MaskedArray): its masked elements still hold values, which np.asarray, torch and the checks read (the mask is not zeros). Return np.ma.filled({name}, 0.0), or a plain array with zeros there."  # noqa: E501
                    self.kind_found.append((name, text))
                flat[name] = np.asarray(value.data)
                continue
            problem = _array_problem(value)
            if problem and isinstance(value, list) and hasattr(self, "kind_found"):
                converted = _list_as_array(value)
                if converted is not None:  # said at the end, with what the values show
                    if not self.kind_found:
                        text = f"{name} should be a NumPy array of floats; on {case.label} it is {problem}."  # noqa: E501
                        self.kind_found.append((name, text))
                    flat[name] = converted
                    continue
            if problem:
                text = f"{name} should be a NumPy array of floats; on {case.label} it is {problem}."
                findings: list = []
                if any(c is case for c in getattr(self, "cases", ())):  # the run's own case:
                    # which cases give it (the setting they share), and the others judged
                    lines = self.other_cases(case, findings, verb=WRONG_KIND)
                    text += "".join(f"\n{line}" for line in lines)
                raise self.fail(text, "kind", case, output=name, findings=tuple(findings))
        return {k: _as_array(v) for k, v in flat.items()}

    # --- the run -----------------------------------------------------------------------------
    def run(self, mode: str = "all", seed: int | None = None) -> str:
        """The cases, judged in order; a list where the notebook asks for a tuple is said too
        (with the values' verdict: two mistakes at once are both named)."""
        self.list_found: list[str] = []
        #: an output returned as a list of numbers: converted, so that the cases still judge
        #: the values (a second mistake is named too), and said at the end
        self.kind_found: list[tuple[str, str]] = []
        #: a flat tuple where a nested one is asked, or a dict missing keys: regrouped (the
        #: missing keys given the expected values), the values judged, and both said
        self.structure_found: list[Finding] = []
        #: the outputs missing from the student's dict (given the expected values to judge the
        #: rest): left out of what the diagnosis compares, which they would mislead
        self.filled: set[str] = set()
        #: of those, the outputs the student's result does not have at all (a dict missing keys):
        #: nothing is known of them, so no fit is checked against them
        self.missing_keys: set[str] = set()
        #: an argument changed in place: the results are still judged (on copies), and both said
        self.inplace_found: list[Finding] = []
        #: NumPy's overflow warning: the results are still judged, and both said
        self.overflow_found: list[Finding] = []
        #: a 2-D output transposed in every case: transposed back, the values judged, both said
        self.shape_found: list[Finding] = []
        #: what calls do to each other (an array returned by one call and changed by a later
        #: one; the same call twice giving two results): each case judged on what its call
        #: returned, and this said too
        self.between_calls_found: list[Finding] = []
        self.between_calls_open: list[Finding] = []  # said as measured, both readings open
        #: NaN or inf exactly where 0 is expected (the padding): said, and judged as 0
        self.fill_found: list[Finding] = []
        #: id(results unclipped for judging) -> (those results, the results as returned): a
        #: call again is compared with what the function gave, never with the unclipped values
        self.as_returned: dict[int, tuple[dict, dict]] = {}
        #: an output's shape undone on every answer (transposed back, an axis of length 1
        #: dropped), by name: the probes' answers are judged as the cases' were
        self.fixups: dict[str, Callable] = {}
        #: an output with neighbouring axes merged, by name: how (:func:`_merged_axes`); split
        #: back on every answer merged that way, probes included, to the expected shape
        self.unmerged: dict[str, object] = {}
        self.unjoined: dict[str, tuple[int, int]] = {}  # name -> (halved axis, joined axis)
        try:
            done = self.run_cases(mode, seed)
        except CheckFailure as exc:
            extra = [*self.shape_found] if exc.stage not in ("forbidden",) else []
            named = any(not f.id.startswith(MEASURED_ONLY) for f in exc.findings)
            extra += self.between_calls_found if exc.stage != "forbidden" else []
            # a second call said with both readings open: left out where a fit named the
            # mistake (the reading the cases support)
            extra += self.between_calls_open if exc.stage != "forbidden" and not named else []
            extra += self.fill_found if exc.stage != "forbidden" else []
            extra += self.structure_found if exc.stage != "forbidden" else []
            extra += [*self.inplace_found] if exc.stage not in ("forbidden", "inplace") else []
            extra += self.overflow_found if exc.stage != "forbidden" else []
            if self.list_found and exc.stage not in ("kind", "forbidden"):
                extra.append(self.list_finding())
            if self.kind_found and exc.stage != "forbidden":
                extra.append(self.array_finding())
            if extra:
                exc.findings = (*exc.findings, *extra)
                exc.args = (exc.args[0] + "".join(f"\nAlso: {f.text}" for f in extra),)
            raise
        self.between_calls_found += self.between_calls_open  # nothing else failed: both said
        if self.between_calls_found or self.structure_found or self.fill_found:
            first, *more = [*self.structure_found, *self.between_calls_found, *self.fill_found]
            also = [*more, *self.shape_found, *self.overflow_found, *self.inplace_found]
            text = first.text + "".join(f"\nAlso: {f.text}" for f in also)
            raise self.fail(text, "kind", findings=(first, *also))
        if self.shape_found:
            also = [*self.overflow_found, *self.inplace_found]
            also += [self.list_finding()] if self.list_found else []
            also += [self.array_finding()] if self.kind_found else []
            text = "\n".join(f.text for f in self.shape_found)
            text += "".join(f"\nAlso: {f.text}" for f in also)
            raise self.fail(text, "shape", findings=(*self.shape_found, *also))
        if self.overflow_found:
            also = [*self.inplace_found]
            also += [self.array_finding()] if self.kind_found else []
            text = self.overflow_text + "".join(f"\nAlso: {f.text}" for f in also)
            raise self.fail(text, "overflow", findings=(*self.overflow_found, *also))
        if self.inplace_found:
            found = self.inplace_found[0]
            also = [self.array_finding()] if self.kind_found else []
            also += [self.list_finding()] if self.list_found else []
            text = found.text + "".join(f"\nAlso: {f.text}" for f in also)
            raise self.fail(text, "inplace", findings=(found, *also))
        if self.kind_found:
            found = self.array_finding()
            also = [self.list_finding()] if self.list_found else []
            text = found.text + "".join(f"\nAlso: {f.text}" for f in also)
            raise self.fail(text, "kind", output=self.kind_found[0][0], findings=(found, *also))
        if self.list_found:
            found = self.list_finding()
            raise self.fail(found.text, "kind", findings=(found,))
        return done  # the line a passing check prints (the registry prints it, once nothing
        # measured apart from the cases fails)

    def array_finding(self) -> Finding:
        name, text = self.kind_found[0]
        return Finding("result.kind", self.spec.name, text, term=name)

    def list_finding(self) -> Finding:
        text = f"{self.list_found[0]}: return {self.spec.structure_text} (a tuple, not a list)."
        return Finding("result.kind", self.spec.name, text, term="tuple")

    def run_cases(self, mode: str = "all", seed: int | None = None) -> str:
        if mode not in MODES:
            raise ValueError(f"cases must be one of {MODES}; got {mode!r}")
        self.mode = mode  # "shapes" judges no values, so no verdict from them (note_stale)
        seed = draw_seed(seed)
        cases: list[Case] = []
        if mode in ("all", "shapes", "fixed"):
            cases += fresh_if_asked(self.spec.fixed_cases())
        if mode in ("all", "random"):
            cases += self.spec.random_cases(np.random.default_rng(seed), seed)
        self.cases = cases
        results = self.call_all(cases)
        expected = [self.expected(case) for case in cases]

        results = self.unsqueeze(self.untranspose(results, expected), expected)
        results = self.unmerge(results, expected)
        results = self.unjoin(results, expected)
        results = self.unarrange(results, expected)
        if self.spec.forbid_autograd:  # gradients clipped (min-char-rnn's habit); a clipped
            # forward state changes what follows it, so there it is a value to explain
            results = self.unclip(results, expected)
        for (case, got), exp in zip(results, expected, strict=True):  # shapes
            symbols = self.spec.symbols(case)
            for name, e in exp.items():
                g = got[name]
                if g.shape != e.shape:
                    sym = symbols.get(name, ())
                    as_sizes = self.wrong_shape_sizes(name, results)
                    text = f"{name} has shape {g.shape}{as_sizes} on {case.label}; expected {shape_in_symbols(sym, e.shape)}."  # noqa: E501
                    relation = (
                        shape_relation(g, e, sym)
                        or batch_outer(g, e, case.sizes.get("B"))
                        or self.argument_relation(name, results)
                    )
                    # the expected values with their axes in another order: each axis's length
                    # is then explained by the move (never a number written in)
                    moved = axes_order(g, e) is not None
                    in_place = "" if moved else self.size_in_place(name, results)
                    relation = " ".join(
                        r for r in (relation, in_place, self.sliced(name, results)) if r
                    )
                    text += f"\n{relation}" if relation else ""
                    said_on = case  # the case the last line named ("there too" refers to it)
                    for other in exp:  # each other output wrong-shaped: its first such case
                        where = next(
                            (
                                (c2, f2[other], x2[other])
                                for (c2, f2), x2 in zip(results, expected, strict=True)
                                if f2[other].shape != x2[other].shape
                            ),  # noqa: E501
                            None,
                        )
                        if other == name or where is None:
                            continue
                        c2, g2, e2 = where
                        sym2 = self.spec.symbols(c2).get(other, ())
                        sizes2 = self.wrong_shape_sizes(other, results)
                        rel2 = shape_relation(g2, e2, sym2)
                        on = "there too" if c2 is said_on else f"on {c2.label}"
                        said_on = c2
                        text += f"\n{other} has shape {g2.shape}{sizes2} {on}; expected {shape_in_symbols(sym2, e2.shape)}."  # noqa: E501
                        text += f" {rel2}" if rel2 else ""
                    for other, e2 in exp.items():  # right-shaped here, another output's values
                        g2 = got[other]
                        if other == name or g2.shape != e2.shape or values_close(g2, e2):
                            continue
                        held = holds_other(g2, exp, other, got, self.aliased.get(id(got), ()))
                        if held:
                            where = "there" if said_on is case else f"on {case.label}"
                            text += f"\n{other} has the right shape {where}, but {held}"
                    text += "".join(f"\n{line}" for line in dtype_lines(got, exp))
                    found, how, _keys = self.explain(results) if self.spec.model else ([], "", ())
                    if not found:
                        found = transposed_weight_grad(self.spec.name, name, g.shape, e.shape)
                    if not found:
                        found = other_matrix_grad(self.spec.name, name, g.shape, e.shape, case)
                    if found:
                        text += "\nFound:\n" + "\n".join(f"  - {f.text}" for f in found)
                        text += f"\n{how}" if how else ""
                    else:
                        rest, found = self.right_shaped_rest(results, expected)
                        text += "".join(f"\n{line}" for line in rest)
                    raise self.fail(
                        text,
                        "shape",
                        case,
                        output=name,
                        findings=tuple(found),
                        details={"got_shape": g.shape, "expected_shape": e.shape},
                    )
        narrow = self.narrow_dtype(results)
        if mode == "shapes":
            if narrow is not None:
                raise narrow
            return self.success(f"shapes right in all {len(cases)} cases")

        results = self.filled_where_zero(results, expected)
        for (case, got), exp in zip(results, expected, strict=True):  # finite
            for name in exp:
                g = got[name]
                if not np.all(np.isfinite(g)):
                    n_bad = int(np.sum(~np.isfinite(g)))
                    idx = tuple(int(i) for i in np.argwhere(~np.isfinite(g))[0]) if g.ndim else ()
                    text = f"{name} has {n_bad} non-finite value(s) (NaN or inf) on {case.label}, first at {where_in_words(idx, self.spec.symbols(case).get(name, ()))}."  # noqa: E501
                    e = exp[name]
                    if e.shape == g.shape and not np.any(e[~np.isfinite(g)]):
                        text += f" 0 is expected there{'' if n_bad == 1 else ', at each of them'}."
                        if self.unwritten(case, name, g):
                            text += " The same call again gives other values where 0 is expected: those elements are never written (an array from np.empty holds whatever was in memory)."  # noqa: E501
                    found = self.finite_part(results)
                    if found:
                        text += "\nThe cases with finite results are wrong too. Found:\n"
                        text += "\n".join(f"  - {f.text}" for f in found)
                    text += "".join(f"\n{line}" for line in dtype_lines(got, exp))
                    raise self.fail(text, "finite", case, output=name, findings=tuple(found))

        for (case, got), exp in zip(results, expected, strict=True):  # values
            for name, e in exp.items():
                if not values_close(got[name], e):
                    raise self.value_failure(case, name, got, exp, results, seed)
        if narrow is not None:  # right within float32's tolerance, but not computed in float64
            raise narrow
        return self.success(f"all {len(cases)} cases match")

    def filled_where_zero(self, results, expected) -> list:
        """Where, in every case, an output's NaN or inf values are exactly the elements where 0
        is expected (the padding past each length), no more and no fewer: said (at the end, with
        the values' verdict), and those elements judged as 0, so that the rest is judged too."""
        said, fixed = "", []
        for (case, got), exp in zip(results, expected, strict=True):
            got = dict(got)
            for name, e in exp.items():
                g = got[name]
                bad = ~np.isfinite(g)
                if not bad.any():
                    continue
                if g.shape != e.shape or not np.array_equal(bad, e == 0):
                    return results
                fill = "NaN" if np.isnan(g[bad]).all() else "NaN or inf"
                said = said or (name, fill, case)
                got[name] = np.where(bad, 0.0, g)
            raw = results[len(fixed)][1]  # as the call returned it (or unclipped from it)
            kept = self.as_returned.get(id(raw))
            self.as_returned[id(got)] = (got, kept[1] if kept and kept[0] is raw else raw)
            fixed.append((case, got))
        if said:
            name, fill, case = said
            past = " (past each sequence's length)" if "lengths" in self.spec.arg_names else ""
            text = f"{name} holds {fill} at every element where 0 is expected{past}, and only there (measured in every case; first on {case.label}): the padding is filled with {fill} where zeros belong (np.zeros, or 0.0 written past the length). Beside that, the values were judged with 0 there."  # noqa: E501
            self.fill_found.append(Finding("result.nonfinite", self.spec.name, text, term=name))
            return fixed
        return results

    def call_all(self, cases: list[Case]) -> list[tuple[Case, dict]]:
        """Each case's result as it was when its call returned. An array the student's function
        returned and then changed on a later call (a buffer it keeps between calls) is noted
        (said with the values' verdict) and judged as it was returned. Right after the first
        case, one more call on its arguments times 0.5 shows such a buffer whatever the sizes
        of the cases that follow."""
        results, held = [], []
        for case in cases:
            flat = self.flat_or_fail(self.call(case), case)
            self.note_reuse(held, f"the call on {case.label}")
            copies = {k: np.array(v, copy=True) for k, v in flat.items()}
            arrays = [(k, v) for k, v in flat.items() if isinstance(v, np.ndarray) and v.size]
            self.aliased[id(copies)] = {
                frozenset((a, b))
                for (a, u), (b, v) in itertools.combinations(arrays, 2)
                if np.shares_memory(u, v)
            }
            held.append((case, flat, copies))
            results.append((case, copies))
            if len(held) == 1:
                self.call_again(held)
        return results

    def call_again(self, held) -> None:
        """The first case again, with the same arguments: the same results? (a function that
        keeps state between calls gives others). Then its arguments times 0.5, called once: has
        the first result changed? (a buffer kept between calls). Neither call is judged; a
        failure there is not this check's verdict."""
        first, _refs, copies = held[0]
        again = self.answer(first)  # (copies: the first call's results as returned)
        if isinstance(again, dict):
            differs = [k for k, v in copies.items() if k in again and not _same_result(again[k], v)]
            if differs and not self.between_calls_seen():
                text = f"calling your function twice with the same arguments ({first.label}) gave two different {differs[0]}s: its result depends on something besides its arguments (for example: an array made with np.empty and not written everywhere, which holds whatever was in memory; state kept between calls in a variable outside the function or in an object; unseeded randomness). Its result must depend on its arguments only."  # noqa: E501
                self.between_calls_found.append(
                    Finding(
                        "result.depends_on_earlier_calls", self.spec.name, text, term=differs[0]
                    )
                )
                return
        first = held[0][0]
        again = replace(first, args=_halved(first.args), kwargs=_halved(dict(first.kwargs)))
        # new arrays, as every call gets (grading's sandbox decodes each call's arguments anew,
        # so no check may rely on an array's identity across calls)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = self.invoke(copy_args(again.args), copy_args(dict(again.kwargs)))
        except Exception:
            return
        self.note_reuse(held, "a second call with the same sizes and other values")
        self.note_stale(first, copies, again, value)

    def note_stale(self, first, copies, again, value) -> None:
        """The call on the first case's arguments times 0.5 returned exactly the first call's
        results, which were right for the first case's arguments and are not for its own: a
        result kept from an earlier call (a cache keyed by the sizes) returned. Measured, so it
        is a verdict; never where the check judges shapes only, and never for results wrong
        already on the first case (a function that returns a constant is judged on the cases)."""
        if self.between_calls_seen() or getattr(self, "mode", "all") == "shapes":
            return
        try:
            flat = unpack(value, self.spec.structure)
            got = {k: np.asarray(flat[k], dtype=np.float64) for k in copies}
            exp, first_exp = self.expected(again), self.expected(first)
        except Exception:  # junk is judged on the cases themselves
            return
        same = all(got[k].shape == v.shape and np.array_equal(got[k], v) for k, v in copies.items())
        first_right = [  # at float64's tolerance, as the second call is judged
            k for k, e in first_exp.items()
            if k in copies and copies[k].shape == e.shape
            and values_close(np.asarray(copies[k], dtype=np.float64), e)
        ]  # fmt: skip
        right = all(values_close(got[k], exp[k]) for k in exp if k in got)
        if not first_right or right:
            return
        said = f"a second call with the same sizes and other values (the arguments of {first.label} times 0.5)"  # noqa: E501
        if same and len(first_right) == len(first_exp):
            text = f"{said} returned exactly the results of the first call: your function returns a result kept from an earlier call (for example a cache keyed by the sizes) instead of computing it from its arguments. Its result must depend on its arguments only."  # noqa: E501
        else:  # judged on the outputs right on the first call (another mistake in the others)
            text = self.stale_part(said, first, _keep(copies, first_right), again, got, exp)
        open_ = False
        if not text and len(first_right) == len(first_exp):
            text, open_ = self.stale_after_other(said, first, again, exp)
        if text:
            found = self.between_calls_open if open_ else self.between_calls_found
            found.append(Finding("result.depends_on_earlier_calls", self.spec.name, text))

    def between_calls_seen(self) -> bool:
        """Whether a later call changed by earlier ones was seen (verified or said as measured)."""
        return bool(self.between_calls_found or self.between_calls_open)

    def stale_after_other(self, said, first, again, exp) -> tuple[str, bool]:
        """The first case right, the call on its arguments times 0.5 (the same sizes) wrong, and
        no mixture of the two calls' arguments explaining it: that call once more after a call
        on another case's sizes. Right then: the result depends on the calls before it
        (verified); wrong still: said as measured, both readings open (True: left out where a
        fit names the mistake, which is then the reading the cases support)."""
        other = next((c for c in getattr(self, "cases", []) if c.sizes != first.sizes), None)
        wrong = list(exp)  # nothing measured yet: said as the first reading
        if other is not None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self.invoke(copy_args(other.args), copy_args(dict(other.kwargs)))
                    value = self.invoke(copy_args(again.args), copy_args(dict(again.kwargs)))
                flat = unpack(value, self.spec.structure)
                got = {k: np.asarray(flat[k], dtype=np.float64) for k in exp}
                wrong = [k for k, e in exp.items() if not values_close(got[k], e)]
            except Exception:  # noqa: BLE001 (nothing measured: said as the first reading)
                pass
        if other is not None and not wrong:
            text = f"{said} gave wrong values, and the same call once more, after a call on {other.label} (other sizes), the right ones: your function's result depends on the calls before it (for example something kept from an earlier call with the same sizes, in a cache keyed by the shapes or in an object between calls). Its result must depend on its arguments only."  # noqa: E501
            return text, False
        text = f"{said} gave wrong values, where your function was right on {first.label}: the same sizes, other values. Something kept from the earlier call with the same sizes (a cache keyed by the shapes, in a global or an object) gives this, and so does a mistake that shows on these values only; the calls cannot tell which. To see it: call your function on {first.label}, then on its arguments times 0.5, and compare with a fresh start."  # noqa: E501
        return text, True

    def stale_part(self, said, first, copies, again, got, exp) -> str:
        """What of a wrong second call (``again``: the first case's arguments times 0.5) is kept
        from the first: the values the right function gives with some of the first call's
        arguments (its parameters, or one argument) and the second call's others, or some
        values exactly the first call's with the rest right. Measured on both calls, or ""."""
        names = list(self.spec.arg_names)[: len(again.args)]
        params = [k for k, n in enumerate(names) if n.startswith(("W_", "b_", "fwd", "bwd"))]
        # the arguments halved (_halved keeps the others as the very same objects)
        floats = [
            k for k, (a, b) in enumerate(zip(first.args, again.args, strict=True)) if a is not b
        ]
        groups = [params] if len(params) > 1 else []
        groups += [[k] for k in floats]
        groups += [  # two arguments of one shape (b_ih and b_hh, h and c): kept together
            [a, b] for a, b in itertools.combinations(floats, 2)
            if all(isinstance(first.args[k], np.ndarray) for k in (a, b))
            and first.args[a].shape == first.args[b].shape
        ]  # fmt: skip
        for prefix in ("W_", "b_"):  # the weight matrices (or the biases) kept together
            kind = [k for k in params if names[k].startswith(prefix)]
            groups += [kind] if len(kind) > 1 else []
        # every argument but one or two kept (a cache of what they give: the forward's states)
        groups += [[k for k in floats if k not in g] for g in list(groups) if len(g) <= 2]
        groups = [g for g in groups if g and (len(g) < len(floats) or len(floats) == 1)]
        outputs = ""
        if len(copies) < len(exp):  # judged on the outputs right on the first call only
            outputs = f", in {', '.join(copies)} (the outputs right on the first call),"
        for group in groups:
            args = tuple(first.args[k] if k in group else a for k, a in enumerate(again.args))
            try:
                mixed = self.expected(replace(again, args=args))
            except Exception:  # a mixture the reference cannot take says nothing
                continue
            if all(k in got and got[k].shape == e.shape and values_close(got[k], e)
                   for k, e in mixed.items() if k in copies) and not all(
                   values_close(got[k], exp[k]) for k in copies):  # fmt: skip
                which = ", ".join(names[k] for k in group)
                return f"{said} gave{outputs} exactly what the right function gives with the first call's {which} and the second call's other arguments: your function reuses {which} from an earlier call (for example kept in a cache keyed by the sizes, or by id(), which a new array can share with a freed one) instead of reading {'them' if len(group) > 1 else 'it'} from its arguments. Its result must depend on its arguments only."  # noqa: E501
        stale, wrong = 0, 0
        if len(copies) < len(exp):
            return ""
        for k, e in exp.items():
            g, before = got.get(k), copies.get(k)
            if g is None or before is None or g.shape != e.shape or before.shape != e.shape:
                return ""
            bad = ~np.isclose(g, e, rtol=1e-9, atol=1e-10)
            kept = (g == before) & (e != before)  # the first call's values, wrong for these
            if np.any(bad & ~kept):
                return ""  # some wrong values are not the first call's
            stale, wrong = stale + int(kept.sum()), wrong + int(bad.sum())
        if stale and stale == wrong:
            total = sum(e.size for e in exp.values())
            return f"{said} returned {stale} of its {total} values exactly as the first call did (wrong for its own arguments), and the rest right: part of your result is kept from an earlier call (for example a cache keyed by the sizes or the lengths) instead of computed from its arguments. Its result must depend on its arguments only."  # noqa: E501
        return ""

    def note_reuse(self, held, later: str) -> None:
        """Note the first array in ``held`` ((case, as returned, copy at return)) that is no
        longer what it was when returned (``later``: the call that changed it)."""
        for before, refs, copies in held:
            for name, ref in refs.items():
                if not self.between_calls_seen() and not same_args(ref, copies[name]):
                    text = f"the {name} your function returned on {before.label} changed during {later}: your function writes into an array it has already returned (a buffer your code keeps between calls). A result must stay as it was returned: allocate a new array inside the function on every call, or return a .copy()."  # noqa: E501
                    found = Finding("result.reused_buffer", self.spec.name, text, term=name)
                    self.between_calls_found.append(found)

    def right_shaped_rest(self, results, expected) -> tuple[list[str], list]:
        """A wrong shape in some cases only: which cases, and what the cases with every shape
        right give (:meth:`rest_of_run`): a second mistake is not hidden by the first."""
        good, bad = [], []
        for (c, g), e in zip(results, expected, strict=True):
            ok = all(k in g and g[k].shape == v.shape for k, v in e.items())
            (good if ok else bad).append((c, g))
        if not good or not bad:
            return [], []
        same = self.same_axes_order(bad, good)
        if same:
            return [same], []
        found: list = []
        lines = self.rest_of_run(
            [c for c, _ in bad], good, found, WRONG_SHAPE, bool(self.spec.model), relations=True
        )
        return lines, found

    def same_axes_order(self, bad, good) -> str:
        """Outputs with their axes in one wrong order in every case: a wrong shape where the
        sizes differ, the right shape with wrong values where they coincide (B = 2 for a
        (2, B, H) output). Said so, with the counts, where exactly that is measured; else ''."""
        orders: dict[str, set] = {}
        axis_names: set = set()  # the wrong cases' names of the expected axes
        for c, g in [*bad, *good]:
            for k, e in self.expected(c).items():
                if k in g and not (g[k].shape == e.shape and values_close(g[k], e)):
                    orders.setdefault(k, set()).add(axes_order(g[k], e))
                    axis_names.add((k, tuple(self.spec.symbols(c).get(k, ()))))
        perms = set().union(*orders.values()) if orders else set()
        if len(perms) != 1 or None in perms:
            return ""
        perm = perms.pop()
        wrong_good = [
            c for c, g in good if not all(values_close(g[k], self.expected(c)[k]) for k in orders)
        ]
        if not wrong_good:
            return ""
        name = " and ".join(orders)
        # named by the axes of the cases that show it (batch_first's cases name them otherwise):
        # an axis those cases name differently is named by each ("H or 2H"), else by number
        syms = [sym for k, sym in axis_names if k == next(iter(orders)) and len(sym) == len(perm)]
        names = [
            " or ".join(dict.fromkeys(sym[p] for sym in sorted(syms))) if syms else f"axis {p}"
            for p in range(len(perm))
        ]
        order = ", ".join(names[p] for p in perm)
        its, s = ("its", "s") if len(orders) == 1 else ("their", "")
        return (
            f"In every case {name} hold{s} the expected values with {its} axes in the order "
            f"({order}): a wrong shape in {len(bad)} cases, and in the {len(wrong_good)} where "
            f"those sizes coincide ({_short_labels(wrong_good)}) the right shape with the values "
            "in the wrong places."
        )

    def narrow_dtype(self, results) -> CheckFailure | None:
        """An output in a float type narrower than float64 (the inputs are float64; the checks
        compare at float64's tolerance): the kind of result is wrong, whatever the values."""
        for case, got in results:
            for name, g in got.items():
                if _wider_float(g):  # np.longdouble: right values, another kind of result
                    text = f"{name} is {g.dtype} on {case.label}; the inputs are float64 and so must {name} be: compute in float64 (as nn.LSTM and the checks do; {g.dtype} is not portable)."  # noqa: E501
                    found = Finding("result.kind", self.spec.name, text, term="dtype")
                    return self.fail(text, "kind", case, output=name, findings=(found,))
                if narrow_float(g):
                    text = f"{name} is {g.dtype} on {case.label}; the inputs are float64 and so must {name} be: compute in float64 (float32 keeps about 7 significant digits; the checks compare at 1e-10)."  # noqa: E501
                    found = Finding("result.kind", self.spec.name, text, term="dtype")
                    return self.fail(text, "kind", case, output=name, findings=(found,))
        return None

    def finite_part(self, results) -> list:
        """Where some results are NaN or inf: the mistakes that reproduce the cases whose results
        are all finite (a second mistake beside the overflow), or [] (nothing said)."""
        finite = [(c, g) for c, g in results if all(np.all(np.isfinite(v)) for v in g.values())]
        wrong = [
            c
            for c, g in finite
            if not all(values_close(g[k], e) for k, e in self.expected(c).items() if k in g)
        ]
        if not wrong:
            return []
        found, _how, _keys = self.explain(finite)
        return [f for f in found if not f.id.startswith("located.")]

    def untranspose(self, results, expected) -> list:
        """A 2-D output with the transposed shape in every case where its shape is wrong (a
        weight gradient as xᵀ·δa): said (at the end, with the values' verdict), and transposed
        back on every answer, so that the values judge the rest (a second mistake is named)."""
        for name in expected[0] if expected else ():
            flipped = _wrong_shapes(results, expected, name)
            if not flipped or any(e.ndim != 2 or g.shape != e.shape[::-1] for _c, g, e in flipped):
                continue
            case, got_c, exp_c = flipped[0]
            g, e = got_c.shape, exp_c.shape
            sym = self.spec.symbols(case).get(name, ())
            shown = shape_relation(got_c, exp_c, sym)
            found = transposed_weight_grad(self.spec.name, name, g, e) or [
                Finding(
                    "result.shape",
                    self.spec.name,
                    f"{name} has shape {g} on {case.label}; expected {shape_in_symbols(sym, e)}. "
                    + (shown or "Its shape is the expected one transposed."),
                    term=name,
                )
            ]
            self.shape_found += found
            self.fixups[name] = _transposed_back
            # transposed back where the shape shows it, and a square answer unless it is right
            # as it came (a B = H case that the function gets right stays so)
            results = [
                (c, {**got, name: _back_where_transposed(got[name], e[name])})
                for (c, got), e in zip(results, expected, strict=True)
            ]
        return results

    def unsqueeze(self, results, expected) -> list:
        """An output with one axis more than expected, at the same place, in every case where
        its shape is wrong: an axis of length 1 (a bias gradient summed with keepdims=True:
        (1, 4H)), or of length B in every one of them (a parameter's gradient not summed over
        the batch: (B, 4H)). Said (at the end, with the values' verdict), and that axis dropped
        (summed) on every answer, so that the values judge the rest (a second mistake is named)."""
        for name in expected[0] if expected else ():
            wrong = _wrong_shapes(results, expected, name)
            if not wrong:
                continue
            case, got_c, exp_c = wrong[0]
            sym = self.spec.symbols(case).get(name, ())
            shapes = f"{name} has shape {got_c.shape} on {case.label}; expected {shape_in_symbols(sym, exp_c.shape)}"  # noqa: E501
            axes = {_extra_axis(g.shape, e.shape, 1) for _c, g, e in wrong}
            if len(axes) == 1 and None not in axes:
                k = axes.pop()
                text = f"{shapes}: it has an extra axis of length 1 (axis {k}). Drop it (np.squeeze(..., axis={k}), or sum without keepdims=True); without it, the values were judged too."  # noqa: E501
                fix = functools.partial(_unit_axis_dropped, k=k, ndim=exp_c.ndim)
            else:
                axes = {_extra_axis(g.shape, e.shape, c.sizes.get("B")) for c, g, e in wrong}
                batch = any(c.sizes.get("B", 1) > 1 for c, *_ in wrong)
                if name not in _SHARED_WEIGHTS or len(axes) != 1 or None in axes or not batch:
                    continue
                k = axes.pop()
                text = f"{shapes}: it has an extra axis {k} of length B (the batch). The expected {name} has no batch axis: the gradient of a weight every batch row shares is the sum over the batch (sum over axis {k}); summed over it, the values were judged too."  # noqa: E501
                fix = functools.partial(_axis_summed, k=k, ndim=exp_c.ndim)
            self.shape_found.append(Finding("result.shape", self.spec.name, text, term=name))
            self.fixups[name] = fix
            results = [(c, {**got, name: self.fixups[name](got[name])}) for c, got in results]
        return results

    def unmerge(self, results, expected) -> list:
        """An output with neighbouring axes merged into one (a (T·B, H) out from np.vstack of
        the steps; a flattened result), one way in two cases at least and more often than any
        other (a coincidence of sizes can look like another), the sizes agreeing: said (at the
        end, with the values' verdict), and split back
        (a reshape, which keeps the elements' order) on every answer merged that way, so that
        the values judge the rest (a second mistake is named); the other cases keep their
        shapes and are judged as they are."""
        for name in expected[0] if expected else ():
            wrong = _wrong_shapes(results, expected, name)
            keys = [_regrouped_axes(g.shape, e.shape) for _c, g, e in wrong]
            counts = sorted((keys.count(k), str(k), k) for k in set(keys) if k is not None)
            if (
                not counts
                or counts[-1][0] < 2
                or (len(counts) > 1 and counts[-2][0] == counts[-1][0])
            ):
                continue  # one way in two cases at least, more often than any other
            key = counts[-1][2]
            merged = [w for w, k in zip(wrong, keys, strict=True) if k == key]
            if 2 * len(merged) < len(wrong):
                continue  # a merge in a few cases beside another shape in most: a coincidence
            split = key[0] == "split"
            k0, m = (0, None) if key == "flat" else key[-2:]
            if not any(
                sum(n > 1 for n in (g if split else e).shape[k0 : m and k0 + m]) >= 2
                for _c, g, e in merged
            ):
                continue  # only one axis longer than 1 merged: an axis of length 1 dropped
            if (
                key != "flat"
                and not split
                and set.intersection(
                    *(_size_names(c.sizes, g.shape[key[0]]) for c, g, _e in merged)
                )
            ):
                continue  # that axis is one size in every such case (2H): no merge shown
            case, got_c, exp_c = merged[0]
            sym = self.spec.symbols(case).get(name, ())
            names = list(sym) if len(sym) == exp_c.ndim else []
            shapes = f"{name} has shape {got_c.shape} on {case.label}; expected {shape_in_symbols(sym, exp_c.shape)}"  # noqa: E501
            if split:
                what = f"its axis {names[k0] if names else k0} is split into {m} axes of {' × '.join(map(str, got_c.shape[k0 : k0 + m]))}"  # noqa: E501
            elif key == "flat" or not names:
                what = f"its axes are flattened into one of {got_c.size} entries"
                if key != "flat":
                    what = f"its axes {key[0]} to {key[0] + key[1] - 1} are merged into one"
            else:
                joined = "·".join(names[key[0] : key[0] + key[1]])
                what = f"its axes {joined.replace('·', ' and ')} are merged into one of {joined} = {got_c.shape[key[0]]} entries"  # noqa: E501
            right = all(values_close(g.reshape(e.shape), e) for _c, g, e in merged)
            text = (
                f"{shapes}: it holds the expected values in the expected order, but {what}: keep the expected shape."  # noqa: E501
                if right
                else f"{shapes}: {what}. Keep the expected shape; {'joined' if split else 'split'} back (a reshape, which keeps the elements' order), the values were judged too."  # noqa: E501
            )
            self.shape_found.append(Finding("result.shape", self.spec.name, text, term=name))
            self.unmerged[name] = key
            results = [
                (c, {**got, name: got[name].reshape(exp[name].shape)})
                if _regrouped_axes(got[name].shape, exp[name].shape) == key
                else (c, got)
                for (c, got), exp in zip(results, expected, strict=True)
            ]
        return results

    def unjoin(self, results, expected) -> list:
        """An output shaped as the expected one with the two halves of one axis joined along
        another (a bidirectional out (T, 2B, H) from concatenating the directions on the batch
        axis), the same axes in every case where its shape is wrong, two cases at least: said
        (at the end, with the values' verdict), and split back on every answer so shaped, so
        that the values judge the rest (a second mistake is named). Where, split back, it holds
        the expected values, :meth:`unarrange` and :func:`shape_relation` say so instead."""
        for name in expected[0] if expected else ():
            wrong = _wrong_shapes(results, expected, name)
            keys = {_joined_axes(g.shape, e.shape) for _c, g, e in wrong}
            if len(wrong) < 2 or len(keys) != 1 or None in keys:
                continue
            key = keys.pop()
            case, got_c, exp_c = wrong[0]
            sym = self.spec.symbols(case).get(name, ())
            names = list(sym) if len(sym) == exp_c.ndim else [f"axis {k}" for k in range(3)]
            a, b = (names[k] for k in key)
            if all(values_close(_split_back(g, key), e) for _c, g, e in wrong):
                continue  # the expected values, rearranged: unarrange and shape_relation say it
            text = f"{name} has shape {got_c.shape} on {case.label}; expected {shape_in_symbols(sym, exp_c.shape)}: the shape of the two halves of {a} joined along {b}{' (the batch axis)' if b == 'B' else ''}, in every case where its shape is wrong. Keep them side by side along {a} (concatenate along that axis); split back so, the values were judged too."  # noqa: E501
            self.shape_found.append(Finding("result.shape", self.spec.name, text, term=name))
            self.unjoined[name] = key
            results = [
                (c, {**got, name: _split_back(got[name], key)})
                if _joined_axes(got[name].shape, exp[name].shape) == key
                else (c, got)
                for (c, got), exp in zip(results, expected, strict=True)
            ]
        return results

    def unarrange(self, results, expected) -> list:
        """Outputs that hold exactly the expected values, arranged in another shape (axes in
        another order, halves joined along another axis: the same numbers), in every case where
        their shape is wrong, and right wherever their shape is, beside another output whose
        values are wrong: said (at the end, with the values' verdict, in
        :func:`shape_relation`'s words where it has them), and given the expected values and
        left out of what the diagnosis compares (``filled``), so that the other output's mistake
        is named too. Where nothing else is wrong, the shape's own failure says it all."""
        names = list(expected[0]) if expected else []
        layout = []
        for name in names:
            pairs = [(c, g[name], e[name]) for (c, g), e in zip(results, expected, strict=True)]
            wrong = _wrong_shapes(results, expected, name)
            if (
                wrong
                and all(
                    g.size == e.size and values_close(np.sort(g, axis=None), np.sort(e, axis=None))
                    for _c, g, e in wrong
                )
                and all(values_close(g, e) for _c, g, e in pairs if g.shape == e.shape)
            ):
                layout.append((name, wrong[0]))
        others_wrong = any(
            g[k].shape == e[k].shape and not values_close(g[k], e[k])
            for (_c, g), e in zip(results, expected, strict=True)
            for k in names
            if k not in dict(layout)
        )
        if not layout or not others_wrong:
            return results
        for name, (case, g, e) in layout:
            sym = self.spec.symbols(case).get(name, ())
            relation = shape_relation(g, e, sym) or (
                "It holds exactly the expected values, arranged in another shape."
            )
            text = f"{name} has shape {g.shape} on {case.label}; expected {shape_in_symbols(sym, e.shape)}. {relation} (The other results were judged with {name} as expected.)"  # noqa: E501
            self.shape_found.append(Finding("result.shape", self.spec.name, text, term=name))
            self.filled.add(name)
        fill = dict(layout)
        return [
            (c, {**got, **{k: exp[k] for k in fill}})
            for (c, got), exp in zip(results, expected, strict=True)
        ]

    def unclip(self, results, expected) -> list:
        """An output clipped to ±m (np.clip, as min-char-rnn does with its gradients): where,
        and only where, the expected value is beyond ±m, the student's is ±m with its sign.
        Said (at the end, with the values' verdict), and those elements judged as the expected
        ones, so that the values judge the rest (a second mistake is named)."""
        seen = []  # (case index, name, m, beyond): each output whose large values sit at ±m
        for k, ((_case, got), exp) in enumerate(zip(results, expected, strict=True)):
            for name, e in exp.items():
                g = got.get(name)
                if not isinstance(g, np.ndarray) or g.shape != e.shape or g.size < 2:
                    continue
                m = float(np.max(np.abs(g)))
                beyond = np.abs(e) > m * (1 + 1e-6) + 1e-9
                at = np.isclose(np.abs(g), m, rtol=1e-12, atol=0) & (np.sign(g) == np.sign(e))
                if m > 0 and beyond.any() and np.array_equal(beyond, at):
                    seen.append((k, name, m, beyond))
        # one bound, a round number, reached by three elements or more: a clip, not chance
        bounds = {m for *_, m, _b in seen if abs(m - round(m, 3)) < 1e-12}
        bound = next(
            (b for b in sorted(bounds) if sum(int(x.sum()) for *_, m, x in seen if m == b) >= 3),
            None,
        )  # noqa: E501
        out, clipped = [list(r) for r in results], {}
        for k, name, m, beyond in seen:
            if m != bound:
                continue
            case, got = results[k]
            clipped.setdefault(name, (m, case, int(beyond.sum())))
            out[k][1] = {**out[k][1], name: np.where(beyond, expected[k][name], got[name])}
            self.as_returned[id(out[k][1])] = (out[k][1], got)  # what the function gave
        out = [tuple(r) for r in out]
        if clipped:
            names = list(clipped)
            m, case, n = clipped[names[0]]
            said = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
            text = f"{said} {'is' if len(names) == 1 else 'are'} clipped to ±{m:g}: where the expected value is beyond ±{m:g}, yours is ±{m:g} (first: {names[0]} on {case.label}, {n} elements), as np.clip(..., -{m:g}, {m:g}) gives. Return the values unclipped (a gradient is clipped, if at all, by the training loop that uses it); beside that, the values were judged too."  # noqa: E501
            self.shape_found.append(Finding("result.clipped", self.spec.name, text, term=names[0]))
        return out

    def unwritten(self, case: Case, name: str, got: np.ndarray) -> bool:
        """Whether calling again on ``case`` changes ``name`` where, and only where, 0 is expected
        and ``got`` is not 0: elements never written (memory from np.empty), measured."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = self.invoke(copy_args(case.args), copy_args(dict(case.kwargs)))
            again = self.flat_or_fail(result, case).get(name)
        except Exception:  # noqa: BLE001 (a second call that fails shows nothing)
            return False
        e = self.expected(case)[name]
        if not isinstance(again, np.ndarray) or again.shape != got.shape:
            return False
        moved = ~((again == got) | (np.isnan(again) & np.isnan(got)))
        return bool(moved.any()) and not np.any(e[moved])

    def expected(self, case: Case) -> dict[str, np.ndarray]:
        flat = unpack(self.spec.reference(*case.args, **case.kwargs), self.spec.structure)
        return {k: np.asarray(v, dtype=np.float64) for k, v in flat.items()}

    def success(self, what: str) -> str:
        """The line a passing check prints (printed by ``run`` once nothing else is said)."""
        return f"{self.spec.name}: {what}"

    # --- diagnosis ---------------------------------------------------------------------------
    def value_failure(self, case, name, got, exp, results, seed) -> CheckFailure:
        parts = self.spec.parts(self, results) if self.spec.parts is not None else []
        findings, how, keys = self.explain(results)
        if not findings:  # an output-level transform the values show, peeled off, then the rest
            findings, how, keys = self.peel(results, case, got, exp)
        if not findings and not self.narrow:  # float32 rounding beside another mistake
            findings, how, keys = self.at_float32(results)
        if not findings and self.between_calls_seen():  # later calls changed by earlier ones
            findings, how, keys = self.first_call_only(results)
        if not findings:  # every output scaled after it was computed (a norm clip)
            text = rescaled_text([(g, self.expected(c)) for c, g in results])
            if text:
                findings, how = [Finding("result.rescaled", self.spec.name, text)], ""
        part_named = [f for f in parts if not f.id.startswith("located.")]
        if not findings and part_named:
            findings, how = part_named, "(each shown by a case that isolates it)"
        elif not findings and not parts:
            findings = self.localise(results, case, name)
            how = ""
        if not any(f.id.startswith("located.") for f in findings):
            findings = [*findings, *(f for f in parts if f.id.startswith("located."))]
        if not findings:
            findings = self.localise(results, case, name)
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
        # beside a Found, a part's split is said as measured, without its "look at ..." advice
        lines += [_unpointed(f.text) for f in findings if f.id.startswith("located.") and named]
        related = []
        for other, e in exp.items():  # every wrong output: how it relates, which steps
            if other not in got or got[other].shape != e.shape or values_close(got[other], e):
                continue
            sym = self.spec.symbols(case).get(other, ())
            everywhere = self.relation_everywhere(other, results, case)
            related += [other] if everywhere else []
            relation = (
                everywhere
                or (self.final_state(other, results) if not named else "")  # a fit says it all
                or wrong_steps(got[other], e, sym)
            )
            if relation:
                lines.append(f"{other}: {relation}")
        for other in related:  # what its values are is said: no pointer to an equation
            pointer = f": compare the line that computes {other} with the book's equation."
            lines = [line.replace(pointer, ".") for line in lines]
            findings = [replace(f, text=f.text.replace(pointer, ".")) for f in findings]
        lines += dtype_lines(got, exp)
        history = None if named else self.depends_on_history(case, got)
        if history is not None:
            lines.append(history.text)
            findings = [*findings, history]
        if case.kind == "fixed" and not case.fresh:
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

    def depends_on_history(self, case: Case, before: dict, most: int = 5) -> Finding | None:
        """The same call on ``case`` again (``before``: its results in the run), now and after
        a call on another case of other sizes (up to ``most`` of them, one at a time): results
        that differ between two calls with the same arguments show a result that depends on
        earlier calls (a cache keyed by the sizes, a variable outside the function). Measured,
        never assumed: a function that keeps nothing gives the same results every time."""
        kept = self.as_returned.get(id(before))  # results unclipped for judging: as returned
        before = kept[1] if kept is not None and kept[0] is before else before
        others = [c for c in getattr(self, "cases", []) if c is not case and c.sizes != case.sizes]
        other = None
        for other in [None, *others[:most]]:
            if other is not None:
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        self.invoke(copy_args(other.args), copy_args(dict(other.kwargs)))
                except Exception:  # noqa: BLE001 (a call that raises changes nothing we see)
                    continue
            after = self.answer(case)
            if not isinstance(after, dict):
                return None
            moved = [k for k, v in before.items() if k in after and not _same_result(after[k], v)]
            if moved:
                after_what = f"after a call on {other.label}" if other is not None else "later"
                text = f"Called again on {case.label} {after_what}, your function gives another {moved[0]} for the same arguments: its result depends on more than its arguments (for example something kept between calls, such as a cache keyed by the sizes or a variable outside the function; an array from np.empty not written everywhere; unseeded randomness). Its result must depend on its arguments only."  # noqa: E501
                text += self.none_state_kept(case)
                return Finding(
                    "result.depends_on_earlier_calls", self.spec.name, text, term=moved[0]
                )
        return None

    def none_state_kept(self, case: Case) -> str:
        """Where ``case`` gives a state as None and its results change between calls: the same
        call with that state given as zeros, twice with ``case`` called in between, giving the
        same right results both times shows that what stands for the None state is kept between
        calls (measured; '' otherwise)."""
        for what, other, kind in self.spec.variants(case):
            if kind != "seq.state_none_not_handled":
                continue
            first = self.answer(other)
            self.answer(case)
            again = self.answer(other)
            exp = self.expected(other)
            if not (isinstance(first, dict) and isinstance(again, dict)):
                continue
            if all(
                k in first and k in again and first[k].shape == e.shape == again[k].shape
                and values_close(first[k], e) and values_close(again[k], e)
                for k, e in exp.items()
            ):  # fmt: skip
                return f" With {what}, the same call is right every time: what your code uses for a None state is kept between calls (and changed by them); make new zeros, np.zeros((B, H)), on every call."  # noqa: E501
        return ""

    def final_state(self, name: str, results) -> str:
        """Which step of the student's own ``out`` their h_n holds, beside the step the expected
        h_n is of the expected out (measured on every case; '' unless all agree)."""
        if name != "h_n":
            return ""
        per_case, labels = [], []
        for c, g in results:
            exp = self.expected(c)
            sym = self.spec.symbols(c).get("out", ())
            got_o, got_h, exp_o, exp_h = g.get("out"), g.get(name), exp.get("out"), exp.get(name)
            if got_o is None or got_h is None or exp_o is None or exp_h is None:
                return ""
            if got_o.shape != exp_o.shape or got_h.shape != exp_h.shape or "T" not in sym:
                return ""
            if got_o.ndim != 3 or len(sym) != 3 or "B" not in sym:
                return ""
            order = [list(sym).index("T"), list(sym).index("B")]
            order.append(3 - sum(order))  # out as (T, B, D·H)
            lengths = None
            if "lengths" in self.spec.arg_names:
                lengths = c.args[list(self.spec.arg_names).index("lengths")]
            got_h, exp_h = (a[None] if a.ndim == 2 else a for a in (got_h, exp_h))  # (R, B, H)
            exp_o = np.transpose(exp_o, order)
            mine = final_state_steps(got_h, np.transpose(got_o, order), lengths, exp_o)
            right = final_state_steps(exp_h, exp_o, lengths)
            if not mine or len(mine) != len(right):
                return ""
            # the steps h_n equals whatever out holds there (right or not): a case where out is
            # wrong at that step cannot confirm the step, nor is it a case where h_n is not it
            raw = final_state_steps(got_h, np.transpose(got_o, order), lengths)
            D = len(mine)
            rows_g, rows_e = got_h[-D:], exp_h[-D:]
            wrong = [not values_close(rows_g[d], rows_e[d]) for d in range(D)]
            per_case.append(list(zip(mine, right, wrong, raw, strict=True)))
            labels.append(c.label)
        return final_state_text(per_case, labels)

    def relation_everywhere(self, name: str, results, case=None) -> str:
        """How a wrong output relates to the expected values (reversed, halves exchanged, another
        output's values), said for the first case where it is wrong only if the same relation
        holds in every case where it is wrong: one case's symmetry (a symmetric input, T=1) is
        not a relation."""
        said, shapes, mine = [], [], ""
        for c, g in results:
            exp = self.expected(c)
            got, e = g.get(name), exp.get(name)
            if got is None or e is None or got.shape != e.shape or values_close(got, e):
                continue
            sym = self.spec.symbols(c).get(name, ())
            said.append(
                value_relation(got, e, sym, c.sizes)
                or holds_other(got, exp, name, g, self.aliased.get(id(g), ()))
            )
            shapes.append(re.sub(r"\d+", "#", said[-1]))
            mine = said[-1] if c is case else mine
        if not said or not said[0] or len(set(shapes)) > 1:
            return ""
        return mine or said[0]

    def evidence(self, results) -> list:
        """The cases run plus the diagnostic ones (a diagnostic case the code can't take is
        left out: it only helps)."""
        evidence = [(c, _without(g, getattr(self, "filled", ()))) for c, g in results]
        for case in self.spec.diagnostic_cases():
            flat = self.answer(case)
            if flat is not None:
                evidence.append((case, flat))
        return evidence

    def answer(self, case):
        """The student's flat outputs on a probe or diagnostic case, or None (raised, junk)."""

        def student(*args, **kwargs):
            return self.invoke(args, kwargs)

        def regrouped(result, structure):  # the slips meant() regroups, on a probe too
            return _without(
                unpack(self.meant(result, case)[0], structure), getattr(self, "filled", ())
            )

        flat = run_student(student, case, self.spec.structure, regrouped, copy_args)
        for name, fix in getattr(self, "fixups", {}).items():  # a shape undone in every case
            if flat is not None and isinstance(flat.get(name), np.ndarray):
                if fix is _transposed_back:  # as untranspose does: where the shape shows it
                    fixed = _back_where_transposed(flat[name], self.expected(case)[name])
                else:
                    fixed = fix(flat[name])
                flat = {**flat, name: fixed}
        for name, key in getattr(self, "unmerged", {}).items():  # merged axes split back
            g = None if flat is None else flat.get(name)
            if isinstance(g, np.ndarray):
                e = self.expected(case)[name].shape
                if _regrouped_axes(g.shape, e) == key:
                    flat = {**flat, name: g.reshape(e)}
        for name, key in getattr(self, "unjoined", {}).items():  # halves joined elsewhere
            g = None if flat is None else flat.get(name)
            if isinstance(g, np.ndarray):
                if _joined_axes(g.shape, self.expected(case)[name].shape) == key:
                    flat = {**flat, name: _split_back(g, key)}
        if flat is not None and getattr(self, "fill_found", None):  # NaN where 0: judged as 0
            flat = {
                k: np.where(np.isfinite(v), v, 0.0) if isinstance(v, np.ndarray) else v
                for k, v in flat.items()
            }
        undo = getattr(self, "undo", None)
        return flat if flat is None or undo is None else undo(flat, case)

    def peel(self, results, case, got, exp) -> tuple[list, str, tuple]:
        """Two mistakes at once, one of them an output-level transform (an output reversed in
        time, its halves exchanged, two outputs exchanged): undo it on every answer, then explain
        the rest. A transform the values show is said even if the rest stays unexplained; one
        the values cannot show (the other mistake changes the same output) is only a hypothesis,
        said only if, undone, the rest is explained exactly."""
        undo = output_transform(got, exp, self.spec.symbols, case, self.spec.name)
        if undo is not None:
            found, how, keys = self._undone(results, *undo)
            named = [f for f in found if not f.id.startswith("located.")]
            if len(named) > 1 or how.startswith("(your results on all the cases"):
                return found, how, keys
            if not named:
                return [undo[1]], "(shown by your values on the case above)", ()
        for fn, first in transform_candidates(got, exp, self.spec.symbols, case, self.spec.name):
            if undo is not None and first.text == undo[1].text:
                continue  # tried above
            if not self._closer(results, fn):  # undone, the answers are no nearer: not tried
                continue
            found, how, keys = self._undone(results, fn, first)
            if len(found) > 1:
                return found, how, keys
        if undo is not None:  # the transform is shown by the values; the rest stays located
            return [undo[1]], "(shown by your values on the case above)", ()
        return [], "", ()

    def first_call_only(self, results) -> tuple[list, str, tuple]:
        """Where calls change later calls (a cache, a variable outside the function: found
        already), the first call alone is what no earlier call can have changed: a mistake
        that explains its answer exactly is said, with that measurement (no probe, no later
        case: their answers may carry an earlier call's values)."""
        found, how, keys = self._named_with("first_only", True, results[:1])
        if not found:
            return [], "", ()
        how = f"(your results on {results[0][0].label}, the first call, which no earlier call can have changed, are exactly this)"  # noqa: E501
        return found, how, keys

    def at_float32(self, results) -> tuple[list, str, tuple]:
        """Where some output agrees with the expected one to float32's precision only (not
        float64's), the values judged at float32's tolerance: a mistake that explains every
        answer there is said with what was measured of the rest (its rounding), never a cause
        for it; ([], "", ()) otherwise."""
        rounded = any(
            k in g
            and g[k].shape == e.shape
            and not values_close(g[k], e)
            and (values_close(g[k], e, np.float32) or _float32_band(g[k], e))
            for c, g in results
            for k, e in self.expected(c).items()
        )
        if not rounded:
            return [], "", ()
        named, how, keys = self._named_with("narrow", True, results)
        if not named:
            return [], "", ()
        text = "besides that, your values agree with what that mistake gives to float32's precision only (about 7 significant digits), not float64's: float32 arithmetic somewhere (an array or a parameter stored as float32, values cast to float32 on the way), or an approximation as coarse (a lookup table, finite differences), gives that. Compute in float64, exactly."  # noqa: E501
        return [*named, Finding("result.kind", self.spec.name, text, term="dtype")], how, keys

    def _closer(self, results, fn) -> bool:
        """Whether undoing ``fn`` brings the answers nearer the expected ones (summed absolute
        error over every case run): a cheap filter before a hypothesis's re-fit."""
        before = after = 0.0
        for c, g in results:
            undone = fn(g, c)
            for k, e in self.expected(c).items():
                if k in g and g[k].shape == e.shape and undone[k].shape == e.shape:
                    before += float(np.abs(g[k] - e).sum())
                    after += float(np.abs(undone[k] - e).sum())
        return after < before

    def _undone(self, results, fn, first) -> tuple[list, str, tuple]:
        """[first, *findings] when, with ``fn`` undone on every answer, the rest is explained
        (``[first]`` alone when undoing it explains everything; [] when the rest is not)."""
        fixed = [(c, fn(g, c)) for c, g in results]
        if all(
            all(values_close(g[k], e) for k, e in self.expected(c).items() if k in g)
            for c, g in fixed
        ):
            return [first], "(your results on all the cases are exactly this)", ()
        named, how, keys = self._named_with("undo", fn, fixed)
        if not named:
            return [], "", ()
        return [first, *named], how, keys

    def _named_with(self, attr: str, value, results) -> tuple[list, str, tuple]:
        """The findings that name a mistake in :meth:`explain` of ``results``, with the runner's
        ``attr`` set to ``value`` meanwhile (what the probes' answers undo, the tolerance)."""
        before = getattr(self, attr, None)
        setattr(self, attr, value)
        try:
            found, how, keys = self.explain(results)
        finally:
            setattr(self, attr, before)
        return [f for f in found if not f.id.startswith("located.")], how, keys

    def explain(self, results, share: float = 1.0, shaped: bool = False) -> tuple[list, str]:
        """Findings that reproduce every answer of the student's (model fit, then catalogue);
        ``share``: the part of the model's search budget to spend (a second explanation, beside
        a first failure already said, spends less); ``shaped``: the probes and diagnostic
        cases whose answers have a wrong shape left out, as ``results`` leave out the cases
        that do (the rest of a run whose wrong shapes are said already)."""
        first_only = getattr(self, "first_only", None)
        evidence = self.evidence(results) if not first_only else list(results)
        if shaped:
            evidence = [(c, g) for c, g in evidence if self.shapes_right(c, g)]
        # outputs left out of the comparison (given the expected values), and of those the ones
        # the result does not have at all (nothing known of them: never compared)
        unknown = getattr(self, "missing_keys", set())
        left_out = set(getattr(self, "filled", ())) - unknown
        if self.narrow:  # float32 parameters: compared at float32's tolerance
            evidence = [(c, _as_float32(g)) for c, g in evidence]
        if self.spec.model is not None:
            model = self.spec.model()
            if "step" in getattr(self, "verified", ()):  # the step is right: search the rest
                model.frozen = {n for names, _ in model.stages()[:1] for n in names}
            probes = self.spec.probes() if not first_only else []
            answers = [self.answer(c) for c in probes]
            if shaped:
                answers = [
                    a if self.shapes_right(c, a) else None
                    for c, a in zip(probes, answers, strict=True)
                ]
            if self.narrow:
                answers = [None if a is None else _as_float32(a) for a in answers]
            stacked = stack(probes, answers) if probes else []
            # the search asks the probes (stacked: one model call each) and the fixed cases
            search = stacked + [e for e in evidence if e[0].kind != "random"]
            result = fit(
                model, search, evidence + stacked, evaluations=int(model.evaluations * share)
            )
            if (
                result.exact
                and left_out
                and not _holds_on(
                    model, result.choice, [(c, _without(g, unknown)) for c, g in results]
                )
            ):
                result = replace(result, exact=False)  # not shown on the outputs left out
            if result.exact and result.choice != model.correct():
                n_probes = sum(p.count for p, _ in stacked)
                how = (
                    f"(your results on {_all_cases(len(evidence))}"
                    + (f" and {n_probes} targeted inputs" if n_probes else "")
                    + " are exactly this"
                    + (", at float32's tolerance" if self.narrow else "")
                    + ")"
                )
                found = model.findings(result.choice, self.spec.name)
                return found, how, tuple(f.id for f in found)
        matched = self.diagnose(evidence)
        if matched and left_out:  # shown on the outputs left out too?
            whole = [(c, _without(g, unknown)) for c, g in results if self.shapes_right(c, g)]
            keys = {m.key for m in self.diagnose(whole)} if whole else set()
            matched = [m for m in matched if m.key in keys]
        if matched:
            found = [m.to_finding(self.spec.name) for m in matched[:3]]
            keys = tuple(m.key for m in matched)
            if len(matched) > 1:
                return (
                    found,
                    "(your results match each of these; the inputs can't tell them apart)",
                    keys,
                )
            return found, f"(your results on {_all_cases(len(evidence))} are exactly this)", keys
        return [], "", ()

    def argument_clipped(self, results, bounds=(1.0, 3.0, 5.0)) -> str:
        """'Your results are exactly what the right function gives with h clipped to [-1, 1]':
        one float argument clipped to ±m (a debugging or "safety" line left in), measured on
        every case whose results are wrong (every such case has values past ±m there)."""
        wrong = [
            (c, g)
            for c, g in results
            if any(
                k in g and g[k].shape == e.shape and not values_close(g[k], e)
                for k, e in self.expected(c).items()
            )
        ]
        if not wrong or not isinstance(wrong[0][0], Case):
            return ""

        def clipped_gives(c, g, j: int, m: float) -> bool:  # argument j clipped gives g
            a = c.args[j] if j < len(c.args) else None
            if not isinstance(a, np.ndarray) or a.dtype.kind != "f" or not np.any(np.abs(a) > m):
                return False
            try:
                exp = self.expected(
                    replace(c, args=(*c.args[:j], np.clip(a, -m, m), *c.args[j + 1 :]))
                )
            except Exception:  # noqa: BLE001 (a reference that cannot take it: no)
                return False
            return all(k in g and values_close(g[k], e) for k, e in exp.items())

        names = list(self.spec.arg_names)
        for j, arg in enumerate(names[: len(wrong[0][0].args)]):
            for m in bounds:
                if all(clipped_gives(c, g, j, m) for c, g in wrong):
                    n = len(wrong)
                    return f"your results are exactly what the right function gives with {arg} clipped to [−{m:g}, {m:g}] (np.clip({arg}, −{m:g}, {m:g})), in every case where they are wrong ({n}), each with values of {arg} past ±{m:g}: {arg} is used as it comes, unclipped."  # noqa: E501
        return ""

    def shapes_right(self, case, flat) -> bool:
        """Whether every output of ``flat`` (an answer on ``case``; None: none) has the shape
        the reference gives there."""
        if flat is None:
            return False
        exp = self.expected(case)
        return all(k not in flat or np.shape(flat[k]) == e.shape for k, e in exp.items())

    def localise(self, results, case, name) -> list:
        """Where the error is when nothing names it: results that agree to float32's precision
        only (measured on every case), else the function's own locator, else the output, the
        first wrong time step, the direction (half of 2H, row of 2) and gate (4H)."""
        worst = float32_agreement(results, self.expected)
        if worst is not None:
            text = f"every result agrees with the expected one to about 7 significant digits, float32's precision, and no better (largest error {worst:.1e})"  # noqa: E501
            if all(
                np.array_equal(g, g.astype(np.float32).astype(g.dtype))
                for _c, got in results
                for g in got.values()
                if isinstance(g, np.ndarray) and g.dtype.kind == "f"
            ):  # measured: every value is a float32 number, cast back to float64 on the way
                text += ", and every value is a float32 number (exactly representable in float32, as a float32 array's values are): the computation, or its last part, runs in float32. Compute in float64."  # noqa: E501
            else:  # a float32 intermediate, or an approximation as coarse: not told apart
                text += ": that is the error float32 arithmetic gives (an array or a parameter stored as float32 somewhere), or an approximation as coarse (a lookup table, finite differences, a truncated series or formula); the values cannot tell which. Compute in float64, exactly."  # noqa: E501
            return [Finding("result.kind", self.spec.name, text, term="dtype")]
        found = [] if self.spec.locate is None else self.spec.locate(self, results, case, name)
        if any(not f.id.startswith("located.") for f in found):
            return found  # the function's own locator names it
        clipped = self.argument_clipped(results)
        if clipped:
            return [Finding("result.clipped", self.spec.name, clipped, term=name), *found]
        moved = permuted_text(results, self.expected, name)  # measured, beside the locator's
        if moved:
            return [Finding("result.permuted", self.spec.name, moved, term=name), *found]
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
        exp = self.expected(case)
        wrong = [k for k, e in exp.items() if not (k in got and values_close(got[k], e))]
        elsewhere = [  # outputs right in this case but wrong in another
            k
            for k in exp
            if k not in wrong
            and any(not (k in g and values_close(g[k], self.expected(c)[k])) for c, g in results)
        ]
        text = f"No known mistake explains all your results; the first error is in {name}{at}."
        if len(wrong) == 1 and len(exp) > 1 and not elsewhere:  # the others right everywhere
            right = ", ".join(k for k in exp if k != name)
            text += f" Only {name} is wrong ({right} right in every case): compare the line that computes {name} with the book's equation."  # noqa: E501
        elif len(wrong) > 1 or elsewhere:
            text += f" Wrong: {', '.join(wrong)}" + (
                f"; in other cases also {', '.join(elsewhere)}." if elsewhere else "."
            )
        return [Finding("located.value_mismatch", self.spec.name, text, term=name, **where)]

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


#: the gradients of weights that every batch row shares (a backward function's outputs)
_SHARED_WEIGHTS = ("W_ih", "W_hh", "b_ih", "b_hh")


def _extra_axis(got: tuple, exp: tuple, n) -> int | None:
    """k where ``got`` is ``exp`` with an axis of length n inserted at k (None if it is not)."""
    if len(got) != len(exp) + 1 or n is None:
        return None
    return next((k for k in range(len(got)) if got[k] == n and got[:k] + got[k + 1 :] == exp), None)


def _wrong_shapes(results, expected, name: str) -> list:
    """(case, got, expected) of ``name`` in every case of ``results`` where its shape is wrong."""
    return [
        (case, got[name], exp[name])
        for (case, got), exp in zip(results, expected, strict=True)
        if got[name].shape != exp[name].shape
    ]


def _unpointed(text: str) -> str:
    """A part's split without its advice ('...: look at what you carry ... (5 right, ...)' ->
    '... (5 right, ...)'): said beside a Found, which names the mistake."""
    return re.sub(r": look at .*?(?= \(\d+ right)", "", text)


def _merged_axes(got: tuple, exp: tuple):
    """How ``got`` is ``exp`` with neighbouring axes merged: "flat" (one axis, ``exp`` has two
    or more), or (k, m): its axes k .. k+m-1 (m ≥ 2) merged into one; None if neither."""
    if len(got) >= len(exp) or len(exp) < 2 or int(np.prod(got)) != int(np.prod(exp)):
        return None
    if len(got) == 1:
        return "flat"
    m = len(exp) - len(got) + 1
    for k in range(len(exp) - m + 1):
        if got == exp[:k] + (int(np.prod(exp[k : k + m])),) + exp[k + m :]:
            return (k, m)
    return None


def _regrouped_axes(got: tuple, exp: tuple):
    """:func:`_merged_axes` of ``got`` and ``exp``; else ("split", k, m) where ``got`` is
    ``exp`` with its axis k split into m neighbouring axes (a (T, B, 2, H) out for (T, B, 2H));
    None if neither."""
    merged = _merged_axes(got, exp)
    if merged is not None:
        return merged
    split = _merged_axes(exp, got)
    return ("split", *split) if isinstance(split, tuple) else None


def _joined_axes(got: tuple, exp: tuple):
    """(a, b) where ``got`` is ``exp``'s shape with axis a halved and axis b doubled (its two
    halves of a joined along b), the one such pair; None otherwise."""
    if len(got) != len(exp):
        return None
    pairs = [
        (a, b)
        for a in range(len(exp))
        for b in range(len(exp))
        if a != b
        and exp[a] % 2 == 0
        and got
        == tuple(
            exp[k] // 2 if k == a else 2 * exp[k] if k == b else exp[k] for k in range(len(exp))
        )
    ]
    return pairs[0] if len(pairs) == 1 else None


def _split_back(a: np.ndarray, key: tuple[int, int]) -> np.ndarray:
    """``a``'s two halves along axis key[1] joined again along key[0] (undoes the join)."""
    return np.concatenate(np.split(a, 2, axis=key[1]), axis=key[0])


def _wider_float(a) -> bool:
    """Whether ``a`` is an array of a float type wider than float64 (np.longdouble)."""
    return (
        isinstance(a, np.ndarray)
        and np.issubdtype(a.dtype, np.floating)
        and a.dtype.itemsize > np.dtype(np.float64).itemsize
    )


def _float32_band(got: np.ndarray, exp: np.ndarray, share: float = 0.25) -> bool:
    """Whether at least ``share`` of the elements differ from the expected ones by more than
    float64's tolerance but within float32's (what float32 rounding gives, where another
    mistake makes the rest wrong): the hypothesis is then tried, never said on this alone."""
    if got.size == 0 or not np.issubdtype(got.dtype, np.floating):
        return False
    atol, rtol = tolerance(np.float64)
    atol32, rtol32 = tolerance(np.float32)
    with np.errstate(invalid="ignore", over="ignore"):
        d = np.abs(got.astype(np.float64) - exp)
        band = (d > atol + rtol * np.abs(exp)) & (d <= atol32 + rtol32 * np.abs(exp))
    return bool(band.mean() >= share)


def _keep(flat: dict, names) -> dict:
    return {k: v for k, v in flat.items() if k in names}


def _without(flat: dict, names) -> dict:
    return {k: v for k, v in flat.items() if k not in names} if names else flat


def _leaves(structure) -> list[str]:
    """The output names of a structure, in order: ('out', ('h_n', 'c_n')) -> out, h_n, c_n."""
    if isinstance(structure, str):
        return [structure]
    if isinstance(structure, tuple):
        return [leaf for s in structure for leaf in _leaves(s)]
    return [leaf for s in structure.values() for leaf in _leaves(s)]


def _rebuilt(structure, items):
    """``items`` (an iterator over the leaves, in order) grouped as ``structure``."""
    if isinstance(structure, str):
        return next(items)
    if isinstance(structure, tuple):
        return tuple(_rebuilt(s, items) for s in structure)
    return {k: _rebuilt(s, items) for k, s in structure.items()}


def permuted_text(results, expected, name: str) -> str:
    """'name holds exactly the expected values, in other positions': measured in every case
    where ``name`` is wrong (its shape right, its values the expected ones sorted alike), with
    column-major reading and row-major writing named where that is exactly the order; ''
    otherwise."""
    wrong, fortran = 0, True
    for c, got in results:
        g, e = got.get(name), expected(c).get(name)
        if not isinstance(g, np.ndarray) or e is None or g.shape != e.shape:
            return ""
        if values_close(g, e):
            continue
        if e.ndim < 2 or not values_close(np.sort(g, axis=None), np.sort(e, axis=None)):
            return ""
        wrong += 1
        fortran = fortran and values_close(g, e.ravel(order="F").reshape(e.shape))
    if not wrong:
        return ""
    text = f"{name} holds exactly the expected values, in other positions (in every case where it is wrong: {wrong})"  # noqa: E501
    if fortran:
        text += ": the values read in column-major order (as .flatten(order='F') or .T.ravel() reads them) and written back row-major (reshape's default order). Flatten and reshape in one order, or compute elementwise on the array as it is."  # noqa: E501
    return text if fortran else text + "."


def _same_result(a: np.ndarray, b: np.ndarray) -> bool:
    """Two results of the same call the same (NaN where the other has NaN counts as the same:
    NaN ≠ NaN would make a deterministic function look as if it kept state)."""
    if a.shape != b.shape:
        return False
    if values_close(a, b, b.dtype):
        return True
    gaps = np.isnan(a) if a.dtype.kind == "f" else np.zeros(a.shape, bool)
    if b.dtype.kind != "f" or not np.array_equal(gaps, np.isnan(b)) or not gaps.any():
        return False
    return values_close(np.where(gaps, 0.0, a), np.where(gaps, 0.0, b), b.dtype)


def _back_where_transposed(got: np.ndarray, exp: np.ndarray) -> np.ndarray:
    """``got`` transposed back where its shape is not ``exp``'s, and where it is square unless
    it is right as it came (a B = H case that the function gets right stays so)."""
    if got.shape == exp.shape and (got.ndim < 2 or got.shape[-1] != got.shape[-2]):
        return got
    if got.shape == exp.shape and values_close(got, exp):
        return got
    return _transposed_back(got)


def _transposed_back(a: np.ndarray) -> np.ndarray:
    return np.swapaxes(a, -1, -2) if a.ndim >= 2 else a


def _unit_axis_dropped(a: np.ndarray, k: int, ndim: int) -> np.ndarray:
    return np.squeeze(a, axis=k) if a.ndim == ndim + 1 and a.shape[k] == 1 else a


def _axis_summed(a: np.ndarray, k: int, ndim: int) -> np.ndarray:
    return a.sum(axis=k) if a.ndim == ndim + 1 else a


def _as_float32(flat: dict) -> dict:
    """``flat``'s float arrays as float32: compared at float32's tolerance by the diagnosis."""
    return {
        k: v.astype(np.float32) if isinstance(v, np.ndarray) and v.dtype.kind == "f" else v
        for k, v in flat.items()
    }


def _holds_on(model, choice: dict, results) -> bool:
    """Whether the model with ``choice`` gives every output of ``results`` ((case, the
    student's outputs as returned)) that has the shape it gives: a fit made with some outputs
    left out (given the expected values) must not claim a part those outputs do not show."""
    for case, got in results:
        try:
            with np.errstate(all="ignore"):
                out = model.run(case, choice)
        except Exception:  # noqa: BLE001 (a case the model cannot take shows nothing)
            continue
        same = {k: v for k, v in got.items() if k in out and np.shape(out[k]) == np.shape(v)}
        if mismatches({k: np.asarray(v) for k, v in same.items()}, out):
            return False
    return True


def _keys_renamed(result: dict, keys: list[str]) -> dict | None:
    """``result`` keyed as ``keys`` where its keys are exactly those names written with a
    gradient's prefix or suffix ("dx", "d_W_ih", "grad_x", "x_grad", "dL_dx"; any case), one
    each; None where any key is not, or where the keys are already right."""
    if set(result) == set(keys) or len(result) != len(keys):
        return None
    lower = {k.lower(): k for k in keys}
    out = {}
    for key, value in result.items():
        if not isinstance(key, str):
            return None
        k = key.strip().lower()
        bare = re.sub(r"^(dl_?d|grad_|d_|d)|(_grad)$", "", k)
        hit = lower.get(k) or lower.get(bare)
        if hit is None or hit in out:
            return None
        out[hit] = value
    return out


def _keys_as_leaves(result: dict, leaves: list[str]) -> dict | None:
    """{leaf: value} where each key of ``result`` names exactly one output of ``leaves`` (its
    name, or the name's first part: "h" for h_next, "c" for c_n) and each output one key; else
    None (nothing guessed)."""
    if len(result) != len(leaves) or not all(isinstance(k, str) for k in result):
        return None
    out = {}
    for key, value in result.items():
        k = key.strip().lower()
        hits = [leaf for leaf in leaves if k == leaf or k == leaf.split("_")[0]]
        if len(hits) != 1 or hits[0] in out:
            return None
        out[hits[0]] = value
    return out


def _halved(value):
    """``value`` with every float array in it times 0.5 (containers rebuilt, the rest kept)."""
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        return value * 0.5
    if isinstance(value, (tuple, list)):
        return type(value)(_halved(v) for v in value)
    if isinstance(value, dict):
        return {k: _halved(v) for k, v in value.items()}
    return value


def _all_cases(n: int) -> str:
    return "the one case" if n == 1 else f"all {n} cases"


def _short_labels(cases: list[Case], most: int = 8) -> str:
    """'fixed case 3 (batch_first=True), random case 10 (c0 = None, h0 given), ...'."""
    out = [f"{c.kind} case {c.number}" + (f" ({c.note})" if c.note else "") for c in cases[:most]]
    return ", ".join(out) + (", ..." if len(cases) > most else "")


def float32_agreement(results, expected) -> float | None:
    """The largest error when every output of every case is within float32's tolerance of the
    expected values but some is not within float64's (a computation in float32), else None."""
    worst, beyond64 = 0.0, False
    for c, got in results:
        for k, e in expected(c).items():
            g = got.get(k)
            if not isinstance(g, np.ndarray) or g.shape != e.shape:
                return None
            if not values_close(g, e, np.float32):
                return None
            beyond64 = beyond64 or not values_close(g, e, np.float64)
            if g.size:
                worst = max(worst, float(np.max(np.abs(g.astype(np.float64) - e))))
    return worst if beyond64 else None


#: the sizes a number in an error text can stand for
_SIZE_NAMES = ("T", "B", "I", "H")
#: sizes each case is built to vary (sigmoid's ndim): a setting a cover may name, not chance
_SETTING_SIZES = ("ndim",)
#: what each size's letter means, said beside a NumPy text written in them
_SIZE_WORDS = {
    "T": "time steps",
    "B": "batch size",
    "I": "input size (x's features)",
    "H": "hidden size",
    "4H": "the four gates' width",
    "2H": "two directions' width",
    "T-1": "one step fewer than T",
}


def _size_names(sizes: dict, n: int) -> set[str]:
    """The size letters of ``sizes`` equal to ``n`` (with 4H, the gates' width, and 2H, two
    directions')."""
    known = {k: v for k, v in sizes.items() if k in _SIZE_NAMES and isinstance(v, int)}
    if "H" in known:
        known["4H"], known["2H"] = 4 * known["H"], 2 * known["H"]
    if known.get("T", 0) > 1:  # a loop one step short
        known["T-1"] = known["T"] - 1
    return {k for k, v in known.items() if v == n}


#: a number in an error's text that may be a size: not part of a name (the 1 of weight_ih_l1)
_NUMBER = r"(?<![A-Za-z_\d])\d+(?![A-Za-z_\d])"


def sizes_in_error(texts: list[tuple[str, dict]]) -> str:
    """NumPy's text of the first case with each number that is the same size in every case
    raising with the same text (``texts``: (first line, case sizes)) written as that size:
    'could not broadcast input array from shape (B,H) into shape (B,I)'. Measured on two cases
    or more ('' otherwise, or when no number is one size in all of them)."""
    first = texts[0][0]
    shape = re.sub(_NUMBER, "#", first)
    same = [(t, z) for t, z in texts if re.sub(_NUMBER, "#", t) == shape]
    if len(same) < 2 or "#" not in shape:
        return ""

    slots = [re.findall(_NUMBER, t) for t, _ in same]
    out, named = [], False
    for k, n in enumerate(slots[0]):
        common = set.intersection(
            *(_size_names(z, int(sl[k])) for sl, (_, z) in zip(slots, same, strict=True))
        )
        one = next(iter(common)) if len(common) == 1 else None
        named = named or one is not None
        out.append(one or n)
    if not named:
        return ""
    parts = re.split(_NUMBER, first)
    text = "".join(p + (out[k] if k < len(out) else "") for k, p in enumerate(parts))
    legend = ", ".join(f"{k} = {w}" for k, w in _SIZE_WORDS.items() if k in out)
    # a number that is no size and the same in every one of them while the sizes vary: fixed
    varied = any(len({z.get(k) for _t, z in same}) > 1 for k in _SIZE_NAMES)
    fixed = [
        n
        for k, n in enumerate(slots[0])
        if out[k] == n
        and int(n) > 1  # 0 and 1 are empty and unit axes (a[None, :]), not a size written in
        and len({sl[k] for sl in slots}) == 1
        and varied
        # a size in every case (H in one, 2H = D·H in another): not shown to be fixed
        and not all(_size_names(z, int(n)) for _t, z in same)
        and not re.search(r"(axis|dimension|operand|argument) $", parts[k])  # not a size
    ]
    also = (
        f"; the {fixed[0]} is the same in every one of them, whatever the sizes: a fixed number (written in, or a name from outside the function)"  # noqa: E501
        if fixed
        else ""
    )
    return f"{text} ({legend}){also}"


#: what Python's or NumPy's error text means, in the book's words (a reading of the error
#: itself, said beside it: never a claim about which line of the student's code is wrong)
#: NumPy's RuntimeWarnings a check judges (the notebooks ask for a sigmoid that never
#: overflows), each with what it means: (text in the warning, advice)
WARNING_ADVICE = (
    (
        "overflow",
        "np.exp of a large positive number overflows (e^z for z > 709): use a form that never exponentiates a large positive number, e.g. ½(1 + tanh(z/2)), or np.exp(-|z|) split by the sign of z with both branches computed only where they apply (np.where evaluates both).",  # noqa: E501
    ),
    (
        "divide by zero",
        "A number your code divides by became exactly 0 there (as 1/e^z does where e^z underflows to 0, for z below about -745): the result is inf or a value that is right only by luck. Use a form that never divides by a number that can underflow, e.g. ½(1 + tanh(z/2)), or np.exp(-|z|) split by the sign of z.",  # noqa: E501
    ),
)

ERROR_GLOSSES = (
    (
        "slice indices must be integers",
        "That is: a slice bound (a:b) is not an int. A size computed with / is a float; // or "
        "int(...) gives an int.",
    ),
    (
        "cannot be interpreted as an integer",
        "That is: a float stands where an int belongs (range(...), a shape, an index). A size "
        "computed with / is a float; // or int(...) gives an int.",
    ),
    (
        "The truth value of an array with more than one element is ambiguous",
        "That is: an array stands where Python needs one True or False (if, and, or, not on an "
        "array). An elementwise choice is np.where(...).",
    ),
    (
        "'numpy.ndarray' object has no attribute",
        "That is: a NumPy array has no such method (torch's names differ): torch's .permute(...) "
        "is .transpose(...) in NumPy, .unsqueeze(k) is np.expand_dims(a, k) (or a[:, None]), "
        ".view(...) is .reshape(...), torch.cat is np.concatenate, .t() is .T, .size(k) is "
        ".shape[k].",
    ),
    (
        "view() takes",
        "That is: NumPy's a.view(...) reinterprets the dtype of the same memory; torch's "
        ".view(shape) is a.reshape(shape) in NumPy.",
    ),
    (
        "'int' object is not callable",
        "That is: a number is called like a function, e.g. NumPy's a.size, the number of "
        "elements (torch's a.size(k) is a.shape[k] in NumPy), or a name reused for an int.",
    ),
    (
        "got an unexpected keyword argument",
        "That is: the function the message names has no parameter of that name. Keep the "
        "parameter names of the notebook's signatures: the checks pass some arguments by name.",
    ),
    (
        "required positional argument",
        "That is: the function the message names was called without one of its parameters. "
        "Keep the notebook's signatures: their parameters, in their order, with their defaults.",
    ),
    (
        "positional arguments but",
        "That is: the function the message names takes fewer arguments than its call gives. "
        "Keep the notebook's signatures: their parameters, in their order, with their defaults.",
    ),
    (
        "need at least one array to stack",
        "That is: np.stack (or concatenate) got an empty list: the loop that fills it ran no "
        "step in this case (its range is empty).",
    ),
    (
        "need at least one array to concatenate",
        "That is: np.concatenate (or stack) got an empty list: the loop that fills it ran no "
        "step in this case (its range is empty).",
    ),
)


#: NumPy's "shapes (2,3) and (2,3) not aligned": a matrix product of two arrays of one shape
_SAME_SHAPES_PRODUCT = re.compile(r"shapes \((\d+),(\d+)\) and \(\1,\2\) not aligned")


def _slot_gloss(sized: str) -> str:
    """What 'could not broadcast input array from shape (B,H) into shape (B,I)' (sizes as
    symbols, measured on every case that raises it) says: a value put into a place with one
    other size, the array written into made with that size; '' unless exactly one differs."""
    m = re.search(r"from shape \(([^)]*)\) into shape \(([^)]*)\)", sized)
    if not m:
        return ""
    put, slot = ([a.strip() for a in g.split(",") if a.strip()] for g in m.groups())
    differ = [k for k, (a, b) in enumerate(zip(put, slot, strict=False)) if a != b]
    if len(put) != len(slot) or len(differ) != 1:
        return ""
    a, b = put[differ[0]], slot[differ[0]]
    if a not in _SIZE_WORDS or b not in _SIZE_WORDS:
        return ""
    text = f"That is: an assignment arr[...] = value puts a ({', '.join(put)}) value into a ({', '.join(slot)}) place: the array written into was made with {b} ({_SIZE_WORDS[b]}) where {a} ({_SIZE_WORDS[a]}) belongs in its shape."  # noqa: E501
    if (a, b) == ("H", "I"):
        text += " (np.zeros_like(x) and np.empty_like(x) have x's shape, with I; an output of H units needs np.zeros((T, B, H)).)"  # noqa: E501
    return text


def error_gloss(text: str) -> str:
    """What the error's text means (:data:`ERROR_GLOSSES`), or ''."""
    if _SAME_SHAPES_PRODUCT.search(text):
        return (
            "That is: a matrix product (np.dot, @, or * between np.matrix objects) of two arrays "
            "of the same shape; an elementwise product of two such arrays is * on plain NumPy "
            "arrays (np.multiply)."
        )
    return next((gloss for key, gloss in ERROR_GLOSSES if key in text), "")


def shape_symbols(pairs: list[tuple[tuple, dict]], symbols=()) -> tuple[str, ...]:
    """('B', 'I'): each axis of a wrong shape written as the one size it equals in every case of
    ``pairs`` ((shape, case sizes), the cases where it is wrong); () where an axis is no size,
    or more than one, in all of them, or the shapes differ in length. An axis whose expected
    symbol (``symbols``) is a number, and which has that length in every case, is that number
    (the 2 of (2, B, H)). An axis read as another size than the expected one must have two
    lengths at least among the cases (else a number written in could give it as well)."""
    if not pairs or len({len(shape) for shape, _ in pairs}) != 1:
        return ()
    out = []
    for k in range(len(pairs[0][0])):
        fixed = symbols[k] if len(symbols) == len(pairs[0][0]) else ""
        if fixed.isdigit() and all(shape[k] == int(fixed) for shape, _ in pairs):
            out.append(fixed)
            continue
        common = set.intersection(*(_size_names(z, shape[k]) for shape, z in pairs))
        if len(common) != 1:
            return ()
        sym = common.pop()
        if sym != fixed and len({shape[k] for shape, _ in pairs}) < 2:
            return ()  # one length in every such case: a size, or a number written in?
        out.append(sym)
    return tuple(out)


def shape_text(symbols: tuple[str, ...]) -> str:
    """'(B, I)' for ('B', 'I'), '(B,)' for ('B',); '' for ()."""
    return f"({', '.join(symbols)}{',' if len(symbols) == 1 else ''})" if symbols else ""


def shape_as_sizes(pairs: list[tuple[tuple, dict]], symbols=()) -> str:
    """'(B, I)': :func:`shape_symbols` written as a shape ('' where it is ())."""
    return shape_text(shape_symbols(pairs, symbols))


def note_parts(note: str) -> list[str]:
    """A case's note split at its commas outside brackets: 'lengths [3, 2], all < T' is two
    settings, not three."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(note):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(note[start:k])
            start = k + 1
    parts.append(note[start:])
    return [p.strip() for p in parts if p.strip()]


_BROADCAST_2D = re.compile(r"broadcast together with shapes \((\d+),(\d+)\) \((\d+),(\d+)\)")


def _elementwise_product(texts: list[tuple[str, dict]]) -> bool:
    """Every raising case's NumPy text is a broadcast error between (n, k) and (k, m) with
    n ≠ k or k ≠ m (two cases at least): shapes that fit a matrix product, met elementwise."""
    found = [_BROADCAST_2D.search(t) for t, _sizes in texts]
    if len(found) < 2 or not all(found):
        return False
    dims = [tuple(int(d) for d in m.groups()) for m in found]
    return all(k == k2 and (n != k or k2 != m) for n, k, k2, m in dims)


def _mixed_cover(shared: str) -> bool:
    """A cover ('hx=None or num_layers=3') that mixes a None state with another setting: the
    None is not shown to be what makes the code raise, so what None stands for is not said."""
    parts = shared.split(" or ")
    return len(parts) > 1 and not all(p.endswith("=None") for p in parts)


def shared_setting(raising: list[Case], running: list[Case], arg_names=()) -> str:
    """'T=1' or 'batch_first=True or h0=None': at most three settings that no running case has
    and that together cover every raising case ('' when none separates them exactly, or when
    one case raises: one case shares everything with itself)."""
    if len(raising) < 2:
        return ""

    def settings(c: Case) -> set[str]:
        out = {f"{k}={v}" for k, v in c.sizes.items() if isinstance(v, (int, str))}
        out |= {f"{k}=None" for k, v in zip(arg_names, c.args, strict=False) if v is None}
        # "h0 given" is what every case with h0 not None has (a note says it beside "c0 = None")
        out |= {f"{k} given" for k, v in zip(arg_names, c.args, strict=False) if v is not None}
        out |= {f"{k} given" for k, v in c.kwargs.items() if v is not None}
        lengths = dict(zip(arg_names, c.args, strict=False)).get("lengths")
        if lengths is not None and np.size(lengths) and int(np.min(lengths)) == 1:
            out.add("a sequence of length 1")  # the classic edge case of a lengths argument
        if lengths is not None and np.size(lengths) and isinstance(c.sizes.get("T"), int):
            longest = int(np.max(lengths))  # the other edge: a sequence as long as x, or none
            full = longest == c.sizes["T"]
            out.add("a sequence as long as T" if full else "every sequence shorter than T")
        out |= {
            f"{k}={v!r}"
            for k, v in c.kwargs.items()
            if v is None or isinstance(v, (bool, int, str))
        }
        # a note's "c0 = None" is the argument's c0=None (one setting, whichever wrote it)
        notes = {re.sub(r"^(\w+) = None$", r"\1=None", p) for p in note_parts(c.note)}
        return out | notes

    never = set().union(*(settings(c) for c in running)) if running else set()
    shared = set.intersection(*(settings(c) for c in raising)) - never
    if shared:  # one setting every raising case has and no running case has (e.g. T=1)
        # a named setting (a flag, a None state, a case's note) before a size: two cases that
        # share B=3 and bidirectional=True raise for the flag as far as the cases can tell
        size_keys = set(raising[0].sizes)
        first = sorted(
            shared, key=lambda k: (k.split("=")[0] in size_keys, k[:1] not in "TBIHL", len(k))
        )[0]
        given = {f"{k}=None" for k in arg_names} | {
            k for c in raising for k in settings(c) if k.split("=")[0] in c.kwargs
        }
        if first not in given:
            return first
        # arguments that always come together (dh_n=None with dc_n=None): each is said, since
        # the cases cannot tell which of them makes the code raise
        return " and ".join(sorted(k for k in shared if k in given and k.count("=") == 1)[:3])
    unequal = _sizes_unequal(raising, running)
    if unequal:  # e.g. every case that runs has B = H (a length B where H belongs raises)
        return unequal
    # else a cover of at most three named settings (a None state, a flag, a case's note); a
    # size that one or two cases happen to share is chance, never part of a cover
    sizes = {
        k
        for c in raising
        for k in settings(c)
        if k.split("=")[0] in c.sizes and k.split("=")[0] not in _SETTING_SIZES
    }
    left, chosen = list(raising), []
    while left and len(chosen) < 3:
        counts: dict[str, int] = {}
        for c in left:
            for setting in settings(c) - never - sizes:
                counts[setting] = counts.get(setting, 0) + 1
        if not counts:
            return ""
        best = max(sorted(counts), key=lambda k: (counts[k], -len(k)))
        chosen.append(best)
        left = [c for c in left if best not in settings(c)]
    return " or ".join(chosen) if not left else ""


def _sizes_unequal(raising: list[Case], running: list[Case]) -> str:
    """'B ≠ H' where two sizes differ in every raising case and are equal in every running one
    (two running cases at least): the one such pair of the book's sizes, else ''."""
    if len(running) < 2:
        return ""
    names = ("T", "B", "I", "H")
    found = [
        f"{a} ≠ {b}"
        for k, a in enumerate(names)
        for b in names[k + 1 :]
        if all(_ints(c, a, b) and c.sizes[a] != c.sizes[b] for c in raising)
        and all(_ints(c, a, b) and c.sizes[a] == c.sizes[b] for c in running)
    ]
    return found[0] if len(found) == 1 else ""


def _ints(c: Case, *keys: str) -> bool:
    return all(isinstance(c.sizes.get(k), int) for k in keys)


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


def other_matrix_grad(function: str, name: str, got: tuple, expected: tuple, case) -> list:
    """A backward exercise's dx with h's shape (B, H), or dh with x's (B, I) (I ≠ H): the
    shape δa W_hh, resp. δa W_ih, gives (said from the shape, which only that product has)."""
    I, H = case.sizes.get("I"), case.sizes.get("H")
    if not function.endswith("_backward") or I is None or I == H or len(got) != len(expected):
        return []
    if got[:-1] != expected[:-1]:
        return []
    wrong = {("x", H): ("W_hh", "W_ih", "x"), ("h", I): ("W_ih", "W_hh", "h_{t-1}")}
    key = (name, got[-1]) if expected[-1] == (I if name == "x" else H) else None
    if key not in wrong:
        return []
    used, right, var = wrong[key]
    text = f"the gradient of {var} has the last axis {got[-1]} that δa {used} gives; {var} enters through {right}: its gradient is δa {right} (da @ {right}), of shape {tuple(expected)}."  # noqa: E501
    return [Finding("grad.backprop_matrix", function, text, term=name)]


def difference_text(diff, symbols, dtype, show_expected: bool) -> str:
    """Where the first and the worst difference are (expected values only on fixed cases)."""
    at = where_in_words(diff.first, symbols)
    if show_expected:
        got, exp = f"{diff.got_first:.6g}", f"{diff.expected_first:.6g}"
        for digits in (10, 14, 17):  # as many digits as it takes to show that they differ
            if got != exp:
                break
            got, exp = f"{diff.got_first:.{digits}g}", f"{diff.expected_first:.{digits}g}"
        first = f"First difference at {at}: got {got}, expected {exp}."
    else:
        first = f"First difference at {at}: got {diff.got_first:.6g}."
    atol, rtol = tolerance(dtype)
    worst = f"{diff.n_bad} of {diff.size} elements differ; the largest error, {diff.max_abs:.2e}, is at {where_in_words(diff.worst, symbols)}"  # noqa: E501
    return f"{first}\n{worst} (tolerance for {np.dtype(dtype)}: {atol:g} + {rtol:g}·|expected|)."


def fixed_case_hint(function: str, number: int) -> str:
    """How a student gets a fixed case's inputs into their own notebook."""
    from lstm_ref.checks.registry import step_through

    return step_through(function, number)


def args_shapes(names, case: Case) -> str:
    """'x (3, 2, 4), h0 (2, 4), ..., batch_first=True': what a crashing call was given."""
    parts = []
    for name, value in [*zip(names, case.args, strict=False), *case.kwargs.items()]:
        if isinstance(value, np.ndarray):
            parts.append(f"{name} {tuple(value.shape)}")
        elif isinstance(value, (bool, int, float, str)) or value is None:
            parts.append(f"{name}={value!r}")
        elif isinstance(value, (tuple, list)) and all(isinstance(v, np.ndarray) for v in value):
            parts.append(f"{name} ({', '.join(str(tuple(v.shape)) for v in value)})")
    return ", ".join(parts)
