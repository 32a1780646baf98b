"""A submission's files that are not notebooks (a student's own HTML page, data, a fake
gradebook) are never copied to autograded/ or feedback/, the folder released to the student, yet
stay in submitted/ (nothing is lost); the notebook beside them keeps its marks. Graded with the
real commands (``lstm-grade setup`` + ``lstm-grade autograde``: nbgrader's autograde and
generate_feedback with the course's patches). A fresh attacker's x03 served a page with a script
from feedback/ before this.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "adversarial"))
from conftest import copy_course, gradebook_scores, run, sqlite_url, unavailable  # noqa: E402

from lstm_grader.sandbox.launch import probe  # noqa: E402

pytestmark = pytest.mark.slow

ASSIGNMENT, NOTEBOOK, STUDENT = "ex02_cell", "lstm_cell", "eve"
PAGE = "<html><body><script>document.documentElement.dataset.pwned = 1</script>x03</body></html>"
EXTRA = {
    "notes.html": PAGE,
    f"{NOTEBOOK}.html": PAGE,  # the name of the feedback page itself
    "gradebook.db": "not a database",
    "data/weights.npy": "not an array",
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    course = copy_course(tmp_path_factory.mktemp("extra") / "course", with_exercises=False)
    folder = course / "submitted" / STUDENT / ASSIGNMENT
    folder.mkdir(parents=True)
    solution = course / "solutions" / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
    (folder / f"{NOTEBOOK}.ipynb").write_text(solution.read_text())
    (folder / "timestamp.txt").write_text("2026-12-06 12:00:00.000000 UTC")
    for name, text in EXTRA.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    for cmd in (["lstm-grade", "setup"], ["lstm-grade", "autograde", ASSIGNMENT, "--workers", "1"]):
        proc = run(cmd, cwd=course)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return course


def test_files_that_are_not_notebooks_reach_neither_autograded_nor_feedback(graded):
    for where in ("autograded", "feedback"):
        folder = graded / where / STUDENT / ASSIGNMENT
        names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
        leaked = [n for n in names if n in EXTRA and not (where == "feedback" and n.endswith(
            f"{NOTEBOOK}.html"))]  # fmt: skip
        assert not leaked, f"{where}/{STUDENT}/{ASSIGNMENT} holds the student's files {leaked}"
    page = (graded / "feedback" / STUDENT / ASSIGNMENT / f"{NOTEBOOK}.html").read_text()
    assert "x03" not in page and "Content-Security-Policy" in page, (
        "the feedback page is not the one grading wrote"
    )


def test_the_files_stay_in_submitted_and_are_reported(graded):
    folder = graded / "submitted" / STUDENT / ASSIGNMENT
    assert all((folder / name).is_file() for name in EXTRA), "a student's file was deleted"
    record = json.loads(
        (graded / "grading_report" / ASSIGNMENT / STUDENT / f"{NOTEBOOK}.json").read_text()
    )
    extra = [f["detail"] for f in record["findings"] if f["kind"] == "extra_file"]
    assert sorted(d.split(":")[0] for d in extra) == sorted(EXTRA), record["findings"]


def test_the_notebook_beside_them_keeps_full_marks(graded):
    score, max_score, _ = gradebook_scores(sqlite_url(graded))[(STUDENT, ASSIGNMENT)]
    assert score == max_score > 0, f"{STUDENT} scored {score} of {max_score}"
