"""``lstm-grade collect SOURCE ASSIGNMENT [--roster CSV]``: submissions named by student, or an
LMS's "download all submissions" (:mod:`lstm_grader.lms_intake`), into
``submitted/<student>/<assignment>/``, through the intake's checks (:mod:`lstm_grader.intake`,
:mod:`lstm_grader.archives`): one student at a time, bounded in entries and memory, a bad entry
one student's refusal, ids unique after case folding and NFKC. Importing this module does nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lstm_grader import archives, escape, gradebook, intake, lms_intake
from lstm_grader.course import check_assignment, course_limits, notebook_name
from lstm_grader.errors import CourseError
from lstm_grader.limits import Limits
from lstm_grader.paths import SUBMITTED_DIR


@dataclass
class _Entry:
    """One student's submission found in the source, not read yet."""

    student: str
    label: str  # for messages
    read: Callable[[], bytes]  # the notebook's bytes, or an IntakeError


def collect(root: Path, source: Path, assignment: str, roster: Path | None = None) -> list[str]:
    """Put submissions named by student into submitted/<student>/<assignment>/.

    ``source`` is a folder (or a zip archive of one student) holding, for each student, one of:
    ``<student>.ipynb`` or ``<student>_<notebook>.ipynb`` (e.g. ``alice_lstm_cell.ipynb``), a
    ``<student>.zip`` holding the notebook, or a folder ``<student>/`` holding it (as nbgrader's
    zip_collect extracts them). With ``roster`` (the LMS's export of its students), ``source`` is
    an LMS's "download all submissions", zipped or extracted, named by the LMS's rules
    (:mod:`lstm_grader.lms_intake`: Canvas and Moodle). The notebook is saved under the
    assignment's notebook name, replacing an earlier submission.

    Checked first (:mod:`lstm_grader.intake`): the student id (its pattern; unique after case
    folding and NFKC among the source, submitted/ and the gradebook), regular files only (links,
    FIFOs, devices and hard links refused, never followed), the sizes and entry counts, the
    archives (a damaged, encrypted or unsupported one is that student's refusal). Two files for
    one student are an error for that student (neither is taken). Every other student is
    collected, one at a time; then a :class:`CourseError` lists what was refused. Returns the
    students collected.
    """
    check_assignment(root, assignment)
    if not os.path.lexists(source):
        raise CourseError(f"{source} does not exist")
    limits = course_limits(root)
    target_name = notebook_name(root, assignment)
    refused: list[str] = []
    with contextlib.ExitStack() as stack:
        entries = _entries(source, Path(target_name).stem, roster, limits, refused, stack)
        found: dict[str, list[_Entry]] = {}
        for e in entries:
            found.setdefault(e.student, []).append(e)
        clashes = intake.collisions(list(found), _known_ids(root))
        collected = []
        for student, items in sorted(found.items()):
            if student in clashes:
                others = ", ".join(clashes[student])
                refused.append(
                    f"{student}: the same student id as {others} after case folding and Unicode "
                    "normalisation (in this download, submitted/ or the gradebook); not "
                    "collected: rename one"
                )
                continue
            if len(items) > 1:
                names = ", ".join(e.label for e in items)
                refused.append(
                    f"{student}: {len(items)} submissions ({names}); keep one and collect again"
                )
                continue
            try:
                data = items[0].read()
            except intake.IntakeError as exc:
                refused.append(f"{items[0].label}: {escape.terminal(exc)}")
                continue
            _store(root, student, assignment, target_name, data)
            collected.append(student)
    if refused:
        head = f"collected {len(collected)}" + (f" ({', '.join(collected)})" if collected else "")
        raise CourseError(f"{head}; refused {len(refused)}:\n  " + "\n  ".join(refused))
    if not collected:
        raise CourseError(f"no submissions in {source}: expected <student>.ipynb, .zip or folders")
    return collected


def _known_ids(root: Path) -> list[str]:
    """The student ids the course already has: submitted/'s folders and the gradebook's."""
    ids = []
    folder = root / SUBMITTED_DIR
    if folder.is_dir():
        ids += [p.name for p in folder.iterdir() if not intake.file_problem(p) and p.is_dir()]
    with contextlib.suppress(Exception):  # no gradebook yet: nothing to collide with
        ids += gradebook.student_ids(root)
    return ids


def _listing(folder: Path, limits: Limits) -> list[Path]:
    """The entries of ``folder``, sorted, at most ``Limits.archive_entries`` of them."""
    out = []
    with os.scandir(folder) as it:
        for entry in it:
            out.append(Path(entry.path))
            if len(out) > limits.archive_entries:
                raise CourseError(
                    f"{folder}: more than {limits.archive_entries:,} entries (the limit of "
                    "collect; split the download)"
                )
    return sorted(out)


def _entries(source, stem, roster, limits, refused, stack) -> list[_Entry]:
    """Every student's submission in ``source``; what cannot be one goes to ``refused``."""
    shown = escape.terminal(source.name, newlines=False)
    problem = intake.file_problem(source)
    if problem:
        raise CourseError(f"{shown}: {problem}")
    try:
        the_roster = lms_intake.read_roster(roster) if roster else None
    except intake.IntakeError as exc:
        raise CourseError(str(exc)) from None
    if source.is_dir():
        paths = _listing(source, limits)
        names = [p.name for p in paths]
        if the_roster or _looks_lms(names):
            _need(the_roster, names)
            return _lms_folder(paths, the_roster, limits, refused)
        return _plain_folder(paths, stem, limits, refused)
    try:
        archive = stack.enter_context(archives.Archive(source, limits))
    except intake.IntakeError as exc:
        raise CourseError(str(exc)) from None
    names = [i.filename for i in archive.infos]
    if the_roster or _looks_lms([n.split("/", 1)[0] for n in names]):
        _need(the_roster, names)
        return _lms_archive(archive, the_roster, limits, refused)
    # a zip of one student's work, named by the student
    student = source.name[: -len(source.suffix)] if source.suffix == ".zip" else source.name
    try:
        intake.check_student_id(student)
    except intake.IntakeError as exc:
        refused.append(f"{shown}: {exc}")
        return []
    return [_Entry(student, shown, archive.notebook)]


def _looks_lms(names: list[str]) -> bool:
    return any(lms_intake.parse(n) for n in names)


def _need(roster, names) -> None:
    if roster is None:
        kind = next((p.lms for n in names if (p := lms_intake.parse(n))), "an LMS")
        export = {
            "canvas": "Canvas's gradebook export: Grades > Export > CSV",
            "moodle": "Moodle's grading worksheet or grade export",
        }.get(kind, "the LMS's list of students")
        raise CourseError(
            f"these are {kind.capitalize()}'s downloaded submissions, named by its user ids: give "
            f"the roster that maps them to student ids with --roster FILE ({export})"
        )


def _plain_folder(paths, stem, limits, refused) -> list[_Entry]:
    out = []
    for entry in paths:
        shown = escape.terminal(entry.name, newlines=False)
        problem = intake.file_problem(entry)
        is_dir = problem is None and entry.is_dir()
        if entry.suffix not in (".ipynb", ".zip") and not is_dir:
            continue
        if intake.ignored_entry(entry.name):
            continue
        if problem:
            refused.append(f"{shown}: {problem}")
            continue
        student = (
            entry.name[: -len(entry.suffix)] if entry.suffix in (".ipynb", ".zip") else (entry.name)
        )
        if not is_dir and student.endswith("_" + stem):
            student = student[: -len(stem) - 1]  # alice_lstm_cell -> alice
        try:
            intake.check_student_id(student)
        except intake.IntakeError as exc:
            refused.append(f"{shown}: {exc}")
            continue
        out.append(_Entry(student, shown, _reader(entry, is_dir, limits)))
    return out


def _reader(entry: Path, is_dir: bool, limits: Limits) -> Callable[[], bytes]:
    if is_dir:
        return lambda: _folder_notebook(entry, limits)
    if entry.suffix == ".zip":
        return lambda: archives.read_zip_notebook(entry, limits)
    return lambda: intake.read_regular(entry, limits.notebook_bytes)


def _folder_notebook(folder: Path, limits: Limits) -> bytes:
    """The one notebook of a student's folder, taken in as every submission is
    (:func:`lstm_grader.intake.read_submission`): a notebook or a zip holding one."""
    screened = intake.read_submission(folder, limits)
    for f in screened.findings:
        if ".ipynb" in f.detail or "more than" in f.detail:
            raise intake.IntakeError(f.detail)
    return _one_notebook(screened.files, limits, folder.name)


def _one_notebook(files: dict[str, bytes], limits: Limits, where: str) -> bytes:
    notebooks = [r for r in files if r.endswith(".ipynb") and not intake.ignored_entry(r)]
    if not notebooks:
        zips = [r for r in files if r.endswith(".zip") and not intake.ignored_entry(r)]
        if len(zips) == 1:
            return archives.read_zip_notebook(files[zips[0]], limits, name=zips[0])
    if len(notebooks) != 1:
        raise intake.IntakeError(f"expected one notebook, found {len(notebooks)}")
    return files[notebooks[0]]


def _lms_student(name: str, roster, refused) -> str | None:
    """The student id an LMS entry's name gives through the roster; None (and why, in
    ``refused``) when it gives none."""
    shown = escape.terminal(name, newlines=False)
    parsed = lms_intake.parse(name)
    if parsed is None:
        refused.append(f"{shown}: not named by the LMS rule")
        return None
    try:
        return roster.student(parsed)
    except intake.IntakeError as exc:
        refused.append(f"{shown}: {exc}")
        return None


def _lms_folder(paths, roster, limits, refused) -> list[_Entry]:
    out = []
    for entry in paths:
        shown = escape.terminal(entry.name, newlines=False)
        if intake.ignored_entry(entry.name):
            continue
        problem = intake.file_problem(entry)
        if not problem and not entry.is_dir() and entry.suffix not in (".ipynb", ".zip"):
            continue  # a file of another kind: never a notebook
        student = None if problem else _lms_student(entry.name, roster, refused)
        if problem:
            refused.append(f"{shown}: {problem}")
        if student is None:
            continue
        out.append(_Entry(student, shown, _reader(entry, entry.is_dir(), limits)))
    return out


def _lms_archive(archive: archives.Archive, roster, limits, refused) -> list[_Entry]:
    groups: dict[str, list] = {}
    for info in archive.infos:
        groups.setdefault(info.filename.split("/", 1)[0], []).append(info)
    out = []
    for first, infos in sorted(groups.items()):
        shown = escape.terminal(first, newlines=False)
        wanted = [i for i in infos if i.filename.endswith((".ipynb", ".zip"))]
        student = _lms_student(first, roster, refused) if wanted else None
        if student is None:
            continue

        def read(infos=wanted, where=first) -> bytes:
            files = {}
            for info in infos:
                limit = (
                    limits.notebook_bytes
                    if info.filename.endswith(".ipynb")
                    else limits.archive_bytes
                )
                files[info.filename] = archive.read(info, limit)
            return _one_notebook(files, limits, where)

        out.append(_Entry(student, shown, read))
    return out


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
