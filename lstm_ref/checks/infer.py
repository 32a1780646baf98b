"""Inference of the student's computation: fit a model with named parts to the student's answers.

A :class:`Model` computes a graded function from parts (which rows each gate reads, each gate's
activation, how c and h are combined, which step's state feeds the next, ...). Every part is a
:class:`Factor` whose first option is the right one. The check asks the student's function
targeted questions (probe cases: one weight block non-zero, a zero state, one-hot inputs, a
single non-zero step, ...) and :func:`fit` changes parts, one or two at a time, while that makes
more of the student's answers come out exactly. A fit that reproduces **every** answer the student
gave (all probes and all cases the check ran) is an explanation; each part that differs from the
right one is then a finding. Anything less explains nothing and names nothing, so a finding is
never a guess.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from lstm_ref.checks.compare import narrow_float, tolerance


@dataclass(frozen=True)
class Factor:
    """One part of the computation: ``options[0]`` is right; ``pair`` marks it for pair search."""

    name: str
    options: tuple
    pair: bool = True


class Model:
    """A function's computation in parts. Subclasses define ``factors`` and ``run``."""

    factors: Sequence[Factor] = ()
    #: evaluations the search may spend (a count, not a clock: the same on every machine); a
    #: model whose evaluation is costly (a whole BPTT) sets fewer
    evaluations: int = 700
    #: parts known right (shown by cases that isolate them): never changed by the search
    frozen: frozenset | set = frozenset()

    def correct(self) -> dict:
        return {f.name: f.options[0] for f in self.factors}

    def run(self, case, choice: dict) -> dict[str, np.ndarray]:  # pragma: no cover
        raise NotImplementedError

    def findings(self, choice: dict, function: str) -> list:  # pragma: no cover
        """The Findings for the parts of ``choice`` that differ from the right ones."""
        raise NotImplementedError

    def groups(self, choice: dict) -> list[tuple[str, ...]]:
        """Sets of factors worth changing together (besides pairs of ``pair`` factors)."""
        return []

    def stages(self) -> list[tuple[set, Callable]]:
        """Questions asked in order before the joint fit: (factor names, which evidence answers
        them). E.g. the one-step probes answer the cell's parts, then sequences the rest."""
        return []


def mismatches(got: dict, model_out: dict) -> int:
    """How many elements of the student's outputs the model does not reproduce. Where one
    output is in a narrower float type (float32), every output of that answer is compared at
    that type's tolerance: the rounding that made it also reached the others (an input cast to
    float32 leaves float64 outputs with float32's errors)."""
    with np.errstate(invalid="ignore", over="ignore"):
        return _count(got, model_out)


def _count(got: dict, model_out: dict, limit: float = np.inf) -> int:
    """:func:`mismatches` with NumPy's warnings left as they are (``loss`` silences them once);
    it stops counting once past ``limit`` (a trial already worse than the best)."""
    n = 0
    for k, gg, atol, rtol in _prepared(got):
        m = model_out.get(k)
        n += gg.size if m is None or np.shape(m) != gg.shape else _count_one(gg, m, atol, rtol)
        if n > limit:  # strictly: a trial that only equals the best is counted in full
            break
    return n


def _count_one(gg: np.ndarray, m, atol: float, rtol: float) -> int:
    """How many elements of ``gg`` differ from ``m`` (same shape) beyond the tolerance; NaN or
    inf on either side differs (the comparison is negated, so that NaN never counts as close)."""
    mm = np.asarray(m, dtype=np.float64)
    if mm.ndim == 0:  # a 0-d array: NumPy's arithmetic gives scalars, which take no out=
        close = abs(float(gg) - float(mm)) <= atol + rtol * abs(float(mm))
        return 0 if close else 1
    d = gg - mm
    np.abs(d, out=d)
    t = np.abs(mm)
    t *= rtol
    t += atol
    return int(d.size - np.count_nonzero(d <= t))


#: id(answer) -> (answer, its outputs as float64 with their tolerances): a search compares one
#: answer with thousands of model outputs (the answer kept here, so that its id stays its own;
#: an answer is never changed once it is evidence)
_PREPARED: dict = {}


def _prepared(got: dict) -> list:
    hit = _PREPARED.get(id(got))
    if hit is not None and hit[0] is got:
        return hit[1]
    narrow = [g.dtype for g in got.values() if narrow_float(g)]
    prep = []
    for k, g in got.items():
        atol, rtol = tolerance(narrow[0] if narrow else g.dtype)
        prep.append((k, g.astype(np.float64, copy=False), atol, rtol))
    if len(_PREPARED) > 512:  # answers of earlier checks
        _PREPARED.clear()
    _PREPARED[id(got)] = (got, prep)
    return prep


def loss(model: Model, evidence, choice: dict, limit: float = np.inf) -> float:
    total = 0
    with np.errstate(all="ignore"):
        for case, got in evidence:
            try:
                out = model.run(case, choice)
            except Exception:  # a part that cannot run on this case cannot be the student's
                return np.inf
            total += _count(got, out, limit - total)
            if total >= limit:
                return total
    return total


@dataclass
class Fit:
    choice: dict
    exact: bool
    remaining: float


class Budget:
    """How many more times the model may be evaluated on the search evidence: a count, not a
    clock, so that a check names the same things on a busy machine as on a quiet one."""

    def __init__(self, evaluations: int):
        self.left = evaluations

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def fit(
    model: Model,
    search: list,
    verify: list,
    *,
    rounds: int = 6,
    max_pairs: int = 600,
    evaluations: int | None = None,
) -> Fit:
    """Change parts of ``model`` while it reproduces more of the student's answers on ``search``;
    an exact fit is then verified on ``verify`` (every case the check ran).

    First the model's stages (each part asked on the evidence that answers it, e.g. the cell's
    parts on one-step probes; a stage's answer is kept only if it explains that evidence
    exactly), then the joint search. At most ``evaluations`` evaluations per search (a count,
    not a clock): a fit that is not exact names nothing, so running out can only leave a mistake
    unnamed, never name a wrong one."""

    def exact(choice):
        return loss(model, search, choice) == 0 and loss(model, verify, choice) == 0

    evaluations = model.evaluations if evaluations is None else evaluations

    start = model.correct()
    choice = start
    settled: set = set()  # parts whose own evidence the right parts explain: tried last
    for names, which in model.stages():
        if set(names) <= set(model.frozen):
            continue
        part = [e for e in search if which(e[0])]
        if part and loss(model, part, choice) == 0:
            settled |= set(names)
        elif part:  # singles only, on a budget of their own; kept only if they explain the part
            trial = _greedy(model, part, choice, names, 3, 0, Budget(evaluations // 3))
            if loss(model, part, trial) == 0:
                choice = trial
    staged = choice != start
    choice = _greedy(
        model, search, choice, None, rounds, max_pairs, Budget(evaluations), last=settled
    )
    if loss(model, search, choice) == 0 and not exact(choice):
        # the search's answers are explained, some others (a random case) are not: those join
        # the search (a part that only they show, e.g. h0 None with c0 given)
        extra = [v for v in verify if loss(model, [v], choice) > 0]
        search = [*search, *extra]
        choice = _greedy(model, search, choice, None, rounds, max_pairs, Budget(evaluations))
    if staged and not exact(choice):
        # a stage's answer can be one that a later part also gives on its evidence (dc_next
        # ignored vs dc_n ignored, on one step): the joint search again from the right parts
        choice = _greedy(model, search, start, None, rounds, max_pairs, Budget(evaluations))
    return Fit(choice, exact(choice), 0 if exact(choice) else 1)


def _greedy(model, search, choice, names, rounds, max_pairs, budget, last=()) -> dict:
    """Single changes while they help, then one round of pairs (only ``names`` factors, if set;
    the ``last`` factors' changes tried after the others', and in a round only where no other
    change helped: parts that their own evidence showed right)."""
    factors = [
        f
        for f in model.factors
        if (names is None or f.name in names) and f.name not in model.frozen
    ]
    best = loss(model, search, choice)
    tried_pairs = False
    changes = [(f.name, opt) for f in factors for opt in f.options]
    last_names = set(last)
    changes.sort(key=lambda kv: kv[0] in last_names)  # stable: the factors' order otherwise
    singles: dict = {}
    helped: set = set()
    best_before = best
    for _ in range(rounds):
        if best == 0 or budget.left <= 0:
            break
        search = _worst_first(model, search, choice)
        step = None
        if singles:  # the changes that helped in an earlier round first (two mistakes: the
            # other one's change is among them, or an equal alternative to the one taken), best
            # last round first; the order changes what the budget reaches first, never what an
            # exact fit is
            prev, prev_best = singles, best_before
            helped |= {kv for kv, v in prev.items() if v < prev_best}
            changes.sort(
                key=lambda kv: (kv[0] in last_names, kv not in helped, prev.get(kv, np.inf))
            )
        best_before = best
        singles = {}  # (factor, option) -> its loss this round (at most ``best``)
        for name, opt in changes:
            if step is not None and name in last_names:
                break  # a change of the other parts helps: the ``last`` ones are not tried
            if opt == choice[name] or not budget.take():
                continue
            trial = {**choice, name: opt}
            val = loss(model, search, trial, best)
            singles[(name, opt)] = val  # past ``best``: it stopped there, worse
            if val < best and (step is None or val < step[0]):
                step = (val, trial)
            if val == 0:
                break
        if step is None and not tried_pairs and budget.left > 0 and max_pairs:
            tried_pairs = True
            step = _pair_step(model, search, choice, best, max_pairs, factors, budget, singles)
        if step is None:
            break
        best, choice = step
    return choice


def _worst_first(model, search, choice) -> list:
    """``search`` ordered by how much of each answer ``choice`` gets wrong, most first: a trial
    that is no better stops (``loss``'s limit) after the fewest evaluations. The order changes
    the time only, never the result (a loss is the same sum in any order)."""
    scored = []
    for k, item in enumerate(search):
        scored.append((-loss(model, [item], choice), k, item))
    scored.sort(key=lambda s: (s[0], s[1]))
    return [item for _, _, item in scored]


def _pair_step(model, search, choice, best, max_pairs, factors, budget, singles=None):
    """The best change of two parts at once (``pair`` factors, plus the model's own groups).
    The pairs whose parts each brought the answers nearer alone (``singles``: each single
    change's loss) are tried first, then parts that changed nothing alone: the order changes
    which pairs the budget reaches first, never what an exact fit is (it is verified on every
    case either way)."""
    pairs, grouped = [], []
    allowed = {f.name for f in factors}
    pairable = [f for f in factors if f.pair]
    for f1, f2 in itertools.combinations(pairable, 2):
        for o1 in f1.options:
            if o1 == choice[f1.name]:
                continue
            for o2 in f2.options:
                if o2 != choice[f2.name]:
                    pairs.append({f1.name: o1, f2.name: o2})
    for names in model.groups(choice):
        if not set(names) <= allowed:
            continue
        opts = [next(f for f in model.factors if f.name == n).options for n in names]
        for combo in itertools.product(*opts):
            change = {n: o for n, o in zip(names, combo, strict=True) if o != choice[n]}
            if len(change) >= 2:
                grouped.append(change)
    if singles:

        def promise(change):  # parts that helped alone first, then those that changed
            # nothing alone (they may act only together), those that made it worse last
            vals = [singles.get(kv, best + 1) for kv in change.items()]
            return (sum((v >= best) + (v > best) for v in vals), sum(min(v, best) for v in vals))

        pairs.sort(key=promise)  # stable: the factors' order among equals
    # the model's own groups (parts that only act together) first, then the pairs
    candidates = grouped + pairs if singles else pairs + grouped
    step = None
    for change in candidates[:max_pairs]:
        if not budget.take():
            break
        trial = {**choice, **change}
        val = loss(model, search, trial, best)
        if val < best and (step is None or val < step[0]):
            step = (val, trial)
        if val == 0:
            break
    return step


def run_student(fn: Callable, case, structure, unpack, copy_args) -> dict | None:
    """The student's flat outputs on ``case``, or None if the function raised or returned junk."""
    try:
        with np.errstate(all="ignore"):
            flat = unpack(fn(*copy_args(case.args), **copy_args(dict(case.kwargs))), structure)
        out = {}
        for k, v in flat.items():
            if hasattr(v, "detach"):
                v = v.detach().numpy()
            v = np.asarray(v)
            if v.dtype.kind != "f":
                return None
            out[k] = v
        return out
    except Exception:  # a probe the student's code can't take tells nothing
        return None


@dataclass
class ProbeStack:
    """Probes stacked on a leading axis: the model answers all of them in one call."""

    args: tuple
    kwargs: dict
    kind: str = "probe"
    count: int = 0


def stack(cases: list, results: list) -> list[tuple[ProbeStack, dict]]:
    """Probes grouped by keyword arguments and shapes, each group's arrays stacked on a new
    leading axis (the student's answers likewise): the model answers a group in one call."""
    groups: dict = {}
    for c, r in zip(cases, results, strict=True):
        if r is None:
            continue
        key = (
            repr(sorted(c.kwargs.items())),
            tuple(np.shape(a) for a in _leaves(c.args)),
            tuple((k, v.shape) for k, v in r.items()),
        )
        groups.setdefault(key, []).append((c, r))
    out = []
    for pairs in groups.values():
        args = _stack_tree([c.args for c, _ in pairs])
        got = {k: np.stack([r[k] for _, r in pairs]) for k in pairs[0][1]}
        out.append((ProbeStack(args, dict(pairs[0][0].kwargs), count=len(pairs)), got))
    return out


def _leaves(obj):
    if isinstance(obj, (tuple, list)):
        for o in obj:
            yield from _leaves(o)
    else:
        yield obj


def _stack_tree(items):
    first = items[0]
    if isinstance(first, (tuple, list)):
        return tuple(_stack_tree([it[k] for it in items]) for k in range(len(first)))
    if isinstance(first, np.ndarray):
        return np.stack(items)
    return first


class NotApplicable(Exception):  # noqa: N818 (a signal, not an error)
    """Raised by a catalogued mistake that does not apply to a case (batch_first ignored, on a
    case without batch_first): there its answer is the right answer."""


def catalogue_matches(mistakes, evidence, run_mistake, expected_of, same) -> list:
    """The catalogued mistakes whose answers equal the student's on every case of ``evidence``.

    The one rule for a mistake that raises, for every check: :class:`NotApplicable` means "the
    right answer here"; any other exception means "not this mistake" (the student's code ran).
    A mistake that equals the right answer on every case explains nothing and is left out.
    """
    matched = []
    for mistake in mistakes:
        ok, differs = True, False
        for case, got in evidence:
            exp = expected_of(case)
            try:
                with np.errstate(all="ignore"):
                    m = run_mistake(mistake, case)
            except NotApplicable:
                m = exp
            except Exception:
                ok = False
                break
            if not same(got, m):
                ok = False
                break
            differs = differs or not same(m, exp)
        if ok and differs:
            matched.append(mistake)
    return matched
