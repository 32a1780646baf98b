# ruff: noqa: E501  (the report lines are long f-strings)
"""Time each check from the one registry (lstm_ref/checks/registry.py): on correct versions
(passing) and on every wrong version of the corpora in tests/checks (failing, with its diagnosis).

Target (issue 21): with diagnosis, a median of 0.2 s or less and a maximum of 0.5 s or less per
check on this machine. Prints seconds per check (median and max over the corpus's wrong
versions), the load average while it ran, and the naming rate of the blind corpus. Each version
is timed three times and its least time kept (the check's work is the same every time; a busy
machine only adds to it); the max of the first runs alone is printed beside it.

    python bench/bench_checks.py            # every corpus entry
    python bench/bench_checks.py --quick    # the third blind corpus only, one run each
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import quick_mode  # noqa: E402  (bench/ is on sys.path when run as a script)

from lstm_ref.checks import CheckFailure  # noqa: E402
from lstm_ref.checks.registry import entries, run_check  # noqa: E402


def _versions(quick: bool) -> list[tuple[str, object, bool]]:
    """(graded name, student's function or class, is it wrong?) from the corpora."""
    from tests.checks.corpus_blind3 import ENTRIES

    out = []
    for e in ENTRIES:
        ns = {"__name__": "student_" + e["id"]}
        exec(compile(e["source"], e["id"], "exec"), ns)
        out.append((e["function"], ns[e["function"]], bool(e["mistakes"])))
    if not quick:
        from tests.checks import corpus_backward  # noqa: F401 (registers its versions)
        from tests.checks.corpus_forward import CORRECT, WRONG

        out += [(f, fn, True) for f, fn, _ in WRONG]
        out += [(f, fn, False) for f, fn in CORRECT]
    return out


def _time(name, fn) -> tuple[float, bool]:
    t = time.perf_counter()
    failed = False
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            run_check(name, fn, seed=7)
        except CheckFailure:
            failed = True
    return time.perf_counter() - t, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    quick_mode.add_to(parser)  # --quick: the third blind corpus only, one run each
    args = parser.parse_args()
    versions = _versions(args.quick)
    for name in entries():  # warm the imports (torch for the shapes, the references)
        fn = next((fn for f, fn, wrong in versions if f == name and not wrong), None)
        if fn is not None:
            _time(name, fn)
    load_before = os.getloadavg()[0]
    times: dict[str, dict[str, list[float]]] = {n: {"pass": [], "fail": []} for n in entries()}
    first: dict[str, list[float]] = {n: [] for n in entries()}  # the first run of each failing
    repeat = 1 if args.quick else 3
    for name, fn, _wrong in versions:
        runs = [_time(name, fn) for _ in range(repeat)]
        seconds, failed = min(t for t, _f in runs), runs[0][1]
        times[name]["fail" if failed else "pass"].append(seconds)
        if failed:
            first[name].append(runs[0][0])
    load_after = os.getloadavg()[0]
    print(
        f"load average (1 min) before {load_before:.2f}, after {load_after:.2f}; {os.cpu_count()} cores"
    )  # noqa: E501
    print(
        f"{'check':24} {'passing median':>15} {'failing median':>15} {'failing max':>12} {'n':>4}"
        f" {'fail/pass':>10} {'max, 1st runs':>14}"
    )
    worst_median = worst_max = 0.0
    for name, t in times.items():
        p = statistics.median(t["pass"]) if t["pass"] else float("nan")
        f = statistics.median(t["fail"]) if t["fail"] else float("nan")
        m = max(t["fail"]) if t["fail"] else float("nan")
        if t["fail"]:
            worst_median, worst_max = max(worst_median, f), max(worst_max, m)
        ratio = f / p if t["pass"] and t["fail"] else float("nan")  # baseline: the passing run
        m1 = max(first[name]) if first[name] else float("nan")
        print(
            f"{name:24} {p:15.3f} {f:15.3f} {m:12.3f} {len(t['fail']):4d} {ratio:10.1f} {m1:14.3f}"
        )
    ok = worst_median <= 0.2 and worst_max <= 0.5
    print(
        f"with diagnosis: worst median {worst_median:.3f} s (target 0.2), worst max {worst_max:.3f} s (target 0.5): {'met' if ok else 'NOT met'}"
    )  # noqa: E501


if __name__ == "__main__":
    main()
