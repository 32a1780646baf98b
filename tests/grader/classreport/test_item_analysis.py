"""Item analysis of the class report (difficulty, point-biserial discrimination, Cronbach's
alpha) checked against independent computations: scipy.stats.pointbiserialr and alpha by hand
from its definition with explicit sums."""

from __future__ import annotations

import csv
import random

import pytest
from scipy import stats

from lstm_grader.classreport import data


def _alpha_by_hand(items: list[list[float]]) -> float:
    """k/(k-1) (1 - sum var_i / var_total), sample variances written out."""
    k, n = len(items), len(items[0])

    def var(xs):
        m = sum(xs) / len(xs)
        return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)

    totals = [sum(item[j] for item in items) for j in range(n)]
    return k / (k - 1) * (1 - sum(var(item) for item in items) / var(totals))


def _class(seed: int, n: int = 60):
    """A gradebook entry as read_gradebook returns it: 4 test cells, students of varied
    ability; cell d is "bad" (weak students pass it, strong ones fail it)."""
    rng = random.Random(seed)
    cells = {("nb", "a"): (1.0, False), ("nb", "b"): (2.0, False), ("nb", "c"): (3.0, True),
             ("nb", "d"): (1.0, False)}  # fmt: skip
    grades = {}
    for s in range(n):
        ability = rng.random()
        g = {}
        for key, (points, _) in cells.items():
            p = ability if key[1] != "d" else 1 - ability
            g[key] = points if rng.random() < p else 0.0
        grades[f"s{s:02d}"] = g
    return {"max": 7.0, "cells": cells, "grades": grades}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_point_biserial_equals_scipys_on_each_cell_against_the_rest(seed):
    book = _class(seed)
    r = data.assignment_report("exA", book, {}, {})
    students = sorted(book["grades"])
    for c in r.cells:
        key = (c.notebook, c.cell)
        passed = [1 if book["grades"][s][key] >= c.points else 0 for s in students]
        rest = [sum(book["grades"][s].values()) - book["grades"][s][key] for s in students]
        expected = stats.pointbiserialr(passed, rest).statistic
        assert c.discrimination == pytest.approx(expected, abs=1e-12), c.cell
        assert c.passed == sum(passed) and c.total == len(students)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cronbach_alpha_equals_the_hand_formula(seed):
    book = _class(seed)
    r = data.assignment_report("exA", book, {}, {})
    students = sorted(book["grades"])
    items = [[book["grades"][s][key] for s in students] for key in book["cells"]]
    assert r.alpha == pytest.approx(_alpha_by_hand(items), abs=1e-12)


def test_the_cell_strong_students_fail_is_flagged_with_negative_discrimination():
    r = data.assignment_report("exA", _class(0), {}, {})
    by = {c.cell: c for c in r.cells}
    assert by["d"].discrimination < 0, by["d"]
    assert by["d"].flag.startswith("negative discrimination")
    assert [c.cell for c in r.cells if c.flag] == ["d"]


def test_a_cell_everyone_passes_has_no_discrimination_and_says_so():
    book = _class(0)
    for g in book["grades"].values():
        g[("nb", "a")] = 1.0
    c = {c.cell: c for c in data.assignment_report("exA", book, {}, {}).cells}["a"]
    assert c.discrimination is None and c.flag == "everyone passes"


def test_alpha_needs_two_items_and_varying_totals():
    assert data.cronbach_alpha([[1, 0, 1]]) is None
    assert data.cronbach_alpha([[1, 1, 1], [2, 2, 2]]) is None


def test_records_of_students_without_a_gradebook_row_are_left_out_and_counted():
    book = _class(0, n=5)
    stray = {
        "student": "ghost",
        "assignment": "exA",
        "notebook": "nb",
        "findings": [{"kind": "timeout", "detail": "3 s", "grade_id": "c"}],
        "cells": [],
    }
    records = {"ghost": [stray, dict(stray, notebook="nb2")], "s01": [dict(stray, student="s01")]}
    r = data.assignment_report("exA", book, records, {})
    assert r.left_out == 2
    assert {g.student for g in r.grading} == {"s01"}
    assert r.records == 1


def test_cells_csv_carries_discrimination_flag_and_alpha(tmp_path):
    from lstm_grader.classreport import writer

    r = data.assignment_report("exA", _class(0), {}, {})
    rows = list(csv.DictReader(writer.tables([r])["cells.csv"].decode().splitlines()))
    by = {row["cell"]: row for row in rows}
    assert float(by["d"]["point_biserial"]) == pytest.approx(
        {c.cell: c for c in r.cells}["d"].discrimination, abs=1e-4
    )
    assert by["d"]["flag"].startswith("negative")
    assert {row["cronbach_alpha"] for row in rows} == {str(round(r.alpha, 4))}
