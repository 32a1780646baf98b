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
import dataclasses
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lstm_grader import escape, gradebook, intake, paths
from lstm_grader import limits as limits_mod
from lstm_grader.errors import CourseError
from lstm_grader.limits import DEFAULT_LIMITS, Limits
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


def course_limits(root: Path) -> Limits:
    """The limits of one notebook as the course sets them: the ``c.SandboxedExecute.<setting>``
    lines of its nbgrader_config.py over :data:`lstm_grader.limits.DEFAULT_LIMITS` (read once per
    course folder; the defaults where the file cannot be read)."""
    return _limits_of(str(Path(root).resolve()))


@functools.lru_cache(maxsize=8)
def _limits_of(root: str) -> Limits:
    from traitlets.config.loader import PyFileConfigLoader

    try:
        config = PyFileConfigLoader(CONFIG_FILE, path=root).load_config()
    except Exception:  # no config, or one that does not load: nbgrader itself says so later
        return DEFAULT_LIMITS
    section = config.get("SandboxedExecute", {})
    changes = {
        f.name: section[f.metadata["config"]]
        for f in limits_mod.fields()
        if f.metadata["config"] in section
    }
    return dataclasses.replace(DEFAULT_LIMITS, **changes)


def submitted_students(root: Path, assignment: str) -> list[str]:
    """Students with a submission of ``assignment`` in submitted/. A folder whose name is not a
    student id, or is the same id as another folder's after case folding and Unicode NFKC
    (``Alice``, ``alice``), is skipped with a message: no export could tell them apart."""
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
            _skipped(exc)
    everyone = [p.name for p in folder.iterdir()]
    clashes = intake.collisions(students, everyone)
    for student, others in clashes.items():
        _skipped(
            f"{student!r} is the same student id as {', '.join(map(repr, others))} after case "
            "folding and Unicode normalisation: not graded (keep one folder)"
        )
    return [s for s in students if s not in clashes]


def _skipped(why) -> None:
    print(f"lstm-grade: skipped a folder of submitted/: {escape.terminal(why)}", file=sys.stderr)


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


def collect(root: Path, source: Path, assignment: str, roster: Path | None = None) -> list[str]:
    """``lstm-grade collect``: see :func:`lstm_grader.collect.collect`."""
    from lstm_grader.collect import collect as _collect

    return _collect(root, source, assignment, roster)


def ungrade(
    root: Path, assignment: str, student: str, why: str, *, url: str | None = None,
    gradebook_too: bool = True,
) -> None:  # fmt: skip
    """Leave ``student`` visibly not graded on ``assignment``: no autograded copy (none half
    written, none writable), no feedback (none stale released), no grading record, no score in
    the gradebook (``url``, default the course's); the log says why. Idempotent."""
    root = Path(root)
    for rel in (
        f"{paths.AUTOGRADED_DIR}/{student}/{assignment}",
        f"{paths.FEEDBACK_DIR}/{student}/{assignment}",
    ):
        _remove_tree(root / rel)
    for rec in (root / paths.REPORT_DIR / assignment / student).glob("*.json"):
        with contextlib.suppress(OSError):
            rec.unlink()
    problem = ""
    if gradebook_too:
        try:
            gradebook.remove_submission(root, assignment, student, url=url)
        except Exception as exc:  # the database is unreachable: said in the log
            problem = f" (its score could not be removed from the gradebook: {exc})"
    log = root / paths.student_log(assignment, student)
    first = (why.strip().splitlines() or ["not graded"])[0]
    line = f"NOT GRADED: {first}{problem}\n"
    with contextlib.suppress(OSError):
        log.parent.mkdir(parents=True, exist_ok=True)
        data = line.encode()
        with open(log, "ab+") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - len(data)))
            if f.read() != data:  # said once, however many steps clean up
                f.write(b"\n" + data)


def _remove_tree(path: Path) -> None:
    def writable(func, name, _exc):
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(name), 0o700)
            os.chmod(name, 0o600)
            func(name)

    if os.path.lexists(path):
        if path.is_symlink() or not path.is_dir():
            path.unlink()
        else:
            shutil.rmtree(path, onerror=writable)


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
