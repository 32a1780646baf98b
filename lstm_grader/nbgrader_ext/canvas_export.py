"""Canvas: an nbgrader export plugin writing Canvas's gradebook import CSV.

Canvas's gradebook export (Grades > Export > CSV) is read for the students' ``ID``, SIS columns
and ``Section``; the import file written has Canvas's layout::

    Student, ID, <the SIS columns of the export>, Section, <Title (assignment_id)>...
    Points Possible, , ..., , <max score>...
    "Doe, Jane", 101, ..., Section A, 7.5...

An assignment column is named ``Title (id)`` when the export has a column for it (its title is
the nbgrader assignment's name, or ``CanvasExport.titles[name]``), else ``Title`` (Canvas then
creates the assignment). Students are matched by ``CanvasExport.match_columns`` (first column whose
value equals the nbgrader student id after case folding and NFKC). A match that is not one to one
(two gradebook ids one after folding, such as ``Alice`` and ``alice``, or two Canvas rows for one
student) is refused, never picked: those rows stay blank and are listed as ambiguous. Students
in Canvas but not in the gradebook keep their row with empty grades (Canvas leaves those
unchanged); students in the gradebook but not in Canvas cannot be imported: both are listed in
``<to>.unmatched.csv`` and the log. Usage::

    nbgrader export --exporter lstm_grader.nbgrader_ext.canvas_export.CanvasExport \\
        --CanvasExport.canvas_csv=canvas_export.csv --to canvas_import.csv
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from nbgrader.plugins import ExportPlugin
from traitlets import Dict, List, Unicode

from lstm_grader import csvsafe
from lstm_grader.intake import id_key
from lstm_grader.nbgrader_ext import lms_grades as grades

ID_COLUMNS = ("Student", "ID")
SECTION = "Section"
SIS_COLUMNS = ("SIS User ID", "SIS Login ID", "Integration ID", "Root Account")
POINTS_POSSIBLE = "Points Possible"
#: Canvas columns compared with the nbgrader student id, in this order (also how
#: ``lstm-grade collect --roster`` names a Canvas user: :mod:`lstm_grader.lms_intake`).
MATCH_COLUMNS = ("SIS Login ID", "SIS User ID", "ID")
TITLE_ID = re.compile(r"^(?P<title>.*\S)\s+\((?P<id>\d+)\)$")


class CanvasFormatError(ValueError):
    """The file given as Canvas's export is not one; the message says what was expected."""


def read_export(path: Path) -> tuple[list[str], list[dict[str, str]], list[str]]:
    """Canvas's gradebook export: (student columns, student rows, other column names).

    Student columns run from ``Student`` to ``Section``; rows without an ``ID`` (Canvas's
    "Points Possible" and "Manual Posting" rows) are not students.
    """
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            table = list(csv.reader(f))
    except (OSError, UnicodeDecodeError) as exc:
        raise CanvasFormatError(f"cannot read Canvas's gradebook export {path}: {exc}") from exc
    if not table:
        raise CanvasFormatError(f"{path} is empty: expected Canvas's gradebook export (CSV)")
    header = [h.strip() for h in table[0]]
    if header[:2] != list(ID_COLUMNS) or SECTION not in header:
        raise CanvasFormatError(
            f"{path} is not Canvas's gradebook export: its first row should start with "
            f"'Student,ID,' and have a 'Section' column (Grades > Export > CSV), not "
            f"{','.join(header[:6])!r}"
        )
    student_cols = header[: header.index(SECTION) + 1]
    rows = []
    for raw in table[1:]:
        row = dict(zip(header, (v.strip() for v in raw), strict=False))
        if row.get("ID"):
            rows.append(row)
    return student_cols, rows, header[len(student_cols) :]


class CanvasExport(ExportPlugin):
    """Export the gradebook's scores as a Canvas gradebook import CSV (see the module)."""

    canvas_csv = Unicode(
        "", help="Canvas's gradebook export (Grades > Export > CSV): students' ID, SIS, Section"
    ).tag(config=True)
    match_columns = List(
        list(MATCH_COLUMNS),
        help="Canvas columns compared with the nbgrader student id, in this order",
    ).tag(config=True)
    titles = Dict(
        {}, help="nbgrader assignment id -> its title in Canvas (default: the same name)"
    ).tag(config=True)

    def export(self, gradebook) -> None:
        if not self.canvas_csv:
            raise CanvasFormatError(
                "CanvasExport needs Canvas's gradebook export for the students' IDs and sections: "
                "--CanvasExport.canvas_csv=FILE (Canvas: Grades > Export > Export Entire Gradebook)"
            )
        dest = Path(self.to or "canvas_import.csv")
        student_cols, rows, other = read_export(Path(self.canvas_csv))
        g = grades.read(gradebook, self.student, self.assignment)
        match, ambiguous = self._match(rows, g)

        headers = [self._title_header(name, other) for name, _ in g.assignments]
        # Canvas's importer: the student columns (Section last of them), then the assignments.
        out_cols = [c for c in student_cols if c in ID_COLUMNS or c in SIS_COLUMNS] + [SECTION]
        with open(dest, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([csvsafe.cell(c) for c in out_cols + headers])
            w.writerow(
                [POINTS_POSSIBLE]
                + [""] * (len(out_cols) - 1)
                + [csvsafe.number(m) for _, m in g.assignments]
            )
            for k, row in enumerate(rows):
                sid = match.get(k)
                marks = [
                    csvsafe.number(g.scores[(sid, name)]) if sid else ""
                    for name, _ in g.assignments
                ]
                w.writerow([csvsafe.cell(row.get(c, "")) for c in out_cols] + marks)
        unmatched = [
            ("ambiguous", f"{rows[k]['Student']} (ID {rows[k]['ID']})", f"left blank: {why}")
            for k, why in ambiguous.items()
        ]
        unmatched += [
            ("in Canvas, not in the gradebook", f"{row['Student']} (ID {row['ID']})", "left blank")
            for k, row in enumerate(rows)
            if k not in match and k not in ambiguous
        ]
        matched = set(match.values())
        refused = {sid for k in ambiguous for sid in self._candidates(rows[k], g)}
        unmatched += [
            ("ambiguous", sid, "not exported: it matches Canvas ambiguously")
            for sid in g.students
            if sid in refused and sid not in matched
        ]
        unmatched += [
            ("in the gradebook, not in Canvas", sid, "not exported: Canvas has no such student")
            for sid in g.students
            if sid not in matched and sid not in refused
        ]
        grades.write_unmatched(dest, unmatched, self.log)
        self.log.info("Canvas import file: %s (%d students matched)", dest, len(matched))

    def _candidates(self, row: dict[str, str], g: grades.Grades) -> list[str]:
        """The gradebook ids the row's first matching column names (after case folding and
        NFKC: more than one when the gradebook has ids that differ only so)."""
        by_key: dict[str, list[str]] = {}
        for sid in g.students:
            by_key.setdefault(id_key(sid), []).append(sid)
        for column in self.match_columns:
            value = row.get(column, "")
            if value and id_key(value) in by_key:
                return by_key[id_key(value)]
        return []

    def _match(
        self, rows: list[dict[str, str]], g: grades.Grades
    ) -> tuple[dict[int, str], dict[int, str]]:
        """(Canvas row index -> nbgrader student id, for one-to-one matches only;
        Canvas row index -> why its match is ambiguous)."""
        candidates = {k: self._candidates(row, g) for k, row in enumerate(rows)}
        claims: dict[str, list[int]] = {}
        for k, sids in candidates.items():
            for sid in sids:
                claims.setdefault(sid, []).append(k)
        match: dict[int, str] = {}
        ambiguous: dict[int, str] = {}
        for k, sids in candidates.items():
            if len(sids) > 1:
                ambiguous[k] = (
                    f"it matches {', '.join(sids)} of the gradebook (one after case folding)"
                )
            elif len(sids) == 1 and len(claims[sids[0]]) > 1:
                ambiguous[k] = f"{len(claims[sids[0]])} Canvas rows match {sids[0]}"
            elif sids:
                match[k] = sids[0]
        return match, ambiguous

    def _title_header(self, name: str, other: list[str]) -> str:
        title = self.titles.get(name, name)
        for header in other:
            m = TITLE_ID.match(header)
            if m and m["title"] == title:
                return header
        return title
