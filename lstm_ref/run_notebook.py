"""Validate an exercise as the grader will run it, without nbgrader: ``lstm-validate NOTEBOOK``.

It starts a fresh kernel, runs every cell from the top (restart and run all) in the notebook's
folder and prints, for each cell that raised, which cell it is and the error's message (a check's
message says what was expected and the likely mistake). Whether a cell raised is read from the
kernel's reply to it as well as from its outputs, so a notebook that hides its errors (a custom
exception handler) is still reported failed. Exit status 0 when no cell raised, 1 when
one did, 2 when a notebook could not be read or run. For Colab and any Jupyter without nbgrader's
Validate button; it needs nbclient and ipykernel (every Jupyter has them).
Also ``python -m lstm_ref.run_notebook NOTEBOOK...``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CELL_TIMEOUT = 300  # seconds a cell may run (a hidden-size check takes a few)


def _label(index: int, cell) -> str:
    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    return f"cell {index + 1}" + (f" ({grade_id})" if grade_id else "")


def _failure(cell, reply: dict | None) -> str | None:
    """What went wrong in an executed code cell, from the kernel's reply to it AND its outputs;
    None if it passed. The reply's status comes from the kernel itself: a notebook that hides its
    errors (``set_custom_exc``, a silenced ``showtraceback``) still gets an "error" reply."""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename')}: {out.get('evalue')}"
    content = (reply or {}).get("content", {})
    status = content.get("status", "ok" if reply is not None else "no reply")
    if status == "ok":
        return None
    if status == "error":
        shown = "; no error was shown: the notebook hides its errors (a custom exception handler?)"
        return f"{content.get('ename')}: {content.get('evalue')}{shown}"
    return f"the kernel answered {status!r}"


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
    replies: dict[int, dict] = {}

    def executed(cell, cell_index, execute_reply):
        replies[cell_index] = execute_reply

    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
        on_cell_executed=executed,
    )
    client.execute()
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        problem = _failure(cell, replies.get(index))
        if problem is not None:
            found.append(f"{_label(index, cell)}: {problem}")
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
