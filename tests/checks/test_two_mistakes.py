"""Two mistakes at once, both named, each by a mechanism of the engine (not by a catalogue entry):
a part measured apart (load_state_dict's copy), a list output converted and judged, a state that
may be None on its own, an output transform hypothesised and kept only if the re-fit is exact,
a part of one output only (one bias gradient)."""

import numpy as np
import pytest

from lstm_ref.checks import (
    CheckFailure,
    check_lstm_cell_backward,
    check_lstm_layer,
    check_scratch_lstm,
)
from tests.checks import students_scratch as S
from tests.checks.students_cell import cell_vectorized


def _ids(exc):
    return [f.id for f in exc.findings]


class KeepsReferences(S.ScratchLSTM):
    def load_state_dict(self, state):
        for k in self.params:
            self.params[k] = state[k]


class KeepsReferencesIgnoresBatchFirst(KeepsReferences, S.IgnoresBatchFirst):
    pass


def test_load_state_dict_keeping_references_is_measured_and_named_alone():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(KeepsReferences, seed=3)
    assert _ids(info.value) == ["scratch.load_state_dict_reference"]
    assert "copy" in str(info.value) and "changed your module's" in str(info.value)


def test_load_state_dict_references_named_beside_what_the_cases_find():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(KeepsReferencesIgnoresBatchFirst, seed=3)
    ids = _ids(info.value)
    assert "scratch.load_state_dict_reference" in ids
    assert "seq.batch_first_ignored" in ids


def _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False, zeros="each", out_list=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    B, H = xs.shape[1], W_hh.shape[1]
    if zeros == "each":
        h0 = np.zeros((B, H)) if h0 is None else h0
        c0 = np.zeros((B, H)) if c0 is None else c0
    elif h0 is None:  # only when h0 is None: c0 = None with h0 given stays None
        h0, c0 = np.zeros((B, H)), np.zeros((B, H))
    h, c, outs = h0, c0, []
    for t in range(xs.shape[0]):
        h, c = cell_vectorized(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    out = out.transpose(1, 0, 2) if batch_first else out
    return ([list(r) for r in out] if out_list else out), (c, h)


def test_a_list_output_is_judged_as_an_array_and_the_other_mistake_named_too():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(lambda *a, **k: _layer(*a, **k, out_list=True), seed=5)
    ids = _ids(info.value)
    assert "result.kind" in ids and "seq.state_swapped" in ids
    assert "list" in str(info.value)


def test_one_state_none_crash_is_verified_with_that_state_as_zeros():
    def layer(*a, **k):
        out, (c, h) = _layer(*a, **k, zeros="h0 only")
        return out, (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer, seed=5)
    assert "seq.state_none_not_handled" in _ids(info.value)
    assert "c0 given as zeros instead of None runs and gives the right values" in str(info.value)


def test_an_output_reversed_in_time_is_said_only_with_an_exact_refit_of_the_rest():
    def layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        xs = x.transpose(1, 0, 2) if batch_first else x
        B, H = xs.shape[1], W_hh.shape[1]
        h = np.zeros((B, H)) if h0 is None else h0
        c = np.zeros((B, H)) if c0 is None else c0
        outs = []
        for t in range(xs.shape[0]):
            h, c = cell_vectorized(xs[t], h, c, W_ih, W_hh, b_ih, 0 * b_hh)  # b_hh left out
            outs.append(h)
        out = np.stack(outs[::-1])  # stored in reversed time order
        return (out.transpose(1, 0, 2) if batch_first else out), (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer, seed=5)
    ids = _ids(info.value)
    assert "result.reversed_order" in ids
    assert any(i.startswith("gate.") for i in ids), ids
    assert "are exactly this" in str(info.value)


def _sig(z):
    return 0.5 * (1 + np.tanh(0.5 * z))


def test_one_bias_gradient_averaged_and_the_forget_factor_missing_both_named():
    def cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
        a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        ai, af, ag, ao = np.split(a, 4, axis=1)
        i, f, g, o = _sig(ai), _sig(af), np.tanh(ag), _sig(ao)
        tc = np.tanh(f * c + i * g)
        dc = dc_next + dh_next * o * (1 - tc**2)
        da = np.hstack(
            [
                dc * g * i * (1 - i),
                dc * c * f * (1 - f),
                dc * i * (1 - g**2),
                dh_next * tc * o * (1 - o),
            ]
        )
        return {
            "x": da @ W_ih,
            "h": da @ W_hh,
            "c": dc,  # the forget factor missing
            "W_ih": da.T @ x,
            "W_hh": da.T @ h,
            "b_ih": da.sum(0),
            "b_hh": da.mean(0),  # averaged over the batch
        }

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(cell_backward, seed=5)
    ids = _ids(info.value)
    assert "grad.forget_factor_missing" in ids and "grad.bias_split" in ids
    assert "b_hh's gradient is averaged over the batch" in str(info.value)


def _layer_from_zeros(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    out, (c, h) = _layer(x, None, None, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)
    return out, (h, c)


def test_initial_state_ignored_is_a_part_of_every_sequence_model():
    from lstm_ref.checks import check_bilstm_layer

    def bi(x, h0, c0, fwd, bwd):
        o1, (h1, c1) = _layer_from_zeros(x, h0[0], c0[0], *fwd)
        o2, (h2, c2) = _layer_from_zeros(x[::-1], h0[1], c0[1], *bwd)
        return np.concatenate([o1, o2[::-1]], -1), (np.stack([h1, h2]), np.stack([c1, c2]))

    for check, fn in ((check_lstm_layer, _layer_from_zeros), (check_bilstm_layer, bi)):
        with pytest.raises(CheckFailure) as info:
            check(fn, seed=3)
        assert "seq.initial_state_ignored" in _ids(info.value)
        assert "are exactly this" in str(info.value)


def test_a_crash_on_one_state_none_and_a_value_mistake_are_both_named():
    def layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        xs = x.transpose(1, 0, 2) if batch_first else x
        if h0 is None:  # c0 = None with h0 given crashes; a c0 given with h0 None is dropped
            h0 = c0 = np.zeros((xs.shape[1], W_hh.shape[1]))
        outs = []
        for x_t in xs:
            h, c = cell_vectorized(x_t, h0, c0, W_ih, W_hh, b_ih, b_hh)  # h0, c0 every step
            outs.append(h)
        out = np.stack(outs)
        return (out.transpose(1, 0, 2) if batch_first else out), (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer, seed=4)
    ids = _ids(info.value)
    assert "seq.state_none_not_handled" in ids and "seq.state_not_carried" in ids
    assert "Found, on the calls that run" in str(info.value)
