"""The set-up cell (lstm_ref/setup_cell.py, scripts/write_setup_cells.py): one template everywhere.

Fast checks in the course's environment: every chapter, solution and released exercise starts with
the current cell (a stale or missing one fails here: run ``make exercises``); the script is
idempotent and replaces an old cell instead of adding one; in the course's environment the cell
does nothing (no pip, no output); the book's build serves the wheel where the cell looks for it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import zipfile
from contextlib import redirect_stdout
from pathlib import Path

import nbformat
import yaml

import lstm_ref
from lstm_ref import setup_cell

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "write_setup_cells.py"


def _script():
    spec = importlib.util.spec_from_file_location("setup_cell_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _first_code(nb) -> int:
    return next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")


def _setup_cells(nb) -> list[int]:
    first_line = "# Set-up: installs the course's package"
    return [i for i, c in enumerate(nb.cells) if c.source.startswith(first_line)]


def test_every_chapter_starts_with_the_current_setup_cell_hidden_in_the_book() -> None:
    chapters = sorted((REPO / "book").glob("*.ipynb"))
    assert len(chapters) >= 9
    for path in chapters:
        nb = nbformat.read(path, as_version=4)
        assert _setup_cells(nb) == [_first_code(nb)], f"{path.name}: at {_setup_cells(nb)}"
        assert nb.cells[0].source.startswith("# "), f"{path.name}: the title comes first"
        cell = nb.cells[_first_code(nb)]
        assert cell.source == setup_cell.source(), f"{path.name}: stale set-up cell"
        assert "remove-cell" in cell.metadata.get("tags", []), path.name
        assert "nbgrader" not in cell.metadata


def test_every_solution_and_exercise_starts_with_the_locked_setup_cell() -> None:
    notebooks = sorted((REPO / "solutions").glob("*/*.ipynb"))
    notebooks += sorted((REPO / "exercises").glob("*/*.ipynb"))
    assert len(notebooks) >= 16
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        where = path.relative_to(REPO)
        assert _setup_cells(nb) == [_first_code(nb)], f"{where}: at {_setup_cells(nb)}"
        cell = nb.cells[_first_code(nb)]
        meta = cell.metadata["nbgrader"]
        assert setup_cell.is_setup_cell(cell), f"{where}: stale (run `make exercises`)"
        assert meta["locked"] and not meta["grade"] and not meta["solution"], f"{where}: {meta}"
        assert meta["grade_id"] == "lstm_setup"


def test_script_check_passes_on_the_repository() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--demo"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_script_is_idempotent_and_replaces_a_stale_cell(tmp_path: Path) -> None:
    script = _script()
    path = tmp_path / "chapter.ipynb"
    shutil.copy2(REPO / "book" / "02_gate_equations.ipynb", path)
    nb = nbformat.read(path, as_version=4)
    stale = script.fresh_cell(graded=False)
    stale.source = setup_cell.source(version="0.0.1")  # a cell from an older release
    title, code = nb.cells[0], [c for c in nb.cells[1:] if c.cell_type == "code"][1]
    nb.cells = [title, code, stale] + nb.cells[5:]  # below a code cell, and out of date
    nbformat.write(nb, path)
    assert script.update(path, script.fresh_cell(graded=False), check=True) is True
    assert nbformat.read(path, as_version=4).cells[2].source == stale.source  # --check: unchanged
    assert script.update(path, script.fresh_cell(graded=False), check=False) is True
    once = path.read_text()
    assert script.update(path, script.fresh_cell(graded=False), check=False) is False
    assert path.read_text() == once
    new = nbformat.read(path, as_version=4)
    assert _setup_cells(new) == [_first_code(new)] == [1]  # under the title, before the code
    assert new.cells[1].source == setup_cell.source()
    assert len(new.cells) == len(nb.cells)


def test_setup_cell_does_nothing_in_the_course_environment(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: calls.append(a))
    out = io.StringIO()
    namespace: dict = {}
    with redirect_stdout(out):
        exec(compile(setup_cell.source(), "<set-up cell>", "exec"), namespace)
    assert calls == [] and out.getvalue() == ""
    assert "_lstm_setup" not in namespace  # it leaves nothing behind in the student's namespace


def test_setup_cell_recognised_only_with_the_template_source() -> None:
    cell = nbformat.v4.new_code_cell(setup_cell.source())
    cell.metadata["nbgrader"] = {"grade_id": "lstm_setup", "locked": True}
    assert setup_cell.is_setup_cell(cell)
    hidden = nbformat.v4.new_code_cell(setup_cell.source() + "\nimport os")
    hidden.metadata["nbgrader"] = {"grade_id": "lstm_setup", "locked": True}
    assert not setup_cell.is_setup_cell(hidden)
    other = nbformat.v4.new_code_cell(setup_cell.source())
    other.metadata["nbgrader"] = {"grade_id": "imports", "locked": True}
    assert not setup_cell.is_setup_cell(other)
    assert not setup_cell.is_setup_cell(nbformat.v4.new_code_cell(setup_cell.source()))


def test_the_version_is_set_once_in_lstm_ref() -> None:
    assert importlib.metadata.version(setup_cell.DISTRIBUTION) == lstm_ref.__version__
    pyproject = (REPO / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject
    assert 'version = { attr = "lstm_ref.__version__" }' in pyproject
    assert f'version="{lstm_ref.__version__}"' in setup_cell.source()
    wheel = f"lstm_ref-{lstm_ref.__version__}-py3-none-any.whl"
    assert setup_cell.wheel_url() == f"{setup_cell.BOOK_URL}/wheel/{wheel}"


def test_book_build_serves_the_wheel_at_its_fixed_path(tmp_path: Path) -> None:
    """A real Sphinx build with _config.yml's html_extra_path, the wheel where `make wheel` puts
    it: the site has it at wheel/<name>, the path the set-up cell's URL ends with."""
    config = yaml.safe_load((REPO / "_config.yml").read_text())
    extra = config["sphinx"]["config"]["html_extra_path"]
    assert extra == ["_extra"], extra
    assert f"--wheel-dir _extra/{setup_cell.WHEEL_DIR}\n" in (REPO / "Makefile").read_text()
    src = tmp_path / "src"
    (src / "lstm_ref").mkdir(parents=True)
    shutil.copy2(REPO / "pyproject.toml", src)
    shutil.copy2(REPO / "README-lstm-ref.md", src)
    shutil.copytree(REPO / "lstm_ref", src / "lstm_ref", dirs_exist_ok=True)
    book = tmp_path / "book"
    shutil.copytree(REPO / "_extra", book / "_extra")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
         str(book / "_extra" / setup_cell.WHEEL_DIR), str(src)],
        check=True, capture_output=True,
    )  # fmt: skip
    excluded = config["exclude_patterns"]  # as Jupyter Book passes them to Sphinx
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "wheel_index.py"),
         str(book / "_extra" / setup_cell.WHEEL_DIR)],
        check=True, capture_output=True,
    )  # fmt: skip
    (book / "conf.py").write_text(f"html_extra_path = {extra!r}\nexclude_patterns = {excluded!r}\n")
    (book / "index.rst").write_text("Book\n====\n")
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-W", "-b", "html", str(book), str(site)],
        check=True, capture_output=True,
    )  # fmt: skip
    served = site / setup_cell.WHEEL_DIR / setup_cell.wheel_name()
    assert served.is_file(), sorted(p.name for p in site.iterdir())
    assert zipfile.ZipFile(served).testzip() is None
    assert not (site / ".gitignore").exists()  # dotfiles stay out of the site
    # pip finds it by name through the folder's index page, as from <book>/wheel/
    index = (site / setup_cell.WHEEL_DIR / "index.html").as_uri()
    got = tmp_path / "got"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-index",
         "--find-links", index, "--dest", str(got), setup_cell.DISTRIBUTION],
        capture_output=True, text=True, env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [p.name for p in got.iterdir()] == [setup_cell.wheel_name()]
