"""lstm_grader.lms_intake and collect's LMS downloads: Canvas's and Moodle's naming rules, the
roster that maps them to student ids, and names two students share (refused, never guessed).
Grading a Canvas download end to end is tests/grader/test_collect_lms_e2e.py's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import nbformat
import pytest

from lstm_grader import course, lms_intake
from lstm_grader.intake import IntakeError

ROOT = Path(__file__).resolve().parents[2]

CANVAS_EXPORT = """\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,ex02_cell (501)
    Points Possible,,,,,6.00
"Archer, Alice",1001,S-1,alice,Lab A,
"Baker, Bob",1002,S-2,,Lab B,
"Cole, Carol",1003,,,Lab A,
"""

MOODLE_EXPORT = """First name,Last name,ID number,Email address
Alice,Archer,alice,alice@uni.example
Bob,Baker,bob,bob@uni.example
Jo,Lee,jo1,jo1@uni.example
Jo,Lee,jo2,jo2@uni.example
"""


def _course(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    (root / "solutions" / "ex02_cell").mkdir(parents=True)
    src = ROOT / "solutions" / "ex02_cell" / "lstm_cell.ipynb"
    (root / "solutions" / "ex02_cell" / "lstm_cell.ipynb").write_bytes(src.read_bytes())
    (root / "nbgrader_config.py").write_text("")
    return root


def _nb(who: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.metadata["who"] = who
    return nbformat.writes(nb)


@pytest.mark.parametrize(
    ("name", "lms", "uid", "rest", "late"),
    [
        ("archeralice_1001_9001_lstm_cell.ipynb", "canvas", "1001", "lstm_cell.ipynb", False),
        ("bakerbob_LATE_1002_9002_lstm_cell-1.ipynb", "canvas", "1002", "lstm_cell-1.ipynb", True),
        ("colecarol_1003_9003_work.zip", "canvas", "1003", "work.zip", False),
        ("Alice Archer_55_assignsubmission_file_", "moodle", "55", "", False),
        ("Jo Lee_7_assignsubmission_file_lstm_cell.ipynb", "moodle", "7", "lstm_cell.ipynb", False),
    ],
)
def test_the_lms_naming_rules(name, lms, uid, rest, late) -> None:
    parsed = lms_intake.parse(name)
    assert parsed is not None, name
    assert (parsed.lms, parsed.uid, parsed.rest, parsed.late) == (lms, uid, rest, late)


@pytest.mark.parametrize("name", ["alice.ipynb", "alice_lstm_cell.ipynb", "bob", "notes.txt"])
def test_ordinary_names_are_not_lms_names(name) -> None:
    assert lms_intake.parse(name) is None


def test_a_canvas_download_is_collected_through_the_roster(tmp_path) -> None:
    root = _course(tmp_path)
    roster = tmp_path / "canvas_export.csv"
    roster.write_text(CANVAS_EXPORT, encoding="utf-8")
    download = tmp_path / "submissions.zip"
    with zipfile.ZipFile(download, "w") as zf:
        zf.writestr("archeralice_1001_9001_lstm_cell.ipynb", _nb("alice"))
        zf.writestr("bakerbob_late_1002_9002_lstm_cell-1.ipynb", _nb("bob"))
        zf.writestr("bakerbob_late_1002_9002_notes.txt", "not a notebook")
        zf.writestr("evansemma_1005_9005_lstm_cell.ipynb", _nb("emma"))
    with pytest.raises(course.CourseError) as info:
        course.collect(root, download, "ex02_cell", roster=roster)
    msg = str(info.value)
    # SIS Login ID first, then SIS User ID, then Canvas's ID (as the Canvas export matches them)
    assert msg.startswith("collected 2 (S-2, alice); refused 1"), msg
    assert "evansemma_1005_9005_lstm_cell.ipynb: 'evansemma' (Canvas user 1005): not in the " in msg
    assert "bob" in (root / "submitted/S-2/ex02_cell/lstm_cell.ipynb").read_text()
    # without the roster, the download is not mistaken for students named 'archeralice_1001...'
    with pytest.raises(course.CourseError, match="Canvas's downloaded submissions.*--roster"):
        course.collect(root, download, "ex02_cell")


def test_a_moodle_download_is_collected_and_a_shared_name_is_refused(tmp_path) -> None:
    root = _course(tmp_path)
    roster = tmp_path / "moodle_export.csv"
    roster.write_text(MOODLE_EXPORT)
    inbox = tmp_path / "download"  # extracted, one folder per participant
    for folder, who in [
        ("Alice Archer_55_assignsubmission_file_", "alice"),
        ("Jo Lee_7_assignsubmission_file_", "a Jo"),
    ]:
        (inbox / folder).mkdir(parents=True)
        (inbox / folder / "lstm_cell.ipynb").write_text(_nb(who))
    flat = inbox / "Bob Baker_56_assignsubmission_file_lstm_cell.ipynb"  # older Moodle
    flat.write_text(_nb("bob"))
    with pytest.raises(course.CourseError) as info:
        course.collect(root, inbox, "ex02_cell", roster=roster)
    msg = str(info.value)
    assert msg.startswith("collected 2 (alice, bob); refused 1"), msg
    assert "'Jo Lee' (Moodle participant 7): 2 students of the roster are named so" in msg
    # Moodle's grading worksheet: the participant id decides, whatever the names
    sheet = tmp_path / "worksheet.csv"
    sheet.write_text(
        "Identifier,Full name,ID number,Email address\n"
        "Participant 7,Jo Lee,jo2,jo2@uni.example\n"
        "Participant 8,Jo Lee,jo1,jo1@uni.example\n"
    )
    roster_ = lms_intake.read_roster(sheet)
    assert roster_.student(lms_intake.parse("Jo Lee_7_assignsubmission_file_")) == "jo2"
    with pytest.raises(IntakeError, match="not in the roster"):
        roster_.student(lms_intake.parse("Jo Lee_9_assignsubmission_file_"))


def test_a_roster_that_is_neither_lms_export_is_refused(tmp_path) -> None:
    bad = tmp_path / "r.csv"
    bad.write_text("name,score\nx,1\n")
    with pytest.raises(IntakeError, match="neither Canvas's gradebook export"):
        lms_intake.read_roster(bad)
