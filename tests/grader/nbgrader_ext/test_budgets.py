"""The trusted side's budgets (issue 20) in sanitize and html_safety, on in-memory notebooks.

Each round-3 submission of the adversarial suite (tests/grader/adversarial/attacks_round3_bounds.py)
is read and repaired here directly, and timed; the suite grades the same files end to end with
nbgrader (tests/grader/test_adversarial_round3_bounds.py).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import nbformat
import pytest

from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import html_safety
from lstm_grader.nbgrader_ext.sanitize import read_submission, repair

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial"))
from attacks_round3_bounds import PNG_1X1, ROUND3_BOUNDS, div_bomb, nested  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "solutions" / "ex02_cell" / "lstm_cell.ipynb"


def _meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _submission_text(attack) -> str:
    nb = nbformat.read(SOURCE, as_version=4)
    for cell in nb.cells:
        if _meta(cell).get("grade_id") == "lstm_cell":
            cell.source = attack.solution
    return attack.raw(json.loads(nbformat.writes(nb)))


@pytest.fixture(scope="module")
def source() -> nbformat.NotebookNode:
    return nbformat.read(SOURCE, as_version=4)


def _graded_ids(nb) -> list[str]:
    return [_meta(c)["grade_id"] for c in nb.cells if _meta(c).get("grade_id")]


@pytest.mark.parametrize("attack", ROUND3_BOUNDS, ids=[a.name for a in ROUND3_BOUNDS])
def test_round3_submission_is_read_quickly_keeps_its_graded_cells_and_is_reported(attack, source):
    text = _submission_text(attack)
    findings = []
    started = time.perf_counter()
    nb = read_submission(text, findings)
    assert nb is not None, f"{attack.name}: refused: {[f.to_dict() for f in findings]}"
    nb = repair(nb, source, findings)
    nbformat.validate(nb)
    seconds = time.perf_counter() - started
    assert seconds < 10, f"{attack.name}: read and repaired in {seconds:.1f} s"
    assert _graded_ids(nb) == _graded_ids(source), f"{attack.name}: {_graded_ids(nb)}"
    shown = json.dumps([f.to_dict() for f in findings])
    if attack.finding:
        assert attack.finding in shown, f"{attack.name}: {attack.finding!r} not in {shown}"
    assert "\\u0000" not in shown and all(
        f.grade_id is None or isinstance(f.grade_id, str) for f in findings
    ), shown
    # what the feedback page will show of it renders quickly
    started = time.perf_counter()
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            html_safety.markdown2html({"cell": cell}, cell.source)
    seconds = time.perf_counter() - started
    assert seconds < 5, f"{attack.name}: its markdown rendered and cleaned in {seconds:.1f} s"


def test_pasted_image_is_kept_and_rendered(source):
    attack = next(a for a in ROUND3_BOUNDS if a.name == "r3_pasted_image")
    nb = read_submission(_submission_text(attack), [])
    cell = next(c for c in nb.cells if "attachments" in c)
    assert cell.attachments["image.png"]["image/png"] == PNG_1X1
    html = html_safety.markdown2html({"cell": cell}, cell.source)
    assert f'src="data:image/png;base64,{PNG_1X1}"' in html, html


def test_attachment_dropped_with_its_reference_and_missing_one_does_not_stop_the_page(source):
    raw = json.loads(nbformat.writes(source))
    raw["cells"].insert(0, {
        "cell_type": "markdown", "id": "pic", "metadata": {},
        "source": "![a](attachment:a.svg) ![b](attachment:gone.png) text",
        "attachments": {"a.svg": {"image/svg+xml": "<svg onload=alert(1)>"}},
    })  # fmt: skip
    findings = []
    nb = read_submission(json.dumps(raw), findings)
    cell = nb.cells[0]
    assert "attachments" not in cell and "attachment:" not in cell.source, cell
    assert "1 attachment(s) dropped" in json.dumps([f.to_dict() for f in findings])
    # a missing attachment (the file was edited by hand) renders, as a broken image
    html = html_safety.markdown2html({"cell": {"attachments": {}}}, "![x](attachment:none.png)")
    assert "<img" in html and "attachment:" not in html


def test_deep_widget_state_is_dropped_not_failed_and_shallow_metadata_kept(source):
    raw = json.loads(nbformat.writes(source))
    raw["metadata"]["widgets"] = {"state": nested(90)}
    raw["metadata"]["jupytext"] = {"formats": "ipynb,py"}
    raw["cells"][0]["metadata"]["collapsed"] = {"deep": nested(60)}
    raw["cells"][0]["metadata"]["tags"] = ["keep"]
    findings = []
    nb = read_submission(json.dumps(raw), findings)
    assert nb is not None, [f.to_dict() for f in findings]
    assert "widgets" not in nb.metadata and nb.metadata["jupytext"] == {"formats": "ipynb,py"}
    assert nb.cells[0].metadata.get("tags") == ["keep"] and "collapsed" not in nb.cells[0].metadata
    assert [f.kind.value for f in findings] == ["cut_to_budget"], findings


def test_json_past_the_reading_limit_is_still_refused_with_the_reason():
    findings = []
    text = '{"cells": [], "metadata": {"x": ' + "[" * 500 + "]" * 500 + "}}"
    assert read_submission(text, findings) is None
    assert "deeper than 400 levels" in findings[0].detail


def test_grade_ids_are_text_or_refused(source):
    raw = json.loads(nbformat.writes(source))
    nbg = lambda gid: {"nbgrader": {"grade_id": gid, "grade": False, "solution": False}}  # noqa: E731
    for k, gid in enumerate([5, 2.5, None, ["x"], "a\x00b", "\x1b[2Jx", "x" * 300, True]):
        raw["cells"].append(
            {"cell_type": "markdown", "id": f"g{k}", "metadata": nbg(gid), "source": "note"}
        )
    findings = []
    nb = read_submission(json.dumps(raw), findings)
    nb = repair(nb, source, findings)
    details = [f.detail for f in findings if f.kind.value == "bad_grade_id"]
    assert details[:2] == ["grade id 5 made text", "grade id 2.5 made text"], details
    assert len(details) == 8 and all("refused" in d for d in details[2:]), details
    for f in findings:
        assert f.grade_id is None or (isinstance(f.grade_id, str) and f.grade_id.isprintable())
        assert "\x00" not in f.detail and "\x1b" not in f.detail


def test_markdown_past_the_budgets_is_cut_and_said(source):
    own = sum(len(c.source) for c in source.cells if c.cell_type != "code")
    limits = Limits(markdown_chars=own + 3000, markdown_cell_chars=1200)  # own cells < 1200
    raw = json.loads(nbformat.writes(source))
    for k in range(6):
        raw["cells"].append({"cell_type": "markdown", "id": f"m{k}", "metadata": {},
                             "source": "w" * 1500})  # fmt: skip
    findings = []
    nb = read_submission(json.dumps(raw), findings, limits)
    mine = [c.source for c in nb.cells if c.id.startswith("m")]
    assert sum(len(s.split("\n\n[grader:")[0]) for s in mine) == 3000, mine
    assert [s.count("w") for s in mine] == [1200, 1200, 600, 0, 0, 0]
    assert "of this cell not kept" in mine[-1]
    assert "6 markdown/raw cell(s) cut" in json.dumps([f.to_dict() for f in findings])


@pytest.mark.parametrize("size", [240_000, 489_000])
def test_div_bomb_is_cleaned_in_linear_time_as_text(size):
    bomb = div_bomb(size)
    started = time.perf_counter()
    out = html_safety.clean(bomb)
    seconds = time.perf_counter() - started
    assert seconds < 1.0, f"a {size:,}-character div bomb took {seconds:.2f} s to clean"
    assert "<div" not in out and out.startswith("<pre>&lt;div&gt;")


def test_nesting_counts_what_the_parser_nests():
    assert html_safety.nesting("<p>a<p>b<p>c<br><img src=x>") == 0
    assert html_safety.nesting("<div><span><b>x</b></span></div><div></div>") == 3
    assert html_safety.nesting("<ul><li><ul><li>" * 10) == 20


def test_honest_markup_is_not_escaped():
    honest = "<table><tr><td><b>1</b></td></tr></table>\n" * 200
    assert "<table>" in html_safety.clean(honest)


def test_feedback_page_past_its_budget_is_replaced():
    page = "<html><head></head><body>" + "x" * 2000 + "</body></html>"
    out = html_safety.add_csp(page, set(), Limits(feedback_bytes=1000))
    assert "past the grader's limit of 1,000 bytes" in out and "Content-Security-Policy" in out
    assert len(out) < 1500


def test_nbconvert_pages_use_the_linear_cleaner_for_outputs_and_markdown():
    """configure() replaces nbconvert's own bleach call (clean_html: code cells, HTML outputs) and
    its markdown filter: a div bomb as an HTML output and as markdown renders in well under a
    second each, as text."""
    from nbconvert import HTMLExporter
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
    from traitlets.config import Config

    c = Config()
    html_safety.configure(c)
    bomb = div_bomb(240_000)
    nb = new_notebook(cells=[
        new_markdown_cell("# Notes\n\n" + bomb),
        new_code_cell("x = 1", outputs=[new_output("display_data", data={"text/html": bomb})]),
    ])  # fmt: skip
    started = time.perf_counter()
    page, _ = HTMLExporter(config=c).from_notebook_node(nb)
    seconds = time.perf_counter() - started
    assert seconds < 10, f"the page took {seconds:.1f} s"
    assert page.count("&lt;div&gt;&lt;div&gt;") >= 2 and "<div><div><div><div>" not in page
