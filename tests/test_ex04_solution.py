"""Exercise 4's solution, nn.LSTM from scratch in NumPy, against a real torch.nn.LSTM (float64):
every combination of layers, bias, batch_first, bidirectional and a given or default hx, and the
contract's interface (initialisation in the bound from the seed, state_dict copies with nn.LSTM's
keys, load_state_dict copies and refuses wrong keys). Independent of lstm_ref.checks."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
import torch

SOLUTION = Path(__file__).resolve().parents[1] / "solutions" / "ex04_torch" / "scratch_lstm.ipynb"


@pytest.fixture(scope="module")
def ScratchLSTM():
    ns: dict = {}
    for cell in json.loads(SOLUTION.read_text())["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if cell["cell_type"] == "code" and meta.get("grade_id") in ("imports", "scratch_lstm"):
            exec("".join(cell["source"]), ns)
    return ns["ScratchLSTM"]


CONFIGS = list(itertools.product([1, 2, 3], [True, False], [False, True], [False, True]))


@pytest.mark.parametrize(("layers", "bias", "batch_first", "bidirectional"), CONFIGS)
@pytest.mark.parametrize("given_hx", [False, True])
def test_matches_nn_lstm(ScratchLSTM, layers, bias, batch_first, bidirectional, given_hx):
    I, H, T, B = 3, 5, 6, 4
    torch.manual_seed(layers)
    kwargs = dict(num_layers=layers, bias=bias, batch_first=batch_first)
    reference = torch.nn.LSTM(I, H, bidirectional=bidirectional, **kwargs).double()
    mine = ScratchLSTM(
        input_size=I, hidden_size=H, bidirectional=bidirectional, seed=layers, **kwargs
    )
    state = {k: v.detach().numpy().copy() for k, v in reference.state_dict().items()}
    mine.load_state_dict(state)
    rng = np.random.default_rng(7)
    x = rng.normal(size=(B, T, I) if batch_first else (T, B, I))
    D = 2 if bidirectional else 1
    hx = tuple(rng.normal(size=(2, layers * D, B, H))) if given_hx else None
    out, (h_n, c_n) = mine(x, hx)
    with torch.no_grad():
        args = None if hx is None else tuple(torch.from_numpy(a) for a in hx)
        out_ref, (h_ref, c_ref) = reference(torch.from_numpy(x), args)
    assert all(isinstance(a, np.ndarray) for a in (out, h_n, c_n))
    for got, want in [(out, out_ref), (h_n, h_ref), (c_n, c_ref)]:
        assert got.shape == tuple(want.shape)
        np.testing.assert_allclose(got, want.numpy(), rtol=0, atol=1e-12)


@pytest.mark.parametrize(("layers", "bias", "batch_first", "bidirectional"), CONFIGS)
def test_initialisation_has_nn_lstms_keys_shapes_and_bound(
    ScratchLSTM, layers, bias, batch_first, bidirectional
):
    I, H = 3, 5
    kwargs = dict(num_layers=layers, bias=bias, batch_first=batch_first)
    mine = ScratchLSTM(I, H, bidirectional=bidirectional, seed=0, **kwargs).state_dict()
    real = torch.nn.LSTM(I, H, bidirectional=bidirectional, **kwargs).state_dict()
    assert {k: v.shape for k, v in mine.items()} == {k: tuple(v.shape) for k, v in real.items()}
    for name, value in mine.items():
        assert value.dtype == np.float64 and np.all(np.abs(value) <= 1 / np.sqrt(H)), name
        assert value.std() > 0.1 / np.sqrt(H), f"{name} is (nearly) constant"


def test_the_seed_decides_the_parameters(ScratchLSTM):
    a, b, c = (ScratchLSTM(2, 3, seed=s).state_dict() for s in (1, 1, 2))
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not all(np.array_equal(a[k], c[k]) for k in a)


def test_state_dicts_are_copies(ScratchLSTM):
    module = ScratchLSTM(2, 3, seed=0)
    given = module.state_dict()
    given["weight_ih_l0"][:] = 7.0
    assert not np.any(module.state_dict()["weight_ih_l0"] == 7.0)
    state = {k: np.zeros_like(v) for k, v in module.state_dict().items()}
    module.load_state_dict(state)
    state["weight_hh_l0"][:] = 1.0
    assert np.all(module.state_dict()["weight_hh_l0"] == 0.0)


def test_load_state_dict_names_a_missing_or_extra_key_and_a_wrong_shape(ScratchLSTM):
    module = ScratchLSTM(2, 3, seed=0)
    state = module.state_dict()
    with pytest.raises(KeyError, match="bias_hh_l0"):
        module.load_state_dict({k: v for k, v in state.items() if k != "bias_hh_l0"})
    with pytest.raises(KeyError, match="weight_hr_l0"):
        module.load_state_dict({**state, "weight_hr_l0": np.zeros((2, 3))})
    with pytest.raises(ValueError, match="weight_ih_l0"):
        module.load_state_dict({**state, "weight_ih_l0": np.zeros((12, 5))})
