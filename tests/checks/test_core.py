"""lstm_ref/checks/core.py: what the engine says about a wrong output is shown by its values."""

import numpy as np
import pytest

from lstm_ref.checks import (
    CheckFailure,
    check_lstm_cell,
    check_lstm_layer,
    fixed_case,
    fresh_values,
)
from lstm_ref.checks.core import Case, args_shapes, list_where_tuple
from tests.checks.students_cell import cell_vectorized, stable_sig


def test_args_shapes_and_lists_where_tuples_belong():
    case = Case("fixed", 1, (np.zeros((3, 2)), None), {"batch_first": True})
    assert args_shapes(("x", "h0"), case) == "x (3, 2), h0=None, batch_first=True"
    assert list_where_tuple([1, 2], ("a", "b")) == "as the whole result"
    assert list_where_tuple((1, [2, 3]), ("out", ("h", "c"))) == "as item 1"
    assert list_where_tuple((1, (2, 3)), ("out", ("h", "c"))) == ""


def _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    if batch_first:
        x = x.transpose(1, 0, 2)
    H = W_hh.shape[1]
    h0 = np.zeros((x.shape[1], H)) if h0 is None else h0
    c0 = np.zeros((x.shape[1], H)) if c0 is None else c0
    h, c, outs = h0, c0, []
    for x_t in x:
        h, c = cell_vectorized(x_t, h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    out = np.stack(outs)
    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)


def test_fresh_values_keep_the_configuration_and_never_point_at_fixed_case(capsys):
    def stops_early(x, h0, c0, *W, batch_first=False):
        out, hc = _layer(x, h0, c0, *W, batch_first=batch_first)
        return out * 1.0001, hc

    check_lstm_layer(_layer, cases="fixed")  # the right layer passes on fresh values too
    with fresh_values(1234):
        check_lstm_layer(_layer, cases="fixed")
        with pytest.raises(CheckFailure) as info:
            check_lstm_layer(stops_early, cases="fixed")
    text = str(info.value)
    assert "fixed case 1's configuration with fresh values" in text
    assert "fixed_case(" not in text
    with pytest.raises(CheckFailure) as plain:
        check_lstm_layer(stops_early, cases="fixed")
    assert "fixed_case(" in str(plain.value)
    assert fixed_case("lstm_layer", 1)["x"].shape == (3, 2, 3)


def test_a_crash_says_the_shapes_and_which_layout_runs():
    def ignores_batch_first(x, h0, c0, *W, batch_first=False):
        return _layer(x, h0, c0, *W)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(ignores_batch_first, seed=3)
    text = str(info.value)
    assert info.value.stage == "exception" and "batch_first=True" in text
    assert "The arguments there: x (2, 3, 2)" in text
    assert (
        "The same call with batch_first=False (x as (T, B, I)) runs and gives the right values"
        in text
    )  # noqa: E501


def test_the_sandboxs_import_refusal_coming_back_is_the_forbidden_library_finding():
    from lstm_ref.checks import check_lstm_cell
    from lstm_ref.checks.findings import numpy_only_sentence

    def through_the_proxy(*args):  # what the grader's proxy re-raises from the sandbox
        raise ModuleNotFoundError(f"No module named 'lstm_ref': {numpy_only_sentence('lstm_ref')}")

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(through_the_proxy, cases="fixed")
    assert [f.id for f in info.value.findings] == ["forbidden_library"]
    assert numpy_only_sentence("lstm_ref") in str(info.value)


def test_a_list_where_a_tuple_belongs_is_named_beside_a_value_mistake():
    from lstm_ref.checks import check_lstm_cell

    def list_and_swapped(*args):
        h, c = cell_vectorized(*args)
        return [c, h]

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(list_and_swapped, seed=1)
    ids = [f.id for f in info.value.findings]
    assert "cell.outputs_swapped" in ids and "result.kind" in ids
    assert "a tuple, not a list" in str(info.value)


def test_an_output_transform_is_peeled_off_and_the_other_mistake_named():
    """out stored in reversed time order, and h_n/c_n taken after the first step: two mistakes,
    the first shown by the values, the second by the model once the first is undone."""

    def reversed_and_first_state(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
        out, _ = _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first)
        t_axis = 1 if batch_first else 0
        first = _layer(np.take(x, [0], axis=t_axis), h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first)
        return np.flip(out, axis=t_axis), first[1]

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(reversed_and_first_state, seed=2)
    ids = [f.id for f in info.value.findings]
    assert "result.reversed_order" in ids and "seq.h_n_wrong_step" in ids, str(info.value)


def test_results_within_float32s_precision_only_are_said_as_such():
    from lstm_ref.checks.core import float32_agreement

    exact = np.linspace(-1.0, 1.0, 7)
    rows = [("case", {"y": exact + 3e-8})]
    assert float32_agreement(rows, lambda c: {"y": exact}) is not None
    assert float32_agreement([("case", {"y": exact})], lambda c: {"y": exact}) is None  # exact
    assert float32_agreement([("case", {"y": exact + 1e-3})], lambda c: {"y": exact}) is None


def test_a_setting_shared_by_chance_is_not_said_to_make_a_case_raise():
    from types import SimpleNamespace

    from lstm_ref.checks.core import shared_setting

    def case(T, note=""):
        return SimpleNamespace(sizes={"T": T, "B": 2}, kwargs={}, note=note, args=())

    # the raising cases are the None ones; one of them has T=2, which no running case has
    raising = [case(3, "h0 = c0 = None"), case(2, "c0 = None, h0 given")]
    running = [case(3), case(4), case(5)]
    assert "T=2" not in shared_setting(raising, running)
    assert shared_setting([case(1), case(1)], [case(3), case(4)]) == "T=1"


def test_a_flag_is_said_before_a_size_that_the_raising_cases_share_by_chance():
    from types import SimpleNamespace

    from lstm_ref.checks.core import shared_setting

    def case(B, bi):
        note = f"num_layers=1, bidirectional={bi}"
        return SimpleNamespace(sizes={"T": 3, "B": B}, kwargs={}, note=note, args=())

    raising = [case(3, True), case(3, True)]  # the two bidirectional cases happen to have B=3
    running = [case(2, False), case(4, False), case(5, False)]
    assert shared_setting(raising, running) == "bidirectional=True"


def test_arguments_that_are_none_together_are_all_said_when_the_cases_cannot_tell_them_apart():
    from types import SimpleNamespace

    from lstm_ref.checks.core import shared_setting

    def case(none):
        kwargs = {"dh_n": None, "dc_n": None} if none else {}
        return SimpleNamespace(sizes={"T": 3}, kwargs=kwargs, note="", args=())

    said = shared_setting([case(True), case(True)], [case(False), case(False)])
    assert said == "dc_n=None and dh_n=None", said


def test_a_first_difference_is_shown_with_the_digits_that_tell_got_from_expected():
    from lstm_ref.checks.compare import first_difference
    from lstm_ref.checks.core import difference_text

    exp = np.array([-0.0047866312345])
    got = exp.astype(np.float32).astype(np.float64)  # equal to 6 significant digits
    text = difference_text(first_difference(got, exp), ("B",), np.float64, show_expected=True)
    shown = text.split("got ")[1].split(".\n")[0]
    got_text, exp_text = shown.split(", expected ")
    assert got_text != exp_text, text


def test_an_output_right_here_but_wrong_in_another_case_is_not_said_to_be_right():
    from types import SimpleNamespace

    from lstm_ref.checks.core import Runner

    a, b = np.ones((2, 2)), np.zeros((2, 2))
    c1, c2 = "case 1", "case 2"  # the runner only hands cases to expected()
    exp = {c1: {"out": a, "c_n": a}, c2: {"out": a, "c_n": a}}
    results = [(c1, {"out": a, "c_n": b}), (c2, {"out": b, "c_n": b})]
    spec = SimpleNamespace(
        name="f", locate=None, symbols=lambda c: {"out": ("B", "H"), "c_n": ("B", "H")}
    )
    runner = Runner.__new__(Runner)
    runner.spec, runner.expected = spec, lambda c: exp[c]
    [found] = runner.localise(results, c1, "c_n")
    assert "Only c_n is wrong" not in found.text, found.text
    assert "Wrong: c_n; in other cases also out." in found.text, found.text


def test_a_cases_note_is_split_at_its_commas_outside_brackets():
    from lstm_ref.checks.core import note_parts

    assert note_parts("lengths [3, 2], all < T") == ["lengths [3, 2]", "all < T"]
    assert note_parts("T=1") == ["T=1"] and note_parts("") == []


def test_numpy_numbers_are_written_as_the_sizes_they_are_in_every_raising_case():
    from lstm_ref.checks.core import sizes_in_error

    texts = [
        (
            "could not broadcast input array from shape (2,2) into shape (2,3)",
            {"B": 2, "I": 3, "H": 2},
        ),
        (
            "could not broadcast input array from shape (3,4) into shape (3,2)",
            {"B": 3, "I": 2, "H": 4},
        ),
    ]
    legend = "(B = batch size, I = input size (x's features), H = hidden size)"
    said = "could not broadcast input array from shape (B,H) into shape (B,I)"
    assert sizes_in_error(texts) == f"{said} {legend}"
    # one case alone cannot tell B = 2 from H = 2: nothing is said
    assert sizes_in_error(texts[:1]) == ""
    # a number that is no size in every case stays a number
    texts[1] = (
        "could not broadcast input array from shape (3,5) into shape (3,2)",
        {"B": 3, "I": 2, "H": 4},
    )
    said = "could not broadcast input array from shape (B,2) into shape (B,I)"
    assert sizes_in_error(texts) == f"{said} (B = batch size, I = input size (x's features))"


def test_a_crash_says_numpys_numbers_as_sizes():
    def out_like_x(x, h, c, W_ih, W_hh, b_ih, b_hh):
        h_next = np.zeros_like(x)  # (B, I) where (B, H) belongs
        h_next[:] = h  # raises where I != H
        return h_next, c

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(out_like_x, seed=1)
    said = "could not broadcast input array from shape (B,H) into shape (B,I)"
    assert f"its numbers are these sizes: {said}" in str(info.value)


def cell_with_buffers(x, h, c, W_ih, W_hh, b_ih, b_hh, _last={}, sigma_on_g=False):  # noqa: B006
    """A student's "optimisation": the results are written into buffers kept between calls
    (reallocated when the shape changes), so a result already returned changes on the next
    call of the same shape."""
    if _last.get("shape") != h.shape:
        _last.update(shape=h.shape, h=np.empty(h.shape), c=np.empty(h.shape))
    h_next, c_next = _last["h"], _last["c"]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = h.shape[1]
    i, f, o = (stable_sig(a[:, k * H : (k + 1) * H]) for k in (0, 1, 3))
    g = stable_sig(a[:, 2 * H : 3 * H]) if sigma_on_g else np.tanh(a[:, 2 * H : 3 * H])
    c_next[...] = f * c + i * g
    h_next[...] = o * np.tanh(c_next)
    return h_next, c_next


def test_a_result_changed_by_a_later_call_is_named_whatever_the_cases_sizes():
    cell_with_buffers.__defaults__[0].clear()
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_with_buffers, seed=3)
    assert [f.id for f in info.value.findings] == ["result.reused_buffer"], str(info.value)
    assert "writes into an array it has already returned" in str(info.value)
    assert "changed during a second call with the same sizes" in str(info.value)


def test_a_buffer_kept_between_calls_does_not_hide_a_wrong_gate():
    def both(*args):
        return cell_with_buffers(*args, sigma_on_g=True)

    cell_with_buffers.__defaults__[0].clear()
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(both, seed=3)
    ids = [f.id for f in info.value.findings]
    assert "result.reused_buffer" in ids and len(ids) >= 2, str(info.value)
    assert "σ" in str(info.value) and "tanh" in str(info.value), str(info.value)


def test_a_wrong_shape_is_written_in_sizes_only_where_every_wrong_case_agrees():
    from lstm_ref.checks.core import shape_as_sizes

    pairs = [((2,), {"B": 2, "I": 3, "H": 2}), ((4,), {"B": 4, "I": 3, "H": 1})]
    assert shape_as_sizes(pairs) == "(B,)"  # B = H = 2 in one case: the other decides
    assert shape_as_sizes(pairs[:1]) == ""  # B or H: nothing is said
    assert (
        shape_as_sizes([((3, 4), {"B": 3, "I": 4, "H": 2}), ((5, 2), {"B": 5, "I": 2, "H": 3})])
        == "(B, I)"
    )  # noqa: E501
    assert shape_as_sizes([((3, 7), {"B": 3, "I": 4, "H": 2})] * 2) == ""  # 7 is no size


def scratch_returning_its_input(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """A layer whose loop variable is never used for the result: x itself comes back."""
    out, (h, c) = _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=batch_first)
    return x, (h, c)


def test_an_output_that_is_the_input_unchanged_is_said_so():
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(scratch_returning_its_input, seed=3)
    assert "out is your argument x, unchanged" in str(info.value), str(info.value)


def test_a_number_inside_a_name_is_no_size_and_a_number_fixed_while_sizes_vary_is_said():
    from lstm_ref.checks.core import sizes_in_error

    texts = [
        ("weight_ih_l1: shape (8, 3) into (5, 3)", {"B": 2, "I": 3, "H": 2}),
        ("weight_ih_l1: shape (12, 2) into (5, 2)", {"B": 3, "I": 2, "H": 3}),
    ]
    said = sizes_in_error(texts)
    assert said.startswith("weight_ih_l1: shape (4H, I) into (5, I)"), said
    assert "the 5 is the same in every one of them, whatever the sizes" in said
    # 1 is a unit axis (a[None, :]), never "a fixed number"
    texts = [
        ("shapes (1,2) (2,3)", {"B": 2, "I": 4, "H": 3}),
        ("shapes (1,3) (3,4)", {"B": 3, "I": 5, "H": 4}),
    ]
    said = sizes_in_error(texts)
    assert said.startswith("shapes (1,B) (B,H)") and "fixed" not in said, said


def gates_with_a_fixed_H(x, h, W_ih, W_hh, b_ih, b_hh):
    """H = 2 written in (left from another cell): right only where H is 2."""
    H = 2
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = (a[:, k * H : (k + 1) * H] for k in range(4))
    return stable_sig(i), stable_sig(f), np.tanh(g), stable_sig(o)


def test_a_fixed_number_where_a_size_belongs_is_said_with_the_cases_that_show_it():
    from lstm_ref.checks import check_lstm_gates

    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_with_a_fixed_H, seed=3)
    msg = str(info.value)
    assert "a fixed 2 stands where H belongs" in msg, msg
    assert "the cases with H = 2 have the right shape" in msg, msg


def backward_clipped_without_b_hh(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):
    """min-char-rnn's habit: the parameter gradients clipped to ±5; and b_hh's left at zero."""
    from tests.checks.test_check_backward import backward_by_hand

    g = backward_by_hand(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh)
    for k in ("W_ih", "W_hh", "b_ih"):
        np.clip(g[k], -5, 5, out=g[k])
    return {**g, "b_hh": np.zeros_like(b_hh)}


def test_clipped_outputs_are_said_and_the_rest_is_still_judged():
    from lstm_ref.checks import check_lstm_cell_backward

    with pytest.raises(CheckFailure) as info:
        check_lstm_cell_backward(backward_clipped_without_b_hh, seed=3)
    ids = [f.id for f in info.value.findings]
    assert "result.clipped" in ids, str(info.value)
    assert "clipped to ±5" in str(info.value)
    assert "b_hh's gradient is 0" in str(info.value), str(info.value)  # the second mistake


_MASKS: dict = {}


def lengths_with_a_mask_cached_by_T(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """The mask of the last sizes kept and reused while the sizes stay: stale for other lengths
    of the same sizes (a call of other sizes replaces it)."""
    T, B, _ = x.shape
    if _MASKS.get("sizes") != (T, B):
        _MASKS.update(sizes=(T, B), mask=np.arange(T)[:, None] < np.asarray(lengths)[None, :])
    mask = _MASKS["mask"][:, :, None]
    h, c, out = h0, c0, np.zeros((T, B, h0.shape[1]))
    for t in range(T):
        h2, c2 = cell_vectorized(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h, c = np.where(mask[t], h2, h), np.where(mask[t], c2, c)
        out[t] = np.where(mask[t], h2, 0.0)
    return out, (h, c)


def lengths_with_the_mask_off_by_one(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    mask = (np.arange(T)[:, None] <= np.asarray(lengths)[None, :])[:, :, None]  # <= : one more
    h, c, out = h0, c0, np.zeros((T, B, h0.shape[1]))
    for t in range(T):
        h2, c2 = cell_vectorized(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        h, c = np.where(mask[t], h2, h), np.where(mask[t], c2, c)
        out[t] = np.where(mask[t], h2, 0.0)
    return out, (h, c)


def test_a_result_that_depends_on_earlier_calls_is_said_only_where_measured():
    from lstm_ref.checks import check_lstm_layer_lengths

    _MASKS.clear()
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(lengths_with_a_mask_cached_by_T, seed=7)
    assert "depends on more than its arguments" in str(info.value), str(info.value)
    with pytest.raises(CheckFailure) as info:  # a function that keeps nothing: never said
        check_lstm_layer_lengths(lengths_with_the_mask_off_by_one, seed=7)
    assert "depends on" not in str(info.value), str(info.value)


def test_a_flattened_result_is_split_back_and_its_values_judged():
    from lstm_ref.checks import CheckFailure, check_sigmoid

    def sigmoid_flat(z):  # tanh without halving z, and .ravel() "to be safe"
        z = np.asarray(z, dtype=float)
        return (0.5 * (1 + np.tanh(z))).ravel()

    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_flat, seed=1)
    text = str(info.value)
    assert "its axes are flattened into one of" in text, text
    assert "missing the halving of z" in text, text


def test_a_flattened_result_with_right_values_says_so():
    from lstm_ref.checks import CheckFailure, check_sigmoid

    def sigmoid_flat(z):
        return (1 / (1 + np.exp(-np.asarray(z, dtype=float)))).reshape(-1)

    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_flat, seed=1)
    text = str(info.value)
    assert "it holds the expected values in the expected order, but its axes are flattened" in text


def test_a_wrong_axis_of_one_length_in_every_case_is_not_read_as_a_size():
    from lstm_ref.checks.core import shape_symbols

    # out (T, B, 4) where (T, B, 2H) belongs, on cases that all have H = 1: 4 = 4H there, and
    # also a 4 written in; nothing tells them apart, so no size is said
    pairs = [
        ((5, 2, 4), {"T": 5, "B": 2, "I": 3, "H": 1}),
        ((4, 3, 4), {"T": 4, "B": 3, "I": 5, "H": 1}),
    ]
    assert shape_symbols(pairs, ("T", "B", "2H")) == ()
    varied = [
        ((5, 1, 4), {"T": 5, "B": 1, "I": 2, "H": 1}),
        ((4, 3, 8), {"T": 4, "B": 3, "I": 4, "H": 2}),
    ]
    assert shape_symbols(varied, ("T", "B", "2H")) == ("T", "B", "4H")


def test_a_given_argument_is_a_setting_of_every_case_that_gives_it():
    from lstm_ref.checks.core import shared_setting

    names = ("x", "h0", "c0")
    x, s = np.zeros((3, 2, 2)), np.zeros((2, 3))
    one_none = [
        Case("random", 10, (x, s, None), {}, {"T": 3, "B": 2}, 7, "c0 = None, h0 given"),
        Case("random", 11, (x, None, s), {}, {"T": 3, "B": 2}, 7, "h0 = None, c0 given"),
    ]
    both = [
        Case("fixed", 1, (x, s, s), {}, {"T": 3, "B": 2}),
        Case("fixed", 4, (x, None, None), {}, {"T": 3, "B": 2}, note="h0 = c0 = None"),
    ]
    said = shared_setting(one_none, both, names)
    assert "given" not in said and "c0=None or h0=None" not in said, said


def test_a_row_vector_meeting_b_by_h_arrays_is_read_in_a_crash():
    from lstm_ref.checks import CheckFailure, check_lstm_layer_lengths

    def mask_without_column(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):
        T, B, _ = x.shape
        h, c, out = h0, c0, np.zeros((T, B, h0.shape[1]))
        for t in range(T):
            m = t < np.asarray(lengths)  # (B,), not (B, 1)
            h2, c2 = cell_vectorized(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
            h, c = np.where(m, h2, h), np.where(m, c2, c)
            out[t] = np.where(m, h2, 0.0)
        return out, (h, c)

    with pytest.raises(CheckFailure) as info:
        check_lstm_layer_lengths(mask_without_column, seed=8)
    assert "an array of one value per batch row, (B,), meets (B, H) arrays" in str(info.value)


def test_a_constant_result_is_not_said_to_be_kept_from_an_earlier_call():
    from lstm_ref.checks import CheckFailure, check_lstm_cell

    def zeros_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):  # a stub left in: right shapes, no values
        return np.zeros_like(h), np.zeros_like(c)

    assert check_lstm_cell(zeros_cell, cases="shapes") is None  # shapes alone judge no values
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(zeros_cell, seed=1)
    assert "returned exactly the results of the first call" not in str(info.value)


# --- round 22: what calls share, and containers named by their keys ---------------------------


def cell_one_buffer(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """h_next and c_next made as one buffer (h_next = c_next = np.zeros_like(c))."""
    h_next = c_next = np.zeros_like(c)
    new_h, _new_c = cell_vectorized(x, h, c, W_ih, W_hh, b_ih, b_hh)
    h_next[:] = new_h
    return h_next, c_next


def test_two_outputs_that_are_one_array_are_said_to_share_memory():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_one_buffer, seed=3)
    assert "one array in both places (they share memory" in str(info.value), str(info.value)


def cell_returning_a_copy_of_h(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """c_next holds h_next's values, in an array of its own: no memory shared."""
    new_h, _new_c = cell_vectorized(x, h, c, W_ih, W_hh, b_ih, b_hh)
    return new_h, new_h.copy()


def test_equal_values_in_two_arrays_are_not_said_to_share_memory():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_returning_a_copy_of_h, seed=3)
    msg = str(info.value)
    assert "c_next is the same as h_next" in msg and "share memory" not in msg, msg


_SPLIT_BY_SHAPE: dict = {}


def gates_caching_the_blocks_by_shape(x, h, W_ih, W_hh, b_ih, b_hh):
    """The weights' gate blocks kept in a dict keyed by W_ih's shape: a later call with other
    weights of the same shape reuses the first ones."""
    key = W_ih.shape
    if key not in _SPLIT_BY_SHAPE:
        _SPLIT_BY_SHAPE[key] = (W_ih.copy(), W_hh.copy(), b_ih + b_hh)
    Wi, Wh, b = _SPLIT_BY_SHAPE[key]
    a = x @ Wi.T + h @ Wh.T + b
    i, f, g, o = np.split(a, 4, axis=1)
    return stable_sig(i), stable_sig(f), np.tanh(g), stable_sig(o)


def test_weights_kept_from_an_earlier_call_are_said_as_measured():
    from lstm_ref.checks import check_lstm_gates

    _SPLIT_BY_SHAPE.clear()
    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_caching_the_blocks_by_shape, seed=3)
    msg = str(info.value)
    assert "with the first call's W_ih, W_hh, b_ih, b_hh" in msg, msg


def sigmoid_dividing_by_exp(z):
    """For z < 0, 1 / (1 + 1/e^z): e^z underflows to 0 for z far below 0 (a divide by zero
    there, the value still right); for z >= 0 the usual form, which never overflows there."""
    z = np.asarray(z, dtype=np.float64)
    out, neg = np.empty_like(z), z < 0
    out[~neg] = 1.0 / (1.0 + np.exp(-z[~neg]))
    out[neg] = 1.0 / (1.0 + 1.0 / np.exp(z[neg]))
    return out


def test_a_divide_by_zero_warning_is_said_like_an_overflow():
    from lstm_ref.checks import check_sigmoid

    with pytest.raises(CheckFailure) as info:
        check_sigmoid(sigmoid_dividing_by_exp, seed=3)
    ids = [f.id for f in info.value.findings]
    assert "result.overflow_warning" in ids and "divide by zero" in str(info.value), ids


def cell_returning_a_dict(x, h, c, W_ih, W_hh, b_ih, b_hh, sigma_on_g=False):
    """The right numbers in a dict {'h': ..., 'c': ...} where a tuple is asked."""
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    g = stable_sig(g) if sigma_on_g else np.tanh(g)
    c_next = stable_sig(f) * c + stable_sig(i) * g
    return {"c": c_next, "h": stable_sig(o) * np.tanh(c_next)}


def test_a_dict_whose_keys_name_the_outputs_is_judged_by_them():
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(cell_returning_a_dict, seed=3)
    msg = str(info.value)
    assert "a dict with keys (c, h)" in msg and "wrong values" not in msg, msg
    with pytest.raises(CheckFailure) as info:
        check_lstm_cell(lambda *a: cell_returning_a_dict(*a, sigma_on_g=True), seed=3)
    ids = [f.id for f in info.value.findings]
    assert "gate.wrong_activation" in ids and "result.kind" in ids, str(info.value)


_ZEROS: dict = {}


def layer_with_kept_zeros(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):
    """None states stood in for by zeros made once and then overwritten in place."""
    B, H = x.shape[0 if batch_first else 1], W_hh.shape[1]
    if h0 is None:
        h0 = _ZEROS.setdefault(("h", B, H), np.zeros((B, H)))
    if c0 is None:
        c0 = _ZEROS.setdefault(("c", B, H), np.zeros((B, H)))
    out, (h, c) = _layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first)
    h0[...], c0[...] = h, c  # "saves" the state into the arrays it started from
    return out, (h, c)


def test_zeros_kept_for_a_none_state_are_said_where_given_zeros_are_right_every_time():
    _ZEROS.clear()
    with pytest.raises(CheckFailure) as info:
        check_lstm_layer(layer_with_kept_zeros, seed=3)
    assert "what your code uses for a None state is kept between calls" in str(info.value), str(
        info.value
    )


def gates_forget_bias_twice_squeezed(x, h, W_ih, W_hh, b_ih, b_hh):
    """The forget gate alone adds b_ih's block twice (a copied line); every gate squeezed, so a
    batch of one loses its axis."""
    H = W_hh.shape[1]
    a = x @ W_ih.T + h @ W_hh.T
    i = stable_sig(a[:, :H] + b_ih[:H] + b_hh[:H])
    f = stable_sig(a[:, H : 2 * H] + 2 * b_ih[H : 2 * H])
    g = np.tanh(a[:, 2 * H : 3 * H] + b_ih[2 * H : 3 * H] + b_hh[2 * H : 3 * H])
    o = stable_sig(a[:, 3 * H :] + b_ih[3 * H :] + b_hh[3 * H :])
    return np.squeeze(i), np.squeeze(f), np.squeeze(g), np.squeeze(o)


def test_a_part_of_every_gate_is_not_claimed_from_one_gate_when_the_others_are_left_out():
    from lstm_ref.checks import check_lstm_gates

    with pytest.raises(CheckFailure) as info:
        check_lstm_gates(gates_forget_bias_twice_squeezed, seed=3)
    msg = str(info.value)
    # i, g and o are right wherever their shape is: a fit that changes them is not said
    assert "in place of b_hh" not in msg and "where b_hh belongs" not in msg, msg
    assert "has shape" in msg, msg
