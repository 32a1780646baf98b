"""lstm_grader.batch.pool: the fork server the workers come from (the pool's runs are
tests/grader/batch/test_run.py's)."""

from __future__ import annotations

from multiprocessing import forkserver

from lstm_grader.batch.pool import _context, default_workers


def test_fork_server_preloads_the_warm_up_and_the_test_cells_modules_but_not_torch() -> None:
    before = list(forkserver._forkserver._preload_modules)
    try:
        ctx = _context(["numpy", "torch", "torch.nn", "lstm_ref.checks"])
        assert ctx.get_start_method() == "forkserver"
        assert forkserver._forkserver._preload_modules == [
            "lstm_grader.batch.forkserver_preload",
            "numpy",
            "lstm_ref.checks",
        ]
    finally:
        forkserver.set_forkserver_preload(before)


def test_default_workers_is_the_cores_this_process_may_use() -> None:
    import os

    assert default_workers() == len(os.sched_getaffinity(0))
