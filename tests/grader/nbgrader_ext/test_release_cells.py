"""lstm_grader.nbgrader_ext.release_cells: the release's own cells, recognised by id and source;
those that need torch are planned out of the grading run (with the names they bind)."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from lstm_grader.nbgrader_ext import release_cells


def _cell(source: str, cell_id: str, **nbgrader):
    cell = new_code_cell(source)
    cell["id"] = cell_id
    if nbgrader:
        cell.metadata["nbgrader"] = {"grade": False, "solution": False, **nbgrader}
    return cell


RELEASE = [
    _cell("import numpy as np\n", "imports", locked=True, grade_id="imports"),
    _cell("import torch\nfrom torch import nn\n", "demo_imports", locked=True, grade_id="demo"),
    _cell("def f(x):\n    raise NotImplementedError()\n", "f", solution=True, grade_id="f"),
    _cell("print(nn.LSTM(2, 3))\n", "try_it"),
    _cell("print(f(np.ones(2)))\n", "try_f"),
    _cell("check(f)\n", "test_f", grade=True, grade_id="test_f", points=1, locked=True),
]


def test_release_sources_are_the_cells_that_are_neither_solution_nor_test(tmp_path) -> None:
    path = tmp_path / "n.ipynb"
    nbformat.write(new_notebook(cells=RELEASE), path)
    assert sorted(release_cells.release_sources(path)) == [
        "demo_imports", "imports", "try_f", "try_it",
    ]  # fmt: skip


def test_a_cell_is_the_releases_only_with_the_same_id_and_source() -> None:
    release = {"try_it": "print(nn.LSTM(2, 3))\n"}
    assert release_cells.is_release_cell(_cell("print(nn.LSTM(2, 3))\n", "try_it"), release)
    assert not release_cells.is_release_cell(_cell("print(nn.LSTM(2, 4))\n", "try_it"), release)
    assert not release_cells.is_release_cell(_cell("print(nn.LSTM(2, 3))\n", "mine"), release)
    solution = _cell("print(nn.LSTM(2, 3))\n", "try_it", solution=True)
    assert not release_cells.is_release_cell(solution, release), "a solution cell is the student's"


def test_torch_cells_and_the_cells_reading_their_names_are_not_run() -> None:
    release = {c["id"]: c.source for c in RELEASE if c["id"] in ("imports", "demo_imports",
                                                                  "try_it", "try_f")}  # fmt: skip
    submitted = [nbformat.from_dict(c) for c in RELEASE]
    submitted[2].source = "def f(x):\n    return 2 * x\n"
    assert release_cells.plan(submitted, release) == {1: "torch", 3: "torch"}
    # the student's edit makes a cell theirs: it runs (and fails there, in their feedback)
    submitted[3].source = "print(nn.LSTM(2, 5))\n"
    assert release_cells.plan(submitted, release) == {1: "torch"}
