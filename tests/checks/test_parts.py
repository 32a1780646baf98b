"""lstm_ref/checks/parts.py: a split is said only where the cases show it exactly."""

from types import SimpleNamespace

from lstm_ref.checks.parts import decompose, separate


def _rows(*rows):
    return [(SimpleNamespace(s=s), ok) for s, ok in rows]


def settings(case):
    return case.s


def test_a_clean_split_is_said_with_the_counts():
    rows = _rows(
        ({"T": 1, "hx": None}, True),
        ({"T": 1, "hx": "given"}, True),
        ({"T": "more", "hx": None}, False),
        ({"T": "more", "hx": "given"}, False),
    )
    found = separate(rows, settings, "f")
    assert [f.term for f in found] == ["T"]
    assert found[0].id == "located.part" and "2 right, 2 wrong" in found[0].text


def test_no_split_no_sentence():
    rows = _rows(({"T": 1}, True), ({"T": 1}, False), ({"T": "more"}, False))
    assert separate(rows, settings, "f") == []
    assert separate(_rows(({"T": 1}, True)), settings, "f") == []  # nothing wrong


def test_a_split_within_the_one_step_cases_is_said_as_such():
    rows = _rows(
        *[({"T": 1, "dc_n": None}, True)] * 3,
        *[({"T": 1, "dc_n": "given"}, False)] * 3,
        ({"T": "more", "dc_n": None}, False),
        ({"T": "more", "dc_n": "given"}, False),
    )
    found = separate(rows, settings, "f")
    assert [f.term for f in found] == ["dc_n"]
    assert found[0].text.startswith("Among the cases with T=1")


def test_a_split_of_a_few_cases_is_not_said():
    # one right case and two wrong ones split on anything by chance (the T=1 side remarks a blind
    # corpus judged as wrong causes): a split needs 2 cases on each side, 3 within a group
    rows = _rows(
        ({"T": 1, "bias": False}, True),
        ({"T": 1, "bias": True}, False),
        ({"T": 1, "bias": True}, False),
        *[({"T": "more", "bias": b}, False) for b in (True, False, True)],
    )
    assert separate(rows, settings, "f") == []


def test_decompose_marks_the_step_verified_only_when_every_one_step_case_is_right():
    runner = SimpleNamespace(spec=SimpleNamespace(name="f"))
    decompose(runner, _rows(({"T": 1}, True), ({"T": "more"}, False)), settings)
    assert runner.verified == {"step"}
    other = SimpleNamespace(spec=SimpleNamespace(name="f"))
    decompose(other, _rows(({"T": 1}, False), ({"T": "more"}, False)), settings)
    assert not hasattr(other, "verified")


def test_the_number_of_steps_alone_is_said_where_no_setting_splits_the_cases():
    rows = [
        (SimpleNamespace(s={}, sizes={"T": T}), ok)
        for T, ok in ((1, True), (3, True), (4, True), (5, False), (6, False))
    ]
    found = separate(rows, settings, "f")
    assert len(found) == 1 and found[0].term == "T"
    assert "Every case with T ≤ 4 is right; every case with T ≥ 5 is wrong" in found[0].text
    # one wrong case is chance, not a split
    assert separate(rows[:-1], settings, "f") == []
