"""The two checks of issue 13's new exercises: lstm_layer_backward and bilstm_layer_lengths."""

import numpy as np
import pytest
import torch

from lstm_ref.checks import CheckFailure, check_bilstm_layer_lengths, check_lstm_layer_backward


def _sig(z):
    return 1 / (1 + np.exp(-z))


def layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    """BPTT written as a student would: forward loop keeping a cache, backward loop."""
    T = x.shape[0]
    H = h0.shape[1]
    h, c, cache = h0, c0, []
    for t in range(T):
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        c_new = f * c + i * g
        cache.append((h, c, i, f, g, o, np.tanh(c_new)))
        h, c = o * np.tanh(c_new), c_new
    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    grads = {k: np.zeros_like(v) for k, v in dict(x=x, W_ih=W_ih, W_hh=W_hh, b_ih=b_ih).items()}
    for t in reversed(range(T)):
        h_prev, c_prev, i, f, g, o, tc = cache[t]
        dh = dh + dout[t]
        dct = dc + dh * o * (1 - tc**2)
        da = np.concatenate(
            [
                dct * g * i * (1 - i),
                dct * c_prev * f * (1 - f),
                dct * i * (1 - g**2),
                dh * tc * o * (1 - o),
            ],
            axis=1,
        )
        grads["x"][t] = da @ W_ih
        grads["W_ih"] += da.T @ x[t]
        grads["W_hh"] += da.T @ h_prev
        grads["b_ih"] += da.sum(0)
        dh, dc = da @ W_hh, dct * f
    grads.update(h0=dh, c0=dc, b_hh=grads["b_ih"].copy())
    return grads


def layer_backward_autograd(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    names = ("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh")
    t = {
        k: torch.tensor(v, requires_grad=True)
        for k, v in zip(names, (x, h0, c0, W_ih, W_hh, b_ih, b_hh), strict=False)
    }
    h, c, loss = t["h0"], t["c0"], 0
    for s in range(x.shape[0]):
        a = t["x"][s] @ t["W_ih"].T + t["b_ih"] + h @ t["W_hh"].T + t["b_hh"]
        ai, af, ag, ao = a.chunk(4, 1)
        c = torch.sigmoid(af) * c + torch.sigmoid(ai) * torch.tanh(ag)
        h = torch.sigmoid(ao) * torch.tanh(c)
        loss = loss + (h * torch.from_numpy(dout[s])).sum()
    if dh_n is not None:
        loss = loss + (h * torch.from_numpy(dh_n)).sum() + (c * torch.from_numpy(dc_n)).sum()
    loss.backward()
    return {k: v.grad.numpy() for k, v in t.items()}


def test_layer_backward_with_autograd_is_refused():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_autograd, cases="fixed")
    assert info.value.stage == "forbidden"


@pytest.mark.parametrize("fn", [layer_backward_by_hand])
def test_correct_layer_backward_passes(fn, capsys):
    check_lstm_layer_backward(fn, seed=3)
    assert "all 11 cases match" in capsys.readouterr().out


def test_layer_backward_without_the_carried_dc_fails():
    def no_carry(dout, x, h0, c0, *W, dh_n=None, dc_n=None):
        g = layer_backward_by_hand(dout[:1], x[:1], h0, c0, *W)
        return g

    with pytest.raises(CheckFailure):
        check_lstm_layer_backward(no_carry, cases="fixed")


def bilstm_lengths_loops(x, lengths, h0, c0, fwd, bwd):
    """Per sequence, with Python loops: forward over 0..L-1, reverse over L-1..0."""
    T, B, _ = x.shape
    H = h0.shape[2]
    out = np.zeros((T, B, 2 * H))
    h_n, c_n = np.zeros((2, B, H)), np.zeros((2, B, H))
    for b in range(B):
        L = int(lengths[b])
        for d, (W_ih, W_hh, b_ih, b_hh) in enumerate((fwd, bwd)):
            h, c = h0[d, b], c0[d, b]
            for t in range(L) if d == 0 else range(L - 1, -1, -1):
                a = W_ih @ x[t, b] + b_ih + W_hh @ h + b_hh
                i, f, g, o = (
                    _sig(a[:H]),
                    _sig(a[H : 2 * H]),
                    np.tanh(a[2 * H : 3 * H]),
                    _sig(a[3 * H :]),
                )
                c = f * c + i * g
                h = o * np.tanh(c)
                out[t, b, d * H : (d + 1) * H] = h
            h_n[d, b], c_n[d, b] = h, c
    return out, (h_n, c_n)


def bilstm_lengths_torch(x, lengths, h0, c0, fwd, bwd):
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    T, _, I = x.shape
    H = h0.shape[2]
    m = torch.nn.LSTM(I, H, bidirectional=True).double()
    with torch.no_grad():
        for sfx, W in (("", fwd), ("_reverse", bwd)):
            for name, a in zip(("weight_ih", "weight_hh", "bias_ih", "bias_hh"), W, strict=False):
                getattr(m, f"{name}_l0{sfx}").copy_(torch.from_numpy(a))
        p = pack_padded_sequence(
            torch.from_numpy(x), torch.as_tensor(lengths), enforce_sorted=False
        )
        o, (h, c) = m(p, (torch.from_numpy(h0), torch.from_numpy(c0)))
        o, _ = pad_packed_sequence(o, total_length=T)
    return o.numpy(), (h.numpy(), c.numpy())


def test_bilstm_lengths_with_nn_lstm_is_refused():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(bilstm_lengths_torch, cases="fixed")
    assert (
        info.value.stage == "forbidden"
        and "this exercise is graded in NumPy only; torch is not available when it is graded"
        in str(info.value)
    )


@pytest.mark.parametrize("fn", [bilstm_lengths_loops])
def test_correct_bilstm_layer_lengths_passes(fn, capsys):
    check_bilstm_layer_lengths(fn, seed=4)
    assert "all 12 cases match" in capsys.readouterr().out


def test_bilstm_lengths_reverse_from_T_fails_on_a_fixed_case():
    def from_T(x, lengths, h0, c0, fwd, bwd):
        o, (h, c) = bilstm_lengths_loops(x, [x.shape[0]] * x.shape[1], h0, c0, fwd, bwd)
        mask = (np.arange(x.shape[0])[:, None] < np.asarray(lengths))[..., None]
        return o * mask, (h, c)

    with pytest.raises(CheckFailure):
        check_bilstm_layer_lengths(from_T, cases="fixed")


def test_a_crash_on_none_ends_says_what_none_stands_for():
    def no_none(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
        dh_n = dh_n + 0.0  # None + 0.0 raises: the notebook says None means zeros
        dc_n = dc_n + 0.0
        return layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(no_none, seed=2)
    text = str(info.value)
    assert "stand for zeros of shape (B, H)" in text, text
    assert "dh_n=dc_n=None raises" not in text  # a case's note is not said as a setting


def bilstm_lengths_reversed_one_past_the_end(x, lengths, h0, c0, fwd, bwd):
    """The reverse direction's k-th step reads x[L - k] (one past the end first, never x_0) and
    stores at L - 1 - k: it raises where some L = T."""
    out, (h_n, c_n) = bilstm_lengths_loops(x, lengths, h0, c0, fwd, bwd)
    H = h0.shape[2]
    W_ih, W_hh, b_ih, b_hh = bwd
    for b in range(x.shape[1]):
        L = int(lengths[b])
        h, c = h0[1, b], c0[1, b]
        for k in range(L):
            a = W_ih @ x[L - k, b] + b_ih + W_hh @ h + b_hh
            i, f, g, o = (
                _sig(a[:H]),
                _sig(a[H : 2 * H]),
                np.tanh(a[2 * H : 3 * H]),
                _sig(a[3 * H :]),
            )
            c = f * c + i * g
            h = o * np.tanh(c)
            out[L - 1 - k, b, H:] = h
        h_n[1, b], c_n[1, b] = h, c
    return out, (h_n, c_n)


def test_a_reverse_index_one_past_the_end_is_named_on_the_cases_that_run():
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(bilstm_lengths_reversed_one_past_the_end, seed=7)
    text = str(info.value)
    assert "raised IndexError" in text and "reads x[lengths[b] - t]" in text, text


# --- kinds from the thirteenth blind corpus, written as students wrote them -------------------
def layer_backward_h0_one_step_late(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None,
                                    dc_n=None):  # fmt: skip
    """BPTT whose h0 gradient is the dh that enters step 0 (dout[0] + step 1's), kept before
    step 0's backward runs."""
    grads = layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n)
    T, H = x.shape[0], h0.shape[1]
    h, c, hs, cs = h0, c0, [], []
    for t in range(T):  # the forward again, to find what enters step 0
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        hs.append(h)
        cs.append(c)
        c = f * c + i * g
        h = o * np.tanh(c)
    one = layer_backward_by_hand(
        dout[1:], x[1:], hs[1] if T > 1 else h, cs[1] if T > 1 else c, W_ih, W_hh, b_ih, b_hh,
        dh_n, dc_n,
    ) if T > 1 else None  # fmt: skip
    entering = dout[0] + (one["h0"] if one is not None else (0 if dh_n is None else dh_n))
    return {**grads, "h0": entering}


def test_an_h0_gradient_taken_before_step_0s_backward_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_h0_one_step_late, seed=4)
    assert "h0's gradient is the dh that enters step 0" in str(info.value), str(info.value)


def bilstm_lengths_sorted_states(x, lengths, h0, c0, fwd, bwd):
    """pack_padded_sequence's way: the batch sorted longest first, run, out unsorted; h_n and
    c_n are left in the sorted order."""
    lengths = np.asarray(lengths)
    order = np.argsort(-lengths, kind="stable")
    out, (h_n, c_n) = bilstm_lengths_loops(x[:, order], lengths[order], h0[:, order],
                                           c0[:, order], fwd, bwd)  # fmt: skip
    return out[:, np.argsort(order)], (h_n, c_n)


def bilstm_lengths_reverse_holds_its_start(x, lengths, h0, c0, fwd, bwd):
    """The reverse direction run t = T-1 .. 0 over the whole batch with a mask, its out[t]
    written at every step (so past a length it holds the state it started from), and started
    from h0[0], c0[0]."""
    T, B, _ = x.shape
    H = h0.shape[2]
    out, (h_n, c_n) = bilstm_lengths_loops(x, lengths, h0, c0, fwd, bwd)
    W_ih, W_hh, b_ih, b_hh = bwd
    h, c = h0[0], c0[0]
    for t in range(T - 1, -1, -1):
        m = (t < np.asarray(lengths))[:, None]
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        c_new = f * c + i * g
        h = np.where(m, o * np.tanh(c_new), h)
        c = np.where(m, c_new, c)
        out[t, :, H:] = h
    h_n[1], c_n[1] = h, c
    return out, (h_n, c_n)


@pytest.mark.parametrize(
    ("fn", "words"),
    [
        (bilstm_lengths_sorted_states, ["h_n and c_n come back in the batch order sorted"]),
        (
            bilstm_lengths_reverse_holds_its_start,
            ["the reverse direction starts from h0[0], c0[0]", "out holds the state carried"],
        ),
    ],
)
def test_bilstm_lengths_kinds_of_the_thirteenth_corpus_are_named(fn, words):
    with pytest.raises(CheckFailure) as info:
        check_bilstm_layer_lengths(fn, seed=4)
    for w in words:
        assert w in str(info.value), str(info.value)


def layer_backward_one_none_branch(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None,
                                   dc_n=None):  # fmt: skip
    """Both ends handled in dh_n's branch: a dc_n given alone is dropped, a dh_n given alone
    leaves dc_n None (and the code raises)."""
    if dh_n is None:
        dh_n = np.zeros_like(h0)
        dc_n = np.zeros_like(c0)
    return layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n)


def test_each_end_may_be_none_on_its_own():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_one_none_branch, seed=7)
    text = str(info.value)
    assert "dc_n=None" in text or "dh_n=None" in text, text


def layer_backward_dout_in_dc_too(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    """dout[t] added to dc as well as to dh at every step (written out: BPTT by hand)."""
    T, H = x.shape[0], h0.shape[1]
    h, c, cache = h0, c0, []
    for t in range(T):
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        c_new = f * c + i * g
        cache.append((h, c, i, f, g, o, np.tanh(c_new)))
        h, c = o * np.tanh(c_new), c_new
    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()
    grads = {k: np.zeros_like(v) for k, v in dict(x=x, W_ih=W_ih, W_hh=W_hh, b_ih=b_ih).items()}
    for t in reversed(range(T)):
        h_prev, c_prev, i, f, g, o, tc = cache[t]
        dh, dc = dh + dout[t], dc + dout[t]
        dct = dc + dh * o * (1 - tc**2)
        da = np.concatenate([dct * g * i * (1 - i), dct * c_prev * f * (1 - f),
                             dct * i * (1 - g**2), dh * tc * o * (1 - o)], axis=1)  # fmt: skip
        grads["x"][t] = da @ W_ih
        grads["W_ih"] += da.T @ x[t]
        grads["W_hh"] += da.T @ h_prev
        grads["b_ih"] += da.sum(0)
        dh, dc = da @ W_hh, dct * f
    grads.update(h0=dh, c0=dc, b_hh=grads["b_ih"].copy())
    return grads


def test_dout_added_to_the_cell_gradient_too_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_dout_in_dc_too, seed=4)
    assert "dout[t] is added to the cell state's gradient too" in str(info.value), str(info.value)


def layer_backward_dc_never_updated(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    """dc is never updated in the loop (every step gets dc_n), and c0's gradient is what step
    0's backward returns for c; written with a step function, as chapter 8 splits it."""
    T, H = x.shape[0], h0.shape[1]
    hs, cs = [h0], [c0]
    for t in range(T):
        a = x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        cs.append(f * cs[-1] + i * g)
        hs.append(o * np.tanh(cs[-1]))

    def step(dh_t, dc_t, t):
        a = x[t] @ W_ih.T + b_ih + hs[t] @ W_hh.T + b_hh
        i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
        g, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
        tc = np.tanh(cs[t + 1])
        dct = dc_t + dh_t * o * (1 - tc**2)
        parts = [dct * g * i * (1 - i), dct * cs[t] * f * (1 - f)]
        da = np.hstack(parts + [dct * i * (1 - g**2), dh_t * tc * o * (1 - o)])
        return da, dct * f

    dh = np.zeros_like(h0) if dh_n is None else dh_n
    dc = np.zeros_like(c0) if dc_n is None else dc_n
    out = {"x": np.zeros_like(x), "W_ih": 0 * W_ih, "W_hh": 0 * W_hh, "b_ih": 0 * b_ih}
    for t in range(T - 1, -1, -1):
        da, dc_back = step(dh + dout[t], dc, t)
        out["x"][t] = da @ W_ih
        out["W_ih"] = out["W_ih"] + da.T @ x[t]
        out["W_hh"] = out["W_hh"] + da.T @ hs[t]
        out["b_ih"] = out["b_ih"] + da.sum(axis=0)
        dh = da @ W_hh
    out.update(h0=dh, c0=dc_back, b_hh=out["b_ih"].copy())
    return out


def test_dc_n_given_to_every_step_is_named_with_c0s_gradient_from_step_0():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_dc_never_updated, seed=5)
    text = str(info.value)
    assert "every step's incoming dc is dc_n again" in text, text


def layer_backward_float32_delta(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
    """The δa of every step kept in a float32 buffer "to save memory": the bias gradients come
    out float32, the others float64 with float32's errors."""
    T, H = x.shape[0], h0.shape[1]
    g = layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=dh_n, dc_n=dc_n)
    out = {k: v.astype(np.float32).astype(np.float64) for k, v in g.items()}
    out["b_ih"] = out["b_ih"].astype(np.float32)
    out["b_hh"] = out["b_hh"].astype(np.float32)
    assert T and H  # the sizes a student reads first, kept
    return out


def test_float64_outputs_with_float32_errors_are_said_beside_float32_ones():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_float32_delta, seed=5)
    text = str(info.value)
    assert "b_ih is float32" in text, text
    assert "float64 but agree with the expected values to float32's precision only" in text, text


def test_dout_of_the_last_step_counted_twice_is_named():
    def twice(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
        dh = dout[-1] if dh_n is None else dh_n + dout[-1]  # "the last output's gradient first"
        return layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh, dc_n)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(twice, seed=5)
    assert "dout[T-1] is added twice at the last step" in str(info.value), str(info.value)


def test_ends_exchanged_and_b_hh_left_at_zero_are_both_named():
    def two_slips(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
        g = layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dc_n, dh_n)
        return {**g, "b_hh": np.zeros_like(b_hh)}  # "b_hh is only added: no gradient"

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(two_slips, seed=5)
    text = str(info.value)
    assert "dh_n and dc_n are exchanged" in text, text
    assert "b_hh's gradient is 0" in text, text


def test_a_layer_ignoring_every_incoming_dc_is_told_in_the_layers_words():
    def no_dc(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):
        zeros = np.zeros_like(h0)
        g = layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, zeros)
        # and the dc carried back dropped: the same loop with dc reset at every step
        T, H = x.shape[0], h0.shape[1]
        h, c, cache = h0, c0, []
        for t in range(T):
            a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
            i, f = _sig(a[:, :H]), _sig(a[:, H : 2 * H])
            gg, o = np.tanh(a[:, 2 * H : 3 * H]), _sig(a[:, 3 * H :])
            c_new = f * c + i * gg
            cache.append((h, c, i, f, gg, o, np.tanh(c_new)))
            h, c = o * np.tanh(c_new), c_new
        dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()
        out = {k: np.zeros_like(v) for k, v in g.items()}
        for t in reversed(range(T)):
            h_prev, c_prev, i, f, gg, o, tc = cache[t]
            dh = dh + dout[t]
            dct = dh * o * (1 - tc**2)  # no incoming dc at any step
            da = np.hstack(
                [dct * gg * i * (1 - i), dct * c_prev * f * (1 - f), dct * i * (1 - gg**2)]
                + [dh * tc * o * (1 - o)]
            )
            out["x"][t] = da @ W_ih
            out["W_ih"] += da.T @ x[t]
            out["W_hh"] += da.T @ h_prev
            out["b_ih"] += da.sum(0)
            dh = da @ W_hh
            out["c0"] = dct * f
        out.update(h0=dh, b_hh=out["b_ih"].copy())
        return out

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(no_dc, seed=5)
    text = str(info.value)
    assert "every step's incoming dc is ignored" in text, text


def layer_backward_dh_n_replaces_dout(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None,
                                      dc_n=None):  # fmt: skip
    """At the last step dh_n stands in dout[T-1]'s place (the student's `if t == T-1 and dh_n
    is not None: dh = dh_n`): dout[T-1] is dropped where dh_n is given."""
    if dh_n is None:
        return layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, None, dc_n)
    dout = dout.copy()
    dout[-1] = 0.0
    return layer_backward_by_hand(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n, dc_n)


def test_dh_n_in_place_of_the_last_dout_is_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_backward(layer_backward_dh_n_replaces_dout, seed=4)
    text = str(info.value)
    assert "at the last step dh_n replaces dout[T-1]" in text, text
