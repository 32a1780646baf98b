"""lstm-validate (lstm_ref/run_notebook.py) reads each cell's result from the kernel's reply,
not only from its outputs: a notebook that swallows its own errors is reported failed (issue 20)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from lstm_ref import run_notebook as validate

SWALLOW = (
    "def _quiet(self, etype, value, tb, tb_offset=None):\n"
    "    return None\n"
    "get_ipython().set_custom_exc((Exception,), _quiet)\n"
)
SILENCE = "get_ipython().showtraceback = lambda *a, **k: None\n"


def _notebook(tmp_path: Path, *sources: str) -> Path:
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    nb.cells[-1].metadata["nbgrader"] = {"grade_id": "test_lstm_cell_fixed", "grade": True}
    path = tmp_path / "lstm_cell.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize("hider", [SWALLOW, SILENCE], ids=["set_custom_exc", "showtraceback"])
def test_a_notebook_that_hides_its_errors_is_reported_failed(tmp_path, capsys, hider):
    path = _notebook(tmp_path, hider, "x = 1", "assert x == 2, 'lstm_cell: fixed case 1 wrong'")
    status = validate.main([str(path)])
    out = capsys.readouterr().out
    assert status == 1, out
    assert "1 cell(s) failed" in out and "passed" not in out, out
    assert "cell 3 (test_lstm_cell_fixed): AssertionError: lstm_cell: fixed case 1 wrong" in out
    assert "hides its errors" in out, out


def test_an_honest_notebook_passes_and_a_plain_error_is_reported_once(tmp_path, capsys):
    ok = _notebook(tmp_path, "x = 1", "assert x == 1")
    assert validate.main([str(ok)]) == 0 and "passed" in capsys.readouterr().out
    bad = _notebook(tmp_path, "x = 1", "raise ValueError('shape (2, 3)')")
    assert validate.main([str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.count("ValueError: shape (2, 3)") == 1 and "hides" not in out, out
