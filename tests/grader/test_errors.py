"""lstm_grader.errors: a CourseError is what `lstm-grade` prints, with exit status 2."""

from __future__ import annotations

from lstm_grader import cli
from lstm_grader.errors import CourseError


def test_a_course_error_is_printed_with_exit_status_2(tmp_path, capsys) -> None:
    assert issubclass(CourseError, Exception)
    assert cli.main(["--root", str(tmp_path), "autograde", "ex02_cell"]) == 2  # no solutions/
    err = capsys.readouterr().err
    assert err.startswith("lstm-grade: ") and "solutions" in err, err
