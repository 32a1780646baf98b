"""lstm_grader.record: the per-notebook grading record, written atomically (sanitizer, executor)."""

from __future__ import annotations

import json

from lstm_grader import record
from lstm_grader.grading_findings import GradingFinding, Kind

INFO = {"assignment": "ex02_cell", "student": "bob", "notebook": "lstm_cell"}


def test_the_executor_completes_what_the_sanitizer_wrote(tmp_path) -> None:
    edited = GradingFinding(Kind.EDITED_TEST_CELL, "restored", "test_lstm_cell_fixed")
    path = record.write_sanitized(tmp_path, INFO, [edited])
    assert path == tmp_path / "ex02_cell" / "bob" / "lstm_cell.json"
    assert json.loads(path.read_text())["sanitize_findings"] == [edited.to_dict()]
    timeout = GradingFinding(Kind.TIMEOUT, "no answer within 30 s", "lstm_cell")
    cells = [{"index": 1, "grade_id": "lstm_cell", "test": False, "error": None}]
    record.write_executed(tmp_path, INFO, sandbox="bwrap", seconds=1.234, findings=[timeout],
                          cells=cells)  # fmt: skip
    data = json.loads(path.read_text())
    assert data["findings"] == [edited.to_dict(), timeout.to_dict()]
    assert data["sanitize_findings"] == [edited.to_dict()]
    assert (data["sandbox"], data["seconds"], data["cells"]) == ("bwrap", 1.23, cells)
    assert sorted(p.name for p in path.parent.iterdir()) == ["lstm_cell.json"], "a temporary file"


def test_a_record_without_sanitizer_findings_is_the_executors_alone(tmp_path) -> None:
    record.write_executed(tmp_path, INFO, sandbox="none", seconds=0.0, findings=[], cells=[])
    (data,) = record.read_all(tmp_path)
    assert data["findings"] == [] and data["sanitize_findings"] == []


def test_read_all_turns_an_unreadable_record_into_a_finding(tmp_path) -> None:
    record.write_sanitized(tmp_path, INFO, [])
    bad = tmp_path / "ex02_cell" / "alice" / "lstm_cell.json"
    bad.parent.mkdir()
    bad.write_text("{ half a record")
    other = tmp_path / "ex01_gates" / "carol" / "gates.json"
    other.parent.mkdir(parents=True)
    other.write_text("{}")
    records = record.read_all(tmp_path, "ex02_cell")
    assert [(r["student"]) for r in records] == ["alice", "bob"]
    assert records[0]["findings"][0]["kind"] == "report_unreadable"
    assert len(record.read_all(tmp_path)) == 3
