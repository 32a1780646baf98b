# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The nineteenth blind corpus, kept as its two authors wrote it (/work/blind19a and /work/blind19b,
split by graded names as for corpora 10-18; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students, among them students in a hurry before the deadline, students who learnt LSTMs and
BPTT in another notation (Goodfellow's, Olah's, CS231n's), C-style index loops, names read from
other cells or globals, students who test only the fixed cases, and mistakes that show only in
some configurations; run on cc3d804 (after the sixteenth round); the words a message must
contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_hana",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # stable: only ever exponentiate a non-positive number\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n",
    },
    {
        "id": "sig_ok_chen_loop",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    result = np.empty(z.shape, dtype=np.float64)\n"
        "    for idx in np.ndindex(z.shape):\n"
        "        v = float(z[idx])\n"
        "        if v >= 0:\n"
        "            result[idx] = 1.0 / (1.0 + math.exp(-v))\n"
        "        else:\n"
        "            ev = math.exp(v)\n"
        "            result[idx] = ev / (1.0 + ev)\n"
        "    return result\n",
    },
    {
        "id": "sig_ok_bram_tanh",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z/2)) / 2  -- tanh never overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n",
    },
    {
        "id": "sig_ok_ivo_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)  # a copy, so z outside is safe\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_naive_ana",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)) overflows for large negative z (RuntimeWarning)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_jules",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so exp(-z) / exp(z) still overflow for "
                "|z| large",
                "must_mention": [
                    "overflow",
                    {
                        "any": [
                            "both branches",
                            "both sides",
                            "both expressions",
                            "each branch",
                            "np.where",
                            "both formulas",
                            "both of",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # use the hint's formula for z < 0, the usual one for z >= 0\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_clip_emil",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-20, 20]: wrong values (by ~2e-9) for |z| > 20",
                "must_mention": [{"any": ["clip", "large", "|z|", "magnitude", "saturat"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.clip(z, -20, 20)  # avoid the overflow\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_float32_fatima",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [{"what": "computes in float32", "must_mention": ["float32"]}],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_1d_loop_chen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the first axis only: works for 1-D arrays, crashes for 0-D / "
                "2-D input",
                "must_mention": [
                    {
                        "any": [
                            "1-D",
                            "1d",
                            "one-dimensional",
                            "first axis",
                            "ndim",
                            "2-D",
                            "0-D",
                            "dimension",
                            "scalar",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.zeros(len(z))\n"
        "    for i in range(len(z)):\n"
        "        if z[i] >= 0:\n"
        "            out[i] = 1.0 / (1.0 + math.exp(-z[i]))\n"
        "        else:\n"
        "            out[i] = math.exp(z[i]) / (1.0 + math.exp(z[i]))\n"
        "    return out\n",
    },
    {
        "id": "sig_inplace_ivo",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the caller's z with |z| (input modified in place)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the array",
                            "changes its input",
                            "changed your input",
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
        "    neg = z < 0\n"
        "    np.abs(z, out=z)          # z = |z| without allocating a new array\n"
        "    e = np.exp(-z)\n"
        "    return np.where(neg, e / (1.0 + e), 1.0 / (1.0 + e))\n",
    },
    {
        "id": "sig_mathexp_dara",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "math.exp(-v) raises OverflowError for v < -709 (naive formula)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.vectorize(lambda v: 1.0 / (1.0 + math.exp(-v)))(z)\n",
    },
    {
        "id": "sig_dbl_copy_ravel_ana",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "negative branch copy-pasted from the positive one: gives σ(|z|) = 1 - "
                "σ(z) for z < 0",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "1 - σ",
                            "1 - sigma",
                            "σ(-z)",
                            "sigmoid(-z)",
                            "σ(|z|)",
                            "sign",
                        ]
                    }
                ],
            },
            {
                "what": "ravel() flattens the input: returns 1-D for a 2-D/0-D z",
                "must_mention": [
                    {"any": ["flatten", "ravel", "wrong shape", "expected shape", "shape ("]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64).ravel()\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), 1.0 / (1.0 + e))\n",
    },
    {
        "id": "gates_ok_hana",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_bram_concat",
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
        "    # Olah style: one W acting on [h, x], one merged bias\n"
        "    W = np.concatenate([W_hh, W_ih], axis=1)        # (4H, H + I)\n"
        "    b = b_ih + b_hh\n"
        "    hx = np.concatenate([h, x], axis=1)             # (B, H + I)\n"
        "    z = hx @ W.T + b\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(z[:, 0 * H:1 * H])\n"
        "    f = sigmoid(z[:, 1 * H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_chen_loops",
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
        "    B = x.shape[0]\n"
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    pre = np.zeros((4, B, H))\n"
        "    for k in range(4):\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                row = k * H + j\n"
        "                s = b_ih[row] + b_hh[row]\n"
        "                for m in range(I):\n"
        "                    s += W_ih[row, m] * x[b, m]\n"
        "                for m in range(H):\n"
        "                    s += W_hh[row, m] * h[b, m]\n"
        "                pre[k, b, j] = s\n"
        "    return sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])\n",
    },
    {
        "id": "gates_order_bram",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in Olah's order (f, i, o, g) instead of PyTorch's (i, f, "
                "g, o)",
                "must_mention": [{"any": ["order", "W_if", "W_hf", "forget gate's rows", "block"]}],
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # Olah: forget, input, output, candidate\n"
        "    zf, zi, zo, zg = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_transpose_fatima",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns each gate as (H, B), the transpose of (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "axes swapped", "swapped axes"]}],
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
        "    # W x + W h, as in the equations (column vectors)\n"
        "    a = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]   # (4H, B)\n"
        "    i, f, g, o = np.split(a, 4, axis=0)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_no_bhh_ana",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "forgets the bias b_hh", "must_mention": ["b_hh"]}],
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_g_sigmoid_jules",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies the sigmoid to the candidate g instead of tanh",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    # all four are gates, so all four get the sigmoid\n"
        "    return sigmoid(a_i), sigmoid(a_f), sigmoid(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_global_H_dara",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "slices with a global H = 2 from another cell instead of the hidden size "
                "of its arguments",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "fixed H",
                            "hard-coded",
                            "hardcoded",
                            "H = 2",
                            "H=2",
                            "only when H",
                            "hidden size",
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
        "# my test sizes (cell above)\n"
        "B, I, H = 2, 3, 2\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_squeeze_gus",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1: gates have shape (H,) instead "
                "of (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "batch axis",
                            "(1, H)",
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
        "    a = np.squeeze(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh)\n"
        "    H = a.shape[-1] // 4\n"
        "    i = sigmoid(a[..., :H])\n"
        "    f = sigmoid(a[..., H:2 * H])\n"
        "    g = np.tanh(a[..., 2 * H:3 * H])\n"
        "    o = sigmoid(a[..., 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_loop_range_chen",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "inner loop over x's features runs to H instead of I (wrong/crash when I "
                "!= H)",
                "must_mention": [
                    {
                        "any": [
                            "I != H",
                            "I ≠ H",
                            "I == H",
                            "I = H",
                            "input feature",
                            "input size",
                            "features of x",
                            "range(I)",
                            "x's features",
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
        "    B, H = h.shape\n"
        "    a = np.zeros((B, 4 * H))\n"
        "    for b in range(B):\n"
        "        for r in range(4 * H):\n"
        "            acc = b_ih[r] + b_hh[r]\n"
        "            for k in range(H):\n"
        "                acc += W_ih[r, k] * x[b, k]\n"
        "                acc += W_hh[r, k] * h[b, k]\n"
        "            a[b, r] = acc\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]),\n"
        "            np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:]))\n",
    },
    {
        "id": "gates_reshape_fatima",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses reshape instead of transpose for both weight matrices",
                "must_mention": [{"any": ["reshape", "transpos"]}],
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
        "    H = W_hh.shape[1]\n"
        "    # W_hh is (4H, H); I need (H, 4H) for h @ W\n"
        "    a = x @ W_ih.reshape(-1, 4 * H) + h @ W_hh.reshape(H, 4 * H) + b_ih + b_hh\n"
        "    return (sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]),\n"
        "            np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:]))\n",
    },
    {
        "id": "gates_dbl_bhh_otanh_ana",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "forgets b_hh", "must_mention": ["b_hh"]},
            {
                "what": "output gate o uses tanh (copied from the g line) instead of the sigmoid",
                "must_mention": [
                    {"any": ["output gate", "gate o", "o gate", "o_t", " o "]},
                    {"any": ["tanh", "sigmoid"]},
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = np.tanh(a[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_loops_chen",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh indexed with j instead of k*H + j: every gate gets the input gate's "
                "b_hh",
                "must_mention": [{"any": ["b_hh", "bias"]}],
            },
            {
                "what": "loop over x's features runs to H instead of I",
                "must_mention": [
                    {
                        "any": [
                            "I != H",
                            "I ≠ H",
                            "I == H",
                            "I = H",
                            "input feature",
                            "input size",
                            "features of x",
                            "range(I)",
                            "x's features",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    gates = []\n"
        "    for k in range(4):\n"
        "        G = np.zeros((B, H))\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                s = b_ih[k * H + j] + b_hh[j]\n"
        "                for m in range(H):\n"
        "                    s += W_ih[k * H + j, m] * x[b, m] + W_hh[k * H + j, m] * h[b, m]\n"
        "                G[b, j] = s\n"
        "        gates.append(G)\n"
        "    return sigmoid(gates[0]), sigmoid(gates[1]), np.tanh(gates[2]), "
        "sigmoid(gates[3])\n",
    },
    {
        "id": "cell_ok_hana",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_dara_helper",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + (b_ih + b_hh)\n"
        "    return [act(pre[:, k * H:(k + 1) * H]) for k, act in enumerate((sigmoid, sigmoid, "
        "np.tanh, sigmoid))]\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    c_new = np.multiply(f, c) + np.multiply(i, g)\n"
        "    return np.multiply(o, np.tanh(c_new)), c_new\n",
    },
    {
        "id": "cell_ok_bram_einsum",
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
        "    H = h.shape[-1]\n"
        '    Wx = np.einsum("gi,bi->bg", W_ih, x)\n'
        '    Uh = np.einsum("gj,bj->bg", W_hh, h)\n'
        "    z = (Wx + Uh + b_ih + b_hh).reshape(x.shape[0], 4, H)\n"
        "    i = sigmoid(z[:, 0])\n"
        "    f = sigmoid(z[:, 1])\n"
        "    g = np.tanh(z[:, 2])\n"
        "    o = sigmoid(z[:, 3])\n"
        "    c_t = f * c + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_swap_return_ana",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [
                    {"any": ["swap", "order", "reversed", "c_next first", "the other way"]}
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
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return c_next, h_next\n",
    },
    {
        "id": "cell_no_tanh_jules",
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
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_inplace_ivo",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the caller's c in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the array",
                            "changes its input",
                            "changed your input",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c *= f              # update the memory in place (saves an allocation)\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_naive_sigmoid_ana",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "replaces the given stable sigmoid with the naive one, which overflows for "
                "large pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_swap_weights_bram",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "swaps the roles of W_ih and W_hh (x multiplied by W_hh, h by W_ih)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "W_ih and W_hh",
                            "W_hh and W_ih",
                            "exchanged",
                            "W_hh on x",
                            "x @ W_hh",
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
        "    # Goodfellow: W acts on the input, U on the previous hidden state\n"
        "    W, U = W_hh, W_ih\n"
        "    b = b_ih + b_hh\n"
        "    z = x @ W.T + h @ U.T + b\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H]); o = sigmoid(z[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    return o * np.tanh(c_t), c_t\n",
    },
    {
        "id": "cell_interleave_fatima",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the gates as interleaved columns (a[:, k::4]) instead of "
                "consecutive blocks of H",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "block",
                            "every 4th",
                            "k::4",
                            "stride",
                            "consecutive",
                            "::4",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    # the four gates of unit j are columns 4j, 4j+1, 4j+2, 4j+3\n"
        "    i, f, g, o = a[:, 0::4], a[:, 1::4], a[:, 2::4], a[:, 3::4]\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_h_for_c_emil",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "cell update multiplies the forget gate by h instead of the previous cell "
                "state c",
                "must_mention": [
                    {
                        "any": [
                            "h instead of c",
                            "h in place of c",
                            "h where c",
                            "instead of c",
                            "f * h",
                            "f ⊙ h",
                            "f_t ⊙ h",
                            "previous hidden state instead",
                            "h_{t-1} instead of c_{t-1}",
                            "ignores c",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * h + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_reshape_batch_gus",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "splits (B, 4H) with reshape(4, B, H): mixes batch rows and gates (right "
                "only for B = 1)",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "mixes batch",
                            "batch rows mixed",
                            "rows of other",
                            "other example",
                            "B = 1",
                            "B=1",
                            "only for B",
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
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H)\n"
        "    a_i, a_f, a_g, a_o = a.reshape(4, B, H)          # one (B, H) block per gate\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_global_bias_dara",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds a global 'bias' computed in another cell from her own test values "
                "instead of b_ih + b_hh",
                "must_mention": [{"any": ["bias", "b_ih", "b_hh"]}],
            },
            {
                "what": "h_next = o * tanh(c) uses the old cell state instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "old c",
                            "previous c",
                            "c_prev",
                            "instead of c_next",
                            "tanh(c)",
                            "tanh(c_{t-1})",
                            "previous cell state",
                            "old cell state",
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
        "# cell above, where I tried the fixed case by hand\n"
        "rng = np.random.default_rng(0)\n"
        "B, I, H = 2, 3, 2\n"
        "W_ih, W_hh = rng.normal(size=(4 * H, I)), rng.normal(size=(4 * H, H))\n"
        "b_ih, b_hh = rng.normal(size=4 * H), rng.normal(size=4 * H)\n"
        "bias = b_ih + b_hh\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + bias\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_gru_jules",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + (1-f)*g (GRU-style coupling) ignores the input gate i",
                "must_mention": [{"any": ["input gate", "1 - f", "(1 - f)", "i_t", "coupl"]}],
            },
            {
                "what": "h_next squashes c_next with the sigmoid instead of tanh",
                "must_mention": ["tanh"],
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + (1 - f) * g\n"
        "    h_next = o * sigmoid(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_inplace_f32_ivo",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the array",
                            "changes its input",
                            "changed your input",
                            "mutat",
                        ]
                    }
                ],
            },
            {"what": "returns float32 arrays", "must_mention": ["float32"]},
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
        "    b_ih += b_hh            # merge the two biases once\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next.astype(np.float32), c_next.astype(np.float32)\n",
    },
    {
        "id": "shapes_ok_hana",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_ok_chen",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    n_dir = 1\n"
        "    if bidirectional == True:\n"
        "        n_dir = 2\n"
        "    h_size = hidden_size\n"
        "    if proj_size != 0:\n"
        "        h_size = proj_size\n"
        "    first = seq_len\n"
        "    second = batch\n"
        "    if batch_first:\n"
        "        first, second = batch, seq_len\n"
        "    result = {}\n"
        '    result["out"] = tuple([int(first), int(second), int(n_dir * h_size)])\n'
        '    result["h_n"] = tuple([int(num_layers * n_dir), int(batch), int(h_size)])\n'
        '    result["c_n"] = tuple([int(num_layers * n_dir), int(batch), int(hidden_size)])\n'
        "    return result\n",
    },
    {
        "id": "shapes_ok_bram",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 1 + int(bool(bidirectional))\n"
        "    h_last = proj_size or hidden_size\n"
        "    time_major = (seq_len, batch)\n"
        "    out = (*(time_major[::-1] if batch_first else time_major), D * h_last)\n"
        "    state = (num_layers * D, batch)\n"
        "    return dict(out=out, h_n=(*state, h_last), c_n=(*state, hidden_size))\n",
    },
    {
        "id": "shapes_c_proj_jules",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "projects c_n to proj_size as well (c_t is not projected)",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t"]},
                    {"any": ["proj", "not projected", "hidden_size"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, H)}\n",
    },
    {
        "id": "shapes_no_D_hn_ana",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "first dimension of h_n and c_n is num_layers, without the factor D for "
                "bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "num_layers * D",
                            "D * num_layers",
                            "2 *",
                            "factor",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_bf_states_gus",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n too (they are never batch first)",
                "must_mention": ["batch_first", {"any": ["h_n", "state"]}],
            }
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H), "h_n": (batch, num_layers * D, H),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H), "h_n": (num_layers * D, batch, H),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_out_noproj_emil",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension ignores proj_size",
                "must_mention": [{"any": ["proj", "projected"]}],
            }
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * "
        "hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, P), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_lists_fatima",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "returns lists instead of tuples", "must_mention": ["tuple"]}],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, D * H] if batch_first else [seq_len, batch, D * H]\n"
        '    return {"out": out, "h_n": [num_layers * D, batch, H], "c_n": [num_layers * D, '
        "batch, hidden_size]}\n",
    },
    {
        "id": "shapes_out_layers_dara",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's features multiplied by num_layers (out is only the last layer's "
                "h_t)",
                "must_mention": [{"any": ["num_layers", "last layer", "layers"]}],
            }
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    feat = num_layers * D * H          # out holds every layer's h_t\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_dbl_chen",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "ignores batch_first for out", "must_mention": ["batch_first"]},
            {
                "what": "h_n not projected: last dim hidden_size instead of proj_size",
                "must_mention": [{"any": ["proj", "projected"]}, "h_n"],
            },
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    if bidirectional:\n"
        "        d = 2\n"
        "    else:\n"
        "        d = 1\n"
        "    if proj_size > 0:\n"
        "        hs = proj_size\n"
        "    else:\n"
        "        hs = hidden_size\n"
        "    out = (seq_len, batch, d * hs)\n"
        "    h_n = (num_layers * d, batch, hidden_size)\n"
        "    c_n = (num_layers * d, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_dbl_bram",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension not doubled for bidirectional (D * H)",
                "must_mention": [{"any": ["direction", "bidirectional", "D *", "2 *", "both"]}],
            },
            {
                "what": "c_n projected to proj_size (c_t is not projected)",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t"]},
                    {"any": ["proj", "not projected", "hidden_size"]},
                ],
            },
        ],
        "source": "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    L = num_layers * (2 if bidirectional else 1)\n"
        "    out = (batch, seq_len, H) if batch_first else (seq_len, batch, H)\n"
        '    return {"out": out, "h_n": (L, batch, H), "c_n": (L, batch, H)}\n',
    },
    {
        "id": "layer_ok_hana",
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
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_chen_loops",
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
        "    if batch_first:\n"
        "        B = x.shape[0]\n"
        "        T = x.shape[1]\n"
        "    else:\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = np.zeros((B, H))\n"
        "    c = np.zeros((B, H))\n"
        "    if h0 is not None:\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                h[b, j] = h0[b, j]\n"
        "    if c0 is not None:\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                c[b, j] = c0[b, j]\n"
        "    for t in range(T):\n"
        "        if batch_first:\n"
        "            xt = x[:, t, :]\n"
        "        else:\n"
        "            xt = x[t, :, :]\n"
        "        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                out[t, b, j] = h[b, j]\n"
        "    if batch_first:\n"
        "        out2 = np.zeros((B, T, H))\n"
        "        for t in range(T):\n"
        "            for b in range(B):\n"
        "                out2[b, t, :] = out[t, b, :]\n"
        "        out = out2\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_bram_concat",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # Olah: one weight on [h_{t-1}, x_t], one bias\n"
        "    W = np.hstack([W_hh, W_ih]).T          # (H + I, 4H)\n"
        "    b = b_ih + b_hh\n"
        "    xs = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    H = W_hh.shape[1]\n"
        "    B = xs.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)\n"
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        z = np.concatenate([h, x_t], axis=1) @ W + b\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        i = sigmoid(z[:, :H])\n"
        "        c_tilde = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * c_tilde\n"
        "        h = o * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs)\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_bf_out_gus",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, out is not transposed back to (B, T, H)",
                "must_mention": [
                    "batch_first",
                    {"any": ["transpos", "swap", "(B, T, H)", "back", "time-major", "(T, B, H)"]},
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
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_skip_t0_jules",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t = 1 and skips the first step x_0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "first step",
                            "t = 0",
                            "t=0",
                            "skip",
                            "T-1 steps",
                            "one step short",
                            "missing step",
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
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_global_zeros_dara",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero initial state built with global sizes (B_, H_) from another cell, "
                "not the input's B and H",
                "must_mention": [
                    {"any": ["zero", "None"]},
                    {"any": ["global", "size", "shape", "(B, H)"]},
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
        "B_, H_ = 2, 3   # sizes of my test case\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    h = np.zeros((B_, H_)) if h0 is None else h0\n"
        "    c = np.zeros((B_, H_)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_inplace_state_ivo",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes each new state into the given h0/c0 arrays (inputs modified in "
                "place)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the array",
                            "changes its input",
                            "changed your input",
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
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new          # keep the state in the same buffer\n"
        "        c[...] = c_new\n"
        "        outs.append(h.copy())\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_out_c_emil",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell states c_t instead of h_t",
                "must_mention": [{"any": ["c_t", "cell state", "c instead of h", "stacks c"]}],
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
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(c)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_reshape_fatima",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, uses reshape instead of transpose (scrambles batch and "
                "time)",
                "must_mention": [{"any": ["reshape", "transpos", "scrambl"]}],
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
        "        x = x.reshape(x.shape[1], x.shape[0], x.shape[2])   # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_alias_chen",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same h buffer at every step, so every out[t] equals the last "
                "h",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "alias",
                            "every step",
                            "all steps",
                            "same object",
                            "copy",
                            "same values at every",
                            "last step's",
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
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H))\n"
        "    c = np.zeros((B, H))\n"
        "    if h0 is not None:\n"
        "        h[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        c[:, :] = c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h_next, c_next = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:, :] = h_next\n"
        "        c[:, :] = c_next\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_squeeze_gus",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "squeeze() drops axes of size 1 (B = 1, T = 1 or H = 1): wrong shape of "
                "out",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "T = 1",
                            "T=1",
                            "H = 1",
                            "H=1",
                            "size 1",
                            "size-1",
                            "length 1",
                            "of size one",
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
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.array(outs).squeeze()        # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_c_from_h0_ana",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "initial cell state taken from h0 instead of c0 (copy-paste slip)",
                "must_mention": [{"any": ["c0", "c_0", "initial cell state"]}],
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
        "        x = np.swapaxes(x, 0, 1)          # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else h0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_ana",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "ignores batch_first", "must_mention": ["batch_first"]},
            {"what": "returns h in place of c_n", "must_mention": [{"any": ["c_n", "cell state"]}]},
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                  # (T, B, H)\n"
        "    return out, (h, h)\n",
    },
    {
        "id": "layer_dbl_dara",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "takes T from x.shape[0] before transposing, so with batch_first T is the "
                "batch size",
                "must_mention": [
                    "batch_first",
                    {"any": ["T ", "seq", "time steps", "steps", "length"]},
                ],
            },
            {
                "what": "zero h0 has shape (B, I) instead of (B, H) (crashes when I != H)",
                "must_mention": [
                    {"any": ["zero", "None"]},
                    {"any": ["(B, I)", "input size", "I != H", "I ≠ H", "shape"]},
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
        "    T = x.shape[0]\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    B, I = x.shape[1], x.shape[2]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, I))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_tf_bram",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h0 as the initial cell state and c0 as the initial hidden state",
                "must_mention": [
                    {"any": ["h0 and c0", "c0 and h0", "swapped", "exchanged", "the other way"]}
                ],
            },
            {
                "what": "returns (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [
                    {
                        "any": [
                            "(c_n, h_n)",
                            "swap",
                            "order",
                            "h_n and c_n",
                            "c_n and h_n",
                            "exchanged",
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
        "    # TF1 habit: the state tuple is (c, h)\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    c = np.zeros((B, H)) if h0 is None else h0\n"
        "    h = np.zeros((B, H)) if c0 is None else c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.stack(outputs, axis=1 if batch_first else 0)\n"
        "    return out, (c, h)\n",
    },
    {
        "id": "scratch_ok_hana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_chen_loops",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I = input_size\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        if bidirectional:\n"
        "            self.D = 2\n"
        "        else:\n"
        "            self.D = 1\n"
        "        self.names = []\n"
        "        self.w = {}\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1.0 / (hidden_size ** 0.5)\n"
        "        for k in range(self.L):\n"
        "            if k == 0:\n"
        "                n_in = self.I\n"
        "            else:\n"
        "                n_in = self.H * self.D\n"
        "            for d in range(self.D):\n"
        "                if d == 0:\n"
        '                    suffix = ""\n'
        "                else:\n"
        '                    suffix = "_reverse"\n'
        '                shapes = [("weight_ih_l%d%s" % (k, suffix), (4 * self.H, n_in)),\n'
        '                          ("weight_hh_l%d%s" % (k, suffix), (4 * self.H, self.H))]\n'
        "                if self.use_bias:\n"
        '                    shapes.append(("bias_ih_l%d%s" % (k, suffix), (4 * self.H,)))\n'
        '                    shapes.append(("bias_hh_l%d%s" % (k, suffix), (4 * self.H,)))\n'
        "                for name, shape in shapes:\n"
        "                    self.names.append(name)\n"
        "                    self.w[name] = rng.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        result = {}\n"
        "        for name in self.names:\n"
        "            result[name] = self.w[name].copy()\n"
        "        return result\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in state:\n"
        "            if name not in self.w:\n"
        '                raise KeyError("unexpected key " + name)\n'
        "        for name in self.names:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key " + name)\n'
        "            arr = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if arr.shape != self.w[name].shape:\n"
        '                raise ValueError("wrong shape for " + name)\n'
        "            self.w[name] = arr\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.bf:\n"
        "            T = x.shape[1]\n"
        "            B = x.shape[0]\n"
        "        else:\n"
        "            T = x.shape[0]\n"
        "            B = x.shape[1]\n"
        "        H = self.H\n"
        "        seq = np.zeros((T, B, x.shape[2]))\n"
        "        for t in range(T):\n"
        "            if self.bf:\n"
        "                seq[t] = x[:, t, :]\n"
        "            else:\n"
        "                seq[t] = x[t]\n"
        "        h_n = np.zeros((self.L * self.D, B, H))\n"
        "        c_n = np.zeros((self.L * self.D, B, H))\n"
        "        for k in range(self.L):\n"
        "            new_seq = np.zeros((T, B, self.D * H))\n"
        "            for d in range(self.D):\n"
        '                suffix = "" if d == 0 else "_reverse"\n'
        "                row = k * self.D + d\n"
        "                if hx is None:\n"
        "                    h = np.zeros((B, H))\n"
        "                    c = np.zeros((B, H))\n"
        "                else:\n"
        "                    h = np.array(hx[0][row])\n"
        "                    c = np.array(hx[1][row])\n"
        '                Wi = self.w["weight_ih_l%d%s" % (k, suffix)]\n'
        '                Wh = self.w["weight_hh_l%d%s" % (k, suffix)]\n'
        "                for step in range(T):\n"
        "                    if d == 0:\n"
        "                        t = step\n"
        "                    else:\n"
        "                        t = T - 1 - step\n"
        "                    a = seq[t] @ Wi.T + h @ Wh.T\n"
        "                    if self.use_bias:\n"
        '                        a = a + self.w["bias_ih_l%d%s" % (k, suffix)] + '
        'self.w["bias_hh_l%d%s" % (k, suffix)]\n'
        "                    i = sigmoid(a[:, 0:H])\n"
        "                    f = sigmoid(a[:, H:2 * H])\n"
        "                    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "                    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "                    c = f * c + i * g\n"
        "                    h = o * np.tanh(c)\n"
        "                    new_seq[t, :, d * H:(d + 1) * H] = h\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            seq = new_seq\n"
        "        if self.bf:\n"
        "            out = np.zeros((B, T, self.D * H))\n"
        "            for t in range(T):\n"
        "                out[:, t, :] = seq[t]\n"
        "        else:\n"
        "            out = seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_bram_helper",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
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
        "\n"
        "def run_direction(xs, h, c, W_ih, W_hh, b):\n"
        '    """xs: (T, B, I) in the order to read; returns the h\'s in that order and the '
        'final state."""\n'
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        z = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=-1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers = hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ("", "_reverse") if bidirectional else ("",)\n'
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        '                names = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * '
        "hidden_size, hidden_size))]\n"
        "                if bias:\n"
        '                    names += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for n, shape in names:\n"
        '                    self._p[f"{n}_l{l}{sfx}"] = rng.uniform(-s, s, size=shape)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64, copy=True) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._p):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self._p))}")\n'
        "        for k in self._p:\n"
        "            v = np.asarray(state[k], dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: {v.shape} != {self._p[k].shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = np.swapaxes(xs, 0, 1)\n"
        "        T, B = xs.shape[:2]\n"
        "        H, D = self.hidden_size, len(self.dirs)\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for l in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        '                p = lambda n: self._p[f"{n}_l{l}{sfx}"]\n'
        '                b = p("bias_ih") + p("bias_hh") if self.bias else 0.0\n'
        "                seq = xs if d == 0 else xs[::-1]\n"
        "                hs, h, c = run_direction(seq, h_0[l * D + d], c_0[l * D + d], "
        'p("weight_ih"), p("weight_hh"), b)\n'
        "                outs.append(hs if d == 0 else hs[::-1])\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_rev_noflip_gus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order, not put back in "
                "time order",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "time order",
                            "flip",
                            "reversed order",
                            "back in order",
                            "in reading order",
                            "order of the steps",
                            "put back",
                            "[::-1]",
                            "stored at",
                        ]
                    },
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
        "\n"
        "def run_direction(xs, h, c, W_ih, W_hh, b):\n"
        '    """xs: (T, B, I) in the order to read; returns the h\'s in that order and the '
        'final state."""\n'
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        z = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=-1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers = hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ("", "_reverse") if bidirectional else ("",)\n'
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        '                names = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * '
        "hidden_size, hidden_size))]\n"
        "                if bias:\n"
        '                    names += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for n, shape in names:\n"
        '                    self._p[f"{n}_l{l}{sfx}"] = rng.uniform(-s, s, size=shape)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64, copy=True) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._p):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self._p))}")\n'
        "        for k in self._p:\n"
        "            v = np.asarray(state[k], dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: {v.shape} != {self._p[k].shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = np.swapaxes(xs, 0, 1)\n"
        "        T, B = xs.shape[:2]\n"
        "        H, D = self.hidden_size, len(self.dirs)\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for l in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        '                p = lambda n: self._p[f"{n}_l{l}{sfx}"]\n'
        '                b = p("bias_ih") + p("bias_hh") if self.bias else 0.0\n'
        "                seq = xs if d == 0 else xs[::-1]\n"
        "                hs, h, c = run_direction(seq, h_0[l * D + d], c_0[l * D + d], "
        'p("weight_ih"), p("weight_hh"), b)\n'
        "                outs.append(hs)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_rev_hn_ana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1] (after x_{T-1}) instead of its "
                "final state after x_0",
                "must_mention": [
                    "reverse",
                    {"any": ["h_n", "final state", "out[0", "after x_0", "last step"]},
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = out_d[-1]\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_rows_dirmajor_jules",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows ordered direction-major (d * L + k) instead of layer by layer "
                "(k * D + d)",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "layer by layer",
                            "row order",
                            "order of the rows",
                            "rows of h",
                            "direction-major",
                            "d * L",
                            "rows in the order",
                            "wrong row",
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[d * L + layer], c0[d * L + layer]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[d * L + layer] = h\n"
        "                c_n[d * L + layer] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ih_shape_fatima",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers k > 0 get weight_ih of shape (4H, H) instead of (4H, D*H) when "
                "bidirectional",
                "must_mention": [
                    {"any": ["D * H", "D*H", "H * D", "2H", "2 * H", "(4H, 2H)", "both directions"]}
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_keys_dara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False keeps (zero) bias parameters, so state_dict has extra bias "
                "keys",
                "must_mention": [
                    {"any": ["bias=False", "bias = False"]},
                    {"any": ["key", "bias_ih", "bias_hh"]},
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                # bias=False: biases stay at zero\n"
        '                self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * H) * '
        "bias\n"
        '                self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * H) * '
        "bias\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_load_ref_ivo",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps references to the given arrays: later changes to "
                "state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "later change",
                            "refer",
                            "alias",
                            "shares",
                            "same array",
                            "changing the dict",
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)   # no copy needed\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bound_input_emil",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialisation bound 1/sqrt(input_size) instead of 1/sqrt(hidden_size)",
                "must_mention": [
                    {"any": ["bound", "1/sqrt", "1/√H", "sqrt(H)", "√H", "range", "hidden_size"]}
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(input_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_seed_dara",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: the same seed gives different parameters",
                "must_mention": ["seed"],
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hx_layer_gus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer starts from hx's rows of layer 0 (h_0[d]) instead of row k * "
                "D + d",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "layer 0's",
                            "row",
                            "layer's initial",
                            "initial state of layer",
                            "of layer 1",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[d], c0[d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_rev_h0_chen",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from the forward direction's initial state (row "
                "k*D instead of k*D+1)",
                "must_mention": ["reverse", {"any": ["initial", "h_0", "h0", "hx", "row"]}],
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D], c0[layer * D]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_nobias_crash_ana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the step always reads the bias parameters: KeyError with bias=False",
                "must_mention": [{"any": ["bias=False", "bias = False", "no bias"]}],
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        '        a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_ana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs not put back in time order",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "time order",
                            "flip",
                            "reversed order",
                            "back in order",
                            "in reading order",
                            "order of the steps",
                            "put back",
                            "[::-1]",
                            "stored at",
                        ]
                    },
                ],
            },
            {"what": "ignores batch_first", "must_mention": ["batch_first"]},
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
        "\n"
        "def run_direction(xs, h, c, W_ih, W_hh, b):\n"
        '    """xs: (T, B, I) in the order to read; returns the h\'s in that order and the '
        'final state."""\n'
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        z = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(z, 4, axis=-1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers = hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ("", "_reverse") if bidirectional else ("",)\n'
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        '                names = [("weight_ih", (4 * hidden_size, n_in)), ("weight_hh", (4 * '
        "hidden_size, hidden_size))]\n"
        "                if bias:\n"
        '                    names += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for n, shape in names:\n"
        '                    self._p[f"{n}_l{l}{sfx}"] = rng.uniform(-s, s, size=shape)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64, copy=True) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._p):\n"
        '            raise KeyError(f"keys differ: {sorted(set(state) ^ set(self._p))}")\n'
        "        for k in self._p:\n"
        "            v = np.asarray(state[k], dtype=np.float64)\n"
        "            if v.shape != self._p[k].shape:\n"
        '                raise ValueError(f"{k}: {v.shape} != {self._p[k].shape}")\n'
        "            self._p[k] = v.copy()\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        T, B = xs.shape[:2]\n"
        "        H, D = self.hidden_size, len(self.dirs)\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for l in range(self.num_layers):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        '                p = lambda n: self._p[f"{n}_l{l}{sfx}"]\n'
        '                b = p("bias_ih") + p("bias_hh") if self.bias else 0.0\n'
        "                seq = xs if d == 0 else xs[::-1]\n"
        "                hs, h, c = run_direction(seq, h_0[l * D + d], c_0[l * D + d], "
        'p("weight_ih"), p("weight_hh"), b)\n'
        "                outs.append(hs)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = xs\n"
        "        return np.ascontiguousarray(out), (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scratch_dbl_ivo",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, not copies",
                "must_mention": [
                    {"any": ["copy", "copies", "state_dict", "refer", "shares", "same array"]}
                ],
            },
            {
                "what": "writes h_n/c_n into the given hx arrays (input modified in place)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "unchanged",
                            "changed the array",
                            "changes its input",
                            "changed your input",
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self.params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = h0, c0        # reuse the buffers\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_emil",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weight_ih of every layer sized for input_size (layers k > 0 read D*H "
                "features)",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "D * H",
                            "D*H",
                            "H * D",
                            "layer 1",
                            "layers after the first",
                            "input_size",
                        ]
                    }
                ],
            },
            {
                "what": "h_n/c_n hold only the last layer's rows",
                "must_mention": [
                    {"any": ["num_layers", "every layer", "all layers", "last layer"]}
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n[-D:], c_n[-D:])\n",
    },
    {
        "id": "scratch_dbl_fatima",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "puts the reverse direction first in out ([reverse, forward])",
                "must_mention": [
                    "reverse",
                    {"any": ["forward first", "first", "order", "halves", "side by side"]},
                ],
            },
            {
                "what": "load_state_dict converts the parameters to float32",
                "must_mention": ["float32"],
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
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "in_size))\n"
        '                self.params[f"weight_hh_l{layer}{sfx}"] = rng.uniform(-k, k, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{sfx}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float32)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, layer, sfx):\n"
        "        p = self.params\n"
        '        a = x @ p[f"weight_ih_l{layer}{sfx}"].T + h @ '
        'p[f"weight_hh_l{layer}{sfx}"].T\n'
        "        if self.bias:\n"
        '            a = a + p[f"bias_ih_l{layer}{sfx}"] + p[f"bias_hh_l{layer}{sfx}"]\n'
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, L, D = self.hidden_size, self.num_layers, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                out_d = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_input[t], h, c, layer, sfx)\n"
        "                    out_d[t] = h\n"
        "                h_n[layer * D + d] = h\n"
        "                c_n[layer * D + d] = c\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs[::-1], axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ines_ok",
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_dmitri_ok",
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    # forward direction\n"
        "    h = h0[0].copy()\n"
        "    c = c0[0].copy()\n"
        "    for t in range(0, T, 1):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                out[t, b, j] = h[b, j]\n"
        "    h_n[0] = h\n"
        "    c_n[0] = c\n"
        "    # backward direction\n"
        "    h = h0[1].copy()\n"
        "    c = c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "        for b in range(B):\n"
        "            for j in range(H):\n"
        "                out[t, b, H + j] = h[b, j]\n"
        "    h_n[1] = h\n"
        "    c_n[1] = c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_chen_ok",
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
        "    results = []\n"
        "    for d, (params, seq) in enumerate([(fwd, x), (bwd, np.flip(x, axis=0))]):\n"
        "        o, (hn, cn) = lstm_layer(seq, h0[d], c0[d], *params)\n"
        "        if d == 1:\n"
        "            o = np.flip(o, axis=0)   # back to time order\n"
        "        results.append((o, hn, cn))\n"
        "    out = np.concatenate([r[0] for r in results], axis=-1)\n"
        "    h_n = np.array([r[1] for r in results])\n"
        "    c_n = np.array([r[2] for r in results])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ana_noflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order (not flipped back "
                "to time order)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed order",
                            "reverse order",
                            "[::-1]",
                            "put back",
                            "backwards in time",
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
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_hiro_hn_from_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken from out[-1, :, H:] (reverse direction after its first step) "
                "instead of out[0, :, H:]",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "out[-1",
                            "first step",
                            "out[T-1",
                            "out[T - 1",
                            "out[0",
                            "only x_{T-1}",
                            "one step",
                            "after x_{T-1}",
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
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    H = out_f.shape[2]\n"
        "    # final hidden states = last output of each half\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    return out, (h_n, np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_emma_global_H",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the global H = 4 from a scratch cell instead of the hidden size of "
                "the arguments",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "outside the function",
                            "defined outside",
                            "notebook variable",
                            "module-level",
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
        "# my scratch cell from the chapter\n"
        "T, B, I, H = 5, 2, 3, 4\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    n_steps = x.shape[0]\n"
        "    out = np.zeros((n_steps, x.shape[1], 2 * H))\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[:, :, :H] = out_f\n"
        "    out[:, :, H:] = out_b[::-1]\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_ana_fwd_weights_twice",
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
                            "fwd",
                            "forward weights",
                            "forward direction's weights",
                            "weights of the forward",
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
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_hiro_h0_row0",
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
                            "h0[1]",
                            "row 1",
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
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_farid_hstack",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.hstack joins along axis 1 (the batch axis), giving (T, 2B, H) instead "
                "of (T, B, 2H)",
                "must_mention": [{"any": ["axis", "hstack", "(T, 2B", "batch"]}],
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
        "    out = np.hstack([out_f, out_b[::-1]])   # side by side\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_chen_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out are swapped: reverse first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "halves",
                            "first H",
                            "exchanged",
                            "the wrong half",
                            "second half",
                            "out[..., :H]",
                            "out[:, :, :H]",
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
        "    # Olah's picture: the backward layer sits on top\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_b[::-1], out_f], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_dmitri_skips_x0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop range(T-1, 0, -1) stops before t = 0: x_0 is never read, "
                "out[0] reverse half stays zero",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "t = 0",
                            "t=0",
                            "step 0",
                            "off-by-one",
                            "off by one",
                            "one step early",
                            "skips",
                            "never read",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.array([hf, h]), np.array([cf, c]))\n",
    },
    {
        "id": "bl_ana_D_noflip_hn_concat",
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
                            "time order",
                            "reversed order",
                            "reverse order",
                            "[::-1]",
                            "put back",
                            "backwards in time",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n concatenated to (2B, H) instead of stacked to (2, B, H)",
                "must_mention": [{"any": ["(2, B, H)", "stack", "concatenat", "shape"]}],
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.concatenate([h_f, h_b])\n"
        "    c_n = np.concatenate([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_dmitri_D_inplace_cn_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the new state into views of h0 and c0, changing the caller's "
                "arrays in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
                ],
            },
            {
                "what": "c_n rows swapped: forward final cell state stored in row 1 and reverse in "
                "row 0",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "swap",
                            "row 0",
                            "row 1",
                            "c_n[0]",
                            "c_n[1]",
                            "exchanged",
                            "the other direction",
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
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    # reuse the state buffers, no allocation in the loop\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h[:, :] = hn\n"
        "        c[:, :] = cn\n"
        "        out[t, :, 0:H] = h\n"
        "    h_n[0] = h\n"
        "    c_n[1] = c\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h[:, :] = hn\n"
        "        c[:, :] = cn\n"
        "        out[t, :, H:2 * H] = h\n"
        "    h_n[1] = h\n"
        "    c_n[0] = c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_bogdan_D_ifog_one_bias",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "gates read in the order (i, f, o, g) instead of PyTorch's (i, f, g, o)",
                "must_mention": [
                    {"any": ["order", "i, f, o, g", "ifog", "(i, f, g, o)", "o and g", "g and o"]}
                ],
            },
            {
                "what": "only b_ih is added: b_hh is left out of the pre-activation",
                "must_mention": [{"any": ["b_hh", "bias"]}],
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
        "def step(x_t, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Goodfellow-style: one weight acting on the stacked [h, x]\n"
        "    W = np.concatenate([W_hh, W_ih], axis=1)\n"
        "    z = np.concatenate([h, x_t], axis=1) @ W.T + b_ih\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    o = sigmoid(z[:, 2 * H:3 * H])\n"
        "    g = np.tanh(z[:, 3 * H:])\n"
        "    c = f * c + i * g\n"
        "    h = o * np.tanh(c)\n"
        "    return h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    hs_f, hs_b = [], [None] * T\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = step(x[t], h, c, *fwd)\n"
        "        hs_f.append(h)\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = step(x[t], h, c, *bwd)\n"
        "        hs_b[t] = h\n"
        "    out = np.concatenate([np.stack(hs_f), np.stack(hs_b)], axis=2)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "cb_ines_ok",
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
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_grace_ok",
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
        "    a = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i = sigmoid(ai); f = sigmoid(af); o = sigmoid(ao); g = np.tanh(ag)\n"
        "    next_c = f * c + i * g\n"
        "    dnext_c = dc_next + dh_next * o * (1 - np.tanh(next_c) ** 2)\n"
        "    dprev_c = dnext_c * f\n"
        "    dai = dnext_c * g * i * (1 - i)\n"
        "    daf = dnext_c * c * f * (1 - f)\n"
        "    dag = dnext_c * i * (1 - g * g)\n"
        "    dao = dh_next * np.tanh(next_c) * o * (1 - o)\n"
        "    da = np.hstack((dai, daf, dag, dao))\n"
        "    dx = np.dot(da, W_ih)\n"
        "    dprev_h = np.dot(da, W_hh)\n"
        "    dWx = np.dot(x.T, da)\n"
        "    dWh = np.dot(h.T, da)\n"
        "    db = np.sum(da, axis=0)\n"
        '    return {"x": dx, "h": dprev_h, "c": dprev_c, "W_ih": dWx.T, "W_hh": dWh.T,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dmitri_ok",
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
        "    B = x.shape[0]\n"
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    gx = np.zeros((B, I)); gh = np.zeros((B, H)); gc = np.zeros((B, H))\n"
        "    gWih = np.zeros((4 * H, I)); gWhh = np.zeros((4 * H, H)); gb = np.zeros(4 * H)\n"
        "    for b in range(B):\n"
        "        a = np.zeros(4 * H)\n"
        "        for r in range(4 * H):\n"
        "            s = b_ih[r] + b_hh[r]\n"
        "            for k in range(I):\n"
        "                s += W_ih[r, k] * x[b, k]\n"
        "            for k in range(H):\n"
        "                s += W_hh[r, k] * h[b, k]\n"
        "            a[r] = s\n"
        "        da = np.zeros(4 * H)\n"
        "        for j in range(H):\n"
        "            ig = float(sigmoid(a[j]))\n"
        "            fg = float(sigmoid(a[H + j]))\n"
        "            gg = float(np.tanh(a[2 * H + j]))\n"
        "            og = float(sigmoid(a[3 * H + j]))\n"
        "            ct = fg * c[b, j] + ig * gg\n"
        "            th = float(np.tanh(ct))\n"
        "            dct = dc_next[b, j] + dh_next[b, j] * og * (1.0 - th * th)\n"
        "            gc[b, j] = dct * fg\n"
        "            da[j] = dct * gg * ig * (1.0 - ig)\n"
        "            da[H + j] = dct * c[b, j] * fg * (1.0 - fg)\n"
        "            da[2 * H + j] = dct * ig * (1.0 - gg * gg)\n"
        "            da[3 * H + j] = dh_next[b, j] * th * og * (1.0 - og)\n"
        "        for r in range(4 * H):\n"
        "            for k in range(I):\n"
        "                gx[b, k] += da[r] * W_ih[r, k]\n"
        "                gWih[r, k] += da[r] * x[b, k]\n"
        "            for k in range(H):\n"
        "                gh[b, k] += da[r] * W_hh[r, k]\n"
        "                gWhh[r, k] += da[r] * h[b, k]\n"
        "            gb[r] += da[r]\n"
        '    return {"x": gx, "h": gh, "c": gc, "W_ih": gWih, "W_hh": gWhh, "b_ih": gb, '
        '"b_hh": gb.copy()}\n',
    },
    {
        "id": "cb_grace_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the gate blocks in CS231n's order (i, f, o, g) instead of (i, f, g, "
                "o)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "i, f, o, g",
                            "ifog",
                            "(i, f, g, o)",
                            "o and g",
                            "g and o",
                            "swapped",
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
        "    # CS231n layout: i, f, o, g\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); o = sigmoid(a[:, 2*H:3*H]); g = "
        "np.tanh(a[:, 3*H:])\n"
        "    next_c = f * c + i * g\n"
        "    tnc = np.tanh(next_c)\n"
        "    dnext_c = dc_next + dh_next * o * (1 - tnc**2)\n"
        "    dai = dnext_c * g * i * (1 - i)\n"
        "    daf = dnext_c * c * f * (1 - f)\n"
        "    dao = dh_next * tnc * o * (1 - o)\n"
        "    dag = dnext_c * i * (1 - g**2)\n"
        "    da = np.hstack((dai, daf, dao, dag))\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dnext_c * f, "W_ih": da.T @ x, '
        '"W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_ana_no_tanh_term",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the term dh_next ⊙ o ⊙ (1 − tanh² c_t): only dc_next reaches "
                "the cell state",
                "must_mention": [
                    {"any": ["δc", "dc", "c_t", "cell state"]},
                    {"any": ["tanh", "τ", "through h", "o_t", "dh_next ⊙ o", "δh"]},
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next  # TODO add the part coming from h\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_bogdan_transposed_dW",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as x.T @ da (shape (I, 4H)): transposed "
                "relative to W_ih (4H, I)",
                "must_mention": [
                    {"any": ["transpose", "(I, 4H)", "(H, 4H)", ".T @", "x.T", "da.T"]}
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
        "    # Goodfellow: a = W x + U h + b ; dW = sum_t diag(...) dh x^T\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    s = np.tanh(f * c + i * g)\n"
        "    ds = dc_next + dh_next * o * (1 - s * s)\n"
        "    da = np.concatenate([ds * g * i * (1 - i), ds * c * f * (1 - f), ds * i * (1 - g "
        "* g),\n"
        "                         dh_next * s * o * (1 - o)], axis=1)\n"
        "    dW = x.T @ da\n"
        "    dU = h.T @ da\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": ds * f, "W_ih": dW, "W_hh": dU, '
        '"b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_hiro_tanh_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "uses tanh(c_{t-1}) (the argument c) where tanh(c_t) of the new cell state "
                "belongs",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "tanh(c)",
                            "previous cell",
                            "old cell",
                            "c instead",
                            "c_prev",
                            "the c you were given",
                            "input c",
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
        "    tau = np.tanh(c)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_chen_db_axis1",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradient summed over axis 1 (the gates) instead of over the batch, "
                "axis 0",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "sum over the batch",
                            "summed over the batch",
                            "over the batch",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tau * o * (1 - o)], axis=1)\n"
        "    db = np.sum(da, axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_farid_split_no_axis",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(a, 4) without axis=1 splits the batch rows, not the four gate "
                "blocks",
                "must_mention": [{"any": ["axis", "split"]}],
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_emma_global_H",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "slices the gates with the global H = 5 from a scratch cell, not the "
                "hidden size of h",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "outside the function",
                            "defined outside",
                            "notebook variable",
                            "module-level",
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
        "# from the chapter's gradient-check cell\n"
        "B, I, H = 3, 4, 5\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_jamal_g_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "derivative of tanh for g written (1 - g) instead of (1 - g²)",
                "must_mention": [
                    {"any": ["1 - g", "derivative", "tanh'", "tanh′", "g²", "g^2", "g**2"]}
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    d_i = dc * g * i * (1 - i)\n"
        "    d_f = dc * c * f * (1 - f)\n"
        "    d_g = dc * i * (1 - g)\n"
        "    d_o = dh_next * tau * o * (1 - o)\n"
        "    da = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_ana_D_inplace_dx_Whh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next += ... changes the caller's dc_next in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]},
                    "dc_next",
                ],
            },
            {
                "what": "gradient of x computed with W_hh instead of W_ih (copy-paste)",
                "must_mention": ["W_hh", {"any": ["instead of W_ih", "W_ih", "x"]}],
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_next += dh_next * o * (1 - tau**2)\n"
        "    dc = dc_next\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "g**2),\n"
        "                         dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_hh, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_hiro_D_dcprev_i_df_ct",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient to c_{t-1} multiplied by the input gate i instead of the forget "
                "gate f",
                "must_mention": [{"any": ["forget", "f_t", "⊙ f", "* f", "by f"]}],
            },
            {
                "what": "δf uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous cell",
                            "c_t instead",
                            "new cell state",
                            "c_prev",
                            "old cell",
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
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    di = dc * g\n"
        "    df = dc * c_new\n"
        "    dg = dc * i\n"
        "    do = dh_next * tau\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * i, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_bogdan_D_transposed_no_bhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients transposed: x.T @ da is (I, 4H), W_ih is (4H, I)",
                "must_mention": [
                    {"any": ["transpose", "(I, 4H)", "(H, 4H)", ".T @", "x.T", "da.T"]}
                ],
            },
            {
                "what": "b_hh gradient left at zero: the second bias gets the same gradient as "
                "b_ih",
                "must_mention": [
                    "b_hh",
                    {"any": ["zero", "same as b_ih", "equal to b_ih", "same gradient"]},
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
        "    # Goodfellow has one bias per gate: b; the second bias gets nothing\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    s = np.tanh(f * c + i * g)\n"
        "    ds = dc_next + dh_next * o * (1 - s * s)\n"
        "    da = np.concatenate([ds * g * i * (1 - i), ds * c * f * (1 - f), ds * i * (1 - g "
        "* g),\n"
        "                         dh_next * s * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": ds * f, "W_ih": x.T @ da, "W_hh": '
        "h.T @ da,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": np.zeros_like(b_hh)}\n',
    },
    {
        "id": "lb_ines_ok",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = [(h0, c0)]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        states.append((h, c))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        hp, cp = states[t]\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hp, cp, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        "    grads.update(x=dx, h0=dh, c0=dc)\n"
        "    return grads\n",
    },
    {
        "id": "lb_grace_ok",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dWx = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh)\n"
        "    dbx = np.zeros_like(b_ih); dbh = np.zeros_like(b_hh)\n"
        "    dprev_h = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dprev_c = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        grads = lstm_cell_backward(dout[t] + dprev_h, dprev_c, x[t], hs[t], cs[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dprev_h = grads["h"]\n'
        '        dprev_c = grads["c"]\n'
        '        dWx += grads["W_ih"]; dWh += grads["W_hh"]; dbx += grads["b_ih"]; dbh += '
        'grads["b_hh"]\n'
        '    return {"x": dx, "h0": dprev_h, "c0": dprev_c, "W_ih": dWx, "W_hh": dWh, "b_ih": '
        'dbx, "b_hh": dbh}\n',
    },
    {
        "id": "lb_grace_ignores_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored: the hidden gradient always starts at zero",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never us",
                            "unused",
                            "missing",
                            "left out",
                            "dropped",
                            "treated as zero",
                            "as if it were none",
                            "as zeros",
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # as in CS231n's lstm_backward: the hidden gradient starts at zero\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hn); cs.append(cn)\n"
        "    dprev_h = np.zeros((B, H))\n"
        "    dprev_c = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros((T, B, I))\n"
        '    out = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dprev_h, dprev_c, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dprev_h = g["h"]; dprev_c = g["c"]\n'
        "        for k in out:\n"
        "            out[k] = out[k] + g[k]\n"
        "    out.update(x=dx, h0=dprev_h, c0=dprev_c)\n"
        "    return out\n",
    },
    {
        "id": "lb_ana_last_step_weights",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients overwritten at each step (step 0's only) "
                "instead of summed over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "add up",
                            "added up",
                            "only one step",
                            "single step",
                            "step 0's",
                            "one step's",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = g["W_ih"]\n'
        '        dW_hh = g["W_hh"]\n'
        '        db_ih = g["b_ih"]\n'
        '        db_hh = g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_hiro_state_after",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "each step's backward gets the state after the step (h_t, c_t) instead of "
                "the one it started from (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "before",
                            "after",
                            "previous state",
                            "started from",
                            "state it started",
                            "one step late",
                            "shifted",
                            "hs[t + 1]",
                            "off by one",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        # the state at step t\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        for n, k in enumerate(("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            acc[n] = acc[n] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lb_bogdan_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the gradient reaching h_t is dout[t] alone: step t+1\'s "h" gradient is '
                "never added",
                "must_mention": [
                    {
                        "any": [
                            "recurren",
                            "t+1",
                            "t + 1",
                            "carried",
                            "next step",
                            "later step",
                            "sum of dout",
                            "through h_t",
                            "plus",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # Goodfellow: L = sum_t L_t, each L_t gives dout[t]\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dL = dout.copy()\n"
        "    if dh_n is not None:\n"
        "        dL[T - 1] = dL[T - 1] + dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dW = np.zeros_like(W_ih); dU = np.zeros_like(W_hh); db1 = np.zeros_like(b_ih); "
        "db2 = np.zeros_like(b_hh)\n"
        "    dh = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dL[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        '        dW += g["W_ih"]; dU += g["W_hh"]; db1 += g["b_ih"]; db2 += g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW, "W_hh": dU, "b_ih": db1, "b_hh": '
        "db2}\n",
    },
    {
        "id": "lb_dmitri_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the x gradients are collected from t = T-1 down to 0 and returned in that "
                "(reversed) order",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "time order",
                            "flip",
                            "[::-1]",
                            "backwards",
                            "opposite order",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(0, T):\n"
        "        h, c = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h)\n"
        "        c_list.append(c)\n"
        "    dh = np.zeros(h0.shape)\n"
        "    dc = np.zeros(c0.shape)\n"
        "    if dh_n is not None:\n"
        "        dh = dh + dh_n\n"
        "    if dc_n is not None:\n"
        "        dc = dc + dc_n\n"
        "    dx_list = []\n"
        "    gW_ih = np.zeros(W_ih.shape); gW_hh = np.zeros(W_hh.shape)\n"
        "    gb_ih = np.zeros(b_ih.shape); gb_hh = np.zeros(b_hh.shape)\n"
        "    t = T - 1\n"
        "    while t >= 0:\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx_list.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        gW_ih = gW_ih + g["W_ih"]; gW_hh = gW_hh + g["W_hh"]\n'
        '        gb_ih = gb_ih + g["b_ih"]; gb_hh = gb_hh + g["b_hh"]\n'
        "        t = t - 1\n"
        '    return {"x": np.array(dx_list), "h0": dh, "c0": dc, "W_ih": gW_ih, "W_hh": gW_hh, '
        '"b_ih": gb_ih, "b_hh": gb_hh}\n',
    },
    {
        "id": "lb_emma_global_T",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the global T = 4 from a scratch cell instead of x.shape[0]",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "outside the function",
                            "defined outside",
                            "notebook variable",
                            "module-level",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "# scratch cell: sizes I played with\n"
        "T, B, I, H = 4, 3, 2, 5\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        '    grads = {k: np.zeros_like(v) for k, v in (("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"], grads["h0"], grads["c0"] = dx, dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_farid_if_not",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if not dh_n:` on an array raises (truth value ambiguous) whenever dh_n "
                "is given; should test `is None`",
                "must_mention": [{"any": ["is None", "is not None"]}],
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    if not dh_n:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if not dc_n:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    T = len(x)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh, dc = dh_n, dc_n\n"
        "    dx = np.zeros_like(x)\n"
        '    tot = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        "        for k in tot:\n"
        "            tot[k] = tot[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **tot}\n',
    },
    {
        "id": "lb_chen_replay_from_zeros",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward replay starts from zeros instead of the given h0, c0",
                "must_mention": [
                    {"any": ["zero", "ignor", "not used", "unused"]},
                    {"any": ["h0", "initial state", "c0"]},
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # Olah: the state starts empty\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)); c = np.zeros((B, H))\n"
        "    prev = []\n"
        "    for t in range(T):\n"
        "        prev.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    sums = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh), "
        "b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *prev[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        "        for k in sums:\n"
        "            sums[k] = sums[k] + g[k]\n"
        "    return dict(x=dx, h0=dh, c0=dc, **sums)\n",
    },
    {
        "id": "lb_ana_D_dc_from_h_bias_overwrite",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the gradient carried to c_{t-1} is step t\'s "h" gradient (copy-paste), '
                'not its "c"',
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "δc",
                            "cell state",
                            "cell gradient",
                            "c_{t-1}",
                            'instead of "c"',
                        ]
                    }
                ],
            },
            {
                "what": "bias gradients overwritten each step instead of summed over the steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "add up",
                            "added up",
                            "only one step",
                            "single step",
                            "step 0's",
                            "one step's",
                        ]
                    },
                    {"any": ["b_ih", "b_hh", "bias"]},
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["h"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = g["b_ih"]\n'
        '        db_hh = g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_grace_D_inplace_dout_ignores_dcn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[-1] += dh_n changes the caller's dout in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]},
                    "dout",
                ],
            },
            {
                "what": "dc_n is ignored: the cell gradient always starts at zero",
                "must_mention": [
                    "dc_n",
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never us",
                            "unused",
                            "missing",
                            "left out",
                            "dropped",
                            "treated as zero",
                            "as if it were none",
                            "as zeros",
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
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
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n          # h_n is out[-1]\n"
        "    dnext_h = np.zeros_like(h0)\n"
        "    dnext_c = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    dWx = np.zeros_like(W_ih); dWh = np.zeros_like(W_hh); dbx = np.zeros_like(b_ih); "
        "dbh = np.zeros_like(b_hh)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dnext_h, dnext_c, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dnext_h = g["h"]; dnext_c = g["c"]\n'
        '        dWx += g["W_ih"]; dWh += g["W_hh"]; dbx += g["b_ih"]; dbh += g["b_hh"]\n'
        '    return {"x": dx, "h0": dnext_h, "c0": dnext_c, "W_ih": dWx, "W_hh": dWh, "b_ih": '
        'dbx, "b_hh": dbh}\n',
    },
    {
        "id": "lb_hiro_D_stops_at_1_state_after",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop range(T-1, 0, -1) stops before step 0: step 0's "
                "backward is never run",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "off-by-one",
                            "off by one",
                            "one step early",
                            "skips",
                            "never run",
                            "x_0",
                        ]
                    }
                ],
            },
            {
                "what": "each step's backward gets the state after the step instead of (h_{t-1}, "
                "c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "before",
                            "after",
                            "previous state",
                            "started from",
                            "state it started",
                            "one step late",
                            "shifted",
                            "hs[t + 1]",
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
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    gW = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        gW = [a + g[k] for a, k in zip(gW, ("W_ih", "W_hh", "b_ih", "b_hh"))]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": gW[0], "W_hh": gW[1], "b_ih": gW[2], '
        '"b_hh": gW[3]}\n',
    },
    {
        "id": "ll_ines_ok",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
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
        "id": "ll_dmitri_ok",
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h = h0[b:b + 1, :]\n"
        "        c = c0[b:b + 1, :]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b, :] = h[0, :]\n"
        "        h_n[b, :] = h[0, :]\n"
        "        c_n[b, :] = c[0, :]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_chen_ok",
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
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :]).astype(np.float64)  "
        "# (T, B)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * h_t + (1 - m) * h\n"
        "        c = m * c_t + (1 - m) * c\n"
        "        outs.append(m * h_t)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_kim_book_zeros",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "copied the chapter's masked_lstm, which starts from zeros: h0 and c0 are "
                "ignored",
                "must_mention": [
                    {"any": ["zero", "ignor", "not used", "unused"]},
                    {"any": ["h0", "initial state", "c0"]},
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
        "    # the chapter's masked_lstm\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
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
        "id": "ll_ana_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": [
                    {"any": ["zero", "padding steps", "past each length", "past the end", "beyond"]}
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
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_farid_runs_on_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state keeps running over the padding: h_n, c_n are taken at T - 1, "
                "not at each own last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "last valid",
                            "T - 1",
                            "T-1",
                            "freez",
                            "frozen",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * (t < lengths)[:, None]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_hiro_le_mask",
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
                            "off-by-one",
                            "off by one",
                            "one step too many",
                            "one extra step",
                            "<=",
                            "one step past",
                            "one step too",
                            "lengths[b] steps",
                            "step lengths[b]",
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
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]   # up to and including the length\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dmitri_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen after each sequence ends; c keeps being updated on "
                "padding steps",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "padding",
                            "freez",
                            "frozen",
                            "mask",
                            "keeps updating",
                            "past the end",
                            "not held",
                            "not kept",
                            "own last step",
                            "last real",
                            "last valid",
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                h[b] = h_new[b]\n"
        "                out[t, b] = h_new[b]\n"
        "        c = c_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_emma_lstm_ref",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "calls lstm_ref.lstm_cell (copied from the chapter), which is not "
                "available when graded",
                "must_mention": ["lstm_ref"],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
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
        "id": "ll_jamal_float32",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out allocated as float32",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
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
        "    out = np.zeros((T, B, H), dtype=np.float32)   # half the memory\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_bogdan_assumes_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes lengths sorted longest first (the first batch_sizes[t] rows are "
                "running); wrong for unsorted lengths",
                "must_mention": [
                    {"any": ["sorted", "unsorted", "descending", "enforce_sorted", "decreasing"]}
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
        "    # like pack_padded_sequence: at step t the first batch_sizes[t] sequences are "
        "running\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        bs = int(np.sum(np.asarray(lengths) > t))\n"
        "        if bs == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:bs] = h_new\n"
        "        c[:bs] = c_new\n"
        "        out[t, :bs] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ana_D_zeros_and_no_zero_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "starts from zeros: h0 and c0 are ignored",
                "must_mention": [
                    {"any": ["zero", "ignor", "not used", "unused"]},
                    {"any": ["h0", "initial state", "c0"]},
                ],
            },
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": [
                    {"any": ["zero", "padding steps", "past each length", "past the end", "beyond"]}
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_chen_D_float32_le",
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
                            "off-by-one",
                            "off by one",
                            "one step too many",
                            "one extra step",
                            "<=",
                            "one step past",
                            "one step too",
                            "lengths[b] steps",
                            "step lengths[b]",
                        ]
                    }
                ],
            },
            {
                "what": "out returned as float32",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
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
        "    mask = (np.arange(T)[:, None] <= np.asarray(lengths)[None, "
        ":]).astype(np.float32)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * h_t + (1 - m) * h\n"
        "        c = m * c_t + (1 - m) * c\n"
        "        outs.append(m * h_t)\n"
        "    return np.stack(outs).astype(np.float32), (h, c)\n",
    },
    {
        "id": "ll_bogdan_D_sorted_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes lengths sorted longest first; wrong for unsorted lengths",
                "must_mention": [
                    {"any": ["sorted", "unsorted", "descending", "enforce_sorted", "decreasing"]}
                ],
            },
            {
                "what": "h = h0 then h[:bs] = ... writes into the caller's h0 and c0",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        bs = int(np.sum(np.asarray(lengths) > t))\n"
        "        h_new, c_new = lstm_cell(x[t, :bs], h[:bs], c[:bs], W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:bs] = h_new\n"
        "        c[:bs] = c_new\n"
        "        out[t, :bs] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bll_ines_ok",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, reverse_padded(out_r, lengths)], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_dmitri_ok",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for d in range(2):\n"
        "            W_ih, W_hh, b_ih, b_hh = fwd if d == 0 else bwd\n"
        "            h = h0[d, b:b + 1, :]\n"
        "            c = c0[d, b:b + 1, :]\n"
        "            if d == 0:\n"
        "                steps = range(0, L)\n"
        "            else:\n"
        "                steps = range(L - 1, -1, -1)\n"
        "            for t in steps:\n"
        "                h, c = lstm_cell(x[t, b:b + 1, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "                out[t, b, d * H:(d + 1) * H] = h[0]\n"
        "            h_n[d, b] = h[0]\n"
        "            c_n[d, b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_grace_ok",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    # reverse direction: walk t = T-1 .. 0 with the same mask; the state stays at "
        "h0[1]\n"
        "    # until the first real step lengths[b] - 1, so padding is never read\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_r = np.zeros((T, B, H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out_r[t] = np.where(m, hn, 0.0)\n"
        "    return np.concatenate([out_f, out_r], axis=-1), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_farid_padded_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "flips the whole padded tensor: the reverse direction starts at T - 1 on "
                "padding, not at each sequence's last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "last valid",
                            "T - 1",
                            "T-1",
                            "each sequence's last",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ana_no_unreverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are left in reading order: not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "put back",
                            "un-revers",
                            "unrevers",
                            "flip back",
                            "reversed order",
                            "reverse order",
                            "back in order",
                            "not reversed back",
                            "reading order",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_hiro_hn_at_last_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] read at step lengths[b] - 1 (the reverse direction's first step) "
                "instead of step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "first step",
                            "step 0",
                            "out[0",
                            "t = 0",
                            "after x_0",
                            "one step",
                            "lengths[b] - 1",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, reverse_padded(out_r, lengths)], axis=2)\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        last = int(lengths[b]) - 1       # each sequence's last real step\n"
        "        h_n[0, b] = out[last, b, :H]\n"
        "        h_n[1, b] = out[last, b, H:]\n"
        "    return out, (h_n, np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_bogdan_directions_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "fwd and bwd weights swapped between the two directions",
                "must_mention": [
                    {"any": ["swap", "fwd", "bwd", "exchanged", "the other direction's weights"]}
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # (W_fwd, W_bwd) = the weights for each pass\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *bwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_f, reverse_padded(out_r, lengths)], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_emma_helper_global_lengths",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "helper flip_each reads the global lengths = [6, 2, 4] from a scratch "
                "cell, not the argument",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "outside the function",
                            "defined outside",
                            "notebook variable",
                            "module-level",
                            "helper",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# scratch cell from the chapter\n"
        "lengths = np.array([6, 2, 4])\n"
        "\n"
        "\n"
        "def flip_each(a):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        L = int(lengths[b])\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(flip_each(x), lengths, h0[1], c0[1], "
        "*bwd)\n"
        "    out = np.concatenate([out_f, flip_each(out_r)], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_chen_rev_from_h0_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "h0[1]",
                            "row 1",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[0], c0[0], *bwd)\n"
        "    out = np.concatenate([out_f, reverse_padded(out_r, lengths)], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_dmitri_starts_at_length",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop starts at t = lengths[b] (one padding step, or past the end) "
                "instead of lengths[b] - 1",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "lengths[b] - 1",
                            "one step",
                            "padding",
                            "one extra step",
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
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r = np.zeros((T, B, H))\n"
        "    h_r = np.zeros((B, H))\n"
        "    c_r = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        h = h0[1, b:b + 1]\n"
        "        c = c0[1, b:b + 1]\n"
        "        t = int(lengths[b])\n"
        "        while t >= 0:\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            if t < lengths[b]:\n"
        "                out_r[t, b] = h[0]\n"
        "            t -= 1\n"
        "        h_r[b] = h[0]\n"
        "        c_r[b] = c[0]\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_grace_cn_is_h",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n filled with the hidden states (copy-paste of the h_n line)",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden state", "h_t", "of h", "equals h"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, reverse_padded(out_r, lengths)], axis=2)\n"
        "    h_n = np.stack([h_f, h_r])\n"
        "    c_n = np.stack([h_f, h_r])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_jamal_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the sequences inside x itself: the caller's x is changed",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    B = x.shape[1]\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x[:L, b] = x[:L, b][::-1]          # reverse each sequence's real steps\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_r[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_farid_D_padflip_cat_hn",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "flips the whole padded tensor: reverse direction starts on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "last valid",
                            "T - 1",
                            "T-1",
                            "each sequence's last",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n concatenated to (B, 2H) instead of stacked to (2, B, H)",
                "must_mention": [{"any": ["(2, B, H)", "stack", "concatenat", "shape"]}],
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=2)\n"
        "    # like the chapter's summary: torch.cat([h_n[-2], h_n[-1]], dim=1)\n"
        "    h_n = np.concatenate([h_f, h_r], axis=1)\n"
        "    c_n = np.concatenate([c_f, c_r], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_hiro_D_row0_no_unreverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "h0[1]",
                            "row 1",
                        ]
                    }
                ],
            },
            {
                "what": "reverse outputs not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "put back",
                            "un-revers",
                            "unrevers",
                            "flip back",
                            "reversed order",
                            "reverse order",
                            "back in order",
                            "not reversed back",
                            "reading order",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps 0..L-1; padding stays zero."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h_init, c_init, *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h_init, c_init, *bwd)\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_jamal_D_inplace_hn_last",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the sequences inside x itself: the caller's x is changed",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
                ],
            },
            {
                "what": "h_n[1] read at step lengths[b] - 1 (the reverse direction's first step) "
                "instead of step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "first step",
                            "step 0",
                            "out[0",
                            "t = 0",
                            "after x_0",
                            "one step",
                            "lengths[b] - 1",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
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
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_r[:L, b] = out_r[:L, b][::-1]\n"
        "    out = np.concatenate([out_f, out_r], axis=2)\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        h_n[:, b] = out[int(lengths[b]) - 1, b].reshape(2, H)\n"
        "    return out, (h_n, np.stack([c_f, c_r]))\n",
    },
]
