"""Similarity (lstm_grader.similarity, copydetect): a renamed, reordered, recommented copy is found
with its matching regions; the release's code does not count; honest solutions written
differently do not reach the threshold; the page shows the pair side by side, escaped."""

from __future__ import annotations

from planted_instructor import COPIES, RIGHT, students

from lstm_grader import similarity
from lstm_grader.classreport import data, page

RELEASE = '''def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """One LSTM step.

    x: (B, I), h, c: (B, H), W_ih: (4H, I), W_hh: (4H, H), b_ih, b_hh: (4H,)
    Returns (h_next, c_next), each (B, H).
    """
    # YOUR CODE HERE
    raise NotImplementedError()
'''


def test_a_renamed_reordered_recommented_copy_scores_above_the_threshold():
    codes = {"orig": RIGHT["separate_mats"], "copy": COPIES["separate_mats"],
             "other": RIGHT["einsum"]}  # fmt: skip
    pairs = similarity.rank(codes, RELEASE)
    assert {pairs[0].a, pairs[0].b} == {"orig", "copy"}
    assert pairs[0].similarity >= similarity.THRESHOLD, pairs[0]
    assert pairs[0].slices_a and pairs[0].slices_b  # the matching regions
    assert all(p.similarity < similarity.THRESHOLD for p in pairs[1:])


def test_the_release_code_alone_is_not_similarity():
    codes = {"a": RELEASE, "b": RELEASE + "\n", "c": RIGHT["slices"]}
    assert similarity.rank(codes, RELEASE) == []


def test_the_planted_class_copies_rank_top_and_honest_pairs_stay_below():
    codes = {s: body for s, (_, body) in students().items()}
    pairs = similarity.rank(codes, RELEASE, keep=3)
    from planted_instructor import copied_pairs

    assert {frozenset((p.a, p.b)) for p in pairs[:3]} == copied_pairs()
    assert pairs[3].similarity < similarity.THRESHOLD <= pairs[2].similarity


def test_solution_code_reads_only_solution_cells():
    nb = {"cells": [
        {"cell_type": "code", "metadata": {"nbgrader": {"solution": True}}, "source": ["a = 1\n"]},
        {"cell_type": "code", "metadata": {"nbgrader": {"grade": True}}, "source": "check()"},
        {"cell_type": "markdown", "metadata": {"nbgrader": {"solution": True}}, "source": "text"},
        {"cell_type": "code", "metadata": {}, "source": "print(2)"},
    ]}  # fmt: skip
    assert similarity.solution_code(nb) == "a = 1\n"


def test_the_pair_view_marks_regions_and_escapes_code():
    code_a = "x = '<script>alert(1)</script>'\n" + RIGHT["slices"]
    code_b = "# </pre><img src=x onerror=alert(2)>\n" + RIGHT["slices"]
    pairs = similarity.rank({"<b>ann": code_a, "bob": code_b}, RELEASE)
    r = data.AssignmentReport("ex02", 6.0, {"<b>ann": 6.0, "bob": 6.0}, [], [], [], 2,
                              similar=pairs, similar_compared=2)  # fmt: skip
    html = page._similar(r)
    assert "<script>" not in html and "<img" not in html and "<b>ann" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;ann" in html
    assert html.count("<mark>") >= 2 and 'class="pair"' in html
