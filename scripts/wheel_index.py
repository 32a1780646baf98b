"""Write the index page of the book's wheel folder, so that pip can find the wheel by its name.

``make wheel`` builds the student wheel into _extra/wheel/ and runs this: _extra/wheel/index.html
links to every wheel there. The book serves the folder at <book>/wheel/, so a course that does not
publish to PyPI gives its students one command with no version in it:
``pip install --find-links https://<book>/wheel/ "lstm-ref[book]"``.

Usage, from the repository root:  python scripts/wheel_index.py [FOLDER]  (default _extra/wheel)
"""

from __future__ import annotations

import html
import sys
from pathlib import Path


def write_index(folder: Path) -> Path:
    wheels = sorted(p.name for p in folder.glob("*.whl"))
    if not wheels:
        raise SystemExit(f"{folder}: no wheel to list (run `make wheel`)")
    links = "\n".join(f'<a href="{html.escape(n)}">{html.escape(n)}</a><br>' for n in wheels)
    page = folder / "index.html"
    page.write_text(f"<!DOCTYPE html>\n<html><body>\n{links}\n</body></html>\n")
    return page


if __name__ == "__main__":
    print(write_index(Path(sys.argv[1] if len(sys.argv) > 1 else "_extra/wheel")))
