"""A grading task's results, between a Dask worker and the instructor's machine: the folders one
student's grading writes (:data:`OUTPUT_DIRS`), what the worker collects from them and ships back
as bytes (:func:`collect_outputs`), and how the instructor's machine puts them into place, each
folder replaced at once, nothing written outside them (:func:`write_outputs`). Importing this
module does nothing.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path, PurePosixPath

from lstm_grader import paths

__all__ = ["OUTPUT_DIRS", "collect_outputs", "output_dirs", "safe_relative", "write_outputs"]

#: The folders a task's results may be written to, relative to the course root.
OUTPUT_DIRS = (
    f"{paths.AUTOGRADED_DIR}/{{student}}/{{assignment}}",
    f"{paths.FEEDBACK_DIR}/{{student}}/{{assignment}}",
    f"{paths.REPORT_DIR}/{{assignment}}/{{student}}",
)


def safe_relative(rel: str) -> Path:
    """``rel`` as a relative path that stays inside its folder; ValueError otherwise."""
    parts = rel.split("/")
    if PurePosixPath(rel).is_absolute() or any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"refusing the file path {rel!r}: expected a plain relative path")
    return Path(*parts)


def output_dirs(assignment: str, student: str) -> list[str]:
    """The course-relative folders one student's grading writes."""
    return [d.format(assignment=assignment, student=student) for d in OUTPUT_DIRS]


def collect_outputs(course_dir: Path, sub) -> dict[str, bytes]:
    """Every file grading wrote for the student, course-relative path -> bytes."""
    out = {}
    for rel in output_dirs(sub.assignment, sub.student):
        folder = course_dir / rel
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                out[path.relative_to(course_dir).as_posix()] = path.read_bytes()
    return out


def write_outputs(root: Path, assignment: str, student: str, files: dict[str, bytes]) -> None:
    """Put one student's results into the course: each of their output folders (autograded,
    feedback, grading record) is replaced as a whole by what the worker returned. Paths outside
    those folders are refused (ValueError)."""
    dirs = output_dirs(assignment, student)
    by_dir: dict[str, dict[Path, bytes]] = {d: {} for d in dirs}
    for rel, data in files.items():
        path = safe_relative(rel).as_posix()
        top = next((d for d in dirs if path.startswith(d + "/")), None)
        if top is None:
            raise ValueError(f"a grading task returned {rel!r}, outside {', '.join(dirs)}")
        by_dir[top][Path(path[len(top) + 1 :])] = data
    for rel, content in by_dir.items():
        target = root / rel
        new = target.with_name(f".{target.name}.new-{uuid.uuid4().hex[:8]}")
        old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
        if content:
            new.mkdir(parents=True)
            for path, data in content.items():
                (new / path).parent.mkdir(parents=True, exist_ok=True)
                (new / path).write_bytes(data)
        if target.exists():
            target.rename(old)
        if content:
            new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
