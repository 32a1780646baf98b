# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twelfth blind corpus, kept as its two authors wrote it (/work/blind12a and /work/blind12b,
split by graded names as for corpora 10 and 11; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, asked for a third of subtle mistakes and a
few that crash only in some cases, after the engine's eighth round (run on 7f305d2); the words a
message must contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_where",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n",
    },
    {
        "id": "sig_ok_mask",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.array(z, dtype=float)          # my own copy\n    out = np.empty_like(z)\n    pos = z >= 0\n    neg = ~pos\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n    ez = np.exp(z[neg])\n    out[neg] = ez / (1.0 + ez)\n    return out\n",
    },
    {
        "id": "sig_ok_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    # sigma(z) = exp(-log(1 + e^{-z})) = exp(-logaddexp(0, -z)), stable for every z\n    z = np.asarray(z, dtype=np.float64)\n    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula: np.exp(-z) overflows for z around -1000",
                "must_mention": [{"any": ["overflow"]}],
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
                "what": "np.where evaluates both branches, so np.exp(-z) and np.exp(z) still overflow",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    # use the stable form for negative z, as the hint says\n    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_neg_branch_flipped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "negative branch computes 1/(1+e^z) = sigma(-z): wrong values for z < 0",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "z<0",
                            "σ(-z)",
                            "sigma(-z)",
                            "1 - σ",
                            "1 - sigma",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    out = np.zeros_like(z)\n    p = z >= 0\n    out[p] = 1 / (1 + np.exp(-z[p]))\n    out[~p] = 1 / (1 + np.exp(z[~p]))     # stable version for z < 0\n    return out\n",
    },
    {
        "id": "sig_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [{"what": "result buffer allocated as float32", "must_mention": ["float32"]}],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z)\n    out = np.empty(z.shape, dtype=np.float32)\n    e = np.exp(-np.abs(z))\n    out[...] = np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n    return out\n",
    },
    {
        "id": "sig_inplace_abs",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the caller's z with |z| (input modified)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    neg = z < 0\n    np.abs(z, out=z)          # z is now |z|, saves memory\n    e = np.exp(-z)\n    s = 1.0 / (1.0 + e)\n    s[neg] = e[neg] / (1.0 + e[neg])\n    return s\n",
    },
    {
        "id": "sig_loop_1d",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the first axis with math.exp: only works for 1-D z (crashes on 0-d or 2-D)",
                "must_mention": [
                    {
                        "any": [
                            "1-d",
                            "2-d",
                            "0-d",
                            "ndim",
                            "dimension",
                            "any shape",
                            "scalar",
                            "zero-dim",
                            "multi",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\nimport numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    result = []\n    for v in z:\n        if v >= 0:\n            result.append(1 / (1 + math.exp(-v)))\n        else:\n            result.append(math.exp(v) / (1 + math.exp(v)))\n    return np.array(result)\n",
    },
    {
        "id": "sig_dbl_ravel_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "result is flattened: shape of z not kept",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-d"]}],
            },
            {"what": "computes in float32", "must_mention": ["float32"]},
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    flat = np.ravel(z).astype(np.float32)\n    e = np.exp(-np.abs(flat))\n    return np.where(flat >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_dbl_clip_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-15, 15]: saturated, wrong values for |z| > 15",
                "must_mention": [{"any": ["clip", "saturat", "15"]}],
            },
            {
                "what": "clips in place: the caller's z is modified",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged", "overwr"]}
                ],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    # clip so exp can't overflow\n    np.clip(z, -15, 15, out=z)\n    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gates_ok_split",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_pergate_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\ndef sigmoid(z):\n    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = W_hh.shape[1]\n    pre = []\n    for k in range(4):                     # i, f, g, o\n        rows = slice(k * H, (k + 1) * H)\n        z = (np.einsum("bi,hi->bh", x, W_ih[rows]) + b_ih[rows]\n             + np.einsum("bj,hj->bh", h, W_hh[rows]) + b_hh[rows])\n        pre.append(z)\n    i = sigmoid(pre[0]); f = sigmoid(pre[1]); g = np.tanh(pre[2]); o = sigmoid(pre[3])\n    return (i, f, g, o)\n',
    },
    {
        "id": "gates_ok_colvec",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    # math convention: columns are examples\n    A = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]   # (4H, B)\n    H = A.shape[0] // 4\n    i = sigmoid(A[0:H]).T\n    f = sigmoid(A[H:2 * H]).T\n    g = np.tanh(A[2 * H:3 * H]).T\n    o = sigmoid(A[3 * H:]).T\n    return i, f, g, o\n",
    },
    {
        "id": "gates_keras_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes W (4H, I) to (I, 4H) instead of transposing it (Keras kernel layout)",
                "must_mention": [{"any": ["reshape", "transpos"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    I, H = x.shape[1], h.shape[1]\n    kernel = W_ih.reshape(I, 4 * H)            # Keras layout (I, 4H)\n    recurrent_kernel = W_hh.reshape(H, 4 * H)\n    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n    i, f, c, o = np.split(z, 4, axis=-1)\n    return sigmoid(i), sigmoid(f), np.tanh(c), sigmoid(o)\n",
    },
    {
        "id": "gates_cs231n_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks in CS231n's order i, f, o, g: g and o read each other's rows",
                "must_mention": [{"any": ["order", "swap"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n    ai, af, ao, ag = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n    return i, f, g, o\n",
    },
    {
        "id": "gates_sigmoid_on_g",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies the sigmoid to the candidate g instead of tanh",
                "must_mention": ["tanh", {"any": ["sigmoid", "σ"]}],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    gates = sigmoid(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)   # all four gates are sigmoids\n    i, f, g, o = np.split(gates, 4, axis=1)\n    return i, f, g, o\n",
    },
    {
        "id": "gates_no_b_hh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "forgets the recurrent bias b_hh", "must_mention": ["b_hh"]}],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    pre = x @ W_ih.T + h @ W_hh.T + b_ih     # one bias per layer\n    H = pre.shape[1] // 4\n    return (sigmoid(pre[:, :H]), sigmoid(pre[:, H:2 * H]),\n            np.tanh(pre[:, 2 * H:3 * H]), sigmoid(pre[:, 3 * H:]))\n",
    },
    {
        "id": "gates_H_from_x",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the block size from x.shape[1] (the input size I) instead of H: wrong whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "input size",
                            "input_size",
                            "I instead of H",
                            "I ≠ H",
                            "I != H",
                            "x.shape[1]",
                            "(B, I)",
                            "I features",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    B, n = x.shape                 # n units\n    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n    i = sigmoid(z[:, 0:n])\n    f = sigmoid(z[:, n:2 * n])\n    g = np.tanh(z[:, 2 * n:3 * n])\n    o = sigmoid(z[:, 3 * n:4 * n])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_squeeze_batch1",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1: gates come back (H,) instead of (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "single example",
                            "one row",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    z = np.squeeze(x @ W_ih.T + h @ W_hh.T) + b_ih + b_hh\n    i, f, g, o = np.split(z, 4, axis=-1)\n    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits along axis 0 (the batch) instead of the gate axis 1",
                "must_mention": [
                    {
                        "any": [
                            "axis 0",
                            "axis=0",
                            "batch axis",
                            "along the batch",
                            "rows instead",
                            "first axis",
                            "wrong axis",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.array_split(a, 4)\n    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b = b_ih aliases the argument; b += b_hh modifies b_ih in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged", "overwr"]},
                    "b_ih",
                ],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    b = b_ih\n    b += b_hh                      # combine the two biases once\n    a = x @ W_ih.T + h @ W_hh.T + b\n    H = h.shape[-1]\n    return sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n",
    },
    {
        "id": "gates_dbl_ifog_nobias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in the order i, f, o, g (g and o exchanged)",
                "must_mention": [{"any": ["order", "swap"]}],
            },
            {"what": "forgets b_hh", "must_mention": ["b_hh"]},
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + h @ W_hh.T + b_ih\n    i = sigmoid(a[:, 0*H:1*H])\n    f = sigmoid(a[:, 1*H:2*H])\n    o = sigmoid(a[:, 2*H:3*H])\n    g = np.tanh(a[:, 3*H:4*H])\n    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_copypaste_tanh_o",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "copy-paste: W_hf takes W_hh[:H] (the input gate's rows) instead of W_hh[H:2H]",
                "must_mention": [
                    {"any": ["W_hh[0:H]", "W_hh[:H]", "W_hi", "input gate's rows"]},
                    {"any": ["forget"]},
                ],
            },
            {
                "what": "output gate uses tanh instead of the sigmoid",
                "must_mention": ["tanh", {"any": ["output gate", "o:", " o ", "o_t", "gate o"]}],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\ndef lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    W_ii, W_if, W_ig, W_io = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n    W_hi, W_hf, W_hg, W_ho = W_hh[:H], W_hh[:H], W_hh[2*H:3*H], W_hh[3*H:]\n    b_i = b_ih[:H] + b_hh[:H]\n    b_f = b_ih[H:2*H] + b_hh[H:2*H]\n    b_g = b_ih[2*H:3*H] + b_hh[2*H:3*H]\n    b_o = b_ih[3*H:] + b_hh[3*H:]\n    i = sigmoid(x @ W_ii.T + h @ W_hi.T + b_i)\n    f = sigmoid(x @ W_if.T + h @ W_hf.T + b_f)\n    g = np.tanh(x @ W_ig.T + h @ W_hg.T + b_g)\n    o = np.tanh(x @ W_io.T + h @ W_ho.T + b_o)\n    return i, f, g, o\n",
    },
    {
        "id": "cell_ok_canon",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(gates, 4, axis=1)\n    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_ok_concat",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # the [x; h] form: one big matrix\n    xh = np.concatenate([x, h], axis=1)            # (B, I+H)\n    W = np.concatenate([W_ih, W_hh], axis=1)       # (4H, I+H)\n    z = xh @ W.T + (b_ih + b_hh)\n    H = c.shape[1]\n    i_t = sigmoid(z[:, :H])\n    f_t = sigmoid(z[:, H:2 * H])\n    g_t = np.tanh(z[:, 2 * H:3 * H])\n    o_t = sigmoid(z[:, 3 * H:])\n    c_t = f_t * c + i_t * g_t\n    return o_t * np.tanh(c_t), c_t\n',
    },
    {
        "id": "cell_ok_rowloop",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B, H = h.shape\n    h_next = np.zeros((B, H))\n    c_next = np.zeros((B, H))\n    for b in range(B):\n        xb = x[b].reshape(-1, 1)                  # column vectors\n        hb = h[b].reshape(-1, 1)\n        z = W_ih @ xb + b_ih.reshape(-1, 1) + W_hh @ hb + b_hh.reshape(-1, 1)\n        i = sigmoid(z[0:H, 0])\n        f = sigmoid(z[H:2 * H, 0])\n        g = np.tanh(z[2 * H:3 * H, 0])\n        o = sigmoid(z[3 * H:4 * H, 0])\n        c_next[b] = f * c[b] + i * g\n        h_next[b] = o * np.tanh(c_next[b])\n    return h_next, c_next\n',
    },
    {
        "id": "cell_returns_c_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    h_new = sigmoid(o) * np.tanh(c_new)\n    return c_new, h_new\n',
    },
    {
        "id": "cell_no_tanh_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: forgets the tanh of the cell state",
                "must_mention": ["tanh"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    h_next = sigmoid(o) * c_next\n    return h_next, c_next\n',
    },
    {
        "id": "cell_old_c_in_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the previous c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old c",
                            "c instead of c_next",
                            "c_prev",
                            "given c",
                            "input c",
                            "before the update",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n    h_next = o * np.tanh(c)\n    c_next = f * c + i * g\n    return h_next, c_next\n',
    },
    {
        "id": "cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "own naive sigmoid: overflows for large pre-activations",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    sig = lambda z: 1.0 / (1.0 + np.exp(-z))\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    H = h.shape[1]\n    i, f, o = sig(a[:, :H]), sig(a[:, H:2*H]), sig(a[:, 3*H:])\n    g = np.tanh(a[:, 2*H:3*H])\n    c_next = f * c + i * g\n    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = c aliases the input; *= and += modify the caller's c",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    c_next = c\n    c_next *= sigmoid(f)\n    c_next += sigmoid(i) * np.tanh(g)\n    h_next = sigmoid(o) * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_cs231n_ifog",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks in CS231n's order i, f, o, g instead of i, f, g, o",
                "must_mention": [{"any": ["order", "swap"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # as in CS231n\'s lstm_step_forward\n    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n    ai, af, ao, ag = np.split(a, 4, axis=1)\n    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n    next_c = f * c + i * g\n    next_h = o * np.tanh(next_c)\n    return next_h, next_c\n',
    },
    {
        "id": "cell_i_f_swapped",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i*c + f*g: the input and forget gates exchanged in the cell update",
                "must_mention": [
                    {"any": ["forget", "f_t", "f ⊙", "f *"]},
                    {"any": ["input gate", "i_t", "i ⊙", "i *"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n    c_next = i * c + f * g        # keep with one gate, write with the other\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_b_ih_twice",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [{"what": "copy-paste: adds b_ih twice, b_hh never", "must_mention": ["b_hh"]}],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    zx = x @ W_ih.T + b_ih\n    zh = h @ W_hh.T + b_ih\n    i, f, g, o = np.split(zx + zh, 4, axis=1)\n    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    h_next = sigmoid(o) * np.tanh(c_next)\n    return h_next, c_next\n',
    },
    {
        "id": "cell_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [{"what": "casts everything to float32", "must_mention": ["float32"]}],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # float32 like PyTorch\n    x, h, c = x.astype(np.float32), h.astype(np.float32), c.astype(np.float32)\n    W_ih, W_hh = W_ih.astype(np.float32), W_hh.astype(np.float32)\n    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh).astype(np.float32)\n    i, f, g, o = np.split(a, 4, axis=1)\n    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    h_next = sigmoid(o) * np.tanh(c_next)\n    return h_next.astype(np.float32), c_next.astype(np.float32)\n',
    },
    {
        "id": "cell_colvec_c_not_T",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "column-vector gates (H, B) combined with c (B, H) without transposing c: broadcasts silently when B == H (or B or H is 1), crashes otherwise",
                "must_mention": [{"any": ["transpos", "c.T", "(H, B)", "orientation"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    # column-vector maths: z = W x + U h + b, examples in columns\n    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]     # (4H, B)\n    H = z.shape[0] // 4\n    i = sigmoid(z[:H]); f = sigmoid(z[H:2*H]); g = np.tanh(z[2*H:3*H]); o = sigmoid(z[3*H:])\n    c_new = f * c + i * g              # c is (B, H) but the gates are (H, B)\n    h_new = o * np.tanh(c_new)\n    return h_new.T, c_new.T\n',
    },
    {
        "id": "cell_dbl_order_oldc",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c, h) instead of (h, c)",
                "must_mention": [{"any": ["order", "swap"]}],
            },
            {
                "what": "h uses tanh of the old c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old c",
                            "c instead of c_next",
                            "c_prev",
                            "given c",
                            "input c",
                            "before the update",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f, g, o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n    h_t = o * np.tanh(c)\n    c_t = f * c + i * g\n    return c_t, h_t\n',
    },
    {
        "id": "cell_dbl_nobhh_naive",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "forgets b_hh", "must_mention": ["b_hh"]},
            {
                "what": "naive sigmoid overflows for large pre-activations",
                "must_mention": [{"any": ["overflow"]}],
            },
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + h @ W_hh.T + b_ih\n    i, f, g, o = np.split(a, 4, axis=1)\n    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n    h_next = sigmoid(o) * np.tanh(c_next)\n    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_keras_gsig",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the (4H, I) weights to (I, 4H) instead of transposing",
                "must_mention": [{"any": ["reshape", "transpos"]}],
            },
            {
                "what": "candidate g through the sigmoid instead of tanh",
                "must_mention": ["tanh", {"any": ["sigmoid", "σ"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    kernel = W_ih.reshape(-1, 4 * H)          # (I, 4H) like Keras\n    rec = W_hh.reshape(H, 4 * H)\n    z = x @ kernel + h @ rec + b_ih + b_hh\n    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H])\n    g = sigmoid(z[:, 2*H:3*H]); o = sigmoid(z[:, 3*H:])\n    c = f * c + i * g\n    return o * np.tanh(c), c\n',
    },
    {
        "id": "layer_ok_canon",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    outs = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    out = np.stack(outs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_ok_prealloc",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    time_axis = 1 if batch_first else 0\n    T = x.shape[time_axis]\n    B = x.shape[1 - time_axis]\n    H = W_hh.shape[-1]\n    h_t = np.zeros((B, H)) if h0 is None else h0.copy()\n    c_t = np.zeros((B, H)) if c0 is None else c0.copy()\n    out = np.zeros((B, T, H)) if batch_first else np.zeros((T, B, H))\n    for t in range(T):\n        x_t = x[:, t, :] if batch_first else x[t]\n        h_t, c_t = lstm_cell(x_t, h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n        if batch_first:\n            out[:, t, :] = h_t\n        else:\n            out[t] = h_t\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_ok_einsum_precompute",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    X = np.swapaxes(x, 0, 1) if batch_first else x           # (T, B, I)\n    T, B = X.shape[:2]\n    H = W_hh.shape[1]\n    Zx = np.einsum("tbi,gi->tbg", X, W_ih) + b_ih            # input part of every step at once\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    hs = np.empty((T, B, H))\n    t = 0\n    while t < T:\n        z = Zx[t] + h @ W_hh.T + b_hh\n        i, f, g, o = (sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]),\n                      np.tanh(z[:, 2*H:3*H]), sigmoid(z[:, 3*H:]))\n        c = f * c + i * g\n        h = o * np.tanh(c)\n        hs[t] = h\n        t += 1\n    out = np.swapaxes(hs, 0, 1).copy() if batch_first else hs\n    return out, (h, c)\n',
    },
    {
        "id": "layer_out_shifted",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] holds h_{t-1}: the list starts with h0 and the last state is dropped",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "one step",
                            "h_{t-1}",
                            "off by one",
                            "off-by-one",
                            "initial state at",
                            "h0 at",
                            "lags",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = np.transpose(x, (1, 0, 2))\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = h0 if h0 is not None else np.zeros((B, H))\n    c = c0 if c0 is not None else np.zeros((B, H))\n    hs = [h]                                   # h_{-1}, then h_0, h_1, ...\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n    out = np.stack(hs[:-1])                    # T of them\n    if batch_first:\n        out = np.transpose(out, (1, 0, 2))\n    return out, (hs[-1], c)\n',
    },
    {
        "id": "layer_none_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero state built with np.zeros_like(x_t): shape (B, I), not (B, H); crashes when h0 is None and I != H",
                "must_mention": [
                    {
                        "any": [
                            "(B, I)",
                            "input_size",
                            "input size",
                            "I instead of H",
                            "I ≠ H",
                            "I != H",
                            "zeros_like(x",
                            "shape of x",
                            "x's shape",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    xs = np.moveaxis(x, 1, 0) if batch_first else x\n    if h0 is None:\n        h0 = np.zeros_like(xs[0])\n    if c0 is None:\n        c0 = np.zeros_like(xs[0])\n    h, c = h0, c0\n    outputs = []\n    for x_t in xs:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outputs.append(h)\n    out = np.array(outputs)\n    return (np.moveaxis(out, 0, 1) if batch_first else out), (h, c)\n',
    },
    {
        "id": "layer_bf_not_transposed_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, out is not transposed back: returned (T, B, H) instead of (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["transpos", "(T, B, H)", "swap", "axes", "time first", "time-major"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.swapaxes(0, 1)\n    T, B = x.shape[0], x.shape[1]\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = []\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out.append(h)\n    return np.stack(out), (h, c)\n',
    },
    {
        "id": "layer_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state is never carried: every step starts from c0",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "never updated",
                            "not updated",
                            "c_{t-1}",
                            "previous step",
                            "same c",
                            "initial cell state at every",
                            "every step",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, I = x.shape\n    H = W_hh.shape[1]\n    h_prev = np.zeros((B, H)) if h0 is None else h0\n    c_prev = np.zeros((B, H)) if c0 is None else c0\n    hs = []\n    for t in range(T):\n        h_t, c_t = lstm_cell(x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n        h_prev = h_t\n        hs.append(h_t)\n    out = np.stack(hs, axis=0)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h_t, c_t)\n',
    },
    {
        "id": "layer_bf_hn_from_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n = out[-1] after transposing back: with batch_first that is the last batch row, not the last step",
                "must_mention": [
                    {
                        "any": [
                            "out[-1]",
                            "out[:, -1]",
                            "last batch row",
                            "batch row",
                            "last row",
                            "last example",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    h_n = out[-1]                    # the last output is the final hidden state\n    return out, (h_n, c)\n',
    },
    {
        "id": "layer_alias_buffer",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same buffer h every step: every out[t] equals the last h",
                "must_mention": [
                    {
                        "any": [
                            "same",
                            "alias",
                            "cop",
                            "identical",
                            "every step equal",
                            "last step",
                            "equal to h_n",
                            "all steps",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H))\n    c = np.zeros((B, H))\n    if h0 is not None:\n        h[:] = h0\n    if c0 is not None:\n        c[:] = c0\n    out = []\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[:] = h_new                 # reuse the buffers\n        c[:] = c_new\n        out.append(h)\n    out = np.stack(out)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_h0_modified",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 without a copy, then h[...] = ...: the caller's h0 and c0 are overwritten",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.empty((T, B, H))\n    for t in range(T):\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[...] = h_new               # update the state in place\n        c[...] = c_new\n        out[t] = h\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h.copy(), c.copy())\n',
    },
    {
        "id": "layer_ignores_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: a (B, T, I) input is run as if it were (T, B, I)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "as if",
                            "treated as",
                            "axis 0 as time",
                            "batch as time",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    T, B, I = x.shape            # (seq, batch, feature)\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "layer_out_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out allocated like x, (T, B, I): crashes when I != H, broadcasts silently when H == 1",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "(T, B, I)",
                            "(B, T, I)",
                            "input size",
                            "input_size",
                            "I instead of H",
                            "shape of x",
                            "x's shape",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    seq = x if not batch_first else x.transpose(1, 0, 2)\n    T, B, _ = seq.shape\n    H = W_hh.shape[1]\n    h = h0 if h0 is not None else np.zeros((B, H))\n    c = c0 if c0 is not None else np.zeros((B, H))\n    out = np.zeros_like(seq)         # one output per step\n    for t in range(T):\n        h, c = lstm_cell(seq[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_dbl_shift_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h before the step: out[t] is h_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "one step",
                            "h_{t-1}",
                            "off by one",
                            "off-by-one",
                            "initial state at",
                            "h0 at",
                            "lags",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first, out is not transposed back to (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["transpos", "(T, B, H)", "swap", "axes", "time first", "time-major"]},
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B = x.shape[:2]\n    H = W_hh.shape[1]\n    h = np.zeros((B, H)) if h0 is None else h0\n    c = np.zeros((B, H)) if c0 is None else c0\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        out[t] = h                   # store the state, then step\n        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_dbl_alias_zeros_bi",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero state of shape (B, I) when h0 is None (crashes when I != H)",
                "must_mention": [
                    {
                        "any": [
                            "(B, I)",
                            "input_size",
                            "input size",
                            "I instead of H",
                            "I ≠ H",
                            "I != H",
                            "zeros_like(x",
                            "shape of x",
                            "x's shape",
                        ]
                    }
                ],
            },
            {
                "what": "appends the same buffer every step: all out[t] equal the final h",
                "must_mention": [
                    {
                        "any": [
                            "same",
                            "alias",
                            "cop",
                            "identical",
                            "every step equal",
                            "last step",
                            "equal to h_n",
                            "all steps",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T = x.shape[0]\n    h = np.zeros_like(x[0]) if h0 is None else h0.copy()\n    c = np.zeros_like(x[0]) if c0 is None else c0.copy()\n    hs = []\n    for t in range(T):\n        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[:], c[:] = h2, c2\n        hs.append(h)\n    out = np.stack(hs)\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h, c)\n',
    },
    {
        "id": "layer_dbl_cnotcarried_modify",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c is never carried: every step uses c0",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "never updated",
                            "not updated",
                            "c_{t-1}",
                            "previous step",
                            "same c",
                            "initial cell state at every",
                            "every step",
                        ]
                    }
                ],
            },
            {
                "what": "writes the new h into the caller's h0 (input modified)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "in-place", "unchanged", "overwr"]}
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + e^{-z})."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each (B, H)."""\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, f, g, o\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n    if batch_first:\n        x = x.transpose(1, 0, 2)\n    T, B, _ = x.shape\n    H = W_hh.shape[1]\n    if h0 is None:\n        h0 = np.zeros((B, H))\n    if c0 is None:\n        c0 = np.zeros((B, H))\n    out = np.zeros((T, B, H))\n    for t in range(T):\n        h0[:], c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n        out[t] = h0\n    if batch_first:\n        out = out.transpose(1, 0, 2)\n    return out, (h0, c)\n',
    },
    {
        "id": "sc_ok_dict",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_ok_attrs",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\nclass ScratchLSTM:\n    """nn.LSTM in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.names = []\n        rng = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        dirs = ["", "_reverse"] if bidirectional else [""]\n        for l in range(num_layers):\n            in_size = input_size if l == 0 else hidden_size * len(dirs)\n            for s in dirs:\n                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n                          ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{s}"\n                    setattr(self, name, bound * (2 * rng.random(shape) - 1))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {n: getattr(self, n).copy() for n in self.names}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for n in self.names:\n            v = np.array(state[n], dtype=np.float64)\n            if v.shape != getattr(self, n).shape:\n                raise ValueError(f"{n} has shape {v.shape}, expected {getattr(self, n).shape}")\n            setattr(self, n, v)\n\n    @staticmethod\n    def _sig(z):\n        return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n    def _direction(self, seq, h, c, l, s):\n        W = getattr(self, f"weight_ih_l{l}{s}")\n        U = getattr(self, f"weight_hh_l{l}{s}")\n        b = (getattr(self, f"bias_ih_l{l}{s}") + getattr(self, f"bias_hh_l{l}{s}")) if self.bias else 0.0\n        H = self.H\n        hs = []\n        for x_t in seq:\n            a = x_t @ W.T + h @ U.T + b\n            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        B = seq.shape[1]\n        dirs = ["", "_reverse"] if self.bidirectional else [""]\n        D = len(dirs)\n        if hx is None:\n            zeros = np.zeros((self.num_layers * D, B, self.H))\n            hx = (zeros, zeros)\n        h0, c0 = hx\n        hn, cn = [], []\n        for l in range(self.num_layers):\n            outs = []\n            for d, s in enumerate(dirs):\n                if s == "_reverse":\n                    ys, h, c = self._direction(seq[::-1], h0[l * D + d], c0[l * D + d], l, s)\n                    ys = ys[::-1]\n                else:\n                    ys, h, c = self._direction(seq, h0[l * D + d], c0[l * D + d], l, s)\n                outs.append(ys)\n                hn.append(h)\n                cn.append(c)\n            seq = np.concatenate(outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "sc_ok_cells",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x, h, c, p, H):\n    z = x @ p["Wi"].T + h @ p["Wh"].T\n    if "bi" in p:\n        z += p["bi"] + p["bh"]\n    i, f, g, o = sigm(z[:, :H]), sigm(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), sigm(z[:, 3*H:])\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.D = 2 if bidirectional else 1\n        gen = np.random.default_rng(seed)\n        a = 1 / np.sqrt(hidden_size)\n        self.cells = []                      # self.cells[k][d] = dict of arrays\n        for k in range(num_layers):\n            row = []\n            for d in range(self.D):\n                n_in = input_size if k == 0 else self.D * hidden_size\n                p = {"Wi": gen.uniform(-a, a, size=(4 * hidden_size, n_in)),\n                     "Wh": gen.uniform(-a, a, size=(4 * hidden_size, hidden_size))}\n                if bias:\n                    p["bi"] = gen.uniform(-a, a, size=4 * hidden_size)\n                    p["bh"] = gen.uniform(-a, a, size=4 * hidden_size)\n                row.append(p)\n            self.cells.append(row)\n\n    NAMES = {"Wi": "weight_ih", "Wh": "weight_hh", "bi": "bias_ih", "bh": "bias_hh"}\n\n    def state_dict(self):\n        sd = {}\n        for k, row in enumerate(self.cells):\n            for d, p in enumerate(row):\n                for short, long in self.NAMES.items():\n                    if short in p:\n                        sd[f"{long}_l{k}" + ("_reverse" if d else "")] = p[short].copy()\n        return sd\n\n    def load_state_dict(self, state):\n        for k, row in enumerate(self.cells):\n            for d, p in enumerate(row):\n                for short in list(p):\n                    key = f"{self.NAMES[short]}_l{k}" + ("_reverse" if d else "")\n                    p[short] = np.array(state[key], dtype=np.float64, copy=True)\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = np.transpose(x, (1, 0, 2))\n        T, B = x.shape[0], x.shape[1]\n        H, D = self.H, self.D\n        if hx is None:\n            h0 = np.zeros((self.L * D, B, H)); c0 = np.zeros((self.L * D, B, H))\n        else:\n            h0, c0 = hx\n        hn = np.empty((self.L * D, B, H)); cn = np.empty((self.L * D, B, H))\n        inp = x\n        for k in range(self.L):\n            out = np.empty((T, B, D * H))\n            for d in range(D):\n                h, c = h0[k * D + d], c0[k * D + d]\n                order = range(T) if d == 0 else reversed(range(T))\n                for t in order:\n                    h, c = step(inp[t], h, c, self.cells[k][d], H)\n                    out[t, :, d * H:(d + 1) * H] = h\n                hn[k * D + d], cn[k * D + d] = h, c\n            inp = out\n        if self.batch_first:\n            inp = np.transpose(inp, (1, 0, 2))\n        return inp, (hn, cn)\n',
    },
    {
        "id": "sc_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in processing order, not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "back in order",
                            "index t",
                            "[::-1]",
                            "reversed order",
                            "stored at",
                            "backwards in time",
                            "in reverse order",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\nclass ScratchLSTM:\n    """nn.LSTM in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.names = []\n        rng = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        dirs = ["", "_reverse"] if bidirectional else [""]\n        for l in range(num_layers):\n            in_size = input_size if l == 0 else hidden_size * len(dirs)\n            for s in dirs:\n                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n                          ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{s}"\n                    setattr(self, name, bound * (2 * rng.random(shape) - 1))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {n: getattr(self, n).copy() for n in self.names}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for n in self.names:\n            v = np.array(state[n], dtype=np.float64)\n            if v.shape != getattr(self, n).shape:\n                raise ValueError(f"{n} has shape {v.shape}, expected {getattr(self, n).shape}")\n            setattr(self, n, v)\n\n    @staticmethod\n    def _sig(z):\n        return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n    def _direction(self, seq, h, c, l, s):\n        W = getattr(self, f"weight_ih_l{l}{s}")\n        U = getattr(self, f"weight_hh_l{l}{s}")\n        b = (getattr(self, f"bias_ih_l{l}{s}") + getattr(self, f"bias_hh_l{l}{s}")) if self.bias else 0.0\n        H = self.H\n        hs = []\n        for x_t in seq:\n            a = x_t @ W.T + h @ U.T + b\n            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        B = seq.shape[1]\n        dirs = ["", "_reverse"] if self.bidirectional else [""]\n        D = len(dirs)\n        if hx is None:\n            zeros = np.zeros((self.num_layers * D, B, self.H))\n            hx = (zeros, zeros)\n        h0, c0 = hx\n        hn, cn = [], []\n        for l in range(self.num_layers):\n            outs = []\n            for d, s in enumerate(dirs):\n                if s == "_reverse":\n                    ys, h, c = self._direction(seq[::-1], h0[l * D + d], c0[l * D + d], l, s)\n                else:\n                    ys, h, c = self._direction(seq, h0[l * D + d], c0[l * D + d], l, s)\n                outs.append(ys)\n                hn.append(h)\n                cn.append(c)\n            seq = np.concatenate(outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "sc_rev_hn_from_out_last",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1] (its state after x_{T-1} only) instead of its state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "out[-1",
                            "x_0",
                            "after reading x_0",
                            "state after x",
                            "last step instead",
                            "first step",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = out_d[-1]        # final hidden = last output\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_rows_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows indexed d * L + layer (direction-major) instead of layer * D + d; wrong only with several layers and both directions",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D+d",
                            "layer * D",
                            "layer by layer",
                            "d * L",
                            "direction-major",
                            "direction first",
                            "row order",
                            "order of the rows",
                            "rows of h_0",
                            "rows of h_n",
                            "interleav",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = d * L + layer\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_bias_false_keeps_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias_ih/bias_hh (zeros): the state_dict has keys nn.LSTM(bias=False) does not have",
                "must_mention": [
                    {
                        "any": [
                            "extra",
                            "unexpected",
                            "should not",
                            "no bias",
                            "not have",
                            "too many",
                        ]
                    },
                    {"any": ["bias"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n                else:  # no bias: zeros\n                    self.params["bias_ih" + sfx] = np.zeros(4 * H)\n                    self.params["bias_hh" + sfx] = np.zeros(4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = []\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_layer_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer's weight_ih reads input_size features; layers > 0 must read H * D",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "H*D",
                            "D*H",
                            "2H",
                            "2 * H",
                            "hidden_size * D",
                            "weight_ih_l1",
                            "layer 1",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_init_unit_bound",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises uniformly in [-1, 1] instead of [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [{"any": ["1/sqrt", "1/√", "√H", "sqrt", "bound"]}],
            }
        ],
        "source": 'import numpy as np\n\n\nclass ScratchLSTM:\n    """nn.LSTM in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.names = []\n        rng = np.random.default_rng(seed)\n        bound = 1.0\n        dirs = ["", "_reverse"] if bidirectional else [""]\n        for l in range(num_layers):\n            in_size = input_size if l == 0 else hidden_size * len(dirs)\n            for s in dirs:\n                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n                          ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{s}"\n                    setattr(self, name, bound * (2 * rng.random(shape) - 1))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {n: getattr(self, n).copy() for n in self.names}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for n in self.names:\n            v = np.array(state[n], dtype=np.float64)\n            if v.shape != getattr(self, n).shape:\n                raise ValueError(f"{n} has shape {v.shape}, expected {getattr(self, n).shape}")\n            setattr(self, n, v)\n\n    @staticmethod\n    def _sig(z):\n        return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n    def _direction(self, seq, h, c, l, s):\n        W = getattr(self, f"weight_ih_l{l}{s}")\n        U = getattr(self, f"weight_hh_l{l}{s}")\n        b = (getattr(self, f"bias_ih_l{l}{s}") + getattr(self, f"bias_hh_l{l}{s}")) if self.bias else 0.0\n        H = self.H\n        hs = []\n        for x_t in seq:\n            a = x_t @ W.T + h @ U.T + b\n            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        B = seq.shape[1]\n        dirs = ["", "_reverse"] if self.bidirectional else [""]\n        D = len(dirs)\n        if hx is None:\n            zeros = np.zeros((self.num_layers * D, B, self.H))\n            hx = (zeros, zeros)\n        h0, c0 = hx\n        hn, cn = [], []\n        for l in range(self.num_layers):\n            outs = []\n            for d, s in enumerate(dirs):\n                if s == "_reverse":\n                    ys, h, c = self._direction(seq[::-1], h0[l * D + d], c0[l * D + d], l, s)\n                    ys = ys[::-1]\n                else:\n                    ys, h, c = self._direction(seq, h0[l * D + d], c0[l * D + d], l, s)\n                outs.append(ys)\n                hn.append(h)\n                cn.append(c)\n            seq = np.concatenate(outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "sc_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: the same seed gives different parameters",
                "must_mention": [{"any": ["seed"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng()\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_state_dict_alias",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (a shallow dict copy): changing them changes the module",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "alias",
                            "same array",
                            "shares",
                            "later change",
                            "changing the",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return dict(self.params)\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_bf_hn_transposed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, also transposes h_n and c_n (they are never batch first)",
                "must_mention": [
                    {
                        "any": [
                            "never batch",
                            "regardless",
                            "whatever batch_first",
                            "not batch first",
                            "not batch-first",
                            "(num_layers * D, B, H)",
                            "(L * D, B, H)",
                            "(L*D, B, H)",
                            "even with batch_first",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n            h_n = h_n.transpose(1, 0, 2)\n            c_n = c_n.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_next_layer_fwd_only",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k+1 reads only the forward direction's output instead of both directions concatenated (crashes with 2+ bidirectional layers)",
                "must_mention": [
                    {
                        "any": [
                            "both directions",
                            "forward and reverse",
                            "D * H",
                            "2H",
                            "2 * H",
                            "concaten",
                            "H * D",
                            "forward only",
                            "only the forward",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\nclass ScratchLSTM:\n    """nn.LSTM in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.names = []\n        rng = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        dirs = ["", "_reverse"] if bidirectional else [""]\n        for l in range(num_layers):\n            in_size = input_size if l == 0 else hidden_size * len(dirs)\n            for s in dirs:\n                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n                          ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{s}"\n                    setattr(self, name, bound * (2 * rng.random(shape) - 1))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {n: getattr(self, n).copy() for n in self.names}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for n in self.names:\n            v = np.array(state[n], dtype=np.float64)\n            if v.shape != getattr(self, n).shape:\n                raise ValueError(f"{n} has shape {v.shape}, expected {getattr(self, n).shape}")\n            setattr(self, n, v)\n\n    @staticmethod\n    def _sig(z):\n        return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n    def _direction(self, seq, h, c, l, s):\n        W = getattr(self, f"weight_ih_l{l}{s}")\n        U = getattr(self, f"weight_hh_l{l}{s}")\n        b = (getattr(self, f"bias_ih_l{l}{s}") + getattr(self, f"bias_hh_l{l}{s}")) if self.bias else 0.0\n        H = self.H\n        hs = []\n        for x_t in seq:\n            a = x_t @ W.T + h @ U.T + b\n            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        B = seq.shape[1]\n        dirs = ["", "_reverse"] if self.bidirectional else [""]\n        D = len(dirs)\n        if hx is None:\n            zeros = np.zeros((self.num_layers * D, B, self.H))\n            hx = (zeros, zeros)\n        h0, c0 = hx\n        hn, cn = [], []\n        for l in range(self.num_layers):\n            outs = []\n            for d, s in enumerate(dirs):\n                if s == "_reverse":\n                    ys, h, c = self._direction(seq[::-1], h0[l * D + d], c0[l * D + d], l, s)\n                    ys = ys[::-1]\n                else:\n                    ys, h, c = self._direction(seq, h0[l * D + d], c0[l * D + d], l, s)\n                outs.append(ys)\n                hn.append(h)\n                cn.append(c)\n            seq = outs[0]          # the next layer reads the output\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "sc_rev_starts_from_fwd",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward direction's final state instead of its own initial state",
                "must_mention": [
                    {
                        "any": [
                            "own initial",
                            "its own",
                            "forward direction's final",
                            "forward's final",
                            "final state of the forward",
                            "reverse direction's initial",
                            "initial state of the reverse",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                h_init, c_init = (h0[row], c0[row]) if d == 0 else (h_last, c_last)\n                out_d, h_last, c_last = self._run(layer_in, h_init, c_init, sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the given arrays (np.asarray, no copy): later changes to state change the module",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "alias",
                            "same array",
                            "shares",
                            "later change",
                            "changing the",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\nclass ScratchLSTM:\n    """nn.LSTM in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.names = []\n        rng = np.random.default_rng(seed)\n        bound = hidden_size ** -0.5\n        dirs = ["", "_reverse"] if bidirectional else [""]\n        for l in range(num_layers):\n            in_size = input_size if l == 0 else hidden_size * len(dirs)\n            for s in dirs:\n                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n                          ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{s}"\n                    setattr(self, name, bound * (2 * rng.random(shape) - 1))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {n: getattr(self, n).copy() for n in self.names}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for n in self.names:\n            v = np.asarray(state[n], dtype=np.float64)\n            if v.shape != getattr(self, n).shape:\n                raise ValueError(f"{n} has shape {v.shape}, expected {getattr(self, n).shape}")\n            setattr(self, n, v)\n\n    @staticmethod\n    def _sig(z):\n        return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n    def _direction(self, seq, h, c, l, s):\n        W = getattr(self, f"weight_ih_l{l}{s}")\n        U = getattr(self, f"weight_hh_l{l}{s}")\n        b = (getattr(self, f"bias_ih_l{l}{s}") + getattr(self, f"bias_hh_l{l}{s}")) if self.bias else 0.0\n        H = self.H\n        hs = []\n        for x_t in seq:\n            a = x_t @ W.T + h @ U.T + b\n            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        B = seq.shape[1]\n        dirs = ["", "_reverse"] if self.bidirectional else [""]\n        D = len(dirs)\n        if hx is None:\n            zeros = np.zeros((self.num_layers * D, B, self.H))\n            hx = (zeros, zeros)\n        h0, c0 = hx\n        hn, cn = [], []\n        for l in range(self.num_layers):\n            outs = []\n            for d, s in enumerate(dirs):\n                if s == "_reverse":\n                    ys, h, c = self._direction(seq[::-1], h0[l * D + d], c0[l * D + d], l, s)\n                    ys = ys[::-1]\n                else:\n                    ys, h, c = self._direction(seq, h0[l * D + d], c0[l * D + d], l, s)\n                outs.append(ys)\n                hn.append(h)\n                cn.append(c)\n            seq = np.concatenate(outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "sc_dbl_rev_seed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "back in order",
                            "index t",
                            "[::-1]",
                            "reversed order",
                            "stored at",
                            "backwards in time",
                            "in reverse order",
                        ]
                    }
                ],
            },
            {"what": "seed ignored", "must_mention": [{"any": ["seed"]}]},
        ],
        "source": 'import numpy as np\n\n\nclass ScratchLSTM:\n    """nn.LSTM in NumPy."""\n\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.names = []\n        rng = np.random.default_rng()\n        bound = hidden_size ** -0.5\n        dirs = ["", "_reverse"] if bidirectional else [""]\n        for l in range(num_layers):\n            in_size = input_size if l == 0 else hidden_size * len(dirs)\n            for s in dirs:\n                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n                          ("weight_hh", (4 * hidden_size, hidden_size))]\n                if bias:\n                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * hidden_size,))]\n                for base, shape in shapes:\n                    name = f"{base}_l{l}{s}"\n                    setattr(self, name, bound * (2 * rng.random(shape) - 1))\n                    self.names.append(name)\n\n    def state_dict(self):\n        return {n: getattr(self, n).copy() for n in self.names}\n\n    def load_state_dict(self, state):\n        if set(state) != set(self.names):\n            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self.names))}")\n        for n in self.names:\n            v = np.array(state[n], dtype=np.float64)\n            if v.shape != getattr(self, n).shape:\n                raise ValueError(f"{n} has shape {v.shape}, expected {getattr(self, n).shape}")\n            setattr(self, n, v)\n\n    @staticmethod\n    def _sig(z):\n        return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n    def _direction(self, seq, h, c, l, s):\n        W = getattr(self, f"weight_ih_l{l}{s}")\n        U = getattr(self, f"weight_hh_l{l}{s}")\n        b = (getattr(self, f"bias_ih_l{l}{s}") + getattr(self, f"bias_hh_l{l}{s}")) if self.bias else 0.0\n        H = self.H\n        hs = []\n        for x_t in seq:\n            a = x_t @ W.T + h @ U.T + b\n            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            hs.append(h)\n        return np.stack(hs), h, c\n\n    def __call__(self, x, hx=None):\n        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n        B = seq.shape[1]\n        dirs = ["", "_reverse"] if self.bidirectional else [""]\n        D = len(dirs)\n        if hx is None:\n            zeros = np.zeros((self.num_layers * D, B, self.H))\n            hx = (zeros, zeros)\n        h0, c0 = hx\n        hn, cn = [], []\n        for l in range(self.num_layers):\n            outs = []\n            for d, s in enumerate(dirs):\n                if s == "_reverse":\n                    ys, h, c = self._direction(seq[::-1], h0[l * D + d], c0[l * D + d], l, s)\n                else:\n                    ys, h, c = self._direction(seq, h0[l * D + d], c0[l * D + d], l, s)\n                outs.append(ys)\n                hn.append(h)\n                cn.append(c)\n            seq = np.concatenate(outs, axis=-1)\n        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n',
    },
    {
        "id": "sc_dbl_rows_bound_I",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows direction-major (d * L + layer)",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D+d",
                            "layer * D",
                            "layer by layer",
                            "d * L",
                            "direction-major",
                            "direction first",
                            "row order",
                            "order of the rows",
                            "rows of h_0",
                            "rows of h_n",
                            "interleav",
                        ]
                    }
                ],
            },
            {
                "what": "init bound from input_size instead of H (too wide when input_size < H)",
                "must_mention": [{"any": ["1/sqrt", "1/√", "√H", "sqrt", "bound"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(input_size)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return {name: np.array(value, dtype=np.float64) for name, value in self.params.items()}\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = d * L + layer\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_dbl_alias_bf",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own dict",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "alias",
                            "same array",
                            "shares",
                            "later change",
                            "changing the",
                        ]
                    }
                ],
            },
            {
                "what": "h_n and c_n transposed with batch_first",
                "must_mention": [
                    {
                        "any": [
                            "never batch",
                            "regardless",
                            "whatever batch_first",
                            "not batch first",
                            "not batch-first",
                            "(num_layers * D, B, H)",
                            "(L * D, B, H)",
                            "(L*D, B, H)",
                            "even with batch_first",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef _sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.input_size = input_size\n        self.hidden_size = H = hidden_size\n        self.num_layers = num_layers\n        self.bias = bias\n        self.batch_first = batch_first\n        self.bidirectional = bidirectional\n        self.D = 2 if bidirectional else 1\n        rng = np.random.default_rng(seed)\n        k = 1.0 / np.sqrt(H)\n        self.params = {}\n        for layer in range(num_layers):\n            I_k = input_size if layer == 0 else H * self.D\n            for d in range(self.D):\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n                if bias:\n                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n\n    def state_dict(self):\n        return self.params\n\n    def load_state_dict(self, state):\n        missing = sorted(set(self.params) - set(state))\n        extra = sorted(set(state) - set(self.params))\n        if missing or extra:\n            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n        for name, value in state.items():\n            value = np.asarray(value, dtype=np.float64)\n            if value.shape != self.params[name].shape:\n                raise ValueError(f"{name}: shape {value.shape}, expected {self.params[name].shape}")\n            self.params[name] = value.copy()\n\n    def _run(self, x, h, c, sfx, reverse):\n        W_ih = self.params["weight_ih" + sfx]\n        W_hh = self.params["weight_hh" + sfx]\n        H = self.hidden_size\n        T = x.shape[0]\n        out = np.zeros((T, x.shape[1], H))\n        steps = range(T - 1, -1, -1) if reverse else range(T)\n        for t in steps:\n            z = x[t] @ W_ih.T + h @ W_hh.T\n            if self.bias:\n                z = z + self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx]\n            i = _sigmoid(z[:, :H])\n            f = _sigmoid(z[:, H:2 * H])\n            g = np.tanh(z[:, 2 * H:3 * H])\n            o = _sigmoid(z[:, 3 * H:])\n            c = f * c + i * g\n            h = o * np.tanh(c)\n            out[t] = h\n        return out, h, c\n\n    def __call__(self, x, hx=None):\n        x = np.asarray(x, dtype=np.float64)\n        if self.batch_first:\n            x = x.transpose(1, 0, 2)\n        T, B, _ = x.shape\n        H, L, D = self.hidden_size, self.num_layers, self.D\n        if hx is None:\n            h0 = np.zeros((L * D, B, H))\n            c0 = np.zeros((L * D, B, H))\n        else:\n            h0, c0 = hx\n        h_n = np.zeros((L * D, B, H))\n        c_n = np.zeros((L * D, B, H))\n        layer_in = x\n        for layer in range(L):\n            outs = []\n            for d in range(D):\n                row = layer * D + d\n                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n                out_d, h_last, c_last = self._run(layer_in, h0[row], c0[row], sfx, reverse=(d == 1))\n                outs.append(out_d)\n                h_n[row] = h_last\n                c_n[row] = c_last\n            layer_in = np.concatenate(outs, axis=2)\n        out = layer_in\n        if self.batch_first:\n            out = out.transpose(1, 0, 2)\n            h_n = h_n.transpose(1, 0, 2)\n            c_n = c_n.transpose(1, 0, 2)\n        return out, (h_n, c_n)\n',
    },
    {
        "id": "sc_dbl_nobias_gate_order",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks in the order i, f, o, g",
                "must_mention": [{"any": ["order", "swap"]}],
            },
            {
                "what": "bias=False still creates the bias parameters (and adds them)",
                "must_mention": [
                    {
                        "any": [
                            "extra",
                            "unexpected",
                            "should not",
                            "no bias",
                            "not have",
                            "too many",
                        ]
                    },
                    {"any": ["bias"]},
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigm(v):\n    return np.exp(-np.logaddexp(0.0, -v))\n\n\ndef step(x, h, c, p, H):\n    z = x @ p["Wi"].T + h @ p["Wh"].T\n    if "bi" in p:\n        z += p["bi"] + p["bh"]\n    i, f, o, g = sigm(z[:, :H]), sigm(z[:, H:2*H]), sigm(z[:, 2*H:3*H]), np.tanh(z[:, 3*H:])\n    c = f * c + i * g\n    return o * np.tanh(c), c\n\n\nclass ScratchLSTM:\n    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n                 batch_first=False, bidirectional=False, seed=None):\n        self.I, self.H, self.L = input_size, hidden_size, num_layers\n        self.bias, self.batch_first = bias, batch_first\n        self.D = 2 if bidirectional else 1\n        gen = np.random.default_rng(seed)\n        a = 1 / np.sqrt(hidden_size)\n        self.cells = []                      # self.cells[k][d] = dict of arrays\n        for k in range(num_layers):\n            row = []\n            for d in range(self.D):\n                n_in = input_size if k == 0 else self.D * hidden_size\n                p = {"Wi": gen.uniform(-a, a, size=(4 * hidden_size, n_in)),\n                     "Wh": gen.uniform(-a, a, size=(4 * hidden_size, hidden_size))}\n                if True:\n                    p["bi"] = gen.uniform(-a, a, size=4 * hidden_size)\n                    p["bh"] = gen.uniform(-a, a, size=4 * hidden_size)\n                row.append(p)\n            self.cells.append(row)\n\n    NAMES = {"Wi": "weight_ih", "Wh": "weight_hh", "bi": "bias_ih", "bh": "bias_hh"}\n\n    def state_dict(self):\n        sd = {}\n        for k, row in enumerate(self.cells):\n            for d, p in enumerate(row):\n                for short, long in self.NAMES.items():\n                    if short in p:\n                        sd[f"{long}_l{k}" + ("_reverse" if d else "")] = p[short].copy()\n        return sd\n\n    def load_state_dict(self, state):\n        for k, row in enumerate(self.cells):\n            for d, p in enumerate(row):\n                for short in list(p):\n                    key = f"{self.NAMES[short]}_l{k}" + ("_reverse" if d else "")\n                    p[short] = np.array(state[key], dtype=np.float64, copy=True)\n\n    def __call__(self, x, hx=None):\n        if self.batch_first:\n            x = np.transpose(x, (1, 0, 2))\n        T, B = x.shape[0], x.shape[1]\n        H, D = self.H, self.D\n        if hx is None:\n            h0 = np.zeros((self.L * D, B, H)); c0 = np.zeros((self.L * D, B, H))\n        else:\n            h0, c0 = hx\n        hn = np.empty((self.L * D, B, H)); cn = np.empty((self.L * D, B, H))\n        inp = x\n        for k in range(self.L):\n            out = np.empty((T, B, D * H))\n            for d in range(D):\n                h, c = h0[k * D + d], c0[k * D + d]\n                order = range(T) if d == 0 else reversed(range(T))\n                for t in order:\n                    h, c = step(inp[t], h, c, self.cells[k][d], H)\n                    out[t, :, d * H:(d + 1) * H] = h\n                hn[k * D + d], cn[k * D + d] = h, c\n            inp = out\n        if self.batch_first:\n            inp = np.transpose(inp, (1, 0, 2))\n        return inp, (hn, cn)\n',
    },
    {
        "id": "shp_ok_plain",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    H_out = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * H_out)\n    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_ok_dict_build",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    n_dir = int(bidirectional) + 1\n    h_size = proj_size or hidden_size\n    dims = [seq_len, batch]\n    if batch_first:\n        dims.reverse()\n    shapes = {}\n    shapes["out"] = tuple(int(v) for v in dims + [n_dir * h_size])\n    shapes["h_n"] = (int(num_layers * n_dir), int(batch), int(h_size))\n    shapes["c_n"] = (int(num_layers * n_dir), int(batch), int(hidden_size))\n    return shapes\n',
    },
    {
        "id": "shp_proj_on_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size too; the cell state keeps hidden_size",
                "must_mention": [{"any": ["c_n", "cell state"]}, {"any": ["proj"]}],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    size = proj_size if proj_size else hidden_size\n    out = (batch, seq_len, D * size) if batch_first else (seq_len, batch, D * size)\n    state = (num_layers * D, batch, size)\n    return {"out": out, "h_n": state, "c_n": state}\n',
    },
    {
        "id": "shp_bf_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n and c_n as well (they are never batch first)",
                "must_mention": [
                    {
                        "any": [
                            "never batch",
                            "regardless",
                            "whatever batch_first",
                            "not batch first",
                            "not batch-first",
                            "does not depend on batch_first",
                            "don't depend on batch_first",
                            "even with batch_first",
                            "only out",
                            "only affects out",
                            "only for out",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        return {"out": (batch, seq_len, D * P), "h_n": (batch, num_layers * D, P),\n                "c_n": (batch, num_layers * D, hidden_size)}\n    return {"out": (seq_len, batch, D * P), "h_n": (num_layers * D, batch, P),\n            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_out_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis forgets D: both directions' features are concatenated (D * H)",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "* D",
                            "2H",
                            "2 * H",
                            "both directions",
                            "D =",
                            "times D",
                            "D·",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 0 else hidden_size\n    out = (seq_len, batch, P)\n    if batch_first:\n        out = (batch, seq_len, P)\n    return {"out": out, "h_n": (num_layers * D, batch, P), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "returns lists instead of tuples", "must_mention": [{"any": ["list"]}]}
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 0 else hidden_size\n    out = [batch, seq_len, D * P] if batch_first else [seq_len, batch, D * P]\n    return {"out": out, "h_n": [num_layers * D, batch, P], "c_n": [num_layers * D, batch, hidden_size]}\n',
    },
    {
        "id": "shp_hn_no_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first axis is D only; it is num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers *",
                            "num_layers·",
                            "L *",
                            "L * D",
                            "L·D",
                            "num_layers * D",
                            "times num_layers",
                            "per layer",
                            "each layer",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 0 else hidden_size\n    out = (batch, seq_len, D * P) if batch_first else (seq_len, batch, D * P)\n    # one final state per direction\n    return {"out": out, "h_n": (D, batch, P), "c_n": (D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_proj_gt1",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "treats proj_size = 1 as no projection (condition proj_size > 1): wrong only for proj_size == 1",
                "must_mention": [
                    {
                        "any": [
                            "proj_size=1",
                            "proj_size = 1",
                            "proj_size == 1",
                            "proj_size of 1",
                            "P = 1",
                            "P=1",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 1 else hidden_size      # proj_size 0 or 1 means no projection\n    out = (batch, seq_len, D * P) if batch_first else (seq_len, batch, D * P)\n    return {"out": out, "h_n": (num_layers * D, batch, P), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_numpy_ints",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "tuples of numpy int64, not Python ints",
                "must_mention": [
                    {
                        "any": [
                            "int64",
                            "numpy int",
                            "np.int",
                            "numpy integer",
                            "python int",
                            "integer type",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    import numpy as np\n    D = np.int64(2 if bidirectional else 1)\n    P = np.int64(proj_size if proj_size > 0 else hidden_size)\n    out = np.array([seq_len, batch, D * P])\n    if batch_first:\n        out[[0, 1]] = out[[1, 0]]\n    return {"out": tuple(out), "h_n": tuple(np.array([num_layers * D, batch, P])),\n            "c_n": tuple(np.array([num_layers * D, batch, hidden_size]))}\n',
    },
    {
        "id": "shp_bf_inverted",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "the batch_first condition is inverted: out is (B, T, .) by default",
                "must_mention": [
                    {
                        "any": [
                            "invert",
                            "the other way",
                            "swapped",
                            "(batch, seq_len",
                            "(B, T",
                            "opposite",
                            "exchanged",
                            "reversed",
                        ]
                    }
                ],
            }
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 0 else hidden_size\n    if not batch_first:            # batch dimension first by default\n        out = (batch, seq_len, D * P)\n    else:\n        out = (seq_len, batch, D * P)\n    return {"out": out, "h_n": (num_layers * D, batch, P), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_dbl_projc_list",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size",
                "must_mention": [{"any": ["c_n", "cell state"]}, {"any": ["proj"]}],
            },
            {"what": "lists instead of tuples", "must_mention": [{"any": ["list"]}]},
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    feat = hidden_size if proj_size == 0 else proj_size\n    first = [batch, seq_len] if batch_first else [seq_len, batch]\n    return {"out": first + [D * feat], "h_n": [num_layers * D, batch, feat], "c_n": [num_layers * D, batch, feat]}\n',
    },
    {
        "id": "shp_dbl_layers_bf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "first axis of h_n/c_n forgets num_layers",
                "must_mention": [
                    {
                        "any": [
                            "num_layers *",
                            "num_layers·",
                            "L *",
                            "L * D",
                            "L·D",
                            "num_layers * D",
                            "times num_layers",
                            "per layer",
                            "each layer",
                        ]
                    }
                ],
            },
            {
                "what": "h_n/c_n made batch first with batch_first",
                "must_mention": [
                    {
                        "any": [
                            "never batch",
                            "regardless",
                            "whatever batch_first",
                            "not batch first",
                            "not batch-first",
                            "does not depend on batch_first",
                            "don't depend on batch_first",
                            "even with batch_first",
                            "only out",
                            "only affects out",
                            "only for out",
                        ]
                    }
                ],
            },
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    P = proj_size if proj_size > 0 else hidden_size\n    if batch_first:\n        return {"out": (batch, seq_len, D * P), "h_n": (batch, D, P), "c_n": (batch, D, hidden_size)}\n    return {"out": (seq_len, batch, D * P), "h_n": (D, batch, P), "c_n": (D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_dbl_noD_out_proj_hn",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out forgets the D factor",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "* D",
                            "2H",
                            "2 * H",
                            "both directions",
                            "D =",
                            "times D",
                            "D·",
                        ]
                    }
                ],
            },
            {
                "what": "h_n ignores proj_size (it is projected to proj_size)",
                "must_mention": [{"any": ["h_n"]}, {"any": ["proj"]}],
            },
        ],
        "source": 'def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, bidirectional=False,\n                       batch_first=False, proj_size=0):\n\n    D = 2 if bidirectional else 1\n    if batch_first:\n        out = (batch, seq_len, proj_size or hidden_size)\n    else:\n        out = (seq_len, batch, proj_size or hidden_size)\n    return {"out": out, "h_n": (num_layers * D, batch, hidden_size), "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "bl_ok_layer",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_ok_loops_pergate",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n\n\ndef _sig(z):\n    return 0.5 * (1.0 + np.tanh(0.5 * z))\n\n\ndef _step(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    Wi, Wf, Wg, Wo = (W_ih[k * H:(k + 1) * H] for k in range(4))\n    Ui, Uf, Ug, Uo = (W_hh[k * H:(k + 1) * H] for k in range(4))\n    b = b_ih + b_hh\n    i = _sig(x_t @ Wi.T + h @ Ui.T + b[0:H])\n    f = _sig(x_t @ Wf.T + h @ Uf.T + b[H:2 * H])\n    g = np.tanh(x_t @ Wg.T + h @ Ug.T + b[2 * H:3 * H])\n    o = _sig(x_t @ Wo.T + h @ Uo.T + b[3 * H:4 * H])\n    c_new = f * c + i * g\n    return o * np.tanh(c_new), c_new\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[2]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    h, c = h0[0], c0[0]\n    for t in range(T):\n        h, c = _step(x[t], h, c, *fwd)\n        out[t, :, :H] = h\n    h_n[0], c_n[0] = h, c\n    h, c = h0[1], c0[1]\n    for t in range(T - 1, -1, -1):\n        h, c = _step(x[t], h, c, *bwd)\n        out[t, :, H:] = h\n    h_n[1], c_n[1] = h, c\n    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_columns_einsum",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef cell_col(xc, hc, cc, W_ih, W_hh, b_ih, b_hh):\n    """column vectors: xc (I, 1), hc, cc (H, 1)"""\n    H = hc.shape[0]\n    a = np.einsum("gi,ik->gk", W_ih, xc) + np.einsum("gj,jk->gk", W_hh, hc) + (b_ih + b_hh)[:, None]\n    i = sigmoid(a[:H])\n    f = sigmoid(a[H:2 * H])\n    g = np.tanh(a[2 * H:3 * H])\n    o = sigmoid(a[3 * H:])\n    cc = f * cc + i * g\n    return o * np.tanh(cc), cc\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, I = x.shape\n    H = h0.shape[-1]\n    out = np.empty((T, B, 2 * H))\n    h_n = np.empty((2, B, H))\n    c_n = np.empty_like(h_n)\n    for b in range(B):\n        for d, (W, order) in enumerate([(fwd, list(range(T))), (bwd, list(reversed(range(T))))]):\n            hc, cc = h0[d, b][:, None], c0[d, b][:, None]\n            for t in order:\n                hc, cc = cell_col(x[t, b][:, None], hc, cc, *W)\n                out[t, b, d * H:(d + 1) * H] = hc[:, 0]\n            h_n[d, b], c_n[d, b] = hc[:, 0], cc[:, 0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl_ok_buffers",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for d, params in enumerate((fwd, bwd)):\n        h = h0[d].copy()\n        c = c0[d].copy()\n        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in steps:\n            h_new, c_new = lstm_cell(x[t], h, c, *params)\n            h[:] = h_new\n            c[:] = c_new\n            out[t, :, d * H:(d + 1) * H] = h\n        h_n[d] = h\n        c_n[d] = c\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order (not flipped back to time order)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "reading order",
                            "reversed in time",
                            "time order",
                            "backwards in time",
                            "mirror",
                            "in the order it read",
                            "not put back",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1, :, H:] (its first step) instead of its state after x_0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "first step",
                            "out[-1",
                            "x_{T-1}",
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "position 0",
                            "after reading x_0",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    H = hf.shape[1]\n    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n    return out, (h_n, np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_swapped_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "forward direction run with bwd's weights and reverse with fwd's",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "each other",
                            "other direction's",
                            "fwd and bwd",
                            "bwd for",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *bwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_h0_row0_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] (forward's initial state) instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "same initial",
                            "forward direction's initial",
                            "forward's initial",
                            "h0[1]",
                            "row 1",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves concatenated reverse first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "halves",
                            "swapped",
                            "swap",
                            "comes first",
                            "reverse first",
                            "backward first",
                            "order of the two",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_b[::-1], out_f], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl_alias_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state buffers are views of h0/c0 and are overwritten in place: the inputs are modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for d, params in enumerate((fwd, bwd)):\n        h = h0[d]\n        c = c0[d]\n        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in steps:\n            h_new, c_new = lstm_cell(x[t], h, c, *params)\n            h[:] = h_new\n            c[:] = c_new\n            out[t, :, d * H:(d + 1) * H] = h\n        h_n[d] = h\n        c_n[d] = c\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl_rev_skips_step0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop range(T-1, 0, -1) never reads x_0 (out[0] reverse half stays zero, h_n after x_1)",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "never reads",
                            "skip",
                            "off by one",
                            "off-by-one",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for d, params in enumerate((fwd, bwd)):\n        h = h0[d].copy()\n        c = c0[d].copy()\n        steps = range(T) if d == 0 else range(T - 1, 0, -1)\n        for t in steps:\n            h_new, c_new = lstm_cell(x[t], h, c, *params)\n            h[:] = h_new\n            c[:] = c_new\n            out[t, :, d * H:(d + 1) * H] = h\n        h_n[d] = h\n        c_n[d] = c\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl_cs231n_ifog",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "own step splits the gates in CS231n's order i, f, o, g instead of i, f, g, o",
                "must_mention": [
                    {
                        "any": [
                            "gate order",
                            "i, f, o, g",
                            "ifog",
                            "order of the gates",
                            "wrong order",
                            "(i, f, o, g)",
                            "o and g",
                            "g and o",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(x):\n    pos = x >= 0\n    z = np.exp(-np.abs(x))\n    return np.where(pos, 1 / (1 + z), z / (1 + z))\n\n\ndef lstm_step_forward(x, prev_h, prev_c, Wx, Wh, bx, bh):\n    H = prev_h.shape[1]\n    a = x.dot(Wx.T) + prev_h.dot(Wh.T) + bx + bh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    o = sigmoid(a[:, 2 * H:3 * H])\n    g = np.tanh(a[:, 3 * H:])\n    next_c = f * prev_c + i * g\n    next_h = o * np.tanh(next_c)\n    return next_h, next_c\n\n\ndef lstm_forward(x, h0, c0, Wx, Wh, bx, bh):\n    T = x.shape[0]\n    hs = []\n    h, c = h0, c0\n    for t in range(T):\n        h, c = lstm_step_forward(x[t], h, c, Wx, Wh, bx, bh)\n        hs.append(h)\n    return np.array(hs), h, c\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    hf_all, hf, cf = lstm_forward(x, h0[0], c0[0], *fwd)\n    hb_all, hb, cb = lstm_forward(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n    out = np.concatenate((hf_all, np.flip(hb_all, axis=0)), axis=-1)\n    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_squeeze_states",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "squeeze() on h_n/c_n drops the batch axis when B=1 (or H=1): wrong shape only then",
                "must_mention": [
                    "shape",
                    {
                        "any": [
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "squeeze",
                            "H=1",
                            "H = 1",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    h_n = np.stack([hf, hb]).squeeze()\n    c_n = np.stack([cf, cb]).squeeze()\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bl_math_no_tanh_c",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "h_t = o_t * c_t: tanh of the cell state missing", "must_mention": ["tanh"]}
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef split4(M, H):\n    return M[:H], M[H:2 * H], M[2 * H:3 * H], M[3 * H:]\n\n\ndef run(xs, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[-1]\n    W_ii, W_if, W_ig, W_io = split4(W_ih, H)\n    W_hi, W_hf, W_hg, W_ho = split4(W_hh, H)\n    b_ii, b_if, b_ig, b_io = split4(b_ih, H)\n    b_hi, b_hf, b_hg, b_ho = split4(b_hh, H)\n    hs = []\n    for x_t in xs:\n        i_t = sigmoid(x_t @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n        f_t = sigmoid(x_t @ W_if.T + b_if + h @ W_hf.T + b_hf)\n        g_t = np.tanh(x_t @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n        o_t = sigmoid(x_t @ W_io.T + b_io + h @ W_ho.T + b_ho)\n        c = f_t * c + i_t * g_t\n        h = o_t * c\n        hs.append(h)\n    return hs, h, c\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    hs_f, hf, cf = run(x, h0[0], c0[0], *fwd)\n    hs_b, hb, cb = run(x[::-1], h0[1], c0[1], *bwd)\n    hs_b = hs_b[::-1]\n    out = np.stack([np.concatenate([a, b], axis=1) for a, b in zip(hs_f, hs_b)])\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl2_noflip_h0row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "reading order",
                            "reversed in time",
                            "time order",
                            "backwards in time",
                            "mirror",
                            "in the order it read",
                            "not put back",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction starts from h0[0], c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "same initial",
                            "forward direction's initial",
                            "forward's initial",
                            "h0[1]",
                            "row 1",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bl2_swap_hnlast",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "directions run with each other's weights",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "each other",
                            "other direction's",
                            "fwd and bwd",
                            "bwd for",
                        ]
                    }
                ],
            },
            {
                "what": "reverse h_n taken from out[-1, :, H:]",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "first step",
                            "out[-1",
                            "x_{T-1}",
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "position 0",
                            "after reading x_0",
                        ]
                    },
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *bwd)\n    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n    H = hf.shape[1]\n    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n    return out, (h_n, np.stack([cf, cb]))\n',
    },
    {
        "id": "bl2_float32_halves",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out buffer allocated as float32",
                "must_mention": [{"any": ["float32", "dtype"]}],
            },
            {
                "what": "forward written to the second half and reverse to the first",
                "must_mention": [
                    {
                        "any": [
                            "halves",
                            "swapped",
                            "swap",
                            "comes first",
                            "reverse first",
                            "backward first",
                            "order of the two",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer(x, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for d, params in enumerate((fwd, bwd)):\n        h = h0[d].copy()\n        c = c0[d].copy()\n        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in steps:\n            h_new, c_new = lstm_cell(x[t], h, c, *params)\n            h[:] = h_new\n            c[:] = c_new\n            out[t, :, (1 - d) * H:(2 - d) * H] = h\n        h_n[d] = h\n        c_n[d] = c\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "cb_ok_concat",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_pergate_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sig(z):\n    return np.exp(-np.logaddexp(0.0, -z))\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[-1]\n\n    def blocks(M):\n        return [M[k * H:(k + 1) * H] for k in range(4)]\n\n    Wi, Wf, Wg, Wo = blocks(W_ih)\n    Ui, Uf, Ug, Uo = blocks(W_hh)\n    bi, bf, bg, bo = blocks(b_ih + b_hh)\n    pre = lambda W, U, b: np.einsum("bi,hi->bh", x, W) + np.einsum("bk,hk->bh", h, U) + b\n    i_t = sig(pre(Wi, Ui, bi))\n    f_t = sig(pre(Wf, Uf, bf))\n    g_t = np.tanh(pre(Wg, Ug, bg))\n    o_t = sig(pre(Wo, Uo, bo))\n    c_t = f_t * c + i_t * g_t\n    tanh_c = np.tanh(c_t)\n    delta_c = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n    d_i = delta_c * g_t * i_t * (1.0 - i_t)\n    d_f = delta_c * c * f_t * (1.0 - f_t)\n    d_g = delta_c * i_t * (1.0 - g_t ** 2)\n    d_o = dh_next * tanh_c * o_t * (1.0 - o_t)\n    ds = (d_i, d_f, d_g, d_o)\n    grads = {}\n    grads["x"] = sum(np.einsum("bh,hi->bi", d, W) for d, W in zip(ds, (Wi, Wf, Wg, Wo)))\n    grads["h"] = sum(np.einsum("bh,hk->bk", d, U) for d, U in zip(ds, (Ui, Uf, Ug, Uo)))\n    grads["c"] = delta_c * f_t\n    grads["W_ih"] = np.vstack([np.einsum("bh,bi->hi", d, x) for d in ds])\n    grads["W_hh"] = np.vstack([np.einsum("bh,bk->hk", d, h) for d in ds])\n    grads["b_ih"] = np.concatenate([d.sum(axis=0) for d in ds])\n    grads["b_hh"] = grads["b_ih"].copy()\n    return grads\n',
    },
    {
        "id": "cb_ok_rows_outer",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef one_example(dh, dcn, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[0]\n    z = W_ih @ x + b_ih + W_hh @ h + b_hh\n    i, f, g, o = sigmoid(z[:H]), sigmoid(z[H:2 * H]), np.tanh(z[2 * H:3 * H]), sigmoid(z[3 * H:])\n    tau = np.tanh(f * c + i * g)\n    dc = dcn + dh * o * (1 - tau * tau)\n    dz = np.zeros(4 * H)\n    dz[:H] = dc * g * i * (1 - i)\n    dz[H:2 * H] = dc * c * f * (1 - f)\n    dz[2 * H:3 * H] = dc * i * (1 - g * g)\n    dz[3 * H:] = dh * tau * o * (1 - o)\n    return W_ih.T @ dz, W_hh.T @ dz, dc * f, np.outer(dz, x), np.outer(dz, h), dz\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    B = x.shape[0]\n    res = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n           "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape), "b_ih": np.zeros(b_ih.shape)}\n    for n in range(B):\n        dx, dh, dc, dWi, dWh, db = one_example(dh_next[n], dc_next[n], x[n], h[n], c[n], W_ih, W_hh, b_ih, b_hh)\n        res["x"][n] = dx\n        res["h"][n] = dh\n        res["c"][n] = dc\n        res["W_ih"] += dWi\n        res["W_hh"] += dWh\n        res["b_ih"] += db\n    res["b_hh"] = res["b_ih"].copy()\n    return res\n',
    },
    {
        "id": "cb_no_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc misses the tanh derivative (1 - tanh²c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1 - τ",
                            "tanh²",
                            "tanh^2",
                            "tanh'",
                            "derivative of tanh",
                            "1 - tau",
                            "tanh derivative",
                            "(1 - tanh",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_df_uses_cnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "δf", "f gate"]},
                    {"any": ["c_{t-1}", "c_t", "previous cell", "new cell", "c_next", "old cell"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c_new\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_keras_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients in Keras layout x.T @ da: (I, 4H) and (H, 4H), transposed",
                "must_mention": [{"any": ["transpos", "shape", "(I, 4H)", "(H, 4H)"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": x.T @ da, "W_hh": h.T @ da, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dcprev_no_f",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient to c_{t-1} is δc_t without the factor f_t",
                "must_mention": [{"any": ["f_t", "forget", "⊙ f", "* f"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_do_uses_total_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo computed from the total δc_t instead of dh_next",
                "must_mention": [{"any": ["output gate", "δo", "o_t", "dL/do"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dc * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_o_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate's derivative written as tanh's 1 - o² instead of σ' = o(1 - o)",
                "must_mention": [
                    {"any": ["output gate", "δo", "o_t", "dL/do"]},
                    {"any": ["sigmoid", "σ", "o(1 - o)", "o * (1 - o)", "derivative"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * (1 - o ** 2)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradient averaged over the batch instead of summed (right only when B=1)",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divided by b",
                            "/ b",
                            "1/b",
                            "sum over the batch",
                            "summed over the batch",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.mean(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dh_uses_Wih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient to h computed through W_ih instead of W_hh (crashes unless I == H)",
                "must_mention": [
                    "W_ih",
                    {
                        "any": [
                            "instead of W_hh",
                            "in place of W_hh",
                            "rather than W_hh",
                            "not W_hh",
                            "through W_ih",
                            "with W_ih",
                            "uses W_ih",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_ih, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh gradient returned as zeros (thinks only b_ih gets the gradient)",
                "must_mention": [
                    "b_hh",
                    {"any": ["zero", "same as b_ih", "equal to b_ih", "same gradient"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": np.zeros_like(b_hh)}\n',
    },
    {
        "id": "cb_ignores_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next ignored: δc_t lacks the gradient coming from later",
                "must_mention": ["dc_next"],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_cs231n_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates split in CS231n's order i, f, o, g (forward recompute and backward)",
                "must_mention": [
                    {
                        "any": [
                            "gate order",
                            "i, f, o, g",
                            "ifog",
                            "order of the gates",
                            "wrong order",
                            "(i, f, o, g)",
                            "o and g",
                            "g and o",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    N, H = h.shape\n    a = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    o = sigmoid(a[:, 2 * H:3 * H])\n    g = np.tanh(a[:, 3 * H:])\n    next_c = f * c + i * g\n    tnc = np.tanh(next_c)\n    dnext_c = dc_next + dh_next * o * (1 - tnc ** 2)\n    di = dnext_c * g\n    df = dnext_c * c\n    do = dh_next * tnc\n    dg = dnext_c * i\n    da = np.hstack((di * i * (1 - i), df * f * (1 - f), do * o * (1 - o), dg * (1 - g ** 2)))\n    dx = da.dot(W_ih)\n    dprev_h = da.dot(W_hh)\n    dprev_c = dnext_c * f\n    dWx = da.T.dot(x)\n    dWh = da.T.dot(h)\n    db = np.sum(da, axis=0)\n    return {"x": dx, "h": dprev_h, "c": dprev_c, "W_ih": dWx, "W_hh": dWh, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_alias_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next then dc += ...: modifies the caller's dc_next in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next\n    dc += dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb2_mean_nof",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradient averaged over the batch",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divided by b",
                            "/ b",
                            "1/b",
                            "sum over the batch",
                            "summed over the batch",
                        ]
                    }
                ],
            },
            {
                "what": "gradient to c_{t-1} misses the factor f_t",
                "must_mention": [{"any": ["f_t", "forget", "⊙ f", "* f"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.mean(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb2_keras_notanh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients transposed (Keras layout)",
                "must_mention": [{"any": ["transpos", "shape", "(I, 4H)", "(H, 4H)"]}],
            },
            {
                "what": "δc misses the tanh derivative",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1 - τ",
                            "tanh²",
                            "tanh^2",
                            "tanh'",
                            "derivative of tanh",
                            "1 - tau",
                            "tanh derivative",
                            "(1 - tanh",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next + dh_next * o\n    do = dh_next * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": x.T @ da, "W_hh": h.T @ da, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb2_alias_do",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next modified in place via dc += ...",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": "δo computed from δc_t instead of dh_next",
                "must_mention": [{"any": ["output gate", "δo", "o_t", "dL/do"]}],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i = sigmoid(a[:, :H])\n    f = sigmoid(a[:, H:2 * H])\n    g = np.tanh(a[:, 2 * H:3 * H])\n    o = sigmoid(a[:, 3 * H:])\n    c_new = f * c + i * g\n    tc = np.tanh(c_new)\n    dc = dc_next\n    dc += dh_next * o * (1 - tc ** 2)\n    do = dc * tc\n    di = dc * g\n    dg = dc * i\n    df = dc * c\n    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_ok_cellbwd",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_fused",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T, B, I = x.shape\n    H = h0.shape[1]\n    h_prev = np.zeros((T, B, H))\n    c_prev = np.zeros((T, B, H))\n    gates = np.zeros((T, B, 4 * H))\n    tanh_c = np.zeros((T, B, H))\n    h, c = h0, c0\n    for t in range(T):\n        h_prev[t], c_prev[t] = h, c\n        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n        gates[t, :, :2 * H] = sigmoid(a[:, :2 * H])\n        gates[t, :, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n        gates[t, :, 3 * H:] = sigmoid(a[:, 3 * H:])\n        i, f, g, o = np.split(gates[t], 4, axis=1)\n        c = f * c + i * g\n        tanh_c[t] = np.tanh(c)\n        h = o * tanh_c[t]\n    grad = {"x": np.zeros((T, B, I)), "W_ih": np.zeros((4 * H, I)), "W_hh": np.zeros((4 * H, H)),\n            "b_ih": np.zeros(4 * H), "b_hh": np.zeros(4 * H)}\n    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n    for t in range(T - 1, -1, -1):\n        i, f, g, o = np.split(gates[t], 4, axis=1)\n        dh = dh + dout[t]\n        dct = dc + dh * o * (1 - tanh_c[t] ** 2)\n        da = np.hstack([dct * g * i * (1 - i), dct * c_prev[t] * f * (1 - f),\n                        dct * i * (1 - g ** 2), dh * tanh_c[t] * o * (1 - o)])\n        grad["x"][t] = da @ W_ih\n        grad["W_ih"] += da.T @ x[t]\n        grad["W_hh"] += da.T @ h_prev[t]\n        grad["b_ih"] += da.sum(0)\n        dh = da @ W_hh\n        dc = dct * f\n    grad["b_hh"] = grad["b_ih"].copy()\n    grad["h0"] = dh\n    grad["c0"] = dc\n    return grad\n',
    },
    {
        "id": "lb_ok_lists_scalar0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    states = [(h0, c0)]\n    for x_t in x:\n        states.append(lstm_cell(x_t, *states[-1], W_ih, W_hh, b_ih, b_hh))\n    d_h = 0.0 if dh_n is None else dh_n\n    d_c = 0.0 if dc_n is None else dc_n\n    totals = {"W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": 0.0}\n    dxs = []\n    for t in range(len(x) - 1, -1, -1):\n        h_prev, c_prev = states[t]\n        step = lstm_cell_backward(dout[t] + d_h, d_c + np.zeros_like(c_prev), x[t], h_prev, c_prev,\n                                  W_ih, W_hh, b_ih, b_hh)\n        dxs.append(step["x"])\n        d_h, d_c = step["h"], step["c"]\n        for k in totals:\n            totals[k] = totals[k] + step[k]\n    return {"x": np.stack(dxs[::-1]), "h0": d_h, "c0": d_c, **totals}\n',
    },
    {
        "id": "lb_weights_assigned",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients assigned each step, so only step 0's survive, not summed over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "summed",
                            "all steps",
                            "every step",
                            "accumulat",
                            "each step",
                            "only one step",
                            "step 0's",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih = g["W_ih"]\n        dW_hh = g["W_hh"]\n        db_ih = g["b_ih"]\n        db_hh = g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_state_after",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward fed the state after step t (h_t, c_t) instead of (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "state it started",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "started from",
                            "state after",
                            "shifted",
                            "(h_t, c_t)",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dout_last_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout used only at the last step; dout[t] not added to the carried gradient at earlier steps",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "every step",
                            "each step",
                            "all steps",
                            "only at",
                            "only the last",
                            "earlier steps",
                            "dout[t]",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = (np.zeros_like(h0) if dh_n is None else dh_n.copy()) + dout[-1]\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ignores_dhn_dcn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n ignored (always zeros)",
                "must_mention": [{"any": ["dh_n", "dc_n"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0)\n    dc = np.zeros_like(c0)\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_swap_dhn_dcn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n fed into the c gradient and dc_n into the h gradient",
                "must_mention": ["dh_n", "dc_n", {"any": ["swap", "exchang", "instead", "other"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dc_n is None else dc_n.copy()\n    dc = np.zeros_like(c0) if dh_n is None else dh_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx stacked in the order the backward walk produced it (T-1 first), not time order",
                "must_mention": [
                    {
                        "any": [
                            "reversed",
                            "time order",
                            "in reverse",
                            "flip",
                            "backwards",
                            "order of the steps",
                            "reverse order",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    states = [(h0, c0)]\n    for x_t in x:\n        states.append(lstm_cell(x_t, *states[-1], W_ih, W_hh, b_ih, b_hh))\n    d_h = 0.0 if dh_n is None else dh_n\n    d_c = 0.0 if dc_n is None else dc_n\n    totals = {"W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": 0.0}\n    dxs = []\n    for t in range(len(x) - 1, -1, -1):\n        h_prev, c_prev = states[t]\n        step = lstm_cell_backward(dout[t] + d_h, d_c + np.zeros_like(c_prev), x[t], h_prev, c_prev,\n                                  W_ih, W_hh, b_ih, b_hh)\n        dxs.append(step["x"])\n        d_h, d_c = step["h"], step["c"]\n        for k in totals:\n            totals[k] = totals[k] + step[k]\n    return {"x": np.stack(dxs), "h0": d_h, "c0": d_c, **totals}\n',
    },
    {
        "id": "lb_dout_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] += dh modifies the caller's dout in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "backward loop stops before t = 0: step 0 never back-propagated (dx[0] zero, h0/c0 and weights miss step 0)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "skip",
                            "x_0",
                            "off by one",
                            "off-by-one",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in range(T - 1, 0, -1):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_if_not_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if not dh_n:` instead of `is None`: crashes (ambiguous truth value) when arrays are given",
                "must_mention": [
                    {"any": ["is None", "if not dh_n", "if dh_n", "truth value", "if not dc_n"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    if not dh_n:\n        dh_n = np.zeros_like(h0)\n    if not dc_n:\n        dc_n = np.zeros_like(c0)\n    dh = dh_n.copy()\n    dc = dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dc_from_h",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'copy-paste: carries step\'s "h" gradient as the cell-state gradient instead of "c"',
                "must_mention": [
                    {
                        "any": [
                            '"h" instead of',
                            "'h' instead of",
                            "δc",
                            "dc_prev",
                            "cell-state gradient",
                            "cell state's gradient",
                            "gradient of c",
                            "gradient reaching c",
                            "c_{t-1}",
                            '"c"',
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["h"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_forward_from_zeros",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forward recomputation starts from zeros instead of h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "zeros instead",
                            "from zero",
                            "initial state",
                            "h0, c0",
                            "ignores h0",
                            "not h0",
                            "start",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [np.zeros_like(h0)], [np.zeros_like(c0)]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb2_assigned_dxrev",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients not summed over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "summed",
                            "all steps",
                            "every step",
                            "accumulat",
                            "each step",
                            "only one step",
                            "step 0's",
                        ]
                    }
                ],
            },
            {
                "what": "dx in reverse time order",
                "must_mention": [
                    {
                        "any": [
                            "reversed",
                            "time order",
                            "in reverse",
                            "flip",
                            "backwards",
                            "order of the steps",
                            "reverse order",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    states = [(h0, c0)]\n    for x_t in x:\n        states.append(lstm_cell(x_t, *states[-1], W_ih, W_hh, b_ih, b_hh))\n    d_h = 0.0 if dh_n is None else dh_n\n    d_c = 0.0 if dc_n is None else dc_n\n    totals = {"W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": 0.0}\n    dxs = []\n    for t in range(len(x) - 1, -1, -1):\n        h_prev, c_prev = states[t]\n        step = lstm_cell_backward(dout[t] + d_h, d_c + np.zeros_like(c_prev), x[t], h_prev, c_prev,\n                                  W_ih, W_hh, b_ih, b_hh)\n        dxs.append(step["x"])\n        d_h, d_c = step["h"], step["c"]\n        for k in totals:\n            totals[k] = step[k]\n    return {"x": np.stack(dxs), "h0": d_h, "c0": d_c, **totals}\n',
    },
    {
        "id": "lb2_zeros_ignore_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forward recomputation from zeros instead of h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "zeros instead",
                            "from zero",
                            "initial state",
                            "h0, c0",
                            "ignores h0",
                            "not h0",
                            "start",
                        ]
                    }
                ],
            },
            {"what": "dh_n, dc_n ignored", "must_mention": [{"any": ["dh_n", "dc_n"]}]},
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [np.zeros_like(h0)], [np.zeros_like(c0)]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0)\n    dc = np.zeros_like(c0)\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb2_stateafter_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "backward of step t uses the state after step t",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "state it started",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "started from",
                            "state after",
                            "shifted",
                            "(h_t, c_t)",
                        ]
                    }
                ],
            },
            {
                "what": "dout modified in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n    H = h.shape[1]\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n    g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n    tc = np.tanh(f * c + i * g)\n    dc = dc_next + dh_next * o * (1 - tc ** 2)\n    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n    db = da.sum(axis=0)\n    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n\n\ndef lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, dc_n=None):\n    T = x.shape[0]\n    hs, cs = [h0], [c0]\n    for t in range(T):\n        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n        hs.append(h)\n        cs.append(c)\n    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n    dx = np.zeros_like(x)\n    for t in reversed(range(T)):\n        dout[t] += dh\n        g = lstm_cell_backward(dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, W_hh, b_ih, b_hh)\n        dx[t] = g["x"]\n        dh, dc = g["h"], g["c"]\n        dW_ih += g["W_ih"]\n        dW_hh += g["W_hh"]\n        db_ih += g["b_ih"]\n        db_hh += g["b_hh"]\n    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "ll_ok_where",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_ok_per_row",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    H = h0.shape[1]\n    out = np.zeros((T, B, H))\n    h_n = np.empty((B, H))\n    c_n = np.empty((B, H))\n    for b in range(B):\n        h = h0[b:b + 1]\n        c = c0[b:b + 1]\n        for t in range(int(lengths[b])):\n            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n            out[t, b] = h[0]\n        h_n[b] = h[0]\n        c_n[b] = c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "ll_ok_float_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T = len(x)\n    steps = np.arange(T).reshape(T, 1)\n    mask = (steps < np.asarray(lengths).reshape(1, -1)).astype(np.float64)[:, :, None]  # (T, B, 1)\n    h, c = h0, c0\n    hs = []\n    for t in range(T):\n        h_tilde, c_tilde = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        m = mask[t]\n        h = m * h_tilde + (1 - m) * h\n        c = m * c_tilde + (1 - m) * c\n        hs.append(h_tilde)\n    out = mask * np.stack(hs)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_out_keeps_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen state instead of zeros",
                "must_mention": [
                    "zero",
                    {"any": ["past", "after", "padding", "beyond", "t >= lengths"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "ll_no_freeze",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state keeps updating on padding: h_n, c_n at T-1 instead of each own last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "frozen",
                            "freeze",
                            "T - 1",
                            "T-1",
                            "keeps running",
                            "kept running",
                            "runs on",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h, c = h_new, c_new\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths: one padding step counted as real",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "one padding step",
                            "t <= ",
                            "one step early",
                            "one step late",
                            "one step short",
                            "one step more",
                            "one step less",
                            "lengths[b] - 1",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t <= lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_mask_lengths_minus1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t < lengths - 1 (misreading 'last step lengths[b]-1'): stops one real step early",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "one padding step",
                            "t <= ",
                            "one step early",
                            "one step late",
                            "one step short",
                            "one step more",
                            "one step less",
                            "lengths[b] - 1",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths - 1)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_zeros_init_chapter",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "copied the chapter's loop: starts from zeros, ignoring h0, c0",
                "must_mention": [
                    "initial",
                    {"any": ["zero", "ignor", "not used", "instead of h0"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = np.zeros_like(h0), np.zeros_like(c0)\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_T_from_lengths",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "T taken as max(lengths): out has the wrong length when the longest sequence is shorter than x",
                "must_mention": [
                    "shape",
                    {
                        "any": [
                            "longest",
                            "max(lengths)",
                            "total_length",
                            "lengths.max",
                            "shorter than T",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = int(lengths.max())\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen past the length; c keeps running on padding (c_n wrong)",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freeze",
                            "mask",
                            "last real",
                            "own last",
                            "keeps running",
                            "runs on",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = c_new\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_mask_no_newaxis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask of shape (B,) without [:, None]: broadcasts over units (crash, or silently wrong when B == H)",
                "must_mention": [
                    {"any": ["broadcast", "(B, 1)", "[:, None]", "axis", "units", "(B,)"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = t < lengths\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_alias_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 without copy, then h[alive] = ...: writes into the caller's h0/c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    T, B, _ = x.shape\n    lengths = np.asarray(lengths)\n    h, c = h0, c0\n    out = np.zeros((T, B, h0.shape[1]))\n    for t in range(T):\n        alive = t < lengths\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h[alive] = h_new[alive]\n        c[alive] = c_new[alive]\n        out[t, alive] = h_new[alive]\n    return out, (h, c)\n',
    },
    {
        "id": "ll_out_zeros_like_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out allocated like x, (T, B, I): crashes unless I == H",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "input size",
                            "(T, B, I)",
                            "zeros_like",
                            "I instead of H",
                            "shape of x",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros_like(x)\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll_assumes_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "packed-style batch_sizes: assumes lengths sorted in decreasing order (wrong for unsorted batches)",
                "must_mention": [{"any": ["sorted", "descending", "decreasing", "enforce_sorted"]}],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    h = h0.copy()\n    c = c0.copy()\n    out = np.zeros((T, B, h0.shape[1]))\n    for t in range(T):\n        n = int(np.sum(lengths > t))  # batch_sizes[t], as in a PackedSequence\n        if n == 0:\n            break\n        h_new, c_new = lstm_cell(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n        h[:n] = h_new\n        c[:n] = c_new\n        out[t, :n] = h_new\n    return out, (h, c)\n',
    },
    {
        "id": "ll2_nozero_zeroinit",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out not zero past each length",
                "must_mention": [
                    "zero",
                    {"any": ["past", "after", "padding", "beyond", "t >= lengths"]},
                ],
            },
            {
                "what": "starts from zeros, ignoring h0, c0",
                "must_mention": [
                    "initial",
                    {"any": ["zero", "ignor", "not used", "instead of h0"]},
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = np.zeros_like(h0), np.zeros_like(c0)\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "ll2_le_cfree",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths (one step too many)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too",
                            "one extra",
                            "one padding step",
                            "t <= ",
                            "one step early",
                            "one step late",
                            "one step short",
                            "one step more",
                            "one step less",
                            "lengths[b] - 1",
                        ]
                    }
                ],
            },
            {
                "what": "c not frozen past the length",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freeze",
                            "mask",
                            "last real",
                            "own last",
                            "keeps running",
                            "runs on",
                        ]
                    },
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t <= lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = c_new\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n',
    },
    {
        "id": "ll2_alias_nozero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.copyto into h = h0: writes into the caller's h0/c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "changed",
                            "in place",
                            "in-place",
                            "unchanged",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": "out past each length holds the frozen state, not zeros",
                "must_mention": [
                    "zero",
                    {"any": ["past", "after", "padding", "beyond", "t >= lengths"]},
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0, c0\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        np.copyto(h, h_new, where=m)\n        np.copyto(c, c_new, where=m)\n        out[t] = h\n    return out, (h, c)\n',
    },
    {
        "id": "bll_ok_index_involution",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    t = np.arange(T)[:, None]\n    idx = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)  # (T, B)\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r[idx, cols]\n    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_ok_per_row",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    h_n = np.zeros((2, B, H))\n    c_n = np.zeros((2, B, H))\n    for b in range(B):\n        L = int(lengths[b])\n        for d, (params, steps) in enumerate([(fwd, range(L)), (bwd, range(L - 1, -1, -1))]):\n            h, c = h0[d, b][None, :], c0[d, b][None, :]\n            for t in steps:\n                h, c = lstm_cell(x[t, b][None, :], h, c, *params)\n                out[t, b, d * H:(d + 1) * H] = h[0]\n            h_n[d, b], c_n[d, b] = h[0], c[0]\n    return out, (h_n, c_n)\n',
    },
    {
        "id": "bll_ok_masked_both",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    finals_h, finals_c = [], []\n    for d, params in enumerate([fwd, bwd]):\n        h, c = h0[d].copy(), c0[d].copy()\n        order = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in order:\n            m = (t < lengths)[:, None]\n            hn, cn = lstm_cell(x[t], h, c, *params)\n            h = np.where(m, hn, h)\n            c = np.where(m, cn, c)\n            out[t, :, d * H:(d + 1) * H] = np.where(m, hn, 0.0)\n        finals_h.append(h)\n        finals_c.append(c)\n    return out, (np.array(finals_h), np.array(finals_c))\n',
    },
    {
        "id": "bll_ok_slices",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    x_rev = np.zeros_like(x)\n    for b in range(B):\n        L = int(lengths[b])\n        x_rev[:L, b] = x[L - 1::-1, b] if L < T else x[::-1, b]\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = int(lengths[b])\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_rev_unmasked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs the flipped padded tensor without mask: starts at T-1 on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t = T - 1",
                            "T - 1",
                            "T-1",
                            "starts at",
                            "own length",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    h, c = h0, c0\n    outs = []\n    for x_t in x:\n        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n        outs.append(h)\n    return np.stack(outs), (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n    out_b = out_r[::-1].copy()\n    mask = np.arange(T)[:, None] < lengths[None, :]\n    out_b[~mask] = 0.0\n    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_flip_then_part1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "part 1 on x[::-1] with the same lengths: reverse reads steps T-1..T-L (padding) instead of L-1..0",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t = T - 1",
                            "T - 1",
                            "T-1",
                            "starts at",
                            "own length",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_hn_at_last_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n read at out[lengths-1] (its first step) instead of at t = 0 (its last)",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "first step",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "after step 0",
                            "lengths[b] - 1",
                            "position 0",
                            "its last step",
                        ]
                    },
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    t = np.arange(T)[:, None]\n    idx = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)  # (T, B)\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r[idx, cols]\n    out = np.concatenate([out_f, out_b], axis=2)\n    H = hf.shape[1]\n    last = lengths - 1\n    h_n = np.stack([out[last, np.arange(B), :H], out[last, np.arange(B), H:]])\n    return out, (h_n, np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_rev_padding_not_zero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the waiting/frozen state (h0[1] in the reverse half) instead of zeros",
                "must_mention": [
                    "zero",
                    {"any": ["past", "padding", "after", "beyond", "t >= lengths"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    finals_h, finals_c = [], []\n    for d, params in enumerate([fwd, bwd]):\n        h, c = h0[d].copy(), c0[d].copy()\n        order = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in order:\n            m = (t < lengths)[:, None]\n            hn, cn = lstm_cell(x[t], h, c, *params)\n            h = np.where(m, hn, h)\n            c = np.where(m, cn, c)\n            out[t, :, d * H:(d + 1) * H] = h\n        finals_h.append(h)\n        finals_c.append(c)\n    return out, (np.array(finals_h), np.array(finals_c))\n',
    },
    {
        "id": "bll_slice_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x[L:0:-1] reads x_L..x_1: off by one (one padding step, never x_0); crashes when L == T",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "shifted",
                            "x_0",
                            "lengths[b] - 1",
                            "padding",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    x_rev = np.zeros_like(x)\n    for b in range(B):\n        L = int(lengths[b])\n        x_rev[:L, b] = x[L:0:-1, b]\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = int(lengths[b])\n        out_b[:L, b] = out_r[:L, b][::-1]\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_unflip_whole_T",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs put back by flipping the whole T axis, not each sequence's own L steps (misaligned for short ones)",
                "must_mention": [
                    {
                        "any": [
                            "position",
                            "aligned",
                            "time order",
                            "per sequence",
                            "own length",
                            "flip",
                            "shifted",
                            "own steps",
                            "misplaced",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    x_rev = np.zeros_like(x)\n    for b in range(B):\n        L = int(lengths[b])\n        x_rev[:L, b] = x[L - 1::-1, b] if L < T else x[::-1, b]\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = int(lengths[b])\n        out_b[:L, b] = out_r[::-1, b][:L]\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_hn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n stacked reverse first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "row 0",
                            "row 1",
                            "order of the directions",
                            "reverse first",
                            "direction order",
                        ]
                    }
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    t = np.arange(T)[:, None]\n    idx = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)  # (T, B)\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r[idx, cols]\n    return np.concatenate([out_f, out_b], axis=2), (np.stack([hb, hf]), np.stack([cb, cf]))\n',
    },
    {
        "id": "bll_cn_copy_paste",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "copy-paste: c_n's reverse row holds the reverse hidden state h instead of c",
                "must_mention": [
                    "c_n",
                    {"any": ["hidden state", "h instead", "equals h", "copy of h", "h_n"]},
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    finals_h, finals_c = [], []\n    for d, params in enumerate([fwd, bwd]):\n        h, c = h0[d].copy(), c0[d].copy()\n        order = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in order:\n            m = (t < lengths)[:, None]\n            hn, cn = lstm_cell(x[t], h, c, *params)\n            h = np.where(m, hn, h)\n            c = np.where(m, cn, c)\n            out[t, :, d * H:(d + 1) * H] = np.where(m, hn, 0.0)\n        finals_h.append(h)\n        finals_c.append(h if d == 1 else c)\n    return out, (np.array(finals_h), np.array(finals_c))\n',
    },
    {
        "id": "bll_npflip_no_axis",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip without axis reverses the features/units too, not only time",
                "must_mention": [
                    {"any": ["feature", "axis", "units reversed", "unit order", "columns"]}
                ],
            }
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    T, B, _ = x.shape\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    x_rev = np.zeros_like(x)\n    for b in range(B):\n        L = int(lengths[b])\n        x_rev[:L, b] = np.flip(x[:L, b])\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = np.zeros_like(out_r)\n    for b in range(B):\n        L = int(lengths[b])\n        out_b[:L, b] = np.flip(out_r[:L, b])\n    out = np.concatenate([out_f, out_b], axis=2)\n    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n',
    },
    {
        "id": "bll_float32_out",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {"what": "out allocated as float32", "must_mention": [{"any": ["float32", "dtype"]}]}
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H), np.float32)\n    finals_h, finals_c = [], []\n    for d, params in enumerate([fwd, bwd]):\n        h, c = h0[d].copy(), c0[d].copy()\n        order = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in order:\n            m = (t < lengths)[:, None]\n            hn, cn = lstm_cell(x[t], h, c, *params)\n            h = np.where(m, hn, h)\n            c = np.where(m, cn, c)\n            out[t, :, d * H:(d + 1) * H] = np.where(m, hn, 0.0)\n        finals_h.append(h)\n        finals_c.append(c)\n    return out, (np.array(finals_h), np.array(finals_c))\n',
    },
    {
        "id": "bll2_flip_hnswap",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction on the whole flipped tensor: starts on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t = T - 1",
                            "T - 1",
                            "T-1",
                            "starts at",
                            "own length",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n rows swapped",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "row 0",
                            "row 1",
                            "order of the directions",
                            "reverse first",
                            "direction order",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n    return out, (np.stack([hb, hf]), np.stack([cb, cf]))\n',
    },
    {
        "id": "bll2_hnlast_float32",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n read at its first step lengths-1 instead of t = 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "first step",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "after step 0",
                            "lengths[b] - 1",
                            "position 0",
                            "its last step",
                        ]
                    },
                ],
            },
            {"what": "out cast to float32", "must_mention": [{"any": ["float32", "dtype"]}]},
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n    lengths = np.asarray(lengths)\n    T = x.shape[0]\n    h, c = h0.copy(), c0.copy()\n    out = np.zeros((T, x.shape[1], h0.shape[1]))\n    for t in range(T):\n        m = (t < lengths)[:, None]\n        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n        h = np.where(m, h_new, h)\n        c = np.where(m, c_new, c)\n        out[t] = np.where(m, h_new, 0.0)\n    return out, (h, c)\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    t = np.arange(T)[:, None]\n    idx = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)  # (T, B)\n    cols = np.arange(B)[None, :]\n    x_rev = x[idx, cols]\n    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n    out_b = out_r[idx, cols]\n    out = np.concatenate([out_f, out_b], axis=2).astype(np.float32)\n    H = hf.shape[1]\n    last = lengths - 1\n    h_n = np.stack([out_f[last, np.arange(B)], out_b[last, np.arange(B)]])\n    return out, (h_n, np.stack([cf, cb]))\n',
    },
    {
        "id": "bll2_padnotzero_h0swap",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out not zero past each length",
                "must_mention": [
                    "zero",
                    {"any": ["past", "padding", "after", "beyond", "t >= lengths"]},
                ],
            },
            {
                "what": "forward starts from h0[1]/c0[1] and reverse from h0[0]/c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "h0[1]",
                            "h0[0]",
                            "row 0",
                            "row 1",
                            "swap",
                            "exchang",
                            "initial state",
                        ]
                    }
                ],
            },
        ],
        "source": 'import numpy as np\n\n\ndef sigmoid(z):\n    """Numerically stable logistic function, elementwise."""\n    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\ndef lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n    c_next = f * c + i * g\n    h_next = o * np.tanh(c_next)\n    return h_next, c_next\n\n\ndef bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n    lengths = np.asarray(lengths)\n    T, B, _ = x.shape\n    H = h0.shape[-1]\n    out = np.zeros((T, B, 2 * H))\n    finals_h, finals_c = [], []\n    for d, params in enumerate([fwd, bwd]):\n        h, c = h0[1 - d].copy(), c0[1 - d].copy()\n        order = range(T) if d == 0 else range(T - 1, -1, -1)\n        for t in order:\n            m = (t < lengths)[:, None]\n            hn, cn = lstm_cell(x[t], h, c, *params)\n            h = np.where(m, hn, h)\n            c = np.where(m, cn, c)\n            out[t, :, d * H:(d + 1) * H] = h\n        finals_h.append(h)\n        finals_c.append(c)\n    return out, (np.array(finals_h), np.array(finals_c))\n',
    },
]
