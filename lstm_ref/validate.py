"""Validate an exercise as the grader will run it, without nbgrader: ``lstm-validate NOTEBOOK``.

It starts a fresh kernel, runs every cell from the top (restart and run all) in the notebook's
folder and prints, for each cell that raised, which cell it is and the error's message (a check's
message says what was expected and the likely mistake). Exit status 0 when no cell raised, 1 when
one did, 2 when a notebook could not be read or run. For Colab and any Jupyter without nbgrader's
Validate button; it needs nbclient and ipykernel (every Jupyter has them).
Also ``python -m lstm_ref.validate NOTEBOOK...``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CELL_TIMEOUT = 300  # seconds a cell may run (a hidden-size check takes a few)


def _label(index: int, cell) -> str:
    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    return f"cell {index + 1}" + (f" ({grade_id})" if grade_id else "")


def failures(path: Path) -> list[str]:
    """Run ``path`` top to bottom in a fresh kernel; one line (or message) per cell that raised."""
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError as err:
        raise RuntimeError(
            f"validating needs nbclient and ipykernel ({err}); pip install nbclient ipykernel"
        ) from err
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    found = []
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "error":
                found.append(f"{_label(index, cell)}: {out.get('ename')}: {out.get('evalue')}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="lstm-validate", description="Run exercise notebooks top to bottom, as the grader."
    )
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    status = 0
    for path in args.notebooks:
        if not path.is_file():
            print(f"{path}: no such notebook", file=sys.stderr)
            status = max(status, 2)
            continue
        try:
            found = failures(path.resolve())
        except Exception as err:  # unreadable JSON, no kernel, ...: say so, go on with the next
            print(f"{path}: could not run it: {type(err).__name__}: {err}", file=sys.stderr)
            status = max(status, 2)
            continue
        if not found:
            print(f"{path}: passed")
            continue
        status = max(status, 1)
        print(f"{path}: {len(found)} cell(s) failed")
        for line in found:
            print(f"- {line}")
    return status


if __name__ == "__main__":
    sys.exit(main())
