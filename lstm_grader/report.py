"""The grading report: what grading found in each submission, beside nbgrader's export.

The sandboxed executor and the sanitizer write one JSON file per graded notebook under
``grading_report/<assignment>/<student>/<notebook>.json`` (see
:mod:`lstm_grader.nbgrader_ext.executor`). This module gathers them into ``grading_report.json``
and ``grading_report.csv`` (one row per finding, or one "ok" row per notebook without findings)
and prints a readable summary.

Usage, from the course root: ``python -m lstm_grader.report [assignment]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

FIELDS = ["assignment", "student", "notebook", "sandbox", "cell", "kind", "detail"]

# What each kind of finding means, for the summary.
KINDS = {
    "forbidden_call": "used lstm_ref or torch's own LSTM in a from-scratch exercise",
    "timeout": "ran past the time limit (interrupted or killed)",
    "sandbox_died": "the sandboxed process died (exit, crash, memory)",
    "sandbox_start_failed": "the sandbox did not start",
    "exit_attempt": "called sys.exit / raised KeyboardInterrupt in a cell",
    "unsandboxed": "graded WITHOUT the sandbox (LSTM_GRADER_SANDBOX=none)",
    "corrupt_json": "the file is not valid JSON: scored 0",
    "not_a_notebook": "the file is not a notebook: scored 0",
    "unreadable_file": "the file could not be read: scored 0",
    "invalid_notebook": "the notebook is invalid and could not be repaired: scored 0",
    "nbformat": "wrong notebook format version (converted where possible)",
    "broken_cells": "unreadable cells dropped",
    "duplicated_cell": "a duplicated cell (id or grade id)",
    "unknown_graded_cell": "a graded cell that is not in the assignment (ignored)",
    "deleted_cell": "a graded cell was deleted (restored from the source)",
    "retyped_cell": "a graded cell's type was changed (restored)",
    "changed_metadata": "nbgrader metadata changed (restored)",
    "edited_test_cell": "a test cell was edited (restored)",
}


def collect(report_dir: Path, assignment: str | None = None) -> list[dict]:
    """Every notebook's record under ``report_dir`` (optionally one assignment), sorted."""
    pattern = f"{assignment or '*'}/*/*.json"
    records = []
    for path in sorted(report_dir.glob(pattern)):
        try:
            records.append(json.loads(path.read_text()))
        except (OSError, ValueError) as exc:
            records.append(
                {
                    "assignment": path.parts[-3],
                    "student": path.parts[-2],
                    "notebook": path.stem,
                    "findings": [{"kind": "report_unreadable", "detail": str(exc)}],
                }
            )
    return records


def rows(records: list[dict]) -> list[dict]:
    """One row per finding; one "ok" row for a notebook without findings."""
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
            findings = (r.get("sanitize_findings") or []) + [
                {"kind": "not_executed", "detail": "the notebook was not executed"}
            ]
        if not findings:
            out.append({**base, "cell": "", "kind": "ok", "detail": ""})
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
    records = collect(report_dir, assignment)
    table = rows(records)
    (out_dir / "grading_report.json").write_text(json.dumps(records, indent=1))
    with open(out_dir / "grading_report.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(table)
    return table


def summary(table: list[dict]) -> str:
    """A readable summary: per submission, what was found."""
    lines = []
    by_sub: dict[tuple, list[dict]] = {}
    for row in table:
        by_sub.setdefault((row["assignment"], row["student"], row["notebook"]), []).append(row)
    flagged = 0
    for (assignment, student, notebook), items in sorted(by_sub.items()):
        found = [r for r in items if r["kind"] != "ok"]
        if not found:
            continue
        flagged += 1
        lines.append(f"{assignment} / {student} / {notebook}:")
        for r in found:
            where = f" [{r['cell']}]" if r["cell"] else ""
            meaning = KINDS.get(r["kind"], r["kind"])
            lines.append(f"  - {meaning}{where}: {r['detail']}")
    lines.insert(0, f"{len(by_sub)} notebooks graded, {flagged} with findings")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Gather and print the grading report.")
    parser.add_argument("assignment", nargs="?", help="one assignment id (default: all)")
    parser.add_argument("--report-dir", default="grading_report")
    parser.add_argument("--out-dir", default=".")
    ns = parser.parse_args(argv)
    table = write(Path(ns.report_dir), Path(ns.out_dir), ns.assignment)
    print(summary(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
