"""exercises/ is exactly what `nbgrader generate_assignment` makes from solutions/, and the source
notebooks follow the exercise contract (one graded function per solution cell, graded test cells
that call lstm_ref.checks, hidden tests stripped from the student versions)."""

from __future__ import annotations

import filecmp
import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]


#: assignment -> (notebook, graded names, the check each one's tests call)
EXERCISES = {
    "ex01_gates": ("gates.ipynb", {"sigmoid": "check_sigmoid", "lstm_gates": "check_lstm_gates"}),
    "ex02_cell": ("lstm_cell.ipynb", {"lstm_cell": "check_lstm_cell"}),
    "ex03_sequence": ("lstm_layer.ipynb", {"lstm_layer": "check_lstm_layer"}),
    "ex04_torch": ("scratch_lstm.ipynb", {"ScratchLSTM": "check_scratch_lstm"}),
    "ex05_bidirectional": ("bidirectional.ipynb", {"bilstm_layer": "check_bilstm_layer"}),
    "ex06_backward": (
        "lstm_backward.ipynb",
        {
            "lstm_cell_backward": "check_lstm_cell_backward",
            "lstm_layer_backward": "check_lstm_layer_backward",
        },
    ),
    "ex07_lengths": (
        "variable_length.ipynb",
        {
            "lstm_layer_lengths": "check_lstm_layer_lengths",
            "bilstm_layer_lengths": "check_bilstm_layer_lengths",
        },
    ),
    "ex08_shapes": ("shapes.ipynb", {"lstm_output_shapes": "check_lstm_output_shapes"}),
}


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _nb(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _meta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def test_exercises_match_a_fresh_generate_assignment(
    tmp_path: Path, course_copy, course_run
) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    proc = course_run(["nbgrader", "generate_assignment", "*", "--force"], cwd=course, timeout=300)
    assert proc.returncode == 0, f"nbgrader generate_assignment failed:\n{proc.stderr[-3000:]}"
    fresh, committed = course / "exercises", REPO / "exercises"
    assert _files(fresh) == _files(committed), (
        "exercises/ holds other files than generate_assignment makes; run `make exercises`.\n"
        f"only generated: {sorted(_files(fresh) - _files(committed))}\n"
        f"only committed: {sorted(_files(committed) - _files(fresh))}"
    )
    differ = [f for f in sorted(_files(fresh)) if not filecmp.cmp(fresh / f, committed / f, False)]
    assert not differ, (
        f"exercises/ is out of date with solutions/ for {differ}: run `make exercises` and commit "
        "(exercises/ is never edited by hand)"
    )


def test_assignments_are_exactly_the_planned_ones() -> None:
    found = {
        p.name: sorted(x.name for x in p.glob("*.ipynb")) for p in (REPO / "solutions").iterdir()
    }
    assert found == {a: [nb] for a, (nb, _) in EXERCISES.items()}


@pytest.mark.parametrize("assignment", sorted(EXERCISES))
def test_each_graded_name_has_its_own_solution_cell_and_graded_checks(assignment: str) -> None:
    notebook, graded = EXERCISES[assignment]
    cells = _nb(REPO / "solutions" / assignment / notebook).cells
    solution_cells = [c for c in cells if _meta(c).get("solution") and c.cell_type == "code"]
    for name, check in graded.items():
        defining = [
            c
            for c in solution_cells
            if f"def {name}(" in c.source or re.search(rf"^class {name}\b", c.source, re.M)
        ]
        assert len(defining) == 1, f"{assignment}: {name} must be defined in one solution cell"
        assert "### BEGIN SOLUTION" in defining[0].source
        tests = [c for c in cells if _meta(c).get("grade") and c.cell_type == "code"
                 and f"{check}({name}," in c.source]  # fmt: skip
        by_cases = {
            cases: [t for t in tests if f'cases="{cases}"' in t.source]
            for cases in ("shapes", "fixed", "random")
        }
        points = {cases: [_meta(t)["points"] for t in ts] for cases, ts in by_cases.items()}
        assert points == {"shapes": [1], "fixed": [2], "random": [3]}, (
            f"{assignment}: {check}({name}) test cells and points: {points}"
        )
        (hidden,) = by_cases["random"]
        assert "### BEGIN HIDDEN TESTS" in hidden.source
        assert all(_meta(t).get("locked") for t in tests)


@pytest.mark.parametrize("assignment", sorted(EXERCISES))
def test_student_version_has_no_solution_and_no_hidden_test(assignment: str) -> None:
    notebook, graded = EXERCISES[assignment]
    text = (REPO / "exercises" / assignment / notebook).read_text()
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", 'cases=\\"random\\"'):
        assert marker not in text, f"exercises/{assignment}/{notebook} still contains {marker!r}"
    cells = _nb(REPO / "exercises" / assignment / notebook).cells
    stubs = [c for c in cells if _meta(c).get("solution") and c.cell_type == "code"]
    assert stubs and all("raise NotImplementedError()" in c.source for c in stubs)


def test_demo_submissions_keep_the_current_exercise_cells() -> None:
    """A demo submission differs from its exercise only in the student's answers; otherwise the
    grading report flags its test cells as edited (scripts/refresh_demo.py brings them up to
    date after an exercise changes)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("refresh_demo", REPO / "scripts/refresh_demo.py")
    refresh_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refresh_demo)
    stale = {}
    for path in sorted((REPO / "demo" / "submissions").glob("*/*/*.ipynb")):
        exercise = REPO / "exercises" / path.parent.name / path.name
        assert exercise.is_file(), f"{path}: there is no exercise {exercise}"
        cells = refresh_demo.stale_cells(_nb(path), _nb(exercise))
        if cells:
            stale[str(path.relative_to(REPO))] = cells
    assert not stale, (
        "demo submissions whose locked cells differ from exercises/ (run "
        f"`python scripts/refresh_demo.py`): {stale}"
    )
