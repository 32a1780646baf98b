"""What a failed test cell's check diagnosed, as data for the grading record (trusted side).

A test cell runs in the trusted grading process (:mod:`lstm_grader.nbgrader_ext.executor`);
when one of ``lstm_ref.checks`` fails there it raises a :class:`~lstm_ref.checks.CheckFailure`
whose ``findings`` (:mod:`lstm_ref.checks.findings`) name the mistake with a stable id, the gate,
step and term. :func:`from_exception` turns that exception into plain JSON for the per-notebook
record, so the class report (:mod:`lstm_grader.classreport`) counts mistakes from ids, never from
reworded messages. Nothing here changes what the student sees: the cell's outputs stay as they are.
"""

from __future__ import annotations

MAX_FINDINGS = 20  # findings kept per test cell
MAX_TEXT = 500  # characters of a finding's sentence kept
FIELDS = ("id", "function", "text", "gate", "step", "term", "direction", "layer")


def _plain(value):
    """A JSON scalar: str, int or None (anything else becomes its str, capped)."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, int):
        return int(value)
    return str(value)[:MAX_TEXT]


def finding_dict(finding) -> dict:
    """One Finding (or its ``to_dict()``) as a dict of FIELDS with JSON scalars."""
    data = finding.to_dict() if hasattr(finding, "to_dict") else finding
    if not isinstance(data, dict):
        data = {f: getattr(finding, f, None) for f in FIELDS}
    return {f: _plain(data.get(f)) for f in FIELDS if data.get(f) is not None}


RAISED = "call.raised"  # the checks' finding for "the student's function raised"


def from_exception(exc: BaseException, grading_limits: tuple[type, ...] = ()) -> dict | None:
    """The check's structured result of a failed test cell, or None if no check failed.

    Returns ``{"check": "lstm_cell", "stage": "value", "mistakes": [...], "findings": [...]}``
    for a CheckFailure (``findings``: up to MAX_FINDINGS dicts with ``id`` and the qualifiers
    that are known); a finding without an ``id`` is dropped. When what the check saw "raised"
    was one of ``grading_limits`` (the sandbox's timeout, its death), that is no diagnosis of the
    student's code: the record gets ``"interrupted": <its class name>`` instead of the
    ``call.raised`` finding (the grading finding, e.g. "timeout", is recorded by the executor).
    """
    check = getattr(exc, "check", None)
    if check is None or not isinstance(exc, AssertionError):
        return None
    cause = exc.__cause__
    interrupted = isinstance(cause, grading_limits) if grading_limits else False
    findings = []
    for f in tuple(getattr(exc, "findings", ()) or ())[:MAX_FINDINGS]:
        try:
            d = finding_dict(f)
        except Exception:  # a malformed finding never stops grading
            continue
        if d.get("id") and not (interrupted and d["id"] == RAISED):
            findings.append(d)
    out = {
        "check": _plain(check),
        "stage": _plain(getattr(exc, "stage", None)),
        "mistakes": [_plain(m) for m in tuple(getattr(exc, "mistakes", ()) or ())[:MAX_FINDINGS]],
        "findings": findings,
    }
    if interrupted:
        out["interrupted"] = type(cause).__name__
    return out
