"""An LMS's "download all submissions" as ``lstm-grade collect`` reads it: naming rules, roster.

- **Canvas** (Assignments > Download Submissions): one flat zip of files named
  ``<name>_<user id>_<submission id>_<file>``, ``<name>_late_<user id>_...`` when late
  (:data:`CANVAS`). The user id is the ``ID`` column of Canvas's gradebook export (the file the
  Canvas exporter reads, :mod:`lstm_grader.nbgrader_ext.canvas_export`); the student id is that
  row's first non-empty column of ``canvas_export.MATCH_COLUMNS`` (SIS Login ID, SIS User ID,
  ID), as the exporter matches them.
- **Moodle** (View all submissions > Download all submissions): one folder per participant,
  ``<Full Name>_<participant id>_assignsubmission_file_/<file>`` (older Moodle: the same prefix
  on flat file names; :data:`MOODLE`). With Moodle's grading worksheet as the roster (its
  ``Identifier`` column, ``Participant <id>``) the participant id decides; with Moodle's grade
  export (the file the Moodle exporter reads) the full name decides, and a name two roster rows
  share is refused, never guessed. The student id is the row's ``ID number``, else ``Username``.

Names are compared after Unicode NFKC and case folding (:func:`lstm_grader.intake.id_key`).
Importing this module does nothing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from lstm_grader.intake import IntakeError, check_student_id, id_key

MOODLE = re.compile(
    r"^(?P<name>[^/]+?)_(?P<uid>\d+)_assignsubmission_(?P<plugin>[a-z]+)_(?P<rest>[^/]*)$"
)
CANVAS = re.compile(
    r"^(?P<name>[^_/]+)_(?:(?P<late>late)_)?(?P<uid>\d+)_(?:(?P<sub>\d+)_)?(?P<rest>[^/]+)$",
    re.IGNORECASE,
)
MOODLE_ID_COLUMNS = ("ID number", "Username")
PARTICIPANT = re.compile(r"^\s*Participant\s+(\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class LmsName:
    """What an entry's name says: the LMS, its user (or participant) id, the name shown, and
    the rest of the entry (the file's own name; "" for a Moodle folder)."""

    lms: str
    uid: str
    name: str
    rest: str
    late: bool = False


def parse(first_component: str) -> LmsName | None:
    """The LMS naming of an entry's first path component, or None (Moodle is tried first: a
    Moodle name also fits Canvas's pattern)."""
    m = MOODLE.match(first_component)
    if m:
        return LmsName("moodle", m["uid"], m["name"], m["rest"])
    m = CANVAS.match(first_component)
    if m:
        return LmsName("canvas", m["uid"], m["name"], m["rest"], late=bool(m["late"]))
    return None


def _clean(value: str | None) -> str:
    return (value or "").strip()


@dataclass
class Roster:
    """The LMS's list of students: whom a downloaded entry belongs to."""

    kind: str  # "canvas" or "moodle"
    path: Path
    by_uid: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    by_name: dict[str, list[dict[str, str]]] = field(default_factory=dict)

    def student(self, entry: LmsName) -> str:
        """The student id of ``entry``; an :class:`IntakeError` saying why there is none (not
        in the roster, a name two students share, no id in the row, an id outside the rule)."""
        shown = f"{entry.name!r} ({self._what()} {entry.uid})"
        if entry.lms != self.kind:
            raise IntakeError(
                f"{shown}: named by {entry.lms.capitalize()}'s rule, but the roster "
                f"{self.path.name} is {self.kind.capitalize()}'s"
            )
        rows = self.by_uid.get(entry.uid)
        if rows is None and self.kind == "moodle" and not self.by_uid:
            rows = self.by_name.get(id_key(" ".join(entry.name.split())))
            if rows and len(rows) > 1:
                raise IntakeError(
                    f"{shown}: {len(rows)} students of the roster are named so; not collected "
                    "(give Moodle's grading worksheet, whose Identifier column decides, or collect "
                    "this one by hand)"
                )
        if not rows:
            raise IntakeError(f"{shown}: not in the roster {self.path.name}")
        if len(rows) > 1:
            raise IntakeError(f"{shown}: {len(rows)} rows of the roster have this id")
        row = rows[0]
        columns = self._id_columns()
        sid = next((_clean(row.get(c)) for c in columns if _clean(row.get(c))), "")
        if not sid:
            raise IntakeError(f"{shown}: the roster gives no student id ({', '.join(columns)})")
        try:
            return check_student_id(sid)
        except IntakeError as exc:
            raise IntakeError(f"{shown}: {exc}") from None

    def _what(self) -> str:
        return "Canvas user" if self.kind == "canvas" else "Moodle participant"

    def _id_columns(self) -> tuple[str, ...]:
        if self.kind == "canvas":
            from lstm_grader.nbgrader_ext.canvas_export import MATCH_COLUMNS

            return MATCH_COLUMNS
        return MOODLE_ID_COLUMNS


def read_roster(path: Path) -> Roster:
    """Canvas's gradebook export, or Moodle's grade export or grading worksheet (CSV)."""
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            table = list(csv.reader(f))
    except (OSError, UnicodeDecodeError) as exc:
        raise IntakeError(f"cannot read the roster {path}: {exc}") from None
    header = [h.strip() for h in (table[0] if table else [])]
    rows = [dict(zip(header, (v.strip() for v in r), strict=False)) for r in table[1:]]
    if header[:2] == ["Student", "ID"]:
        roster = Roster("canvas", path)
        for row in rows:
            if row.get("ID", "").isdigit():  # not "Points Possible" and Canvas's other rows
                roster.by_uid.setdefault(row["ID"], []).append(row)
        return roster
    has_names = ("First name" in header and "Last name" in header) or "Full name" in header
    if not has_names:
        raise IntakeError(
            f"{path} is neither Canvas's gradebook export (Grades > Export: 'Student,ID,...') "
            "nor Moodle's grade export or grading worksheet ('First name', 'Last name' or "
            f"'Full name' columns); its columns: {', '.join(header[:6]) or 'none'}"
        )
    roster = Roster("moodle", path)
    for row in rows:
        full = row.get("Full name") or f"{row.get('First name', '')} {row.get('Last name', '')}"
        if not full.strip():
            continue
        roster.by_name.setdefault(id_key(" ".join(full.split())), []).append(row)
        m = PARTICIPANT.match(row.get("Identifier", ""))
        if m:
            roster.by_uid.setdefault(m[1], []).append(row)
    return roster
