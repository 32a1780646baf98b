"""lstm_grader.limits: the one definition of the limits, and everyone who reads it agrees."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from lstm_grader import limits
from lstm_grader.limits import DEFAULT_LIMITS, Limits, markdown_table

ROOT = Path(__file__).resolve().parents[2]


PAGE = ROOT / "book" / "instructors" / "safety.md"  # the book's page "Safety and limits"


def test_the_books_limits_table_is_the_definition() -> None:
    page = PAGE.read_text()
    name = PAGE.relative_to(ROOT)
    m = re.search(r"<!-- BEGIN limits table[^>]*-->\n(.*?)<!-- END limits table -->", page, re.S)
    assert m, f"{name} has no limits table between its BEGIN/END markers"
    assert m.group(1).strip() == markdown_table().strip(), (
        f"{name}'s limits table differs from lstm_grader/limits.py: paste the output of "
        "`python -m lstm_grader.limits` between the markers"
    )


def test_every_limit_has_a_setting_a_meaning_and_a_unit() -> None:
    configs = [f.metadata["config"] for f in limits.fields()]
    assert len(configs) == len(set(configs))
    for f in limits.fields():
        assert f.metadata["what"] and f.metadata["unit"], f.name
        assert f"c.SandboxedExecute.{f.metadata['config']}" in markdown_table()


def test_the_table_shows_sizes_and_times_readably() -> None:
    table = markdown_table(Limits(memory=3 * 1024**2, cell_timeout=2.5, file_size=1000))
    assert "| 3 MiB |" in table and "| 2.5 s |" in table and "| 1000 bytes |" in table


def test_nbgrader_execute_gets_the_same_cell_timeout() -> None:
    code = (
        "from traitlets.config.loader import PyFileConfigLoader\n"
        f"cfg = PyFileConfigLoader('nbgrader_config.py', path={str(ROOT)!r}).load_config()\n"
        "print(cfg.Execute.timeout, cfg.ExecutePreprocessor.timeout)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == [str(int(DEFAULT_LIMITS.cell_timeout))] * 2


def test_module_prints_the_table() -> None:
    r = subprocess.run([sys.executable, "-m", "lstm_grader.limits"], capture_output=True,
                       text=True, timeout=60)  # fmt: skip
    assert r.returncode == 0 and r.stdout.strip() == markdown_table()
