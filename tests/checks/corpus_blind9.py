# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its author wrote it)
"""The ninth blind corpus, kept as its author wrote it (/work/blind9/corpus*.py, flattened here into
one list): written from the built book's notebooks, the students' guide and the eight exercise
notebooks only, by an author who never read lstm_ref, the tests or the other corpora, after the
engine's fifth round (run on 3ca177a); the words a message must contain were fixed before its
first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_tanh",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    # sigma(z) = (1 + tanh(z/2)) / 2, tanh never overflows\n    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))\n",
    },
    {
        "id": "sig_ok_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    out = np.empty_like(z)\n    pos = z >= 0\n    neg = ~pos\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n    ez = np.exp(z[neg])\n    out[neg] = ez / (1.0 + ez)\n    return out\n",
    },
    {
        "id": "sig_ok_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.array(z, dtype=np.float64, copy=True)\n    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "Naive formula: np.exp(-z) overflows for large negative z (warning).",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so np.exp(-z) and np.exp(z) still overflow for large |z|.",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    # stable: use e^z/(1+e^z) for negative z\n    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_neg_branch_flipped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "For z < 0 it returns 1/(1+e^z) = sigma(-z) = 1 - sigma(z) instead of sigma(z).",
                "must_mention": [
                    {
                        "any": [
                            "1 - σ",
                            "1 − σ",
                            "1-σ",
                            "σ(-z)",
                            "σ(−z)",
                            "1 - sigmoid",
                            "sigmoid(-z)",
                            "1 - s",
                            "mirror",
                            "negative",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    out = np.empty_like(z)\n    pos = z >= 0\n    neg = ~pos\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n    ez = np.exp(z[neg])\n    out[neg] = 1.0 / (1.0 + ez)\n    return out\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "Converts to float32, so the result is float32 and inaccurate.",
                "must_mention": ["float32"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float32)\n    out = np.empty_like(z)\n    pos = z >= 0\n    neg = ~pos\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n    ez = np.exp(z[neg])\n    out[neg] = ez / (1.0 + ez)\n    return out\n",
    },
    {
        "id": "sig_clip_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "Clips the caller's array in place (np.clip(..., out=z)), changing the input when |z| > 500.",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    # clip so exp never overflows (sigma(+-500) is 0/1 to double precision anyway)\n    np.clip(z, -500, 500, out=z)\n    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_ravel",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "Flattens the input: a 2-D (or 0-d) z gives a 1-D result of the wrong shape.",
                "must_mention": [
                    {"any": ["flatten", "flattened", "ravel", "1-D", "one-dimensional", "shape ("]}
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64).ravel()\n    out = np.zeros(len(z))\n    for k in range(len(z)):\n        if z[k] >= 0:\n            out[k] = 1.0 / (1.0 + np.exp(-z[k]))\n        else:\n            e = np.exp(z[k])\n            out[k] = e / (1.0 + e)\n    return out\n",
    },
    {
        "id": "sig_f32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "Casts to float32 (wrong dtype, low precision).", "must_mention": ["float32"]},
            {
                "what": "Naive formula overflows (float32 exp overflows past |z| ~ 88).",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z).astype(np.float32)   # save memory\n    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gates_ok_loop",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    gates = []\n    for k in range(4):\n        rows = slice(k * H, (k + 1) * H)\n        z = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n        gates.append(np.tanh(z) if k == 2 else sigmoid(z))\n    return tuple(gates)\n',
    },
    {
        "id": "gates_ok_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\ndef sigmoid(z):\n    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + (b_ih + b_hh)\n    zi, zf, zg, zo = np.split(z, 4, axis=-1)\n    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n',
    },
    {
        "id": "gates_ok_columns",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    # column-vector convention, as in the equations: W x + b\n    Z = W_ih @ x.T + b_ih[:, None] + W_hh @ h.T + b_hh[:, None]   # (4H, B)\n    n = Z.shape[0] // 4\n    i_t = sigmoid(Z[:n]).T\n    f_t = sigmoid(Z[n:2 * n]).T\n    g_t = np.tanh(Z[2 * n:3 * n]).T\n    o_t = sigmoid(Z[3 * n:]).T\n    return i_t, f_t, g_t, o_t\n',
    },
    {
        "id": "gates_ifog_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Takes the blocks in the order i, f, o, g (Colah's) instead of i, f, g, o: g and o swapped.",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "o_t",
                            "W_io",
                            "W_ho",
                            "(o)",
                            "'o'",
                            "o:",
                        ]
                    },
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "g_t",
                            "W_ig",
                            "W_hg",
                            "(g)",
                            "'g'",
                            "g:",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    H = W_hh.shape[1]\n    i = sigmoid(pre[:, 0:H])\n    f = sigmoid(pre[:, H:2 * H])\n    o = sigmoid(pre[:, 2 * H:3 * H])\n    g = np.tanh(pre[:, 3 * H:4 * H])\n    return i, f, g, o\n',
    },
    {
        "id": "gates_hh_block_not_T",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Uses each square recurrent block W_hh[k] untransposed (h @ W_hh_k instead of h @ W_hh_k.T).",
                "must_mention": [{"any": ["transpose", "transposed", ".T"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    gates = []\n    for k in range(4):\n        rows = slice(k * H, (k + 1) * H)\n        z = x @ W_ih[rows].T + h @ W_hh[rows] + b_ih[rows] + b_hh[rows]\n        gates.append(np.tanh(z) if k == 2 else sigmoid(z))\n    return tuple(gates)\n',
    },
    {
        "id": "gates_no_b_hh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Forgets the recurrent bias b_hh.",
                "must_mention": [
                    "b_hh",
                    {
                        "any": [
                            "missing",
                            "forgot",
                            "without",
                            "omit",
                            "left out",
                            "not added",
                            "no b_hh",
                            "lacks",
                            "dropped",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih\n    H = W_hh.shape[1]\n    i = sigmoid(pre[:, 0:H])\n    f = sigmoid(pre[:, H:2 * H])\n    g = np.tanh(pre[:, 2 * H:3 * H])\n    o = sigmoid(pre[:, 3 * H:4 * H])\n    return i, f, g, o\n',
    },
    {
        "id": "gates_tanh_o",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Applies tanh instead of sigmoid to the output gate.",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "o_t",
                            "W_io",
                            "W_ho",
                            "(o)",
                            "'o'",
                            "o:",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    H = W_hh.shape[1]\n    i = sigmoid(pre[:, 0:H])\n    f = sigmoid(pre[:, H:2 * H])\n    g = np.tanh(pre[:, 2 * H:3 * H])\n    o = np.tanh(pre[:, 3 * H:4 * H])\n    return i, f, g, o\n',
    },
    {
        "id": "gates_naive_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "The student's own sigmoid helper is the naive one and overflows for large negative pre-activations.",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    return 1.0 / (1.0 + np.exp(-z))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(pre, 4, axis=1)\n    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split without axis=1 splits the batch axis, not the 4H gate axis.",
                "must_mention": [{"any": ["axis", "split"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i, f, g, o = np.split(pre, 4)          # four gates\n    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n',
    },
    {
        "id": "gates_swap_if_no_bih",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Input and forget gates swapped (blocks read as f, i, g, o).",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            "i_t",
                            "W_ii",
                            "W_hi",
                            "(i)",
                            "'i'",
                            "i:",
                        ]
                    },
                    {
                        "any": [
                            "forget gate",
                            "f gate",
                            "gate f",
                            "f_t",
                            "W_if",
                            "W_hf",
                            "(f)",
                            "'f'",
                            "f:",
                        ]
                    },
                ],
            },
            {
                "what": "Forgets the input bias b_ih.",
                "must_mention": [
                    "b_ih",
                    {
                        "any": [
                            "missing",
                            "forgot",
                            "without",
                            "omit",
                            "left out",
                            "not added",
                            "no b_ih",
                            "lacks",
                            "dropped",
                        ]
                    },
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_hh\n    H = W_hh.shape[1]\n    f = sigmoid(pre[:, 0:H])\n    i = sigmoid(pre[:, H:2 * H])\n    g = np.tanh(pre[:, 2 * H:3 * H])\n    o = sigmoid(pre[:, 3 * H:4 * H])\n    return i, f, g, o\n',
    },
    {
        "id": "gates_sig_g_and_T",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Sigmoid instead of tanh for the candidate g.",
                "must_mention": [
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "g_t",
                            "W_ig",
                            "W_hg",
                            "(g)",
                            "'g'",
                            "g:",
                        ]
                    },
                    "tanh",
                ],
            },
            {
                "what": "Recurrent per-gate blocks untransposed.",
                "must_mention": [{"any": ["transpose", "transposed", ".T"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    gates = []\n    for k in range(4):\n        rows = slice(k * H, (k + 1) * H)\n        z = x @ W_ih[rows].T + h @ W_hh[rows] + b_ih[rows] + b_hh[rows]\n        gates.append(sigmoid(z))\n    return tuple(gates)\n',
    },
    {
        "id": "cell_ok_pergate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[-1]\n    W_ii, W_if, W_ig, W_io = (W_ih[k*H:(k+1)*H] for k in range(4))\n    W_hi, W_hf, W_hg, W_ho = (W_hh[k*H:(k+1)*H] for k in range(4))\n    b_i, b_f, b_g, b_o = ((b_ih + b_hh)[k*H:(k+1)*H] for k in range(4))\n    i_t = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n    f_t = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n    g_t = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n    o_t = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n    c_t = f_t * c + i_t * g_t\n    return o_t * np.tanh(c_t), c_t\n',
    },
    {
        "id": "cell_ok_rowloop_columns",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B, H = h.shape\n    h_new = np.zeros((B, H))\n    c_new = np.zeros((B, H))\n    for b in range(B):\n        xb = x[b].reshape(-1, 1)\n        hb = h[b].reshape(-1, 1)\n        a = W_ih @ xb + W_hh @ hb + (b_ih + b_hh).reshape(-1, 1)\n        ig = sigmoid(a[0:H]); fg = sigmoid(a[H:2*H]); gg = np.tanh(a[2*H:3*H]); og = sigmoid(a[3*H:4*H])\n        cb = fg * c[b].reshape(-1, 1) + ig * gg\n        c_new[b] = cb[:, 0]\n        h_new[b] = (og * np.tanh(cb))[:, 0]\n    return h_new, c_new\n',
    },
    {
        "id": "cell_ok_expit_form",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef stable_sigmoid(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n    zi, zf, zg, zo = np.hsplit(z, 4)\n    c2 = stable_sigmoid(zf) * c + stable_sigmoid(zi) * np.tanh(zg)\n    h2 = stable_sigmoid(zo) * np.tanh(c2)\n    return h2, c2\n",
    },
    {
        "id": "cell_returns_c_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Returns (c_next, h_next) instead of (h_next, c_next).",
                "must_mention": [
                    {"any": ["order", "swapped", "swap", "the other way", "reversed"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return c_next, h_next\n',
    },
    {
        "id": "cell_no_tanh_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: forgets the tanh of the new cell state.",
                "must_mention": ["tanh"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * c_next\n    return h_next, c_next\n',
    },
    {
        "id": "cell_forgot_i",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + g: forgets to multiply the candidate by the input gate.",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            "i_t",
                            "W_ii",
                            "W_hi",
                            "(i)",
                            "'i'",
                            "i:",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_h_uses_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old cell state c_{t-1} instead of c_t.",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_t-1",
                            "previous",
                            "old",
                            "c_prev",
                            "instead of c_next",
                            "input c",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Updates the caller's c in place (c *= f; c += i*g).",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c *= f\n    c += i * g\n    c_next = c\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Its own naive sigmoid lambda overflows for large negative pre-activations.",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    sig = lambda v: 1 / (1 + np.exp(-v))\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    c_next = sig(a_f) * c + sig(a_i) * np.tanh(a_g)\n    h_next = sig(a_o) * np.tanh(c_next)\n    return h_next, c_next\n",
    },
    {
        "id": "cell_fig_order",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Reads the blocks as f, i, g, o: input and forget gates swapped.",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            "i_t",
                            "W_ii",
                            "W_hi",
                            "(i)",
                            "'i'",
                            "i:",
                        ]
                    },
                    {
                        "any": [
                            "forget gate",
                            "f gate",
                            "gate f",
                            "f_t",
                            "W_if",
                            "W_hf",
                            "(f)",
                            "'f'",
                            "f:",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    f = sigmoid(gates[:, :H])\n    i = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Casts the pre-activations to float32, so results are float32.",
                "must_mention": ["float32"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_squeeze_B1",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1 (and the unit axis when H = 1), so it crashes for a batch of one.",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "batch of one",
                            "batch size 1",
                            "single example",
                            "one example",
                            "B = 1",
                            "B=1",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    x, h, c = np.squeeze(x), np.squeeze(h), np.squeeze(c)   # drop stray axes\n    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = W_hh.shape[1]\n    i, f, g, o = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    h_next = sigmoid(o) * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_no_bhh_and_swapped",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Forgets b_hh.",
                "must_mention": [
                    "b_hh",
                    {
                        "any": [
                            "missing",
                            "forgot",
                            "without",
                            "omit",
                            "left out",
                            "not added",
                            "no b_hh",
                            "lacks",
                            "dropped",
                        ]
                    },
                ],
            },
            {
                "what": "Returns (c, h) instead of (h, c).",
                "must_mention": [
                    {"any": ["order", "swapped", "swap", "the other way", "reversed"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return c_next, h_next\n',
    },
    {
        "id": "cell_sig_g_and_f_times_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Sigmoid instead of tanh for the candidate g.",
                "must_mention": [
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "g_t",
                            "W_ig",
                            "W_hg",
                            "(g)",
                            "'g'",
                            "g:",
                        ]
                    },
                    "tanh",
                ],
            },
            {
                "what": "Forget gate multiplies h instead of c (f*h).",
                "must_mention": [
                    {"any": ["h_{t-1}", "h instead of c", "hidden state", "f * h", "f*h", "f ⊙ h"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = sigmoid(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * h + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_wrong_bias_and_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "Adds b_ih twice instead of b_ih + b_hh (b_hh never used).",
                "must_mention": ["b_hh"],
            },
            {
                "what": "h_next uses tanh(c_{t-1}).",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_t-1",
                            "previous",
                            "old",
                            "c_prev",
                            "instead of c_next",
                            "input c",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + 2 * b_ih\n    H = h.shape[1]\n    i = sigmoid(gates[:, :H])\n    f = sigmoid(gates[:, H:2*H])\n    g = np.tanh(gates[:, 2*H:3*H])\n    o = sigmoid(gates[:, 3*H:])\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c)\n    return h_next, c_next\n',
    },
    {
        "id": "layer_ok_prealloc",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    seq = np.swapaxes(x, 0, 1) if batch_first else x\n    T, B = seq.shape[0], seq.shape[1]\n    H = W_hh.shape[1]\n    h_t = np.zeros((B, H)) if h0 is None else h0\n    c_t = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_t, c_t = lstm_cell(seq[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h_t\n    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_ok_index_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    t_ax = 1 if batch_first else 0\n    T = x.shape[t_ax]\n    B = x.shape[1 - t_ax]\n    H = W_hh.shape[-1]\n    state = (np.zeros((B, H)) if h0 is None else h0.copy(),\n             np.zeros((B, H)) if c0 is None else c0.copy())\n    hs = []\n    t = 0\n    while t < T:\n        x_t = x[:, t, :] if batch_first else x[t]\n        state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)\n        hs.append(state[0])\n        t += 1\n    out = np.stack(hs, axis=t_ax)\n    return out, state\n',
    },
    {
        "id": "layer_ok_moveaxis",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    xs = np.moveaxis(x, 1, 0) if batch_first else x\n    B, H = xs.shape[1], W_ih.shape[0] // 4\n    h = np.zeros((B, H), dtype=np.float64) if h0 is None else h0\n    c = np.zeros_like(h) if c0 is None else c0\n    out = []\n    for xt in xs:\n        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n        out += [h]\n    out = np.array(out)\n    return (np.moveaxis(out, 0, 1) if batch_first else out), (h, c)\n',
    },
    {
        "id": "layer_none_crash",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Does not handle h0, c0 = None (should start from zeros); crashes.",
                "must_mention": [{"any": ["zero", "zeros"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.stack(outputs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (h, c)\n',
    },
    {
        "id": "layer_ignores_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Ignores batch_first entirely (reads a (B, T, I) batch as time-first).",
                "must_mention": ["batch_first"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.stack(outputs)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_bf_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "With batch_first, transposes the input but returns out time-first (T, B, H) instead of (B, T, H).",
                "must_mention": ["batch_first", {"any": ["out", "output"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.stack(outputs)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_range_T_minus_1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Loops over range(T - 1): the last step is never computed (out[T-1] zeros, h_n from T-2).",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "off-by-one",
                            "off by one",
                            "skipped",
                            "never computed",
                            "one step",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    seq = np.swapaxes(x, 0, 1) if batch_first else x\n    T, B = seq.shape[0], seq.shape[1]\n    H = W_hh.shape[1]\n    h_t = np.zeros((B, H)) if h0 is None else h0\n    c_t = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T - 1):\n        h_t, c_t = lstm_cell(seq[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h_t\n    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_hn_first_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Returns h_n = the first step's h (outputs[0]) instead of the last.",
                "must_mention": [
                    {"any": ["first step", "step 0", "out[0]", "t = 0", "t=0", "outputs[0]"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.stack(outputs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (outputs[0], c)\n',
    },
    {
        "id": "layer_state_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Every step starts from (h0, c0): the state is never carried from one step to the next.",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "not updated",
                            "never updated",
                            "same state",
                            "initial state",
                            "advance",
                            "recurren",
                            "previous step",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.stack(outputs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (h, c)\n',
    },
    {
        "id": "layer_out_stores_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Stacks the cell state c_t into out instead of h_t.",
                "must_mention": [{"any": ["c_t", "cell state", "c instead of h", "memory"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(c)\n    out = np.stack(outputs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (h, c)\n',
    },
    {
        "id": "layer_none_random",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Starts from small random states instead of zeros when h0/c0 are None.",
                "must_mention": [{"any": ["zero", "zeros"]}, {"any": ["random", "randn"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.random.randn(B, H) * 0.1\n    if c0 is None:\n        c0 = np.random.randn(B, H) * 0.1\n    h, c = h0, c0\n    outputs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.stack(outputs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (h, c)\n',
    },
    {
        "id": "layer_buffer_alias",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Appends the same buffer h every step, so every out[t] equals the last step's h.",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "same buffer",
                            "every step equal",
                            "all steps",
                            "alias",
                            "reference",
                            "last step's",
                            "same object",
                            "overwrit",
                        ]
                    }
                ],
            },
            {
                "what": "Writes into the caller's h0/c0 in place (h[:] = ...).",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs = []\n    for t in range(T):\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[:] = hn          # reuse the buffers\n        c[:] = cn\n        hs.append(h)\n    out = np.array(hs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_bf_and_skip0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first: out not swapped back to (B, T, H).",
                "must_mention": ["batch_first", {"any": ["out", "output"]}],
            },
            {
                "what": "Loop starts at t = 1: step 0 is skipped.",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "off-by-one",
                            "off by one",
                            "skipped",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    seq = np.swapaxes(x, 0, 1) if batch_first else x\n    T, B = seq.shape[0], seq.shape[1]\n    H = W_hh.shape[1]\n    h_t = np.zeros((B, H)) if h0 is None else h0\n    c_t = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(1, T):\n        h_t, c_t = lstm_cell(seq[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h_t\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_B_before_bf_and_hh",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Takes B = x.shape[1] before handling batch_first: with batch_first and h0=None the zero state has T rows (crash or wrong shape).",
                "must_mention": [
                    {"any": ["batch_first", "zero state", "shape of the zero", "x.shape[1]"]}
                ],
            },
            {
                "what": "Returns (h, h): c_n is h_n instead of the cell state.",
                "must_mention": [{"any": ["c_n", "cell state"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    B = x.shape[1]\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0, c0 = np.zeros((B, H)), np.zeros((B, H))\n    xs = x.transpose(1, 0, 2) if batch_first else x\n    h, c = h0, c0\n    outs = [None] * xs.shape[0]\n    for t, x_t in enumerate(xs):\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs[t] = h\n    out = np.stack(outs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, h)\n',
    },
    {
        "id": "scratch_ok_a",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_ok_b_setattr",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\ndef sig(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for sfx in self.dirs:\n                setattr(self, f"weight_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, n_in)))\n                setattr(self, f"weight_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, hidden_size)))\n                if bias:\n                    setattr(self, f"bias_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n                    setattr(self, f"bias_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n\n    def _names(self):\n        names = []\n        for l in range(self.L):\n            for sfx in self.dirs:\n                names += [f"weight_ih_l{l}{sfx}", f"weight_hh_l{l}{sfx}"]\n                if self.bias:\n                    names += [f"bias_ih_l{l}{sfx}", f"bias_hh_l{l}{sfx}"]\n        return names\n\n    def state_dict(self):\n        return {n: getattr(self, n).astype(np.float64).copy() for n in self._names()}\n\n    def load_state_dict(self, state):\n        for n in self._names():\n            setattr(self, n, np.array(state[n], dtype=np.float64))\n\n    def _run(self, xs, h, c, l, sfx):\n        Wi, Wh = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, f"weight_hh_l{l}{sfx}")\n        b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, f"bias_hh_l{l}{sfx}") if self.bias else 0.0\n        H = self.H\n        hs = []\n        for xt in xs:\n            a = xt @ Wi.T + h @ Wh.T + b\n            c = sig(a[:, H:2*H]) * c + sig(a[:, :H]) * np.tanh(a[:, 2*H:3*H])\n            h = sig(a[:, 3*H:]) * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = np.swapaxes(x, 0, 1)\n        T, B = x.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        inp = x\n        for l in range(self.L):\n            halves = []\n            for d, sfx in enumerate(self.dirs):\n                seq = inp if d == 0 else inp[::-1]\n                o, h, c = self._run(seq, h0[l * D + d], c0[l * D + d], l, sfx)\n                halves.append(o if d == 0 else o[::-1])\n                hn.append(h)\n                cn.append(c)\n            inp = np.concatenate(halves, axis=-1)\n        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scratch_init_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Draws the weights from a normal distribution (scaled by 1/sqrt(H)) instead of uniform in [-1/sqrt(H), 1/sqrt(H)]: values outside the bound.",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "uniform",
                            "1/√H",
                            "1/sqrt(H)",
                            "1/sqrt(hidden",
                            "range",
                            "outside",
                            "within",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.standard_normal((4 * H, in_size)) * k\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.standard_normal((4 * H, H)) * k\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_layer1_size_H",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Layer k > 0 gets weight_ih of shape (4H, H) instead of (4H, D*H) when bidirectional.",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "D*H",
                            "2H",
                            "2 * H",
                            "2*H",
                            "H * D",
                            "H*D",
                            "both directions",
                            "D·H",
                            "D ⋅ H",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_state_dict_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (a shallow dict copy), so changing them changes the module.",
                "must_mention": [{"any": ["copy", "copies", "copied"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return dict(self.params)\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps references to the given arrays, so later changes to state change the module.",
                "must_mention": [{"any": ["copy", "copies", "copied"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = value\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_nobias_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "With bias=False it still has (zero) bias parameters, so its state_dict has bias keys nn.LSTM(bias=False) lacks.",
                "must_mention": [
                    {
                        "any": [
                            "bias_ih",
                            "bias_hh",
                            "bias key",
                            "bias parameters",
                            "extra key",
                            "unexpected key",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                bscale = k if bias else 0.0\n                self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-bscale, bscale, 4 * H)\n                self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-bscale, bscale, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_hn_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Writes h_n/c_n rows direction-major (d*L + k) instead of layer by layer (k*D + d); visible with 2+ layers and both directions.",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D + d",
                            "k*D+d",
                            "layer * D",
                            "layer by layer",
                            "direction by direction",
                            "row order",
                            "order of the rows",
                            "rows in the wrong order",
                            "rows are ordered",
                            "rows ordered",
                            "interleav",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = d * L + layer\n                out_d, h_last, c_last = self._direction(layer_in, h0[layer * D + d], c0[layer * D + d], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_rev_out_not_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Stores the reverse direction's outputs in processing order (out[n] after n+1 steps) instead of at index t.",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "flipped",
                            "reversed order",
                            "back in order",
                            "put back",
                            "mirror",
                            "index T-1-t",
                            "T - 1 - t",
                            "backwards order",
                            "not reversed back",
                            "in reverse order",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for n, t in enumerate(steps):\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[n] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_rev_final_wrong",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Reports the reverse direction's h_n as out[-1] (its state after x_{T-1}) instead of its state after x_0.",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "after x_0",
                            "x_0",
                            "first step",
                            "after reading x_{T-1}",
                            "out[-1",
                            "last position",
                            "step 0",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, out[-1], c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_layers_read_x",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Every layer reads the original x instead of the previous layer's out (crashes when I != D*H, wrong otherwise).",
                "must_mention": [
                    {
                        "any": [
                            "previous layer",
                            "layer 0's out",
                            "layer k-1",
                            "layer k - 1",
                            "layer below",
                            "previous layer's",
                            "lower layer",
                            "reads x",
                            "original input",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(x, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_hx_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Ignores a given hx and always starts from zeros.",
                "must_mention": [{"any": ["hx", "h_0", "initial state", "ignored", "ignores"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        h0 = np.zeros((L * D, B, H))\n        c0 = np.zeros((L * D, B, H))\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_bf_out_not_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "With batch_first, out is returned time-first instead of (B, T, D*H).",
                "must_mention": ["batch_first"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_rev_uses_fwd_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "The reverse direction uses the forward direction's weight matrices (not the _reverse ones); its biases are right.",
                "must_mention": [
                    {
                        "any": [
                            "_reverse",
                            "forward weights",
                            "forward direction's weights",
                            "forward parameters",
                            "forward direction's parameters",
                            "weight_ih_l0 instead",
                            "reverse weights",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}"], p[f"weight_hh_l{layer}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_nobias_crash",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Looks up the bias keys unconditionally in the call: KeyError with bias=False.",
                "must_mention": [{"any": ["bias_ih", "KeyError", "bias=False", "bias = False"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p[f"bias_ih_l{layer}{suffix}"]\n        b_hh = p[f"bias_hh_l{layer}{suffix}"]\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Ignores seed: the same seed gives different parameters.",
                "must_mention": ["seed"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng()\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_rev_starts_from_fwd",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "The reverse direction starts from the forward direction's final state instead of its own initial state.",
                "must_mention": [
                    {
                        "any": [
                            "initial state",
                            "h_0",
                            "own initial",
                            "forward direction's final",
                            "forward's final",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                if d == 0:\n                    h_start, c_start = h0[row], c0[row]\n                out_d, h_last, c_last = self._direction(layer_in, h_start, c_start, layer, suffix)\n                h_start, c_start = h_last, c_last\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_rev_not_back_and_cn_h",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Reverse outputs not put back in time order.",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "flipped",
                            "reversed order",
                            "back in order",
                            "put back",
                            "mirror",
                            "index T-1-t",
                            "T - 1 - t",
                            "backwards order",
                            "not reversed back",
                            "in reverse order",
                        ]
                    }
                ],
            },
            {
                "what": "c_n filled with the h states.",
                "must_mention": [{"any": ["c_n", "cell state"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for n, t in enumerate(steps):\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[n] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = h_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_float32_and_nobias_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict stores float32 arrays, so outputs are float32.",
                "must_mention": ["float32"],
            },
            {
                "what": "With bias=False still has bias parameters (zeros) in its state_dict.",
                "must_mention": [
                    {
                        "any": [
                            "bias_ih",
                            "bias_hh",
                            "bias key",
                            "bias parameters",
                            "extra key",
                            "unexpected key",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H) * bias\n                self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H) * bias\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float32)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_bf_ignored_and_seed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "Ignores batch_first.", "must_mention": ["batch_first"]},
            {
                "what": "Ignores seed (always seed 0): different seeds give the same parameters.",
                "must_mention": ["seed"],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\ndef _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T\n    if b_ih is not None:\n        a = a + b_ih + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n    h = _sigmoid(o) * np.tanh(c)\n    return h, c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(0)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for suffix in ["", "_reverse"][: self.D]:\n                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, in_size))\n                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.params):\n            raise KeyError(f"expected keys {sorted(self.params)}, got {sorted(state)}")\n        for name, value in state.items():\n            if np.shape(value) != self.params[name].shape:\n                raise ValueError(f"{name}: expected shape {self.params[name].shape}, got {np.shape(value)}")\n            self.params[name] = np.array(value, dtype=np.float64, copy=True)\n\n    def _direction(self, x, h, c, layer, suffix):\n        p = self.params\n        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], p[f"weight_hh_l{layer}{suffix}"]\n        b_ih = p.get(f"bias_ih_l{layer}{suffix}")\n        b_hh = p.get(f"bias_hh_l{layer}{suffix}")\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], self.hidden_size))\n        steps = range(T) if suffix == "" else range(T - 1, -1, -1)\n        for t in steps:\n            h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        T, B, _ = x.shape\n        L, D, H = self.num_layers, self.D, self.hidden_size\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d, suffix in enumerate(["", "_reverse"][:D]):\n                row = layer * D + d\n                out_d, h_last, c_last = self._direction(layer_in, h0[row], c0[row], layer, suffix)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scratch_sd_no_copy_and_layer1_H",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays.",
                "must_mention": [{"any": ["copy", "copies", "copied"]}],
            },
            {
                "what": "Layer k > 0 weight_ih has H instead of D*H columns when bidirectional.",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "D*H",
                            "2H",
                            "2 * H",
                            "2*H",
                            "H * D",
                            "H*D",
                            "both directions",
                            "D·H",
                            "D ⋅ H",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\ndef sig(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size\n            for sfx in self.dirs:\n                setattr(self, f"weight_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, n_in)))\n                setattr(self, f"weight_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, hidden_size)))\n                if bias:\n                    setattr(self, f"bias_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n                    setattr(self, f"bias_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n\n    def _names(self):\n        names = []\n        for l in range(self.L):\n            for sfx in self.dirs:\n                names += [f"weight_ih_l{l}{sfx}", f"weight_hh_l{l}{sfx}"]\n                if self.bias:\n                    names += [f"bias_ih_l{l}{sfx}", f"bias_hh_l{l}{sfx}"]\n        return names\n\n    def state_dict(self):\n        return {n: getattr(self, n) for n in self._names()}\n\n    def load_state_dict(self, state):\n        for n in self._names():\n            setattr(self, n, np.array(state[n], dtype=np.float64))\n\n    def _run(self, xs, h, c, l, sfx):\n        Wi, Wh = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, f"weight_hh_l{l}{sfx}")\n        b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, f"bias_hh_l{l}{sfx}") if self.bias else 0.0\n        H = self.H\n        hs = []\n        for xt in xs:\n            a = xt @ Wi.T + h @ Wh.T + b\n            c = sig(a[:, H:2*H]) * c + sig(a[:, :H]) * np.tanh(a[:, 2*H:3*H])\n            h = sig(a[:, 3*H:]) * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = np.swapaxes(x, 0, 1)\n        T, B = x.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        inp = x\n        for l in range(self.L):\n            halves = []\n            for d, sfx in enumerate(self.dirs):\n                seq = inp if d == 0 else inp[::-1]\n                o, h, c = self._run(seq, h0[l * D + d], c0[l * D + d], l, sfx)\n                halves.append(o if d == 0 else o[::-1])\n                hn.append(h)\n                cn.append(c)\n            inp = np.concatenate(halves, axis=-1)\n        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scratch_b_h0_rows_layer_only",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Reads the initial state row h_0[k] (layer index only) instead of h_0[k*D + d]: wrong rows whenever bidirectional with hx.",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D + d",
                            "k*D+d",
                            "layer * D",
                            "layer by layer",
                            "direction by direction",
                            "row order",
                            "order of the rows",
                            "rows in the wrong order",
                            "rows are ordered",
                            "rows ordered",
                            "interleav",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\ndef sig(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for sfx in self.dirs:\n                setattr(self, f"weight_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, n_in)))\n                setattr(self, f"weight_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, hidden_size)))\n                if bias:\n                    setattr(self, f"bias_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n                    setattr(self, f"bias_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n\n    def _names(self):\n        names = []\n        for l in range(self.L):\n            for sfx in self.dirs:\n                names += [f"weight_ih_l{l}{sfx}", f"weight_hh_l{l}{sfx}"]\n                if self.bias:\n                    names += [f"bias_ih_l{l}{sfx}", f"bias_hh_l{l}{sfx}"]\n        return names\n\n    def state_dict(self):\n        return {n: getattr(self, n).astype(np.float64).copy() for n in self._names()}\n\n    def load_state_dict(self, state):\n        for n in self._names():\n            setattr(self, n, np.array(state[n], dtype=np.float64))\n\n    def _run(self, xs, h, c, l, sfx):\n        Wi, Wh = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, f"weight_hh_l{l}{sfx}")\n        b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, f"bias_hh_l{l}{sfx}") if self.bias else 0.0\n        H = self.H\n        hs = []\n        for xt in xs:\n            a = xt @ Wi.T + h @ Wh.T + b\n            c = sig(a[:, H:2*H]) * c + sig(a[:, :H]) * np.tanh(a[:, 2*H:3*H])\n            h = sig(a[:, 3*H:]) * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = np.swapaxes(x, 0, 1)\n        T, B = x.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        inp = x\n        for l in range(self.L):\n            halves = []\n            for d, sfx in enumerate(self.dirs):\n                seq = inp if d == 0 else inp[::-1]\n                o, h, c = self._run(seq, h0[l], c0[l], l, sfx)\n                halves.append(o if d == 0 else o[::-1])\n                hn.append(h)\n                cn.append(c)\n            inp = np.concatenate(halves, axis=-1)\n        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scratch_b_rev_reads_fwd_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "The reverse direction reads the forward direction's outputs instead of the layer's input (crashes when I != H, wrong otherwise).",
                "must_mention": [
                    {
                        "any": [
                            "forward direction's out",
                            "forward output",
                            "reads the forward",
                            "layer's input",
                            "instead of x",
                            "forward's out",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\ndef sig(v):\n    return 0.5 * (1.0 + np.tanh(0.5 * v))\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first, self.bidirectional = bias, batch_first, bidirectional\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for sfx in self.dirs:\n                setattr(self, f"weight_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, n_in)))\n                setattr(self, f"weight_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=(4 * hidden_size, hidden_size)))\n                if bias:\n                    setattr(self, f"bias_ih_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n                    setattr(self, f"bias_hh_l{l}{sfx}", gen.uniform(-bound, bound, size=4 * hidden_size))\n\n    def _names(self):\n        names = []\n        for l in range(self.L):\n            for sfx in self.dirs:\n                names += [f"weight_ih_l{l}{sfx}", f"weight_hh_l{l}{sfx}"]\n                if self.bias:\n                    names += [f"bias_ih_l{l}{sfx}", f"bias_hh_l{l}{sfx}"]\n        return names\n\n    def state_dict(self):\n        return {n: getattr(self, n).astype(np.float64).copy() for n in self._names()}\n\n    def load_state_dict(self, state):\n        for n in self._names():\n            setattr(self, n, np.array(state[n], dtype=np.float64))\n\n    def _run(self, xs, h, c, l, sfx):\n        Wi, Wh = getattr(self, f"weight_ih_l{l}{sfx}"), getattr(self, f"weight_hh_l{l}{sfx}")\n        b = getattr(self, f"bias_ih_l{l}{sfx}") + getattr(self, f"bias_hh_l{l}{sfx}") if self.bias else 0.0\n        H = self.H\n        hs = []\n        for xt in xs:\n            a = xt @ Wi.T + h @ Wh.T + b\n            c = sig(a[:, H:2*H]) * c + sig(a[:, :H]) * np.tanh(a[:, 2*H:3*H])\n            h = sig(a[:, 3*H:]) * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = np.swapaxes(x, 0, 1)\n        T, B = x.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            hx = (np.zeros((self.L * D, B, self.H)), np.zeros((self.L * D, B, self.H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        inp = x\n        for l in range(self.L):\n            halves = []\n            for d, sfx in enumerate(self.dirs):\n                seq = inp if d == 0 else halves[0][::-1]\n                o, h, c = self._run(seq, h0[l * D + d], c0[l * D + d], l, sfx)\n                halves.append(o if d == 0 else o[::-1])\n                hn.append(h)\n                cn.append(c)\n            inp = np.concatenate(halves, axis=-1)\n        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "bi_ok_b_loops",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    hf, cf = h0[0], c0[0]\n    for t in range(T):\n        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n        out[t, :, :H] = hf\n    hb, cb = h0[1], c0[1]\n    for t in range(T - 1, -1, -1):\n        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n        out[t, :, H:] = hb\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bi_ok_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n    y_fwd, (hT_fwd, cT_fwd) = lstm_layer(x, h0[0], c0[0], W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n    y_bwd, (hT_bwd, cT_bwd) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n    y = np.concatenate((y_fwd, np.flip(y_bwd, axis=0)), axis=-1)\n    return y, (np.array([hT_fwd, hT_bwd]), np.array([cT_fwd, cT_bwd]))\n',
    },
    {
        "id": "bi_ok_a",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_not_flipped_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "The backward outputs are not flipped back into time order.",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "flipped",
                            "reversed order",
                            "back in order",
                            "put back",
                            "mirror",
                            "index T-1-t",
                            "T - 1 - t",
                            "backwards order",
                            "not reversed back",
                            "in reverse order",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b_rev\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_hn_bwd_wrong_end",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's backward row is out_b[-1] (state after x_{T-1} only) instead of its state after x_0.",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "out[0",
                            "after step 0",
                            "step 0",
                            "first step",
                            "out_b[-1]",
                            "out[-1",
                            "last position",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, out_b[-1]])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_bwd_uses_fwd",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "The backward direction uses the forward weights.",
                "must_mention": [
                    {
                        "any": [
                            "forward weights",
                            "fwd",
                            "forward direction's weights",
                            "forward parameters",
                            "same weights",
                            "bwd",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_h0_rows_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Uses row 1 of h0/c0 for the forward direction and row 0 for the backward one.",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "row 1",
                            "h0[0]",
                            "h0[1]",
                            "c0[0]",
                            "c0[1]",
                            "rows swapped",
                            "swapped",
                            "initial state",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[1], c0[1], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_concat_bwd_first",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Puts the backward half first in out.",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swapped",
                            "halves",
                            "forward first",
                            "first half",
                            "second half",
                            "side by side",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_b, out_f], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_bwd_not_reversed",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "The backward direction reads the sequence forwards (x_0 first) instead of from x_{T-1} down.",
                "must_mention": [
                    {
                        "any": [
                            "reads the sequence forwards",
                            "from the end",
                            "backwards",
                            "x_{T-1}",
                            "in reverse",
                            "reverse order",
                            "forward in time",
                            "not reversed",
                            "direction",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    hf, cf = h0[0], c0[0]\n    for t in range(T):\n        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n        out[t, :, :H] = hf\n    hb, cb = h0[1], c0[1]\n    for t in range(T):\n        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n        out[t, :, H:] = hb\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bi_concat_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Concatenates along the time axis (2T, B, H) instead of the feature axis.",
                "must_mention": [{"any": ["axis", "concatenat", "side by side", "feature"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_f, out_b])\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_cn_fwd_twice_and_not_flipped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Backward outputs not flipped back.",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "flipped",
                            "reversed order",
                            "back in order",
                            "put back",
                            "mirror",
                            "index T-1-t",
                            "T - 1 - t",
                            "backwards order",
                            "not reversed back",
                            "in reverse order",
                        ]
                    }
                ],
            },
            {
                "what": "c_n's backward row is the forward c.",
                "must_mention": [{"any": ["c_n", "cell state"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_b_rev\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_f])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bi_bwd_init_fwd_row_and_hc_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "The backward direction starts from row 0 (the forward initial state) instead of row 1.",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "row 1",
                            "h0[0]",
                            "h0[1]",
                            "c0[0]",
                            "c0[1]",
                            "rows swapped",
                            "swapped",
                            "initial state",
                        ]
                    }
                ],
            },
            {
                "what": "Returns (c_n, h_n) instead of (h_n, c_n).",
                "must_mention": [
                    {"any": ["swapped", "order", "the other way", "c_n instead", "h_n and c_n"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b_rev, (h_b, c_b) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n    out_b = out_b_rev[::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return out, (c_n, h_n)\n',
    },
    {
        "id": "bi_chain_fwd_into_bwd",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "The backward direction starts from the forward direction's final state instead of h0[1], c0[1].",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "row 1",
                            "h0[0]",
                            "h0[1]",
                            "c0[0]",
                            "c0[1]",
                            "rows swapped",
                            "swapped",
                            "initial state",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    hf, cf = h0[0], c0[0]\n    for t in range(T):\n        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n        out[t, :, :H] = hf\n    hb, cb = hf, cf\n    for t in range(T - 1, -1, -1):\n        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n        out[t, :, H:] = hb\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bi_inplace_reverse_x",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "Reverses the caller's x in place (x[:] = x[::-1]).",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    x[:] = x[::-1]                     # reverse the sequence for the backward pass\n    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n',
    },
    {
        "id": "cbw_ok_a",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_ok_pergate_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    blocks = lambda M: [M[k * H:(k + 1) * H] for k in range(4)]\n    Wx, Wh, bx, bh = blocks(W_ih), blocks(W_hh), blocks(b_ih), blocks(b_hh)\n    z = [x @ Wx[k].T + h @ Wh[k].T + bx[k] + bh[k] for k in range(4)]\n    i_t, f_t, o_t = sigmoid(z[0]), sigmoid(z[1]), sigmoid(z[3])\n    g_t = np.tanh(z[2])\n    c_t = f_t * c + i_t * g_t\n    tanh_c = np.tanh(c_t)\n    delta_c = dc_next + dh_next * o_t * (1.0 - tanh_c * tanh_c)\n    dz = [delta_c * g_t * i_t * (1.0 - i_t),\n          delta_c * c * f_t * (1.0 - f_t),\n          delta_c * i_t * (1.0 - g_t * g_t),\n          dh_next * tanh_c * o_t * (1.0 - o_t)]\n    dW_ih = np.concatenate([np.einsum("bh,bi->hi", dz[k], x) for k in range(4)])\n    dW_hh = np.concatenate([np.einsum("bh,bj->hj", dz[k], h) for k in range(4)])\n    db = np.concatenate([dz[k].sum(0) for k in range(4)])\n    dx = sum(dz[k] @ Wx[k] for k in range(4))\n    dh = sum(dz[k] @ Wh[k] for k in range(4))\n    return {"x": dx, "h": dh, "c": delta_c * f_t, "W_ih": dW_ih, "W_hh": dW_hh,\n            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cbw_ok_tanhsig",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigm(z):\n    return 0.5 * (1 + np.tanh(z / 2))\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n    H = h.shape[-1]\n    ig, fg, gg, og = sigm(pre[:, :H]), sigm(pre[:, H:2*H]), np.tanh(pre[:, 2*H:3*H]), sigm(pre[:, 3*H:])\n    cn = fg * c + ig * gg\n    t = np.tanh(cn)\n    dcn = dc_next + dh_next * og * (1 - t**2)\n    dpre = np.hstack([dcn * gg * ig * (1 - ig), dcn * c * fg * (1 - fg), dcn * ig * (1 - gg**2), dh_next * t * og * (1 - og)])\n    return dict(x=np.dot(dpre, W_ih), h=np.dot(dpre, W_hh), c=dcn * fg,\n                W_ih=np.dot(dpre.T, x), W_hh=np.dot(dpre.T, h),\n                b_ih=np.sum(dpre, axis=0), b_hh=np.sum(dpre, axis=0))\n",
    },
    {
        "id": "cbw_dc_missing_h_path",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc = dc_next only: forgets the path through h_t (dh * o * (1 - tanh² c)).",
                "must_mention": [
                    {
                        "any": [
                            "δc",
                            "delta_c",
                            "δ c",
                            "total gradient",
                            "1 - tanh",
                            "1 − tanh",
                            "tanh²",
                            "tanh^2",
                            "through h_t",
                            "via h_t",
                            "path through h",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_sig_deriv_1_minus_sq",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Uses 1 - σ² (the tanh form) as the sigmoid derivative instead of σ(1 - σ).",
                "must_mention": [
                    {
                        "any": [
                            "σ(1 - σ)",
                            "σ(1 − σ)",
                            "σ(1-σ)",
                            "σ'",
                            "σ′",
                            "sigmoid's derivative",
                            "derivative of the sigmoid",
                            "sigmoid derivative",
                            "s(1-s)",
                            "s * (1 - s)",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * (1 - i ** 2)\n    da_f = df * (1 - f ** 2)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * (1 - o ** 2)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_tanh_deriv_1_minus_g",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Uses 1 - g instead of 1 - g² for the candidate's tanh derivative.",
                "must_mention": [
                    {
                        "any": [
                            "1 - g²",
                            "1 − g²",
                            "1 - g^2",
                            "1 - g**2",
                            "1 - tanh²",
                            "1 − tanh²",
                            "tanh'",
                            "tanh′",
                            "derivative of tanh",
                            "tanh derivative",
                            "tanh's derivative",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Weight gradients computed as x.T @ da (I, 4H): transposed.",
                "must_mention": [{"any": ["transpose", "transposed", ".T"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": x.T @ da,\n        "W_hh": h.T @ da,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_db_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Bias gradients averaged over the batch instead of summed (right only for B = 1).",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divided by",
                            "1/B",
                            "factor",
                            "sum over the batch",
                            "summed over",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.mean(axis=0),\n        "b_hh": da.mean(axis=0),\n    }\n',
    },
    {
        "id": "cbw_dcprev_uses_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} = dc_next * f instead of δc * f (misses the h path).",
                "must_mention": [
                    {
                        "any": [
                            "δc",
                            "delta_c",
                            "δ c",
                            "total gradient",
                            "1 - tanh",
                            "1 − tanh",
                            "tanh²",
                            "tanh^2",
                            "through h_t",
                            "via h_t",
                            "path through h",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc_next * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_dh_pergate_T",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh uses the transposed square blocks W_hh[k].T instead of W_hh[k].",
                "must_mention": [{"any": ["transpose", "transposed", ".T"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n    c_new = f * c + i * g\n    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n    d_gates = [dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** 2), dh_next * np.tanh(c_new) * o * (1 - o)]\n    dx = np.zeros_like(x)\n    dh = np.zeros_like(h)\n    for k, dk in enumerate(d_gates):\n        dx += dk @ W_ih[k*H:(k+1)*H]\n        dh += dk @ W_hh[k*H:(k+1)*H].T       # square block\n    da = np.hstack(d_gates)\n    return {"x": dx, "h": dh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,\n            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cbw_do_uses_old_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo uses tanh(c_{t-1}) instead of tanh(c_t).",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "o_t",
                            "W_io",
                            "W_ho",
                            "(o)",
                            "'o'",
                            "o:",
                        ]
                    },
                    {"any": ["c_{t-1}", "c_t-1", "previous", "old", "tanh(c)", "instead of c_t"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * np.tanh(c)\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Stacks the gate gradients as (i, f, o, g) instead of (i, f, g, o).",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "o_t",
                            "W_io",
                            "W_ho",
                            "(o)",
                            "'o'",
                            "o:",
                        ]
                    },
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "g_t",
                            "W_ig",
                            "W_hg",
                            "(g)",
                            "'g'",
                            "g:",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_o, da_g], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_missing_bhh_and_sigd",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {"what": "Returns no 'b_hh' key.", "must_mention": ["b_hh"]},
            {
                "what": "Wrong sigmoid derivative for the input gate (1 - i²).",
                "must_mention": [
                    {
                        "any": [
                            "σ(1 - σ)",
                            "σ(1 − σ)",
                            "σ(1-σ)",
                            "σ'",
                            "σ′",
                            "sigmoid's derivative",
                            "derivative of the sigmoid",
                            "sigmoid derivative",
                            "s(1-s)",
                            "s * (1 - s)",
                        ]
                    },
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            "i_t",
                            "W_ii",
                            "W_hi",
                            "(i)",
                            "'i'",
                            "i:",
                        ]
                    },
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * (1 - i ** 2)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_no_h_path_and_dWhh_hnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc misses the h path.",
                "must_mention": [
                    {
                        "any": [
                            "δc",
                            "delta_c",
                            "δ c",
                            "total gradient",
                            "1 - tanh",
                            "1 − tanh",
                            "tanh²",
                            "tanh^2",
                            "through h_t",
                            "via h_t",
                            "path through h",
                        ]
                    }
                ],
            },
            {
                "what": "dW_hh uses the new h_t instead of h_{t-1}.",
                "must_mention": [{"any": ["h_t", "h_next", "new h", "h_{t-1}", "instead of h"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ (o * tc),\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_ignores_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Ignores dc_next (the gradient arriving at c_t from later).",
                "must_mention": [{"any": ["dc_next", "∂L/∂c_t", "dL/dc_t", "from later"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_inplace_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next; dc += ... modifies the caller's dc_next in place.",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next\n    dc += dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n',
    },
    {
        "id": "cbw_df_uses_cnext_and_db_once",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf uses c_t instead of c_{t-1}.",
                "must_mention": [
                    {
                        "any": [
                            "forget gate",
                            "f gate",
                            "gate f",
                            "f_t",
                            "W_if",
                            "W_hf",
                            "(f)",
                            "'f'",
                            "f:",
                        ]
                    },
                    {"any": ["c_{t-1}", "c_t-1", "previous", "instead of c", "c_t ", "c_next"]},
                ],
            },
            {
                "what": "Returns zeros as the b_hh gradient (thinks b_hh is counted in b_ih).",
                "must_mention": ["b_hh", {"any": ["zero", "zeros", "equal to", "same as", "b_ih"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c_next\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": np.zeros(da.shape[1]),\n    }\n',
    },
    {
        "id": "lbw_ok_a",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_ok_lists",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    steps = len(x)\n    states = []\n    h, c = h0, c0\n    for t in range(steps):\n        states.append((h, c))\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n    carry_h = np.zeros(h0.shape) if dh_n is None else np.array(dh_n)\n    carry_c = np.zeros(c0.shape) if dc_n is None else np.array(dc_n)\n    total = None\n    dxs = []\n    for t in reversed(range(steps)):\n        h_prev, c_prev = states[t]\n        step = lstm_cell_backward(carry_h + dout[t], carry_c, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n        dxs.insert(0, step["x"])\n        carry_h, carry_c = step["h"], step["c"]\n        if total is None:\n            total = {k: step[k].copy() for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n        else:\n            for k in total:\n                total[k] += step[k]\n    total["x"] = np.stack(dxs)\n    total["h0"] = carry_h\n    total["c0"] = carry_c\n    return total\n',
    },
    {
        "id": "lbw_ok_while_other_cellbw",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\ndef sigm(z):\n    return 0.5 * (1 + np.tanh(z / 2))\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[-1]\n    c2 = sigm(pre[:, H:2*H]) * c + sigm(pre[:, :H]) * np.tanh(pre[:, 2*H:3*H])\n    return sigm(pre[:, 3*H:]) * np.tanh(c2), c2\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[-1]\n    ig, fg, gg, og = sigm(pre[:, :H]), sigm(pre[:, H:2*H]), np.tanh(pre[:, 2*H:3*H]), sigm(pre[:, 3*H:])\n    t = np.tanh(fg * c + ig * gg)\n    dcn = dc_next + dh_next * og * (1 - t**2)\n    dpre = np.hstack([dcn * gg * ig * (1 - ig), dcn * c * fg * (1 - fg), dcn * ig * (1 - gg**2), dh_next * t * og * (1 - og)])\n    return dict(x=dpre @ W_ih, h=dpre @ W_hh, c=dcn * fg, W_ih=dpre.T @ x, W_hh=dpre.T @ h,\n                b_ih=dpre.sum(0), b_hh=dpre.sum(0))\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    H = h0.shape[1]\n    Hs = np.zeros((T + 1, B, H)); Cs = np.zeros((T + 1, B, H))\n    Hs[0], Cs[0] = h0, c0\n    for t in range(T):\n        Hs[t + 1], Cs[t + 1] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n    out = {"x": np.zeros((T, B, I)), "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    gh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n    gc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n    t = T - 1\n    while t >= 0:\n        gh += dout[t]\n        s = lstm_cell_backward(gh, gc, x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n        out["x"][t] = s["x"]\n        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n            out[k] += s[k]\n        gh, gc = s["h"], s["c"]\n        t -= 1\n    out["h0"], out["c0"] = gh, gc\n    return out\n',
    },
    {
        "id": "lbw_no_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Adds dout[t] only at the last step: the direct gradient of out at earlier steps is lost.",
                "must_mention": [{"any": ["dout[t]", "dout", "∂L/∂out", "dL/dout"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + (dout[t] if t == T - 1 else 0), dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_weights_last_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Overwrites the weight/bias gradients each step: keeps step 0's instead of the sum over steps.",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "summed",
                            "accumulate",
                            "every step",
                            "all steps",
                            "overwrit",
                            "last step's",
                            "only the last",
                            "only one step",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_dx_not_time_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Collects dx in backward order and never reverses it: 'x' is not in time order.",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "flipped",
                            "reversed order",
                            "back in order",
                            "put back",
                            "mirror",
                            "index T-1-t",
                            "T - 1 - t",
                            "backwards order",
                            "not reversed back",
                            "in reverse order",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = len(x)\n    hist = [(h0, c0)]\n    for t in range(T):\n        hist.append(lstm_cell(x[t], *hist[-1], W_ih, W_hh, b_ih, b_hh))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    dW_ih, dW_hh, db_ih, db_hh = 0, 0, 0, 0\n    dxs = []\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hist[t][0], hist[t][1], W_ih, W_hh, b_ih, b_hh)\n        dxs.append(g["x"])\n        dh, dc = g["h"], g["c"]\n        dW_ih = dW_ih + g["W_ih"]; dW_hh = dW_hh + g["W_hh"]\n        db_ih = db_ih + g["b_ih"]; db_hh = db_hh + g["b_hh"]\n    return {"x": np.array(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lbw_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Step t's backward gets the state after the step (h_t, c_t) instead of the one it started from (h_{t-1}, c_{t-1}).",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "state it started from",
                            "started from",
                            "previous state",
                            "off by one",
                            "off-by-one",
                            "h_t instead",
                            "state after",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_none_crash",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Does not treat dh_n/dc_n = None as zeros: crashes (None + array).",
                "must_mention": [{"any": ["None", "zeros"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh, dc = dh_n, dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Drops the gradient to c_{t-1} between steps (dc reset to zero): the cell-state path is cut.",
                "must_mention": [{"any": ["cell state", '"c"', "'c'", "dc", "c_{t-1}", "c_t"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], np.zeros_like(dc)\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Adds the carried gradient into dout in place (dout[t] += dh).",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "range(T-1, 0, -1) never runs step 0's backward: dx[0], h0/c0 and the step-0 weight terms wrong.",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "off-by-one",
                            "off by one",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, 0, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_overwrite_and_dx_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Weight gradients overwritten, not summed.",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "summed",
                            "accumulate",
                            "every step",
                            "all steps",
                            "overwrit",
                            "last step's",
                            "only the last",
                            "only one step",
                        ]
                    }
                ],
            },
            {
                "what": "dx stored in backward order.",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "flipped",
                            "reversed order",
                            "back in order",
                            "put back",
                            "mirror",
                            "index T-1-t",
                            "T - 1 - t",
                            "backwards order",
                            "not reversed back",
                            "in reverse order",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[T - 1 - t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_helper_sigd_and_dhn_ignored",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "The student's own lstm_cell_backward uses 1 - f² as the forget gate's derivative.",
                "must_mention": [
                    {
                        "any": [
                            "σ(1 - σ)",
                            "σ(1 − σ)",
                            "σ(1-σ)",
                            "σ'",
                            "σ′",
                            "sigmoid's derivative",
                            "derivative of the sigmoid",
                            "sigmoid derivative",
                            "s(1-s)",
                            "s * (1 - s)",
                        ]
                    },
                    {
                        "any": [
                            "forget gate",
                            "f gate",
                            "gate f",
                            "f_t",
                            "W_if",
                            "W_hf",
                            "(f)",
                            "'f'",
                            "f:",
                        ]
                    },
                ],
            },
            {
                "what": "Ignores a given dh_n.",
                "must_mention": [{"any": ["dh_n", "∂L/∂h_n", "dL/dh_n", "final state"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * (1 - f ** 2)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0)\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_dcn_ignored_and_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Ignores a given dc_n.",
                "must_mention": [{"any": ["dc_n", "∂L/∂c_n", "dL/dc_n"]}],
            },
            {
                "what": "Modifies dout in place.",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0)\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh, c0=dc)\n    return grads\n',
    },
    {
        "id": "lbw_h0_grad_from_dout0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "Adds dout[0] to the h0 gradient, although out[0] is h_0 after the step, not the initial state.",
                "must_mention": [{"any": ["dout[0]", "h0", "initial state"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    tc = np.tanh(c_next)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    dc_prev = dc * f\n    da_i = di * i * (1 - i)\n    da_f = df * f * (1 - f)\n    da_g = dg * (1 - g ** 2)\n    da_o = do * o * (1 - o)\n    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n    return {\n        "x": da @ W_ih,\n        "h": da @ W_hh,\n        "c": dc_prev,\n        "W_ih": da.T @ x,\n        "W_hh": da.T @ h,\n        "b_ih": da.sum(axis=0),\n        "b_hh": da.sum(axis=0),\n    }\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)]}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        for k in grads:\n            grads[k] = grads[k] + g[k]\n    grads.update(x=dx, h0=dh + dout[0], c0=dc)\n    return grads\n',
    },
    {
        "id": "len_ok_a",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "len_ok_per_seq",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    out = np.zeros((T, B, H))\n    h_n = np.zeros((B, H))\n    c_n = np.zeros((B, H))\n    for b in range(B):\n        hb, cb = h0[b:b + 1], c0[b:b + 1]\n        for t in range(int(lengths[b])):\n            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n            out[t, b] = hb[0]\n        h_n[b], c_n[b] = hb[0], cb[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "len_ok_arith_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T = x.shape[0]\n    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :]).astype(np.float64)   # (T, B)\n    h, c = h0.copy(), c0.copy()\n    outs = []\n    for t in range(T):\n        m = mask[t][:, None]\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = m * hn + (1 - m) * h\n        c = m * cn + (1 - m) * c\n        outs.append(m * hn)\n    return np.stack(outs), (h, c)\n',
    },
    {
        "id": "len_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen state instead of zeros.",
                "must_mention": [{"any": ["zero", "zeros"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "len_hn_at_T_minus_1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "The state keeps running over the padding: h_n, c_n are at T-1 instead of each row's last real step.",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real step",
                            "past its length",
                            "past the length",
                            "after its length",
                            "beyond",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h, c = h_new, c_new\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "len_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Mask t <= lengths[b]: one padding step is included (visible for sequences shorter than T).",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step too",
                            "one extra step",
                            "one step late",
                            "one step early",
                            "<=",
                            "one step more",
                            "one step less",
                            "one step short",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t <= lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "len_maxlen_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T when the longest length is shorter than T.",
                "must_mention": [
                    {
                        "any": [
                            "max(lengths)",
                            "longest",
                            "total_length",
                            "shorter than T",
                            "number of steps",
                            "too few steps",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T_max = int(max(lengths))\n    B, H = h0.shape\n    out = np.zeros((T_max, B, H))\n    h, c = h0, c0\n    for t in range(T_max):\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        valid = (lengths > t).reshape(B, 1)\n        h = np.where(valid, hn, h)\n        c = np.where(valid, cn, c)\n        out[t] = hn * valid\n    return out, (h, c)\n',
    },
    {
        "id": "len_mask_minus_one",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Mask t < lengths[b] - 1: drops each sequence's last real step.",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step too",
                            "one extra step",
                            "one step late",
                            "one step early",
                            "<=",
                            "one step more",
                            "one step less",
                            "one step short",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths - 1)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "len_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Freezes h but not c: the cell state runs over the padding (c_n wrong; later h stays frozen).",
                "must_mention": [{"any": ["c_n", "cell state", "c_t", " c "]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = c_new\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "len_mask_bad_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Mask shaped (1, B) broadcasts over the units instead of the batch rows (crashes when B != H, wrong rows otherwise).",
                "must_mention": [
                    {"any": ["broadcast", "(B, 1)", "(1, B)", "axis", "units instead", "mask"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[None, :]          # mask\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "len_out_not_zeroed_and_hn_T",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is not zeroed past each length.",
                "must_mention": [{"any": ["zero", "zeros"]}],
            },
            {
                "what": "c_n (and the run) goes over the padding: c_n is at T-1, not at each own last step.",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real step",
                            "past its length",
                            "past the length",
                            "after its length",
                            "beyond",
                        ]
                    },
                    {"any": ["c_n", "cell state"]},
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    out = []\n    for t in range(x.shape[0]):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out.append(h)\n    out = np.stack(out)\n    B = x.shape[1]\n    # take each sequence\'s output at its own last step\n    h_last = out[np.asarray(lengths) - 1, np.arange(B)]\n    return out, (h_last, c)\n',
    },
    {
        "id": "len_inplace_and_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Writes the new state into the caller's h0, c0 in place.",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modified",
                            "modifies",
                            "changed the array",
                            "changes the array",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": "Mask t <= lengths: one padding step too many.",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step too",
                            "one extra step",
                            "one step late",
                            "one step early",
                            "<=",
                            "one step more",
                            "one step less",
                            "one step short",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    h, c = h0, c0\n    out = np.zeros((T, B, h0.shape[1]))\n    for t in range(T):\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        active = t <= lengths\n        h[active] = hn[active]\n        c[active] = cn[active]\n        out[t, active] = hn[active]\n    return out, (h, c)\n',
    },
    {
        "id": "len_reset_to_zero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Zeroes the state after each sequence ends, so h_n, c_n of shorter sequences are zeros instead of their last real state.",
                "must_mention": [
                    {
                        "any": [
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real step",
                            "zero state",
                            "reset",
                            "zeros",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, 0.0)\n        c = np.where(alive, c_new, 0.0)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "bilen_ok_index",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # index of the reversed sequence: step t reads x[lengths[b] - 1 - t, b]\n    idx = lengths[None, :] - 1 - np.arange(T)[:, None]        # (T, B)\n    idx = np.where(idx >= 0, idx, np.arange(T)[:, None])       # padding: anything\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = lengths[b]\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_ok_per_seq",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for b in range(B):\n        n = int(lengths[b])\n        h, c = h0[0, b:b+1], c0[0, b:b+1]\n        for t in range(n):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n            out[t, b, :H] = h[0]\n        h_n[0, b], c_n[0, b] = h[0], c[0]\n        h, c = h0[1, b:b+1], c0[1, b:b+1]\n        for t in range(n - 1, -1, -1):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n            out[t, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = h[0], c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bilen_ok_flip_roll",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef reverse_padded(seq, lengths):\n    """Reverse each sequence\'s own real steps; padding stays at the end."""\n    r = np.zeros_like(seq)\n    for b, n in enumerate(lengths):\n        r[:n, b] = seq[:n, b][::-1]\n    return r\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    o1, (h1, c1) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    o2, (h2, c2) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[1], *bwd)\n    return np.dstack([o1, reverse_padded(o2, lengths)]), (np.stack((h1, h2)), np.stack((c1, c2)))\n',
    },
    {
        "id": "bilen_rev_starts_on_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "The reverse direction runs over the padded tensor, starting at T-1 on padding instead of each sequence's own last step.",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real step",
                            "past its length",
                            "past the length",
                            "after its length",
                            "beyond",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    T = x.shape[0]\n    # reverse direction: run over the flipped sequence, then flip back and mask\n    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], np.full_like(lengths, T), h0[1], c0[1], *bwd)\n    out_b = out_r[::-1]\n    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[:, :, None]\n    out_b = out_b * mask\n    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_back_global_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Reads the reverse direction correctly per sequence but puts its outputs back with a global flip, so shorter sequences' outputs are shifted (and non-zero on padding).",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "put back",
                            "shifted",
                            "position",
                            "own steps",
                            "per sequence",
                            "each sequence",
                            "flip",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # index of the reversed sequence: step t reads x[lengths[b] - 1 - t, b]\n    idx = lengths[None, :] - 1 - np.arange(T)[:, None]        # (T, B)\n    idx = np.where(idx >= 0, idx, np.arange(T)[:, None])       # padding: anything\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r[::-1]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_rev_hn_first_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Reverse h_n is its output after its first step (at lengths-1) instead of its state after step 0.",
                "must_mention": [
                    {"any": ["step 0", "after step 0", "x_0", "last step", "first step", "out[0"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # index of the reversed sequence: step t reads x[lengths[b] - 1 - t, b]\n    idx = lengths[None, :] - 1 - np.arange(T)[:, None]        # (T, B)\n    idx = np.where(idx >= 0, idx, np.arange(T)[:, None])       # padding: anything\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = lengths[b]\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([h_f, out_r[0]]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_rev_half_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Fills the reverse half's padding steps with its initial state instead of zeros.",
                "must_mention": [{"any": ["zero", "zeros"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for b in range(B):\n        n = int(lengths[b])\n        if n < T:\n            out[n:, b, H:] = h0[1, b]   # padding: keep the initial state\n        h, c = h0[0, b:b+1], c0[0, b:b+1]\n        for t in range(n):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n            out[t, b, :H] = h[0]\n        h_n[0, b], c_n[0, b] = h[0], c[0]\n        h, c = h0[1, b:b+1], c0[1, b:b+1]\n        for t in range(n - 1, -1, -1):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n            out[t, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = h[0], c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bilen_h0_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Initial-state rows swapped between directions.",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "row 1",
                            "h0[0]",
                            "h0[1]",
                            "c0[0]",
                            "c0[1]",
                            "rows swapped",
                            "swapped",
                            "initial state",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # index of the reversed sequence: step t reads x[lengths[b] - 1 - t, b]\n    idx = lengths[None, :] - 1 - np.arange(T)[:, None]        # (T, B)\n    idx = np.where(idx >= 0, idx, np.arange(T)[:, None])       # padding: anything\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *fwd)\n    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = lengths[b]\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_fwd_uses_bwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "The forward direction uses the reverse direction's weights.",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "reverse direction's weights",
                            "reverse weights",
                            "backward weights",
                            "same weights",
                            "fwd",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for b in range(B):\n        n = int(lengths[b])\n        h, c = h0[0, b:b+1], c0[0, b:b+1]\n        for t in range(n):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n            out[t, b, :H] = h[0]\n        h_n[0, b], c_n[0, b] = h[0], c[0]\n        h, c = h0[1, b:b+1], c0[1, b:b+1]\n        for t in range(n - 1, -1, -1):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n            out[t, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = h[0], c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bilen_padding_and_order",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Reverse direction starts on the padding at T-1.",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "last real step",
                            "past its length",
                            "past the length",
                            "after its length",
                            "beyond",
                        ]
                    }
                ],
            },
            {
                "what": "out's halves in the wrong order (reverse first).",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swapped",
                            "halves",
                            "forward first",
                            "first half",
                            "second half",
                            "side by side",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T = x.shape[0]\n    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    orr, (hr, cr) = lstm_layer_lengths(x[::-1], np.full(len(lengths), T), h0[1], c0[1], *bwd)\n    ob = orr[::-1] * (np.arange(T)[:, None, None] < np.asarray(lengths)[None, :, None])\n    return np.concatenate([ob, of], axis=2), (np.stack([hf, hr]), np.stack([cf, cr]))\n',
    },
    {
        "id": "bilen_rev_not_zeroed_and_hn",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Reverse half past each length holds the final reverse state, not zeros.",
                "must_mention": [{"any": ["zero", "zeros"]}],
            },
            {
                "what": "Reverse h_n taken after its first step.",
                "must_mention": [
                    {"any": ["step 0", "after step 0", "x_0", "last step", "first step", "out[0"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # index of the reversed sequence: step t reads x[lengths[b] - 1 - t, b]\n    idx = lengths[None, :] - 1 - np.arange(T)[:, None]        # (T, B)\n    idx = np.where(idx >= 0, idx, np.arange(T)[:, None])       # padding: anything\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r.copy()\n    for b in range(B):\n        L = lengths[b]\n        out_b[:L, b] = out_r[:L, b][::-1]\n        out_b[L:, b] = h_r[b]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([h_f, out_r[0]]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_index_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "Reversed index lengths[b] - t (missing -1): reads one step past the end (padding), and crashes for a sequence of full length T.",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step too",
                            "one extra step",
                            "one step late",
                            "one step early",
                            "<=",
                            "one step more",
                            "one step less",
                            "one step short",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        alive = (t < lengths)[:, None]          # (B, 1)\n        h = np.where(alive, h_new, h)\n        c = np.where(alive, c_new, c)\n        out[t] = np.where(alive, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    # index of the reversed sequence: step t reads x[lengths[b] - 1 - t, b]\n    idx = lengths[None, :] - np.arange(T)[:, None]        # (T, B)\n    idx = np.where(idx >= 0, idx, np.arange(T)[:, None])       # padding: anything\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = lengths[b]\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n',
    },
    {
        "id": "bilen_rev_c0_wrong_row",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "The reverse direction starts from c0[0] (the forward row) instead of c0[1].",
                "must_mention": [
                    {
                        "any": [
                            "c0[1]",
                            "c0[0]",
                            "row 1",
                            "row 0",
                            "initial cell state",
                            "c_0",
                            "initial state",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for b in range(B):\n        n = int(lengths[b])\n        h, c = h0[0, b:b+1], c0[0, b:b+1]\n        for t in range(n):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n            out[t, b, :H] = h[0]\n        h_n[0, b], c_n[0, b] = h[0], c[0]\n        h, c = h0[1, b:b+1], c0[0, b:b+1]\n        for t in range(n - 1, -1, -1):\n            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n            out[t, b, H:] = h[0]\n        h_n[1, b], c_n[1, b] = h[0], c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "shapes_ok_a",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, D * H_out)\n    else:\n        out = (seq_len, batch, D * H_out)\n    h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_ok_or",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    n_dir = int(bidirectional) + 1\n    h_size = proj_size or hidden_size\n    dims = [seq_len, batch]\n    if batch_first:\n        dims.reverse()\n    return dict(out=tuple(dims) + (n_dir * h_size,),\n                h_n=(num_layers * n_dir, batch, h_size),\n                c_n=(num_layers * n_dir, batch, hidden_size))\n",
    },
    {
        "id": "shapes_out_ignores_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis uses hidden_size even with proj_size > 0.",
                "must_mention": [{"any": ["proj", "projected", "projection"]}],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, D * hidden_size)\n    else:\n        out = (seq_len, batch, D * hidden_size)\n    h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_cn_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's last axis uses proj_size; c_t is not projected.",
                "must_mention": [
                    {"any": ["proj", "projected", "projection"]},
                    {"any": ["c_n", "cell state", "c_t"]},
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, D * H_out)\n    else:\n        out = (seq_len, batch, D * H_out)\n    h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, H_out)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_hn_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "Applies batch_first to h_n and c_n too; the states are never batch-first.",
                "must_mention": [
                    "batch_first",
                    {
                        "any": [
                            "h_n",
                            "state",
                            "never",
                            "not affected",
                            "does not apply",
                            "only out",
                        ]
                    },
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, D * H_out)\n    else:\n        out = (seq_len, batch, D * H_out)\n    h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)\n    if batch_first:\n        h_n = (batch, D * num_layers, H_out)\n        c_n = (batch, D * num_layers, hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_out_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis forgets the factor D (both directions are concatenated).",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "D ·",
                            "2 *",
                            "2*",
                            "both directions",
                            "bidirectional",
                            "D = 2",
                            "twice",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, H_out)\n    else:\n        out = (seq_len, batch, H_out)\n    h_n = (D * num_layers, batch, H_out)\n    c_n = (D * num_layers, batch, hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_hn_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n first axis is num_layers, forgetting D.",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "* D",
                            "D ·",
                            "2 *",
                            "both directions",
                            "bidirectional",
                            "D = 2",
                            "twice",
                            "num_layers * D",
                            "L·D",
                            "L * D",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, D * H_out)\n    else:\n        out = (seq_len, batch, D * H_out)\n    h_n = (num_layers, batch, H_out)\n    c_n = (num_layers, batch, hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "Returns lists instead of tuples.", "must_mention": ["tuple"]}],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    Hout = proj_size if proj_size else hidden_size\n    out = [batch, seq_len, D * Hout] if batch_first else [seq_len, batch, D * Hout]\n    return {"out": out, "h_n": [D * num_layers, batch, Hout], "c_n": [D * num_layers, batch, hidden_size]}\n',
    },
    {
        "id": "shapes_proj_and_bf_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out ignores proj_size.",
                "must_mention": [
                    {"any": ["proj", "projected", "projection"]},
                    {"any": ["out", "output"]},
                ],
            },
            {
                "what": "c_n uses proj_size.",
                "must_mention": [
                    {"any": ["proj", "projected", "projection"]},
                    {"any": ["c_n", "cell state", "c_t"]},
                ],
            },
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    D = 2 if bidirectional else 1\n    first, second = (batch, seq_len) if batch_first else (seq_len, batch)\n    out = (first, second, D * hidden_size)\n    h_n = (D * num_layers, batch, proj_size if proj_size else hidden_size)\n    c_n = (D * num_layers, batch, proj_size if proj_size else hidden_size)\n    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_noD_and_list",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out forgets the factor D.",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "D ·",
                            "2 *",
                            "2*",
                            "both directions",
                            "bidirectional",
                            "D = 2",
                            "twice",
                        ]
                    }
                ],
            },
            {"what": "c_n is a list, not a tuple.", "must_mention": ["tuple"]},
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n    H = proj_size if proj_size > 0 else hidden_size\n    dirs = 2 if bidirectional else 1\n    out = (batch, seq_len, H) if batch_first else (seq_len, batch, H)\n    return {"out": out, "h_n": (num_layers * dirs, batch, H), "c_n": [num_layers * dirs, batch, hidden_size]}\n',
    },
]
