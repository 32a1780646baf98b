"""lstm_grader.nbgrader_ext.sanitize: the repairs, on small in-memory notebooks (milliseconds).

Every broken-notebook row of the adversarial suite (tests/grader/adversarial/attacks.py: the attacks
with a ``raw`` file) is repaired here directly, without nbgrader; the adversarial suite grades the
same files end to end. Then each repair on a hand-made three-cell notebook.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from lstm_grader.grading_findings import Kind
from lstm_grader.nbgrader_ext.sanitize import (
    UNREADABLE_STUB,
    blank_copy,
    read_submission,
    repair,
    sanitize_file,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial"))
from attacks import ATTACKS  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "solutions" / "ex02_cell" / "lstm_cell.ipynb"
BROKEN = [a for a in ATTACKS if a.raw is not None]


def _meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _graded(nb) -> list[tuple[str, str, str]]:
    """(grade id, cell type, source of a test cell) of every graded cell, in order."""
    out = []
    for c in nb.cells:
        m = _meta(c)
        if m.get("grade_id"):
            test = m.get("grade") and not m.get("solution")
            out.append((m["grade_id"], c.cell_type, c.source if test else ""))
    return out


def _submission_text(attack) -> str:
    """The submitted file of ``attack``, made as the adversarial suite makes it."""
    nb = nbformat.read(SOURCE, as_version=4)
    for i, cell in enumerate(nb.cells):
        if _meta(cell).get("grade_id") == "lstm_cell":
            cell.source = attack.solution
            for k, extra in enumerate(attack.extra):
                nb.cells.insert(i + 1 + k, nbformat.v4.new_code_cell(extra))
            break
    return attack.raw(json.loads(nbformat.writes(nb)))


@pytest.fixture(scope="module")
def source() -> nbformat.NotebookNode:
    return nbformat.read(SOURCE, as_version=4)


def test_every_broken_row_of_the_adversarial_suite_is_covered() -> None:
    assert len(BROKEN) >= 12, [a.name for a in BROKEN]


@pytest.mark.parametrize("attack", BROKEN, ids=[a.name for a in BROKEN])
def test_broken_submission_is_repaired_or_blanked_with_its_finding(attack, source) -> None:
    findings = []
    nb = read_submission(_submission_text(attack), findings)
    if nb is not None:
        nb = repair(nb, source, findings)
        nbformat.validate(nb)
    text = json.dumps([f.to_dict() for f in findings])
    assert attack.finding in text, f"{attack.name}: expected {attack.finding!r} in {text}"
    if nb is None:  # unreadable: graded as the source with every solution cell raising
        assert all(v == 0 for v in attack.expected.values()), attack.expected
        blank = blank_copy(source, "submission unreadable")
        stubs = [c.source for c in blank.cells if _meta(c).get("solution")]
        assert stubs and all(s.startswith("raise RuntimeError(") for s in stubs), stubs
        return
    # readable: the graded structure is the source's again (ids, types, test cells' sources)
    assert _graded(nb) == _graded(source), f"{attack.name}: {_graded(nb)}"
    ids = [c["id"] for c in nb.cells]
    assert len(ids) == len(set(ids)), f"{attack.name}: duplicated cell ids remain"
    cell_kinds = {Kind.DELETED_CELL, Kind.RETYPED_CELL, Kind.EDITED_TEST_CELL,
                  Kind.CHANGED_METADATA}  # fmt: skip
    for f in findings:
        if f.kind in cell_kinds:
            assert f.grade_id, f"{attack.name}: {f} does not name its cell"


def test_deleted_solution_cell_comes_back_as_a_stub_that_raises(source) -> None:
    (attack,) = [a for a in BROKEN if a.name == "deleted_solution_cell"]
    findings = []
    nb = repair(read_submission(_submission_text(attack), findings), source, findings)
    (cell,) = [c for c in nb.cells if _meta(c).get("grade_id") == "lstm_cell"]
    assert cell.source == UNREADABLE_STUB.format(reason="the solution cell lstm_cell was deleted")
    assert [(f.kind, f.grade_id) for f in findings] == [(Kind.DELETED_CELL, "lstm_cell")]


# ---------------------------------------------------------------- one repair at a time


def _source() -> nbformat.NotebookNode:
    sol = new_code_cell("def f(x):\n    return 2 * x")
    sol.metadata["nbgrader"] = {"grade": False, "solution": True, "locked": False,
                                "grade_id": "f", "schema_version": 3}  # fmt: skip
    test = new_code_cell("assert f(2) == 4\n### BEGIN HIDDEN TESTS\nassert f(3) == 6\n"
                         "### END HIDDEN TESTS")  # fmt: skip
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "points": 1,
                                 "grade_id": "test_f", "schema_version": 3}  # fmt: skip
    return new_notebook(cells=[new_markdown_cell("# f"), sol, test])


def _student(edit=None) -> str:
    nb = copy.deepcopy(_source())
    test = nb.cells[2]
    test.source = "assert f(2) == 4"  # what the student sees: hidden tests removed
    nb.cells[1].source = "def f(x):\n    return x + x"
    raw = json.loads(nbformat.writes(nb))
    if edit is not None:
        edit(raw)
    return json.dumps(raw)


def _repaired(text: str):
    findings = []
    nb = read_submission(text, findings)
    if nb is not None:
        nb = repair(nb, _source(), findings)
    return nb, [(f.kind, f.grade_id) for f in findings]


def test_an_untouched_submission_keeps_its_solution_and_has_no_finding() -> None:
    nb, found = _repaired(_student())
    assert found == []
    assert nb.cells[1].source == "def f(x):\n    return x + x"
    assert "HIDDEN" not in nb.cells[2].source  # nbgrader, not the sanitizer, restores hidden tests


def test_edited_test_cell_is_restored_and_named() -> None:
    nb, found = _repaired(_student(lambda raw: raw["cells"][2].__setitem__("source", "pass")))
    assert found == [(Kind.EDITED_TEST_CELL, "test_f")]
    assert nb.cells[2].source == _source().cells[2].source


def test_retyped_solution_cell_keeps_the_students_code() -> None:
    def retype(raw):
        cell = raw["cells"][1]
        cell["cell_type"] = "markdown"
        cell.pop("outputs")
        cell.pop("execution_count")

    nb, found = _repaired(_student(retype))
    assert found == [(Kind.RETYPED_CELL, "f")]
    assert nb.cells[1].cell_type == "code" and nb.cells[1].source == "def f(x):\n    return x + x"


def test_deleted_test_cell_goes_back_after_its_predecessor() -> None:
    nb, found = _repaired(_student(lambda raw: raw["cells"].pop(2)))
    assert found == [(Kind.DELETED_CELL, "test_f")]
    assert [_meta(c).get("grade_id") for c in nb.cells] == [None, "f", "test_f"]


def test_changed_points_are_restored() -> None:
    nb, found = _repaired(_student(lambda raw: raw["cells"][2]["metadata"]["nbgrader"].update(
        points=100)))  # fmt: skip
    assert found == [(Kind.CHANGED_METADATA, "test_f")]
    assert _meta(nb.cells[2])["points"] == 1


def test_a_graded_cell_the_assignment_lacks_loses_its_metadata() -> None:
    def add(raw):
        extra = copy.deepcopy(raw["cells"][2])
        extra["id"] = "extra"
        extra["metadata"]["nbgrader"]["grade_id"] = "test_free_points"
        raw["cells"].append(extra)

    nb, found = _repaired(_student(add))
    assert found == [(Kind.UNKNOWN_GRADED_CELL, "test_free_points")]
    assert "nbgrader" not in nb.cells[-1].metadata


def test_a_copied_test_cell_is_a_duplicate_without_metadata() -> None:
    def dup(raw):
        extra = copy.deepcopy(raw["cells"][2])
        extra["id"] = "copy"
        raw["cells"].append(extra)

    nb, found = _repaired(_student(dup))
    assert found == [(Kind.DUPLICATED_CELL, "test_f")]
    assert "nbgrader" not in nb.cells[-1].metadata


def test_unreadable_cells_are_dropped_and_minor_version_fixed() -> None:
    def damage(raw):
        raw["cells"].insert(0, "not a cell")
        raw["nbformat_minor"] = 2

    nb, found = _repaired(_student(damage))
    assert (Kind.BROKEN_CELLS, None) in found and (Kind.NBFORMAT, None) in found
    assert len(nb.cells) == 3


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("{", Kind.CORRUPT_JSON),
        ("[1, 2]", Kind.NOT_A_NOTEBOOK),
        ('{"cells": 3}', Kind.NOT_A_NOTEBOOK),
    ],
)
def test_unreadable_text_gives_none_and_its_kind(text, kind) -> None:
    nb, found = _repaired(text)
    assert nb is None and found[0] == (kind, None)


def test_sanitize_file_blanks_a_file_that_is_not_utf8(tmp_path) -> None:
    src = tmp_path / "source.ipynb"
    nbformat.write(_source(), src)
    sub = tmp_path / "sub.ipynb"
    sub.write_bytes(b"\xff\xfe\x00junk")
    nb, findings = sanitize_file(str(sub), str(src))
    assert [f.kind for f in findings] == [Kind.UNREADABLE_FILE]
    assert nb.cells[1].source.startswith('raise RuntimeError("submission unreadable: '), nb.cells[1]
    with pytest.raises(RuntimeError, match="submission unreadable"):
        exec(nb.cells[1].source, {})
