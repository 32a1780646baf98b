"""OutputBudget (lstm_grader/nbgrader_ext/outputs.py): what a sandboxed cell displays is bounded
per cell and per notebook, active MIME types are dropped, and each cut says so."""

from __future__ import annotations

from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext.outputs import OutputBudget

SMALL = Limits(cell_outputs=3, mime_keys=2, cell_output_bytes=1000, notebook_output_bytes=2500)


def _display(data):
    return {"output_type": "display_data", "data": data}


def test_a_flood_of_mime_keys_and_bytes_is_cut_with_a_note():
    budget = OutputBudget(SMALL)
    flood = {f"application/x-{k}": "y" * 500 for k in range(1000)} | {"text/plain": "ok"}
    out = budget.bound([_display(flood)] * 10)
    kept = [o for o in out if o.output_type == "display_data"]
    assert len(kept) <= 3 and all(set(o.data) <= {"text/plain"} for o in kept)
    notes = " ".join(budget.take_notes())
    assert "7 outputs past the first 3 dropped" in notes and "application/x-" in notes


def test_javascript_is_dropped_and_html_kept_for_the_sanitizer():
    budget = OutputBudget(SMALL)
    out = budget.bound(
        [_display({"application/javascript": "window.pwned=1", "text/html": "<b>x</b>"})]
    )
    assert out[0].data == {"text/html": "<b>x</b>"}
    assert "application/javascript" in " ".join(budget.take_notes())


def test_the_notebook_budget_is_shared_by_its_cells():
    budget = OutputBudget(SMALL)
    sizes = []
    for _ in range(4):
        out = budget.bound([{"output_type": "stream", "name": "stdout", "text": "z" * 5000}])
        sizes.append(sum(len(o.text) for o in out if o.name == "stdout"))
    assert sizes[:2] == [1000, 1000] and sum(sizes) <= SMALL.notebook_output_bytes, sizes
    assert "characters of output cut" in " ".join(budget.take_notes())
