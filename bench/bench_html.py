"""HTML cleaning on hostile and honest input: bleach (the old cleaner) against nh3 (Ammonia) and
the grader's ``html_safety.clean``; then a div bomb graded with the real commands.

1. Cleaning alone, for each size of each shape: nested ``<div>``s (issue 20's "div bomb"),
   unclosed ``<a>``s, nested tables, flat ``<div>x</div>`` runs, and honest feedback (every markdown
   cell of the solutions rendered to HTML, repeated to the size). For each it prints the seconds of
   bleach with the grader's old allowlist, of ``nh3.clean`` with the same allowlist, and of
   ``html_safety.clean`` (the depth check, then nh3), with the ratios bleach / clean and
   clean / honest-of-the-same-size (the baseline, measured in the same run). Linear means the
   ratio to honest stays flat as the size doubles.
2. Grading (``--grade``): a temporary course with alice's demo submission of ex02_cell, and alice's
   notebook with a 240 KB div bomb in a markdown cell ("bomb"), graded with
   ``lstm-grade setup`` + ``lstm-grade autograde ex02_cell --workers 1`` (sandboxed execution, the
   gradebook, the grading report and the feedback pages). Prints the wall time of alice alone (the
   baseline) and of alice + bomb, their ratio, and the target (alice + bomb under 40 s).
   ``--before DIR``: the same two runs with the code of another checkout (e.g. ``/work/main``,
   before the change) first on PYTHONPATH, for the before/after figures.

Nothing is asserted; exit status 0 unless something crashed.

    python bench/bench_html.py --quick                  # seconds: small sizes, no grading
    python bench/bench_html.py                          # sizes up to 489 KB, bleach to 240 KB
    python bench/bench_html.py --grade [--before DIR]   # plus the graded div bomb
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import quick_mode  # bench/ is on sys.path when run as a script

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BIN = Path(sys.executable).parent
ASSIGNMENT = "ex02_cell"
GRADE_TARGET = 40.0


def old_clean(html: str) -> str:
    """The grader's cleaner before issue 20: bleach with the same allowlist."""
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    from lstm_grader.nbgrader_ext import html_safety as h

    tags = {*bleach.ALLOWED_TAGS, *h.TAGS}
    return bleach.clean(
        html, tags=tags, attributes=h._attribute, protocols=list(h.PROTOCOLS), strip=False,
        css_sanitizer=CSSSanitizer(),
    )  # fmt: skip


def nh3_clean(html: str) -> str:
    import nh3

    from lstm_grader.nbgrader_ext import html_safety as h

    attributes = {k: set(v) for k, v in h.ATTRIBUTES.items()}
    return nh3.clean(html, tags=h.TAGS, attributes=attributes, attribute_filter=h._filter,
                     url_schemes=h.PROTOCOLS)  # fmt: skip


def honest_html() -> str:
    """Every markdown cell of the solutions, rendered as the feedback page renders it."""
    import nbformat
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    parts = []
    for path in sorted((REPO / "solutions").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                r = IPythonRenderer(escape=False, attachments={}, embed_images=False, path="")
                parts.append(MarkdownWithMath(renderer=r).render(cell.source))
    return "\n".join(parts)


def shapes(size: int, honest: str) -> dict[str, str]:
    n = size // 11
    return {
        "honest": (honest * (size // len(honest) + 1))[:size].rsplit("</p>", 1)[0] + "</p>",
        "nested div": "<div>" * n + "x" + "</div>" * n,
        "unclosed a": "<a>" * (size // 3),
        "nested table": "<table><tr><td>" * (size // 15),
        "flat div": "<div>x</div>" * (size // 12),
    }


def timed(fn, text: str) -> float:
    """The median of 3 runs where one takes under a second, else one run's seconds."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
        if times[-1] > 1.0:
            break
    return sorted(times)[len(times) // 2]


def cleaning(sizes: list[int], bleach_max: int) -> None:
    from lstm_grader.nbgrader_ext import html_safety

    honest = honest_html()
    print(f"honest feedback: {len(honest):,} characters of rendered markdown of solutions/")
    print(f"{'shape':>13} {'size':>8} {'bleach s':>9} {'nh3 s':>8} {'clean s':>8} "
          f"{'bleach/clean':>12} {'clean/honest':>12}")  # fmt: skip
    for size in sizes:
        inputs = shapes(size, honest)
        base = None
        for name, text in inputs.items():
            # bleach is quadratic: the big sizes of the worst shapes take minutes
            limit = bleach_max if name in ("honest", "nested div") else bleach_max // 4
            b = timed(old_clean, text) if size <= limit else None
            n = timed(nh3_clean, text)
            c = timed(html_safety.clean, text)
            if name == "honest":
                base = c
            shown_b = f"{b:9.3f}" if b is not None else f"{'-':>9}"
            shown_n = f"{n:8.3f}" if n is not None else f"{'-':>8}"
            ratio_b = f"{b / c:12.0f}" if b is not None else f"{'-':>12}"
            print(f"{name:>13} {size:>8,} {shown_b} {shown_n} {c:8.4f} {ratio_b} "
                  f"{c / base:12.2f}", flush=True)  # fmt: skip


# ------------------------------------------------------------------ grading


def make_course(dest: Path, bomb_size: int) -> None:
    import nbformat

    dest.mkdir(parents=True)
    shutil.copy2(REPO / "nbgrader_config.py", dest)
    shutil.copytree(REPO / "solutions", dest / "solutions")
    alice = REPO / "demo" / "submissions" / "alice" / ASSIGNMENT
    shutil.copytree(alice, dest / "submitted" / "alice" / ASSIGNMENT)
    if bomb_size:
        target = dest / "submitted" / "bomb" / ASSIGNMENT
        shutil.copytree(alice, target)
        for path in target.glob("*.ipynb"):
            nb = nbformat.read(path, as_version=4)
            n = bomb_size // 11
            nb.cells.append(nbformat.v4.new_markdown_cell("<div>" * n + "x" + "</div>" * n))
            nbformat.write(nb, path)


def grade(code: Path, bomb_size: int) -> tuple[float, str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["PYTHONPATH"] = str(code)
    with tempfile.TemporaryDirectory(prefix="bench-html-") as tmp:
        course = Path(tmp) / "course"
        make_course(course, bomb_size)
        run = lambda *a: subprocess.run(  # noqa: E731
            [sys.executable, "-m", "lstm_grader.cli", *a], cwd=course, env=env, text=True,
            capture_output=True,
        )  # fmt: skip
        r = run("setup")
        if r.returncode:
            sys.exit(f"lstm-grade setup failed:\n{r.stderr[-3000:]}")
        start = time.perf_counter()
        r = run("autograde", ASSIGNMENT, "--workers", "1")
        seconds = time.perf_counter() - start
        pages = sorted(p.relative_to(course) for p in (course / "feedback").rglob("*.html"))
        scores = []
        for student in ("alice", "bomb")[: 1 + bool(bomb_size)]:
            path = course / "grading_report" / ASSIGNMENT / student / "lstm_cell.json"
            found = json.loads(path.read_text()).get("findings", []) if path.exists() else "none"
            scores.append(f"{student}: findings {[f['kind'] for f in found]}")
        note = f"exit {r.returncode}; feedback pages {len(pages)}; " + "; ".join(scores)
        return seconds, note


def grading(bomb_size: int, before: Path | None) -> None:
    rows = [("after", REPO)] + ([("before", before)] if before else [])
    for label, code in rows:
        alone, note_a = grade(code, 0)
        both, note_b = grade(code, bomb_size)
        print(f"{label} ({code}):")
        print(f"  alice alone:               {alone:6.1f} s  ({note_a})")
        print(f"  alice + {bomb_size // 1000} KB div bomb:    {both:6.1f} s  ({note_b})")
        verdict = "met" if both < GRADE_TARGET else "NOT met"
        print(f"  ratio to alice alone: {both / alone:.2f}; target alice + bomb < "
              f"{GRADE_TARGET:g} s: {verdict}", flush=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--grade", action="store_true", help="also grade alice + a div bomb")
    parser.add_argument("--before", type=Path, help="a checkout to grade with too (before)")
    parser.add_argument("--bomb", type=int, default=240_000, help="the graded bomb's size")
    parser.add_argument("--bleach-max", type=int, default=240_000, help="largest size for bleach")
    quick_mode.add_to(parser)  # --quick or BENCH_QUICK=1: small sizes only, no grading
    ns = parser.parse_args()
    print(f"{len(os.sched_getaffinity(0))} cores; load {os.getloadavg()[0]:.1f}")
    if ns.quick:
        cleaning([5_000, 10_000, 20_000], bleach_max=80_000)
        return 0
    cleaning([30_000, 60_000, 120_000, 240_000, 489_000], bleach_max=ns.bleach_max)
    if ns.grade or ns.before:
        grading(ns.bomb, ns.before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
