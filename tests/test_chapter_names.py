"""Every chapter an exercise names exists, under its real title: one source for chapter names.

The titles come from the book itself (the first heading of each file in _toc.yml); an exercise or
solution notebook names a chapter by a Markdown link whose text is that title and whose target
is that chapter's page in the published book (``BOOK_URL`` of lstm_ref/setup_cell.py, the one
setting the set-up cell uses too), e.g.
``[7. Variable-length batches](https://lstm-book.github.io/lstm-book/book/07_variable_length.html)``:
a relative link to ``../../book/...ipynb`` is broken in a downloaded notebook, in Colab, on a hub.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
import yaml

from lstm_ref.setup_cell import BOOK_URL

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(
    str(p.relative_to(REPO))
    for d in ("exercises", "solutions")
    for p in (REPO / d).glob("*/*.ipynb")
)
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
#: "Book chapter: ..." or "Book chapters: ...": the line that names an exercise's chapters
NAMES_LINE = re.compile(r"Book chapters?: ((?:\[[^\]]+\]\([^)\s]+\)(?:,\s*|\s+and\s+)?)+)")
#: "chapter 6", "chapters 6 and 8", "Chapter 7": a chapter named by its number
BY_NUMBER = re.compile(r"\b[Cc]hapters? ((?:\d+(?:,\s*|\s+and\s+|\s+or\s+)?)+)")


def toc_files() -> list[str]:
    """The files of _toc.yml, in order, as paths relative to the repository (no suffix)."""
    toc = yaml.safe_load((REPO / "_toc.yml").read_text())
    return [ch["file"] for part in toc["parts"] for ch in part["chapters"]]


def chapter_titles() -> dict[str, str]:
    """book/NN_name -> the chapter's title, its first Markdown heading, e.g. '7. Variable-length
    batches'. Only numbered chapters (the exercises page and the intro are not chapters)."""
    titles = {}
    for stem in toc_files():
        path = REPO / f"{stem}.ipynb"
        if not path.is_file():
            continue
        first = nbformat.read(path, as_version=4).cells[0].source.splitlines()[0]
        assert first.startswith("# "), f"{path.name}: the first cell must start with its title"
        titles[stem] = first[2:].strip()
    return titles


def markdown_of(rel: str) -> str:
    nb = nbformat.read(REPO / rel, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_the_toc_has_numbered_chapters() -> None:
    titles = chapter_titles()
    assert len(titles) >= 9, titles
    for n, title in enumerate(titles.values(), 1):
        assert title.startswith(f"{n}. "), f"chapter {n} is titled {title!r}"


def problems(text: str, folder: Path) -> list[str]:
    """What is wrong with the chapter names in ``text``, the Markdown of a notebook in ``folder``
    (relative to the repository): a missing 'Book chapter:' line, a link to a file that is not a
    chapter, a title that is not that chapter's, a chapter number the book does not have."""
    titles = chapter_titles()
    found = []
    line = NAMES_LINE.search(text)
    if not line or not LINK.findall(line.group(1)):
        found.append("no 'Book chapter: [title](link)' line")
    for title, target in LINK.findall(text):
        if "book/" not in target:
            continue
        if not target.startswith(BOOK_URL + "/"):
            found.append(f"links {target!r}: link the published book, {BOOK_URL}/book/....html")
            continue
        stem = target[len(BOOK_URL) + 1 :].split("#")[0].removesuffix(".html")
        if stem not in titles:
            found.append(f"links {target!r}, which is not a chapter in _toc.yml")
        elif title != titles[stem]:
            found.append(f"names {stem} {title!r}, but that chapter is titled {titles[stem]!r}")
    for numbers in BY_NUMBER.findall(text):
        for n in re.findall(r"\d+", numbers):
            if not 1 <= int(n) <= len(titles):
                found.append(f"names chapter {n}; the book has {len(titles)}")
    return found


@pytest.mark.parametrize("rel", NOTEBOOKS)
def test_every_exercise_names_its_chapters_by_their_toc_titles(rel: str) -> None:
    assert problems(markdown_of(rel), Path(rel).parent) == [], rel


@pytest.mark.parametrize(
    "text",
    [
        "Book chapter: *The LSTM cell, step by step*. Write the step.",  # a name, not a link
        f"Book chapter: [The LSTM cell, step by step]({BOOK_URL}/book/03_scratch_cell.html). Go.",
        f"Book chapter: [3. A scratch LSTM cell]({BOOK_URL}/book/03_cell.html). Write it.",
        f"Book chapter: [3. A scratch LSTM cell]({BOOK_URL}/book/03_scratch_cell.html). chapter 12",
        "Book chapter: [3. A scratch LSTM cell](../../book/03_scratch_cell.ipynb). Write it.",
    ],
)
def test_a_wrong_chapter_name_is_found(text: str) -> None:
    assert problems(text, Path("exercises/ex02_cell")), text


def test_a_right_chapter_link_passes() -> None:
    text = f"Book chapter: [3. A scratch LSTM cell]({BOOK_URL}/book/03_scratch_cell.html). Go."
    assert problems(text, Path("exercises/ex02_cell")) == []


@pytest.mark.parametrize("rel", NOTEBOOKS)
def test_every_chapter_link_is_a_page_of_the_built_book(rel: str) -> None:
    """Against _build/html where the book was built (make book); skipped otherwise."""
    html = REPO / "_build" / "html"
    if not (html / "index.html").is_file():
        pytest.skip("the book is not built here (make book)")
    for _title, target in LINK.findall(markdown_of(rel)):
        if target.startswith(BOOK_URL + "/"):
            page = html / target[len(BOOK_URL) + 1 :].split("#")[0]
            assert page.is_file(), f"{rel}: {target} is not a page of {html}"
