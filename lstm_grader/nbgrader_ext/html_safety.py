"""No student markup is live in a page an instructor or a student opens.

The feedback page and the formgrader render a student's notebook with nbconvert. nbgrader's own
templates pass markdown through ``markdown2html`` unsanitized, and nbconvert's ``sanitize_html``
covers outputs only. nbgrader_config.py therefore (see :func:`configure`):

- sets ``HTMLExporter.sanitize_html`` (``text/html`` and ``text/markdown`` outputs cleaned,
  ``application/javascript`` outputs not rendered);
- replaces the ``markdown2html`` filter of every HTML export (feedback, formgrader) by
  :func:`markdown2html`: the markdown is rendered as nbconvert renders it (math kept for MathJax),
  then cleaned with an allowlist (:func:`clean`): no script, no event handler, no ``javascript:``
  URL, no iframe, object, form or style element; nbconvert's ``clean_html`` filter (code cells,
  HTML outputs, raw cells) is the same :func:`clean`;
- cleaning is linear in its input: Ammonia (``nh3``) instead of bleach, and markup nested deeper
  than ``Limits.html_nesting`` levels is shown as escaped text without being parsed
  (``bench/bench_html.py`` measures both cleaners);
- a page past ``Limits.feedback_bytes`` is replaced by one that says so (:func:`add_csp`);
- adds a Content-Security-Policy to each feedback page (:func:`add_csp`, installed by
  :mod:`lstm_grader.nbgrader_ext.patches`; defined in :mod:`feedback_page`, where the math is
  rendered offline): nothing remote, only the page's own scripts by hash, as a second wall.
"""

from __future__ import annotations

import html as _html
import re

import nh3
from jinja2 import pass_context

from lstm_grader.limits import DEFAULT_LIMITS, Limits

TAGS = {
    *("a", "abbr", "acronym", "b", "blockquote", "code", "em", "i", "li", "ol", "strong", "ul"),
    *("p", "div", "span", "pre", "code", "br", "hr", "img", "sub", "sup", "del", "s", "u"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "kbd", "samp", "var", "mark", "small"),
    *("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"),
    *("details", "summary", "figure", "figcaption", "cite", "q", "center"),
}
ATTRIBUTES = {
    "*": ["class", "id", "title", "align"],
    "a": ["href", "title"],  # rel is set by the cleaner (noopener noreferrer)
    "img": ["src", "alt", "title", "width", "height"],
    "abbr": ["title"],
    "acronym": ["title"],
    "td": ["colspan", "rowspan", "align"],
    "th": ["colspan", "rowspan", "align", "scope"],
    "col": ["span"],
}
PROTOCOLS = {"http", "https", "mailto", "data"}  # data: only survives on <img> (see _attribute)
# Elements that never hold others (void) or that the HTML parser closes by itself when the next one
# opens (<p><p> are siblings): they do not deepen the tree, so they do not count towards its depth.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option".split()
)
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>")


def _attribute(tag: str, name: str, value: str) -> bool:
    allowed = ATTRIBUTES.get(tag, []) + ATTRIBUTES["*"]
    if name not in allowed:
        return False
    if name in ("href", "src"):
        v = re.sub(r"[\x00-\x20]", "", value).lower()
        if v.startswith("data:"):
            return tag == "img" and re.match(r"data:image/(png|jpeg|gif|webp);", v) is not None
        return not v.startswith(("javascript:", "vbscript:", "file:"))
    return True


def _filter(tag: str, name: str, value: str) -> str | None:
    return value if _attribute(tag, name, value) else None


def nesting(html: str) -> int:
    """How deep the elements of ``html`` nest, read from its tags in one pass (an upper bound:
    unclosed elements count as open; linear in the input, no parser)."""
    depth = worst = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _FLAT or selfclosing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            worst = max(worst, depth)
    return worst


def clean(html, limits: Limits = DEFAULT_LIMITS) -> str:
    """``html`` with only passive markup left: allowlisted tags and attributes, safe URLs; other
    tags removed (their text kept; a ``<script>``'s or ``<style>``'s content removed too).

    Linear in the input: markup nested deeper than ``Limits.html_nesting`` levels (a "div bomb";
    an HTML5 parser's time grows with the square of the depth) is not parsed at all but shown as
    text, escaped. Cleaning is Ammonia's (``nh3``): bleach took 70 s for a 240 KB div bomb."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    html = str(html)
    if nesting(html) > limits.html_nesting:
        return "<pre>" + _html.escape(html.replace("\x00", ""), quote=False) + "</pre>"
    return nh3.clean(
        html,
        tags=TAGS,
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        attribute_filter=_filter,
        url_schemes=PROTOCOLS,
        strip_comments=True,
    )


class _Renderer:
    """nbconvert's markdown renderer whose missing attachments do not stop the page."""

    @staticmethod
    def make(attachments):
        from nbconvert.filters.markdown_mistune import IPythonRenderer

        class Renderer(IPythonRenderer):
            def _embed_image_or_attachment(self, src: str) -> str:
                name = src[len("attachment:") :] if src.startswith("attachment:") else None
                if name is not None and name not in self.attachments:
                    return "#attachment-not-kept"
                return super()._embed_image_or_attachment(src)

        return Renderer(
            escape=False,
            attachments=attachments,
            embed_images=False,
            path="",
            anchor_link_text="\N{PILCROW SIGN}",
        )


@pass_context
def markdown2html(context, source: str) -> str:
    """nbconvert's markdown rendering (math kept for MathJax, attachments shown), cleaned."""
    from nbconvert.filters.markdown_mistune import MarkdownWithMath

    cell = context.get("cell", {}) if context else {}
    attachments = cell.get("attachments", {}) if isinstance(cell, dict) else {}
    if not isinstance(attachments, dict):
        attachments = {}
    renderer = _Renderer.make(attachments)
    return clean(MarkdownWithMath(renderer=renderer).render(str(source)))


def clean_html(element) -> str:
    """The ``clean_html`` filter of nbconvert's templates (code cells, HTML outputs, raw cells):
    :func:`clean` instead of nbconvert's own bleach call (quadratic on deep markup)."""
    return clean(element)


FILTER = "lstm_grader.nbgrader_ext.html_safety.markdown2html"
CLEAN_FILTER = "lstm_grader.nbgrader_ext.html_safety.clean_html"


def configure(c) -> None:
    """Apply the above to a traitlets config (nbgrader_config.py's ``c``)."""
    c.HTMLExporter.sanitize_html = True
    c.HTMLExporter.filters = {"markdown2html": FILTER, "clean_html": CLEAN_FILTER}


# ------------------------------------------------------------------ Content-Security-Policy
# The feedback page's CSP and its offline math live in feedback_page (issue 19): no remote origin,
# no 'unsafe-eval'. These names stay importable from here.
from lstm_grader.nbgrader_ext.feedback_page import (  # noqa: E402, F401
    add_csp,
    csp,
    template_script_hashes,
    too_large_page,
)
