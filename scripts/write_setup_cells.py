"""Put the set-up cell (lstm_ref/setup_cell.py) at the top of every chapter and solution notebook.

One cell, generated from one template, the first code cell of each notebook (right under the
title's Markdown, before any import): in book/*.ipynb with the tag
``remove-cell`` (the book's pages do not show it; Colab, Binder and Jupyter run it), in
solutions/*/*.ipynb as a locked nbgrader cell with grade_id ``lstm_setup`` (``make exercises``
then carries it into exercises/). With ``--demo`` it also copies exercises/' cell, with its
nbgrader metadata, into the demo submissions that lack it (a student's copy of the exercise has it).
Idempotent: a notebook whose cell is already current is not rewritten.

The cell pins the SHA-256 of the wheel the book publishes. It is computed here from the built
wheel, never written by hand: the wheel is built reproducibly (``SOURCE_DATE_EPOCH`` =
``setup_cell.BUILD_EPOCH``, from a clean copy of the package's files, so the same sources give the
same bytes on any machine) into a temporary folder, or into ``--wheel-dir`` (``make wheel`` builds
the published wheel this way: ``--wheel-dir _extra/wheel``); its hash goes to ``wheel.sha256`` at
the repository root (``setup_cell.PIN_FILE``) and into every cell.

Usage, from the repository root:
    python scripts/write_setup_cells.py [--check] [--demo] [--wheel-dir DIR]
With --check it changes nothing and exits 1 if the pin or a notebook's cell is missing or stale.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

from lstm_ref import setup_cell

ROOT = Path(__file__).resolve().parents[1]
TAG = "lstm-setup"  # every generated set-up cell carries it (how this script finds old ones)
NBGRADER = {
    "grade": False,
    "grade_id": setup_cell.GRADE_ID,
    "locked": True,
    "schema_version": 3,
    "solution": False,
    "task": False,
}


PACKAGE_FILES = ("pyproject.toml", "README-lstm-ref.md", "MANIFEST.in", "lstm_ref")


def build_wheel(outdir: Path) -> Path:
    """The student wheel, built reproducibly from a clean copy of the package's files."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lstm-wheel-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in PACKAGE_FILES:
            path = ROOT / name
            if path.is_dir():
                ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")
                shutil.copytree(path, src / name, ignore=ignore)
            elif path.exists():
                shutil.copy2(path, src / name)
        env = {**os.environ, "SOURCE_DATE_EPOCH": setup_cell.BUILD_EPOCH}
        done = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(outdir),
             str(src)],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(
                f"building the wheel failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
            )
    wheel = outdir / setup_cell.wheel_name()
    if not wheel.is_file():
        raise SystemExit(f"no {wheel.name} in {outdir}")
    return wheel


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pin(digest: str, check: bool) -> bool:
    """Write ``digest`` to the pin file; True if it was missing or stale."""
    path = ROOT / setup_cell.PIN_FILE
    text = f"{digest}  {setup_cell.wheel_name()}\n"
    if path.is_file() and path.read_text() == text:
        return False
    print(f"{setup_cell.PIN_FILE}: {'missing or stale' if check else 'written'} ({digest})")
    if not check:
        path.write_text(text)
    return True


def chapters() -> list[Path]:
    return sorted((ROOT / "book").glob("*.ipynb"))


def solutions() -> list[Path]:
    return sorted((ROOT / "solutions").glob("*/*.ipynb"))


def demo_submissions() -> list[Path]:
    return sorted((ROOT / "demo" / "submissions").glob("*/*/*.ipynb"))


def is_generated(cell) -> bool:
    """A set-up cell this script wrote, of any version (by its tag, grade_id or first line)."""
    meta = cell.get("metadata", {})
    return (
        TAG in meta.get("tags", [])
        or meta.get("nbgrader", {}).get("grade_id") == setup_cell.GRADE_ID
        or cell.get("source", "").startswith(setup_cell.TEMPLATE.split("$", 1)[0])
    )


def fresh_cell(graded: bool, digest: str | None = None) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(setup_cell.source(sha256=digest))
    cell.id = TAG
    if graded:
        cell.metadata = {"nbgrader": dict(NBGRADER), "tags": [TAG]}
    else:
        cell.metadata = {"tags": [TAG, "remove-cell"]}
    # Collapsed where a student opens the notebook: JupyterLab hides the source, Colab shows the
    # cell as a form with its code hidden.
    cell.metadata.update({"jupyter": {"source_hidden": True}, "cellView": "form"})
    return cell


def with_cell(nb: nbformat.NotebookNode, cell: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``nb`` with ``cell`` as its first code cell (after the title's Markdown) and no other
    set-up cell."""
    out = nbformat.from_dict(nb)
    rest = [c for c in nb.cells if not is_generated(c)]
    top = 1 if rest and rest[0].cell_type == "markdown" else 0  # right under the title
    out.cells = rest[:top] + [cell] + rest[top:]
    return out


def _key(cell) -> tuple:
    return (cell.cell_type, cell.source, cell.get("id"), cell.metadata, cell.get("outputs"))


def update(path: Path, cell: nbformat.NotebookNode, check: bool) -> bool:
    """Make ``path``'s set-up cell current; True if it was missing or stale."""
    nb = nbformat.read(path, as_version=4)
    new = with_cell(nb, cell)
    if [_key(c) for c in new.cells] == [_key(c) for c in nb.cells]:
        return False
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}: set-up cell {'missing or stale' if check else 'written'}")
    if not check:
        nbformat.write(new, path)
    return True


def exercise_cell(submission: Path) -> nbformat.NotebookNode | None:
    """The set-up cell of the released exercise a demo submission is a copy of."""
    released = ROOT / "exercises" / submission.parent.name / submission.name
    if not released.is_file():
        return None
    cells = [c for c in nbformat.read(released, as_version=4).cells if is_generated(c)]
    return cells[0] if cells else None


def run(check: bool = False, demo: bool = False, wheel_dir: Path | None = None) -> int:
    if wheel_dir is not None:
        if wheel_dir.exists():
            shutil.rmtree(wheel_dir)
        digest = sha256(build_wheel(wheel_dir))
    else:
        with tempfile.TemporaryDirectory(prefix="lstm-wheel-") as tmp:
            digest = sha256(build_wheel(Path(tmp)))
    changed = pin(digest, check)
    for path in chapters():
        changed += update(path, fresh_cell(graded=False, digest=digest), check)
    for path in solutions():
        changed += update(path, fresh_cell(graded=True, digest=digest), check)
    if demo:
        for path in demo_submissions():
            cell = exercise_cell(path)
            if cell is None:
                print(f"{path.relative_to(ROOT)}: its exercise has no set-up cell", file=sys.stderr)
                changed += 1
                continue
            changed += update(path, cell, check)
    return 1 if (check and changed) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--demo", action="store_true", help="also the demo submissions")
    parser.add_argument(
        "--wheel-dir", type=Path, help="build the wheel here (make wheel: _extra/wheel)"
    )
    args = parser.parse_args()
    return run(check=args.check, demo=args.demo, wheel_dir=args.wheel_dir)


if __name__ == "__main__":
    sys.exit(main())
