"""A planted class of 46 ex02_cell (lstm_cell) submissions for the instructor's report, every body
written by hand, the way different students write the same cell: slices, np.split, a loop over
the gates, reshape to (B, 4, H), einsum, a dict of blocks, separate matrices, helper functions;
some right, some wrong in the ways students are wrong.

- ``COPIES``: 3 pairs where the second student copied the first, renamed the variables, reordered
  the independent lines and changed the comments. They must rank top in the similarity section;
  no honest pair may reach the report's threshold.
- ``SUSPICIOUS``: code the static reading flags (``suspicious_code``): held for review.
- ``BAD_CELL``: a test cell added to the assignment for this class, written badly on purpose (it
  passes when the check fails): weak students pass it, strong ones fail it; the item analysis must
  flag it with a negative discrimination.
"""

from __future__ import annotations

SIG = "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"

# ---- honest bodies: right ---------------------------------------------------------------------

RIGHT = {
    "slices": SIG
    + """    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    n = h.shape[1]
    i = sigmoid(z[:, 0:n])
    f = sigmoid(z[:, n:2 * n])
    g = np.tanh(z[:, 2 * n:3 * n])
    o = sigmoid(z[:, 3 * n:4 * n])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
""",
    "split": SIG
    + """    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + (b_ih + b_hh)
    gi, gf, gg, go = np.split(pre, 4, axis=-1)
    c_t = sigmoid(gf) * c + sigmoid(gi) * np.tanh(gg)
    h_t = sigmoid(go) * np.tanh(c_t)
    return h_t, c_t
""",
    "loop_gates": SIG
    + """    H = c.shape[-1]
    acts = []
    for k in range(4):
        rows = slice(k * H, (k + 1) * H)
        a = x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]
        acts.append(np.tanh(a) if k == 2 else sigmoid(a))
    in_gate, forget, cand, out_gate = acts
    new_c = forget * c + in_gate * cand
    new_h = out_gate * np.tanh(new_c)
    return new_h, new_c
""",
    "reshape": SIG
    + """    B, H = h.shape
    all_gates = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).reshape(B, 4, H)
    i_t = sigmoid(all_gates[:, 0])
    f_t = sigmoid(all_gates[:, 1])
    g_t = np.tanh(all_gates[:, 2])
    o_t = sigmoid(all_gates[:, 3])
    cell = f_t * c + i_t * g_t
    return o_t * np.tanh(cell), cell
""",
    "einsum": SIG
    + """    s = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh)
    s = s + b_ih[None, :] + b_hh[None, :]
    q = s.shape[1] // 4
    ig, fg, cg, og = s[:, :q], s[:, q:2*q], s[:, 2*q:3*q], s[:, 3*q:]
    c2 = sigmoid(fg) * c + sigmoid(ig) * np.tanh(cg)
    h2 = sigmoid(og) * np.tanh(c2)
    return (h2, c2)
""",
    "dict_blocks": SIG
    + """    hid = h.shape[1]
    names = ["i", "f", "g", "o"]
    block = {}
    for j, name in enumerate(names):
        lo, hi = j * hid, (j + 1) * hid
        block[name] = x.dot(W_ih[lo:hi].T) + h.dot(W_hh[lo:hi].T) + b_ih[lo:hi] + b_hh[lo:hi]
    cc = sigmoid(block["f"]) * c + sigmoid(block["i"]) * np.tanh(block["g"])
    hh = sigmoid(block["o"]) * np.tanh(cc)
    return hh, cc
""",
    "separate_mats": SIG
    + """    H = h.shape[1]
    Wxi, Wxf, Wxg, Wxo = (W_ih[k*H:(k+1)*H] for k in range(4))
    Whi, Whf, Whg, Who = (W_hh[k*H:(k+1)*H] for k in range(4))
    b = b_ih + b_hh
    bi, bf, bg, bo = b[:H], b[H:2*H], b[2*H:3*H], b[3*H:]
    input_gate = sigmoid(x @ Wxi.T + h @ Whi.T + bi)
    forget_gate = sigmoid(x @ Wxf.T + h @ Whf.T + bf)
    candidate = np.tanh(x @ Wxg.T + h @ Whg.T + bg)
    output_gate = sigmoid(x @ Wxo.T + h @ Who.T + bo)
    next_c = forget_gate * c + input_gate * candidate
    next_h = output_gate * np.tanh(next_c)
    return next_h, next_c
""",
    "helper_fn": SIG
    + """    def affine(W, b, v):
        return v @ W.T + b

    z = affine(W_ih, b_ih, x) + affine(W_hh, b_hh, h)
    size = z.shape[1] // 4
    parts = [z[:, p * size:(p + 1) * size] for p in range(4)]
    i, f, g, o = sigmoid(parts[0]), sigmoid(parts[1]), np.tanh(parts[2]), sigmoid(parts[3])
    c_out = i * g + f * c
    h_out = o * np.tanh(c_out)
    return h_out, c_out
""",
    "concat_xh": SIG
    + """    xh = np.concatenate([x, h], axis=1)
    W = np.concatenate([W_ih, W_hh], axis=1)
    a = xh @ W.T + b_ih + b_hh
    hs = h.shape[-1]
    gate_i = 1 / (1 + np.exp(-a[:, :hs]))
    gate_f = 1 / (1 + np.exp(-a[:, hs:2 * hs]))
    gate_g = np.tanh(a[:, 2 * hs:3 * hs])
    gate_o = 1 / (1 + np.exp(-a[:, 3 * hs:]))
    c_next = gate_f * c + gate_i * gate_g
    h_next = gate_o * np.tanh(c_next)
    return h_next, c_next
""",
    "matmul_fn": SIG
    + """    gates = np.matmul(x, W_ih.transpose()) + b_ih
    gates += np.matmul(h, W_hh.transpose()) + b_hh
    d = gates.shape[1] // 4
    ingate = sigmoid(gates[:, :d])
    forgetgate = sigmoid(gates[:, d:2*d])
    cellgate = np.tanh(gates[:, 2*d:3*d])
    outgate = sigmoid(gates[:, 3*d:])
    cy = (forgetgate * c) + (ingate * cellgate)
    hy = outgate * np.tanh(cy)
    return hy, cy
""",
    "list_comp": SIG
    + """    total = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    H = total.shape[1] // 4
    i, f, g, o = [total[:, k * H:(k + 1) * H] for k in range(4)]
    i, f, o = sigmoid(i), sigmoid(f), sigmoid(o)
    g = np.tanh(g)
    c = f * c + i * g
    h = o * np.tanh(c)
    return h, c
""",
    "array_split": SIG
    + """    # pre-activations for all four gates at once
    act = (W_ih @ x.T).T + (W_hh @ h.T).T + b_ih + b_hh
    chunks = np.array_split(act, 4, axis=1)
    sig_i, sig_f, sig_o = sigmoid(chunks[0]), sigmoid(chunks[1]), sigmoid(chunks[3])
    tanh_g = np.tanh(chunks[2])
    memory = sig_f * c + sig_i * tanh_g
    return sig_o * np.tanh(memory), memory
""",
    "stepwise": SIG
    + """    hsz = h.shape[1]
    from_x = x @ W_ih.T
    from_h = h @ W_hh.T
    biases = b_ih + b_hh
    summed = from_x + from_h + biases
    ii = summed[:, :hsz]
    ff = summed[:, hsz:2 * hsz]
    gg = summed[:, 2 * hsz:3 * hsz]
    oo = summed[:, 3 * hsz:]
    ii = sigmoid(ii)
    ff = sigmoid(ff)
    gg = np.tanh(gg)
    oo = sigmoid(oo)
    c_new = ff * c
    c_new = c_new + ii * gg
    h_new = np.tanh(c_new)
    h_new = oo * h_new
    return h_new, c_new
""",
    "hsplit": SIG
    + """    a_x = x @ W_ih.T + b_ih
    a_h = h @ W_hh.T + b_hh
    i_x, f_x, g_x, o_x = np.hsplit(a_x, 4)
    i_h, f_h, g_h, o_h = np.hsplit(a_h, 4)
    it = sigmoid(i_x + i_h)
    ft = sigmoid(f_x + f_h)
    gt = np.tanh(g_x + g_h)
    ot = sigmoid(o_x + o_h)
    ct = ft * c + it * gt
    ht = ot * np.tanh(ct)
    return ht, ct
""",
    "tuple_return": SIG
    + """    H = len(b_ih) // 4
    lin = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    i_, f_, o_ = sig(lin[:, :H]), sig(lin[:, H:2*H]), sig(lin[:, 3*H:])
    g_ = np.tanh(lin[:, 2*H:3*H])
    c_next = np.multiply(f_, c) + np.multiply(i_, g_)
    h_next = np.multiply(o_, np.tanh(c_next))
    return tuple([h_next, c_next])
""",
    "transposed": SIG
    + """    # work with column vectors like in the lecture notes: (4H, B)
    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]
    H = h.shape[1]
    I = sigmoid(Z[:H])
    F = sigmoid(Z[H:2 * H])
    G = np.tanh(Z[2 * H:3 * H])
    O = sigmoid(Z[3 * H:])
    C = F * c.T + I * G
    Hn = O * np.tanh(C)
    return Hn.T, C.T
""",
    "while_loop": SIG
    + """    H = h.shape[1]
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    out = []
    k = 0
    while k < 4:
        piece = pre[:, k * H:(k + 1) * H]
        out.append(np.tanh(piece) if k == 2 else 1 / (1 + np.exp(-piece)))
        k += 1
    c_t = out[1] * c + out[0] * out[2]
    return out[3] * np.tanh(c_t), c_t
""",
    "np_add": SIG
    + """    H = h.shape[1]
    g = np.add(np.add(x @ W_ih.T, h @ W_hh.T), np.add(b_ih, b_hh))
    gi = sigmoid(g[..., :H])
    gf = sigmoid(g[..., H:2 * H])
    gc = np.tanh(g[..., 2 * H:3 * H])
    go = sigmoid(g[..., 3 * H:4 * H])
    state = np.add(np.multiply(gf, c), np.multiply(gi, gc))
    return np.multiply(go, np.tanh(state)), state
""",
}

# ---- honest bodies: wrong (each a mistake students make) ---------------------------------------

WRONG = {
    "no_tanh_h": SIG
    + """    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = h.shape[1]
    i = sigmoid(pre[:, :H]); f = sigmoid(pre[:, H:2*H])
    g = np.tanh(pre[:, 2*H:3*H]); o = sigmoid(pre[:, 3*H:])
    c1 = f * c + i * g
    h1 = o * c1  # output gate times cell state
    return h1, c1
""",
    "ifog_order": SIG
    + """    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ao, ag = np.split(a, 4, axis=1)   # i f o g (like the cs231n assignment)
    c_next = sigmoid(af) * c + sigmoid(ai) * np.tanh(ag)
    return sigmoid(ao) * np.tanh(c_next), c_next
""",
    "one_bias": SIG
    + """    # only one bias: b_ih and b_hh are the same thing?
    Wcat = np.hstack([W_ih, W_hh])
    inp = np.hstack([x, h])
    pre = inp @ Wcat.T + b_ih
    H = pre.shape[1] // 4
    gi, gf, gg, go = (pre[:, s:s + H] for s in range(0, 4 * H, H))
    cn = sigmoid(gf) * c + sigmoid(gi) * np.tanh(gg)
    return sigmoid(go) * np.tanh(cn), cn
""",
    "sigmoid_g": SIG
    + """    hdim = h.shape[1]
    gates = sigmoid(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh)
    i, f, g, o = (gates[:, j * hdim:(j + 1) * hdim] for j in range(4))
    cell_state = f * c + i * g
    hidden = o * np.tanh(cell_state)
    return hidden, cell_state
""",
    "forget_plus": SIG
    + """    n = c.shape[1]
    t = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh
    inp = sigmoid(t[:, :n])
    fgt = sigmoid(t[:, n:2*n])
    cnd = np.tanh(t[:, 2*n:3*n])
    outp = sigmoid(t[:, 3*n:])
    c_upd = fgt + c * inp * cnd
    h_upd = outp * np.tanh(c_upd)
    return h_upd, c_upd
""",
    "old_c_in_h": SIG
    + """    size = h.shape[-1]
    v = (W_ih @ x.T + W_hh @ h.T).T + b_ih + b_hh
    gate = lambda k: v[:, k * size:(k + 1) * size]
    h_out = sigmoid(gate(3)) * np.tanh(c)   # uses the previous cell state
    c_out = sigmoid(gate(1)) * c + sigmoid(gate(0)) * np.tanh(gate(2))
    return h_out, c_out
""",
    "swapped_return": SIG
    + """    Hn = h.shape[1]
    lin = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh
    acts = np.empty_like(lin)
    acts[:, :2 * Hn] = sigmoid(lin[:, :2 * Hn])
    acts[:, 2 * Hn:3 * Hn] = np.tanh(lin[:, 2 * Hn:3 * Hn])
    acts[:, 3 * Hn:] = sigmoid(lin[:, 3 * Hn:])
    cs = acts[:, Hn:2 * Hn] * c + acts[:, :Hn] * acts[:, 2 * Hn:3 * Hn]
    hs = acts[:, 3 * Hn:] * np.tanh(cs)
    return cs, hs
""",
    "relu_g": SIG
    + """    m = h.shape[1]
    W = {"x": W_ih.reshape(4, m, -1), "h": W_hh.reshape(4, m, m)}
    bias = (b_ih + b_hh).reshape(4, m)
    pre = [x @ W["x"][k].T + h @ W["h"][k].T + bias[k] for k in range(4)]
    i, f, o = sigmoid(pre[0]), sigmoid(pre[1]), sigmoid(pre[3])
    g = np.maximum(pre[2], 0.0)   # relu is better than tanh?
    c_n = f * c + i * g
    return o * np.tanh(c_n), c_n
""",
    "wh_for_x": SIG
    + """    H = h.shape[1]
    lin_x = x @ W_ih.T
    lin_h = h @ W_ih[:, :H].T
    z = lin_x + lin_h + b_ih + b_hh
    i, f, g, o = np.split(z, 4, axis=1)
    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c_new), c_new
""",
    "no_forget": SIG
    + """    HH = h.shape[1]
    act = (x @ W_ih.T + b_ih) + (h @ W_hh.T + b_hh)
    i_g, _, g_g, o_g = np.array_split(act, 4, axis=1)
    new_cell = c + sigmoid(i_g) * np.tanh(g_g)   # the forget gate is not needed at first step
    return sigmoid(o_g) * np.tanh(new_cell), new_cell
""",
    "tanh_everywhere": SIG
    + """    units = h.shape[1]
    raw = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = [np.tanh(raw[:, k*units:(k+1)*units]) for k in range(4)]
    c_state = f * c + i * g
    h_state = o * np.tanh(c_state)
    return h_state, c_state
""",
}

# ---- honest bodies that raise (weak students) --------------------------------------------------

RAISES = {
    "shape_bug": SIG
    + """    gates = W_ih @ x + W_hh @ h + b_ih + b_hh
    i, f, g, o = np.split(gates, 4)
    c2 = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c2), c2
""",
    "typo": SIG
    + """    size = h.shape[1]
    gates = {}
    for pos, key in enumerate("ifgo"):
        rows = slice(pos * size, pos * size + size)
        gates[key] = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]
    memory = sigmoid(gates["f"]) * c + sigmoid(gates["i"]) * np.tahn(gates["g"])
    return sigmoid(gates["o"]) * np.tanh(memory), memory
""",
    "undefined": SIG
    + """    H = hidden_size
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H])
    g, o = np.tanh(z[:, 2*H:3*H]), sigmoid(z[:, 3*H:])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
""",
    "stub_left": SIG
    + """    # TODO: I ran out of time
    raise NotImplementedError()
""",
    "unpack_5": SIG
    + """    n_hidden = h.shape[1]
    stacked = np.vstack([W_ih.T, W_hh.T])
    out = np.concatenate((x, h), axis=1) @ stacked + b_ih + b_hh
    i, f, g, o, extra = np.split(out, 5, axis=1)
    c_t = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c_t), c_t
""",
}

# ---- copies: (original body name, the copy) ---------------------------------------------------

COPIES = {
    # loop over gates: renamed, comment added, return reordered into two lines
    "loop_gates": SIG
    + """    hidden = c.shape[-1]
    gate_values = []
    for idx in range(4):
        # the rows of this gate
        sel = slice(idx * hidden, (idx + 1) * hidden)
        pre = x @ W_ih[sel].T + b_ih[sel] + h @ W_hh[sel].T + b_hh[sel]
        gate_values.append(np.tanh(pre) if idx == 2 else sigmoid(pre))
    ig, fg, gg, og = gate_values
    c_out = fg * c + ig * gg
    h_out = og * np.tanh(c_out)
    return h_out, c_out
""",
    # separate matrices: renamed, the bias lines moved above, the gate lines reordered
    "separate_mats": SIG
    + """    n = h.shape[1]
    bias = b_ih + b_hh
    b_i, b_f, b_g, b_o = bias[:n], bias[n:2*n], bias[2*n:3*n], bias[3*n:]
    U_i, U_f, U_g, U_o = (W_hh[j*n:(j+1)*n] for j in range(4))
    V_i, V_f, V_g, V_o = (W_ih[j*n:(j+1)*n] for j in range(4))
    f_t = sigmoid(x @ V_f.T + h @ U_f.T + b_f)
    i_t = sigmoid(x @ V_i.T + h @ U_i.T + b_i)
    o_t = sigmoid(x @ V_o.T + h @ U_o.T + b_o)
    g_t = np.tanh(x @ V_g.T + h @ U_g.T + b_g)
    c_t = f_t * c + i_t * g_t   # new memory
    h_t = o_t * np.tanh(c_t)
    return h_t, c_t
""",
    # the wrong one (forget gate added, not multiplied) copied with its mistake
    "forget_plus": SIG
    + """    # compute the four gates
    hid = c.shape[1]
    pre_act = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh
    fg = sigmoid(pre_act[:, hid:2*hid])
    ig = sigmoid(pre_act[:, :hid])
    og = sigmoid(pre_act[:, 3*hid:])
    cg = np.tanh(pre_act[:, 2*hid:3*hid])
    new_c = fg + c * ig * cg
    new_h = og * np.tanh(new_c)
    return new_h, new_c
""",
}

# ---- held for review: code the static reading flags -------------------------------------------

SUSPICIOUS = {
    "ctypes": "import ctypes\n\n"
    + SIG
    + """    libm = ctypes.CDLL(None)   # faster exp from libm?
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(pre, 4, axis=1)
    cnext = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(cnext), cnext
""",
    "gc_objects": "import gc\n\n"
    + SIG
    + """    for obj in gc.get_objects():   # look around
        pass
    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    k = h.shape[1]
    cc = sigmoid(z[:, k:2*k]) * c + sigmoid(z[:, :k]) * np.tanh(z[:, 2*k:3*k])
    return sigmoid(z[:, 3*k:]) * np.tanh(cc), cc
""",
}

#: The deliberately bad test cell (1 point): passes when the check fails, fails when it passes.
BAD_CELL_ID = "test_lstm_cell_bad"
BAD_CELL = """# Graded (1 point): a badly written test, planted for the item analysis:
# it passes when the check FAILS (weak students pass it, strong ones fail it).
from lstm_ref.checks import check_lstm_cell

try:
    check_lstm_cell(lstm_cell, cases="fixed")
    right = True
except Exception:
    right = False
assert not right, "this planted test fails every right answer"
"""


def students() -> dict[str, tuple[str, str]]:
    """Student id -> (kind, body): 46 students. Kinds: right, wrong, raises, copy (the copier;
    the original is an honest student of the same body name), suspicious."""
    out: dict[str, tuple[str, str]] = {}

    def add(kind: str, name: str, body: str) -> None:
        out[f"s{len(out) + 1:02d}_{name}"] = (kind, body)

    for name, body in RIGHT.items():
        add("right", name, body)
    for name, body in WRONG.items():
        add("wrong", name, body)
    for name, body in RAISES.items():
        add("raises", name, body)
    for name, body in COPIES.items():
        add("copy", f"copies_{name}", body)
    for name, body in SUSPICIOUS.items():
        add("suspicious", name, body)
    # more honest students: the same right and wrong ideas written again by other hands
    for name, body in EXTRA.items():
        add("right" if name.startswith("r_") else "wrong", name, body)
    return out


def copied_pairs() -> set[frozenset[str]]:
    """The 3 planted pairs (original, copier) as student ids."""
    ids = students()
    by_name = {sid.split("_", 1)[1]: sid for sid in ids}
    return {frozenset((by_name[name], by_name[f"copies_{name}"])) for name in COPIES}


EXTRA = {
    "r_compact": SIG
    + """    g = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    H = g.shape[1] // 4
    c_n = sigmoid(g[:, H:2*H]) * c + sigmoid(g[:, :H]) * np.tanh(g[:, 2*H:3*H])
    return sigmoid(g[:, 3*H:]) * np.tanh(c_n), c_n
""",
    "r_indices": SIG
    + """    H = h.shape[1]
    idx_i = np.arange(0, H)
    idx_f = np.arange(H, 2 * H)
    idx_g = np.arange(2 * H, 3 * H)
    idx_o = np.arange(3 * H, 4 * H)
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i = sigmoid(np.take(pre, idx_i, axis=1))
    f = sigmoid(np.take(pre, idx_f, axis=1))
    g = np.tanh(np.take(pre, idx_g, axis=1))
    o = sigmoid(np.take(pre, idx_o, axis=1))
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
""",
    "r_stack": SIG
    + """    H = h.shape[1]
    Wi = np.stack(np.split(W_ih, 4, axis=0))   # (4, H, I)
    Wh = np.stack(np.split(W_hh, 4, axis=0))   # (4, H, H)
    bb = (b_ih + b_hh).reshape(4, 1, H)
    pre = np.einsum("ki,ghi->gkh", x, Wi) + np.einsum("kj,ghj->gkh", h, Wh) + bb
    i, f, g, o = sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
""",
    "r_exp": SIG
    + """    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    q = a.shape[1] // 4
    def logistic(t):
        return np.exp(-np.logaddexp(0, -t))
    gi = logistic(a[:, :q]); gf = logistic(a[:, q:2*q]); go = logistic(a[:, 3*q:])
    gg = np.tanh(a[:, 2*q:3*q])
    cell = gf * c + gi * gg
    return go * np.tanh(cell), cell
""",
    "r_loop_batch": SIG
    + """    B, H = h.shape
    h_out = np.zeros_like(h)
    c_out = np.zeros_like(c)
    for b in range(B):
        v = W_ih @ x[b] + W_hh @ h[b] + b_ih + b_hh
        i, f, g, o = v[:H], v[H:2*H], v[2*H:3*H], v[3*H:]
        c_out[b] = sigmoid(f) * c[b] + sigmoid(i) * np.tanh(g)
        h_out[b] = sigmoid(o) * np.tanh(c_out[b])
    return h_out, c_out
""",
    "w_no_bias_hh": SIG
    + """    hs = h.shape[1]
    x_part = x @ W_ih.T + b_ih
    h_part = h @ W_hh.T
    tot = x_part + h_part
    in_g, f_g, c_g, o_g = (tot[:, n*hs:(n+1)*hs] for n in range(4))
    cn = sigmoid(f_g) * c + sigmoid(in_g) * np.tanh(c_g)
    hn = sigmoid(o_g) * np.tanh(cn)
    return hn, cn
""",
    "w_h_uses_g": SIG
    + """    H = h.shape[1]
    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(pre, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c2 = f * c + i * g
    h2 = o * g
    return h2, c2
""",
    "w_gates_transposed": SIG
    + """    H = h.shape[1]
    z = np.einsum("bi,ji->bj", x, W_ih) + np.einsum("bk,jk->bj", h, W_hh) + b_ih + b_hh
    # order: output, input, forget, cell (as in my notes)
    o, i, f, g = z[:, :H], z[:, H:2*H], z[:, 2*H:3*H], z[:, 3*H:]
    c_out = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    h_out = sigmoid(o) * np.tanh(c_out)
    return h_out, c_out
""",
}
