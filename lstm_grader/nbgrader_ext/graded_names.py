"""The one declaration of what each assignment's test cells call: the graded names, and their kind.

A test cell runs in the trusted grading process. Of everything the student's cells defined in the
sandbox, only these names cross, each as a proxy of its declared kind
(:func:`lstm_grader.nbgrader_ext.proxy.student_namespace`): a ``function`` as a function proxy,
a ``class`` as a class proxy (its instances live in the sandbox). Nothing else of the student's
reaches a test cell, so a student's ``def print`` or ``def len`` can never be called by the
trusted side, and a test cell's own names (its imports, builtins) are never shadowed.

``tests/grader/nbgrader_ext/test_graded_names.py`` checks this table against the test cells and
the solution cells of ``solutions/``: each declared name is used by a test cell and defined by a
solution cell as the declared kind, and the test cells use no other name of the student's.
An assignment missing here (a course's own addition) gets the names its test cells use without
defining them (:func:`free_names`), builtins excluded, of either kind; the executor logs that.
"""

from __future__ import annotations

import ast
import builtins

FUNCTION, CLASS, EITHER = "function", "class", "either"

GRADED_NAMES: dict[str, dict[str, str]] = {
    "ex01_gates": {"sigmoid": FUNCTION, "lstm_gates": FUNCTION},
    "ex02_cell": {"lstm_cell": FUNCTION},
    "ex03_sequence": {"lstm_layer": FUNCTION},
    "ex04_torch": {"ScratchLSTM": CLASS},
    "ex05_bidirectional": {"bilstm_layer": FUNCTION},
    "ex06_backward": {"lstm_cell_backward": FUNCTION, "lstm_layer_backward": FUNCTION},
    "ex07_lengths": {"lstm_layer_lengths": FUNCTION, "bilstm_layer_lengths": FUNCTION},
    "ex08_shapes": {"lstm_output_shapes": FUNCTION},
}


def free_names(source: str) -> set[str]:
    """Names a cell reads that it never binds (assignments, imports, definitions, arguments),
    builtins excluded: what it expects from elsewhere (the student's cells)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    read, bound = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for a in node.names:
                bound.add((a.asname or a.name).split(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return read - bound - set(dir(builtins))


def for_assignment(assignment: str | None, test_sources: list[str]) -> dict[str, str]:
    """``{name: kind}`` of the names the test cells of ``assignment`` may call."""
    if assignment in GRADED_NAMES:
        return dict(GRADED_NAMES[assignment])
    names: set[str] = set()
    for source in test_sources:
        names |= free_names(source)
    return {name: EITHER for name in sorted(names)}
