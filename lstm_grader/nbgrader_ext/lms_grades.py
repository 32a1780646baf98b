"""The gradebook's final scores, for the LMS exporters: one read of nbgrader's Gradebook."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from lstm_grader import csvsafe, review


@dataclass(frozen=True)
class Student:
    id: str
    first_name: str
    last_name: str
    email: str


@dataclass
class Grades:
    """assignments: [(name, max_score)] in gradebook order; students: {id: Student};
    scores: {(student, assignment): score after the late penalty, 0 without a submission,
    None while held for review (lstm_grader.review)}."""

    assignments: list[tuple[str, float]]
    students: dict[str, Student]
    scores: dict[tuple[str, str], float | None]


def read(gradebook, students=(), assignments=()) -> Grades:
    """Every (or the listed) student's score on every (or the listed) assignment.

    As nbgrader's own CSV export: a known student without a submission scores 0, and the late
    penalty is taken off (never below 0). Unlike it, an assignment nobody has submitted yet is
    left out unless it is listed (it would give every student a 0 in the LMS).
    """
    wanted_s = {str(s) for s in students}
    wanted_a = {str(a) for a in assignments}
    found = {}
    for s in gradebook.students:
        if not wanted_s or s.id in wanted_s:
            found[s.id] = Student(s.id, s.first_name or "", s.last_name or "", s.email or "")
    cols, scores = [], {}
    held = review.held(gradebook)  # a score held for review is not released: left empty
    for a in gradebook.assignments:
        if (wanted_a and a.name not in wanted_a) or (not wanted_a and not a.submissions):
            continue
        cols.append((a.name, float(a.max_score)))
        for sid in found:
            scores[(sid, a.name)] = 0.0
        for sub in a.submissions:
            if sub.student.id in found:
                penalty = sub.late_submission_penalty or 0.0
                scores[(sub.student.id, a.name)] = max(0.0, float(sub.score) - penalty)
                if (sub.student.id, a.name) in held:
                    scores[(sub.student.id, a.name)] = None
    return Grades(cols, found, scores)


def write_unmatched(dest: Path, rows: list[tuple[str, str, str]], log) -> Path | None:
    """List the students found on one side only beside the export (``<dest>.unmatched.csv``:
    side, student, what was done), and log each; remove an old list when there are none."""
    path = dest.with_name(dest.stem + ".unmatched.csv")
    if not rows:
        path.unlink(missing_ok=True)
        return None
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["side", "student", "what was done"])
        for side, student, done in rows:
            w.writerow([csvsafe.cell(side), csvsafe.cell(student), csvsafe.cell(done)])
            log.warning("%s: %s (%s)", side, student, done)
    log.warning("%d student(s) on one side only, listed in %s", len(rows), path)
    return path
