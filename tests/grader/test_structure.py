"""The structure of lstm_grader: each module imports alone, writes nothing and starts nothing when
imported, no import cycle, and no module over 300 lines without a reason in DESIGN.md.

Each module is imported in a fresh interpreter with an audit hook (PEP 578) that records every
file opened for writing, every file-system change and every process started.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lstm_grader"
MAX_LINES = 300


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(_name(p) for p in PACKAGE.rglob("*.py"))

PROBE = r"""
import json, os, sys
found = []
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
CHANGES = {"os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.truncate", "os.symlink",
           "os.link", "os.chmod", "os.chown", "os.utime", "shutil.copyfile", "shutil.rmtree",
           "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
           "os.forkpty", "os.kill"}
def hook(event, args):
    if event == "open":
        path, mode, flags = args
        writing = any(c in mode for c in "wax+") if isinstance(mode, str) else False
        if writing or (isinstance(flags, int) and flags & WRITE_FLAGS):
            found.append(f"open {path!r} mode={mode!r}")
    elif event in CHANGES:
        found.append(f"{event} {args!r}"[:200])
sys.addaudithook(hook)
import importlib
importlib.import_module(sys.argv[1])
print(json.dumps(found))
"""


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_alone_and_writes_or_starts_nothing(module, tmp_path) -> None:
    r = subprocess.run(
        [sys.executable, "-B", "-c", PROBE, module],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert r.returncode == 0, f"import {module} failed alone:\n{r.stderr[-3000:]}"
    found = json.loads(r.stdout.strip().splitlines()[-1])
    assert found == [], f"importing {module} did: {found}"
    assert list(tmp_path.iterdir()) == [], f"importing {module} left {list(tmp_path.iterdir())}"


def _module_level_imports(path: Path) -> set[str]:
    """The lstm_grader modules ``path`` imports at module level (not inside functions)."""
    out: set[str] = set()

    def visit(stmts) -> None:
        for node in stmts:
            if isinstance(node, ast.Import):
                out.update(a.name for a in node.names if a.name.startswith("lstm_grader"))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lstm_grader"):
                out.add(node.module)
                out.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(node.orelse)
                for h in getattr(node, "handlers", []):
                    visit(h.body)

    visit(ast.parse(path.read_text()).body)
    return out & set(MODULES)


def test_no_import_cycle() -> None:
    graph = {_name(p): _module_level_imports(p) for p in PACKAGE.rglob("*.py")}
    state: dict[str, str] = {}

    def walk(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycle = stack[stack.index(nxt) :] + [nxt] if nxt in stack else [node, nxt]
                pytest.fail(f"import cycle: {' -> '.join(cycle)}")
            if nxt not in state:
                walk(nxt, [*stack, nxt])
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])


def test_no_module_over_300_lines_without_a_reason_in_design_md() -> None:
    design = (ROOT / "DESIGN.md").read_text()
    m = re.search(r"^### Modules over 300 lines\n\n((?:(?:- |  ).*\n)+)", design, re.M)
    reasons = m.group(1) if m else ""
    long = {}
    for p in PACKAGE.rglob("*.py"):
        n = len(p.read_text().splitlines())
        if n > MAX_LINES:
            long[str(p.relative_to(ROOT))] = n
    missing = [f"{p} ({n} lines)" for p, n in long.items() if f"`{p}`" not in reasons]
    assert not missing, f"give a reason in DESIGN.md, '### Modules over 300 lines': {missing}"
    stale = [p for p in re.findall(r"`(lstm_grader/[\w/]+\.py)`", reasons) if p not in long]
    assert not stale, f"DESIGN.md gives a reason for modules that are not long: {stale}"


def test_every_module_has_its_test_module() -> None:
    tests = ROOT / "tests" / "grader"
    missing = []
    for p in PACKAGE.rglob("*.py"):
        if p.name == "__init__.py":
            continue
        rel = p.relative_to(PACKAGE)
        if not (tests / rel.parent / f"test_{rel.name}").is_file():
            missing.append(f"{rel} -> tests/grader/{rel.parent / ('test_' + rel.name)}")
    assert not missing, missing
