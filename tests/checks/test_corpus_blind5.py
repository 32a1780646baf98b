# ruff: noqa: E501  (the rate lines are long f-strings)
"""The fifth blind corpus (tests/checks/corpus_blind5.py): 148 wrong versions (26 with two
mistakes) and 29 correct ones over the eleven graded names, written from the book and the
exercise notebooks only, by an author who never read lstm_ref's source, the tests or the other
corpora. A mistake is named when the message holds every word of its word set, fixed before the
first run (the author's own runner, /work/blind5/run.py, judges the same way).

Its first run (the author's, on the engine of 5afdb95): 121 of 148 named (82%; 113 by the
author's reading), 9 doubles with one mistake named, 14 located only, 4 passing (float32 results,
a naive sigmoid inside lstm_gates, a float32 state_dict), 5 messages the author judged to state a
wrong cause, no false alarm. The engine was then generalised from the fourth corpus's misses
(found before this one was written) and from the kinds of wrong cause this one showed (a relation
from one symmetric case, "exchanged" where one output only holds the other's values, a σ-gate
swap blamed on the rows when the line that uses the gates gives the same numbers).

Here: every correct version passes with no finding; the naming and passing figures may not fall
below what was measured at this commit; each of the five wrong causes is gone. The issue's targets
(95% named, both mistakes of every double, no wrong version passing) are asserted as far as they
are reached (see NAMED_AT_LEAST)."""

import pytest

from tests.checks.corpus_blind5 import ENTRIES
from tests.checks.test_corpus_blind3 import _item_ok, grade

NAMED_AT_LEAST = 140  # of 148, at this commit (first run: 121; doubles 23 of 26)
PASSING_AT_MOST = 0


def _entry(e):
    """The shape tests/checks/test_corpus_blind3.grade takes."""
    return {"id": e["id"], "function": e["function"], "source": e["source"]}


@pytest.fixture(scope="module")
def rows():
    out = []
    for e in ENTRIES:
        if e["correct"]:
            continue
        exc, _ = grade(_entry(e))
        msg = "" if exc is None else str(exc)
        hits = [all(_item_ok(w, msg) for w in m["must_mention"]) for m in e["mistakes"]]
        out.append((e, exc, msg, hits))
    return out


def test_blind5_covers_every_graded_name_with_doubles_and_correct_versions():
    wrong = [e for e in ENTRIES if not e["correct"]]
    assert len(wrong) >= 70 and sum(len(e["mistakes"]) > 1 for e in wrong) >= 15
    assert sum(e["correct"] for e in ENTRIES) >= 15
    assert len({e["function"] for e in ENTRIES}) == 11


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["correct"]], ids=lambda e: e["id"])
def test_blind5_correct_versions_pass_with_no_finding(entry):
    exc, printed = grade(_entry(entry))
    assert exc is None, str(exc)
    assert "match" in printed


def test_blind5_naming_and_passing_do_not_fall_below_the_measured_figures(rows):
    named = [e["id"] for e, exc, _m, hits in rows if exc is not None and all(hits)]
    passed = [e["id"] for e, exc, _m, _h in rows if exc is None]
    doubles = [all(h) for e, exc, _m, h in rows if len(h) > 1]
    print(
        f"blind5: {len(named)} of {len(rows)} named, doubles {sum(doubles)} of {len(doubles)}, passing {passed}"
    )
    assert len(named) >= NAMED_AT_LEAST, f"{len(named)} of {len(rows)} named"
    assert len(passed) <= PASSING_AT_MOST, passed


#: the five messages its author judged to state a wrong cause, and the sentence each stated
WRONG_CAUSES = {
    "sig_sign_flip": "in reversed order",  # σ(−z) on a symmetric input looked reversed
    "layer_cn_is_h": "the two are exchanged",  # c_n = h_n, h_n right: nothing exchanged
    "bi_cn_is_hn": "the two are exchanged",
}


@pytest.mark.parametrize("entry_id", sorted(WRONG_CAUSES))
def test_blind5_a_wrong_cause_its_author_found_is_not_said_again(rows, entry_id):
    msg = next(m for e, _x, m, _h in rows if e["id"] == entry_id)
    assert msg and WRONG_CAUSES[entry_id] not in msg, msg


@pytest.mark.parametrize("entry_id", ["cell_if_swap_in_c", "cell_double_swap_ret"])
def test_blind5_a_gate_swap_in_the_c_line_is_not_blamed_on_the_rows_alone(rows, entry_id):
    # c_t = i ⊙ c_{t-1} + f ⊙ g_t gives the numbers of rows 0:H and H:2H read the other way round:
    # the message names both, since the values cannot tell them apart
    msg = next(m for e, _x, m, _h in rows if e["id"] == entry_id)
    assert "rows 0:H" in msg and "c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t" in msg, msg
