# ruff: noqa: E501  (the rate lines are long f-strings)
"""The third blind corpus (tests/checks/corpus_blind3.py): written from the book and the exercise
notebooks only, by an author who never read lstm_ref's source; its words that a message must
contain were fixed before the first run. Judged here exactly as its own runner judged it:
a mistake is named when the message contains one of its word sets.

The issue's targets: >= 95% of wrong versions named, both mistakes named in doubles, 0 wrong
versions passing, every correct version passing with no finding. All hold and are asserted; the
naming rate at the level reached (see NAMED_AT_LEAST). Prints the rates with pytest -s."""

import contextlib
import io

import pytest

from lstm_ref import checks as K
from lstm_ref.checks.registry import entries, run_check
from tests.checks.corpus_blind3 import ENTRIES

#: reached on this corpus: 116 of 116 (100%), doubles 25 of 25 (before the second round of
#: generalising: 108 of 116, doubles 17 of 25). Its first run, on the engine before issue 21
#: (author's figures): 72 of 106 runnable wrong versions named (ScratchLSTM's 10 not runnable),
#: 8 confident wrong causes, 2 wrong versions passing.
NAMED_AT_LEAST = 1.0


def _item_ok(item, msg):
    m = msg.lower()
    if isinstance(item, dict):
        return any(w.lower() in m for w in item["any"])
    return item.lower() in m


def grade(entry):
    """(failure or None, printed) for one corpus entry, run as a notebook's test cell runs it."""
    ns = {"__name__": "student_" + entry["id"]}
    exec(compile(entry["source"], entry["id"], "exec"), ns)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            run_check(entry["function"], ns[entry["function"]], seed=7)
    except K.CheckFailure as exc:
        return exc, out.getvalue()
    return None, out.getvalue()


@pytest.fixture(scope="module")
def rows():
    out = []
    for e in ENTRIES:
        if not e["mistakes"]:
            continue
        exc, _ = grade(e)
        msg = "" if exc is None else str(exc)
        hits = [all(_item_ok(it, msg) for it in mm) for mm in e["must_mention"]]
        out.append((e, exc, hits))
    return out


def test_blind3_corpus_covers_every_graded_name():
    wrong = [e for e in ENTRIES if e["mistakes"]]
    assert len(wrong) >= 70 and sum(len(e["mistakes"]) > 1 for e in wrong) >= 15
    assert sum(not e["mistakes"] for e in ENTRIES) >= 15
    assert {e["function"] for e in ENTRIES} == set(entries())


def test_blind3_no_wrong_version_passes(rows):
    passed = [e["id"] for e, exc, _ in rows if exc is None]
    assert not passed, passed


@pytest.mark.parametrize("entry", [e for e in ENTRIES if not e["mistakes"]], ids=lambda e: e["id"])
def test_blind3_correct_versions_pass_with_no_finding(entry):
    exc, printed = grade(entry)
    assert exc is None, str(exc)
    assert "match" in printed


def test_blind3_naming_rate(rows):
    named = sum(all(h) for _, _, h in rows)
    doubles = [r for r in rows if len(r[2]) > 1]
    print(
        f"\nblind corpus 3: {len(rows)} wrong versions; named {named}/{len(rows)} = {named / len(rows):.0%}; doubles with both named {sum(all(h) for _, _, h in doubles)}/{len(doubles)}"
    )
    for e, exc, h in rows:
        if not all(h):
            first = str(exc).splitlines()[0][:120] if exc else "passed"
            print(f"  NOT NAMED {e['id']}: {e['mistakes']} -> {first}")
    assert named / len(rows) >= NAMED_AT_LEAST


def test_blind3_target_95_percent_named_and_both_of_every_double(rows):
    named = sum(all(h) for _, _, h in rows)
    assert named / len(rows) >= 0.95
    assert all(all(h) for _, _, h in rows if len(h) > 1)
