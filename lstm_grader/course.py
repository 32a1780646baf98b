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

from lstm_grader import escape, gradebook, intake
from lstm_grader.errors import CourseError
from lstm_grader.limits import Limits
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
    students = []
    for p in sorted(folder.iterdir()):
        if intake.file_problem(p) or not (p / assignment).is_dir():
            continue
        try:
            students.append(intake.check_student_id(p.name))
        except intake.IntakeError as exc:  # never graded; said once, the batch goes on
            print(
                f"lstm-grade: skipped a folder of submitted/: {escape.terminal(exc)}",
                file=sys.stderr,
            )
    return students


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

    Checked first (:mod:`lstm_grader.intake`): the student id (its pattern), regular files only
    (links, FIFOs, devices and hard links refused, never followed), the sizes. Two files for one
    student are an error for that student (neither is taken). Every other student is collected;
    then a :class:`CourseError` lists what was refused. Returns the students collected.
    """
    check_assignment(root, assignment)
    if not source.exists():
        raise CourseError(f"{source} does not exist")
    target_name = notebook_name(root, assignment)
    stem = Path(target_name).stem
    entries = [source] if source.suffix == ".zip" else sorted(source.iterdir())
    found: dict[str, list[Path]] = {}
    refused: list[str] = []
    for entry in entries:
        shown = escape.terminal(entry.name, newlines=False)
        problem = intake.file_problem(entry)
        is_dir = problem is None and entry.is_dir()
        if entry.suffix not in (".ipynb", ".zip") and not is_dir:
            continue
        if problem:
            refused.append(f"{shown}: {problem}")
            continue
        student = entry.name if is_dir else entry.name[: -len(entry.suffix)]
        if not is_dir and student.endswith("_" + stem):
            student = student[: -len(stem) - 1]  # alice_lstm_cell -> alice
        try:
            intake.check_student_id(student)
        except intake.IntakeError as exc:
            refused.append(f"{shown}: {exc}")
            continue
        found.setdefault(student, []).append(entry)
    collected = []
    for student, files in sorted(found.items()):
        if len(files) > 1:
            names = ", ".join(escape.terminal(f.name) for f in files)
            refused.append(
                f"{student}: {len(files)} submissions ({names}); keep one and collect again"
            )
            continue
        try:
            data = _read_entry(files[0])
        except intake.IntakeError as exc:
            refused.append(f"{escape.terminal(files[0].name)}: {exc}")
            continue
        _store(root, student, assignment, target_name, data)
        collected.append(student)
    if refused:
        head = f"collected {len(collected)}" + (f" ({', '.join(collected)})" if collected else "")
        raise CourseError(f"{head}; refused {len(refused)}:\n  " + "\n  ".join(refused))
    if not collected:
        raise CourseError(f"no submissions in {source}: expected <student>.ipynb, .zip or folders")
    return collected


def _read_entry(entry: Path) -> bytes:
    """The notebook's bytes of one student's entry (a notebook, a zip archive, a folder)."""
    limits = Limits()
    if entry.suffix == ".zip" and not entry.is_dir():
        try:
            return intake.read_zip_notebook(entry, limits)
        except zipfile.BadZipFile as exc:
            raise intake.IntakeError(f"not a readable zip archive ({exc})") from None
    if entry.suffix == ".ipynb" and not entry.is_dir():
        return intake.read_regular(entry, limits.notebook_bytes)
    notebooks = []
    for dirpath, dirnames, filenames in os.walk(entry, followlinks=False):
        dirnames[:] = [d for d in dirnames if d != ".ipynb_checkpoints"]
        notebooks += [Path(dirpath) / f for f in filenames if f.endswith(".ipynb")]
    if len(notebooks) != 1:
        raise intake.IntakeError(f"expected one notebook, found {len(notebooks)}")
    return intake.read_regular(notebooks[0], limits.notebook_bytes)


def _store(root: Path, student: str, assignment: str, name: str, data: bytes) -> None:
    intake.check_student_id(student)
    base = (root / SUBMITTED_DIR).resolve()
    folder = root / SUBMITTED_DIR / student / assignment
    if base not in folder.resolve().parents:
        raise CourseError(f"{student!r} would be stored outside {SUBMITTED_DIR}/")
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
