"""What a check found, in a structured form: :class:`Finding`, and the table of kinds, ``KINDS``.

Every :class:`~lstm_ref.checks.failure.CheckFailure` carries ``findings``, a tuple of
:class:`Finding`: one per mistake the check inferred (two mistakes at once give two findings),
or one localisation finding (``located.*``) when the check can only say where the error is. A
class-wide report counts findings by ``id`` without parsing text; ``gate``, ``step``, ``term``,
``direction`` and ``layer`` say where.

The ids are stable: a kind is never renamed or reworded in meaning, only added. ``KINDS`` is the
one table of them (the summary a report shows, and the book page that explains the point).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

#: The rule of every graded exercise (contract decision 5): the same words locally and at grading.
#: The sandbox's import refusal carries ``numpy_only_sentence("torch")`` (or "lstm_ref").
NUMPY_ONLY_SENTENCE = (
    "this exercise is graded in NumPy only; {library} is not available when it is graded"
)


def numpy_only_sentence(library: str) -> str:
    """The rule's sentence naming ``library`` ("torch" or "lstm_ref")."""
    return NUMPY_ONLY_SENTENCE.format(library=library)


def gate_rows(k: int) -> str:
    """Gate k's rows in a (4H, ...) weight: '0:H', 'H:2H', '2H:3H', '3H:4H' (order i, f, g, o)."""
    lo = "0" if k == 0 else ("H" if k == 1 else f"{k}H")
    return f"{lo}:{'H' if k == 0 else f'{k + 1}H'}"


def gates_exchanged_text(
    p: int, q: int, function: str, weights: str = "W_ih, W_hh, b_ih and b_hh"
) -> str:
    """The one sentence of ``gates.exchanged``: gates p and q (0..3, order i, f, g, o) exchanged.
    Two σ gates exchanged give the same numbers whether their rows are read the other way round
    or the lines that use them (or the returned tuple) hold each where the other belongs: both
    are said, since the values cannot tell them apart."""
    from lstm_ref.gates import GATE_NAMES, GATES

    a, b = GATE_NAMES[GATES[p]], GATE_NAMES[GATES[q]]
    extra = " (CS231n's order i, f, o, g)" if (p, q) == (2, 3) else ""
    text = f"the {a} and the {b} are exchanged{extra}: in {weights} the rows {gate_rows(p)} are the {a}'s and {gate_rows(q)} the {b}'s (order i, f, g, o)"  # noqa: E501
    if "g" in (GATES[p], GATES[q]):
        return text + "."
    if function == "lstm_gates":
        return f"{text}; or, the same numbers, the returned tuple holds each where the other belongs: return (i, f, g, o)."  # noqa: E501
    lines = []  # only the lines that use one of the two gates
    if {GATES[p], GATES[q]} & {"i", "f"}:
        lines.append("c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t")
    if "o" in (GATES[p], GATES[q]):
        lines.append("h_t = o_t ⊙ tanh(c_t)")
    which = (
        f"the line {lines[0]} uses" if len(lines) == 1 else f"the lines {' and '.join(lines)} use"
    )  # noqa: E501
    return f"{text}; or, the same numbers, {which} the {a} where the {b} belongs and back (the values cannot tell the two apart)."  # noqa: E501


@dataclass(frozen=True)
class Finding:
    """One thing a check found in the student's function.

    id: stable dotted id, a key of ``KINDS`` (e.g. ``"gate.reads_other_block"``).
    function: the graded function, e.g. ``"lstm_cell"``.
    text: the sentence the student reads.
    gate: "i" | "f" | "g" | "o" or None; step: 0-based time step or None;
    term: "input" | "recurrent" | "bias_ih" | "bias_hh" | "activation" | "state" | ... or None;
    direction: "forward" | "reverse" or None; layer: 0-based layer or None.
    """

    id: str
    function: str
    text: str
    gate: str | None = None
    step: int | None = None
    term: str | None = None
    direction: str | None = None
    layer: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def chapter(self) -> str:
        """The book page that explains this kind of mistake."""
        kind = KINDS.get(self.id)
        return kind.chapter if kind else ""


@dataclass(frozen=True)
class FindingKind:
    """A kind of finding: its id, a one-line summary for reports, and the book page."""

    id: str
    summary: str
    chapter: str  # "book/03_scratch_cell" (+ optional "#anchor")


_GATES = "book/02_gate_equations"
_CELL = "book/03_scratch_cell"
_SEQ = "book/04_sequence"
_TORCH = "book/05_torch_lstm"
_BI = "book/06_bidirectional"
_LEN = "book/07_variable_length"
_BACK = "book/08_backprop"

_TABLE: tuple[tuple[str, str, str], ...] = (
    # --- the function could not be judged on values
    ("call.raised", "the function raised an exception", _GATES),
    (
        "call.forbidden",
        "the function called torch's own LSTM (or autograd) where it is forbidden",
        _TORCH,
    ),
    (
        "forbidden_library",
        "the function uses torch or lstm_ref, which a NumPy-only exercise refuses",
        _GATES,
    ),
    ("args.changed_in_place", "an argument was modified in place", _SEQ),
    (
        "result.depends_on_earlier_calls",
        "the same call twice gave different results (state kept between calls)",
        _SEQ,
    ),
    (
        "result.reused_buffer",
        "an array returned by one call was changed by a later call (a buffer kept between calls)",
        _SEQ,
    ),
    ("result.kind", "the result is not of the expected kind (container, keys, dtype)", _GATES),
    ("result.shape", "an output has the wrong shape", _SEQ),
    ("result.clipped", "an output clipped to ±m (np.clip)", _BACK),
    ("result.nonfinite", "an output holds NaN or inf", _GATES),
    ("result.overflow_warning", "NumPy warned about an overflow", _GATES),
    ("result.outputs_exchanged", "two outputs exchanged (h_n and c_n, ...)", _SEQ),
    ("result.reversed_order", "an output stored in reversed time order", _SEQ),
    ("result.permuted", "an output holds the expected values in other positions", _GATES),
    ("result.rescaled", "the outputs are the expected ones scaled down (a norm clip)", _GATES),
    # --- only where the error is
    (
        "located.value_mismatch",
        "wrong values; located (output, gate, term, step) but not named",
        _CELL,
    ),
    (
        "located.part",
        "wrong values; the part that is wrong shown by cases that isolate it (the step, the "
        "carry, the ends, hx, batch_first, a direction, a layer)",
        _SEQ,
    ),
    # --- sigmoid
    ("sigmoid.is_tanh", "tanh(z) where σ(z) belongs", _GATES),
    ("sigmoid.sign", "the sign in the exponent of σ is wrong", _GATES),
    ("sigmoid.wrong_formula", "σ(z) computed with a wrong formula", _GATES),
    # --- which rows each gate reads
    ("gate.preactivation_clipped", "the pre-activations clipped before the activations", _GATES),
    ("gate.forget_bias_offset", "a constant added to the forget gate's pre-activation", _GATES),
    ("cell.peephole", "the gates also read the cell state (peephole connections)", _GATES),
    ("gate.batch_row0", "every batch row reads row 0 of h or x", _GATES),
    ("gate.coupled", "the forget gate computed as 1 − i (coupled), not from its own rows", _GATES),
    ("gate.reads_other_block", "a gate reads another gate's rows of a weight or bias", _GATES),
    ("gate.term_missing", "a gate lacks a term (a bias, W_ih x or W_hh h)", _GATES),
    ("gate.term_twice", "a gate counts a term twice", _GATES),
    ("gate.term_sign", "a gate's term enters with the wrong sign", _GATES),
    ("gate.term_scaled", "a bias enters halved (the two biases averaged)", _GATES),
    ("gate.weights_untransposed", "a gate's weight block used untransposed", _GATES),
    ("gate.split_axis", "the pre-activations split along the batch axis, not 4H", _GATES),
    ("gate.hidden_size_from_input", "H read from W_ih's width, which is I", _GATES),
    ("gate.reads_wrong_input", "a term multiplies the wrong vector (x and h exchanged)", _GATES),
    (
        "gate.concat_order",
        "[x, h] and the stacked weights concatenated in different orders",
        _GATES,
    ),
    ("gates.exchanged", "two gates exchanged (all their rows)", _GATES),
    ("gate.wrong_activation", "a gate applies the wrong activation (σ vs tanh)", _GATES),
    ("gates.output_order", "the gates are returned in the wrong order", _GATES),
    # --- how c and h are combined
    ("cell.c_forget_term", "the forget term f ⊙ c_{t-1} of c_t is wrong or missing", _CELL),
    ("cell.c_input_term", "the input term i ⊙ g of c_t is wrong or missing", _CELL),
    ("cell.h_tanh_missing", "h_t lacks the tanh of c_t", _CELL),
    ("cell.h_wrong_squash", "h_t applies σ (not tanh) to c_t", _CELL),
    ("cell.h_from_old_c", "h_t is computed from c_{t-1}, not c_t", _CELL),
    ("cell.o_reads_new_h", "the output gate reads tanh(c_t) in h_{t-1}'s place", _CELL),
    ("cell.c_squashed", "c_t is returned through tanh", _CELL),
    ("cell.h_output_gate_missing", "h_t lacks the output gate", _CELL),
    ("cell.outputs_swapped", "h_next and c_next are returned in the wrong order", _CELL),
    ("cell.inputs_swapped", "h and c are exchanged where the step reads them", _CELL),
    # --- over a sequence
    (
        "seq.state_not_carried",
        "each step starts from h0/c0 instead of the previous step's state",
        _SEQ,
    ),
    ("seq.h_not_carried", "h is not carried from step to step (c is)", _SEQ),
    ("seq.c_not_carried", "c is not carried from step to step (h is)", _SEQ),
    ("seq.out_holds_previous_h", "out[t] holds h_{t-1} (appended before the step runs)", _SEQ),
    ("seq.out_holds_c", "out[t] holds c_t instead of h_t", _SEQ),
    ("seq.time_reversed", "the sequence is read from the last step to the first", _SEQ),
    ("seq.batch_first_ignored", "batch_first ignored", _SEQ),
    ("seq.batch_first_steps", "the number of steps read as B with batch_first", _SEQ),
    ("seq.batch_first_reshape", "reshape used where a transpose belongs (batch_first)", _SEQ),
    ("seq.out_not_transposed_back", "out not transposed back to (B, T, H) with batch_first", _SEQ),
    ("seq.h_n_wrong_step", "h_n/c_n taken at the wrong step", _SEQ),
    ("seq.step_skipped", "the loop never runs a step (step 0, or the last)", _SEQ),
    ("seq.reads_wrong_input", "a step reads another step's input", _SEQ),
    ("seq.x_read_batch_first", "x (T, B, I) read as (B, T, I): axis 1 stepped over as time", _SEQ),
    ("seq.state_swapped", "h and c exchanged between steps", _SEQ),
    ("seq.initial_state_ignored", "h0, c0 ignored: the loop starts from zeros", _SEQ),
    ("seq.state_none_not_handled", "h0 or c0 None not replaced by (B, H) zeros", _SEQ),
    # --- bidirectional
    ("bi.reverse_not_reversed", "the reverse direction reads the sequence forwards", _BI),
    (
        "bi.reverse_not_flipped_back",
        "the reverse direction's outputs are not flipped back in time",
        _BI,
    ),
    ("bi.flip_wrong_axis", "the sequence is flipped along the wrong axis", _BI),
    ("bi.same_initial_state", "both directions start from the same h0/c0", _BI),
    ("bi.initial_states_swapped", "the directions' initial states are exchanged", _BI),
    ("bi.reverse_uses_forward_weights", "the reverse direction runs with the forward weights", _BI),
    ("bi.reverse_weights_exchanged", "the reverse direction's W_ih and W_hh exchanged", _BI),
    ("bi.forward_uses_reverse_weights", "the forward direction runs with the reverse weights", _BI),
    ("bi.halves_swapped", "out's two halves are exchanged", _BI),
    ("bi.h_n_reverse_from_last", "the reverse direction's h_n/c_n taken at t = T-1", _BI),
    ("bi.states_swapped", "h_n/c_n rows of the two directions exchanged", _BI),
    ("bi.states_concatenated", "h_n/c_n concatenate the directions on the features", _BI),
    ("bi.states_by_direction", "h_n/c_n grouped by direction: (h, c) of each", _BI),
    # --- lengths
    ("len.mask_off_by_one", "the length mask is off by one", _LEN),
    ("len.padding_not_skipped", "padding steps update the state", _LEN),
    ("len.mask_from_x", "padding read from x's zeros instead of lengths", _LEN),
    ("len.c_not_frozen", "c is not frozen over padding (h is)", _LEN),
    ("len.h_not_frozen", "h is not frozen over padding (c is)", _LEN),
    ("len.out_not_zeroed", "out is not zero past a sequence's length", _LEN),
    (
        "len.reverse_starts_at_T",
        "the reverse direction starts at step T-1, not at the last valid step",
        _LEN,
    ),
    (
        "len.steps_from_first_length",
        "only lengths[0] steps run (the batch assumed sorted longest first)",
        _LEN,
    ),
    (
        "len.reverse_within_one_length",
        "the reverse direction reverses every sequence within one length (lengths[0], max)",
        _LEN,
    ),
    (
        "len.h_n_last_row",
        "h_n/c_n read from the last time step instead of each last valid step",
        _LEN,
    ),
    ("len.h_n_past_end", "h_n/c_n read one step past each sequence's last step", _LEN),
    ("len.batch_sorted", "the batch comes back sorted by length, not in its given order", _LEN),
    ("len.left_padded", "the batch read as left-padded (steps t ≥ T − lengths[b] run)", _LEN),
    ("len.steps_from_longest", "every sequence run for the longest length's steps", _LEN),
    ("seq.initial_state_one_row", "every batch row starts from row 0 of h0, c0", _SEQ),
    ("len.out_too_short", "out has max(lengths) steps, not T", _LEN),
    # --- backward
    ("grad.activation_derivative_missing", "a gate's σ′ or tanh′ is missing", _BACK),
    ("grad.derivative_of_preactivation", "σ′/tanh′ evaluated on the pre-activation", _BACK),
    ("grad.wrong_derivative", "σ′ used where tanh′ belongs, or the other way round", _BACK),
    ("grad.tanh_c_derivative_missing", "(1 − tanh²(c_t)) missing in δc", _BACK),
    ("grad.dh_path_missing", "δc lacks dh ⊙ o ⊙ (1 − tanh²(c_t))", _BACK),
    ("grad.dc_next_ignored", "the incoming dc is ignored", _BACK),
    ("grad.backprop_matrix", "dx or dh_{t-1} goes back through the other weight matrix", _BACK),
    ("grad.forget_factor_missing", "the forget factor f is missing in δc_{t-1}", _BACK),
    ("grad.gate_factor", "a gate's δ multiplies the wrong factor (g, i, c_{t-1}, tanh c)", _BACK),
    ("grad.upstream_swapped", "dh and dc exchanged", _BACK),
    ("grad.keys_swapped", "two gradients stored under each other's keys", _BACK),
    ("grad.bias_split", "the bias gradient is halved between b_ih and b_hh", _BACK),
    ("grad.gate_block_order", "δa's gate blocks concatenated in the wrong order", _BACK),
    ("grad.weight_grad_transposed", "a weight gradient is computed as x daᵀ (transposed)", _BACK),
    ("grad.weight_grad_input", "a weight gradient uses the wrong vector (x vs h_{t-1})", _BACK),
    ("grad.through_time_dh", "dh_{t-1} is not passed back to the earlier step", _BACK),
    ("grad.through_time_dc", "dc_{t-1} is not passed back to the earlier step", _BACK),
    ("grad.dout_ignored", "dout[t] is not added to the step's dh", _BACK),
    ("grad.dout_misplaced", "dout[0] added to h0's gradient (out[0] is h_0, not h0)", _BACK),
    ("grad.final_state_grads_ignored", "dh_n/dc_n are ignored", _BACK),
    ("grad.weight_grads_not_summed", "weight gradients not summed over the time steps", _BACK),
    ("grad.step_state", "a step's backward is given the state after the step", _BACK),
    ("grad.step0_skipped", "the backward loop skips step 0", _BACK),
    ("grad.truncated", "the backward loop runs only the last k steps (truncated BPTT)", _BACK),
    ("grad.last_step_skipped", "the backward loop skips the last step, T − 1", _BACK),
    ("grad.forward_states", "the forward pass the backward re-runs does not carry a state", _BACK),
    # --- ScratchLSTM / nn.LSTM
    ("scratch.bias_false_ignored", "bias=False ignored (biases created or used anyway)", _TORCH),
    ("scratch.state_layout", "h_n/c_n rows not in nn.LSTM's order k = layer·D + direction", _TORCH),
    ("scratch.h0_layout", "h_0/c_0 rows read in the wrong order", _TORCH),
    ("scratch.hx_swapped", "hx read as (c_0, h_0), or one of the two read for both", _TORCH),
    (
        "scratch.init_distribution",
        "reset_parameters draws from a distribution other than U(−1/√H, 1/√H)",
        _TORCH,
    ),
    ("scratch.hx_ignored", "hx, or h_0 or c_0 of it, ignored (read as zeros)", _TORCH),
    ("scratch.state_dict_keys", "state_dict() lacks nn.LSTM's keys or shapes", _TORCH),
    (
        "scratch.load_state_dict_reference",
        "load_state_dict keeps references to the given arrays instead of copies",
        _TORCH,
    ),
    (
        "scratch.state_dict_reference",
        "state_dict() returns the module's own arrays instead of copies",
        _TORCH,
    ),
    ("scratch.layer_input", "a layer above the first reads the wrong input", _TORCH),
    # --- shapes
    ("shapes.batch_first_ignored", "batch_first ignored in out's shape", _TORCH),
    ("shapes.batch_first_inverted", "batch_first read the other way round in out's shape", _TORCH),
    ("shapes.states_batch_first", "batch_first applied to h_n/c_n", _TORCH),
    ("shapes.directions_forgotten", "the directions forgotten in h_n/c_n's first axis", _TORCH),
    ("shapes.layers_forgotten", "num_layers forgotten in h_n/c_n's first axis", _TORCH),
    ("shapes.stack_forgotten", "h_n/c_n's first axis is 1", _TORCH),
    ("shapes.out_2h_forgotten", "out of a bidirectional LSTM lacks 2·H_out", _TORCH),
    ("shapes.states_concatenated", "h_n/c_n concatenate the directions on the features", _TORCH),
    ("shapes.proj_size_ignored", "proj_size ignored", _TORCH),
    ("shapes.proj_size_ignored_in_out", "proj_size ignored in out only", _TORCH),
    ("shapes.proj_size_on_c", "proj_size applied to c_n", _TORCH),
    ("shapes.wrong_axis", "an output's axis has the wrong size", _TORCH),
    (
        "shapes.not_tuples",
        "the shapes are returned as lists (or arrays, or NumPy ints), not tuples of ints",
        _TORCH,
    ),
    ("seq.steps_missing", "the loop misses steps (range(T - 1), ...)", _SEQ),
    ("len.initial_state_ignored", "h0/c0 ignored with lengths", _LEN),
)

#: id -> FindingKind: the one table of finding kinds.
KINDS: dict[str, FindingKind] = {i: FindingKind(i, s, c) for i, s, c in _TABLE}

#: chapter for each graded function (a localisation finding points there).
FUNCTION_CHAPTER: dict[str, str] = {
    "sigmoid": _GATES,
    "lstm_gates": _GATES,
    "lstm_cell": _CELL,
    "lstm_layer": _SEQ,
    "ScratchLSTM": _TORCH,
    "lstm_output_shapes": _TORCH,
    "bilstm_layer": _BI,
    "lstm_layer_lengths": _LEN,
    "bilstm_layer_lengths": _LEN,
    "lstm_cell_backward": _BACK,
    "lstm_layer_backward": _BACK,
}

#: the finding kind of a failure that is not about values.
STAGE_KIND: dict[str, str] = {
    "exception": "call.raised",
    "forbidden": "forbidden_library",
    "inplace": "args.changed_in_place",
    "kind": "result.kind",
    "shape": "result.shape",
    "finite": "result.nonfinite",
    "overflow": "result.overflow_warning",
    "value": "located.value_mismatch",
}


#: finding kinds that say what was measured (where, which call or argument, what the result
#: is), never a cause: a failure whose findings are all of these kinds names no mistake
MEASURED_ONLY = ("located.", "result.", "call.", "args.")


def finding(kind: str, function: str, text: str, **where) -> Finding:
    """A Finding of a kind listed in KINDS (a typo in an id fails loudly, here)."""
    if kind not in KINDS:
        raise KeyError(f"unknown finding kind {kind!r}; add it to lstm_ref.checks.findings")
    return Finding(kind, function, text, **where)


#: catalogued mistake key -> (finding kind, gate, term): a table read by ``Mistake`` (a catalogue
#: that builds its keys in a loop gives the finding itself; nothing is parsed from a key or text).
MISTAKE_KINDS: dict[str, tuple[str, str | None, str | None]] = {
    "tanh": ("sigmoid.is_tanh", None, None),
    "plus_sign": ("sigmoid.sign", None, None),
    "b_hh_missing": ("gate.term_missing", None, "bias_hh"),
    "b_ih_missing": ("gate.term_missing", None, "bias_ih"),
    "both_biases_missing": ("gate.term_missing", None, None),
    "b_hh_twice": ("gate.term_twice", None, "bias_hh"),
    "b_ih_twice": ("gate.term_twice", None, "bias_ih"),
    "b_ih_instead_of_b_hh": ("gate.term_twice", None, "bias_ih"),
    "b_hh_instead_of_b_ih": ("gate.term_twice", None, "bias_hh"),
    "g_sigmoid": ("gate.wrong_activation", "g", "activation"),
    "split_batch_axis": ("gate.split_axis", None, None),
    "hidden_size_from_input": ("gate.hidden_size_from_input", None, None),
    "activations_swapped": ("gate.wrong_activation", None, None),
    "h_from_old_c": ("cell.h_from_old_c", None, None),
    "no_tanh_on_c": ("cell.h_tanh_missing", None, None),
    "sigmoid_on_c": ("cell.h_wrong_squash", None, None),
    "forget_ignored": ("cell.c_forget_term", None, None),
    "one_minus_f": ("cell.c_forget_term", None, None),
    "input_ignored": ("cell.c_input_term", None, None),
    "output_ignored": ("cell.h_output_gate_missing", None, None),
    "h_c_swapped": ("cell.outputs_swapped", None, None),
    "x_h_swapped": ("gate.reads_wrong_input", None, None),
    "batch_first_ignored": ("seq.batch_first_ignored", None, None),
    "out_not_transposed_back": ("seq.out_not_transposed_back", None, None),
    "state_not_carried": ("seq.state_not_carried", None, None),
    "out_holds_c": ("seq.out_holds_c", None, None),
    "sequence_backwards": ("seq.time_reversed", None, None),
    "sequence_backwards_flipped": ("seq.time_reversed", None, None),
    "h_n_first_step": ("seq.h_n_wrong_step", None, None),
    "state_unchanged": ("seq.h_n_wrong_step", None, None),
    "hn_cn_swapped": ("seq.state_swapped", None, None),
    "h0_c0_swapped": ("seq.state_swapped", None, None),
    "reverse_not_flipped_back": ("bi.reverse_not_flipped_back", None, None),
    "reverse_h_n_from_out_last": ("bi.h_n_reverse_from_last", None, None),
    "reverse_not_reversed": ("bi.reverse_not_reversed", None, None),
    "halves_swapped": ("bi.halves_swapped", None, None),
    "fwd_bwd_swapped": ("bi.reverse_uses_forward_weights", None, None),
    "initial_states_swapped": ("bi.initial_states_swapped", None, None),
    "padding_not_skipped": ("len.padding_not_skipped", None, None),
    "out_not_zeroed": ("len.out_not_zeroed", None, None),
    "zeroed_but_state_runs_on": ("len.padding_not_skipped", None, None),
    "h_n_from_last_row": ("len.h_n_last_row", None, None),
    "final_state_time_slices": ("len.h_n_past_end", None, None),
    "dc_next_ignored": ("grad.dc_next_ignored", None, None),
    "dh_next_ignored": ("grad.dh_path_missing", None, None),
    "upstream_swapped": ("grad.upstream_swapped", None, None),
    "dh_dc_swapped": ("grad.keys_swapped", None, None),
    "bias_split": ("grad.bias_split", None, None),
    "hx_swapped": ("scratch.hx_swapped", None, None),
    "states_direction_major": ("scratch.state_layout", None, None),
    "h_n_written_direction_major": ("scratch.state_layout", None, None),
    "upper_layers_read_first": ("scratch.layer_input", None, None),
    "h0_read_direction_major": ("scratch.h0_layout", None, None),
    "hx_ignored": ("scratch.hx_ignored", None, None),
}
