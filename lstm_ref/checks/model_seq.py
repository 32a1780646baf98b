"""Sequences in parts: which axis is time, which step's state feeds the next, what out holds,
which direction is reversed and where, which steps are masked. Used by lstm_layer, bilstm_layer,
lstm_layer_lengths and bilstm_layer_lengths; arrays may carry leading probe axes (time is axis
-3 of x). See :mod:`lstm_ref.checks.infer`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from lstm_ref.checks.findings import Finding
from lstm_ref.checks.infer import Factor, Model
from lstm_ref.checks.model_cell import cell_factors, cell_step, combine_findings, read_findings

RIGHT_CELL = {f.name: f.options[0] for f in cell_factors(with_cell=True)}
#: the cell's parts the bidirectional and lengths models search too (the rest of their cell as
#: given): conventions from papers and other libraries, a forget-gate bias of 1, hard sigmoids
STEP_CONVENTIONS = [f for f in cell_factors(with_cell=True) if f.name in ("f_plus_one", "sigmoid")]
CONVENTION_NAMES = tuple(f.name for f in STEP_CONVENTIONS)


def convention_findings(ch, function) -> list[Finding]:
    """The findings of :data:`STEP_CONVENTIONS`' parts in ``ch`` (the cell's own words)."""
    return read_findings(
        {**RIGHT_CELL, **{k: ch[k] for k in CONVENTION_NAMES if k in ch}}, function
    )


def run_layer(x, h0, c0, W, ch=None, mask=None):
    """x (..., T, B, I) time-major; returns out (..., T, B, H), h_n, c_n with the parts in ``ch``.

    mask: (..., T, B) bools or None: where False the step is padding (see ``ch['freeze']``).
    """
    ch = {**RIGHT_CELL, **SEQ_RIGHT, **(ch or {})}
    if ch["init_swap"]:
        h0, c0 = c0, h0
    if ch.get("init") == "zeros":  # h0, c0 ignored: the loop starts from zeros
        h0, c0 = 0 * h0, 0 * c0
    elif ch.get("init") == "h_zeros":  # h0 ignored, c0 used
        h0 = 0 * h0
    elif ch.get("init") == "c_zeros":
        c0 = 0 * c0
    elif ch.get("init") == "row0":  # every batch row starts from h0[0], c0[0]
        h0, c0 = h0[..., :1, :] + 0 * h0, c0[..., :1, :] + 0 * c0
    T = x.shape[-3]
    start = ch["start"]
    steps = list(range(1, T) if start in (1, "1_dropped") else range(T - 1 if start else T))
    if ch["direction"] != "forward":
        steps = steps[::-1]
    h, c = h0, c0
    outs = [None] * T
    hs, cs = [], []
    freeze = ch.get("freeze", "both")
    if mask is not None and ch.get("pad_x") == "zeros" and freeze == "both":
        freeze = "none"  # the padding's input zeroed instead of the state frozen
    for k, t in enumerate(steps):
        h_in = h if ch["carry"] in ("both", "h_only", "c_never") else h0
        c_in = c if ch["carry"] in ("both", "c_only", "h_never") else c0
        if ch["carry"] == "swapped" and k > 0:
            h_in, c_in = c, h
        x_t = x[..., t if ch.get("x_read", "t") == "t" else 0, :, :]
        if mask is not None and ch.get("pad_x") == "zeros":  # the padding's input read as 0
            x_t = np.where(mask[..., t, :, None], x_t, 0.0)
        h2, c2 = cell_step(x_t, h_in, c_in, *W, ch)
        if mask is not None:
            m = mask[..., t, :, None]
            keep_h = freeze in ("both", "h_only")
            keep_c = freeze in ("both", "c_only")
            o = h2 if ch["out_zero"] == "no" else np.where(m, h2, 0.0)
            if ch["out_zero"] == "hold":
                o = np.where(m, h2, h)
            if freeze == "c_gets_h":  # h held, c set to h past the length
                keep_h, keep_c, c2 = True, False, np.where(m, c2, h)
            elif freeze == "h_gets_c":
                keep_h, keep_c, h2 = False, True, np.where(m, h2, c)
            h2 = np.where(m, h2, h) if keep_h else h2
            c2 = np.where(m, c2, c) if keep_c else c2
        else:
            o = h2
        if ch["out"] == "h_prev":
            o = h_in
        elif ch["out"] == "c":
            o = c2
        pos = k if ch["direction"] == "reversed" else t
        outs[pos] = o
        h = h0 if ch["carry"] == "h_never" else h2
        c = c0 if ch["carry"] == "c_never" else c2
        hs.append(h)
        cs.append(c)
    if start in ("1_dropped", "short_dropped"):  # out stacks only the steps that ran
        outs = [o for o in outs if o is not None]
        if not outs:  # T = 1: no step ran (np.stack raises; a preallocated out has 0 steps)
            shape = np.broadcast_shapes(np.shape(h0), np.shape(x[..., 0, :, :1]))
            out = np.zeros(shape[:-2] + (0,) + shape[-2:])
            return out, h0, c0
    if start == 1 and ch.get("unrun_out") == "h0" and outs[0] is None:  # hs = [h0], t = 1 ..
        outs[0] = h0 + 0 * x[..., 0, :, :1]
    if any(o is None for o in outs):  # a step never run: its output stays 0
        shape = next(
            (np.shape(o) for o in outs if o is not None),
            np.broadcast_shapes(np.shape(h0), np.shape(x[..., 0, :, :1])),
        )
        outs = [np.zeros(shape) if o is None else o for o in outs]
        hs, cs = hs or [h0], cs or [c0]
    out = np.stack(outs, axis=-3)
    if ch["final"] == "first":
        h, c = hs[0], cs[0]
    elif ch["final"] == "before_last":
        h, c = (hs[-2], cs[-2]) if T > 1 else (h0, c0)
    elif ch["final"] == "initial":
        h, c = h0, c0
    elif ch["final"] == "out_last":
        h = out[..., -1, :, :]
    elif ch["final"] in ("at_length", "at_length_clipped"):  # after t = lengths[b], one late
        L = mask.sum(axis=-2)  # (..., B)
        last = ch.get("last_stored", T) - 1  # "clipped": the index cut to the last step stored
        if ch["final"] == "at_length" and np.any(L > T - 1):
            raise IndexError("lengths[b] = T: no step T")
        late = L <= last  # where the clip leaves the index at lengths[b]
        pick = np.minimum(L, last)[..., None, :, None]
        if freeze == "both":  # the loop's state stops at lengths[b] - 1: one step more
            x_at = np.take_along_axis(x, pick, axis=-3)[..., 0, :, :]
            h2, c2 = cell_step(x_at, h, c, *W, ch)
            h, c = np.where(late[..., None], h2, h), np.where(late[..., None], c2, c)
        else:  # the states stored run on past the end: the one at t = lengths[b]
            h = np.take_along_axis(np.stack(hs, axis=-3), pick, axis=-3)[..., 0, :, :]
            c = np.take_along_axis(np.stack(cs, axis=-3), pick, axis=-3)[..., 0, :, :]
    elif ch["final"] == "c_at_length":  # h_n right; c_n the state after step t = lengths[b]
        L = mask.sum(axis=-2)  # (..., B)
        if np.any(L > T - 1):
            raise IndexError("lengths[b] = T: no step T")
        pick = L[..., None, :, None]
        if freeze == "both":  # one step more from the frozen state gives the running c there
            x_at = np.take_along_axis(x, pick, axis=-3)[..., 0, :, :]
            c = cell_step(x_at, h, c, *W, ch)[1]
        else:  # the states stored run on past the end: h at lengths[b] - 1, c at lengths[b]
            h = np.take_along_axis(np.stack(hs, axis=-3), pick - 1, axis=-3)[..., 0, :, :]
            c = np.take_along_axis(np.stack(cs, axis=-3), pick, axis=-3)[..., 0, :, :]
    elif ch["final"] == "h_at_length":  # h_n = the stored h at t = lengths[b] - 1; c_n = c
        pick = np.maximum(mask.sum(axis=-2) - 1, 0)[..., None, :, None]
        h = np.take_along_axis(np.stack(hs, axis=-3), pick, axis=-3)[..., 0, :, :]
    elif ch["final"] == "rows_last":  # h_n, c_n both read off the last row of zeroed stores
        h = out[..., -1, :, :]
        c = c if mask is None else np.where(mask[..., -1, :, None], c, 0.0)
    if ch["final_swap"] == "c_initial":  # c_n = c0 (h_n right)
        c = c0 + 0 * c
    elif ch["final_swap"] == "h_initial":
        h = h0 + 0 * h
    elif ch["final_swap"] == "c_is_h":  # c_n = h_n: the returned state's second item is h
        c = h
    elif ch["final_swap"] == "h_is_c":
        h = c
    elif ch["final_swap"]:
        h, c = c, h
    return out, h, c


SEQ_FACTORS = [
    # "mixed": the time-major x (or its projections x @ W_ih.T, computed for every step at once)
    # reshaped to (B, T, ·) and step t read as [:, t]: time steps and sequences mixed
    Factor("time", ("ok", "ignored", "always", "reshape", "mixed")),
    Factor("back", ("ok", "none", "reshape")),
    Factor("direction", ("forward", "reversed", "reversed_flipped")),
    # "c_never"/"h_never": the step's new c (h) goes to another name, so the loop's c (h) is
    # c0 (h0) at every step and as c_n (h_n)
    Factor("carry", ("both", "h_only", "c_only", "none", "swapped", "c_never", "h_never")),
    Factor("out", ("h", "h_prev", "c")),
    # "first": every step reads x[0] (a loop variable mistyped: x[0] where x[t] belongs)
    Factor("x_read", ("t", "first")),
    Factor("final", ("last", "first", "initial", "out_last", "before_last")),
    # "c_initial"/"h_initial": one of the final states is the initial one, never updated
    Factor("final_swap", (False, True, "c_is_h", "h_is_c", "c_initial", "h_initial")),
    Factor("init_swap", (False, True)),
    Factor("init", ("given", "zeros")),  # "zeros": h0, c0 ignored, the loop starts from zeros
]
#: lstm_layer's own (the bidirectional and lengths searches leave it out: each option costs
#: their pair search): 1: the loop never runs step 0 (out there stays 0); "short": it never runs
#: the last step (range(T - 1)); "_dropped": out stacks only the steps that ran (T-1 of them)
START = Factor("start", (0, 1, "short", "1_dropped", "short_dropped"))
#: what out holds at step 0 where the loop starts at t = 1 (start 1): "h0" where a list begun
#: with h0 is stacked (a part of its own: the search reaches it after start, never before)
UNRUN = Factor("unrun_out", ("zero", "h0"))
#: lstm_layer's own: "B_batch_first": with batch_first=True the loop runs x.shape[0] = B steps
COUNT = Factor("count", ("T", "B_batch_first"))
MASK_FACTORS = [
    # "first_n": at step t the first n_t rows run, n_t = how many lengths exceed t (the
    # batch assumed sorted longest first, as pack_padded_sequence's batch_sizes)
    # "first": every row masked with lengths[0], the first sequence's length
    Factor("mask", ("lt", "le", "lt_minus", "none", "first_n", "first")),
    # "c_gets_h"/"h_gets_c": past the length the state held is the other one (np.where(m,
    # c_new, h): c takes h's value)
    Factor("freeze", ("both", "h_only", "c_only", "none", "c_gets_h", "h_gets_c")),
    Factor("out_zero", ("yes", "no", "hold")),
]
#: lstm_layer_lengths' own (in the bidirectional search it cost names, measured): "zeros": x
#: zeroed past each length (x[~mask] = 0) and the step run on it there, in place of freezing
#: the state (with a freeze option other than "both", beside it)
PAD_X = Factor("pad_x", ("given", "zeros"))
#: "unsorted_by_perm": put back with the sorting permutation again (a[by]), not its inverse
#: (a[argsort(by)]): right only where the permutation is its own inverse; "_rev": sorted as
#: np.argsort(lengths)[::-1] (ties in the reverse order)
LENGTH_ORDERS = ("given", "sorted", "states_sorted", "unsorted_by_perm", "unsorted_by_perm_rev")
SEQ_RIGHT = {f.name: f.options[0] for f in [*SEQ_FACTORS, START, UNRUN, *MASK_FACTORS]}


def time_major(x, batch_first, how):
    if how == "mixed":  # the right (T, B, I), reshaped to (B, T, I) and read along axis 1
        xt = np.swapaxes(x, -3, -2) if batch_first else x
        T, B, I = xt.shape[-3:]
        return np.swapaxes(xt.reshape(xt.shape[:-3] + (B, T, I)), -3, -2)
    if not batch_first:
        return np.swapaxes(x, -3, -2) if how == "always" else x
    if how == "ignored":
        return x
    if how == "reshape":
        B, T, I = x.shape[-3:]
        return x.reshape(x.shape[:-3] + (T, B, I))
    return np.swapaxes(x, -3, -2)


def back_to_input_layout(out, batch_first, how, time_how):
    """out (..., T, B, H) back to the layout of x, as the student's code does it."""
    if not batch_first:
        return np.swapaxes(out, -3, -2) if time_how == "always" else out
    if how == "none" or time_how == "ignored":
        return out
    if how == "reshape":
        T, B, H = out.shape[-3:]
        return out.reshape(out.shape[:-3] + (B, T, H))
    return np.swapaxes(out, -3, -2)


SEQ_TEXT = {
    ("time", "ignored"): (
        "seq.batch_first_ignored",
        "batch_first is ignored: with batch_first=True x is (B, T, I) and step t is x[:, t].",
    ),
    ("time", "always"): (
        "seq.batch_first_ignored",
        "x's axes are exchanged even when batch_first=False: then x is (T, B, I) and step t is x[t].",  # noqa: E501
    ),
    ("time", "reshape"): (
        "seq.batch_first_reshape",
        "with batch_first=True, x (B, T, I) is read as time-major without a transpose: what your function takes as step t is x.reshape(T, B, I)[t] (where B = T, the same numbers as x[t] of the unconverted x), which mixes up the sequences; (B, T, I) -> (T, B, I) needs a transpose (x.transpose(1, 0, 2) or np.swapaxes(x, 0, 1)).",  # noqa: E501
    ),
    ("time", "mixed"): (
        "seq.batch_first_reshape",
        "the time-major x (T, B, I) (or its projections x @ W_ih.T, computed for every step at once) is reshaped to (B, T, ·) and step t read as [:, t]: a reshape keeps the elements' order, so each step mixes time steps and sequences (right only where B = 1 or T = 1); step t is x[t] of the (T, B, I) array, and (T, B, ·) -> (B, T, ·) needs a transpose.",  # noqa: E501
    ),
    ("back", "none"): (
        "seq.out_not_transposed_back",
        "with batch_first=True, out must be (B, T, H): transpose it back after the loop.",
    ),
    ("back", "reshape"): (
        "seq.batch_first_reshape",
        "with batch_first=True, out.reshape(B, T, H) mixes up the sequences: (T, B, H) -> (B, T, H) needs a transpose.",  # noqa: E501
    ),
    ("direction", "reversed"): (
        "seq.time_reversed",
        "the sequence is run in reverse, from the last step to the first; step t reads x[t] for t = 0, 1, ..., T-1.",  # noqa: E501
    ),
    ("direction", "reversed_flipped"): (
        "seq.time_reversed",
        "the sequence is run from the last step to the first (out is in time order, but each h_t has read x[t:], not x[:t+1]).",  # noqa: E501
    ),
    ("carry", "none"): (
        "seq.state_not_carried",
        "the state is not carried from step to step: every step starts from h0, c0 instead of the previous step's (h_{t-1}, c_{t-1}).",  # noqa: E501
    ),
    ("carry", "h_only"): (
        "seq.c_not_carried",
        "c is not carried from step to step: every step reads c0 instead of c_{t-1} (h is carried).",  # noqa: E501
    ),
    ("carry", "c_never"): (
        "seq.c_not_carried",
        "c is never updated: the step's new c is not assigned back to c, so every step reads c0 instead of c_{t-1} and c_n is c0 (h is carried).",  # noqa: E501
    ),
    ("carry", "h_never"): (
        "seq.h_not_carried",
        "h is never updated: the step's new h is not assigned back to h, so every step reads h0 instead of h_{t-1} and h_n is h0 (c is carried).",  # noqa: E501
    ),
    ("carry", "c_only"): (
        "seq.h_not_carried",
        "h is not carried from step to step: every step reads h0 instead of h_{t-1} (c is carried).",  # noqa: E501
    ),
    ("out", "h_prev"): (
        "seq.out_holds_previous_h",
        "out[t] holds h_{t-1} (out[0] is h0): the step's h_t is stored before the step runs; store it after.",  # noqa: E501
    ),
    ("out", "c"): (
        "seq.out_holds_c",
        "out holds the cell states c_t; it should hold the hidden states h_t.",
    ),
    ("carry", "swapped"): (
        "seq.state_swapped",
        "h and c are exchanged between steps: the next step reads (h_{t-1}, c_{t-1}) in that order, as the cell returns them.",  # noqa: E501
    ),
    ("final", "before_last"): (
        "seq.h_n_wrong_step",
        "h_n, c_n are the state before the last step (the loop stops one step early); they are the state after step T-1.",  # noqa: E501
    ),
    ("run_steps", "first_length"): (
        "len.steps_from_first_length",
        "only lengths[0] steps run (T taken as the first sequence's length, as if the batch were sorted longest first): a longer sequence's steps past lengths[0] never run; run all T = x.shape[0] steps, each sequence stopped at its own length.",  # noqa: E501
    ),
    ("start", 1): (
        "seq.step_skipped",
        "the loop starts at t = 1: step 0 is never run (out[0] stays 0, and the state reaches x_1 unchanged from h0, c0); range(T) runs t = 0, 1, ..., T-1.",  # noqa: E501
    ),
    ("unrun_out", "h0"): (
        "seq.step_skipped",
        "the loop starts at t = 1: step 0 is never run (out[0] holds h0, and the state reaches x_1 unchanged from h0, c0); range(T) runs t = 0, 1, ..., T-1, and out[0] is h_0, the state after step 0.",  # noqa: E501
    ),
    ("start", "1_dropped"): (
        "seq.step_skipped",
        "the loop starts at t = 1: step 0 is never run, so out has T-1 steps (those of x_1 .. x_{T-1}) and the state reaches x_1 unchanged from h0, c0; range(T) runs t = 0, 1, ..., T-1.",  # noqa: E501
    ),
    ("start", "short"): (
        "seq.step_skipped",
        "the loop stops one step short (range(T - 1)): the last step, t = T-1, is never run (out[T-1] stays 0, and h_n, c_n are the state after step T-2); range(T) runs t = 0, 1, ..., T-1.",  # noqa: E501
    ),
    ("start", "short_dropped"): (
        "seq.step_skipped",
        "the loop stops one step short (range(T - 1)): the last step, t = T-1, is never run, so out has T-1 steps and h_n, c_n are the state after step T-2; range(T) runs t = 0, 1, ..., T-1.",  # noqa: E501
    ),
    ("final", "first"): (
        "seq.h_n_wrong_step",
        "h_n, c_n are the state after the first step; they are the state after the last step.",
    ),
    ("final", "initial"): (
        "seq.h_n_wrong_step",
        "h_n, c_n are returned as given (h0, c0): return the state after the last step.",
    ),
    ("final", "at_length"): (
        "len.h_n_past_end",
        "h_n and c_n are read at t = lengths[b], one step past sequence b's last step (an IndexError where lengths[b] = T); its last step is t = lengths[b] - 1.",  # noqa: E501
    ),
    ("final", "at_length_clipped"): (
        "len.h_n_past_end",
        "h_n and c_n are read at t = lengths[b] (the index cut to the last step stored), one step past sequence b's last step wherever it is shorter; its last step is t = lengths[b] - 1.",  # noqa: E501
    ),
    ("out_steps", "longest"): (
        "len.out_too_short",
        "out has max(lengths) steps: T is taken from the lengths; out keeps x's T steps (zero past each length), also when every sequence is shorter than T, as pad_packed_sequence(..., total_length=T) gives.",  # noqa: E501
    ),
    ("order", "states_sorted"): (
        "len.batch_sorted",
        "h_n and c_n come back in the batch order sorted by length (longest first), as a sorted batch is run; out is in the given order, and h_n and c_n must be too: put their rows back (unsort) as well.",  # noqa: E501
    ),
    ("order", "unsorted_by_perm"): (
        "len.batch_sorted",
        "the rows are put back with the sorting permutation itself, not its inverse: after sorting by length with order = argsort(-lengths), row b of the result is sorted row order[b] again (a[order]); the unsort is a[np.argsort(order)] (or result[order] = sorted). The two agree only where the permutation is its own inverse.",  # noqa: E501
    ),
    ("order", "unsorted_by_perm_rev"): (
        "len.batch_sorted",
        "the rows are put back with the sorting permutation itself, not its inverse: after sorting by length with order = argsort(lengths)[::-1], row b of the result is sorted row order[b] again (a[order]); the unsort is a[np.argsort(order)] (or result[order] = sorted). The two agree only where the permutation is its own inverse.",  # noqa: E501
    ),
    ("order", "h0_unsorted"): (
        "len.batch_sorted",
        "the batch is sorted by length (x and lengths) but h0 and c0 are not: sorted row k starts from row k of the given h0, c0, another sequence's initial state; sort h0 and c0 with the same permutation (h0[order]).",  # noqa: E501
    ),
    ("order", "sorted"): (
        "len.batch_sorted",
        "the batch comes back sorted by length (longest first), as pack_padded_sequence sorts it: out, h_n and c_n must keep the batch order of x and lengths, so put the rows back (unsort) before returning.",  # noqa: E501
    ),
    ("count", "B_batch_first"): (
        "seq.batch_first_steps",
        "with batch_first=True the number of steps is read from x.shape[0] before x is transposed: that is B, so the loop runs B steps (an IndexError where B > T, out with B steps where B < T); the steps are T = x.shape[1] in that layout (read T after the transpose).",  # noqa: E501
    ),
    ("final", "index_1_last"): (
        "seq.h_n_wrong_step",
        "h_n is read as out[:, -1] of the out you return, the batch-first idiom: with batch_first=False out is (T, B, H) and out[:, -1] is the last batch row at every step, (T, H); h_n is the state after the last step, (B, H): out[-1] in that layout.",  # noqa: E501
    ),
    ("final", "returned_last"): (
        "seq.h_n_wrong_step",
        "h_n is read as out[-1] of the out you return: with batch_first=True that is the last batch row, (T, H), not the last time step; h_n is the state after the last step, (B, H), whatever batch_first (out[:, -1] in that layout).",  # noqa: E501
    ),
    ("final", "rows_last"): (
        "len.h_n_last_row",
        "h_n and c_n are 0 for every sequence shorter than T, as out[-1] is there (past its end), and right for the others: for every sequence they are the state at its own last step, t = lengths[b] - 1.",  # noqa: E501
    ),
    ("final", "c_at_length"): (
        "len.h_n_past_end",
        "c_n is read at t = lengths[b], one step past sequence b's last step (an IndexError where lengths[b] = T), while h_n is read at its last step, t = lengths[b] - 1, as c_n must be too.",  # noqa: E501
    ),
    ("final", "h_at_length"): (
        "len.c_not_frozen",
        "h_n is read at each sequence's last step (t = lengths[b] - 1), but c_n is the cell state the loop ends with, after the padding steps: c_n belongs to the same step as h_n, t = lengths[b] - 1.",  # noqa: E501
    ),
    ("final", "out_last"): (
        "len.h_n_last_row",
        "h_n equals out at the last time step, t = T - 1, for every sequence: 0 for one shorter than T, where that row is padding (as h_n = out[-1] gives, or a state zeroed in place with out's padding, y = h then y[...] = 0); h_n is the state at each sequence's own last step, t = lengths[b] - 1.",  # noqa: E501
    ),
    ("final_swap", True): (
        "seq.state_swapped",
        "h_n and c_n are exchanged: return (out, (h_n, c_n)).",
    ),  # noqa: E501
    ("final_swap", "c_is_h"): (
        "seq.state_swapped",
        "c_n holds h_n's values (h_n is returned twice): c_n is the cell state c after the last step.",  # noqa: E501
    ),
    ("final_swap", "c_initial"): (
        "seq.h_n_wrong_step",
        "c_n is c0, the initial cell state, unchanged (h_n is right): c_n is the cell state after the last step.",  # noqa: E501
    ),
    ("final_swap", "h_initial"): (
        "seq.h_n_wrong_step",
        "h_n is h0, the initial hidden state, unchanged (c_n is right): h_n is the hidden state after the last step.",  # noqa: E501
    ),
    ("final_swap", "h_is_c"): (
        "seq.state_swapped",
        "h_n holds c_n's values (c_n is returned twice): h_n is the hidden state h after the last step.",  # noqa: E501
    ),
    ("init_swap", True): (
        "seq.state_swapped",
        "h0 and c0 are exchanged: the first step reads h_{-1} = h0 and c_{-1} = c0.",
    ),
    ("init", "h_zeros"): (
        "seq.initial_state_ignored",
        "h0 is ignored: the loop starts h from zeros (c from c0); the first step reads h0.",
    ),
    ("init", "c_zeros"): (
        "seq.initial_state_ignored",
        "c0 is ignored: the loop starts c from zeros (h from h0); the first step reads c0.",
    ),
    ("init", "zeros"): (
        "seq.initial_state_ignored",
        "h0 and c0, the initial state, are ignored: the loop starts from zeros; the first step reads h0, c0.",  # noqa: E501
    ),
    ("mask", "first_n"): (
        "len.batch_sorted",
        "at step t your loop runs the first n_t rows (n_t = how many lengths exceed t), as if the batch were sorted longest first (pack_padded_sequence's batch_sizes); the lengths come in any order: run the rows whose own length exceeds t, t < lengths[b].",  # noqa: E501
    ),
    ("mask", "first"): (
        "len.steps_from_first_length",
        "every sequence is run for lengths[0] steps, the first sequence's length (its mask is t < lengths[0] for every batch row): sequence b runs its own steps, t < lengths[b].",  # noqa: E501
    ),
    ("mask", "left"): (
        "len.left_padded",
        "the batch is read as left-padded: sequence b runs the steps t ≥ T − lengths[b] (padding in front); here the padding is at the end: sequence b's real steps are t < lengths[b], x[:lengths[b], b].",  # noqa: E501
    ),
    ("mask", "longest"): (
        "len.steps_from_longest",
        "every sequence is run for max(lengths) steps, the longest length (its mask is t < lengths.max() for every batch row): sequence b runs its own steps, t < lengths[b], and out is 0 past them.",  # noqa: E501
    ),
    ("init", "row0"): (
        "seq.initial_state_one_row",
        "every batch row starts from h0[0], c0[0] (row 0 of the initial state): sequence b starts from its own row, h0[b], c0[b].",  # noqa: E501
    ),
    ("mask", "le"): (
        "len.mask_off_by_one",
        "the length mask is off by one: sequence b takes the steps t < lengths[b] (t = 0 .. lengths[b]-1), not t <= lengths[b].",  # noqa: E501
    ),
    ("mask", "lt_minus"): (
        "len.mask_off_by_one",
        "the length mask is off by one: sequence b takes the steps t < lengths[b], so its last step is t = lengths[b]-1 too.",  # noqa: E501
    ),
    ("mask", "x_nonzero"): (
        "len.mask_from_x",
        "the padding is read from x (a step whose features are all 0 is padding, as Keras's Masking layer does) instead of from lengths: step t of sequence b is real when t < lengths[b], whatever x holds there (padding need not be 0).",  # noqa: E501
    ),
    ("mask", "none"): (
        "len.padding_not_skipped",
        "padding steps are not skipped: each sequence stops at its length (out is zero after it, h_n/c_n are its state at step length-1).",  # noqa: E501
    ),
    ("x_read", "first"): (
        "seq.reads_wrong_input",
        "every step reads x[0], the first input: step t reads x_t = x[t] (the loop's own index).",
    ),
    ("freeze", "c_gets_h"): (
        "len.c_not_frozen",
        "past a sequence's length its c takes h's value (the state held is the other one); c must stay at its last valid value (c_n is c at step length-1).",  # noqa: E501
    ),
    ("freeze", "h_gets_c"): (
        "len.h_not_frozen",
        "past a sequence's length its h takes c's value (the state held is the other one); h must stay at its last valid value (h_n is h at step length-1).",  # noqa: E501
    ),
    ("freeze", "h_only"): (
        "len.c_not_frozen",
        "over padding only h is kept; c must stay at its last valid value too (c_n is c at step length-1).",  # noqa: E501
    ),
    ("freeze", "c_only"): (
        "len.h_not_frozen",
        "over padding only c is kept; h must stay at its last valid value too (h_n is h at step length-1).",  # noqa: E501
    ),
    ("freeze", "none"): (
        "len.padding_not_skipped",
        "out is zeroed past each length, but h_n, c_n come from running through the padding: take them at each sequence's own last step, t = lengths[b] - 1.",  # noqa: E501
    ),
    ("pad_x", "zeros"): (
        "len.padding_not_skipped",
        "past each sequence's length (in the padding) the input is zeroed (x[t] = 0) and the step still runs there: a zero input still changes the state it updates (through W_hh h and the biases); leave x as it is and keep the state of the sequence's last step, t = lengths[b] - 1, instead.",  # noqa: E501
    ),
    ("out_zero", "no"): ("len.out_not_zeroed", "out is not zero past each sequence's length."),
    ("out_zero", "hold"): (
        "len.out_not_zeroed",
        "past each sequence's length out repeats the last h; nn.LSTM's padded out is zero there.",
    ),
}


def seq_findings(ch, function, factors, direction=None) -> list[Finding]:
    out = []
    for f in factors:
        v = ch[f.name]
        if v == f.options[0]:
            continue
        if f.name == "freeze" and v == "none" and ch.get("final") == "h_at_length":
            continue  # said by final's text: h_n read at each length, c_n after the padding
        kind, text = SEQ_TEXT[(f.name, v)]
        if f.name == "out_zero" and ch.get("mask") == "left":  # its padding is read in front
            text = "on the steps your mask takes as padding (in front) out holds the state carried there (h0 before a sequence starts), not zero."  # noqa: E501
        if direction:
            text = f"{direction} direction: {text}"
        out.append(Finding(kind, function, text, direction=direction))
    return out


#: how many steps a lengths model runs: "T", or "first_length": lengths[0] (as if the batch
#: were sorted longest first): every length clipped to lengths[0], so the steps past it are
#: padding for every sequence (the same as x cut there, out zero after; stacked probes too)
RUN_STEPS = Factor("run_steps", ("T", "first_length"))


def clipped_to_first(lengths):
    """Every length clipped to lengths[0] (per probe where probes are stacked)."""
    lengths = np.asarray(lengths)
    return np.minimum(lengths, lengths[..., :1])


def mask_of(lengths, T, how):
    t = np.arange(T)[:, None]
    L = np.expand_dims(np.asarray(lengths), -2)  # (..., 1, B)
    if how == "le":
        return t <= L
    if how == "lt_minus":
        return t < L - 1
    if how == "none":
        return np.ones(np.broadcast_shapes(t.shape, L.shape), dtype=bool)
    if how == "left":  # left-padded: the last lengths[b] steps are real, t >= T - lengths[b]
        return t >= T - L
    if how == "longest":  # t < max(lengths) for every row
        return np.broadcast_to(
            t < L.max(axis=-1, keepdims=True), np.broadcast_shapes(t.shape, L.shape)
        )
    if how == "first":  # t < lengths[0] for every row
        return np.broadcast_to(t < L[..., :1], np.broadcast_shapes(t.shape, L.shape))
    if how == "first_n":  # row b runs at step t if b < n_t = #{b': lengths[b'] > t}
        n = np.sum(t < L, axis=-1, keepdims=True)  # (..., T, 1)
        return np.arange(L.shape[-1]) < n
    return t < L


class LayerModel(Model):
    """lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False)."""

    def __init__(self):
        self.factors = [*SEQ_FACTORS, START, *cell_factors(with_cell=True)]
        # h0, c0 may each be None; "h0_decides": `if h0 is None: h0 = c0 = zeros` (a given c0
        # dropped, c0 = None with h0 given raises); "c0_decides" the same the other way round
        self.factors += [Factor("none_init", ("each", "h0_decides", "c0_decides"))]
        # "B_batch_first": with batch_first=True the loop runs x.shape[0] = B steps (T read
        # before the transpose): out has B steps where B <= T, an IndexError where B > T; tried
        # before the cell's parts (the search's budget reaches the first factors first)
        at = next(k for k, f in enumerate(self.factors) if f.name == "start") + 1
        self.factors.insert(at, COUNT)
        self.factors.insert(at + 1, UNRUN)
        self.factors = [f for f in self.factors if f.name not in ("out_swap",)]
        # "returned_last": h_n = out[-1] of the out returned (with batch_first, its last batch
        # row, (T, H)); without batch_first that is h_n itself
        self.factors = [
            f
            if f.name != "final"
            else Factor(
                "final",
                ("last", "first", "initial", "before_last", "returned_last", "index_1_last"),
            )
            for f in self.factors
        ]
        # one of h0, c0 ignored (the loop starts it from zeros), the other read
        self.factors = [
            f if f.name != "init" else Factor("init", (*f.options, "h_zeros", "c_zeros", "row0"))
            for f in self.factors
        ]

    def stages(self):
        cell = {f.name for f in cell_factors(with_cell=True)}
        return [(cell, lambda case: case.kind == "probe" and case.args[0].shape[-3] == 1)]

    def run(self, case, ch):
        x, h0, c0, *W = case.args
        bf = case.kwargs.get("batch_first", False)
        xs = time_major(x, bf, ch["time"])
        H = W[1].shape[-1]
        zeros = np.zeros(xs.shape[:-3] + (xs.shape[-2], H))
        decides = {"h0_decides": (h0, "c0"), "c0_decides": (c0, "h0")}.get(ch["none_init"])
        if decides is not None:  # `if h0 is None: h0 = c0 = zeros` (the other one dropped)
            if decides[0] is None:
                h0 = c0 = None
            elif (c0 if decides[1] == "c0" else h0) is None:
                raise ValueError("the student's code cannot take this case")
        h0 = zeros if h0 is None else h0  # h0 = c0 = None: the layer starts from zeros
        c0 = zeros if c0 is None else c0
        if bf and ch.get("count") == "B_batch_first":  # range(x.shape[0]) on (B, T, I): B steps
            B = x.shape[-3]
            if B > xs.shape[-3]:
                raise IndexError("index out of bounds: B steps of a T-step sequence")
            xs = xs[..., :B, :, :]
        out, h, c = run_layer(xs, h0, c0, W, ch)
        out = back_to_input_layout(out, bf, ch["back"], ch["time"])
        if ch["final"] == "returned_last":
            h = out[..., -1, :, :]  # out[-1] of the out returned: a batch row if batch_first
        elif ch["final"] == "index_1_last":  # out[:, -1] of the out returned (batch first's)
            h = out[..., :, -1, :]
        return {"out": out, "h_n": h, "c_n": c}

    def findings(self, ch, function):
        seq = [f for f in [*SEQ_FACTORS, START, COUNT] if f.name in ch]
        if ch.get("unrun_out") == "h0" and ch.get("start") == 1:  # one text: out[0] holds h0
            seq = [f for f in seq if f.name != "start"] + [UNRUN]
        none = []
        if ch.get("none_init", "each") != "each":
            a, b = ("h0", "c0") if ch["none_init"] == "h0_decides" else ("c0", "h0")
            none.append(
                Finding(
                    "seq.state_none_not_handled",
                    function,
                    f"when {a} is None, {b} is set to zeros too (a given {b} is dropped); each of "
                    f"h0, c0 may be None on its own: `if {b} is None: {b} = np.zeros((B, H))` "
                    "separately.",
                    term=b,
                )
            )
        return (
            none
            + seq_findings(ch, function, seq)
            + read_findings(ch, function)
            + combine_findings(ch, function)
        )


def sort_order(lengths: np.ndarray, how: str = "sorted") -> np.ndarray:
    """(..., B): the batch rows sorted by length, longest first (stable, as
    np.argsort(-lengths, kind="stable") sorts); for "unsorted_by_perm_rev", as
    np.argsort(lengths)[::-1] sorts (ties in the reverse order)."""
    if how == "unsorted_by_perm_rev":
        return np.argsort(lengths, axis=-1, kind="stable")[..., ::-1]
    return np.argsort(-lengths, axis=-1, kind="stable")


def sorted_states(out: dict, lengths) -> dict:
    """h_n and c_n of ``out`` with their batch rows in the order sorted by length, longest
    first (stable, as np.argsort(-lengths, kind="stable") sorts): the rows of a sorted run."""
    by = sort_order(np.asarray(lengths))
    return {k: np.take_along_axis(out[k], by[..., None, :, None], axis=-2) if out[k].ndim
            == by.ndim + 2 else np.take_along_axis(out[k], by[..., :, None], axis=-2)
            for k in ("h_n", "c_n")}  # fmt: skip


def _flip(a, how):
    if how in ("shift", "shift_short"):  # a reading within each length (BiModel._reverse)
        raise ValueError("shift applies to a reverse read within each sequence's length")
    if how == "time":
        return a[..., ::-1, :, :]
    if how == "batch":
        return a[..., :, ::-1, :]
    if how == "all":
        return a[..., ::-1, ::-1, ::-1]
    if how == "neg_t":  # x[-t], t = 0 .. T-1: x_0, then x_{T-1} .. x_1
        return np.roll(a[..., ::-1, :, :], 1, axis=-3)
    if how == "time_features":  # np.flip of one batch row's (T, I) slice, with no axis
        return a[..., ::-1, :, ::-1]
    return a


BI_FACTORS = [
    Factor("rev_in", ("time", "none", "batch", "all", "time_features")),
    Factor("rev_back", ("time", "none", "batch", "all", "time_features")),
    # "fwd_bias": the reverse direction with bwd's weights but fwd's biases; "bwd_mats": bwd
    # unpacked as (W_hh, W_ih, ...): its two weight matrices exchanged
    Factor("rev_w", ("bwd", "fwd", "fwd_bias", "bwd_mats")),
    Factor("fwd_w", ("fwd", "bwd")),
    Factor("rev_h0", (1, 0, "fwd_final")),  # "fwd_final": from the forward's (h_n, c_n)
    Factor("rev_c0", ("same", 0)),  # 0: c0[0] for the reverse direction though h0[1] is right
    Factor("fwd_h0", (0, 1)),
    Factor("fwd_c0", ("same", 1)),  # 1: c0[1] for the forward direction though h0[0] is right
    # "interleaved": the directions' units alternate (a stack on a new last axis, reshaped)
    Factor("halves", ("ok", "swapped", "interleaved")),
    Factor("rev_hn", ("ok", "out_last", "state_last")),
    Factor("rows", ("ok", "swapped")),
    # "fwd_twice": c_n's reverse row repeats the forward direction's c (a row copied twice)
    Factor("rows_c", ("ok", "swapped", "fwd_twice")),
    # (h_n, c_n) as returned; "by_direction": each direction's (h, c) stacked, d2l's state
    # per direction: (forward h, forward c), (reverse h, reverse c)
    # "c_fwd_is_h"/"c_rev_is_h": one direction's row of c_n holds that direction's final h
    Factor(
        "state_out",
        ("ok", "c_is_h", "h_is_c", "swapped", "by_direction", "c_fwd_is_h", "c_rev_is_h"),
    ),
    # "concat": h_n, c_n the directions' states concatenated along the features, (B, 2H)
    Factor("state_stack", ("stack", "concat")),
]
BI_TEXT = {
    ("layout", "batch_first"): (
        "seq.x_read_batch_first",
        "x is read as (B, T, I), batch first: its axis 1 is stepped over as time (and out is stacked back that way); x is (T, B, I), step t is x[t], and out is (T, B, 2H).",  # noqa: E501
    ),
    ("layout", "batch_first_out"): (
        "seq.x_read_batch_first",
        "x is read as (B, T, I), batch first: its axis 1 is stepped over as time; x is (T, B, I), step t is x[t], and out is (T, B, 2H).",  # noqa: E501
    ),
    ("unmasked_in", "forward"): (
        "len.padding_not_skipped",
        "the forward direction runs over all T steps as if there were no padding (the lengths unread there): its half of out is not zero past each sequence's length, and its h_n, c_n are the state after step T-1; it stops at each sequence's length as the reverse direction does (h_n[0], c_n[0] the state at t = lengths[b] - 1).",  # noqa: E501
    ),
    ("time_dirs", "exchanged"): (
        "bi.reverse_not_reversed",
        "the directions' time orders are exchanged: the forward direction's weights (fwd) and initial state (h0[0], c0[0]) run over the reversed sequence, and the reverse direction's (bwd, h0[1], c0[1]) over x in order; fwd reads x_0 first, bwd x_{T-1} first (then its outputs are flipped back).",  # noqa: E501
    ),
    ("rev_in", "none"): (
        "bi.reverse_not_reversed",
        "the reverse direction runs over x in forward order: it must read x[T-1], ..., x[0].",
    ),
    ("rev_in", "shift"): (
        "len.mask_off_by_one",
        "the reverse direction's index into x is off by one: for sequence b it reads x[lengths[b] - t] (one step past the end first, never x_0); it reads x[lengths[b] - 1 - t], t = 0 .. lengths[b] - 1.",  # noqa: E501
    ),
    ("rev_in", "shift_short"): (
        "len.mask_off_by_one",
        "the reverse direction's index into x is off by one for every sequence shorter than T: sequence b reads x[lengths[b] - t] (a padding step first, never x_0); it reads x[lengths[b] - 1 - t], t = 0 .. lengths[b] - 1, as it does where lengths[b] = T.",  # noqa: E501
    ),
    ("short_in", "reverse"): (
        "seq.step_skipped",
        "the reverse direction's loop stops one step short: x_0 is never read (out[0]'s reverse half stays 0, and the reverse h_n, c_n are the state after x_1); it runs t = T-1, ..., 0, range(T - 1, -1, -1).",  # noqa: E501
    ),
    ("short_in", "reverse_own"): (
        "seq.step_skipped",
        "the reverse direction's loop stops one step short for every sequence: x_0 is never read (out[0]'s reverse half stays 0); sequence b runs t = lengths[b]-1, ..., 0, range(lengths[b] - 1, -1, -1).",  # noqa: E501
    ),
    ("short_in", "reverse_late"): (
        "seq.step_skipped",
        "the reverse direction starts one step late for every sequence: its first step, x at t = lengths[b] - 1 (the last real step), is never read (out there keeps 0 in the reverse half, and the rest starts from h0[1], c0[1] at t = lengths[b] - 2); on a flipped x, sequence b's real steps are s ≥ T - lengths[b] (s > T - lengths[b] skips one).",  # noqa: E501
    ),
    ("short_in", "forward"): (
        "seq.step_skipped",
        "the forward direction's loop stops one step short: x_{T-1} is never read (out[T-1]'s forward half stays 0, and the forward h_n, c_n are the state after x_{T-2}); it runs t = 0, ..., T-1, range(T).",  # noqa: E501
    ),
    ("rev_in", "shift_clamp"): (
        "len.mask_off_by_one",
        "the reverse direction's index into x is off by one: sequence b reads x[lengths[b] - t] (a padding step first, or x_{T-1} twice where lengths[b] = T; never x_0); it reads x[lengths[b] - 1 - t], t = 0 .. lengths[b] - 1.",  # noqa: E501
    ),
    ("out_zero_in", "reverse_hold"): (
        "len.out_not_zeroed",
        "in the reverse direction's half, past each sequence's length out holds the state carried there (the reverse direction reaches those steps first: its initial state); nn.LSTM's padded out is zero there.",  # noqa: E501
    ),
    ("out_zero_in", "reverse_no"): (
        "len.out_not_zeroed",
        "in the reverse direction's half, out is not zero past each sequence's length (the forward half is).",  # noqa: E501
    ),
    ("rev_in", "neg_t"): (
        "bi.reverse_not_reversed",
        "the reverse direction reads x[-t] for t = 0 .. T-1: x_0 first (x[-0] is x[0]), then x_{T-1} .. x_1; it reads x[T-1-t]: x_{T-1} first, x_0 last.",  # noqa: E501
    ),
    ("state_stack", "concat"): (
        "bi.states_concatenated",
        "h_n and c_n are the two directions' final states concatenated along the features, (B, 2H); they are stacked on a new first axis, (2, B, H): np.stack([h_forward, h_reverse]), row 0 the forward direction.",  # noqa: E501
    ),
    ("rev_in", "batch"): (
        "bi.flip_wrong_axis",
        "the reverse direction flips x along the batch axis; flip it along time (axis 0): x[::-1].",  # noqa: E501
    ),
    ("rev_in", "all"): (
        "bi.flip_wrong_axis",
        "np.flip(x) with no axis flips every axis (time, batch and features); the reverse direction flips time only: np.flip(x, axis=0).",  # noqa: E501
    ),
    ("rev_in", "time_features"): (
        "bi.flip_wrong_axis",
        "the reverse direction's input is reversed along the features as well as time (np.flip of a (T, I) slice with no axis flips both axes); it reverses time only: np.flip(..., axis=0).",  # noqa: E501
    ),
    ("rev_back", "time_features"): (
        "bi.flip_wrong_axis",
        "the reverse direction's outputs are flipped back along the units as well as time (np.flip of a (T, H) slice with no axis flips both axes); flip them along time only: np.flip(..., axis=0).",  # noqa: E501
    ),
    ("rev_back", "whole_zeroed"): (
        "bi.reverse_not_flipped_back",
        "the reverse direction's outputs are flipped back over the whole T (then zeroed past each length); each sequence's are flipped within its own length: its output for x_t (t < lengths[b]) goes to out[t].",  # noqa: E501
    ),
    ("rev_back", "whole"): (
        "bi.reverse_not_flipped_back",
        "the reverse direction's outputs are flipped back over the whole T; each sequence's are flipped within its own length: its output for x_t (t < lengths[b]) goes to out[t].",  # noqa: E501
    ),
    ("rev_hn_len", "h_first_read"): (
        "len.h_n_last_row",
        "the reverse direction's h_n is taken after its first step (its out at t = lengths[b] - 1, the first it reads); its h_n is its state after its last step, at t = 0 (out[0, b, H:]), where its c_n is taken.",  # noqa: E501
    ),
    ("rev_hn_len", "first_read"): (
        "len.h_n_last_row",
        "the reverse direction's h_n, c_n are taken after its first step (x at lengths[b] - 1); they are its state after step 0, the last it reads.",  # noqa: E501
    ),
    ("rev_back", "none"): (
        "bi.reverse_not_flipped_back",
        "the reverse direction's outputs are not flipped back: out[t, :, H:] must be the reverse direction's state at position t.",  # noqa: E501
    ),
    ("rev_back", "batch"): (
        "bi.flip_wrong_axis",
        "the reverse direction's outputs are flipped back along the batch axis; flip them along time (axis 0).",  # noqa: E501
    ),
    ("rev_back", "all"): (
        "bi.flip_wrong_axis",
        "np.flip(out) with no axis flips every axis; flip the reverse outputs along time only: np.flip(out_b, axis=0).",  # noqa: E501
    ),
    ("rev_w", "bwd_mats"): (
        "bi.reverse_weights_exchanged",
        "the reverse direction's weight matrices are exchanged: it uses bwd's W_hh where its W_ih belongs and W_ih where W_hh belongs (bwd unpacked as (W_hh, W_ih, ...)); bwd is (W_ih, W_hh, b_ih, b_hh), as fwd.",  # noqa: E501
    ),
    ("rev_w", "fwd_bias"): (
        "bi.reverse_uses_forward_weights",
        "the reverse direction runs with the forward direction's biases (fwd's b_ih, b_hh) and its own weights; its biases are bwd's too.",  # noqa: E501
    ),
    ("rev_w", "fwd"): (
        "bi.reverse_uses_forward_weights",
        "the reverse direction runs with the forward weights; it has its own, bwd.",
    ),
    ("fwd_w", "bwd"): (
        "bi.forward_uses_reverse_weights",
        "the forward direction runs with the reverse weights (bwd); it has its own, fwd.",
    ),
    ("rev_h0", 0): (
        "bi.same_initial_state",
        "the reverse direction starts from h0[0], c0[0] (the forward direction's); its initial state is h0[1], c0[1].",  # noqa: E501
    ),
    ("rev_h0", "fwd_final"): (
        "bi.same_initial_state",
        "the reverse direction starts from the forward direction's final state (its h_n, c_n); its initial state is h0[1], c0[1]: the two directions run independently, each from its own row.",  # noqa: E501
    ),
    ("rev_c0", 0): (
        "bi.same_initial_state",
        "the reverse direction starts from c0[0] (the forward direction's cell state); its initial cell state is c0[1] (its h0[1] is right).",  # noqa: E501
    ),
    ("fwd_c0", 1): (
        "bi.same_initial_state",
        "the forward direction starts from c0[1] (the reverse direction's cell state); its initial cell state is c0[0] (its h0[0] is right).",  # noqa: E501
    ),
    ("fwd_h0", 1): (
        "bi.same_initial_state",
        "the forward direction starts from h0[1], c0[1] (the reverse direction's); its initial state is h0[0], c0[0].",  # noqa: E501
    ),
    ("halves", "interleaved"): (
        "bi.halves_swapped",
        "out's two directions are interleaved unit by unit (forward unit 0, reverse unit 0, forward unit 1, ...: what a stack on a new last axis, reshaped, gives); they are side by side: out[..., :H] the forward direction, out[..., H:] the reverse (np.concatenate(..., axis=-1)).",  # noqa: E501
    ),
    ("halves", "swapped"): (
        "bi.halves_swapped",
        "the two halves of out are in the wrong order (exchanged): out[..., :H] is the forward direction, out[..., H:] the reverse.",  # noqa: E501
    ),
    ("rev_hn", "out_last"): (
        "bi.h_n_reverse_from_last",
        "the reverse direction's h_n is taken from out[-1]; the reverse direction ends at t = 0, so its h_n is out[0, :, H:].",  # noqa: E501
    ),
    ("rev_hn", "state_last"): (
        "bi.h_n_reverse_from_last",
        "the reverse direction's h_n and c_n are its state at t = T-1 (after its first step, out[-1, :, H:]); it ends at t = 0, so its h_n is out[0, :, H:] and its c_n the state there.",  # noqa: E501
    ),
    ("state_out", "c_is_h"): SEQ_TEXT[("final_swap", "c_is_h")],
    ("state_out", "h_is_c"): SEQ_TEXT[("final_swap", "h_is_c")],
    ("state_out", "swapped"): SEQ_TEXT[("final_swap", True)],
    ("state_out", "c_fwd_is_h"): (
        "seq.state_swapped",
        "c_n[0], the forward direction's final cell state, holds its final hidden state h (h_n[0]'s values); c_n[0] is the forward direction's c after its last step.",  # noqa: E501
    ),
    ("state_out", "c_rev_is_h"): (
        "seq.state_swapped",
        "c_n[1], the reverse direction's final cell state, holds its final hidden state h (h_n[1]'s values); c_n[1] is the reverse direction's c after its last step.",  # noqa: E501
    ),
    ("state_out", "by_direction"): (
        "bi.states_by_direction",
        "the states are grouped by direction, not by kind: your h_n holds the forward direction's (h, c) and your c_n the reverse direction's (h, c); nn.LSTM returns h_n = both directions' final h (forward, reverse) and c_n = both directions' final c.",  # noqa: E501
    ),
    ("rows_c", "swapped"): (
        "bi.states_swapped",
        "c_n has the directions' rows exchanged (h_n has them right): row 0 is the forward direction, row 1 the reverse.",  # noqa: E501
    ),
    ("rows_c", "fwd_twice"): (
        "bi.states_swapped",
        "c_n's row 1 holds the forward direction's final c again (c_n[1] equals c_n[0]); row 1 is the reverse direction's final c.",  # noqa: E501
    ),
    ("rows", "swapped"): (
        "bi.states_swapped",
        "h_n and c_n have the directions' rows exchanged: row 0 is the forward direction, row 1 the reverse.",  # noqa: E501
    ),
}


#: the parts the reverse direction's result depends on (besides the sequence parts)
REV_KEYS = (
    "rev_h0",
    "rev_c0",
    "rev_w",
    "rev_in",
    "rev_back",
    "rev_start",
    "rev_hn_len",
    "rev_hn",
    "mask",
    "out_zero_in",
    "short_in",
)


class BiModel(Model):
    """bilstm_layer(x, h0, c0, fwd, bwd) and, with lengths, bilstm_layer_lengths."""

    def __init__(self, lengths: bool = False):
        self.lengths = lengths
        self.factors = [*BI_FACTORS, Factor("init", ("given", "zeros")), *STEP_CONVENTIONS]
        # carry's "none" in one direction only: every step of it starts again from its row of
        # h0, c0 (the other direction carried as it should be)
        self.factors += [Factor("carry_in", ("both", "reverse", "forward"))]
        # h0 and c0 exchanged in both directions (a helper called with (c, h) for (h, c))
        self.factors += [Factor("init_swap", (False, True))]
        # one direction's loop one step short (range(T-1, 0, -1): the reverse never reads x_0);
        # with lengths, "reverse_own": each sequence's reverse loop stops one step short of its
        # own start (range(lengths[b] - 1, 0, -1): x_0 never read, whatever the length)
        # "reverse_late": each sequence's reverse loop starts one step late, at lengths[b] - 2
        # (x_{lengths[b]-1}, its first step, never read: a mask s > T - lengths[b] on the
        # flipped x where s >= T - lengths[b] belongs)
        shorts = (None, "reverse", "forward", *(("reverse_own", "reverse_late") if lengths else ()))
        self.factors += [Factor("short_in", shorts)]
        # "exchanged": the directions' time orders exchanged: fwd's weights and initial state
        # (row 0) run over the reversed sequence into out's first half and h_n[0], bwd's (row
        # 1) over x in order into the second half and h_n[1]
        self.factors += [Factor("time_dirs", ("ok", "exchanged"))]
        if not lengths:  # the reverse direction reading x[-t] (x_0 first)
            self.factors = [
                Factor("rev_in", (*f.options, "neg_t")) if f.name == "rev_in" else f
                for f in self.factors
            ]
            # x (T, B, I) read as (B, T, I): its axis 1 stepped over as time; out stacked back
            # in x's layout ("batch_first") or left time-major ("batch_first_out")
            self.factors += [Factor("layout", ("ok", "batch_first", "batch_first_out"))]
        if lengths:
            # "first_length"/"longest": every sequence reversed within lengths[0] steps, or
            # max(lengths) (one length for the whole batch), the mask the true lengths
            starts = ("last_valid", "T", "T_unmasked", "first_length", "longest")
            self.factors += MASK_FACTORS + [Factor("rev_start", starts)]
            # out_zero's choice in one direction only, the other zeroed as it should be
            # "reverse_hold"/"reverse_no": the reverse direction alone holds its state past each
            # length, or leaves its outputs there (the forward direction's zeroed right)
            self.factors += [
                Factor("out_zero_in", ("both", "forward", "reverse", "reverse_hold", "reverse_no"))
            ]
            # freeze's choice in one direction only (one direction run without the lengths)
            self.factors += [Factor("freeze_in", ("both", "forward", "reverse"))]
            # "forward": the forward direction run as a plain loop over all T steps, the
            # lengths unread (its out not zeroed, its h_n, c_n those after step T-1)
            self.factors += [Factor("unmasked_in", (None, "forward"))]
            self.factors = [f for f in self.factors if f.name != "rev_hn"]
            # each sequence's reverse outputs flipped over the whole T, not within its length;
            # the reverse h_n/c_n taken after its first step (x at lengths-1), not after x_0
            self.factors = [
                Factor("rev_back", (*f.options, "whole", "whole_zeroed"))
                if f.name == "rev_back"
                else f
                for f in self.factors
            ]
            # h_n and c_n left in the batch order sorted by length (out put back)
            # or put back with the sorting permutation again (LENGTH_ORDERS)
            orders = ("given", "states_sorted", "unsorted_by_perm", "unsorted_by_perm_rev")
            self.factors += [Factor("order", orders)]
            # "h_first_read": h_n alone (out[lengths[b] - 1]'s reverse half), c_n right
            self.factors += [Factor("rev_hn_len", ("ok", "first_read", "h_first_read"))]
            # "longest": out has max(lengths) steps (T taken from the lengths), not x's T
            self.factors += [Factor("out_steps", ("T", "longest")), RUN_STEPS]
            # "shift": sequence b's reverse reads x[lengths[b] - t] (one past its end, never
            # x_0): an IndexError where lengths[b] = T, as NumPy gives
            # "shift_short": the same for the sequences shorter than T only (x[L:0:-1] where
            # L < T, x[::-1] where L = T)
            self.factors = [
                Factor("rev_in", (*f.options, "shift", "shift_short", "shift_clamp"))
                if f.name == "rev_in"
                else f
                for f in self.factors
            ]

    def run(self, case, ch):
        if ch.get("order") in ("unsorted_by_perm", "unsorted_by_perm_rev"):
            return self._resorted(case, ch)
        if self.lengths:
            x, lengths, h0, c0, fwd, bwd = case.args
        else:
            x, h0, c0, fwd, bwd = case.args
            lengths = None
            if ch.get("layout", "ok") != "ok":  # x's first two axes read the other way round
                x = np.swapaxes(x, -3, -2)
        exchanged = ch.get("time_dirs") == "exchanged"
        if exchanged:  # the model's directions run with each other's weights and rows; their
            # halves and rows are put back in the student's places below
            fwd, bwd = bwd, fwd
            h0, c0 = h0[..., ::-1, :, :], c0[..., ::-1, :, :]
        W = {"fwd": fwd, "bwd": bwd, "fwd_bias": (*bwd[:2], *fwd[2:])}
        W["bwd_mats"] = (bwd[1], bwd[0], *bwd[2:])
        if ch.get("run_steps") == "first_length":
            lengths = clipped_to_first(lengths)
        T = x.shape[-3]
        seq_f = {k: ch[k] for k in (*SEQ_RIGHT, *CONVENTION_NAMES) if k in ch}
        seq = dict(seq_f)  # the reverse direction's
        if ch.get("short_in") == "reverse":
            seq["start"] = "short"
        elif ch.get("short_in") == "forward":
            seq_f["start"] = "short"
        if ch.get("out_zero_in") == "forward":
            seq["out_zero"] = "yes"
        elif ch.get("out_zero_in") == "reverse":
            seq_f["out_zero"] = "yes"
        elif ch.get("out_zero_in") == "reverse_no":
            seq["out_zero"] = "no"  # ("reverse_hold" is the reverse direction's own: _reverse)
        if ch.get("carry_in") == "reverse":
            seq["carry"] = "none"
        elif ch.get("carry_in") == "forward":
            seq_f["carry"] = "none"
        if ch.get("freeze_in") == "forward":
            seq["freeze"] = "both"
        elif ch.get("freeze_in") == "reverse":
            seq_f["freeze"] = "both"
        mask = None if lengths is None else mask_of(lengths, T, ch["mask"])
        # each direction is memoised on the parts it depends on: a trial that changes only the
        # other direction's parts (most trials of a pair search) recomputes one direction
        fc = ch["fwd_h0"] if ch.get("fwd_c0", "same") == "same" else ch["fwd_c0"]
        key_f = ("f", ch["fwd_h0"], fc, ch["fwd_w"], tuple(sorted(seq_f.items())), ch.get("mask"))
        key_f += (ch.get("layout"), ch.get("run_steps"), exchanged, ch.get("unmasked_in"))
        of, hf, cf = self._memo(
            case,
            key_f,
            lambda: run_layer(
                x,
                h0[..., ch["fwd_h0"], :, :],
                c0[..., fc, :, :],
                W[ch["fwd_w"]],
                seq_f,
                None if ch.get("unmasked_in") == "forward" else mask,
            ),
        )
        key_r = ("r", tuple(ch.get(k) for k in REV_KEYS), tuple(sorted(seq.items())))
        key_r += (ch.get("layout"), ch.get("run_steps"), exchanged)
        start = None
        if ch["rev_h0"] == "fwd_final":  # the reverse direction chained after the forward one
            key_r, start = (*key_r, key_f), (hf, cf)
        ob, hb, cb = self._memo(
            case, key_r, lambda: self._reverse(x, lengths, h0, c0, W, ch, seq, mask, T, start)
        )
        halves = [of, ob] if (ch["halves"] != "swapped") != exchanged else [ob, of]
        rows = (0, 1) if (ch["rows"] == "ok") != exchanged else (1, 0)
        rows_c = {"ok": rows, "swapped": rows[::-1], "fwd_twice": (0, 0)}[ch["rows_c"]]
        hs, cs = [hf, hb], [cf, cb]
        join = np.stack if ch.get("state_stack", "stack") == "stack" else np.concatenate
        axis = -3 if join is np.stack else -1
        h_n = join([hs[rows[0]], hs[rows[1]]], axis=axis)
        c_n = join([cs[rows_c[0]], cs[rows_c[1]]], axis=axis)
        if ch.get("state_out") == "by_direction":
            h_n, c_n = join([hf, cf], axis=axis), join([hb, cb], axis=axis)
        if ch.get("state_out") in ("c_fwd_is_h", "c_rev_is_h"):  # one row of c_n from h_n
            if join is not np.stack:
                raise ValueError("a row of c_n from h_n: stacked states only")
            r = 0 if ch["state_out"] == "c_fwd_is_h" else 1
            c_n = np.concatenate(
                [h_n[..., :1, :, :], c_n[..., 1:, :, :]]
                if r == 0
                else [c_n[..., :1, :, :], h_n[..., 1:, :, :]],
                axis=-3,
            )
        h_n, c_n = {
            "c_fwd_is_h": (h_n, c_n),
            "c_rev_is_h": (h_n, c_n),
            "ok": (h_n, c_n),
            "c_is_h": (h_n, h_n),
            "h_is_c": (c_n, c_n),
            "swapped": (c_n, h_n),
            "by_direction": (h_n, c_n),
        }[ch.get("state_out", "ok")]
        joined = (
            np.stack(halves, axis=-1).reshape(*of.shape[:-1], 2 * of.shape[-1])
            if ch["halves"] == "interleaved"
            else np.concatenate(halves, axis=-1)
        )
        if ch.get("layout") == "batch_first":
            joined = np.swapaxes(joined, -3, -2)
        if ch.get("out_steps") == "longest":
            longest = int(np.max(lengths))
            if np.ndim(lengths) > 1 and np.any(np.max(lengths, axis=-1) != longest):
                raise ValueError("probes of several longest lengths: not one shape")
            joined = joined[..., :longest, :, :]
        out = {"out": joined, "h_n": h_n, "c_n": c_n}
        if ch.get("order") == "states_sorted":
            out.update(sorted_states(out, lengths))
        return out

    def _resorted(self, case, ch):
        """The batch sorted by length (``ch["order"]``'s way), run, and its rows put back with
        the sorting permutation once more instead of its inverse."""
        x, lengths, h0, c0, fwd, bwd = case.args
        L = np.asarray(lengths)
        by = sort_order(L, ch["order"])
        cache = self.__dict__.setdefault("_sorted_cases", {})
        hit = cache.get((id(case), ch["order"]))
        if hit is None or hit[0] is not case:
            args = (
                np.take_along_axis(x, by[..., None, :, None], axis=-2),
                np.take_along_axis(L, by, axis=-1),
                *(np.take_along_axis(s, by[..., None, :, None], axis=-2) for s in (h0, c0)),
                fwd,
                bwd,
            )
            hit = (case, replace(case, args=args))
            cache[(id(case), ch["order"])] = hit
        out = self.run(hit[1], {**ch, "order": "given"})  # out, h_n, c_n: batch on axis -2
        return {k: np.take_along_axis(v, by[..., None, :, None], axis=-2) for k, v in out.items()}

    def _memo(self, case, key, compute):
        cache = self.__dict__.setdefault("_dir_cache", {})
        hit = cache.get((id(case), key))
        if hit is not None and hit[0] is case:
            return hit[1]
        value = compute()
        cache[(id(case), key)] = (case, value)
        return value

    def _reverse(self, x, lengths, h0, c0, W, ch, seq, mask, T, start=None):
        """The reverse direction's (out half, h_n row, c_n row) with the parts in ``ch``;
        ``start``: its initial (h, c) where it is not a row of h0, c0."""
        if start is not None:
            hr0, cr0 = start
        else:
            rc = ch["rev_h0"] if ch.get("rev_c0", "same") == "same" else ch["rev_c0"]
            hr0, cr0 = h0[..., ch["rev_h0"], :, :], c0[..., rc, :, :]
        if lengths is None or ch["rev_start"] == "T":
            xr = _flip(x, ch["rev_in"])  # with lengths: the masked loop run on the flipped x
            ob, hb, cb = run_layer(xr, hr0, cr0, W[ch["rev_w"]], seq, mask)
            ob = _flip(ob, ch["rev_back"])
        elif ch["rev_start"] == "T_unmasked":
            xr = _flip(x, ch["rev_in"])
            ob, hb, cb = run_layer(xr, hr0, cr0, W[ch["rev_w"]], seq, None)
            ob = _flip(ob, ch["rev_back"])
            ob = ob if seq["out_zero"] == "no" else np.where(mask[..., None], ob, 0.0)
        else:  # each sequence reversed within its own length: index L-1-t for t < L
            L = np.asarray(lengths)
            if ch["rev_start"] == "first_length":  # within lengths[0], whatever its own
                L = np.broadcast_to(L[..., :1], L.shape)
            elif ch["rev_start"] == "longest":  # within max(lengths)
                L = np.broadcast_to(L.max(axis=-1, keepdims=True), L.shape)
            t = np.arange(T)[:, None]
            idx = np.where(t < L[..., None, :], L[..., None, :] - 1 - t, t)  # (..., T, B)
            if ch["rev_in"] in ("shift", "shift_short", "shift_clamp"):  # x[lengths[b] - t]
                read = np.where(t < L[..., None, :], L[..., None, :] - t, t)
                if ch["rev_in"] == "shift_short":  # ... where lengths[b] < T (T: read right)
                    read = np.where(L[..., None, :] < T, read, idx)
                if ch["rev_in"] == "shift_clamp":  # ... kept inside x: step T read as T - 1
                    read = np.minimum(read, T - 1)
                if np.any(read > T - 1):
                    raise IndexError("x[lengths[b] - t] with lengths[b] = T: no step T")
                xr = np.take_along_axis(x, read[..., None], axis=-3)
            else:
                xr = np.take_along_axis(x, idx[..., None], axis=-3)
            if ch["rev_in"] == "none":
                xr = x
            elif ch["rev_in"] == "time_features":
                xr = xr[..., ::-1]
            mask_r = mask
            if ch.get("short_in") == "reverse_own":  # t < lengths[b] - 1 in the reversed frame
                mask_r = mask & (t < L[..., None, :] - 1)
            elif ch.get("short_in") == "reverse_late":  # t ≥ 1 there: x_{lengths[b]-1} skipped
                mask_r = mask & (t >= 1)
            ob, hb, cb = run_layer(xr, hr0, cr0, W[ch["rev_w"]], seq, mask_r)
            if ch["rev_back"] in ("whole", "whole_zeroed"):
                ob = np.flip(ob, axis=-3)
                if ch["rev_back"] == "whole_zeroed":  # out_b[:L] = flipped[:L], zeros after
                    ob = np.where((t < L[..., None, :])[..., None], ob, 0.0)
            elif ch["rev_back"] != "none":
                ob = np.take_along_axis(ob, idx[..., None], axis=-3)
                ob = ob[..., ::-1] if ch["rev_back"] == "time_features" else ob
            if ch.get("out_zero_in") == "reverse_hold":  # its state there: the initial one
                ob = np.where((t < L[..., None, :])[..., None], ob, hr0[..., None, :, :])
            if ch.get("rev_hn_len") == "first_read":
                _o1, h1, c1 = run_layer(xr[..., :1, :, :], hr0, cr0, W[ch["rev_w"]], seq, None)
                hb, cb = h1, c1
            elif ch.get("rev_hn_len") == "h_first_read":  # out[lengths[b] - 1]'s reverse half
                at = np.maximum(L - 1, 0)[..., None, :, None]
                hb = np.take_along_axis(ob, at, axis=-3)[..., 0, :, :]
        if ch.get("rev_hn") == "out_last":
            hb = ob[..., -1, :, :]
        elif ch.get("rev_hn") == "state_last":  # h and c both at t = T-1: its first step's
            _o1, hb, cb = run_layer(
                _flip(x, ch["rev_in"])[..., :1, :, :], hr0, cr0, W[ch["rev_w"]], seq, None
            )  # noqa: E501
        return ob, hb, cb

    def findings(self, ch, function):
        out = convention_findings(ch, function)
        for f in self.factors:
            v = ch[f.name]
            if v == f.options[0] or f.name in CONVENTION_NAMES:
                continue
            if f.name == "rev_back" and v == "none" and ch["rev_in"] == "none":
                continue  # never reversed, so nothing to flip back
            if (
                f.name in ("rev_in", "rev_back")
                and v in ("batch", "all")
                and ch.get("rev_start") in ("last_valid", "first_length", "longest")
            ):
                continue  # reversed within each length: this flip is never read (no claim)
            if f.name == "out_zero_in" and v in ("reverse_hold", "reverse_no"):
                kind, text = BI_TEXT[(f.name, v)]
                out.append(Finding(kind, function, text, direction="reverse"))
                continue
            if f.name == "carry_in":
                kind, text = SEQ_TEXT[("carry", "none")]
                out.append(Finding(kind, function, f"in the {v} direction: {text}", direction=v))
                continue
            if f.name in ("out_zero_in", "freeze_in"):
                continue  # said with out_zero's or freeze's finding (its direction)
            if f.name == "freeze" and ch.get("freeze_in", "both") != "both":
                kind, text = SEQ_TEXT[(f.name, v)]
                d = ch["freeze_in"]
                out.append(Finding(kind, function, f"in the {d} direction: {text}", direction=d))
                continue
            if f.name == "out_zero" and ch.get("out_zero_in", "both") != "both":
                if ch["out_zero"] == "yes":
                    continue  # zeroed everywhere: out_zero_in changes nothing
                kind, text = SEQ_TEXT[(f.name, v)]
                d = ch["out_zero_in"]
                d = "forward" if d.startswith("reverse_") else d  # the reverse's said on its own
                out.append(
                    Finding(kind, function, f"in the {d} direction's half: {text}", direction=d)
                )
                continue
            if f.name in ("rev_w", "fwd_w") and ch["rev_w"] == "fwd" and ch["fwd_w"] == "bwd":
                if f.name == "rev_w":
                    out.append(
                        Finding(
                            "bi.reverse_uses_forward_weights",
                            function,
                            "the two directions' weights are exchanged: the forward direction runs with bwd and the reverse with fwd; the forward direction's are fwd, the reverse's bwd.",  # noqa: E501
                        )
                    )
                continue
            if f.name in ("rev_c0", "fwd_c0") and ch.get("rev_c0") == 0 and ch.get("fwd_c0") == 1:
                if f.name == "rev_c0":
                    out.append(
                        Finding(
                            "bi.initial_states_swapped",
                            function,
                            "c0's rows are exchanged between directions: c0[0] is the forward direction's initial cell state, c0[1] the reverse direction's (h0's rows are read right).",  # noqa: E501
                        )
                    )
                continue
            if f.name in ("rev_h0", "fwd_h0") and ch["rev_h0"] == 0 and ch["fwd_h0"] == 1:
                if f.name == "rev_h0":
                    out.append(
                        Finding(
                            "bi.initial_states_swapped",
                            function,
                            "the initial states are exchanged between directions: h0[0], c0[0] are the forward direction's, h0[1], c0[1] the reverse direction's.",  # noqa: E501
                        )
                    )
                continue
            if (f.name, v) in BI_TEXT:
                kind, text = BI_TEXT[(f.name, v)]
                d = (
                    "reverse"
                    if f.name.startswith("rev")
                    else "forward"
                    if "fwd" in f.name
                    else None
                )
                out.append(Finding(kind, function, text, direction=d))
            elif f.name == "rev_start" and v in ("first_length", "longest"):
                one = (
                    "lengths[0] steps, the first sequence's length"
                    if v == "first_length"
                    else "max(lengths) steps, the longest sequence's length"
                )
                out.append(
                    Finding(
                        "len.reverse_within_one_length",
                        function,
                        f"the reverse direction reverses every sequence within {one}; sequence b is reversed within its own length, lengths[b]: it starts at step lengths[b]-1 and runs back to 0.",  # noqa: E501
                        direction="reverse",
                    )
                )
            elif f.name == "rev_start":
                out.append(
                    Finding(
                        "len.reverse_starts_at_T",
                        function,
                        "the reverse direction starts at step T-1 (padding); for sequence b it starts at its last valid step, lengths[b]-1, and runs back to 0.",  # noqa: E501
                        direction="reverse",
                    )
                )
            else:
                kind, text = SEQ_TEXT[(f.name, v)]
                out.append(Finding(kind, function, text))
        return out


class LengthsModel(Model):
    """lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh)."""

    def __init__(self):
        # "left": the batch read as left-padded; "longest": every row run to max(lengths)
        mask = [
            Factor("mask", (*f.options, "x_nonzero", "left", "longest")) if f.name == "mask" else f
            for f in MASK_FACTORS
        ]
        self.factors = mask + [
            # "at_length": read at t = lengths[b] (raises where lengths[b] = T, as NumPy does)
            # "at_length_clipped": at min(lengths[b], last step stored) (np.minimum / clip)
            # "h_at_length": h_n read at each length (from the steps stored), c_n the loop's last
            # "c_at_length": h_n right, c_n read at t = lengths[b] (one step late)
            Factor(
                "final",
                (
                    "last",
                    "out_last",
                    "rows_last",
                    "at_length",
                    "at_length_clipped",
                    "h_at_length",
                    "c_at_length",
                ),
            ),
            Factor("carry", ("both", "h_only", "c_only", "none")),
            Factor("out", ("h", "h_prev", "c")),
            # SEQ_FACTORS' own, and "row0": every batch row starts from h0[0], c0[0]
            Factor("init", ("given", "zeros", "row0")),
            # "sorted": the batch run sorted by length, longest first (pack_padded_sequence's
            # order), and returned so, never put back in the given order
            # "states_sorted": out put back in the given order, h_n and c_n left sorted
            # "h0_unsorted": x and lengths sorted, h0 and c0 not (each sequence starts from
            # another row's initial state), the results put back right
            Factor("order", (*LENGTH_ORDERS, "h0_unsorted")),
            PAD_X,
            # "longest": out has max(lengths) steps (T taken from the lengths), not x's T
            Factor("out_steps", ("T", "longest")),
            RUN_STEPS,
            *STEP_CONVENTIONS,
        ]

    def run(self, case, ch):
        x, lengths, h0, c0, *W = case.args
        if ch.get("order") == "states_sorted":
            out = self.run(case, {**ch, "order": "given"})
            return {**out, **sorted_states(out, lengths)}
        sorts = ("sorted", "unsorted_by_perm", "unsorted_by_perm_rev", "h0_unsorted")
        if ch.get("order") in sorts:
            by = sort_order(np.asarray(lengths), ch["order"])
            lengths = np.take_along_axis(np.asarray(lengths), by, axis=-1)
            x = np.take_along_axis(x, by[..., None, :, None], axis=-2)
            if ch["order"] != "h0_unsorted":  # "h0_unsorted": h0, c0 kept in the given order
                h0, c0 = (np.take_along_axis(s, by[..., :, None], axis=-2) for s in (h0, c0))
        if ch.get("run_steps") == "first_length":
            lengths = clipped_to_first(lengths)
        if ch["mask"] == "x_nonzero":  # Keras's Masking(0.0): a step of all-0 features
            mask = np.any(x != 0, axis=-1)
        else:
            mask = mask_of(lengths, x.shape[-3], ch["mask"])
        if ch.get("out_steps") == "longest" and ch["final"] == "at_length_clipped":
            ch = {**ch, "last_stored": int(np.max(lengths))}  # the steps out keeps
        out, h, c = run_layer(x, h0, c0, W, ch, mask)
        if ch.get("out_steps") == "longest":
            longest = int(np.max(lengths))
            if np.ndim(lengths) > 1 and np.any(np.max(lengths, axis=-1) != longest):
                raise ValueError("probes of several longest lengths: not one shape")
            out = out[..., :longest, :, :]
        if ch.get("order") in ("unsorted_by_perm", "unsorted_by_perm_rev"):  # ``by`` once more
            out = np.take_along_axis(out, by[..., None, :, None], axis=-2)
            h, c = (np.take_along_axis(s, by[..., :, None], axis=-2) for s in (h, c))
        if ch.get("order") == "h0_unsorted":  # put back right: the inverse permutation
            back = np.argsort(by, axis=-1)
            out = np.take_along_axis(out, back[..., None, :, None], axis=-2)
            h, c = (np.take_along_axis(s, back[..., :, None], axis=-2) for s in (h, c))
        return {"out": out, "h_n": h, "c_n": c}

    def findings(self, ch, function):
        seq = [f for f in self.factors if f.name not in CONVENTION_NAMES]
        return seq_findings(ch, function, seq) + convention_findings(ch, function)
