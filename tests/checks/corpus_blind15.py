# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The fifteenth blind corpus, kept as its two authors wrote it (/work/blind15a and /work/blind15b,
split by graded names as for corpora 10-14; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight different students and write every entry in one of their voices, in the natural mix of a
class; run on e5143c1 (after the twelfth round); the words a message must contain were fixed
before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "eli_sig_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    # z >= 0: e^{-z} <= 1, the usual formula is safe\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    # z < 0: use e^z / (1 + e^z), e^z <= 1\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    assert out.shape == z.shape\n"
        "    return out\n",
    },
    {
        "id": "ivan_sig_errstate_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # exp(1000) = inf and 1 / (1 + inf) = 0.0 is exactly right, so just silence "
        "numpy\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        '    with np.errstate(over="ignore"):\n'
        "        s = 1.0 / (1.0 + np.exp(-z))\n"
        "    return np.asarray(s)  # stays an array for 0-d input too\n",
    },
    {
        "id": "chen_sig_logaddexp_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z), out=np.empty_like(z))\n",
    },
    {
        "id": "dana_sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)) overflows (RuntimeWarning) for z around -1000",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # from the slides\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "ben_sig_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so exp still overflows (warning) for "
                "|z| large",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # stable version: pick the safe formula on each side of 0\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "gus_sig_clip10",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10]: values for |z| > 10 are wrong (e.g. sigma(20) != "
                "sigma(10))",
                "must_mention": [{"any": ["clip", "saturat", "large", "|z|", "> 10", "beyond"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.clip(z, -10, 10)  # sigmoid is flat out there anyway, no overflow\n"
        "    return 1/(1+np.exp(-z))\n",
    },
    {
        "id": "fatima_sig_neg_sign",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "for z < 0 computes 1/(1+e^z) = sigma(-z) instead of sigma(z)",
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
                            "sign",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.zeros_like(z)\n"
        "    neg = z < 0\n"
        "    out[~neg] = 1.0 / (1.0 + np.exp(-z[~neg]))\n"
        "    # negative side: same formula but with -z so exp stays small\n"
        "    out[neg] = 1.0 / (1.0 + np.exp(z[neg]))\n"
        "    return out\n",
    },
    {
        "id": "hana_sig_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the input array z (input modified in place)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Stable sigmoid, computed in place to avoid extra allocations."""\n'
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    z[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])\n"
        "    z[neg] = ez / (1.0 + ez)\n"
        "    return z\n",
    },
    {
        "id": "eli_sig_flatten",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flattened 1-D array: shape lost for 2-D/0-D inputs",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-D"]}],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Stable sigmoid, one value at a time so the branch is clear."""\n'
        "    vals = []\n"
        "    for v in np.ravel(z):\n"
        "        if v >= 0:\n"
        "            vals.append(1.0 / (1.0 + math.exp(-v)))\n"
        "        else:\n"
        "            e = math.exp(v)\n"
        "            vals.append(e / (1.0 + e))\n"
        "    return np.array(vals)\n",
    },
    {
        "id": "dana_sig_f32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "result is float32 instead of float64",
                "must_mention": [{"any": ["float32", "single precision"]}],
            },
            {"what": "naive formula overflows for large negative z", "must_mention": ["overflow"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # float32 is enough for neural nets\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "chen_sig_list_mathexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens: result is 1-D, not the shape of z",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-D"]}],
            },
            {
                "what": "math.exp(-v) raises OverflowError for v <= -710 (no stable branch)",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "def sigmoid(z):\n"
        "    return np.array([1/(1+math.exp(-v)) for v in np.ravel(z)])\n",
    },
    {
        "id": "eli_gates_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = W_hh.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh   # (B, 4H)\n"
        "    i = sigmoid(a[:, 0 * H:1 * H])\n"
        "    f = sigmoid(a[:, 1 * H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "ana_gates_colvec_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # book notation: W x_t with column vectors, then back to one row per example\n"
        "    A = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]   # (4H, B)\n"
        "    a_i, a_f, a_g, a_o = np.split(A.T, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "hana_gates_concat_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)        # (4H, I + H)\n"
        "    xh = np.concatenate([x, h], axis=1)             # (B, I + H)\n"
        "    a = xh @ W.T + (b_ih + b_hh)\n"
        "    blocks = [a[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    acts = [sigmoid, sigmoid, np.tanh, sigmoid]\n"
        "    return tuple(act(blk) for act, blk in zip(acts, blocks))\n",
    },
    {
        "id": "ben_gates_tf_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits blocks as (i, g, f, o): f and g read each other's rows",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "W_if",
                            "W_ig",
                            "W_hf",
                            "W_hg",
                            "H:2H",
                            "2H:3H",
                            "forget gate's rows",
                            "cell candidate's rows",
                            "g's rows",
                            "f's rows",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, g, f, o = np.split(z, 4, axis=1)   # i, j, f, o like tf's LSTMCell\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "chen_gates_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "g uses sigmoid instead of tanh", "must_mention": ["tanh"]}],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = sigmoid(np.split(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh, 4, axis=1))\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "ivan_gates_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh left out of the pre-activation",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # b_ih and b_hh are redundant (they just add up), one bias is enough\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = pre.shape[1] // 4\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "fatima_gates_HB",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gates returned as (H, B) columns, not transposed back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # W x + b as in the equations (column vectors, one column per example)\n"
        "    A = W_ih @ x.T + W_hh @ h.T + b_ih[:, None] + b_hh[:, None]\n"
        "    a_i, a_f, a_g, a_o = np.split(A, 4, axis=0)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gus_gates_interleaved",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape(B, H, 4) interleaves units: gate k taken as every 4th column, not "
                "the block k*H:(k+1)*H",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "reshape",
                            "every 4th",
                            "every fourth",
                            "stride",
                            "k*H",
                            "k * H",
                            "block",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    B = a.shape[0]\n"
        "    a = a.reshape(B, -1, 4)      # last axis = the 4 gates\n"
        "    return sigmoid(a[:, :, 0]), sigmoid(a[:, :, 1]), np.tanh(a[:, :, 2]), "
        "sigmoid(a[:, :, 3])\n",
    },
    {
        "id": "dana_gates_H_from_batch",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "H taken as h.shape[0] (the batch size B): wrong slices when B != H",
                "must_mention": [
                    {
                        "any": [
                            "h.shape[0]",
                            "batch size",
                            "B ≠ H",
                            "B != H",
                            "B instead of H",
                            "shape[0]",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[0]\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "dana_gates_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b_ih += b_hh          # combine the two biases once\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "hana_gates_stacked_array",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns one stacked (4, B, H) array instead of the tuple (i, f, g, o)",
                "must_mention": ["tuple"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    act = np.concatenate([sigmoid(a[:, :2 * H]), np.tanh(a[:, 2 * H:3 * H]), "
        "sigmoid(a[:, 3 * H:])], axis=1)\n"
        "    return np.stack(np.split(act, 4, axis=1))   # (4, B, H): i, f, g, o = "
        "lstm_gates(...) still works\n",
    },
    {
        "id": "ivan_gates_tanh_o",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate o uses tanh instead of sigmoid",
                "must_mention": [
                    {"any": ["sigmoid", "σ"]},
                    {"any": ["output gate", "o:", "o gate", "gate o", "o_t", "o uses", "o is"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(a_i)\n"
        "    f = sigmoid(a_f)\n"
        "    g = np.tanh(a_g)\n"
        "    o = np.tanh(a_o)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "ben_gates_tf_order_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "blocks taken in order (i, g, f, o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "W_if",
                            "W_ig",
                            "W_hf",
                            "W_hg",
                            "H:2H",
                            "2H:3H",
                            "forget gate's rows",
                            "cell candidate's rows",
                            "g's rows",
                            "f's rows",
                        ]
                    }
                ],
            },
            {"what": "b_hh not added", "must_mention": [{"any": ["b_hh", "bias"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # keras: one bias per gate block\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih\n"
        "    i, c_hat, f, o = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(c_hat), sigmoid(o)\n",
    },
    {
        "id": "dana_gates_f32_tanh_o",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "results are float32",
                "must_mention": [{"any": ["float32", "single precision"]}],
            },
            {
                "what": "o uses tanh instead of sigmoid",
                "must_mention": [
                    {"any": ["sigmoid", "σ"]},
                    {"any": ["output gate", "o:", "o gate", "gate o", "o_t", "o uses", "o is"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i).astype(np.float32), sigmoid(f).astype(np.float32), np.tanh(g), "
        "np.tanh(o)\n",
    },
    {
        "id": "eli_gates_naive_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "own naive sigmoid overflows for large pre-activations",
                "must_mention": ["overflow"],
            },
            {
                "what": "np.split default axis=0 splits the batch rows, not the 4H columns",
                "must_mention": [
                    {"any": ["axis", "batch rows", "along the batch", "rows of the batch"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        '    print("pre-activation shape:", a.shape)\n'
        "    a_i, a_f, a_g, a_o = np.split(a, 4)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "eli_cell_ok",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh        # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    assert h_next.shape == h.shape and c_next.shape == c.shape\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "chen_cell_ok",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = np.split(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh, 4, axis=-1)\n"
        "    c2 = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c2), c2\n",
    },
    {
        "id": "hana_cell_einsum_ok",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    pre = np.einsum("gi,bi->bg", W_ih, x) + np.einsum("gh,bh->bg", W_hh, h) + b_ih + '
        "b_hh\n"
        "    H = c.shape[-1]\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_new = np.add(np.multiply(f, c), np.multiply(i, g))\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "chen_cell_swapped_return",
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
                            "swap",
                            "c_next first",
                            "(c_next, h_next)",
                            "order of the outputs",
                            "returned c",
                            "h first",
                            "exchanged",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = np.split(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return c, sigmoid(o) * np.tanh(c)\n",
    },
    {
        "id": "ana_cell_no_tanh_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: tanh of the cell state forgotten",
                "must_mention": ["tanh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(A, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next          # h_t = o_t ⊙ c_t\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "eli_cell_old_c_in_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh(c) of the previous cell state instead of tanh(c_next)",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous c",
                            "old c",
                            "c_prev",
                            "tanh(c)",
                            "instead of c_t",
                            "instead of c_next",
                            "c instead",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "gus_cell_no_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + g: the input gate i is not applied to g",
                "must_mention": [
                    {"any": ["input gate", "i_t", "i ⊙ g", "i * g", "without i", "i_t ⊙"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "ben_cell_i_f_swapped_update",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i*c + f*g: input and forget gates swapped in the cell update",
                "must_mention": [
                    {"any": ["swap", "exchang", "i ⊙ c", "i*c", "i * c", "i_t ⊙ c", "roles"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_next = i * c + f * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "dana_cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i*g): caller's c modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    c *= sigmoid(f)\n"
        "    c += sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c), c\n",
    },
    {
        "id": "ivan_cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "own naive sigmoid overflows for large negative pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    c_next = sig(a_f) * c + sig(a_i) * np.tanh(a_g)\n"
        "    return sig(a_o) * np.tanh(c_next), c_next\n",
    },
    {
        "id": "hana_cell_squeeze",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis: with B=1 (or H=1/I=1) results lose an "
                "axis",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "singleton",
                            "lost",
                            "drops",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # tidy up stray singleton axes first\n"
        "    x, h, c = np.squeeze(x), np.squeeze(h), np.squeeze(c)\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = W_hh.shape[1]\n"
        "    i, f, g, o = (pre[..., k * H:(k + 1) * H] for k in range(4))\n"
        "    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_new = sigmoid(o) * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "fatima_cell_coupled_forget",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses (1 - f) in place of the input gate i (coupled gates)",
                "must_mention": [{"any": ["1 - f", "(1 - f)", "1-f", "input gate", "i_t"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    # forget what we keep out, write the rest: c_t = f c + (1 - f) g\n"
        "    c_next = f * c + (1 - f) * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "ana_cell_no_tanh_no_bhh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "h_next = o * c_next, no tanh", "must_mention": ["tanh"]},
            {"what": "b_hh not added", "must_mention": [{"any": ["b_hh", "bias"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    A = x @ W_ih.T + b_ih + h @ W_hh.T\n"
        "    H = A.shape[1] // 4\n"
        "    i = sigmoid(A[:, :H]); f = sigmoid(A[:, H:2*H]); g = np.tanh(A[:, 2*H:3*H]); o = "
        "sigmoid(A[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * c_next, c_next\n",
    },
    {
        "id": "chen_cell_swap_inplace",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c, h) instead of (h, c)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "c_next first",
                            "(c_next, h_next)",
                            "order of the outputs",
                            "returned c",
                            "h first",
                            "exchanged",
                        ]
                    }
                ],
            },
            {
                "what": "modifies the input c in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = np.split(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh, 4, axis=1)\n"
        "    c *= sigmoid(f); c += sigmoid(i) * np.tanh(g)\n"
        "    return c, sigmoid(o) * np.tanh(c)\n",
    },
    {
        "id": "dana_cell_f32_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "float32 results", "must_mention": [{"any": ["float32", "single precision"]}]},
            {
                "what": "h_next uses tanh of the old c",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous c",
                            "old c",
                            "c_prev",
                            "tanh(c)",
                            "instead of c_t",
                            "instead of c_next",
                            "c instead",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    x, h = x.astype(np.float32), h.astype(np.float32)\n"
        "    gates = x @ W_ih.T.astype(np.float32) + h @ W_hh.T.astype(np.float32) + (b_ih + "
        "b_hh).astype(np.float32)\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    h_next = (o * np.tanh(c)).astype(np.float32)\n"
        "    c_next = (f * c + i * g).astype(np.float32)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "ben_cell_tf_order_sigmoid_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "blocks read in order (i, g, f, o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "W_if",
                            "W_ig",
                            "W_hf",
                            "W_hg",
                            "H:2H",
                            "2H:3H",
                            "forget gate's rows",
                            "cell candidate's rows",
                            "g's rows",
                            "f's rows",
                        ]
                    }
                ],
            },
            {"what": "h_next = o * sigmoid(c_next) instead of tanh", "must_mention": ["tanh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, j, f, o = np.split(z, 4, axis=1)      # i, j(candidate), f, o\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(j)\n"
        "    h_next = sigmoid(o) * sigmoid(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "eli_layer_ok",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))           # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)                 # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "chen_layer_prealloc_ok",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first: x = x.swapaxes(0, 1)\n"
        "    T, B, H = x.shape[0], x.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "hana_layer_native_bf_ok",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    time_axis = 1 if batch_first else 0\n"
        "    T = x.shape[time_axis]\n"
        "    B = x.shape[1 - time_axis]\n"
        "    H = W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0,\n"
        "             np.zeros((B, H)) if c0 is None else c0)\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        x_t = np.take(x, t, axis=time_axis)\n"
        "        state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(state[0])\n"
        "    out = np.stack(hs, axis=time_axis)\n"
        "    return out, state\n",
    },
    {
        "id": "fatima_layer_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero initial state built as zeros_like(x[0]): shape (B, I), not (B, H); "
                "fails when I != H",
                "must_mention": [
                    {"any": ["zeros_like", "(B, I)", "input size", "input_size", "I ≠ H", "I != H"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros_like(x[0])\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros_like(x[0])\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "gus_layer_ignores_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first ignored: (B, T, I) input read as time-first",
                "must_mention": ["batch_first"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ivan_layer_bf_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is transposed but out is returned "
                "time-first (T, B, H)",
                "must_mention": [
                    "batch_first",
                    {"any": ["out", "transpos", "(B, T, H)", "(T, B, H)"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), (h, c)\n",
    },
    {
        "id": "chen_layer_out_stores_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell states c_t instead of h_t",
                "must_mention": [{"any": ["c_t", "cell state", "c instead", "c_next"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first: x = x.swapaxes(0, 1)\n"
        "    T, B, H = len(x), x.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = c\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "eli_layer_state_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step starts from (h0, c0): the state is never carried to the next "
                "step",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "every step",
                            "each step",
                            "not passed",
                            "not fed",
                            "previous step",
                            "h_{t-1}",
                            "initial state at",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "dana_layer_range_T_minus_1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops range(T - 1): the last step t = T-1 is never computed",
                "must_mention": [
                    {
                        "any": [
                            "T - 1",
                            "T-1",
                            "last step",
                            "one step",
                            "off-by-one",
                            "off by one",
                            "missing step",
                            "T - 1 steps",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    outputs = []\n"
        "    for t in range(T - 1):          # steps 0 .. T-1\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.array(outputs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ana_layer_c_not_updated",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the new cell state is stored in c_t but c is never updated: every step "
                "reads c0",
                "must_mention": [
                    {"any": ["c_{t-1}", "cell state", "c0", "c is not", "not carried", "carr"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    X = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[0] // 4\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    H_all = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c_t = lstm_cell(X[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        H_all[t] = h\n"
        "    out = np.swapaxes(H_all, 0, 1) if batch_first else H_all\n"
        "    return out, (h, c_t)\n",
    },
    {
        "id": "hana_layer_empty_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out = np.empty_like(x) is (T, B, I): breaks (or wrong shape) when I != H",
                "must_mention": [
                    {
                        "any": [
                            "empty_like",
                            "(T, B, I)",
                            "input size",
                            "input_size",
                            "I ≠ H",
                            "I != H",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.swapaxes(0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty_like(xs)                 # one row per step, same layout as the "
        "input\n"
        "    for t, x_t in enumerate(xs):\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "dana_layer_inplace_state",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h[:] = ..., c[:] = ... write into the caller's h0 and c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B = x.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)   # reuse the "
        "buffers\n"
        "        out.append(h.copy())\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ben_layer_hn_last_batch_row",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n = out[-1]: with batch_first=True that is the last batch row, not the "
                "last step",
                "must_mention": [
                    {"any": ["out[-1]", "batch row", "last example", "out[:, -1]", "last row"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    seq = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        seq.append(h)\n"
        "    out = np.stack(seq)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (out[-1], c)          # h_n is the last output\n",
    },
    {
        "id": "gus_layer_none_and_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h0/c0 None not handled (passed to the cell: crash)",
                "must_mention": [{"any": ["None", "zeros"]}],
            },
            {"what": "batch_first ignored", "must_mention": ["batch_first"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.array(outs), (h, c)\n",
    },
    {
        "id": "ivan_layer_stack_axis1_cn_is_h",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacked on axis 1: (B, T, H) even without batch_first",
                "must_mention": [
                    {"any": ["(B, T, H)", "axis", "batch-first", "batch first", "transpos"]}
                ],
            },
            {
                "what": "returns (h, h): c_n is the hidden state, not the cell state",
                "must_mention": [
                    {
                        "any": [
                            "c_n is h",
                            "h_n twice",
                            "h instead of c",
                            "hidden state instead",
                            "(h, h)",
                            "h_n in place of c_n",
                            "same as h_n",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1)      # (B, T, H)\n"
        "    return out, (h, h)\n",
    },
    {
        "id": "hana_layer_f32_h_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out preallocated as float32",
                "must_mention": [{"any": ["float32", "single precision"]}],
            },
            {
                "what": "every step reads h0 (h_init) instead of the previous h",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "carr",
                            "h0 at every",
                            "previous h",
                            "h_init",
                            "every step",
                            "each step",
                            "hidden state is not",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B, H = xs.shape[0], xs.shape[1], W_hh.shape[1]\n"
        "    h_init = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xs[t], h_init, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "dana_layer_inplace_aliased_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the new state into the caller's h0/c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": "appends the same h buffer every step: every out[t] equals the final h",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "same buffer",
                            "alias",
                            "every step equal",
                            "all steps",
                            "equal to h_n",
                            "last step's",
                            "every out[t]",
                            "final state at every",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B = x.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "hana_scratch_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "eli_scratch_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_input = input_size if k == 0 else hidden_size * "
        "self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._add(f"weight_ih_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, layer_input)))\n"
        '                self._add(f"weight_hh_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        self._names.append(name)\n"
        "        setattr(self, name, value)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key: {name}")\n'
        "            new = np.array(state[name], dtype=np.float64)\n"
        "            old = getattr(self, name)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name}: expected shape {old.shape}, got '
        '{new.shape}")\n'
        "            setattr(self, name, new)\n"
        "        for name in state:\n"
        "            if name not in self._names:\n"
        '                raise KeyError(f"unexpected key: {name}")\n'
        "\n"
        "    def _params(self, k, sfx):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, getattr(self, f"bias_ih_l{k}{sfx}"), getattr(self, '
        'f"bias_hh_l{k}{sfx}")\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for k in range(L):\n"
        "            fwd = np.empty((T, B, H))\n"
        "            h, c = h_0[k * D], c_0[k * D]\n"
        "            for t in range(T):\n"
        '                h, c = lstm_cell(inp[t], h, c, *self._params(k, ""))\n'
        "                fwd[t] = h\n"
        "            h_n[k * D], c_n[k * D] = h, c\n"
        "            if D == 2:\n"
        "                bwd = np.empty((T, B, H))\n"
        "                h, c = h_0[k * D + 1], c_0[k * D + 1]\n"
        "                for t in reversed(range(T)):\n"
        '                    h, c = lstm_cell(inp[t], h, c, *self._params(k, "_reverse"))\n'
        "                    bwd[t] = h\n"
        "                h_n[k * D + 1], c_n[k * D + 1] = h, c\n"
        "                inp = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ivan_scratch_normal_init",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises with a normal of std 1/sqrt(H): values outside [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {"any": ["bound", "1/√H", "1/sqrt", "uniform", "√H", "sqrt(H)", "range"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.standard_normal(shape) * k   # std "
        "1/sqrt(H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "fatima_scratch_reverse_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs on x[::-1] and stores its outputs in reading "
                "order, not back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "reversed order",
                            "put back",
                            "back in",
                            "index t",
                            "stored at",
                            "backwards",
                            "[::-1]",
                            "reverse order",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        "        steps = range(T)\n"
        '        if suffix == "_reverse":\n'
        "            x = x[::-1]          # read the sequence from the end\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "eli_scratch_reverse_final_state",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n/c_n taken at step T-1 (its first step), not after "
                "x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "x_0",
                            "step 0",
                            "t = 0",
                            "t=0",
                            "after reading",
                            "first step it",
                            "its first step",
                            "out[-1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_input = input_size if k == 0 else hidden_size * "
        "self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._add(f"weight_ih_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, layer_input)))\n"
        '                self._add(f"weight_hh_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        self._names.append(name)\n"
        "        setattr(self, name, value)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key: {name}")\n'
        "            new = np.array(state[name], dtype=np.float64)\n"
        "            old = getattr(self, name)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name}: expected shape {old.shape}, got '
        '{new.shape}")\n'
        "            setattr(self, name, new)\n"
        "        for name in state:\n"
        "            if name not in self._names:\n"
        '                raise KeyError(f"unexpected key: {name}")\n'
        "\n"
        "    def _params(self, k, sfx):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, getattr(self, f"bias_ih_l{k}{sfx}"), getattr(self, '
        'f"bias_hh_l{k}{sfx}")\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for k in range(L):\n"
        "            fwd = np.empty((T, B, H))\n"
        "            h, c = h_0[k * D], c_0[k * D]\n"
        "            for t in range(T):\n"
        '                h, c = lstm_cell(inp[t], h, c, *self._params(k, ""))\n'
        "                fwd[t] = h\n"
        "            h_n[k * D], c_n[k * D] = h, c\n"
        "            if D == 2:\n"
        "                bwd = np.empty((T, B, H))\n"
        "                h, c = h_0[k * D + 1], c_0[k * D + 1]\n"
        "                for t in reversed(range(T)):\n"
        '                    h, c = lstm_cell(inp[t], h, c, *self._params(k, "_reverse"))\n'
        "                    bwd[t] = h\n"
        "                    if t == T - 1:\n"
        "                        h_last, c_last = h, c      # final state = the one at the "
        "last time step\n"
        "                h_n[k * D + 1], c_n[k * D + 1] = h_last, c_last\n"
        "                inp = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ben_scratch_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_0/h_n rows indexed d*L + k (direction-major) instead of k*D + d",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D + d",
                            "layer by layer",
                            "row order",
                            "order of the rows",
                            "rows of h_n",
                            "direction-major",
                            "layer-major",
                            "rows",
                            "interleav",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "gus_scratch_bias_false_keeps_biases",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates (zero) bias parameters: state_dict has extra "
                "bias keys",
                "must_mention": ["bias", {"any": ["key", "state_dict"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H)),\n'
        '                          (f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                          (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    if name.startswith("bias") and not bias:\n'
        "                        self.params[name] = np.zeros(shape)   # no bias = zero bias\n"
        "                    else:\n"
        "                        self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "hana_scratch_state_dict_shallow",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns a new dict but the same arrays: changing them changes "
                "the module",
                "must_mention": [
                    {"any": ["cop", "alias", "share", "view", "same array", "reference"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self.params)   # a new dict, as asked\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "dana_scratch_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "seed ignored: same seed gives different parameters", "must_mention": ["seed"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng()\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "chen_scratch_layer_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer's weight_ih built with input_size columns; layers > 0 need H "
                "* D",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "H*D",
                            "D*H",
                            "2H",
                            "2 * H",
                            "previous layer",
                            "layer k-1",
                            "later layers",
                            "layers after the first",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ana_scratch_hx_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "hx ignored: always starts from zeros",
                "must_mention": [
                    {"any": ["hx", "h_0", "initial state"]},
                    {"any": ["ignor", "zeros", "not used", "unused"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_input = input_size if k == 0 else hidden_size * "
        "self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._add(f"weight_ih_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, layer_input)))\n"
        '                self._add(f"weight_hh_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        self._names.append(name)\n"
        "        setattr(self, name, value)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key: {name}")\n'
        "            new = np.array(state[name], dtype=np.float64)\n"
        "            old = getattr(self, name)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name}: expected shape {old.shape}, got '
        '{new.shape}")\n'
        "            setattr(self, name, new)\n"
        "        for name in state:\n"
        "            if name not in self._names:\n"
        '                raise KeyError(f"unexpected key: {name}")\n'
        "\n"
        "    def _params(self, k, sfx):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, getattr(self, f"bias_ih_l{k}{sfx}"), getattr(self, '
        'f"bias_hh_l{k}{sfx}")\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        h_0 = np.zeros((L * D, B, H))     # initial state: zeros, as nn.LSTM\n"
        "        c_0 = np.zeros((L * D, B, H))\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for k in range(L):\n"
        "            fwd = np.empty((T, B, H))\n"
        "            h, c = h_0[k * D], c_0[k * D]\n"
        "            for t in range(T):\n"
        '                h, c = lstm_cell(inp[t], h, c, *self._params(k, ""))\n'
        "                fwd[t] = h\n"
        "            h_n[k * D], c_n[k * D] = h, c\n"
        "            if D == 2:\n"
        "                bwd = np.empty((T, B, H))\n"
        "                h, c = h_0[k * D + 1], c_0[k * D + 1]\n"
        "                for t in reversed(range(T)):\n"
        '                    h, c = lstm_cell(inp[t], h, c, *self._params(k, "_reverse"))\n'
        "                    bwd[t] = h\n"
        "                h_n[k * D + 1], c_n[k * D + 1] = h, c\n"
        "                inp = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ivan_scratch_bf_out_not_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "batch_first: out returned time-first", "must_mention": ["batch_first"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "chen_scratch_reverse_uses_forward_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs with the forward direction's parameters (suffix "
                "_reverse dropped)",
                "must_mention": [
                    {
                        "any": [
                            "_reverse",
                            "forward's",
                            "forward direction's",
                            "forward weights",
                            "forward parameters",
                            "reverse weights",
                            "reverse parameters",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}"]\n'
        '        b = p[f"bias_ih_l{layer}"] + p[f"bias_hh_l{layer}"] if self.bias else 0.0\n'
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ben_scratch_load_keeps_reference",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays (np.asarray, no copy): later "
                "changes to state change the module",
                "must_mention": [
                    {"any": ["cop", "alias", "share", "view", "same array", "reference"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_input = input_size if k == 0 else hidden_size * "
        "self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._add(f"weight_ih_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, layer_input)))\n"
        '                self._add(f"weight_hh_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        self._names.append(name)\n"
        "        setattr(self, name, value)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key: {name}")\n'
        "            new = np.asarray(state[name], dtype=np.float64)\n"
        "            old = getattr(self, name)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name}: expected shape {old.shape}, got '
        '{new.shape}")\n'
        "            setattr(self, name, new)\n"
        "        for name in state:\n"
        "            if name not in self._names:\n"
        '                raise KeyError(f"unexpected key: {name}")\n'
        "\n"
        "    def _params(self, k, sfx):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, getattr(self, f"bias_ih_l{k}{sfx}"), getattr(self, '
        'f"bias_hh_l{k}{sfx}")\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for k in range(L):\n"
        "            fwd = np.empty((T, B, H))\n"
        "            h, c = h_0[k * D], c_0[k * D]\n"
        "            for t in range(T):\n"
        '                h, c = lstm_cell(inp[t], h, c, *self._params(k, ""))\n'
        "                fwd[t] = h\n"
        "            h_n[k * D], c_n[k * D] = h, c\n"
        "            if D == 2:\n"
        "                bwd = np.empty((T, B, H))\n"
        "                h, c = h_0[k * D + 1], c_0[k * D + 1]\n"
        "                for t in reversed(range(T)):\n"
        '                    h, c = lstm_cell(inp[t], h, c, *self._params(k, "_reverse"))\n'
        "                    bwd[t] = h\n"
        "                h_n[k * D + 1], c_n[k * D + 1] = h, c\n"
        "                inp = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ivan_scratch_normal_bf",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "normal init, values outside the bound",
                "must_mention": [
                    {"any": ["bound", "1/√H", "1/sqrt", "uniform", "√H", "sqrt(H)", "range"]}
                ],
            },
            {"what": "batch_first: out not transposed back", "must_mention": ["batch_first"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.normal(0.0, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "fatima_scratch_noflip_layer_input",
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
                            "reversed order",
                            "put back",
                            "back in",
                            "index t",
                            "stored at",
                            "backwards",
                            "[::-1]",
                            "reverse order",
                        ]
                    }
                ],
            },
            {
                "what": "layers > 0 built with H input features instead of D*H (wrong weight_ih "
                "shape when bidirectional)",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "H*D",
                            "D*H",
                            "2H",
                            "2 * H",
                            "both directions",
                            "previous layer",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        "        steps = range(T)\n"
        '        if suffix == "_reverse":\n'
        "            x = x[::-1]          # read the sequence from the end\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "gus_scratch_biaskeys_hx",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still has bias parameters (keys)",
                "must_mention": ["bias", {"any": ["key", "state_dict"]}],
            },
            {
                "what": "hx ignored",
                "must_mention": [
                    {"any": ["hx", "h_0", "initial state"]},
                    {"any": ["ignor", "zeros", "not used", "unused"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H)),\n'
        '                          (f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                          (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        h0 = np.zeros((L * D, B, H))\n"
        "        c0 = np.zeros((L * D, B, H))\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "dana_scratch_seed_load_ref",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "seed ignored", "must_mention": ["seed"]},
            {
                "what": "load_state_dict keeps references to the given arrays",
                "must_mention": [
                    {"any": ["cop", "alias", "share", "view", "same array", "reference"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size = input_size, hidden_size\n"
        "        self.num_layers, self.bias = num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng()\n"
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        for k in range(num_layers):\n"
        "            layer_input = input_size if k == 0 else hidden_size * "
        "self.num_directions\n"
        "            for d in range(self.num_directions):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._add(f"weight_ih_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, layer_input)))\n"
        '                self._add(f"weight_hh_l{k}{sfx}", rng.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size)))\n"
        "                if bias:\n"
        '                    self._add(f"bias_ih_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        '                    self._add(f"bias_hh_l{k}{sfx}", rng.uniform(-bound, bound, 4 * '
        "hidden_size))\n"
        "\n"
        "    def _add(self, name, value):\n"
        "        self._names.append(name)\n"
        "        setattr(self, name, value)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(getattr(self, name), dtype=np.float64) for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self._names:\n"
        "            if name not in state:\n"
        '                raise KeyError(f"missing key: {name}")\n'
        "            new = state[name]\n"
        "            old = getattr(self, name)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name}: expected shape {old.shape}, got '
        '{new.shape}")\n'
        "            setattr(self, name, new)\n"
        "        for name in state:\n"
        "            if name not in self._names:\n"
        '                raise KeyError(f"unexpected key: {name}")\n'
        "\n"
        "    def _params(self, k, sfx):\n"
        '        W_ih = getattr(self, f"weight_ih_l{k}{sfx}")\n'
        '        W_hh = getattr(self, f"weight_hh_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, getattr(self, f"bias_ih_l{k}{sfx}"), getattr(self, '
        'f"bias_hh_l{k}{sfx}")\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H, D, L = self.hidden_size, self.num_directions, self.num_layers\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((L * D, B, H))\n"
        "            c_0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for k in range(L):\n"
        "            fwd = np.empty((T, B, H))\n"
        "            h, c = h_0[k * D], c_0[k * D]\n"
        "            for t in range(T):\n"
        '                h, c = lstm_cell(inp[t], h, c, *self._params(k, ""))\n'
        "                fwd[t] = h\n"
        "            h_n[k * D], c_n[k * D] = h, c\n"
        "            if D == 2:\n"
        "                bwd = np.empty((T, B, H))\n"
        "                h, c = h_0[k * D + 1], c_0[k * D + 1]\n"
        "                for t in reversed(range(T)):\n"
        '                    h, c = lstm_cell(inp[t], h, c, *self._params(k, "_reverse"))\n'
        "                    bwd[t] = h\n"
        "                h_n[k * D + 1], c_n[k * D + 1] = h, c\n"
        "                inp = np.concatenate([fwd, bwd], axis=2)\n"
        "            else:\n"
        "                inp = fwd\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "chen_scratch_rows_revweights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows direction-major",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D + d",
                            "layer by layer",
                            "row order",
                            "order of the rows",
                            "rows of h_n",
                            "direction-major",
                            "layer-major",
                            "rows",
                            "interleav",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction uses the forward weights (biases still _reverse)",
                "must_mention": [
                    {
                        "any": [
                            "_reverse",
                            "forward's",
                            "forward direction's",
                            "forward weights",
                            "forward parameters",
                            "reverse weights",
                            "reverse parameters",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [(f"weight_ih_l{layer}{suffix}", (4 * H, in_size)),\n'
        '                          (f"weight_hh_l{layer}{suffix}", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [(f"bias_ih_l{layer}{suffix}", (4 * H,)),\n'
        '                               (f"bias_hh_l{layer}{suffix}", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        "                    self.params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: p.copy() for name, p in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.zeros((T, x.shape[1], H))\n"
        '        steps = range(T - 1, -1, -1) if suffix == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer\n"
        "                out, h_n[row], c_n[row] = self._run_direction(layer_in, h0[row], "
        "c0[row], layer, suffix)\n"
        "                outs.append(out)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "ivan_shapes_ok",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out,\n'
        '            "h_n": (D * num_layers, batch, H_out),\n'
        '            "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "chen_shapes_ok",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    d = 1 + bool(bidirectional); p = proj_size or hidden_size\n"
        "    o = [seq_len, batch]\n"
        "    if batch_first: o.reverse()\n"
        "    return dict(out=tuple(o + [d * p]), h_n=(num_layers * d, batch, p), "
        "c_n=(num_layers * d, batch, hidden_size))\n",
    },
    {
        "id": "gus_shapes_out_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H, not D * H, for bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "2 *",
                            "2*",
                            "both directions",
                            "2H",
                            "2 H",
                            "times D",
                            "D = 2",
                            "D=2",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, H)\n"
        "    else:\n"
        "        out = (seq_len, batch, H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "ana_shapes_c_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n given proj_size features; the cell state is never projected",
                "must_mention": [
                    {
                        "any": [
                            "not projected",
                            "c_t is not",
                            "cell state keeps",
                            "c_n keeps",
                            "c_n is not",
                            "hidden_size, not proj",
                            "never projected",
                            "cell state is not",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    T, B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"out": (T, B, D * H_out), "h_n": (D * num_layers, batch, H_out), "c_n": '
        "(D * num_layers, batch, H_out)}\n",
    },
    {
        "id": "fatima_shapes_out_not_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out uses hidden_size even with proj_size > 0 (out holds the projected "
                "h_t)",
                "must_mention": [{"any": ["proj_size"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_h = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * hidden_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H_h), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "chen_shapes_hn_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first axis num_layers, not num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "D * L",
                            "L*D",
                            "D*L",
                            "num_layers * 2",
                            "2 * num_layers",
                            "both directions",
                            "times D",
                            "D = 2",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    d = 2 if bidirectional else 1; p = proj_size or hidden_size\n"
        "    out = (batch, seq_len, d * p) if batch_first else (seq_len, batch, d * p)\n"
        '    return {"out": out, "h_n": (num_layers, batch, p), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "ben_shapes_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n/c_n too; it only changes x and out",
                "must_mention": [
                    "batch_first",
                    {
                        "any": [
                            "batch_first does not",
                            "only x and out",
                            "only out",
                            "never batch first",
                            "not batch first",
                            "states are not",
                            "keep the layout",
                            "unaffected",
                            "does not change h_n",
                            "h_n and c_n keep",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H_out),\n'
        '                "h_n": (batch, num_layers * D, H_out),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H_out),\n'
        '            "h_n": (num_layers * D, batch, H_out),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "hana_shapes_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "shapes returned as lists, not tuples", "must_mention": ["tuple"]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        "    out.append(D * H_out)\n"
        "    h_n = [num_layers * D, batch, H_out]\n"
        "    c_n = h_n[:2] + [hidden_size]\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "dana_shapes_bf_inverted",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first condition inverted: out is (B, T, .) by default",
                "must_mention": [
                    "batch_first",
                    {
                        "any": [
                            "invert",
                            "(seq_len, batch",
                            "the other way",
                            "swapped",
                            "(T, B",
                            "time first",
                            "time-first",
                            "reversed",
                        ]
                    },
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if not batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "eli_shapes_proj_zero",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size=0 (no projection) tested with `is not None`: h features become "
                "0 instead of hidden_size",
                "must_mention": [
                    "proj_size",
                    {"any": ["0", "zero", "no projection", "is not None"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    # projected size if there is a projection\n"
        "    H_out = proj_size if proj_size is not None else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        "    print(out, h_n, c_n)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "chen_shapes_hn_noD_c_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first axis misses D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "D * L",
                            "L*D",
                            "D*L",
                            "num_layers * 2",
                            "2 * num_layers",
                            "both directions",
                            "times D",
                            "D = 2",
                        ]
                    }
                ],
            },
            {
                "what": "c_n projected",
                "must_mention": [
                    {
                        "any": [
                            "not projected",
                            "c_t is not",
                            "cell state keeps",
                            "c_n keeps",
                            "c_n is not",
                            "hidden_size, not proj",
                            "never projected",
                            "cell state is not",
                        ]
                    }
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    d = 2 if bidirectional else 1; p = proj_size or hidden_size\n"
        "    out = (batch, seq_len, d * p) if batch_first else (seq_len, batch, d * p)\n"
        '    return {"out": out, "h_n": (num_layers, batch, p), "c_n": (num_layers, batch, '
        "p)}\n",
    },
    {
        "id": "ben_shapes_states_bf_out_no_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n/c_n",
                "must_mention": [
                    "batch_first",
                    {
                        "any": [
                            "batch_first does not",
                            "only x and out",
                            "only out",
                            "never batch first",
                            "not batch first",
                            "states are not",
                            "keep the layout",
                            "unaffected",
                            "does not change h_n",
                            "h_n and c_n keep",
                        ]
                    },
                ],
            },
            {"what": "out ignores proj_size", "must_mention": [{"any": ["proj_size"]}]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * hidden_size),\n'
        '                "h_n": (batch, num_layers * D, H_out),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * hidden_size),\n'
        '            "h_n": (num_layers * D, batch, H_out),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "gus_shapes_noD_out_noproj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis misses D",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D*",
                            "2 *",
                            "2*",
                            "both directions",
                            "2H",
                            "2 H",
                            "times D",
                            "D = 2",
                            "D=2",
                        ]
                    }
                ],
            },
            {
                "what": "proj_size ignored everywhere (out, h_n)",
                "must_mention": [{"any": ["proj_size"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    L = num_layers * (2 if bidirectional else 1)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, hidden_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, hidden_size)\n"
        '    return {"out": out, "h_n": (L, batch, hidden_size), "c_n": (L, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "bi_ok_chen_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # same trick as chapter 6: flip, run, flip back\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, axis=0)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_ok_dara_loop",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.array([h, hb]), np.array([c, cb]))\n",
    },
    {
        "id": "bi_ok_fatima_defensive",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    x = np.array(x, dtype=np.float64, copy=True)\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh_f.shape[1]\n"
        "    assert h0.shape == (2, B, H) and c0.shape == (2, B, H)\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer(x, h0[0], c0[0], W_ih_f, W_hh_f, "
        "b_ih_f, b_hh_f)\n"
        "    reversed_x = x[::-1]\n"
        "    backward_out_reading_order, (backward_h, backward_c) = lstm_layer(\n"
        "        reversed_x, h0[1], c0[1], W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n"
        "    backward_out = backward_out_reading_order[::-1]\n"
        "    out = np.dstack([forward_out, backward_out])\n"
        "    h_n = np.stack((forward_h, backward_h), axis=0)\n"
        "    c_n = np.stack((forward_c, backward_c), axis=0)\n"
        "    assert out.shape == (T, B, 2 * H)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ben_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in reading order (not flipped back to "
                "time order)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "reading order",
                            "time order",
                            "reversed in time",
                            "back in order",
                            "not put back",
                            "order of the steps",
                            "wrong order",
                            "mirror",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    h_n = np.stack((h_f, h_b))\n"
        "    c_n = np.stack((c_f, c_b))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_dara_hn_from_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken as out[-1, :, H:] (reverse direction's first step) instead "
                "of its state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "out[-1",
                            "x_{t-1}",
                            "one step",
                            "only x",
                            "position t-1",
                            "step t-1",
                            "out[t-1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], -1)\n"
        "    # last time step holds the final states of both directions\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_eli_swapped_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "fwd and bwd weights swapped between the directions",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "the other direction",
                            "fwd and bwd",
                            "bwd and fwd",
                            "interchang",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    # backward pass: weights bwd read x forwards? no -- bwd reads reversed\n"
        "    out_a, (h_a, c_a) = lstm_layer(x, h0[0], c0[0], *bwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_a, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_a, h_b]), np.stack([c_a, c_b]))\n",
    },
    {
        "id": "bi_gus_same_init",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] (the forward initial state) "
                "instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "forward's initial",
                            "initial state of the forward",
                            "same initial",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    h, c = h0[0], c0[0]\n"
        "    of, (hf, cf) = lstm_layer(x, h, c, *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h, c, *bwd)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_hana_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "outputs concatenated along the time axis (default axis 0) instead of the "
                "feature axis: out is (2T, B, H)",
                "must_mention": [
                    {"any": ["axis", "concatenat", "2t,", "(2t", "2*t", "2 * t", "side by side"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out1, (h1, c1) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    out2, (h2, c2) = lstm_layer(x[::-1], h0[1], c0[1], bwd[0], bwd[1], bwd[2], "
        "bwd[3])\n"
        "    out2 = out2[::-1]\n"
        "    out = np.concatenate((out1, out2))\n"
        "    hn = np.array([h1, h2])\n"
        "    cn = np.array([c1, c2])\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bi_ivan_cn_is_h",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n built from the hidden states h (copy-paste), not the cell states",
                "must_mention": [
                    {
                        "any": [
                            "hidden state",
                            "h_n's values",
                            "h instead",
                            "equals h_n",
                            "same as h_n",
                            "is h_n",
                            "holds h",
                            "h_n instead",
                            "copy of h",
                            "values of h",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def _run_direction(x, h, c, weights, reverse=False):\n"
        "    xs = x[::-1] if reverse else x\n"
        "    out, (h_last, c_last) = lstm_layer(xs, h, c, *weights)\n"
        "    return (out[::-1] if reverse else out), h_last, c_last\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, h_f, c_f = _run_direction(x, h0[0], c0[0], fwd)\n"
        "    out_b, h_b, c_b = _run_direction(x, h0[1], c0[1], bwd, reverse=True)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([h_f, h_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ana_flip_batch",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "flips along axis 1 (the batch) instead of axis 0 (time), so the reverse "
                "direction reads forwards",
                "must_mention": [
                    {
                        "any": [
                            "axis 1",
                            "batch axis",
                            "along the batch",
                            "across the batch",
                            "batch order",
                            "order of the batch",
                            "flipped the batch",
                            "batch instead",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # reverse the sequence for the backward direction\n"
        "    x_rev = np.flip(x, axis=1)\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out_r = np.flip(out_r, axis=1)\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bi_chen_halves",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves in the wrong order: reverse half first, forward half second",
                "must_mention": [
                    {
                        "any": [
                            "halves",
                            "swap",
                            "exchang",
                            "reverse first",
                            "backward first",
                            "other way round",
                            "the wrong half",
                            "interchang",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_b[::-1], out_f], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_fatima_inplace",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses x in place (x[:] = x[::-1]), changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    out_forward, (h_forward, c_forward) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse x in time for the backward direction (saves memory)\n"
        "    x[:] = x[::-1]\n"
        "    out_backward, (h_backward, c_backward) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out_backward = out_backward[::-1]\n"
        "    out = np.concatenate([out_forward, out_backward], axis=2)\n"
        "    return out, (np.stack([h_forward, h_backward]), np.stack([c_forward, "
        "c_backward]))\n",
    },
    {
        "id": "bi_gus_noflip_sameinit",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs not flipped back to time order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "reading order",
                            "time order",
                            "reversed in time",
                            "back in order",
                            "not put back",
                            "order of the steps",
                            "wrong order",
                            "mirror",
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
                            "forward direction's initial",
                            "forward initial",
                            "forward's initial",
                            "initial state of the forward",
                            "same initial",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_hana_swap_f32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "fwd and bwd weights swapped between the directions",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "the other direction",
                            "fwd and bwd",
                            "bwd and fwd",
                            "interchang",
                        ]
                    }
                ],
            },
            {"what": "out returned as float32", "must_mention": [{"any": ["float32", "dtype"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    x = x.astype(np.float32)\n"
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    o2, (h2, c2) = lstm_layer(x[::-1], h0[1], c0[1], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    out = np.concatenate((o1, o2[::-1]), axis=2).astype(np.float32)\n"
        "    return out, (np.array([h1, h2]), np.array([c1, c2]))\n",
    },
    {
        "id": "bi_dara_hn_halves",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves in the wrong order (reverse half first)",
                "must_mention": [
                    {
                        "any": [
                            "halves",
                            "swap",
                            "exchang",
                            "reverse first",
                            "backward first",
                            "other way round",
                            "the wrong half",
                            "interchang",
                        ]
                    }
                ],
            },
            {
                "what": "h_n[1] taken from out at the last position (reverse direction's first "
                "step)",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "out[-1",
                            "x_{t-1}",
                            "one step",
                            "only x",
                            "position t-1",
                            "step t-1",
                            "out[t-1",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([ob[::-1], of], -1)\n"
        "    h_n = np.stack([hf, out[-1, :, :H]])\n"
        "    return out, (h_n, np.stack([cf, cb]))\n",
    },
    {
        "id": "cb_ok_ana_vector",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_eli_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    z = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    s = sigmoid(z)          # sigmoid of everything, use the i, f, o parts\n"
        "    th = np.tanh(z)         # tanh of everything, use the g part\n"
        "    i, f, g, o = s[:, :H], s[:, H:2*H], th[:, 2*H:3*H], s[:, 3*H:]\n"
        "    ct = f * c + i * g\n"
        "    tc = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1.0 - tc * tc)\n"
        "    dz = np.empty_like(z)\n"
        "    dz[:, :H] = dct * g * i * (1.0 - i)\n"
        "    dz[:, H:2*H] = dct * c * f * (1.0 - f)\n"
        "    dz[:, 2*H:3*H] = dct * i * (1.0 - g * g)\n"
        "    dz[:, 3*H:] = dh_next * tc * o * (1.0 - o)\n"
        '    dW_ih = np.einsum("bk,bi->ki", dz, x)\n'
        '    dW_hh = np.einsum("bk,bj->kj", dz, h)\n'
        '    db = np.einsum("bk->k", dz)\n'
        '    names = ["x", "h", "c", "W_ih", "W_hh", "b_ih", "b_hh"]\n'
        '    vals = [np.einsum("bk,ki->bi", dz, W_ih), np.einsum("bk,kj->bj", dz, W_hh), dct * '
        "f,\n"
        "            dW_ih, dW_hh, db, db.copy()]\n"
        "    return dict(zip(names, vals))\n",
    },
    {
        "id": "cb_ok_ivan_slices",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        'GATES = "ifgo"\n'
        "\n"
        "\n"
        "def _forward_parts(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    rows = {q: slice(k * H, (k + 1) * H) for k, q in enumerate(GATES)}\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    act = {q: (np.tanh(a[:, r]) if q == "g" else sigmoid(a[:, r])) for q, r in '
        "rows.items()}\n"
        '    c_t = act["f"] * c + act["i"] * act["g"]\n'
        "    return rows, act, c_t\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    rows, act, c_t = _forward_parts(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    tanh_c = np.tanh(c_t)\n"
        '    dc_total = dc_next + dh_next * act["o"] * (1 - tanh_c ** 2)\n'
        '    grad_gate = {"i": dc_total * act["g"], "f": dc_total * c, "g": dc_total * '
        'act["i"], "o": dh_next * tanh_c}\n'
        "    da = np.zeros((x.shape[0], W_ih.shape[0]))\n"
        "    for q, r in rows.items():\n"
        '        deriv = 1 - act[q] ** 2 if q == "g" else act[q] * (1 - act[q])\n'
        "        da[:, r] = grad_gate[q] * deriv\n"
        "    grads = {}\n"
        '    grads["x"] = np.dot(da, W_ih)\n'
        '    grads["h"] = np.dot(da, W_hh)\n'
        '    grads["c"] = dc_total * act["f"]\n'
        '    grads["W_ih"] = np.dot(da.T, x)\n'
        '    grads["W_hh"] = np.dot(da.T, h)\n'
        '    grads["b_ih"] = np.sum(da, axis=0)\n'
        '    grads["b_hh"] = np.sum(da, axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_ben_missing_dh_term",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t = dc_next only: the term dh_next ⊙ o ⊙ (1 - tanh² c_t) is forgotten",
                "must_mention": [
                    {"any": ["tanh", "h_t", "through h", "o_t"]},
                    {"any": ["δc", "dc_", "delta c", "total gradient", "dl/dc", "∂l/∂c", "c_t"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    dc = dc_next\n"
        "    do = dh_next * np.tanh(c_next)\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da_i = di * i * (1 - i)\n"
        "    da_f = df * f * (1 - f)\n"
        "    da_g = dg * (1 - g ** 2)\n"
        "    da_o = do * o * (1 - o)\n"
        "    da = np.hstack([da_i, da_f, da_g, da_o])\n"
        "    grads = {}\n"
        '    grads["x"] = da @ W_ih\n'
        '    grads["h"] = da @ W_hh\n'
        '    grads["c"] = dc * f\n'
        '    grads["W_ih"] = da.T @ x\n'
        '    grads["W_hh"] = da.T @ h\n'
        '    grads["b_ih"] = da.sum(0)\n'
        '    grads["b_hh"] = da.sum(0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_dara_o_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate's derivative written as 1 - o² (tanh') instead of o(1 - o)",
                "must_mention": [
                    {"any": ["output gate", "δo", "o gate", "o_t", "gate o"]},
                    {
                        "any": [
                            "deriv",
                            "σ'",
                            "sigma'",
                            "σ(1",
                            "1 - o",
                            "tanh'",
                            "1 - tanh",
                            "o²",
                            "o^2",
                            "o**2",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, 1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), "
        "dh_next * tc * (1 - o**2)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_hana_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as x.T @ da (transposed: (I, 4H) instead of "
                "(4H, I))",
                "must_mention": [{"any": ["transpos", "(i, 4h)", "(h, 4h)", ".t @", "x.t"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i = sigmoid(a[:, 0:H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:4*H])\n"
        "    cn = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(cn)**2)\n"
        "    da = np.concatenate((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * np.tanh(cn) * o * (1 - o)), axis=1)\n"
        "    dW_ih = np.dot(x.T, da)\n"
        "    dW_hh = np.dot(h.T, da)\n"
        "    db = np.sum(da, axis=0)\n"
        '    return {"x": np.dot(da, W_ih), "h": np.dot(da, W_hh), "c": dc * f,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_eli_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients averaged over the batch (mean) instead of summed",
                "must_mention": [
                    {"any": ["mean", "average", "divided by b", "/ b", "1/b", "batch size"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:]))\n"
        "    ct = f * c + i * g\n"
        "    tc = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - "
        "g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.mean(axis=0)   # bias is shared by the batch -> average\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f,\n'
        '            "W_ih": np.einsum("bk,bi->ki", da, x), "W_hh": np.einsum("bk,bj->kj", da, '
        "h),\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_fatima_dcprev_from_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} = dc_next ⊙ f instead of the total δc_t ⊙ f (misses the path "
                "through h_t)",
                "must_mention": [{"any": ["dc_next", "total", "δc_t", "through h", "h_t", "tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden_size = h.shape[1]\n"
        "    pre_activation = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    pre_i, pre_f, pre_g, pre_o = np.split(pre_activation, 4, axis=1)\n"
        "    input_gate, forget_gate = sigmoid(pre_i), sigmoid(pre_f)\n"
        "    candidate, output_gate = np.tanh(pre_g), sigmoid(pre_o)\n"
        "    cell_state = forget_gate * c + input_gate * candidate\n"
        "    tanh_cell = np.tanh(cell_state)\n"
        "    delta_cell = dc_next + dh_next * output_gate * (1.0 - tanh_cell ** 2)\n"
        "    delta_pre = np.concatenate([\n"
        "        delta_cell * candidate * input_gate * (1.0 - input_gate),\n"
        "        delta_cell * c * forget_gate * (1.0 - forget_gate),\n"
        "        delta_cell * input_gate * (1.0 - candidate ** 2),\n"
        "        dh_next * tanh_cell * output_gate * (1.0 - output_gate),\n"
        "    ], axis=1)\n"
        "    assert delta_pre.shape == (x.shape[0], 4 * hidden_size)\n"
        "    grad_c_prev = dc_next * forget_gate   # dL/dc_{t-1} = dL/dc_t * f_t\n"
        "    return {\n"
        '        "x": delta_pre @ W_ih, "h": delta_pre @ W_hh, "c": grad_c_prev,\n'
        '        "W_ih": delta_pre.T @ x, "W_hh": delta_pre.T @ h,\n'
        '        "b_ih": delta_pre.sum(axis=0), "b_hh": delta_pre.sum(axis=0).copy(),\n'
        "    }\n",
    },
    {
        "id": "cb_gus_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates split in the order i, f, o, g instead of PyTorch's i, f, g, o",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "i, f, g, o",
                            "ifgo",
                            "ifog",
                            "i, f, o, g",
                            "blocks swapped",
                            "g and o",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ai, af, ao, ag = np.split(a, 4, axis=1)\n"
        "    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n"
        "    ct = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(ct) ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dh_next * np.tanh(ct) * o * (1 - o), dc * i * (1 - g ** 2)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_ivan_dh_uses_Wih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dh_{t-1} computed with W_ih instead of W_hh (copy-paste); crashes when "
                "I != H",
                "must_mention": [
                    {
                        "any": [
                            "w_ih instead",
                            "instead of w_hh",
                            "uses w_ih",
                            "through w_ih",
                            "with w_ih",
                            "w_ih where",
                            "w_ih, not w_hh",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = _gates(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    tanh_c = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tanh_c * o * (1 - o)], axis=1)\n"
        "    dx = da @ W_ih\n"
        "    dh = da @ W_ih\n"
        "    return dict(x=dx, h=dh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h, b_ih=da.sum(0), "
        "b_hh=da.sum(0))\n",
    },
    {
        "id": "cb_ben_inplace_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds to dc_next in place (+=), changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    dc_next += dh_next * o * (1 - np.tanh(c_new) ** 2)   # total gradient on c_t\n"
        "    dc = dc_next\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2),\n"
        "                    dh_next * np.tanh(c_new) * o * (1 - o)])\n"
        "    grads = {}\n"
        '    grads["x"] = da @ W_ih\n'
        '    grads["h"] = da @ W_hh\n'
        '    grads["c"] = dc * f\n'
        '    grads["W_ih"] = da.T @ x\n'
        '    grads["W_hh"] = da.T @ h\n'
        '    grads["b_ih"] = da.sum(0)\n'
        '    grads["b_hh"] = da.sum(0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_chen_g_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh' for the candidate g written as (1 - g) instead of (1 - g²)",
                "must_mention": [
                    {"any": ["g_t", "δg", "candidate", "g gate", "gate g", "cell gate", "a^g"]},
                    {
                        "any": [
                            "deriv",
                            "tanh'",
                            "1 - g²",
                            "1 - g^2",
                            "1 - g**2",
                            "g²",
                            "g^2",
                            "square",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(gates[..., :H])\n"
        "    f = sigmoid(gates[..., H:2 * H])\n"
        "    g = np.tanh(gates[..., 2 * H:3 * H])\n"
        "    o = sigmoid(gates[..., 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    d_gates = np.concatenate([\n"
        "        dc * g * i * (1 - i),\n"
        "        dc * c * f * (1 - f),\n"
        "        dc * i * (1 - g),          # tanh'\n"
        "        dh_next * np.tanh(c_t) * o * (1 - o),\n"
        "    ], axis=-1)\n"
        '    return {"x": d_gates @ W_ih, "h": d_gates @ W_hh, "c": dc * f,\n'
        '            "W_ih": d_gates.T @ x, "W_hh": d_gates.T @ h,\n'
        '            "b_ih": d_gates.sum(0), "b_hh": d_gates.sum(0)}\n',
    },
    {
        "id": "cb_eli_mean_hnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients averaged over the batch",
                "must_mention": [
                    {"any": ["mean", "average", "divided by b", "/ b", "1/b", "batch size"]}
                ],
            },
            {
                "what": "dW_hh uses the new h_t instead of the previous h_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "h_t ",
                            "h_t,",
                            "h_t)",
                            "new h",
                            "h_next",
                            "h_{t-1}",
                            "previous h",
                            "output h",
                            "new state",
                            "instead of h",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:]))\n"
        "    ct = f * c + i * g\n"
        "    tc = np.tanh(ct)\n"
        "    ht = o * tc\n"
        "    dct = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - "
        "g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.mean(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f,\n'
        '            "W_ih": np.einsum("bk,bi->ki", da, x), "W_hh": np.einsum("bk,bj->kj", da, '
        "ht),\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_dara_cprev_nof_oderiv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} returned as δc_t, without the factor f_t",
                "must_mention": [{"any": ["f_t", "forget", "⊙ f", "* f", "times f"]}],
            },
            {
                "what": "output gate's derivative written as 1 - o²",
                "must_mention": [
                    {"any": ["output gate", "δo", "o gate", "o_t", "gate o"]},
                    {
                        "any": [
                            "deriv",
                            "σ'",
                            "sigma'",
                            "σ(1",
                            "1 - o",
                            "tanh'",
                            "1 - tanh",
                            "o²",
                            "o^2",
                            "o**2",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, 1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g**2), "
        "dh_next * tc * (1 - o**2)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc, "W_ih": da.T @ x, "W_hh": da.T @ '
        "h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_hana_transposed_nobhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients transposed (x.T @ da)",
                "must_mention": [{"any": ["transpos", "(i, 4h)", "(h, 4h)", ".t @", "x.t"]}],
            },
            {
                "what": "b_hh gradient returned as zeros instead of the same sum as b_ih",
                "must_mention": [
                    {"any": ["zero", "same as b_ih", "equal to b_ih", "b_hh gets", "both biases"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i = sigmoid(a[:, 0:H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:4*H])\n"
        "    cn = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(cn)**2)\n"
        "    da = np.concatenate((dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * np.tanh(cn) * o * (1 - o)), axis=1)\n"
        "    db = np.sum(da, axis=0)\n"
        "    # b_hh only shifts the recurrent part; its gradient is already counted in b_ih\n"
        '    return {"x": np.dot(da, W_ih), "h": np.dot(da, W_hh), "c": dc * f,\n'
        '            "W_ih": np.dot(x.T, da), "W_hh": np.dot(h.T, da), "b_ih": db, "b_hh": '
        "np.zeros(4 * H)}\n",
    },
    {
        "id": "lb_ok_ana_lists",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_ivan_arrays",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def _forward_states(x, h0, c0, params):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H))\n"
        "    cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], *params)\n"
        "    return hs, cs\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    hs, cs = _forward_states(x, h0, c0, params)\n"
        "    T = x.shape[0]\n"
        '    grads = {"x": np.zeros(x.shape), "W_ih": np.zeros(W_ih.shape), "W_hh": '
        "np.zeros(W_hh.shape),\n"
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    dh_carry = np.zeros(h0.shape) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc_carry = np.zeros(c0.shape) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], hs[t], cs[t], "
        "*params)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] = grads[k] + step[k]\n"
        '        dh_carry, dc_carry = step["h"], step["c"]\n'
        '    grads["h0"] = dh_carry\n'
        '    grads["c0"] = dc_carry\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_fatima_sum",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    number_of_steps = len(x)\n"
        "    previous_states = []\n"
        "    h_state, c_state = h0, c0\n"
        "    for t in range(number_of_steps):\n"
        "        previous_states.append((h_state, c_state))\n"
        "        h_state, c_state = lstm_cell(x[t], h_state, c_state, W_ih, W_hh, b_ih, b_hh)\n"
        "    grad_h = dh_n if dh_n is not None else np.zeros_like(h_state)\n"
        "    grad_c = dc_n if dc_n is not None else np.zeros_like(c_state)\n"
        "    step_grads = [None] * number_of_steps\n"
        "    for t in range(number_of_steps - 1, -1, -1):\n"
        "        h_prev, c_prev = previous_states[t]\n"
        "        step_grads[t] = lstm_cell_backward(grad_h + dout[t], grad_c, x[t], h_prev, "
        "c_prev,\n"
        "                                           W_ih, W_hh, b_ih, b_hh)\n"
        '        grad_h, grad_c = step_grads[t]["h"], step_grads[t]["c"]\n'
        '    result = {"x": np.stack([g["x"] for g in step_grads]), "h0": grad_h, "c0": '
        "grad_c}\n"
        '    for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "        result[name] = sum(g[name] for g in step_grads)\n"
        "    return result\n",
    },
    {
        "id": "lb_ben_ignores_final",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n ignored: the backward walk always starts from zeros",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "treated as zero",
                            "as zeros",
                            "left out",
                            "missing",
                            "dropped",
                            "without dh_n",
                            "without dc_n",
                        ]
                    },
                    {"any": ["dh_n", "dc_n", "final state"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_dara_last_step_weights",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients overwritten at every step: only step 0's are "
                "returned, not the sum",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "last step",
                            "one step",
                            "accumulat",
                            "every step",
                            "all steps",
                            "only step",
                            "overwrit",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    S = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        S.append(lstm_cell(x[t], *S[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    G = {"x": np.zeros_like(x)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *S[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        G["x"][t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] = g[k]\n"
        '    G["h0"], G["c0"] = dh, dc\n'
        "    return G\n",
    },
    {
        "id": "lb_eli_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'dL/dh_t uses dout[t] only: step t+1\'s "h" gradient is not added '
                "(recurrent path dropped)",
                "must_mention": [
                    {
                        "any": [
                            "step t+1",
                            "t + 1",
                            "recurren",
                            "from later",
                            "carried",
                            "chain",
                            "previous step's",
                            "later step",
                            '"h"',
                            "'h'",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_prev = [h0]\n"
        "    c_prev = [c0]\n"
        "    for t in range(T - 1):\n"
        "        h, c = lstm_cell(x[t], h_prev[-1], c_prev[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_prev.append(h)\n"
        "        c_prev.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        # dL/dh_t comes from the output at step t (and from dh_n at the end)\n"
        "        dh_t = dout[t] + (dh if t == T - 1 else 0.0)\n"
        "        step = lstm_cell_backward(dh_t, dc, x[t], h_prev[t], c_prev[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dh = step["h"]\n'
        '        dc = step["c"]\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + step[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_gus_state_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward gets the state after step t (h_t, c_t) instead of the "
                "one it started from (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_t ",
                            "off by one",
                            "off-by-one",
                            "state after",
                            "h_{t-1}",
                            "previous state",
                            "started from",
                            "one step late",
                            "shifted",
                            "wrong state",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = dh_n if dh_n is not None else np.zeros_like(h0)\n"
        "    dc = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x); dWi = 0; dWh = 0; dbi = 0; dbh = 0\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        '        dWi = dWi + g["W_ih"]; dWh = dWh + g["W_hh"]; dbi = dbi + g["b_ih"]; dbh = '
        'dbh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": dbi, '
        '"b_hh": dbh}\n',
    },
    {
        "id": "lb_hana_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx collected while walking backwards and never reversed: x's gradient is "
                "in reverse time order",
                "must_mention": [
                    {"any": ["revers", "time order", "flip", "backward order", "order"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H_list = [h0]; C_list = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], H_list[t], C_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_list.append(hn); C_list.append(cn)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros(h0.shape)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros(c0.shape)\n"
        "    dh = dh_n; dc = dc_n\n"
        "    dX = []\n"
        "    dW_ih = np.zeros(W_ih.shape); dW_hh = np.zeros(W_hh.shape)\n"
        "    db_ih = np.zeros(b_ih.shape); db_hh = np.zeros(b_hh.shape)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], H_list[t], C_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dX.append(g["x"])\n'
        '        dh = g["h"]; dc = g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]; dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]; db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": np.array(dX), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_chen_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "accumulates dh_n and step gradients into dout in place, changing the "
                "caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n     # h_n is out[-1]\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    grads = {k: np.zeros_like(v) for k, v in dict(x=x, W_ih=W_ih, W_hh=W_hh, "
        "b_ih=b_ih, b_hh=b_hh).items()}\n"
        "    dh_prev = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]\n'
        '        dh_prev, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh_prev, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ivan_eq_none",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tests `dh_n == None`, which crashes (ambiguous truth value) when an array "
                "is given",
                "must_mention": [
                    {
                        "any": [
                            "is none",
                            "== none",
                            "is not none",
                            "compare with none",
                            "comparison with none",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def _zeros_if_none(a, like):\n"
        "    if a == None:\n"
        "        return np.zeros_like(like)\n"
        "    return a\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], *params)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = _zeros_if_none(dh_n, h0)\n"
        "    dc = _zeros_if_none(dc_n, c0)\n"
        '    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        s = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], *params)\n"
        '        out["x"][t] = s["x"]\n'
        '        dh, dc = s["h"], s["c"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] += s[k]\n"
        '    out["h0"], out["c0"] = dh, dc\n'
        "    return out\n",
    },
    {
        "id": "lb_fatima_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "backward loop range(T-1, 0, -1) stops before step 0 (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "x_0",
                            "off by one",
                            "off-by-one",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    number_of_steps = x.shape[0]\n"
        "    hidden_states = [h0]\n"
        "    cell_states = [c0]\n"
        "    for t in range(number_of_steps):\n"
        "        h_new, c_new = lstm_cell(x[t], hidden_states[t], cell_states[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        hidden_states.append(h_new)\n"
        "        cell_states.append(c_new)\n"
        "    grad_h = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    grad_c = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "    grad_x = np.zeros_like(x)\n"
        "    grad_W_ih, grad_W_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    grad_b_ih, grad_b_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(number_of_steps - 1, 0, -1):\n"
        "        step = lstm_cell_backward(grad_h + dout[t], grad_c, x[t], hidden_states[t], "
        "cell_states[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        grad_x[t] = step["x"]\n'
        '        grad_h, grad_c = step["h"], step["c"]\n'
        '        grad_W_ih += step["W_ih"]; grad_W_hh += step["W_hh"]\n'
        '        grad_b_ih += step["b_ih"]; grad_b_hh += step["b_hh"]\n'
        '    return {"x": grad_x, "h0": grad_h, "c0": grad_c, "W_ih": grad_W_ih, "W_hh": '
        "grad_W_hh,\n"
        '            "b_ih": grad_b_ih, "b_hh": grad_b_hh}\n',
    },
    {
        "id": "lb_gus_overwrite_ignorefinal",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients are step 0's only, not summed",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "last step",
                            "one step",
                            "accumulat",
                            "every step",
                            "all steps",
                            "only step",
                            "overwrit",
                        ]
                    }
                ],
            },
            {
                "what": "dh_n, dc_n ignored",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "treated as zero",
                            "as zeros",
                            "left out",
                            "missing",
                            "dropped",
                            "without dh_n",
                            "without dc_n",
                        ]
                    },
                    {"any": ["dh_n", "dc_n", "final state"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0); dc = np.zeros_like(c0); dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        '        dWi, dWh, dbi, dbh = g["W_ih"], g["W_hh"], g["b_ih"], g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWi, "W_hh": dWh, "b_ih": dbi, '
        '"b_hh": dbh}\n',
    },
    {
        "id": "lb_ben_dxrev_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx stacked in backward order, never reversed",
                "must_mention": [
                    {"any": ["revers", "time order", "flip", "backward order", "order"]}
                ],
            },
            {
                "what": "adds dh_n into dout in place, changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_eli_state_nochain",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward gets (h_t, c_t) instead of (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_t ",
                            "off by one",
                            "off-by-one",
                            "state after",
                            "h_{t-1}",
                            "previous state",
                            "started from",
                            "one step late",
                            "shifted",
                            "wrong state",
                        ]
                    }
                ],
            },
            {
                "what": 'step t+1\'s "h" gradient not added to dout[t]',
                "must_mention": [
                    {
                        "any": [
                            "step t+1",
                            "t + 1",
                            "recurren",
                            "from later",
                            "carried",
                            "chain",
                            "previous step's",
                            "later step",
                            '"h"',
                            "'h'",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g "
        "** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_t = dout[t] + (dh if t == T - 1 else 0.0)\n"
        "        step = lstm_cell_backward(dh_t, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dh, dc = step["h"], step["c"]\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + step[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "ll_ok_chen_where",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_dara_perseq",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    hn, cn = np.zeros_like(h0), np.zeros_like(c0)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b+1], c0[b:b+1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        hn[b], cn[b] = h[0], c[0]\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "ll_ok_hana_floatmask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    L = np.array(lengths).reshape(-1, 1)\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = (t < L).astype(np.float64)\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1.0 - m) * h\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        outs.append(m * hn)\n"
        "    return np.array(outs), (h, c)\n",
    },
    {
        "id": "ll_ben_uses_lstm_ref",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "copies the chapter's loop including lstm_ref.lstm_cell, which is not "
                "available when graded",
                "must_mention": [
                    {
                        "any": [
                            "not available",
                            "calls lstm_ref",
                            "uses lstm_ref",
                            "imports lstm_ref",
                            "refus",
                            "import",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "import lstm_ref\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_ref.lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dara_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state keeps updating on padding: h_n, c_n taken at T-1 instead of each "
                "row's last real step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "t - 1",
                            "t-1",
                            "frozen",
                            "freez",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "not kept",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * (t < lengths)[:, None]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_gus_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": [{"any": ["zero"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_eli_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths (off by one): reads one padding step",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one step too",
                            "one extra",
                            "one more step",
                            "t < lengths",
                            "one padding step",
                            "lengths[b] steps",
                            "first padding step",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = (t <= np.asarray(lengths))[:, None]    # real while t reaches the length\n"
        "        ht, ct = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, ht, h), np.where(m, ct, c)\n"
        "        out[t] = np.where(m, ht, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_hana_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask of shape (B,) broadcast along the hidden units instead of (B, 1): "
                "crashes when B != H, wrong when B == H",
                "must_mention": [
                    {
                        "any": [
                            "[:, none]",
                            "broadcast",
                            "(b, 1)",
                            "mask shape",
                            "shape of the mask",
                            "mask's shape",
                            "(b,)",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    out = np.zeros((T, h0.shape[0], h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.array(lengths)).astype(np.float64)\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        out[t] = m * hn\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ivan_ignores_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0 and c0 ignored: the state starts from zeros",
                "must_mention": [
                    {
                        "any": [
                            "zeros instead",
                            "ignor",
                            "starts from zero",
                            "from zeros",
                            "not h0",
                            "instead of h0",
                            "instead of the given",
                            "zero initial",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "class _MaskedRunner:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.params = (W_ih, W_hh, b_ih, b_hh)\n"
        "        self.H = W_hh.shape[1]\n"
        "\n"
        "    def run(self, x, lengths):\n"
        "        T, B, _ = x.shape\n"
        "        h = np.zeros((B, self.H))\n"
        "        c = np.zeros((B, self.H))\n"
        "        out = np.zeros((T, B, self.H))\n"
        "        for t in range(T):\n"
        "            mask = (t < np.asarray(lengths))[:, None]\n"
        "            h_new, c_new = lstm_cell(x[t], h, c, *self.params)\n"
        "            h, c = np.where(mask, h_new, h), np.where(mask, c_new, c)\n"
        "            out[t] = np.where(mask, h_new, 0.0)\n"
        "        return out, (h, c)\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    return _MaskedRunner(W_ih, W_hh, b_ih, b_hh).run(x, lengths)\n",
    },
    {
        "id": "ll_fatima_zero_padding_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "zeroes the padding of x in place, changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    number_of_steps, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    # clean the padding first so that it cannot leak into the state\n"
        "    for b in range(batch_size):\n"
        "        x[lengths[b]:, b, :] = 0.0\n"
        "    h_state, c_state = h0, c0\n"
        "    out = np.zeros((number_of_steps, batch_size, hidden_size))\n"
        "    for t in range(number_of_steps):\n"
        "        real = (t < lengths)[:, None]\n"
        "        h_candidate, c_candidate = lstm_cell(x[t], h_state, c_state, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h_state = np.where(real, h_candidate, h_state)\n"
        "        c_state = np.where(real, c_candidate, c_state)\n"
        "        out[t] = np.where(real, h_candidate, 0.0)\n"
        "    return out, (h_state, c_state)\n",
    },
    {
        "id": "ll_chen_out_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps (pad_packed_sequence without total_length) "
                "instead of T",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "longest length",
                            "max(lengths)",
                            "max length",
                            "longest sequence",
                            "shorter than t",
                            "fewer steps",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T_max = int(lengths.max())          # like pad_packed_sequence\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T_max, x.shape[1], h0.shape[1]))\n"
        "    for t in range(T_max):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ana_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen past each length; c keeps updating on padding, so c_n is "
                "wrong",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t"]},
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freez",
                            "not kept",
                            "keeps changing",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t - 1",
                            "mask",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    mask = np.arange(T)[:, None] < np.asarray(lengths)[None, :]   # (T, B)\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask[t][:, None], h_new, h)\n"
        "        out[t] = h_new * mask[t][:, None]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_gus_notzero_ignoreinit",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen state instead of zeros",
                "must_mention": [{"any": ["zero"]}],
            },
            {
                "what": "h0, c0 ignored (starts from zeros)",
                "must_mention": [
                    {
                        "any": [
                            "zeros instead",
                            "ignor",
                            "starts from zero",
                            "from zeros",
                            "not h0",
                            "instead of h0",
                            "instead of the given",
                            "zero initial",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h0.shape\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    outs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_eli_le_float32",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one step too",
                            "one extra",
                            "one more step",
                            "t < lengths",
                            "one padding step",
                            "lengths[b] steps",
                            "first padding step",
                        ]
                    }
                ],
            },
            {"what": "out allocated as float32", "must_mention": [{"any": ["float32", "dtype"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = (t <= np.asarray(lengths))[:, None]\n"
        "        ht, ct = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = np.where(m, ht, h), np.where(m, ct, c)\n"
        "        out[t] = np.where(m, ht, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ben_cfree_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c not frozen past each length (c_n wrong)",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t"]},
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freez",
                            "not kept",
                            "keeps changing",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t - 1",
                            "mask",
                        ]
                    },
                ],
            },
            {
                "what": "multiplies x by the mask in place, changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    h = h0\n"
        "    c = c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        x[t] = x[t] * m          # padding -> 0\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_ok_chen_gather",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def _reverse_index(T, lengths):\n"
        "    # idx[t, b]: which step of x the reverse direction reads at its t-th step\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    return np.where(t < L, L - 1 - t, t)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    idx = _reverse_index(T, lengths)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = x[idx, cols]\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[idx, cols]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_ok_dara_perseq",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hn, cn = np.zeros((2, B, H)), np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[0, b:b+1], c0[0, b:b+1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        hn[0, b], cn[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b+1], c0[1, b:b+1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        hn[1, b], cn[1, b] = h[0], c[0]\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bl_ok_fatima_backward_mask",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    number_of_steps, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[2]\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer_lengths(x, lengths, h0[0], "
        "c0[0], *fwd)\n"
        "    # Walking from T-1 down to 0, a sequence's state stays at h0[1] until its own "
        "last step.\n"
        "    backward_out = np.zeros((number_of_steps, batch_size, hidden_size))\n"
        "    h_state, c_state = h0[1], c0[1]\n"
        "    for t in range(number_of_steps - 1, -1, -1):\n"
        "        real = (t < lengths)[:, None]\n"
        "        h_candidate, c_candidate = lstm_cell(x[t], h_state, c_state, *bwd)\n"
        "        h_state = np.where(real, h_candidate, h_state)\n"
        "        c_state = np.where(real, c_candidate, c_state)\n"
        "        backward_out[t] = np.where(real, h_candidate, 0.0)\n"
        "    out = np.concatenate([forward_out, backward_out], axis=2)\n"
        "    h_n = np.stack([forward_h, h_state])\n"
        "    c_n = np.stack([forward_c, c_state])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ben_flip_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded tensor: the reverse direction reads padding "
                "first and the length mask is applied to the flipped steps",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "t - 1",
                            "t-1",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "whole sequence",
                            "whole padded",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    return out, (np.stack((h_f, h_b)), np.stack((c_f, c_b)))\n",
    },
    {
        "id": "bl_dara_rev_hn_first",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken after the reverse direction's first step (at lengths[b]-1) "
                "instead of after step 0",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "after step 0",
                            "its last step",
                            "one step",
                            "lengths[b] - 1",
                            "out[lengths",
                            "only read",
                            "x_{lengths",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob = np.zeros((T, B, H))\n"
        "    hr, cr = np.zeros((B, H)), np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[1, b:b+1], c0[1, b:b+1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n"
        "            ob[t, b] = h[0]\n"
        "            if t == L - 1:\n"
        "                hr[b] = h[0]   # final reverse state: at the sequence's end\n"
        "        cr[b] = c[0]\n"
        "    return np.concatenate([of, ob], -1), (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_eli_flipback_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs put back with a whole-tensor flip instead of reversing "
                "each sequence within its own length",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "per sequence",
                            "own length",
                            "whole",
                            "time order",
                            "back in",
                            "position",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]          # each sequence reversed within its "
        "length\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1]                         # back to time order\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bl_gus_hn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n rows in the wrong order: reverse state in row 0, forward in row "
                "1",
                "must_mention": [
                    {"any": ["row 0", "rows", "swap", "exchang", "order", "interchang"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    out[:, :, :H], (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb, cb = np.where(m, hn, hb), np.where(m, cn, cb)\n"
        "        out[t, :, H:] = np.where(m, hn, 0)\n"
        "    return out, (np.stack([hb, hf]), np.stack([cb, cf]))\n",
    },
    {
        "id": "bl_hana_index_offbyone",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse index lengths[b] - t instead of lengths[b] - 1 - t (off by one): "
                "reads a padding step, IndexError when lengths[b] == T",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "one step",
                            "shifted",
                            "index",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    L = np.array(lengths)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, L, h0[0], c0[0], fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "    xr = np.zeros((T, B, I))\n"
        "    for b in range(B):\n"
        "        for t in range(L[b]):\n"
        "            xr[t, b, :] = x[L[b] - t, b, :]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(xr, L, h0[1], c0[1], bwd[0], bwd[1], "
        "bwd[2], bwd[3])\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for b in range(B):\n"
        "        for t in range(L[b]):\n"
        "            out_b[L[b] - t, b, :] = out_r[t, b, :]\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    return out, (np.array([h_f, h_r]), np.array([c_f, c_r]))\n",
    },
    {
        "id": "bl_ivan_fwd_hn_last",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "forward h_n taken as out[-1] (step T-1, zeros for short sequences) "
                "instead of each row's last real step",
                "must_mention": [
                    {
                        "any": [
                            "t - 1",
                            "t-1",
                            "out[-1",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "padding",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "class _Direction:\n"
        "    def __init__(self, weights):\n"
        "        self.weights = weights\n"
        "\n"
        "    def __call__(self, x, lengths, h, c):\n"
        "        return lstm_layer_lengths(x, lengths, h, c, *self.weights)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    rev = np.array([[(L - 1 - t) if t < L else t for L in lengths] for t in "
        "range(T)])\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_f, (_, c_f) = _Direction(fwd)(x, lengths, h0[0], c0[0])\n"
        "    out_r, (h_r, c_r) = _Direction(bwd)(x[rev, cols], lengths, h0[1], c0[1])\n"
        "    h_f = out_f[-1]                      # forward final state = last output\n"
        "    out = np.concatenate([out_f, out_r[rev, cols]], axis=-1)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_fatima_inplace_reverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses each sequence of x in place, changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer_lengths(x, lengths, h0[0], "
        "c0[0], *fwd)\n"
        "    for b in range(x.shape[1]):\n"
        "        x[:lengths[b], b] = x[:lengths[b], b][::-1].copy()      # reverse each "
        "sequence's real steps\n"
        "    reverse_out_reading_order, (reverse_h, reverse_c) = lstm_layer_lengths(x, "
        "lengths, h0[1], c0[1], *bwd)\n"
        "    reverse_out = np.zeros_like(reverse_out_reading_order)\n"
        "    for b in range(x.shape[1]):\n"
        "        reverse_out[:lengths[b], b] = reverse_out_reading_order[:lengths[b], "
        "b][::-1]\n"
        "    out = np.concatenate([forward_out, reverse_out], axis=2)\n"
        "    return out, (np.stack([forward_h, reverse_h]), np.stack([forward_c, "
        "reverse_c]))\n",
    },
    {
        "id": "bl_chen_fwd_bias_in_reverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses the forward direction's biases (bwd's b_ih, b_hh "
                "never used)",
                "must_mention": [{"any": ["bias", "b_ih", "b_hh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    T, B, _ = x.shape\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x[idx, cols], lengths, h0[1], c0[1], bwd[0], "
        "bwd[1], b_ih, b_hh)\n"
        "    return np.concatenate([out_f, out_r[idx, cols]], -1), (np.stack([hf, hr]), "
        "np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_gus_flippadded_rowswap",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run on the whole flipped padded tensor (starts on "
                "padding)",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "t - 1",
                            "t-1",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "whole sequence",
                            "whole padded",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n rows swapped",
                "must_mention": [
                    {"any": ["row 0", "rows", "swap", "exchang", "order", "interchang"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hb, hf]), np.stack([cb, "
        "cf]))\n",
    },
    {
        "id": "bl_dara_revfirst_fwdlast",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken after its first step",
                "must_mention": [
                    {
                        "any": [
                            "first step",
                            "after step 0",
                            "its last step",
                            "one step",
                            "lengths[b] - 1",
                            "out[lengths",
                            "only read",
                            "x_{lengths",
                        ]
                    }
                ],
            },
            {
                "what": "forward h_n taken at out[-1] (T-1)",
                "must_mention": [
                    {
                        "any": [
                            "t - 1",
                            "t-1",
                            "out[-1",
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "padding",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    of, (_, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob = np.zeros((T, B, H))\n"
        "    hr, cr = np.zeros((B, H)), np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[1, b:b+1], c0[1, b:b+1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b+1], h, c, *bwd)\n"
        "            ob[t, b] = h[0]\n"
        "            if t == L - 1:\n"
        "                hr[b] = h[0]\n"
        "        cr[b] = c[0]\n"
        "    hf = of[-1]\n"
        "    return np.concatenate([of, ob], -1), (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_eli_flipwhole_f32",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs flipped back over the whole tensor, not per sequence",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "per sequence",
                            "own length",
                            "whole",
                            "time order",
                            "back in",
                            "position",
                        ]
                    }
                ],
            },
            {"what": "out cast to float32", "must_mention": [{"any": ["float32", "dtype"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2).astype(np.float32)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
]
