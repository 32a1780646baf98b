"""lstm_grader.nbgrader_ext.patches: our hooks into nbgrader, each installed once."""

from __future__ import annotations

import subprocess
import sys


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
