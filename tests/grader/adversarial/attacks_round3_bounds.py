"""Round 3 of submissions of ex02_cell (issue 20, the grader's own budgets): hostile sizes on the
trusted side and honest notebooks with what editors write.

Same format as :mod:`attacks` (an :class:`attacks.Attack` per submission; ``raw`` edits the
notebook as a dict). Every one of them is CORRECT: the student's code is right, so each must keep
full marks (FULL); what differs is what the grading report says (``finding``) and, for the stalls,
how long grading takes (``tests/grader/test_adversarial_round3_bounds.py``,
``bench/bench_html.py``).
"""

from __future__ import annotations

from attacks import CORRECT, FULL, Attack, _cell, _edit

# a 1x1 PNG, as Jupyter stores a pasted image in a markdown cell's attachments
PNG_1X1 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5Er"
    "kJggg=="
)


def div_bomb(size: int) -> str:
    """Nested ``<div>``s of about ``size`` characters (issue 20: 240 KB took bleach 70 s)."""
    n = size // 11
    return "<div>" * n + "x" + "</div>" * n


def _markdown(nb: dict, source: str, **extra) -> None:
    cell = {"cell_type": "markdown", "id": f"md{len(nb['cells'])}", "metadata": {}}
    cell.update(source=source, **extra)
    nb["cells"].insert(_cell(nb, "lstm_cell") + 1, cell)


def _div_bomb(size: int):
    return lambda nb: _markdown(nb, "## My notes\n\n" + div_bomb(size))


def _pasted_image(nb: dict) -> None:
    _markdown(
        nb,
        "My sketch of the cell:\n\n![image.png](attachment:image.png)\n",
        attachments={"image.png": {"image/png": PNG_1X1}},
    )


def nested(levels: int, leaf=0):
    """A JSON value ``levels`` deep, shaped like ipywidgets' saved state."""
    value = leaf
    for i in range(levels - 1):
        value = {"state": value} if i % 2 else [value]
    return {"model": value}


def _widget_state(nb: dict) -> None:
    nb["metadata"]["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {"state": nested(90), "version_major": 2}
    }


def _metadata_flood(nb: dict) -> None:
    # 15.7 MB of cell metadata in many small entries (issue 20: 60 s of trusted time)
    filler = {f"k{i}": "x" * 100 for i in range(130_000)}
    nb["cells"][_cell(nb, "lstm_cell")]["metadata"]["editor_state"] = filler


def _grade_id_number(nb: dict) -> None:
    # a markdown cell an editor (or a student) marked with a numeric grade id
    nbg = {"grade_id": 5, "grade": False, "solution": False, "locked": False}
    _markdown(nb, "a note", metadata={"nbgrader": nbg})


def _grade_id_nul(nb: dict) -> None:
    cell = nb["cells"][_cell(nb, "test_lstm_cell_fixed")]
    cell["metadata"]["nbgrader"]["grade_id"] = "test_lstm_cell_fixed\x00<b>x</b>"


def _markdown_flood(nb: dict) -> None:
    # 12 cells of 120,000 characters: past the notebook's markdown budget (1 MiB)
    for _ in range(12):
        _markdown(nb, "word " * 24_000)


ROUND3_BOUNDS = [
    Attack("r3_div_bomb_240k", CORRECT, FULL, "cut_to_budget", raw=_edit(_div_bomb(240_000))),
    Attack("r3_div_bomb_489k", CORRECT, FULL, "cut_to_budget", raw=_edit(_div_bomb(489_000))),
    Attack("r3_pasted_image", CORRECT, FULL, None, raw=_edit(_pasted_image)),
    Attack("r3_widget_state_90_deep", CORRECT, FULL, "widgets", raw=_edit(_widget_state)),
    Attack("r3_metadata_15mb", CORRECT, FULL, "metadata of", raw=_edit(_metadata_flood)),
    Attack(
        "r3_grade_id_number", CORRECT, FULL, "grade id 5 made text", raw=_edit(_grade_id_number)
    ),
    Attack("r3_grade_id_nul", CORRECT, FULL, "refused", raw=_edit(_grade_id_nul)),
    Attack(
        "r3_markdown_flood", CORRECT, FULL, "markdown/raw cell(s) cut", raw=_edit(_markdown_flood)
    ),
]

__all__ = ["ROUND3_BOUNDS", "PNG_1X1", "div_bomb", "nested"]
