"""lstm_ref/checks/infer.py and the Mistake type: a fit names only what reproduces every answer;
a part shown right (frozen) is never changed; a mistake carries its finding."""

import numpy as np

from lstm_ref.checks.core import Mistake
from lstm_ref.checks.findings import KINDS, MISTAKE_KINDS
from lstm_ref.checks.infer import Factor, Model, fit


class Line(Model):
    """y = a·x + b with a in (1, 2, 3), b in (0, 1)."""

    factors = (Factor("a", (1, 2, 3)), Factor("b", (0, 1)))

    def run(self, case, choice):
        ch = {**self.correct(), **choice}
        return {"y": ch["a"] * case.args[0] + ch["b"]}


class _Case:
    kind = "fixed"

    def __init__(self, x):
        self.args, self.kwargs = (np.asarray(x, dtype=float),), {}


def _evidence(a, b):
    xs = (np.array([1.0, 2.0]), np.array([3.0]))
    return [(_Case(x), {"y": a * x + b}) for x in xs]


def test_an_exact_fit_names_the_parts_that_differ():
    ev = _evidence(3, 1)
    result = fit(Line(), ev, ev)
    assert result.exact and result.choice == {"a": 3, "b": 1}


def test_no_exact_fit_names_nothing():
    ev = _evidence(5, 0)  # a = 5 is no option
    assert not fit(Line(), ev, ev).exact


def test_a_frozen_part_is_never_changed():
    model = Line()
    model.frozen = {"b"}
    ev = _evidence(1, 1)  # only b differs, but b is frozen (shown right elsewhere)
    assert not fit(model, ev, ev).exact


def test_a_mistake_carries_its_finding_from_the_table_or_its_own():
    m = Mistake("h_c_swapped", "text", lambda: None)
    assert m.finding == "cell.outputs_swapped"
    g = Mistake("swap_fg", "t", lambda: None, "gates.exchanged", "f")
    assert g.to_finding("lstm_cell").gate == "f"
    assert all(kind in KINDS for kind, _g, _t in MISTAKE_KINDS.values())
