# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The tenth blind corpus, kept as its two authors wrote it (/work/blind10a and /work/blind10b, one
for sigmoid, lstm_gates, lstm_cell, lstm_layer, ScratchLSTM and lstm_output_shapes, one for
bilstm_layer, the two backward functions and the two lengths functions; flattened here into one
list): written from the built book's notebooks, the students' guide and the eight exercise
notebooks only, by authors who never read lstm_ref, the tests or the other corpora, after the
engine's sixth round (run on 468ef04); the words a message must contain were fixed before its
first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=float)\n    out = np.empty_like(z)\n    pos = z >= 0\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n    ez = np.exp(z[~pos])\n    out[~pos] = ez / (1.0 + ez)\n    return out\n",
    },
    {
        "id": "sig_ok_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    # sigma(z) = exp(-log(1 + e^-z)), with logaddexp doing the stable log(e^0 + e^-z)\n    z = np.asarray(z, dtype=np.float64)\n    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))\n",
    },
    {
        "id": "sig_ok_piecewise",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef _pos(v):\n    return 1 / (1 + np.exp(-v))\n\ndef _neg(v):\n    ev = np.exp(v)\n    return ev / (1 + ev)\n\ndef sigmoid(z):\n    z = np.array(z, dtype=np.float64)   # a copy, float\n    return np.piecewise(z, [z >= 0, z < 0], [_pos, _neg])\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula: np.exp(-z) overflows for z far below 0 (RuntimeWarning)",
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
                "what": "np.where evaluates both branches on every element, so exp still overflows (warning)",
                "must_mention": ["overflow", {"any": ["where", "both"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    # use the hint: for z < 0, e^z / (1 + e^z)\n    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the input array z (input modified)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "unchanged",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    pos = z >= 0\n    e = np.exp(-np.abs(z))\n    z[pos] = 1.0 / (1.0 + e[pos])        # reuse z's memory for the result\n    z[~pos] = e[~pos] / (1.0 + e[~pos])\n    return z\n",
    },
    {
        "id": "sig_neg_sign",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "for z < 0 computes 1/(1+e^z) = sigma(-z) = 1 - sigma(z): wrong values for negative z",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "z<0",
                            "1 - σ",
                            "1 - sigma",
                            "σ(-z)",
                            "sigma(-z)",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    out = np.zeros_like(z)\n    big = z >= 0\n    small = ~big\n    out[big] = 1.0 / (1.0 + np.exp(-z[big]))\n    out[small] = 1.0 / (1.0 + np.exp(z[small]))   # stable for negative z\n    return out\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "computes and returns float32 instead of float64", "must_mention": ["float32"]}
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float32)          # float32 is enough for probabilities\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_loop_flat",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over z.ravel() and returns the flat 1-D array: shape of z lost",
                "must_mention": ["shape"],
            }
        ],
        "source": "import math\nimport numpy as np\n\ndef sigmoid(z):\n    result = []\n    for v in np.asarray(z).ravel():\n        if v >= 0:\n            result.append(1 / (1 + math.exp(-v)))\n        else:\n            result.append(math.exp(v) / (1 + math.exp(v)))\n    return np.array(result)\n",
    },
    {
        "id": "sig_double_naive_f32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "naive formula overflows for large negative z", "must_mention": ["overflow"]},
            {"what": "casts to float32", "must_mention": ["float32"]},
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z).astype(np.float32)\n    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_double_neg_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flips the sign of the input array in place (input modified)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "unchanged",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": "wrong formula for negative z (1/(1+sigma(|z|)))",
                "must_mention": [{"any": ["negative", "z < 0", "z<0"]}],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    neg = z < 0\n    z[neg] = -z[neg]                 # work with |z|\n    s = 1.0 / (1.0 + np.exp(-z))\n    s[neg] = 1.0 / (1.0 + s[neg])    # hint: for z<0 ... (misread)\n    return s\n",
    },
    {
        "id": "gates_ok_split",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_loop_slices",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    acts = []\n    for k, name in enumerate("ifgo"):\n        rows = slice(k * H, (k + 1) * H)\n        z = x @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows]\n        acts.append(np.tanh(z) if name == "g" else sigmoid(z))\n    return tuple(acts)\n',
    },
    {
        "id": "gates_ok_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    B = x.shape[0]\n    H = W_hh.shape[-1]\n    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + b_hh)\n    z = z.reshape(B, 4, H)\n    i = sigmoid(z[:, 0])\n    f = sigmoid(z[:, 1])\n    g = np.tanh(z[:, 2])\n    o = sigmoid(z[:, 3])\n    return i, f, g, o\n',
    },
    {
        "id": "gates_order_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks in the order (i, f, o, g): g and o read each other's rows",
                "must_mention": [{"any": ["order", "swap", "i, f, o, g", "ifog"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i_pre, f_pre, o_pre, g_pre = np.split(z, 4, axis=1)   # i, f, o, g as in the usual papers\n    i = sigmoid(i_pre)\n    f = sigmoid(f_pre)\n    g = np.tanh(g_pre)\n    o = sigmoid(o_pre)\n    return i, f, g, o\n",
    },
    {
        "id": "gates_tanh_o",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate o uses tanh instead of the sigmoid",
                "must_mention": [
                    "tanh",
                    {"any": ["output", "gate o", "o gate", "(o)", " o:", "o_t"]},
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = z.shape[1] // 4\n    i = sigmoid(z[:, :H])\n    f = sigmoid(z[:, H:2*H])\n    g = np.tanh(z[:, 2*H:3*H])\n    o = np.tanh(z[:, 3*H:])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g gets the sigmoid instead of tanh",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "gate g",
                            "g gate",
                            "(g)",
                            "g_t",
                            " g:",
                            "g uses",
                            "g is",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    gates = sigmoid(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh)   # all gates are sigmoids\n    i, f, g, o = np.split(gates, 4, axis=1)\n    return i, f, g, o\n",
    },
    {
        "id": "gates_colvec_no_back",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "column-vector form: gates returned (H, B), never transposed back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    # column-vector form W x + b, as in the equations\n    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]     # (4H, B)\n    H = W_hh.shape[1]\n    i = sigmoid(z[0:H])\n    f = sigmoid(z[H:2*H])\n    g = np.tanh(z[2*H:3*H])\n    o = sigmoid(z[3*H:4*H])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_missing_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forgets the recurrent bias b_hh",
                "must_mention": [{"any": ["b_hh", "recurrent bias", "second bias", "bias_hh"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T\n    H = a.shape[1] // 4\n    return (sigmoid(a[:, 0:H]), sigmoid(a[:, H:2*H]),\n            np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:4*H]))\n",
    },
    {
        "id": "gates_H_from_Wih",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes H from W_ih.shape[1] (that is I, the input size): wrong row slices when I != H",
                "must_mention": [
                    {
                        "any": [
                            "W_ih.shape[1]",
                            "input size",
                            "input_size",
                            "I instead of H",
                            "rows",
                            "slice",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_ih.shape[1]            # hidden size\n    def block(k):\n        s = slice(k * H, (k + 1) * H)\n        return x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s]\n    return sigmoid(block(0)), sigmoid(block(1)), np.tanh(block(2)), sigmoid(block(3))\n",
    },
    {
        "id": "gates_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split without axis=1 splits the batch rows, not the 4H columns",
                "must_mention": ["axis"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i, f, g, o = np.split(pre, 4)          # four blocks\n    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_input_reads_Whf",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "input gate reads the forget gate's recurrent weights W_hf instead of W_hi",
                "must_mention": [{"any": ["W_hf", "forget gate's", "forget gate’s", "W_hh[H:2H]"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n    W_hi, W_hf, W_hg, W_ho = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n    b = b_ih + b_hh\n    b_i, b_f, b_g, b_o = b[:H], b[H:2*H], b[2*H:3*H], b[3*H:]\n    i = sigmoid(x @ W_ii.T + h @ W_hf.T + b_i)\n    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n    o = sigmoid(x @ W_io.T + h @ W_ho.T + b_o)\n    return i, f, g, o\n",
    },
    {
        "id": "gates_double_tanh_o_no_bih",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forgets the input bias b_ih",
                "must_mention": [{"any": ["b_ih", "input bias", "bias_ih"]}],
            },
            {
                "what": "output gate with tanh instead of sigmoid",
                "must_mention": ["tanh", {"any": ["output", "gate o", "o gate", "(o)", "o_t"]}],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    z = x @ W_ih.T + h @ W_hh.T + b_hh\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    return sigmoid(zi), sigmoid(zf), np.tanh(zg), np.tanh(zo)\n",
    },
    {
        "id": "gates_double_sigg_Whf",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "input gate takes the recurrent part of the forget gate's rows (W_hf)",
                "must_mention": [{"any": ["W_hf", "forget gate's", "forget gate’s", "W_hh[H:2H]"]}],
            },
            {
                "what": "candidate g with sigmoid instead of tanh",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "gate g",
                            "g gate",
                            "(g)",
                            "g_t",
                            " g:",
                            "g uses",
                            "g is",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    xs = x @ W_ih.T + b_ih\n    hs = h @ W_hh.T + b_hh\n    i = sigmoid(xs[:, :H] + hs[:, H:2*H])\n    f = sigmoid(xs[:, H:2*H] + hs[:, H:2*H])\n    g = sigmoid(xs[:, 2*H:3*H] + hs[:, 2*H:3*H])\n    o = sigmoid(xs[:, 3*H:] + hs[:, 3*H:])\n    return i, f, g, o\n",
    },
    {
        "id": "cell_ok_concat",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    xh = np.concatenate([x, h], axis=1)              # (B, I + H)\n    W = np.concatenate([W_ih, W_hh], axis=1)         # (4H, I + H)\n    z = xh @ W.T + (b_ih + b_hh)\n    H = h.shape[1]\n    i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])\n    g = np.tanh(z[:, 2*H:3*H])\n    c_new = f * c + i * g\n    h_new = o * np.tanh(c_new)\n    return h_new, c_new\n',
    },
    {
        "id": "cell_ok_columns",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # everything as column vectors, as in the equations: (features, batch)\n    H = W_hh.shape[1]\n    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh).reshape(-1, 1)   # (4H, B)\n    i = sigmoid(z[0*H:1*H])\n    f = sigmoid(z[1*H:2*H])\n    g = np.tanh(z[2*H:3*H])\n    o = sigmoid(z[3*H:4*H])\n    c_col = f * c.T + i * g\n    h_col = o * np.tanh(c_col)\n    return h_col.T.copy(), c_col.T.copy()\n',
    },
    {
        "id": "cell_ok_rowloop",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef _gates_one(xv, hv, W_ih, W_hh, b):\n    H = hv.shape[0]\n    z = W_ih @ xv + W_hh @ hv + b\n    return sigmoid(z[:H]), sigmoid(z[H:2*H]), np.tanh(z[2*H:3*H]), sigmoid(z[3*H:])\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    b = b_ih + b_hh\n    h_next = np.zeros(h.shape)\n    c_next = np.zeros(c.shape)\n    for n in range(x.shape[0]):           # one example at a time\n        i, f, g, o = _gates_one(x[n], h[n], W_ih, W_hh, b)\n        c_next[n] = f * c[n] + i * g\n        h_next[n] = o * np.tanh(c_next[n])\n    return h_next, c_next\n',
    },
    {
        "id": "cell_no_tanh_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh", {"any": ["c_next", "c_t", "cell state", "tanh(c"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * c_next\n    return h_next, c_next\n',
    },
    {
        "id": "cell_h_uses_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the OLD cell state c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old",
                            "c_prev",
                            "input c",
                            "instead of c_t",
                            "not c_t",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = c.shape[1]\n    i, f, g, o = (sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]),\n                  np.tanh(z[:, 2*H:3*H]), sigmoid(z[:, 3*H:]))\n    h_next = o * np.tanh(c)\n    c_next = f * c + i * g\n    return h_next, c_next\n',
    },
    {
        "id": "cell_swap_f_i",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i*c + f*g: forget and input gates swapped in the cell update",
                "must_mention": ["forget", "input"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = i * c + f * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_missing_i",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + g: the input gate i is left out",
                "must_mention": [{"any": ["input gate", "i_t", "i ⊙", "without i", "i *", "i*"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n    f, g, o = sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_returns_c_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next): wrong order",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swapped",
                            "returned c",
                            "c first",
                            "(c, h)",
                            "c_next, h_next",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    H = h.shape[-1]\n    in_g = sigmoid(gates[:, :H]); forget = sigmoid(gates[:, H:2*H])\n    cand = np.tanh(gates[:, 2*H:3*H]); out_g = sigmoid(gates[:, 3*H:])\n    c_t = forget * c + in_g * cand\n    h_t = out_g * np.tanh(c_t)\n    return c_t, h_t\n',
    },
    {
        "id": "cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i*g): the caller's c is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "unchanged",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c *= f            # forget\n    c += i * g        # write\n    return o * np.tanh(c), c\n',
    },
    {
        "id": "cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "redefines sigmoid naively: overflow warning for large negative pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef sigmoid(z):\n    return 1.0 / (1.0 + np.exp(-z))\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    return o * np.tanh(c_next), c_next\n',
    },
    {
        "id": "cell_reshape_not_T",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the weights to (I, 4H)/(H, 4H) instead of transposing them",
                "must_mention": [{"any": ["reshape", "transpos"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    I = x.shape[1]\n    H = h.shape[1]\n    z = x @ W_ih.reshape(I, 4 * H) + h @ W_hh.reshape(H, 4 * H) + b_ih + b_hh\n    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H]); g = np.tanh(z[:, 2*H:3*H]); o = sigmoid(z[:, 3*H:])\n    c_next = f * c + i * g\n    return o * np.tanh(c_next), c_next\n',
    },
    {
        "id": "cell_bias_twice",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds b_ih twice and never b_hh",
                "must_mention": [{"any": ["b_hh", "bias_hh", "recurrent bias"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    bias = b_ih + b_ih\n    z = x @ W_ih.T + h @ W_hh.T + bias\n    zi, zf, zg, zo = np.split(z, 4, axis=1)\n    c_next = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n    h_next = sigmoid(zo) * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_double_oldc_swapret",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h uses tanh of the old c",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old",
                            "c_prev",
                            "input c",
                            "instead of c_t",
                            "not c_t",
                        ]
                    }
                ],
            },
            {
                "what": "returns (c, h) instead of (h, c)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swapped",
                            "returned c",
                            "c first",
                            "(c, h)",
                            "c_next, h_next",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    Wx = [W_ih[k*H:(k+1)*H] for k in range(4)]\n    Wh = [W_hh[k*H:(k+1)*H] for k in range(4)]\n    bb = [b_ih[k*H:(k+1)*H] + b_hh[k*H:(k+1)*H] for k in range(4)]\n    i = sigmoid(x @ Wx[0].T + h @ Wh[0].T + bb[0])\n    f = sigmoid(x @ Wx[1].T + h @ Wh[1].T + bb[1])\n    g = np.tanh(x @ Wx[2].T + h @ Wh[2].T + bb[2])\n    o = sigmoid(x @ Wx[3].T + h @ Wh[3].T + bb[3])\n    h_new = o * np.tanh(c)\n    c_new = f * c + i * g\n    return c_new, h_new\n',
    },
    {
        "id": "cell_double_naive_missing_i",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "naive sigmoid lambda: overflow warning", "must_mention": ["overflow"]},
            {
                "what": "input gate missing from the cell update",
                "must_mention": [{"any": ["input gate", "i_t", "i ⊙", "without i", "i *", "i*"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    sig = lambda v: 1 / (1 + np.exp(-v))\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    H = h.shape[1]\n    f = sig(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sig(a[:, 3*H:])\n    c_next = f * c + g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_double_inplace_reshape",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh reshaped instead of transposed",
                "must_mention": [{"any": ["reshape", "transpos"]}],
            },
            {
                "what": "c updated in place: input modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "unchanged",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    z = x @ W_ih.T + h @ W_hh.reshape(H, 4 * H) + b_ih + b_hh\n    i, f, g, o = np.split(z, 4, axis=1)\n    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n    c *= f\n    c += i * g\n    h = o * np.tanh(c)\n    return h, c\n',
    },
    {
        "id": "layer_ok_list",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n    out = np.stack(hs)\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (h, c)\n',
    },
    {
        "id": "layer_ok_prealloc_inline",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    seq = np.moveaxis(x, 1, 0) if batch_first else x        # (T, B, I)\n    T, B = seq.shape[0], seq.shape[1]\n    H = W_hh.shape[1]\n    h_t = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=np.float64)\n    c_t = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=np.float64)\n    x_proj = np.einsum("tbi,gi->tbg", seq, W_ih) + b_ih + b_hh    # all input terms at once\n    out = np.empty((T, B, H))\n    for t in range(T):\n        z = x_proj[t] + h_t @ W_hh.T\n        i_t = sigmoid(z[:, :H]); f_t = sigmoid(z[:, H:2*H])\n        g_t = np.tanh(z[:, 2*H:3*H]); o_t = sigmoid(z[:, 3*H:])\n        c_t = f_t * c_t + i_t * g_t\n        h_t = o_t * np.tanh(c_t)\n        out[t] = h_t\n    if batch_first:\n        out = np.moveaxis(out, 0, 1)\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_ok_bf_index",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    time_axis = 1 if batch_first else 0\n    steps = x.shape[time_axis]\n    batch = x.shape[1 - time_axis]\n    hidden = W_hh.shape[1]\n    state_h = h0 if h0 is not None else np.zeros((batch, hidden))\n    state_c = c0 if c0 is not None else np.zeros((batch, hidden))\n    outputs = []\n    for t in range(steps):\n        x_t = x[:, t, :] if batch_first else x[t]\n        state_h, state_c = lstm_cell(x_t, state_h, state_c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(state_h)\n    out = np.stack(outputs, axis=time_axis)\n    return out, (state_h, state_c)\n',
    },
    {
        "id": "layer_ignores_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: reads (B, T, I) as (T, B, I)",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first", "(B, T"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = h0 if h0 is not None else np.zeros((B, H))\n    c = c0 if c0 is not None else np.zeros((B, H))\n    out = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        out.append(h)\n    return np.array(out), (h, c)\n',
    },
    {
        "id": "layer_bf_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first the output is left (T, B, H) instead of being put back to (B, T, H)",
                "must_mention": [
                    {
                        "any": [
                            "(B, T, H)",
                            "back",
                            "layout",
                            "transpose",
                            "batch-first",
                            "batch first",
                            "batch_first",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.swapaxes(0, 1)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n    return np.stack(hs), (h, c)\n',
    },
    {
        "id": "layer_no_carry",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state not carried: every step starts again from (h0, c0)",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "advance",
                            "memory",
                            "never updated",
                            "not updated",
                            "each step from",
                            "every step from",
                            "every step starts",
                            "each step starts",
                            "initial state at every",
                            "h0 at every",
                            "h0 every",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    hs = []\n    for t in range(T):\n        h_t, c_t = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h_t)\n    out = np.stack(hs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_hn_first_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n taken from the first step instead of the last",
                "must_mention": [
                    {"any": ["first step", "step 0", "t = 0", "out[0]", "t=0", "x_0", "h_0 of the"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs, cs = [], []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    out = np.stack(hs)\n    h_n, c_n = hs[0], cs[0]\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "layer_range_T_minus_1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "off by one: out starts with h0 and the loop stops at T-2 (last input never read)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shifted",
                            "one step",
                            "h0 as",
                            "h_0 as",
                            "h_{t-1}",
                            "x_{T-1}",
                            "last step",
                            "last input",
                            "T-1",
                            "T - 1",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.swapaxes(x, 0, 1)\n    T = x.shape[0]\n    B = x.shape[1]\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = [h]\n    for t in range(T - 1):                      # T-1 transitions\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out.append(h)\n    out = np.stack(out)\n    if batch_first:\n        out = np.swapaxes(out, 0, 1)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_none_zeros_I",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "default zero state made (B, I) (input size) instead of (B, H)",
                "must_mention": [
                    "zero",
                    {
                        "any": [
                            "(B, I)",
                            "input size",
                            "input_size",
                            "hidden size",
                            "hidden_size",
                            "(B, H)",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, I = x.shape\n    if h0 is None:\n        h0 = np.zeros((B, I))\n    if c0 is None:\n        c0 = np.zeros((B, I))\n    h, c = h0, c0\n    outs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    out = np.stack(outs)\n    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n',
    },
    {
        "id": "layer_alias_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same state buffer h every step: every out[t] holds the last step's h",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "same buffer",
                            "alias",
                            "copy",
                            "every step holds",
                            "all steps",
                            "every step equals",
                            "last step's",
                            "h_{T-1} at every",
                            "every out[t]",
                            "each out[t]",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    xs = x.transpose(1, 0, 2) if batch_first else x\n    T, B, _ = xs.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0.copy()\n    c = np.zeros((B, H)) if c0 is None else c0.copy()\n    out = []\n    for t in range(T):\n        h[:], c[:] = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)   # update the state buffers\n        out.append(h)\n    out = np.stack(out)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_out_stores_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell states c_t instead of h_t",
                "must_mention": [{"any": ["c_t", "cell state", "cell states", " c "]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    steps, batch, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((batch, H)) if h0 is None else h0\n    c = np.zeros((batch, H)) if c0 is None else c0\n    memory = []\n    for t in range(steps):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        memory.append(c)           # the LSTM\'s memory at every step\n    out = np.stack(memory)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_inplace_h0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the state into h0/c0 in place: the given initial state is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "unchanged",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[...] = h_new          # keep the state in the same arrays\n        c[...] = c_new\n        out[t] = h\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h.copy(), c.copy())\n',
    },
    {
        "id": "layer_double_bf_hn0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first", "(B, T"]}],
            },
            {
                "what": "returns the first step's state as (h_n, c_n)",
                "must_mention": [
                    {"any": ["first step", "step 0", "t = 0", "out[0]", "t=0", "x_0", "h_0 of the"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    T, B = x.shape[0], x.shape[1]\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    outs, cells = [], []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h); cells.append(c)\n    return np.stack(outs), (outs[0], cells[0])\n',
    },
    {
        "id": "layer_double_nocarry_Tm1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state never advances: each step starts from the initial state",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "advance",
                            "memory",
                            "never updated",
                            "not updated",
                            "each step from",
                            "every step from",
                            "every step starts",
                            "each step starts",
                            "initial state at every",
                            "h0 at every",
                            "h0 every",
                        ]
                    }
                ],
            },
            {
                "what": "loop starts at t=1: step 0 is never computed (out[0] stays zero)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "out[0]",
                            "first step",
                            "off by one",
                            "off-by-one",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    x = np.swapaxes(x, 0, 1) if batch_first else x\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h_init = np.zeros((B, H)) if h0 is None else h0\n    c_init = np.zeros((B, H)) if c0 is None else c0\n    res = np.zeros((T, B, H))\n    h, c = h_init, c_init\n    for t in range(1, T):\n        h, c = lstm_cell(x[t], h_init, c_init, W_ih, W_hh, b_ih, b_hh)\n        res[t] = h\n    return (np.swapaxes(res, 0, 1) if batch_first else res), (h, c)\n',
    },
    {
        "id": "layer_double_outc_none",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 = None not handled (no zero state): crashes",
                "must_mention": [{"any": ["None", "zero"]}],
            },
            {
                "what": "out stacks c_t instead of h_t",
                "must_mention": [{"any": ["c_t", "cell state", "cell states", " c "]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    h, c = h0, c0\n    cs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        cs.append(c)\n    out = np.stack(cs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "scr_ok_A",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                if d == 1:\n                    out_d = out_d[::-1]\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_ok_B",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x_t, h, c, w_ih, w_hh, b):\n    H = h.shape[1]\n    z = x_t @ w_ih.T + h @ w_hh.T\n    if b is not None:\n        z = z + b\n    i, f, g, o = (sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sigm(z[:, 3 * H:]))\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for tag in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{tag}"\n                    setattr(self, name, gen.uniform(-bound, bound, shape))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {name: np.array(getattr(self, name), dtype=np.float64) for name in self.names}\n\n    def load_state_dict(self, state):\n        if sorted(state) != sorted(self.names):\n            raise KeyError(f"keys differ: got {sorted(state)}, expected {sorted(self.names)}")\n        for name in self.names:\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != getattr(self, name).shape:\n                raise ValueError(f"wrong shape for {name}: {arr.shape}")\n            setattr(self, name, arr)\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            h_0 = np.zeros((self.L * D, B, self.H))\n            c_0 = np.zeros((self.L * D, B, self.H))\n        else:\n            h_0, c_0 = hx\n        h_n = np.empty((self.L * D, B, self.H))\n        c_n = np.empty((self.L * D, B, self.H))\n        inp = seq\n        for l in range(self.L):\n            out = np.empty((T, B, D * self.H))\n            for d, tag in enumerate(self.dirs):\n                w_ih = getattr(self, f"weight_ih_l{l}{tag}")\n                w_hh = getattr(self, f"weight_hh_l{l}{tag}")\n                b = (getattr(self, f"bias_ih_l{l}{tag}") + getattr(self, f"bias_hh_l{l}{tag}")) if self.bias else None\n                h, c = h_0[l * D + d], c_0[l * D + d]\n                times = range(T) if d == 0 else range(T - 1, -1, -1)\n                for t in times:\n                    h, c = step(inp[t], h, c, w_ih, w_hh, b)\n                    out[t, :, d * self.H:(d + 1) * self.H] = h\n                h_n[l * D + d] = h\n                c_n[l * D + d] = c\n            inp = out\n        if self.batch_first:\n            inp = np.swapaxes(inp, 0, 1)\n        return inp, (h_n, c_n)\n',
    },
    {
        "id": "scr_ok_C",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\nfrom copy import deepcopy\n\n\ndef sigmoid(z):\n    out = np.empty_like(z)\n    p = z >= 0\n    out[p] = 1 / (1 + np.exp(-z[p]))\n    q = np.exp(z[~p])\n    out[~p] = q / (1 + q)\n    return out\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(gates, 4, axis=1)\n    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    return sigmoid(o) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.num_directions = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        s = 1 / np.sqrt(hidden_size)\n        self._p = {}\n        for k in range(num_layers):\n            fan_in = input_size if k == 0 else self.num_directions * hidden_size\n            for suffix in ["", "_reverse"][: self.num_directions]:\n                self._p[f"weight_ih_l{k}{suffix}"] = rng.uniform(-s, s, (4 * hidden_size, fan_in))\n                self._p[f"weight_hh_l{k}{suffix}"] = rng.uniform(-s, s, (4 * hidden_size, hidden_size))\n                if bias:\n                    self._p[f"bias_ih_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n                    self._p[f"bias_hh_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n\n    def state_dict(self):\n        return deepcopy(self._p)\n\n    def load_state_dict(self, state):\n        for key in self._p:\n            if key not in state:\n                raise KeyError(f"missing key {key}")\n        for key in state:\n            if key not in self._p:\n                raise KeyError(f"unexpected key {key}")\n            if np.shape(state[key]) != self._p[key].shape:\n                raise ValueError(f"{key} has shape {np.shape(state[key])}, expected {self._p[key].shape}")\n        self._p = {key: np.array(value, dtype=float) for key, value in state.items()}\n\n    def _direction(self, xs, h, c, k, suffix):\n        p = self._p\n        H = self.hidden_size\n        b_ih = p.get(f"bias_ih_l{k}{suffix}", np.zeros(4 * H))\n        b_hh = p.get(f"bias_hh_l{k}{suffix}", np.zeros(4 * H))\n        hs = []\n        for x_t in xs:\n            h, c = lstm_cell(x_t, h, c, p[f"weight_ih_l{k}{suffix}"], p[f"weight_hh_l{k}{suffix}"], b_ih, b_hh)\n            hs.append(h)\n        return hs, h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        D, H = self.num_directions, self.hidden_size\n        if hx is None:\n            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * D, B, H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        layer_input = x\n        for k in range(self.num_layers):\n            fwd, h_f, c_f = self._direction(layer_input, h0[k * D], c0[k * D], k, "")\n            hn.append(h_f); cn.append(c_f)\n            if D == 2:\n                bwd, h_b, c_b = self._direction(np.flip(layer_input, 0), h0[k * D + 1], c0[k * D + 1], k, "_reverse")\n                bwd = bwd[::-1]\n                hn.append(h_b); cn.append(c_b)\n                layer_input = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(fwd, bwd)])\n            else:\n                layer_input = np.stack(fwd)\n        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scr_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are stored in reading order, not put back in time order",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "not reversed",
                            "reversed back",
                            "back in",
                            "in reverse order",
                            "backwards",
                            "order",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_rev_final_from_out_last",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1] (its state after x_{T-1}) instead of after x_0",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "x_0",
                            "out[0",
                            "after x_0",
                            "step 0",
                            "out[-1",
                            "x_{T-1}",
                            "last step",
                            "first step",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x_t, h, c, w_ih, w_hh, b):\n    H = h.shape[1]\n    z = x_t @ w_ih.T + h @ w_hh.T\n    if b is not None:\n        z = z + b\n    i, f, g, o = (sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sigm(z[:, 3 * H:]))\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for tag in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{tag}"\n                    setattr(self, name, gen.uniform(-bound, bound, shape))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {name: np.array(getattr(self, name), dtype=np.float64) for name in self.names}\n\n    def load_state_dict(self, state):\n        if sorted(state) != sorted(self.names):\n            raise KeyError(f"keys differ: got {sorted(state)}, expected {sorted(self.names)}")\n        for name in self.names:\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != getattr(self, name).shape:\n                raise ValueError(f"wrong shape for {name}: {arr.shape}")\n            setattr(self, name, arr)\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            h_0 = np.zeros((self.L * D, B, self.H))\n            c_0 = np.zeros((self.L * D, B, self.H))\n        else:\n            h_0, c_0 = hx\n        h_n = np.empty((self.L * D, B, self.H))\n        c_n = np.empty((self.L * D, B, self.H))\n        inp = seq\n        for l in range(self.L):\n            out = np.empty((T, B, D * self.H))\n            for d, tag in enumerate(self.dirs):\n                w_ih = getattr(self, f"weight_ih_l{l}{tag}")\n                w_hh = getattr(self, f"weight_hh_l{l}{tag}")\n                b = (getattr(self, f"bias_ih_l{l}{tag}") + getattr(self, f"bias_hh_l{l}{tag}")) if self.bias else None\n                h, c = h_0[l * D + d], c_0[l * D + d]\n                times = range(T) if d == 0 else range(T - 1, -1, -1)\n                for t in times:\n                    h, c = step(inp[t], h, c, w_ih, w_hh, b)\n                    out[t, :, d * self.H:(d + 1) * self.H] = h\n                h_n[l * D + d] = out[-1, :, d * self.H:(d + 1) * self.H]\n                c_n[l * D + d] = c\n            inp = out\n        if self.batch_first:\n            inp = np.swapaxes(inp, 0, 1)\n        return inp, (h_n, c_n)\n',
    },
    {
        "id": "scr_state_rows_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_0/h_n rows ordered direction by direction (d*L + k) instead of layer by layer (k*D + d)",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "k * D + d",
                            "layer by layer",
                            "layer-major",
                            "direction-major",
                            "ordering",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = d * L + layer\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                if d == 1:\n                    out_d = out_d[::-1]\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_layer_insize_fixed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "later layers' weight_ih sized with input_size instead of D*H",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "D*H",
                            "H*D",
                            "2H",
                            "2 * H",
                            "later layer",
                            "layer 1",
                            "weight_ih_l1",
                            "layer k > 0",
                            "layers after",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                if d == 1:\n                    out_d = out_d[::-1]\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_state_dict_shallow",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (shallow dict copy): changing them changes the module",
                "must_mention": [
                    {"any": ["copy", "copies", "share", "same array", "alias", "chang", "modif"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return dict(self.params)\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                if d == 1:\n                    out_d = out_d[::-1]\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays: later changes to state change the module",
                "must_mention": [
                    {"any": ["copy", "copies", "share", "same array", "alias", "chang", "modif"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x_t, h, c, w_ih, w_hh, b):\n    H = h.shape[1]\n    z = x_t @ w_ih.T + h @ w_hh.T\n    if b is not None:\n        z = z + b\n    i, f, g, o = (sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sigm(z[:, 3 * H:]))\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for tag in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{tag}"\n                    setattr(self, name, gen.uniform(-bound, bound, shape))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {name: np.array(getattr(self, name), dtype=np.float64) for name in self.names}\n\n    def load_state_dict(self, state):\n        if sorted(state) != sorted(self.names):\n            raise KeyError(f"keys differ: got {sorted(state)}, expected {sorted(self.names)}")\n        for name in self.names:\n            arr = np.asarray(state[name], dtype=np.float64)\n            if arr.shape != getattr(self, name).shape:\n                raise ValueError(f"wrong shape for {name}: {arr.shape}")\n            setattr(self, name, arr)\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            h_0 = np.zeros((self.L * D, B, self.H))\n            c_0 = np.zeros((self.L * D, B, self.H))\n        else:\n            h_0, c_0 = hx\n        h_n = np.empty((self.L * D, B, self.H))\n        c_n = np.empty((self.L * D, B, self.H))\n        inp = seq\n        for l in range(self.L):\n            out = np.empty((T, B, D * self.H))\n            for d, tag in enumerate(self.dirs):\n                w_ih = getattr(self, f"weight_ih_l{l}{tag}")\n                w_hh = getattr(self, f"weight_hh_l{l}{tag}")\n                b = (getattr(self, f"bias_ih_l{l}{tag}") + getattr(self, f"bias_hh_l{l}{tag}")) if self.bias else None\n                h, c = h_0[l * D + d], c_0[l * D + d]\n                times = range(T) if d == 0 else range(T - 1, -1, -1)\n                for t in times:\n                    h, c = step(inp[t], h, c, w_ih, w_hh, b)\n                    out[t, :, d * self.H:(d + 1) * self.H] = h\n                h_n[l * D + d] = h\n                c_n[l * D + d] = c\n            inp = out\n        if self.batch_first:\n            inp = np.swapaxes(inp, 0, 1)\n        return inp, (h_n, c_n)\n',
    },
    {
        "id": "scr_bias_false_keeps_bias",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias_* parameters (extra keys in state_dict)",
                "must_mention": ["bias", {"any": ["key", "extra", "unexpected"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                if d == 1:\n                    out_d = out_d[::-1]\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_init_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weights drawn from a normal with std 1/sqrt(H), not uniform in [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {"any": ["bound", "uniform", "1/sqrt", "1/√", "outside", "range"]}
                ],
            }
        ],
        "source": 'import numpy as np\nfrom copy import deepcopy\n\n\ndef sigmoid(z):\n    out = np.empty_like(z)\n    p = z >= 0\n    out[p] = 1 / (1 + np.exp(-z[p]))\n    q = np.exp(z[~p])\n    out[~p] = q / (1 + q)\n    return out\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(gates, 4, axis=1)\n    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    return sigmoid(o) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.num_directions = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        s = 1 / np.sqrt(hidden_size)\n        self._p = {}\n        for k in range(num_layers):\n            fan_in = input_size if k == 0 else self.num_directions * hidden_size\n            for suffix in ["", "_reverse"][: self.num_directions]:\n                self._p[f"weight_ih_l{k}{suffix}"] = rng.normal(0, s, (4 * hidden_size, fan_in))\n                self._p[f"weight_hh_l{k}{suffix}"] = rng.normal(0, s, (4 * hidden_size, hidden_size))\n                if bias:\n                    self._p[f"bias_ih_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n                    self._p[f"bias_hh_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n\n    def state_dict(self):\n        return deepcopy(self._p)\n\n    def load_state_dict(self, state):\n        for key in self._p:\n            if key not in state:\n                raise KeyError(f"missing key {key}")\n        for key in state:\n            if key not in self._p:\n                raise KeyError(f"unexpected key {key}")\n            if np.shape(state[key]) != self._p[key].shape:\n                raise ValueError(f"{key} has shape {np.shape(state[key])}, expected {self._p[key].shape}")\n        self._p = {key: np.array(value, dtype=float) for key, value in state.items()}\n\n    def _direction(self, xs, h, c, k, suffix):\n        p = self._p\n        H = self.hidden_size\n        b_ih = p.get(f"bias_ih_l{k}{suffix}", np.zeros(4 * H))\n        b_hh = p.get(f"bias_hh_l{k}{suffix}", np.zeros(4 * H))\n        hs = []\n        for x_t in xs:\n            h, c = lstm_cell(x_t, h, c, p[f"weight_ih_l{k}{suffix}"], p[f"weight_hh_l{k}{suffix}"], b_ih, b_hh)\n            hs.append(h)\n        return hs, h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        D, H = self.num_directions, self.hidden_size\n        if hx is None:\n            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * D, B, H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        layer_input = x\n        for k in range(self.num_layers):\n            fwd, h_f, c_f = self._direction(layer_input, h0[k * D], c0[k * D], k, "")\n            hn.append(h_f); cn.append(c_f)\n            if D == 2:\n                bwd, h_b, c_b = self._direction(np.flip(layer_input, 0), h0[k * D + 1], c0[k * D + 1], k, "_reverse")\n                bwd = bwd[::-1]\n                hn.append(h_b); cn.append(c_b)\n                layer_input = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(fwd, bwd)])\n            else:\n                layer_input = np.stack(fwd)\n        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scr_init_ignores_seed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: the generator is created without it, so the same seed gives different parameters",
                "must_mention": ["seed"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x_t, h, c, w_ih, w_hh, b):\n    H = h.shape[1]\n    z = x_t @ w_ih.T + h @ w_hh.T\n    if b is not None:\n        z = z + b\n    i, f, g, o = (sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sigm(z[:, 3 * H:]))\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng()\n        bound = hidden_size ** -0.5\n        self.names = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for tag in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{tag}"\n                    setattr(self, name, gen.uniform(-bound, bound, shape))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {name: np.array(getattr(self, name), dtype=np.float64) for name in self.names}\n\n    def load_state_dict(self, state):\n        if sorted(state) != sorted(self.names):\n            raise KeyError(f"keys differ: got {sorted(state)}, expected {sorted(self.names)}")\n        for name in self.names:\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != getattr(self, name).shape:\n                raise ValueError(f"wrong shape for {name}: {arr.shape}")\n            setattr(self, name, arr)\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            h_0 = np.zeros((self.L * D, B, self.H))\n            c_0 = np.zeros((self.L * D, B, self.H))\n        else:\n            h_0, c_0 = hx\n        h_n = np.empty((self.L * D, B, self.H))\n        c_n = np.empty((self.L * D, B, self.H))\n        inp = seq\n        for l in range(self.L):\n            out = np.empty((T, B, D * self.H))\n            for d, tag in enumerate(self.dirs):\n                w_ih = getattr(self, f"weight_ih_l{l}{tag}")\n                w_hh = getattr(self, f"weight_hh_l{l}{tag}")\n                b = (getattr(self, f"bias_ih_l{l}{tag}") + getattr(self, f"bias_hh_l{l}{tag}")) if self.bias else None\n                h, c = h_0[l * D + d], c_0[l * D + d]\n                times = range(T) if d == 0 else range(T - 1, -1, -1)\n                for t in times:\n                    h, c = step(inp[t], h, c, w_ih, w_hh, b)\n                    out[t, :, d * self.H:(d + 1) * self.H] = h\n                h_n[l * D + d] = h\n                c_n[l * D + d] = c\n            inp = out\n        if self.batch_first:\n            inp = np.swapaxes(inp, 0, 1)\n        return inp, (h_n, c_n)\n',
    },
    {
        "id": "scr_ignores_hx",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores the given hx: always starts from zeros",
                "must_mention": [{"any": ["hx", "h_0", "initial state", "zeros", "ignor"]}],
            }
        ],
        "source": 'import numpy as np\nfrom copy import deepcopy\n\n\ndef sigmoid(z):\n    out = np.empty_like(z)\n    p = z >= 0\n    out[p] = 1 / (1 + np.exp(-z[p]))\n    q = np.exp(z[~p])\n    out[~p] = q / (1 + q)\n    return out\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(gates, 4, axis=1)\n    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    return sigmoid(o) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.num_directions = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        s = 1 / np.sqrt(hidden_size)\n        self._p = {}\n        for k in range(num_layers):\n            fan_in = input_size if k == 0 else self.num_directions * hidden_size\n            for suffix in ["", "_reverse"][: self.num_directions]:\n                self._p[f"weight_ih_l{k}{suffix}"] = rng.uniform(-s, s, (4 * hidden_size, fan_in))\n                self._p[f"weight_hh_l{k}{suffix}"] = rng.uniform(-s, s, (4 * hidden_size, hidden_size))\n                if bias:\n                    self._p[f"bias_ih_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n                    self._p[f"bias_hh_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n\n    def state_dict(self):\n        return deepcopy(self._p)\n\n    def load_state_dict(self, state):\n        for key in self._p:\n            if key not in state:\n                raise KeyError(f"missing key {key}")\n        for key in state:\n            if key not in self._p:\n                raise KeyError(f"unexpected key {key}")\n            if np.shape(state[key]) != self._p[key].shape:\n                raise ValueError(f"{key} has shape {np.shape(state[key])}, expected {self._p[key].shape}")\n        self._p = {key: np.array(value, dtype=float) for key, value in state.items()}\n\n    def _direction(self, xs, h, c, k, suffix):\n        p = self._p\n        H = self.hidden_size\n        b_ih = p.get(f"bias_ih_l{k}{suffix}", np.zeros(4 * H))\n        b_hh = p.get(f"bias_hh_l{k}{suffix}", np.zeros(4 * H))\n        hs = []\n        for x_t in xs:\n            h, c = lstm_cell(x_t, h, c, p[f"weight_ih_l{k}{suffix}"], p[f"weight_hh_l{k}{suffix}"], b_ih, b_hh)\n            hs.append(h)\n        return hs, h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        D, H = self.num_directions, self.hidden_size\n        hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * D, B, H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        layer_input = x\n        for k in range(self.num_layers):\n            fwd, h_f, c_f = self._direction(layer_input, h0[k * D], c0[k * D], k, "")\n            hn.append(h_f); cn.append(c_f)\n            if D == 2:\n                bwd, h_b, c_b = self._direction(np.flip(layer_input, 0), h0[k * D + 1], c0[k * D + 1], k, "_reverse")\n                bwd = bwd[::-1]\n                hn.append(h_b); cn.append(c_b)\n                layer_input = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(fwd, bwd)])\n            else:\n                layer_input = np.stack(fwd)\n        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scr_next_layer_fwd_only",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "next layer reads only the forward direction's output (H features) instead of both (2H)",
                "must_mention": [
                    {
                        "any": [
                            "both directions",
                            "forward only",
                            "only the forward",
                            "2H",
                            "D * H",
                            "D*H",
                            "reverse half",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\nfrom copy import deepcopy\n\n\ndef sigmoid(z):\n    out = np.empty_like(z)\n    p = z >= 0\n    out[p] = 1 / (1 + np.exp(-z[p]))\n    q = np.exp(z[~p])\n    out[~p] = q / (1 + q)\n    return out\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(gates, 4, axis=1)\n    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    return sigmoid(o) * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.num_directions = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        s = 1 / np.sqrt(hidden_size)\n        self._p = {}\n        for k in range(num_layers):\n            fan_in = input_size if k == 0 else self.num_directions * hidden_size\n            for suffix in ["", "_reverse"][: self.num_directions]:\n                self._p[f"weight_ih_l{k}{suffix}"] = rng.uniform(-s, s, (4 * hidden_size, fan_in))\n                self._p[f"weight_hh_l{k}{suffix}"] = rng.uniform(-s, s, (4 * hidden_size, hidden_size))\n                if bias:\n                    self._p[f"bias_ih_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n                    self._p[f"bias_hh_l{k}{suffix}"] = rng.uniform(-s, s, 4 * hidden_size)\n\n    def state_dict(self):\n        return deepcopy(self._p)\n\n    def load_state_dict(self, state):\n        for key in self._p:\n            if key not in state:\n                raise KeyError(f"missing key {key}")\n        for key in state:\n            if key not in self._p:\n                raise KeyError(f"unexpected key {key}")\n            if np.shape(state[key]) != self._p[key].shape:\n                raise ValueError(f"{key} has shape {np.shape(state[key])}, expected {self._p[key].shape}")\n        self._p = {key: np.array(value, dtype=float) for key, value in state.items()}\n\n    def _direction(self, xs, h, c, k, suffix):\n        p = self._p\n        H = self.hidden_size\n        b_ih = p.get(f"bias_ih_l{k}{suffix}", np.zeros(4 * H))\n        b_hh = p.get(f"bias_hh_l{k}{suffix}", np.zeros(4 * H))\n        hs = []\n        for x_t in xs:\n            h, c = lstm_cell(x_t, h, c, p[f"weight_ih_l{k}{suffix}"], p[f"weight_hh_l{k}{suffix}"], b_ih, b_hh)\n            hs.append(h)\n        return hs, h, c\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        D, H = self.num_directions, self.hidden_size\n        if hx is None:\n            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * D, B, H)))\n        h0, c0 = hx\n        hn, cn = [], []\n        layer_input = x\n        for k in range(self.num_layers):\n            fwd, h_f, c_f = self._direction(layer_input, h0[k * D], c0[k * D], k, "")\n            hn.append(h_f); cn.append(c_f)\n            if D == 2:\n                bwd, h_b, c_b = self._direction(np.flip(layer_input, 0), h0[k * D + 1], c0[k * D + 1], k, "_reverse")\n                bwd = bwd[::-1]\n                hn.append(h_b); cn.append(c_b)\n                layer_input = np.stack(fwd)\n                self._last_out = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(fwd, bwd)])\n            else:\n                layer_input = np.stack(fwd)\n        if D == 2:\n            layer_input = self._last_out\n        out = layer_input.transpose(1, 0, 2) if self.batch_first else layer_input\n        return out, (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "scr_bf_out_not_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first: the input is transposed but the output is returned time-first",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first", "(B, T"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x_t, h, c, w_ih, w_hh, b):\n    H = h.shape[1]\n    z = x_t @ w_ih.T + h @ w_hh.T\n    if b is not None:\n        z = z + b\n    i, f, g, o = (sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sigm(z[:, 3 * H:]))\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n            for tag in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{tag}"\n                    setattr(self, name, gen.uniform(-bound, bound, shape))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {name: np.array(getattr(self, name), dtype=np.float64) for name in self.names}\n\n    def load_state_dict(self, state):\n        if sorted(state) != sorted(self.names):\n            raise KeyError(f"keys differ: got {sorted(state)}, expected {sorted(self.names)}")\n        for name in self.names:\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != getattr(self, name).shape:\n                raise ValueError(f"wrong shape for {name}: {arr.shape}")\n            setattr(self, name, arr)\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        if hx is None:\n            h_0 = np.zeros((self.L * D, B, self.H))\n            c_0 = np.zeros((self.L * D, B, self.H))\n        else:\n            h_0, c_0 = hx\n        h_n = np.empty((self.L * D, B, self.H))\n        c_n = np.empty((self.L * D, B, self.H))\n        inp = seq\n        for l in range(self.L):\n            out = np.empty((T, B, D * self.H))\n            for d, tag in enumerate(self.dirs):\n                w_ih = getattr(self, f"weight_ih_l{l}{tag}")\n                w_hh = getattr(self, f"weight_hh_l{l}{tag}")\n                b = (getattr(self, f"bias_ih_l{l}{tag}") + getattr(self, f"bias_hh_l{l}{tag}")) if self.bias else None\n                h, c = h_0[l * D + d], c_0[l * D + d]\n                times = range(T) if d == 0 else range(T - 1, -1, -1)\n                for t in times:\n                    h, c = step(inp[t], h, c, w_ih, w_hh, b)\n                    out[t, :, d * self.H:(d + 1) * self.H] = h\n                h_n[l * D + d] = h\n                c_n[l * D + d] = c\n            inp = out\n        return inp, (h_n, c_n)\n',
    },
    {
        "id": "scr_double_flip_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not put back in time order",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "not reversed",
                            "reversed back",
                            "back in",
                            "in reverse order",
                            "backwards",
                            "order",
                        ]
                    },
                ],
            },
            {
                "what": "state rows direction-major instead of layer-major",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "k * D + d",
                            "layer by layer",
                            "layer-major",
                            "direction-major",
                            "ordering",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(hidden_size)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return {name: value.copy() for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = d * L + layer\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_double_sdref_bound",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial values drawn in [-1, 1] instead of [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {"any": ["bound", "uniform", "1/sqrt", "1/√", "outside", "range"]}
                ],
            },
            {
                "what": "state_dict returns the module's own dict: no copies",
                "must_mention": [
                    {"any": ["copy", "copies", "share", "same array", "alias", "chang", "modif"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    """nn.LSTM written in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0  # uniform(-1, 1)\n        H = hidden_size\n        self.params = {}\n        for layer in range(num_layers):\n            in_size = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, size=(4 * H, in_size))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, size=(4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, size=(4 * H,))\n\n    def state_dict(self):\n        return self.params\n\n    def load_state_dict(self, state):\n        missing = set(self.params) - set(state)\n        extra = set(state) - set(self.params)\n        if missing or extra:\n            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run_direction(self, x, h, c, sfx):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        if self.bias:\n            b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n        else:\n            b = 0.0\n        H = self.hidden_size\n        outs = []\n        for x_t in x:\n            a = x_t @ W_ih.T + h @ W_hh.T + b\n            i = _sigmoid(a[:, :H])\n            f = _sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H])\n            o = _sigmoid(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            outs.append(h)\n        return np.stack(outs), h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, D, L = self.hidden_size, self.D, self.num_layers\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                seq = layer_in if d == 0 else layer_in[::-1]\n                out_d, h_last, c_last = self._run_direction(seq, h0[row], c0[row], sfx)\n                if d == 1:\n                    out_d = out_d[::-1]\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "scr_double_insize_hx",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "later layers' weight_ih is (4H, H) instead of (4H, D*H) for bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "D*H",
                            "H*D",
                            "2H",
                            "2 * H",
                            "later layer",
                            "layer 1",
                            "weight_ih_l1",
                            "layer k > 0",
                            "layers after",
                        ]
                    }
                ],
            },
            {
                "what": "ignores hx",
                "must_mention": [{"any": ["hx", "h_0", "initial state", "zeros", "ignor"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x_t, h, c, w_ih, w_hh, b):\n    H = h.shape[1]\n    z = x_t @ w_ih.T + h @ w_hh.T\n    if b is not None:\n        z = z + b\n    i, f, g, o = (sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sigm(z[:, 3 * H:]))\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,\n                 bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.dirs = ["", "_reverse"] if bidirectional else [""]\n        gen = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        self.names = []\n        for l in range(num_layers):\n            n_in = input_size if l == 0 else hidden_size\n            for tag in self.dirs:\n                shapes = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{tag}"\n                    setattr(self, name, gen.uniform(-bound, bound, shape))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {name: np.array(getattr(self, name), dtype=np.float64) for name in self.names}\n\n    def load_state_dict(self, state):\n        if sorted(state) != sorted(self.names):\n            raise KeyError(f"keys differ: got {sorted(state)}, expected {sorted(self.names)}")\n        for name in self.names:\n            arr = np.array(state[name], dtype=np.float64)\n            if arr.shape != getattr(self, name).shape:\n                raise ValueError(f"wrong shape for {name}: {arr.shape}")\n            setattr(self, name, arr)\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        T, B = seq.shape[:2]\n        D = len(self.dirs)\n        h_0 = np.zeros((self.L * D, B, self.H))\n        c_0 = np.zeros((self.L * D, B, self.H))\n        h_n = np.empty((self.L * D, B, self.H))\n        c_n = np.empty((self.L * D, B, self.H))\n        inp = seq\n        for l in range(self.L):\n            out = np.empty((T, B, D * self.H))\n            for d, tag in enumerate(self.dirs):\n                w_ih = getattr(self, f"weight_ih_l{l}{tag}")\n                w_hh = getattr(self, f"weight_hh_l{l}{tag}")\n                b = (getattr(self, f"bias_ih_l{l}{tag}") + getattr(self, f"bias_hh_l{l}{tag}")) if self.bias else None\n                h, c = h_0[l * D + d], c_0[l * D + d]\n                times = range(T) if d == 0 else range(T - 1, -1, -1)\n                for t in times:\n                    h, c = step(inp[t], h, c, w_ih, w_hh, b)\n                    out[t, :, d * self.H:(d + 1) * self.H] = h\n                h_n[l * D + d] = h\n                c_n[l * D + d] = c\n            inp = out\n        if self.batch_first:\n            inp = np.swapaxes(inp, 0, 1)\n        return inp, (h_n, c_n)\n',
    },
    {
        "id": "shp_ok_plain",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        out = (batch, seq_len, D * H_out)\n    else:\n        out = (seq_len, batch, D * H_out)\n    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_ok_listbuild",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    directions = 1 + int(bool(bidirectional))\n    h_size = hidden_size\n    if proj_size:\n        h_size = proj_size\n    dims = [seq_len, batch]\n    if batch_first:\n        dims.reverse()\n    dims.append(directions * h_size)\n    states = num_layers * directions\n    return {\n        "out": tuple(int(d) for d in dims),\n        "h_n": (int(states), int(batch), int(h_size)),\n        "c_n": (int(states), int(batch), int(hidden_size)),\n    }\n',
    },
    {
        "id": "shp_hn_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dim num_layers, not num_layers * D",
                "must_mention": [
                    {"any": ["direction", "* D", "D *", "× D", "D =", "bidirectional"]}
                ],
            }
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)\n    return {"out": out, "h_n": (num_layers, batch, H_out), "c_n": (num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shp_c_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n projected to proj_size too (c_t is not projected)",
                "must_mention": [{"any": ["proj"]}, {"any": ["c_n", "c_t", "cell"]}],
            }
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, batch, H)}\n',
    },
    {
        "id": "shp_out_ignores_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim uses hidden_size even with proj_size > 0",
                "must_mention": [{"any": ["proj"]}],
            }
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * hidden_size)\n    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_bf_states_too",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n and c_n too (it only affects out)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "state"]},
                ],
            }
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        return {"out": (batch, seq_len, D * H_out),\n                "h_n": (batch, num_layers * D, H_out),\n                "c_n": (batch, num_layers * D, hidden_size)}\n    return {"out": (seq_len, batch, D * H_out),\n            "h_n": (num_layers * D, batch, H_out),\n            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_lists",
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
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size or hidden_size\n    out = [batch, seq_len, D * H_out] if batch_first else [seq_len, batch, D * H_out]\n    return {"out": out, "h_n": [num_layers * D, batch, H_out], "c_n": [num_layers * D, batch, hidden_size]}\n',
    },
    {
        "id": "shp_out_times_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's features multiplied by num_layers (out is only the last layer's)",
                "must_mention": [{"any": ["num_layers", "layer"]}],
            }
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    feat = num_layers * D * H_out             # every layer\'s output\n    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_double_noD_cproj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n without the D factor",
                "must_mention": [
                    {"any": ["direction", "* D", "D *", "× D", "D =", "bidirectional"]}
                ],
            },
            {
                "what": "c_n uses proj_size",
                "must_mention": [{"any": ["proj"]}, {"any": ["c_n", "c_t", "cell"]}],
            },
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    H = proj_size if proj_size else hidden_size\n    mult = 2 if bidirectional else 1\n    out = (batch, seq_len, mult * H) if batch_first else (seq_len, batch, mult * H)\n    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, H)}\n',
    },
    {
        "id": "shp_double_lists_bf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "lists instead of tuples",
                "must_mention": [{"any": ["list"]}, {"any": ["tuple"]}],
            },
            {
                "what": "ignores batch_first for out",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            },
        ],
        "source": 'def lstm_output_shapes(\n    seq_len,\n    batch,\n    input_size,\n    hidden_size,\n    num_layers=1,\n    bidirectional=False,\n    batch_first=False,\n    proj_size=0,\n):\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    shapes = {"out": [seq_len, batch, D * H_out],\n              "h_n": [num_layers * D, batch, H_out],\n              "c_n": [num_layers * D, batch, hidden_size]}\n    return shapes\n',
    },
    {
        "id": "bil_ok_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bil_ok_loops",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef _step(x_t, h, c, params):\n    W_ih, W_hh, b_ih, b_hh = params\n    H = h.shape[1]\n    pre = []\n    for k in range(4):\n        rows = slice(k * H, (k + 1) * H)\n        pre.append(x_t @ W_ih[rows].T + h @ W_hh[rows].T + b_ih[rows] + b_hh[rows])\n    i, f, g, o = sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])\n    c_new = f * c + i * g\n    return o * np.tanh(c_new), c_new\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H))\n    h, c = h0[0].copy(), c0[0].copy()\n    for t in range(T):\n        h, c = _step(x[t], h, c, fwd)\n        out[t, :, :H] = h\n    h_fwd, c_fwd = h, c\n    h, c = h0[1].copy(), c0[1].copy()\n    for t in range(T - 1, -1, -1):\n        h, c = _step(x[t], h, c, bwd)\n        out[t, :, H:] = h\n    h_n = np.array([h_fwd, h])\n    c_n = np.array([c_fwd, c])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bil_ok_einsum",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef run_direction(xs, h, c, W_ih, W_hh, b_ih, b_hh):\n    hs = []\n    for xt in xs:\n        z = np.einsum("bi,gi->bg", xt, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + b_hh\n        zi, zf, zg, zo = np.split(z, 4, axis=-1)\n        c = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n        h = sigmoid(zo) * np.tanh(c)\n        hs.append(h)\n    return hs, h, c\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    hs_f, hT_f, cT_f = run_direction(x, h0[0], c0[0], *fwd)\n    hs_b, hT_b, cT_b = run_direction(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n    hs_b = hs_b[::-1]\n    out = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(hs_f, hs_b)])\n    return out, (np.stack((hT_f, hT_b)), np.stack((cT_f, cT_b)))\n',
    },
    {
        "id": "bil_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order (not flipped back to time order)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "order in time",
                            "reversed in time",
                            "put back",
                            "back in order",
                            "backwards in time",
                            "reversed order",
                            "not re-reversed",
                            "x_{T-1-t}",
                            "T-1-t",
                            "T - 1 - t",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    x_rev = x[::-1]\n    out_fwd, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_bwd, (h_b, c_b) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n    out = np.concatenate((out_fwd, out_bwd), axis=2)\n    h_n = np.stack((h_f, h_b))\n    c_n = np.stack((c_f, c_b))\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bil_fwd_weights_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run with the forward weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "reverse weights",
                            "reverse direction's weights",
                            "forward weights",
                            "fwd",
                            "_reverse",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    W_ih, W_hh, b_ih, b_hh = fwd\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bil_hn_lastpos",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of h_n taken from out[-1, :, H:] (its first step) instead of out[0, :, H:]",
                "must_mention": [
                    {
                        "any": [
                            "out[-1",
                            "out[T-1",
                            "out[T - 1",
                            "first step",
                            "position T-1",
                            "position T - 1",
                            "out[0",
                            "instead of step 0",
                            "only x_{T-1}",
                            "one input",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    H = h0.shape[-1]\n    forward_out, (_, c_last_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n    backward_out, (_, c_last_b) = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)\n    out = np.concatenate([forward_out, np.flip(backward_out, 0)], axis=-1)\n    # final hidden state of each direction = the last output\n    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n    c_n = np.stack([c_last_f, c_last_b])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bil_concat_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "directions concatenated along the time axis (axis 0) instead of the feature axis",
                "must_mention": [
                    {
                        "any": [
                            "axis 0",
                            "axis=0",
                            "time axis",
                            "along time",
                            "along the time",
                            "first axis",
                            "(2T",
                            "2T,",
                            "axis 2",
                            "last axis",
                            "feature axis",
                            "axis=-1",
                            "axis -1",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    o1, s1 = lstm_layer(x, h0[0], c0[0], *fwd)\n    o2, s2 = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([o1, o2[::-1]])\n    h_n = np.stack([s1[0], s2[0]])\n    c_n = np.stack([s1[1], s2[1]])\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bil_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves in the wrong order: backward half first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "other way round",
                            "backward half first",
                            "reverse half first",
                            "reverse direction first",
                            "halves in the wrong order",
                            "[h_t^{bwd}, h_t^{fwd}]",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T = x.shape[0]\n    fwd_out, (fh, fc) = lstm_layer(x, h0[0], c0[0], *fwd)\n    rev_out, (rh, rc) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    rev_out = rev_out[::-1]\n    out = np.concatenate([rev_out, fwd_out], axis=-1)\n    return out, (np.stack([fh, rh]), np.stack([fc, rc]))\n',
    },
    {
        "id": "bil_h0_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "backward direction starts from h0[0], c0[0] (forward's initial state) instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "h0[1]",
                            "c0[0]",
                            "c0[1]",
                            "row 0",
                            "row 1",
                            "forward direction's initial",
                            "forward initial",
                            "initial state of the forward",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    h_init, c_init = h0[0], c0[0]\n    out_f, (hf, cf) = lstm_layer(x, h_init, c_init, *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bil_inplace_c0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "cell state updated in place (c *= f) on a view of c0: the caller's c0 is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, I = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H))\n    finals_h, finals_c = [], []\n    for d, (params, steps) in enumerate([(fwd, range(T)), (bwd, range(T - 1, -1, -1))]):\n        W_ih, W_hh, b_ih, b_hh = params\n        h = h0[d]\n        c = c0[d]\n        for t in steps:\n            a = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n            i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H])\n            g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n            c *= f\n            c += i * g\n            h = o * np.tanh(c)\n            out[t, :, d * H:(d + 1) * H] = h\n        finals_h.append(h)\n        finals_c.append(c)\n    return out, (np.stack(finals_h), np.stack(finals_c))\n',
    },
    {
        "id": "bil_no_reverse_input",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "backward direction reads x from x_0 forward (input not reversed); only its output is flipped",
                "must_mention": [
                    {
                        "any": [
                            "x_{T-1}",
                            "reads x",
                            "from x_0",
                            "forward order",
                            "input order",
                            "order of the input",
                            "reversed input",
                            "input reversed",
                            "reverse the input",
                            "flip x",
                            "x[::-1]",
                            "flipped input",
                            "reads the input",
                            "reads the sequence",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x, h0[1], c0[1], *bwd)   # backward LSTM\n    out_b = out_b[::-1]  # backward outputs go in reverse\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bil_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "results preallocated as float32",
                "must_mention": [{"any": ["float32", "dtype"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n    hn = np.zeros((2, B, H), dtype=np.float32)\n    cn = np.zeros((2, B, H), dtype=np.float32)\n    o, (hn[0], cn[0]) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out[:, :, :H] = o\n    o, (hn[1], cn[1]) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out[:, :, H:] = o[::-1]\n    return out, (hn, cn)\n',
    },
    {
        "id": "bil2_fwdw_swap",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "both directions use fwd's weights (bwd ignored)",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "reverse weights",
                            "reverse direction's weights",
                            "forward weights",
                            "fwd",
                            "_reverse",
                        ]
                    }
                ],
            },
            {
                "what": "out halves in the wrong order (backward first)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "other way round",
                            "backward half first",
                            "reverse half first",
                            "reverse direction first",
                            "halves in the wrong order",
                            "[h_t^{bwd}, h_t^{fwd}]",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    results = []\n    for d in (0, 1):\n        seq = x if d == 0 else x[::-1]\n        o, (h, c) = lstm_layer(seq, h0[d], c0[d], *fwd)\n        if d == 1:\n            o = o[::-1]\n        results.append((o, h, c))\n    (of, hf, cf), (ob, hb, cb) = results\n    out = np.concatenate([ob, of], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bil2_h0row_hncn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "backward direction also starts from row 0 of h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "h0[1]",
                            "c0[0]",
                            "c0[1]",
                            "row 0",
                            "row 1",
                            "forward direction's initial",
                            "forward initial",
                            "initial state of the forward",
                        ]
                    }
                ],
            },
            {
                "what": "returns (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "c_n instead of h_n",
                            "h_n instead of c_n",
                            "other way round",
                            "c_n in place of h_n",
                            "h_n and c_n are",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    h_start = h0[0]\n    c_start = c0[0]\n    y_f, (h_f, c_f) = lstm_layer(x, h_start, c_start, *fwd)\n    y_b, (h_b, c_b) = lstm_layer(x[::-1], h_start, c_start, *bwd)\n    y = np.concatenate([y_f, y_b[::-1]], axis=-1)\n    h_n = np.stack([h_f, h_b])\n    c_n = np.stack([c_f, c_b])\n    return y, (c_n, h_n)\n',
    },
    {
        "id": "bil2_f32_noflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "casts to float32", "must_mention": [{"any": ["float32", "dtype"]}]},
            {
                "what": "backward outputs not flipped back to time order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "order in time",
                            "reversed in time",
                            "put back",
                            "back in order",
                            "backwards in time",
                            "reversed order",
                            "not re-reversed",
                            "x_{T-1-t}",
                            "T-1-t",
                            "T - 1 - t",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n\n    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n    """\n    h, c = h0, c0\n    outs = []\n    for x_t in x:  # t = 0 .. T-1\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    x = x.astype(np.float32)\n    f_out, (f_h, f_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n    b_out, (b_h, b_c) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.dstack([f_out, b_out]).astype(np.float32)\n    return out, (np.array([f_h, b_h], dtype=np.float32), np.array([f_c, b_c], dtype=np.float32))\n',
    },
    {
        "id": "cb_ok_split",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_pergate",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    blk = {q: slice(k * H, (k + 1) * H) for k, q in enumerate("ifgo")}\n    pre = {q: x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for q, s in blk.items()}\n    gate = {"i": sigmoid(pre["i"]), "f": sigmoid(pre["f"]), "g": np.tanh(pre["g"]), "o": sigmoid(pre["o"])}\n    c_new = gate["f"] * c + gate["i"] * gate["g"]\n    tau = np.tanh(c_new)\n    dc = dc_next + dh_next * gate["o"] * (1.0 - tau * tau)\n    dgate = {"i": dc * gate["g"], "f": dc * c, "g": dc * gate["i"], "o": dh_next * tau}\n    dpre = {}\n    for q in "ifo":\n        dpre[q] = dgate[q] * gate[q] * (1.0 - gate[q])\n    dpre["g"] = dgate["g"] * (1.0 - gate["g"] ** 2)\n    out = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": dc * gate["f"],\n           "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": np.zeros_like(b_ih)}\n    for q, s in blk.items():\n        out["x"] += dpre[q] @ W_ih[s]\n        out["h"] += dpre[q] @ W_hh[s]\n        out["W_ih"][s] = dpre[q].T @ x\n        out["W_hh"][s] = dpre[q].T @ h\n        out["b_ih"][s] = dpre[q].sum(axis=0)\n    out["b_hh"] = out["b_ih"].copy()\n    return out\n',
    },
    {
        "id": "cb_ok_rows",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B = x.shape[0]\n    H = h.shape[1]\n    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n    for n in range(B):\n        xv = x[n][:, None]            # (I, 1) column vectors\n        hv = h[n][:, None]\n        cv = c[n][:, None]\n        z = W_ih @ xv + b_ih[:, None] + W_hh @ hv + b_hh[:, None]   # (4H, 1)\n        i = sigmoid(z[:H]); f = sigmoid(z[H:2 * H]); g = np.tanh(z[2 * H:3 * H]); o = sigmoid(z[3 * H:])\n        c_new = f * cv + i * g\n        th = np.tanh(c_new)\n        dh = dh_next[n][:, None]\n        dcn = dc_next[n][:, None]\n        dc = dcn + dh * o * (1 - th ** 2)\n        dz = np.vstack([dc * g * i * (1 - i), dc * cv * f * (1 - f), dc * i * (1 - g ** 2), dh * th * o * (1 - o)])\n        grads["x"][n] = (W_ih.T @ dz)[:, 0]\n        grads["h"][n] = (W_hh.T @ dz)[:, 0]\n        grads["c"][n] = (dc * f)[:, 0]\n        grads["W_ih"] += np.einsum("gk,ik->gi", dz, xv)\n        grads["W_hh"] += dz @ hv.T\n        grads["b_ih"] += dz[:, 0]\n        grads["b_hh"] += dz[:, 0]\n    return grads\n',
    },
    {
        "id": "cb_no_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the factor (1 - tanh²(c_t)) from h_t = o ⊙ tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1-tanh",
                            "tanh'",
                            "tanh²",
                            "tanh^2",
                            "tanh**2",
                            "derivative of tanh",
                            "tanh derivative",
                            "1 - τ",
                            "(1 - tau",
                            "tanh(c_t))²",
                            "tanh²(c",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])\n    c_t = f * c + i * g\n    dc = dc_next + dh_next * o\n    do = dh_next * np.tanh(c_t)\n    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), do * o * (1 - o)])\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,\n            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_dcprev_nof",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} returned as δc_t, without the factor f_t",
                "must_mention": [{"any": ["⊙ f", "* f", "times f", "by f", "f_t", "forget gate"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_g_sigmoid_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "g gate's derivative written as the sigmoid's g(1-g) instead of tanh's 1-g²",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "gate g",
                            "δg",
                            "a^g",
                            "gate 2",
                            "the g block",
                            "g's",
                            "(g)",
                        ]
                    },
                    {
                        "any": [
                            "sigmoid",
                            "σ'",
                            "σ(1",
                            "g(1 - g)",
                            "g * (1 - g)",
                            "g*(1-g)",
                            "1 - g²",
                            "1 - g^2",
                            "tanh",
                        ]
                    },
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * g * (1 - g), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dWih_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_ih gradient computed as x^T δa, (I, 4H): transposed",
                "must_mention": [{"any": ["transpos", ".T", "(I, 4H)", "(I,4H)"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": x.T @ da, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
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
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divided by b",
                            "divid",
                            "1/b",
                            "/ b",
                            "summed over the batch",
                            "sum over the batch",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.mean(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_do_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate's gradient uses tanh(c_{t-1}) (the argument c) instead of tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "c_prev",
                            "old cell",
                            "tanh(c)",
                            "input c",
                            "argument c",
                            "the c passed",
                        ]
                    },
                    {"any": ["output gate", "o_t", "δo", "gate o", "the o block", "(o)"]},
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    gi, gf, gg, go = np.split(gates, 4, axis=1)\n    i_t, f_t, g_t, o_t = sigmoid(gi), sigmoid(gf), np.tanh(gg), sigmoid(go)\n    c_t = f_t * c + i_t * g_t\n    d_c = dc_next + dh_next * o_t * (1 - np.tanh(c_t) ** 2)\n    d_o = dh_next * np.tanh(c)          # dL/do = dh * tanh(c)\n    d_i = d_c * g_t\n    d_g = d_c * i_t\n    d_f = d_c * c\n    d_gates = np.concatenate([d_i * i_t * (1 - i_t), d_f * f_t * (1 - f_t),\n                              d_g * (1 - g_t ** 2), d_o * o_t * (1 - o_t)], axis=1)\n    return dict(x=d_gates @ W_ih, h=d_gates @ W_hh, c=d_c * f_t, W_ih=d_gates.T @ x,\n                W_hh=d_gates.T @ h, b_ih=d_gates.sum(axis=0), b_hh=d_gates.sum(axis=0))\n',
    },
    {
        "id": "cb_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in the order i, f, o, g instead of i, f, g, o",
                "must_mention": [
                    {
                        "any": [
                            "i, f, o, g",
                            "ifog",
                            "(i, f, o, g)",
                            "gate order",
                            "order of the gates",
                            "gates in the wrong order",
                            "wrong order",
                            "g and o",
                            "o and g",
                            "swapped",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[-1]\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    zi, zf, zo, zg = z[:, :H], z[:, H:2*H], z[:, 2*H:3*H], z[:, 3*H:]\n    i, f, o, g = sigmoid(zi), sigmoid(zf), sigmoid(zo), np.tanh(zg)\n    c_new = f * c + i * g\n    t = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - t * t)\n    dzi = dc * g * i * (1 - i)\n    dzf = dc * c * f * (1 - f)\n    dzo = dh_next * t * o * (1 - o)\n    dzg = dc * i * (1 - g * g)\n    dz = np.concatenate([dzi, dzf, dzo, dzg], axis=1)\n    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f, "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb_no_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t ignores dc_next (the gradient reaching c_t from later)",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "δc_t^next",
                            "dl/dc_t",
                            "from later",
                            "incoming",
                            "∂l/∂c_t",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_inplace_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds into dc_next in place (+=): the caller's dc_next is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    I_ = sigmoid(A[:, 0:H]); F_ = sigmoid(A[:, H:2*H]); G_ = np.tanh(A[:, 2*H:3*H]); O_ = sigmoid(A[:, 3*H:4*H])\n    C = F_ * c + I_ * G_\n    TC = np.tanh(C)\n    dc_next += dh_next * O_ * (1 - TC ** 2)      # total gradient into c_t\n    dA = np.concatenate([dc_next * G_ * I_ * (1 - I_), dc_next * c * F_ * (1 - F_),\n                         dc_next * I_ * (1 - G_ ** 2), dh_next * TC * O_ * (1 - O_)], axis=1)\n    db = np.sum(dA, axis=0)\n    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dc_next * F_, "W_ih": dA.T @ x, "W_hh": dA.T @ h,\n            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_dh_Wih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dh_{t-1} computed with W_ih instead of W_hh",
                "must_mention": ["W_ih", "W_hh"],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_ih, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb2_mean_notanh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses (1 - tanh²(c_t))",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1-tanh",
                            "tanh'",
                            "tanh²",
                            "tanh^2",
                            "tanh**2",
                            "derivative of tanh",
                            "tanh derivative",
                            "1 - τ",
                            "(1 - tau",
                            "tanh(c_t))²",
                            "tanh²(c",
                        ]
                    }
                ],
            },
            {
                "what": "bias gradients divided by B (mean)",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divided by b",
                            "divid",
                            "1/b",
                            "/ b",
                            "summed over the batch",
                            "sum over the batch",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B = x.shape[0]\n    pre = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bh,kh->bk", h, W_hh) + b_ih + b_hh\n    ai, af, ag, ao = np.split(pre, 4, axis=-1)\n    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n    c_t = f * c + i * g\n    dc_t = dc_next + dh_next * o\n    dpre = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f), dc_t * i * (1 - g ** 2),\n                           dh_next * np.tanh(c_t) * o * (1 - o)], axis=-1)\n    return {"x": dpre @ W_ih, "h": dpre @ W_hh, "c": dc_t * f,\n            "W_ih": np.einsum("bk,bi->ki", dpre, x), "W_hh": np.einsum("bk,bh->kh", dpre, h),\n            "b_ih": dpre.sum(0) / B, "b_hh": dpre.sum(0) / B}\n',
    },
    {
        "id": "cb2_order_inplace",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks taken in the order i, f, o, g",
                "must_mention": [
                    {
                        "any": [
                            "i, f, o, g",
                            "ifog",
                            "(i, f, o, g)",
                            "gate order",
                            "order of the gates",
                            "gates in the wrong order",
                            "wrong order",
                            "g and o",
                            "o and g",
                            "swapped",
                        ]
                    }
                ],
            },
            {
                "what": "dc = dc_next then dc += ...: modifies the caller's dc_next in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    names = ["i", "f", "o", "g"]            # PyTorch\'s gate order\n    act = {}\n    for k, n in enumerate(names):\n        z = x @ W_ih[k*H:(k+1)*H].T + h @ W_hh[k*H:(k+1)*H].T + b_ih[k*H:(k+1)*H] + b_hh[k*H:(k+1)*H]\n        act[n] = np.tanh(z) if n == "g" else sigmoid(z)\n    ct = act["f"] * c + act["i"] * act["g"]\n    dc = dc_next\n    dc += dh_next * act["o"] * (1 - np.tanh(ct) ** 2)\n    local = {"i": dc * act["g"] * act["i"] * (1 - act["i"]), "f": dc * c * act["f"] * (1 - act["f"]),\n             "o": dh_next * np.tanh(ct) * act["o"] * (1 - act["o"]), "g": dc * act["i"] * (1 - act["g"] ** 2)}\n    da = np.concatenate([local[n] for n in names], axis=1)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * act["f"], "W_ih": da.T @ x, "W_hh": da.T @ h,\n            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb2_Whh_T_nof",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh gradient transposed (h^T δa, shape (H, 4H))",
                "must_mention": [{"any": ["transpos", ".T", "(H, 4H)", "(H,4H)"]}],
            },
            {
                "what": "dL/dc_{t-1} lacks the factor f_t",
                "must_mention": [{"any": ["⊙ f", "* f", "times f", "by f", "f_t", "forget gate"]}],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc,\n            "W_ih": da.T @ x, "W_hh": h.T @ da, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb2_gsig_bhhzero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "g gate's derivative taken as the sigmoid's",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "cell gate",
                            "candidate",
                            "g_t",
                            "gate g",
                            "δg",
                            "a^g",
                            "gate 2",
                            "the g block",
                            "g's",
                            "(g)",
                        ]
                    },
                    {
                        "any": [
                            "sigmoid",
                            "σ'",
                            "σ(1",
                            "g(1 - g)",
                            "g * (1 - g)",
                            "g*(1-g)",
                            "1 - g²",
                            "1 - g^2",
                            "tanh",
                        ]
                    },
                ],
            },
            {
                "what": "b_hh gradient left at zero (it equals b_ih's)",
                "must_mention": [
                    "b_hh",
                    {"any": ["zero", "same as", "equal", "identical", "b_ih's"]},
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * g * (1 - g), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": np.zeros_like(b_hh)}\n',
    },
    {
        "id": "lb_ok_list",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh = g["h"]\n        dc = g["c"]\n        for k in grads:\n            grads[k] += g[k]\n    grads["x"] = dx\n    grads["h0"] = dh\n    grads["c0"] = dc\n    return grads\n',
    },
    {
        "id": "lb_ok_arrays",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    H = h0.shape[1]\n    H_all = np.empty((T + 1, B, H))\n    C_all = np.empty((T + 1, B, H))\n    H_all[0], C_all[0] = h0, c0\n    for t in range(T):\n        H_all[t + 1], C_all[t + 1] = lstm_cell(x[t], H_all[t], C_all[t], W_ih, W_hh, b_ih, b_hh)\n    dW_ih = np.zeros((4 * H, I)); dW_hh = np.zeros((4 * H, H))\n    db_ih = np.zeros(4 * H); db_hh = np.zeros(4 * H)\n    dX = np.empty((T, B, I))\n    carry_h = np.zeros((B, H)) if dh_n is None else dh_n\n    carry_c = np.zeros((B, H)) if dc_n is None else dc_n\n    t = T - 1\n    while t >= 0:\n        step = lstm_cell_backward(dout[t] + carry_h, carry_c, x[t], H_all[t], C_all[t], W_ih, W_hh, b_ih, b_hh)\n        dX[t] = step["x"]\n        carry_h, carry_c = step["h"], step["c"]\n        dW_ih = dW_ih + step["W_ih"]\n        dW_hh = dW_hh + step["W_hh"]\n        db_ih = db_ih + step["b_ih"]\n        db_hh = db_hh + step["b_hh"]\n        t -= 1\n    return {"x": dX, "h0": carry_h, "c0": carry_c, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_inline",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = len(x)\n    H = h0.shape[-1]\n    cache = []\n    h, c = h0, c0\n    for t in range(T):\n        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n        i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), sigmoid(a[:, 3 * H:])\n        g = np.tanh(a[:, 2 * H:3 * H])\n        c_new = f * c + i * g\n        h_new = o * np.tanh(c_new)\n        cache.append((h, c, i, f, g, o, np.tanh(c_new)))\n        h, c = h_new, c_new\n    gW_ih, gW_hh, gb = 0.0 * W_ih, 0.0 * W_hh, 0.0 * b_ih\n    gx = [None] * T\n    dh_carry = 0.0 * h0 if dh_n is None else dh_n\n    dc_carry = 0.0 * c0 if dc_n is None else dc_n\n    for t in range(T - 1, -1, -1):\n        hp, cp, i, f, g, o, tc = cache[t]\n        dh = dout[t] + dh_carry\n        dc = dc_carry + dh * o * (1 - tc ** 2)\n        da = np.concatenate([dc * g * i * (1 - i), dc * cp * f * (1 - f), dc * i * (1 - g ** 2),\n                             dh * tc * o * (1 - o)], axis=1)\n        gx[t] = da @ W_ih\n        dh_carry = da @ W_hh\n        dc_carry = dc * f\n        gW_ih = gW_ih + da.T @ x[t]\n        gW_hh = gW_hh + da.T @ hp\n        gb = gb + da.sum(axis=0)\n    return {"x": np.stack(gx), "h0": dh_carry, "c0": dc_carry, "W_ih": gW_ih, "W_hh": gW_hh,\n            "b_ih": gb, "b_hh": gb.copy()}\n',
    },
    {
        "id": "lb_last_step_weights",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients overwritten at each step: only step 0's are returned, not the sum",
                "must_mention": [
                    {
                        "any": [
                            "sum over",
                            "summed",
                            "accumulat",
                            "add up",
                            "overwrit",
                            "only one step",
                            "one step's",
                            "last step's",
                            "step 0's",
                            "only the",
                            "+=",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh = g["h"]\n        dc = g["c"]\n        for k in grads:\n            grads[k] = g[k]\n    grads["x"] = dx\n    grads["h0"] = dh\n    grads["c0"] = dc\n    return grads\n',
    },
    {
        "id": "lb_no_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] added only at the last step; the earlier steps' dout is never added to dh",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "add",
                            "sum",
                            "plus",
                            "ignor",
                            "missing",
                            "only at",
                            "not used",
                            "left out",
                        ]
                    },
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    if dh_n is None:\n        dh_n = np.zeros((B, H))\n    if dc_n is None:\n        dc_n = np.zeros((B, H))\n    states = [(h0, c0)]\n    for t in range(T):\n        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n    dh = dh_n + dout[T - 1]        # the loss sees the output at the end\n    dc = dc_n\n    total = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n    dxs = []\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dh, dc, x[t], states[t][0], states[t][1], W_ih, W_hh, b_ih, b_hh)\n        dxs.insert(0, g["x"])\n        dh, dc = g["h"], g["c"]\n        for k in total:\n            total[k] = total[k] + g[k]\n    total.update({"x": np.array(dxs), "h0": dh, "c0": dc})\n    return total\n',
    },
    {
        "id": "lb_state_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward gets the state after step t (h_t, c_t) instead of the state it started from",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "h_t instead",
                            "state after",
                            "one step late",
                            "shifted",
                            "h_{t-1}",
                            "state it started",
                            "hs[t + 1]",
                            "hs[t+1]",
                            "one step ahead",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh = g["h"]\n        dc = g["c"]\n        for k in grads:\n            grads[k] += g[k]\n    grads["x"] = dx\n    grads["h0"] = dh\n    grads["c0"] = dc\n    return grads\n',
    },
    {
        "id": "lb_ignore_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n ignored: the gradient into h at the last step starts from zeros",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "as zero",
                            "left out",
                            "missing",
                            "dropped",
                            "unused",
                        ]
                    },
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    h_list, c_list = [h0], [c0]\n    for t in range(T):\n        hn, cn = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n        h_list.append(hn)\n        c_list.append(cn)\n    dh_next = np.zeros_like(h0)\n    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n    dx = np.zeros_like(x)\n    dW_ih, dW_hh, db_ih, db_hh = [np.zeros_like(p) for p in (W_ih, W_hh, b_ih, b_hh)]\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh_next, dc_next = g["h"], g["c"]\n        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh_next, "c0": dc_next, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_x_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "x gradients stacked in the order they were computed (T-1 first): reversed in time",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "time order",
                            "flip",
                            "backwards order",
                            "order of the steps",
                            "in the wrong order",
                            "x[T-1-t]",
                            "T-1-t",
                            "T - 1 - t",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n    dxs = []\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dxs.append(g["x"])\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += g["b_hh"]\n    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dc_reset",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the cell-state gradient is not carried back: each earlier step gets dc_next = 0 instead of step t+1\'s "c"',
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "through c",
                            "carried",
                            "'c'",
                            '"c"',
                            "dc_next",
                            "c_t from",
                            "step t+1's",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    H = h0.shape[1]\n    hs = [h0]; cs = [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    grads = {"x": np.zeros((T, B, I)), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n    dh_carry = np.zeros((B, H)) if dh_n is None else dh_n\n    for t in range(T - 1, -1, -1):\n        dc_in = (dc_n if dc_n is not None else np.zeros((B, H))) if t == T - 1 else np.zeros((B, H))\n        g = lstm_cell_backward(dout[t] + dh_carry, dc_in, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        grads["x"][t] = g["x"]\n        dh_carry = g["h"]\n        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n            grads[k] = grads[k] + g[k]\n    grads["h0"] = dh_carry\n    grads["c0"] = g["c"]\n    return grads\n',
    },
    {
        "id": "lb_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the carried dh into dout in place: the caller's dout is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    if dh_n is not None:\n        dout[T - 1] += dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    res = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh), ("x", x)]}\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        if t > 0:\n            dout[t - 1] += g["h"]          # pass dh back to the previous step\n        dc = g["c"]\n        res["x"][t] = g["x"]\n        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n            res[k] += g[k]\n    res["h0"] = g["h"]\n    res["c0"] = dc\n    return res\n',
    },
    {
        "id": "lb_skip_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "backward loop stops at t = 1: step 0 is never back-propagated (x[0] zero, h0/c0 are step 1's)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "range(T-1, 0",
                            "stops at 1",
                            "stops before",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, 0, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh = g["h"]\n        dc = g["c"]\n        for k in grads:\n            grads[k] += g[k]\n    grads["x"] = dx\n    grads["h0"] = dh\n    grads["c0"] = dc\n    return grads\n',
    },
    {
        "id": "lb_none_crash",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n/dc_n = None not replaced by zeros: crashes (None + array) when they are omitted",
                "must_mention": ["None", {"any": ["zero", "zeros", "default"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    dh_next, dc_next = dh_n, dc_n\n    acc = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    dx = np.zeros_like(x)\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh_next, dc_next = g["h"], g["c"]\n        for k in acc:\n            acc[k] += g[k]\n    acc.update(x=dx, h0=dh_next, c0=dc_next)\n    return acc\n',
    },
    {
        "id": "lb2_overwrite_xrev",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients are those of the last backward step (step 0) only, not summed",
                "must_mention": [
                    {
                        "any": [
                            "sum over",
                            "summed",
                            "accumulat",
                            "add up",
                            "overwrit",
                            "only one step",
                            "one step's",
                            "last step's",
                            "step 0's",
                            "only the",
                            "+=",
                        ]
                    }
                ],
            },
            {
                "what": "x gradients in reverse time order",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "time order",
                            "flip",
                            "backwards order",
                            "order of the steps",
                            "in the wrong order",
                            "x[T-1-t]",
                            "T-1-t",
                            "T - 1 - t",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hist = [(h0, c0)]\n    for t in range(T):\n        hist.append(lstm_cell(x[t], hist[t][0], hist[t][1], W_ih, W_hh, b_ih, b_hh))\n    dh = np.zeros_like(h0) if dh_n is None else dh_n\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    dx = []\n    for t in range(T - 1, -1, -1):\n        grads = lstm_cell_backward(dout[t] + dh, dc, x[t], hist[t][0], hist[t][1], W_ih, W_hh, b_ih, b_hh)\n        dx.append(grads["x"])\n        dh, dc = grads["h"], grads["c"]\n    grads["x"] = np.array(dx)\n    grads["h0"] = dh\n    grads["c0"] = dc\n    del grads["h"], grads["c"]\n    return grads\n',
    },
    {
        "id": "lb2_dhn_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n never used",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "as zero",
                            "left out",
                            "missing",
                            "dropped",
                            "unused",
                        ]
                    },
                ],
            },
            {
                "what": "dout modified in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    dc = np.zeros_like(c0) if dc_n is None else dc_n\n    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n    for t in range(T - 1, -1, -1):\n        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        if t > 0:\n            dout[t - 1] += g["h"]\n        dc = g["c"]\n        out["x"][t] = g["x"]\n        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n            out[k] += g[k]\n    out["h0"], out["c0"] = g["h"], dc\n    return out\n',
    },
    {
        "id": "lb2_nodout_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] only used at the last step",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "add",
                            "sum",
                            "plus",
                            "ignor",
                            "missing",
                            "only at",
                            "not used",
                            "left out",
                        ]
                    },
                ],
            },
            {
                "what": "loop skips step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "range(T-1, 0",
                            "stops at 1",
                            "stops before",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_t = f * c + i * g\n    tc = np.tanh(c_t)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    H = h0.shape[-1]\n    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n    hs[0], cs[0] = h0, c0\n    for t in range(T):\n        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n    dh = dout[-1] + (0 if dh_n is None else dh_n)\n    dc = np.zeros((B, H)) if dc_n is None else dc_n\n    dx = np.zeros((T, B, I))\n    G = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n    for t in range(T - 1, 0, -1):\n        r = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = r["x"]\n        dh, dc = r["h"], r["c"]\n        for k in G:\n            G[k] += r[k]\n    G.update(x=dx, h0=dh, c0=dc)\n    return G\n',
    },
    {
        "id": "ll_ok_where",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_ok_rows",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    out = np.zeros((T, B, H))\n    h_n = np.zeros((B, H))\n    c_n = np.zeros((B, H))\n    for b in range(B):\n        h = h0[b:b + 1]\n        c = c0[b:b + 1]\n        for t in range(int(lengths[b])):\n            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t, b] = h[0]\n        h_n[b] = h[0]\n        c_n[b] = c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "ll_ok_float_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T = x.shape[0]\n    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :]).astype(np.float64)[:, :, None]  # (T, B, 1)\n    h, c = h0.copy(), c0.copy()\n    outs = []\n    for t in range(T):\n        m = mask[t]\n        h_tilde, c_tilde = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = m * h_tilde + (1 - m) * h\n        c = m * c_tilde + (1 - m) * c\n        outs.append(m * h_tilde)\n    return np.stack(outs), (h, c)\n',
    },
    {
        "id": "ll_no_state_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state keeps being updated on padding steps: h_n, c_n are those at T-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "padded",
                            "frozen",
                            "freeze",
                            "keeps running",
                            "past its length",
                            "past each length",
                            "after its length",
                            "beyond",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    h, c = h0, c0\n    out = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        valid = (t < lengths).reshape(B, 1)\n        out.append(h * valid)\n    return np.array(out), (h, c)\n',
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
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "padding", "padded"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "ll_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths[b]: one padding step too many is run",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step too",
                            "one extra step",
                            "one more step",
                            "extra step",
                            "lengths[b] + 1",
                            "one padding step",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, H))\n    h, c = h0, c0\n    for t in range(T):\n        active = t <= lengths     # steps up to lengths[b]\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(active[:, None], hn, h)\n        c = np.where(active[:, None], cn, c)\n        out[t][active] = hn[active]\n    return out, (h, c)\n',
    },
    {
        "id": "ll_cn_last",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen past each length; c keeps updating, so c_n is wrong",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "frozen",
                            "freeze",
                            "not masked",
                            "padding",
                            "keeps",
                            "unmasked",
                            "T - 1",
                            "T-1",
                        ]
                    },
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    out = np.zeros((T, B, H))\n    h, c = h0.copy(), c0.copy()\n    for t in range(T):\n        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        for b in range(B):\n            if t < lengths[b]:\n                h[b] = h_new[b]\n                out[t, b] = h_new[b]\n    return out, (h, c)\n',
    },
    {
        "id": "ll_ignore_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "starts from zeros, ignoring h0 and c0",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "initial state",
                            "from zeros",
                            "zero state",
                            "zeros instead",
                            "not used",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = np.zeros((B, H)), np.zeros((B, H))\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_hn_index_lengths",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "final state read at index lengths[b] instead of lengths[b] - 1",
                "must_mention": [
                    {
                        "any": [
                            "lengths[b] - 1",
                            "lengths - 1",
                            "lengths-1",
                            "off by one",
                            "off-by-one",
                            "one step late",
                            "lengths[b]]",
                            "index lengths",
                            "at lengths",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    hs, cs = [], []\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h); cs.append(c)\n    hs = np.stack(hs); cs = np.stack(cs)\n    rows = np.arange(B)\n    h_n = hs[lengths, rows]\n    c_n = cs[lengths, rows]\n    mask = np.arange(T)[:, None] < lengths[None, :]\n    out = hs * mask[:, :, None]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "ll_mask_axis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask indexed along the wrong axis (mask[:, t] instead of mask[t])",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "transpos",
                            "mask[t]",
                            "mask[:, t]",
                            "(B, T)",
                            "rows and columns",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    mask = np.arange(T)[:, None] < lengths[None, :]      # (T, B)\n    h, c = h0, c0\n    outs = np.zeros((T, B, h0.shape[1]))\n    for t in range(T):\n        keep = mask[:, t][:, None]\n        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(keep, hn, h)\n        c = np.where(keep, cn, c)\n        outs[t] = np.where(keep, hn, 0)\n    return outs, (h, c)\n',
    },
    {
        "id": "ll_inplace_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "sets the padding of x to zero in place: the caller's x is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = t < lengths\n        x[t, ~m] = 0.0                       # clear the padding\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m[:, None], h_new, h)\n        c = np.where(m[:, None], c_new, c)\n        out[t, m] = h_new[m]\n    return out, (h, c)\n',
    },
    {
        "id": "ll_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "sorts the batch by length and returns it in sorted order (never unsorted)",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "batch order",
                            "order of the batch",
                            "permut",
                            "unsort",
                            "rows in the wrong order",
                            "rows are reordered",
                            "reorder",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    order = np.argsort(-np.asarray(lengths), kind="stable")   # pack_padded_sequence wants them sorted\n    x, lengths, h0, c0 = x[:, order], np.asarray(lengths)[order], h0[order], c0[order]\n    T, B, _ = x.shape\n    out = np.zeros((T, B, h0.shape[1]))\n    h, c = h0, c0\n    for t in range(T):\n        n = int(np.sum(lengths > t))      # sequences still running (they come first)\n        if n == 0:\n            break\n        h_new, c_new = lstm_cell(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n        h = np.concatenate([h_new, h[n:]])\n        c = np.concatenate([c_new, c[n:]])\n        out[t, :n] = h_new\n    return out, (h, c)\n',
    },
    {
        "id": "ll2_nomask_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state not frozen on padding steps",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "padded",
                            "frozen",
                            "freeze",
                            "keeps running",
                            "past its length",
                            "past each length",
                            "after its length",
                            "beyond",
                        ]
                    }
                ],
            },
            {
                "what": "h0, c0 ignored (starts from zeros)",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "initial state",
                            "from zeros",
                            "zero state",
                            "zeros instead",
                            "not used",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)); c = np.zeros((B, H))\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        for b in range(B):\n            if t < lengths[b]:\n                out[t, b] = h[b]\n    return out, (h, c)\n',
    },
    {
        "id": "ll2_cn_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c not frozen past each length: c_n wrong",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "frozen",
                            "freeze",
                            "not masked",
                            "padding",
                            "keeps",
                            "unmasked",
                            "T - 1",
                            "T-1",
                        ]
                    },
                ],
            },
            {
                "what": "zeroes x's padding in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    out = np.zeros((T, B, H))\n    mask = np.arange(T)[:, None] < lengths\n    x[~mask] = 0.0\n    h, c = h0, c0\n    for t in range(T):\n        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(mask[t][:, None], h_new, h)\n        out[t] = np.where(mask[t][:, None], h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll2_sorted_notzeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "batch sorted by length and not put back in the original order",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "batch order",
                            "order of the batch",
                            "permut",
                            "unsort",
                            "rows in the wrong order",
                            "rows are reordered",
                            "reorder",
                        ]
                    }
                ],
            },
            {
                "what": "out not zero past each length (holds the frozen state)",
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "padding", "padded"]}],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    idx = sorted(range(len(lengths)), key=lambda b: -int(lengths[b]))\n    xs = x[:, idx]; L = np.array([lengths[b] for b in idx]); h = h0[idx]; c = c0[idx]\n    T = x.shape[0]\n    out = np.zeros((T, len(idx), h.shape[1]))\n    for t in range(T):\n        live = (L > t)[:, None]\n        h2, c2 = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(live, h2, h)\n        c = np.where(live, c2, c)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "bl_ok_rowflip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef reverse_padded(a, lengths):\n    """Reverse each sequence over its own steps; padding stays (zero) at the end."""\n    r = np.zeros_like(a)\n    for b, L in enumerate(lengths):\n        L = int(L)\n        r[:L, b] = a[:L, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, reverse_padded(out_b, lengths)], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_ok_maskloop",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    lengths = np.asarray(lengths)\n    out = np.zeros((T, B, 2 * H))\n    hn = np.empty((2, B, H))\n    cn = np.empty((2, B, H))\n    for d, (params, times) in enumerate(((fwd, range(T)), (bwd, range(T - 1, -1, -1)))):\n        h, c = h0[d], c0[d]\n        for t in times:\n            live = (t < lengths)[:, None]\n            h_new, c_new = lstm_cell(x[t], h, c, *params)\n            h = np.where(live, h_new, h)\n            c = np.where(live, c_new, c)\n            out[t, :, d * H:(d + 1) * H] = np.where(live, h_new, 0.0)\n        hn[d], cn[d] = h, c\n    return out, (hn, cn)\n',
    },
    {
        "id": "bl_ok_rows",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for b in range(B):\n        L = int(lengths[b])\n        seq = x[:L, b:b + 1]\n        for d, W, order in ((0, fwd, range(L)), (1, bwd, reversed(range(L)))):\n            h, c = h0[d, b:b + 1], c0[d, b:b + 1]\n            for t in order:\n                h, c = lstm_cell(seq[t], h, c, *W)\n                out[t, b, d * H:(d + 1) * H] = h[0]\n            h_n[d, b], c_n[d, b] = h[0], c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl_global_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts at step T-1, on the padding, instead of at each sequence's last real step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real step",
                            "last valid step",
                            "T - 1",
                            "T-1",
                            "whole padded",
                            "own length",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    h, c = h0[1], c0[1]\n    rev = []\n    for t in range(T - 1, -1, -1):\n        h, c = lstm_cell(x[t], h, c, *bwd)\n        rev.append(h)\n    out_b = np.stack(rev[::-1])\n    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[:, :, None]\n    out = np.concatenate([out_f, out_b * mask], axis=2)\n    return out, (np.stack([hf, h]), np.stack([cf, c]))\n',
    },
    {
        "id": "bl_no_unflip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order (not reversed back per sequence)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "order in time",
                            "reversed in time",
                            "put back",
                            "back in order",
                            "not re-reversed",
                            "reading order",
                            "reversed order",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef reverse_padded(a, lengths):\n    """Reverse each sequence over its own steps; padding stays (zero) at the end."""\n    r = np.zeros_like(a)\n    for b, L in enumerate(lengths):\n        L = int(L)\n        r[:L, b] = a[:L, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_hn_pos",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of h_n read at each sequence's last real step instead of after step 0 (position 0)",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "position 0",
                            "step 0",
                            "t = 0",
                            "after step 0",
                            "t=0",
                            "its last step",
                            "first position",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef reverse_padded(a, lengths):\n    """Reverse each sequence over its own steps; padding stays (zero) at the end."""\n    r = np.zeros_like(a)\n    for b, L in enumerate(lengths):\n        L = int(L)\n        r[:L, b] = a[:L, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, reverse_padded(out_b, lengths)], axis=-1)\n    H = hf.shape[1]\n    last = np.asarray(lengths) - 1\n    h_rev = out[last, np.arange(x.shape[1]), H:]   # reverse state at the last real step\n    return out, (np.stack([hf, h_rev]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_fwd_both",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses fwd's weights",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "reverse weights",
                            "reverse direction's weights",
                            "forward weights",
                            "fwd",
                            "_reverse",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef reverse_padded(a, lengths):\n    """Reverse each sequence over its own steps; padding stays (zero) at the end."""\n    r = np.zeros_like(a)\n    for b, L in enumerate(lengths):\n        L = int(L)\n        r[:L, b] = a[:L, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[1], *fwd)\n    out = np.concatenate([out_f, reverse_padded(out_b, lengths)], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_swap_halves",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "forward output written in the second half and reverse in the first",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "other way round",
                            "backward half first",
                            "reverse half first",
                            "reverse direction first",
                            "halves in the wrong order",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    lengths = np.asarray(lengths)\n    out = np.zeros((T, B, 2 * H))\n    hn = np.empty((2, B, H))\n    cn = np.empty((2, B, H))\n    for d, (params, times) in enumerate(((fwd, range(T)), (bwd, range(T - 1, -1, -1)))):\n        h, c = h0[d], c0[d]\n        for t in times:\n            live = (t < lengths)[:, None]\n            h_new, c_new = lstm_cell(x[t], h, c, *params)\n            h = np.where(live, h_new, h)\n            c = np.where(live, c_new, c)\n            out[t, :, (1 - d) * H:(2 - d) * H] = np.where(live, h_new, 0.0)\n        hn[d], cn[d] = h, c\n    return out, (hn, cn)\n',
    },
    {
        "id": "bl_rev_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of out not zeroed past each length (holds h0[1] there)",
                "must_mention": ["zero", {"any": ["past", "after", "beyond", "padding", "padded"]}],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_b = np.zeros((T, B, H))\n    h, c = h0[1], c0[1]\n    for t in reversed(range(T)):\n        valid = (t < lengths)[:, None]\n        hh, cc = lstm_cell(x[t], h, c, *bwd)\n        h = np.where(valid, hh, h)\n        c = np.where(valid, cc, c)\n        out_b[t] = h\n    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, h]), np.stack([cf, c]))\n',
    },
    {
        "id": "bl_c0_rows",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c0's rows swapped: forward starts from c0[1], reverse from c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "c0[0]",
                            "c0[1]",
                            "row 0",
                            "row 1",
                            "swapped",
                            "forward direction's initial",
                            "reverse direction's initial",
                            "rows of c0",
                            "initial cell state",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef reverse_padded(a, lengths):\n    """Reverse each sequence over its own steps; padding stays (zero) at the end."""\n    r = np.zeros_like(a)\n    for b, L in enumerate(lengths):\n        L = int(L)\n        r[:L, b] = a[:L, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[1], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[0], *bwd)\n    out = np.concatenate([out_f, reverse_padded(out_b, lengths)], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_flip_offbyone",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "per-sequence reversal x[n:0:-1] is off by one: reads x[n] (padding) and drops x[0]",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "shifted",
                            "x[lengths[b]]",
                            "x[n]",
                            "drops x_0",
                            "misses x_0",
                            "one step",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef flip_each(a, lengths):\n    r = np.zeros_like(a)\n    for b in range(a.shape[1]):\n        n = int(lengths[b])\n        r[:n, b] = a[n:0:-1, b]\n    return r\n\n\ndef unflip_each(a, lengths):\n    r = np.zeros_like(a)\n    for b in range(a.shape[1]):\n        n = int(lengths[b])\n        r[:n, b] = a[:n, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    ob, (hb, cb) = lstm_layer_lengths(flip_each(x, lengths), lengths, h0[1], c0[1], *bwd)\n    return np.concatenate([of, unflip_each(ob, lengths)], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_inplace_x",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses each sequence of x in place: the caller's x is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    for b in range(B):\n        L = int(lengths[b])\n        x[:L, b] = x[:L, b][::-1].copy()\n    out_b, (hb, cb) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n    for b in range(B):\n        L = int(lengths[b])\n        out_b[:L, b] = out_b[:L, b][::-1].copy()\n    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl2_global_swap",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs on the whole padded sequence from T-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real step",
                            "last valid step",
                            "T - 1",
                            "T-1",
                            "whole padded",
                            "own length",
                        ]
                    }
                ],
            },
            {
                "what": "halves of out swapped (reverse first)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "other way round",
                            "backward half first",
                            "reverse half first",
                            "reverse direction first",
                            "halves in the wrong order",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T = x.shape[0]\n    f_out, (f_h, f_c) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    full = np.full(len(lengths), T)\n    r_out, (r_h, r_c) = lstm_layer_lengths(x[::-1], full, h0[1], c0[1], *bwd)\n    r_out = r_out[::-1]\n    keep = np.arange(T)[:, None, None] < np.asarray(lengths)[None, :, None]\n    out = np.concatenate([r_out * keep, f_out], axis=-1)\n    return out, (np.stack([f_h, r_h]), np.stack([f_c, r_c]))\n',
    },
    {
        "id": "bl2_hnpos_fwdboth",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of h_n taken at the last real step instead of step 0",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "position 0",
                            "step 0",
                            "t = 0",
                            "after step 0",
                            "t=0",
                            "its last step",
                            "first position",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction uses fwd's weights",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "reverse weights",
                            "reverse direction's weights",
                            "forward weights",
                            "fwd",
                            "_reverse",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))\n    for b in range(B):\n        L = int(lengths[b])\n        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n        for t in range(L):\n            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n            out[t, b, :H] = h[0]\n        h_n[0, b], c_n[0, b] = h[0], c[0]\n        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n        for t in range(L - 1, -1, -1):\n            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n            out[t, b, H:] = h[0]\n        c_n[1, b] = c[0]\n        h_n[1, b] = out[L - 1, b, H:]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl2_noflip_c0rows",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "order in time",
                            "reversed in time",
                            "put back",
                            "back in order",
                            "not re-reversed",
                            "reading order",
                            "reversed order",
                        ]
                    }
                ],
            },
            {
                "what": "c0 rows swapped between directions",
                "must_mention": [
                    {
                        "any": [
                            "c0[0]",
                            "c0[1]",
                            "row 0",
                            "row 1",
                            "swapped",
                            "forward direction's initial",
                            "reverse direction's initial",
                            "rows of c0",
                            "initial cell state",
                        ]
                    }
                ],
            },
        ],
        "source": '\nimport numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\ndef reverse_padded(a, lengths):\n    """Reverse each sequence over its own steps; padding stays (zero) at the end."""\n    r = np.zeros_like(a)\n    for b, L in enumerate(lengths):\n        L = int(L)\n        r[:L, b] = a[:L, b][::-1]\n    return r\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[1], *fwd)\n    out_b, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], c0[0], *bwd)\n    out = np.concatenate([out_f, out_b], axis=-1)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
]
