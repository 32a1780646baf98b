"""bench/bench_classreport.py in its quick mode (20 students, one round) runs and writes a report
with the similarity section: the benchmark stays runnable."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.slow  # synthesizes a gradebook of 20 x 8 submissions (tens of seconds)


def test_bench_classreport_quick_mode_runs_with_similarity(capsys):
    spec = importlib.util.spec_from_file_location(
        "bench_classreport", REPO / "bench" / "bench_classreport.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    seconds = bench.main(["--quick"])
    out = capsys.readouterr().out
    assert seconds > 0
    assert "synthesized 20 students x 8 assignments" in out
    assert "class report with similarity" in out and "similar pairs shown" in out
