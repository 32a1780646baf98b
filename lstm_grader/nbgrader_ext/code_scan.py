"""Static reading of a submission's code cells: what an in-process guard cannot prove.

The guard (``lstm_ref/guard.py``) runs in the same process as the student's code, so that code can
switch it off (``gc``, ``ctypes``), reach torch's internals (``torch._C``, ``torch.ops``), or do the
work in another process. The grader therefore also reads the cells, and every such reach is a
finding for the instructor with its cell and line: shown, not silently passed. A finding here does
not change the score by itself (a student may import ``gc`` for an honest reason); the graded calls
are still guarded.
"""

from __future__ import annotations

import ast

# module (or module prefix) imported -> why it matters
MODULES = {
    "gc": "gc can find and switch off the grader's guard",
    "ctypes": "ctypes can rewrite the interpreter's memory (and the guard)",
    "subprocess": "another process runs unguarded",
    "multiprocessing": "another process runs unguarded",
    "concurrent.futures": "a process pool runs unguarded",
    "pty": "another process runs unguarded",
    "importlib": "importlib can load modules around the grader's import rules",
    "_lstm_guard": "the grader's guard itself",
    "lstm_ref": "the reference solution",
    "torch._C": "torch's C internals (unguarded operators)",
    "torch._VF": "torch's C LSTM functions",
    "torch._decomp": "torch's Python LSTM (lstm_impl)",
    "torch.ao": "torch's quantizable (pure-Python) LSTM",
    "torch.nn.quantizable": "torch's quantizable (pure-Python) LSTM",
    "torch.library": "torch's operator registry (can undo the guard's refusals)",
}
# attribute chains used anywhere -> why
ATTRIBUTES = {
    "torch._C": MODULES["torch._C"],
    "torch.ops": "torch's operator namespace (aten LSTM operators)",
    "torch._VF": MODULES["torch._VF"],
    "torch._decomp": MODULES["torch._decomp"],
    "torch.ao": MODULES["torch.ao"],
    "torch.nn.quantizable": MODULES["torch.nn.quantizable"],
    "torch.library": MODULES["torch.library"],
    "torch.nn.LSTM": "torch's LSTM module",
    "torch.nn.LSTMCell": "torch's LSTM cell module",
    "nn.LSTM": "torch's LSTM module",
    "nn.LSTMCell": "torch's LSTM cell module",
    "sys.modules": "the module table (the guard lives there)",
    "sys.meta_path": "the import hooks (the grader's import rules)",
    "sys._getframe": "frames of the grader's code",
    "os.fork": "another process runs unguarded",
    "os.forkpty": "another process runs unguarded",
    "os.system": "another process runs unguarded",
    "os.popen": "another process runs unguarded",
    "os.posix_spawn": "another process runs unguarded",
    "os.kill": "signals to the grader's runner",
    "os.write": "raw writes to file descriptors (the grader's pipe)",
}
PREFIXES = {"os.exec": "another process replaces the runner", "os.spawn": "another process runs"}
# modules whose attributes, reached by a name built at run time (getattr(torch, ...),
# vars(nn)["LS" + "TM"], nn.__dict__[...]), are worth a look; getattr on anything else (``self``,
# an object of the student's) is how honest code reaches its own attributes by name
SENSITIVE = ("torch", "sys", "builtins", "os", "gc", "ctypes", "importlib", "subprocess",
             "lstm_ref", "_lstm_guard", "multiprocessing", "threading")  # fmt: skip
# attribute names that are suspicious on any object
NAMES = {
    "__code__": "rewrites a function's code (the guard's)",
    "__closure__": "reaches into a function's closure (the guard's)",
    "__globals__": "reaches a function's module (the guard's)",
    "__import__": "imports a module by a name built at run time",
    "get_referrers": "gc search for the guard",
    "get_objects": "gc search for the guard",
    "system": "a shell command (IPython's !)",
    "getoutput": "a shell command (IPython's !!)",
    "run_cell_magic": "a cell magic (%%bash, %%script run other processes)",
}
# only in exercises about gradients (a graded function named *backward*)
AUTOGRAD = {
    "torch.autograd": "torch.autograd (forbidden in backward exercises)",
    "torch.func": "torch.func (forbidden in backward exercises)",
    "backward": ".backward() (torch.autograd, forbidden in backward exercises)",
}
STRINGS = {"/proc/self/fd": "the grader's pipe, by file descriptor", "/proc/": "/proc"}


def _dotted(node) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _python(source: str) -> str:
    """IPython syntax (``!cmd``, ``%magic``) as the Python it runs, with the cell's line numbers:
    plain Python is read as it is; IPython drops leading blank lines, which are put back (the
    line a finding counts is the line it quotes)."""
    try:
        ast.parse(source)
        return source
    except SyntaxError:
        pass
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        code = TransformerManager().transform_cell(source)
    except Exception:
        return source
    return "\n" * max(0, _blank_lines(source) - _blank_lines(code)) + code


def _blank_lines(text: str) -> int:
    """How many lines at the start of ``text`` are blank (spaces and tabs only)."""
    lines = text.split("\n")
    return next((i for i, line in enumerate(lines) if line.strip()), len(lines))


def scan_source(source: str, *, autograd: bool = False) -> list[tuple[int, str, str]]:
    """``(line, what, why)`` for each suspicious reach in one cell's code (line 1-based)."""
    code = _python(source)
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return [(exc.lineno or 1, "code that does not parse", "not checked statically")]
    aliases: dict[str, str] = {}  # local name -> module it stands for (import torch as t)
    hits: list[tuple[int, str, str]] = []

    def flag(node, what, why):
        hits.append((getattr(node, "lineno", 1), what, why))

    def check_module(node, name):
        for mod, why in MODULES.items():
            if name == mod or name.startswith(mod + "."):
                flag(node, f"import {name}", why)
                return

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                check_module(node, a.name)
                aliases[(a.asname or a.name).split(".")[0]] = (
                    a.name if a.asname else a.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module:
            check_module(node, node.module)
            for a in node.names:
                check_module(node, f"{node.module}.{a.name}")
                aliases[a.asname or a.name] = f"{node.module}.{a.name}"

    def module_of(node) -> str | None:
        """The module an expression stands for (an import's alias, a chain on it, a call of
        ``__import__``/``vars``/``globals``), else None."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("__import__", "globals", "locals"):
                return node.func.id
            if node.func.id == "vars" and node.args:
                return module_of(node.args[0])
            return None
        dotted = _dotted(node)
        if dotted is None:
            return None
        head, _, rest = dotted.partition(".")
        if head == "__builtins__":
            return "builtins"
        if head not in aliases:
            return None
        return aliases[head] + ("." + rest if rest else "")

    def sensitive(module: str | None) -> bool:
        return module is not None and (
            module in ("__import__", "globals", "locals") or module.split(".")[0] in SENSITIVE
        )

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            if name in ("__import__", "exec", "eval", "compile"):
                flag(node, f"{name}(...)", "code or names built at run time")
            elif name == "getattr" and node.args and sensitive(module_of(node.args[0])):
                target = module_of(node.args[0])
                flag(node, f"getattr({target}, ...)", "a module's attribute by a name built at "
                     "run time")  # fmt: skip
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call):
            call = node.value
            if isinstance(call.func, ast.Name) and call.func.id in ("vars", "globals", "locals"):
                target = module_of(call)
                if call.func.id != "vars" or sensitive(target):
                    flag(node, f"{call.func.id}({target if call.func.id == 'vars' else ''})[...]",
                         "a module's attribute by a name built at run time")  # fmt: skip
        elif (
            isinstance(node, ast.Attribute)
            and node.attr == "__dict__"
            and sensitive(module_of(node.value))
        ):
            flag(node, f"{module_of(node.value)}.__dict__", "a module's namespace, by name")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            dotted = _dotted(node)
            if dotted:
                head, _, rest = dotted.partition(".")
                full = aliases.get(head, head) + ("." + rest if rest else "")
                for chain, why in ATTRIBUTES.items():
                    if full == chain or full.startswith(chain + "."):
                        flag(node, full, why)
                        break
                else:
                    for prefix, why in PREFIXES.items():
                        if full.startswith(prefix):
                            flag(node, full, why)
                            break
                if autograd:
                    for chain, why in AUTOGRAD.items():
                        if full.startswith(chain) or node.attr == chain:
                            flag(node, full, why)
                            break
            if node.attr in NAMES:
                flag(node, f".{node.attr}", NAMES[node.attr])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for s, why in STRINGS.items():
                if s in node.value:
                    flag(node, repr(node.value[:60]), why)
                    break
    best: dict[tuple[int, str], str] = {}  # (line, why) -> the longest "what" (torch.ops.aten.x)
    for line, what, why in hits:
        if len(what) > len(best.get((line, why), "")):
            best[(line, why)] = what
    return sorted((line, what, why) for (line, why), what in best.items())


def scan_cells(cells, skip) -> list[tuple[object, str]]:
    """``(cell, finding text)`` for each reach in the code cells of a notebook that are the
    student's: ``skip(cell)`` true (test cells, the release's own) and locked non-solution cells
    (the instructor's, restored by nbgrader) are never read. At most 20 per cell."""
    out = []
    for index, cell in enumerate(cells):
        meta = cell.metadata.get("nbgrader", {})
        if (
            cell.cell_type != "code"
            or skip(cell)
            or (meta.get("locked") and not meta.get("solution"))
        ):
            continue
        label = f"cell {meta['grade_id']}" if meta.get("grade_id") else f"cell {index}"
        for line, what, why in scan_source(cell.source)[:20]:
            out.append((cell, describe(label, cell.source, line, what, why)))
    return out


def describe(cell_label: str, source: str, line: int, what: str, why: str) -> str:
    """One finding's text: where, what, why, and the line itself."""
    lines = source.splitlines()
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return f"{cell_label}, line {line}: {what} ({why}): {text[:120]}"
