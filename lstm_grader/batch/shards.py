"""Which students a run grades: all who submitted, or the K-th of N slices (``--shard K/N``)."""

from __future__ import annotations

import os
import re

from lstm_grader.errors import CourseError


def default_workers() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` -> (K, N), with 1 <= K <= N; a :class:`CourseError` otherwise."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
    if m is None:
        raise CourseError(
            f"--shard wants K/N (the K-th of N slices, e.g. --shard 2/4), not {text!r}"
        )
    k, n = int(m.group(1)), int(m.group(2))
    if n < 1 or not 1 <= k <= n:
        raise CourseError(
            f"--shard {text}: K must be between 1 and N, and N at least 1 (e.g. 1/{max(n, 2)} "
            f"... {max(n, 2)}/{max(n, 2)})"
        )
    return k, n


def select_shard(students: list[str], shard: tuple[int, int] | None) -> list[str]:
    """The K-th of N disjoint slices of ``students``: round-robin over the sorted ids, so that
    the N slices cover every student once and differ in size by one at most. Every machine must
    see the same submitted/ for their slices to fit together."""
    ordered = sorted(students)
    if shard is None:
        return ordered
    k, n = shard
    return ordered[k - 1 :: n]
