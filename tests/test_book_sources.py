"""The chapters' sources: plotting code is folded, so a reader sees prose, the code that teaches,
and the figures (a plotting cell carries the `hide-input` tag)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

BOOK = Path(__file__).resolve().parents[1] / "book"
CHAPTERS = sorted(p.name for p in BOOK.glob("[0-9][0-9]_*.ipynb"))
PLOTS = ("plt.subplots", "plt.show()", "ax.plot(", "ax.semilogy(")


def plotting_cells(name: str) -> list[tuple[int, nbformat.NotebookNode]]:
    nb = nbformat.read(BOOK / name, as_version=4)
    return [(i, c) for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and any(p in c.source for p in PLOTS)]  # fmt: skip


def test_the_chapters_are_there() -> None:
    assert len(CHAPTERS) >= 9, CHAPTERS


@pytest.mark.parametrize("name", CHAPTERS)
def test_plotting_code_is_folded(name: str) -> None:
    unfolded = [
        i for i, c in plotting_cells(name) if "hide-input" not in c.metadata.get("tags", [])
    ]
    assert not unfolded, f"{name}: plotting cells without the hide-input tag: {unfolded}"


@pytest.mark.parametrize("name", CHAPTERS)
def test_a_folded_cell_only_plots(name: str) -> None:
    """A folded cell hides its code: it must not also compute what the prose discusses (a
    result it prints, an assertion), which belong in a visible cell before it."""
    for i, c in plotting_cells(name):
        assert "print(" not in c.source and "assert " not in c.source, f"{name}, cell {i}"
