"""Grading on a Dask cluster: two one-thread workers against one, and Dask against the local pool.

In a temporary copy of the course, 40 submissions of ex02_cell (the demo submissions of alice, bob,
carol and dave, 10 copies each; see bench_grading.py) are graded into a throwaway PostgreSQL
gradebook (as a cluster needs) by:

- ``lstm-grade autograde ex02_cell --scheduler A``: a real `dask scheduler` with ONE `dask worker`
  (one thread, daemon mode off, started from its own clone of the course, as README says);
- ``... --scheduler B``: another scheduler with TWO such workers;
- ``lstm-grade autograde ex02_cell --workers 2``: the local default, into the same gradebook.

Rounds run in the order A, B, L, L, B, A, ... so all see the same load. Each time is the whole
command (connecting, registering the warm-up plugin / starting the pool, grading, writing the
results into place). The clusters are started once, before the rounds (as an instructor starts
them once a term). Prints:

- speed-up: median wall time with one Dask worker / with two (target: at least 1.7 on 2 cores);
- Dask against the local default, both with two workers: median wall time of B / of L (target: at
  most 1.15);
- what an embedded ``LocalCluster`` would cost to start (two one-thread worker processes, the
  warm-up plugin registered) against the local pool's start-up, as the command reports it: the
  measured reason why the pool stays the default on one machine (DESIGN.md, "Scheduling grading").

Nothing is asserted; the exit status is 0 unless something crashed.

    python bench/bench_dask.py [--rounds 2] [--copies 10]
    python bench/bench_dask.py --quick         # 4 submissions, one round, no warm-up runs
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests" / "grader"))
sys.path.insert(0, str(REPO / "tests" / "grader" / "batch"))
import quick_mode  # noqa: E402
from bench_grading import ASSIGNMENT, env, make_course  # noqa: E402
from test_cluster import Cluster  # noqa: E402  (the clusters the tests start, the same way)
from test_postgres import Server  # noqa: E402

SPEEDUP_TARGET = 1.7
RATIO_TARGET = 1.15


def grade(course: Path, extra_env: dict[str, str], n: int, *args: str) -> float:
    """Wall time of one `lstm-grade autograde` run (it must grade all ``n``)."""
    start = time.perf_counter()
    proc = subprocess.run(
        ["lstm-grade", "autograde", ASSIGNMENT, *args],
        cwd=course,
        env={**env(), **extra_env},
        text=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - start
    m = re.search(rf"graded (\d+) of {n} submissions", proc.stdout)
    if proc.returncode != 0 or m is None or int(m.group(1)) != n:
        sys.exit(f"lstm-grade autograde {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return seconds


def local_cluster_startup(course: Path) -> float:
    """Seconds to start a LocalCluster of two one-thread worker processes in the course and
    register the warm-up plugin on them (what an embedded Dask default would pay per run)."""
    code = (
        "import time; t = time.perf_counter()\n"
        "from pathlib import Path\n"
        "from distributed import Client, LocalCluster\n"
        "from lstm_grader.batch.cluster_worker import GradingWarmUp\n"
        "from lstm_grader.batch.warmup import warm_modules\n"
        "if __name__ == '__main__':\n"
        "    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,\n"
        "                      dashboard_address=None) as lc, Client(lc) as c:\n"
        f"        c.register_plugin(GradingWarmUp(warm_modules(Path.cwd(), {ASSIGNMENT!r})))\n"
        "        print(time.perf_counter() - t)\n"
    )
    script = course / "_startup.py"
    script.write_text(code)
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=course,
        env={**env(), "DASK_DISTRIBUTED__WORKER__DAEMON": "False"},
        text=True,
        capture_output=True,
    )
    script.unlink()
    if proc.returncode != 0:
        sys.exit(f"LocalCluster start-up failed:\n{proc.stderr[-3000:]}")
    return float(proc.stdout.strip().splitlines()[-1])


def pool_startup(course: Path, url: str, n: int) -> float:
    """The local pool's start-up (2 workers), as `lstm-grade autograde` reports it."""
    proc = subprocess.run(
        ["lstm-grade", "autograde", ASSIGNMENT, "--workers", "2"],
        cwd=course,
        env={**env(), "LSTM_GRADER_DB_URL": url, "LSTM_GRADER_SCHEDULER": ""},
        text=True,
        capture_output=True,
    )
    m = re.search(r"\(start-up ([\d.]+) s\)", proc.stdout)
    if proc.returncode != 0 or m is None:
        sys.exit(f"local grading failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return float(m.group(1))


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="runs of each configuration")
    parser.add_argument("--copies", type=int, default=10, help="copies of the 4 demo submissions")
    quick_mode.add_to(parser, rounds=1, copies=1)
    ns = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    pg = Server()
    clusters: list[Cluster] = []
    try:
        pg.start()
        url = pg.create_database("bench")
        with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
            course = Path(tmp) / "course"
            n = len(make_course(course, ns.copies))
            print(f"{n} submissions of {ASSIGNMENT}; {cores} cores; load {os.getloadavg()[0]:.1f}")
            one = Cluster(Path(tmp) / "one", n_workers=1).start()
            clusters.append(one)
            two = Cluster(Path(tmp) / "two", n_workers=2).start()
            clusters.append(two)
            configs = {
                "dask1": {**one.env(), "LSTM_GRADER_DB_URL": url},
                "dask2": {**two.env(), "LSTM_GRADER_DB_URL": url},
                "local2": {"LSTM_GRADER_DB_URL": url, "LSTM_GRADER_SCHEDULER": ""},
            }
            args = {"dask1": (), "dask2": (), "local2": ("--workers", "2")}
            for name in () if ns.quick else ("dask2", "dask1", "local2"):  # warm-up: caches
                grade(course, configs[name], n, *args[name])
            times: dict[str, list[float]] = {k: [] for k in configs}
            order = ["dask1", "dask2", "local2"]
            for r in range(ns.rounds):
                for name in order if r % 2 == 0 else order[::-1]:
                    t = grade(course, configs[name], n, *args[name])
                    times[name].append(t)
                    print(f"  {name:7s} {t:6.1f} s", flush=True)
            startups = [(local_cluster_startup(course), pool_startup(course, url, n))
                         for _ in range(ns.rounds)]  # fmt: skip
            load = os.getloadavg()[0]
    finally:
        for c in clusters:
            c.stop()
        pg.stop()
    med = {k: statistics.median(v) for k, v in times.items()}
    speedup = med["dask1"] / med["dask2"]
    ratio = med["dask2"] / med["local2"]
    print()
    print(f"grading {n} notebooks, median of {ns.rounds} runs (load average at the end {load:.1f})")
    print(
        f"  Dask, 1 worker: {med['dask1']:6.1f} s   Dask, 2 workers: {med['dask2']:6.1f} s   "
        f"local pool, 2 workers: {med['local2']:6.1f} s"
    )
    print(
        f"  speed-up Dask 2 workers / 1 worker: {speedup:.2f}  (target >= {SPEEDUP_TARGET}: "
        f"{verdict(speedup >= SPEEDUP_TARGET)})"
    )
    print(
        f"  Dask / local pool, 2 workers each: {ratio:.2f}  (target <= {RATIO_TARGET}: "
        f"{verdict(ratio <= RATIO_TARGET)})"
    )
    lc = statistics.median(a for a, _ in startups)
    ps = statistics.median(b for _, b in startups)
    print(
        f"  start-up with 2 workers: embedded LocalCluster + warm-up plugin {lc:.1f} s, "
        f"local pool (fork server) {ps:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
