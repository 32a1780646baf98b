"""The class report's data: mistakes once per student, pass rates and hidden cells."""

from __future__ import annotations

from pathlib import Path

import pytest
import small_class


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return small_class.written(tmp_path_factory.mktemp("classreport"))


def test_a_mistake_in_two_cells_counts_once_per_student(page):
    mistakes = {m["id"]: m for m in small_class.report(page)["mistakes"]}
    assert sorted(mistakes["gate.reads_other_block"]["students"]) == ["<em>eve&co", "ben"]
    assert mistakes["gate.reads_other_block"]["cells"] == {"test_a_fixed": 2, "test_a_hidden": 1}
    assert sorted(mistakes["cell.h_tanh_missing"]["students"]) == ["<em>eve&co", "kim"]
    assert mistakes["gate.reads_other_block"]["variants"] == {"gate i": ["<em>eve&co", "ben"]}
    # the checks' own summary and book chapter, not the student's text
    assert mistakes["cell.h_tanh_missing"]["summary"] == "h_t lacks the tanh of c_t"
    assert mistakes["cell.h_tanh_missing"]["chapter"].startswith("book/03_scratch_cell")


def test_pass_rates_and_hidden_cells_from_the_gradebook(page):
    cells = {
        c["cell"]: (c["passed"], c["total"], c["hidden"]) for c in small_class.report(page)["cells"]
    }
    assert cells == {"test_a_fixed": (2, 4, False), "test_a_hidden": (1, 4, True)}
    assert small_class.report(page)["scores"] == {
        "ann": 5.0,
        "ben": 0.0,
        "<em>eve&co": 0.0,
        "kim": 2.0,
    }
