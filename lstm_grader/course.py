"""Course operations on the nbgrader course at the repository root.

Setup and export run nbgrader's own commands (`nbgrader generate_assignment`, `export`) from the
course root; grading runs nbgrader's own autograde and feedback apps, in parallel workers
(:mod:`lstm_grader.batch.run`), so what `lstm-grade` does is what an instructor could type by hand.
Layout (see nbgrader_config.py):

    solutions/<assignment>/<notebook>.ipynb            source notebooks (solutions, hidden tests)
    exercises/<assignment>/<notebook>.ipynb            student versions (generated)
    submitted/<student>/<assignment>/<notebook>.ipynb  submissions
    autograded/, feedback/, gradebook.db, grades.csv   made by grading

The gradebook is gradebook.db (SQLite) unless ``LSTM_GRADER_DB_URL`` names another database
(PostgreSQL for several graders at once); nbgrader_config.py reads the same variable, so nbgrader
and these functions always use the same one (see :mod:`lstm_grader.gradebook`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lstm_grader import gradebook as gradebook_db
from lstm_grader.paths import CONFIG_FILE, GRADES_CSV, SOURCE_DIR, SUBMITTED_DIR


class CourseError(Exception):
    """A problem the user can fix; its message says how."""


@dataclass(frozen=True)
class Score:
    """One student's score on one assignment, as the gradebook has it."""

    student: str
    assignment: str
    score: float
    max_score: float
    needs_manual_grade: bool


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
        gradebook_db.exclusive(db_url(root), "setup"),
        tempfile.TemporaryDirectory(prefix="lstm-grade-release-") as tmp,
    ):
        # One nbgrader run for all: the assignment id is a glob over solutions/.
        nbgrader(
            root, "generate_assignment", "*", "--force",
            f"--CourseDirectory.release_directory={tmp}",
        )  # fmt: skip
    return names


def db_url(root: Path) -> str:
    """The gradebook's URL: ``$LSTM_GRADER_DB_URL``, else sqlite:///ROOT/gradebook.db."""
    return gradebook_db.db_url(root)


def gradebook(root: Path):
    """An nbgrader Gradebook on the course's database (use it as a context manager)."""
    from nbgrader.api import Gradebook

    gradebook_db.install()
    try:
        return Gradebook(db_url(root))
    except Exception as exc:
        if gradebook_db.backend(db_url(root)) == "sqlite":
            raise
        raise CourseError(
            f"cannot open the gradebook at {gradebook_db.redact(db_url(root))}: {exc}"
        ) from exc


def is_registered(root: Path, assignment: str) -> bool:
    """Whether the gradebook knows ``assignment`` (autograde needs it)."""
    default = not os.environ.get(gradebook_db.ENV_DB_URL, "").strip()
    if default and not (root / "gradebook.db").exists():
        return False  # the default gradebook does not exist yet (do not create an empty one)
    from nbgrader.api import MissingEntry

    with gradebook(root) as gb:
        try:
            gb.find_assignment(assignment)
        except MissingEntry:
            return False
    return True


def export(root: Path, path: Path | None = None) -> Path:
    """`nbgrader export`: every student's score on every assignment, to grades.csv."""
    path = path or root / GRADES_CSV
    nbgrader(root, "export", f"--CsvExportPlugin.to={path}")
    return path


def scores(root: Path) -> list[Score]:
    """Every submission's score, read from the gradebook."""
    result = []
    with gradebook(root) as gb:
        for assignment in gb.assignments:
            for sub in assignment.submissions:
                result.append(
                    Score(sub.student.id, assignment.name, sub.score, sub.max_score,
                          sub.needs_manual_grade)
                )  # fmt: skip
    return sorted(result, key=lambda s: (s.student, s.assignment))


def score_table(rows: list[Score]) -> str:
    """A plain-text table: one row per student, one column per assignment, and the total.
    A `*` marks a score still waiting for manual grading."""
    if not rows:
        return "no graded submissions"
    names = sorted({r.assignment for r in rows})
    students = sorted({r.student for r in rows})
    by_key = {(r.student, r.assignment): r for r in rows}
    maxima = {r.assignment: r.max_score for r in rows}
    header = ["student", *names, "total"]
    lines = [header, ["(max)", *(_fmt(maxima[a]) for a in names), _fmt(sum(maxima.values()))]]
    for student in students:
        cells, total = [student], 0.0
        for a in names:
            r = by_key.get((student, a))
            mark = "*" if r is not None and r.needs_manual_grade else ""
            cells.append("-" if r is None else _fmt(r.score) + mark)
            total += 0.0 if r is None else r.score
        lines.append([*cells, _fmt(total)])
    widths = [max(len(row[k]) for row in lines) for k in range(len(header))]
    text = ["  ".join(cell.rjust(w) if k else cell.ljust(w) for k, (cell, w) in
                      enumerate(zip(row, widths, strict=True))) for row in lines]  # fmt: skip
    if any(r.needs_manual_grade for r in rows):
        text.append("* waits for manual grading (nbgrader formgrader)")
    return "\n".join(text)


def _fmt(x: float) -> str:
    return f"{x:g}"


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
    app = ValidateApp()
    app.initialize([])  # reads nbgrader_config.py from the working folder, if any
    return Validator(parent=app).validate(str(notebook))
