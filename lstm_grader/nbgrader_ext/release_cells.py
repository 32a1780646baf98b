"""The release's own cells in a submission: recognised, read by no static scan, and the ones that
illustrate with torch not run at grading.

A code cell of a submission is the release's own when its cell id AND its source equal those of a
cell of the released notebook (``exercises/<assignment>/<notebook>.ipynb``, else the source
notebook in ``solutions/``, whose cells outside solutions and tests are the release's), and it is
neither a solution nor a test cell. A student who edits such a cell makes it their own.

At grading (:func:`plan`), a release cell runs in the sandbox unless it needs a library the
sandbox does not have (torch, lstm_ref; DESIGN.md: graded code is NumPy only): it imports one,
or it reads a name that only such a skipped release cell binds (``nn`` after ``from torch import
nn``). Why run the others: the release's cells that define or import what the student's code
uses (``import numpy as np``, the given ``sigmoid``) must run for that code to work, and they are
the instructor's, so running them is safe and gives the same namespace the student had. Why not
run the torch ones: they would fail with ModuleNotFoundError in the student's feedback though the
student did nothing wrong; they illustrate on the student's machine, never grade. Such a cell
gets one line of output in the feedback (:data:`NOT_RUN`), never an error.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
from nbgrader import utils

ABSENT_LIBRARIES = ("torch", "lstm_ref")
NOT_RUN = (
    "Not run while your work is graded: this cell of the exercise uses {library}, which the "
    "grading sandbox does not have (graded code is NumPy only). It runs on your own machine.\n"
)


def _is_own(cell) -> bool:
    return utils.is_solution(cell) or (utils.is_grade(cell) and not utils.is_solution(cell))


def release_sources(path: Path) -> dict[str, str]:
    """``{cell id: source}`` of the release's code cells that are neither solution nor test."""
    try:
        nb = nbformat.read(str(path), as_version=4)
    except (OSError, ValueError, KeyError):
        return {}
    return {
        c.get("id"): c.source
        for c in nb.cells
        if c.cell_type == "code" and c.get("id") and not _is_own(c)
    }


def find_release(course_root: Path, release_dir: str, source_dir: str, info: dict) -> Path | None:
    """The released notebook of this submission, else its source notebook, else None."""
    assignment, notebook = info.get("assignment"), info.get("notebook")
    if not assignment or not notebook:
        return None
    for folder in (release_dir, source_dir):
        path = course_root / folder / assignment / f"{notebook}.ipynb"
        if path.is_file():
            return path
    return None


def is_release_cell(cell, release: dict[str, str]) -> bool:
    return (
        cell.cell_type == "code"
        and not _is_own(cell)
        and cell.get("id") in release
        and release[cell.get("id")] == cell.source
    )


def _imports_and_names(source: str) -> tuple[set[str], set[str], set[str]]:
    """(top-level modules imported, names bound by those imports, names read)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set(), set(), set()
    modules, bound, read = set(), set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                modules.add(a.name.split(".")[0])
                bound.add((a.asname or a.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module.split(".")[0])
            for a in node.names:
                bound.add(a.asname or a.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            read.add(node.id)
    return modules, bound, read


def plan(cells, release: dict[str, str]) -> dict[int, str]:
    """``{index: library}`` of the release cells not to run at grading (the library they need);
    every other cell runs."""
    skip: dict[int, str] = {}
    unavailable: dict[str, str] = {}  # name bound by a skipped cell -> its library
    for index, cell in enumerate(cells):
        if not is_release_cell(cell, release):
            continue
        modules, bound, read = _imports_and_names(cell.source)
        needs = sorted(m for m in modules if m in ABSENT_LIBRARIES)
        library = (
            needs[0] if needs else next((unavailable[n] for n in read if n in unavailable), None)
        )
        if library is not None:
            skip[index] = library
            for name in bound:
                unavailable[name] = library
    return skip
