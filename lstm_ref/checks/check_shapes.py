"""check_lstm_output_shapes: the shapes nn.LSTM returns (ex08), expected from a real nn.LSTM."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable

import numpy as np

from lstm_ref.checks.core import draw_seed
from lstm_ref.checks.failure import CheckFailure
from lstm_ref.checks.findings import KINDS, Finding, numpy_only_sentence
from lstm_ref.checks.infer import NotApplicable, catalogue_matches
from lstm_ref.checks.student import Refused, call_student, copy_args

NAME = "lstm_output_shapes"
KEYS = ("out", "h_n", "c_n")
ARGS = ("seq_len", "batch", "input_size", "hidden_size")


@functools.lru_cache(maxsize=256)
def torch_shapes(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
) -> dict[str, tuple[int, ...]]:
    """The shapes a real torch.nn.LSTM returns for this configuration."""
    import torch

    lstm = torch.nn.LSTM(
        input_size,
        hidden_size,
        num_layers,
        batch_first=batch_first,
        bidirectional=bidirectional,
        proj_size=proj_size,
    )
    x = torch.zeros((batch, seq_len, input_size) if batch_first else (seq_len, batch, input_size))
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "LSTM with projections is not supported with oneDNN"
        out, (h_n, c_n) = lstm(x)
    return {"out": tuple(out.shape), "h_n": tuple(h_n.shape), "c_n": tuple(c_n.shape)}


def _config(T, B, I, H, L=1, bi=False, bf=False, P=0) -> dict:
    return dict(
        seq_len=T,
        batch=B,
        input_size=I,
        hidden_size=H,
        num_layers=L,
        bidirectional=bi,
        batch_first=bf,
        proj_size=P,
    )


def _fixed() -> list[dict]:
    return [
        _config(7, 3, 10, 20),
        _config(7, 3, 10, 20, bf=True),
        _config(5, 2, 4, 6, L=2, bi=True),
        _config(7, 3, 10, 20, L=2, bi=True, P=5),
        _config(4, 2, 3, 6, P=1),  # proj_size = 1 projects too (a test `proj_size > 1` is wrong)
    ]


def _random(rng) -> list[dict]:
    out = []
    for _ in range(6):
        H = int(rng.integers(2, 9))
        out.append(
            _config(
                int(rng.integers(1, 9)),
                int(rng.integers(1, 6)),
                int(rng.integers(1, 9)),
                H,
                L=int(rng.integers(1, 4)),
                bi=bool(rng.integers(2)),
                bf=bool(rng.integers(2)),
                P=int(rng.integers(0, H)) * int(rng.integers(2)),
            )
        )
    return out


def _diagnostic() -> list[dict]:
    return [
        _config(5, 3, 4, 6, L=3, bi=True, bf=True, P=2),
        _config(4, 2, 3, 5, L=2, bi=False, bf=True, P=3),
        _config(6, 4, 2, 7, L=1, bi=True, P=0),
    ]


def _mistakes() -> list[tuple[str, str, Callable[[dict], dict]]]:
    def mk(fn):
        def wrapped(cfg):
            s = {k: list(v) for k, v in torch_shapes(**cfg).items()}
            fn(s, cfg)
            return {k: tuple(v) for k, v in s.items()}

        wrapped.edit = fn  # the edit alone, to make two mistakes one after the other
        return wrapped

    def bf_ignored(s, cfg):
        if cfg["batch_first"]:
            s["out"][0], s["out"][1] = s["out"][1], s["out"][0]
        else:
            raise NotApplicable

    def bf_inverted(s, cfg):
        s["out"][0], s["out"][1] = s["out"][1], s["out"][0]

    def states_batch_first(s, cfg):
        if not cfg["batch_first"]:
            raise NotApplicable
        for k in ("h_n", "c_n"):
            s[k][0], s[k][1] = s[k][1], s[k][0]

    def layers_only(s, cfg):
        for k in ("h_n", "c_n"):
            s[k][0] = cfg["num_layers"]

    def directions_only(s, cfg):
        for k in ("h_n", "c_n"):
            s[k][0] = 2 if cfg["bidirectional"] else 1

    def one(s, cfg):
        for k in ("h_n", "c_n"):
            s[k][0] = 1

    def no_2h(s, cfg):
        s["out"][2] //= 2 if cfg["bidirectional"] else 1

    def states_2h(s, cfg):
        if cfg["bidirectional"]:
            for k in ("h_n", "c_n"):
                s[k][0] //= 2
                s[k][2] *= 2

    def proj_ignored(s, cfg):
        if cfg["proj_size"]:
            D = 2 if cfg["bidirectional"] else 1
            s["out"][2] = D * cfg["hidden_size"]
            s["h_n"][2] = cfg["hidden_size"]

    def proj_ignored_out(s, cfg):
        if cfg["proj_size"]:
            s["out"][2] = (2 if cfg["bidirectional"] else 1) * cfg["hidden_size"]

    def proj_on_c(s, cfg):
        if cfg["proj_size"]:
            s["c_n"][2] = cfg["proj_size"]

    return [
        (
            "batch_first_ignored",
            "batch_first is ignored: with batch_first=True out is (batch, seq_len, D·H_out).",
            mk(bf_ignored),
        ),
        (
            "batch_first_inverted",
            "batch_first is read the other way round: out is (seq_len, batch, ...) when batch_first=False and (batch, seq_len, ...) when it is True; yours is the opposite in every configuration.",  # noqa: E501
            mk(bf_inverted),
        ),
        (
            "states_batch_first",
            "batch_first does not apply to h_n and c_n: they are never batch first, always (D·num_layers, batch, ...).",  # noqa: E501
            mk(states_batch_first),
        ),
        (
            "directions_forgotten",
            "h_n/c_n's first axis is num_layers·D (D = 2 if bidirectional): the directions are forgotten.",  # noqa: E501
            mk(layers_only),
        ),
        (
            "layers_forgotten",
            "h_n/c_n's first axis is num_layers·D: num_layers is forgotten.",
            mk(directions_only),
        ),
        ("stack_forgotten", "h_n/c_n's first axis is num_layers·D, not 1.", mk(one)),
        (
            "out_2h_forgotten",
            "a bidirectional out has D·H_out = 2·H_out features: both directions, concatenated.",
            mk(no_2h),
        ),
        (
            "states_concatenated",
            "h_n and c_n keep the directions on the first axis (D·num_layers), not 2H features.",
            mk(states_2h),
        ),
        (
            "proj_size_ignored",
            "proj_size is ignored: with proj_size > 0, out and h_n have proj_size features (per direction).",  # noqa: E501
            mk(proj_ignored),
        ),
        (
            "proj_size_ignored_in_out",
            "proj_size is ignored in out: with proj_size > 0, out has D·proj_size features, as h_n has proj_size.",  # noqa: E501
            mk(proj_ignored_out),
        ),
        (
            "proj_size_on_c",
            "proj_size applies to h only: c_n keeps hidden_size features.",
            mk(proj_on_c),
        ),
    ]


def shape_finding(key: str, text: str) -> Finding:
    """A catalogued shape mistake's finding: its kind is ``shapes.<key>`` (a table lookup)."""
    kind = f"shapes.{key}"
    return Finding(kind if kind in KINDS else "shapes.wrong_axis", NAME, text)


def _fail(msg, stage, case=None, **kw):
    return CheckFailure(f"{NAME}: {msg}", check=NAME, stage=stage, case=case, **kw)


def _label(kind, n, cfg):
    text = ", ".join(f"{k}={v}" for k, v in cfg.items())
    return f"{kind} case {n} ({text})"


def _call(fn, cfg, label, lists: list | None = None):
    """The student's shapes on ``cfg``. A list of ints where a tuple belongs: with ``lists``
    given, noted there (the first one) and converted, so that the shapes are still judged and a
    second mistake is named too; without, refused at once."""
    pos = [cfg[k] for k in ARGS]
    kw = {k: v for k, v in copy_args(cfg).items() if k not in ARGS}
    try:
        result = call_student(fn, *pos, **kw)
    except Refused as exc:
        text = f"calls {exc.what} on {label}: {numpy_only_sentence(exc.library)}. Compute the shapes from the arguments."  # noqa: E501
        found = (Finding("forbidden_library", NAME, text, term=exc.library),)
        raise _fail(text, "forbidden", label, findings=found) from None
    except Exception as exc:
        raise _fail(f"raised {type(exc).__name__} on {label}: {exc}", "exception", label) from exc
    if isinstance(result, dict) and lists is not None:
        result = _one_key_renamed(result, label, lists)
    if not isinstance(result, dict) or set(result) != set(KEYS):
        what = (
            f"a dict with keys {sorted(result)}"
            if isinstance(result, dict)
            else type(result).__name__
        )
        raise _fail(
            f"should return a dict {{'out': tuple, 'h_n': tuple, 'c_n': tuple}}; on {label} it returned {what}.",  # noqa: E501
            "kind",
            label,
        )
    shapes = {}
    for k in KEYS:
        v = result[k]
        ints = isinstance(v, (tuple, list)) and all(
            isinstance(d, (int, np.integer)) and not isinstance(d, bool) for d in v
        )
        numpy_ints = ints and isinstance(v, tuple) and any(not isinstance(d, int) for d in v)
        text = ""
        if numpy_ints:  # np.int64 where an int belongs: noted and converted, like a list
            kind = type(next(d for d in v if not isinstance(d, int))).__name__
            text = f"result['{k}'] should be a tuple of Python ints, as torch.Size holds; on {label} it holds numpy.{kind} values, {v!r}: convert each with int(...)."  # noqa: E501
        elif ints and not isinstance(v, tuple):
            text = f"result['{k}'] should be a tuple of ints, as nn.LSTM's shapes are (torch.Size is a tuple); on {label} it is a {type(v).__name__}, {v!r}: return tuple(...)."  # noqa: E501
        if text:  # noted (the first) and converted, so the shapes are still judged; or refused
            found = Finding("shapes.not_tuples", NAME, text, term=k)
            if lists is None:
                raise _fail(text, "kind", label, output=k, findings=(found,))
            lists[:] = lists or [(found, label)]
            shapes[k] = tuple(int(d) for d in v)
            continue
        if not ints:
            raise _fail(
                f"result['{k}'] should be a tuple of ints; on {label} it is {v!r}.",
                "kind",
                label,
                output=k,
            )
        shapes[k] = tuple(int(d) for d in v)
    return shapes


def _one_key_renamed(result: dict, label: str, lists: list) -> dict:
    """A dict with one key of its own where one of out, h_n, c_n is missing (and every other
    key right): noted (the first such) and judged under the missing key's name, so that the
    shapes are still judged and a second mistake is named too."""
    missing = [k for k in KEYS if k not in result]
    extra = [k for k in result if k not in KEYS]
    if len(missing) != 1 or len(extra) != 1:
        return result
    text = f"should return a dict {{'out': tuple, 'h_n': tuple, 'c_n': tuple}}; on {label} it has the key {extra[0]!r} where {missing[0]!r} belongs (its value was judged as {missing[0]})."  # noqa: E501
    lists[:] = lists or [(Finding("shapes.not_tuples", NAME, text, term=missing[0]), label)]
    return {**{k: v for k, v in result.items() if k != extra[0]}, missing[0]: result[extra[0]]}


def check_lstm_output_shapes(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """Check ``fn(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
    batch_first=False, proj_size=0) -> {"out": tuple, "h_n": tuple, "c_n": tuple}`` against nn.LSTM
    (tuples of ints: lists are refused; torch is refused inside the function).
    """
    from lstm_ref.checks.registry import run_check

    return run_check(NAME, fn, cases=cases, seed=seed)


def run(fn, *, cases: str = "all", seed: int | None = None) -> None:
    """The shapes function's check (its cases are configurations, its leaves tuples of ints)."""
    if cases not in ("all", "shapes", "fixed", "random"):
        raise ValueError(f"cases must be 'all', 'shapes', 'fixed' or 'random'; got {cases!r}")
    seed = draw_seed(seed)
    todo = []
    if cases in ("all", "shapes", "fixed"):
        todo += [("fixed", n, c) for n, c in enumerate(_fixed(), 1)]
    if cases in ("all", "random"):
        todo += [("random", n, c) for n, c in enumerate(_random(np.random.default_rng(seed)), 1)]
    lists: list = []  # (Finding, case label): a list where a tuple belongs, said with the verdict
    got = [(_label(k, n, c), c, _call(fn, c, _label(k, n, c), lists)) for k, n, c in todo]
    if (
        lists
        and cases == "shapes"
        or lists
        and all(shapes == torch_shapes(**cfg) for _, cfg, shapes in got)
    ):
        found, label = lists[0]
        raise _fail(found.text, "kind", label, output=found.term, findings=(found,))
    if cases == "shapes":
        line = f"{NAME}: results are dicts of tuples of ints in all {len(got)} cases"
        print(line)
        return None
    for label, cfg, shapes in got:
        expected = torch_shapes(**cfg)
        for k in KEYS:
            if shapes[k] != expected[k]:
                lines = [f"{k} is {shapes[k]} on {label}; nn.LSTM returns {expected[k]}."]
                evidence = _evidence(fn, got)
                # one whole catalogued mistake that gives every shape first (it names what the
                # axes only describe: h_n (L, B, D·H) is the directions concatenated), then the
                # axes one by one (two mistakes at once)
                matched = _diagnose(fn, got)
                found = [shape_finding(key, t) for key, t in matched[:1]]
                found = found if len(matched) == 1 else infer_axes(evidence)
                if not found and matched:
                    found = [shape_finding(key, t) for key, t in matched]
                if not found:  # two mistakes at once, neither describable by one axis
                    matched = diagnose_pair(evidence)
                    found = [shape_finding(key, t) for key, t in matched]
                if found:
                    lines.append("Found:")
                    lines += [f"  - {f.text}" for f in found]
                    lines.append(
                        f"(your results on all {len(evidence)} configurations are exactly this)"
                    )  # noqa: E501
                else:
                    axis = next(
                        a
                        for a in range(min(len(shapes[k]), len(expected[k])) + 1)
                        if a >= min(len(shapes[k]), len(expected[k]))
                        or shapes[k][a] != expected[k][a]
                    )  # noqa: E501
                    split = axis_split(evidence, k, axis)
                    found = [
                        Finding(
                            "located.value_mismatch",
                            NAME,
                            f"No known mistake explains all your results; the first wrong axis is {k}[{axis}].{split}",  # noqa: E501
                            term=k,
                        )
                    ]
                    lines.append(found[0].text)
                if label.startswith("fixed"):
                    n = int(label.split()[2])
                    lines.append(
                        f'To step through this case: `from lstm_ref.checks import fixed_case`, then `lstm_output_shapes(**fixed_case("lstm_output_shapes", {n}))`.'  # noqa: E501
                    )
                lines += [f"Also: {f.text}" for f, _ in lists]
                raise _fail(
                    "\n".join(lines),
                    "value",
                    label,
                    output=k,
                    mistakes=tuple(key for key, _ in matched),
                    findings=(*found, *(f for f, _ in lists)),
                )
    line = f"{NAME}: all {len(got)} cases match"
    print(line)
    return None


def _evidence(fn, got) -> list[tuple[dict, dict]]:
    evidence = [(cfg, shapes) for _, cfg, shapes in got]
    for cfg in _diagnostic():
        try:
            evidence.append((cfg, _call(fn, cfg, "diagnostic")))
        except CheckFailure:
            continue
    return evidence


#: what an axis can be, in words, as a function of the configuration
AXIS_EXPR = {
    "seq_len": lambda c: c["seq_len"],
    "batch": lambda c: c["batch"],
    "batch if batch_first else seq_len": lambda c: c["batch"] if c["batch_first"] else c["seq_len"],
    "seq_len if batch_first else batch": lambda c: c["seq_len"] if c["batch_first"] else c["batch"],
    "hidden_size": lambda c: c["hidden_size"],
    "H_out": lambda c: c["proj_size"] or c["hidden_size"],
    "D·hidden_size": lambda c: _D(c) * c["hidden_size"],
    "D·H_out": lambda c: _D(c) * (c["proj_size"] or c["hidden_size"]),
    "2·H_out": lambda c: 2 * (c["proj_size"] or c["hidden_size"]),
    "proj_size": lambda c: c["proj_size"],
    "D·proj_size": lambda c: _D(c) * c["proj_size"],
    "num_layers": lambda c: c["num_layers"],
    "D": lambda c: _D(c),
    "D·num_layers": lambda c: _D(c) * c["num_layers"],
    # the layers and directions added where they multiply (right only where one of them is 1)
    "num_layers + D, a sum (D·num_layers is a product)": lambda c: c["num_layers"] + _D(c),
    "num_layers + D - 1, a sum (D·num_layers is a product)": lambda c: c["num_layers"] + _D(c) - 1,
    # an axis multiplied by num_layers where it does not belong (the layers are stacked on h_n's
    # first axis only; out holds the last layer's output)
    "num_layers·D·H_out": lambda c: c["num_layers"] * _D(c) * (c["proj_size"] or c["hidden_size"]),
    "num_layers·H_out": lambda c: c["num_layers"] * (c["proj_size"] or c["hidden_size"]),
    "num_layers·hidden_size": lambda c: c["num_layers"] * c["hidden_size"],
    "1": lambda c: 1,
    "input_size": lambda c: c["input_size"],
    # D left out only where there is a projection: proj_size if proj_size else D * hidden_size
    "proj_size or D·hidden_size": lambda c: c["proj_size"] or _D(c) * c["hidden_size"],
    # D * proj_size or hidden_size: Python's precedence, (D·proj_size) or hidden_size
    "(D·proj_size) or hidden_size, as Python reads D * proj_size or hidden_size": lambda c: (
        _D(c) * c["proj_size"] or c["hidden_size"]
    ),
}
RIGHT_AXES = {
    "out": ("batch if batch_first else seq_len", "seq_len if batch_first else batch", "D·H_out"),
    "h_n": ("D·num_layers", "batch", "H_out"),
    "c_n": ("D·num_layers", "batch", "hidden_size"),
}
#: (output, axis, what the student's axis is) -> finding kind
AXIS_KIND = {
    (
        "out",
        2,
        "(D·proj_size) or hidden_size, as Python reads D * proj_size or hidden_size",
    ): "shapes.out_2h_forgotten",
    ("out", 2, "proj_size or D·hidden_size"): "shapes.out_2h_forgotten",
    ("out", 0, "seq_len"): "shapes.batch_first_ignored",
    ("out", 1, "batch"): "shapes.batch_first_ignored",
    ("h_n", 0, "num_layers"): "shapes.directions_forgotten",
    ("c_n", 0, "num_layers"): "shapes.directions_forgotten",
    ("h_n", 0, "D"): "shapes.layers_forgotten",
    ("c_n", 0, "D"): "shapes.layers_forgotten",
    ("h_n", 0, "1"): "shapes.stack_forgotten",
    ("c_n", 0, "1"): "shapes.stack_forgotten",
    ("out", 2, "H_out"): "shapes.out_2h_forgotten",
    ("out", 2, "D·hidden_size"): "shapes.proj_size_ignored",
    ("out", 2, "num_layers·D·H_out"): "shapes.wrong_axis",
    ("h_n", 2, "hidden_size"): "shapes.proj_size_ignored",
    ("c_n", 2, "H_out"): "shapes.proj_size_on_c",
    ("c_n", 2, "proj_size"): "shapes.proj_size_on_c",
    ("h_n", 0, "batch if batch_first else seq_len"): "shapes.states_batch_first",
    ("h_n", 1, "batch if batch_first else seq_len"): "shapes.states_batch_first",
}

#: an axis that two mistakes make at once: out's features hidden_size where D·H_out belongs is
#: both the directions and proj_size forgotten (only where the cases leave no other expression).
AXIS_KINDS = {
    ("out", 2, "hidden_size"): ("shapes.out_2h_forgotten", "shapes.proj_size_ignored"),
}


def _D(c):
    return 2 if c["bidirectional"] else 1


def infer_axes(evidence) -> list[Finding]:
    """Each axis of each output, as the expression that gives the student's sizes on every
    configuration; a finding for each axis whose expression is not nn.LSTM's (grouped where
    h_n and c_n share it). Empty if some axis fits no expression (nothing is guessed)."""
    wrong: dict[tuple, list[str]] = {}
    pinned: dict[tuple, bool] = {}  # the cases leave one expression for the axis
    regrouped: dict[tuple, list[str]] = {}  # outputs with another number of axes
    for key, right in RIGHT_AXES.items():
        lengths = {len(shapes[key]) for _, shapes in evidence}
        if len(lengths) != 1:
            return []
        if lengths != {3}:  # each axis as an expression, all of them measured
            exprs = []
            for axis in range(lengths.pop()):
                values = [(cfg, shapes[key][axis]) for cfg, shapes in evidence]
                fits = [n for n, e in AXIS_EXPR.items() if all(e(c) == v for c, v in values)]
                if not fits:
                    return []
                exprs.append(fits[0])
            regrouped.setdefault(tuple(exprs), []).append(key)
            continue
        for axis, right_expr in enumerate(right):
            values = [(cfg, shapes[key][axis]) for cfg, shapes in evidence]
            if all(AXIS_EXPR[right_expr](c) == v for c, v in values):
                continue
            fits = [n for n, e in AXIS_EXPR.items() if all(e(c) == v for c, v in values)]
            if not fits:
                return []
            wrong.setdefault((axis, fits[0], right_expr), []).append(key)
            pinned[(axis, fits[0], right_expr)] = len(fits) == 1
    out = []
    said = {f"shapes.{key}": text for key, text, _ in _mistakes()}  # the catalogue's sentence
    for (axis, got, right_expr), keys in wrong.items():
        double = AXIS_KINDS.get((keys[0], axis, got)) if pinned[(axis, got, right_expr)] else None
        kinds = double or (AXIS_KIND.get((keys[0], axis, got), "shapes.wrong_axis"),)
        names = " and ".join(keys)
        for kind in kinds:
            text = f"{names}: axis {axis} is {got}; nn.LSTM's is {right_expr} (D = 2 if bidirectional else 1, H_out = proj_size or hidden_size)."  # noqa: E501
            text += f" {said[kind]}" if kind in said else ""
            out.append(Finding(kind, NAME, text, term=keys[0]))
    for exprs, keys in regrouped.items():
        out.append(_other_axis_count(exprs, keys))
    return out


def _other_axis_count(exprs: tuple, keys: list[str]) -> Finding:
    """An output (or outputs) with another number of axes than nn.LSTM's: its axes as the
    expressions measured, nn.LSTM's beside them, and what is merged, split or missing where
    the expressions show it."""
    right = RIGHT_AXES[keys[0]]
    names = " and ".join(keys)
    text = f"{names}: {len(exprs)} axes, ({', '.join(exprs)}); nn.LSTM's are {len(right)}, ({', '.join(right)}) (D = 2 if bidirectional else 1, H_out = proj_size or hidden_size)."  # noqa: E501
    if exprs[:2] == ("num_layers", "D") or exprs[:2] == ("D", "num_layers"):
        text += f" The layers and the directions are two axes where nn.LSTM has one of D·num_layers ({keys[0]}.view(num_layers, D, batch, ·) separates them; nn.LSTM returns them in one)."  # noqa: E501
    elif len(exprs) == 2 and keys[0] == "out" and exprs[-1] == right[-1]:
        text += " The time axis is missing: out holds h_t at every time step, seq_len of them (Keras's return_sequences=False returns the last step's alone; nn.LSTM has no such setting)."  # noqa: E501
    kind = "shapes.layers_forgotten" if "num_layers" in exprs else "shapes.wrong_axis"
    return Finding(kind, NAME, text, term=keys[0])


#: the settings a wrong axis may be wrong in alone: name -> (its opposite, test on a configuration)
SPLITS = {
    "batch_first=True": ("batch_first=False", lambda c: bool(c["batch_first"])),
    "bidirectional=True": ("bidirectional=False", lambda c: bool(c["bidirectional"])),
    "proj_size > 0": ("proj_size=0", lambda c: c["proj_size"] > 0),
    "num_layers > 1": ("num_layers=1", lambda c: c["num_layers"] > 1),
}


def axis_split(evidence, key: str, axis: int) -> str:
    """' That axis is right in every configuration with batch_first=False; it is wrong in 5 of
    the 7 with batch_first=True.': a setting outside of which ``key``'s axis is right in every
    configuration (two at least), and inside of which it is wrong in two at least (the others
    coincide by their sizes); the tightest such setting, '' if none."""
    rows = []
    for cfg, shapes in evidence:
        got, exp = shapes[key], torch_shapes(**cfg)[key]
        if len(got) != len(exp):
            return ""
        rows.append((cfg, got[axis] == exp[axis]))
    best = None
    for name, (_other, test) in SPLITS.items():
        inside = [ok for c, ok in rows if test(c)]
        outside = [ok for c, ok in rows if not test(c)]
        n_wrong = len(inside) - sum(inside)
        if len(outside) >= 2 and all(outside) and n_wrong >= 2:
            if best is None or len(inside) - n_wrong < best[0]:
                best = (len(inside) - n_wrong, name, n_wrong, len(inside))
    if best is None:
        return ""
    _right, name, n_wrong, n_in = best
    other = SPLITS[name][0]
    every = "every one" if n_wrong == n_in else f"{n_wrong} of the {n_in}"
    return f" That axis is right in every configuration with {other}; it is wrong in {every} with {name}."  # noqa: E501


def _same(a: dict, b: dict) -> bool:
    return all(a[k] == b[k] for k in KEYS)


def _diagnose(fn, got) -> list[tuple[str, str]]:
    evidence = _evidence(fn, got)
    matched = catalogue_matches(
        _mistakes(), evidence, lambda m, cfg: m[2](cfg), lambda cfg: torch_shapes(**cfg), _same
    )
    return [(key, text) for key, text, _ in matched]


def _both(first, second, cfg) -> dict:
    """Two catalogued mistakes made one after the other: each edits what the other left (a
    mistake that changes nothing in this configuration raises NotApplicable and is skipped)."""
    s = {k: list(v) for k, v in torch_shapes(**cfg).items()}
    for m in (first, second):
        try:
            m[2].edit(s, cfg)
        except NotApplicable:
            continue
    return {k: tuple(v) for k, v in s.items()}


def diagnose_pair(evidence) -> list[tuple[str, str]]:
    """Two catalogued mistakes at once that give every shape of ``evidence`` (either order),
    when one pair and no other does; else nothing (nothing is guessed)."""
    mistakes = _mistakes()
    pairs = [(a, b) for a in mistakes for b in mistakes if a[0] != b[0]]
    matched = catalogue_matches(
        pairs, evidence, lambda ab, cfg: _both(*ab, cfg), lambda cfg: torch_shapes(**cfg), _same
    )
    keys = {frozenset((a[0], b[0])) for a, b in matched}
    if len(keys) != 1:
        return []
    a, b = matched[0]
    return [(a[0], a[1]), (b[0], b[1])]
