"""SIGTERM stops grading as Ctrl-C does (a KeyboardInterrupt), in the main process and workers."""

from __future__ import annotations

import signal


def raise_interrupt(signum, frame):
    """A signal handler: raise KeyboardInterrupt (what Ctrl-C raises)."""
    raise KeyboardInterrupt


def sigterm_interrupts():
    """Make SIGTERM raise KeyboardInterrupt in this process; returns a function that undoes it.
    Without effect (and a no-op undo) outside the main thread."""
    try:
        old = signal.signal(signal.SIGTERM, raise_interrupt)
    except ValueError:  # not the main thread: leave signals alone
        return lambda: None
    return lambda: signal.signal(signal.SIGTERM, old)
