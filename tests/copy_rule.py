"""The copy rule of the exercises (issue 22): a graded function is a copy of a book function when,
after parsing both, dropping docstrings and renaming local names in order of first use, their token
similarity is 0.75 or more. Used by tests/test_no_copy.py (solutions against book/) and
tests/test_hints.py (hints against solutions)."""

from __future__ import annotations

import ast
import difflib
import io
import json
import tokenize
from dataclasses import dataclass
from pathlib import Path

#: the rule's threshold: a similarity at or above it is a copy
COPY = 0.75


@dataclass(frozen=True)
class Function:
    where: str  # "book/03_scratch_cell.ipynb" or "solutions/ex02_cell/lstm_cell.ipynb"
    name: str  # qualified: "ScratchLSTM.forward"
    tokens: tuple[str, ...]


def _drop_docstrings(tree: ast.AST) -> None:
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module))
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]


def _local_names(node: ast.AST) -> set[str]:
    """The names a function (or class) binds: itself, its arguments, assignment, loop, with,
    except and comprehension targets, nested functions and classes, imports."""
    names = {node.name} if hasattr(node, "name") else set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.arg):
            names.add(sub.arg)
        elif isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)):
            names.add(sub.id)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(sub.name)
        elif isinstance(sub, ast.ExceptHandler) and sub.name:
            names.add(sub.name)
        elif isinstance(sub, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in sub.names)
    return names


def normalised_tokens(node: ast.AST) -> tuple[str, ...]:
    """node's tokens with docstrings and comments dropped and its local names renamed v0, v1, ...
    in order of first use (attribute names and globals such as ``np`` are kept)."""
    node = ast.parse(ast.unparse(node)).body[0]  # a copy
    _drop_docstrings(node)
    local = _local_names(node)
    renamed: dict[str, str] = {}
    tokens = []
    source = ast.unparse(node)
    previous = None
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER):
            continue
        text = tok.string
        if tok.type == tokenize.NAME and text in local and previous != ".":
            text = renamed.setdefault(text, f"v{len(renamed)}")
        elif tok.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            text = tokenize.tok_name[tok.type]
        tokens.append(text)
        previous = tok.string
    return tuple(tokens)


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """difflib's ratio on the two token sequences: 2 * matched tokens / (len(a) + len(b))."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _functions_in(tree: ast.AST, prefix: str = ""):
    for node in getattr(tree, "body", []):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield prefix + node.name, node
            yield from _functions_in(node, prefix + node.name + ".")
        elif isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
            yield from _functions_in(node, prefix)


def _code(source: str) -> str:
    """A cell's source without IPython's magics and shell lines (they do not parse)."""
    return "\n".join(
        "" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
    )


def notebook_functions(path: Path, root: Path, solution_cells_only: bool = False) -> list[Function]:
    """Every function, class and method defined in path's code cells (only in nbgrader solution
    cells if asked), except the set-up cell's."""
    cells = json.loads(path.read_text())["cells"]
    found = []
    for cell in cells:
        meta = cell.get("metadata", {})
        if cell["cell_type"] != "code" or "lstm-setup" in meta.get("tags", []):
            continue
        if solution_cells_only and not meta.get("nbgrader", {}).get("solution"):
            continue
        tree = ast.parse(_code("".join(cell["source"])))
        for name, node in _functions_in(tree):
            where = str(path.relative_to(root))
            found.append(Function(where, name, normalised_tokens(node)))
    return found
