"""lstm_grader.batch.shards: which students a run grades (`--shard K/N`), how many workers."""

from __future__ import annotations

import pytest

from lstm_grader.batch.shards import default_workers, parse_shard, select_shard
from lstm_grader.errors import CourseError


def test_shards_are_disjoint_and_cover_everyone() -> None:
    students = [f"s{i:02d}" for i in range(11)]
    for n in (1, 2, 3, 5, 11, 12):
        slices = [select_shard(students[::-1], (k, n)) for k in range(1, n + 1)]
        assert sorted(s for sl in slices for s in sl) == students
        assert max(map(len, slices)) - min(map(len, slices)) <= 1
    assert select_shard(["c", "a", "b"], (1, 2)) == ["a", "c"]
    assert parse_shard(" 2/4 ") == (2, 4)


@pytest.mark.parametrize("shard", ["0/2", "3/2", "1/0", "2", "a/b", "1/2/3", ""])
def test_bad_shard_is_refused_with_a_clear_message(shard) -> None:
    with pytest.raises(CourseError, match=r"^--shard (wants K/N|.*: K must be between 1 and N)"):
        parse_shard(shard)


def test_default_workers_is_the_cores_this_process_may_use() -> None:
    import os

    assert default_workers() == len(os.sched_getaffinity(0))
