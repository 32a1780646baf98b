"""The class report's data: what the class scored and what it got wrong, per assignment.

Two sources, both on the trusted side: the gradebook (nbgrader's database: every submission's
score per graded cell, hidden test cells included) and the grading records that the executor
writes per notebook (``grading_report/<assignment>/<student>/<notebook>.json``): the grading
findings (edited test cells, forbidden calls, timeouts, ...) and, per failed test cell, the
checks' structured findings (:mod:`lstm_grader.nbgrader_ext.cell_findings`). A mistake is counted
once per student and assignment, however many test cells diagnosed it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lstm_grader import record
from lstm_grader import report as grading_report
from lstm_grader.grading_findings import Kind

HIDDEN_MARK = "BEGIN HIDDEN TESTS"
QUALIFIERS = ("gate", "term", "direction", "layer")  # what splits one mistake into variants


SHOWN_ABOVE = 50  # similar pairs at or above the threshold shown side by side, at most
DISCRIMINATION_FLAG = 0.1  # a test cell whose point-biserial r is below this is flagged


@dataclass
class CellRate:
    """One graded test cell: how many submissions got its full points (difficulty), and how well
    passing it goes with the rest of the assignment (discrimination: the point-biserial
    correlation of passing it with the score on the other cells; None when it cannot be computed,
    every submission passing or every one failing)."""

    notebook: str
    cell: str
    points: float
    hidden: bool
    passed: int = 0
    total: int = 0
    discrimination: float | None = None

    @property
    def flag(self) -> str:
        """Why this cell may measure badly ("" if it seems fine)."""
        r = self.discrimination
        if self.total < 2:
            return ""
        if r is None:
            return "everyone passes" if self.passed == self.total else "no one passes"
        if r < 0:
            return "negative discrimination: stronger students fail it more often"
        if r < DISCRIMINATION_FLAG:
            return "near-zero discrimination"
        return ""

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


@dataclass
class Mistake:
    """One diagnosed mistake (a finding id) and the students who made it."""

    id: str
    summary: str
    chapter: str | None
    students: list[str] = field(default_factory=list)
    variants: dict[str, list[str]] = field(default_factory=dict)  # "gate i" -> students
    cells: dict[str, int] = field(default_factory=dict)  # test cell -> students it diagnosed


@dataclass
class GradingFinding:
    student: str
    notebook: str
    kind: str
    meaning: str
    cell: str
    detail: str


@dataclass
class AssignmentReport:
    name: str
    max_score: float
    scores: dict[str, float]  # student -> points (sum of the graded cells)
    cells: list[CellRate]
    mistakes: list[Mistake]  # ranked: most students first
    grading: list[GradingFinding]
    records: int  # submissions with a grading record in this clone
    alpha: float | None = None  # Cronbach's alpha of the test cells (None: fewer than 2, or 0 var)
    held: list[tuple[str, str]] = field(default_factory=list)  # (student, the causing line)
    left_out: int = 0  # grading records of students without a submission in the gradebook
    similar: list = field(default_factory=list)  # similarity.Pair, most similar first
    similar_compared: int = 0  # submissions compared
    similar_above: int = 0  # pairs at or above similarity.THRESHOLD (all, not only those shown)

    @property
    def submissions(self) -> int:
        return len(self.scores)


def point_biserial(passed: list[float], rest: list[float]) -> float | None:
    """Pearson's r between a 0/1 item and the rest score (the point-biserial correlation);
    None when either does not vary."""
    import numpy as np

    x, y = np.asarray(passed, float), np.asarray(rest, float)
    if len(x) < 2 or x.std() == 0 or y.std() == 0:
        return None
    return float(np.corrcoef(x, y)[0, 1])


def cronbach_alpha(items: list[list[float]]) -> float | None:
    """Cronbach's alpha of ``items`` (one list of scores per item, students in the same order):
    k/(k-1) * (1 - sum of the items' variances / variance of the totals), sample variances.
    None with fewer than 2 items or 2 students, or totals that do not vary."""
    import numpy as np

    m = np.asarray(items, float)
    if m.ndim != 2 or m.shape[0] < 2 or m.shape[1] < 2:
        return None
    k = m.shape[0]
    total_var = m.sum(axis=0).var(ddof=1)
    if total_var == 0:
        return None
    return float(k / (k - 1) * (1 - m.var(axis=1, ddof=1).sum() / total_var))


def finding_kinds() -> dict:
    """The checks' finding kinds (id -> FindingKind with summary and chapter), if installed."""
    try:
        from lstm_ref.checks.findings import KINDS
    except ImportError:  # checks without structured findings: the findings' own text is used
        return {}
    return dict(KINDS)


def read_gradebook(gb) -> dict[str, dict]:
    """Per assignment: max score, test cells (with hidden flag), and every submission's grades.

    Returns ``{assignment: {"max": float, "cells": {(nb, cell): (points, hidden)},
    "grades": {student: {(nb, cell): score}}}}``; one query for all grades.
    """
    from nbgrader.api import (
        Assignment,
        Grade,
        GradeCell,
        Notebook,
        SourceCell,
        Student,
        SubmittedAssignment,
        SubmittedNotebook,
    )

    out: dict[str, dict] = {}
    for a in gb.db.query(Assignment).order_by(Assignment.name):
        out[a.name] = {"max": float(a.max_score or 0.0), "cells": {}, "grades": {}}
    cells = (
        gb.db.query(Assignment.name, Notebook.name, GradeCell.name, GradeCell.max_score,
                    GradeCell.cell_type, SourceCell.source)
        .join(Notebook, Notebook.assignment_id == Assignment.id)
        .join(GradeCell, GradeCell.notebook_id == Notebook.id)
        .outerjoin(SourceCell, (SourceCell.notebook_id == Notebook.id)
                   & (SourceCell.name == GradeCell.name))
    )  # fmt: skip
    for a, nb, cell, points, cell_type, source in cells:
        if cell_type == "code":  # test cells; written answers are graded by hand
            out[a]["cells"][(nb, cell)] = (float(points or 0.0), HIDDEN_MARK in (source or ""))
    grades = (
        gb.db.query(Assignment.name, Student.id, Notebook.name, GradeCell.name,
                    Grade.auto_score, Grade.manual_score, Grade.extra_credit)
        .join(SubmittedAssignment, SubmittedAssignment.assignment_id == Assignment.id)
        .join(Student, Student.id == SubmittedAssignment.student_id)
        .join(SubmittedNotebook, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
        .join(Notebook, Notebook.id == SubmittedNotebook.notebook_id)
        .join(Grade, Grade.notebook_id == SubmittedNotebook.id)
        .join(GradeCell, GradeCell.id == Grade.cell_id)
    )  # fmt: skip
    for a, student, nb, cell, auto, manual, extra in grades:
        score = (manual if manual is not None else (auto or 0.0)) + (extra or 0.0)
        out[a]["grades"].setdefault(student, {})[(nb, cell)] = float(score)
    for a, sub_student in gb.db.query(Assignment.name, SubmittedAssignment.student_id).join(
        SubmittedAssignment, SubmittedAssignment.assignment_id == Assignment.id
    ):
        out[a]["grades"].setdefault(sub_student, {})
    return out


def read_records(report_dir: Path) -> dict[str, dict[str, list[dict]]]:
    """The grading records: ``{assignment: {student: [notebook record, ...]}}``."""
    out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in record.read_all(report_dir):
        out[str(r.get("assignment", ""))][str(r.get("student", ""))].append(r)
    return out


def _meaning(kind: str) -> str:
    """What a grading finding's kind means (lstm_grader.grading_findings), else the kind itself."""
    try:
        return Kind(kind).meaning
    except ValueError:
        return kind


def _variant(f: dict) -> str | None:
    parts = [f"{q} {f[q]}" for q in QUALIFIERS if f.get(q) is not None]
    return ", ".join(parts) or None


def cell_order(source_dir: Path | None) -> dict[tuple[str, str, str], int]:
    """(assignment, notebook, grade id) -> position in the source notebook (solutions/), so the
    report lists test cells in the order students meet them; empty without the folder."""
    order: dict[tuple[str, str, str], int] = {}
    if source_dir is None or not source_dir.is_dir():
        return order
    for path in sorted(source_dir.glob("*/*.ipynb")):
        try:
            cells = json.loads(path.read_text())["cells"]
        except (OSError, ValueError, KeyError):
            continue
        for k, cell in enumerate(cells):
            grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
            if grade_id:
                order[(path.parent.name, path.stem, grade_id)] = k
    return order


def assignment_report(
    name: str, book: dict, records: dict[str, list[dict]], kinds: dict, order: dict | None = None
):
    """One assignment's report from its gradebook entry and its grading records."""
    order = order or {}
    keys = sorted(book["cells"], key=lambda k: (k[0], order.get((name, *k), 10**6), k[1]))
    cells = {key: CellRate(key[0], key[1], *book["cells"][key]) for key in keys}
    scores = {}
    for student, grades in sorted(book["grades"].items()):
        scores[student] = sum(grades.values())
        for key, rate in cells.items():
            rate.total += 1
            if key in grades and grades[key] >= rate.points:
                rate.passed += 1
    # item analysis: each test cell against the rest of the assignment
    students = sorted(book["grades"])
    got = {key: [book["grades"][s].get(key, 0.0) for s in students] for key in cells}
    for key, rate in cells.items():
        passed = [1.0 if v >= rate.points else 0.0 for v in got[key]]
        rest = [scores[s] - v for s, v in zip(students, got[key], strict=True)]
        rate.discrimination = point_biserial(passed, rest)
    alpha = cronbach_alpha([got[key] for key in cells]) if students else None
    left_out = sum(len(v) for s, v in records.items() if s not in book["grades"])
    records = {s: v for s, v in records.items() if s in book["grades"]}  # the gradebook's only
    mistakes: dict[str, Mistake] = {}
    grading: list[GradingFinding] = []
    for student in sorted(records):
        seen: set[str] = set()
        for rec in records[student]:
            notebook = str(rec.get("notebook", ""))
            for row in grading_report.rows([rec]):
                if row["kind"] != Kind.OK.value:
                    meaning = _meaning(row["kind"])
                    grading.append(
                        GradingFinding(student, notebook, row["kind"], meaning, row["cell"],
                                       str(row["detail"]))
                    )  # fmt: skip
            for cell in rec.get("cells") or []:
                for f in (cell.get("check") or {}).get("findings") or []:
                    fid = str(f.get("id", ""))
                    if not fid:
                        continue
                    kind = kinds.get(fid)
                    m = mistakes.get(fid)
                    if m is None:
                        summary = getattr(kind, "summary", None) or str(f.get("text", fid))
                        m = mistakes[fid] = Mistake(fid, summary, getattr(kind, "chapter", None))
                    if fid not in seen:
                        seen.add(fid)
                        m.students.append(student)
                    variant = _variant(f)
                    if variant and student not in m.variants.setdefault(variant, []):
                        m.variants[variant].append(student)
                    grade_id = str(cell.get("grade_id") or "")
                    m.cells[grade_id] = m.cells.get(grade_id, 0) + 1
    ranked = sorted(mistakes.values(), key=lambda m: (-len(m.students), m.id))
    return AssignmentReport(
        name, book["max"], scores, list(cells.values()), ranked, grading, len(records),
        alpha=alpha, left_out=left_out,
    )  # fmt: skip


def build(
    gb, report_dir: Path, source_dir: Path | None = None, root: Path | None = None,
    similar: int = 10,
) -> list[AssignmentReport]:  # fmt: skip
    """Every assignment with a submission in the gradebook, in name order (test cells in the
    order of the source notebooks in ``source_dir``, where given). Grading records of students
    without a submission in the gradebook are left out (counted in ``left_out``). With ``root``
    (the course root): the held submissions (:mod:`lstm_grader.review`) and, unless ``similar``
    is 0, the ``similar`` most alike pairs of submissions, or every pair at or above the
    similarity threshold if there are more (up to SHOWN_ABOVE) (:mod:`lstm_grader.similarity`)."""
    book = read_gradebook(gb)
    records = read_records(report_dir)
    kinds = finding_kinds()
    order = cell_order(source_dir)
    names = sorted(a for a in book if book[a]["grades"])
    reports = [assignment_report(a, book[a], records.get(a, {}), kinds, order) for a in names]
    if root is not None:
        from lstm_grader import review, similarity

        held = review.held(gb)
        for r in reports:
            r.held = [
                (s, review.reason(review.causes(root, r.name, s))
                 or "a test cell waits for manual grading (formgrader)")
                for s, a in sorted(held) if a == r.name
            ]  # fmt: skip
            if similar:
                codes = similarity.submissions(root, r.name, list(r.scores))
                release = similarity.boilerplate(root, r.name)
                pairs = similarity.rank(codes, release, keep=max(similar, SHOWN_ABOVE))
                above = sum(p.similarity >= similarity.THRESHOLD for p in pairs)
                shown = max(similar, min(above, SHOWN_ABOVE))  # every pair worth a look, up to 50
                r.similar, r.similar_compared = pairs[:shown], len(codes)
                r.similar_above = above
    return reports


def to_json(reports: list[AssignmentReport]) -> dict:
    """The report as plain JSON (what class_report.json holds)."""
    out = []
    for r in reports:
        d = asdict(r)
        d["submissions"] = r.submissions
        for c, rate in zip(d["cells"], r.cells, strict=True):
            c["rate"] = round(rate.rate, 4)
            c["flag"] = rate.flag
        d["similar"] = [p.to_dict() for p in r.similar]
        out.append(d)
    return {"assignments": out}
