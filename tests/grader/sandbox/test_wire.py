"""lstm_grader.sandbox.wire: the grading side's name for the wire format, which lives in the
folder the sandbox binds (tests of the format itself: tests/grader/sandbox/inside/test_wire.py)."""

from __future__ import annotations

from lstm_grader.sandbox import wire
from lstm_grader.sandbox.inside import wire as inside


def test_the_grading_side_uses_the_very_format_the_sandbox_holds() -> None:
    for name in ("encode", "decode", "read_message_by", "write_message_by", "json_depth",
                 "TooLarge", "ProtocolError", "NoReply", "Stalled", "MAX_MESSAGE"):  # fmt: skip
        assert getattr(wire, name) is getattr(inside, name), name
