"""The course end to end, with nbgrader's own commands, in a temporary copy of the course.

One module-scoped grading run (`lstm-grade setup`, then `lstm-grade grade-all`: one
`nbgrader autograde` per assignment for all its students) grades the sample submissions of
demo/submissions/ and every solution notebook submitted as is (student "solutions"). The tests then
read the gradebook, the feedback HTML and grades.csv.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

pytestmark = pytest.mark.slow

SOLUTIONS_STUDENT = "solutions"

#: The score planned for each graded cell of each sample submission (student, assignment).
PLANNED = {
    ("alice", "ex01_gates"): {
        "test_sigmoid_shapes": 1, "test_sigmoid_fixed": 2, "test_sigmoid_hidden": 3,
        "test_lstm_gates_shapes": 1, "test_lstm_gates_fixed": 2, "test_lstm_gates_hidden": 3,
    },
    ("alice", "ex02_cell"): {"test_lstm_cell_shapes": 1, "test_lstm_cell_fixed": 2,
                             "test_lstm_cell_hidden": 3},
    ("alice", "ex08_shapes"): {"test_lstm_output_shapes_shapes": 1,
                               "test_lstm_output_shapes_fixed": 2,
                               "test_lstm_output_shapes_hidden": 3},
    # bob: gates in CS231n's order (i, f, o, g): right shapes, wrong values.
    ("bob", "ex01_gates"): {
        "test_sigmoid_shapes": 1, "test_sigmoid_fixed": 2, "test_sigmoid_hidden": 3,
        "test_lstm_gates_shapes": 1, "test_lstm_gates_fixed": 0, "test_lstm_gates_hidden": 0,
    },
    # bob: the input gate uses W_hf (the forget gate's rows of W_hh), as in seed 001.
    ("bob", "ex02_cell"): {"test_lstm_cell_shapes": 1, "test_lstm_cell_fixed": 0,
                           "test_lstm_cell_hidden": 0},
    # bob: the state is not carried from step to step (every step starts from h0, c0).
    ("bob", "ex03_sequence"): {"test_lstm_layer_shapes": 1, "test_lstm_layer_fixed": 0,
                               "test_lstm_layer_hidden": 0},
    ("carol", "ex01_gates"): {
        "test_sigmoid_shapes": 1, "test_sigmoid_fixed": 2, "test_sigmoid_hidden": 3,
        "test_lstm_gates_shapes": 1, "test_lstm_gates_fixed": 2, "test_lstm_gates_hidden": 3,
    },
    # carol: lstm_cell raises ValueError (W_ih @ x) on every call.
    ("carol", "ex02_cell"): {"test_lstm_cell_shapes": 0, "test_lstm_cell_fixed": 0,
                             "test_lstm_cell_hidden": 0},
    ("dave", "ex02_cell"): {"test_lstm_cell_shapes": 1, "test_lstm_cell_fixed": 2,
                            "test_lstm_cell_hidden": 3},
    # dave: lstm_output_shapes never returns; the per-cell timeout cuts each test cell.
    ("dave", "ex08_shapes"): {"test_lstm_output_shapes_shapes": 0,
                              "test_lstm_output_shapes_fixed": 0,
                              "test_lstm_output_shapes_hidden": 0},
}  # fmt: skip

#: What each wrong submission's feedback must say (the checks' diagnosis, the error, the timeout):
#: every pattern must appear, and none appears in the exercise's own text.
DIAGNOSES = {
    ("bob", "ex01_gates"): [r"output gate", r"exchanged"],
    ("bob", "ex02_cell"): [r"input gate", r"forget gate's rows"],
    ("bob", "ex03_sequence"): [r"not carried"],
    ("carol", "ex02_cell"): [r"ValueError", r"matmul"],
    ("dave", "ex08_shapes"): [r"(?i)timeout|timed out"],
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory, course_copy, course_run) -> Path:
    """The course graded once: demo submissions plus every solution notebook as a submission."""
    course = course_copy(tmp_path_factory.mktemp("e2e") / "course")
    shutil.copytree(course / "demo" / "submissions", course / "submitted")
    for source in sorted((course / "solutions").glob("*/*.ipynb")):
        dest = course / "submitted" / SOLUTIONS_STUDENT / source.parent.name / source.name
        dest.parent.mkdir(parents=True)
        shutil.copy2(source, dest)
    setup = course_run(["lstm-grade", "setup"], cwd=course)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    proc = course_run(["lstm-grade", "grade-all"], cwd=course, timeout=1500)
    assert proc.returncode == 0, f"grade-all failed:\n{proc.stdout}\n{proc.stderr[-4000:]}"
    (course / "grade-all.out").write_text(proc.stdout)
    return course


def _gradebook(course: Path) -> Gradebook:
    return Gradebook(f"sqlite:///{course / 'gradebook.db'}")


def _source_cells(course: Path, assignment: str) -> list:
    (path,) = (course / "solutions" / assignment).glob("*.ipynb")
    return nbformat.read(path, as_version=4).cells


def _feedback_html(course: Path, student: str, assignment: str) -> str:
    files = list((course / "feedback" / student / assignment).glob("*.html"))
    assert len(files) == 1, f"no feedback for {student}/{assignment}: {files}"
    return files[0].read_text()


def test_every_solution_notebook_gets_full_marks(graded: Path) -> None:
    with _gradebook(graded) as gb:
        for assignment_dir in sorted((graded / "solutions").iterdir()):
            assignment = assignment_dir.name
            cells = [c.metadata.get("nbgrader", {}) for c in _source_cells(graded, assignment)]
            auto = {
                m["grade_id"]: m["points"]
                for m in cells
                if m.get("grade") and not m.get("solution")
            }
            manual = {m["grade_id"] for m in cells if m.get("grade") and m.get("solution")}
            sub = gb.find_submission(assignment, SOLUTIONS_STUDENT)
            (notebook,) = sub.notebooks
            got = {g.name: g.score for g in notebook.grades if g.name in auto}
            assert got == auto, f"{assignment}: the solution loses points: {got} != {auto}"
            # Hand-graded answers are not autograded: they wait for the instructor.
            waiting = {g.name for g in notebook.grades if g.needs_manual_grade}
            assert waiting == manual, f"{assignment}: cells waiting for manual grading: {waiting}"
            assert sub.score == sum(auto.values())


@pytest.mark.parametrize(("student", "assignment"), sorted(PLANNED))
def test_sample_submission_gets_the_planned_score(
    graded: Path, student: str, assignment: str
) -> None:
    with _gradebook(graded) as gb:
        (notebook,) = gb.find_submission(assignment, student).notebooks
        got = {g.name: g.score for g in notebook.grades if g.name.startswith("test_")}
    assert got == PLANNED[(student, assignment)]


@pytest.mark.parametrize(("student", "assignment"), sorted(PLANNED))
def test_feedback_shows_no_hidden_test_source(graded: Path, student: str, assignment: str) -> None:
    html = _feedback_html(graded, student, assignment)
    for secret in ("HIDDEN TESTS", 'cases="random"', "cases=&quot;random&quot;", "InteractiveTB"):
        assert secret not in html, f"feedback of {student}/{assignment} shows {secret!r}"


@pytest.mark.parametrize(("student", "assignment"), sorted(DIAGNOSES))
def test_feedback_shows_the_diagnosis(graded: Path, student: str, assignment: str) -> None:
    html = _feedback_html(graded, student, assignment)
    (exercise,) = (graded / "exercises" / assignment).glob("*.ipynb")
    for pattern in DIAGNOSES[(student, assignment)]:
        assert not re.search(pattern, exercise.read_text()), f"/{pattern}/ tells nothing here"
        assert re.search(pattern, html), f"feedback of {student}/{assignment} lacks /{pattern}/"


def test_timeout_and_crash_do_not_stop_the_batch(graded: Path) -> None:
    # dave's notebook loops forever and carol's raises; both were graded, and so was everyone after.
    with _gradebook(graded) as gb:
        for student, assignment in [("dave", "ex08_shapes"), ("carol", "ex02_cell")]:
            assert gb.find_submission(assignment, student).score == 0
        assert gb.find_submission("ex08_shapes", SOLUTIONS_STUDENT).score == 6
        assert gb.find_submission("ex02_cell", SOLUTIONS_STUDENT).score == 6


def test_gradebook_scores_equal_the_csv_export(graded: Path) -> None:
    with open(graded / "grades.csv", newline="") as f:
        rows = {(r["student_id"], r["assignment"]): r for r in csv.DictReader(f)}
    with _gradebook(graded) as gb:
        expected = {
            (sub.student.id, a.name): (sub.score, sub.max_score)
            for a in gb.assignments
            for sub in a.submissions
        }
    assert set(rows) >= set(expected)
    for key, (score, max_score) in expected.items():
        assert float(rows[key]["raw_score"]) == pytest.approx(score), key
        assert float(rows[key]["max_score"]) == pytest.approx(max_score), key


def test_grade_all_prints_a_score_table(graded: Path) -> None:
    lines = (graded / "grade-all.out").read_text().splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("student "))
    lines = lines[start:]  # after the progress lines of each assignment
    header = lines[0].split()
    assert header[0] == "student" and header[-1] == "total" and "ex01_gates" in header
    bob = next(line.split() for line in lines if line.startswith("bob "))
    assert bob[header.index("ex02_cell")] == "1"


def test_grade_all_writes_the_class_report(graded: Path) -> None:
    data = json.loads((graded / "class_report" / "class_report.json").read_text())
    by_name = {a["name"]: a for a in data["assignments"]}
    with _gradebook(graded) as gb:
        assert set(by_name) == {a.name for a in gb.assignments if a.submissions}
    mistakes = {m["id"]: m["students"] for m in by_name["ex02_cell"]["mistakes"]}
    assert "bob" in mistakes["gate.reads_other_block"]  # bob's input gate reads W_hf
    grading = {(g["student"], g["kind"]) for g in by_name["ex08_shapes"]["grading"]}
    assert ("dave", "timeout") in grading  # dave's lstm_output_shapes never returns
    assert (graded / "class_report" / "index.html").is_file()


def test_validate_exits_nonzero_when_a_test_fails(graded: Path, course_run) -> None:
    wrong = graded / "demo" / "submissions" / "bob" / "ex02_cell" / "lstm_cell.ipynb"
    right = graded / "demo" / "submissions" / "alice" / "ex02_cell" / "lstm_cell.ipynb"
    proc = course_run(["lstm-grade", "validate", str(wrong)], cwd=graded, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "failed" in proc.stdout and "input gate" in proc.stdout
    proc = course_run(["lstm-grade", "validate", str(right)], cwd=graded, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "passed" in proc.stdout


def test_collect_files_named_by_student(tmp_path: Path, course_copy, course_run) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    notebook = course / "demo" / "submissions" / "alice" / "ex02_cell" / "lstm_cell.ipynb"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(notebook, inbox / "erin_lstm_cell.ipynb")  # LMS-style name
    with zipfile.ZipFile(inbox / "frank.zip", "w") as zf:
        zf.write(notebook, "work/my_cell.ipynb")
    shutil.copy(notebook, inbox / "hal_jordan.ipynb")  # a student id with an underscore
    (inbox / "grace").mkdir()
    shutil.copy(notebook, inbox / "grace" / "anything.ipynb")
    proc = course_run(["lstm-grade", "collect", str(inbox), "ex02_cell"], cwd=course)
    assert proc.returncode == 0, proc.stderr
    for student in ("erin", "frank", "grace", "hal_jordan"):
        got = course / "submitted" / student / "ex02_cell" / "lstm_cell.ipynb"
        assert got.read_bytes() == notebook.read_bytes(), student
    proc = course_run(["lstm-grade", "collect", str(inbox), "ex99"], cwd=course)
    assert proc.returncode == 2 and "unknown assignment 'ex99'" in proc.stderr
    assert "ex02_cell" in proc.stderr  # the message lists the assignments that exist
