"""Round 3, the grader's own budgets (issue 20), through the real grading commands.

In a copy of the course: an honest submission ("honest") and every submission of
``tests/grader/adversarial/attacks_round3_bounds.py`` (div bombs of 240 and 489 KB, a pasted image,
90-deep widget state, 15 MB of cell metadata, grade ids 5 and with a NUL, a markdown flood) are
graded with ``lstm-grade setup`` + ``lstm-grade autograde ex02_cell`` (nbgrader's autograde with the
sandboxed executor, then nbgrader's generate_feedback), then ``lstm-grade report ex02_cell --html``.
Per submission: the score of each graded cell (all keep full marks), the report line (the finding),
a feedback page (the pasted image shown in it); for the batch: it finished in bounded time, the
class report was written and carries no NUL or markup from a grade id.
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).parent / "adversarial"))
from attacks import CORRECT, FULL, Attack  # noqa: E402
from attacks_round3_bounds import PNG_1X1, ROUND3_BOUNDS  # noqa: E402
from conftest import copy_course, run, unavailable  # noqa: E402

from lstm_grader.sandbox.launch import probe  # noqa: E402

pytestmark = pytest.mark.slow

ASSIGNMENT = "ex02_cell"
NOTEBOOK = "lstm_cell"
SUBMISSIONS = [Attack("honest", CORRECT, FULL)] + ROUND3_BOUNDS
# per notebook, everything included (sandbox start, execution, feedback); issue 20 measured 70 s
# for the 240 KB bomb's feedback alone, 258 s for the 489 KB one
SECONDS_PER_NOTEBOOK = 40


def _submission(source: nbformat.NotebookNode, attack: Attack) -> str:
    nb = copy.deepcopy(source)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == NOTEBOOK:
            cell.source = attack.solution
    text = nbformat.writes(nb)
    return attack.raw(json.loads(text)) if attack.raw else text


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    course = copy_course(tmp_path_factory.mktemp("round3") / "course", with_exercises=False)
    with open(course / "nbgrader_config.py", "a") as f:
        f.write("\nc.SandboxedExecute.sandbox_memory_limit = 2 * 1024**3\n")
    source = nbformat.read(course / "solutions" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", as_version=4)
    for attack in SUBMISSIONS:
        folder = course / "submitted" / attack.name / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{NOTEBOOK}.ipynb").write_text(_submission(source, attack))
    proc = run(["lstm-grade", "setup"], cwd=course)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    started = time.monotonic()
    graded = run(["lstm-grade", "autograde", ASSIGNMENT, "--workers", "1"], cwd=course,
                 timeout=SECONDS_PER_NOTEBOOK * len(SUBMISSIONS) + 120)  # fmt: skip
    seconds = time.monotonic() - started
    report = run(["lstm-grade", "report", ASSIGNMENT, "--html"], cwd=course, timeout=300)
    from nbgrader.api import Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for attack in SUBMISSIONS:
            nb = gb.find_submission_notebook(NOTEBOOK, ASSIGNMENT, attack.name)
            scores[attack.name] = {g.name: g.score for g in nb.grades}
    records = {}
    for attack in SUBMISSIONS:
        path = course / "grading_report" / ASSIGNMENT / attack.name / f"{NOTEBOOK}.json"
        records[attack.name] = json.loads(path.read_text()) if path.exists() else None
    return {"course": course, "autograde": graded, "seconds": seconds, "report": report,
            "scores": scores, "records": records}  # fmt: skip


def test_the_batch_finishes_in_bounded_time(graded):
    r = graded["autograde"]
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    n = len(SUBMISSIONS)
    print(f"graded {n} submissions in {graded['seconds']:.0f} s")
    assert graded["seconds"] < SECONDS_PER_NOTEBOOK * n, (
        f"{n} notebooks took {graded['seconds']:.0f} s (budget {SECONDS_PER_NOTEBOOK} s each)"
    )


@pytest.mark.parametrize("attack", SUBMISSIONS, ids=[a.name for a in SUBMISSIONS])
def test_each_keeps_full_marks_and_is_named_in_the_report(graded, attack):
    got = graded["scores"][attack.name]
    record = graded["records"][attack.name] or {}
    assert got == attack.expected, (
        f"'{attack.name}' scored {got}, expected {attack.expected}; "
        f"findings {record.get('findings')}"
    )
    text = json.dumps(record.get("findings", []))
    if attack.finding:
        assert attack.finding in text, f"'{attack.name}': {attack.finding!r} not in {text}"


@pytest.mark.parametrize("attack", SUBMISSIONS, ids=[a.name for a in SUBMISSIONS])
def test_each_gets_a_feedback_page(graded, attack):
    folder = graded["course"] / "feedback" / attack.name / ASSIGNMENT
    pages = list(folder.glob("*.html"))
    assert pages, f"'{attack.name}': no feedback page in {folder}"
    page = pages[0].read_text()
    assert "Content-Security-Policy" in page
    assert len(page) < 48 * 1024**2


def test_the_pasted_image_is_shown_in_the_feedback(graded):
    page = graded["course"] / "feedback" / "r3_pasted_image" / ASSIGNMENT / f"{NOTEBOOK}.html"
    assert f"data:image/png;base64,{PNG_1X1}" in page.read_text()


def test_the_div_bomb_is_shown_as_text(graded):
    page = graded["course"] / "feedback" / "r3_div_bomb_240k" / ASSIGNMENT / f"{NOTEBOOK}.html"
    text = page.read_text()
    assert "&lt;div&gt;&lt;div&gt;" in text and "<div><div><div><div>" not in text


def test_the_class_report_is_written_without_a_nul_or_markup_of_a_grade_id(graded):
    r = graded["report"]
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    index = (graded["course"] / "class_report" / "index.html").read_text()
    assert "\x00" not in index and "<b>x</b>" not in index
    csv_text = (graded["course"] / "grading_report.csv").read_text()
    assert "\x00" not in csv_text and "bad_grade_id" in csv_text
