"""Bring the demo submissions up to date with exercises/ after the exercises changed.

A demo submission is a student's copy of the exercise notebook: every cell the student may not
edit (markdown, the given code, the test cells) must equal the current exercises/ version, with
its nbgrader metadata (the checksum validate compares), or the grading report and `validate`
rightly flag it as edited. This script copies those locked cells' sources from
exercises/ into demo/submissions/*/*/*.ipynb by grade_id, inserts the given cells the exercise
has gained since (a new read-only cell, after the cell that precedes it in the exercise), and
leaves the students' answers (the solution cells) and any cells they added as they are.

Usage, from the repository root:  python scripts/refresh_demo.py  [--check]
With --check it changes nothing and exits 1 if a demo submission is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]


def _meta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def _release_cells(exercise: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """The exercise's cells without nbgrader metadata (an ungraded demo cell), by cell id."""
    return {c.get("id"): c for c in exercise.cells if not _meta(c) and c.get("id")}


def stale_cells(submission: nbformat.NotebookNode, exercise: nbformat.NotebookNode) -> list[str]:
    """The grade_ids of the submission's locked cells whose source differs from the exercise,
    or that the exercise no longer has, and the ids of the exercise's ungraded cells (no nbgrader
    metadata: a demo cell) whose source differs (the grader recognises those by id and source)."""
    given = {_meta(c).get("grade_id"): c for c in exercise.cells if _meta(c).get("grade_id")}
    release = _release_cells(exercise)
    stale = []
    for cell in submission.cells:
        gid = _meta(cell).get("grade_id")
        if gid is None:
            ref = release.get(cell.get("id"))
            if ref is not None and cell.source != ref.source:
                stale.append(cell.get("id"))
            continue
        ref = given.get(gid)
        if ref is None:
            if _meta(cell).get("locked") and not _meta(cell).get("solution"):
                stale.append(gid)  # given code the exercise no longer has
            continue
        if _meta(ref).get("solution"):
            continue  # the student's answer
        if cell.source != ref.source or _meta(cell) != _meta(ref):
            stale.append(gid)
    return stale + missing_cells(submission, exercise)


def missing_cells(submission: nbformat.NotebookNode, exercise: nbformat.NotebookNode) -> list[str]:
    """The grade_ids of the exercise's given cells (locked, not a solution) the submission lacks:
    cells the exercise gained after the submission was made."""
    have = {_meta(c).get("grade_id") for c in submission.cells}
    return [
        _meta(c)["grade_id"]
        for c in exercise.cells
        if _meta(c).get("grade_id") and _meta(c).get("locked") and not _meta(c).get("solution")
        and _meta(c)["grade_id"] not in have
    ]  # fmt: skip


def _insert_missing(submission: nbformat.NotebookNode, exercise: nbformat.NotebookNode) -> None:
    """Insert each missing given cell after the submission's copy of the exercise cell before it."""
    missing = set(missing_cells(submission, exercise))
    previous = None  # the grade_id (or cell id) of the last exercise cell the submission has
    for cell in exercise.cells:
        key = _meta(cell).get("grade_id") or cell.get("id")
        if _meta(cell).get("grade_id") in missing:
            keys = [_meta(c).get("grade_id") or c.get("id") for c in submission.cells]
            at = keys.index(previous) + 1 if previous in keys else len(submission.cells)
            submission.cells.insert(at, nbformat.from_dict(dict(cell)))
        previous = key


def refresh(check: bool = False) -> int:
    out_of_date = 0
    for path in sorted((ROOT / "demo" / "submissions").glob("*/*/*.ipynb")):
        assignment = path.parent.name
        exercise_path = ROOT / "exercises" / assignment / path.name
        if not exercise_path.is_file():
            print(
                f"{path.relative_to(ROOT)}: no exercises/{assignment}/{path.name}", file=sys.stderr
            )
            out_of_date += 1
            continue
        submission = nbformat.read(path, as_version=4)
        exercise = nbformat.read(exercise_path, as_version=4)
        stale = stale_cells(submission, exercise)
        if not stale:
            continue
        out_of_date += 1
        print(f"{path.relative_to(ROOT)}: out of date: {', '.join(stale)}")
        if not check:
            given = {_meta(c).get("grade_id"): c for c in exercise.cells}
            release = _release_cells(exercise)
            kept = []
            for cell in submission.cells:
                gid = _meta(cell).get("grade_id")
                if gid is None:
                    if cell.get("id") in stale:
                        cell.source = release[cell.get("id")].source
                elif gid in stale:
                    ref = given.get(gid)
                    if ref is None:
                        continue  # dropped: the exercise no longer gives this cell
                    cell.source = ref.source
                    cell.metadata["nbgrader"] = ref.metadata["nbgrader"]  # its checksum too
                kept.append(cell)
            submission.cells = kept
            _insert_missing(submission, exercise)
            nbformat.write(submission, path)
    return 1 if (check and out_of_date) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    return refresh(check=parser.parse_args().check)


if __name__ == "__main__":
    sys.exit(main())
