"""check_lstm_layer, check_bilstm_layer, check_lstm_layer_lengths on students' functions."""

import functools

import numpy as np
import pytest

from lstm_ref.checks import (
    CheckFailure,
    check_bilstm_layer,
    check_bilstm_layer_lengths,
    check_lstm_layer,
    check_lstm_layer_lengths,
)
from tests.checks.helpers import named
from tests.checks.students_cell import (
    cell_split_matrices,
    cell_vectorized,
    seed001_input_gate_uses_W_hf,
)


def zeros_if_none(fn):
    """What the exercise asks of every lstm_layer: h0 = c0 = None starts from zeros."""

    @functools.wraps(fn)
    def wrapped(x, h0, c0, W_ih, W_hh, *rest, batch_first=False, **kwargs):
        B, H = x.shape[0 if batch_first else 1], W_hh.shape[1]
        h0 = np.zeros((B, H)) if h0 is None else h0
        c0 = np.zeros((B, H)) if c0 is None else c0
        return fn(x, h0, c0, W_ih, W_hh, *rest, batch_first=batch_first, **kwargs)

    return wrapped


@zeros_if_none
def layer_loop(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False, cell=cell_vectorized):
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c, outs = h0, c0, []
    for t in range(x.shape[0]):
        h, c = cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@zeros_if_none
def layer_preallocated(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    xs = np.swapaxes(x, 0, 1) if batch_first else x
    T, B, _ = xs.shape
    out = np.zeros((T, B, h0.shape[1]))
    h, c = h0.copy(), c0.copy()
    for t in range(T):
        h, c = cell_split_matrices(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)


@pytest.mark.parametrize("fn", [layer_loop, layer_preallocated])
def test_correct_layers_pass(fn, capsys):
    check_lstm_layer(fn, seed=11)
    assert capsys.readouterr().out.strip() == "lstm_layer: all 16 cases match"


def _ignores_batch_first(x, h0, c0, *W, batch_first=False):
    return layer_loop(x, h0, c0, *W)


@zeros_if_none
def _state_not_carried(x, h0, c0, *W, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    outs = []
    for t in range(xs.shape[0]):
        h, c = cell_vectorized(xs[t], h0, c0, *W)
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


@zeros_if_none
def _out_holds_c(x, h0, c0, *W, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    h, c, outs = h0, c0, []
    for t in range(xs.shape[0]):
        h, c = cell_vectorized(xs[t], h, c, *W)
        outs.append(c)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


def _backwards(x, h0, c0, *W, batch_first=False):
    xs = x.transpose(1, 0, 2) if batch_first else x
    out, hc = layer_loop(xs[::-1], h0, c0, *W)
    return (out.transpose(1, 0, 2) if batch_first else out), hc


@zeros_if_none
def _h_n_first(x, h0, c0, *W, batch_first=False):
    out, _ = layer_loop(x, h0, c0, *W, batch_first=batch_first)
    xs = x.transpose(1, 0, 2) if batch_first else x
    return out, cell_vectorized(xs[0], h0, c0, *W)


def _seed001_in_a_loop(x, h0, c0, *W, batch_first=False):
    return layer_loop(x, h0, c0, *W, batch_first=batch_first, cell=seed001_input_gate_uses_W_hf)


LAYER_WRONG = {
    _state_not_carried: "state_not_carried",
    _out_holds_c: "out_holds_c",
    _backwards: "sequence_backwards",
    _h_n_first: "h_n_first_step",
    _seed001_in_a_loop: "W_hh_i_uses_f",
}


@pytest.mark.parametrize("fn", list(LAYER_WRONG), ids=lambda f: f.__name__)
def test_layer_mistakes_are_diagnosed_by_name(fn):
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(fn, seed=21)
    assert named(info.value, LAYER_WRONG[fn]), str(info.value)


def test_ignoring_batch_first_crash_says_batch_first():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(_ignores_batch_first, seed=21)
    assert info.value.stage == "exception"
    assert (
        "The same call with batch_first=False (x as (T, B, I)) runs and gives the right values"
        in str(info.value)
    )
    assert [f.id for f in info.value.findings] == ["seq.batch_first_ignored"]


def test_layer_shape_message_uses_batch_first_symbols():
    def no_transpose_back(x, h0, c0, *W, batch_first=False):
        out, hc = layer_loop(x, h0, c0, *W, batch_first=batch_first)
        return (out.transpose(1, 0, 2) if batch_first else out), hc

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(no_transpose_back, cases="shapes")
    assert "expected (B, T, H) = (2, 3, 2)" in str(info.value)


# --- bidirectional -------------------------------------------------------------------------------
def bilstm(x, h0, c0, fwd, bwd, flip_back=True, h_n_from_last=False):
    of, (hf, cf) = layer_loop(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = layer_loop(x[::-1], h0[1], c0[1], *bwd)
    if flip_back:
        ob = ob[::-1]
    if h_n_from_last:
        hb = ob[-1]
    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


def test_correct_bilstm_passes(capsys):
    check_bilstm_layer(bilstm, seed=2)
    assert capsys.readouterr().out.strip() == "bilstm_layer: all 9 cases match"


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"flip_back": False}, "reverse_not_flipped_back"),
        ({"h_n_from_last": True}, "reverse_h_n_from_out_last"),
    ],
)
def test_bilstm_mistakes_are_diagnosed(kwargs, key):
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(lambda *a: bilstm(*a, **kwargs), seed=2)
    assert named(info.value, key), str(info.value)


# --- lengths -------------------------------------------------------------------------------------
def layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh, skip=True):
    T, B, _ = x.shape
    out = np.zeros((T, B, h0.shape[1]))
    h_n, c_n = h0.copy(), c0.copy()
    for b in range(B):
        L = int(lengths[b]) if skip else T
        o, (h, c) = layer_loop(
            x[:L, b : b + 1], h0[b : b + 1], c0[b : b + 1], W_ih, W_hh, b_ih, b_hh
        )
        out[:L, b] = o[:, 0]
        h_n[b], c_n[b] = h[0], c[0]
    return out, (h_n, c_n)


def test_correct_lengths_passes(capsys):
    check_lstm_layer_lengths(layer_lengths, seed=8)
    assert capsys.readouterr().out.strip() == "lstm_layer_lengths: all 12 cases match"


def test_padding_not_skipped_is_diagnosed():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lambda *a: layer_lengths(*a, skip=False), seed=8)
    assert named(info.value, "padding_not_skipped"), str(info.value)


def layer_lengths_h_n_one_step_early(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """h_n read from out at index lengths[b] - 2 (one step early; -1 for a length of 1)."""
    out, (_, c_n) = layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh)
    return out, (out[np.asarray(lengths) - 2, np.arange(out.shape[1])], c_n)


def test_a_final_state_read_at_the_wrong_step_is_said_as_the_step_of_out_it_holds():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_h_n_one_step_early, seed=8)
    text = str(info.value)
    assert "your h_n is your own out at t = lengths[b] - 2" in text, text
    assert "the expected h_n is out at t = lengths[b] - 1" in text, text


def layer_none_states_of_input_width(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """h0 = c0 = None replaced by zeros of shape (B, I): wrong width, raises when I != H."""
    B, I = x.shape[0 if batch_first else 1], x.shape[2]
    h0 = np.zeros((B, I)) if h0 is None else h0
    c0 = np.zeros((B, I)) if c0 is None else c0
    return layer_loop(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)


def test_a_crash_with_both_states_none_says_the_call_with_zero_states_is_right():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_none_states_of_input_width, seed=3)
    text = str(info.value)
    assert "h0, c0 given as zeros of shape (B, H) instead of None runs and gives the right" in text


def layer_h_n_from_out_0(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """h_n = out[0]: the first step's output in (T, B, H), batch row 0 in (B, T, H)."""
    out, (_, c_n) = layer_loop(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)
    return out, (out[0], c_n)


def test_a_wrong_shape_in_some_cases_does_not_hide_what_the_others_show():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_h_n_from_out_0, seed=3)
    text = str(info.value)
    assert "h_n has shape" in text and "batch_first=True" in text, text
    assert "have the right shapes" in text, text
    assert "your h_n is your own out at t = 0" in text, text


def bilstm_chained(x, h0, c0, fwd, bwd):
    """The reverse direction started where the forward one ended (its h_n, c_n)."""
    of, (hf, cf) = layer_loop(x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = layer_loop(x[::-1], hf, cf, *bwd)
    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))


def test_a_reverse_direction_started_from_the_forward_final_state_is_named():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_chained, seed=2)
    assert "starts from the forward direction's final state" in str(info.value), str(info.value)


def layer_from_step_1(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """out preallocated with zeros, the loop written range(1, T): step 0 never runs."""
    xs = x.transpose(1, 0, 2) if batch_first else x
    h = np.zeros((xs.shape[1], W_hh.shape[1])) if h0 is None else h0
    c = np.zeros_like(h) if c0 is None else c0
    out = np.zeros((xs.shape[0], xs.shape[1], W_hh.shape[1]))
    for t in range(1, xs.shape[0]):
        h, c = cell_vectorized(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


def test_a_loop_that_never_runs_step_0_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_from_step_1, seed=3)
    assert "step 0 is never run" in str(info.value), str(info.value)


def layer_lengths_sorted(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Sorted longest first, as pack_padded_sequence sorts, and never put back."""
    by = np.argsort(-np.asarray(lengths), kind="stable")
    return layer_lengths(x[:, by], np.asarray(lengths)[by], h0[by], c0[by], W_ih, W_hh, b_ih, b_hh)


def test_a_batch_returned_sorted_by_length_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_sorted, seed=8)
    assert "len.batch_sorted" in {f.id for f in info.value.findings}, str(info.value)


def layer_lengths_read_at_length(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Every step run for every row; h_n, c_n read at index lengths[b] (one step late)."""
    T, B = x.shape[:2]
    hs, cs, h, c = [], [], h0, c0
    for t in range(T):
        h, c = cell_vectorized(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    rows = np.arange(B)
    mask = (np.arange(T)[:, None] < np.asarray(lengths))[:, :, None]
    out = np.stack(hs) * mask
    return out, (np.stack(hs)[lengths, rows], np.stack(cs)[lengths, rows])


def test_a_final_state_read_one_step_past_the_end_is_named_on_the_cases_that_run():
    # it raises IndexError where some lengths[b] = T; the cases that run show the step
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_read_at_length, seed=8)
    text = str(info.value)
    assert "raised IndexError" in text and "read at t = lengths[b]" in text, text


def layer_lengths_zeroing_the_padding(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """The padding's input set to zero (on a copy) instead of the state kept."""
    T = x.shape[0]
    x = np.where((np.arange(T)[:, None] < np.asarray(lengths))[:, :, None], x, 0.0)
    out, (h, c) = layer_loop(x, h0, c0, W_ih, W_hh, b_ih, b_hh)
    mask = (np.arange(T)[:, None] < np.asarray(lengths))[:, :, None]
    return out * mask, (h, c)


def test_a_padding_zeroed_instead_of_the_state_kept_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_zeroing_the_padding, seed=8)
    assert "the input is zeroed (x[t] = 0) and the step still runs" in str(info.value)


def layer_lengths_batch_sizes(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """pack_padded_sequence's batch_sizes without sorting: step t runs the first n_t rows."""
    T = x.shape[0]
    out, h, c = np.zeros((T, x.shape[1], h0.shape[1])), h0.copy(), c0.copy()
    for t in range(T):
        n = int(np.sum(np.asarray(lengths) > t))
        h[:n], c[:n] = cell_vectorized(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)
        out[t, :n] = h[:n]
    return out, (h, c)


def layer_lengths_sliced_by_lengths_alone(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    out, _ = layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh, skip=False)
    hs, cs, h, c = [], [], h0, c0
    for t in range(x.shape[0]):
        h, c = cell_vectorized(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    L = np.asarray(lengths) - 1
    mask = (np.arange(x.shape[0])[:, None] < np.asarray(lengths))[:, :, None]
    return np.stack(hs) * mask, (np.stack(hs)[L], np.stack(cs)[L])


@pytest.mark.parametrize(
    ("fn", "words"),
    [
        (layer_lengths_batch_sizes, "as if the batch were sorted longest first"),
        (layer_lengths_sliced_by_lengths_alone, "indexed with the lengths alone"),
    ],
)
def test_lengths_mistakes_of_the_eleventh_corpus_are_named(fn, words):
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(fn, seed=8)
    assert words in str(info.value), str(info.value)


def layer_h_from_zeros(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """h0 ignored (h starts from zeros), c0 read."""
    return layer_loop(x, np.zeros_like(h0), c0, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)


def test_h0_alone_ignored_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(zeros_if_none(layer_h_from_zeros), seed=8)
    assert "h0 is ignored: the loop starts h from zeros (c from c0)" in str(info.value)


def layer_h_n_from_the_returned_out(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """h_n read as out[-1] after out is put back batch first: the last batch row."""
    out, (_, c_n) = layer_loop(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)
    return out, (out[-1], c_n)


def layer_lengths_out_of_the_longest(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    out, hc = layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh)
    return out[: int(np.max(lengths))], hc  # T taken from the lengths


def test_h_n_read_from_the_returned_batch_first_out_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(zeros_if_none(layer_h_n_from_the_returned_out), seed=8)
    assert "h_n is read as out[-1] of the out you return" in str(info.value), str(info.value)


def test_out_of_max_lengths_steps_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_out_of_the_longest, seed=8)
    assert "out has max(lengths) steps" in str(info.value), str(info.value)


# --- bilstm_layer_lengths: the reverse direction within each length ----------------------------
def bilstm_lengths_per_row(x, lengths, h0, c0, fwd, bwd, flip_in=None, flip_back=None):
    """Each row's reverse run on its own L steps (a student's loop over the batch); ``flip_in``
    reverses a row's (T, I) input to its L reverse inputs, ``flip_back`` a row's padded
    (T, H) outputs (right: np.flip(..., axis=0) of the first L)."""
    flip_in = flip_in or (lambda row, L: np.flip(row[:L], axis=0))
    flip_back = flip_back or (lambda a, L, T: np.flip(a[:L], axis=0))
    T, B, _ = x.shape
    H = h0.shape[-1]
    out = np.zeros((T, B, 2 * H))
    h_n, c_n = np.zeros((2, B, H)), np.zeros((2, B, H))
    for b in range(B):
        L = int(lengths[b])
        rows = (slice(b, b + 1),)
        of, (hf, cf) = layer_loop(x[:L, b : b + 1], h0[0][rows], c0[0][rows], *fwd)
        xr = flip_in(x[:, b], L)[:, None, :]
        ob, (hb, cb) = layer_loop(xr, h0[1][rows], c0[1][rows], *bwd)
        padded = np.zeros((T, H))
        padded[:L] = ob[:, 0]
        out[:L, b, :H] = of[:, 0]
        out[:L, b, H:] = flip_back(padded, L, T)
        h_n[:, b] = hf[0], hb[0]
        c_n[:, b] = cf[0], cb[0]
    return out, (h_n, c_n)


def test_correct_per_row_bilstm_lengths_passes(capsys):
    check_bilstm_layer_lengths(bilstm_lengths_per_row, seed=8)
    assert capsys.readouterr().out.strip().endswith("cases match")


def test_np_flip_without_axis_on_a_row_slice_is_named_for_input_and_output():
    def no_axis(*a):
        return bilstm_lengths_per_row(
            *a, flip_in=lambda row, L: np.flip(row[:L]), flip_back=lambda p, L, T: np.flip(p[:L])
        )

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(no_axis, seed=8)
    text = str(info.value)
    assert "input is reversed along the features as well as time" in text, text
    assert "flipped back along the units as well as time" in text, text


def test_outputs_flipped_back_over_the_whole_T_then_cut_at_the_length_are_named():
    def whole_T(*a):
        return bilstm_lengths_per_row(*a, flip_back=lambda p, L, T: p[::-1][:L])

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(whole_T, seed=8)
    assert "flipped back over the whole T" in str(info.value), str(info.value)


def layer_lengths_flat_padding_run(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Two slips: the padding steps are run too, and the result is flat (out, h_n, c_n)."""
    out, (h_n, c_n) = layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh, skip=False)
    return out, h_n, c_n


def test_a_flat_result_is_said_and_regrouped_so_a_second_mistake_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_flat_padding_run, seed=8)
    assert named(info.value, "padding_not_skipped"), str(info.value)
    assert "it returned a flat tuple of 3 items" in str(info.value), str(info.value)


def bilstm_negative_index_and_concatenated_states(x, h0, c0, fwd, bwd, concat=False):
    """The reverse direction reads x[-t] for t = 0 .. T-1 (x_0 first); with ``concat``, h_n
    and c_n are the two directions concatenated along the features, (B, 2H)."""
    T = len(x)
    hf, cf, fo = h0[0], c0[0], []
    for t in range(T):
        hf, cf = cell_vectorized(x[t], hf, cf, *fwd)
        fo.append(hf)
    hb, cb, bo = h0[1], c0[1], []
    for t in range(T):
        hb, cb = cell_vectorized(x[-t], hb, cb, *bwd)
        bo.insert(0, hb)
    out = np.concatenate([np.stack(fo), np.stack(bo)], axis=2)
    join = (lambda a, b: np.concatenate([a, b], axis=1)) if concat else np.stack
    return out, (
        (join(hf, hb), join(cf, cb)) if concat else (np.stack([hf, hb]), np.stack([cf, cb]))
    )


def test_a_reverse_direction_reading_x_minus_t_is_named():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_negative_index_and_concatenated_states, seed=2)
    assert "the reverse direction reads x[-t]" in str(info.value), str(info.value)


def test_states_concatenated_along_the_features_do_not_hide_a_second_mistake():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(
            lambda *a: bilstm_negative_index_and_concatenated_states(*a, concat=True), seed=2
        )
    text = str(info.value)
    assert "concatenated along the features, (B, 2H)" in text, text
    assert "the reverse direction reads x[-t]" in text, text


def layer_c_never_updated(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """A typo: the step's new c goes to c_new, never back to c."""
    if batch_first:
        x = x.transpose(1, 0, 2)
    h, c, outs = h0, c0, []
    for t in range(x.shape[0]):
        h, c_new = cell_vectorized(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


def test_a_cell_state_never_updated_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(zeros_if_none(layer_c_never_updated), seed=8)
    assert "c is never updated" in str(info.value), str(info.value)


def bilstm_lengths_sliced_past_the_end(x, lengths, h0, c0, fwd, bwd):
    """Each row's reverse input sliced as x[L:0:-1] where L < T (x[::-1] where L = T)."""
    T = x.shape[0]

    def sliced(row, L):
        return row[L:0:-1] if L < T else row[::-1]

    return bilstm_lengths_per_row(x, lengths, h0, c0, fwd, bwd, flip_in=sliced)


def test_a_reverse_slice_off_by_one_for_the_shorter_sequences_is_named():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(bilstm_lengths_sliced_past_the_end, seed=8)
    assert "off by one for every sequence shorter than T" in str(info.value), str(info.value)


def bilstm_interleaved(x, h0, c0, fwd, bwd):
    """out as np.stack([forward, reverse], axis=-1).reshape(T, B, 2H): the units alternate."""
    out, states = bilstm(x, h0, c0, fwd, bwd)
    H = h0.shape[-1]
    return np.stack([out[..., :H], out[..., H:]], axis=-1).reshape(out.shape), states


class StatefulBiLSTM:
    """State kept in the object: h0, c0 are read on the first call only."""

    def __init__(self):
        self.state = None

    def __call__(self, x, h0, c0, fwd, bwd):
        if self.state is None:
            self.state = (h0, c0)
        out, (h_n, c_n) = bilstm(x, *self.state, fwd, bwd)
        self.state = (h_n, c_n)
        return out, (h_n, c_n)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: bilstm_interleaved, "interleaved unit by unit"),
        (StatefulBiLSTM, "calling your function twice with the same arguments"),
    ],
)
def test_bilstm_kinds_of_the_fourteenth_corpus_are_named(make, words):
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(make(), seed=2)
    assert words in str(info.value), str(info.value)


def bilstm_states_on_the_last_axis(x, h0, c0, fwd, bwd):
    """h_n, c_n stacked with the direction last, (B, H, 2): the right shape where B = H = 2."""
    out, (h_n, c_n) = bilstm(x, h0, c0, fwd, bwd)
    return out, (np.stack([h_n[0], h_n[1]], axis=-1), np.stack([c_n[0], c_n[1]], axis=-1))


def test_an_axis_order_that_gives_the_right_shape_where_sizes_coincide_is_said_as_one():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_states_on_the_last_axis, seed=7)
    text = str(info.value)
    assert "with their axes in the order (B, H, 2)" in text, text
    assert "give wrong values too" not in text, text


def bilstm_float32_input_weights_exchanged(x, h0, c0, fwd, bwd):
    """Two slips: x cast to float32 (every output carries float32's rounding), and the two
    directions' weights exchanged."""
    out, states = bilstm(x.astype(np.float32), h0, c0, bwd, fwd)
    return out.astype(np.float32), states


def test_a_fit_under_float32_rounding_still_names_the_second_mistake():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_float32_input_weights_exchanged, seed=2)
    text = str(info.value)
    assert "the two directions' weights are exchanged" in text, text
    assert "out is float32" in text, text


def bilstm_lengths_reverse_with_forward_biases(x, lengths, h0, c0, fwd, bwd):
    """The reverse direction built from bwd's weights and fwd's biases (a copy-paste slip)."""
    return bilstm_lengths_per_row(x, lengths, h0, c0, fwd, (bwd[0], bwd[1], fwd[2], fwd[3]))


def test_a_reverse_direction_with_the_forward_biases_is_named():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(bilstm_lengths_reverse_with_forward_biases, seed=8)
    assert "the reverse direction runs with the forward direction's biases" in str(info.value)


def layer_batch_read_before_batch_first(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """B read from x.shape[1] before batch_first is handled: zeros (T, H) for x (B, T, I)."""
    B, H = x.shape[1], W_hh.shape[1]
    h0 = np.zeros((B, H)) if h0 is None else h0
    c0 = np.zeros((B, H)) if c0 is None else c0
    return layer_loop(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)


def test_batch_first_with_no_initial_state_and_t_not_b_is_a_case():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_batch_read_before_batch_first, seed=8)
    assert "batch_first=True, h0 = c0 = None" in str(info.value), str(info.value)


def layer_lengths_squeezed(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Each row's steps taken with .squeeze(): a sequence of length 1 loses its time axis."""
    T, B, _ = x.shape
    out = np.zeros((T, B, h0.shape[1]))
    h_n, c_n = h0.copy(), c0.copy()
    for b in range(B):
        x_b = x[: int(lengths[b]), b].squeeze()  # (L, I); (I,) when L = 1
        h, c = h0[b : b + 1], c0[b : b + 1]
        for t in range(len(x_b)):
            h, c = cell_vectorized(np.atleast_2d(x_b[t]), h, c, W_ih, W_hh, b_ih, b_hh)
            out[t, b] = h[0]
        h_n[b], c_n[b] = h[0], c[0]
    return out, (h_n, c_n)


def test_a_crash_on_every_sequence_of_length_1_is_said_so():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_lengths_squeezed, seed=8)
    assert "Every case with a sequence of length 1 raises" in str(info.value), str(info.value)


def layer_from_t1_stacked_with_vstack(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """Two slips: a 1-based loop (hs begun with h0, x_0 never read) and np.vstack, which gives
    (T·B, H); with batch_first the (T·B, H) is transposed."""
    if batch_first:
        x = x.transpose(1, 0, 2)
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H)) if h0 is None else h0
    c = np.zeros((B, H)) if c0 is None else c0
    hs = [h]
    for t in range(1, T):
        h, c = cell_split_matrices(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
    out = np.vstack(hs)
    return (out.T if batch_first else out), (h, c)


def test_merged_axes_are_split_back_and_a_loop_from_t1_is_named_behind_them():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_from_t1_stacked_with_vstack, seed=3)
    text = str(info.value)
    assert "its axes T and B are merged into one of T·B" in text, text
    assert "the loop starts at t = 1: step 0 is never run (out[0] holds h0" in text, text


def bilstm_gers_cell_halves_swapped(x, h0, c0, fwd, bwd):
    """Gers et al.'s cell (a forget-gate bias of 1) in both directions, out's halves [bwd, fwd]."""

    def cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh):
        z = x_t @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        H = h.shape[1]
        z[:, H : 2 * H] += 1.0
        s = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
        c = s(z[:, H : 2 * H]) * c + s(z[:, :H]) * np.tanh(z[:, 2 * H : 3 * H])
        return s(z[:, 3 * H :]) * np.tanh(c), c

    T = len(x)
    hf, cf, hb, cb = h0[0], c0[0], h0[1], c0[1]
    fo, bo = [None] * T, [None] * T
    for t in range(T):
        hf, cf = cell(x[t], hf, cf, *fwd)
        fo[t] = hf
    for t in reversed(range(T)):
        hb, cb = cell(x[t], hb, cb, *bwd)
        bo[t] = hb
    out = np.concatenate([np.stack(bo), np.stack(fo)], axis=2)
    return out, (np.stack([hf, hb]), np.stack([cf, cb]))


def test_a_forget_bias_of_one_inside_a_bilstm_is_named_beside_swapped_halves():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_gers_cell_halves_swapped, seed=2)
    text = str(info.value)
    assert "the forget gate's pre-activation has 1 added" in text, text
    assert "the two halves of out are in the wrong order" in text, text


@pytest.mark.parametrize(
    ("one", "said"),
    [(lambda L: int(L[0]), "lengths[0] steps"), (lambda L: int(max(L)), "max(lengths) steps")],
)
def test_every_sequence_reversed_within_one_length_is_named(one, said):
    def reversed_within_one(x, lengths, h0, c0, fwd, bwd):
        L = one(lengths)
        xr = x.copy()
        xr[:L] = x[:L][::-1]
        T, B, _ = x.shape
        H = h0.shape[-1]
        outs = []
        states = []
        for d, (xx, W) in enumerate(((x, fwd), (xr, bwd))):
            h, c, o = h0[d], c0[d], np.zeros((T, B, H))
            for t in range(T):
                h2, c2 = cell_split_matrices(xx[t], h, c, *W)
                m = (t < np.asarray(lengths))[:, None]
                h, c = np.where(m, h2, h), np.where(m, c2, c)
                o[t] = np.where(m, h2, 0.0)
            outs.append(o)
            states.append((h, c))
        back = outs[1].copy()
        back[:L] = outs[1][:L][::-1]
        out = np.concatenate([outs[0], back], axis=2)
        return out, (np.stack([states[0][0], states[1][0]]), np.stack([states[0][1], states[1][1]]))

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(reversed_within_one, seed=8)
    assert f"reverses every sequence within {said}" in str(info.value), str(info.value)


def bilstm_memo_by_shape():
    """A strong programmer's memoisation, keyed by the shapes only (the values are not hashed)."""
    memo = {}

    def bilstm(x, h0, c0, fwd, bwd):
        key = (x.shape, h0.shape)
        if key not in memo:
            T = len(x)
            hf, cf, hb, cb = h0[0], c0[0], h0[1], c0[1]
            fo, bo = [], [None] * T
            for t in range(T):
                hf, cf = cell_split_matrices(x[t], hf, cf, *fwd)
                fo.append(hf)
            for t in range(T - 1, -1, -1):
                hb, cb = cell_split_matrices(x[t], hb, cb, *bwd)
                bo[t] = hb
            out = np.concatenate([np.stack(fo), np.stack(bo)], axis=-1)
            memo[key] = (out, (np.stack([hf, hb]), np.stack([cf, cb])))
        return memo[key]

    return bilstm


def test_a_result_cached_by_the_sizes_fails_where_a_second_call_shows_it():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_memo_by_shape(), seed=2)
    assert "returned exactly the results of the first call" in str(info.value), str(info.value)


def bilstm_joined_on_batch_reverse_hn_from_out(x, h0, c0, fwd, bwd):
    """Two slips: the directions joined along axis 1 (the batch), and the reverse direction's
    h_n taken from its out at the last time step (its state after x_{T-1} alone)."""
    T = len(x)
    hf, cf, hb, cb = h0[0], c0[0], h0[1], c0[1]
    fo, bo = [], [None] * T
    for t in range(T):
        hf, cf = cell_split_matrices(x[t], hf, cf, *fwd)
        fo.append(hf)
    for t in range(T - 1, -1, -1):
        hb, cb = cell_split_matrices(x[t], hb, cb, *bwd)
        bo[t] = hb
    out_b = np.stack(bo)
    out = np.concatenate([np.stack(fo), out_b], axis=1)
    return out, (np.stack([hf, out_b[-1]]), np.stack([cf, cb]))


def test_an_output_holding_the_right_values_in_another_arrangement_does_not_hide_another():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_joined_on_batch_reverse_hn_from_out, seed=2)
    text = str(info.value)
    assert "joined along B, the batch axis" in text, text
    assert "the reverse direction's h_n is taken from out[-1]" in text, text


def test_a_layer_whose_c_n_is_c0_unchanged_is_named_beside_a_crash_on_none():
    def layer_c_shadowed(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        if batch_first:
            x = np.swapaxes(x, 0, 1)
        if h0 is None:
            h0 = np.zeros((x.shape[1], W_hh.shape[1]))
        h, c_t = h0, c0
        outs = []
        for x_t in x:
            h, c_t = cell_split_matrices(x_t, h, c_t, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        out = np.stack(outs)
        return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c0)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_c_shadowed, seed=3)
    assert "c_n is c0, the initial cell state, unchanged" in str(info.value), str(info.value)


def test_a_lengths_layer_that_runs_lengths0_steps_is_named():
    def layer_sorted_assumed(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
        steps = int(lengths[0])  # "the batch is sorted, the first is the longest"
        T, B, _ = x.shape
        h, c, out = h0, c0, np.zeros((T, B, h0.shape[1]))
        for t in range(steps):
            h2, c2 = cell_split_matrices(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
            live = (t < np.asarray(lengths))[:, None]
            h, c = np.where(live, h2, h), np.where(live, c2, c)
            out[t] = np.where(live, h2, 0.0)
        return out, (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(layer_sorted_assumed, seed=8)
    assert "only lengths[0] steps run" in str(info.value), str(info.value)


def test_a_reverse_index_one_past_the_end_kept_inside_x_is_named():
    def reverse_read_clamped(x, lengths, h0, c0, fwd, bwd):
        T, B, _ = x.shape
        xr = np.zeros_like(x)
        for b in range(B):
            L = int(lengths[b])
            for t in range(L):
                xr[t, b] = x[min(L - t, T - 1), b]  # "L - t" kept in range
        outs, states = [], []
        for d, (xx, W) in enumerate(((x, fwd), (xr, bwd))):
            h, c, o = h0[d], c0[d], np.zeros((T, B, h0.shape[-1]))
            for t in range(T):
                h2, c2 = cell_split_matrices(xx[t], h, c, *W)
                m = (t < np.asarray(lengths))[:, None]
                h, c = np.where(m, h2, h), np.where(m, c2, c)
                o[t] = np.where(m, h2, 0.0)
            outs.append(o)
            states.append((h, c))
        back = np.zeros_like(outs[1])
        for b in range(B):
            L = int(lengths[b])
            back[:L, b] = outs[1][:L, b][::-1]
        out = np.concatenate([outs[0], back], axis=2)
        return out, (np.stack([s[0] for s in states]), np.stack([s[1] for s in states]))

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(reverse_read_clamped, seed=8)
    text = str(info.value)
    assert "the reverse direction's index into x is off by one" in text, text
    assert "look at what you carry" not in text, text  # no advice beside the Found


def test_a_reverse_loop_one_step_short_is_named_for_the_reverse_direction():
    def reverse_misses_x0(x, h0, c0, fwd, bwd):
        T, B, _ = x.shape
        H = h0.shape[2]
        out = np.zeros((T, B, 2 * H))
        h, c = h0[0], c0[0]
        for t in range(T):
            h, c = cell_split_matrices(x[t], h, c, *fwd)
            out[t, :, :H] = h
        hb, cb = h0[1], c0[1]
        for t in range(T - 1, 0, -1):  # stops before 0
            hb, cb = cell_split_matrices(x[t], hb, cb, *bwd)
            out[t, :, H:] = hb
        return out, (np.stack([h, hb]), np.stack([c, cb]))

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(reverse_misses_x0, seed=2)
    assert "the reverse direction's loop stops one step short" in str(info.value)


def test_a_held_c_that_takes_h_past_the_length_is_named_without_advice_beside_it():
    def c_from_h(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
        T, B, _ = x.shape
        h, c, out = h0, c0, np.zeros((T, B, h0.shape[1]))
        for t in range(T):
            m = (t < np.asarray(lengths))[:, None]
            h_new, c_new = cell_split_matrices(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
            h, c = np.where(m, h_new, h), np.where(m, c_new, h)  # typo: h where c belongs
            out[t] = np.where(m, h_new, 0.0)
        return out, (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(c_from_h, seed=8)
    text = str(info.value)
    assert "past a sequence's length its c takes h's value" in text, text
    assert "look at" not in text, text


def test_every_step_reading_x0_is_named_beside_out_holding_c():
    def x0_and_c(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        if batch_first:
            x = np.swapaxes(x, 0, 1)
        T, B, _ = x.shape
        H = W_hh.shape[1]
        h = np.zeros((B, H)) if h0 is None else h0
        c = np.zeros((B, H)) if c0 is None else c0
        outs = []
        for t in range(T):  # noqa: B007  (the student meant x[t])
            h, c = cell_split_matrices(x[0], h, c, W_ih, W_hh, b_ih, b_hh)  # x[0]: typo
            outs.append(c)  # typo: c for h
        out = np.stack(outs)
        return (np.swapaxes(out, 0, 1) if batch_first else out), (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(x0_and_c, seed=3)
    text = str(info.value)
    assert "every step reads x[0]" in text, text
    assert "out holds the cell states c_t" in text, text


def test_a_none_that_raises_beside_another_crash_is_verified_on_its_own_case():
    def no_none_no_bf(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        h, c, outs = h0, c0, []  # chapter 4's loop: neither None nor batch_first handled
        for x_t in x:
            h, c = cell_split_matrices(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        return np.stack(outs), (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(no_none_no_bf, seed=3)
    text = str(info.value)
    assert "instead of None runs and gives the right values" in text, text


def test_a_tuple_of_halves_is_said_of_every_case_that_returns_one():
    def halves_as_tuple(x, lengths, h0, c0, fwd, bwd):
        out, states = bilstm_lengths_per_row(x, lengths, h0, c0, fwd, bwd)
        H = h0.shape[-1]
        return (out[..., :H], out[..., H:]), states  # "out is the two directions"

    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(halves_as_tuple, seed=8)
    text = str(info.value)
    assert "it is a tuple of 2 items" in text, text
    assert "return arrays" not in text, text


def layer_lengths_masked(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh, mask="own", start="own"):
    """A time loop with a (T, B) mask, written the way the corpus-27 students wrote it:
    ``mask`` "own" (t < lengths[b]), "left" (padding taken to be in front: t >= T - lengths[b])
    or "longest" (t < lengths.max() for every row); ``start`` "own" (row b from h0[b]) or
    "row0" (every row from h0[0], c0[0])."""
    T, B, _ = x.shape
    H = W_hh.shape[1]
    L = np.asarray(lengths)
    t = np.arange(T)[:, None]
    real = {"own": t < L[None, :], "left": t >= T - L[None, :],
            "longest": np.broadcast_to(t < L.max(), (T, B))}[mask]  # fmt: skip
    h = h0.copy() if start == "own" else np.repeat(h0[:1], B, axis=0)
    c = c0.copy() if start == "own" else np.repeat(c0[:1], B, axis=0)
    out = np.zeros((T, B, H))
    for step in range(T):
        a = x[step] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f = 1 / (1 + np.exp(-a[:, :H])), 1 / (1 + np.exp(-a[:, H : 2 * H]))
        g, o = np.tanh(a[:, 2 * H : 3 * H]), 1 / (1 + np.exp(-a[:, 3 * H :]))
        c_new = f * c + i * g
        h_new = o * np.tanh(c_new)
        m = real[step][:, None]
        h, c = np.where(m, h_new, h), np.where(m, c_new, c)
        out[step] = np.where(m, h_new, 0.0)
    return out, (h, c)


@pytest.mark.parametrize(
    ("kwargs", "kind"),
    [
        ({"mask": "left"}, "len.left_padded"),
        ({"mask": "longest"}, "len.steps_from_longest"),
        ({"start": "row0"}, "seq.initial_state_one_row"),
    ],
)
def test_a_lengths_loop_masked_or_started_another_way_is_named(kwargs, kind):
    check_lstm_layer_lengths(layer_lengths_masked, seed=8)  # the loop itself is right
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lambda *a: layer_lengths_masked(*a, **kwargs), seed=8)
    named_kinds = [f.id for f in info.value.findings if not f.id.startswith("located.")]
    assert named_kinds == [kind], str(info.value)


@zeros_if_none
def layer_projections_reshaped(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """x @ W_ih.T for every step at once, then reshaped to (B, T, 4H) and read as [:, t]: a
    reshape where a transpose belongs (time steps and sequences mixed when B, T > 1)."""
    X = np.transpose(x, (1, 0, 2)) if batch_first else x
    T, B, I = X.shape
    H = W_hh.shape[1]
    XW = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(B, T, 4 * H)
    h, c, out = h0.copy(), c0.copy(), np.empty((T, B, H))
    for t in range(T):
        a = XW[:, t] + h @ W_hh.T
        i, f = 1 / (1 + np.exp(-a[:, :H])), 1 / (1 + np.exp(-a[:, H : 2 * H]))
        c = f * c + i * np.tanh(a[:, 2 * H : 3 * H])
        h = 1 / (1 + np.exp(-a[:, 3 * H :])) * np.tanh(c)
        out[t] = h
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


def test_projections_reshaped_to_batch_first_are_named_as_a_reshape():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_projections_reshaped, seed=2)
    assert [f.id for f in info.value.findings] == ["seq.batch_first_reshape"], str(info.value)
    assert "mixes time steps and sequences" in str(info.value)


def bilstm_reverse_restarts_every_step(x, h0, c0, fwd, bwd):
    """The reverse loop written with the initial state inside it: every reverse step starts
    from h0[1], c0[1] (the forward direction carries its state as it should)."""
    of, (hf, cf) = layer_loop(x, h0[0], c0[0], *fwd)
    T = x.shape[0]
    ob = np.zeros_like(of)
    for t in range(T - 1, -1, -1):
        h, c = cell_vectorized(x[t], h0[1], c0[1], *bwd)  # the state never carried
        ob[t] = h
    return np.concatenate([of, ob], axis=2), (np.stack([hf, h]), np.stack([cf, c]))


def test_a_direction_whose_state_is_never_carried_is_named_with_its_direction():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer(bilstm_reverse_restarts_every_step, seed=2)
    text = str(info.value)
    assert "in the reverse direction: the state is not carried from step to step" in text, text
