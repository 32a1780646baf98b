"""lstm_grader.batch.signals: SIGTERM stops grading as Ctrl-C does."""

from __future__ import annotations

import os
import signal
import time

import pytest

from lstm_grader.batch.signals import sigterm_interrupts


def test_sigterm_raises_keyboard_interrupt_until_undone() -> None:
    before = signal.getsignal(signal.SIGTERM)
    undo = sigterm_interrupts()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises as soon as the signal arrives
    finally:
        undo()
    assert signal.getsignal(signal.SIGTERM) == before


def test_outside_the_main_thread_signals_are_left_alone() -> None:
    import threading

    results = []
    t = threading.Thread(target=lambda: results.append(sigterm_interrupts()))
    t.start()
    t.join()
    before = signal.getsignal(signal.SIGTERM)
    results[0]()  # the undo of a no-op is a no-op
    assert signal.getsignal(signal.SIGTERM) == before
