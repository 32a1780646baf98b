"""The set-up cell at the top of every chapter and exercise notebook: one template, rendered here.

Where Python lacks ``lstm_ref`` at this version (Colab, Binder, a plain Jupyter), the cell installs
the package with pip and says so in one line; where the course's environment has it, it does
nothing and prints nothing. What it installs is the exact wheel the book publishes, known by its
SHA-256 (pinned in the cell):

1. the book's site (``BOOK_URL``/wheel/<file>), installed by pip from that URL with the hash as
   its ``#sha256=`` fragment (pip refuses a file that does not match);
2. else the package index: ``pip download`` of ``lstm-ref==V`` alone, the file's hash compared with
   the pin in the cell, and only then installed. A course that never claimed ``lstm-ref`` on PyPI
   is safe: whatever holds the name there is not the book's wheel and is refused.

pip runs isolated from the notebook's folder: in a fresh empty working folder, with ``-E`` (no
PYTHONPATH) and ``-P`` (no script folder first on ``sys.path``, Python 3.11+), so a ``pip.py``
beside the notebook never runs.

The hash comes from the built wheel, never by hand: the wheel is built reproducibly
(``SOURCE_DATE_EPOCH`` = :data:`BUILD_EPOCH`, as ``make wheel`` builds it), and
``scripts/write_setup_cells.py`` builds it, writes its hash to :data:`PIN_FILE` and the cells
(``--check``:
a test fails if the pin or a notebook's cell is stale). A course that publishes on PyPI uploads
that very file (``_extra/wheel/*.whl`` of ``make wheel``), never a rebuild, and regenerates the
cells whenever the package changes (a new version: PyPI never takes a file twice).

The grader (``lstm_grader``) skips a cell whose grade_id is :data:`GRADE_ID` only if its source is
the template's (any pinned hash: the cell is never run there): it never runs pip, and any other
code in that cell runs as usual.
"""

from __future__ import annotations

import hashlib
import re
import string
from pathlib import Path

from lstm_ref import __version__

GRADE_ID = "lstm_setup"  # its nbgrader grade_id in the exercises (a locked cell)
DISTRIBUTION = "lstm-ref"  # the name pip installs (pyproject.toml)
BOOK_URL = "https://lstm-book.github.io/lstm-book"  # the book's site (GitHub Pages)
WHEEL_DIR = "wheel"  # where the book's build serves the wheel: BOOK_URL/wheel/<file>
BUILD_EPOCH = "315532800"  # SOURCE_DATE_EPOCH of every build of the wheel (1980-01-01)
PIN_FILE = "wheel.sha256"  # at the repository root: "<sha256>  <wheel file>", by the generator


def wheel_name(version: str = __version__) -> str:
    """The wheel's file name as ``python -m build`` writes it: lstm_ref-0.2.0-py3-none-any.whl."""
    return f"{DISTRIBUTION.replace('-', '_')}-{version}-py3-none-any.whl"


def wheel_url(version: str = __version__) -> str:
    """Where the book's site serves the wheel (a course that does not publish to PyPI)."""
    return f"{BOOK_URL}/{WHEEL_DIR}/{wheel_name(version)}"


def pinned_sha256(root: Path | None = None) -> str | None:
    """The wheel's SHA-256 as the generator wrote it in the checkout's :data:`PIN_FILE`; None
    outside a checkout (an installed package has no such file)."""
    path = (root or Path(__file__).resolve().parents[1]) / PIN_FILE
    try:
        digest = path.read_text().split()[0]
    except (OSError, IndexError):
        return None
    return digest if re.fullmatch(r"[0-9a-f]{64}", digest) else None


TEMPLATE = """\
# Set-up: installs the course's package lstm_ref $version where it is missing (Colab, Binder, a
# plain Jupyter) and says so; in the course's environment it does nothing. Keep it as it is.
def _lstm_setup(
    version="$version",
    sha256="$sha256",  # the book's wheel
):
    import hashlib
    import importlib
    import pathlib
    import site
    import subprocess
    import sys
    import tempfile

    try:
        import lstm_ref

        if lstm_ref.__version__ == version:
            return
    except ImportError:
        pass
    restart = " Restart the kernel to use it." if "lstm_ref" in sys.modules else ""
    wheel = "$wheel_url"
    # pip isolated from this notebook's folder: no pip.py or PYTHONPATH of it can run
    pip = [sys.executable, "-E"] + ["-P"] * (sys.version_info >= (3, 11)) + ["-m", "pip"]
    quiet = ["-q", "--disable-pip-version-check", "--retries", "2"]
    with tempfile.TemporaryDirectory() as tmp:
        run = lambda *a: subprocess.run(pip + [*a] + quiet, capture_output=True, text=True, cwd=tmp)
        # 1. the book's wheel, which pip checks against its hash
        where, spec = "the book's site", f"$dist[book] @ {wheel}#sha256={sha256}"
        done = run("install", spec)
        if done.returncode != 0:
            # 2. the package index: the same file (same hash), else nothing is installed
            where = "the package index"
            # (a wheel only: pip never builds, so never runs, what the index holds)
            spec = f"$dist[book]=={version}"
            wheel_only = ["--no-deps", "--only-binary", ":all:", "-d", tmp]
            done = run("download", *wheel_only, f"$dist=={version}")
            got = sorted(pathlib.Path(tmp).glob("*.whl"))
            digest = hashlib.sha256(got[0].read_bytes()).hexdigest() if got else None
            if done.returncode == 0 and digest == sha256:
                done = run("install", f"{got[0]}[book]")
            elif done.returncode == 0:
                refused = f"the index's $dist {version} is not the book's wheel (sha256 {digest}"
                done.returncode, done.stderr = 1, f"{refused}, expected {sha256}): not installed"
        if done.returncode == 0:
            if site.ENABLE_USER_SITE and site.getusersitepackages() not in sys.path:
                site.addsitedir(site.getusersitepackages())  # pip fell back to --user
            importlib.invalidate_caches()
            print(f"Installed lstm_ref {version} from {where}: pip install {spec}.{restart}")
            return
    raise RuntimeError(
        f"could not install lstm_ref {version}; pip said:\\n{done.stderr[-1500:]}\\n"
        f"Install the book's wheel yourself (pip install '$dist[book] @ {wheel}'), then restart."
    )


_lstm_setup()
del _lstm_setup"""


def source(version: str = __version__, sha256: str | None = None) -> str:
    """The set-up cell's exact source for this version of the package and the wheel's hash
    (default: the checkout's pin, :func:`pinned_sha256`)."""
    sha256 = sha256 or pinned_sha256()
    if sha256 is None:
        raise RuntimeError(
            f"no {PIN_FILE} in the checkout: run python scripts/write_setup_cells.py"
        )
    return string.Template(TEMPLATE).substitute(
        version=version, sha256=sha256, wheel_url=wheel_url(version), dist=DISTRIBUTION
    )


# SHA-256 of set-up cells that earlier releases of the exercises carry (a student may submit a
# notebook downloaded before the cell changed): recognised as set-up cells, so never run at grading.
RELEASED_BEFORE = frozenset(
    {"e58bf12c5773dec79dbe0ac522f526212179ebe2db10c0b20fa30dfb8f4fa63a"}  # 0.2.0, pip unpinned
)


def _pattern(version: str = __version__) -> re.Pattern:
    marker = "0" * 64
    text = re.escape(source(version, sha256=marker)).replace(marker, "[0-9a-f]{64}")
    return re.compile(text)


def is_setup_cell(cell) -> bool:
    """True for the set-up cell exactly as generated (with any pinned hash, or exactly as an
    earlier release had it, :data:`RELEASED_BEFORE`): grade_id ``lstm_setup`` and the template's
    source. A cell that carries the grade_id with any other source is not one (it runs as code)."""
    meta = cell.get("metadata", {}).get("nbgrader", {}) or {}
    src = cell.get("source")
    if cell.get("cell_type") != "code" or meta.get("grade_id") != GRADE_ID:
        return False
    if not isinstance(src, str):
        return False
    if hashlib.sha256(src.encode()).hexdigest() in RELEASED_BEFORE:
        return True
    return _pattern().fullmatch(src) is not None
