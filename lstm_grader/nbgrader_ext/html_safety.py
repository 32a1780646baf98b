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
  :mod:`lstm_grader.nbgrader_ext.patches`): only the page's own scripts (by hash) and MathJax's
  CDN may run, as a second wall.
"""

from __future__ import annotations

import base64
import hashlib
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

MATHJAX_HOSTS = ("https://cdnjs.cloudflare.com", "https://cdn.jsdelivr.net")
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)


def _hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def template_script_hashes(page_of_empty_notebook: str) -> set[str]:
    """The hashes of the inline scripts a template puts in every page (rendered once for an
    empty notebook: nothing of a student is in it)."""
    return {
        _hash(body) for attrs, body in _SCRIPT.findall(page_of_empty_notebook) if "src" not in attrs
    }


def csp(script_hashes: set[str]) -> str:
    hosts = " ".join(MATHJAX_HOSTS)
    return (
        "default-src 'none'; "
        # 'unsafe-eval': MathJax 2 evaluates its config block; no inline script or handler runs
        f"script-src {' '.join(sorted(script_hashes))} 'unsafe-eval' {hosts}; "
        f"style-src 'unsafe-inline' {hosts}; "
        f"font-src data: {hosts}; "
        "img-src data:; "
        "connect-src 'none'; frame-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def add_csp(page: str, script_hashes: set[str]) -> str:
    """``page`` with a CSP ``<meta>`` as the first element of its ``<head>``."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp(script_hashes)}">'
    page, n = re.subn(r"<head(\s[^>]*)?>", lambda m: m.group(0) + "\n" + meta, page, count=1)
    return page if n else meta + page
