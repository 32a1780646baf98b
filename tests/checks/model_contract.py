"""Shared by the model tests (test_model_*.py): a graded function's model, its evidence (the spec's
fixed cases and probes, the probes stacked as the check stacks them) and what "changes the output"
means: at least one element differs by more than the checks' own float64 tolerance
(``infer.mismatches``, the measure the fit uses), or the option raises where the right parts run
(``infer.loss`` then rules it out: "a part that cannot run on this case cannot be the student's").
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import numpy as np

from lstm_ref.checks.compare import TOLERANCES
from lstm_ref.checks.findings import KINDS
from lstm_ref.checks.infer import mismatches, stack
from lstm_ref.checks.registry import entries

ATOL, RTOL = TOLERANCES["float64"]


@dataclass
class Subject:
    """One graded function: its spec, its model and the evidence every check run has."""

    name: str
    spec: object
    model: object
    fixed: list
    probes: list  # one by one, as the student is asked
    stacked: list  # the probes stacked on a leading axis, as the fit asks the model

    @property
    def evidence(self) -> list:
        """(label, case) for the fixed cases and the stacked probes."""
        out = [(f"fixed case {c.number}", c) for c in self.fixed]
        return out + [(f"probes stacked {k} ({c.count})", c) for k, c in enumerate(self.stacked)]


@functools.cache
def subject(name: str) -> Subject:
    spec = entries()[name].spec()
    model = spec.model()
    probes = spec.probes()
    right = model.correct()
    stacked = [c for c, _ in stack(probes, [model.run(p, right) for p in probes])] if probes else []
    return Subject(name, spec, model, spec.fixed_cases(), probes, stacked)


def wrong_options(model) -> list[tuple[str, object]]:
    """Every (factor, option) but the right one, in the model's order."""
    return [(f.name, o) for f in model.factors for o in f.options[1:]]


def option_id(option) -> str:
    return f"{option[0]}={option[1]!r}".replace(" ", "")


def run(model, case, choice: dict) -> dict | None:
    """The model's outputs on ``case`` with ``choice``, or None where that choice raises."""
    try:
        with np.errstate(all="ignore"):
            return model.run(case, choice)
    except Exception:  # noqa: BLE001 (a part that cannot run on this case)
        return None


@functools.cache
def right_outputs(name: str) -> tuple:
    s = subject(name)
    return tuple(run(s.model, c, s.model.correct()) for _, c in s.evidence)


def differs(a: dict | None, b: dict | None) -> bool:
    """Whether two sets of outputs can be told apart (either way round, at float64's tolerance;
    one that raises is told apart from one that runs)."""
    if a is None or b is None:
        return (a is None) != (b is None)
    return bool(mismatches(a, b) or mismatches(b, a))


def told_apart_on(name: str, choice: dict, cases=None) -> list[str]:
    """The labels of the evidence cases (or ``cases``: (label, case)) where ``choice`` changes
    the model's output from the right parts'."""
    s = subject(name)
    right = s.model.correct()
    if cases is None:
        pairs = zip(s.evidence, right_outputs(name), strict=True)
    else:
        pairs = ((lc, run(s.model, lc[1], right)) for lc in cases)
    return [label for (label, c), want in pairs if differs(run(s.model, c, choice), want)]


def unseen_in_stage(name: str, names: set, stage: list) -> list[tuple[str, object]]:
    """The wrong options of the factors ``names`` that no case of ``stage`` tells apart from the
    right parts (a stage may keep only what its evidence shows)."""
    model = subject(name).model
    right = model.correct()
    return [
        (f.name, o)
        for f in model.factors
        if f.name in names
        for o in f.options[1:]
        if not told_apart_on(name, {**right, f.name: o}, stage)
    ]


def random_evidence(name: str, seeds=(0, 1, 2)) -> list:
    """(label, case) for the spec's random cases of a few seeds."""
    spec = subject(name).spec
    out = []
    for seed in seeds:
        for c in spec.random_cases(np.random.default_rng(seed), seed):
            out.append((f"random case {c.number} (seed {seed})", c))
    return out


def indistinguishable_pairs(name: str) -> set[frozenset]:
    """Pairs of wrong single options whose outputs are equal on every evidence case."""
    s = subject(name)
    right = s.model.correct()
    outs = {
        o: [run(s.model, c, {**right, o[0]: o[1]}) for _, c in s.evidence]
        for o in wrong_options(s.model)
    }
    pairs = set()
    for a, b in itertools.combinations(outs, 2):
        if not any(differs(x, y) for x, y in zip(outs[a], outs[b], strict=True)):
            pairs.add(frozenset((a, b)))
    return pairs


def assert_close(got: dict, want: dict, where: str) -> None:
    """Every output of ``want`` in ``got``, same shape, equal at the checks' float64 tolerance."""
    assert set(want) <= set(got), f"{where}: the model returns {sorted(got)}, torch {sorted(want)}"
    for k, w in want.items():
        g = np.asarray(got[k], dtype=np.float64)
        assert g.shape == w.shape, f"{where}: {k} has shape {g.shape}, torch's is {w.shape}"
        err = np.abs(g - w) - (ATOL + RTOL * np.abs(w))
        worst = np.unravel_index(np.argmax(err), err.shape) if err.size else ()
        assert not np.any(err > 0), (
            f"{where}: {k} differs from torch at {worst}: {g[worst]!r} vs {w[worst]!r}"
        )


def assert_findings_valid(found: list, choice_text: str) -> None:
    """At least one finding, each of a kind in KINDS and with a sentence."""
    assert found, f"{choice_text}: findings() returned [] for a wrong part"
    for f in found:
        assert f.id in KINDS, f"{choice_text}: finding id {f.id!r} is not in KINDS"
        assert f.text.strip(), f"{choice_text}: finding {f.id!r} has no text"


def expected_finding(name: str, choice: dict):
    """The finding the model gives for ``choice`` (exactly one expected)."""
    found = expected_findings(name, choice)
    assert len(found) == 1, f"{choice}: expected one finding, got {found}"
    return found[0]


def expected_findings(name: str, choice: dict) -> list:
    """The findings the model gives for ``choice`` (the right parts elsewhere)."""
    model = subject(name).model
    return model.findings({**model.correct(), **choice}, name)


def assert_check_names(err, name: str, choice: dict) -> None:
    """The check's failure ``err`` has each finding of ``choice`` (its id among the failure's
    findings, its sentence in the message)."""
    wanted = expected_findings(name, choice)
    assert wanted, f"{choice}: the model names nothing"
    for want in wanted:
        assert want.id in {f.id for f in err.findings}, f"{want.id} not named:\n{err}"
        assert want.text in str(err), f"the message lacks {want.text!r}:\n{err}"
