"""The exercise notebooks work where students open them (issue 22) and follow the NumPy-only forms
(issue 19): the set-up cell is collapsed in JupyterLab and Colab, hidden-test cells show one line
and no plumbing, torch appears only in ungraded demo cells, every exercise says that torch is not
available when it is graded, and the exercises page names only commands of the student package
and the package's Python floor."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
EXERCISES = sorted(str(p.relative_to(REPO)) for p in (REPO / "exercises").glob("*/*.ipynb"))
SOLUTIONS = sorted(str(p.relative_to(REPO)) for p in (REPO / "solutions").glob("*/*.ipynb"))
PAGE = REPO / "book" / "exercises.md"


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


@pytest.mark.parametrize("rel", EXERCISES)
def test_the_setup_cell_is_collapsed_in_jupyterlab_and_colab(rel: str) -> None:
    nb = nbformat.read(REPO / rel, as_version=4)
    (cell,) = [c for c in nb.cells if "lstm-setup" in c.metadata.get("tags", [])]
    assert cell.metadata.get("jupyter", {}).get("source_hidden") is True, rel
    assert cell.metadata.get("cellView") == "form", rel
    assert nb.cells.index(cell) == 1, f"{rel}: the set-up cell is not right under the title"


@pytest.mark.parametrize("rel", EXERCISES)
def test_hidden_test_cells_show_one_line_and_no_plumbing(rel: str) -> None:
    nb = nbformat.read(REPO / rel, as_version=4)
    hidden = [c for c in nb.cells if _nbgrader(c).get("grade") and _nbgrader(c).get("points") == 3]
    assert hidden, rel
    for cell in hidden:
        assert len(cell.source.strip().splitlines()) == 1, f"{rel}: {cell.source!r}"
        assert "hidden tests run here when your work is graded" in cell.source
    text = (REPO / rel).read_text()
    for plumbing in ("InteractiveTB", "get_ipython", "set_mode"):
        assert plumbing not in text, f"{rel} shows {plumbing}"


def _imports(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("rel", SOLUTIONS)
def test_torch_only_in_ungraded_demo_cells_that_work_without_it(rel: str) -> None:
    nb = nbformat.read(REPO / rel, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code" or "lstm-setup" in cell.metadata.get("tags", []):
            continue
        uses_torch = "torch" in _imports(cell.source) or re.search(r"\btorch\b", cell.source)
        if _nbgrader(cell).get("solution"):
            assert not uses_torch, f"{rel}: the graded cell {cell.id} uses torch"
            assert "lstm_ref" not in _imports(cell.source), f"{rel}: {cell.id} imports lstm_ref"
        elif uses_torch:
            assert not _nbgrader(cell).get("grade"), f"{rel}: test cell {cell.id} uses torch"
            assert "except ImportError" in cell.source, f"{rel}: {cell.id} needs torch to run"
            assert cell.source.startswith("# Not graded"), f"{rel}: {cell.id} does not say so"


@pytest.mark.parametrize("rel", EXERCISES)
def test_every_exercise_says_torch_is_not_available_when_graded(rel: str) -> None:
    intro = nbformat.read(REPO / rel, as_version=4).cells[0].source
    said = re.findall(r"torch \(and `lstm_ref`\) is\s+not\s+available\s+when", intro, re.I)
    assert len(said) == 1, f"{rel} says it {len(said)} times"


def test_ex04_is_the_numpy_module() -> None:
    nb = nbformat.read(REPO / "exercises/ex04_torch/scratch_lstm.ipynb", as_version=4)
    assert nb.cells[0].source.startswith("# Exercise 4: nn.LSTM from scratch, in NumPy")
    (stub,) = [c for c in nb.cells if _nbgrader(c).get("solution")]
    tree = ast.parse(stub.source)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    assert cls.name == "ScratchLSTM" and not cls.bases  # a plain class, not an nn.Module
    methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    assert set(methods) == {"__init__", "state_dict", "load_state_dict", "__call__"}
    init = methods["__init__"].args
    assert [a.arg for a in init.args] == [
        "self", "input_size", "hidden_size", "num_layers", "bias", "batch_first", "bidirectional",
        "seed",
    ]  # fmt: skip


PYPROJECT = (REPO / "pyproject.toml").read_text()


def _console_scripts() -> list[str]:
    """The commands the student package installs ([project.scripts] of pyproject.toml)."""
    section = PYPROJECT.split("[project.scripts]", 1)[1].split("\n[", 1)[0]
    return re.findall(r"^([\w-]+)\s*=", section, re.M)


def _bash_blocks(text: str) -> list[str]:
    return re.findall(r"```(?:bash|powershell)\n(.*?)```", text, re.S)


def test_the_exercises_page_names_only_the_student_packages_commands() -> None:
    text = PAGE.read_text()
    assert "lstm-grade" not in text  # the course's tool, not in the student package
    known = {"python3", "python", "py", "source", "jupyter", *_console_scripts()}
    for block in _bash_blocks(text):
        for line in block.strip().splitlines():
            program = line.split()[0]
            if program.endswith((".ps1", ".bat")):  # activating the venv on Windows
                continue
            assert program in known, f"the exercises page runs {program!r}: {line}"
    assert "lstm-validate lstm_cell.ipynb" in text


def test_one_python_floor_on_the_page_and_in_the_package() -> None:
    requires = re.search(r'^requires-python = "(.*)"', PYPROJECT, re.M).group(1)
    floor = re.fullmatch(r">=\s*(3\.\d+)", requires).group(1)
    named = set(re.findall(r"Python (3\.\d+)", PAGE.read_text()))
    assert named == {floor}, f"the page names Python {named}, the package requires {requires}"
