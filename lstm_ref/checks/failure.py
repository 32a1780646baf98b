"""`CheckFailure`: the one exception every failed check raises, with its details as attributes."""

from __future__ import annotations


class CheckFailure(AssertionError):
    """A check found the student's function wrong.

    Attributes:
        check: the graded function's name, e.g. ``"lstm_cell"``.
        stage: ``"exception"``, ``"kind"``, ``"shape"``, ``"finite"``, ``"inplace"``, ``"value"``
            or ``"forbidden"`` (ScratchLSTM uses nn.LSTM).
        case: the case's label, e.g. ``"random case 3 (B=2, I=3, H=4, seed=12)"``.
        output: the output concerned (``"c_next"``), or None.
        mistakes: keys of the catalogued mistakes the results match (empty if none).
        details: anything else (max errors, first differing index, ...).
    """

    def __init__(
        self,
        message: str,
        *,
        check: str,
        stage: str,
        case: str | None = None,
        output: str | None = None,
        mistakes: tuple[str, ...] = (),
        details: dict | None = None,
    ):
        super().__init__(message)
        self.check = check
        self.stage = stage
        self.case = case
        self.output = output
        self.mistakes = tuple(mistakes)
        self.details = dict(details or {})
