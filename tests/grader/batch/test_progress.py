"""lstm_grader.batch.progress: one plain line per submission (no terminal), with the time left."""

from __future__ import annotations

import io
import re

from lstm_grader.batch.outcome import Outcome
from lstm_grader.batch.progress import Progress, describe


def test_plain_lines_count_up_and_give_an_eta() -> None:
    out = io.StringIO()
    bar = Progress(3, "ex02_cell", stream=out, bar=False)
    bar.update(Outcome("alice", "ok", seconds=0.4, score=6.0, max_score=6.0))
    bar.update(Outcome("bob", "failed", seconds=1.0, error="nbgrader autograde failed: boom\nmore"))
    bar.close()
    lines = out.getvalue().splitlines()
    assert re.fullmatch(
        r"\[1/3\] ex02_cell alice: 6/6 \(0\.4 s\) elapsed 0:\d\d eta 0:\d\d", lines[0]
    )
    assert lines[1].startswith(
        "[2/3] ex02_cell bob: FAILED: nbgrader autograde failed: boom (1.0 s)"
    )
    assert len(lines) == 2


def test_describe_says_graded_interrupted_or_the_first_error_line() -> None:
    assert describe(Outcome("a", "ok")) == "graded"
    assert describe(Outcome("a", "interrupted")) == "interrupted"
    assert describe(Outcome("a", "failed", error="")) == "FAILED: failed"
    assert describe(Outcome("a", "failed", error="x" * 500)) == "FAILED: " + "x" * 160
