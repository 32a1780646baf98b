"""Hostile submissions graded by the real ``nbgrader autograde`` with the sandboxed executor.

One temporary copy of the course (ex02_cell), one submission per attack of
``tests/grader/adversarial/attacks.py`` (each a copy of the solution notebook with the attack
edited in), ONE ``nbgrader autograde ex02_cell`` call for all of them. Then, per attack: the score
of each graded cell in the gradebook, the grading report's findings; and for the batch: it finished,
the course directory and the gradebook were not touched by any submission.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).parent / "adversarial"))
from attacks import ATTACKS as ROUND1  # noqa: E402
from attacks_round2 import ROUND2  # noqa: E402
from attacks_round3 import ROUND3  # noqa: E402
from conftest import unavailable  # noqa: E402

from lstm_grader.sandbox.launch import is_sandbox_uid, probe  # noqa: E402

ATTACKS = ROUND1 + ROUND2 + ROUND3


def _params(attacks):
    """Each attack as a test parameter, named by the attack."""
    return [pytest.param(a, id=a.name) for a in attacks]


ROOT = Path(__file__).resolve().parents[2]
ASSIGNMENT = "ex02_cell"
NOTEBOOK = "lstm_cell"

pytestmark = pytest.mark.slow


def _tree_digest(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _make_submission(source: nbformat.NotebookNode, attack, course: Path):
    nb = copy.deepcopy(source)
    fill = lambda s: s.replace("{course}", str(course))
    for i, cell in enumerate(nb.cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == NOTEBOOK:
            cell.source = fill(attack.solution)
            for k, extra in enumerate(attack.extra):
                nb.cells.insert(i + 1 + k, nbformat.v4.new_code_cell(fill(extra)))
            break
    else:
        raise AssertionError("the solution notebook has no cell with grade id lstm_cell")
    nb.cells += [nbformat.v4.new_code_cell(fill(tail)) for tail in attack.tail]
    return nb


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    course = tmp_path_factory.mktemp("course")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    (course / "solutions").mkdir()
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, course / "solutions" / ASSIGNMENT)
    with open(course / "nbgrader_config.py", "a") as f:
        f.write(
            "\nc.SandboxedExecute.timeout = 6\nc.SandboxedExecute.notebook_timeout = 90\n"
            "c.SandboxedExecute.sandbox_memory_limit = 2 * 1024**3\n"
        )
    env = dict(os.environ, LSTM_GRADER_EXECUTOR="sandbox")
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    # every sandbox of this run starts in a folder of its own under TMPDIR: a process that
    # survives is told from the sandboxes of other runs on the machine by that folder
    (course / "sandbox-tmp").mkdir()
    env["TMPDIR"] = str(course / "sandbox-tmp")
    run = lambda *args, **kw: subprocess.run(
        ["nbgrader", *args], cwd=course, env=env, capture_output=True, text=True, **kw
    )
    r = run("generate_assignment", ASSIGNMENT, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    source = nbformat.read(course / "solutions" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", as_version=4)
    for attack in ATTACKS:
        folder = course / "submitted" / attack.name / ASSIGNMENT
        folder.mkdir(parents=True)
        nb = _make_submission(source, attack, course)
        target = folder / f"{NOTEBOOK}.ipynb"
        if attack.raw is None:
            nbformat.write(nb, target)
        else:
            target.write_text(attack.raw(json.loads(nbformat.writes(nb))))
    for attack in ATTACKS:
        if attack.make is not None:
            attack.make(course / "submitted" / attack.name / ASSIGNMENT, course)
    before = _tree_digest(course / "solutions")
    started = time.monotonic()
    r = run("autograde", ASSIGNMENT, timeout=1500)
    seconds = time.monotonic() - started
    db_digest = hashlib.sha256((course / "gradebook.db").read_bytes()).hexdigest()
    time.sleep(5)  # give a detached process of a submission time to strike (it must not)
    from nbgrader.api import Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for attack in ATTACKS:
            nb = gb.find_submission_notebook(NOTEBOOK, ASSIGNMENT, attack.name)
            scores[attack.name] = {g.name: g.score for g in nb.grades}
    reports = {}
    for attack in ATTACKS:
        path = course / "grading_report" / ASSIGNMENT / attack.name / f"{NOTEBOOK}.json"
        reports[attack.name] = json.loads(path.read_text()) if path.exists() else None
    return {
        "course": course,
        "autograde": r,
        "seconds": seconds,
        "scores": scores,
        "reports": reports,
        "solutions_before": before,
        "gradebook_digest_after_run": db_digest,
    }


def test_batch_finishes_with_every_submission_graded(graded):
    r = graded["autograde"]
    assert r.returncode == 0, (
        f"nbgrader autograde failed (exit {r.returncode}) after {graded['seconds']:.0f} s:\n"
        + r.stderr[-4000:]
    )
    missing = [a.name for a in ATTACKS if graded["reports"][a.name] is None]
    assert not missing, f"no grading report for: {missing}"
    print(f"graded {len(ATTACKS)} submissions in {graded['seconds']:.0f} s")


@pytest.mark.parametrize("attack", _params(ATTACKS))
def test_attack_scores_as_expected(graded, attack):
    got = graded["scores"][attack.name]
    report = graded["reports"][attack.name] or {}
    wrong = {
        cell: (want, got.get(cell))
        for cell, want in attack.expected.items()
        if want is not None and got.get(cell) != want
    }
    assert not wrong, (
        f"submission '{attack.name}': graded cells scored {got}, expected {attack.expected} "
        f"(cell: (expected, got) {wrong}); report cells: {report.get('cells')}, "
        f"findings: {report.get('findings')}"
    )


@pytest.mark.parametrize(
    "attack", [a for a in ATTACKS if a.finding], ids=[a.name for a in ATTACKS if a.finding]
)
def test_attack_is_named_in_the_grading_report(graded, attack):
    report = graded["reports"][attack.name] or {}
    text = json.dumps(report.get("findings", []))
    assert attack.finding in text, (
        f"submission '{attack.name}': the grading report should mention {attack.finding!r}; "
        f"its findings are {report.get('findings')}"
    )


def test_course_directory_untouched_by_submissions(graded):
    course = graded["course"]
    assert not (course / "pwned.txt").exists(), "a submission wrote into the course directory"
    assert _tree_digest(course / "solutions") == graded["solutions_before"], (
        "solutions/ changed during grading"
    )


def test_gradebook_not_rewritten_after_the_run(graded):
    course = graded["course"]
    assert (course / "gradebook.db").read_bytes()[:15] == b"SQLite format 3", (
        "gradebook.db is no longer an SQLite database"
    )
    digest = hashlib.sha256((course / "gradebook.db").read_bytes()).hexdigest()
    assert digest == graded["gradebook_digest_after_run"], (
        "gradebook.db changed after autograde ended (a detached process of a submission?)"
    )


def _started_under(pid: int, folder: str) -> bool:
    """Whether ``pid`` or one of its ancestors runs in ``folder`` (the outer bubblewrap process
    of a sandbox runs in the sandbox's own folder; with the PID namespace and --die-with-parent
    every process of a sandbox has it as an ancestor while any of them lives)."""
    for _ in range(32):
        try:
            if os.readlink(f"/proc/{pid}/cwd").startswith(folder):
                return True
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return False
        pid = int(next(ln for ln in status.splitlines() if ln.startswith("PPid:")).split()[1])
        if pid <= 1:
            return False
    return False


def test_no_sandboxed_process_survives_grading(graded):
    out = subprocess.run(["ps", "-eo", "uid=,pid=,args="], capture_output=True, text=True).stdout
    # sandboxes of this run (other runs on the machine may be grading at the same time, the
    # other half of `make test` among them): started in this course's TMPDIR
    folder = str(graded["course"] / "sandbox-tmp")
    left = [
        line
        for line in out.splitlines()
        if is_sandbox_uid(int(line.split()[0])) and _started_under(int(line.split()[1]), folder)
    ]
    assert not left, f"processes of sandbox users still running after grading: {left}"


def test_grading_report_lists_findings_per_submission(graded):
    course = graded["course"]
    r = subprocess.run(
        [sys.executable, "-m", "lstm_grader.report", ASSIGNMENT],
        cwd=course,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    for name in ("calls_torch_lstmcell", "corrupt_json", "sigint_ignored_loop", "edited_test_cell"):
        assert f"{ASSIGNMENT} / {name} / {NOTEBOOK}:" in r.stdout, (
            f"the summary does not list submission {name}:\n{r.stdout}"
        )
    assert "honest" not in r.stdout, f"the honest submission is listed with findings:\n{r.stdout}"
    with open(course / "grading_report.csv") as f:
        rows = list(csv.DictReader(f))
    kinds = {(row["student"], row["kind"]) for row in rows}
    assert ("honest", "ok") in kinds and ("calls_torch_vf", "forbidden_call") in kinds, kinds
    assert json.loads((course / "grading_report.json").read_text()), "empty grading_report.json"


# ---------------------------------------------------------------- round 2 (issue 10)


def test_nothing_but_regular_files_of_the_submission_reach_autograded(graded):
    """Links beside the notebook (to gradebook.db, solutions, /etc/shadow) and a hard link to a
    course file were refused before nbgrader copied anything."""
    course = graded["course"]
    for attack in ("r2_links_beside", "r2_notebook_symlink", "r2_notebook_fifo"):
        out = course / "autograded" / attack / ASSIGNMENT
        for p in out.rglob("*") if out.exists() else []:
            assert not p.is_symlink(), f"{p} is a link"
            assert p.stat().st_nlink == 1, f"{p} has other names (a hard link)"
            assert p.name not in ("gradebook.db", "shadow", "hardlinked_config.py"), p
        feedback = course / "feedback" / attack / ASSIGNMENT
        for p in feedback.rglob("*") if feedback.exists() else []:
            assert "### BEGIN SOLUTION" not in p.read_text(errors="replace"), p


def test_autograded_notebooks_stay_small_after_floods(graded):
    course = graded["course"]
    for attack in ("r2_mime_flood", "r2_huge_string", "r2_nested_reply"):
        nb = course / "autograded" / attack / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
        assert nb.exists(), f"{attack}: not graded"
        size = nb.stat().st_size
        assert size < 8 * 1024**2, f"{attack}: the graded notebook is {size:,} bytes"


def test_report_values_are_escaped_for_spreadsheets_and_terminals(graded):
    course = graded["course"]
    r = subprocess.run(
        [sys.executable, "-m", "lstm_grader.report", ASSIGNMENT],
        cwd=course,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout, "terminal escapes of a submission reached the summary"
    assert "limits: " in r.stdout and "sandbox_memory=" in r.stdout, "the report lists no limits"
    with open(course / "grading_report.csv", newline="") as f:
        cells = [v for row in csv.reader(f) for v in row]
    formulas = [v for v in cells if v[:1] in ("=", "+", "-", "@")]
    assert not formulas, f"CSV cells that a spreadsheet reads as formulas: {formulas[:3]}"
    assert any("HYPERLINK" in v for v in cells), "the formula attack left no trace in the CSV"
