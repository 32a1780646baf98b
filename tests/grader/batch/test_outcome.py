"""lstm_grader.batch.outcome: what a run returns, and the summary printed at its end."""

from __future__ import annotations

from lstm_grader.batch.outcome import Outcome, RunResult, summary


def _result() -> RunResult:
    return RunResult(
        assignment="ex02_cell",
        students=["alice", "bob", "carol"],
        workers=2,
        outcomes=[
            Outcome("alice", "ok", score=6.0, max_score=6.0),
            Outcome(
                "bob",
                "failed",
                error="the grading worker died (exit status -9)\ntail",
                log="grading_report/ex02_cell/bob/autograde.log",
            ),
        ],  # fmt: skip
        wall_seconds=3.25,
        startup_seconds=1.0,
        interrupted=True,
    )


def test_graded_failed_and_not_graded_partition_the_students() -> None:
    r = _result()
    assert [o.student for o in r.graded] == ["alice"]
    assert [o.student for o in r.failed] == ["bob"]
    assert r.not_graded == ["carol"]


def test_summary_names_each_failure_with_its_log_and_who_was_not_graded() -> None:
    lines = summary(_result()).splitlines()
    assert lines[0] == (
        "ex02_cell: graded 1 of 3 submissions with 2 workers in 3.2 s (start-up 1.0 s)"
    )
    assert lines[1] == (
        "  FAILED bob: the grading worker died (exit status -9) "
        "(log: grading_report/ex02_cell/bob/autograde.log)"
    )
    assert lines[2] == "  interrupted: 1 not graded: carol"
