"""The class report's figure: a score histogram as a PNG."""

from __future__ import annotations

import io

from matplotlib.image import imread

from lstm_grader.classreport import figures


def test_histogram_is_a_png_of_the_size_the_page_shows():
    png = figures.score_histogram([0.0, 1.0, 6.0, 6.0], 6.0, "ex02_cell: 4 submissions")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert imread(io.BytesIO(png)).shape[:2] == (260, 480)  # page.py shows it at 400 x 217


def test_histogram_of_no_scores_is_still_drawn():
    assert figures.score_histogram([], 0.0, "nobody yet")[:4] == b"\x89PNG"
