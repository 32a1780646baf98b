# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The eleventh blind corpus, kept as its two authors wrote it (/work/blind11a and /work/blind11b,
one for sigmoid, lstm_gates, lstm_cell, lstm_layer, ScratchLSTM and lstm_output_shapes, one for
bilstm_layer, the two backward functions and the two lengths functions; flattened here into one
list): written from the built book's notebooks, the students' guide and the eight exercise
notebooks only, by authors who never read lstm_ref, the tests or the other corpora, after the
engine's seventh round (run on d992037); the words a message must contain were fixed before its
first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_c_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=float)\n    out = np.empty_like(z)\n    pos = z >= 0\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n    ez = np.exp(z[~pos])\n    out[~pos] = ez / (1.0 + ez)\n    return out\n",
    },
    {
        "id": "sig_c_tanh",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    # math: sigma(z) = (1 + tanh(z/2)) / 2, tanh never overflows\n    z = np.asarray(z, dtype=np.float64)\n    s = np.empty_like(z)\n    np.tanh(0.5 * z, out=s)\n    s += 1.0\n    s *= 0.5\n    return s\n",
    },
    {
        "id": "sig_c_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z)\n    z = np.asarray(z, dtype=np.float64)\n    return np.exp(-np.logaddexp(0.0, -z), out=np.empty_like(z))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula: np.exp(-z) overflows for z = -1000 (RuntimeWarning)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_clip20",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-20, 20]: sigma saturates too early, values wrong for |z| > ~20",
                "must_mention": [{"any": ["clip", "saturat", "cut off", "limited"]}],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    # clip to avoid overflow (saw this on StackOverflow)\n    z = np.clip(z, -20, 20)\n    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so np.exp(-z)/np.exp(z) still overflow (warning)",
                "must_mention": [
                    "overflow",
                    {
                        "any": [
                            "both branch",
                            "both express",
                            "evaluates both",
                            "computes both",
                            "both sides",
                            "every element",
                            "before choosing",
                        ]
                    },
                ],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32: result dtype float32, precision lost",
                "must_mention": ["float32"],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float32)   # float32 is enough for probabilities\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_tanh_noscale",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "forgets the 1/2 inside tanh: computes sigma(2z)",
                "must_mention": [{"any": ["2z", "z/2", "2 z", "2*z", "2·z", "scale", "twice"]}],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    # sigmoid is a shifted and scaled tanh\n    return 0.5 * (1 + np.tanh(z))\n",
    },
    {
        "id": "sig_flat_loop",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over np.ravel(z) and never reshapes: returns a flat 1-D array instead of z's shape",
                "must_mention": [
                    {
                        "any": [
                            "flat",
                            "ravel",
                            "1-d",
                            "one-dimensional",
                            "reshape",
                            "same shape as z",
                            "shape of z",
                            "z's shape",
                        ]
                    }
                ],
            }
        ],
        "source": "\nimport math\nimport numpy as np\n\ndef sigmoid(z):\n    vals = []\n    for v in np.ravel(z):\n        if v >= 0:\n            vals.append(1 / (1 + math.exp(-v)))\n        else:\n            vals.append(math.exp(v) / (1 + math.exp(v)))\n    return np.array(vals)\n",
    },
    {
        "id": "sig_D_inplace_swapped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.abs(z, out=z) overwrites the caller's array",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "unchanged", "changed", "overwr"]}
                ],
            },
            {
                "what": "the two branches are swapped: returns sigma(-z) = 1 - sigma(z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(-z)",
                            "σ(−z)",
                            "sigmoid(-z)",
                            "1 - σ",
                            "1 − σ",
                            "1-σ",
                            "branches",
                            "sign",
                            "negated",
                            "mirror",
                        ]
                    }
                ],
            },
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    neg = z < 0\n    np.abs(z, out=z)            # reuse the memory\n    e = np.exp(-z)\n    s = e / (1 + e)\n    s[neg] = 1 / (1 + e[neg])\n    return s\n",
    },
    {
        "id": "gates_c_pergate_loop",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    acts = []\n    for k in range(4):\n        rows = slice(k * H, (k + 1) * H)\n        pre = x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]\n        acts.append(np.tanh(pre) if k == 2 else sigmoid(pre))\n    i, f, g, o = acts\n    return i, f, g, o\n",
    },
    {
        "id": "gates_c_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\ndef sigmoid(z):\n    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + (b_ih + b_hh)\n    zi, zf, zg, zo = np.array_split(z, 4, axis=-1)\n    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n',
    },
    {
        "id": "gates_keras_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes W_ih/W_hh to (I, 4H)/(H, 4H) instead of transposing them",
                "must_mention": [{"any": ["reshape", "transpos", ".T"]}],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    # Keras keeps the kernel as (input_dim, 4*units): x @ kernel\n    H = h.shape[1]\n    kernel = W_ih.reshape(x.shape[1], 4 * H)\n    recurrent = W_hh.reshape(H, 4 * H)\n    z = x @ kernel + h @ recurrent + b_ih + b_hh\n    i = sigmoid(z[:, :H])\n    f = sigmoid(z[:, H:2 * H])\n    c = np.tanh(z[:, 2 * H:3 * H])\n    o = sigmoid(z[:, 3 * H:])\n    return i, f, c, o\n",
    },
    {
        "id": "gates_cs231n_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the pre-activations in CS231n's order i, f, o, g (g and o blocks swapped)",
                "must_mention": [
                    {
                        "any": [
                            "(i, f, o, g)",
                            "i, f, o, g",
                            "ifog",
                            "g and o",
                            "o and g",
                            "o, g",
                            "swapped",
                            "order",
                        ]
                    }
                ],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    ai, af, ao, ag = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n    i = sigmoid(ai)\n    f = sigmoid(af)\n    o = sigmoid(ao)\n    g = np.tanh(ag)\n    return i, f, g, o\n",
    },
    {
        "id": "gates_g_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "applies sigmoid to the candidate g instead of tanh", "must_mention": ["tanh"]}
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = [sigmoid(part) for part in (a_i, a_f, a_g, a_o)]   # all gates are sigmoids\n    return i, f, g, o\n",
    },
    {
        "id": "gates_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forgets the recurrent bias b_hh",
                "must_mention": [{"any": ["b_hh", "recurrent bias", "hidden bias", "b_h"]}],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    # one bias is enough: b = b_ih\n    a = x @ W_ih.T + h @ W_hh.T + b_ih\n    i, f, g, o = np.split(a, 4, axis=1)\n    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_column_vectors",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "works with column vectors and returns each gate as (H, B), transposed",
                "must_mention": [{"any": ["transpos", "(H, B)", "column"]}],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    # column vectors, as in the equations: z = W x + b\n    H = W_hh.shape[1]\n    z = W_ih @ x.T + b_ih[:, None] + W_hh @ h.T + b_hh[:, None]   # (4H, B)\n    i = sigmoid(z[0:H])\n    f = sigmoid(z[H:2*H])\n    g = np.tanh(z[2*H:3*H])\n    o = sigmoid(z[3*H:4*H])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(a, 4) without axis=1 splits the batch axis, not the 4H axis",
                "must_mention": ["axis"],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4)\n    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_H_from_x",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes H from x.shape[1] (the input size I), so the gate slices are wrong when I != H",
                "must_mention": [
                    {"any": ["input size", "I != H", "I ≠ H", "x.shape", "hidden size", "size I"]}
                ],
            }
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    B, H = x.shape          # hidden size\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i = sigmoid(z[:, 0:H])\n    f = sigmoid(z[:, H:2 * H])\n    g = np.tanh(z[:, 2 * H:3 * H])\n    o = sigmoid(z[:, 3 * H:4 * H])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_D_order_nobih",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in the order i, f, o, g",
                "must_mention": [
                    {
                        "any": [
                            "(i, f, o, g)",
                            "i, f, o, g",
                            "ifog",
                            "g and o",
                            "o and g",
                            "o, g",
                            "swapped",
                            "order",
                        ]
                    }
                ],
            },
            {
                "what": "forgets the input bias b_ih",
                "must_mention": [{"any": ["b_ih", "input bias"]}],
            },
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    N, H = h.shape\n    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_hh\n    i = sigmoid(a[:, 0:H])\n    f = sigmoid(a[:, H:2*H])\n    o = sigmoid(a[:, 2*H:3*H])\n    g = np.tanh(a[:, 3*H:4*H])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_D_copypaste",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate reads W_hh[0:H] (W_hi) instead of W_hh[H:2H] (W_hf)",
                "must_mention": [{"any": ["W_hi", "W_hh[0:H]", "W_hh[:H]"]}],
            },
            {
                "what": "output gate uses tanh instead of sigmoid",
                "must_mention": [
                    {"any": ["output gate", "o gate", "gate o"]},
                    {"any": ["sigmoid", "σ", "tanh"]},
                ],
            },
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n    W_hi, W_hf, W_hg, W_ho = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n    b_i = b_ih[:H] + b_hh[:H]\n    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n    b_o = b_ih[3*H:] + b_hh[3*H:]\n    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n    f = sigmoid(x @ W_if.T + h @ W_hi.T + b_f)\n    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n    o = np.tanh(x @ W_io.T + h @ W_ho.T + b_o)\n    return i, f, g, o\n",
    },
    {
        "id": "cell_c_concat",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    W = np.concatenate([W_ih, W_hh], axis=1)          # (4H, I+H)\n    xh = np.concatenate([x, h], axis=1)                # (B, I+H)\n    z = xh @ W.T + (b_ih + b_hh)\n    H = h.shape[-1]\n    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H])\n    g = np.tanh(z[:, 2*H:3*H]); o = sigmoid(z[:, 3*H:])\n    c_new = f * c + i * g\n    return o * np.tanh(c_new), c_new\n',
    },
    {
        "id": "cell_c_rowloop",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B, H = h.shape\n    h_next = np.zeros((B, H))\n    c_next = np.zeros((B, H))\n    for b in range(B):                       # one example at a time, as in chapter 3\n        gates = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh\n        i = sigmoid(gates[0:H])\n        f = sigmoid(gates[H:2*H])\n        g = np.tanh(gates[2*H:3*H])\n        o = sigmoid(gates[3*H:4*H])\n        c_next[b] = f * c[b] + i * g\n        h_next[b] = o * np.tanh(c_next[b])\n    return h_next, c_next\n',
    },
    {
        "id": "cell_return_ch",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [
                    {
                        "any": [
                            "(c_next, h_next)",
                            "(c, h)",
                            "c_next first",
                            "order",
                            "swapped",
                            "returned c",
                            "c first",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    h_t = o * np.tanh(c_t)\n    return c_t, h_t\n',
    },
    {
        "id": "cell_no_tanh_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: forgets tanh on the new cell state",
                "must_mention": ["tanh"],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * c_next\n    return h_next, c_next\n',
    },
    {
        "id": "cell_old_c_in_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old cell state c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_{t−1}",
                            "old c",
                            "previous c",
                            "old cell",
                            "previous cell",
                            "tanh(c)",
                            "instead of c_next",
                            "instead of c_t",
                            "c instead",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H]); g = np.tanh(z[:, 2*H:3*H]); o = sigmoid(z[:, 3*H:])\n    h_next = o * np.tanh(c)          # h_t = o * tanh(c)\n    c_next = f * c + i * g\n    return h_next, c_next\n',
    },
    {
        "id": "cell_forget_i",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + g: the candidate is not multiplied by the input gate i",
                "must_mention": [
                    {"any": ["input gate", "i_t", "i *", "i ⊙", "i·g", "i * g", "i ⊙ g"]}
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    f, g, o = sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + g                 # add the new candidate\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i*g): the caller's c is changed",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "unchanged", "changed", "overwr"]}
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c *= f\n    c += i * g\n    return o * np.tanh(c), c\n',
    },
    {
        "id": "cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "writes its own naive sigmoid, which overflows for large negative pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef sig(z):\n    return 1.0 / (1.0 + np.exp(-z))\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    H = W_hh.shape[1]\n    i, f, g, o = sig(a[:, :H]), sig(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sig(a[:, 3*H:])\n    c_next = f * c + i * g\n    return o * np.tanh(c_next), c_next\n',
    },
    {
        "id": "cell_batch_offbyone",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(B - 1): the last batch row is never computed (stays 0)",
                "must_mention": [
                    {
                        "any": [
                            "last row",
                            "last batch",
                            "last example",
                            "range(B - 1)",
                            "range(B-1)",
                            "row B-1",
                            "row B − 1",
                            "zero",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B, H = h.shape\n    h_next = np.zeros_like(h)\n    c_next = np.zeros_like(c)\n    for n in range(B - 1):\n        z = W_ih @ x[n] + W_hh @ h[n] + b_ih + b_hh\n        i, f, g, o = sigmoid(z[:H]), sigmoid(z[H:2*H]), np.tanh(z[2*H:3*H]), sigmoid(z[3*H:])\n        c_next[n] = f * c[n] + i * g\n        h_next[n] = o * np.tanh(c_next[n])\n    return h_next, c_next\n',
    },
    {
        "id": "cell_if_swapped",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i*c + f*g: the input and forget gates' roles are exchanged",
                "must_mention": [
                    {
                        "any": [
                            "i and f",
                            "f and i",
                            "input and forget",
                            "forget and input",
                            "swap",
                            "exchang",
                            "i * c",
                            "i ⊙ c",
                            "f * g",
                            "f ⊙ g",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = i * c + f * g\n    return o * np.tanh(c_next), c_next\n',
    },
    {
        "id": "cell_D_cs231n",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks in the order i, f, o, g",
                "must_mention": [
                    {
                        "any": [
                            "(i, f, o, g)",
                            "i, f, o, g",
                            "ifog",
                            "g and o",
                            "o and g",
                            "o, g",
                            "swapped",
                            "order",
                        ]
                    }
                ],
            },
            {
                "what": "returns (c_next, h_next)",
                "must_mention": [
                    {
                        "any": [
                            "(c_next, h_next)",
                            "(c, h)",
                            "c_next first",
                            "order",
                            "swapped",
                            "returned c",
                            "c first",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # from CS231n\'s lstm_step_forward\n    N, H = h.shape\n    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n    i = sigmoid(a[:, 0:H])\n    f = sigmoid(a[:, H:2 * H])\n    o = sigmoid(a[:, 2 * H:3 * H])\n    g = np.tanh(a[:, 3 * H:4 * H])\n    next_c = f * c + i * g\n    next_h = o * np.tanh(next_c)\n    return next_c, next_h\n',
    },
    {
        "id": "cell_D_gru_nobias",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "multiplies the old cell state by (1 - f) instead of f",
                "must_mention": [{"any": ["1 - f", "1 − f", "(1-f)", "1-f"]}],
            },
            {"what": "forgets b_ih", "must_mention": [{"any": ["b_ih", "input bias"]}]},
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    z = x @ W_ih.T + h @ W_hh.T + b_hh\n    i = sigmoid(z[:, 0*H:1*H])\n    f = sigmoid(z[:, 1*H:2*H])\n    g = np.tanh(z[:, 2*H:3*H])\n    o = sigmoid(z[:, 3*H:4*H])\n    c_next = (1 - f) * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_D_f32_slice",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "computes in float32 and returns float32 arrays", "must_mention": ["float32"]},
            {
                "what": "the output gate reads W_ih[2H:3H] (W_ig) instead of W_ih[3H:4H] (W_io)",
                "must_mention": [{"any": ["W_ig", "W_ih[2H:3H]", "2H:3H"]}],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    x32, h32 = x.astype(np.float32), h.astype(np.float32)\n    def pre(k, k_in=None):\n        k_in = k if k_in is None else k_in\n        r, r_in = slice(k*H, (k+1)*H), slice(k_in*H, (k_in+1)*H)\n        return x32 @ W_ih[r_in].T.astype(np.float32) + h32 @ W_hh[r].T.astype(np.float32) + b_ih[r] + b_hh[r]\n    i = sigmoid(pre(0))\n    f = sigmoid(pre(1))\n    g = np.tanh(pre(2))\n    o = sigmoid(pre(3, 2))\n    c_next = (f * c + i * g).astype(np.float32)\n    return (o * np.tanh(c_next)).astype(np.float32), c_next\n',
    },
    {
        "id": "layer_c_list_stack",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n    out = np.stack(hs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_c_prealloc_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    H = W_hh.shape[-1]\n    if batch_first:\n        B, T = x.shape[0], x.shape[1]\n    else:\n        T, B = x.shape[0], x.shape[1]\n    h_t = np.zeros((B, H), dtype=np.float64) if h0 is None else h0.copy()\n    c_t = np.zeros((B, H), dtype=np.float64) if c0 is None else c0.copy()\n    out = np.empty((B, T, H) if batch_first else (T, B, H))\n    for t in range(T):\n        x_t = x[:, t, :] if batch_first else x[t]\n        # the gates inline\n        z = x_t @ W_ih.T + h_t @ W_hh.T + b_ih + b_hh\n        i_t, f_t, o_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])\n        g_t = np.tanh(z[:, 2*H:3*H])\n        c_t = f_t * c_t + i_t * g_t\n        h_t = o_t * np.tanh(c_t)\n        if batch_first:\n            out[:, t, :] = h_t\n        else:\n            out[t] = h_t\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_ignore_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: reads (B, T, I) as (T, B, I)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    T, B = x.shape[0], x.shape[1]\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    return np.array(outputs), (h, c)\n',
    },
    {
        "id": "layer_c0_every_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "passes c0 to every step: the cell state is not carried from step to step",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c is not carried",
                            "not carried",
                            "carry",
                            "c0",
                            "c_0",
                            "c_{t-1}",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.swapaxes(x, 0, 1)\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h = h0 if h0 is not None else np.zeros((B, H))\n    c0 = c0 if c0 is not None else np.zeros((B, H))\n    out = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c0, W_ih, W_hh, b_ih, b_hh)\n        out.append(h)\n    out = np.stack(out)\n    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_out_before_update",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h before the update: out[t] holds h_{t-1} (out[0] = h0), one step late",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "h_{t-1}",
                            "h_{t−1}",
                            "one step",
                            "before the step",
                            "lag",
                            "late",
                            "previous step",
                            "out[0] = h0",
                            "h0 in out",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        out[t] = h                      # output of step t\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_zeros_I",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None makes zeros of shape (B, I) (input size) instead of (B, H)",
                "must_mention": [
                    {"any": ["(B, I)", "input size", "input_size", "I != H", "I ≠ H", "size I"]}
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    seq_len, batch, input_size = x.shape\n    if h0 is None:\n        h0 = np.zeros((batch, input_size))\n    if c0 is None:\n        c0 = np.zeros((batch, input_size))\n    h, c = h0, c0\n    hs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n    out = np.stack(hs)\n    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n',
    },
    {
        "id": "layer_bf_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape instead of a transpose of the first two axes",
                "must_mention": [{"any": ["reshape", "transpos", "swapaxes", "swap the"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    H = W_hh.shape[1]\n    if batch_first:\n        B, T, I = x.shape\n        x = x.reshape(T, B, I)\n    T, B, I = x.shape\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n    if batch_first:\n        out = out.reshape(B, T, H)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_inplace_h0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the new state into h0/c0's buffers (h[:] = ...): the caller's h0 and c0 change",
                "must_mention": [
                    {"any": ["modif", "in place", "in-place", "unchanged", "changed", "overwr"]}
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.moveaxis(x, 1, 0)\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h = h0 if h0 is not None else np.zeros((B, H))\n    c = c0 if c0 is not None else np.zeros((B, H))\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[:] = h_new          # keep the same buffers\n        c[:] = c_new\n        out[t] = h\n    if batch_first:\n        out = np.moveaxis(out, 0, 1)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_if_not_h0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "tests `if not h0:` instead of `if h0 is None:` (ambiguous truth value of an array)",
                "must_mention": [{"any": ["is None", "if not h0", "if not", "truth value"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if not h0:\n        h0 = np.zeros((B, H))\n    if not c0:\n        c0 = np.zeros((B, H))\n    h, c, hs = h0, c0, []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n    out = np.stack(hs)\n    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n',
    },
    {
        "id": "layer_D_bf_hn0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            },
            {
                "what": "returns the state after step 0 as (h_n, c_n) instead of after step T-1",
                "must_mention": [
                    {"any": ["out[0]", "step 0", "first step", "after the first", "t = 0", "t=0"]}
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs, cs = [], []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    out = np.stack(hs)\n    return out, (hs[0], cs[0])\n',
    },
    {
        "id": "layer_D_reversed_cn_hn",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops t from T-1 down to 0: reads the sequence backwards",
                "must_mention": [
                    {"any": ["backward", "revers", "T-1 down", "T−1 down", "end", "direction"]}
                ],
            },
            {
                "what": "returns (c_n, h_n) in swapped order",
                "must_mention": [
                    {"any": ["(c_n, h_n)", "swapped", "order", "c_n first", "h_n and c_n"]}
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T - 1, -1, -1):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (c, h)\n',
    },
    {
        "id": "layer_D_c0_zerosI",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c0 is passed to every step: the cell state is not carried",
                "must_mention": [
                    {"any": ["cell state", "not carried", "carry", "c0", "c_0", "c_{t-1}"]}
                ],
            },
            {
                "what": "zeros of shape (B, I) instead of (B, H) when h0 is None",
                "must_mention": [
                    {"any": ["(B, I)", "input size", "input_size", "I != H", "I ≠ H", "size I"]}
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    xs = np.transpose(x, (1, 0, 2)) if batch_first else x\n    B = xs.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, xs.shape[2]))\n        c0 = np.zeros((B, xs.shape[2]))\n    h = h0\n    outs = []\n    for x_t in xs:\n        h, c = lstm_cell(x_t, h, c0, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    out = np.array(outs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (h, c)\n',
    },
    {
        "id": "layer_D_shift_ignore_h0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h before the update: out shifted by one step",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "h_{t-1}",
                            "h_{t−1}",
                            "one step",
                            "before the step",
                            "lag",
                            "late",
                            "previous step",
                        ]
                    }
                ],
            },
            {
                "what": "ignores the given h0 and starts h from zeros",
                "must_mention": [
                    {"any": ["h0", "h_0", "initial state", "initial h"]},
                    {"any": ["ignor", "zeros", "not used", "unused"]},
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.swapaxes(0, 1)\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H))            # the LSTM starts from zeros\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = []\n    for t in range(T):\n        out.append(h)\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n    out = np.stack(out)\n    if batch_first:\n        out = out.swapaxes(0, 1)\n    return out, (h, c)\n',
    },
    {
        "id": "scratch_c_dict",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=4 * H)\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = [k for k in self.params if k not in state]\n        extra = [k for k in state if k not in self.params]\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        new = {}\n        for name, value in self.params.items():\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != value.shape:\n                raise ValueError(f"{name}: shape {arr.shape}, expected {value.shape}")\n            new[name] = arr\n        self.params = new\n\n    def _direction(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.empty((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n, c_n = [], []\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                row = layer * D + d\n                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(o)\n                h_n.append(h)\n                c_n.append(c)\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (np.stack(h_n), np.stack(c_n))\n',
    },
    {
        "id": "scratch_c_lists",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\n\ndef cell(x, h, c, Wi, Wh, bi, bh):\n    z = x @ Wi.T + h @ Wh.T + bi + bh\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    c = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n    return sigmoid(zo) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        self.values = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for suffix in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    self.names.append(f"{base}_l{l}{suffix}")\n                    self.values.append(gen.uniform(-bound, bound, shape))\n\n    def state_dict(self):\n        return dict(zip(self.names, [np.array(v, dtype=np.float64) for v in self.values]))\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for j, name in enumerate(self.names):\n            if np.shape(state[name]) != self.values[j].shape:\n                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected {self.values[j].shape}")\n            self.values[j] = np.array(state[name], dtype=np.float64, copy=True)\n\n    def _p(self, name):\n        return self.values[self.names.index(name)]\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h_all, c_all = [], []\n        for l in range(self.L):\n            dir_outs = []\n            for d, suffix in enumerate(self.dirs):\n                Wi, Wh = self._p(f"weight_ih_l{l}{suffix}"), self._p(f"weight_hh_l{l}{suffix}")\n                if self.bias:\n                    bi, bh = self._p(f"bias_ih_l{l}{suffix}"), self._p(f"bias_hh_l{l}{suffix}")\n                else:\n                    bi = bh = 0.0\n                h, c = hx[0][l * D + d], hx[1][l * D + d]\n                src = seq[::-1] if d == 1 else seq\n                hs = []\n                for x_t in src:\n                    h, c = cell(x_t, h, c, Wi, Wh, bi, bh)\n                    hs.append(h)\n                o = np.stack(hs)\n                dir_outs.append(o[::-1] if d == 1 else o)\n                h_all.append(h)\n                c_all.append(c)\n            seq = np.concatenate(dir_outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return out, (np.stack(h_all), np.stack(c_all))\n',
    },
    {
        "id": "scratch_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in reading order (not flipped back to time order)",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "[::-1]",
                            "back in order",
                            "reversed order",
                            "in reverse order",
                            "not re-reversed",
                            "stored at",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\n\ndef cell(x, h, c, Wi, Wh, bi, bh):\n    z = x @ Wi.T + h @ Wh.T + bi + bh\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    c = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n    return sigmoid(zo) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        self.values = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for suffix in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    self.names.append(f"{base}_l{l}{suffix}")\n                    self.values.append(gen.uniform(-bound, bound, shape))\n\n    def state_dict(self):\n        return dict(zip(self.names, [np.array(v, dtype=np.float64) for v in self.values]))\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for j, name in enumerate(self.names):\n            if np.shape(state[name]) != self.values[j].shape:\n                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected {self.values[j].shape}")\n            self.values[j] = np.array(state[name], dtype=np.float64, copy=True)\n\n    def _p(self, name):\n        return self.values[self.names.index(name)]\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h_all, c_all = [], []\n        for l in range(self.L):\n            dir_outs = []\n            for d, suffix in enumerate(self.dirs):\n                Wi, Wh = self._p(f"weight_ih_l{l}{suffix}"), self._p(f"weight_hh_l{l}{suffix}")\n                if self.bias:\n                    bi, bh = self._p(f"bias_ih_l{l}{suffix}"), self._p(f"bias_hh_l{l}{suffix}")\n                else:\n                    bi = bh = 0.0\n                h, c = hx[0][l * D + d], hx[1][l * D + d]\n                src = seq[::-1] if d == 1 else seq\n                hs = []\n                for x_t in src:\n                    h, c = cell(x_t, h, c, Wi, Wh, bi, bh)\n                    hs.append(h)\n                o = np.stack(hs)\n                dir_outs.append(o)\n                h_all.append(h)\n                c_all.append(c)\n            seq = np.concatenate(dir_outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return out, (np.stack(h_all), np.stack(c_all))\n',
    },
    {
        "id": "scratch_rev_hn_last",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1, :, H:] (after reading only x_{T-1}) instead of its state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "out[-1",
                            "after x_0",
                            "after reading x_0",
                            "x_0",
                            "step 0",
                            "first step",
                            "last step",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=4 * H)\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = [k for k in self.params if k not in state]\n        extra = [k for k in state if k not in self.params]\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        new = {}\n        for name, value in self.params.items():\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != value.shape:\n                raise ValueError(f"{name}: shape {arr.shape}, expected {value.shape}")\n            new[name] = arr\n        self.params = new\n\n    def _direction(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.empty((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n, c_n = [], []\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                row = layer * D + d\n                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                if d == 1:\n                    h = o[-1]          # final state = last output\n                outs.append(o)\n                h_n.append(h)\n                c_n.append(c)\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (np.stack(h_n), np.stack(c_n))\n',
    },
    {
        "id": "scratch_rows_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0 and writes h_n with rows d * L + k (all forward layers, then all reverse) instead of k * D + d",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k·D + d",
                            "k*D+d",
                            "k·D+d",
                            "row order",
                            "rows of h_0",
                            "rows of h_n",
                            "layer by layer",
                            "forward then reverse",
                            "direction-major",
                            "interleav",
                            "l * D + d",
                            "rows",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=4 * H)\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = [k for k in self.params if k not in state]\n        extra = [k for k in state if k not in self.params]\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        new = {}\n        for name, value in self.params.items():\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != value.shape:\n                raise ValueError(f"{name}: shape {arr.shape}, expected {value.shape}")\n            new[name] = arr\n        self.params = new\n\n    def _direction(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.empty((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n, c_n = [], []\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                row = d * L + layer\n                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(o)\n                h_n.append(h)\n                c_n.append(c)\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        order = [d * L + l for l in range(L) for d in range(D)]\n        h_n = [h_n[j] for j in np.argsort(order)]\n        c_n = [c_n[j] for j in np.argsort(order)]\n        return out, (np.stack(h_n), np.stack(c_n))\n',
    },
    {
        "id": "scratch_bias_false_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False still has bias_ih/bias_hh entries (zeros): state_dict keys differ from nn.LSTM's",
                "must_mention": [
                    {"any": ["bias=False", "bias = False"]},
                    {"any": ["key", "bias_ih", "extra", "unexpected"]},
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                b = rng.uniform(-k, k, size=(2, 4 * H)) if bias else np.zeros((2, 4 * H))\n                self.params["bias_ih" + sfx] = b[0]\n                self.params["bias_hh" + sfx] = b[1]\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = [k for k in self.params if k not in state]\n        extra = [k for k in state if k not in self.params]\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        new = {}\n        for name, value in self.params.items():\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != value.shape:\n                raise ValueError(f"{name}: shape {arr.shape}, expected {value.shape}")\n            new[name] = arr\n        self.params = new\n\n    def _direction(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.empty((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n, c_n = [], []\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                row = layer * D + d\n                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(o)\n                h_n.append(h)\n                c_n.append(c)\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (np.stack(h_n), np.stack(c_n))\n',
    },
    {
        "id": "scratch_init_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws the parameters from a normal distribution times 1/sqrt(H), not uniform in [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {"any": ["uniform", "bound", "1/√H", "1/sqrt", "−1/√H", "outside", "range"]}
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\n\ndef cell(x, h, c, Wi, Wh, bi, bh):\n    z = x @ Wi.T + h @ Wh.T + bi + bh\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    c = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n    return sigmoid(zo) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        self.values = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for suffix in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    self.names.append(f"{base}_l{l}{suffix}")\n                    self.values.append(gen.standard_normal(shape) * bound)\n\n    def state_dict(self):\n        return dict(zip(self.names, [np.array(v, dtype=np.float64) for v in self.values]))\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for j, name in enumerate(self.names):\n            if np.shape(state[name]) != self.values[j].shape:\n                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected {self.values[j].shape}")\n            self.values[j] = np.array(state[name], dtype=np.float64, copy=True)\n\n    def _p(self, name):\n        return self.values[self.names.index(name)]\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h_all, c_all = [], []\n        for l in range(self.L):\n            dir_outs = []\n            for d, suffix in enumerate(self.dirs):\n                Wi, Wh = self._p(f"weight_ih_l{l}{suffix}"), self._p(f"weight_hh_l{l}{suffix}")\n                if self.bias:\n                    bi, bh = self._p(f"bias_ih_l{l}{suffix}"), self._p(f"bias_hh_l{l}{suffix}")\n                else:\n                    bi = bh = 0.0\n                h, c = hx[0][l * D + d], hx[1][l * D + d]\n                src = seq[::-1] if d == 1 else seq\n                hs = []\n                for x_t in src:\n                    h, c = cell(x_t, h, c, Wi, Wh, bi, bh)\n                    hs.append(h)\n                o = np.stack(hs)\n                dir_outs.append(o[::-1] if d == 1 else o)\n                h_all.append(h)\n                c_all.append(c)\n            seq = np.concatenate(dir_outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return out, (np.stack(h_all), np.stack(c_all))\n',
    },
    {
        "id": "scratch_sd_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, not copies",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "shares",
                            "shared",
                            "same array",
                            "alias",
                            "reference",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=4 * H)\n\n    def state_dict(self):\n        return dict(self.params)\n\n    def load_state_dict(self, state):\n        missing = [k for k in self.params if k not in state]\n        extra = [k for k in state if k not in self.params]\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        new = {}\n        for name, value in self.params.items():\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != value.shape:\n                raise ValueError(f"{name}: shape {arr.shape}, expected {value.shape}")\n            new[name] = arr\n        self.params = new\n\n    def _direction(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.empty((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n, c_n = [], []\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                row = layer * D + d\n                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(o)\n                h_n.append(h)\n                c_n.append(c)\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (np.stack(h_n), np.stack(c_n))\n',
    },
    {
        "id": "scratch_layer_in_H",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weight_ih of layers k > 0 is (4H, H) instead of (4H, D*H) when bidirectional",
                "must_mention": [{"any": ["D * H", "D*H", "D·H", "2H", "2 * H", "H * D", "2*H"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\n\ndef cell(x, h, c, Wi, Wh, bi, bh):\n    z = x @ Wi.T + h @ Wh.T + bi + bh\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    c = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n    return sigmoid(zo) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        self.values = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size\n            for suffix in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    self.names.append(f"{base}_l{l}{suffix}")\n                    self.values.append(gen.uniform(-bound, bound, shape))\n\n    def state_dict(self):\n        return dict(zip(self.names, [np.array(v, dtype=np.float64) for v in self.values]))\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for j, name in enumerate(self.names):\n            if np.shape(state[name]) != self.values[j].shape:\n                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected {self.values[j].shape}")\n            self.values[j] = np.array(state[name], dtype=np.float64, copy=True)\n\n    def _p(self, name):\n        return self.values[self.names.index(name)]\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h_all, c_all = [], []\n        for l in range(self.L):\n            dir_outs = []\n            for d, suffix in enumerate(self.dirs):\n                Wi, Wh = self._p(f"weight_ih_l{l}{suffix}"), self._p(f"weight_hh_l{l}{suffix}")\n                if self.bias:\n                    bi, bh = self._p(f"bias_ih_l{l}{suffix}"), self._p(f"bias_hh_l{l}{suffix}")\n                else:\n                    bi = bh = 0.0\n                h, c = hx[0][l * D + d], hx[1][l * D + d]\n                src = seq[::-1] if d == 1 else seq\n                hs = []\n                for x_t in src:\n                    h, c = cell(x_t, h, c, Wi, Wh, bi, bh)\n                    hs.append(h)\n                o = np.stack(hs)\n                dir_outs.append(o[::-1] if d == 1 else o)\n                h_all.append(h)\n                c_all.append(c)\n            seq = np.concatenate(dir_outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return out, (np.stack(h_all), np.stack(c_all))\n',
    },
    {
        "id": "scratch_D_noflip_nocopy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "[::-1]",
                            "back in order",
                            "reversed order",
                            "in reverse order",
                            "not re-reversed",
                            "stored at",
                        ]
                    }
                ],
            },
            {
                "what": "load_state_dict keeps references to the caller's arrays: later changes to state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "shares",
                            "shared",
                            "same array",
                            "alias",
                            "reference",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\n\ndef cell(x, h, c, Wi, Wh, bi, bh):\n    z = x @ Wi.T + h @ Wh.T + bi + bh\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    c = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n    return sigmoid(zo) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        self.values = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for suffix in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    self.names.append(f"{base}_l{l}{suffix}")\n                    self.values.append(gen.uniform(-bound, bound, shape))\n\n    def state_dict(self):\n        return dict(zip(self.names, [np.array(v, dtype=np.float64) for v in self.values]))\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for j, name in enumerate(self.names):\n            if np.shape(state[name]) != self.values[j].shape:\n                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected {self.values[j].shape}")\n            self.values[j] = np.asarray(state[name], dtype=np.float64)\n\n    def _p(self, name):\n        return self.values[self.names.index(name)]\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h_all, c_all = [], []\n        for l in range(self.L):\n            dir_outs = []\n            for d, suffix in enumerate(self.dirs):\n                Wi, Wh = self._p(f"weight_ih_l{l}{suffix}"), self._p(f"weight_hh_l{l}{suffix}")\n                if self.bias:\n                    bi, bh = self._p(f"bias_ih_l{l}{suffix}"), self._p(f"bias_hh_l{l}{suffix}")\n                else:\n                    bi = bh = 0.0\n                h, c = hx[0][l * D + d], hx[1][l * D + d]\n                src = seq[::-1] if d == 1 else seq\n                hs = []\n                for x_t in src:\n                    h, c = cell(x_t, h, c, Wi, Wh, bi, bh)\n                    hs.append(h)\n                o = np.stack(hs)\n                dir_outs.append(o)\n                h_all.append(h)\n                c_all.append(c)\n            seq = np.concatenate(dir_outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return out, (np.stack(h_all), np.stack(c_all))\n',
    },
    {
        "id": "scratch_D_seed_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: np.random.default_rng() without it, so the same seed gives different parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "h_0/h_n rows d * L + k instead of k * D + d",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k·D + d",
                            "k*D+d",
                            "k·D+d",
                            "row order",
                            "rows of h_0",
                            "rows of h_n",
                            "layer by layer",
                            "forward then reverse",
                            "direction-major",
                            "interleav",
                            "l * D + d",
                            "rows",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng()\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=4 * H)\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = [k for k in self.params if k not in state]\n        extra = [k for k in state if k not in self.params]\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        new = {}\n        for name, value in self.params.items():\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != value.shape:\n                raise ValueError(f"{name}: shape {arr.shape}, expected {value.shape}")\n            new[name] = arr\n        self.params = new\n\n    def _direction(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.empty((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n            g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n, c_n = [], []\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                row = d * L + layer\n                o, h, c = self._direction(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(o)\n                h_n.append(h)\n                c_n.append(c)\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        order = [d * L + l for l in range(L) for d in range(D)]\n        h_n = [h_n[j] for j in np.argsort(order)]\n        c_n = [c_n[j] for j in np.argsort(order)]\n        return out, (np.stack(h_n), np.stack(c_n))\n',
    },
    {
        "id": "shapes_c_direct",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)\n    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_c_lists_converted",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    directions = int(bidirectional) + 1\n    h_size = proj_size or hidden_size\n    out = [seq_len, batch, directions * h_size]\n    if batch_first:\n        out[0], out[1] = out[1], out[0]\n    state = [num_layers * directions, batch]\n    return {\n        "out": tuple(int(v) for v in out),\n        "h_n": tuple(state + [h_size]),\n        "c_n": tuple(state + [hidden_size]),\n    }\n',
    },
    {
        "id": "shapes_proj_on_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies proj_size to c_n too (c is never projected)",
                "must_mention": [{"any": ["proj"]}, {"any": ["c_n", "cell state", "c_t", "c is"]}],
            }
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H = proj_size if proj_size else hidden_size\n    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n    state = (num_layers * D, batch, H)\n    return {"out": out, "h_n": state, "c_n": state}\n',
    },
    {
        "id": "shapes_hn_no_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n keeps hidden_size: forgets that h is projected to proj_size",
                "must_mention": [{"any": ["proj"]}, "h_n"],
            }
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    feat = D * (proj_size if proj_size > 0 else hidden_size)\n    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n    h_n = (num_layers * D, batch, hidden_size)\n    c_n = (num_layers * D, batch, hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_hn_concat_dirs",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n as (num_layers, B, D*H), directions concatenated, instead of (num_layers*D, B, H)",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "num_layers·D",
                            "L * D",
                            "L·D",
                            "D * num_layers",
                            "num_layers*D",
                            "D·num_layers",
                            "one row per layer and direction",
                            "2 * num_layers",
                        ]
                    }
                ],
            }
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    Hh = proj_size if proj_size > 0 else hidden_size\n    out = (seq_len, batch, D * Hh)\n    if batch_first:\n        out = (batch, seq_len, D * Hh)\n    # the final states of both directions are concatenated, like out\n    return {"out": out, "h_n": (num_layers, batch, D * Hh), "c_n": (num_layers, batch, D * hidden_size)}\n',
    },
    {
        "id": "shapes_bf_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also swaps h_n and c_n's first axes (it changes out only)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            }
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    Hr = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        return {"out": (batch, seq_len, D * Hr),\n                "h_n": (batch, num_layers * D, Hr),\n                "c_n": (batch, num_layers * D, hidden_size)}\n    return {"out": (seq_len, batch, D * Hr),\n            "h_n": (num_layers * D, batch, Hr),\n            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns lists instead of tuples",
                "must_mention": [{"any": ["list"]}, {"any": ["tuple"]}],
            }
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    Hout = proj_size if proj_size > 0 else hidden_size\n    out = [batch, seq_len, D * Hout] if batch_first else [seq_len, batch, D * Hout]\n    return {"out": out, "h_n": [D * num_layers, batch, Hout], "c_n": [D * num_layers, batch, hidden_size]}\n',
    },
    {
        "id": "shapes_D_noD_nolayers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H, not D*H, for a bidirectional LSTM",
                "must_mention": [
                    {"any": ["D * H", "D*H", "D·H", "2H", "2 * H", "both directions", "D times"]}
                ],
            },
            {
                "what": "h_n/c_n first axis is D, forgetting num_layers",
                "must_mention": [{"any": ["num_layers", "layers"]}],
            },
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, H) if batch_first else (seq_len, batch, H)\n    return {"out": out, "h_n": (D, batch, H), "c_n": (D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_D_out_noproj_cproj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's features are D*hidden_size even when proj_size > 0 (out holds the projected h)",
                "must_mention": [{"any": ["proj"]}, "out"],
            },
            {
                "what": "c_n projected to proj_size (c is never projected)",
                "must_mention": [{"any": ["proj"]}, {"any": ["c_n", "cell state", "c_t", "c is"]}],
            },
        ],
        "source": '\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    out = (seq_len, batch, D * hidden_size)\n    if batch_first:\n        out = (out[1], out[0], out[2])\n    P = proj_size if proj_size > 0 else hidden_size\n    return {"out": out, "h_n": (num_layers * D, batch, P), "c_n": (num_layers * D, batch, P)}\n',
    },
    {
        "id": "bi_ok_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b[::-1]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_ok_loops",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H))\n    h, c = h0[0].copy(), c0[0].copy()\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, *fwd)\n        out[t, :, :H] = h\n    h_fwd, c_fwd = h, c\n    h, c = h0[1].copy(), c0[1].copy()\n    for t in range(T - 1, -1, -1):\n        h, c = lstm_cell(x[t], h, c, *bwd)\n        out[t, :, H:] = h\n    h_n = np.array([h_fwd, h])\n    c_n = np.array([c_fwd, c])\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_keras_gates",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef run_direction(xs, h, c, params):\n    W_ih, W_hh, b_ih, b_hh = params\n    H = W_hh.shape[1]\n    Wi, Wf, Wc, Wo = (W_ih[k * H:(k + 1) * H] for k in range(4))\n    Ui, Uf, Uc, Uo = (W_hh[k * H:(k + 1) * H] for k in range(4))\n    b = b_ih + b_hh\n    bi, bf, bc, bo = b[:H], b[H:2 * H], b[2 * H:3 * H], b[3 * H:]\n    hs = []\n    for xt in xs:\n        i = sigmoid(xt @ Wi.T + h @ Ui.T + bi)\n        f = sigmoid(xt @ Wf.T + h @ Uf.T + bf)\n        cc = np.tanh(xt @ Wc.T + h @ Uc.T + bc)\n        o = sigmoid(xt @ Wo.T + h @ Uo.T + bo)\n        c = f * c + i * cc\n        h = o * np.tanh(c)\n        hs.append(h)\n    return hs, h, c\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    hs_f, hf, cf = run_direction(list(x), h0[0], c0[0], fwd)\n    hs_b, hb, cb = run_direction(list(np.flip(x, axis=0)), h0[1], c0[1], bwd)\n    hs_b = hs_b[::-1]\n    out = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(hs_f, hs_b)])\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are not flipped back into time order",
                "must_mention": [
                    {"any": ["flip", "time order", "reversed order", "back in order", "order"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs with the forward weights (bwd ignored)",
                "must_mention": [
                    {
                        "any": [
                            "fwd",
                            "forward weights",
                            "forward direction's weights",
                            "forward's weights",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    W_ih, W_hh, b_ih, b_hh = fwd\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1, :, H:] (its first step) instead of after x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[-1",
                            "first step",
                            "x_{T-1}",
                            "only one step",
                            "out[0",
                            "after x_0",
                            "step 0",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, states_b = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n    H = hf.shape[1]\n    # final hidden state of each direction = last output\n    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n    c_n = np.stack([cf, states_b[1]])\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_h0_row0_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] (the forward row) instead of row 1",
                "must_mention": [{"any": ["h0[1]", "row 1", "initial state", "h0[0]"]}],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T = x.shape[0]\n    hf, cf = h0[0], c0[0]\n    hb, cb = h0[0], c0[0]\n    fwd_out, bwd_out = [], [None] * T\n    for t in range(T):\n        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n        fwd_out.append(hf)\n    for t in reversed(range(T)):\n        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n        bwd_out[t] = hb\n    out = np.concatenate([np.stack(fwd_out), np.stack(bwd_out)], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_concat_time_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "outputs concatenated along the time axis (axis 0) instead of the feature axis",
                "must_mention": [{"any": ["axis", "concatenat", "side by side", "feature"]}],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate((out_f, out_b[::-1]))\n    return out, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bi_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse half first: [h_bwd, h_fwd] instead of [h_fwd, h_bwd]",
                "must_mention": [
                    {"any": ["swap", "halves", "first H", "[h_bwd", "exchanged", "other half"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T = len(x)\n    fw, bw = [], []\n    hf, cf = h0[0], c0[0]\n    for t in range(T):\n        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n        fw.append(hf)\n    hb, cb = h0[1], c0[1]\n    for t in range(T):\n        hb, cb = lstm_cell(x[T - 1 - t], hb, cb, *bwd)\n        bw.insert(0, hb)\n    out = np.stack([np.hstack([b, f]) for f, b in zip(fw, bw)])\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the batch axis (axis 1) instead of time (axis 0) for the reverse direction",
                "must_mention": [{"any": ["batch", "axis"]}],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    x_rev = np.flip(x, axis=1)\n    out_b, (hb, cb) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n    out_b = np.flip(out_b, axis=1)\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_inplace_c0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the cell state in place (c *= f), which changes the caller's c0",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged"]},
                    "c0",
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])\n    c *= f           # update the cell state in place\n    c += i * g\n    return o * np.tanh(c), c\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.empty((T, B, 2 * H))\n    h, c = h0[0], c0[0]\n    for t in range(T):\n        h, c = step(x[t], h, c, *fwd)\n        out[t, :, :H] = h\n    hf, cf = h, c\n    h, c = h0[1], c0[1]\n    for t in range(T - 1, -1, -1):\n        h, c = step(x[t], h, c, *bwd)\n        out[t, :, H:] = h\n    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bi_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [{"what": "allocates results as float32", "must_mention": ["float32"]}],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, I = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n    h_n = np.zeros((2, B, H), dtype=np.float32)\n    c_n = np.zeros((2, B, H), dtype=np.float32)\n    for d, (params, order) in enumerate([(fwd, range(T)), (bwd, range(T - 1, -1, -1))]):\n        h, c = h0[d], c0[d]\n        for t in order:\n            h, c = lstm_cell(x[t], h, c, *params)\n            out[t, :, d * H:(d + 1) * H] = h\n        h_n[d], c_n[d] = h, c\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi2_noflip_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not flipped back into time order",
                "must_mention": [
                    {"any": ["flip", "time order", "reversed order", "back in order", "order"]}
                ],
            },
            {
                "what": "halves swapped: reverse half first in out",
                "must_mention": [{"any": ["swap", "halves", "first H", "exchanged", "other half"]}],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_b, out_f], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi2_fwdw_hn_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses fwd's weights",
                "must_mention": [
                    {
                        "any": [
                            "fwd",
                            "forward weights",
                            "forward direction's weights",
                            "forward's weights",
                        ]
                    }
                ],
            },
            {
                "what": "reverse h_n read from out[-1, :, H:] (the reverse direction's first step)",
                "must_mention": [
                    {
                        "any": [
                            "out[-1",
                            "first step",
                            "x_{T-1}",
                            "only one step",
                            "out[0",
                            "after x_0",
                            "step 0",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n    H = out_f.shape[-1]\n    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n    return out, (h_n, np.stack([cf, cb]))\n",
    },
    {
        "id": "bi2_f32_h0row",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "out allocated as float32", "must_mention": ["float32"]},
            {
                "what": "reverse direction starts from row 0 of h0/c0",
                "must_mention": [{"any": ["h0[1]", "row 1", "initial state", "h0[0]"]}],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H), np.float32)\n    hf, cf = h0[0], c0[0]\n    hb, cb = h0[0], c0[0]\n    for t in range(T):\n        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n        hb, cb = lstm_cell(x[T - 1 - t], hb, cb, *bwd)\n        out[t, :, :H] = hf\n        out[T - 1 - t, :, H:] = hb\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "cb_ok_split",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_ok_gate_slices",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    sl = {q: slice(k * H, (k + 1) * H) for k, q in enumerate("ifgo")}\n    pre = {q: x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for q, s in sl.items()}\n    i, f, o = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n    g = np.tanh(pre["g"])\n    tau = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tau * tau)\n    dpre = {"i": dc * g * i * (1 - i), "f": dc * c * f * (1 - f),\n            "g": dc * i * (1 - g * g), "o": dh_next * tau * o * (1 - o)}\n    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": dc * f,\n             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": np.zeros_like(b_ih)}\n    for q, s in sl.items():\n        grads["x"] += dpre[q] @ W_ih[s]\n        grads["h"] += dpre[q] @ W_hh[s]\n        grads["W_ih"][s] = dpre[q].T @ x\n        grads["W_hh"][s] = dpre[q].T @ h\n        grads["b_ih"][s] = dpre[q].sum(axis=0)\n    grads["b_hh"] = grads["b_ih"].copy()\n    return grads\n',
    },
    {
        "id": "cb_ok_rowloop",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef one(dh, dcn, x, h, c, W_ih, W_hh, b):\n    H = h.shape[0]\n    a = W_ih @ x + W_hh @ h + b\n    i = sigmoid(a[:H]); f = sigmoid(a[H:2*H]); g = np.tanh(a[2*H:3*H]); o = sigmoid(a[3*H:])\n    cn = f * c + i * g\n    th = np.tanh(cn)\n    dc = dcn + dh * o * (1.0 - th ** 2)\n    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2),\n                    dh * th * o * (1 - o)])\n    return da, dc * f\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B = x.shape[0]\n    dx = np.zeros(x.shape); dh = np.zeros(h.shape); dcp = np.zeros(c.shape)\n    dW_ih = np.zeros(W_ih.shape); dW_hh = np.zeros(W_hh.shape); db = np.zeros(b_ih.shape)\n    for n in range(B):\n        da, dcp[n] = one(dh_next[n], dc_next[n], x[n], h[n], c[n], W_ih, W_hh, b_ih + b_hh)\n        dx[n] = W_ih.T @ da\n        dh[n] = W_hh.T @ da\n        dW_ih += np.outer(da, x[n])\n        dW_hh += np.outer(da, h[n])\n        db += da\n    return {"x": dx, "h": dh, "c": dcp, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + b_hh\n    H = h.shape[-1]\n    zi, zf, zg, zo = z[:, :H], z[:, H:2 * H], z[:, 2 * H:3 * H], z[:, 3 * H:]\n    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n    ct = f * c + i * g\n    s = np.tanh(ct)\n    delta_c = dc_next + dh_next * o * (1 - s ** 2)\n    dz = np.empty_like(z)\n    dz[:, :H] = delta_c * g * i * (1 - i)\n    dz[:, H:2 * H] = delta_c * c * f * (1 - f)\n    dz[:, 2 * H:3 * H] = delta_c * i * (1 - g ** 2)\n    dz[:, 3 * H:] = dh_next * s * o * (1 - o)\n    db = np.einsum("bg->g", dz)\n    return {"x": np.einsum("bg,gi->bi", dz, W_ih), "h": np.einsum("bg,gh->bh", dz, W_hh),\n            "c": delta_c * f, "W_ih": np.einsum("bg,bi->gi", dz, x),\n            "W_hh": np.einsum("bg,bh->gh", dz, h), "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_no_dh_in_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "delta c_t misses the term dh_next * o * (1 - tanh^2 c_t) coming through h_t",
                "must_mention": [
                    {"any": ["tanh", "through h", "dh_next ⊙ o", "dh_next * o", "via h"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_tanh_prev_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "uses tanh(c_{t-1}) (the input c) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["c_{t-1}", "previous", "c_t", "c_next", "new cell", "old cell"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_tanhprime_1_minus_g",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh' for the g gate written (1 - g) instead of (1 - g^2)",
                "must_mention": [
                    {
                        "any": [
                            "1 - g²",
                            "1 - g**2",
                            "1 - g^2",
                            "g²",
                            "tanh'",
                            "derivative of tanh",
                            "tanh derivative",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as x.T @ da, the (I, 4H) transpose",
                "must_mention": [{"any": ["transpos", ".T"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": x.T @ da,                                     #DWIH\n        "W_hh": h.T @ da,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients averaged over the batch instead of summed",
                "must_mention": [{"any": ["mean", "average", "divided by b", "/ b", "1/b"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.mean(axis=0),                               #DBIH\n        "b_hh": da.mean(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_dh_uses_Wih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient w.r.t. h_{t-1} multiplied by W_ih instead of W_hh",
                "must_mention": [
                    {
                        "any": [
                            "W_ih instead",
                            "W_ih in place",
                            "uses W_ih",
                            "W_ih, not W_hh",
                            "with W_ih",
                            "by W_ih",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_ih,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_cs231n_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in CS231n's order i, f, o, g instead of i, f, g, o",
                "must_mention": [{"any": ["order", "i, f, o, g", "ifog", "swapped"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # CS231n style: a = [i, f, o, g]\n    H = h.shape[1]\n    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    ai, af, ao, ag = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n    next_c = f * c + i * g\n    tanh_c = np.tanh(next_c)\n    dnext_c = dc_next + dh_next * o * (1 - tanh_c ** 2)\n    dai = dnext_c * g * i * (1 - i)\n    daf = dnext_c * c * f * (1 - f)\n    dao = dh_next * tanh_c * o * (1 - o)\n    dag = dnext_c * i * (1 - g ** 2)\n    da = np.hstack((dai, daf, dao, dag))\n    db = np.sum(da, axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dnext_c * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_dcprev_uses_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} computed from the incoming dc_next, not the total delta c_t",
                "must_mention": [{"any": ["total", "δc_t", "dc_next", "through h", "tanh"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc_next * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_inplace_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next; dc += ... modifies the caller's dc_next in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged"]},
                    "dc_next",
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n    ct = f * c + i * g\n    tct = np.tanh(ct)\n    dct = dc_next\n    dct += dh_next * o * (1 - tct ** 2)   # accumulate the gradient through h\n    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g ** 2),\n                         dh_next * tct * o * (1 - o)], axis=1)\n    db = da.sum(0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f, "W_ih": da.T @ x, "W_hh": da.T @ h,\n            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dWhh_uses_hnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dW_hh uses the new h_t instead of h_{t-1}",
                "must_mention": [
                    {"any": ["h_t", "h_next", "new h", "h_{t-1}", "new state", "output h"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ (o * tc),                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb_no_sigmoid_deriv_o",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate's delta not multiplied by sigma' = o(1 - o)",
                "must_mention": [
                    {
                        "any": [
                            "σ'",
                            "sigmoid'",
                            "o(1 - o)",
                            "o(1-o)",
                            "o * (1 - o)",
                            "sigmoid derivative",
                            "derivative of the sigmoid",
                            "derivative of σ",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb2_transposed_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients transposed (x.T @ da)",
                "must_mention": [{"any": ["transpos", ".T"]}],
            },
            {
                "what": "bias gradients averaged over the batch",
                "must_mention": [{"any": ["mean", "average", "divided by b", "/ b", "1/b"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": x.T @ da,                                     #DWIH\n        "W_hh": h.T @ da,                                     #DWHH\n        "b_ih": da.mean(axis=0),                               #DBIH\n        "b_hh": da.mean(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb2_nodh_tanhprime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "delta c_t misses the path through h_t",
                "must_mention": [
                    {"any": ["tanh", "through h", "dh_next ⊙ o", "dh_next * o", "via h"]}
                ],
            },
            {
                "what": "tanh' of g written 1 - g",
                "must_mention": [
                    {
                        "any": [
                            "1 - g²",
                            "1 - g**2",
                            "1 - g^2",
                            "g²",
                            "tanh'",
                            "derivative of tanh",
                            "tanh derivative",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n',
    },
    {
        "id": "cb2_order_hnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates in order i, f, o, g",
                "must_mention": [{"any": ["order", "i, f, o, g", "ifog", "swapped"]}],
            },
            {
                "what": "dW_hh uses h_t instead of h_{t-1}",
                "must_mention": [
                    {"any": ["h_t", "h_next", "new h", "h_{t-1}", "new state", "output h"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); o = sigmoid(a[:, 2 * H:3 * H]); g = np.tanh(a[:, 3 * H:])\n    c_new = f * c + i * g\n    h_new = o * np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                    dh_next * np.tanh(c_new) * o * (1 - o), dc * i * (1 - g ** 2)])\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,\n            "W_hh": da.T @ h_new, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "lb_ok_states",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_ok_inline_arrays",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    H = h0.shape[1]\n    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n    gates = np.zeros((T, B, 4 * H))\n    hs[0], cs[0] = h0, c0\n    for t in range(T):\n        a = x[t] @ W_ih.T + hs[t] @ W_hh.T + b_ih + b_hh\n        act = np.concatenate([sigmoid(a[:, :2 * H]), np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])], 1)\n        gates[t] = act\n        i, f, g, o = np.split(act, 4, axis=1)\n        cs[t + 1] = f * cs[t] + i * g\n        hs[t + 1] = o * np.tanh(cs[t + 1])\n    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db = np.zeros(4 * H)\n    dx = np.zeros_like(x)\n    dh_carry = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n    dc_carry = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n    for t in reversed(range(T)):\n        i, f, g, o = np.split(gates[t], 4, axis=1)\n        dh = dout[t] + dh_carry\n        tc = np.tanh(cs[t + 1])\n        dc = dc_carry + dh * o * (1 - tc ** 2)\n        da = np.concatenate([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f),\n                             dc * i * (1 - g ** 2), dh * tc * o * (1 - o)], 1)\n        dx[t] = da @ W_ih\n        dW_ih += da.T @ x[t]\n        dW_hh += da.T @ hs[t]\n        db += da.sum(0)\n        dh_carry = da @ W_hh\n        dc_carry = dc * f\n    return {"x": dx, "h0": dh_carry, "c0": dc_carry, "W_ih": dW_ih, "W_hh": dW_hh,\n            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_ok_reversed_list",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    hist = []\n    h, c = h0, c0\n    for xt in x:\n        hist.append((h, c))\n        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n    dh_next = dh_n if dh_n is not None else np.zeros(h.shape)\n    dc_next = dc_n if dc_n is not None else np.zeros(c.shape)\n    total = None\n    dxs = []\n    for t in reversed(range(len(x))):\n        hp, cp = hist[t]\n        step = lstm_cell_backward(dh_next + dout[t], dc_next, x[t], hp, cp, W_ih, W_hh, b_ih, b_hh)\n        dxs.append(step["x"])\n        dh_next, dc_next = step["h"], step["c"]\n        if total is None:\n            total = {k: step[k].copy() for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n        else:\n            for k in total:\n                total[k] = total[k] + step[k]\n    return {"x": np.stack(dxs[::-1]), "h0": dh_next, "c0": dc_next, **total}\n',
    },
    {
        "id": "lb_weights_not_summed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients overwritten each step (step 0's only) instead of summed over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumulat",
                            "add up",
                            "every step",
                            "all steps",
                            "all the steps",
                            "only step 0",
                            "one step",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] = g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient reaching h_t is dout[t] only; what step t+1 sent back for h is dropped",
                "must_mention": [
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "recurren",
                            "carried",
                            "next step",
                            "from later",
                            "sent back",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t], dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the c-gradient from step t+1 is not carried back (dc stays at dc_n)",
                "must_mention": [
                    {"any": ["c_t", "δc", "dc", "cell state", '"c"']},
                    {"any": ["t+1", "t + 1", "carr", "next step", "from later", "sent back"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh = g["h"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_state_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward uses the state after step t (h_t, c_t) instead of (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "h_{t-1}",
                            "started from",
                            "state after",
                            "previous state",
                            "one step late",
                            "shifted",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t + 1]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_ignores_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n argument ignored (always zeros)",
                "must_mention": [
                    {
                        "any": [
                            "dh_n is ignored",
                            "ignor",
                            "dh_n not",
                            "without dh_n",
                            "dh_n was",
                            "dh_n is not",
                            "dh_n never",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0)                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_dx_reverse_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx collected while walking back and stacked without reversing: time order reversed",
                "must_mention": [
                    {"any": ["time order", "revers", "flip", "backwards", "opposite order"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = len(x)\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        hn, cn = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(hn); cs.append(cn)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dxs = []\n    for t in range(T - 1, -1, -1):\n        gr = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dxs.append(gr["x"])\n        dh, dc = gr["h"], gr["c"]\n        dW_ih += gr["W_ih"]; dW_hh += gr["W_hh"]; db_ih += gr["b_ih"]; db_hh += gr["b_hh"]\n    return {"x": np.array(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds into dout in place (dout[t-1] += ...), changing the caller's array",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged"]},
                    "dout",
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    if dh_n is not None:\n        dout[T - 1] += dh_n          # fold dh_n into the last step\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    res = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n    dh_prev = None\n    for t in range(T - 1, -1, -1):\n        gr = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        res["x"][t] = gr["x"]\n        if t > 0:\n            dout[t - 1] += gr["h"]    # pass the h gradient to the previous step\n        dh_prev, dc = gr["h"], gr["c"]\n        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n            res[k] = res[k] + gr[k]\n    res["h0"], res["c0"] = dh_prev, dc\n    return res\n',
    },
    {
        "id": "lb_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "backward loop stops at t = 1: step 0 is never back-propagated",
                "must_mention": [{"any": ["step 0", "t = 0", "t=0", "first step", "x[0]", "x_0"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, 0, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_keys_cs231n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns CS231n-style keys dx, dh0, ... instead of x, h0, ...",
                "must_mention": [{"any": ["key", "keys"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    cache = []\n    h, c = h0, c0\n    for t in range(T):\n        cache.append((h, c))\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n    dprev_h = np.zeros_like(h0) if dh_n is None else dh_n\n    dprev_c = np.zeros_like(c0) if dc_n is None else dc_n\n    dx = np.zeros_like(x)\n    dWx = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); db = np.zeros_like(b_ih)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dout[t] + dprev_h, dprev_c, x[t], *cache[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dprev_h, dprev_c = g["h"], g["c"]\n        dWx += g["W_ih"]; dWh += g["W_hh"]; db += g["b_ih"]\n    return {"dx": dx, "dh0": dprev_h, "dc0": dprev_c, "dW_ih": dWx, "dW_hh": dWh,\n            "db_ih": db, "db_hh": db.copy()}\n',
    },
    {
        "id": "lb_bad_cell_no_dh_in_dc",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the student's step (part 1) drops dh*o*(1-tanh^2 c) from delta c_t",
                "must_mention": [
                    {
                        "any": [
                            "tanh",
                            "through h",
                            "dh_next ⊙ o",
                            "dh_next * o",
                            "via h",
                            "lstm_cell_backward",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb2_notsummed_dxrev",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients of the last backward step (step 0) only, not summed",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumulat",
                            "add up",
                            "every step",
                            "all steps",
                            "all the steps",
                            "only step 0",
                            "one step",
                        ]
                    }
                ],
            },
            {
                "what": "dx stacked in reversed time order",
                "must_mention": [
                    {"any": ["time order", "revers", "flip", "backwards", "opposite order"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    h, c = h0, c0\n    prev = []\n    for xt in x:\n        prev.append((h, c))\n        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n    dh = 0 if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    dxs = []\n    for t in reversed(range(len(x))):\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], prev[t][0], prev[t][1], W_ih, W_hh, b_ih, b_hh)\n        dxs.append(g["x"])\n        dh, dc = g["h"], g["c"]\n    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": g["W_ih"], "W_hh": g["W_hh"],\n            "b_ih": g["b_ih"], "b_hh": g["b_hh"]}\n',
    },
    {
        "id": "lb2_dcnotcarried_ignoredhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "c-gradient from step t+1 not carried",
                "must_mention": [
                    {"any": ["c_t", "δc", "dc", "cell state", '"c"']},
                    {"any": ["t+1", "t + 1", "carr", "next step", "from later", "sent back"]},
                ],
            },
            {
                "what": "dh_n ignored",
                "must_mention": [
                    {
                        "any": [
                            "dh_n is ignored",
                            "ignor",
                            "dh_n not",
                            "without dh_n",
                            "dh_n was",
                            "dh_n is not",
                            "dh_n never",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0)                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):                                         #LOOP\n        h_prev, c_prev = states[t]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh = g["h"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb2_offbyone_skip0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the state after step t",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "h_{t-1}",
                            "started from",
                            "state after",
                            "previous state",
                            "one step late",
                            "shifted",
                        ]
                    }
                ],
            },
            {
                "what": "loop skips step 0",
                "must_mention": [{"any": ["step 0", "t = 0", "t=0", "first step", "x[0]", "x_0"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)                 #DC\n    do = dh_next * tc                                         #DO\n    di = dc * g\n    dg = dc * i\n    df = dc * c                                               #DF\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f),\n                         dg * (1 - g ** 2), do * o * (1 - o)], axis=1)   #DA\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,                                       #DH\n        "c": dc * f,                                          #DCPREV\n        "W_ih": da.T @ x,                                     #DWIH\n        "W_hh": da.T @ h,                                     #DWHH\n        "b_ih": da.sum(axis=0),                               #DBIH\n        "b_hh": da.sum(axis=0),                               #DBHH\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    states = [(h0, c0)]\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        states.append((h, c))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n                      #DHN\n    dc = np.zeros_like(c0) if dc_n is None else dc_n                      #DCN\n    grads = {k: np.zeros_like(v) for k, v in\n             [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, 0, -1):                                         #LOOP\n        h_prev, c_prev = states[t + 1]                                         #STATE\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)  #CALL\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]                                            #CARRY\n        for k in grads:\n            grads[k] += g[k]                                               #ACC\n    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "ll_ok_where",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0                                                  #INIT\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]                                 #MASK\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)                                  #HUPD\n        c = np.where(m, c_new, c)                                  #CUPD\n        out[t] = np.where(m, h_new, 0.0)                           #OUT\n    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_per_sequence",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, I = x.shape\n    H = h0.shape[1]\n    out = np.zeros((T, B, H))\n    h_n = np.zeros((B, H)); c_n = np.zeros((B, H))\n    for b in range(B):\n        L = int(lengths[b])\n        h, c = h0[b:b + 1], c0[b:b + 1]\n        for t in range(L):\n            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t, b] = h[0]\n        h_n[b], c_n[b] = h[0], c[0]\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_arith_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T = x.shape[0]\n    H = h0.shape[-1]\n    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :]).astype(np.float64)[..., None]\n    h = h0.copy(); c = c0.copy()\n    outs = []\n    for t in range(T):\n        z = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n        i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), sigmoid(z[:, 3 * H:])\n        g = np.tanh(z[:, 2 * H:3 * H])\n        c_t = f * c + i * g\n        h_t = o * np.tanh(c_t)\n        m = mask[t]\n        h = m * h_t + (1 - m) * h\n        c = m * c_t + (1 - m) * c\n        outs.append(m * h_t)\n    return np.array(outs), (h, c)\n",
    },
    {
        "id": "ll_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state keeps updating on padding steps: h_n, c_n are at T-1, not at each own last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "padded",
                            "freez",
                            "frozen",
                            "mask",
                            "own last",
                            "last real",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0                                                  #INIT\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]                                 #MASK\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = h_new                                  #HUPD\n        c = c_new                                  #CUPD\n        out[t] = np.where(m, h_new, 0.0)                           #OUT\n    return out, (h, c)\n",
    },
    {
        "id": "ll_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen state instead of zeros",
                "must_mention": [
                    {
                        "any": [
                            "zero",
                            "padding steps",
                            "past each length",
                            "past the length",
                            "past its length",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0                                                  #INIT\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]                                 #MASK\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)                                  #HUPD\n        c = np.where(m, c_new, c)                                  #CUPD\n        out[t] = h                           #OUT\n    return out, (h, c)\n",
    },
    {
        "id": "ll_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths runs one padding step too many",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "<=",
                            "one more step",
                            "lengths[b] - 1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0                                                  #INIT\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t <= lengths)[:, None]                                 #MASK\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)                                  #HUPD\n        c = np.where(m, c_new, c)                                  #CUPD\n        out[t] = np.where(m, h_new, 0.0)                           #OUT\n    return out, (h, c)\n",
    },
    {
        "id": "ll_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask shaped (1, B) broadcast along units instead of (B, 1) along the batch",
                "must_mention": [
                    {"any": ["broadcast", "axis", "transpos", "[:, none]", "(b, 1)", "(1, b)"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0                                                  #INIT\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[None, :]                                 #MASK\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)                                  #HUPD\n        c = np.where(m, c_new, c)                                  #CUPD\n        out[t] = np.where(m, h_new, 0.0)                           #OUT\n    return out, (h, c)\n",
    },
    {
        "id": "ll_zero_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "starts from zeros, ignoring h0 and c0 (copied chapter 7's masked_lstm)",
                "must_mention": [
                    {
                        "any": [
                            "initial state",
                            "ignor",
                            "from zero",
                            "zeros instead",
                            "h0 and c0",
                            "h0, c0",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    # as chapter 7's masked_lstm\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h, c = np.zeros((B, H)), np.zeros((B, H))\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n",
    },
    {
        "id": "ll_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is masked; c keeps updating on padding steps",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", " c "]},
                    {
                        "any": [
                            "padding",
                            "padded",
                            "freez",
                            "frozen",
                            "mask",
                            "own last",
                            "last real",
                            "t-1",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0                                                  #INIT\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]                                 #MASK\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)                                  #HUPD\n        c = c_new                                  #CUPD\n        out[t] = np.where(m, h_new, 0.0)                           #OUT\n    return out, (h, c)\n",
    },
    {
        "id": "ll_gather_index",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "hs[lengths - 1] picks whole time slices (B, B, H) instead of hs[lengths - 1, arange(B)]",
                "must_mention": [
                    {"any": ["index", "arange", "batch row", "diagonal", "(b, b, h)"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T = x.shape[0]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    hs, cs = [], []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    hs, cs = np.stack(hs), np.stack(cs)\n    mask = (np.arange(T)[:, None] < lengths)[:, :, None]\n    out = hs * mask\n    h_n = hs[lengths - 1]          # each sequence's last real step\n    c_n = cs[lengths - 1]\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_assumes_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes lengths sorted in decreasing order (batch_sizes): wrong rows for unsorted lengths",
                "must_mention": [{"any": ["sort", "decreasing", "descending", "enforce_sorted"]}],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    # like pack_padded_sequence: at step t only the first batch_sizes[t] sequences are active\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    out = np.zeros((T, B, H))\n    h, c = h0.copy(), c0.copy()\n    for t in range(T):\n        n = int((lengths > t).sum())\n        if n == 0:\n            break\n        h[:n], c[:n] = lstm_cell(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n        out[t, :n] = h[:n]\n    return out, (h, c)\n",
    },
    {
        "id": "ll2_zeroinit_outnotzero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "starts from zeros instead of h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "initial state",
                            "ignor",
                            "from zero",
                            "zeros instead",
                            "h0 and c0",
                            "h0, c0",
                        ]
                    }
                ],
            },
            {
                "what": "out past each length holds the frozen state, not zeros",
                "must_mention": [
                    {
                        "any": [
                            "zero",
                            "padding steps",
                            "past each length",
                            "past the length",
                            "past its length",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)); c = np.zeros((B, H))\n    out = []\n    for t in range(T):\n        keep = (t < np.asarray(lengths)).reshape(B, 1)\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(keep, hn, h)\n        c = np.where(keep, cn, c)\n        out.append(h)\n    return np.stack(out), (h, c)\n",
    },
    {
        "id": "ll2_inplace_h0_outnotzero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0; h[active] = ... writes into the caller's h0, c0",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged"]},
                    {"any": ["h0", "c0"]},
                ],
            },
            {
                "what": "out past each length holds the frozen state, not zeros",
                "must_mention": [
                    {
                        "any": [
                            "zero",
                            "padding steps",
                            "past each length",
                            "past the length",
                            "past its length",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    out = np.zeros((T, B, H))\n    h, c = h0, c0\n    for t in range(T):\n        active = np.asarray(lengths) > t\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[active] = hn[active]\n        c[active] = cn[active]\n        out[t] = h\n    return out, (h, c)\n",
    },
    {
        "id": "bl_ok_index",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_within(a, lengths):\n    T, B = a.shape[:2]\n    idx = np.arange(T)[:, None].repeat(B, axis=1)\n    for b in range(B):\n        L = int(lengths[b])\n        idx[:L, b] = np.arange(L - 1, -1, -1)                      #REVIDX\n    return a[idx, np.arange(B)[None, :]]\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)     #FWD\n    x_r = reverse_within(x, lengths)                                        #XR\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)   #BWD\n    out_b = reverse_within(out_r, lengths)                                  #OUTB\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))                   #HN\n",
    },
    {
        "id": "bl_ok_per_seq",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))\n    for b in range(B):\n        L = int(lengths[b])\n        seq = x[:L, b:b + 1, :]\n        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n        for t in range(L):\n            h, c = lstm_cell(seq[t], h, c, *fwd)\n            out[t, b, :H] = h[0]\n        h_n[0, b], c_n[0, b] = h[0], c[0]\n        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n        for t in range(L - 1, -1, -1):\n            h, c = lstm_cell(seq[t], h, c, *bwd)\n            out[t, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = h[0], c[0]\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_masked_reverse_loop",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    lengths = np.asarray(lengths)\n    out = np.zeros((T, B, 2 * H))\n    hs, cs = [], []\n    for d, params in enumerate((fwd, bwd)):\n        h, c = h0[d], c0[d]\n        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in steps:\n            real = (t < lengths)[:, None]     # reverse: the state stays at h0[1] over padding\n            hn, cn = lstm_cell(x[t], h, c, *params)\n            h = np.where(real, hn, h)\n            c = np.where(real, cn, c)\n            out[t, :, d * H:(d + 1) * H] = np.where(real, hn, 0.0)\n        hs.append(h); cs.append(c)\n    return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "bl_full_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded time axis: the reverse direction starts on padding / at T-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "t = t - 1",
                            "t-1",
                            "t - 1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_out_flipped_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs put back with a whole-axis flip instead of within each length",
                "must_mention": [
                    {"any": ["position", "flip", "order", "within", "shifted", "misplaced"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_within(a, lengths):\n    T, B = a.shape[:2]\n    idx = np.arange(T)[:, None].repeat(B, axis=1)\n    for b in range(B):\n        L = int(lengths[b])\n        idx[:L, b] = np.arange(L - 1, -1, -1)                      #REVIDX\n    return a[idx, np.arange(B)[None, :]]\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)     #FWD\n    x_r = reverse_within(x, lengths)                                        #XR\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)   #BWD\n    out_b = out_r[::-1]                                  #OUTB\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))                   #HN\n",
    },
    {
        "id": "bl_hn_rev_first_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken at position lengths[b]-1 (its first step) instead of after step 0",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "step 0",
                            "t = 0",
                            "after step 0",
                            "out[0",
                            "only one step",
                            "position 0",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    xr = x.copy()\n    for b in range(B):\n        L = lengths[b]\n        xr[:L, b] = x[:L, b][::-1]\n    out_r, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r.copy()\n    for b in range(B):\n        L = lengths[b]\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    # final reverse state = reverse output at the last real position\n    H = hf.shape[1]\n    hb_final = out[lengths - 1, np.arange(B), H:]\n    return out, (np.stack([hf, hb_final]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_forward_unmasked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "forward direction's state not masked: runs over padding, forward h_n at T-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "padded",
                            "freez",
                            "frozen",
                            "mask",
                            "own last",
                            "last real",
                        ]
                    },
                    "forward",
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T = x.shape[0]\n    h, c = h0[0], c0[0]\n    fw = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, *fwd)\n        fw.append(h)\n    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[..., None]\n    out_f = np.stack(fw) * mask\n    x_r = x.copy()\n    for b, L in enumerate(lengths):\n        x_r[:L, b] = x[L - 1::-1, b]\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r.copy()\n    for b, L in enumerate(lengths):\n        out_b[:L, b] = out_r[L - 1::-1, b]\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([h, hb]), np.stack([c, cb]))\n",
    },
    {
        "id": "bl_out_padding_not_zero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half past each length filled with the final reverse state, not zeros",
                "must_mention": [
                    {"any": ["zero", "past each length", "past the length", "past its length"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # reverse index: t -> L-1-t, padding rows read in place\n    t = np.arange(T)[:, None]\n    src = np.where(t < lengths, lengths - 1 - t, t)\n    cols = np.arange(B)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x[src, cols], lengths, h0[1], c0[1], *bwd)\n    # all positions of the reverse half from the reverse run's state\n    H = hb.shape[1]\n    out_b = np.where(t[..., None] < lengths[:, None], out_r[src, cols], hb[None])\n    return np.concatenate([out_f, out_b], -1), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_h0_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "initial states of the two directions swapped (forward from row 1)",
                "must_mention": [
                    {"any": ["swap", "row 0", "row 1", "h0[0]", "h0[1]", "exchanged"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_within(a, lengths):\n    T, B = a.shape[:2]\n    idx = np.arange(T)[:, None].repeat(B, axis=1)\n    for b in range(B):\n        L = int(lengths[b])\n        idx[:L, b] = np.arange(L - 1, -1, -1)                      #REVIDX\n    return a[idx, np.arange(B)[None, :]]\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *fwd)     #FWD\n    x_r = reverse_within(x, lengths)                                        #XR\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[0], c0[0], *bwd)   #BWD\n    out_b = reverse_within(out_r, lengths)                                  #OUTB\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))                   #HN\n",
    },
    {
        "id": "bl_bwd_uses_fwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs with fwd's weights",
                "must_mention": [
                    {
                        "any": [
                            "fwd",
                            "forward weights",
                            "forward direction's weights",
                            "forward's weights",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_within(a, lengths):\n    T, B = a.shape[:2]\n    idx = np.arange(T)[:, None].repeat(B, axis=1)\n    for b in range(B):\n        L = int(lengths[b])\n        idx[:L, b] = np.arange(L - 1, -1, -1)                      #REVIDX\n    return a[idx, np.arange(B)[None, :]]\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)     #FWD\n    x_r = reverse_within(x, lengths)                                        #XR\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *fwd)   #BWD\n    out_b = reverse_within(out_r, lengths)                                  #OUTB\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))                   #HN\n",
    },
    {
        "id": "bl_hn_concatenate",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n concatenated to (2B, H) instead of stacked to (2, B, H)",
                "must_mention": [
                    {"any": ["stack", "concatenat", "(2, b, h)", "(2b, h)", "2*b", "2 * b"]}
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_within(a, lengths):\n    T, B = a.shape[:2]\n    idx = np.arange(T)[:, None].repeat(B, axis=1)\n    for b in range(B):\n        L = int(lengths[b])\n        idx[:L, b] = np.arange(L - 1, -1, -1)                      #REVIDX\n    return a[idx, np.arange(B)[None, :]]\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)     #FWD\n    x_r = reverse_within(x, lengths)                                        #XR\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)   #BWD\n    out_b = reverse_within(out_r, lengths)                                  #OUTB\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.concatenate([hf, hb]), np.concatenate([cf, cb]))                   #HN\n",
    },
    {
        "id": "bl_revidx_offbyone",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse index L - t instead of L - 1 - t: off by one, reads one step of padding / out of range",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "L - 1",
                            "lengths[b] - 1",
                            "one step",
                            "shifted by one",
                            "index",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_within(a, lengths):\n    T, B = a.shape[:2]\n    idx = np.arange(T)[:, None].repeat(B, axis=1)\n    for b in range(B):\n        L = int(lengths[b])\n        idx[:L, b] = L - np.arange(L)                      #REVIDX\n    return a[idx, np.arange(B)[None, :]]\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)     #FWD\n    x_r = reverse_within(x, lengths)                                        #XR\n    out_r, (hb, cb) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)   #BWD\n    out_b = reverse_within(out_r, lengths)                                  #OUTB\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))                   #HN\n",
    },
    {
        "id": "bl2_fullflip_fwdw",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "whole-axis flip: the reverse direction starts on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "t = t - 1",
                            "t-1",
                            "t - 1",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction runs with fwd's weights",
                "must_mention": [
                    {
                        "any": [
                            "fwd",
                            "forward weights",
                            "forward direction's weights",
                            "forward's weights",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    x_rev = np.flip(x, 0)\n    out_b, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *fwd)\n    out = np.concatenate([out_f, np.flip(out_b, 0)], 2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl2_hnfirst_notzero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n, c_n recorded at its first step (t = L-1), not after step 0",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "step 0",
                            "t = 0",
                            "after step 0",
                            "out[0",
                            "only one step",
                            "position 0",
                        ]
                    }
                ],
            },
            {
                "what": "reverse half past each length not zero",
                "must_mention": [
                    {"any": ["zero", "past each length", "past the length", "past its length"]}
                ],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    H = h0.shape[2]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b = np.zeros((T, B, H))\n    hb = np.zeros((B, H)); cb = np.zeros((B, H))\n    for b in range(B):\n        L = lengths[b]\n        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n        for t in range(L - 1, -1, -1):\n            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n            out_b[t, b] = h[0]\n            if t == L - 1:\n                hb[b], cb[b] = h[0], c[0]      # the reverse's last output\n        out_b[L:, b] = h[0]                   # pad with the final state\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl2_swapped_fwdunmasked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "initial states of the directions swapped",
                "must_mention": [
                    {"any": ["swap", "row 0", "row 1", "h0[0]", "h0[1]", "exchanged"]}
                ],
            },
            {
                "what": "forward state not masked over padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "padded",
                            "freez",
                            "frozen",
                            "mask",
                            "own last",
                            "last real",
                        ]
                    },
                    "forward",
                ],
            },
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    h, c = h0[1], c0[1]\n    fo = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, *fwd)\n        fo.append(h)\n    valid = (np.arange(T)[:, None] < lengths)[:, :, None]\n    out_f = np.where(valid, np.stack(fo), 0.0)\n    xr = np.array(x)\n    for b in range(B):\n        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n    out_r, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[0], c0[0], *bwd)\n    out_b = np.array(out_r)\n    for b in range(B):\n        out_b[:lengths[b], b] = out_r[:lengths[b], b][::-1]\n    return np.concatenate([out_f, out_b], 2), (np.stack([h, hb]), np.stack([c, cb]))\n",
    },
]
