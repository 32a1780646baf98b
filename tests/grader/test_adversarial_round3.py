"""Round 3 (issue 19) on ex04 and ex08: every route to torch's LSTM scores no more than the blank
notebook of the same run, and validate == autograde route by route.

One temporary copy of the course with ex02_cell, ex04_torch and ex08_shapes, made by the real
``nbgrader generate_assignment``; submissions are the release notebook with the graded cell
replaced (``MODULE_ROUTES``: ex04's ScratchLSTM built on each route; ``SHAPES_ROUTES``: ex08's
function reading nn.LSTM's shapes; the three validate == autograde routes). One
``nbgrader autograde`` per assignment. The blank notebook (the release as is) is graded in the same
run: a route may score no more than it.

Validate == autograde: each refused route also goes through the notebook's local check, in this
process where torch and lstm_ref are installed (the student's machine): the check must refuse it
with the finding ``forbidden_library`` and the sentence the sandbox's import refusal carries
(contract decision 5), and autograde must score the cell 0 with the same sentence in its output.
The local side is the checks branch's (lstm_ref/guard.py, lstm_ref/checks): until it has the
sentence, those comparisons are expected failures with that reason.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from conftest import unavailable
from nbgrader import utils
from nbgrader.api import Gradebook

from lstm_grader.sandbox.inside.runner import NOT_AVAILABLE
from lstm_grader.sandbox.launch import probe

sys.path.insert(0, str(Path(__file__).parent / "adversarial"))
from attacks_round3 import HONEST_MODULES, MODULE_ROUTES, SHAPES_ROUTES  # noqa: E402

pytestmark = pytest.mark.slow

BLANK = "blank"
NOTEBOOKS = {"ex02_cell": "lstm_cell", "ex04_torch": "scratch_lstm", "ex08_shapes": "shapes"}
GRADED_CELL = {"ex02_cell": "lstm_cell", "ex04_torch": "scratch_lstm",
               "ex08_shapes": "lstm_output_shapes"}  # fmt: skip

# validate == autograde: (assignment, graded function, source, library the check must name)
ROUTES = {
    "torch_in_numpy_exercise": (
        "ex02_cell",
        "lstm_cell",
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    import torch\n"
        "    t = torch.from_numpy\n"
        "    a = t(x) @ t(W_ih).T + t(b_ih) + t(h) @ t(W_hh).T + t(b_hh)\n"
        "    i, f, g, o = a.chunk(4, 1)\n"
        "    c2 = torch.sigmoid(f) * t(c) + torch.sigmoid(i) * torch.tanh(g)\n"
        "    return (torch.sigmoid(o) * torch.tanh(c2)).numpy(), c2.numpy()\n",
        "torch",
    ),
    "lstm_ref_numerics": (
        "ex02_cell",
        "lstm_cell",
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    import lstm_ref\n"
        "    return lstm_ref.lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)\n",
        "lstm_ref",
    ),
    "nn_lstm_in_ex08": ("ex08_shapes", "lstm_output_shapes",
                        SHAPES_ROUTES["nn_lstm_in_function"], "torch"),
}  # fmt: skip


def _submissions() -> dict[tuple[str, str], str | None]:
    """(assignment, student) -> the graded cell's new source (None: the release as is)."""
    subs: dict[tuple[str, str], str | None] = {(a, BLANK): None for a in NOTEBOOKS}
    for name, source in MODULE_ROUTES.items():
        subs[("ex04_torch", f"route_{name}")] = source
    for name, source in SHAPES_ROUTES.items():
        subs[("ex08_shapes", f"route_{name}")] = source
    for name, source in HONEST_MODULES.items():
        subs[("ex04_torch", f"honest_{name}")] = source
    for name, (assignment, _, source, _) in ROUTES.items():
        subs[(assignment, f"same_{name}")] = source
    subs[("ex02_cell", "same_overflow")] = OVERFLOWING_CELL
    subs[("ex02_cell", "same_reused_buffer")] = REUSED_BUFFER_CELL
    subs[("ex02_cell", "same_stale_cache")] = STALE_CACHE_CELL
    return subs


#: right values, but a sigmoid that overflows for pre-activations past ±709 (the hidden cell's
#: large-|x| case): NumPy's warning is raised in the sandbox and judged by the trusted check
OVERFLOWING_CELL = (
    "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
    "    H = h.shape[1]\n"
    "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
    "    s = lambda z: 1 / (1 + np.exp(-z))\n"
    "    i, f, o = s(a[:, :H]), s(a[:, H : 2 * H]), s(a[:, 3 * H :])\n"
    "    c2 = f * c + i * np.tanh(a[:, 2 * H : 3 * H])\n"
    "    return o * np.tanh(c2), c2\n"
)


#: right values, written into buffers kept between calls (one pair per shape): a result already
#: returned changes on the next call of its shape. The arrays cross the pipe as copies; the
#: sandbox sends the changes back, so grading sees what the notebook's check sees
REUSED_BUFFER_CELL = (
    "_buffers = {}\n"
    "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
    "    if h.shape not in _buffers:\n"
    "        _buffers[h.shape] = (np.empty(h.shape), np.empty(h.shape))\n"
    "    h_next, c_next = _buffers[h.shape]\n"
    "    H = h.shape[1]\n"
    "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
    "    s = lambda z: 0.5 * (1 + np.tanh(0.5 * z))\n"
    "    i, f, o = s(a[:, :H]), s(a[:, H : 2 * H]), s(a[:, 3 * H :])\n"
    "    c_next[...] = f * c + i * np.tanh(a[:, 2 * H : 3 * H])\n"
    "    h_next[...] = o * np.tanh(c_next)\n"
    "    return h_next, c_next\n"
)


#: right values on a first call, then the result kept for those sizes: a later call with the same
#: sizes and other values gets the first call's result. The sandbox decodes every call's arguments
#: anew, so the trusted check's second call (the first case's arguments times 0.5) finds it
STALE_CACHE_CELL = (
    "_seen = {}\n"
    "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
    "    key = (x.shape, h.shape)\n"
    "    if key in _seen:\n"
    "        return _seen[key]\n"
    "    H = h.shape[1]\n"
    "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
    "    s = lambda z: 0.5 * (1 + np.tanh(0.5 * z))\n"
    "    i, f, o = s(a[:, :H]), s(a[:, H : 2 * H]), s(a[:, 3 * H :])\n"
    "    c2 = f * c + i * np.tanh(a[:, 2 * H : 3 * H])\n"
    "    _seen[key] = (o * np.tanh(c2), c2)\n"
    "    return _seen[key]\n"
)


@pytest.fixture(scope="module")
def graded(tmp_path_factory, course_copy, course_run):
    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    course = course_copy(tmp_path_factory.mktemp("round3") / "course", with_exercises=False)
    for assignment in NOTEBOOKS:
        r = course_run(["nbgrader", "generate_assignment", assignment, "--force"], cwd=course)
        assert r.returncode == 0, r.stderr[-3000:]
    for (assignment, student), source in _submissions().items():
        notebook = NOTEBOOKS[assignment]
        nb = nbformat.read(course / "exercises" / assignment / f"{notebook}.ipynb", as_version=4)
        if source is not None:
            want = GRADED_CELL[assignment]
            (cell,) = [
                c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == want
            ]
            cell.source = source
        dest = course / "submitted" / student / assignment / f"{notebook}.ipynb"
        dest.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, dest)
    runs = {
        a: course_run(["nbgrader", "autograde", a, "--force"], cwd=course, timeout=1200)
        for a in NOTEBOOKS
    }
    scores, outputs, reports, maximum = {}, {}, {}, {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for assignment, student in _submissions():
            nb = gb.find_submission_notebook(NOTEBOOKS[assignment], assignment, student)
            scores[(assignment, student)] = sum(g.score for g in nb.grades)
            maximum[assignment] = sum(g.max_score for g in nb.grades)
    for assignment, student in _submissions():
        name = NOTEBOOKS[assignment]
        path = course / "autograded" / student / assignment / f"{name}.ipynb"
        nb = nbformat.read(path, as_version=4)
        outputs[(assignment, student)] = {
            c.metadata["nbgrader"]["grade_id"]: json.dumps(c.outputs)
            for c in nb.cells
            if c.cell_type == "code" and utils.is_grade(c) and not utils.is_solution(c)
        }
        record = course / "grading_report" / assignment / student / f"{name}.json"
        reports[(assignment, student)] = json.loads(record.read_text())
    return {"runs": runs, "scores": scores, "outputs": outputs, "reports": reports,
            "max": maximum}  # fmt: skip


def test_every_assignment_was_graded(graded):
    for assignment, r in graded["runs"].items():
        assert r.returncode == 0, f"{assignment}: {r.stderr[-3000:]}"


@pytest.mark.parametrize("route", sorted(MODULE_ROUTES))
def test_ex04_route_to_torchs_lstm_scores_no_more_than_blank(graded, route):
    got = graded["scores"][("ex04_torch", f"route_{route}")]
    blank = graded["scores"][("ex04_torch", BLANK)]
    report = graded["reports"][("ex04_torch", f"route_{route}")]
    assert got <= blank, (
        f"ex04 through {route}: {got} points, the blank notebook {blank}; findings "
        f"{report.get('findings')}"
    )


@pytest.mark.parametrize("variant", sorted(HONEST_MODULES))
def test_ex04_honest_numpy_modules_written_differently_keep_full_marks(graded, variant):
    key = ("ex04_torch", f"honest_{variant}")
    report = graded["reports"][key]
    assert graded["scores"][key] == graded["max"]["ex04_torch"], (
        f"{variant}: {graded['scores'][key]} of {graded['max']['ex04_torch']}; outputs "
        f"{graded['outputs'][key]}"
    )
    assert not report.get("findings"), report.get("findings")


@pytest.mark.parametrize("route", sorted(SHAPES_ROUTES))
def test_ex08_route_through_nn_lstm_scores_no_more_than_blank(graded, route):
    got = graded["scores"][("ex08_shapes", f"route_{route}")]
    blank = graded["scores"][("ex08_shapes", BLANK)]
    assert got <= blank, f"ex08 through {route}: {got} points, the blank notebook {blank}"


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_autograde_refuses_the_route_with_the_sandboxs_sentence(graded, route):
    assignment, _, _, library = ROUTES[route]
    student = f"same_{route}"
    assert graded["scores"][(assignment, student)] == 0, graded["outputs"][(assignment, student)]
    sentence = NOT_AVAILABLE.format(library=library)
    texts = graded["outputs"][(assignment, student)]
    missing = [gid for gid, text in texts.items() if sentence not in text]
    assert not missing, f"{route}: test cells {missing} do not say {sentence!r}: {texts}"


def _local_verdict(route: str):
    """Run the route through the notebook's own check, here (torch and lstm_ref installed)."""
    import lstm_ref.checks as checks

    assignment, function, source, _ = ROUTES[route]
    ns = {"np": np}
    exec(compile(source, f"<{route}>", "exec"), ns)  # noqa: S102 - the test's own route
    check = {
        "lstm_cell": checks.check_lstm_cell,
        "lstm_output_shapes": checks.check_lstm_output_shapes,
    }[function]
    try:
        check(ns[function], cases="fixed")
    except checks.CheckFailure as failure:
        return failure
    return None


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_the_local_check_refuses_the_route_with_the_same_words(graded, route):
    assignment, _, _, library = ROUTES[route]
    failure = _local_verdict(route)
    assert failure is not None, f"{route}: the local check passed what grading refuses"
    ids = [f.id for f in getattr(failure, "findings", ())]
    assert "forbidden_library" in ids, f"{route}: local findings {ids}: {failure}"
    sentence = NOT_AVAILABLE.format(library=library)
    assert sentence in str(failure), f"{route}: the local check says {failure}"
    graded_text = graded["outputs"][(assignment, f"same_{route}")]
    assert all(sentence in text for text in graded_text.values())


def test_an_overflow_warning_costs_the_same_cells_locally_and_at_grading(graded):
    # validate == autograde for NumPy's RuntimeWarning: the sandbox sends it back as text and the
    # grader's check judges it as the notebook's check does on the student's machine
    import warnings

    import lstm_ref.checks as checks

    ns = {"np": np}
    exec(compile(OVERFLOWING_CELL, "<overflow>", "exec"), ns)  # noqa: S102 - the test's own code
    local = {}
    for gid, cases in (("shapes", "shapes"), ("fixed", "fixed"), ("hidden", "random")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                checks.check_lstm_cell(ns["lstm_cell"], cases=cases)
                local[f"test_lstm_cell_{gid}"] = True
            except checks.CheckFailure as failure:
                assert failure.stage == "overflow", str(failure)
                local[f"test_lstm_cell_{gid}"] = False
    assert local == {
        "test_lstm_cell_shapes": True,
        "test_lstm_cell_fixed": True,
        "test_lstm_cell_hidden": False,
    }, local
    texts = graded["outputs"][("ex02_cell", "same_overflow")]
    at_grading = {gid: "overflow encountered in exp" not in text for gid, text in texts.items()}
    assert at_grading == local, (at_grading, texts)
    assert graded["scores"][("ex02_cell", "same_overflow")] == 3  # shapes 1 + fixed 2, hidden 0


def test_a_buffer_kept_between_calls_costs_the_same_cells_locally_and_at_grading(graded):
    # validate == autograde for a result changed by a later call: locally the check holds the
    # student's own arrays; at grading they are copies, changed as the sandbox reports
    import lstm_ref.checks as checks

    ns = {"np": np}
    exec(compile(REUSED_BUFFER_CELL, "<reused>", "exec"), ns)  # noqa: S102 - the test's own code
    said = "writes into an array it has already returned"
    local = {}
    for gid, cases in (("shapes", "shapes"), ("fixed", "fixed"), ("hidden", "random")):
        try:
            checks.check_lstm_cell(ns["lstm_cell"], cases=cases)
            local[f"test_lstm_cell_{gid}"] = True
        except checks.CheckFailure as failure:
            assert said in str(failure), str(failure)
            local[f"test_lstm_cell_{gid}"] = False
    assert not any(local.values()), local
    texts = graded["outputs"][("ex02_cell", "same_reused_buffer")]
    at_grading = {gid: said not in text for gid, text in texts.items()}
    assert at_grading == local, (at_grading, texts)
    assert graded["scores"][("ex02_cell", "same_reused_buffer")] == 0


def test_a_result_kept_from_an_earlier_call_costs_the_same_cells_locally_and_at_grading(graded):
    # validate == autograde for a cache keyed by the sizes: the shapes cell holds (its values
    # are not compared), every cell that compares values fails, locally and in the sandbox
    import lstm_ref.checks as checks

    ns = {"np": np}  # one namespace for the three cells, as in the notebook's kernel
    exec(compile(STALE_CACHE_CELL, "<stale>", "exec"), ns)  # noqa: S102 - the test's own code
    local = {}
    for gid, cases in (("shapes", "shapes"), ("fixed", "fixed"), ("hidden", "random")):
        try:
            checks.check_lstm_cell(ns["lstm_cell"], cases=cases)
            local[f"test_lstm_cell_{gid}"] = True
        except checks.CheckFailure:
            local[f"test_lstm_cell_{gid}"] = False
    assert local == {"test_lstm_cell_shapes": True, "test_lstm_cell_fixed": False,
                     "test_lstm_cell_hidden": False}, local  # fmt: skip
    texts = graded["outputs"][("ex02_cell", "same_stale_cache")]
    said = "returns a result kept from an earlier call"
    at_grading = {gid: said not in text for gid, text in texts.items()}
    assert at_grading == local, (at_grading, texts)
    assert graded["scores"][("ex02_cell", "same_stale_cache")] == 1
