"""`CheckFailure`: the one exception every failed check raises, with its details as attributes."""

from __future__ import annotations

from lstm_ref.checks.findings import STAGE_KIND, Finding


class CheckFailure(AssertionError):
    """A check found the student's function wrong.

    Attributes:
        check: the graded function's name, e.g. ``"lstm_cell"``.
        stage: ``"exception"``, ``"kind"``, ``"shape"``, ``"finite"``, ``"overflow"``,
            ``"inplace"``, ``"value"``, ``"init"`` (a module's initialisation), ``"also"`` (a
            part measured apart from the cases: load_state_dict's copy) or ``"forbidden"``
            (torch or lstm_ref's numerics called: finding ``forbidden_library``).
        case: the case's label, e.g. ``"random case 3 (B=2, I=3, H=4, seed=12)"``.
        output: the output concerned (``"c_next"``), or None.
        findings: tuple of :class:`~lstm_ref.checks.findings.Finding`, never empty: what the
            check inferred, or where the error is (``located.*``).
        mistakes: keys of the catalogued mistakes the results match (empty if none).
        details: anything else (max errors, first differing index, ...).

    In IPython (a notebook, nbgrader's feedback) the failure renders as its message only, not as
    a traceback through lstm_ref (``_render_traceback_``).
    """

    def __init__(
        self,
        message: str,
        *,
        check: str,
        stage: str,
        case: str | None = None,
        output: str | None = None,
        findings: tuple[Finding, ...] = (),
        mistakes: tuple[str, ...] = (),
        details: dict | None = None,
    ):
        super().__init__(message)
        self.check = check
        self.stage = stage
        self.case = case
        self.output = output
        if not findings:
            first = str(message).splitlines()[0] if str(message) else stage
            findings = (Finding(STAGE_KIND.get(stage, "located.value_mismatch"), check, first),)
        self.findings = tuple(findings)
        self.mistakes = tuple(mistakes)
        self.details = dict(details or {})

    def _render_traceback_(self) -> list[str]:
        """What IPython (a notebook, nbgrader's feedback) shows instead of a traceback through
        lstm_ref: the message alone (it names the student's line where their code raised)."""
        return f"CheckFailure: {self.args[0] if self.args else ''}".splitlines()
