"""check_lstm_output_shapes: right answers pass, typical confusions are named."""

import pytest

from lstm_ref.checks import CheckFailure, check_lstm_output_shapes
from tests.checks.helpers import named


def shapes(
    seq_len,
    batch,
    input_size,
    hidden_size,
    num_layers=1,
    bidirectional=False,
    batch_first=False,
    proj_size=0,
    *,
    bf=True,
    dirs=True,
    two_h=True,
    proj=True,
):
    D = 2 if bidirectional else 1
    H_out = proj_size if (proj and proj_size) else hidden_size
    out = (batch, seq_len) if (batch_first and bf) else (seq_len, batch)
    out = (*out, (D if two_h else 1) * H_out)
    stack = num_layers * (D if dirs else 1)
    return {"out": out, "h_n": (stack, batch, H_out), "c_n": (stack, batch, hidden_size)}


def test_right_shapes_pass(capsys):
    check_lstm_output_shapes(shapes, seed=1)
    assert capsys.readouterr().out.strip() == "lstm_output_shapes: all 11 cases match"


@pytest.mark.parametrize(
    ("flag", "key"),
    [
        ("bf", "batch_first_ignored"),
        ("dirs", "directions_forgotten"),
        ("two_h", "out_2h_forgotten"),
        ("proj", "proj_size_ignored"),
    ],
)
def test_typical_confusions_are_named(flag, key):
    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(lambda *a, **k: shapes(*a, **k, **{flag: False}), seed=1)
    assert named(info.value, key), str(info.value)


def test_torch_size_and_lists_count_as_tuples_but_strings_do_not():
    with pytest.raises(CheckFailure, match="should be a tuple of ints"):
        check_lstm_output_shapes(
            lambda *a, **k: {**shapes(*a, **k), "out": "T, B, H"}, cases="shapes"
        )


def test_lists_are_refused_where_tuples_are_asked():
    def lists(*a, **k):
        return {key: list(v) for key, v in shapes(*a, **k).items()}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(lists, seed=1)
    assert [f.id for f in info.value.findings] == ["shapes.not_tuples"]
    assert "return tuple(...)" in str(info.value)


def test_lists_do_not_hide_a_wrong_axis_beside_them():
    def lists_without_directions(seq_len, batch, input_size, hidden_size, num_layers=1,
                                 bidirectional=False, batch_first=False, proj_size=0):  # fmt: skip
        right = shapes(seq_len, batch, input_size, hidden_size, num_layers, bidirectional,
                       batch_first, proj_size, dirs=False)  # fmt: skip
        return {**right, "c_n": list(right["c_n"])}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(lists_without_directions, seed=1)
    assert named(info.value, "directions_forgotten"), str(info.value)
    assert "shapes.not_tuples" in [f.id for f in info.value.findings], str(info.value)
    assert "Also: result['c_n'] should be a tuple of ints" in str(info.value)


def test_nn_lstm_inside_the_function_is_refused_locally_as_at_grading():
    import torch

    def with_torch(seq_len, batch, input_size, hidden_size, **kw):
        lstm = torch.nn.LSTM(input_size, hidden_size)
        out, (h, c) = lstm(torch.zeros(seq_len, batch, input_size))
        return {"out": tuple(out.shape), "h_n": tuple(h.shape), "c_n": tuple(c.shape)}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(with_torch, seed=1)
    assert [f.id for f in info.value.findings] == ["forbidden_library"]
    assert "graded in NumPy only; torch is not available" in str(info.value)


def test_out_multiplied_by_num_layers_is_an_axis_expression():
    def times_layers(*a, **k):
        s = shapes(*a, **k)
        L = k.get("num_layers", 1)
        return {**s, "out": (*s["out"][:2], s["out"][2] * L)}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(times_layers, seed=1)
    assert "num_layers·D·H_out" in str(info.value)


def inverted_batch_first(seq_len, batch, input_size, hidden_size, num_layers=1,
                         bidirectional=False, batch_first=False, proj_size=0):  # fmt: skip
    """A student's `if batch_first` read the other way: (seq_len, batch) when it is True."""
    D = 2 if bidirectional else 1
    H_out = proj_size or hidden_size
    out = (seq_len, batch, D * H_out) if batch_first else (batch, seq_len, D * H_out)
    return {"out": out, "h_n": (D * num_layers, batch, H_out),
            "c_n": (D * num_layers, batch, hidden_size)}  # fmt: skip


def test_batch_first_read_the_other_way_round_is_named_as_such():
    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(inverted_batch_first, seed=1)
    assert [f.id for f in info.value.findings] == ["shapes.batch_first_inverted"], str(info.value)
    assert "the other way round" in str(info.value)


def states_batch_first_without_layers(seq_len, batch, input_size, hidden_size, num_layers=1,
                                      bidirectional=False, batch_first=False,
                                      proj_size=0):  # fmt: skip
    """Two mistakes on one axis pair: h_n/c_n's first axis forgets num_layers, and with
    batch_first=True the student puts batch first in the states too."""
    D = 2 if bidirectional else 1
    H_out = proj_size if proj_size > 0 else hidden_size
    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)
    h = (batch, D, H_out) if batch_first else (D, batch, H_out)
    c = (batch, D, hidden_size) if batch_first else (D, batch, hidden_size)
    return {"out": out, "h_n": h, "c_n": c}


def test_two_mistakes_no_single_axis_expression_describes_are_both_named():
    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(states_batch_first_without_layers, seed=1)
    ids = sorted(f.id for f in info.value.findings)
    assert ids == ["shapes.layers_forgotten", "shapes.states_batch_first"], str(info.value)


def test_shapes_no_pair_of_mistakes_gives_are_only_located():
    def scrambled(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                  batch_first=False, proj_size=0):  # fmt: skip
        right = shapes(seq_len, batch, input_size, hidden_size, num_layers, bidirectional,
                       batch_first, proj_size)  # fmt: skip
        return {**right, "h_n": (right["h_n"][2], right["h_n"][0] + 1, right["h_n"][1])}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(scrambled, seed=1)
    assert [f.id for f in info.value.findings] == ["located.value_mismatch"], str(info.value)


def states_batch_first_out_without_projection(seq_len, batch, input_size, hidden_size,
                                              num_layers=1, bidirectional=False,
                                              batch_first=False, proj_size=0):  # fmt: skip
    """Two slips: h_n/c_n made batch first; out's features ignore proj_size (h_n's do not)."""
    D = 2 if bidirectional else 1
    H_out = proj_size or hidden_size
    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * hidden_size)
    first = (batch, D * num_layers) if batch_first else (D * num_layers, batch)
    return {"out": out, "h_n": (*first, H_out), "c_n": (*first, hidden_size)}


def test_proj_size_ignored_in_out_only_is_named_beside_a_second_mistake():
    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(states_batch_first_out_without_projection, seed=1)
    ids = sorted(f.id for f in info.value.findings)
    assert ids == ["shapes.proj_size_ignored_in_out", "shapes.states_batch_first"], str(info.value)


def test_directions_left_out_only_with_a_projection_is_an_axis_expression():
    def shapes_proj_without_d(seq_len, batch, input_size, hidden_size, num_layers=1,
                              bidirectional=False, batch_first=False, proj_size=0):  # fmt: skip
        D = 2 if bidirectional else 1
        feat = proj_size if proj_size else D * hidden_size  # the projection "replaces" D·H
        out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)
        h = (num_layers * D, batch, proj_size or hidden_size)
        return {"out": out, "h_n": h, "c_n": (num_layers * D, batch, hidden_size)}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(shapes_proj_without_d, seed=1)
    assert "out: axis 2 is proj_size or D·hidden_size" in str(info.value), str(info.value)


def test_a_wrong_axis_only_with_one_setting_is_said_with_that_setting():
    def shapes_bf_branch(seq_len, batch, input_size, hidden_size, num_layers=1,
                         bidirectional=False, batch_first=False, proj_size=0):  # fmt: skip
        D = 2 if bidirectional else 1
        H_out = proj_size or hidden_size
        if batch_first:  # x's shape copied for out, (B, T, I)
            out = (batch, seq_len, input_size)
        else:
            out = (seq_len, batch, D * H_out)
        return {
            "out": out,
            "h_n": (num_layers * D, batch, H_out),
            "c_n": (num_layers * D, batch, hidden_size),
        }

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(shapes_bf_branch, seed=1)
    text = str(info.value)
    assert "right in every configuration with batch_first=False; it is wrong in" in text, text
    assert "with batch_first=True." in text, text


def test_one_key_of_its_own_is_judged_under_the_missing_name_and_the_axes_still_named():
    def keras_names(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,
                    batch_first=False, proj_size=0):  # fmt: skip
        right = shapes(seq_len, batch, input_size, hidden_size, num_layers, bidirectional,
                       batch_first, proj_size, dirs=False)  # fmt: skip
        return {"output": right["out"], "h_n": right["h_n"], "c_n": right["c_n"]}

    with pytest.raises(CheckFailure) as info:
        check_lstm_output_shapes(keras_names, seed=1)
    assert named(info.value, "directions_forgotten"), str(info.value)
    assert "it has the key 'output' where 'out' belongs" in str(info.value)
