"""The one registry of checks: each graded name, its declared spec, and how the student's code is
called (a function; a module class with ``load_state_dict``; a shapes function).

``check_*``, :func:`fixed_case`, the corpora tests and bench/bench_checks.py all read it:
``ENTRIES[name].spec()`` is the check's :class:`~lstm_ref.checks.core.Spec`, ``run_check(name,
fn, ...)`` runs it. Every call of the student's code goes through ``student.call_student``.
"""

from __future__ import annotations

import contextlib
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lstm_ref.checks.failure import CheckFailure


@dataclass(frozen=True)
class Entry:
    """One graded name. ``form``: "function" | "module" | "shapes". ``spec``: the declared spec
    (None for the shapes function, whose cases are configurations: ``run`` runs it). ``before``:
    checked before the cases (the module's initialisation): raises where nothing else can be
    judged, else returns findings treated as ``also``'s. ``runner``: the engine's Runner or a
    subclass (every one judges NumPy's overflow warnings). ``also``: independent checks, (code) ->
    [Finding]: measured on their own, their findings are added to whatever the cases find (two
    mistakes at once are both named), or fail the check alone when the cases pass."""

    name: str
    form: str
    spec: Callable | None
    runner: type | None = None
    before: Callable | None = None
    run: Callable | None = None
    also: Callable | None = None


@functools.cache
def entries() -> dict[str, Entry]:
    from lstm_ref.checks import check_backward as CB
    from lstm_ref.checks import check_cell as CC
    from lstm_ref.checks import check_layer_backward as LB
    from lstm_ref.checks import check_scratch as SC
    from lstm_ref.checks import check_seq as SQ
    from lstm_ref.checks import check_shapes as SH
    from lstm_ref.checks.core import Runner

    rows = [
        Entry("sigmoid", "function", CC.sigmoid_spec),
        Entry("lstm_gates", "function", CC.lstm_gates_spec),
        Entry("lstm_cell", "function", CC.lstm_cell_spec),
        Entry("lstm_layer", "function", SQ.lstm_layer_spec),
        Entry("bilstm_layer", "function", SQ.bilstm_layer_spec),
        Entry("lstm_layer_lengths", "function", SQ.lstm_layer_lengths_spec),
        Entry("bilstm_layer_lengths", "function", SQ.bilstm_layer_lengths_spec),
        Entry("lstm_cell_backward", "function", CB.lstm_cell_backward_spec),
        Entry("lstm_layer_backward", "function", LB.spec),
        Entry("ScratchLSTM", "module", SC.spec, before=SC.check_init, also=SC.independent),
        Entry("lstm_output_shapes", "shapes", None, run=SH.run),
    ]
    return {e.name: e if e.runner or e.run else _with_runner(e, Runner) for e in rows}


def _with_runner(e: Entry, runner: type) -> Entry:
    return Entry(e.name, e.form, e.spec, runner, e.before, e.run, e.also)


def run_check(name: str, fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Run ``name``'s check on the student's ``fn`` (function or class)."""
    entry = entries()[name]
    try:
        if entry.run is not None:
            return entry.run(fn, cases=cases, seed=seed)
        # the module's initialisation: a structure that can't be judged raises; how the values
        # are drawn comes back as findings, judged beside the cases like ``also``
        drawn = list(entry.before(fn) or []) if entry.before is not None else []
        also = drawn + (entry.also(fn) if entry.also is not None else [])
        try:
            runner = entry.runner(entry.spec(), fn)
            # parameters drawn narrower than float64: the diagnosis compares at their tolerance
            runner.narrow = any(f.term == "dtype" for f in drawn)
            done = runner.run(cases, seed)
        except CheckFailure as exc:
            if also and exc.stage != "forbidden":
                exc.findings = (*exc.findings, *also)
                exc.args = (exc.args[0] + "".join(f"\nAlso: {f.text}" for f in also),)
            raise
        if also:
            text = "\n".join(f.text for f in also)
            stage = "init" if drawn else "also"
            raise CheckFailure(f"{name}: {text}", check=name, stage=stage, findings=tuple(also))
        print(done)
        return None
    except CheckFailure as exc:
        if cases == "shapes" and exc.stage != "forbidden":
            beyond_shapes(exc, name, fn, seed)
        add_hint(exc)
        raise


def beyond_shapes(exc: CheckFailure, name: str, fn, seed) -> None:
    """A failure of the shapes cell (a shape, an argument changed in place, a list, an error)
    can hide a mistake in the values that the next cell would name: the same check on the
    fixed cases, run once more, and the mistakes it names that this failure does not, added
    (measured by the same engine; nothing is added where it names none)."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # its "match" line is not this cell's
            run_check(name, fn, cases="fixed", seed=seed)
    except CheckFailure as more:
        said = {f.text for f in exc.findings}
        new = [
            f for f in more.findings
            if not f.id.startswith("located.") and f.text not in said and f.text not in exc.args[0]
        ]  # fmt: skip
        if new:
            lines = "".join(f"\n  - {f.text}" for f in new)
            text = f"\nBeyond the shapes, the fixed cases (the next cell's check) show:{lines}"
            exc.args = (exc.args[0] + text,)
            exc.findings = (*exc.findings, *new)
    except Exception:  # noqa: BLE001 (advice only: the shapes cell's own verdict stands)
        return


def add_hint(exc) -> None:
    """Append "hint: lstm_ref.hints.hint('lstm_cell', 2)" where lstm_ref/hints.py maps one of the
    failure's finding ids to a hint level (the mapping is read, never copied); the hint is the
    checked function's own where it has hints, so a finding shared by several exercises (a
    sequence mistake in ScratchLSTM) never points at another exercise's hint."""
    try:
        from lstm_ref.hints import FUNCTIONS, HINTS_FOR_FINDING
    except ImportError:
        return
    for f in exc.findings:
        if f.id in HINTS_FOR_FINDING:
            function, level = HINTS_FOR_FINDING[f.id]
            if getattr(exc, "check", None) in FUNCTIONS:
                function = exc.check  # a finding shared by several exercises: this one's hint
            exc.args = (f"{exc.args[0]}\nhint: lstm_ref.hints.hint({function!r}, {level})",)
            return


def fixed_cases(name: str) -> list[dict]:
    """``name``'s fixed cases as keyword arguments (see :func:`fixed_case`)."""
    entry = entries()[name]
    if entry.form == "shapes":
        from lstm_ref.checks.check_shapes import _fixed

        return [dict(c) for c in _fixed()]
    spec = entry.spec()
    out = []
    for case in spec.fixed_cases():
        kwargs = dict(zip(spec.arg_names, _copy(case.args), strict=False))
        kwargs.update(_copy(dict(case.kwargs)))
        out.append(kwargs)
    return out


def fixed_case(function_name: str, n: int) -> dict:
    """Fixed case ``n`` (1-based, as the check's message numbers it) of ``function_name``'s check:
    the keyword arguments of your function, e.g. ``lstm_cell(**fixed_case("lstm_cell", 1))``.

    For "ScratchLSTM": {"init": constructor keyword arguments, "state_dict": nn.LSTM's weights as
    float64 arrays, "x": the input, "hx": (h_0, c_0) or None};
    call ``m = ScratchLSTM(**c["init"])``,
    ``m.load_state_dict(c["state_dict"])``, ``m(c["x"], c["hx"])``.
    For "lstm_output_shapes": its keyword arguments (seq_len, batch, ...).
    """
    if function_name not in entries():
        names = ", ".join(sorted(entries()))
        raise ValueError(f"no check for {function_name!r}; the graded functions are: {names}")
    cases = fixed_cases(function_name)
    if not isinstance(n, (int, np.integer)) or not 1 <= n <= len(cases):
        raise ValueError(f"{function_name} has fixed cases 1 to {len(cases)}; got {n!r}")
    return cases[n - 1]


def step_through(function_name: str, n: int) -> str:
    """How a student calls their own code on fixed case ``n``."""
    form = entries()[function_name].form if function_name in entries() else "function"
    if form == "module":
        return (
            f'To step through this case: `from lstm_ref.checks import fixed_case`; `c = fixed_case("{function_name}", {n})`; '  # noqa: E501
            f'`m = {function_name}(**c["init"])`; `m.load_state_dict(c["state_dict"])`; `m(c["x"], c["hx"])`.'  # noqa: E501
        )
    call = f'{function_name}(**fixed_case("{function_name}", {n}))'
    return f"To step through this case: `from lstm_ref.checks import fixed_case`, then `{call}`."


def _copy(obj):
    if isinstance(obj, np.ndarray):
        return obj.copy()
    if isinstance(obj, (tuple, list)):
        return type(obj)(_copy(o) for o in obj)
    if isinstance(obj, dict):
        return {k: _copy(v) for k, v in obj.items()}
    return obj
