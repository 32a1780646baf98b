"""SIGTERM and SIGINT stop grading as Ctrl-C does (a KeyboardInterrupt), in the main process and
workers, however the process was started (a non-interactive shell starts a background command
with SIGINT ignored, and Python then leaves it ignored)."""

from __future__ import annotations

import signal


def raise_interrupt(signum, frame):
    """A signal handler: raise KeyboardInterrupt (what Ctrl-C raises)."""
    raise KeyboardInterrupt


def stop_signals_interrupt():
    """Make SIGTERM and SIGINT raise KeyboardInterrupt in this process; returns a function that
    undoes it. Without effect (and a no-op undo) outside the main thread."""
    try:
        old = (
            signal.signal(signal.SIGTERM, raise_interrupt),
            signal.signal(signal.SIGINT, signal.default_int_handler),
        )
    except ValueError:  # not the main thread: leave signals alone
        return lambda: None

    def undo():
        signal.signal(signal.SIGTERM, old[0])
        signal.signal(signal.SIGINT, old[1])

    return undo
