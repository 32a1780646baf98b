"""What the grading workers' fork server loads once, before it forks them (see parallel.py).

Importing this module (the fork server does, first) makes start-up cheap for every worker:

- :func:`lstm_grader.parallel.lean_imports` skips ``rfc3987_syntax``, an optional import of
  jsonschema that grading never uses and that takes about a second (the main process skips it too).
- :func:`warm`: nbgrader, nbconvert and the grading code are imported, and one tiny notebook is
  validated and exported to HTML, which compiles the regular expressions and schemas that nbconvert
  (BeautifulSoup, soupsieve, Pygments, fastjsonschema) otherwise compiles in each worker for its
  first submission. The workers inherit all of it, copy-on-write.
"""

from __future__ import annotations

import contextlib

from lstm_grader.parallel import lean_imports

MODULES = [
    "nbgrader.apps.autogradeapp",
    "nbgrader.apps.generatefeedbackapp",
    "nbgrader.preprocessors",
    "nbconvert.exporters",
    "lstm_grader.executor",
    "lstm_grader.sanitize",
    "lstm_grader.dblock",
]


def warm() -> None:
    """Import what grading needs and compile what nbconvert compiles on first use."""
    import importlib

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


lean_imports()
warm()
