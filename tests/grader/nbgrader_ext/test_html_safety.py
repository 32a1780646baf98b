"""html_safety (lstm_grader/nbgrader_ext/html_safety.py): markdown renders, math text stays, every
active part of a student's markup is inert; the CSP allows only the template's own scripts.
(The real-browser checks are in tests/grader/test_adversarial_batch.py.)"""

from __future__ import annotations

import pytest

from lstm_grader.nbgrader_ext import html_safety

PAYLOADS = [
    ('<img src=x onerror="alert(1)">', "onerror"),
    ("<script>alert(1)</script>", "<script"),
    ("[x](javascript:alert(1))", "javascript:"),
    ('<a href=" JaVaScRiPt:alert(1)">x</a>', 'alert(1)"'),
    ('<iframe src="https://evil"></iframe>', "<iframe"),
    ("<svg onload=alert(1)></svg>", "<svg"),
    ('<form action="/api/contents"><input></form>', "<form"),
    ('<img src="data:text/html;base64,PHNjcmlwdD4=">', "data:text/html"),
    ("<style>body{display:none}</style>", "<style"),
]


@pytest.mark.parametrize("payload, live", PAYLOADS)
def test_active_markup_is_inert(payload, live):
    html = html_safety.markdown2html({}, f"text {payload} text")
    assert live not in html.replace("&lt;", "\x00"), html


def test_markdown_and_math_still_display():
    html = html_safety.markdown2html({}, "# Title\n\n**bold** $\\sigma(z) < 1$ and $$a_t$$")
    assert "<h1" in html and "<strong>bold</strong>" in html
    assert "$\\sigma(z) &lt; 1$" in html and "$$a_t$$" in html


def test_csp_allows_only_hashed_scripts_and_mathjax():
    page = "<html><head><script>var a = 1;</script></head><body></body></html>"
    hashes = html_safety.template_script_hashes(page)
    out = html_safety.add_csp(page, hashes)
    assert out.index("Content-Security-Policy") < out.index("<script>")
    csp = html_safety.csp(hashes)
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert next(iter(hashes)) in csp and "default-src 'none'" in csp
