"""Course operations on the nbgrader course at the repository root: find it, its assignments and
submissions, register them (``setup``), export the grades, collect submissions, validate.

Setup and export run nbgrader's own commands (`nbgrader generate_assignment`, `export`) from the
course root; grading runs nbgrader's own autograde and feedback apps, in parallel workers
(:mod:`lstm_grader.batch.run`), so what `lstm-grade` does is what an instructor could type by hand.
The course's folders are named in :mod:`lstm_grader.paths`; the gradebook is
:mod:`lstm_grader.gradebook`'s.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lstm_grader import gradebook
from lstm_grader.errors import CourseError
from lstm_grader.paths import CONFIG_FILE, GRADES_CSV, SOURCE_DIR, SUBMITTED_DIR


def find_root(start: Path | None = None) -> Path:
    """The course root: the nearest folder, from ``start`` (default: the working folder) up,
    that holds nbgrader_config.py and solutions/."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file() and (folder / SOURCE_DIR).is_dir():
            return folder
    raise CourseError(
        f"no nbgrader course found in {start} or above it: run lstm-grade from the repository "
        f"root (the folder with {CONFIG_FILE} and {SOURCE_DIR}/)"
    )


def assignments(root: Path) -> list[str]:
    """The assignment ids: the folders of solutions/ that hold a notebook, sorted."""
    if not (root / SOURCE_DIR).is_dir():
        raise CourseError(
            f"{root} is not the course: it has no {SOURCE_DIR}/ folder (give --root the folder "
            f"with {CONFIG_FILE} and {SOURCE_DIR}/, or run lstm-grade from inside it)"
        )
    return sorted(
        p.name for p in (root / SOURCE_DIR).iterdir() if p.is_dir() and any(p.glob("*.ipynb"))
    )


def notebook_name(root: Path, assignment: str) -> str:
    """The notebook file name of ``assignment`` (each assignment has exactly one)."""
    check_assignment(root, assignment)
    (nb,) = sorted((root / SOURCE_DIR / assignment).glob("*.ipynb"))
    return nb.name


def check_assignment(root: Path, assignment: str) -> None:
    known = assignments(root)
    if assignment not in known:
        raise CourseError(f"unknown assignment {assignment!r}; the assignments: {', '.join(known)}")


def submitted_students(root: Path, assignment: str) -> list[str]:
    """Students with a submission of ``assignment`` in submitted/."""
    folder = root / SUBMITTED_DIR
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if (p / assignment).is_dir())


def nbgrader(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``nbgrader ARGS`` in the course root, with this Python's bin/ first on PATH
    (nbgrader calls `alembic` from PATH)."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [sys.executable, "-m", "nbgrader", *args]
    proc = subprocess.run(cmd, cwd=root, env=env, text=True, capture_output=True)
    if check and proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-25:])
        raise CourseError(f"`nbgrader {' '.join(args)}` failed (exit {proc.returncode}):\n{tail}")
    return proc


def setup(root: Path) -> list[str]:
    """Register every assignment, with its notebooks and test cells, in the gradebook.

    Runs `nbgrader generate_assignment` into a temporary release folder, so exercises/ is left as
    it is. Needed once in a fresh clone, and again after a solution notebook changes.
    """
    names = assignments(root)
    # Concurrent setups on one gradebook (several graders starting at once) take turns: two
    # nbgrader runs inserting the same assignment at the same time would fail on a duplicate key.
    with (
        gradebook.exclusive(gradebook.db_url(root), "setup"),
        tempfile.TemporaryDirectory(prefix="lstm-grade-release-") as tmp,
    ):
        # One nbgrader run for all: the assignment id is a glob over solutions/.
        nbgrader(
            root, "generate_assignment", "*", "--force",
            f"--CourseDirectory.release_directory={tmp}",
        )  # fmt: skip
    return names


def export(root: Path, path: Path | None = None) -> Path:
    """`nbgrader export`: every student's score on every assignment, to grades.csv."""
    path = path or root / GRADES_CSV
    nbgrader(root, "export", f"--CsvExportPlugin.to={path}")
    return path


def collect(root: Path, source: Path, assignment: str) -> list[str]:
    """Put submissions named by student into submitted/<student>/<assignment>/.

    ``source`` is a folder holding, for each student, one of: ``<student>.ipynb`` or
    ``<student>_<notebook>.ipynb`` (e.g. ``alice_lstm_cell.ipynb``), a ``<student>.zip`` holding
    the notebook, or a folder ``<student>/`` holding it (as nbgrader's zip_collect extracts them).
    The notebook is saved under the assignment's notebook name, replacing an earlier submission.
    Returns the students collected.
    """
    check_assignment(root, assignment)
    if not source.exists():
        raise CourseError(f"{source} does not exist")
    target_name = notebook_name(root, assignment)
    entries = [source] if source.suffix == ".zip" else sorted(source.iterdir())
    collected = []
    for entry in entries:
        student = entry.stem if entry.is_file() else entry.name
        if entry.is_file() and student.endswith("_" + Path(target_name).stem):
            student = student[: -len(Path(target_name).stem) - 1]  # alice_lstm_cell -> alice
        if entry.suffix == ".ipynb":
            notebook = entry
            _store(root, student, assignment, target_name, notebook.read_bytes())
        elif entry.suffix == ".zip":
            with zipfile.ZipFile(entry) as zf:
                members = [m for m in zf.namelist() if m.endswith(".ipynb")
                           and ".ipynb_checkpoints" not in m]  # fmt: skip
                if len(members) != 1:
                    raise CourseError(f"{entry}: expected one notebook, found {len(members)}")
                _store(root, student, assignment, target_name, zf.read(members[0]))
        elif entry.is_dir():
            notebooks = [p for p in entry.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
            if len(notebooks) != 1:
                raise CourseError(f"{entry}: expected one notebook, found {len(notebooks)}")
            _store(root, student, assignment, target_name, notebooks[0].read_bytes())
        else:
            continue
        collected.append(student)
    if not collected:
        raise CourseError(f"no submissions in {source}: expected <student>.ipynb, .zip or folders")
    return collected


def _store(root: Path, student: str, assignment: str, name: str, data: bytes) -> None:
    if not student:
        raise CourseError(f"cannot tell the student from the file name of {name!r}")
    folder = root / SUBMITTED_DIR / student / assignment
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / name).write_bytes(data)


def validate(notebook: Path) -> dict[str, list[dict[str, str]]]:
    """nbgrader's validation of one notebook: restart, run every cell, and report.

    Returns nbgrader's results: a dict with any of the keys "failed" (test cells that raised),
    "changed" (read-only cells edited), "type_changed"; empty when the notebook passes.
    """
    from nbgrader.apps.validateapp import ValidateApp
    from nbgrader.validator import Validator

    if not notebook.is_file():
        raise CourseError(f"{notebook}: no such notebook")
    with _without_noise():
        app = ValidateApp()
        app.initialize([])  # reads nbgrader_config.py from the working folder, if any
        app.log_level = "ERROR"
        return Validator(parent=app).validate(str(notebook))


#: lines nbgrader and the kernel print that mean nothing to a student (issue 11)
NOISE = ("Kernel is running over TCP", "No nbgrader_config.py", "[ValidateApp | INFO]")


@contextlib.contextmanager
def _without_noise():
    """stderr (the kernel's too: it inherits file descriptor 2) without the lines in NOISE."""
    import tempfile

    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            for line in tmp.read().decode(errors="replace").splitlines():
                if line.strip() and not any(n in line for n in NOISE):
                    print(line, file=sys.stderr)
