"""Repair or replace a broken submission before nbgrader reads it, and say what was wrong.

nbgrader stops on a notebook it cannot read (corrupt JSON, an unknown nbformat, an old metadata
schema aborts the whole batch) and leaves deleted or retyped test cells, duplicated ids and changed
metadata to chance. Here every submission is read by us first and compared with the source notebook
in ``solutions/`` (the same cells nbgrader's gradebook holds):

- unreadable (not JSON, not a notebook, no convertible nbformat, invalid after repair): replaced by
  the source notebook with every solution cell raising "submission unreadable": every test scores 0,
  and the report says why;
- test cells (``grade`` and not ``solution``): deleted, retyped, edited or with changed metadata ->
  restored from the source (nbgrader restores their source too), recorded;
- solution cells deleted -> restored as a stub that raises (0 on their tests), recorded;
- cells that are not in the source: nbgrader metadata stripped (a student cannot add a graded cell);
  duplicated cell ids / grade ids: made unique, the copies lose their nbgrader metadata, recorded.

:func:`lstm_grader.nbgrader_ext.patches.install` makes nbgrader's sanitizing pass read the notebook
:func:`sanitize_file` returns instead of the file; the second pass (autograding) is nbgrader's own.
The findings go to the grading report (``sanitize_findings``). This module only reads.
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path

import nbformat

from lstm_grader import intake
from lstm_grader.findings import GradingFinding, Kind
from lstm_grader.limits import Limits
from lstm_grader.sandbox.inside.wire import json_depth

UNREADABLE_STUB = (
    "raise RuntimeError({reason!r})  # the submitted notebook could not be read: nothing of it is "
    "graded\n"
)


def _meta(cell) -> dict:
    md = cell.get("metadata") if isinstance(cell, dict) else None
    nbg = md.get("nbgrader") if isinstance(md, dict) else None
    return nbg if isinstance(nbg, dict) else {}


# The nbgrader metadata that decides grading; the release adds others (checksum, cell_type).
GRADING_KEYS = ("grade", "solution", "locked", "points", "task", "grade_id", "schema_version")
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS\n?", re.S)


def _visible(source: str) -> str:
    """A test cell's source as the student saw it: hidden tests removed, blank ends trimmed."""
    return HIDDEN.sub("", source).strip()


def _grading_meta(cell) -> dict:
    m = _meta(cell)
    return {k: m.get(k) for k in GRADING_KEYS}


def _is_test(cell) -> bool:
    m = _meta(cell)
    return bool(m.get("grade")) and not m.get("solution")


def blank_copy(source: nbformat.NotebookNode, reason: str) -> nbformat.NotebookNode:
    nb = copy.deepcopy(source)
    for cell in nb.cells:
        if _meta(cell).get("solution"):
            cell.source = UNREADABLE_STUB.format(reason=reason)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def _coerce_cell(cell: dict) -> dict | None:
    """A cell dict nbformat 4 accepts, or None where nothing is left of it."""
    if not isinstance(cell, dict):
        return None
    ctype = cell.get("cell_type")
    if ctype not in ("code", "markdown", "raw"):
        ctype = "markdown"
    src = cell.get("source", "")
    if isinstance(src, list):
        src = "".join(str(s) for s in src)
    elif not isinstance(src, str):
        src = str(src)
    md = cell.get("metadata") if isinstance(cell.get("metadata"), dict) else {}
    out = {"cell_type": ctype, "metadata": md, "source": src}
    cid = cell.get("id")
    out["id"] = cid if isinstance(cid, str) and cid else uuid.uuid4().hex[:8]
    if ctype == "code":
        out["outputs"] = []
        out["execution_count"] = None
    return out


def read_submission(
    text: str, findings: list, limits: Limits | None = None
) -> nbformat.NotebookNode | None:
    """Parse and repair to a valid nbformat 4.5 notebook; None when it cannot be read at all
    (or is beyond ``Limits.notebook_cells`` cells or ``Limits.nesting`` levels of JSON)."""
    limits = limits or Limits()
    if json_depth(text.encode()) > 4 * limits.nesting:
        findings.append(
            GradingFinding(Kind.TOO_LARGE, f"JSON nested deeper than {4 * limits.nesting} levels")
        )
        return None
    try:
        raw = json.loads(text)
    except RecursionError:
        findings.append(GradingFinding(Kind.TOO_LARGE, "JSON nested too deeply"))
        return None
    except ValueError as exc:
        findings.append(GradingFinding(Kind.CORRUPT_JSON, f"not valid JSON: {exc}"))
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("cells", raw.get("worksheets")), list):
        findings.append(GradingFinding(Kind.NOT_A_NOTEBOOK, "no list of cells in the file"))
        return None
    n_cells = len(raw.get("cells") or [])
    if n_cells > limits.notebook_cells:
        findings.append(
            GradingFinding(
                Kind.TOO_LARGE,
                f"{n_cells:,} cells (a submission may have {limits.notebook_cells:,})",
            )
        )
        return None
    major = raw.get("nbformat")
    if major != 4:
        try:
            nb = nbformat.reads(json.dumps(raw), as_version=4)
            raw = json.loads(nbformat.writes(nb))
            findings.append(GradingFinding(Kind.NBFORMAT, f"nbformat {major} converted to 4"))
        except Exception as exc:
            findings.append(GradingFinding(Kind.NBFORMAT, f"nbformat {major!r}: {exc}"[:300]))
            return None
    if raw.get("nbformat_minor") != 5:
        minor = raw.get("nbformat_minor")
        findings.append(GradingFinding(Kind.NBFORMAT, f"nbformat_minor {minor!r} set to 5"))
    cells = [_coerce_cell(c) for c in raw.get("cells", [])]
    dropped = sum(c is None for c in cells)
    if dropped:
        findings.append(GradingFinding(Kind.BROKEN_CELLS, f"{dropped} unreadable cells dropped"))
    md = raw.get("metadata") if isinstance(raw.get("metadata"), dict) else {}
    fixed = {"nbformat": 4, "nbformat_minor": 5, "metadata": md, "cells": [c for c in cells if c]}
    try:
        nb = nbformat.from_dict(fixed)
        nbformat.validate(nb)
    except Exception as exc:
        findings.append(GradingFinding(Kind.INVALID_NOTEBOOK, str(exc)[:300]))
        return None
    return nb


def repair(
    nb: nbformat.NotebookNode, source: nbformat.NotebookNode, findings: list[GradingFinding]
):
    """Make the graded structure of ``nb`` that of ``source`` (see the module docstring)."""
    src_cells = {_meta(c).get("grade_id"): c for c in source.cells if _meta(c).get("grade_id")}
    seen_ids, seen_grade = set(), set()
    out = []
    for cell in nb.cells:
        if cell.get("id") in seen_ids:
            detail = f"cell id {cell.get('id')!r} (the copy got a new id)"
            findings.append(
                GradingFinding(Kind.DUPLICATED_CELL, detail, _meta(cell).get("grade_id"))
            )
            cell["id"] = uuid.uuid4().hex[:8]
        seen_ids.add(cell["id"])
        gid = _meta(cell).get("grade_id")
        if gid is not None:
            if gid in seen_grade or gid not in src_cells:
                kind = Kind.DUPLICATED_CELL if gid in seen_grade else Kind.UNKNOWN_GRADED_CELL
                findings.append(GradingFinding(kind, "nbgrader metadata removed", gid))
                cell.metadata.pop("nbgrader", None)
                gid = None
            else:
                seen_grade.add(gid)
        elif "nbgrader" in cell.get("metadata", {}):
            cell.metadata.pop("nbgrader", None)
        if gid is not None:
            ref = src_cells[gid]
            if cell.cell_type != ref.cell_type:
                detail = f"{cell.cell_type} -> {ref.cell_type}: restored"
                findings.append(GradingFinding(Kind.RETYPED_CELL, detail, gid))
                new = copy.deepcopy(ref)
                new["id"] = cell["id"]
                if not _is_test(ref) and not _meta(ref).get("locked"):
                    new.source = cell.source
                cell = new
            if _grading_meta(cell) != _grading_meta(ref):
                changed = [k for k in GRADING_KEYS if _meta(cell).get(k) != _meta(ref).get(k)]
                detail = f"{', '.join(changed)} restored"
                findings.append(GradingFinding(Kind.CHANGED_METADATA, detail, gid))
                meta = dict(_meta(cell))
                meta.update({k: v for k, v in _meta(ref).items() if k in GRADING_KEYS})
                for k in GRADING_KEYS:
                    if k not in _meta(ref):
                        meta.pop(k, None)
                cell.metadata["nbgrader"] = meta
            if _is_test(ref) and _visible(cell.source) != _visible(ref.source):
                findings.append(GradingFinding(Kind.EDITED_TEST_CELL, "restored", gid))
                cell.source = ref.source
        out.append(cell)
    # graded cells the submission lost: put them back after their predecessor in the source
    order = [_meta(c).get("grade_id") for c in source.cells]
    for pos, gid in enumerate(order):
        if gid is None or gid in seen_grade:
            continue
        ref = copy.deepcopy(src_cells[gid])
        ref["id"] = uuid.uuid4().hex[:8]
        if ref.cell_type == "code":
            ref.outputs, ref.execution_count = [], None
        if _meta(ref).get("solution"):
            ref.source = UNREADABLE_STUB.format(reason=f"the solution cell {gid} was deleted")
        findings.append(GradingFinding(Kind.DELETED_CELL, "restored from the source", gid))
        prev = next((g for g in reversed(order[:pos]) if g in seen_grade), None)
        at = 0
        for i, c in enumerate(out):
            if prev is not None and _meta(c).get("grade_id") == prev:
                at = i + 1
        out.insert(at, ref)
        seen_grade.add(gid)
    nb.cells = out
    return nb


def sanitize_file(
    path: str, source_path: str
) -> tuple[nbformat.NotebookNode, list[GradingFinding]]:
    """The notebook nbgrader should grade for the submission at ``path``, and what was wrong."""
    findings: list[GradingFinding] = []
    source = nbformat.read(source_path, as_version=4)
    limits = Limits()
    try:
        text = intake.read_regular(Path(path), limits.notebook_bytes).decode("utf-8")
    except intake.IntakeError as exc:
        findings.append(GradingFinding(Kind.REFUSED_FILE, str(exc)[:300]))
        text = None
    except (OSError, UnicodeDecodeError) as exc:
        findings.append(GradingFinding(Kind.UNREADABLE_FILE, str(exc)[:300]))
        text = None
    nb = read_submission(text, findings, limits) if text is not None else None
    if nb is None:
        reason = "; ".join(f.detail for f in findings)[:300]
        return blank_copy(source, f"submission unreadable: {reason}"), findings
    try:
        nb = repair(nb, source, findings)
        nbformat.validate(nb)
    except Exception as exc:
        findings.append(GradingFinding(Kind.INVALID_NOTEBOOK, f"repair failed: {exc}"[:300]))
        return blank_copy(source, "submission could not be repaired"), findings
    return nb, findings
