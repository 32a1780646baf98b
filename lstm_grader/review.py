"""Held for review: a score that waits for a person when grading found what may be cheating.

A finding whose kind ``holds`` (:class:`lstm_grader.grading_findings.Kind`, e.g.
``suspicious_code``: what
static reading could not decide) holds the notebook's score: :func:`apply_holds`, called where a
student's grading finishes (:func:`lstm_grader.batch.worker.grade_student`), puts the submission
in nbgrader's manual-grading state. Then:

- **the gradebook**: every autograded test cell of the held submission has
  ``needs_manual_grade = True`` (nbgrader's own state for "a person must look at this score";
  the formgrader lists the submission as needing grading). A test cell never needs manual grading
  otherwise (its score is always determined), so "a test cell needs manual grading" is the hold,
  distinct from a written answer waiting for its grader. The points stay in the gradebook, so the
  instructor sees what the submission would score.
- **grades.csv** (:class:`HeldCsvExport`, the course's ``nbgrader export`` plugin) leaves
  ``raw_score`` and ``score`` empty and says ``held for review`` in a last column ``status``;
  the Canvas and Moodle exports leave the cell empty (both LMSs leave an empty cell unchanged:
  not yet released).
- **the score table** and **the class report** mark it ``held: <reason>``, the reason being the
  finding that caused the hold (its meaning, cell and line).

``lstm-grade review ASSIGNMENT STUDENT --release | --confirm-zero`` decides (:func:`decide`):
release clears the hold (the autograded score counts); confirm-zero sets a manual score of 0 on
every graded cell of the submission. Who decided and when is appended to ``review.json`` at the
course root (the decision log); a regrade of the same submission with the same causes keeps the
decision, a new cause holds again.

A student cannot cause a hold for someone else: :func:`apply_holds` reads only the grading
records in the folder of the student being graded, keeps only records that name that student and
assignment, and writes only that submission's grades; nothing read from a record or a notebook
chooses whose score is held.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.plugins import CsvExportPlugin

from lstm_grader import paths
from lstm_grader.grading_findings import Kind

LEDGER = "review.json"  # at the course root: every decision, who and when
HELD = "held"
RELEASED = "released"
CONFIRMED_ZERO = "confirmed_zero"
HELD_STATUS = "held for review"  # grades.csv's status column
KEYS = [
    "assignment",
    "duedate",
    "timestamp",
    "student_id",
    "last_name",
    "first_name",
    "email",
    "raw_score",
    "late_submission_penalty",
    "score",
    "max_score",
]  # nbgrader's columns


@dataclass(frozen=True)
class Cause:
    """One finding that holds a submission: its kind, notebook, cell and detail."""

    kind: str
    notebook: str
    cell: str
    detail: str

    def line(self) -> str:
        where = f" [{self.cell}]" if self.cell else ""
        return f"{Kind(self.kind).meaning}{where}: {self.detail}"


def causes(root: Path, assignment: str, student: str) -> list[Cause]:
    """The holding findings in the grading records of this student's submission (only records in
    that student's folder that name this student and assignment)."""
    folder = paths.record(Path(root) / paths.REPORT_DIR, assignment, student, "x").parent
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        if data.get("student") != student or data.get("assignment") != assignment:
            continue
        for f in data.get("findings") or []:
            try:
                kind = Kind(f.get("kind"))
            except (ValueError, AttributeError):
                continue
            if kind.holds:
                nb, cell = str(data.get("notebook", path.stem)), str(f.get("grade_id") or "")
                out.append(Cause(kind.value, nb, cell, str(f.get("detail", ""))))
    return out


def _digest(found: list[Cause]) -> str:
    text = json.dumps(sorted((c.kind, c.notebook, c.cell, c.detail) for c in found))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def reason(found: list[Cause]) -> str:
    """The line that caused the hold (the first cause; "and N more" when there are more)."""
    if not found:
        return ""
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return found[0].line()[:300] + more


# ---------------------------------------------------------------------- the decision log


@contextlib.contextmanager
def _ledger_lock(root: Path):
    lock = Path(root) / (LEDGER + ".lock")
    with open(lock, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def read_ledger(root: Path) -> dict:
    """``{"decisions": {"<assignment>/<student>": last decision}, "log": [every decision]}``."""
    try:
        data = json.loads((Path(root) / LEDGER).read_text())
        if isinstance(data, dict):
            data.setdefault("decisions", {})
            data.setdefault("log", [])
            return data
    except (OSError, ValueError):
        pass
    return {"decisions": {}, "log": []}


def _write_ledger(root: Path, data: dict) -> None:
    path = Path(root) / LEDGER
    fd, tmp = tempfile.mkstemp(prefix=f".{LEDGER}.", dir=root)
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, indent=1)
    os.replace(tmp, path)


def _key(assignment: str, student: str) -> str:
    return f"{assignment}/{student}"


# ---------------------------------------------------------------------- the gradebook's state


def _grades(gb, assignment: str, student: str):
    """(the submission, its autograded test cells' grades, all its grades); None without one."""
    from nbgrader.api import MissingEntry

    try:
        sub = gb.find_submission(assignment, student)
    except MissingEntry:
        return None
    tests, every = [], []
    for nb in sub.notebooks:
        solutions = {c.name for c in nb.notebook.solution_cells}
        for g in nb.grades:
            every.append(g)
            if g.cell.cell_type == "code" and g.cell.name not in solutions:
                tests.append(g)
    return sub, tests, every


def _set(gb, assignment: str, student: str, state: str, previous: dict | None = None) -> dict:
    """Put the submission's grades in ``state``; return the manual scores it replaced."""
    found = _grades(gb, assignment, student)
    if found is None:
        return {}
    _, tests, every = found
    replaced = {}
    if state == HELD:
        for g in tests:
            g.needs_manual_grade = True
    elif state == RELEASED:
        for g in every:  # undo a confirmed 0: the manual scores it replaced come back
            key = f"{g.notebook.name}/{g.cell.name}"
            if previous and key in previous:
                g.manual_score = previous[key]
                g.needs_manual_grade = g.manual_score is None and g.auto_score is None
        for g in tests:
            g.needs_manual_grade = False
    elif state == CONFIRMED_ZERO:
        for g in every:
            replaced[f"{g.notebook.name}/{g.cell.name}"] = g.manual_score
            g.manual_score = 0.0
            g.needs_manual_grade = False
    gb.db.commit()
    return replaced


def apply_holds(root: Path, assignment: str, student: str) -> str | None:
    """After ``student``'s ``assignment`` was graded: hold its score if a holding finding is in
    its grading records (unless a person already decided on these same causes: then their
    decision is applied again). Returns ``"held"``, ``"released"``, ``"confirmed_zero"`` or None
    (nothing holds). Never raises for a missing submission."""
    from lstm_grader import gradebook

    root = Path(root)
    found = causes(root, assignment, student)
    if not found:
        return None
    decision = read_ledger(root)["decisions"].get(_key(assignment, student))
    same = decision is not None and decision.get("digest") == _digest(found)
    state = decision["decision"] if same else HELD
    with gradebook.connect(root) as gb:
        if state == CONFIRMED_ZERO:
            _set(gb, assignment, student, CONFIRMED_ZERO)
        else:
            _set(gb, assignment, student, state)
    return state


def held(gb) -> set[tuple[str, str]]:
    """Every held submission in the gradebook: ``{(student, assignment)}`` (one query)."""
    from nbgrader.api import (
        Assignment,
        Grade,
        GradeCell,
        Notebook,
        SolutionCell,
        Student,
        SubmittedAssignment,
        SubmittedNotebook,
    )
    from sqlalchemy.orm import aliased

    solution = aliased(SolutionCell)
    rows = (
        gb.db.query(Student.id, Assignment.name, GradeCell.name, Notebook.id)
        .join(SubmittedAssignment, SubmittedAssignment.student_id == Student.id)
        .join(Assignment, Assignment.id == SubmittedAssignment.assignment_id)
        .join(SubmittedNotebook, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
        .join(Grade, Grade.notebook_id == SubmittedNotebook.id)
        .join(GradeCell, GradeCell.id == Grade.cell_id)
        .join(Notebook, Notebook.id == GradeCell.notebook_id)
        .filter(Grade.needs_manual_grade.is_(True), GradeCell.cell_type == "code")
    )
    solutions = set(gb.db.query(solution.notebook_id, solution.name))
    rows = [(s, a) for s, a, cell, nb in rows if (nb, cell) not in solutions]
    return {(s, a) for s, a in rows}


def held_reasons(root: Path, gb=None) -> dict[tuple[str, str], str]:
    """``{(student, assignment): reason}`` of every held submission (the reason from its grading
    records; "see the formgrader" when they are not in this clone)."""
    from lstm_grader import gradebook

    root = Path(root)
    if gb is None:
        if (
            not (root / paths.GRADEBOOK_FILE).exists()
            and not os.environ.get(gradebook.ENV_DB_URL, "").strip()
        ):
            return {}
        with gradebook.connect(root) as opened:
            pairs = held(opened)
    else:
        pairs = held(gb)
    return {
        (s, a): reason(causes(root, a, s)) or "a test cell waits for manual grading (formgrader)"
        for s, a in sorted(pairs)
    }


# ---------------------------------------------------------------------- a person decides


class ReviewError(ValueError):
    """The decision cannot be made (nothing held, no such submission); the message says why."""


def decide(root: Path, assignment: str, student: str, decision: str, by: str | None = None) -> dict:
    """Release the hold (``"released"``) or confirm a 0 (``"confirmed_zero"``) of one submission;
    record who decided and when in ``review.json``. Returns the log entry."""
    from lstm_grader import gradebook

    if decision not in (RELEASED, CONFIRMED_ZERO):
        raise ValueError(decision)
    root = Path(root)
    found = causes(root, assignment, student)
    with _ledger_lock(root), gradebook.connect(root) as gb:
        if _grades(gb, assignment, student) is None:
            raise ReviewError(f"no graded submission of {assignment} by {student}")
        ledger = read_ledger(root)
        last = ledger["decisions"].get(_key(assignment, student))
        if (student, assignment) not in held(gb) and not last:
            raise ReviewError(f"{assignment}/{student} is not held for review: nothing to decide")
        previous = (last or {}).get("replaced") if last else None
        replaced = _set(gb, assignment, student, decision, previous)
        entry = {
            "assignment": assignment,
            "student": student,
            "decision": decision,
            "by": by or _who(),
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "reason": reason(found),
            "digest": _digest(found),
        }
        if decision == CONFIRMED_ZERO:
            entry["replaced"] = (previous or {}) | {
                k: v for k, v in replaced.items() if k not in (previous or {})
            }
        ledger["decisions"][_key(assignment, student)] = entry
        ledger["log"].append(entry)
        _write_ledger(root, ledger)
    return entry


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}"


# ---------------------------------------------------------------------- grades.csv


class HeldCsvExport(CsvExportPlugin):
    """nbgrader's CSV export (grades.csv: its columns, its rows, a student without a submission
    scores 0) with held submissions not released: their ``raw_score`` and ``score`` empty, and a
    last column ``status`` ("held for review"). Cells are quoted and formula-safe (csvsafe)."""

    def export(self, gradebook) -> None:
        import csv

        from nbgrader.api import MissingEntry

        from lstm_grader import csvsafe

        dest = self.to or "grades.csv"
        students = {str(s) for s in self.student}
        assignments = {str(a) for a in self.assignment}
        pairs = held(gradebook)
        self.log.info("Exporting grades to %s (held submissions: %d)", dest, len(pairs))
        with open(dest, "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([*KEYS, "status"])
            for a in gradebook.assignments:
                if assignments and a.name not in assignments:
                    continue
                for s in gradebook.students:
                    if students and s.id not in students:
                        continue
                    try:
                        sub = gradebook.find_submission(a.name, s.id)
                    except MissingEntry:
                        stamp, raw, penalty, score, status = "", 0.0, 0.0, 0.0, ""
                    else:
                        stamp, raw = sub.timestamp, sub.score
                        penalty = sub.late_submission_penalty
                        score = max(0.0, raw - (penalty or 0.0))
                        status = ""
                        if (s.id, a.name) in pairs:
                            raw = score = None
                            status = HELD_STATUS
                    row = [a.name, a.duedate, stamp, s.id, s.last_name, s.first_name, s.email,
                           raw, penalty, score, a.max_score, status]  # fmt: skip
                    w.writerow(
                        ["" if v is None else v if isinstance(v, int | float) else
                         csvsafe.cell(str(v)) for v in row]
                    )  # fmt: skip


def main(root: Path, args) -> int:
    """``lstm-grade review ASSIGNMENT STUDENT --release | --confirm-zero``."""
    from lstm_grader import escape, gradebook
    from lstm_grader.errors import CourseError

    try:
        entry = decide(root, args.assignment, args.student, args.decision)
    except ReviewError as err:
        raise CourseError(str(err)) from err
    score = gradebook.submission_score(root, args.assignment, args.student)
    t = lambda v: escape.terminal(str(v), newlines=False)  # noqa: E731 - a student's id
    what = "released" if args.decision == RELEASED else "confirmed 0"
    points = f": {score[0]:g} / {score[1]:g}" if score else ""
    print(f"{t(args.assignment)} / {t(args.student)} {what}{points} (by {t(entry['by'])}, "
          f"{entry['at']}; logged in {LEDGER})")  # fmt: skip
    if entry["reason"]:
        print(f"  the hold was: {t(entry['reason'])}")
    if (Path(root) / paths.GRADES_CSV).exists():
        from lstm_grader import course

        course.export(root)  # grades.csv shows the decision at once
        print(f"  {paths.GRADES_CSV} exported again; the LMS exports show it when next written")
    return 0
