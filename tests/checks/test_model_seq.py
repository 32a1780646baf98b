# ruff: noqa: E741  (students' names: I, H, L)
"""lstm_ref/checks/model_seq.py: LayerModel (lstm_layer), BiModel (bilstm_layer and, with lengths,
bilstm_layer_lengths) and LengthsModel (lstm_layer_lengths), every part.

The right parts reproduce torch's nn.LSTM (packed for lengths, bidirectional); every wrong option
of every factor changes the output on a fixed case or a probe, or is shown where that is not so
(the options that act only beside another, the state None handling shown by random cases); each
names a known finding; students' layers with one mistake get that finding from the checks."""

import numpy as np
import pytest

from lstm_ref.checks import (
    CheckFailure,
    check_bilstm_layer,
    check_bilstm_layer_lengths,
    check_lstm_layer,
    check_lstm_layer_lengths,
)
from lstm_ref.checks.model_cell import cell_factors
from tests.checks import torch_lstm
from tests.checks.model_contract import (
    assert_check_names,
    assert_close,
    assert_findings_valid,
    differs,
    indistinguishable_pairs,
    option_id,
    random_evidence,
    run,
    subject,
    told_apart_on,
    unseen_in_stage,
    wrong_options,
)

NAMES = ("lstm_layer", "bilstm_layer", "lstm_layer_lengths", "bilstm_layer_lengths")
TORCH = {
    "lstm_layer": torch_lstm.lstm_layer,
    "bilstm_layer": torch_lstm.bilstm_layer,
    "lstm_layer_lengths": torch_lstm.lstm_layer_lengths,
    "bilstm_layer_lengths": torch_lstm.bilstm_layer_lengths,
}

# Options that act only beside another part's wrong option (BiModel with lengths): with the right
# rev_start ("last_valid") the reverse direction is gathered within each length
# (np.take_along_axis in BiModel._reverse), a path that reads neither rev_in's flip ("batch",
# "all") nor rev_back's, so alone they are the right computation; they act when the reverse
# direction is run over the whole flipped x (rev_start "T" or "T_unmasked"). out_zero_in and
# freeze_in say in which direction out_zero's or freeze's option applies: with those right
# ("yes", "both") they change nothing.
BESIDE = {
    ("bilstm_layer_lengths", ("rev_in", "batch")): {"rev_start": "T"},
    ("bilstm_layer_lengths", ("rev_in", "all")): {"rev_start": "T"},
    ("bilstm_layer_lengths", ("rev_back", "batch")): {"rev_start": "T_unmasked"},
    ("bilstm_layer_lengths", ("rev_back", "all")): {"rev_start": "T_unmasked"},
    ("bilstm_layer_lengths", ("out_zero_in", "forward")): {"out_zero": "no"},
    ("bilstm_layer_lengths", ("out_zero_in", "reverse")): {"out_zero": "hold"},
    ("bilstm_layer_lengths", ("freeze_in", "forward")): {"freeze": "none"},
    ("bilstm_layer_lengths", ("freeze_in", "reverse")): {"freeze": "h_only"},
    # h_n read at each length, c_n the loop's last: with the state frozen that is c at the length
    ("lstm_layer_lengths", ("final", "h_at_length")): {"freeze": "none"},
    # what out holds at a step never run: only where the loop starts at t = 1
    ("lstm_layer", ("unrun_out", "h0")): {"start": 1},
}
# lstm_layer's none_init options differ from the right handling only where exactly one of h0, c0
# is None: no fixed case or probe has that (fixed case 4 has both None), random cases 10 (c0 None)
# and 11 (h0 None) have it for every seed (cases_seq.layer_random), and the fit adds a random case
# it cannot explain to its search (infer.fit).
RANDOM_ONLY = {
    ("lstm_layer", ("none_init", "h0_decides")),
    ("lstm_layer", ("none_init", "c0_decides")),
}


def _every_wrong_option():
    return [
        pytest.param(name, o, id=f"{name}:{option_id(o)}")
        for name in NAMES
        for o in wrong_options(subject(name).model)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_the_right_parts_reproduce_torch_nn_lstm_on_the_fixed_cases_and_probes(name):
    s = subject(name)
    for case in s.fixed + s.probes:
        want = TORCH[name](*case.args, **case.kwargs)
        label = f"{case.kind} case {case.number} {case.note}"
        assert_close(s.model.run(case, s.model.correct()), want, label)


@pytest.mark.parametrize(("name", "option"), _every_wrong_option())
def test_every_wrong_option_of_the_sequence_models_changes_their_output(name, option):
    s = subject(name)
    right = s.model.correct()
    choice = {**right, option[0]: option[1]}
    where = told_apart_on(name, choice)
    if (name, option) in BESIDE:  # alone it is the right computation (see BESIDE): asserted so
        assert not where, f"{name} {option} alone was expected to change nothing: {where}"
        base = {**right, **BESIDE[(name, option)]}
        moved = [
            label
            for label, c in s.evidence
            if differs(run(s.model, c, {**base, option[0]: option[1]}), run(s.model, c, base))
        ]
        assert moved, f"{name} {option} beside {BESIDE[(name, option)]} changes nothing either"
    elif (name, option) in RANDOM_ONLY:  # see RANDOM_ONLY: asserted both ways
        assert not where, f"{name} {option}: expected only random cases to show it: {where}"
        for seed in (0, 1, 2):
            shown = told_apart_on(name, choice, random_evidence(name, seeds=(seed,)))
            assert shown, f"{name} {option}: no random case of seed {seed} shows it"
    else:
        assert where, f"{name} {option}: no fixed case or probe shows it"


def test_the_two_ways_of_dropping_a_given_state_differ_only_on_the_random_cases_of_one_none():
    # both turn the missing state's partner into zeros; they differ in which None triggers it, and
    # each raises on the case the other handles: told apart on random cases 10 and 11
    s = subject("lstm_layer")
    right = s.model.correct()
    h0d, c0d = {**right, "none_init": "h0_decides"}, {**right, "none_init": "c0_decides"}
    apart = [
        lb
        for lb, c in random_evidence("lstm_layer")
        if differs(run(s.model, c, h0d), run(s.model, c, c0d))
    ]
    assert {lb.split(" (")[0] for lb in apart} == {"random case 10", "random case 11"}, apart


def test_no_other_two_wrong_options_of_the_sequence_models_give_the_same_outputs():
    # RANDOM_ONLY's two options, and unrun_out (BESIDE start 1): each alone equals the right one
    none = [("none_init", "h0_decides"), ("none_init", "c0_decides")]
    assert indistinguishable_pairs("lstm_layer") == {
        frozenset(none),
        *(frozenset({("unrun_out", "h0"), o}) for o in none),
    }
    assert indistinguishable_pairs("bilstm_layer") == set()
    assert indistinguishable_pairs("lstm_layer_lengths") == set()
    # the options of BESIDE all equal the right computation alone, so each pair of them is equal
    beside = [o for (n, o) in BESIDE if n == "bilstm_layer_lengths"]
    pairs = {frozenset({a, b}) for k, a in enumerate(beside) for b in beside[k + 1 :]}
    assert indistinguishable_pairs("bilstm_layer_lengths") == pairs


def test_the_layer_models_stage_asks_the_cell_parts_on_one_step_probes_that_show_each_of_them():
    # LayerModel.stages(): the cell's parts are fitted first on the T=1 probes alone; that
    # evidence must hold only one-step cases and tell every wrong option of those parts apart
    s = subject("lstm_layer")
    ((names, which),) = s.model.stages()
    have = {f.name for f in s.model.factors}
    assert names & have == {f.name for f in cell_factors(with_cell=True)} & have
    stage = [(label, c) for label, c in s.evidence if which(c)]
    assert stage, "the stage selects no evidence"
    assert all(c.args[0].shape[-3] == 1 for _, c in stage), [lb for lb, _ in stage]
    unseen = unseen_in_stage("lstm_layer", names, stage)
    assert unseen == [], f"the one-step probes do not show {unseen}"


@pytest.mark.parametrize(("name", "option"), _every_wrong_option())
def test_every_wrong_option_of_the_sequence_models_names_a_known_finding(name, option):
    s = subject(name)
    choice = {**s.model.correct(), option[0]: option[1]}
    if (name, option) in BESIDE:  # named with the part it acts beside, and more than it alone
        base = {**s.model.correct(), **BESIDE[(name, option)]}
        choice = {**base, option[0]: option[1]}
        found, alone = s.model.findings(choice, name), s.model.findings(base, name)
        assert [f.text for f in found] != [f.text for f in alone], f"{option} adds nothing"
    found = s.model.findings(choice, name)
    assert_findings_valid(found, f"{name} {option_id(option)}")


@pytest.mark.parametrize("name", NAMES)
def test_the_right_parts_of_the_sequence_models_name_no_finding(name):
    s = subject(name)
    assert s.model.findings(s.model.correct(), name) == []


# --- students' layers with one mistake each, through the real checks -----------------------------
def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """The student's own lstm_cell (ex02), right."""
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=-1)
    c_next = _sig(f) * c + _sig(i) * np.tanh(g)
    return _sig(o) * np.tanh(c_next), c_next


def layer_state_not_carried(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    if h0 is None:
        h0 = np.zeros((B, H))
    if c0 is None:
        c0 = np.zeros((B, H))
    outs = []
    for t in range(T):
        h, c = _cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)  # every step from h0, c0
        outs.append(h)
    out = np.stack(outs)
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)


def layer_stores_h_before_the_step(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = np.swapaxes(x, 0, 1)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.zeros((T, B, H))
    for t in range(T):
        out[t] = h  # stored before the step runs
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
    if batch_first:
        out = np.swapaxes(out, 0, 1)
    return out, (h, c)


def layer_reshapes_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        B, T, I = x.shape
        x = x.reshape(T, B, I)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    outs = []
    for t in range(T):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    if batch_first:
        out = out.reshape(B, T, H)
    return out, (h, c)


def layer_runs_backwards(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    out = np.zeros((T, B, H))
    for t in range(T - 1, -1, -1):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    if batch_first:
        out = out.transpose(1, 0, 2)
    return out, (h, c)


def _direction(x, h, c, W, steps):
    out = [None] * x.shape[0]
    for t in steps:
        h, c = _cell(x[t], h, c, *W)
        out[t] = h
    return np.stack(out), h, c


def bilstm_reverse_not_flipped_back(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    out_f, hf, cf = _direction(x, h0[0], c0[0], fwd, range(T))
    x_rev = x[::-1]
    hb, cb = h0[1], c0[1]
    outs_b = []
    for t in range(T):
        hb, cb = _cell(x_rev[t], hb, cb, *bwd)
        outs_b.append(hb)  # in reading order: never flipped back
    out = np.concatenate([out_f, np.stack(outs_b)], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def bilstm_reverse_with_forward_weights(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    out_f, hf, cf = _direction(x, h0[0], c0[0], fwd, range(T))
    out_b, hb, cb = _direction(x, h0[1], c0[1], fwd, range(T - 1, -1, -1))
    out = np.concatenate([out_f, out_b], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def bilstm_halves_exchanged(x, h0, c0, fwd, bwd):
    T = x.shape[0]
    out_f, hf, cf = _direction(x, h0[0], c0[0], fwd, range(T))
    out_b, hb, cb = _direction(x, h0[1], c0[1], bwd, reversed(range(T)))
    out = np.concatenate([out_b, out_f], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def _masked(x, lengths, h, c, W, *, le=False, zero_out=True, freeze=True):
    T, B, _ = x.shape
    out = np.zeros((T, B, h.shape[1]))
    for t in range(T):
        h2, c2 = _cell(x[t], h, c, *W)
        valid = (t <= lengths if le else t < lengths)[:, None]
        out[t] = np.where(valid, h2, 0.0) if zero_out else h2
        if freeze:
            h, c = np.where(valid, h2, h), np.where(valid, c2, c)
        else:
            h, c = h2, c2
    return out, h, c


def lengths_mask_off_by_one(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    lengths = np.asarray(lengths)
    out, h, c = _masked(x, lengths, h0, c0, (W_ih, W_hh, b_ih, b_hh), le=True)
    return out, (h, c)


def lengths_out_not_zeroed(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    lengths = np.asarray(lengths)
    out, h, c = _masked(x, lengths, h0, c0, (W_ih, W_hh, b_ih, b_hh), zero_out=False)
    return out, (h, c)


def lengths_state_runs_through_padding(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    lengths = np.asarray(lengths)
    out, h, c = _masked(x, lengths, h0, c0, (W_ih, W_hh, b_ih, b_hh), freeze=False)
    return out, (h, c)


def bilstm_lengths_reverse_from_T_unmasked(x, lengths, h0, c0, fwd, bwd):
    lengths = np.asarray(lengths)
    T = x.shape[0]
    out_f, hf, cf = _masked(x, lengths, h0[0], c0[0], fwd)
    hb, cb = h0[1], c0[1]
    out_b = np.zeros_like(out_f)
    for t in range(T - 1, -1, -1):  # from T-1 for every sequence, padding included
        hb, cb = _cell(x[t], hb, cb, *bwd)
        out_b[t] = hb
    out_b = out_b * (np.arange(T)[:, None] < lengths)[:, :, None]
    out = np.concatenate([out_f, out_b], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def bilstm_lengths_reverse_with_forward_weights(x, lengths, h0, c0, fwd, bwd):
    lengths = np.asarray(lengths)
    T, B, _ = x.shape
    out_f, hf, cf = _masked(x, lengths, h0[0], c0[0], fwd)
    x_rev = np.zeros_like(x)
    for b in range(B):
        L = lengths[b]
        x_rev[:L, b] = x[:L, b][::-1]  # each sequence reversed within its length
    out_r, hb, cb = _masked(x_rev, lengths, h0[1], c0[1], fwd)  # fwd where bwd belongs
    out_b = np.zeros_like(out_r)
    for b in range(B):
        L = lengths[b]
        out_b[:L, b] = out_r[:L, b][::-1]
    out = np.concatenate([out_f, out_b], axis=-1)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


CHECKS = {
    "lstm_layer": check_lstm_layer,
    "bilstm_layer": check_bilstm_layer,
    "lstm_layer_lengths": check_lstm_layer_lengths,
    "bilstm_layer_lengths": check_bilstm_layer_lengths,
}
STUDENTS = [
    ("lstm_layer", layer_state_not_carried, {"carry": "none"}),
    ("lstm_layer", layer_stores_h_before_the_step, {"out": "h_prev"}),
    ("lstm_layer", layer_reshapes_batch_first, {"time": "reshape", "back": "reshape"}),
    ("lstm_layer", layer_runs_backwards, {"direction": "reversed_flipped"}),
    ("bilstm_layer", bilstm_reverse_not_flipped_back, {"rev_back": "none"}),
    ("bilstm_layer", bilstm_reverse_with_forward_weights, {"rev_w": "fwd"}),
    ("bilstm_layer", bilstm_halves_exchanged, {"halves": "swapped"}),
    ("lstm_layer_lengths", lengths_mask_off_by_one, {"mask": "le"}),
    ("lstm_layer_lengths", lengths_out_not_zeroed, {"out_zero": "no"}),
    ("lstm_layer_lengths", lengths_state_runs_through_padding, {"freeze": "none"}),
    ("bilstm_layer_lengths", bilstm_lengths_reverse_from_T_unmasked, {"rev_start": "T_unmasked"}),
    ("bilstm_layer_lengths", bilstm_lengths_reverse_with_forward_weights, {"rev_w": "fwd"}),
]


@pytest.mark.parametrize(
    ("name", "fn", "choice"), STUDENTS, ids=[fn.__name__ for _, fn, _ in STUDENTS]
)
def test_a_students_layer_with_one_mistake_gets_that_options_finding(name, fn, choice):
    with pytest.raises(CheckFailure) as info:
        CHECKS[name](fn, cases="all", seed=7)
    assert_check_names(info.value, name, choice)
