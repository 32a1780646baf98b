"""lstm_grader.gradebook: where the gradebook is, what the course reads in it, and its locks.

On a real SQLite gradebook (nbgrader's own Gradebook); PostgreSQL: tests/grader/test_postgres.py.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from lstm_grader import gradebook


@pytest.fixture
def course(tmp_path, monkeypatch):
    monkeypatch.delenv(gradebook.ENV_DB_URL, raising=False)
    return tmp_path


def test_url_is_the_environment_variable_else_gradebook_db_at_the_root(course, monkeypatch):
    assert gradebook.db_url(course) == f"sqlite:///{course.resolve() / 'gradebook.db'}"
    monkeypatch.setenv(gradebook.ENV_DB_URL, " postgresql://grader:secret@dbhost/lstm_book ")
    assert gradebook.db_url(course) == "postgresql://grader:secret@dbhost/lstm_book"
    assert gradebook.backend("postgresql+psycopg2://h/db") == "postgresql"
    assert gradebook.backend(gradebook.db_url(course)) == "postgresql"
    assert "secret" not in gradebook.redact("postgresql://grader:secret@dbhost/lstm_book")


def test_registered_students_and_scores_on_a_fresh_gradebook(course) -> None:
    assert not gradebook.is_registered(course, "ex01_gates")
    assert not (course / "gradebook.db").exists(), "asking must not create an empty gradebook"
    with gradebook.connect(course) as gb:
        gb.add_assignment("ex01_gates")
    assert gradebook.is_registered(course, "ex01_gates")
    assert not gradebook.is_registered(course, "ex02_cell")
    gradebook.add_students(course, ["bob", "amy"])
    gradebook.add_students(course, ["bob"])  # again: no duplicate row
    with gradebook.connect(course) as gb:
        assert sorted(s.id for s in gb.students) == ["amy", "bob"]
    assert gradebook.scores(course) == []
    assert gradebook.submission_score(course, "ex01_gates", "bob") is None


def test_the_lock_is_reentrant_here_and_exclusive_across_processes(course) -> None:
    url = gradebook.db_url(course)
    code = (
        "import sys\nfrom lstm_grader import gradebook\n"
        "try:\n"
        "    with gradebook.exclusive(sys.argv[1]):\n        print('got it')\n"
        "except gradebook.GradebookLockTimeout as exc:\n    print('timeout:', exc)\n"
    )
    env = {"LSTM_GRADER_DB_LOCK_TIMEOUT": "0.3", "PATH": "/usr/bin:/bin"}
    other = lambda: subprocess.run([sys.executable, "-c", code, url], capture_output=True,
                                   text=True, timeout=120, env=env).stdout  # fmt: skip
    with gradebook.exclusive(url), gradebook.exclusive(url):  # reentrant
        out = other()
    assert out.startswith("timeout: the gradebook's 'gradebook' lock"), out
    assert "LSTM_GRADER_DB_LOCK_TIMEOUT" in out
    assert other().strip() == "got it"
    assert (course / "gradebook.db.lock").exists()
