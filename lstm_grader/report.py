"""The grading report: what grading found in each submission, beside nbgrader's export.

The sanitizer and the sandboxed executor write one grading record per notebook
(:mod:`lstm_grader.record`). This module gathers them into ``grading_report.json`` and
``grading_report.csv`` (one row per finding, or one "ok" row per notebook without findings) and
prints a readable summary.

Usage, from the course root: ``python -m lstm_grader.report [assignment]``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
from pathlib import Path

from lstm_grader import escape, paths, record
from lstm_grader.gradebook import Score
from lstm_grader.grading_findings import GradingFinding, Kind
from lstm_grader.limits import Limits

FIELDS = ["assignment", "student", "notebook", "sandbox", "cell", "kind", "detail"]


def rows(records: list[dict]) -> list[dict]:
    """One row per finding; one "ok" row for a notebook without findings. The ``cell`` column is
    the grade id of the cell a finding concerns (empty: the whole notebook)."""
    out = []
    for r in records:
        base = {
            "assignment": r.get("assignment", ""),
            "student": r.get("student", ""),
            "notebook": r.get("notebook", ""),
            "sandbox": r.get("sandbox", ""),
        }
        findings = r.get("findings") or []
        if "cells" not in r:  # the sanitizer ran but the executor never did
            not_run = GradingFinding(Kind.NOT_EXECUTED, "the notebook was not executed")
            findings = (r.get("sanitize_findings") or []) + [not_run.to_dict()]
        if not findings:
            out.append({**base, "cell": "", "kind": Kind.OK.value, "detail": ""})
        for f in findings:
            out.append(
                {
                    **base,
                    "cell": f.get("grade_id") or "",
                    "kind": f.get("kind", ""),
                    "detail": f.get("detail", ""),
                }
            )
    return out


def write(report_dir: Path, out_dir: Path, assignment: str | None = None) -> list[dict]:
    """Write grading_report.json and grading_report.csv into ``out_dir``; return the rows."""
    records = record.read_all(report_dir, assignment)
    table = rows(records)
    (out_dir / paths.REPORT_JSON).write_text(json.dumps(records, indent=1))
    with open(out_dir / paths.REPORT_CSV, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        # every value may come from a submission: no formula, no control character (OWASP)
        writer.writerows({k: escape.csv_cell(v) for k, v in row.items()} for row in table)
    return table


def summary(table: list[dict]) -> str:
    """A readable summary: per submission, what was found."""
    lines = []
    by_sub: dict[tuple, list[dict]] = {}
    for row in table:
        by_sub.setdefault((row["assignment"], row["student"], row["notebook"]), []).append(row)
    flagged = 0
    for (assignment, student, notebook), items in sorted(by_sub.items()):
        found = [r for r in items if r["kind"] != Kind.OK.value]
        if not found:
            continue
        flagged += 1
        t = lambda v: escape.terminal(v, newlines=False)  # noqa: E731 - values of a submission
        lines.append(f"{t(assignment)} / {t(student)} / {t(notebook)}:")
        for r in found:
            where = f" [{t(r['cell'])}]" if r["cell"] else ""
            meaning = _meaning(t(r["kind"]))
            lines.append(f"  - {meaning}{where}: {t(r['detail'])}")
    lines.insert(0, f"{len(by_sub)} notebooks graded, {flagged} with findings")
    return "\n".join(lines)


def limits_text(limits: Limits | None = None) -> str:
    """Every limit grading applies, with its value (from :class:`lstm_grader.limits.Limits`)."""
    limits = limits or Limits()
    parts = [f"{f.name}={getattr(limits, f.name):,}" for f in dataclasses.fields(limits)]
    return "limits: " + ", ".join(parts)


def score_table(rows: list[Score], held: dict[tuple[str, str], str] | None = None) -> str:
    """A plain-text table: one row per student, one column per assignment, and the total.
    A `*` marks a score still waiting for manual grading; ``held`` (``{(student, assignment):
    reason}``, :func:`lstm_grader.review.held_reasons`) marks a score held for review "(held)",
    left out of the total, with a line "held: <reason>" under the table."""
    if not rows:
        return "no graded submissions"
    held = held or {}
    names = sorted({r.assignment for r in rows})
    students = sorted({r.student for r in rows})
    by_key = {(r.student, r.assignment): r for r in rows}
    maxima = {r.assignment: r.max_score for r in rows}
    header = ["student", *names, "total"]
    lines = [header, ["(max)", *(_fmt(maxima[a]) for a in names), _fmt(sum(maxima.values()))]]
    for student in students:
        cells, total = [escape.terminal(student, newlines=False)], 0.0
        for a in names:
            r = by_key.get((student, a))
            is_held = r is not None and (student, a) in held
            mark = " (held)" if is_held else "*" if r is not None and r.needs_manual_grade else ""
            cells.append("-" if r is None else _fmt(r.score) + mark)
            total += 0.0 if r is None or is_held else r.score
        lines.append([*cells, _fmt(total)])
    widths = [max(len(row[k]) for row in lines) for k in range(len(header))]
    text = ["  ".join(cell.rjust(w) if k else cell.ljust(w) for k, (cell, w) in
                      enumerate(zip(row, widths, strict=True))) for row in lines]  # fmt: skip
    shown = [(s, a) for (s, a) in sorted(held) if (s, a) in by_key]
    if any(r.needs_manual_grade and (r.student, r.assignment) not in held for r in rows):
        text.append("* waits for manual grading (nbgrader formgrader)")
    for s, a in shown:
        t = lambda v: escape.terminal(v, newlines=False)  # noqa: E731 - values of a submission
        text.append(f"held: {t(s)} / {t(a)}: {t(held[(s, a)])}")
    if shown:
        text.append(
            "(held) the score is held for review, not in the total nor in grades.csv or the LMS "
            "exports: lstm-grade review ASSIGNMENT STUDENT --release | --confirm-zero"
        )
    return "\n".join(text)


def _fmt(x: float) -> str:
    return f"{x:g}"


def _meaning(kind: str) -> str:
    try:
        return Kind(kind).meaning
    except ValueError:
        return kind


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Gather and print the grading report.")
    parser.add_argument("assignment", nargs="?", help="one assignment id (default: all)")
    parser.add_argument("--report-dir", default=paths.REPORT_DIR)
    parser.add_argument("--out-dir", default=".")
    ns = parser.parse_args(argv)
    table = write(Path(ns.report_dir), Path(ns.out_dir), ns.assignment)
    print(summary(table))
    print(limits_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
