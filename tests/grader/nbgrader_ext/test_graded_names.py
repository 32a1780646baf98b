"""lstm_grader.nbgrader_ext.graded_names: the one declaration of what test cells call, checked
against solutions/ (the test cells' free names, the solution cells' definitions)."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import nbformat
import pytest
from nbgrader import utils

from lstm_grader.nbgrader_ext import graded_names

SOLUTIONS = Path(__file__).resolve().parents[3] / "solutions"
ASSIGNMENTS = sorted(p.name for p in SOLUTIONS.iterdir() if p.is_dir())


def _cells(assignment: str):
    for path in sorted((SOLUTIONS / assignment).glob("*.ipynb")):
        yield from nbformat.read(path, as_version=4).cells


def _defined(cells) -> dict[str, str]:
    """{name: kind} of the top-level functions and classes the solution cells define."""
    out = {}
    for cell in cells:
        if cell.cell_type == "code" and utils.is_solution(cell):
            for node in ast.parse(cell.source).body:
                if isinstance(node, ast.FunctionDef):
                    out[node.name] = "function"
                elif isinstance(node, ast.ClassDef):
                    out[node.name] = "class"
    return out


def test_every_assignment_of_solutions_is_declared() -> None:
    assert set(ASSIGNMENTS) == set(graded_names.GRADED_NAMES)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_declaration_is_what_the_test_cells_call(assignment: str) -> None:
    cells = list(_cells(assignment))
    tests = [c.source for c in cells if c.cell_type == "code" and utils.is_grade(c)
             and not utils.is_solution(c)]  # fmt: skip
    used = set().union(*(graded_names.free_names(s) for s in tests))
    declared = graded_names.GRADED_NAMES[assignment]
    assert used == set(declared), f"{assignment}: test cells use {used}, declared {declared}"
    defined = _defined(cells)
    for name, kind in declared.items():
        assert defined.get(name) == kind, f"{assignment}: {name} is declared a {kind}, the " \
            f"solution defines {defined.get(name)}"  # fmt: skip


def test_no_builtin_is_ever_a_graded_name() -> None:
    for names in graded_names.GRADED_NAMES.values():
        assert not set(names) & set(dir(builtins))


def test_an_undeclared_assignment_gets_the_free_names_of_its_tests_without_builtins() -> None:
    got = graded_names.for_assignment(
        "course_extra", ["from x import check\nprint(len(f(2)))\ncheck(g, cases='all')\n"]
    )
    assert got == {"f": "either", "g": "either"}
