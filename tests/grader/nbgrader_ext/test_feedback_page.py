"""lstm_grader.nbgrader_ext.feedback_page: equations rendered offline, and a CSP with nothing
remote and no 'unsafe-eval'; the real feedback page of a graded ex02 opened in headless Chromium.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from lstm_grader.nbgrader_ext import feedback_page

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "tests"))


def test_the_policy_has_no_remote_origin_and_no_eval() -> None:
    for hashes in (set(), {"'sha256-abc='"}):
        policy = feedback_page.csp(hashes)
        assert "unsafe-eval" not in policy and "http" not in policy, policy
        assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "script-src 'none';" in feedback_page.csp(set())


def test_mathjax_2_and_remote_scripts_leave_the_page() -> None:
    page = (
        "<html><head><script src='https://cdn.example/mathjax.js'> </script>"
        '<script type="text/x-mathjax-config">MathJax.Hub.Config({})</script>'
        "<script>var own = 1;</script></head><body></body></html>"
    )
    out = feedback_page.add_csp(page, feedback_page.template_script_hashes(page))
    assert "cdn.example" not in out and "x-mathjax-config" not in out
    assert "var own = 1" in out and feedback_page._hash("var own = 1;") in out
    css = "<style>@font-face{font-family:'G';src:url(../fonts/g.woff)}p{}</style>"
    assert "@font-face" not in feedback_page.add_csp(css, set())


def test_formulas_are_found_in_text_never_in_code() -> None:
    fragment = (
        "<p>The cell: $c_t = f_t \\odot c_{t-1}$ and</p>\n<p>$$h_t = o_t &lt; 1$$</p>"
        "<pre><code>price = '$5' + '$6'</code></pre><p>\\(x\\) costs $ 5 and $6</p>"
    )
    found = [(tex, display) for _, _, tex, display in feedback_page._formulas(fragment)]
    assert found == [("c_t = f_t \\odot c_{t-1}", False), ("h_t = o_t < 1", True), ("x", False)]


@pytest.fixture(scope="module")
def node_mathjax():
    if shutil.which("node") is None or not (feedback_page.mathjax_dir() / "es5").is_dir():
        pytest.skip("node or node_modules/mathjax missing (make setup installs them)")


def test_tex_becomes_svg_and_what_mathjax_refuses_stays_text(node_mathjax) -> None:
    fragment = "<p>$\\sigma(z) = \\frac{1}{1+e^{-z}}$ and $\\href{javascript:alert(1)}{x}$</p>"
    feedback_page.render([(t, d) for _, _, t, d in feedback_page._formulas(fragment)])
    out = feedback_page.with_math(fragment)
    assert out.count("<svg") == 2 and "\\frac" not in out
    assert "javascript:" not in out, "\\href is not among the TeX packages: no link is made"


# ---------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def feedback_html(tmp_path_factory, node_mathjax):
    from conftest import copy_course, run

    from lstm_grader.sandbox.launch import probe

    if probe() != "bwrap":
        pytest.skip(f"no bubblewrap: {probe()}")
    course = copy_course(tmp_path_factory.mktemp("feedback") / "course")
    src = course / "demo" / "submissions" / "alice" / "ex02_cell"
    shutil.copytree(src, course / "submitted" / "alice" / "ex02_cell")
    steps = [
        ["nbgrader", "generate_assignment", "ex02_cell", "--force"],
        ["nbgrader", "autograde", "ex02_cell"],
        ["nbgrader", "generate_feedback", "ex02_cell"],
    ]
    for cmd in steps:
        r = run(cmd, cwd=course, timeout=900)
        assert r.returncode == 0, r.stderr[-3000:]
    (page,) = (course / "feedback" / "alice" / "ex02_cell").glob("*.html")
    return page


def test_the_feedback_page_shows_equations_with_nothing_remote(feedback_html) -> None:
    from book_helpers import CHROMEDRIVER, CHROMIUM, SCREENSHOTS, chromium, drain_logs, serve

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("no /usr/bin/chromium + chromedriver")
    text = feedback_html.read_text()
    assert "<script" not in text and "unsafe-eval" not in text
    assert "cdnjs" not in text and "jsdelivr" not in text
    with serve(feedback_html.parent) as base, chromium() as driver:
        driver.get(base + feedback_html.name)
        formulas = driver.execute_script(
            "return Array.from(document.querySelectorAll('mjx-container svg'))"
            ".map(e => e.getBoundingClientRect().width)"
        )
        raw = driver.execute_script(
            "const c = document.body.cloneNode(true);"
            "c.querySelectorAll('pre, code, mjx-container, style').forEach(e => e.remove());"
            "return ['\\\\odot', '\\\\frac', '$$', '\\\\sigma'].filter(t => "
            "c.textContent.includes(t));"
        )
        report = drain_logs(driver, base, base + feedback_html.name)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.execute_script(
            "const m = document.querySelector('mjx-container');"
            "if (m) m.scrollIntoView({block: 'center'});"
        )
        driver.save_screenshot(str(SCREENSHOTS / "feedback_ex02_math.png"))
    assert formulas and all(w > 0 for w in formulas), f"equations not drawn: {formulas}"
    assert raw == [], f"TeX shown as text on the feedback page: {raw}"
    outside = [u for u in report.outside_requests if not u.startswith("chrome://")]
    assert not outside, outside
    assert not report.console_errors, report.console_errors
