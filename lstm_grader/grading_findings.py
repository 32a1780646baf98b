"""What grading found about a submission: every kind of finding, with its meaning, in one place.

A finding is recorded in the notebook's grading record (:mod:`lstm_grader.record`) as
``{"kind": id, "detail": str, "grade_id": str | None}``: ``kind`` is the id of a :class:`Kind`
(stable, never reworded: it is a column of ``grading_report.csv``), ``grade_id`` the nbgrader grade
id of the cell it concerns, when it concerns one.

These are not the checks' findings (:mod:`lstm_ref.checks.findings`, what a student's code gets
wrong): these say what happened to the submission while it was graded.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MAX_DETAIL = 500  # characters of a finding's detail kept


class Kind(str, enum.Enum):
    """Every kind of finding: ``Kind.X.value`` is its id, ``Kind.X.meaning`` says what it means,
    ``Kind.X.holds`` whether it holds the notebook's score for review (:mod:`lstm_grader.review`):
    a finding that may mean cheating and whose verdict grading cannot make alone."""

    meaning: str
    holds: bool

    def __new__(cls, value: str, meaning: str, holds: bool = False) -> Kind:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.meaning = meaning
        obj.holds = holds
        return obj

    def __str__(self) -> str:
        return self.value

    # found while the notebook ran (lstm_grader.nbgrader_ext.executor, .proxy)
    FORBIDDEN_CALL = (
        "forbidden_call",
        "used lstm_ref or torch's own LSTM in a from-scratch exercise",
    )
    TIMEOUT = "timeout", "ran past the time limit (interrupted or killed)"
    SANDBOX_DIED = "sandbox_died", "the sandboxed process died (exit, crash, memory)"
    SANDBOX_START_FAILED = "sandbox_start_failed", "the sandbox did not start"
    EXIT_ATTEMPT = "exit_attempt", "called sys.exit / raised KeyboardInterrupt in a cell"
    UNSANDBOXED = "unsandboxed", "graded WITHOUT the sandbox (LSTM_GRADER_SANDBOX=none)"
    # hostile submissions (issue 10)
    MEMORY_LIMIT = (
        "memory_exceeded",
        "the sandbox's processes together passed its memory limit (a process was killed)",
    )
    PROCESS_DURING_CALL = (
        "process_during_call",
        "another process was alive (killed) or started during a graded call",
    )
    OUTPUT_TRUNCATED = "output_truncated", "output beyond the limits, or of an active type, cut"
    TOO_LARGE = "too_large", "beyond a size limit (a reply, a value, nesting, cells): scored 0"
    SUSPICIOUS_CODE = (
        "suspicious_code",
        "code reaching for the guard, gc/ctypes, torch internals or other processes",
        True,  # uncertain (what static reading cannot decide): a person decides, the score waits
    )
    REFUSED_FILE = (
        "refused_file",
        "not a plain regular file of the submission (a link, FIFO, device, hard link): refused",
    )
    EXTRA_FILE = (
        "extra_file",
        "a file of the submission that is not a notebook: left in submitted/, never graded or "
        "copied to autograded/ or feedback/",
    )
    # found reading the submission (lstm_grader.nbgrader_ext.sanitize, .patches)
    CORRUPT_JSON = "corrupt_json", "the file is not valid JSON: scored 0"
    NOT_A_NOTEBOOK = "not_a_notebook", "the file is not a notebook: scored 0"
    UNREADABLE_FILE = "unreadable_file", "the file could not be read: scored 0"
    INVALID_NOTEBOOK = (
        "invalid_notebook",
        "the notebook is invalid and could not be repaired: scored 0",
    )
    NBFORMAT = "nbformat", "wrong notebook format version (converted where possible)"
    BROKEN_CELLS = "broken_cells", "unreadable cells dropped"
    DUPLICATED_CELL = "duplicated_cell", "a duplicated cell (id or grade id)"
    UNKNOWN_GRADED_CELL = (
        "unknown_graded_cell",
        "a graded cell that is not in the assignment (ignored)",
    )
    DELETED_CELL = "deleted_cell", "a graded cell was deleted (restored from the source)"
    DELETED_READONLY_CELL = (
        "deleted_readonly_cell",
        "a read-only cell without points was deleted and restored",
    )
    RETYPED_CELL = "retyped_cell", "a graded cell's type was changed (restored)"
    CHANGED_METADATA = "changed_metadata", "nbgrader metadata changed (restored)"
    EDITED_TEST_CELL = "edited_test_cell", "a test cell was edited (restored)"
    CUT_TO_BUDGET = (
        "cut_to_budget",
        "markdown, attachments or metadata past the notebook's budget cut or dropped "
        "(none of it is graded: the score is kept)",
    )
    BAD_GRADE_ID = (
        "bad_grade_id",
        "a grade id that is not plain text (a number: made text; control characters: refused)",
    )
    # found gathering the report (lstm_grader.record, lstm_grader.report)
    NOT_EXECUTED = "not_executed", "the notebook was read but never executed (grading stopped?)"
    REPORT_UNREADABLE = "report_unreadable", "the notebook's grading record could not be read"
    OK = "ok", "nothing found (the one row of a notebook without findings)"


@dataclass(frozen=True)
class GradingFinding:
    """One finding: its kind, what exactly (``detail``, cut to MAX_DETAIL characters), and the
    grade id of the cell it concerns (None: the whole notebook)."""

    kind: Kind
    detail: str
    grade_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "detail", str(self.detail)[:MAX_DETAIL])

    def to_dict(self) -> dict:
        return {"kind": self.kind.value, "detail": self.detail, "grade_id": self.grade_id}

    @classmethod
    def from_dict(cls, d: dict) -> GradingFinding:
        """From a record's entry; an unknown kind raises ValueError."""
        return cls(Kind(d["kind"]), d.get("detail", ""), d.get("grade_id"))

    def at(self, grade_id: str | None) -> GradingFinding:
        """The same finding, about the cell ``grade_id``."""
        return GradingFinding(self.kind, self.detail, grade_id)
