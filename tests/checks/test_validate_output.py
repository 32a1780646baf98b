"""`lstm-grade validate` on a wrong notebook shows the checks' short findings, nothing else: no
colour codes, no kernel/nbgrader warnings, no traceback through lstm_ref, no hidden test source."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_validate_shows_the_finding_and_no_noise(tmp_path):
    nb = json.loads((ROOT / "solutions" / "ex01_gates" / "gates.ipynb").read_text())
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if "def sigmoid" in src and "BEGIN SOLUTION" in src:  # the z < 0 branch forgotten
            cell["source"] = src.replace("e / (1.0 + e))", "1.0 / (1.0 + e))")
    (tmp_path / "gates.ipynb").write_text(json.dumps(nb))
    exe = Path(sys.executable).with_name("lstm-grade")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [str(exe), "validate", "gates.ipynb"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "the branch for negative z, e^{z} / (1 + e^{z}), is missing" in out
    assert 'fixed_case("sigmoid", 1)' in out  # how to step through the fixed case
    assert "\x1b[" not in out
    for noise in ("Kernel is running over TCP", "No nbgrader_config.py", "Traceback", "lstm_ref/"):
        assert noise not in out, noise
    assert "BEGIN HIDDEN TESTS" not in out and "random" in out
    hidden = out[out.index("random case") :].split("-" * 72)[0]
    assert ", expected" not in hidden  # a random case shows what came, never what was expected
