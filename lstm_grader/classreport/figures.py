"""The class report's figure: one assignment's score histogram, as PNG bytes (matplotlib, Agg)."""

from __future__ import annotations

import io


def score_histogram(scores: list[float], max_score: float, title: str) -> bytes:
    """A histogram of ``scores`` (points, 0..max_score) with one bar per whole point."""
    from matplotlib.figure import Figure  # no pyplot, no display; imported when first drawn

    fig = Figure(figsize=(4.8, 2.6), dpi=100)
    ax = fig.add_subplot()
    top = max(max_score, max(scores, default=0.0), 1.0)
    edges = [x - 0.5 for x in range(int(top) + 2)]
    ax.hist(scores, bins=edges, color="#3b6ea5", edgecolor="white")
    ax.set_xlabel(f"score (points out of {max_score:g})")
    ax.set_ylabel("students")
    ax.set_title(title, fontsize=10)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
