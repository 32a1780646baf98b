"""nbgrader configuration of the LSTM course: the course directory is this repository's root.

solutions/<assignment>/ holds the source notebooks (with solutions and hidden tests);
`nbgrader generate_assignment` writes the student versions to exercises/<assignment>/.
Submissions go to submitted/<student>/<assignment>/; the gradebook is gradebook.db at the root.
Run nbgrader from the repository root (or use `lstm-grade`, which does).
The course's folder names are those of lstm_grader/paths.py (tests/grader/test_paths.py checks it).
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads this file)

try:  # lstm_grader is installed with the repository; a student's validate does not need it
    from lstm_grader.limits import DEFAULT_LIMITS
    from lstm_grader.nbgrader_ext import patches
except ImportError:
    DEFAULT_LIMITS = patches = None

c.CourseDirectory.root = str(Path(__file__).resolve().parent)
c.CourseDirectory.course_id = "lstm-book"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
# The assignments are the folders of solutions/ (ex01_gates ... ex08_shapes); each is registered
# in the gradebook by `nbgrader generate_assignment` (`lstm-grade setup` registers them all).

# Every limit of grading (memory, processes, CPU, time per cell and per notebook, ...) is defined
# once, in lstm_grader/limits.py (the table in book/instructors/safety.md is made from it). Each
# is a setting of the sandboxed executor whose default is that value; change one here, e.g.
#     c.SandboxedExecute.timeout = 60        # seconds per cell
# nbgrader's own Execute (`nbgrader validate`, LSTM_GRADER_EXECUTOR=stock) gets the same cell
# timeout: a cell that runs longer is interrupted and scores 0, and grading goes on.
if DEFAULT_LIMITS is not None:
    c.ExecutePreprocessor.timeout = int(DEFAULT_LIMITS.cell_timeout)
    c.Execute.timeout = int(DEFAULT_LIMITS.cell_timeout)
c.Execute.interrupt_on_timeout = True

# Regenerating exercises/ must be reproducible: no per-run metadata, overwrite in place.
c.GenerateAssignment.force = True
c.GenerateAssignment.create_assignment = True

# Feedback never shows hidden tests' source (their outputs stay: the checks' messages are generic
# on randomized cases and never print expected arrays).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "nbgrader.preprocessors.ClearHiddenTests",
]
c.ClearHiddenTests.enforce_metadata = True

# BEGIN lstm_grader sandbox (lstm_grader/nbgrader_ext/)
# `nbgrader autograde` runs students' cells in a sandbox (bubblewrap: no network, no course
# directory, a fresh unprivileged uid per notebook, rlimits) and the instructor's test cells in the
# trusted grading process, against proxies of the students' functions
# (lstm_grader/nbgrader_ext/executor.py). Broken notebooks (corrupt JSON, wrong nbformat,
# deleted/retyped/duplicated cells, changed metadata) are repaired or replaced by a 0-scoring copy,
# with the reason in the grading report (lstm_grader/nbgrader_ext/sanitize.py).
# LSTM_GRADER_EXECUTOR=stock falls back to nbgrader's own Execute (students' code unsandboxed,
# with the grader's rights: for debugging only). Where bubblewrap cannot run, grading stops with
# an error for each submission instead of running it unsandboxed (LSTM_GRADER_SANDBOX=none forces
# rlimits-only grading, loudly flagged in the grading report).
SANDBOXED = os.environ.get("LSTM_GRADER_EXECUTOR", "sandbox").strip().lower() != "stock"
if SANDBOXED:
    c.Autograde.autograde_preprocessors = [
        "lstm_grader.nbgrader_ext.executor.SandboxedExecute",
        "nbgrader.preprocessors.IgnorePattern",
        "nbconvert.preprocessors.ClearMetadataPreprocessor",
        "nbgrader.preprocessors.LimitOutput",
        "nbgrader.preprocessors.SaveAutoGrades",
        "nbgrader.preprocessors.AssignLatePenalties",
        "nbgrader.preprocessors.CheckCellMetadata",
    ]
# END lstm_grader sandbox

# BEGIN lstm_grader gradebook (lstm_grader/gradebook.py)
# The gradebook is gradebook.db (SQLite) unless LSTM_GRADER_DB_URL (or `lstm-grade --db-url`) names
# another database, e.g. postgresql://grader@dbhost/lstm_book for several graders or machines at
# once (nbgrader's own --CourseDirectory.db_url / --db on a command line still wins).
# Concurrent graders on one gradebook are safe: on SQLite every gradebook session holds the file
# lock gradebook.db.lock; on PostgreSQL only the creation of nbgrader's tables and course row is
# serialized, with an advisory lock.
if os.environ.get("LSTM_GRADER_DB_URL", "").strip():
    c.CourseDirectory.db_url = os.environ["LSTM_GRADER_DB_URL"].strip()
# END lstm_grader gradebook

# BEGIN lstm_grader holds (lstm_grader/review.py)
# `nbgrader export` (grades.csv) leaves a score held for review empty, with "held for review" in a
# last column `status`, until `lstm-grade review ASSIGNMENT STUDENT --release | --confirm-zero`.
if patches is not None:
    c.ExportApp.plugin_class = "lstm_grader.review.HeldCsvExport"
# END lstm_grader holds

# Our hooks into nbgrader (lstm_grader/nbgrader_ext/patches.py), each installed once: the
# gradebook's locks, and with the sandboxed executor the sanitizing read of submissions.
if patches is not None:
    patches.install(sanitize=SANDBOXED)

# No student markup is live in the feedback pages or the formgrader (issue 10): markdown and HTML
# outputs are cleaned with an allowlist (math still shows), javascript outputs are not rendered,
# and each feedback page carries a Content-Security-Policy (lstm_grader/nbgrader_ext/html_safety).
if patches is not None:
    from lstm_grader.nbgrader_ext import feedback_page, html_safety

    html_safety.configure(c)
    feedback_page.configure(c)  # math rendered offline (MathJax from npm), no script on the page
