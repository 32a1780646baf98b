"""The set-up cell at the top of every chapter and exercise notebook: one template, rendered here.

Where Python lacks ``lstm_ref`` at this version (Colab, Binder, a plain Jupyter), the cell installs
the package with pip, from the package index or else from the wheel the book's site serves, and
says so in one line; where the course's environment has it, it does nothing and prints nothing.

``scripts/setup_cell.py`` writes :func:`source` into the notebooks (``--check``: a test fails if a
notebook's cell is missing or stale). The grader (``lstm_grader``) skips a cell whose grade_id is
:data:`GRADE_ID` only if its source is exactly :func:`source`: it never runs pip, and any other
code in that cell runs as usual.
"""

from __future__ import annotations

import string

from lstm_ref import __version__

GRADE_ID = "lstm_setup"  # its nbgrader grade_id in the exercises (a locked cell)
DISTRIBUTION = "lstm-ref"  # the name pip installs (pyproject.toml)
BOOK_URL = "https://lstm-book.github.io/lstm-book"  # the book's site (GitHub Pages)
WHEEL_DIR = "wheel"  # where the book's build serves the wheel: BOOK_URL/wheel/<file>


def wheel_name(version: str = __version__) -> str:
    """The wheel's file name as ``python -m build`` writes it: lstm_ref-0.2.0-py3-none-any.whl."""
    return f"{DISTRIBUTION.replace('-', '_')}-{version}-py3-none-any.whl"


def wheel_url(version: str = __version__) -> str:
    """Where the book's site serves the wheel (a course that does not publish to PyPI)."""
    return f"{BOOK_URL}/{WHEEL_DIR}/{wheel_name(version)}"


TEMPLATE = """\
# Set-up: installs the course's package lstm_ref $version where it is missing (Colab, Binder, a
# plain Jupyter) and says so; in the course's environment it does nothing. Keep it as it is.
def _lstm_setup(version="$version"):
    import importlib
    import site
    import subprocess
    import sys

    try:
        import lstm_ref

        if lstm_ref.__version__ == version:
            return
    except ImportError:
        pass
    restart = " Restart the kernel to use it." if "lstm_ref" in sys.modules else ""
    wheel = "$wheel_url"
    sources = {"the package index": f"$dist[book]=={version}"}
    sources["the book's site"] = f"$dist[book] @ {wheel}"
    pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    for where, spec in sources.items():
        done = subprocess.run(pip + [spec], capture_output=True, text=True)
        if done.returncode == 0:
            if site.ENABLE_USER_SITE and site.getusersitepackages() not in sys.path:
                site.addsitedir(site.getusersitepackages())  # pip fell back to --user
            importlib.invalidate_caches()
            print(f"Installed lstm_ref {version} from {where}: pip install {spec}.{restart}")
            return
    raise RuntimeError(
        f"could not install lstm_ref {version}; pip said:\\n{done.stderr[-1500:]}\\n"
        f"Install it yourself (pip install '$dist[book]=={version}'), then restart."
    )


_lstm_setup()
del _lstm_setup"""


def source(version: str = __version__) -> str:
    """The set-up cell's exact source for this version of the package."""
    return string.Template(TEMPLATE).substitute(
        version=version, wheel_url=wheel_url(version), dist=DISTRIBUTION
    )


def is_setup_cell(cell) -> bool:
    """True for the set-up cell exactly as generated: grade_id ``lstm_setup`` and the template's
    source. A cell that carries the grade_id with any other source is not one (it runs as code)."""
    meta = cell.get("metadata", {}).get("nbgrader", {}) or {}
    return (
        cell.get("cell_type") == "code"
        and meta.get("grade_id") == GRADE_ID
        and cell.get("source") == source()
    )
