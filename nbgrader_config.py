"""nbgrader configuration of the LSTM course: the course directory is this repository's root.

solutions/<assignment>/ holds the source notebooks (with solutions and hidden tests);
`nbgrader generate_assignment` writes the student versions to exercises/<assignment>/.
Submissions go to submitted/<student>/<assignment>/; the gradebook is gradebook.db at the root.
Run nbgrader from the repository root (or use `lstm-grade`, which does).
"""

from pathlib import Path

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads this file)

c.CourseDirectory.root = str(Path(__file__).resolve().parent)
c.CourseDirectory.course_id = "lstm-book"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
# The assignments are the folders of solutions/ (ex01_gates ... ex08_shapes); each is registered
# in the gradebook by `nbgrader generate_assignment` (`lstm-grade setup` registers them all).
# The gradebook (gradebook.db at the root) is nbgrader's default: CourseDirectory.db_url.

# Student notebooks run cell by cell with a 30 s limit per cell (import torch alone takes 1-4 s);
# a cell that runs longer is interrupted and scores 0, and grading goes on.
c.ExecutePreprocessor.timeout = 30
c.Execute.timeout = 30
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

# ---- Sandboxed executor (issue 6) goes below this line. -------------------------------------
# BEGIN lstm_grader sandbox (owned by lstm_grader/nbgrader_ext/executor.py; issue 6)
# `nbgrader autograde` runs students' cells in a sandbox (bubblewrap: no network, no course
# directory, uid nobody, rlimits) and the instructor's test cells in the trusted grading process,
# against proxies of the students' functions (lstm_grader/nbgrader_ext/executor.py).
# The DEFAULT (it passes tests/grader/test_course_e2e.py and tests/grader/test_adversarial.py).
# LSTM_GRADER_EXECUTOR=stock falls back to nbgrader's own Execute (students' code unsandboxed,
# with the grader's rights: for debugging only). Where bubblewrap cannot run, grading stops with
# an error for each submission instead of running it unsandboxed (LSTM_GRADER_SANDBOX=none forces
# rlimits-only grading, loudly flagged in the grading report).
import os as _os  # noqa: E402

if _os.environ.get("LSTM_GRADER_EXECUTOR", "sandbox").strip().lower() != "stock":
    c.Autograde.autograde_preprocessors = [
        "lstm_grader.nbgrader_ext.executor.SandboxedExecute",
        "nbgrader.preprocessors.IgnorePattern",
        "nbconvert.preprocessors.ClearMetadataPreprocessor",
        "nbgrader.preprocessors.LimitOutput",
        "nbgrader.preprocessors.SaveAutoGrades",
        "nbgrader.preprocessors.AssignLatePenalties",
        "nbgrader.preprocessors.CheckCellMetadata",
    ]
    c.SandboxedExecute.timeout = 30
    c.SandboxedExecute.notebook_timeout = 300
# END lstm_grader sandbox

# BEGIN lstm_grader gradebook (owned by lstm_grader/gradebook.py; issue 7)
# The gradebook is gradebook.db (SQLite) unless LSTM_GRADER_DB_URL (or `lstm-grade --db-url`) names
# another database, e.g. postgresql://grader@dbhost/lstm_book for several graders or machines at
# once (nbgrader's own --CourseDirectory.db_url / --db on a command line still wins).
# Concurrent graders on one gradebook are safe (lstm_grader/gradebook.py): on SQLite every gradebook
# session holds the file lock gradebook.db.lock; on PostgreSQL only the creation of nbgrader's
# tables and course row is serialized, with an advisory lock.
import os as _os  # noqa: E402

if _os.environ.get("LSTM_GRADER_DB_URL", "").strip():
    c.CourseDirectory.db_url = _os.environ["LSTM_GRADER_DB_URL"].strip()
# END lstm_grader gradebook

# Our hooks into nbgrader (lstm_grader/nbgrader_ext/patches.py): the gradebook's locks, and, with
# the sandboxed executor, the sanitizing read: broken notebooks (corrupt JSON, wrong nbformat,
# deleted/retyped/duplicated cells, changed metadata) are repaired or replaced by a 0-scoring copy,
# with the reason in the report.
try:  # lstm_grader is installed with the repository; a student's validate does not need it
    from lstm_grader.nbgrader_ext import patches as _patches  # noqa: E402
except ImportError:
    pass
else:
    _patches.install(
        sanitize=_os.environ.get("LSTM_GRADER_EXECUTOR", "sandbox").strip().lower() != "stock"
    )
