"""The class report's page: one static HTML file, readable offline, nothing loaded from outside.

Every value on it (student ids, finding texts, details) is data and is escaped; the page's
Content-Security-Policy allows only its own images beside it and its inline style.
"""

from __future__ import annotations

from html import escape

from lstm_grader.classreport.data import DISCRIMINATION_FLAG, AssignmentReport

CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
MAX_LISTED = 12  # students named inline before "and N more" (all are in the details and the CSV)

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:72em;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:2px solid #3b6ea5}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .6em;text-align:left;
vertical-align:top;border-bottom:1px solid #ddd}th{background:#f2f5f9}
td.n{text-align:right;font-variant-numeric:tabular-nums}.row{display:flex;gap:2em;flex-wrap:wrap}
.bar{display:inline-block;height:.8em;background:#3b6ea5}.bad{color:#a33;font-weight:600}
.muted{color:#666}details summary{cursor:pointer}code{font-size:.9em}
.flag{color:#a33}.held{background:#fff4d6}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em}
.pair pre{background:#f7f7f7;border:1px solid #ddd;padding:.5em;overflow-x:auto;font-size:12px;
margin:.3em 0;white-space:pre}mark{background:#ffd966}.pair h4{margin:.2em 0}
"""


def _students(names: list[str]) -> str:
    shown = ", ".join(escape(s) for s in names[:MAX_LISTED])
    if len(names) <= MAX_LISTED:
        return shown
    more = ", ".join(escape(s) for s in names)
    return f"{shown} <details><summary>and {len(names) - MAX_LISTED} more</summary>{more}</details>"


def _link(chapter: str | None, book_url: str) -> str:
    if not chapter:
        return '<span class="muted">-</span>'
    page, _, anchor = chapter.partition("#")
    href = f"{book_url}{page}.html" + (f"#{anchor}" if anchor else "")
    return f'<a href="{escape(href)}">{escape(chapter)}</a>'


def _look(r: AssignmentReport) -> str:
    n = r.similar_above
    return f'<a href="#{escape(r.name)}-similar">{n}</a>' if n else "0"


def _overview(reports: list[AssignmentReport]) -> str:
    rows = []
    for r in reports:
        n = r.submissions
        mean = sum(r.scores.values()) / n if n else 0.0
        worst = min(r.cells, key=lambda c: (c.rate, c.cell), default=None)
        top = r.mistakes[0] if r.mistakes else None
        flagged = len({g.student for g in r.grading})
        rows.append(
            f'<tr><td><a href="#{escape(r.name)}">{escape(r.name)}</a></td>'
            f'<td class="n">{n}</td><td class="n">{mean:.1f} / {r.max_score:g}</td>'
            + (
                f"<td>{escape(worst.cell)}: {worst.passed}/{worst.total}</td>"
                if worst
                else "<td>-</td>"
            )
            + (f"<td>{len(top.students)}/{n}: {escape(top.summary)}</td>" if top else "<td>-</td>")
            + f'<td class="n">{flagged}</td><td class="n">{len(r.held)}</td>'
            + f'<td class="n">{_look(r)}</td></tr>'
        )
    return (
        "<table><tr><th>assignment</th><th>submitted</th><th>mean score</th>"
        "<th>lowest pass rate</th><th>most common mistake (students)</th>"
        "<th>students with grading findings</th><th>held for review</th>"
        "<th>similar pairs worth a look</th></tr>" + "".join(rows) + "</table>"
    )


def _r(x: float | None) -> str:
    return "-" if x is None else f"{x:+.2f}"


def _cells(r: AssignmentReport) -> str:
    rows = []
    for c in r.cells:
        pct = 100 * c.rate
        cls = ' class="bad"' if c.total and c.rate < 0.5 else ""
        cls_flag = "flag" if "discrimination" in c.flag else "muted"  # vs everyone/no one passes
        flag = f'<span class="{cls_flag}">{escape(c.flag)}</span>' if c.flag else ""
        rows.append(
            f'<tr><td><code>{escape(c.cell)}</code></td><td class="n">{c.points:g}</td>'
            f"<td>{'hidden' if c.hidden else ''}</td>"
            f'<td class="n"{cls}>{c.passed}/{c.total} ({pct:.0f}%)</td>'
            f'<td><span class="bar" style="width:{pct * 1.2:.0f}px"></span></td>'
            f'<td class="n">{_r(c.discrimination)}</td><td>{flag}</td></tr>'
        )
    alpha = "-" if r.alpha is None else f"{r.alpha:.2f}"
    return (
        '<table class="items"><tr><th>test cell</th><th>points</th><th></th><th>passed '
        '(difficulty)</th><th></th><th title="point-biserial correlation of passing this cell '
        'with the score on the other cells">discrimination</th><th></th></tr>'
        + "".join(rows) + "</table>"
        f'<p class="muted">Cronbach\'s &alpha; of the test cells: <b>{alpha}</b>. Discrimination: '
        "the point-biserial correlation between passing a cell and the score on the rest of the "
        f"assignment; below {DISCRIMINATION_FLAG:g} (or negative) the cell is flagged: it does "
        "not separate students who know the material from those who do not.</p>"
    )  # fmt: skip


def _mistakes(r: AssignmentReport, book_url: str) -> str:
    if not r.mistakes:
        return '<p class="muted">No mistake diagnosed.</p>'
    rows = []
    for rank, m in enumerate(r.mistakes, 1):
        variants = "".join(
            f'<br><span class="muted">{escape(v)}: {len(s)}</span>' for v, s in m.variants.items()
        )
        rows.append(
            f'<tr><td class="n">{rank}</td>'
            f'<td class="n"><b>{len(m.students)}</b> of {r.submissions}</td>'
            f'<td>{escape(m.summary)}{variants}<br><code class="muted">{escape(m.id)}</code></td>'
            f"<td>{_link(m.chapter, book_url)}</td><td>{_students(m.students)}</td></tr>"
        )
    return (
        "<table><tr><th>#</th><th>students</th><th>mistake</th><th>taught in</th>"
        "<th>who</th></tr>" + "".join(rows) + "</table>"
    )


def _grading(r: AssignmentReport) -> str:
    if not r.grading:
        return '<p class="muted">Nothing found while grading.</p>'
    rows = "".join(
        f"<tr><td>{escape(g.student)}</td><td>{escape(g.meaning)}</td>"
        f"<td><code>{escape(g.cell)}</code></td><td>{escape(g.detail[:300])}</td></tr>"
        for g in r.grading
    )
    return (
        "<table><tr><th>student</th><th>finding</th><th>cell</th><th>detail</th></tr>"
        + rows + "</table>"
    )  # fmt: skip


def _held(r: AssignmentReport) -> str:
    if not r.held:
        return '<p class="muted">No score held.</p>'
    rows = "".join(
        f'<tr class="held"><td>{escape(s)}</td><td>{escape(reason)}</td></tr>'
        for s, reason in r.held
    )
    return (
        "<table><tr><th>student</th><th>held: the finding that caused it</th></tr>" + rows
        + '</table><p class="muted">Not in grades.csv nor the LMS exports until decided: '
        f"<code>lstm-grade review {escape(r.name)} STUDENT --release</code> (or "
        "<code>--confirm-zero</code>).</p>"
    )  # fmt: skip


def _marked(code: str, slices: list) -> str:
    """``code`` escaped, the regions ``slices`` (character offsets) in <mark>."""
    out, at = [], 0
    for start, end in sorted(slices):
        start, end = max(start, at), max(end, at)
        out.append(escape(code[at:start]))
        out.append(f"<mark>{escape(code[start:end])}</mark>")
        at = end
    out.append(escape(code[at:]))
    return "".join(out)


def _similar(r: AssignmentReport) -> str:
    from lstm_grader import similarity

    head = (
        f'<p class="muted">{r.similar_compared} submissions compared with copydetect (winnowed '
        "token fingerprints, names and comments ignored), the release's code and code most of the "
        "class wrote subtracted. Similarity: the smaller share of each student's code found in the "
        f"other's. At or above {similarity.THRESHOLD:.0%}: worth a look (not a verdict).</p>"
    )
    if not r.similar:
        return head + '<p class="muted">No two submissions share code.</p>'
    rows, views = [], []
    for k, p in enumerate(r.similar, 1):
        look = p.similarity >= similarity.THRESHOLD
        anchor = f"{r.name}-pair-{k}"
        rows.append(
            f'<tr{" class=held" if look else ""}><td class="n">{k}</td>'
            f'<td><a href="#{escape(anchor)}">{escape(p.a)} ~ {escape(p.b)}</a></td>'
            f'<td class="n"><b>{p.similarity:.0%}</b></td>'
            f'<td class="n">{p.share_a:.0%} / {p.share_b:.0%}</td>'
            f"<td>{'worth a look' if look else ''}</td></tr>"
        )
        if p.code_a or p.code_b:
            views.append(
                f'<details id="{escape(anchor)}"{" open" if look else ""}><summary>{k}. '
                f"{escape(p.a)} ~ {escape(p.b)}: {p.similarity:.0%}</summary>"
                f'<div class="pair"><div><h4>{escape(p.a)}</h4><pre>'
                f"{_marked(p.code_a, p.slices_a)}</pre></div><div><h4>{escape(p.b)}</h4><pre>"
                f"{_marked(p.code_b, p.slices_b)}</pre></div></div></details>"
            )
    return (
        head + "<table><tr><th>#</th><th>pair</th><th>similarity</th><th>share of each</th>"
        "<th></th></tr>" + "".join(rows) + "</table>" + "".join(views)
    )


def render(
    reports: list[AssignmentReport], images: dict[str, str], *, course: str, generated: str,
    book_url: str, files: list[str],
) -> str:  # fmt: skip
    """The page: an overview table, then per assignment its histogram (``images[name]``, a file
    name beside the page), test cells' pass rates, ranked mistakes and grading findings."""
    sections = []
    for r in reports:
        records = (
            ""
            if r.records == r.submissions
            else f'<p class="muted">Mistakes from the grading records of {r.records} of '
            f"{r.submissions} submissions (the others were graded in another clone).</p>"
        )
        if r.left_out:
            records += (
                f'<p class="muted">{r.left_out} record{"s" if r.left_out != 1 else ""} of '
                "students not in the gradebook were left out.</p>"
            )
        img = images.get(r.name)
        figure = (
            f'<img src="{escape(img)}" width="400" height="217" alt="histogram of the scores '
            f'of {escape(r.name)}">'
            if img
            else ""
        )
        sections.append(
            f'<section id="{escape(r.name)}"><h2>{escape(r.name)}</h2>'
            f'<div class="row">{figure}<div><h3>Test cells: item analysis</h3>{_cells(r)}'
            "</div></div>"
            f"<h3>Diagnosed mistakes (each student counted once)</h3>{records}"
            f"{_mistakes(r, book_url)}<h3>Held for review</h3>{_held(r)}"
            f"<h3>Grading findings, per student</h3>{_grading(r)}"
            f'<h3 id="{escape(r.name)}-similar">Similar submissions</h3>{_similar(r)}'
            "</section>"
        )
    links = ", ".join(f'<a href="{escape(f)}">{escape(f)}</a>' for f in files)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>What the class got wrong: {escape(course)}</title><style>{STYLE}</style></head>"
        f"<body><h1>What the class got wrong: {escape(course)}</h1>"
        f'<p class="muted">Generated {escape(generated)} from the gradebook and the grading '
        f"records. Private: student data, do not publish. The same data: {links}.</p>"
        f"{_overview(reports)}{''.join(sections)}</body></html>\n"
    )
