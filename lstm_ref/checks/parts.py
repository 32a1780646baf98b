"""Diagnosis by decomposition: which part of a sequence or module computation is wrong, each part
tested alone before the algebra of one step.

A check's part cases isolate one part each (a single step, T=1; a carry, T=2 with a right step;
the ends dh_n/dc_n; dout at one step; one direction; hx given or None; batch_first; one layer or
several). :func:`separate` runs the student on the cases and the part cases and says, for each
setting, "every case with A is right; every case with B is wrong" only where the cases show
exactly that: a sentence made of measurements, never a guess. ``SENTENCES`` turns the common
splits into the sentence a student needs ("your step is right; what you carry from step t+1 to
step t is wrong").
"""

from __future__ import annotations

from collections.abc import Callable

from lstm_ref.checks.compare import values_close
from lstm_ref.checks.findings import Finding

#: (setting, value of the right cases) -> what that split says, in the book's words
SENTENCES: dict[tuple[str, object], str] = {
    ("T", 1): "your step is right (every one-step case, T=1, matches); the error shows only with "
    "several steps: look at what you carry from one step to the next and where each step's "
    "output is stored",
    ("backward T", 1): "your step is right (every case of one step's backward matches: T=1, "
    "or dout only at step 0 with nothing carried); the error shows only with several steps: "
    "look at what each step gets (its state, and the dh, dc carried from step t+1), the sums "
    "over the steps and where each step's gradient is stored",
    ("dout", "earlier steps"): "with dout non-zero only at step 0 (one step's backward, nothing "
    "carried) your result is right; where a gradient flows back through several steps it is "
    "wrong: look at what you carry from step t+1 to step t and at the sums over the steps",
    ("hx", None): "every case with hx=None (zero initial state) is right; every case with hx "
    "given is wrong: look at how h_0/c_0 are read",
    ("initial state", "zero"): "every case with zero h0/c0 is right; every case with a non-zero "
    "h0/c0 is wrong: look at how the initial state is used",
    ("h0, c0 None", "no"): "every case with h0 and c0 given is right; every case with h0 or c0 "
    "None is wrong: look at the state you start from when one is None (zeros of shape (B, H), "
    "as nn.LSTM's)",
    ("batch_first", False): "every case with batch_first=False is right; every case with "
    "batch_first=True is wrong: look at the (B, T, I) layout",
    ("num_layers", 1): "every one-layer case is right; every stacked case is wrong: look at "
    "what a layer above the first reads and which weights and h_0 rows it uses",
    ("bidirectional", False): "every one-direction case is right; every bidirectional case is "
    "wrong: look at the reverse direction",
    ("bias", True): "every case with bias=True is right; every case with bias=False is wrong",
    ("dh_n", None): "every case with dh_n=None is right; every case with dh_n given is wrong: "
    "look at how dh_n enters the last step (it is step T-1's incoming dh)",
    ("dc_n", None): "every case with dc_n=None is right; every case with dc_n given is wrong: "
    "look at how dc_n enters the last step (it is step T-1's incoming dc)",
    ("dout", "last step only"): "the cases where dout is non-zero only at the last step are "
    "right; where dout is non-zero at earlier steps they are wrong: look at how dout[t] enters "
    "each step",
    ("lengths", "full"): "every case where all lengths are T is right; every case with "
    "shorter sequences is wrong: look at how a sequence shorter than T is handled (which of its "
    "steps are run and read, and what is stored past its length)",
}


def decompose(runner, rows, settings) -> list[Finding]:
    """The splits of ``rows``; and, when every one-step case (first setting = 1) is right, the
    runner learns that the step is verified right (``runner.verified``): the model's fit then
    leaves the step's algebra alone and searches only what happens between steps."""
    first = next(iter(settings(rows[0][0])), None) if rows else None
    one = [r[1] for r in rows if settings(r[0]).get(first) == 1]
    if one and all(one):
        runner.verified = {*getattr(runner, "verified", set()), "step"}
    return separate(rows, settings, runner.spec.name)


def judged(runner, results, extra_cases=()) -> list[tuple[object, bool, tuple]]:
    """(case, right?, the outputs that are wrong) for the cases run and the part cases (a part
    case the code can't take is left out)."""
    rows = []
    answers = [*results, *((c, runner.answer(c)) for c in extra_cases)]
    for case, got in answers:
        if got is None:
            continue
        exp = runner.expected(case)
        # an output the student's answer lacks (a dict's missing key, left out) tells nothing
        wrong = tuple(k for k, e in exp.items() if k in got and not _close(got[k], e))
        rows.append((case, not wrong, wrong))
    return rows


def _close(g, e) -> bool:
    return g.shape == e.shape and values_close(g, e)


def separate(rows, settings: Callable[[object], dict], function: str) -> list[Finding]:
    """For each setting: if every right case has one value and every wrong case another, a
    located finding saying so (the split is what was measured). Then the same within each value
    of the first setting (the number of steps): "among the one-step cases, ..." (a second mistake
    that only longer sequences show leaves the one-step split visible)."""
    found = split(rows, settings, function, least=2)
    if not rows:
        return found
    found += longer_only(rows, function) if not found else []
    first = next(iter(settings(rows[0][0])), None)
    said = {f.term for f in found}
    for value in dict.fromkeys(settings(r[0]).get(first) for r in rows):
        group = [r for r in rows if settings(r[0]).get(first) == value]
        for f in split(group, settings, function, least=3):
            if f.term in said or f.term == first:
                continue
            said.add(f.term)
            where = f"{first} > 1" if value == "more" else f"{first}={value}"  # "T=more": no
            text = f"Among the cases with {where}: {f.text[0].lower()}{f.text[1:]}"
            found.append(Finding(f.id, function, text, term=f.term))
    return found


def _setting(name: str, value) -> str:
    """'T=1', 'T > 1' (the value "more"), 'batch_first=True': a setting as a case label says it."""
    return f"{name} > 1" if value == "more" else f"{name}={value}"


def longer_only(rows, function: str, least: int = 2) -> list[Finding]:
    """'Every case with T ≤ 4 is right; every case with T ≥ 5 is wrong': where the number of
    steps alone separates the right cases from the wrong ones, past one step (T = 1 is the
    step's own split), with at least ``least`` cases on either side."""
    steps = [(getattr(r[0], "sizes", {}).get("T"), r[1]) for r in rows]
    if any(not isinstance(T, int) for T, _ in steps):
        return []
    right = [T for T, ok in steps if ok]
    wrong = [T for T, ok in steps if not ok]
    if len(right) < least or len(wrong) < least or max(right) >= min(wrong) or max(right) < 2:
        return []
    a, b = max(right), min(wrong)
    outputs = dict.fromkeys(k for r in rows if len(r) > 2 and not r[1] for k in r[2])
    text = f"Every case with T ≤ {a} is right; every case with T ≥ {b} is wrong: the error shows only in sequences of more than {a} steps ({len(right)} right, {len(wrong)} wrong"  # noqa: E501
    text += f"; wrong there: {', '.join(outputs)})." if outputs else ")."
    return [Finding("located.part", function, text, term="T")]


def split(rows, settings: Callable[[object], dict], function: str, least: int = 2) -> list[Finding]:
    """The splits of :func:`separate`: said only with at least ``least`` right and ``least``
    wrong cases on either side (one or two tiny random cases split by chance)."""
    n_ok = sum(bool(r[1]) for r in rows)
    if not rows or n_ok < least or len(rows) - n_ok < least:
        return []
    values = [(settings(r[0]), r[1]) for r in rows]
    outputs = dict.fromkeys(k for r in rows if len(r) > 2 for k in r[2])
    names = dict.fromkeys(k for s, _ in values for k in s)
    found = []
    for name in names:
        right = {s.get(name) for s, ok in values if ok}
        wrong = {s.get(name) for s, ok in values if not ok}
        if len(right) == 1 and right.isdisjoint(wrong):
            (value,) = right
            text = SENTENCES.get((name, value))
            if (name, value) == ("T", 1) and outputs and "out" not in outputs:
                # out holds every step's h and is right in every case: every state the steps
                # computed is right, so what is wrong is which one is returned
                which = " and ".join(outputs)
                text = f"your step is right (every one-step case, T=1, matches) and out holds the right values in every case; only {which} {'is' if len(outputs) == 1 else 'are'} wrong with several steps: look at which step's state you return as {which}"  # noqa: E501
            if text is None:
                shown = ", ".join(sorted(_setting(name, v) for v in wrong))
                text = f"every case with {_setting(name, value)} is right; every case with {shown} is wrong"  # noqa: E501
            n_right = sum(ok for _, ok in values)
            text = f"{text[0].upper()}{text[1:]} ({n_right} right, {len(values) - n_right} wrong"
            text += f"; wrong there: {', '.join(outputs)})." if outputs else ")."
            found.append(Finding("located.part", function, text, term=name))
    return found


def seq_part_cases(spec) -> list:
    """Part cases of a sequence function, derived from its fixed cases by argument name: the
    initial state zeroed; one step (x[:1], lengths clipped to 1); every length T."""
    import numpy as np

    from lstm_ref.checks.core import Case

    names = list(spec.arg_names)
    out = []
    for c in spec.fixed_cases():
        args = list(c.args)

        def variant(changes, note, c=c, args=args):
            new = list(args)
            for k, v in changes.items():
                new[names.index(k)] = v
            return Case("diagnostic", c.number, tuple(new), dict(c.kwargs), c.sizes, note=note)

        if "h0" in names and np.any(args[names.index("h0")]):
            zero = {k: np.zeros_like(args[names.index(k)]) for k in ("h0", "c0") if k in names}
            out.append(variant(zero, "zero h0/c0"))
        x = args[names.index("x")]
        bf = c.kwargs.get("batch_first")
        if x.shape[1 if bf else 0] > 1:
            one = {"x": x[:, :1].copy() if bf else x[:1].copy()}
            if "lengths" in names:
                one["lengths"] = np.ones_like(args[names.index("lengths")])
            out.append(variant(one, "T=1"))
        if "lengths" in names:
            out.append(
                variant(
                    {"lengths": np.full_like(args[names.index("lengths")], x.shape[0])},
                    "full lengths",
                )
            )  # noqa: E501
    return out


def seq_settings(spec):
    import numpy as np

    names = list(spec.arg_names)

    def settings(c) -> dict:
        x = c.args[names.index("x")]
        T = x.shape[1 if c.kwargs.get("batch_first") else 0]
        out = {"T": 1 if T == 1 else "more"}
        if "h0" in names:
            h0, c0 = c.args[names.index("h0")], c.args[names.index("c0")]
            zero = not np.any(h0) and not np.any(c0)  # None counts as zero here
            out["initial state"] = "zero" if zero else "given"
            out["h0, c0 None"] = "no" if h0 is not None and c0 is not None else "yes"
        if "lengths" in names:
            full = bool(np.all(np.asarray(c.args[names.index("lengths")]) == T))
            out["lengths"] = "full" if full else "shorter"
        return out

    return settings


def seq_parts(runner, results) -> list[Finding]:
    """The decomposition of a sequence function (lstm_layer, bilstm_layer, the lengths ones)."""
    rows = judged(runner, results, seq_part_cases(runner.spec))
    return decompose(runner, rows, seq_settings(runner.spec))
