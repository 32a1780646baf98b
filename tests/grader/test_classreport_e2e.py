"""The class report on a synthetic class graded through the real pipeline.

41 students submit ex02_cell (planted_class.py: right in two styles, or with one of a few mistakes
in known numbers, one loops forever, one edited a test cell). `lstm-grade setup`, `lstm-grade
autograde` (nbgrader's autograde with the sandboxed executor) and `lstm-grade report --html` run
in a copy of the course; the report's counts and pass rates must equal the planted numbers, and
its page must load in headless Chromium with nothing from outside.
"""

from __future__ import annotations

import csv
import json
import stat
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, copy_course, run
from planted_class import EDITED_TEST_CELL, PLANTED, students

pytestmark = pytest.mark.slow

ASSIGNMENT = "ex02_cell"
NOTEBOOK = "lstm_cell.ipynb"
CELL_TIMEOUT = 3  # seconds per call of the student's function: the looping student costs 3 x 3 s
INTERNAL = ("chrome://", "chrome-untrusted://", "devtools://")
SCREENSHOT = REPO / "_build" / "screenshots" / "class_report.png"


def _submission(template, body: str, edit_test_cell: bool):
    nb = nbformat.from_dict(json.loads(json.dumps(template)))
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id == "lstm_cell":
            cell.source = body
        elif grade_id == EDITED_TEST_CELL and edit_test_cell:
            cell.source = 'print("passed")'
    return nb


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> Path:
    course = copy_course(tmp_path_factory.mktemp("classreport") / "course")
    with open(course / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.SandboxedExecute.timeout = {CELL_TIMEOUT}\n")
    template = nbformat.read(course / "exercises" / ASSIGNMENT / NOTEBOOK, as_version=4)
    for student, body in students().items():
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nb = _submission(template, PLANTED[body][0], student.endswith("_edited"))
        nbformat.write(nb, folder / NOTEBOOK)
    for cmd in (["lstm-grade", "setup"], ["lstm-grade", "autograde", ASSIGNMENT, "-j", "2"]):
        proc = run(cmd, cwd=course, timeout=1200)
        assert proc.returncode == 0, f"{cmd}: {proc.stdout[-3000:]}{proc.stderr[-3000:]}"
    (course / "gradebook.db").chmod(0o640)
    proc = run(["lstm-grade", "report", "--html"], cwd=course)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "class_report/index.html" in proc.stdout
    return course


@pytest.fixture(scope="module")
def report(graded) -> dict:
    data = json.loads((graded / "class_report" / "class_report.json").read_text())
    (assignment,) = [a for a in data["assignments"] if a["name"] == ASSIGNMENT]
    return assignment


def _planted_students(finding: str) -> list[str]:
    return sorted(s for s, body in students().items() if finding in PLANTED[body][2])


def test_class_report_counts_each_planted_mistake_once_per_student(report):
    planted = Counter(f for body in students().values() for f in PLANTED[body][2])
    assert report["submissions"] == len(students()) >= 40
    assert {m["id"]: len(m["students"]) for m in report["mistakes"]} == dict(planted)
    for m in report["mistakes"]:
        assert sorted(m["students"]) == _planted_students(m["id"])
    counts = [len(m["students"]) for m in report["mistakes"]]
    assert counts == sorted(counts, reverse=True)  # ranked


def test_class_report_counts_hidden_cells_findings(report):
    # every planted mistake fails the fixed and the hidden cell; both diagnosed it
    for m in report["mistakes"]:
        n = len(m["students"])
        assert m["cells"]["test_lstm_cell_hidden"] == n, m
        assert m["cells"]["test_lstm_cell_fixed"] == n, m


def test_class_report_pass_rates_equal_planted(report):
    by_body = Counter(students().values())
    right = by_body["vector"] + by_body["separate"]  # the edited student's body is "vector"
    raising = by_body["typo"] + by_body["forever"]
    n = len(students())
    rates = {c["cell"]: (c["passed"], c["total"], c["hidden"]) for c in report["cells"]}
    assert rates == {
        "test_lstm_cell_shapes": (n - raising, n, False),
        "test_lstm_cell_fixed": (right, n, False),  # nbgrader restored the edited cell
        "test_lstm_cell_hidden": (right, n, True),
    }


def test_class_report_lists_grading_findings_per_student(report):
    found = {(g["student"], g["kind"]) for g in report["grading"]}
    (looping,) = [s for s, body in students().items() if body == "forever"]
    assert (looping, "timeout") in found
    (edited,) = [s for s in students() if s.endswith("_edited")]
    assert (edited, "edited_test_cell") in found
    assert {s for s, _ in found} == {looping, edited}


def test_class_report_csv_holds_the_page_data(graded, report):
    with open(graded / "class_report" / "mistakes.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["finding"], int(r["students"]), r["who"].split()) for r in rows] == [
        (m["id"], len(m["students"]), m["students"]) for m in report["mistakes"]
    ]
    with open(graded / "class_report" / "cells.csv", newline="") as f:
        cells = {r["cell"]: int(r["passed"]) for r in csv.DictReader(f)}
    assert cells == {c["cell"]: c["passed"] for c in report["cells"]}


def test_class_report_has_the_gradebooks_permissions(graded):
    folder = graded / "class_report"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert set(modes.values()) == {0o640}, modes
    assert {"index.html", f"{ASSIGNMENT}_scores.png", "class_report.json"} <= set(modes)


def test_student_feedback_does_not_show_the_finding_ids(graded):
    (student,) = _planted_students("gates.exchanged")[:1]
    html = (graded / "feedback" / student / ASSIGNMENT / "lstm_cell.html").read_text()
    assert "gates.exchanged" not in html
    assert "test_lstm_cell_hidden" in html  # the feedback is there, as before


def test_class_report_page_loads_offline_in_chromium(graded):
    sys.path.insert(0, str(REPO / "tests"))
    import book_helpers as bh

    if not (bh.CHROMIUM.exists() and bh.CHROMEDRIVER.exists()):
        pytest.skip("Debian's chromium and chromium-driver (make setup installs them)")
    page = graded / "class_report" / "index.html"
    with bh.chromium() as driver:
        driver.get("about:blank")
        bh.drain_logs(driver, "", "")  # what the browser did before this page (its new tab)
        driver.get(page.as_uri())
        seen = bh.drain_logs(driver, page.parent.as_uri(), page.as_uri())
        broken = driver.execute_script(bh.BROKEN_IMAGES)
        images = driver.execute_script("return document.images.length")
        text = driver.find_element("tag name", "body").text
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1280, min(max(height + 200, 900), 4000))
        driver.save_screenshot(str(SCREENSHOT))  # the whole page, for a person to look at
    assert seen.console_errors == []
    # the browser's own pages (chrome://new-tab-page...) are not requests of this page
    outside = [u for u in seen.outside_requests if not u.startswith(INTERNAL)]
    assert outside == [] and seen.failed_requests == []
    assert page.as_uri() in seen.requests and len(seen.requests) >= 2  # the page and its image
    assert images >= 1 and broken == []
    assert "a gate reads another gate's rows of a weight or bias" in text
