"""What grading imports ahead, so that workers start fast (about a second once, not per notebook).

- :func:`lean_imports` skips ``rfc3987_syntax``, an optional import of jsonschema that grading
  never uses and that takes about a second (the main process skips it too).
- :func:`warm`: nbgrader, nbconvert and the grading code are imported, and one tiny notebook is
  validated and exported to HTML (in memory), which compiles the regular expressions and schemas
  that nbconvert (BeautifulSoup, soupsieve, Pygments, fastjsonschema) otherwise compiles in each
  worker for its first submission. The fork server does this once
  (:mod:`lstm_grader.batch.forkserver_preload`); the workers inherit all of it, copy-on-write.
- :func:`warm_modules`: the modules the assignment's test cells import, which the fork server
  imports too (torch excepted: see :mod:`lstm_grader.batch.pool`).

Importing this module does nothing.
"""

from __future__ import annotations

import ast
import contextlib
import json
import sys
from pathlib import Path

from lstm_grader import paths

MODULES = [
    "nbgrader.apps.autogradeapp",
    "nbgrader.apps.generatefeedbackapp",
    "nbgrader.preprocessors",
    "nbconvert.exporters",
    "lstm_grader.nbgrader_ext.executor",
    "lstm_grader.nbgrader_ext.sanitize",
    "lstm_grader.nbgrader_ext.patches",
    "lstm_grader.gradebook",
]

_warmed = False


def lean_imports() -> None:
    """Skip an optional import grading never uses, in the grading processes (main and workers):
    jsonschema imports ``rfc3987_syntax``, when installed, only to check the "iri" string format,
    and that package builds a grammar for about a second at import. Nothing in grading checks
    string formats (nbformat validates without a format checker). Call before nbgrader is
    imported; without effect after."""
    if "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # import -> ImportError


def warm() -> None:
    """Import what grading needs and compile what nbconvert compiles on first use (once per
    process: a process forked from one that did it does not do it again)."""
    global _warmed
    if _warmed:
        return
    import importlib

    lean_imports()
    for name in MODULES:
        importlib.import_module(name)
    with contextlib.suppress(Exception):
        import nbformat
        from nbconvert.exporters import HTMLExporter
        from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

        cell = new_code_cell("print(1 + 1)", outputs=[new_output("stream", text="2\n")])
        nb = new_notebook(cells=[new_markdown_cell("# *warm* `up`"), cell])
        nbformat.validate(nb)
        HTMLExporter().from_notebook_node(nb)
    _warmed = True


def warm_modules(root: Path, assignment: str) -> list[str]:
    """The modules the assignment's test cells import (the workers import them once)."""
    mods: list[str] = []
    try:
        nb = json.loads(next((root / paths.SOURCE_DIR / assignment).glob("*.ipynb")).read_text())
    except (StopIteration, OSError, ValueError):
        return mods
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") != "code" or not meta.get("grade") or meta.get("solution"):
            continue
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else src
        try:
            tree = ast.parse(src)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                mods.append(node.module)
    return sorted(set(mods))


def warm_up(modules) -> None:
    """In a worker: import what grading each notebook needs (the fork server did: then this costs
    nothing) and find out once whether bubblewrap runs here."""
    import importlib

    from lstm_grader.sandbox import launch

    warm()
    for name in modules:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        launch.probe()  # is bubblewrap usable here (cached for the worker's life)
