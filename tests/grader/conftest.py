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
