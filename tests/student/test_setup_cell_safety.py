"""The set-up cell where students run it (issue 20): pip never runs code from the notebook's
folder, and only the book's wheel, known by its hash, is installed.

Each test runs the real cell (``setup_cell.source()``, the pinned hash) in a fresh Python whose
``lstm_ref`` is hidden, so the cell goes to pip; the network is a closed local proxy (the book's
site is unreachable, at once) and the "package index" a local folder (``PIP_FIND_LINKS``).
Nothing is installed into the course's environment: installing goes to a ``PIP_TARGET`` folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_ref import __version__, setup_cell

REPO = Path(__file__).resolve().parents[2]
RUN_CELL = (
    "import sys\n"
    "sys.modules['lstm_ref'] = None  # as where the package is missing\n"
    "exec(open(sys.argv[1]).read())\n"
)
EVIL_PIP = (
    "import pathlib, sys\n"
    "pathlib.Path(__file__).with_name('PIP_PY_RAN').write_text(' '.join(sys.argv))\n"
    "print('Successfully installed lstm-ref')\n"
)


def _script():
    spec = importlib.util.spec_from_file_location(
        "setup_cell_script", REPO / "scripts" / "write_setup_cells.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _env(tmp: Path, **extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON"))}
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_TARGET=str(tmp / "target"),  # never the course's environment
        PIP_NO_DEPS="1",
        https_proxy="http://127.0.0.1:9",  # the book's site: refused at once
        http_proxy="http://127.0.0.1:9",
        HTTPS_PROXY="http://127.0.0.1:9",
        HTTP_PROXY="http://127.0.0.1:9",
    )
    env.update(extra)
    return env


def _run_cell(folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    cell = folder / "setup_cell.py.txt"
    cell.write_text(setup_cell.source())
    return subprocess.run(
        [sys.executable, "-c", RUN_CELL, str(cell)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_a_pip_py_beside_the_notebook_or_on_pythonpath_never_runs(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    (folder / "pip.py").write_text(EVIL_PIP)
    # what the old cell did, `python -m pip` from the notebook's folder, runs it:
    old = subprocess.run([sys.executable, "-m", "pip", "--version"], cwd=folder,
                         env=_env(tmp_path), capture_output=True, text=True)  # fmt: skip
    assert (folder / "PIP_PY_RAN").exists(), old.stdout + old.stderr
    (folder / "PIP_PY_RAN").unlink()
    done = _run_cell(folder, _env(tmp_path, PYTHONPATH=str(folder)))
    assert not (folder / "PIP_PY_RAN").exists(), "the set-up cell ran the notebook folder's pip.py"
    assert done.returncode != 0 and "could not install lstm_ref" in done.stderr, done.stderr
    assert "Installed" not in done.stdout


def test_the_index_file_is_installed_only_with_the_books_hash(tmp_path):
    script = _script()
    index = tmp_path / "index"
    pinned = setup_cell.pinned_sha256()
    built = script.build_wheel(index)
    assert hashlib.sha256(built.read_bytes()).hexdigest() == pinned, (
        "the wheel built from this checkout is not the pinned one: "
        "run python scripts/write_setup_cells.py"
    )
    done = _run_cell(tmp_path, _env(tmp_path, PIP_FIND_LINKS=str(index)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(  # (then "Restart the kernel": lstm_ref is in sys.modules here)
        f"Installed lstm_ref {__version__} from the package index: "
        f"pip install lstm-ref[book]=={__version__}."
    ), done.stdout
    assert (tmp_path / "target" / "lstm_ref" / "__init__.py").is_file()


def test_a_squatted_name_on_the_index_is_refused(tmp_path, monkeypatch):
    # another file under the same name and version (here: built at another time)
    index = tmp_path / "index"
    monkeypatch.setattr(setup_cell, "BUILD_EPOCH", "315532802")
    other = _script().build_wheel(index)
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    assert digest != setup_cell.pinned_sha256()
    done = _run_cell(tmp_path, _env(tmp_path, PIP_FIND_LINKS=str(index)))
    assert done.returncode != 0, done.stdout
    assert f"is not the book's wheel (sha256 {digest}" in done.stderr, done.stderr
    assert not (tmp_path / "target").exists(), "something was installed"


def test_the_cell_pins_the_hash_of_the_built_wheel_and_the_book_url_once(monkeypatch):
    src = setup_cell.source()
    assert f'sha256="{setup_cell.pinned_sha256()}"' in src
    assert f'wheel = "{setup_cell.wheel_url()}"' in src and "@ {wheel}#sha256={sha256}" in src
    assert src.count(setup_cell.BOOK_URL) == 1
    assert '"-E"' in src and '"-P"' in src and "cwd=tmp" in src
    assert '"--only-binary", ":all:"' in src  # the index's file is never built (run)
    monkeypatch.setattr(setup_cell, "pinned_sha256", lambda root=None: None)
    with pytest.raises(RuntimeError, match="run python scripts/write_setup_cells.py"):
        setup_cell.source()


def test_the_rendered_cell_is_lint_and_format_clean(tmp_path):
    """The cell is code in every notebook: `ruff check .` and `ruff format --check .` read it."""
    path = tmp_path / "cell.py"
    path.write_text(setup_cell.source() + "\n")
    ruff = Path(sys.executable).with_name("ruff")
    for args in (["check", "--no-cache"], ["format", "--check", "--no-cache"]):
        done = subprocess.run([ruff, *args, str(path)], capture_output=True, text=True, cwd=REPO)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_cell_of_an_earlier_release_is_still_recognised_and_nothing_else():
    import nbformat

    old = (REPO / "tests" / "student" / "data_setup_cell_0.2.0.txt").read_text()
    cell = nbformat.v4.new_code_cell(old)
    cell.metadata["nbgrader"] = {"grade_id": "lstm_setup", "locked": True}
    assert setup_cell.is_setup_cell(cell)
    cell.source = old + "\nimport os"
    assert not setup_cell.is_setup_cell(cell)
