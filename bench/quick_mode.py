"""Quick mode, the one mechanism of every benchmark here: ``--quick`` or ``BENCH_QUICK=1``.

Quick mode runs a benchmark's own code on small sizes, one round, so that the test suite
(tests/test_bench.py) runs every script in seconds and a benchmark that no longer runs fails CI
instead of rotting. Its figures mean nothing: the figures in bench/README.md come from full runs.

A script with an argument parser::

    import quick_mode
    parser.add_argument("--rounds", type=int, default=3)
    quick_mode.add_to(parser, rounds=1)   # --quick, and the small defaults it sets
    ns = parser.parse_args()              # explicit options still win over quick defaults

A script without one reads ``quick_mode.enabled()``. Scripts are run as ``python bench/X.py``, so
this folder is on ``sys.path`` and ``import quick_mode`` finds this file.
"""

from __future__ import annotations

import argparse
import os
import sys

ENV = "BENCH_QUICK"
FLAG = "--quick"
BANNER = "quick mode: small sizes, one round; the figures below mean nothing (bench/quick_mode.py)"


def enabled(argv: list[str] | None = None) -> bool:
    """True with ``--quick`` on the command line or BENCH_QUICK set to anything but "" or "0"."""
    argv = sys.argv[1:] if argv is None else argv
    return FLAG in argv or os.environ.get(ENV, "") not in ("", "0")


def add_to(parser: argparse.ArgumentParser, argv: list[str] | None = None, **small) -> bool:
    """Add ``--quick`` to ``parser``; when quick mode is on, ``small`` become the defaults of the
    parser's options (by their dest names), print the banner and return True."""
    parser.add_argument(
        FLAG, action="store_true", default=False,
        help=f"small sizes, one round: does it still run? (or {ENV}=1; the figures mean nothing)",
    )  # fmt: skip
    if not enabled(argv):
        return False
    dests = {a.dest for a in parser._actions}
    unknown = set(small) - dests
    if unknown:
        raise ValueError(f"quick defaults for options the parser lacks: {sorted(unknown)}")
    parser.set_defaults(quick=True, **small)
    announce()
    return True


def announce() -> None:
    print(BANNER, flush=True)
