"""The grading record of one notebook: what was found reading it and running it, one JSON file.

``grading_report/<assignment>/<student>/<notebook>.json`` (:func:`lstm_grader.paths.record`)::

    {"student", "assignment", "notebook": str,
     "sandbox": "bwrap" | "none",              # how its cells ran
     "seconds": float,                         # executing it
     "findings": [finding, ...],               # all of them: reading, then running
     "sanitize_findings": [finding, ...],      # those found reading it
     "cells": [{"index", "grade_id", "test", "error", "check"?}, ...]}

``check`` (failed test cells only, :mod:`lstm_grader.nbgrader_ext.cell_findings`): what the failed
check diagnosed, ``{"check", "stage", "mistakes", "findings": [{"id", "gate", "step", "term",
...}], "interrupted"?}``; the class report (:mod:`lstm_grader.classreport`) counts it.

with each finding ``{"kind", "detail", "grade_id"}``
(:class:`lstm_grader.grading_findings.GradingFinding`).
The sanitizer writes the record first (:func:`write_sanitized`: only ``sanitize_findings``); the
executor completes it (:func:`write_executed`). Every write is atomic (a temporary file, then
``os.replace``): a reader never sees half a record. A record without ``cells`` is of a notebook
that was read but never executed.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from lstm_grader import paths
from lstm_grader.grading_findings import GradingFinding, Kind


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(data, f, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _dicts(findings) -> list[dict]:
    return [f.to_dict() if isinstance(f, GradingFinding) else dict(f) for f in findings]


def write_sanitized(report_dir: str | Path, info: dict, findings: list[GradingFinding]) -> Path:
    """The record as the sanitizer leaves it (``info``: nbgrader's ``resources["nbgrader"]``,
    with ``assignment``, ``student``, ``notebook``)."""
    path = paths.record(report_dir, info["assignment"], info["student"], info["notebook"])
    data = {
        "student": info["student"],
        "assignment": info["assignment"],
        "notebook": info["notebook"],
        "sanitize_findings": _dicts(findings),
    }
    _write(path, data)
    return path


def write_executed(
    report_dir: str | Path,
    info: dict,
    *,
    sandbox: str,
    seconds: float,
    findings: list[GradingFinding],
    cells: list[dict],
) -> Path:
    """Complete the record after the notebook ran: the sanitizer's findings (if it wrote any)
    come first in ``findings``."""
    student = info.get("student") or "unknown"
    assignment = info.get("assignment") or "unknown"
    notebook = info.get("notebook") or "notebook"
    path = paths.record(report_dir, assignment, student, notebook)
    sanitized = []
    if path.exists():
        try:
            sanitized = json.loads(path.read_text()).get("sanitize_findings", [])
        except (OSError, ValueError, AttributeError):
            sanitized = []
    data = {
        "student": student,
        "assignment": assignment,
        "notebook": notebook,
        "sandbox": sandbox,
        "seconds": round(seconds, 2),
        "findings": sanitized + _dicts(findings),
        "sanitize_findings": sanitized,
        "cells": cells,
    }
    _write(path, data)
    return path


def read_all(report_dir: Path, assignment: str | None = None) -> list[dict]:
    """Every notebook's record under ``report_dir`` (optionally of one assignment), sorted by
    path; a record that cannot be read is one with a ``report_unreadable`` finding."""
    records = []
    for path in sorted(Path(report_dir).glob(paths.record_glob(assignment))):
        try:
            data = json.loads(path.read_text())
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            records.append(data)
        except (OSError, ValueError) as exc:
            bad = GradingFinding(Kind.REPORT_UNREADABLE, str(exc))
            records.append(
                {
                    "assignment": path.parts[-3],
                    "student": path.parts[-2],
                    "notebook": path.stem,
                    "findings": [bad.to_dict()],
                    "cells": [],
                }
            )
    return records
