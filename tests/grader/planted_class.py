"""A synthetic class of 40 students for the class report's test: ex02_cell (lstm_cell) written
right in two styles, or with one of a few mistakes planted in known numbers, as students write
them (separate matrices, slices, np.split, a typo, a loop that never ends, two mistakes at once).

``PLANTED`` says, per body, how many students get it and what the checks must diagnose; the test
asserts that the class report counts exactly these numbers.
"""

from __future__ import annotations

VECTOR = """def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = h.shape[1]
    i = sigmoid(gates[:, :H])
    f = sigmoid(gates[:, H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = sigmoid(gates[:, 3 * H:])
    c_new = f * c + i * g
    return {ret}, c_new
"""

SEPARATE = """def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]
    W_hi, W_hf, W_hg, W_ho = W_hh[{hi}], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]
    b = b_ih + b_hh
    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b[:H])
    f = sigmoid(x @ W_if.T + h @ W_hf.T + b[H:2*H])
    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b[2*H:3*H])
    o = sigmoid(x @ W_io.T + h @ W_ho.T + b[3*H:])
    c_next = f * c + i * g
    h_next = {ret}
    return h_next, c_next
"""

CS231N_ORDER = """def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ao, ag = np.split(a, 4, axis=1)  # i, f, o, g as in CS231n
    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
"""

TYPO = """def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    c_next = sigmoid(f) * c + sigmoid(i) * np.tahn(g)
    return sigmoid(o) * np.tanh(c_next), c_next
"""

FOREVER = """def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    h_next = h.copy()
    while True:  # "iterate until it converges"
        h_next = h_next * 1.0
    return h_next, c
"""

#: body name -> (source, number of students, finding ids the checks must report)
PLANTED = {
    "vector": (VECTOR.format(ret="o * np.tanh(c_new)"), 9, ()),
    "separate": (SEPARATE.format(hi=":H", ret="o * np.tanh(c_next)"), 8, ()),
    # seed 001's bug: the input gate reads the forget gate's rows of W_hh
    "reads_W_hf": (SEPARATE.format(hi="H:2*H", ret="o * np.tanh(c_next)"), 7,
                   ("gate.reads_other_block",)),
    "no_tanh": (VECTOR.format(ret="o * c_new"), 5, ("cell.h_tanh_missing",)),
    "cs231n": (CS231N_ORDER, 4, ("gates.exchanged",)),
    # two mistakes at once (W_hf and no tanh): the checks name both (issue 11)
    "both": (SEPARATE.format(hi="H:2*H", ret="o * c_next"), 2,
             ("gate.reads_other_block", "cell.h_tanh_missing")),
    "typo": (TYPO, 3, ("call.raised",)),
    "forever": (FOREVER, 1, ()),  # a timeout: a grading finding, not a diagnosed mistake
}  # fmt: skip

#: a student with a right solution who replaced the fixed test cell by `print("passed")`
EDITED_TEST_CELL = "test_lstm_cell_fixed"


def students() -> dict[str, str]:
    """Student id -> the body they wrote (40 students; one more with an edited test cell)."""
    out = {}
    for name, (_, count, _) in PLANTED.items():
        for _ in range(count):
            out[f"s{len(out) + 1:02d}_{name}"] = name
    out[f"s{len(out) + 1:02d}_edited"] = "vector"
    return out
