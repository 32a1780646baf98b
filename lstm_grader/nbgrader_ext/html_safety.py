"""No student markup is live in a page an instructor or a student opens.

The feedback page and the formgrader render a student's notebook with nbconvert. nbgrader's own
templates pass markdown through ``markdown2html`` unsanitized, and nbconvert's ``sanitize_html``
covers outputs only. nbgrader_config.py therefore (see :func:`configure`):

- sets ``HTMLExporter.sanitize_html`` (``text/html`` and ``text/markdown`` outputs cleaned,
  ``application/javascript`` outputs not rendered);
- replaces the ``markdown2html`` filter of every HTML export (feedback, formgrader) by
  :func:`markdown2html`: the markdown is rendered as nbconvert renders it (math kept for MathJax),
  then cleaned with an allowlist (:func:`clean`): no script, no event handler, no ``javascript:``
  URL, no iframe, object, form or style element;
- adds a Content-Security-Policy to each feedback page (:func:`add_csp`, installed by
  :mod:`lstm_grader.nbgrader_ext.patches`; defined in :mod:`feedback_page`, where the math is
  rendered offline): nothing remote, only the page's own scripts by hash, as a second wall.
"""

from __future__ import annotations

import re

import bleach
from jinja2 import pass_context

TAGS = {
    *bleach.ALLOWED_TAGS,
    *("p", "div", "span", "pre", "code", "br", "hr", "img", "sub", "sup", "del", "s", "u"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "kbd", "samp", "var", "mark", "small"),
    *("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"),
    *("details", "summary", "figure", "figcaption", "cite", "q", "center"),
}
ATTRIBUTES = {
    "*": ["class", "id", "title", "align"],
    "a": ["href", "title", "rel"],
    "img": ["src", "alt", "title", "width", "height"],
    "abbr": ["title"],
    "acronym": ["title"],
    "td": ["colspan", "rowspan", "align"],
    "th": ["colspan", "rowspan", "align", "scope"],
    "col": ["span"],
}
PROTOCOLS = ["http", "https", "mailto", "data"]  # data: only survives on <img> (see _attribute)


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


def clean(html: str) -> str:
    """``html`` with only passive markup left: allowlisted tags and attributes, safe URLs;
    everything else escaped as text (a ``<script>`` shows as text, it does not run)."""
    kwargs = {}
    try:
        from bleach.css_sanitizer import CSSSanitizer

        kwargs["css_sanitizer"] = CSSSanitizer()
    except ImportError:  # tinycss2 missing: no style attribute at all (it is not allowlisted)
        pass
    return bleach.clean(
        str(html), tags=TAGS, attributes=_attribute, protocols=PROTOCOLS, strip=False, **kwargs
    )


@pass_context
def markdown2html(context, source: str) -> str:
    """nbconvert's markdown rendering (math kept for MathJax, attachments shown), cleaned."""
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    cell = context.get("cell", {}) if context else {}
    attachments = cell.get("attachments", {}) if isinstance(cell, dict) else {}
    renderer = IPythonRenderer(
        escape=False, attachments=attachments, embed_images=False, path="", anchor_link_text="¶"
    )
    return clean(MarkdownWithMath(renderer=renderer).render(str(source)))


FILTER = "lstm_grader.nbgrader_ext.html_safety.markdown2html"


def configure(c) -> None:
    """Apply the above to a traitlets config (nbgrader_config.py's ``c``)."""
    c.HTMLExporter.sanitize_html = True
    c.HTMLExporter.filters = {"markdown2html": FILTER}


# ------------------------------------------------------------------ Content-Security-Policy
# The feedback page's CSP and its offline math live in feedback_page (issue 19): no remote origin,
# no 'unsafe-eval'. These names stay importable from here.
from lstm_grader.nbgrader_ext.feedback_page import (  # noqa: E402, F401
    add_csp,
    csp,
    template_script_hashes,
)
