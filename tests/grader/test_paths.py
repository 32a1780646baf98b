"""lstm_grader.paths: the course layout, and nbgrader_config.py names the same folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lstm_grader import paths

ROOT = Path(__file__).resolve().parents[2]


def test_record_and_logs_lie_under_the_report_folder() -> None:
    assert paths.record("grading_report", "ex02_cell", "bob", "lstm_cell") == Path(
        "grading_report/ex02_cell/bob/lstm_cell.json"
    )
    assert paths.student_log("ex02_cell", "bob") == "grading_report/ex02_cell/bob/autograde.log"
    # the grader's own files are outside the student-id namespace (no id starts with "_")
    assert paths.workers_log("ex02_cell") == "grading_report/ex02_cell/_grader/workers.log"
    assert Path("ex02_cell/bob/lstm_cell.json").match(paths.record_glob("ex02_cell"))
    assert not Path("ex02_cell/workers.log").match(paths.record_glob())


def test_nbgrader_config_names_the_same_folders() -> None:
    code = (
        "from traitlets.config.loader import PyFileConfigLoader\n"
        f"cfg = PyFileConfigLoader('nbgrader_config.py', path={str(ROOT)!r}).load_config()\n"
        "d = cfg.CourseDirectory\n"
        "print(d.source_directory, d.release_directory)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == [paths.SOURCE_DIR, paths.RELEASE_DIR]
    assert (ROOT / paths.CONFIG_FILE).is_file() and (ROOT / paths.SOURCE_DIR).is_dir()
