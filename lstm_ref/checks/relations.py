"""What a wrong output is, said only where its values show it (never from its shape alone).

Each function compares the student's output with the expected one and returns a sentence, or ''
when nothing is shown: the expected array with its axes in another order, reshaped, cut or
extended along one axis, halves joined along another axis (:func:`shape_relation`); reversed in
time, halves exchanged, scaled by 1/T (:func:`value_relation`); another output's values
(:func:`holds_other`); which time steps are wrong (:func:`wrong_steps`); a narrower float type
(:func:`dtype_lines`). :func:`output_transform` gives the transform and its undo, so the engine
can peel it off and explain the rest (two mistakes at once).
"""

from __future__ import annotations

import numpy as np

from lstm_ref.checks.compare import narrow_float, values_close
from lstm_ref.checks.findings import finding


def axes_order(got: np.ndarray, exp: np.ndarray) -> tuple | None:
    """The permutation ``perm`` (not the identity) with ``got`` = ``exp.transpose(perm)``, the
    first in itertools' order, or None."""
    import itertools

    if got.ndim != exp.ndim or got.ndim < 2:
        return None
    for perm in itertools.permutations(range(exp.ndim)):
        if perm == tuple(range(exp.ndim)):
            continue
        moved = exp.transpose(perm)
        if moved.shape == got.shape and values_close(got, moved):
            return perm
    return None


def shape_relation(got: np.ndarray, exp: np.ndarray, symbols) -> str:
    """What a wrong-shaped output holds, said only where its values show it: the expected array
    with its axes in another order, reshaped, cut or extended along one axis, or the halves of
    one axis joined along another. '' when nothing is shown (the shape alone proves nothing)."""
    import itertools

    names = list(symbols) if len(symbols) == exp.ndim else [f"axis {k}" for k in range(exp.ndim)]
    perm = axes_order(got, exp)
    if perm is not None:
        order = ", ".join(names[p] for p in perm)
        return f"It holds the expected values with its axes in the order ({order})."
    if got.ndim == exp.ndim and got.ndim > 1:
        for a, b in itertools.permutations(range(exp.ndim), 2):
            if exp.shape[a] % 2 or got.shape[b] != 2 * exp.shape[b]:
                continue
            joined = np.concatenate(np.split(exp, 2, axis=a), axis=b)
            if joined.shape == got.shape and values_close(got, joined):
                axis = {"B": "B, the batch axis", "T": "T, the time axis"}.get(names[b], names[b])
                return f"Its values are the expected ones with the two halves of {names[a]} joined along {axis} instead: concatenate along {names[a]}."  # noqa: E501
        differ = [k for k in range(exp.ndim) if got.shape[k] != exp.shape[k]]
        if len(differ) == 1:
            k = differ[0]
            n, m = got.shape[k], exp.shape[k]
            cut = slice(0, min(n, m))
            if values_close(
                np.take(got, range(cut.stop), axis=k), np.take(exp, range(cut.stop), axis=k)
            ):
                if n == 0:
                    return f"It has no entries along {names[k]} (it is empty there): a slice that starts at or past the end of what it cuts gives that."  # noqa: E501
                if n < m:
                    lost = f"step {n}" if m - n == 1 else f"steps {n} to {m - 1}"
                    lost += " (the last, t = T-1)" if m - n == 1 else " (the last ones)"
                    lost = lost if names[k] == "T" else f"the last {m - n}"
                    text = f"Its {n} entries along {names[k]} equal the first {n} expected ones: {lost} {'is' if m - n == 1 else 'are'} missing."  # noqa: E501
                    if n == 1 and names[k] == "T":  # one step stored: the loop left after it
                        text += " Only the first step, t = 0, is there, as when the return sits inside the loop (the function returns after one step)."  # noqa: E501
                    return text
                return f"Its first {m} entries along {names[k]} are the expected ones; it has {n - m} more."  # noqa: E501
            if n < m and values_close(got, np.take(exp, range(m - n, m), axis=k)):
                return f"Its {n} entries along {names[k]} equal the last {n} expected ones: the first {m - n} are missing."  # noqa: E501
    if got.ndim == exp.ndim + 1:  # an axis too many: summed over it, is it the expected?
        for k in range(got.ndim):
            summed = got.sum(axis=k)
            if summed.shape == exp.shape and values_close(summed, exp):
                if got.shape[k] == 1:
                    return f"Without its axis {k} (of length 1) it equals the expected values: drop that axis."  # noqa: E501
                return f"Summed over its axis {k} (of length {got.shape[k]}) it equals the expected values: a sum over that axis is missing."  # noqa: E501
    if (
        got.size == exp.size
        and got.shape != exp.shape
        and values_close(got.reshape(exp.shape), exp)
    ):
        for k in range(exp.ndim - 1):  # two neighbouring axes (both longer than 1) merged
            if (
                min(exp.shape[k], exp.shape[k + 1]) > 1
                and got.shape
                == exp.shape[:k] + (exp.shape[k] * exp.shape[k + 1],) + exp.shape[k + 2 :]
            ):
                if got.ndim == 1:
                    return f"It holds the expected values in the expected order, flattened into one axis of {got.size} entries: the result keeps the shape {exp.shape}."  # noqa: E501
                a, b = names[k], names[k + 1]
                return f"It holds the expected values in the expected order, with the axes {a} and {b} merged into one of {a}·{b} = {got.shape[k]} entries."  # noqa: E501
        lost = [k for k in range(exp.ndim) if exp.shape[k] == 1]
        if got.ndim == exp.ndim - 1 and any(
            got.shape == exp.shape[:k] + exp.shape[k + 1 :] for k in lost
        ):
            k = next(k for k in lost if got.shape == exp.shape[:k] + exp.shape[k + 1 :])
            return f"It holds the expected values without the axis {names[k]}, of length 1 here: that axis is dropped."  # noqa: E501
        return "It holds the expected values in the expected order, in another shape (an axis added, dropped or split somewhere on the way)."  # noqa: E501
    return ""


def batch_outer(got: np.ndarray, exp: np.ndarray, B) -> str:
    """A (B·m, B·n) array whose B diagonal (m, n) blocks sum to the expected (m, n) gradient:
    np.outer of two (B, ·) arrays (it flattens them), every pair of batch rows multiplied, where
    each row's product with itself, summed over the batch, is asked. Said only where measured."""
    if not isinstance(B, int) or B < 2 or got.ndim != 2 or exp.ndim != 2:
        return ""
    m, n = exp.shape
    if got.shape != (B * m, B * n):
        return ""
    blocks = got.reshape(B, m, B, n)
    if not values_close(sum(blocks[b, :, b, :] for b in range(B)), exp):
        return ""
    return f"It is ({B}·{m}, {B}·{n}) = (B·{m}, B·{n}): every pair of batch rows multiplied, as np.outer of two (B, ·) arrays gives (np.outer flattens its inputs); the sum over the batch of each row's product with itself, which its diagonal blocks add up to, is the expected gradient: a matrix product over the batch gives it (da.T @ x for W_ih, da.T @ h for W_hh)."  # noqa: E501


def dtype_lines(got: dict, exp: dict) -> list[str]:
    """An output computed in a narrower float type than the float64 expected (precision lost);
    and, beside one, the float64 outputs that agree with the expected ones to float32's
    precision only (the narrow values reached them)."""
    narrow = [k for k in exp if k in got and narrow_float(got[k])]
    lines = [
        f"{k} is {got[k].dtype}; the inputs and the expected {k} are float64 (precision is lost): compute in float64."  # noqa: E501
        for k in narrow
    ]
    reached = [
        k
        for k, e in exp.items()
        if k not in narrow
        and k in got
        and np.shape(got[k]) == e.shape
        and not values_close(got[k], e)
        and values_close(got[k], e, np.float32)
    ]
    if narrow and reached:
        names = ", ".join(reached)
        are = "is" if len(reached) == 1 else "are"
        lines.append(
            f"{names} {are} float64 but agree{'s' if len(reached) == 1 else ''} with the expected values to float32's precision only: the float32 values reached {'it' if len(reached) == 1 else 'them'} too (keep every intermediate array float64)."  # noqa: E501
        )
    return lines


def output_transform(got: dict, exp: dict, symbols_of, case, function: str):
    """(undo(flat, case), Finding) for an output-level transform the values of one case show:
    an output reversed along T, its halves along 2H exchanged, or two outputs exchanged. The
    undo works on any case's answers (probes stacked on leading axes included)."""
    for name, e in exp.items():
        g = got.get(name)
        if g is None or g.shape != e.shape or values_close(g, e):
            continue
        sym = list(symbols_of(case).get(name, ()))
        for other, e2 in exp.items():
            g2 = got.get(other)
            if (
                other != name
                and g2 is not None
                and e2.shape == g.shape
                and values_close(g, e2)
                and values_close(g2, e)
            ):  # noqa: E501
                text = f"{name} and {other} are exchanged: your {name} holds the expected {other} and your {other} the expected {name}."  # noqa: E501
                return _swap(name, other), finding(
                    "result.outputs_exchanged", function, text, term=name
                )
        if len(sym) != e.ndim:
            continue
        for k, s in enumerate(sym):
            if s == "T" and e.shape[k] > 1 and values_close(g, np.flip(e, axis=k)):
                return _reversed(name, s, symbols_of, function)
            if s in ("2H", "D·H") and values_close(g, np.roll(e, e.shape[k] // 2, axis=k)):
                return _halves_exchanged(name, s, symbols_of, function)
    return None


def transform_candidates(got: dict, exp: dict, symbols_of, case, function: str) -> list:
    """(undo, Finding) for each output-level transform that the values alone cannot show because
    a second mistake changes the same output: a wrong output reversed along T, its halves
    along 2H exchanged, or two wrong outputs of one shape exchanged. Each is only a hypothesis:
    the caller says it only if, undone, the rest of the student's answers is explained exactly
    (a model fit or a catalogued mistake)."""
    out = []
    names = list(exp)
    for name, e in exp.items():
        g = got.get(name)
        if g is None or g.shape != e.shape or values_close(g, e):
            continue
        for other in names[names.index(name) + 1 :]:
            g2 = got.get(other)
            if g2 is not None and g2.shape == e.shape == exp[other].shape:
                out.append(_exchanged(name, other, function))
        sym = list(symbols_of(case).get(name, ()))
        if len(sym) != e.ndim:
            continue
        for k, s in enumerate(sym):
            if s == "T" and e.shape[k] > 1:
                out.append(_reversed(name, s, symbols_of, function))
            if s in ("2H", "D·H"):
                out.append(_halves_exchanged(name, s, symbols_of, function))
    return out


def _exchanged(name: str, other: str, function: str):
    """(undo, Finding): ``name`` and ``other`` (one shape) returned in each other's places."""
    text = f"{name} and {other} are exchanged: your {name} holds what {other} should (with the other mistake below in it), and your {other} what {name} should."  # noqa: E501
    return _swap(name, other), finding("result.outputs_exchanged", function, text, term=name)


def _swap(a: str, b: str):
    """The undo of outputs ``a`` and ``b`` exchanged, on any answer (one without them: as is)."""

    def swap(flat, case):
        if a not in flat or b not in flat:
            return flat
        return {**flat, a: flat[b], b: flat[a]}

    return swap


def _reversed(name: str, axis: str, symbols_of, function: str):
    """(undo, Finding): ``name`` stored in reversed order along ``axis`` (T)."""
    what = f"{name} (the gradient of {name})" if function.endswith("_backward") else name
    text = f"{what} is stored in reversed time order: entry t holds step T-1-t's."
    found = finding("result.reversed_order", function, text, term=name)

    def flip(flat, case):
        names = list(symbols_of(case).get(name, ()))
        if axis not in names or name not in flat:  # a case without that axis
            return flat
        return {**flat, name: np.flip(flat[name], axis=names.index(axis) - len(names))}

    return flip, found


def _halves_exchanged(name: str, axis: str, symbols_of, function: str):
    """(undo, Finding): ``name``'s two halves along ``axis`` (2H, D·H) exchanged."""
    text = f"{name}'s two halves are in the wrong order (exchanged): the forward direction's H features come first, then the reverse direction's."  # noqa: E501
    found = finding("bi.halves_swapped", function, text, term=name)

    def roll(flat, case):
        names = list(symbols_of(case).get(name, ()))
        if axis not in names or name not in flat:  # a case with one direction
            return flat
        ax = names.index(axis) - len(names)
        return {**flat, name: np.roll(flat[name], flat[name].shape[ax] // 2, axis=ax)}

    return roll, found


def holds_other(
    got: np.ndarray, exp: dict, name: str, got_all: dict | None = None, aliased=()
) -> str:
    """'it holds the expected c_n' when an output equals another output's expected values; "the
    two are exchanged" only where the other output holds this one's expected values in turn;
    "one array" only where the two were one block of memory as returned (``aliased``: pairs of
    names, measured by the runner)."""
    for other, e in exp.items():
        if other != name and e.shape == got.shape and values_close(got, e):
            g2 = (got_all or {}).get(other)
            if isinstance(g2, np.ndarray) and g2.shape == exp[name].shape:
                if values_close(g2, exp[name]):
                    return f"it holds exactly the expected {other}: the two are exchanged."
                if values_close(g2, e):
                    if frozenset((name, other)) in aliased:  # measured when the call returned
                        return f"it holds exactly the expected {other}, and {other} is right: {name} is the same as {other}, one array in both places (they share memory, as when one array is returned twice, or after {name} = {other} = np.zeros(...) the two names hold one buffer, so what is written into {other} is in {name} too); return {name}'s own array."  # noqa: E501
                    return f"it holds exactly the expected {other}, and {other} is right: {name} is the same as {other} ({other}'s values returned in its place)."  # noqa: E501
            return f"it holds exactly the expected {other}."
    return ""


def wrong_steps(got: np.ndarray, exp: np.ndarray, symbols) -> str:
    """Which time steps of an output are wrong (and whether they are zero), if not all; else
    which batch rows (:func:`wrong_rows`)."""
    if "T" not in symbols or len(symbols) != exp.ndim:
        return wrong_rows(got, exp, symbols)
    k = list(symbols).index("T")
    T = exp.shape[k]
    bad = [
        t for t in range(T) if not values_close(np.take(got, t, axis=k), np.take(exp, t, axis=k))
    ]  # noqa: E501
    if not bad or len(bad) == T:
        return ""
    zero = all(not np.any(np.take(got, t, axis=k)) for t in bad)
    steps = ", ".join(map(str, bad))
    if bad == [T - 1]:
        steps = f"{T - 1}, the last"
    wrong = ~np.isclose(got, exp, rtol=1e-9, atol=1e-10)
    should_be_zero = not zero and bool(np.all(exp[wrong] == 0))
    return f"right at every time step but step {steps}" + (
        ", where it is 0."
        if zero
        else ": every wrong value there should be zero (0 is expected there), and yours is not."
        if should_be_zero
        else "."
    )


def wrong_rows(got: np.ndarray, exp: np.ndarray, symbols) -> str:
    """Which batch rows of an output are wrong, where they are all zero and not all rows are
    wrong ('right in every batch row but the last (row 1), where it is exactly zero': a row
    never written)."""
    if "B" not in symbols or len(symbols) != exp.ndim:
        return ""
    k = list(symbols).index("B")
    B = exp.shape[k]
    rows = [np.take(got, b, axis=k) for b in range(B)]
    bad = [b for b in range(B) if not values_close(rows[b], np.take(exp, b, axis=k))]
    if not bad or len(bad) == B or any(np.any(rows[b]) for b in bad):
        return ""
    which = f"the last (row {B - 1})" if bad == [B - 1] else "row " + ", ".join(map(str, bad))
    return f"right in every batch row but {which}, where it is exactly zero."


def value_relation(got: np.ndarray, exp: np.ndarray, symbols, sizes: dict) -> str:
    """How a right-shaped wrong output relates to the expected one, said only where its values
    show it: in reversed order along an axis, or the expected times a constant (1/T: a mean
    over time; 1/B: a mean over the batch; 2: counted twice)."""
    if got.shape != exp.shape or got.size < 2:
        return ""
    names = list(symbols) if len(symbols) == exp.ndim else [f"axis {k}" for k in range(exp.ndim)]
    if "T" in names and exp.shape[names.index("T")] > 1:  # one array stored at every step
        k = names.index("T")
        last = np.take(exp, [-1], axis=k)
        if values_close(got, np.broadcast_to(last, exp.shape)) and not values_close(exp, got):
            return f"every time step holds the same values: the last step's (t = {exp.shape[k] - 1}), at all steps (as when one array is updated in place, h[:] = ... or h += ..., and that same array is stored at every step: a list then holds it T times, each entry showing its last values; store a new array or h.copy())."  # noqa: E501
    for k in range(exp.ndim):
        if exp.shape[k] > 1 and values_close(got, np.flip(exp, axis=k)):
            axis = names[k] if not names[k].isdigit() else f"axis {k}"
            if exp.shape[k] == 2:
                return f"its two entries along {axis} are the expected ones exchanged (entry 0 holds entry 1's values, entry 1 entry 0's)."  # noqa: E501
            which = "time order" if names[k] == "T" else f"order along {axis}"
            return f"its values are the expected ones in reversed {which} (entry t holds entry {exp.shape[k]}-1-t)."  # noqa: E501
    if exp.ndim == 2 and exp.shape[0] != exp.shape[1]:  # (A, B) computed as (B, A), reshaped
        if values_close(got, exp.T.reshape(exp.shape)):
            shape = f"({', '.join(names)})" if len(symbols) == 2 else str(exp.shape)
            return f"its values are the expected ones' transpose reshaped to {shape}: a reshape keeps the elements' order, so it does not transpose; use .T."  # noqa: E501
    if exp.ndim == 3:  # computed with two axes in the other order, then reshaped back
        import itertools

        for p in itertools.permutations(range(3)):
            moved = exp.transpose(p)
            if p == (0, 1, 2):
                continue
            if values_close(got, moved.reshape(exp.shape)):
                order = ", ".join(names[q] for q in p)
                shape = f"({', '.join(names)})"
                return f"its values are the expected ones laid out as ({order}) and reshaped to {shape}: a reshape keeps the elements' order, so it does not move axes; use .transpose or np.swapaxes where the axes change places."  # noqa: E501
    for k in range(exp.ndim):  # one direction's half (2H) or row (2) holds the other's values
        n = exp.shape[k]
        if names[k] not in ("2H", "D·H", "2·H", "2") or n % 2:
            continue
        halves = [[slice(None)] * exp.ndim for _ in range(2)]
        for h in (0, 1):
            halves[h][k] = slice(h * n // 2, (h + 1) * n // 2)
        g = [got[tuple(halves[h])] for h in (0, 1)]
        e = [exp[tuple(halves[h])] for h in (0, 1)]
        what = "half" if names[k] != "2" else "row"
        for h, label, other in ((1, "reverse", "forward"), (0, "forward", "reverse")):
            if values_close(g[1 - h], e[1 - h]) and values_close(g[h], e[1 - h]):
                if not values_close(e[h], e[1 - h]):
                    return f"the {label} direction's {what} holds the {other} direction's values (its {what} repeated): the {other} direction is right; the {label} direction's own values are missing."  # noqa: E501
    for k in range(exp.ndim):
        n = exp.shape[k]
        if n % 2 == 0 and n > 1 and values_close(got, np.roll(exp, n // 2, axis=k)):
            return f"its two halves along {names[k]} are the expected ones in the wrong order (exchanged)."  # noqa: E501
        if n % 2 == 0 and n > 1 and names[k] in ("2H", "D·H", "2·H"):
            for half, label in ((0, "forward"), (1, "reverse")):
                sl = [slice(None)] * exp.ndim
                sl[k] = slice(half * n // 2, (half + 1) * n // 2)
                g, e = got[tuple(sl)], exp[tuple(sl)]
                other = [slice(None)] * exp.ndim
                other[k] = slice((1 - half) * n // 2, (2 - half) * n // 2)
                if not values_close(got[tuple(other)], exp[tuple(other)]):
                    continue
                inner = value_relation(g, e, [*names[:k], "H", *names[k + 1 :]], sizes)
                if inner:
                    return f"the {label} direction's half is wrong: {inner}"
    m = float(np.max(np.abs(got)))  # clipped: every value past ±m is ±m, the others right
    if 0 < m < float(np.max(np.abs(exp))) and values_close(got, np.clip(exp, -m, m)):
        return f"its values are the expected ones clipped to ±{m:.6g}: every expected value beyond ±{m:.6g} is cut there, the others are right (a clip, np.clip or a cell_clip, that nn.LSTM does not have)."  # noqa: E501
    denom = float(np.dot(exp.ravel(), exp.ravel()))
    if denom == 0:
        return ""
    r = float(np.dot(got.ravel(), exp.ravel())) / denom
    if abs(r - 1) < 1e-9 or not values_close(got, r * exp):
        return ""
    words = {
        2.0: "twice the expected (counted twice)",
        0.5: "half the expected",
        -1.0: "the expected with the opposite sign",
    }  # noqa: E501
    for sym, n in sizes.items():
        if n and n > 1:
            words.setdefault(
                1.0 / n,
                f"the expected divided by {sym} = {n} (a mean over {sym} where a sum belongs)",
            )  # noqa: E501
    for value, text in words.items():
        if abs(r - value) < 1e-7:
            return f"its values are {text}."
    return f"its values are the expected ones times {r:.6g}."


#: where a final state can be read from ``out``: (words, index of batch row b) for T steps and
#: the lengths (None without lengths); an index past the end is the last step (np.minimum), a
#: negative one counts from the end (Python's indexing)
#: each step expression as an index of out and the input it is the state after (out[t] is a
#: direction's output at input position t, for either direction)
_STEP_CODE = {
    "t = T - 1": "out[-1], the state after x_{T-1}",
    "t = 0": "out[0], the state after x_0",
    "t = T - 2": "out[-2], the state after x_{T-2}",
    "t = lengths[b] - 1": "out[lengths[b] - 1, b], the state after x_{lengths[b]-1}",
    "t = lengths[b] - 2": "out[lengths[b] - 2, b], the state after x_{lengths[b]-2}",
    "t = lengths[b]": "out[lengths[b], b]",
    "t = T - lengths[b]": "out[T - lengths[b], b]",
}


def _step_words(words: str) -> str:
    """'t = 0 (out[0], the state after x_0)'."""
    code = _STEP_CODE.get(words)
    return f"{words} ({code})" if code else words


_STEP_EXPRESSIONS = (
    ("t = T - 1", lambda T, L: np.full_like(L, T - 1)),
    ("t = 0", lambda T, L: np.zeros_like(L)),
    ("t = T - 2", lambda T, L: np.full_like(L, T - 2)),
    ("t = lengths[b] - 1", lambda T, L: L - 1),
    ("t = lengths[b] - 2", lambda T, L: L - 2),
    ("t = lengths[b]", lambda T, L: np.minimum(L, T - 1)),
    ("t = T - lengths[b]", lambda T, L: T - L),
)


def final_state_steps(
    h_n: np.ndarray, out: np.ndarray, lengths, right_out: np.ndarray | None = None
) -> list[set[str]]:
    """For each direction of a final state ``h_n`` (R, B, H) (the last D rows: the last layer)
    and ``out`` (T, B, D·H): the steps t of ``out`` that hold h_n in every batch row, as the
    words of :data:`_STEP_EXPRESSIONS` (empty where none does). With ``right_out`` (the expected
    out, same shape), a step counts only where ``out`` is right there: h_n equal to a wrong out
    says nothing about where h_n was read (an out left in reading order holds the right h_n at
    the wrong step)."""
    T, B, F = out.shape
    H = h_n.shape[-1]
    if H == 0 or F % H or h_n.shape[-2] != B or h_n.shape[0] < F // H:
        return []
    D = F // H
    L = np.full(B, T) if lengths is None else np.asarray(lengths, dtype=np.int64).reshape(-1)
    if L.shape != (B,) or np.any(L < 1) or np.any(L > T):
        return []
    found = []
    for d in range(D):
        row = h_n[h_n.shape[0] - D + d]
        seen = set()
        for words, index in _STEP_EXPRESSIONS:
            if lengths is None and "lengths" in words:
                continue
            t = index(T, L)
            t = np.where(t < 0, t + T, t)  # a negative index reads from the end, as in NumPy
            if np.any(t < 0) or np.any(t > T - 1):
                continue
            held = out[t, np.arange(B), d * H : (d + 1) * H]
            if right_out is not None and not values_close(
                held, right_out[t, np.arange(B), d * H : (d + 1) * H], np.dtype(np.float64)
            ):
                continue
            if values_close(row, held, np.dtype(np.float64)):
                seen.add(words)
        found.append(seen)
    return found


def final_state_text(per_case: list, labels: list[str] | None = None) -> str:
    """'your h_n (reverse direction) is your own out at t = T - 1 ...; the expected h_n is out at
    t = 0' from (student's steps, expected steps, wrong[, steps held by out whether right or
    not]) per direction (0 forward, 1 reverse) of every case (from :func:`final_state_steps`):
    said where the cases whose h_n is one of their out's (right) steps agree on it, never
    including the expected step, and the direction is wrong in some case; the cases named as
    not holding it are those where h_n differs from out there (not those where out is wrong
    there: equal to a wrong out, they can neither confirm nor deny it)."""
    said = []
    two = any(len(c) == 2 for c in per_case)
    labels = labels or [f"case {k + 1}" for k in range(len(per_case))]
    for d in (0, 1):
        rows = [(c[d], lab) for c, lab in zip(per_case, labels, strict=True) if len(c) > d]
        holding = [r for r, _ in rows if r[0]]
        if not holding or not any(r[2] for r, _ in rows):
            continue
        mine = set.intersection(*(r[0] for r in holding))
        right = set.intersection(*(r[1] for r, _ in rows))
        if not mine or not right or mine & right:
            continue
        first, *also = sorted(mine)
        where = _step_words(first) + (f" (equally: {', '.join(also)})" if also else "")
        label = (" (forward direction)", " (reverse direction)")[d] if two else ""
        others = [
            lab for r, lab in rows if not r[0] and first not in (r[3] if len(r) > 3 else set())
        ]
        scope = (
            "in every batch row of every case"
            if not others
            else f"in every batch row of {len(holding)} of {len(rows)} cases (not in "
            + ", ".join(others[:3])
            + (", ..." if len(others) > 3 else "")
            + ")"
        )
        said.append(
            f"your h_n{label} is your own out at {where}, {scope}; "
            f"the expected h_n is out at {_step_words(sorted(right)[0])}."
        )
    return " ".join(said)


def _factor(got: np.ndarray, exp: np.ndarray) -> float | None:
    """s where ``got`` is s·``exp`` (at float64's tolerance), else None."""
    if got.shape != exp.shape:
        return None
    denom = float(np.dot(exp.ravel(), exp.ravel()))
    if denom == 0:  # zeros expected: zeros are any multiple (said as 1)
        return 1.0 if values_close(got, exp) else None
    s = float(np.dot(got.ravel(), exp.ravel())) / denom
    return s if values_close(got, s * exp) else None


def rescaled_text(pairs: list[tuple[dict, dict]]) -> str:
    """Where, in every case ((got, expected) per case), every output is the expected one times a
    factor in (0, 1] and some are scaled down: what was measured of the factors. Each scaled
    output's norm the same number m (and every unscaled one's expected norm at most m): each
    rescaled to a norm of m; all the outputs together at a norm of m (one factor per case): one
    rescale of them all; otherwise each its own factor, said as measured. '' if it fails."""
    per_case, each_norm, total_norm, unscaled = [], [], [], []
    for got, exp in pairs:
        factors = {}
        for k, e in exp.items():
            g = got.get(k)
            s = None if g is None else _factor(np.asarray(g, dtype=np.float64), e)
            if s is None or not 0 < s <= 1 + 1e-9:
                return ""
            factors[k] = s
        down = {k: s for k, s in factors.items() if s < 1 - 1e-9}
        each_norm += [float(np.linalg.norm(got[k])) for k in down]
        unscaled += [float(np.linalg.norm(exp[k])) for k in factors if k not in down]
        if down:
            total_norm.append(float(np.sqrt(sum(np.linalg.norm(got[k]) ** 2 for k in exp))))
        per_case.append(down)
    scaled = [d for d in per_case if d]
    if not scaled or sum(len(d) for d in scaled) < 2:
        return ""
    first = scaled[0]
    listed = ", ".join(f"{k} × {s:.6g}" for k, s in first.items())
    said = f"every wrong output is the expected one times a factor below 1 ({listed} in the first such case)"  # noqa: E501
    m = each_norm[0]
    if np.allclose(each_norm, m, rtol=1e-9) and all(u <= m * (1 + 1e-9) for u in unscaled):
        return f"{said}, and each scaled output's norm (np.linalg.norm) is exactly {m:.6g} in every case, while the expected norm is larger: each is rescaled to a norm of at most {m:.6g} after it is computed (norm clipping, which the expected values do not have: return them unscaled)."  # noqa: E501
    one = all(len({round(s, 9) for s in d.values()}) == 1 and len(d) == len(first) for d in scaled)
    t = total_norm[0]
    if one and np.allclose(total_norm, t, rtol=1e-9):
        return f"{said}: one factor for all of them in each case, and their joint norm is exactly {t:.6g} in every such case: they are rescaled together to a norm of {t:.6g} after they are computed (global norm clipping, which the expected values do not have: return them unscaled)."  # noqa: E501
    if len({round(s, 9) for s in first.values()}) > 1:
        return f"{said}: each its own factor, so they are scaled after they are computed (a wrong δ before them would scale them alike)."  # noqa: E501
    return ""


def slice_relations(name: str, got: np.ndarray, exp: dict) -> list[tuple[str, int, int]]:
    """(other, axis, index) where ``got`` (``name``'s wrong-shaped answer) is the expected
    ``other`` at index 0 or -1 along ``axis`` (values and shape), measured on one case."""
    out = []
    for other, e in exp.items():
        if e.ndim != got.ndim + 1:
            continue
        for axis in range(e.ndim):
            for idx in (-1, 0):
                part = np.take(e, idx, axis=axis)
                if part.shape == got.shape and values_close(got, part):
                    out.append((other, axis, idx))
    return out


def slice_text(name: str, hit: tuple[str, int, int], exp: dict, symbols) -> str:
    """What :func:`slice_relations`' ``hit`` says, with the axis the same index should take
    where the expected ``name`` is that index of ``other`` along another axis."""
    other, axis, idx = hit
    e = exp[other]
    sym = tuple(symbols) if len(symbols) == e.ndim else ()
    index = ", ".join([":"] * axis + [str(idx)])
    along = f" (along {sym[axis]})" if sym else ""
    text = f"It holds the expected {other}[{index}]{along} in every case where its shape is wrong"
    right = [
        a for a in range(e.ndim)
        if a != axis and np.take(e, idx, axis=a).shape == exp[name].shape
        and values_close(exp[name], np.take(e, idx, axis=a))
    ]  # fmt: skip
    if right:
        want = ", ".join([":"] * right[0] + [str(idx)])
        on = f", along {sym[right[0]]}" if sym else ""
        text += f": the index taken on the wrong axis; {name} is {other}[{want}]{on}"
    return text + "."
