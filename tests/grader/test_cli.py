"""lstm_grader.cli: `lstm-grade`'s commands, their usage errors and exit statuses."""

from __future__ import annotations

import pytest

from lstm_grader import cli


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    commands = "setup autograde report grade-all validate collect review similarity"
    for command in commands.split():
        assert command in out


def test_validate_of_a_missing_notebook_fails_with_its_name(tmp_path, capsys) -> None:
    assert cli.main(["validate", str(tmp_path / "nope.ipynb")]) == 1
    assert "nope.ipynb: no such notebook" in capsys.readouterr().err


def test_bad_worker_count_or_both_schedulers_exit_with_status_2(
    tmp_path, course_copy, course_run
) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    proc = course_run(["lstm-grade", "autograde", "ex02_cell", "--workers", "0"], cwd=course)
    assert proc.returncode == 2 and "--workers" in proc.stderr, proc.stderr
    cmd = ["lstm-grade", "autograde", "ex02_cell", "-j", "2", "--scheduler", "tcp://127.0.0.1:9"]
    proc = course_run(cmd, cwd=course)
    assert proc.returncode == 2 and "--workers and --scheduler exclude each other" in proc.stderr


def test_shard_is_retired(tmp_path, course_copy, course_run) -> None:
    course = course_copy(tmp_path / "course", with_exercises=False)
    proc = course_run(["lstm-grade", "autograde", "ex02_cell", "--shard", "1/2"], cwd=course)
    assert proc.returncode == 2 and "unrecognized arguments: --shard" in proc.stderr, proc.stderr
