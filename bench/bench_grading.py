"""Grading at course scale: workers against one worker, and grading against bare execution.

In a temporary copy of the course, 40 submissions of ex02_cell (the demo submissions of alice, bob,
carol and dave, 10 copies each under new student names) are graded with
``lstm-grade autograde ex02_cell --workers 1`` and ``--workers 2`` (rounds in the order 1, 2, 2, 1,
... so both see the same load), and the same 40 notebooks are executed bare with nbclient (a fresh
kernel each, as grading starts a fresh sandbox each, errors allowed). Prints:

- speed-up: median wall time with 1 worker / with 2 workers (target: at least 1.7 on 2 cores);
- grading time per notebook (1 worker: the run's wall time, start-up included, / 40) against the
  bare execution time per notebook (target: a ratio of at most 1.3).

Grading here is the whole command: sandboxed execution of the student's cells, the trusted test
cells (hidden tests restored), the gradebook, the grading report and the feedback HTML. The bare
run executes the notebook as submitted (visible tests only). Nothing is asserted; the exit status
is 0 unless something crashed.

    python bench/bench_grading.py [--rounds 2] [--copies 10]
    python bench/bench_grading.py --quick      # 4 submissions, one round, no warm-up run
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import quick_mode

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ASSIGNMENT = "ex02_cell"
DEMO_STUDENTS = ("alice", "bob", "carol", "dave")
SPEEDUP_TARGET = 1.7
OVERHEAD_TARGET = 1.3


def make_course(dest: Path, copies: int) -> list[Path]:
    """A fresh course copy with ``copies`` x 4 submissions of ASSIGNMENT; their notebooks."""
    dest.mkdir(parents=True)
    shutil.copy2(REPO / "nbgrader_config.py", dest / "nbgrader_config.py")
    shutil.copytree(REPO / "solutions", dest / "solutions")
    notebooks = []
    for k in range(copies):
        for source in DEMO_STUDENTS:
            src = REPO / "demo" / "submissions" / source / ASSIGNMENT
            target = dest / "submitted" / f"{source}{k:02d}" / ASSIGNMENT
            shutil.copytree(src, target)
            notebooks += sorted(target.glob("*.ipynb"))
    return notebooks


def env() -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def lstm_grade(course: Path, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(
        ["lstm-grade", *args], cwd=course, env=env(), text=True, capture_output=True
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"lstm-grade {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return seconds, proc.stdout


def grade(course: Path, workers: int, n: int) -> tuple[float, float]:
    """Wall time of one grading run, and its start-up (as the command reports it)."""
    wall, out = lstm_grade(course, "autograde", ASSIGNMENT, "--workers", str(workers))
    m = re.search(rf"graded (\d+) of {n} submissions .* \(start-up ([\d.]+) s\)", out)
    if m is None or int(m.group(1)) != n:
        sys.exit(f"unexpected output:\n{out}")
    return wall, float(m.group(2))


def bare(notebooks: list[Path]) -> list[float]:
    """Seconds to execute each notebook with nbclient in a fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    times = []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        with tempfile.TemporaryDirectory() as cwd:
            client = NotebookClient(
                nb,
                timeout=30,
                kernel_name="python3",
                allow_errors=True,
                resources={"metadata": {"path": cwd}},
            )
            start = time.perf_counter()
            client.execute()
            times.append(time.perf_counter() - start)
    return times


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="grading runs per worker count")
    parser.add_argument("--copies", type=int, default=10, help="copies of the 4 demo submissions")
    quick_mode.add_to(parser, rounds=1, copies=1)
    ns = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        course = Path(tmp) / "course"
        notebooks = make_course(course, ns.copies)
        n = len(notebooks)
        print(f"{n} submissions of {ASSIGNMENT}; {cores} cores; load {os.getloadavg()[0]:.1f}")
        lstm_grade(course, "setup")
        if not ns.quick:  # warm-up: file caches, the gradebook's first rows (not counted)
            grade(course, 2, n)
        runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        order = [w for r in range(ns.rounds) for w in ((1, 2) if r % 2 == 0 else (2, 1))]
        for workers in order:
            wall, startup = grade(course, workers, n)
            runs[workers].append((wall, startup))
            print(f"  {workers} worker(s): {wall:6.1f} s (start-up {startup:.1f} s)", flush=True)
        bare_times = bare(notebooks)
        load = os.getloadavg()[0]

    wall1 = statistics.median(w for w, _ in runs[1])
    wall2 = statistics.median(w for w, _ in runs[2])
    start1 = statistics.median(s for _, s in runs[1])
    speedup = wall1 / wall2
    per_nb = wall1 / n
    per_nb_steady = (wall1 - start1) / n
    bare_nb = statistics.mean(bare_times)
    ratio = per_nb / bare_nb
    print()
    print(f"grading {n} notebooks, median of {ns.rounds} runs (load average at the end {load:.1f})")
    print(f"  1 worker : {wall1:6.1f} s   2 workers: {wall2:6.1f} s")
    print(
        f"  speed-up 2 workers / 1 worker: {speedup:.2f}  (target >= {SPEEDUP_TARGET}: "
        f"{verdict(speedup >= SPEEDUP_TARGET)})"
    )
    print(
        f"  per notebook, 1 worker: {per_nb:.2f} s with start-up ({start1:.1f} s, once per run), "
        f"{per_nb_steady:.2f} s without"
    )
    print(
        f"  bare nbclient execution: {bare_nb:.2f} s per notebook (median "
        f"{statistics.median(bare_times):.2f} s, fresh kernel each)"
    )
    print(
        f"  ratio grading / bare: {ratio:.2f}  (target <= {OVERHEAD_TARGET}: "
        f"{verdict(ratio <= OVERHEAD_TARGET)}); without start-up {per_nb_steady / bare_nb:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
