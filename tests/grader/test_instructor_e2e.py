"""The instructor's report on a planted class graded through the real commands.

47 students submit ex02_cell, each body written by hand (planted_instructor.py): honest solutions,
right and wrong, in many styles; 3 copied pairs (variables renamed, lines reordered, comments
changed); 2 submissions with code the static reading flags (held for review). The assignment gets
one more test cell, written badly on purpose (it passes wrong answers and fails right ones).
`lstm-grade setup`, `lstm-grade grade-all` (nbgrader's autograde with the sandboxed executor, the
export, the class report), `lstm-grade similarity`, `lstm-grade review` and nbgrader's export with
the Canvas plugin run in a copy of the course. Then:

- the 3 copied pairs rank top of the similarity section and no honest pair reaches the threshold
  the report states;
- the bad test cell is flagged with a negative discrimination, and no other cell is;
- the held submissions are held in grades.csv and the Canvas export, and releasing one puts its
  score back in the gradebook, grades.csv, the Canvas export and the score table;
- the page loads in headless Chromium over file:// with no console error and no request outside
  its folder; screenshots of the similarity pair view and the item analysis table are saved in
  _build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, copy_course, run
from planted_instructor import BAD_CELL, BAD_CELL_ID, copied_pairs, students

from lstm_grader import similarity

pytestmark = pytest.mark.slow

ASSIGNMENT = "ex02_cell"
NOTEBOOK = "lstm_cell.ipynb"
CELL_TIMEOUT = 5
SHOTS = REPO / "_build" / "screenshots"
INTERNAL = ("chrome://", "chrome-untrusted://", "devtools://")
EXPORTER = "lstm_grader.nbgrader_ext.canvas_export.CanvasExport"


def _add_bad_cell(course: Path) -> None:
    """The planted bad test cell, after the hidden one, in the source notebook."""
    path = course / "solutions" / ASSIGNMENT / NOTEBOOK
    nb = nbformat.read(path, as_version=4)
    cell = nbformat.v4.new_code_cell(BAD_CELL)
    cell.id = BAD_CELL_ID
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": BAD_CELL_ID, "locked": True,
                                 "points": 1, "schema_version": 3, "solution": False,
                                 "task": False}  # fmt: skip
    at = next(k for k, c in enumerate(nb.cells) if c.get("id") == "test_lstm_cell_hidden")
    nb.cells.insert(at + 1, cell)
    nbformat.write(nb, path)


def _canvas_export(course: Path) -> dict[str, str]:
    """Canvas's import file written by the course's Canvas plugin: SIS login -> ex02_cell cell."""
    rows = ["Student,ID,SIS User ID,SIS Login ID,Section"]
    rows += [f'"{s}",{100 + k},{s},{s},Lab' for k, s in enumerate(sorted(students()))]
    (course / "canvas_export.csv").write_text("\n".join(rows) + "\n")
    proc = run(["nbgrader", "export", "--exporter", EXPORTER,
                "--CanvasExport.canvas_csv=canvas_export.csv", "--to", "canvas_import.csv"],
               cwd=course)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with open(course / "canvas_import.csv", newline="") as f:
        table = list(csv.reader(f))
    col = table[0].index(ASSIGNMENT)
    return {row[3]: row[col] for row in table[2:]}


def _grades_csv(course: Path) -> dict[str, dict]:
    with open(course / "grades.csv", newline="") as f:
        return {r["student_id"]: r for r in csv.DictReader(f) if r["assignment"] == ASSIGNMENT}


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> tuple[Path, str]:
    course = copy_course(tmp_path_factory.mktemp("instructor") / "course")
    with open(course / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.SandboxedExecute.timeout = {CELL_TIMEOUT}\n")
    _add_bad_cell(course)
    for cmd in (["nbgrader", "generate_assignment", ASSIGNMENT, "--force"],
                ["lstm-grade", "setup"]):  # fmt: skip
        proc = run(cmd, cwd=course)
        assert proc.returncode == 0, f"{cmd}: {proc.stdout[-3000:]}{proc.stderr[-3000:]}"
    template = nbformat.read(course / "exercises" / ASSIGNMENT / NOTEBOOK, as_version=4)
    assert any(c.get("id") == BAD_CELL_ID for c in template.cells)
    for student, (_, body) in students().items():
        nb = nbformat.from_dict(json.loads(json.dumps(template)))
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == "lstm_cell":
                cell.source = body
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / NOTEBOOK)
    proc = run(["lstm-grade", "grade-all", "-j", "2", "--progress", "lines"], cwd=course,
               timeout=1800)  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    return course, proc.stdout


@pytest.fixture(scope="module")
def report(graded) -> dict:
    course, _ = graded
    data = json.loads((course / "class_report" / "class_report.json").read_text())
    (a,) = [a for a in data["assignments"] if a["name"] == ASSIGNMENT]
    return a


def test_the_planted_class_is_at_least_40_notebooks_all_graded(report):
    assert report["submissions"] == len(students()) >= 40


def test_the_three_copied_pairs_rank_top_and_no_honest_pair_reaches_the_threshold(report):
    pairs = report["similar"]
    top = [frozenset((p["a"], p["b"])) for p in pairs[:3]]
    assert set(top) == copied_pairs(), pairs[:5]
    assert all(p["similarity"] >= similarity.THRESHOLD for p in pairs[:3]), pairs[:3]
    honest = [p for p in pairs if frozenset((p["a"], p["b"])) not in copied_pairs()]
    assert honest and honest[0]["similarity"] < similarity.THRESHOLD, honest[:3]
    print(f"copies {[p['similarity'] for p in pairs[:3]]}, best honest {honest[0]}")


def test_similarity_command_ranks_the_copies_first(graded):
    course, _ = graded
    proc = run(["lstm-grade", "similarity", ASSIGNMENT, "--top", "5"], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if " ~ " in ln]
    top = {frozenset(ln.split()[1::2][:2]) for ln in lines[:3]}
    assert top == copied_pairs(), proc.stdout
    assert f"3 at or above the threshold {similarity.THRESHOLD:.0%}" in proc.stdout


def test_the_bad_test_cell_is_flagged_with_negative_discrimination(report):
    cells = {c["cell"]: c for c in report["cells"]}
    bad = cells[BAD_CELL_ID]
    assert bad["discrimination"] < 0 and bad["flag"].startswith("negative discrimination"), bad
    for name, c in cells.items():
        if name != BAD_CELL_ID:
            assert c["discrimination"] is None or c["discrimination"] > 0.1, c
    assert report["alpha"] is not None
    print({n: (c["passed"], round(c["discrimination"] or 0, 3)) for n, c in cells.items()},
          "alpha", round(report["alpha"], 3))  # fmt: skip


def test_cells_csv_has_the_item_analysis(graded, report):
    course, _ = graded
    with open(course / "class_report" / "cells.csv", newline="") as f:
        rows = {r["cell"]: r for r in csv.DictReader(f)}
    assert float(rows[BAD_CELL_ID]["point_biserial"]) < 0
    assert rows[BAD_CELL_ID]["flag"].startswith("negative")
    assert float(rows[BAD_CELL_ID]["cronbach_alpha"]) == pytest.approx(report["alpha"], abs=1e-4)


def _suspicious(course: Path) -> set[str]:
    with open(course / "grading_report.csv", newline="") as f:
        return {r["student"] for r in csv.DictReader(f) if r["kind"] == "suspicious_code"}


def test_holds_show_in_grades_csv_canvas_and_the_class_report_and_release_puts_them_back(graded):
    course, out = graded
    flagged = _suspicious(course)
    (ctypes_student,) = [s for s in students() if s.endswith("_ctypes")]
    assert ctypes_student in flagged
    assert flagged <= {s for s, (kind, _) in students().items() if kind == "suspicious"}
    data = json.loads((course / "class_report" / "class_report.json").read_text())
    (a,) = [a for a in data["assignments"] if a["name"] == ASSIGNMENT]
    assert {s for s, _ in a["held"]} == flagged
    assert all("ctypes" in why for s, why in a["held"] if s == ctypes_student)
    grades = _grades_csv(course)
    for s in flagged:
        assert (grades[s]["score"], grades[s]["status"]) == ("", "held for review")
    assert all(grades[s]["status"] == "" for s in students() if s not in flagged)
    canvas = _canvas_export(course)
    assert all(canvas[s] == "" for s in flagged) and canvas["s01_slices"] == "6"
    assert f"held: {ctypes_student} / {ASSIGNMENT}:" in out

    proc = run(["lstm-grade", "review", ASSIGNMENT, ctypes_student, "--release"], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "released" in proc.stdout
    grades = _grades_csv(course)  # exported again by the review command
    from lstm_grader import gradebook

    score, _ = gradebook.submission_score(course, ASSIGNMENT, ctypes_student)
    assert grades[ctypes_student]["status"] == ""
    assert float(grades[ctypes_student]["score"]) == score
    assert _canvas_export(course)[ctypes_student] == grades[ctypes_student]["score"].rstrip(
        "0").rstrip(".")  # fmt: skip
    proc = run(["lstm-grade", "report", ASSIGNMENT], cwd=course)
    assert f"held: {ctypes_student}" not in proc.stdout
    log = json.loads((course / "review.json").read_text())["log"]
    assert [(e["student"], e["decision"]) for e in log] == [(ctypes_student, "released")]
    assert log[0]["by"] and log[0]["at"]


def test_report_page_loads_offline_and_screenshots_of_pairs_and_items(graded):
    course, _ = graded
    sys.path.insert(0, str(REPO / "tests"))
    import book_helpers as bh

    if not (bh.CHROMIUM.exists() and bh.CHROMEDRIVER.exists()):
        pytest.skip("Debian's chromium and chromium-driver (make setup installs them)")
    page = course / "class_report" / "index.html"
    SHOTS.mkdir(parents=True, exist_ok=True)
    with bh.chromium() as driver:
        driver.set_window_size(1400, 1000)
        driver.get("about:blank")
        bh.drain_logs(driver, "", "")
        driver.get(page.as_uri())
        seen = bh.drain_logs(driver, page.parent.as_uri(), page.as_uri())
        items = driver.find_element("css selector", f"#{ASSIGNMENT} table.items")
        items.screenshot(str(SHOTS / "class_report_item_analysis.png"))
        pair = driver.find_element("css selector", f"#{ASSIGNMENT}-pair-1")
        driver.execute_script("arguments[0].scrollIntoView()", pair)
        pair.screenshot(str(SHOTS / "class_report_similar_pair.png"))
        marks = driver.execute_script(
            f"return document.querySelectorAll('#{ASSIGNMENT}-pair-1 mark').length"
        )
        text = driver.find_element("tag name", "body").text
    assert seen.console_errors == []
    outside = [u for u in seen.outside_requests if not u.startswith(INTERNAL)]
    assert outside == [] and seen.failed_requests == []
    assert marks >= 2  # matching regions marked on both sides
    assert "negative discrimination" in text and "Held for review" in text
