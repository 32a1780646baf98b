"""Grades into the LMS, end to end: the Canvas and Moodle export plugins on the graded demo course.

The demo submissions of ex01_gates and ex02_cell (alice, bob, carol, dave) are graded with
`lstm-grade autograde` after the roster is imported with `nbgrader db student import`; the plugins
then run through `nbgrader export --exporter ...`. The LMS files given to them are written here
in Canvas's and Moodle's own export layouts, each with a student the gradebook lacks (erin,
frank) and without one it has (dave). Expected scores come from the gradebook (nbgrader's API).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import copy_course, gradebook_scores, run, sqlite_url, submit_demo

from lstm_grader.nbgrader_ext import canvas_export as canvas

pytestmark = pytest.mark.slow

CANVAS = "lstm_grader.nbgrader_ext.canvas_export.CanvasExport"
MOODLE = "lstm_grader.nbgrader_ext.moodle_export.MoodleExport"

ROSTER = """id,first_name,last_name,email
alice,Alice,Archer,alice@uni.example
bob,Bob,Baker,bob@uni.example
carol,=HYPERLINK("http://x.example"),Cole,carol@uni.example
dave,Dave,Dunn,dave@uni.example
"""

# Canvas's gradebook export: SIS columns, Section, an assignment Canvas knows (ex01_gates, id 501),
# one it does not know, its own read-only columns, the Points Possible row (with Canvas's leading
# spaces) and a student the gradebook lacks (erin); dave is not in Canvas.
CANVAS_EXPORT = """\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,ex01_gates (501),Quiz 1 (502),\
Current Points,Final Score
    Points Possible,,,,,12.00,5.00,(read only),(read only)
"Archer, Alice",1001,S-1,alice,Lab A,,4.00,4.00,80
"Baker, Bob",1002,S-2,bob,Lab B,3.00,5.00,8.00,90
"Cole, Carol",1003,S-3,carol,Lab A,,,,
"Evans, Erin",1005,S-5,erin,Lab B,,2.00,2.00,40
"""

MOODLE_EXPORT = """First name,Last name,ID number,Institution,Department,Email address,\
Assignment: ex01_gates (Real),Last downloaded from this course
Alice,Archer,alice,,,alice@uni.example,-,1733000000
Bob,Baker,bob,,,bob@uni.example,-,1733000000
Carol,Cole,carol,,,carol@uni.example,-,1733000000
Frank,Fox,frank,,,frank@uni.example,-,1733000000
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo course (ex01_gates, ex02_cell) graded, with the roster's names and emails."""
    course = copy_course(tmp_path_factory.mktemp("lms") / "course", with_exercises=False)
    submit_demo(course)
    (course / "roster.csv").write_text(ROSTER)
    for cmd in (
        ["nbgrader", "db", "student", "import", "roster.csv"],
        ["lstm-grade", "setup"],
        ["lstm-grade", "autograde", "ex01_gates", "--workers", "2"],
        ["lstm-grade", "autograde", "ex02_cell", "--workers", "2"],
    ):
        proc = run(cmd, cwd=course)
        assert proc.returncode == 0, f"{cmd}: {proc.stdout}{proc.stderr[-3000:]}"
    return course


def _export(course: Path, plugin: str, *args: str) -> None:
    proc = run(["nbgrader", "export", "--exporter", plugin, *args], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]


def _read(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def _unmatched(path: Path) -> set[tuple[str, str]]:
    rows = _read(path.with_name(path.stem + ".unmatched.csv"))
    assert rows[0] == ["side", "student", "what was done"]
    return {(side, student) for side, student, _ in rows[1:]}


def test_canvas_import_file_follows_canvas_header_rules(demo):
    (demo / "canvas_export.csv").write_text(CANVAS_EXPORT, encoding="utf-8")
    _export(
        demo, CANVAS,
        "--CanvasExport.canvas_csv=canvas_export.csv", "--to", "canvas_import.csv",
    )  # fmt: skip
    table = _read(demo / "canvas_import.csv")
    header, points, body = table[0], table[1], table[2:]
    student_cols = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    # the student columns in Canvas's order, Section last, then one column per assignment:
    # `Title (id)` where Canvas knows the assignment, the bare title where it does not
    assert header == [*student_cols, "ex01_gates (501)", "ex02_cell"]
    assert points[0] == "Points Possible" and points[1:5] == ["", "", "", ""]
    scores = gradebook_scores(sqlite_url(demo))
    maxima = {a: m for (_, a), (_, m, _) in scores.items()}
    assert [float(x) for x in points[5:]] == [maxima["ex01_gates"], maxima["ex02_cell"]]

    by_login = {row[3]: row for row in body}
    assert sorted(by_login) == ["alice", "bob", "carol", "erin"]  # Canvas's students, all kept
    for login in ("alice", "bob", "carol"):
        row = by_login[login]
        for k, assignment in enumerate(("ex01_gates", "ex02_cell")):
            score = scores.get((login, assignment), (0.0,))[0]
            assert float(row[5 + k]) == pytest.approx(score, abs=0.005), (login, assignment)
    assert by_login["erin"][5:] == ["", ""]  # not in the gradebook: Canvas keeps its grades
    assert by_login["bob"][:5] == ["Baker, Bob", "1002", "S-2", "bob", "Lab B"]
    assert _unmatched(demo / "canvas_import.csv") == {
        ("in Canvas, not in the gradebook", "Evans, Erin (ID 1005)"),
        ("in the gradebook, not in Canvas", "dave"),
    }


def test_canvas_import_file_reads_back_as_canvas_gradebook(demo):
    """Round trip: what was written is a Canvas gradebook file with the same students, IDs,
    SIS ids and sections as Canvas's export (extra and missing students included)."""
    (demo / "canvas_export.csv").write_text(CANVAS_EXPORT, encoding="utf-8")
    _export(
        demo, CANVAS,
        "--CanvasExport.canvas_csv=canvas_export.csv", "--to", "round_trip.csv",
    )  # fmt: skip
    cols_in, rows_in, _ = canvas.read_export(demo / "canvas_export.csv")
    cols_out, rows_out, assignments = canvas.read_export(demo / "round_trip.csv")
    assert cols_out == cols_in
    assert [[r[c] for c in cols_in] for r in rows_out] == [[r[c] for c in cols_in] for r in rows_in]
    assert assignments == ["ex01_gates (501)", "ex02_cell"]


def test_moodle_import_file_keyed_by_email_lists_students_on_one_side(demo):
    (demo / "moodle_export.csv").write_text(MOODLE_EXPORT, encoding="utf-8")
    _export(
        demo, MOODLE, "--MoodleExport.key=email",
        "--MoodleExport.moodle_csv=moodle_export.csv", "--to", "moodle_import.csv",
    )  # fmt: skip
    table = _read(demo / "moodle_import.csv")
    assert table[0] == ["Email address", "First name", "Last name", "ex01_gates", "ex02_cell"]
    scores = gradebook_scores(sqlite_url(demo))
    rows = {row[0]: row for row in table[1:]}
    assert sorted(rows) == ["alice@uni.example", "bob@uni.example", "carol@uni.example"]
    for email, row in rows.items():
        student = email.split("@")[0]
        for k, assignment in enumerate(("ex01_gates", "ex02_cell")):
            score = scores.get((student, assignment), (0.0,))[0]
            assert float(row[3 + k]) == pytest.approx(score, abs=0.005), (student, assignment)
    # a name from the roster that a spreadsheet would run as a formula is written as text
    assert rows["carol@uni.example"][1] == '\'=HYPERLINK("http://x.example")'
    assert _unmatched(demo / "moodle_import.csv") == {
        ("in Moodle, not in the gradebook", "frank@uni.example"),
        ("in the gradebook, not in Moodle", "dave"),
    }


def test_moodle_import_file_keyed_by_id_number_without_moodle_file(demo):
    _export(
        demo, MOODLE, "--MoodleExport.key=idnumber",
        "--to", "moodle_ids.csv",
    )  # fmt: skip
    table = _read(demo / "moodle_ids.csv")
    assert table[0][0] == "ID number"
    assert [row[0] for row in table[1:]] == ["alice", "bob", "carol", "dave"]
    assert not (demo / "moodle_ids.unmatched.csv").exists()


def test_canvas_export_without_canvas_file_says_what_it_needs(demo):
    proc = run(
        ["nbgrader", "export", "--exporter", CANVAS],
        cwd=demo,
    )
    assert proc.returncode != 0
    assert "--CanvasExport.canvas_csv=FILE" in proc.stdout + proc.stderr
