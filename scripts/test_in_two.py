"""The whole test suite as two pytest runs side by side (what `make test` runs).

Most of the suite's time is spent waiting on other processes (nbgrader, the sandbox, Dask and
PostgreSQL start-ups, a browser, the cell time limits the adversarial tests sit out), so two runs
on disjoint halves finish in well under the time of one on a 2-core machine. The halves share
nothing they write: each has its own temporary folder and its own pytest cache, the grading tests
work on copies of the course in their temporary folders, the book is built only by the second.

    python scripts/test_in_two.py [pytest options]      # e.g. -x, -k name, -m "not slow"

Each run's output goes to _build/test-logs/<half>.log and is printed whole when that run ends;
the exit status is 0 only if both runs pass (pytest's 5, "no tests collected", is a failure).
The temporary folder (several GB: the student's path builds fresh virtual environments) is
removed when the runs end, passed or failed, interrupted too; LSTM_KEEP_TEST_TMP=1 keeps it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the first half: the grading tests, the Dask cluster's among them, but the adversarial ones;
#: the second is the rest (the book, the checks, the student's path, the benchmarks, the local
#: pool's batch tests, the adversarial grading runs). The halves take about the same time (a
#: fresh clone on 2 cores: 25 and 16 minutes before the adversarial files moved to the second).
SECOND_TOO = ("batch", "test_adversarial.py", "test_adversarial_batch.py")
SECOND_TOO += ("test_adversarial_round3.py", "test_adversarial_round3_bounds.py")
FIRST = [
    p.relative_to(ROOT)
    for p in sorted((ROOT / "tests" / "grader").iterdir())
    if p.name not in (*SECOND_TOO, "conftest.py", "__init__.py", "__pycache__")
] + [Path("tests/grader/batch/test_cluster.py")]
HALVES = {
    "grading": [str(p) for p in FIRST],
    "book-checks-pool": ["tests", *(f"--ignore={p}" for p in FIRST)],
}


def main(argv: list[str]) -> int:
    base = Path(tempfile.mkdtemp(prefix="lstm-tests-"))
    try:
        return run_halves(argv, base)
    finally:
        if os.environ.get("LSTM_KEEP_TEST_TMP") == "1":
            print(f"temporary files kept in {base} (LSTM_KEEP_TEST_TMP=1)", flush=True)
        else:
            shutil.rmtree(base, ignore_errors=True)


def run_halves(argv: list[str], base: Path) -> int:
    """Both halves side by side, their temporary folders under `base`; 0 if both pass."""
    logs = ROOT / "_build" / "test-logs"
    logs.mkdir(parents=True, exist_ok=True)
    runs = {}
    started = time.monotonic()
    for name, paths in HALVES.items():
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            *paths,
            f"--basetemp={base / name}",
            "-o",
            f"cache_dir=.pytest_cache/{name}",
            *argv,
        ]
        log = open(logs / f"{name}.log", "w")  # noqa: SIM115 (closed below)
        print(f"[{name}] {' '.join(cmd[1:])}  (output: {log.name})", flush=True)
        runs[name] = (subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT), log)
    codes = {}
    try:
        while len(codes) < len(runs):
            for name, (proc, log) in runs.items():
                if name in codes or proc.poll() is None:
                    continue
                codes[name] = proc.returncode
                log.close()
                minutes = (time.monotonic() - started) / 60
                print(
                    f"\n===== [{name}] exit {proc.returncode}, {minutes:.1f} min =====", flush=True
                )
                print(Path(log.name).read_text(errors="replace"), flush=True)
            time.sleep(2)
    finally:  # interrupted: no run goes on writing into a folder about to be removed
        for proc, _log in runs.values():
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
    failed = {n: c for n, c in codes.items() if c != 0}
    total = (time.monotonic() - started) / 60
    if failed:
        print(f"FAILED halves (pytest exit status): {failed}; {total:.1f} min", flush=True)
        return 1
    print(f"both halves passed in {total:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
