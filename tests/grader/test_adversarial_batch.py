"""Hostile submissions inside a real ``lstm-grade autograde`` batch (issue 10), and the pages an
instructor opens afterwards in a real browser.

- a stall between two honest students: all three graded, the batch's wall time within the stall's
  cell limit (plus one student's overhead) of the honest students' own batch;
- a disk fill and a memory bomb across forks graded in parallel with an honest student: each kills
  only what is its own (ENOSPC in its tmpfs, the OOM killer in its cgroup), the honest student gets
  full marks;
- the feedback page of a submission full of active markup, opened in headless Chromium: no script
  of the payload runs (the flag it sets stays unset), the math text is there, a CSP is set;
- the formgrader, started as the README says (a Jupyter server in the course root, nbgrader's
  formgrader extension), with that submission open: no script of the payload runs either.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).parent / "adversarial"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from attacks import CORRECT, FULL  # noqa: E402
from attacks_round2 import PIPE_STALL  # noqa: E402
from conftest import course_env, unavailable  # noqa: E402

from lstm_grader.sandbox.launch import probe  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ASSIGNMENT, NOTEBOOK = "ex02_cell", "lstm_cell"
CELL_LIMIT = 8  # seconds, this course's cell limit
pytestmark = pytest.mark.slow

DISK_FILL = """import os
n = 0
for where in ('/home/student', '/tmp'):
    try:
        with open(f'{where}/fill', 'wb') as f:
            while True:
                f.write(b'x' * 2**20)
                n += 1
    except OSError as exc:
        print('full after', n, 'MiB:', exc.strerror)
"""
MEMORY_BOMB = """import os, time
kids = []
for _ in range(4):
    pid = os.fork()
    if pid == 0:
        hog = b'x' * (400 * 2**20)
        time.sleep(3)
        os._exit(0)
    kids.append(pid)
for pid in kids:
    os.waitpid(pid, 0)
print('forks done')
"""
MARKUP = """# Notes $\\\\sigma(z) = 1 / (1 + e^{-z})$

<img src="x" onerror="window.pwned = 'img'; document.title = 'PWNED'">
<script>window.pwned = 'script'</script>
<a id="jslink" href="javascript:window.pwned='link'">click</a>
<svg onload="window.pwned='svg'"></svg>
<iframe src="javascript:parent.pwned='iframe'"></iframe>
<form action="/api/contents/pwned.txt" method="post"><input name="x"></form>
"""
ACTIVE_OUTPUTS = """from IPython.display import HTML, Javascript, display
display(HTML('<img src=x onerror="window.pwned=\\\\'html-output\\\\'">'))
display(Javascript("window.pwned = 'js-output'"))
"""


def _submission(source, *, extra=(), tail=(), markdown=()):
    nb = nbformat.from_dict(json.loads(nbformat.writes(source)))
    for i, cell in enumerate(nb.cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == NOTEBOOK:
            cell.source = CORRECT
            new = [nbformat.v4.new_markdown_cell(m) for m in markdown]
            new += [nbformat.v4.new_code_cell(e) for e in extra]
            nb.cells[i + 1 : i + 1] = new
            break
    nb.cells += [nbformat.v4.new_code_cell(t) for t in tail]
    return nb


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    root = tmp_path_factory.mktemp("hostile_batch") / "course"
    (root / "solutions").mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, root / "solutions" / ASSIGNMENT)
    with open(root / "nbgrader_config.py", "a") as f:
        f.write(
            f"\nc.SandboxedExecute.timeout = {CELL_LIMIT}\n"
            "c.SandboxedExecute.notebook_timeout = 90\n"
            "c.SandboxedExecute.sandbox_memory_limit = 1024**3\n"
            "c.SandboxedExecute.disk_limit = 32 * 1024**2\n"
        )
    r = _run(["nbgrader", "generate_assignment", ASSIGNMENT], root)
    assert r.returncode == 0, r.stderr[-3000:]
    return root


def _run(cmd, root, timeout=900):
    return subprocess.run(
        cmd, cwd=root, env=course_env(), capture_output=True, text=True, timeout=timeout
    )


def _submit(root: Path, students: dict) -> None:
    source = nbformat.read(root / "solutions" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", as_version=4)
    sub = root / "submitted"
    if sub.exists():
        shutil.rmtree(sub)
    for student, kw in students.items():
        folder = sub / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(_submission(source, **kw), folder / f"{NOTEBOOK}.ipynb")


def _batch(root: Path, students: dict, workers: int) -> float:
    _submit(root, students)
    started = time.monotonic()
    r = _run(["lstm-grade", "autograde", ASSIGNMENT, "--workers", str(workers)], root)
    seconds = time.monotonic() - started
    assert r.returncode == 0, (
        f"lstm-grade autograde failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    )
    return seconds


def _scores(root: Path) -> dict:
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for sub in gb.find_assignment(ASSIGNMENT).submissions:
            out[sub.student.id] = {g.name: g.score for nb in sub.notebooks for g in nb.grades}
    return out


def _findings(root: Path, student: str) -> str:
    path = root / "grading_report" / ASSIGNMENT / student / f"{NOTEBOOK}.json"
    return json.dumps(json.loads(path.read_text()).get("findings", []))


def test_a_stall_between_two_honest_students_costs_at_most_its_cell_limit(course):
    honest = _batch(course, {"honest_a": {}, "honest_b": {}}, workers=1)
    with_stall = _batch(
        course, {"honest_a": {}, "stall": {"extra": [PIPE_STALL]}, "honest_b": {}}, workers=1
    )
    scores = _scores(course)
    assert scores["honest_a"] == FULL and scores["honest_b"] == FULL, scores
    assert set(scores["stall"].values()) == {0}, scores["stall"]
    assert "stalled in the middle of a reply" in _findings(course, "stall")
    # beside the stall's own cell limit: one more student's overhead (nbgrader, a sandbox start:
    # half the honest batch, plus 5 s of slack for a machine shared with other work)
    budget = honest + honest / 2 + CELL_LIMIT + 5
    print(f"honest batch {honest:.1f} s, with the stall {with_stall:.1f} s, budget {budget:.1f} s")
    assert with_stall < budget, (
        f"the stall cost {with_stall - honest:.1f} s over the honest students' {honest:.1f} s "
        f"(cell limit {CELL_LIMIT} s)"
    )


@pytest.fixture(scope="module")
def parallel(course):
    students = {
        "diskfill": {"extra": [DISK_FILL]},
        "membomb": {"extra": [MEMORY_BOMB]},
        "markup": {"markdown": [MARKUP], "extra": [ACTIVE_OUTPUTS]},
        "honest_c": {},
    }
    _batch(course, students, workers=3)
    return course


def test_disk_fill_and_memory_bomb_kill_only_their_own_sandbox(parallel):
    scores = _scores(parallel)
    assert scores["honest_c"] == FULL, scores
    assert scores["diskfill"] == FULL, f"a full scratch disk is the student's own: {scores}"
    out = json.loads(
        (parallel / "autograded" / "diskfill" / ASSIGNMENT / f"{NOTEBOOK}.ipynb").read_text()
    )
    text = json.dumps(out["cells"])
    assert "No space left on device" in text, "the disk fill never hit its limit"
    assert "memory" in _findings(parallel, "membomb"), _findings(parallel, "membomb")


def _screenshot(driver, course: Path, name: str) -> None:
    """Saved beside the course, and in $LSTM_GRADER_SCREENSHOTS when set (to look at them)."""
    driver.save_screenshot(str(course / name))
    if os.environ.get("LSTM_GRADER_SCREENSHOTS"):
        Path(os.environ["LSTM_GRADER_SCREENSHOTS"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(course / name, Path(os.environ["LSTM_GRADER_SCREENSHOTS"]) / name)


def _live_payload(driver) -> list[str]:
    """The payload's elements still live in the page: a script, a handler, a javascript: URL, an
    iframe or a form. The cleaner (Ammonia) drops them, script text included."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('script, [onerror], [onload], "
        'a[href^="javascript:"], iframe, form\')).map(e => e.outerHTML)'
        ".filter(h => h.includes('pwned'));"
    )


def _flag(driver) -> object:
    return driver.execute_script("return window.pwned === undefined ? null : window.pwned;")


def test_feedback_page_runs_no_script_of_the_payload(parallel):
    from book_helpers import chromium

    page = parallel / "feedback" / "markup" / ASSIGNMENT / f"{NOTEBOOK}.html"
    html = page.read_text()
    assert "Content-Security-Policy" in html
    with chromium() as driver:
        driver.get(page.as_uri())
        time.sleep(2)
        try:
            driver.find_element("id", "jslink").click()
        except Exception:
            pass  # the link is gone or inert: either way nothing may run
        time.sleep(1)
        _screenshot(driver, parallel, "feedback_markup.png")
        assert _flag(driver) is None, (
            f"a script of the submission ran: window.pwned={_flag(driver)}"
        )
        body = driver.find_element("tag name", "body").text
        assert "Notes" in body, "the markdown is not displayed"
        # the math is rendered offline to SVG when the feedback is written (no script runs)
        assert driver.find_elements("css selector", "h1 mjx-container svg"), "no math shown"
        assert _live_payload(driver) == [], "the payload is in the page as live markup"
        assert driver.title != "PWNED"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_formgrader_runs_no_script_of_the_payload(parallel):
    from book_helpers import chromium
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{parallel / 'gradebook.db'}") as gb:
        sub_id = gb.find_submission_notebook(NOTEBOOK, ASSIGNMENT, "markup").id
    port, token = _free_port(), "hostile-test-token"
    env = {**course_env(), "JUPYTER_CONFIG_DIR": str(parallel / ".jupyter-config")}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "server", "--no-browser", f"--port={port}",
         f"--IdentityProvider.token={token}", "--ServerApp.ip=127.0.0.1", "--allow-root"],
        cwd=parallel, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.5)
        else:
            pytest.fail("the Jupyter server did not start")
        with chromium() as driver:
            base = f"http://127.0.0.1:{port}"
            driver.get(f"{base}/formgrader/submissions/{sub_id}/?token={token}")
            time.sleep(5)
            _screenshot(driver, parallel, "formgrader_markup.png")
            source = driver.page_source
            assert "lstm_cell" in source or "Notes" in source, source[:2000]
            assert _flag(driver) is None, f"a script ran in the formgrader: {_flag(driver)}"
            assert _live_payload(driver) == [], "the payload is in the page as live markup"
            assert not (parallel / "pwned.txt").exists()
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
