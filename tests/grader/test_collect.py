"""lstm_grader.collect: folder names and ids at collect (the intake's checks are test_intake.py's,
archives test_archives.py's, LMS downloads test_lms_intake.py's)."""

from __future__ import annotations

import pytest
from test_intake import _course, _nb

from lstm_grader import course, intake


def test_a_folder_named_like_a_file_gives_the_id_without_its_extension(tmp_path):
    root = _course(tmp_path)
    inbox = tmp_path / "inbox"
    for folder in ("bob.ipynb", "carl.zip"):
        (inbox / folder).mkdir(parents=True)
        (inbox / folder / "lstm_cell.ipynb").write_text(_nb(folder))
    assert course.collect(root, inbox, "ex02_cell") == ["bob", "carl"]
    with pytest.raises(intake.IntakeError, match="ends with a file extension"):
        intake.check_student_id("bob.ipynb")


def test_collect_refuses_ids_that_collide_in_the_download_and_with_submitted(tmp_path):
    root = _course(tmp_path)
    (root / "submitted" / "Dan" / "ex01_gates").mkdir(parents=True)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("Alice.ipynb", "alice.ipynb", "dan.ipynb", "erin.ipynb"):
        (inbox / name).write_text(_nb(name))
    with pytest.raises(course.CourseError) as info:
        course.collect(root, inbox, "ex02_cell")
    msg = str(info.value)
    assert msg.startswith("collected 1 (erin); refused 3"), msg
    assert "Alice: the same student id as alice after case folding" in msg, msg
    assert "alice: the same student id as Alice" in msg
    assert "dan: the same student id as Dan" in msg
