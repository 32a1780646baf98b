"""lstm_grader.batch.apps: nbgrader's apps in this process, without a course."""

from __future__ import annotations

import os

from lstm_grader.batch.apps import _error_lines, _redirected, _run_app


class _App:
    """Stands in for an nbgrader app class: what ``_run_app`` calls on it."""

    def __init__(self, code=None):
        self.code, self.closed = code, False

    def initialize(self, argv):
        self.argv = argv

    def start(self):
        if self.code is not None:
            raise SystemExit(self.code)

    def close_handlers(self):
        self.closed = True


def test_run_app_returns_the_exit_status_the_app_raised() -> None:
    assert _run_app(lambda: _App(None), []) == 0
    assert _run_app(lambda: _App(0), []) == 0
    assert _run_app(lambda: _App(3), []) == 3
    assert _run_app(lambda: _App("a message"), []) == 1


def test_redirected_sends_python_and_fd_level_output_to_the_log(tmp_path) -> None:
    log = tmp_path / "s" / "autograde.log"
    with _redirected(log):
        print("from python")
        os.write(1, b"from fd 1\n")
        os.write(2, b"from fd 2\n")
    assert log.read_text().splitlines() == ["from python", "from fd 1", "from fd 2"]


def test_error_lines_are_the_last_errors_of_an_nbgrader_log(tmp_path) -> None:
    log = tmp_path / "autograde.log"
    log.write_text(
        "[AutogradeApp | INFO] fine\n[AutogradeApp | ERROR] it broke\nTraceback (most recent)\n"
        "  File x\n[AutogradeApp | INFO] more\n"
    )
    assert _error_lines(log).splitlines() == [
        "[AutogradeApp | ERROR] it broke",
        "Traceback (most recent)",
        "  File x",
    ]
    assert _error_lines(tmp_path / "missing.log") == ""
