"""params helpers: keys and round trips through real torch modules."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lstm_ref import init_params, param_keys, params_from_torch, params_to_torch


@pytest.mark.parametrize(
    "kw",
    [
        dict(num_layers=1),
        dict(num_layers=2, bidirectional=True),
        dict(num_layers=3, bias=False, proj_size=2),
        dict(num_layers=2, bidirectional=True, proj_size=3, bias=False),
    ],
)
def test_init_params_has_torch_state_dict_keys_shapes_and_order(kw):
    m = torch.nn.LSTM(5, 4, **kw).double()
    p = init_params(5, 4, rng=0, **kw)
    sd = m.state_dict()
    assert list(p) == list(sd), f"keys {list(p)}; torch's state_dict has {list(sd)}"
    assert param_keys(**kw) == list(sd)
    for k, t in sd.items():
        assert p[k].shape == tuple(t.shape), f"{k}: {p[k].shape}, torch {tuple(t.shape)}"
        assert p[k].dtype == np.float64


def test_init_params_is_uniform_within_one_over_sqrt_h_and_seeded():
    p = init_params(30, 16, num_layers=2, rng=np.random.default_rng(4))
    allv = np.concatenate([a.ravel() for a in p.values()])
    assert np.abs(allv).max() <= 0.25 and np.abs(allv).max() > 0.24, (
        "expected U(-1/4, 1/4) for H=16"
    )
    assert abs(allv.mean()) < 0.01
    q = init_params(30, 16, num_layers=2, rng=np.random.default_rng(4))
    assert all(np.array_equal(p[k], q[k]) for k in p), "same rng seed must give the same params"


def test_params_round_trip_through_lstm_and_lstmcell():
    m = torch.nn.LSTM(3, 4, 2, bidirectional=True, proj_size=2)  # float32 module
    p = init_params(3, 4, 2, bidirectional=True, proj_size=2, rng=1)
    params_to_torch(p, m)
    back = params_from_torch(m)
    for k in p:
        assert back[k].dtype == np.float64
        assert np.max(np.abs(back[k] - p[k])) < 1e-7, f"{k} did not survive the round trip"
    cell = torch.nn.LSTMCell(3, 2).double()
    pc = params_from_torch(cell)
    assert list(pc) == ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]
    pc["weight_ih"] = pc["weight_ih"] + 1.0
    params_to_torch(pc, cell)
    assert np.array_equal(cell.weight_ih.detach().numpy(), pc["weight_ih"])


def test_params_to_torch_names_missing_keys():
    m = torch.nn.LSTM(3, 4)
    p = init_params(3, 4, rng=0)
    del p["bias_hh_l0"]
    with pytest.raises(KeyError, match="missing \\['bias_hh_l0'\\]"):
        params_to_torch(p, m)
