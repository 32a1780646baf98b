# ruff: noqa: E501  (the rate lines are long f-strings)
"""The fourth blind corpus (tests/checks/corpus_blind4.py): written from the book and the exercise
notebooks only, by an author who never read lstm_ref's source, tests or the other corpora, after
the engine's first round of issue 21 and never used to tune it. It measures what a student meets.
Judged as its own runner judges it: a mistake is named when the message holds one of its word sets,
fixed before the first run.

Its first run (the author's, on the engine before the second round): 106 of 128 wrong versions
named, 8 passing, 3 messages the author judged to state a wrong cause (side remarks from the T=1
cases), no false alarm. Here: every correct version passes with no finding, and the naming and
passing figures may not fall below what was measured at this commit (123 of 128, 2 passing; 110
and 6 before the engine's third round, which generalised from these misses).
The issue's targets (95% named, both mistakes of every double, no wrong version passing) are not
reached on this corpus: that test is an expected failure, strictly, so reaching them shows."""

import pytest

from tests.checks.corpus_blind4 import ENTRIES
from tests.checks.test_corpus_blind3 import _item_ok, grade

NAMED_AT_LEAST = 123  # of 128 (110 before the engine's third round)
#: a sigmoid clipped at ±30 (1e-13 off, inside the 1e-10 tolerance); a load_state_dict that does
#: not validate keys (the notebook says "good practice, not graded")
PASSING_AT_MOST = 2


@pytest.fixture(scope="module")
def rows():
    out = []
    for e in ENTRIES:
        if e["mistakes"]:
            exc, _ = grade(e)
            msg = "" if exc is None else str(exc)
            out.append((e, exc, [all(_item_ok(it, msg) for it in mm) for mm in e["must_mention"]]))
    return out


@pytest.mark.parametrize("entry", [e for e in ENTRIES if not e["mistakes"]], ids=lambda e: e["id"])
def test_blind4_correct_versions_pass_with_no_finding(entry):
    exc, printed = grade(entry)
    assert exc is None, str(exc)
    assert "match" in printed


def test_blind4_naming_and_passing_do_not_fall_below_the_measured_figures(rows):
    named = [e["id"] for e, exc, hits in rows if exc is not None and all(hits)]
    passed = [e["id"] for e, exc, _ in rows if exc is None]
    print(f"blind4: {len(named)} of {len(rows)} named, {len(passed)} passing: {passed}")
    assert len(named) >= NAMED_AT_LEAST, f"{len(named)} of {len(rows)} named"
    assert len(passed) <= PASSING_AT_MOST, passed


@pytest.mark.xfail(strict=True, reason="issue 21's targets are not reached on this fresh corpus")
def test_blind4_meets_the_issues_targets(rows):
    named = sum(exc is not None and all(h) for _, exc, h in rows)
    doubles = [h for _, exc, h in rows if len(h) > 1]
    assert named >= 0.95 * len(rows) and all(all(h) for h in doubles)
    assert all(exc is not None for _, exc, _ in rows)
