"""lstm_grader.grading_findings: every finding kind once, its meaning, and a record's findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lstm_grader.grading_findings import MAX_DETAIL, GradingFinding, Kind

PACKAGE = Path(__file__).resolve().parents[2] / "lstm_grader"


def test_every_kind_has_a_unique_id_and_a_meaning() -> None:
    ids = [k.value for k in Kind]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+", i) for i in ids), ids
    assert all(k.meaning and k.meaning != k.value for k in Kind)


def test_no_module_names_a_kind_by_a_bare_string() -> None:
    # a kind is written Kind.X everywhere but in grading_findings.py: a typo is an AttributeError
    ids = {k.value for k in Kind}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "grading_findings.py":
            continue
        for m in re.finditer(r"""["'](\w+)["']""", path.read_text()):
            if m.group(1) in ids - {"ok", "timeout", "nbformat"}:
                offenders.append(f"{path.relative_to(PACKAGE)}: {m.group(0)}")
    assert not offenders, offenders


def test_a_finding_round_trips_through_json_with_its_grade_id() -> None:
    f = GradingFinding(Kind.EDITED_TEST_CELL, "restored", "test_lstm_cell_fixed")
    back = GradingFinding.from_dict(json.loads(json.dumps(f.to_dict())))
    assert back == f and back.kind is Kind.EDITED_TEST_CELL
    assert f.to_dict() == {"kind": "edited_test_cell", "detail": "restored",
                           "grade_id": "test_lstm_cell_fixed"}  # fmt: skip
    assert GradingFinding("timeout", "x").kind is Kind.TIMEOUT
    assert str(Kind.TIMEOUT) == "timeout" and f"{Kind.TIMEOUT}" == "timeout"


def test_detail_is_cut_and_an_unknown_kind_refused() -> None:
    assert len(GradingFinding(Kind.TIMEOUT, "x" * 2000).detail) == MAX_DETAIL
    with pytest.raises(ValueError):
        GradingFinding("no_such_kind", "")
    assert GradingFinding(Kind.TIMEOUT, "t").at("c1").grade_id == "c1"
