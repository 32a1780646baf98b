"""Every solution of solutions/, pasted into its release notebook and graded as a student's work by
the real ``nbgrader autograde`` in the sandbox: full marks, and no finding of any kind (the static
reading never reads the release's own cells and does not fire on honest idioms; release cells that
illustrate with torch are not run, so they cause no error).

A temporary copy of the course; ``nbgrader generate_assignment`` makes the release from
solutions/; the student "pasted" gets the release notebook with each solution cell's source
replaced by the solution's code (the ``### BEGIN/END SOLUTION`` marker lines dropped, as a student
who wrote exactly that code would have it).
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from conftest import unavailable
from nbgrader import utils
from nbgrader.api import Gradebook

from lstm_grader.sandbox.launch import probe

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
STUDENT = "pasted"
ASSIGNMENTS = sorted(p.name for p in (REPO / "solutions").iterdir() if p.is_dir())


PARAMS = ASSIGNMENTS


def _strip_markers(source: str) -> str:
    keep = [ln for ln in source.splitlines() if ln.strip() not in ("### BEGIN SOLUTION",
                                                                   "### END SOLUTION")]  # fmt: skip
    return "\n".join(keep) + ("\n" if source.endswith("\n") else "")


@pytest.fixture(scope="module")
def graded(tmp_path_factory, course_copy, course_run):
    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    course = course_copy(tmp_path_factory.mktemp("pasted") / "course")
    r = course_run(["nbgrader", "generate_assignment", "*", "--force"], cwd=course, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    for assignment in ASSIGNMENTS:
        for source_path in sorted((course / "solutions" / assignment).glob("*.ipynb")):
            source = nbformat.read(source_path, as_version=4)
            solutions = {
                c.metadata["nbgrader"]["grade_id"]: c.source
                for c in source.cells
                if utils.is_solution(c)
            }
            release_path = course / "exercises" / assignment / source_path.name
            nb = nbformat.read(release_path, as_version=4)
            for cell in nb.cells:
                if utils.is_solution(cell):
                    cell.source = _strip_markers(solutions[cell.metadata["nbgrader"]["grade_id"]])
            dest = course / "submitted" / STUDENT / assignment / source_path.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, dest)
    runs = {}
    for assignment in ASSIGNMENTS:
        runs[assignment] = course_run(
            ["nbgrader", "autograde", assignment, "--force"], cwd=course, timeout=900
        )
    return course, runs


@pytest.mark.parametrize("assignment", PARAMS)
def test_a_solution_pasted_into_its_release_gets_full_marks_and_no_finding(graded, assignment):
    course, runs = graded
    r = runs[assignment]
    assert r.returncode == 0, r.stderr[-3000:]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(assignment, STUDENT)
        lost = {}
        for notebook in sub.notebooks:
            for grade in notebook.grades:
                if grade.auto_score is not None and grade.auto_score != grade.max_score:
                    lost[f"{notebook.name}/{grade.name}"] = (grade.auto_score, grade.max_score)
    findings = {}
    for record in (course / "grading_report" / assignment / STUDENT).glob("*.json"):
        data = json.loads(record.read_text())
        if data.get("findings"):
            findings[record.stem] = data["findings"]
    assert not lost and not findings, (
        f"{assignment}: the solution, pasted into the release, lost points {lost} "
        f"(score, max) or has findings {findings}"
    )


def test_release_cells_that_need_torch_are_not_run_and_say_so(graded):
    """ex08's release imports torch for its illustration: the cell is not run at grading, and the
    feedback says so in one line (never an error)."""
    course, runs = graded
    for path in (course / "autograded" / STUDENT / "ex08_shapes").glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        torch_cells = [
            c
            for c in nb.cells
            if c.cell_type == "code" and "import torch" in c.source and not utils.is_solution(c)
        ]
        assert torch_cells, "ex08's release has no torch cell any more: update this test"
        for cell in torch_cells:
            texts = [o.get("text", "") for o in cell.outputs]
            assert [o.output_type for o in cell.outputs] == ["stream"], cell.outputs
            assert "Not run while your work is graded" in texts[0] and "torch" in texts[0]
