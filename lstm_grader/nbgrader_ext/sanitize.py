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
  duplicated cell ids / grade ids: made unique, the copies lose their nbgrader metadata, recorded;
- the notebook's budgets (:func:`apply_budgets`, issue 20), for what no grading step reads:
  markdown and raw cells cut past ``Limits.markdown_cell_chars`` / ``markdown_chars``;
  attachments (a pasted image) kept when they are images within ``Limits.attachment_bytes``, else
  dropped together with the references to them (the feedback page still renders); metadata
  entries nested deeper than ``Limits.metadata_nesting`` (widget state) dropped, and metadata past
  ``Limits.metadata_bytes`` dropped (nbgrader's kept): one ``cut_to_budget`` finding, full marks
  kept. Only a file nested past ``Limits.json_nesting`` is not read at all. Grade ids become text
  (``5`` -> ``"5"``) or, with control characters or not a string, are refused (``bad_grade_id``).

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

from lstm_grader import escape, intake
from lstm_grader.grading_findings import GradingFinding, Kind
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
    attachments = cell.get("attachments")
    if ctype in ("markdown", "raw") and isinstance(attachments, dict) and attachments:
        out["attachments"] = attachments  # checked by _bound_attachments
    cid = cell.get("id")
    out["id"] = cid if isinstance(cid, str) and cid else uuid.uuid4().hex[:8]
    if ctype == "code":
        out["outputs"] = []
        out["execution_count"] = None
    return out


# ------------------------------------------------------------------ budgets (issue 20)

ATTACHMENT_REF = re.compile(r"attachment:([^\s)\"'>]*)")
ATTACHMENT_MIME = re.compile(r"image/(png|jpeg|gif|webp)")
BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
GRADE_ID_CHARS = 200


def _depth(value, stop: int) -> int:
    """Levels of ``value`` (a scalar: 0), counted no further than ``stop`` + 1 (no recursion)."""
    worst, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, (dict, list)):
            worst = max(worst, d)
            if worst > stop:
                return worst
            stack.extend((x, d + 1) for x in (v.values() if isinstance(v, dict) else v))
    return worst


def _size(value) -> int:
    try:
        return len(json.dumps(value, ensure_ascii=False))
    except (TypeError, ValueError, RecursionError):
        return 1 << 62


def _bound_metadata(md: dict, where: str, limits: Limits, notes: list[str]) -> dict:
    """``md`` without the entries nested deeper than ``Limits.metadata_nesting`` (widget state, an
    editor's view settings: no grading step reads them)."""
    out = {}
    for key, value in md.items():
        if _depth(value, limits.metadata_nesting) > limits.metadata_nesting:
            notes.append(f"{where}: metadata {escape.terminal(str(key)[:60])!r} nested deeper "
                         f"than {limits.metadata_nesting} levels dropped")  # fmt: skip
            continue
        out[key] = value
    return out


def _grade_id(cell: dict, findings: list[GradingFinding]) -> None:
    """The cell's grade id as plain text: a number becomes its text; anything else that is not a
    short string without control characters is refused (the cell loses its nbgrader metadata, so
    it is graded as the source's cell: restored where it was graded)."""
    nbg = cell["metadata"].get("nbgrader")
    if not isinstance(nbg, dict) or "grade_id" not in nbg:
        return
    gid = nbg["grade_id"]
    if isinstance(gid, str) and len(gid) <= GRADE_ID_CHARS and not _CONTROL.search(gid):
        return
    shown = ascii(gid)[:80]
    if isinstance(gid, (int, float)) and not isinstance(gid, bool):
        nbg["grade_id"] = str(gid)
        findings.append(GradingFinding(Kind.BAD_GRADE_ID, f"grade id {shown} made text"))
        return
    cell["metadata"].pop("nbgrader")
    findings.append(
        GradingFinding(Kind.BAD_GRADE_ID, f"grade id {shown} refused: nbgrader metadata removed")
    )


def _good_attachment(bundle) -> bool:
    return (
        isinstance(bundle, dict)
        and len(bundle) >= 1
        and all(
            isinstance(k, str) and ATTACHMENT_MIME.fullmatch(k) and isinstance(v, str)
            for k, v in bundle.items()
        )
        and all(BASE64.fullmatch(v) for v in bundle.values())
    )


def _unlink(source: str, names: set[str]) -> str:
    """``source`` with each image or link to a dropped attachment in ``names`` made text."""
    if not names:
        return source

    def text(m):
        name = m.group(0)[len("attachment:") :]
        return m.group(0) if name not in names else "#attachment-not-kept"

    return ATTACHMENT_REF.sub(text, source)


def _bound_attachments(cell: dict, left: int, notes: list[str], where: str) -> int:
    """Keep the cell's attachments that are images within the budget ``left``; the references to
    the dropped ones are unlinked. Returns what is left of the budget."""
    attachments = cell.pop("attachments", None) or {}
    kept, dropped = {}, set()
    for name, bundle in attachments.items():
        size = _size(bundle)
        if isinstance(name, str) and _good_attachment(bundle) and size <= left:
            kept[name] = bundle
            left -= size
        else:
            dropped.add(str(name))
    referenced = set(ATTACHMENT_REF.findall(cell["source"]))
    missing = referenced - set(kept)
    if dropped:
        notes.append(f"{where}: {len(dropped)} attachment(s) dropped (not an image, or past the "
                     "notebook's attachment budget)")  # fmt: skip
    cell["source"] = _unlink(cell["source"], missing)
    if kept:
        cell["attachments"] = kept
    return left


def _cut(text: str, keep: int, what: str) -> str:
    return (
        text[: max(keep, 0)]
        + f"\n\n[grader: {len(text) - max(keep, 0):,} characters of {what} not kept]\n"
    )


def apply_budgets(
    nb_metadata: dict, cells: list[dict], findings: list[GradingFinding], limits: Limits
) -> dict:
    """Cut ``cells`` (coerced cell dicts, changed in place) to the notebook's budgets of
    :mod:`lstm_grader.limits`, and return the notebook's metadata within them.

    Nothing cut here is graded (markdown, attachments, metadata other than nbgrader's), so the
    notebook is graded as usual: one ``cut_to_budget`` finding says what was cut. Grade ids become
    plain text or are refused (``bad_grade_id``)."""
    notes: list[str] = []
    nb_metadata = _bound_metadata(nb_metadata, "notebook", limits, notes)
    md_left, att_left = limits.markdown_chars, limits.attachment_bytes
    meta_left = limits.metadata_bytes - _size(nb_metadata)
    if meta_left < 0:
        notes.append(f"notebook metadata of {_size(nb_metadata):,} characters dropped")
        keep = ("kernelspec", "language_info")
        nb_metadata = {k: v for k, v in nb_metadata.items() if k in keep}
        meta_left = limits.metadata_bytes - _size(nb_metadata)
    big_cells = 0
    for index, cell in enumerate(cells):
        where = f"cell {index + 1}"
        cell["metadata"] = _bound_metadata(cell["metadata"], where, limits, notes)
        _grade_id(cell, findings)
        size = _size(cell["metadata"])
        if size > meta_left:
            kept = {k: v for k, v in cell["metadata"].items() if k == "nbgrader"}
            notes.append(f"{where}: metadata of {size:,} characters dropped (past the notebook's "
                         f"{limits.metadata_bytes:,})")  # fmt: skip
            cell["metadata"] = kept
            size = _size(kept)
        meta_left -= size
        if cell["cell_type"] == "code":
            continue
        att_left = _bound_attachments(cell, att_left, notes, where)
        src = cell["source"]
        keep = min(limits.markdown_cell_chars, md_left)
        if len(src) > keep:
            big_cells += 1
            cell["source"] = _cut(src, keep, "this cell")
            src = cell["source"][:keep]
        md_left -= len(src)
    if big_cells:
        notes.append(
            f"{big_cells} markdown/raw cell(s) cut (budgets: {limits.markdown_cell_chars:,} "
            f"characters per cell, {limits.markdown_chars:,} per notebook)"
        )
    if notes:
        shown = "; ".join(notes[:5]) + (f"; and {len(notes) - 5} more" if len(notes) > 5 else "")
        findings.append(GradingFinding(Kind.CUT_TO_BUDGET, shown))
    return nb_metadata


def read_submission(
    text: str, findings: list, limits: Limits | None = None
) -> nbformat.NotebookNode | None:
    """Parse and repair to a valid nbformat 4.5 notebook; None when it cannot be read at all
    (or is beyond ``Limits.notebook_cells`` cells or ``Limits.nesting`` levels of JSON)."""
    limits = limits or Limits()
    if json_depth(text.encode()) > limits.json_nesting:
        findings.append(
            GradingFinding(Kind.TOO_LARGE, f"JSON nested deeper than {limits.json_nesting} levels")
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
    md = apply_budgets(md, [c for c in cells if c], findings, limits)
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
        graded = any(_meta(ref).get(k) for k in ("grade", "solution", "task"))  # points/answer
        kind = Kind.DELETED_CELL if graded else Kind.DELETED_READONLY_CELL
        findings.append(GradingFinding(kind, "restored from the source", gid))
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
