"""Hints for the exercises: ``hint("lstm_cell", 1)``, three levels per graded function.

Level 1 names the equation or the idea to use, level 2 the shapes and the blocks involved, level 3
the chapter section to reread (with its address in the published book). None of them contains
code: a hint says what to compute, never how to write it (``tests/test_hints.py`` holds every hint
to the same copy rule as the exercises, against the solutions).

``HINTS_FOR_FINDING`` maps a finding id of the checks (``lstm_ref.checks.findings.KINDS``) to the
hint about it, ``(function, level)``: a check whose failure carries that finding may point the
student there ("hint: lstm_ref.hints.hint('lstm_cell', 2)").
"""

from __future__ import annotations

from lstm_ref.setup_cell import BOOK_URL

LEVELS = (1, 2, 3)

# function -> (its chapter page, the section to reread, hint 1, hint 2)
_HINTS: dict[str, tuple[str, str, str, str]] = {
    "sigmoid": (
        "book/02_gate_equations",
        "Why a sigmoid and a tanh",
        "σ(z) = 1 / (1 + e^(−z)) overflows for large negative z, because e^(−z) does. The same "
        "value can be written as e^z / (1 + e^z): use each form only where its exponential "
        "cannot become huge.",
        "Split the elements by the sign of z. Both forms only need the exponential of −|z|, "
        "which lies between 0 and 1 for every z. The result has the shape of z and is float64.",
    ),
    "lstm_gates": (
        "book/02_gate_equations",
        "Four gates in one matrix",
        "Each gate is its activation of W_i· x_t + b_i· + W_h· h_{t−1} + b_h·: σ for i, f and o, "
        "tanh for the candidate g. The four pre-activations come from the same two matrix "
        "products.",
        "W_ih is (4H, I) and W_hh is (4H, H); rows k·H to (k+1)·H belong to gate number k in the "
        "order (i, f, g, o), the biases likewise. With x of shape (B, I) the pre-activations of "
        "all four gates form one (B, 4H) array: cut it into four (B, H) blocks along the last "
        "axis, in that order.",
    ),
    "lstm_cell": (
        "book/03_scratch_cell",
        "The cell in NumPy, one example at a time",
        "One step is the four gates, then c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t, then "
        "h_t = o_t ⊙ tanh(c_t): the new h uses the new c. Both are returned, h first.",
        "For a batch, x is (B, I) and each example is a row, so W x_t becomes a product with "
        "the transposed weight. The pre-activations of all gates are one (B, 4H) array; the "
        "gate blocks are its columns k·H to (k+1)·H in the order (i, f, g, o). h and c stay "
        "(B, H).",
    ),
    "lstm_layer": (
        "book/04_sequence",
        "The time loop",
        "A layer is the cell applied at t = 0, 1, …, T−1, each step starting from the state the "
        "previous step produced; out collects every h_t, and (h_n, c_n) is the state after the "
        "last step.",
        "x is (T, B, I): index the first axis for one step's (B, I) input. out is (T, B, H), "
        "h_n and c_n are (B, H); None for h0 or c0 means zeros of shape (B, H). With "
        "batch_first, x arrives as (B, T, I): swap the first two axes on the way in and "
        "swap them back on out (a transpose, not a reshape); the states are never batch first.",
    ),
    "ScratchLSTM": (
        "book/05_torch_lstm",
        "Stacked layers",
        "Start from one layer in one direction: the time loop of exercise 3 on parameters looked "
        "up by nn.LSTM's names. Then the reverse direction (the same loop read from t = T−1 down "
        "to 0, outputs stored at their own step), then layers, each reading the previous layer's "
        "out.",
        "Layer k's weight_ih is (4H, I) for k = 0 and (4H, D·H) above; weight_hh is (4H, H); the "
        "biases (4H,) exist only with bias=True. h_0, c_0, h_n and c_n are (L·D, B, H), row "
        "k·D + d for layer k, direction d. The initial values are uniform in [−1/√H, 1/√H] from "
        "a generator made with the given seed, and the state dict holds copies.",
    ),
    "bilstm_layer": (
        "book/06_bidirectional",
        "How the reverse direction runs",
        "The reverse direction is an ordinary LSTM with its own weights that reads "
        "x_{T−1}, …, x_0 from its own initial state; its state after reading x_t is its output "
        "at step t. The two directions never mix inside the layer.",
        "Each direction's out is (T, B, H): the reverse one, computed on the sequence read "
        "backwards, must be put back in time order before the two are joined on the last axis, "
        "forward first, giving (T, B, 2H). h0, c0, h_n and c_n are (2, B, H): row 0 forward, "
        "row 1 reverse, and the reverse direction's final state is the one after x_0.",
    ),
    "lstm_cell_backward": (
        "book/08_backprop",
        "The backward pass of one cell",
        "Walk the forward equations backwards: first δc_t = δc_t^next + δh_t ⊙ o_t ⊙ "
        "(1 − tanh²(c_t)), then each gate's δ, then through each nonlinearity "
        "(σ′ = σ(1 − σ), tanh′ = 1 − tanh²) to the pre-activations δa_t, and from δa_t to x, "
        "h, the weights and the biases.",
        "Recompute the forward pass of the step first: you need i, f, g, o and c_t. For a batch "
        "δa_t is (B, 4H), the four gates' blocks side by side in the order (i, f, g, o). δx is "
        "(B, I), δh and δc are (B, H); δW_ih is (4H, I) and δW_hh (4H, H), each a sum over the "
        "batch; δb_ih and δb_hh are the same (4H,) vector.",
    ),
    "lstm_layer_backward": (
        "book/08_backprop",
        "The backward pass of one cell",
        "Run the forward pass once and keep every step's state; then go from t = T−1 down to 0. "
        "At step t, the gradient arriving at h_t is dout[t] plus what step t+1 sent back; the "
        "gradient at c_t comes from step t+1 only. The weights are shared, so their gradients "
        "add up over the steps.",
        "dout is (T, B, H) and the result for x is (T, B, I); the weight and bias gradients "
        "have the weights' shapes. What step 0 sends back is the gradient for h0 and c0, (B, H) "
        "each. dh_n and dc_n, when given, start the walk back at the last step; None means "
        "zeros.",
    ),
    "lstm_layer_lengths": (
        "book/07_variable_length",
        "Masking in a scratch loop",
        "Compute every step for the whole batch, then keep the new state only where the step is "
        "real: h_t = m_t ⊙ h̃_t + (1 − m_t) ⊙ h_{t−1}, and likewise for c. A finished "
        "sequence's state is frozen, so after the loop it is the state at its last real step.",
        "The mask at step t has one value per sequence, true where t < length; shaped (B, 1) "
        "it broadcasts over the H units. out is (T, B, H) and holds zeros past each sequence's "
        "length; h_n and c_n are (B, H).",
    ),
    "bilstm_layer_lengths": (
        "book/07_variable_length",
        "Packing",
        "The forward direction is the masked loop. The reverse direction must start at each "
        "sequence's own last real step, from its own initial state, and walk back to step 0: "
        "padding must never reach its state.",
        "Sequence b's real steps are 0 to lengths[b] − 1. Reversing the whole padded time axis "
        "puts the padding first for the shorter sequences: reverse each sequence within its own "
        "length instead, or let the mask keep the reverse state at its initial value until the "
        "sequence's last real step. out is (T, B, 2H) with zeros past each length; h_n, c_n "
        "are (2, B, H).",
    ),
    "lstm_output_shapes": (
        "book/05_torch_lstm",
        "Shapes of the initial states",
        "Three numbers decide everything: D = 2 if bidirectional else 1, the number of layers, "
        "and the size of h, which is proj_size when it is positive and hidden_size otherwise. "
        "c is never projected.",
        "out carries every step of the last layer, both directions side by side, so its last "
        "axis is D times the size of h; batch_first changes out's first two axes only. h_n and "
        "c_n stack one row per layer and direction, then the batch, then the features, whatever "
        "batch_first says. Each shape is a tuple of ints.",
    ),
}

_TITLES = {
    "book/02_gate_equations": "2. The gate equations",
    "book/03_scratch_cell": "3. A scratch LSTM cell",
    "book/04_sequence": "4. A whole sequence",
    "book/05_torch_lstm": "5. nn.LSTMCell and nn.LSTM",
    "book/06_bidirectional": "6. Bidirectional LSTMs",
    "book/07_variable_length": "7. Variable-length batches",
    "book/08_backprop": "8. Backpropagation through time",
}

#: the graded functions that have hints (every graded function of the exercises)
FUNCTIONS: tuple[str, ...] = tuple(_HINTS)


def page_url(page: str) -> str:
    """The published book's address of a chapter, e.g. ``page_url("book/03_scratch_cell")``."""
    return f"{BOOK_URL}/{page}.html"


class Hint(str):
    """A hint's text; a notebook shows it as text (Markdown, with a link, where it can)."""

    def _repr_pretty_(self, p, cycle) -> None:  # IPython's plain-text display
        p.text(str(self))

    def _repr_markdown_(self) -> str:
        return str(self)


def hint_text(function: str, level: int) -> str:
    """The text of hint ``level`` (1, 2 or 3) for the graded function ``function``."""
    if function not in _HINTS:
        raise KeyError(f"no hints for {function!r}; there are hints for: {', '.join(FUNCTIONS)}")
    if level not in LEVELS:
        raise ValueError(f"level must be 1, 2 or 3 (general to specific), not {level!r}")
    page, section, first, second = _HINTS[function]
    if level == 1:
        return first
    if level == 2:
        return second
    return (
        f"Reread chapter {_TITLES[page]}, section '{section}' ({page_url(page)}). The chapter "
        "explains the idea on a simpler case than the exercise asks for: work from its "
        "explanation and its equations, then check your shapes against level 2."
    )


def hint(function: str, level: int = 1) -> Hint:
    """Hint ``level`` for ``function``: 1 the equation or idea, 2 the shapes and blocks, 3 the
    chapter section to reread. No hint contains code."""
    text = hint_text(function, level)
    more = f" (more: hint({function!r}, {level + 1}))" if level < 3 else ""
    return Hint(f"{function}, hint {level} of 3: {text}{more}")


#: finding id (lstm_ref.checks.findings.KINDS) -> the hint about it, (function, level)
HINTS_FOR_FINDING: dict[str, tuple[str, int]] = {
    # the sigmoid
    "sigmoid.is_tanh": ("sigmoid", 1),
    "sigmoid.sign": ("sigmoid", 1),
    "sigmoid.wrong_formula": ("sigmoid", 1),
    "result.overflow_warning": ("sigmoid", 2),
    "result.nonfinite": ("sigmoid", 2),
    # which rows and terms a gate reads
    "gate.reads_other_block": ("lstm_gates", 2),
    "gates.exchanged": ("lstm_gates", 2),
    "gates.output_order": ("lstm_gates", 2),
    "gate.term_missing": ("lstm_gates", 1),
    "gate.forget_bias_offset": ("lstm_gates", 1),
    "gate.coupled": ("lstm_gates", 1),
    "gate.batch_row0": ("lstm_gates", 1),
    "cell.peephole": ("lstm_cell", 1),
    "gate.term_twice": ("lstm_gates", 1),
    "gate.term_sign": ("lstm_gates", 1),
    "gate.term_scaled": ("lstm_gates", 1),
    "gate.weights_untransposed": ("lstm_cell", 2),
    "gate.split_axis": ("lstm_gates", 2),
    "gate.hidden_size_from_input": ("lstm_gates", 2),
    "gate.reads_wrong_input": ("lstm_gates", 1),
    "gate.concat_order": ("lstm_gates", 1),
    "gate.wrong_activation": ("lstm_gates", 1),
    "gate.preactivation_clipped": ("lstm_gates", 1),
    # how c and h are combined
    "cell.c_forget_term": ("lstm_cell", 1),
    "cell.c_input_term": ("lstm_cell", 1),
    "cell.h_tanh_missing": ("lstm_cell", 1),
    "cell.h_wrong_squash": ("lstm_cell", 1),
    "cell.h_from_old_c": ("lstm_cell", 1),
    "cell.o_reads_new_h": ("lstm_cell", 1),
    "cell.c_squashed": ("lstm_cell", 1),
    "cell.h_output_gate_missing": ("lstm_cell", 1),
    "cell.outputs_swapped": ("lstm_cell", 1),
    "cell.inputs_swapped": ("lstm_cell", 1),
    # over a sequence
    "seq.state_not_carried": ("lstm_layer", 1),
    "seq.h_not_carried": ("lstm_layer", 1),
    "seq.c_not_carried": ("lstm_layer", 1),
    "seq.out_holds_previous_h": ("lstm_layer", 1),
    "seq.out_holds_c": ("lstm_layer", 1),
    "seq.time_reversed": ("lstm_layer", 1),
    "seq.batch_first_ignored": ("lstm_layer", 2),
    "seq.batch_first_steps": ("lstm_layer", 2),
    "seq.x_read_batch_first": ("bilstm_layer", 1),
    "seq.batch_first_reshape": ("lstm_layer", 2),
    "seq.out_not_transposed_back": ("lstm_layer", 2),
    "seq.h_n_wrong_step": ("lstm_layer", 1),
    "seq.step_skipped": ("lstm_layer", 1),
    "seq.reads_wrong_input": ("lstm_layer", 1),
    "seq.state_swapped": ("lstm_layer", 1),
    # bidirectional
    "bi.reverse_not_reversed": ("bilstm_layer", 1),
    "bi.reverse_not_flipped_back": ("bilstm_layer", 2),
    "bi.flip_wrong_axis": ("bilstm_layer", 2),
    "bi.same_initial_state": ("bilstm_layer", 2),
    "bi.initial_states_swapped": ("bilstm_layer", 2),
    "bi.states_by_direction": ("bilstm_layer", 2),
    "bi.reverse_uses_forward_weights": ("bilstm_layer", 1),
    "bi.reverse_weights_exchanged": ("bilstm_layer", 1),
    "bi.forward_uses_reverse_weights": ("bilstm_layer", 1),
    "bi.halves_swapped": ("bilstm_layer", 2),
    "bi.h_n_reverse_from_last": ("bilstm_layer", 2),
    "bi.states_swapped": ("bilstm_layer", 2),
    "bi.states_concatenated": ("bilstm_layer", 2),
    # lengths
    "len.mask_off_by_one": ("lstm_layer_lengths", 2),
    "len.padding_not_skipped": ("lstm_layer_lengths", 1),
    "len.mask_from_x": ("lstm_layer_lengths", 1),
    "len.c_not_frozen": ("lstm_layer_lengths", 1),
    "len.h_not_frozen": ("lstm_layer_lengths", 1),
    "len.out_not_zeroed": ("lstm_layer_lengths", 2),
    "len.reverse_starts_at_T": ("bilstm_layer_lengths", 2),
    "len.reverse_within_one_length": ("bilstm_layer_lengths", 2),
    "len.steps_from_first_length": ("lstm_layer_lengths", 1),
    "len.h_n_last_row": ("lstm_layer_lengths", 1),
    "len.h_n_past_end": ("lstm_layer_lengths", 1),
    "len.batch_sorted": ("lstm_layer_lengths", 1),
    "len.left_padded": ("lstm_layer_lengths", 1),
    "len.steps_from_longest": ("lstm_layer_lengths", 1),
    "seq.initial_state_one_row": ("lstm_layer", 1),
    "len.out_too_short": ("lstm_layer_lengths", 1),
    # backward
    "grad.activation_derivative_missing": ("lstm_cell_backward", 1),
    "grad.derivative_of_preactivation": ("lstm_cell_backward", 1),
    "grad.wrong_derivative": ("lstm_cell_backward", 1),
    "grad.tanh_c_derivative_missing": ("lstm_cell_backward", 1),
    "grad.dh_path_missing": ("lstm_cell_backward", 1),
    "grad.dc_next_ignored": ("lstm_cell_backward", 1),
    "grad.backprop_matrix": ("lstm_cell_backward", 1),
    "grad.forget_factor_missing": ("lstm_cell_backward", 1),
    "grad.gate_factor": ("lstm_cell_backward", 1),
    "grad.upstream_swapped": ("lstm_cell_backward", 2),
    "grad.keys_swapped": ("lstm_cell_backward", 2),
    "grad.bias_split": ("lstm_cell_backward", 2),
    "grad.weight_grad_transposed": ("lstm_cell_backward", 2),
    "grad.weight_grad_input": ("lstm_cell_backward", 2),
    "grad.through_time_dh": ("lstm_layer_backward", 1),
    "grad.through_time_dc": ("lstm_layer_backward", 1),
    "grad.dout_ignored": ("lstm_layer_backward", 1),
    "grad.final_state_grads_ignored": ("lstm_layer_backward", 2),
    "grad.weight_grads_not_summed": ("lstm_layer_backward", 1),
    # ScratchLSTM
    "scratch.bias_false_ignored": ("ScratchLSTM", 2),
    "scratch.state_layout": ("ScratchLSTM", 2),
    "scratch.h0_layout": ("ScratchLSTM", 2),
    "scratch.hx_swapped": ("ScratchLSTM", 2),
    "scratch.init_distribution": ("ScratchLSTM", 2),
    "scratch.layer_input": ("ScratchLSTM", 1),
    # shapes
    "shapes.batch_first_ignored": ("lstm_output_shapes", 2),
    "shapes.batch_first_inverted": ("lstm_output_shapes", 2),
    "shapes.states_batch_first": ("lstm_output_shapes", 2),
    "shapes.directions_forgotten": ("lstm_output_shapes", 1),
    "shapes.layers_forgotten": ("lstm_output_shapes", 2),
    "shapes.stack_forgotten": ("lstm_output_shapes", 2),
    "shapes.out_2h_forgotten": ("lstm_output_shapes", 2),
    "shapes.states_concatenated": ("lstm_output_shapes", 2),
    "shapes.proj_size_ignored": ("lstm_output_shapes", 1),
    "shapes.proj_size_ignored_in_out": ("lstm_output_shapes", 1),
    "shapes.proj_size_on_c": ("lstm_output_shapes", 1),
    "shapes.wrong_axis": ("lstm_output_shapes", 2),
    "shapes.not_tuples": ("lstm_output_shapes", 2),
    # found where several settings meet (the engine's decomposition)
    "seq.initial_state_ignored": ("lstm_layer", 1),
    "seq.state_none_not_handled": ("lstm_layer", 2),
    "seq.steps_missing": ("lstm_layer", 1),
    "len.initial_state_ignored": ("lstm_layer_lengths", 1),
    "grad.gate_block_order": ("lstm_cell_backward", 2),
    "grad.step0_skipped": ("lstm_layer_backward", 1),
    "grad.truncated": ("lstm_layer_backward", 1),
    "grad.last_step_skipped": ("lstm_layer_backward", 1),
    "grad.forward_states": ("lstm_layer_backward", 1),
    "grad.dout_misplaced": ("lstm_layer_backward", 1),
    "grad.step_state": ("lstm_layer_backward", 1),
    "scratch.hx_ignored": ("ScratchLSTM", 2),
    "scratch.state_dict_keys": ("ScratchLSTM", 2),
    "scratch.load_state_dict_reference": ("ScratchLSTM", 2),
    "scratch.state_dict_reference": ("ScratchLSTM", 2),
    # the NumPy-only rule: the hint of the function being checked (registry.add_hint)
    "forbidden_library": ("lstm_cell", 1),
}
