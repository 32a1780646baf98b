"""`jupyter-book build .` with nothing changed, against a clean build of the same book.

In a temporary copy of what the book's build reads (_config.yml, _toc.yml, book/, exercises/ for
the download links, node_modules/mathjax for the offline MathJax), so /work's own _build/ is never
touched: one clean build (every notebook executed, cache empty), then ``--rounds`` rebuilds with
no change (Sphinx's environment and the jupyter-cache in _build/ make them cheap). Prints the
median rebuild time / the clean build time; the target is at most 0.15. Nothing is asserted; the
exit status is 0 unless a build failed.

    python bench/bench_book.py [--rounds 3]     # a clean build takes minutes
    python bench/bench_book.py --quick          # one rebuild of a book of intro + chapter 1
"""

from __future__ import annotations

import argparse
import os
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
TARGET = 0.15


#: --quick builds this table of contents: the intro and the first chapter only
QUICK_TOC = """format: jb-book
root: book/intro
parts:
  - caption: The LSTM
    chapters:
      - file: book/01_why_gates
"""


def copy_book(dest: Path, quick: bool = False) -> None:
    dest.mkdir(parents=True)
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy2(REPO / name, dest / name)
    if quick:
        (dest / "_toc.yml").write_text(QUICK_TOC)
    shutil.copytree(REPO / "book", dest / "book")
    shutil.copytree(REPO / "exercises", dest / "exercises")
    mathjax = REPO / "node_modules" / "mathjax"
    if mathjax.is_dir():
        (dest / "node_modules").mkdir()
        (dest / "node_modules" / "mathjax").symlink_to(mathjax, target_is_directory=True)
    else:
        print("warning: node_modules/mathjax is missing (run `make setup`); the build may fail")


def build(root: Path) -> float:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    start = time.perf_counter()
    proc = subprocess.run(
        ["jupyter-book", "build", "."], cwd=root, env=env, text=True, capture_output=True
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or not (root / "_build" / "html" / "index.html").exists():
        sys.exit(f"jupyter-book build failed ({proc.returncode}):\n{proc.stdout[-3000:]}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rebuilds with no change")
    quick_mode.add_to(parser, rounds=1)
    ns = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-book-") as tmp:
        root = Path(tmp) / "repo"
        copy_book(root, quick=ns.quick)
        print(f"clean build in {root} (load {os.getloadavg()[0]:.1f}) ...", flush=True)
        clean = build(root)
        print(f"  clean build: {clean:.1f} s", flush=True)
        rebuilds = []
        for _ in range(ns.rounds):
            rebuilds.append(build(root))
            print(f"  rebuild, nothing changed: {rebuilds[-1]:.1f} s", flush=True)
    ratio = statistics.median(rebuilds) / clean
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(
        f"rebuild / clean build: {ratio:.3f} (median of {ns.rounds}; target <= {TARGET}: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
