"""lstm_ref/checks/probes.py (and sigmoid's probe in model_sigmoid.py): the targeted inputs the
checks ask students' functions.

Every spec's probes are deterministic (two calls give equal arrays), have the shapes the graded
function's arguments need, and the right answer on them is finite; each probe builder keeps the
promise its docstring makes (one weight block non-zero, one non-zero step, T ≠ B, ...)."""

import numpy as np
import pytest

from lstm_ref.checks import probes as P
from lstm_ref.checks.core import unpack
from lstm_ref.checks.model_cell import PARAMS
from lstm_ref.checks.registry import entries

NAMES = [n for n, e in entries().items() if e.spec is not None and e.spec().probes()]

W = (("4H", "I"), ("4H", "H"), ("4H",), ("4H",))
#: each argument's shape in the book's symbols ("4H": four times H); a tuple of shapes is a
#: tuple argument (bilstm's fwd, bwd)
ARG_SYMBOLS = {
    "lstm_gates": (("B", "I"), ("B", "H"), *W),
    "lstm_cell": (("B", "I"), ("B", "H"), ("B", "H"), *W),
    "lstm_layer": (("T", "B", "I"), ("B", "H"), ("B", "H"), *W),
    "bilstm_layer": (("T", "B", "I"), ("2", "B", "H"), ("2", "B", "H"), W, W),
    "lstm_layer_lengths": (("T", "B", "I"), ("B",), ("B", "H"), ("B", "H"), *W),
    "bilstm_layer_lengths": (("T", "B", "I"), ("B",), ("2", "B", "H"), ("2", "B", "H"), W, W),
    "lstm_cell_backward": (("B", "H"), ("B", "H"), ("B", "I"), ("B", "H"), ("B", "H"), *W),
    "lstm_layer_backward": (("T", "B", "H"), ("T", "B", "I"), ("B", "H"), ("B", "H"), *W),
}


def _bind(sizes: dict, array, symbols: tuple, where: str) -> None:
    """Check ``array``'s shape against ``symbols``, binding each symbol's size on first sight."""
    shape = np.shape(array)
    assert len(shape) == len(symbols), f"{where}: shape {shape}, expected ({', '.join(symbols)})"
    for sym, n in zip(symbols, shape, strict=True):
        if sym.isdigit():
            assert n == int(sym), f"{where}: axis {sym} has size {n}"
            continue
        factor, name = (4, sym[1:]) if sym.startswith("4") else (1, sym)
        assert n % factor == 0, f"{where}: {sym} axis has size {n}, not a multiple of {factor}"
        got = sizes.setdefault(name, n // factor)
        assert got == n // factor, f"{where}: {name} is {got} elsewhere, {n // factor} here"


def _leaves(obj):
    if isinstance(obj, (tuple, list)):
        for o in obj:
            yield from _leaves(o)
    elif isinstance(obj, dict):
        for o in obj.values():
            yield from _leaves(o)
    else:
        yield obj


@pytest.mark.parametrize("name", NAMES)
def test_every_specs_probes_are_the_same_on_every_call(name):
    spec = entries()[name].spec()
    first, second = spec.probes(), spec.probes()
    assert len(first) == len(second) > 0, name
    for a, b in zip(first, second, strict=True):
        assert a.kwargs.keys() == b.kwargs.keys(), f"{name} probe {a.number}: keyword arguments"
        for u, v in zip(_leaves((a.args, a.kwargs)), _leaves((b.args, b.kwargs)), strict=True):
            if isinstance(u, np.ndarray):
                np.testing.assert_array_equal(u, v, err_msg=f"{name} probe {a.number}")
            else:
                assert u == v, f"{name} probe {a.number}: {u!r} then {v!r}"


@pytest.mark.parametrize("name", sorted(ARG_SYMBOLS))
def test_every_probe_has_the_shapes_the_functions_arguments_need(name):
    spec = entries()[name].spec()
    for case in spec.probes():
        where = f"{name} probe {case.number}"
        assert len(case.args) == len(ARG_SYMBOLS[name]), f"{where}: {len(case.args)} arguments"
        x = case.args[1] if name == "lstm_layer_backward" else case.args[0]
        sizes = {}
        if case.kwargs.get("batch_first"):  # x is (B, T, I): bind it as such
            _bind(sizes, x, ("B", "T", "I"), f"{where} x")
        for k, (arg, symbols) in enumerate(zip(case.args, ARG_SYMBOLS[name], strict=True)):
            if arg is x and case.kwargs.get("batch_first"):
                continue
            if isinstance(symbols[0], tuple):  # fwd, bwd: four arrays each
                assert len(arg) == 4, f"{where} argument {k}: {len(arg)} items"
                for a, s in zip(arg, symbols, strict=True):
                    _bind(sizes, a, s, f"{where} argument {k}")
            else:
                _bind(sizes, arg, symbols, f"{where} argument {k}")
        for key in ("dh_n", "dc_n"):
            if case.kwargs.get(key) is not None:
                _bind(sizes, case.kwargs[key], ("B", "H"), f"{where} {key}")
        if "lengths" in spec.arg_names:
            lengths = case.args[1]
            assert lengths.dtype.kind == "i", f"{where}: lengths are {lengths.dtype}"
            assert np.all((lengths >= 1) & (lengths <= sizes["T"])), f"{where}: {lengths}"
        arrays = list(_leaves(case.args))
        if "lengths" in spec.arg_names:  # the integer lengths are the one array not of floats
            arrays = [a for a in arrays if a is not case.args[1]]
        assert all(a.dtype == np.float64 for a in arrays), f"{where}: not every array is float64"


def test_sigmoids_probe_is_a_float64_vector_reaching_overflow():
    (case,) = entries()["sigmoid"].spec().probes()
    (z,) = case.args
    assert z.dtype == np.float64 and z.ndim == 1, (z.dtype, z.shape)
    assert z.min() <= -700 and z.max() >= 700, "the probe does not reach exp's overflow"


@pytest.mark.parametrize("name", NAMES)
def test_the_right_answer_on_every_probe_is_finite(name):
    spec = entries()[name].spec()
    for case in spec.probes():
        with np.errstate(all="raise"):  # no overflow on the way either
            flat = unpack(spec.reference(*case.args, **case.kwargs), spec.structure)
        for key, value in flat.items():
            value = np.asarray(value, dtype=np.float64)
            assert np.all(np.isfinite(value)), f"{name} probe {case.number}: {key} not finite"


# --- each builder's own promises ---------------------------------------------------------------
def _nonzero_blocks(W_ih, W_hh, b_ih, b_hh):
    H = W_hh.shape[1]
    params = dict(zip(PARAMS, (W_ih, W_hh, b_ih, b_hh), strict=True))
    return [(p, j) for p in PARAMS for j in range(4) if np.any(params[p][j * H : (j + 1) * H])]


def test_cell_probes_without_a_base_bias_have_one_gate_block_of_one_parameter_non_zero():
    probes = P.cell_probes(with_c=True)
    # one block per parameter and gate, with and without a base bias; then one of large
    # pre-activations
    assert len(probes) == 2 * len(PARAMS) * 4 + 1, len(probes)
    seen = []
    for case in probes[:16]:  # the first half: no base bias
        x, h, c, *W = case.args
        blocks = _nonzero_blocks(*W)
        assert len(blocks) == 1, f"probe {case.number}: non-zero blocks {blocks}"
        seen += blocks
    assert sorted(seen) == sorted((p, j) for p in PARAMS for j in range(4)), "not every block once"


def test_cell_probes_with_a_base_bias_add_the_other_bias_whole_and_keep_I_equal_to_H():
    for case in P.cell_probes(with_c=False):
        x, h, *W = case.args
        assert x.shape[1] == h.shape[1], f"probe {case.number}: I ≠ H, untransposed blocks fail"
    probes = P.cell_probes(with_c=True)[16:32]  # the second half, in the order PARAMS x gates
    for case, (param, j) in zip(probes, [(p, j) for p in PARAMS for j in range(4)], strict=True):
        other = "b_hh" if param == "b_ih" else "b_ih"
        want = {(param, j)} | {(other, k) for k in range(4)}
        got = set(_nonzero_blocks(*case.args[3:]))
        assert got == want, f"probe {case.number}: non-zero blocks {sorted(got)}"


def test_layer_probes_start_with_the_one_step_cell_probes_then_sequences_with_one_step_set():
    probes = P.layer_probes()
    one_step = [c for c in probes if c.args[0].shape[0] == 1 and not c.kwargs["batch_first"]]
    assert len(one_step) == len(P.cell_probes(with_c=True)), len(one_step)
    seqs = probes[len(one_step) :]
    for case in seqs:
        x = case.args[0]
        if case.kwargs["batch_first"]:
            B, T = x.shape[:2]
            assert T != B, f"probe {case.number}: T = B, a reshape equals a transpose"
            x = x.transpose(1, 0, 2)
        steps = [t for t in range(x.shape[0]) if np.any(x[t])]
        if case.number < 104:
            assert steps == [case.number - 100], f"probe {case.number}: non-zero steps {steps}"


def test_lengths_probes_pad_some_sequence_and_zero_the_padding_in_every_other_probe():
    for bidirectional in (False, True):
        for case in P.lengths_probes(bidirectional):
            x, lengths, h0, c0 = case.args[:4]
            assert h0.shape[0] == (2 if bidirectional else lengths.shape[0]), h0.shape
            assert lengths.min() < x.shape[0], f"probe {case.number}: no sequence is padded"
            if case.number % 2:
                for b, L in enumerate(lengths):
                    assert not np.any(x[L:, b]), f"probe {case.number}: padding not zero"


def test_cell_backward_probes_cover_dh_only_dc_only_both_and_a_zero_state():
    kinds = set()
    for case in P.cell_backward_probes():
        dh, dc, x, h, c = case.args[:5]
        kinds.add((bool(np.any(dh)), bool(np.any(dc)), bool(np.any(h) or np.any(c))))
    for want in [(True, False), (False, True), (True, True)]:
        assert any(k[:2] == want for k in kinds), f"no probe with (dh, dc) non-zero = {want}"
    assert any(not k[2] for k in kinds) and any(k[2] for k in kinds), "zero and non-zero state"


def test_layer_backward_probes_have_one_step_ones_then_single_step_douts_then_final_grads_alone():
    probes = P.layer_backward_probes()
    one_step = [c for c in probes if c.args[1].shape[0] == 1]
    assert len(one_step) == len(P.cell_backward_probes()), len(one_step)
    for case in probes[len(one_step) :]:
        dout = case.args[0]
        steps = [t for t in range(dout.shape[0]) if np.any(dout[t])]
        n = case.number - 10
        assert steps == ([n] if n < 3 else []), f"probe {case.number}: dout at steps {steps}"
        if n >= 3:
            assert np.any(case.kwargs["dh_n"]), f"probe {case.number}: dh_n is zero"
