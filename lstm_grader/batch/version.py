"""The version of the course a machine grades with (its git commit and a digest of what grading
reads), compared between a Dask worker and the instructor's machine before anything is graded.
Importing this module does nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
from pathlib import Path

from lstm_grader import course, paths

#: What grading reads from the course (with the grading code itself): the course version's digest.
VERSIONED = (paths.CONFIG_FILE, paths.SOURCE_DIR)


class CourseVersionMismatch(RuntimeError):
    """The worker's clone of the course is not at the instructor's version."""


def course_version(root: Path) -> dict[str, str]:
    """The version of the course at ``root``: ``{"commit": git HEAD or "", "digest": sha256 of
    nbgrader_config.py, solutions/ and the grading code (lstm_grader, lstm_ref) as imported}``.

    Two machines grade alike when their digests are equal (and their commits, where both are git
    clones); the digest also covers a course copied without git."""
    h = hashlib.sha256()
    import lstm_ref

    trees = [Path(root) / name for name in VERSIONED]
    trees += [Path(lstm_ref.__file__).parent, Path(course.__file__).parent]
    for top in trees:
        files = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in files:
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            h.update(f"{path.relative_to(top.parent)}\0".encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    commit = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        git = ["git", "-C", str(root), "rev-parse", "HEAD"]
        proc = subprocess.run(git, capture_output=True, text=True, timeout=10)
        if proc.returncode == 0:
            commit = proc.stdout.strip()
    return {"commit": commit, "digest": h.hexdigest()}


def check_version(mine: dict[str, str], theirs: dict[str, str], where: str) -> None:
    """Raise :class:`CourseVersionMismatch` unless the worker's version ``mine`` equals the
    instructor's ``theirs``."""
    same_commit = not (mine.get("commit") and theirs.get("commit")) or (
        mine["commit"] == theirs["commit"]
    )
    if same_commit and mine.get("digest") == theirs.get("digest"):
        return

    def name(v: dict[str, str]) -> str:
        commit = f"commit {v['commit'][:12]}" if v.get("commit") else "no git commit"
        return f"{commit}, files {v.get('digest', '')[:12]}"

    todo = (
        f"`git checkout {theirs['commit'][:12]}` there"
        if theirs.get("commit")
        else "copy the instructor's course there"
    )
    raise CourseVersionMismatch(
        f"the Dask worker {where} grades with a different version of the course ({name(mine)}) "
        f"than the instructor's machine ({name(theirs)}): {todo} (same nbgrader_config.py, "
        "solutions/ and grading code, reinstalled), then restart its `dask worker`"
    )
