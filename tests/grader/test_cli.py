"""lstm_grader.cli: `lstm-grade`'s commands, their usage errors and exit statuses."""

from __future__ import annotations

import pytest

from lstm_grader import cli


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("setup", "autograde", "report", "grade-all", "validate", "collect"):
        assert command in out


def test_validate_of_a_missing_notebook_fails_with_its_name(tmp_path, capsys) -> None:
    assert cli.main(["validate", str(tmp_path / "nope.ipynb")]) == 1
    assert "nope.ipynb: no such notebook" in capsys.readouterr().err


def test_bad_shard_or_worker_count_exits_with_status_2(tmp_path, course_copy, course_run) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    proc = course_run(["lstm-grade", "autograde", "ex02_cell", "--shard", "3/2"], cwd=course)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "lstm-grade: --shard 3/2: K must be between 1 and N" in proc.stderr
    proc = course_run(["lstm-grade", "autograde", "ex02_cell", "--workers", "0"], cwd=course)
    assert proc.returncode == 2 and "--workers" in proc.stderr, proc.stderr
