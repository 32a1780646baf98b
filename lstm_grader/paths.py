"""The course's layout on disk: every folder and file name grading reads or writes, one place.

Relative to the course root (the repository root, see nbgrader_config.py)::

    nbgrader_config.py                                   the course's nbgrader configuration
    solutions/<assignment>/<notebook>.ipynb              source notebooks (solutions, hidden tests)
    exercises/<assignment>/<notebook>.ipynb              student versions (generated)
    submitted/<student>/<assignment>/<notebook>.ipynb    submissions
    autograded/, feedback/                               nbgrader's output
    gradebook.db, grades.csv                             the gradebook (SQLite default), its export
    grading_report/<assignment>/<student>/<notebook>.json   what grading found in one notebook
    grading_report/<assignment>/<student>/autograde.log     that student's nbgrader log
    grading_report/<assignment>/_grader/workers.log         the grading workers' own output
                                 (``_grader``: no student id can start with "_", see intake.py)
    grading_report.json, grading_report.csv              the gathered report
    class_report/index.html (+ .png, .csv, .json)        the class report (lstm_grader.classreport)

Functions return paths relative to the course root unless they take ``root``.
"""

from __future__ import annotations

from pathlib import Path

CONFIG_FILE = "nbgrader_config.py"
SOURCE_DIR = "solutions"
RELEASE_DIR = "exercises"
SUBMITTED_DIR = "submitted"
AUTOGRADED_DIR = "autograded"
FEEDBACK_DIR = "feedback"
GRADEBOOK_FILE = "gradebook.db"
GRADES_CSV = "grades.csv"
REPORT_DIR = "grading_report"
REPORT_JSON = "grading_report.json"
REPORT_CSV = "grading_report.csv"
CLASS_REPORT_DIR = "class_report"
LOG_NAME = "autograde.log"
WORKERS_LOG_NAME = "workers.log"
GRADER_DIR = "_grader"  # the grader's own files beside students' folders: never a student id


def record(report_dir: str | Path, assignment: str, student: str, notebook: str) -> Path:
    """The grading record of one notebook: ``REPORT_DIR/<assignment>/<student>/<notebook>.json``
    (``report_dir`` is REPORT_DIR, or the course root's REPORT_DIR)."""
    return Path(report_dir) / assignment / student / f"{notebook}.json"


def record_glob(assignment: str | None = None) -> str:
    """The glob, under REPORT_DIR, of every notebook's record (of one assignment, or all)."""
    return f"{assignment or '*'}/*/*.json"


def student_log(assignment: str, student: str) -> str:
    """One student's nbgrader log, relative to the course root."""
    return f"{REPORT_DIR}/{assignment}/{student}/{LOG_NAME}"


def workers_log(assignment: str) -> str:
    """The grading workers' own log for one assignment, relative to the course root."""
    return f"{REPORT_DIR}/{assignment}/{GRADER_DIR}/{WORKERS_LOG_NAME}"
