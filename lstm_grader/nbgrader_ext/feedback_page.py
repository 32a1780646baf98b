"""The feedback page: math rendered offline on the grader's side, and a CSP with nothing remote.

- Math (:func:`markdown2html`): each markdown cell is rendered and cleaned by
  :func:`lstm_grader.nbgrader_ext.html_safety.markdown2html` (math kept as TeX), then every
  formula in its text (``$...$``, ``$$...$$``, ``\\(...\\)``, ``\\[...\\]``,
  ``\\begin{env}...\\end{env}``; never inside ``<code>``/``<pre>``) is replaced by the SVG that
  MathJax 3 from npm (``node_modules/mathjax``, package.json) makes of it, run once by ``node``
  (``tex2svg.js``, a restricted set of TeX packages: no ``\\href``, ``\\class``, ``\\style``,
  ``\\require``). The page therefore needs no script to show equations, and no CDN. Formulas are
  cached per process (a course's pages share the release's math: one ``node`` run per worker),
  and rendered a notebook at a time. Without node or MathJax the TeX stays as text.
- CSP (:func:`add_csp`, installed by :mod:`lstm_grader.nbgrader_ext.patches`): the template's
  MathJax 2 ``<script>`` tags (a CDN, and a config block that needed ``'unsafe-eval'``) are
  removed from the page; the policy allows no remote origin, no ``'unsafe-eval'``, and scripts
  only by the hash of the template's own inline scripts (none once MathJax 2 is gone:
  ``script-src 'none'``).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

from jinja2 import pass_context

from lstm_grader.limits import DEFAULT_LIMITS, Limits

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TEX2SVG = HERE / "tex2svg.js"
MAX_FORMULAS = 2000  # per notebook: beyond, the TeX stays as text
MAX_TEX = 4000  # characters of one formula
NODE_TIMEOUT = 60.0  # seconds of one node run

# ------------------------------------------------------------------------------- math


def mathjax_dir() -> Path:
    """``LSTM_GRADER_MATHJAX`` if set, else the repository's ``node_modules/mathjax``."""
    configured = os.environ.get("LSTM_GRADER_MATHJAX", "").strip()
    return Path(configured) if configured else REPO / "node_modules" / "mathjax"


_MATH = re.compile(
    r"\$\$(?P<dd>.+?)\$\$"
    r"|\\\[(?P<bd>.+?)\\\]"
    r"|(?P<env>\\begin\{(?P<name>[A-Za-z]+\*?)\}.+?\\end\{(?P=name)\})"
    r"|\\\((?P<bi>.+?)\\\)"
    r"|(?<![\\$])\$(?P<di>[^$\s](?:[^$]*?[^$\s])?)\$",
    re.S,
)
_TAG = re.compile(r"(<[^>]*>)")
_SAFE_SVG = re.compile(r"<script|\bon[a-z]+\s*=|href=\"(?!#)|javascript:|<foreignObject", re.I)
_cache: dict[tuple[str, bool], str | None] = {}
_warned: set[str] = set()


def _formulas(fragment: str):
    """``(start, end, tex, display)`` of each formula in an HTML fragment's text, outside tags
    and outside ``<code>``/``<pre>``; the TeX unescaped (the HTML has ``&lt;`` for ``<``)."""
    pos, quiet = 0, 0
    for part in _TAG.split(fragment):
        if part.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if name and name.group(1).lower() in ("code", "pre"):
                quiet += -1 if part.startswith("</") else 1
                quiet = max(quiet, 0)
        elif not quiet:
            for m in _MATH.finditer(part):
                display = (
                    m.group("dd") is not None or m.group("bd") is not None or bool(m.group("env"))
                )
                tex = next(g for g in (m.group("dd"), m.group("bd"), m.group("env"),
                                       m.group("bi"), m.group("di")) if g is not None)  # fmt: skip
                yield pos + m.start(), pos + m.end(), html.unescape(tex), display
        pos += len(part)


def _node_render(items: list[tuple[str, bool]]) -> list[str | None]:
    node, root = shutil.which("node"), mathjax_dir()
    if node is None or not (root / "es5" / "node-main.js").is_file():
        why = "node is not installed" if node is None else f"MathJax is not at {root}"
        if why not in _warned:
            _warned.add(why)
            log.warning("feedback pages show TeX as text: %s (make setup installs it)", why)
        return [None] * len(items)
    try:
        r = subprocess.run(
            [node, str(TEX2SVG), str(root)],
            input=json.dumps(items),
            capture_output=True,
            text=True,
            timeout=NODE_TIMEOUT,
            env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/")},
        )
        out = json.loads(r.stdout) if r.returncode == 0 else None
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        log.warning("rendering math failed: %s", exc)
        return [None] * len(items)
    if not isinstance(out, list) or len(out) != len(items):
        log.warning("rendering math failed: %s", r.stderr[-300:])
        return [None] * len(items)
    return [s if isinstance(s, str) and not _SAFE_SVG.search(s) else None for s in out]


def render(items: list[tuple[str, bool]]) -> None:
    """Render the formulas not in the cache yet (one node run), into the cache."""
    todo = list(dict.fromkeys(i for i in items if i not in _cache and len(i[0]) <= MAX_TEX))
    todo = todo[:MAX_FORMULAS]
    if todo:
        for item, svg in zip(todo, _node_render(todo), strict=True):
            _cache[item] = svg


def with_math(fragment: str) -> str:
    """``fragment`` with each formula replaced by its SVG (from the cache; see :func:`render`)."""
    out, last = [], 0
    for start, end, tex, display in _formulas(fragment):
        svg = _cache.get((tex, display))
        if svg is None:
            continue
        block = f'<div class="math-display">{svg}</div>' if display else svg
        out += [fragment[last:start], block]
        last = end
    return "".join(out) + fragment[last:] if out else fragment


def _prepare(context) -> None:
    """On a notebook's first markdown cell: render all its formulas in one node run."""
    nb = context.get("nb") if context else None
    if nb is None or getattr(nb, "_lstm_math_done", False):
        return
    from lstm_grader.nbgrader_ext import html_safety

    items = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            cleaned = html_safety.markdown2html(None, str(cell.get("source", "")))
            items += [(tex, display) for _, _, tex, display in _formulas(cleaned)]
    render(items[:MAX_FORMULAS])
    try:
        object.__setattr__(nb, "_lstm_math_done", True)
    except (AttributeError, TypeError):
        pass


@pass_context
def markdown2html(context, source: str) -> str:
    """The cleaned markdown (html_safety.markdown2html), its math rendered to SVG."""
    from lstm_grader.nbgrader_ext import html_safety

    fragment = html_safety.markdown2html(context, source)
    _prepare(context)
    items = [(tex, display) for _, _, tex, display in _formulas(fragment)]
    render(items)
    return with_math(fragment)


FILTER = "lstm_grader.nbgrader_ext.feedback_page.markdown2html"
MATH_CSS = (
    "<style>mjx-container[jax=SVG]{direction:ltr}mjx-container>svg{overflow:visible}"
    ".math-display{text-align:center;margin:0.6em 0;overflow-x:auto}</style>"
)


def configure(c) -> None:
    """Math on the grader's side for every HTML export (feedback, formgrader): nbgrader_config."""
    c.HTMLExporter.filters = {**dict(c.HTMLExporter.get("filters", {}) or {}),
                              "markdown2html": FILTER}  # fmt: skip


# ------------------------------------------------------------------------------- CSP

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)


def strip_remote_scripts(page: str) -> str:
    """The page without scripts loaded from elsewhere and without MathJax 2's config block (the
    template's; math is already SVG). A student's script never reaches here: outputs and
    markdown are cleaned before."""

    def keep(m: re.Match) -> str:
        attrs = m.group(1).lower()
        if "src=" in attrs or "text/x-mathjax-config" in attrs:
            return ""
        return m.group(0)

    return _SCRIPT.sub(keep, page)


def _hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def template_script_hashes(page_of_empty_notebook: str) -> set[str]:
    """The hashes of the inline scripts a template puts in every page (rendered once for an
    empty notebook: nothing of a student is in it), after :func:`strip_remote_scripts`."""
    page = strip_remote_scripts(page_of_empty_notebook)
    return {_hash(body) for attrs, body in _SCRIPT.findall(page) if "src" not in attrs}


def csp(script_hashes: set[str]) -> str:
    scripts = " ".join(sorted(script_hashes)) or "'none'"
    return (
        "default-src 'none'; "
        f"script-src {scripts}; "
        "style-src 'unsafe-inline'; "
        "font-src data:; "
        "img-src data:; "
        "connect-src 'none'; frame-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")


def strip_font_files(page: str) -> str:
    """The page without ``@font-face`` rules that load font files (bootstrap's glyphicons, at
    ``../fonts/``: a file the feedback folder does not have, refused by the CSP); fonts given as
    ``data:`` stay."""
    return _FONT_FACE.sub(
        lambda m: m.group(0) if "url(" not in m.group(0).replace("url(data:", "") else "", page
    )


def too_large_page(size: int, limits: Limits = DEFAULT_LIMITS) -> str:
    """The page written instead of a feedback page past ``Limits.feedback_bytes``."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Feedback</title></head><body>'
        f"<p>This feedback page would be {size:,} bytes, past the grader's limit of "
        f"{limits.feedback_bytes:,} bytes for one page, so it is not shown. Your score is in the "
        "gradebook; ask your instructor for the details of your grading.</p></body></html>\n"
    )


def add_csp(page: str, script_hashes: set[str], limits: Limits = DEFAULT_LIMITS) -> str:
    """``page`` without remote scripts or font files, with the math style and a CSP ``<meta>`` as
    the first element of its ``<head>``; a page past ``Limits.feedback_bytes`` is replaced by
    :func:`too_large_page`."""
    if len(page) > limits.feedback_bytes:
        page = too_large_page(len(page), limits)
    page = strip_font_files(strip_remote_scripts(page))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp(script_hashes)}">'
    head = meta + "\n" + MATH_CSS
    page, n = re.subn(r"<head(\s[^>]*)?>", lambda m: m.group(0) + "\n" + head, page, count=1)
    return page if n else head + page
