"""Wrong solutions, written the way students get them wrong: one line of the real solution changed.

``WRONG[grade_id] = (line in the solution, the student's line, what the diagnosis must say)``:
the words in which the checks name that mistake.
An exercise's notebook is run with one of its solutions replaced this way (the others right), and
that function's visible fixed-case test cell (``test_<grade_id>_fixed``) must fail with a
CheckFailure whose message contains the third string. If a
solution changes so that its line is gone, the test says which entry to update here.
"""

from __future__ import annotations

WRONG: dict[str, tuple[str, str, str]] = {
    # gates in the order i, f, o, g (as some other libraries store them)
    "lstm_gates": (
        "a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)",
        "a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)",
        "the cell candidate g and the output gate are exchanged",
    ),
    # the input gate forgotten in the cell update
    "lstm_cell": ("c_next = f * c + i * g", "c_next = f * c + g", "lacks the input gate"),
    # out collects the cell states instead of the hidden states
    "lstm_layer": ("outs.append(h)", "outs.append(c)", "out holds the cell states"),
    # the PyTorch version, gates taken in the order i, f, o, g
    "scratch_lstm": (
        "a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)",
        "a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)",
        "the cell candidate g and the output gate are exchanged",
    ),
    # the backward direction's outputs left in reverse time order
    "bilstm_layer": ("out_b = out_b[::-1]", "out_b = out_b", "outputs are not flipped back"),
    # dL/dc_{t-1} without the forget gate
    "lstm_cell_backward": ('"c": dc * f,', '"c": dc,', "the forget factor is missing"),
    # the state keeps running past each sequence's length
    "lstm_layer_lengths": (
        "h = np.where(alive, h_new, h)",
        "h = h_new",
        "h must stay at its last valid value",
    ),
    # h_n with the hidden size where a projection makes it proj_size
    "lstm_output_shapes": (
        '"h_n": (D * num_layers, batch, H_out),',
        '"h_n": (D * num_layers, batch, hidden_size),',
        "nn.LSTM's is H_out",
    ),
}
