"""nbgrader's own apps in this process, as their commands would run them: ``AutogradeApp`` then
``GenerateFeedbackApp`` for one student (:func:`_grade_here`, run by the grading child of
:func:`lstm_grader.batch.worker.grade_student`), each student's output to that student's log.
Importing this module does nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from pathlib import Path

from lstm_grader import paths
from lstm_grader.batch.outcome import Outcome

__all__ = ["_error_lines", "_grade_here", "_redirected", "_run_app"]


@contextlib.contextmanager
def _redirected(path: Path):
    """Send Python's and the fds' stdout/stderr to ``path`` for the duration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", buffering=1) as log:
        saved = sys.stdout, sys.stderr
        saved_fds = os.dup(1), os.dup(2)
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        sys.stdout = sys.stderr = log
        try:
            yield log
        finally:
            sys.stdout, sys.stderr = saved
            os.dup2(saved_fds[0], 1)
            os.dup2(saved_fds[1], 2)
            os.close(saved_fds[0])
            os.close(saved_fds[1])


def _run_app(app_class, argv: list[str]) -> int:
    """Run an nbgrader app in this process as its command would; its exit status."""
    app = app_class()
    path = list(sys.path)
    try:
        app.initialize(argv)
        app.start()
    except SystemExit as exc:
        code = exc.code
        return 0 if code in (None, 0) else (code if isinstance(code, int) else 1)
    finally:
        with contextlib.suppress(Exception):
            app.close_handlers()
        sys.path[:] = path  # nbgrader puts the working folder first on sys.path each time
    return 0


def _grade_here(root: Path, assignment: str, student: str, feedback: bool, where: str) -> Outcome:
    """nbgrader's autograde (then generate_feedback) in this process; never raises but
    KeyboardInterrupt is reported as an "interrupted" outcome."""
    from nbgrader.apps.autogradeapp import AutogradeApp
    from nbgrader.apps.generatefeedbackapp import GenerateFeedbackApp

    rel = paths.student_log(assignment, student)
    outcome = Outcome(student, "ok", log=rel)
    args = [assignment, f"--student={student}", "--force"]
    with _redirected(root / rel) as log:
        try:
            log.write(f"$ nbgrader autograde {' '.join(args)}  # in {where}, pid {os.getpid()}\n")
            if _run_app(AutogradeApp, args) != 0:
                outcome.status, outcome.error = "failed", "nbgrader autograde failed"
            elif feedback:
                log.write(f"$ nbgrader generate_feedback {' '.join(args)}\n")
                if _run_app(GenerateFeedbackApp, args) != 0:
                    outcome.status, outcome.error = "failed", "nbgrader generate_feedback failed"
        except KeyboardInterrupt:
            outcome.status = "interrupted"
        except BaseException:  # MemoryError too: a finding of this student, not the end
            outcome.status, outcome.error = "failed", traceback.format_exc()
            log.write(outcome.error)
    if outcome.status == "failed":
        lines = _error_lines(root / rel)
        first = lines.splitlines()[0].split("| ERROR]", 1)[-1].strip() if lines else ""
        head = f"{outcome.error.splitlines()[0]}: {first}" if first else outcome.error
        outcome.error = f"{head}\n{outcome.error}\n{lines}".strip()
    return outcome


def _error_lines(path: Path, n: int = 8) -> str:
    """The last error lines of an nbgrader log."""
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    errors = [ln for ln in lines if "| ERROR]" in ln or ln.startswith(("Traceback", "  "))]
    return "\n".join((errors or lines)[-n:])
