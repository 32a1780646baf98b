"""The catalogue of known mistakes for whole sequences: lstm_layer, bilstm_layer, lengths.

Mistakes in the step itself come from the cell catalogue, run over time by a small loop;
mistakes in the handling of the sequence (axes, state carried, out holding c, direction, h_n)
are made by rearranging inputs and outputs of the lstm_ref reference.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from lstm_ref.checks import reference
from lstm_ref.checks.core import Mistake
from lstm_ref.checks.mistakes_cell import step_mistakes


def run_steps(step, x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """Run a (mistaken) step function over x (T, B, I): returns (out, (h_n, c_n))."""
    xs = x.transpose(1, 0, 2) if batch_first else x
    h, c = h0, c0
    outs = []
    for t in range(xs.shape[0]):
        h, c = step(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


def run_steps_masked(step, x, lengths, h0, c0, *W):
    """``step`` over x (T, B, I) with lengths: the state kept and out zero past each length."""
    L = np.asarray(lengths)
    h, c, outs = h0, c0, []
    for t in range(x.shape[0]):
        h2, c2 = step(x[t], h, c, *W)
        m = (t < L)[:, None]
        h, c = np.where(m, h2, h), np.where(m, c2, c)
        outs.append(np.where(m, h2, 0.0))
    return np.stack(outs), (h, c)


def within_lengths(a, lengths):
    """``a`` (T, B, ...) with each sequence b's first lengths[b] steps reversed in place."""
    T = a.shape[0]
    L = np.asarray(lengths)[None, :]
    t = np.arange(T)[:, None]
    idx = np.where(t < L, L - 1 - t, t)  # (T, B)
    return np.take_along_axis(a, idx.reshape(idx.shape + (1,) * (a.ndim - 2)), axis=0)


def _ref_steps(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Per-step (h_t, c_t) of the reference over time-major x."""
    hs, cs = [], []
    h, c = h0, c0
    for t in range(x.shape[0]):
        h, c = reference.lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
        cs.append(c)
    return np.stack(hs), np.stack(cs)


def _tm(x, batch_first):
    return x.transpose(1, 0, 2) if batch_first else x


def stepped(where: str, run) -> list[Mistake]:
    """lstm_cell's step catalogue for a whole function: each mistaken step run by ``run(step,
    *the graded function's arguments)``, said "at every step{where}, ..."."""
    return [
        dataclasses.replace(
            m, text=f"at every step{where}, {m.text}", fn=functools.partial(run, m.fn)
        )
        for m in step_mistakes()
    ]


def layer_mistakes() -> list[Mistake]:
    """Catalogue for lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first)."""
    out = stepped("", run_steps)

    ref = reference.lstm_layer

    def batch_first_ignored(x, h0, c0, *W, batch_first=False):
        if not batch_first:
            return ref(x, h0, c0, *W, batch_first=True)  # loops over the wrong axis
        return ref(x, h0, c0, *W, batch_first=False)

    def out_not_transposed_back(x, h0, c0, *W, batch_first=False):
        o, hc = ref(x, h0, c0, *W, batch_first=batch_first)
        return (o.transpose(1, 0, 2) if batch_first else o), hc

    def state_not_carried(x, h0, c0, *W, batch_first=False):
        xs = _tm(x, batch_first)
        steps = [reference.lstm_cell(xs[t], h0, c0, *W) for t in range(xs.shape[0])]
        o = np.stack([h for h, _ in steps])
        return _tm(o, batch_first), steps[-1]

    def out_holds_c(x, h0, c0, *W, batch_first=False):
        hs, cs = _ref_steps(_tm(x, batch_first), h0, c0, *W)
        return _tm(cs, batch_first), (hs[-1], cs[-1])

    def backwards(x, h0, c0, *W, batch_first=False):
        o, hc = ref(
            _tm(_tm(x, batch_first)[::-1], batch_first), h0, c0, *W, batch_first=batch_first
        )
        return o, hc

    def backwards_flipped(x, h0, c0, *W, batch_first=False):
        o, hc = backwards(x, h0, c0, *W, batch_first=batch_first)
        return _tm(_tm(o, batch_first)[::-1], batch_first), hc

    def h_n_first_step(x, h0, c0, *W, batch_first=False):
        hs, cs = _ref_steps(_tm(x, batch_first), h0, c0, *W)
        return _tm(hs, batch_first), (hs[0], cs[0])

    def state_unchanged(x, h0, c0, *W, batch_first=False):
        o, _ = ref(x, h0, c0, *W, batch_first=batch_first)
        return o, (h0, c0)

    def hn_cn_swapped(x, h0, c0, *W, batch_first=False):
        o, (h, c) = ref(x, h0, c0, *W, batch_first=batch_first)
        return o, (c, h)

    def h0_c0_swapped(x, h0, c0, *W, batch_first=False):
        return ref(x, c0, h0, *W, batch_first=batch_first)

    out += [
        Mistake(
            "batch_first_ignored",
            "batch and time axes are exchanged: with batch_first=False x is (T, B, I) and step t is x[t]; with batch_first=True x is (B, T, I) and step t is x[:, t].",  # noqa: E501
            batch_first_ignored,
        ),
        Mistake(
            "out_not_transposed_back",
            "with batch_first=True, out must be (B, T, H): transpose it back after the loop.",
            out_not_transposed_back,
        ),
        Mistake(
            "state_not_carried",
            "the state is not carried from step to step: every step starts from h0, c0 instead of the previous step's (h_{t-1}, c_{t-1}).",  # noqa: E501
            state_not_carried,
        ),
        Mistake(
            "out_holds_c",
            "out holds the cell states c_t; it should hold the hidden states h_t.",
            out_holds_c,
        ),
        Mistake(
            "sequence_backwards",
            "the sequence is run backwards (from the last step to the first).",
            backwards,
        ),
        Mistake(
            "sequence_backwards_flipped",
            "the sequence is run backwards (from the last step to the first), then out flipped.",
            backwards_flipped,
        ),
        Mistake(
            "h_n_first_step",
            "h_n, c_n are taken after the first step; they are the state after the last step.",
            h_n_first_step,
        ),
        Mistake(
            "state_unchanged",
            "h_n, c_n are returned as given (h0, c0): return the state after the last step.",
            state_unchanged,
        ),
        Mistake(
            "hn_cn_swapped", "h_n and c_n are exchanged: return (out, (h_n, c_n)).", hn_cn_swapped
        ),
        Mistake(
            "h0_c0_swapped",
            "h0 and c0 are exchanged: the first step needs h_{-1} = h0 and c_{-1} = c0.",
            h0_c0_swapped,
        ),
    ]
    return out


def bilstm_mistakes() -> list[Mistake]:
    """Catalogue for bilstm_layer(x, h0, c0, fwd, bwd) -> (out (T, B, 2H), (h_n, c_n) (2, B, H))."""
    lay = reference.lstm_layer

    def parts(x, h0, c0, fwd, bwd):
        of, (hf, cf) = lay(x, h0[0], c0[0], *fwd)
        ob, (hb, cb) = lay(x[::-1], h0[1], c0[1], *bwd)  # reverse direction, out in reversed order
        return of, ob, (hf, cf), (hb, cb)

    def not_flipped(x, h0, c0, fwd, bwd):
        of, ob, (hf, cf), (hb, cb) = parts(x, h0, c0, fwd, bwd)
        return np.concatenate([of, ob], -1), (np.stack([hf, hb]), np.stack([cf, cb]))

    def hn_from_out_last(x, h0, c0, fwd, bwd):
        of, ob, (hf, cf), (hb, cb) = parts(x, h0, c0, fwd, bwd)
        ob = ob[::-1]  # flipped back correctly; h_n then read at the wrong end, c_n kept right
        return np.concatenate([of, ob], -1), (np.stack([hf, ob[-1]]), np.stack([cf, cb]))

    def not_reversed(x, h0, c0, fwd, bwd):
        of, (hf, cf) = lay(x, h0[0], c0[0], *fwd)
        ob, (hb, cb) = lay(x, h0[1], c0[1], *bwd)
        return np.concatenate([of, ob], -1), (np.stack([hf, hb]), np.stack([cf, cb]))

    def halves_swapped(x, h0, c0, fwd, bwd):
        o, hc = reference.lstm(x, reference.bilstm_params(fwd, bwd), (h0, c0))
        H = h0.shape[-1]
        return np.concatenate([o[..., H:], o[..., :H]], -1), hc

    def weights_swapped(x, h0, c0, fwd, bwd):
        return reference.lstm(x, reference.bilstm_params(bwd, fwd), (h0, c0))

    def states_swapped(x, h0, c0, fwd, bwd):
        return reference.lstm(x, reference.bilstm_params(fwd, bwd), (h0[::-1], c0[::-1]))

    return [
        Mistake(
            "reverse_not_flipped_back",
            "the reverse direction's outputs are not flipped back: out[t, :, H:] must be the reverse direction's state at position t (flip its outputs in time before concatenating).",  # noqa: E501
            not_flipped,
        ),
        Mistake(
            "reverse_h_n_from_out_last",
            "the reverse direction's h_n is taken from out[-1]; the reverse direction ends at t = 0, so its h_n is out[0, :, H:] (the state after its last step).",  # noqa: E501
            hn_from_out_last,
        ),
        Mistake(
            "reverse_not_reversed",
            "the reverse direction runs over x in forward order: it must read x[T-1], ..., x[0].",
            not_reversed,
        ),
        Mistake(
            "halves_swapped",
            "the two halves of out are in the wrong order (exchanged): out[..., :H] is the forward direction, out[..., H:] the reverse.",  # noqa: E501
            halves_swapped,
        ),
        Mistake(
            "fwd_bwd_swapped",
            "the forward and reverse directions' weights are exchanged (fwd, bwd).",
            weights_swapped,
        ),
        Mistake(
            "initial_states_swapped",
            "the initial states are exchanged between directions: h0[0], c0[0] are the forward direction's.",  # noqa: E501
            states_swapped,
        ),
        *stepped(" of both directions", _both_directions),  # usually one helper both call
    ]


def _both_directions(step, x, h0, c0, fwd, bwd):
    """bilstm_layer with ``step`` in both directions, the directions' handling right."""
    of, (hf, cf) = run_steps(step, x, h0[0], c0[0], *fwd)
    ob, (hb, cb) = run_steps(step, x[::-1], h0[1], c0[1], *bwd)
    return np.concatenate([of, ob[::-1]], -1), (np.stack([hf, hb]), np.stack([cf, cb]))


def lengths_mistakes() -> list[Mistake]:
    """Catalogue for lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh)."""
    lay = reference.lstm_layer

    def ref(x, lengths, h0, c0, *W):
        o, (h, c) = reference.lstm(
            x, reference.layer_params(*W), (h0[None], c0[None]), lengths=lengths
        )
        return o, (h[0], c[0])

    def not_skipped(x, lengths, h0, c0, *W):
        return lay(x, h0, c0, *W)

    def not_zeroed(x, lengths, h0, c0, *W):
        o, _ = lay(x, h0, c0, *W)
        return o, ref(x, lengths, h0, c0, *W)[1]

    def h_n_last_row(x, lengths, h0, c0, *W):
        o, _ = ref(x, lengths, h0, c0, *W)
        _, cs = _ref_steps(x, h0, c0, *W)
        return o, (o[-1], cs[-1])

    def zeroed_not_skipped(x, lengths, h0, c0, *W):
        o, hc = lay(x, h0, c0, *W)
        T = x.shape[0]
        mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[..., None]
        return o * mask, hc

    def gathered_time_slices(x, lengths, h0, c0, *W):
        hs, cs = _ref_steps(x, h0, c0, *W)  # (T, B, H): every row run through every step
        L = np.asarray(lengths)
        mask = (np.arange(x.shape[0])[:, None] < L[None, :])[..., None]
        return hs * mask, (hs[L - 1], cs[L - 1])  # (B, B, H): whole time slices

    steps = stepped("", run_steps_masked)
    return [
        *steps,
        Mistake(
            "final_state_time_slices",
            "h_n and c_n are indexed with the lengths alone (hs[lengths - 1], which takes a whole time slice (B, H) for every b, (B, B, H) in all): index the time and the batch row together, hs[lengths - 1, np.arange(B)].",  # noqa: E501
            gathered_time_slices,
        ),
        Mistake(
            "padding_not_skipped",
            "padding steps are not skipped: each sequence stops at its length (out is zero after it, h_n/c_n are its state at step length-1).",  # noqa: E501
            not_skipped,
        ),
        Mistake(
            "out_not_zeroed",
            "out is not zero past each sequence's length (h_n is right).",
            not_zeroed,
        ),
        Mistake(
            "zeroed_but_state_runs_on",
            "out is zeroed past each length, but h_n, c_n come from running through the padding: take them at each sequence's own last step, t = lengths[b] - 1.",  # noqa: E501
            zeroed_not_skipped,
        ),
        Mistake(
            "h_n_from_last_row",
            "h_n is taken from out[-1]; for a shorter sequence that row is padding: take each sequence's state at step length-1.",  # noqa: E501
            h_n_last_row,
        ),
    ]


def _both_directions_masked(step, x, lengths, h0, c0, fwd, bwd):
    """bilstm_layer_lengths with ``step`` in both directions, each sequence read within its own
    length (the reverse from its last step), the rest right."""
    of, (hf, cf) = run_steps_masked(step, x, lengths, h0[0], c0[0], *fwd)
    xr = within_lengths(x, lengths)
    ob, (hb, cb) = run_steps_masked(step, xr, lengths, h0[1], c0[1], *bwd)
    ob = within_lengths(ob, lengths)  # back to time order (zero past each length)
    return np.concatenate([of, ob], -1), (np.stack([hf, hb]), np.stack([cf, cb]))


def bilstm_lengths_mistakes() -> list[Mistake]:
    """Catalogue for bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd): a mistaken step run by
    both directions."""
    return stepped(" of both directions", _both_directions_masked)
