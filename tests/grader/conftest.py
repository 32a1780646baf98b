"""Fixtures for the nbgrader course tests: temporary copies of the course, nbgrader on PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # the venv's bin/: nbgrader, lstm-grade, alembic


def unavailable(reason: str) -> None:
    """A system component the tests need is missing: skip on a developer's machine, but fail in
    CI (CI=true), where `make setup` installed everything and a skip would hide a broken setup."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI=true: a missing component fails instead of skipping)")
    pytest.skip(reason)


def course_env() -> dict[str, str]:
    """The environment nbgrader needs: this venv's bin/ first on PATH (nbgrader calls alembic)."""
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def copy_course(dest: Path, *, with_exercises: bool = True) -> Path:
    """Copy the course's own files (config, solutions/, exercises/, demo/) to ``dest``:
    no gradebook, no submissions, as in a fresh clone."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "nbgrader_config.py", dest / "nbgrader_config.py")
    shutil.copytree(REPO / "solutions", dest / "solutions")
    if with_exercises:
        shutil.copytree(REPO / "exercises", dest / "exercises")
    shutil.copytree(REPO / "demo", dest / "demo")
    return dest


def run(cmd: list[str], cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run a command in ``cwd`` with the course environment; output captured as text."""
    return subprocess.run(
        cmd, cwd=cwd, env=course_env(), text=True, capture_output=True, timeout=timeout
    )


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root: the course's own files."""
    return REPO


@pytest.fixture(scope="session")
def course_copy():
    """``course_copy(dest, with_exercises=True)``: a fresh-clone copy of the course at ``dest``."""
    return copy_course


@pytest.fixture(scope="session")
def course_run():
    """``course_run(cmd, cwd, timeout=900)``: run a command with nbgrader's environment."""
    return run


# ---- grading at course scale (batch/test_run.py, test_postgres.py) ----------------------------

#: The assignments the parallel and PostgreSQL tests grade: 7 demo submissions, none that loops.
SCALE_ASSIGNMENTS = ("ex01_gates", "ex02_cell")


def submit_demo(
    course: Path, assignments=SCALE_ASSIGNMENTS, copies: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """Copy the demo submissions of ``assignments`` into ``course``/submitted/; ``copies`` maps
    a new student id to the demo student whose submissions it gets.

    Returns the (student, assignment) pairs submitted."""
    demo = course / "demo" / "submissions"
    done = []
    sources = {s.name: s.name for s in demo.iterdir() if s.is_dir()} | (copies or {})
    for student, source in sorted(sources.items()):
        for assignment in assignments:
            src = demo / source / assignment
            if src.is_dir():
                shutil.copytree(src, course / "submitted" / student / assignment)
                done.append((student, assignment))
    return done


def sqlite_url(course: Path) -> str:
    return f"sqlite:///{course / 'gradebook.db'}"


def gradebook_scores(db_url: str) -> dict[tuple[str, str], tuple[float, float, dict[str, float]]]:
    """Every submission in the gradebook: (student, assignment) -> (score, max score,
    {graded cell: score})."""
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(db_url) as gb:
        for assignment in gb.assignments:
            for sub in assignment.submissions:
                cells = {g.name: g.score for nb in sub.notebooks for g in nb.grades}
                out[(sub.student.id, assignment.name)] = (sub.score, sub.max_score, cells)
    return out


@pytest.fixture(scope="session")
def sequential_scores(tmp_path_factory) -> dict:
    """The gradebook after grading the demo submissions of SCALE_ASSIGNMENTS one by one, with
    nbgrader's own `nbgrader autograde ASSIGNMENT` (one process, one student after another)."""
    course = copy_course(tmp_path_factory.mktemp("sequential") / "course", with_exercises=False)
    submit_demo(course)
    proc = run(["lstm-grade", "setup"], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for assignment in SCALE_ASSIGNMENTS:
        proc = run(["nbgrader", "autograde", assignment, "--force"], cwd=course)
        assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    scores = gradebook_scores(sqlite_url(course))
    assert len(scores) == 7, sorted(scores)
    return scores
