"""lstm_grader.nbgrader_ext.executor: SandboxedExecute on a small notebook, and its limits.

The notebook runs with LSTM_GRADER_SANDBOX=none (rlimits only: no bubblewrap needed, a second);
the sandboxed runs are the end-to-end and adversarial suites'.
"""

from __future__ import annotations

import json

import pytest
from nbformat.v4 import new_code_cell, new_notebook
from traitlets.config import Config

from lstm_grader import limits
from lstm_grader.limits import DEFAULT_LIMITS
from lstm_grader.nbgrader_ext.executor import SandboxedExecute, is_test_cell


def test_each_limit_is_a_setting_with_the_definitions_default() -> None:
    traits = SandboxedExecute.class_traits(config=True)
    for f in limits.fields():
        trait = traits[f.metadata["config"]]
        assert trait.default_value == getattr(DEFAULT_LIMITS, f.name), f.name
    assert SandboxedExecute().limits() == DEFAULT_LIMITS


def test_configured_limits_reach_the_sandbox_unchanged() -> None:
    # cpu_seconds used to be replaced by the notebook timeout, whatever was configured
    cfg = Config({"SandboxedExecute": {"cpu_limit": 42, "notebook_timeout": 90, "timeout": 6}})
    got = SandboxedExecute(config=cfg).limits()
    assert (got.cpu_seconds, got.notebook_timeout, got.cell_timeout) == (42, 90.0, 6.0)


def _cell(source: str, grade_id: str, *, grade: bool, solution: bool):
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade_id": grade_id, "grade": grade, "solution": solution,
                                 "points": 1 if grade else 0}  # fmt: skip
    return cell


@pytest.fixture
def graded(tmp_path, monkeypatch):
    monkeypatch.setenv("LSTM_GRADER_SANDBOX", "none")
    nb = new_notebook(
        cells=[
            _cell("def f(x):\n    return 2 * x", "f", grade=False, solution=True),
            _cell("assert f(2) == 4\nprint('f: OK')", "test_ok", grade=True, solution=False),
            _cell("assert f(2) == 5, 'f(2) should be 5'", "test_bad", grade=True, solution=False),
            _cell("import sys\nsys.exit(3)", "leave", grade=False, solution=True),
        ]
    )
    info = {"student": "bob", "assignment": "a1", "notebook": "n"}
    ex = SandboxedExecute(config=Config({"SandboxedExecute": {"report_dir": str(tmp_path)}}))
    nb, _ = ex.preprocess(nb, {"nbgrader": info})
    return nb, json.loads((tmp_path / "a1" / "bob" / "n.json").read_text())


def test_test_cells_run_trusted_and_score_by_their_error_output(graded) -> None:
    nb, _ = graded
    assert [is_test_cell(c) for c in nb.cells] == [False, True, True, False]
    assert nb.cells[1].outputs == [{"output_type": "stream", "name": "stdout", "text": "f: OK\n"}]
    (err,) = [o for o in nb.cells[2].outputs if o.output_type == "error"]
    assert (err.ename, err.evalue) == ("AssertionError", "f(2) should be 5")


def test_the_record_names_each_finding_and_cell(graded) -> None:
    _, rec = graded
    assert rec["sandbox"] == "none"
    kinds = {(f["kind"], f["grade_id"]) for f in rec["findings"]}
    assert kinds == {("unsandboxed", None), ("exit_attempt", "leave")}, rec["findings"]
    assert [(c["grade_id"], c["test"], bool(c["error"])) for c in rec["cells"]] == [
        ("f", False, False), ("test_ok", True, False), ("test_bad", True, True),
        ("leave", False, True),
    ]  # fmt: skip
