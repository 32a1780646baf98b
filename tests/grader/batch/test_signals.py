"""lstm_grader.batch.signals: SIGTERM and SIGINT stop grading as Ctrl-C does."""

from __future__ import annotations

import os
import signal
import time

import pytest

from lstm_grader.batch.signals import stop_signals_interrupt


def test_sigterm_raises_keyboard_interrupt_until_undone() -> None:
    before = signal.getsignal(signal.SIGTERM)
    undo = stop_signals_interrupt()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises as soon as the signal arrives
    finally:
        undo()
    assert signal.getsignal(signal.SIGTERM) == before


def test_sigint_interrupts_even_where_the_process_started_with_it_ignored() -> None:
    # a non-interactive shell starts a background command with SIGINT ignored (SIG_IGN), and
    # Python keeps it so: `kill -INT` (the tests' Ctrl-C) would then be lost
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        undo = stop_signals_interrupt()
        try:
            with pytest.raises(KeyboardInterrupt):
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(5)
        finally:
            undo()
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_outside_the_main_thread_signals_are_left_alone() -> None:
    import threading

    results = []
    t = threading.Thread(target=lambda: results.append(stop_signals_interrupt()))
    t.start()
    t.join()
    before = signal.getsignal(signal.SIGTERM)
    results[0]()  # the undo of a no-op is a no-op
    assert signal.getsignal(signal.SIGTERM) == before
