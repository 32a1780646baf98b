"""Every graded function needs the student's own thought (issue 22): no graded function of
solutions/ is a function of book/ renamed. The rule (tests/copy_rule.py): after parsing both,
dropping docstrings and renaming local names in order of first use, a token similarity of 0.75 or
more is a copy. The closest pair is printed (pytest -s, or -rP shows it for a pass)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copy_rule import COPY, Function, normalised_tokens, notebook_functions, similarity  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def book_functions() -> list[Function]:
    """Every function, class and method (nested ones too) in the chapters' code cells."""
    return [f for p in sorted((REPO / "book").glob("*.ipynb")) for f in notebook_functions(p, REPO)]


def graded_functions() -> list[Function]:
    """What a student writes for points: every function and class defined at the top of a
    solution cell, and the methods of those classes (helpers nested inside them are part of
    their function, not compared on their own)."""
    found = []
    for path in sorted((REPO / "solutions").glob("*/*.ipynb")):
        for f in notebook_functions(path, REPO, solution_cells_only=True):
            if f.name.count(".") == 0 or (f.name.count(".") == 1 and f.name[0].isupper()):
                found.append(f)
    return found


def closest_pairs() -> list[tuple[float, Function, Function]]:
    book = book_functions()
    pairs = []
    for graded in graded_functions():
        best = max(book, key=lambda b: similarity(graded.tokens, b.tokens))
        pairs.append((similarity(graded.tokens, best.tokens), graded, best))
    return sorted(pairs, key=lambda p: -p[0])


def test_no_graded_function_is_a_book_function_renamed() -> None:
    pairs = closest_pairs()
    assert len(pairs) >= 12, f"only {len(pairs)} graded functions found"
    for score, graded, book in pairs[:5]:
        print(f"{score:.3f}  {graded.where}:{graded.name}  ~  {book.where}:{book.name}")
    copies = [
        f"{graded.where}:{graded.name} ~ {book.where}:{book.name}: {score:.3f}"
        for score, graded, book in pairs
        if score >= COPY
    ]
    assert not copies, f"graded functions that copy a book function (>= {COPY}):\n" + "\n".join(
        copies
    )


# The rule itself, on the copies the student found (issue 22) and on honest differences.
CHAPTER = '''
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """One step."""
    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh  # pre-activations
    a_i, a_f, a_g, a_o = np.split(a, 4, axis=-1)
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
'''
RENAMED = """
def step(inp, hid, cell, Wx, Wh, bx, bh):
    z = inp @ Wx.T + hid @ Wh.T + bx + bh
    zi, zf, zg, zo = np.split(z, 4, axis=-1)
    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)
    new_c = fg * cell + ig * gg
    return og * np.tanh(new_c), new_c
"""
PER_GATE = """
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    out = {}
    for k, name in enumerate("ifgo"):
        rows = slice(k * H, (k + 1) * H)
        z = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]
        out[name] = np.tanh(z) if name == "g" else 1 / (1 + np.exp(-z))
    c = out["f"] * c + out["i"] * out["g"]
    return out["o"] * np.tanh(c), c
"""


def _tokens(source: str) -> tuple[str, ...]:
    import ast

    return normalised_tokens(ast.parse(source).body[0])


def test_the_rule_calls_a_renamed_copy_a_copy() -> None:
    assert _tokens(CHAPTER) == _tokens(RENAMED)  # docstring, comments and local names dropped
    assert similarity(_tokens(CHAPTER), _tokens(RENAMED)) == pytest.approx(1.0)


def test_the_rule_keeps_attribute_and_library_names() -> None:
    tokens = _tokens(CHAPTER)
    assert {"np", "split", "tanh", "sigmoid", "T"} <= set(tokens)
    assert "W_ih" not in tokens and "a_i" not in tokens


def test_the_rule_tells_a_different_form_from_a_copy() -> None:
    score = similarity(_tokens(CHAPTER), _tokens(PER_GATE))
    assert score < COPY, f"the per-gate form scores {score:.3f} against the fused one"
