"""The course path: grading a notebook that starts with the set-up cell never runs it.

The grader's executor (lstm_grader/nbgrader_ext/executor.py) skips the cell with grade_id
``lstm_setup`` only when its source is exactly the template's: it is not sent to the sandbox (so
no pip, no network attempt, no time), it has no outputs and the grading record does not mention
it. The same grade_id on any other code is run like any other cell, so a student cannot hide code
behind it. First straight through the executor with the real sandbox, then through a real
``nbgrader autograde`` of a submission (slow).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from lstm_ref import setup_cell

REPO = Path(__file__).resolve().parents[2]
EXERCISE = REPO / "exercises" / "ex02_cell" / "lstm_cell.ipynb"
SOLUTION = REPO / "solutions" / "ex02_cell" / "lstm_cell.ipynb"
MARKS = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n", re.M)


def _require_sandbox() -> None:
    from lstm_grader.sandbox.launch import probe

    if probe() != "bwrap":
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"no bubblewrap here: {probe()} (CI=true)")
        pytest.skip(f"no bubblewrap here: {probe()}")


def _solved_exercise() -> nbformat.NotebookNode:
    """exercises/ex02_cell as a student hands it in with the right answer."""
    answers = {
        c.metadata["nbgrader"]["grade_id"]: MARKS.sub("", c.source)
        for c in nbformat.read(SOLUTION, as_version=4).cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    nb = nbformat.read(EXERCISE, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
    return nb


def _setup_index(nb) -> int:
    """Where the set-up cell is: the first code cell."""
    return next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")


def _grade(nb, report: Path):
    from lstm_grader.nbgrader_ext.executor import SandboxedExecute

    executor = SandboxedExecute(report_dir=str(report))
    info = {"nbgrader": {"student": "s", "assignment": "ex02_cell", "notebook": "lstm_cell"}}
    graded, _ = executor.preprocess(nb, info)
    record = json.loads((report / "ex02_cell" / "s" / "lstm_cell.json").read_text())
    return graded, record


def test_executor_skips_the_setup_cell_and_grades_the_rest(tmp_path: Path) -> None:
    _require_sandbox()
    nb = _solved_exercise()
    k = _setup_index(nb)
    assert setup_cell.is_setup_cell(nb.cells[k])
    graded, record = _grade(nb, tmp_path)
    assert graded.cells[k].outputs == [] and graded.cells[k].execution_count is None
    ran = [c["index"] for c in record["cells"]]
    assert k not in ran and len(ran) == sum(c.cell_type == "code" for c in nb.cells) - 1
    assert record["findings"] == [], record["findings"]
    assert "lstm_setup" not in json.dumps(record)  # the grading record says nothing about it
    errors = [c for c in record["cells"] if c["error"]]
    assert errors == [], errors  # and the solution passes every test cell


def test_executor_runs_other_code_behind_the_setup_grade_id(tmp_path: Path) -> None:
    _require_sandbox()
    nb = _solved_exercise()
    k = _setup_index(nb)
    nb.cells[k].source = setup_cell.source() + '\nprint("code hidden in the set-up cell")'
    graded, record = _grade(nb, tmp_path)
    assert k in [c["index"] for c in record["cells"]]  # not skipped: it ran in the sandbox
    nb2 = _solved_exercise()
    nb2.cells[k].source = 'print("code hidden in the set-up cell")'
    graded2, record2 = _grade(nb2, tmp_path)
    text = "".join(o.get("text", "") for o in graded2.cells[k].outputs)
    assert text == "code hidden in the set-up cell\n", graded2.cells[k].outputs
    assert k in [c["index"] for c in record2["cells"]]


@pytest.mark.slow
def test_nbgrader_autograde_of_a_submission_with_the_setup_cell(tmp_path: Path) -> None:
    """A real `nbgrader autograde` in a copy of the course: full marks, the set-up cell not run."""
    _require_sandbox()
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy2(REPO / "nbgrader_config.py", course)
    shutil.copytree(REPO / "solutions" / "ex02_cell", course / "solutions" / "ex02_cell")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}

    def nbgrader(*args: str) -> None:
        done = subprocess.run(
            [str(bin_dir / "nbgrader"), *args], cwd=course, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    nbgrader("generate_assignment", "ex02_cell", "--force")
    submitted = course / "submitted" / "alice" / "ex02_cell"
    submitted.mkdir(parents=True)
    nbformat.write(_solved_exercise(), submitted / "lstm_cell.ipynb")
    nbgrader("autograde", "ex02_cell", "--force")
    graded = nbformat.read(course / "autograded" / "alice" / "ex02_cell" / "lstm_cell.ipynb", 4)
    k = _setup_index(graded)
    first = graded.cells[k]
    assert setup_cell.is_setup_cell(first) and first.outputs == []
    tests = [c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade")]
    assert tests and not [o for c in tests for o in c.outputs if o.output_type == "error"]
    (record,) = (course / "grading_report").glob("ex02_cell/alice/*.json")
    data = json.loads(record.read_text())
    assert data["findings"] == [] and k not in [c["index"] for c in data["cells"]], data
