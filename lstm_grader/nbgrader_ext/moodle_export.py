"""Moodle: an nbgrader export plugin writing a Moodle grade-import CSV.

Moodle's import (Grades > Import > CSV file) maps one column to the user ("Map from") and the
others to grade items. The file written is keyed by ``Email address`` (``MoodleExport.key =
"email"``, the nbgrader student's email) or by ``ID number`` (``"idnumber"``, the nbgrader student
id), then ``First name``, ``Last name`` (map them to "ignore"), then one column per assignment named
by its title (``MoodleExport.titles``, default the assignment id)::

    Email address,First name,Last name,ex01_gates,ex02_cell
    jane@uni.example,Jane,Doe,6,7.5

With ``MoodleExport.moodle_csv`` (Moodle's own grade export, Grades > Export > Plain text file)
the students are matched against Moodle's list: students in Moodle but not in the gradebook, and
students in the gradebook but not in Moodle (or without the key), are not written and are listed
in ``<to>.unmatched.csv`` and the log. Keys are compared after case folding and NFKC; a key two
students share (``Alice``, ``alice``), in the gradebook or in Moodle, is refused for all of them,
never picked. Usage::

    nbgrader export --exporter lstm_grader.nbgrader_ext.moodle_export.MoodleExport \\
        --MoodleExport.key=email --MoodleExport.moodle_csv=moodle_export.csv --to moodle.csv
"""

from __future__ import annotations

import csv
from pathlib import Path

from nbgrader.plugins import ExportPlugin
from traitlets import Dict, Enum, Unicode

from lstm_grader import csvsafe
from lstm_grader.intake import id_key
from lstm_grader.nbgrader_ext import lms_grades as grades

KEY_COLUMNS = {"email": "Email address", "idnumber": "ID number"}
NAME_COLUMNS = ("First name", "Last name")


class MoodleFormatError(ValueError):
    """The file given as Moodle's export is not one; the message says what was expected."""


def read_export(path: Path, key_column: str) -> list[dict[str, str]]:
    """Moodle's grade export (CSV): one dict per student row; it must have ``key_column``."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
            header = [h.strip() for h in (rows and rows[0].keys() or [])]
    except (OSError, UnicodeDecodeError) as exc:
        raise MoodleFormatError(f"cannot read Moodle's grade export {path}: {exc}") from exc
    if key_column not in header:
        raise MoodleFormatError(
            f"{path} has no {key_column!r} column: expected Moodle's grade export "
            f"(Grades > Export > Plain text file) with the users' {key_column}; its columns: "
            f"{', '.join(header[:8]) or 'none'}"
        )
    return [{k.strip(): (v or "").strip() for k, v in r.items() if k} for r in rows]


class MoodleExport(ExportPlugin):
    """Export the gradebook's scores as a Moodle grade-import CSV (see the module)."""

    key = Enum(
        list(KEY_COLUMNS), default_value="email", help="identify users by email or ID number"
    ).tag(config=True)
    moodle_csv = Unicode(
        "", help="Moodle's grade export, to match students and list those on one side only"
    ).tag(config=True)
    titles = Dict({}, help="nbgrader assignment id -> its grade item's name in Moodle").tag(
        config=True
    )

    def _key_of(self, s: grades.Student) -> str:
        return s.email if self.key == "email" else s.id

    def export(self, gradebook) -> None:
        dest = Path(self.to or "moodle_import.csv")
        key_column = KEY_COLUMNS[self.key]
        g = grades.read(gradebook, self.student, self.assignment)
        unmatched = []
        by_key: dict[str, grades.Student] = {}
        shared: dict[str, list[str]] = {}
        for s in g.students.values():
            key = self._key_of(s).strip()
            if key:
                shared.setdefault(id_key(key), []).append(s.id)
                by_key[id_key(key)] = s
            else:
                unmatched.append(("in the gradebook, without " + key_column, s.id, "not exported"))
        for key, ids in shared.items():
            if len(ids) > 1:  # never pick one of them: neither is written
                del by_key[key]
                why = f"not exported: {', '.join(ids)} share the {key_column} after case folding"
                unmatched += [("ambiguous", sid, why) for sid in ids]
        order = list(by_key)
        if self.moodle_csv:
            moodle = read_export(Path(self.moodle_csv), key_column)
            in_moodle = [id_key(r[key_column]) for r in moodle if r.get(key_column)]
            twice = {k for k in in_moodle if in_moodle.count(k) > 1}
            unmatched += [
                ("ambiguous", r.get(key_column, ""), "not exported: two Moodle users share it")
                for r in moodle
                if r.get(key_column) and id_key(r[key_column]) in twice
            ]
            unmatched += [
                ("in Moodle, not in the gradebook", r.get(key_column, ""), "not exported")
                for r in moodle
                if id_key(r.get(key_column, "")) not in by_key
                and id_key(r.get(key_column, "")) not in shared
            ]
            unmatched += [
                ("in the gradebook, not in Moodle", by_key[k].id, "not exported")
                for k in order
                if k not in set(in_moodle)
            ]
            order = [k for k in dict.fromkeys(in_moodle) if k in by_key and k not in twice]
        names = [name for name, _ in g.assignments]
        with open(dest, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(
                [key_column, *NAME_COLUMNS] + [csvsafe.cell(self.titles.get(n, n)) for n in names]
            )
            for k in order:
                s = by_key[k]
                w.writerow(
                    [
                        csvsafe.cell(self._key_of(s)),
                        csvsafe.cell(s.first_name),
                        csvsafe.cell(s.last_name),
                    ]
                    + [csvsafe.number(g.scores[(s.id, n)]) for n in names]
                )
        grades.write_unmatched(dest, unmatched, self.log)
        self.log.info("Moodle import file: %s (%d students)", dest, len(order))
