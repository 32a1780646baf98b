"""Write the class report's files (page, figures, CSV, JSON) with the gradebook's permissions."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from lstm_grader import csvsafe, paths
from lstm_grader.classreport import data, figures, page
from lstm_grader.errors import CourseError

PRIVATE = 0o600  # files, when the gradebook is not a file (PostgreSQL)
BOOK_URL = (
    "../_build/html/"  # where a chapter link points, from paths.CLASS_REPORT_DIR: the built book
)


def _sqlite_path(root: Path, db_url: str) -> Path | None:
    """The gradebook's file for a SQLite URL, else None."""
    if not db_url.startswith("sqlite:///"):
        return None
    path = Path(db_url[len("sqlite:///") :])
    return path if path.is_absolute() else root / path


def gradebook_mode(root: Path, db_url: str) -> int:
    """The permission bits of the gradebook file (SQLite), else owner-only."""
    path = _sqlite_path(root, db_url)
    if path is not None:
        try:
            return stat.S_IMODE(path.stat().st_mode)
        except OSError:
            pass
    return PRIVATE


def _dir_mode(mode: int) -> int:
    """A folder's bits for files of ``mode``: search (x) wherever read (r) is allowed."""
    return mode | ((mode & 0o444) >> 2)


def _write(path: Path, content: bytes, mode: int) -> None:
    """Write ``content`` with exactly ``mode`` (never wider, even for a moment)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.fchmod(fd, mode)
        os.write(fd, content)
    finally:
        os.close(fd)


def _csv(header: list[str], rows: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for row in rows:
        w.writerow([x if isinstance(x, int | float) else csvsafe.cell(x) for x in row])
    return buf.getvalue().encode()


def tables(reports: list[data.AssignmentReport]) -> dict[str, bytes]:
    """The page's tables as CSV files: name -> content."""
    scores, cells, mistakes, grading, similar = [], [], [], [], []
    for r in reports:
        held = dict(r.held)
        scores += [
            [r.name, s, round(v, 4), r.max_score, "held: " + held[s] if s in held else ""]
            for s, v in r.scores.items()
        ]
        alpha = "" if r.alpha is None else round(r.alpha, 4)
        cells += [
            [r.name, c.notebook, c.cell, c.points, "yes" if c.hidden else "no", c.passed,
             c.total, round(c.rate, 4),
             "" if c.discrimination is None else round(c.discrimination, 4), c.flag, alpha]
            for c in r.cells
        ]  # fmt: skip
        similar += [
            [r.name, k, p.a, p.b, round(p.similarity, 4), round(p.share_a, 4),
             round(p.share_b, 4)]
            for k, p in enumerate(r.similar, 1)
        ]  # fmt: skip
        mistakes += [
            [r.name, k, m.id, m.summary, m.chapter or "", len(m.students), r.submissions,
             " ".join(m.students)]
            for k, m in enumerate(r.mistakes, 1)
        ]  # fmt: skip
        grading += [[r.name, g.student, g.notebook, g.kind, g.cell, g.detail] for g in r.grading]
    return {
        "scores.csv": _csv(["assignment", "student", "score", "max_score", "status"], scores),
        "cells.csv": _csv(
            [
                "assignment",
                "notebook",
                "cell",
                "points",
                "hidden",
                "passed",
                "submissions",
                "pass_rate",
                "point_biserial",
                "flag",
                "cronbach_alpha",
            ],
            cells,
        ),  # fmt: skip
        "mistakes.csv": _csv(
            [
                "assignment",
                "rank",
                "finding",
                "mistake",
                "chapter",
                "students",
                "submissions",
                "who",
            ],
            mistakes,
        ),  # fmt: skip
        "grading.csv": _csv(
            ["assignment", "student", "notebook", "kind", "cell", "detail"], grading
        ),
        "similarity.csv": _csv(
            ["assignment", "rank", "student_a", "student_b", "similarity", "share_a", "share_b"],
            similar,
        ),
    }


def write(root: Path, db_url: str, report_dir: Path, out_dir: Path | None = None,
          *, course: str = "lstm-book", book_url: str = BOOK_URL,
          similar: int = 10) -> Path:  # fmt: skip
    """Build the report from the gradebook at ``db_url`` and the grading records in
    ``report_dir``; write it into ``out_dir`` (default ROOT/class_report). Returns index.html.
    ``similar``: the most alike pairs of submissions shown per assignment (0: no similarity)."""
    from nbgrader.api import Gradebook

    sqlite_file = _sqlite_path(root, db_url)
    if sqlite_file is not None and not sqlite_file.is_file():
        raise CourseError(
            f"no gradebook at {sqlite_file}: grade first (lstm-grade autograde ASSIGNMENT), "
            "then write the class report"
        )
    out_dir = out_dir or root / paths.CLASS_REPORT_DIR
    mode = gradebook_mode(root, db_url)
    out_dir.mkdir(mode=_dir_mode(mode), exist_ok=True)
    os.chmod(out_dir, _dir_mode(mode))
    with Gradebook(db_url) as gb:
        reports = data.build(gb, report_dir, root / paths.SOURCE_DIR, root=root, similar=similar)
    files = tables(reports)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    files["class_report.json"] = json.dumps(
        {"course": course, "generated": generated, **data.to_json(reports)}, indent=1
    ).encode()
    images = {}
    for r in reports:
        name = f"{r.name}_scores.png"
        title = f"{r.name}: {r.submissions} submissions"
        files[name] = figures.score_histogram(list(r.scores.values()), r.max_score, title)
        images[r.name] = name
    listed = ["class_report.json", "scores.csv", "cells.csv", "mistakes.csv", "grading.csv",
              "similarity.csv"]  # fmt: skip
    html = page.render(
        reports, images, course=course, generated=generated, book_url=book_url, files=listed
    )
    files["index.html"] = html.encode()
    for name, content in files.items():
        _write(out_dir / name, content, mode)
    return out_dir / "index.html"
