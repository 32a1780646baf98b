"""lstm_grader.nbgrader_ext.patches: our hooks into nbgrader, each installed once."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def test_install_twice_patches_once() -> None:
    code = (
        "from nbgrader.api import Gradebook\n"
        "from nbgrader.converters.autograde import Autograde\n"
        "original = Autograde.convert_single_notebook\n"
        "from lstm_grader.nbgrader_ext import patches\n"
        "patches.install(sanitize=False)\n"
        "assert Autograde.convert_single_notebook is original\n"
        "init = Gradebook.__init__\n"
        "patches.install()\n"
        "first = Autograde.convert_single_notebook\n"
        "assert first is not original and Gradebook.__init__ is init\n"
        "patches.install()\n"
        "assert Autograde.convert_single_notebook is first and Gradebook.__init__ is init\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


@pytest.mark.slow
def test_the_sanitizer_records_where_the_executor_is_configured_to(tmp_path, course_copy,
                                                                   course_run) -> None:  # fmt: skip
    course = course_copy(tmp_path / "course", with_exercises=False)
    with open(course / "nbgrader_config.py", "a") as f:
        f.write('\nc.SandboxedExecute.report_dir = "elsewhere"\n')
    nb = json.loads(next((course / "demo" / "submissions" / "alice" / "ex01_gates").glob(
        "*.ipynb")).read_text())  # fmt: skip
    test = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade")
                and not c["metadata"]["nbgrader"].get("solution"))  # fmt: skip
    test["source"] = "pass  # edited"
    sub = course / "submitted" / "zoe" / "ex01_gates" / "gates.ipynb"
    sub.parent.mkdir(parents=True)
    sub.write_text(json.dumps(nb))
    for cmd in (["generate_assignment", "ex01_gates"], ["autograde", "ex01_gates"]):
        proc = course_run(["nbgrader", *cmd], cwd=course, timeout=600)
        assert proc.returncode == 0, proc.stderr[-3000:]
    rec = json.loads((course / "elsewhere" / "ex01_gates" / "zoe" / "gates.json").read_text())
    gid = test["metadata"]["nbgrader"]["grade_id"]
    assert rec["sanitize_findings"] == [{"kind": "edited_test_cell", "detail": "restored",
                                         "grade_id": gid}]  # fmt: skip
    assert rec["cells"] and not (course / "grading_report").exists()


def test_another_nbgrader_version_stops_at_import_naming_the_tested_one() -> None:
    """An nbgrader upgrade never breaks the patches silently: simulated by patching the version
    string before the module is imported, as nbgrader_config.py imports it."""
    code = (
        "import nbgrader\n"
        "nbgrader.__version__ = '0.9.7'\n"
        "from lstm_grader.nbgrader_ext import patches\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "lstm_grader.nbgrader_ext.patches.NbgraderVersionError: lstm_grader "
        "patches nbgrader 0.9.6, the version it is tested with, but nbgrader "
        "0.9.7 is installed: install nbgrader==0.9.6"
    ), r.stderr
    # not an ImportError: nbgrader_config.py would take it for "lstm_grader is not installed"
    from lstm_grader.nbgrader_ext import patches

    assert not issubclass(patches.NbgraderVersionError, ImportError)
    patches.check_nbgrader_version("0.9.6")
    with pytest.raises(patches.NbgraderVersionError, match="nbgrader 1.0.0 is installed"):
        patches.check_nbgrader_version("1.0.0")


def test_every_monkeypatch_of_nbgrader_is_in_the_patches_module() -> None:
    """No other module of lstm_grader assigns to an nbgrader class."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[3] / "lstm_grader"
    assigning = re.compile(
        r"^\s*(Gradebook|Autograde|GenerateFeedback|ExchangeCollect|BaseConverter|"
        r"ValidateApp|Validator|ExecutePreprocessor|Execute)\.\w+\s*=",
        re.M,
    )
    found = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if p.name != "patches.py" and assigning.search(p.read_text())
    ]
    assert found == [], found
