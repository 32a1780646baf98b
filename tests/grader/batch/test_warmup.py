"""lstm_grader.batch.warmup: what the grading processes import ahead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lstm_grader.batch.warmup import MODULES, warm_modules

ROOT = Path(__file__).resolve().parents[3]


def test_warm_modules_are_what_the_test_cells_import(tmp_path) -> None:
    # every test cell of ex02_cell imports from lstm_ref.checks; solution cells are not read
    assert "lstm_ref.checks" in warm_modules(ROOT, "ex02_cell")
    nb = tmp_path / "solutions" / "a" / "n.ipynb"
    nb.parent.mkdir(parents=True)
    cell = lambda src, **meta: {"cell_type": "code", "source": src, "metadata": {"nbgrader": meta}}
    nb.write_text(
        __import__("json").dumps(
            {
                "cells": [
                    cell("import numpy as np\nfrom os import path", grade=True, solution=False),
                    cell("import secret_solution_module", grade=True, solution=True),
                    cell("this is not python (", grade=True, solution=False),
                    cell("from . import relative", grade=True, solution=False),
                ]
            }
        )
    )
    assert warm_modules(tmp_path, "a") == ["numpy", "os"]
    assert warm_modules(tmp_path, "missing") == []


def test_lean_imports_skip_rfc3987_syntax_and_warm_imports_the_grading_code() -> None:
    code = (
        "import sys\n"
        "from lstm_grader.batch import warmup\n"
        "warmup.warm()\n"
        "missing = [m for m in warmup.MODULES if m not in sys.modules]\n"
        "assert not missing, missing\n"
        "try:\n    import rfc3987_syntax\nexcept ImportError:\n    print('skipped')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "skipped"
    assert "lstm_grader.nbgrader_ext.executor" in MODULES
