"""check_scratch_lstm: ex04's NumPy ScratchLSTM through the module adapter (contract decision 2):
initialisation, nn.LSTM's weights loaded as arrays, decomposition by setting, the NumPy-only rule.
"""

import numpy as np
import pytest

from lstm_ref.checks import CheckFailure, check_scratch_lstm
from lstm_ref.checks.check_scratch import expected_keys, fixed_cases, reference
from tests.checks import students_scratch as S


def _ids(exc):
    return [f.id for f in exc.findings]


def test_a_right_numpy_scratch_lstm_passes(capsys):
    check_scratch_lstm(S.ScratchLSTM, seed=3)
    assert "ScratchLSTM: all 14 cases match" in capsys.readouterr().out


def test_the_reference_is_torchs_nn_lstm():
    torch = pytest.importorskip("torch")
    case = fixed_cases()[4]  # two layers, bidirectional, hx given
    init, sd, x, hx = case.args
    lstm = torch.nn.LSTM(**init).double()
    lstm.load_state_dict({k: torch.from_numpy(v) for k, v in sd.items()})
    with torch.no_grad():
        out, (h, c) = lstm(torch.from_numpy(x), tuple(torch.from_numpy(a) for a in hx))
    ours, (h2, c2) = reference(init, sd, x, hx)
    assert np.allclose(out.numpy(), ours) and np.allclose(h.numpy(), h2)
    assert set(sd) == set(lstm.state_dict()) == set(expected_keys(init))


def test_ignoring_hx_is_named_and_not_blamed_on_the_gates():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.IgnoresHx, seed=3)
    assert "scratch.hx_ignored" in _ids(info.value)
    assert not any(i.startswith(("gate.", "sigmoid.")) for i in _ids(info.value))
    assert "every case with hx given is wrong" in str(info.value)


def test_ignoring_batch_first_says_the_layout_that_runs():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.IgnoresBatchFirst, seed=3)
    text = str(info.value)
    assert info.value.stage == "exception" and "batch_first=True" in text
    assert (
        "The same call with batch_first=False (x as (T, B, I)) runs and gives the right values"
        in text
    )  # noqa: E501
    assert _ids(info.value) == ["seq.batch_first_ignored"]


def test_a_wrong_reverse_direction_is_located_by_the_one_direction_cases():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.ReverseNotFlipped, seed=3)  # runs on the forward weights
    assert "every one-direction case is right" in str(info.value).lower()
    assert _ids(info.value) == ["bi.reverse_uses_forward_weights", "located.part"]
    assert "weight_ih_l{k}_reverse" in str(info.value)


@pytest.mark.parametrize(
    ("cls", "words"),
    [(S.ConstantInit, "every value of"), (S.NormalInit, "not uniform in")],
)
def test_the_initialisation_is_checked(cls, words):
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(cls, seed=3)
    assert info.value.stage == "init" and words in str(info.value)
    assert set(_ids(info.value)) == {"scratch.init_distribution"}


def test_a_seed_that_is_not_used_is_named():
    # NormalInit draws with default_rng(0) whatever the seed: seed=0 and seed=1 give the same
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.NormalInit, seed=3)
    assert "the seed argument is not used" in str(info.value)


def test_missing_keys_and_a_wrong_forward_are_both_named():
    # the structure of state_dict() no longer stops the check: the cases still run (they load
    # nn.LSTM's state_dict), so a second mistake in the forward pass is named beside it
    class NoBiasKeysAndForgetTanh(S.ScratchLSTM):
        def state_dict(self):
            return {k: v for k, v in super().state_dict().items() if "bias" not in k}

        def step(self, x, h, c, layer, sfx):
            p = self.params
            a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ p[f"weight_hh_l{layer}{sfx}"].T
            if self.bias:
                a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]
            i, f, g, o = np.split(a, 4, axis=-1)
            c = np.tanh(f) * c + S._sigmoid(i) * np.tanh(g)
            return S._sigmoid(o) * np.tanh(c), c

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(NoBiasKeysAndForgetTanh, seed=3)
    assert "missing: bias_ih_l0, bias_hh_l0" in str(info.value)
    assert {"scratch.state_dict_keys", "gate.wrong_activation"} <= set(_ids(info.value))


def test_missing_keys_in_the_state_dict_are_named():
    class NoBias(S.ScratchLSTM):
        def state_dict(self):
            return {k: v for k, v in super().state_dict().items() if "bias" not in k}

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(NoBias, seed=3)
    assert "missing: bias_ih_l0, bias_hh_l0" in str(info.value)


@pytest.mark.parametrize(("cls", "library"), [(S.UsesTorch, "torch"), (S.UsesLstmRef, "lstm_ref")])
def test_torch_and_lstm_ref_are_refused_with_the_contracts_sentence(cls, library):
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(cls, seed=3)
    assert _ids(info.value) == ["forbidden_library"]
    assert (
        f"this exercise is graded in NumPy only; {library} is not available when it is graded"
        in str(info.value)
    )


def test_load_state_dict_that_changes_the_given_arrays_is_reported():
    class ScalesInPlace(S.ScratchLSTM):
        def load_state_dict(self, state):
            for v in state.values():
                v *= 1.0
                v[...] = v  # harmless
            state[next(iter(state))][0] += 1  # changes the caller's array
            super().load_state_dict(state)

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(ScalesInPlace, seed=3)
    # the module then runs on changed weights: the wrong values and the change are both said
    assert "args.changed_in_place" in _ids(info.value) and "state_dict" in str(info.value)


def test_two_module_level_mistakes_at_once_are_both_named():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.RowsDirectionMajorAndReverseInReadingOrder, seed=3)
    assert {"scratch.state_layout", "bi.reverse_not_flipped_back"} <= set(_ids(info.value))
    assert not {"gate.term_missing", "gate.wrong_activation"} & set(_ids(info.value))


def test_the_seed_gives_the_same_parameters():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.IgnoresSeed, seed=3)
    assert info.value.stage == "init" and "default_rng(seed)" in str(info.value)


def test_state_dict_that_returns_the_modules_own_arrays_is_reported():
    class ReturnsItsOwnDict(S.ScratchLSTM):  # the shortcut students take: no copies
        def state_dict(self):
            return self.params

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(ReturnsItsOwnDict, seed=3)
    assert "scratch.state_dict_reference" in _ids(info.value)
    assert "not copies" in str(info.value) and "hint('ScratchLSTM', 2)" in str(info.value)


def test_state_dict_that_copies_each_array_by_hand_passes(capsys):
    class CopiesByHand(S.ScratchLSTM):
        def state_dict(self):
            out = {}
            for name in self.params:
                out[name] = np.array(self.params[name], dtype=np.float64, copy=True)
            return out

    check_scratch_lstm(CopiesByHand, seed=3)
    assert "all 14 cases match" in capsys.readouterr().out


def test_gate_blocks_split_in_cs231ns_order_are_named_as_exchanged_gates():
    class SplitsIFOG(S.ScratchLSTM):  # np.split(a, 4) read as i, f, o, g: the weights' g and o swap
        def state_dict(self):
            return {k: _swap_g_o(v) for k, v in super().state_dict().items()}

        def load_state_dict(self, state):
            super().load_state_dict({k: _swap_g_o(np.asarray(v)) for k, v in state.items()})

    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(SplitsIFOG, cases="fixed", seed=3)
    assert _ids(info.value) == ["gates.exchanged"], str(info.value)
    assert "cell candidate g and the output gate are exchanged" in str(info.value)


def _swap_g_o(a):
    i, f, g, o = np.split(a, 4, axis=0)
    return np.concatenate([i, f, o, g], axis=0)


def test_a_recurrent_weight_reshaped_where_a_transpose_belongs_is_named():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.StoresRecurrentWeightsReshaped, seed=3)
    assert [f.id for f in info.value.findings] == ["gate.weights_untransposed"], str(info.value)
    assert "weight_hh_l{k} is reshaped to (H, 4H)" in str(info.value)


def test_parameters_drawn_by_a_fresh_generator_each_are_said_to_repeat():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.FreshGeneratorPerParameter, seed=3)
    assert "hold exactly the same values" in str(info.value), str(info.value)


def test_both_weights_kept_in_kerass_layout_by_a_reshape_are_named_together():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.KerasLayoutWeights, seed=3)
    text = str(info.value)
    assert "weight_ih_l{k} and weight_hh_l{k} are reshaped" in text, text


def test_biases_set_by_hand_are_not_said_to_come_from_a_fresh_generator():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.KerasForgetBias, seed=3)
    text = str(info.value)
    assert "hold exactly the same values" in text, text
    assert "fresh generator" not in text, text


def test_an_output_buffer_kept_on_the_module_between_calls_is_measured():
    # every case builds a new module, so only one module called twice can show it
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.OutputBufferKept, seed=3)
    text = str(info.value)
    assert "result.reused_buffer" in _ids(info.value), text
    assert "the out the first call returned changed during the second call" in text, text


def test_layers_numbered_from_one_in_the_keys_are_said_once_and_not_as_wrong_widths():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.KeysFromOne, seed=3)
    text = str(info.value)
    assert "numbers its layers from 1: weight_ih_l1 stands where nn.LSTM's weight_ih_l0" in text
    assert "Its width" not in text and "twice gives different values" not in text, text
    assert "raised KeyError" not in text, text  # loaded under its own names: the values match


class KeysFromOneIgnoresHx(S.KeysFromOne, S.IgnoresHx):
    pass


def test_a_value_mistake_beside_layers_numbered_from_one_is_named_too():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(KeysFromOneIgnoresHx, seed=3)
    text = str(info.value)
    assert "numbers its layers from 1" in text and "scratch.hx_ignored" in _ids(info.value), text


def test_a_crash_on_bias_false_alone_is_shown_by_the_same_call_with_zero_biases():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.ReadsBiasesAlways, seed=3)
    text = str(info.value)
    assert "The same call with bias=True and zero biases runs and gives the right values" in text
    assert "scratch.bias_false_ignored" in _ids(info.value), text


def test_parameters_shared_by_all_instances_are_measured_with_a_second_module():
    with pytest.raises(CheckFailure) as info:
        check_scratch_lstm(S.ParamsInTheClassBody, seed=3)
    text = str(info.value)
    assert "constructing a second ScratchLSTM changed the first one's state_dict()" in text, text
