# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-fifth blind corpus, kept as its two authors wrote it (/work/blind25a and /work/blind25b,
split by graded names as for corpora 10-24; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run, and both report having read
nothing else), each asked to invent a cast of at least ten students in an evening course for
working professionals: data analysts from pandas (axis habits, keepdims, broadcasting), web
developers new to NumPy (loops, lists, dicts), the PyTorch documentation's formulas translated
literally, einsum everywhere, an AI assistant's plausible but wrong answers (other libraries'
gate orders), helpers called with their arguments in the wrong order, edge cases (None states,
dh_n/dc_n None, B = 1) and the right numbers in the wrong container; run on 56c5825 (after the
twenty-second round); the words a message must contain were fixed before its first run. See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_masks_marcus",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.array(z, dtype=np.float64)   # my own copy, float\n"
        "    result = np.empty_like(z)\n"
        "    positive = z >= 0\n"
        "    negative = ~positive\n"
        "    # z >= 0: exp(-z) <= 1, fine\n"
        "    result[positive] = 1.0 / (1.0 + np.exp(-z[positive]))\n"
        "    # z < 0: use e^z / (1 + e^z) so exp never sees a big number\n"
        "    ez = np.exp(z[negative])\n"
        "    result[negative] = ez / (1.0 + ez)\n"
        "    return result\n",
    },
    {
        "id": "sig_ok_tanh_tomasz",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z / 2)) / 2 ; tanh saturates to +-1, it cannot overflow\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_ok_logaddexp_jordan",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # assistant's tip: log sigma(z) = -log(1 + e^-z) = -logaddexp(0, -z), and "
        "logaddexp is stable\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_ok_numerator_helen",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    t = np.exp(-np.abs(z))               # always in (0, 1]\n"
        "    numerator = np.where(z >= 0, 1.0, t)  # 1/(1+e^-z) for z>=0, e^z/(1+e^z) for z<0\n"
        "    return numerator / (1.0 + t)\n",
    },
    {
        "id": "sig_ok_errstate_ken",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # exp(-z) may become inf for z << 0, and 1 / (1 + inf) is exactly 0.0, which is "
        "the right\n"
        "    # answer; I only silence the overflow flag, the value is correct.\n"
        '    with np.errstate(over="ignore"):\n'
        "        return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_naive_marcus",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)): np.exp(-z) overflows (RuntimeWarning) for large "
                "negative z, e.g. -1000",
                "must_mention": [{"any": ["overflow", "warning"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # the formula from the lecture\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_branches_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches on the whole array, so exp(-z) and "
                "exp(z) still overflow (RuntimeWarning) for |z| = 1000 even though the bad "
                "branch is discarded",
                "must_mention": [
                    {"any": ["overflow", "warning"]},
                    {"any": ["both", "np.where", "branch", "every element", "all elements"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    # pick the stable formula depending on the sign, like a CASE WHEN\n"
        "    return np.where(z >= 0,\n"
        "                    1 / (1 + np.exp(-z)),\n"
        "                    np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_clip10_jordan",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10] before the formula, so values for |z| > 10 are wrong "
                "(sigma(1000) gives 0.99995, not 1)",
                "must_mention": [{"any": ["clip", "clamp", "large", "|z|", "saturat", "big"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # AI suggestion: clip the input to avoid overflow; sigmoid is flat beyond +-10 "
        "anyway\n"
        "    z = np.clip(np.asarray(z, dtype=np.float64), -10, 10)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_tanh_noscale_jordan",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses 0.5 * (1 + tanh(z)) instead of 0.5 * (1 + tanh(z / 2)): that is "
                "sigma(2z)",
                "must_mention": [
                    {"any": ["tanh", "z/2", "z / 2", "2z", "2 z", "2*z", "scale", "factor", "half"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigmoid and tanh are the same curve rescaled: sigma(z) = (1 + tanh(z)) / 2\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return (1.0 + np.tanh(z)) / 2.0\n",
    },
    {
        "id": "sig_negative_branch_mirrored_olu",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "for z < 0 computes 1/(1+exp(z)), which is sigma(-z) = 1 - sigma(z): every "
                "negative input gives the wrong value",
                "must_mention": [{"any": ["negative", "z < 0", "z<0", "below zero", "sign"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.zeros(z.shape)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    # negative side: flip the sign inside the exp so it stays small\n"
        "    out[~pos] = 1 / (1 + np.exp(z[~pos]))\n"
        "    return out\n",
    },
    {
        "id": "sig_inplace_beatriz",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the results into the argument array itself (np.asarray makes no "
                "copy): the caller's z is overwritten, and for an integer array the "
                "results are truncated to integers",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "overwr",
                            "overwrote",
                            "changed the input",
                            "changes the input",
                            "changed your input",
                            "alias",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # no extra allocation: reuse the buffer\n"
        "    z = np.asarray(z)\n"
        "    neg = z < 0\n"
        "    ez = np.exp(z[neg])\n"
        "    z[~neg] = 1.0 / (1.0 + np.exp(-z[~neg]))\n"
        "    z[neg] = ez / (1.0 + ez)\n"
        "    return z\n",
    },
    {
        "id": "sig_loop_1d_marcus",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the first axis with math.exp on each element: works for 1-D "
                "arrays only; a 2-D array (or a 0-d one) raises, so 'any shape' is not "
                "supported",
                "must_mention": [
                    {
                        "any": [
                            "any shape",
                            "2-d",
                            "2d",
                            "dimension",
                            "1-d",
                            "1d",
                            "ndim",
                            "0-d",
                            "scalar",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    values = []\n"
        "    for i in range(len(z)):\n"
        "        v = float(z[i])\n"
        "        if v >= 0:\n"
        "            values.append(1 / (1 + math.exp(-v)))\n"
        "        else:\n"
        "            e = math.exp(v)\n"
        "            values.append(e / (1 + e))\n"
        "    return np.array(values)\n",
    },
    {
        "id": "sig_float32_beatriz",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32 ('activations don't need doubles'): values only "
                "accurate to ~1e-7 and the result's dtype is float32, not float64",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # half the memory, good enough for "
        "activations\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_vectorize_empty_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.vectorize without otypes raises on an empty array (size 0): only shows "
                "for empty input",
                "must_mention": [
                    {
                        "any": [
                            "empty",
                            "size 0",
                            "size-0",
                            "zero-size",
                            "zero size",
                            "0 elements",
                            "no elements",
                            "(0,",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def _sig_scalar(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    e = math.exp(v)\n"
        "    return e / (1.0 + e)\n"
        "\n"
        "def sigmoid(z):\n"
        "    # like DataFrame.applymap: apply the scalar function to every cell\n"
        "    return np.vectorize(_sig_scalar)(z)\n",
    },
    {
        "id": "sigd_mathexp_flat_marcus",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "math.exp(-v) with the naive formula raises OverflowError for v = -1000",
                "must_mention": [{"any": ["overflow", "large negative", "-1000"]}],
            },
            {
                "what": "iterates over z.ravel() and returns a 1-D array: the input's shape is "
                "lost for 2-D inputs",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-d", "1d", "dimension"]}],
            },
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    out = [1.0 / (1.0 + math.exp(-v)) for v in z.ravel()]\n"
        "    return np.array(out)\n",
    },
    {
        "id": "sigd_tolist_naive_sofia",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a Python list (.tolist()) instead of a NumPy array of the same "
                "shape",
                "must_mention": ["list"],
            },
            {
                "what": "naive formula: np.exp(-z) overflows (RuntimeWarning) for large negative z",
                "must_mention": [{"any": ["overflow", "warning"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    s = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))\n"
        "    return s.tolist()   # plain Python numbers, easier to print and to json.dump\n",
    },
    {
        "id": "gates_ok_split_helen",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    pre = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)      # (B, 4H)\n"
        "    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_literal_lena",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # PyTorch docs notation: W_ii, W_if, W_ig, W_io stacked in W_ih; W_hi, ... in "
        "W_hh\n"
        "    H = W_hh.shape[1]\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:4*H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:4*H]\n"
        "    b_ii, b_if, b_ig, b_io = b_ih[0:H], b_ih[H:2*H], b_ih[2*H:3*H], b_ih[3*H:4*H]\n"
        "    b_hi, b_hf, b_hg, b_ho = b_hh[0:H], b_hh[H:2*H], b_hh[2*H:3*H], b_hh[3*H:4*H]\n"
        "    i_t = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n"
        "    f_t = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_hf)\n"
        "    g_t = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n"
        "    o_t = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_ho)\n"
        "    return (i_t, f_t, g_t, o_t)\n",
    },
    {
        "id": "gates_ok_einsum_tomasz",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    Wx = W_ih.reshape(4, H, -1)                 # (gate, H, I)\n"
        "    Wh = W_hh.reshape(4, H, H)                  # (gate, H, H)\n"
        "    b = (b_ih + b_hh).reshape(4, 1, H)          # (gate, 1, H)\n"
        '    pre = np.einsum("ghi,bi->gbh", Wx, x) + np.einsum("ghk,bk->gbh", Wh, h) + b\n'
        "    return sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])\n",
    },
    {
        "id": "gates_ok_loops_marcus",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    for idx, v in np.ndenumerate(z):\n"
        "        out[idx] = 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + "
        "math.exp(v))\n"
        "    return out\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = len(x)\n"
        "    H = len(W_hh[0])\n"
        "    pre = np.zeros((B, 4 * H))\n"
        "    for b in range(B):\n"
        "        for row in range(4 * H):\n"
        "            total = b_ih[row] + b_hh[row]\n"
        "            for k in range(len(x[b])):\n"
        "                total += W_ih[row][k] * x[b][k]\n"
        "            for k in range(H):\n"
        "                total += W_hh[row][k] * h[b][k]\n"
        "            pre[b, row] = total\n"
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_tf_order_jordan",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in TensorFlow's order i, g(j), f, o instead of PyTorch's "
                "i, f, g, o: the forget gate uses rows 2H:3H and the candidate g rows H:2H",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    # assistant: "the fused kernel is laid out as [i, j, f, o], j being the new '
        'memory (g)"\n'
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_z, j_z, f_z, o_z = np.split(z, 4, axis=-1)\n"
        "    i = sigmoid(i_z)\n"
        "    g = np.tanh(j_z)\n"
        "    f = sigmoid(f_z)\n"
        "    o = sigmoid(o_z)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_return_order_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "computes the gates correctly but returns them as (i, f, o, g) instead of "
                "(i, f, g, o)",
                "must_mention": [
                    {"any": ["order", "swap", "position", "return", "third", "fourth"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # the three sigmoid gates, then the tanh one\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    return i, f, o, g\n",
    },
    {
        "id": "gates_one_bias_marcus",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds only b_ih; the recurrent bias b_hh is never used",
                "must_mention": [{"any": ["b_hh", "bias", "biases"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih     # + bias\n"
        "    gates = []\n"
        "    for k in range(4):\n"
        "        block = z[:, k * H:(k + 1) * H]\n"
        "        gates.append(np.tanh(block) if k == 2 else sigmoid(block))\n"
        "    return tuple(gates)\n",
    },
    {
        "id": "gates_tanh_output_olu",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate o uses tanh instead of the sigmoid (copy-pasted from the "
                "g line)",
                "must_mention": [
                    {"any": ["output gate", "o_t", "gate o", "o gate", "'o'", "o:"]},
                    {"any": ["sigmoid", "tanh", "activation"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0 * H:1 * H])\n"
        "    f = sigmoid(a[:, 1 * H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = np.tanh(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_column_layout_raj",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "works with column vectors (W @ x.T) and returns each gate as (H, B): the "
                "final transpose back to (B, H) is missing",
                "must_mention": [{"any": ["transpos", "(h, b)", ".t"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # column-vector convention, as in my linear algebra course: z = W x + b\n"
        "    H = W_hh.shape[1]\n"
        "    z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]     # (4H, B)\n"
        "    i = sigmoid(z[0:H])\n"
        "    f = sigmoid(z[H:2 * H])\n"
        "    g = np.tanh(z[2 * H:3 * H])\n"
        "    o = sigmoid(z[3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_split_axis0_priya",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(..., axis=0) splits the batch rows instead of the 4H gate "
                "columns (axis=1)",
                "must_mention": [{"any": ["axis", "split", "batch axis", "batch dimension"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=0)   # 4 equal parts\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_H_from_x_ken",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the hidden size from x (H = x.shape[1], the input size I): wrong "
                "block boundaries and shapes whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "hidden_size",
                            "input size",
                            "input_size",
                            "x.shape",
                            "i != h",
                            "i ≠ h",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = x.shape          # batch, features\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_reshape_interleaved_tomasz",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the stacked weights as (H, 4, .) instead of (4, H, .): gate k "
                "then takes every 4th row instead of the contiguous block k*H:(k+1)*H",
                "must_mention": [
                    {"any": ["reshape", "interleav", "block", "rows", "layout", "order"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    I = x.shape[-1]\n"
        "    Wx = W_ih.reshape(H, 4, I)\n"
        "    Wh = W_hh.reshape(H, 4, H)\n"
        "    b = (b_ih + b_hh).reshape(H, 4)\n"
        '    pre = np.einsum("hgi,bi->gbh", Wx, x) + np.einsum("hgk,bk->gbh", Wh, h) + b.T[:, '
        "None, :]\n"
        "    i, f, g, o = pre\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_output_uses_forget_rows_olu",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate is computed from the forget gate's rows H:2H "
                "(copy-paste), so o equals f",
                "must_mention": [
                    {"any": ["output gate", "o_t", "gate o", "o gate", "'o'"]},
                    {"any": ["forget", "rows", "block", "slice", "h:2h", "equal"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(pre[:, 0:H])\n"
        "    forget_gate = sigmoid(pre[:, H:2*H])\n"
        "    cell_candidate = np.tanh(pre[:, 2*H:3*H])\n"
        "    output_gate = sigmoid(pre[:, H:2*H])\n"
        "    return input_gate, forget_gate, cell_candidate, output_gate\n",
    },
    {
        "id": "gates_dict_return_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a dict {'i': ..., 'f': ..., 'g': ..., 'o': ...} instead of the "
                "tuple (i, f, g, o)",
                "must_mention": [{"any": ["tuple", "dict"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    acts = {"i": sigmoid, "f": sigmoid, "g": np.tanh, "o": sigmoid}\n'
        "    # named results, so nobody mixes up the order\n"
        "    return {name: fn(pre[:, k * H:(k + 1) * H]) for k, (name, fn) in "
        "enumerate(acts.items())}\n",
    },
    {
        "id": "gates_squeeze_b1_ken",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "squeezes the pre-activations, so with a batch of one (B = 1) each gate "
                "comes back as (H,) instead of (1, H) (and H = 1 also loses an axis)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "b = 1",
                            "b=1",
                            "batch of 1",
                            "batch size 1",
                            "batch of one",
                            "single",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = np.squeeze(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh)   # tidy: drop useless "
        "axes\n"
        "    i, f, g, o = np.split(pre, 4, axis=-1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_mutates_bias_beatriz",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh adds the recurrent bias into the caller's b_ih in place: the "
                "given array is changed, and a second call with the same arrays counts "
                "b_hh twice",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "overwr",
                            "overwrote",
                            "changed the input",
                            "changes the input",
                            "changed your input",
                            "alias",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b_ih += b_hh                      # fold both biases into one, once\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = pre.shape[1] // 4\n"
        "    return (sigmoid(pre[:, :H]), sigmoid(pre[:, H:2 * H]),\n"
        "            np.tanh(pre[:, 2 * H:3 * H]), sigmoid(pre[:, 3 * H:]))\n",
    },
    {
        "id": "gates_extra_output_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns five things, (i, f, g, o, pre) with the pre-activations for "
                "debugging, instead of the four gates",
                "must_mention": [
                    {
                        "any": [
                            "five",
                            "5 items",
                            "5 values",
                            "5 elements",
                            "extra",
                            "too many",
                            "more than",
                            "length",
                            "len(",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = pre[:, :H], pre[:, H:2*H], pre[:, 2*H:3*H], pre[:, 3*H:]\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o), pre   # pre kept for "
        "debugging\n",
    },
    {
        "id": "gates_helper_args_swapped_aisha",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the helper linear(W, v) is called as linear(x, W_ih) / linear(h, W_hh): "
                "arguments in the wrong order, so it computes W @ x.T, (4H, B), which does "
                "not broadcast with the bias",
                "must_mention": [{"any": ["argument", "order", "transpos", "swap", "(4h, b)"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def linear(W, v):\n"
        '    """W: (out, in), v: (B, in) -> (B, out)"""\n'
        "    return v @ W.T\n"
        "\n"
        "def split_gates(z, H):\n"
        "    return [z[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    z = linear(x, W_ih) + linear(h, W_hh) + b_ih + b_hh\n"
        "    zi, zf, zg, zo = split_gates(z, H)\n"
        "    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n",
    },
    {
        "id": "gatesd_tf_order_one_bias_jordan",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in the order i, g, f, o (TensorFlow's) instead of i, f, "
                "g, o: f and g swapped",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang"]}],
            },
            {
                "what": "uses only b_ih, never the recurrent bias b_hh",
                "must_mention": [{"any": ["b_hh", "bias", "biases"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # fused kernel, gate order [i, c, f, o] (what the assistant told me)\n"
        "    H = h.shape[1]\n"
        "    z = np.matmul(x, W_ih.T) + np.matmul(h, W_hh.T) + b_ih\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    g = np.tanh(z[:, H:2 * H])\n"
        "    f = sigmoid(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gatesd_literal_bias_list_lena",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes b_hi, b_hf, ... from b_ih instead of b_hh: b_ih is counted twice "
                "and b_hh never used",
                "must_mention": [{"any": ["b_hh", "bias", "biases"]}],
            },
            {
                "what": "returns a list [i, f, g, o] instead of the tuple (i, f, g, o)",
                "must_mention": [{"any": ["tuple", "list"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    blocks = lambda M: [M[k * H:(k + 1) * H] for k in range(4)]\n"
        "    W_ii, W_if, W_ig, W_io = blocks(W_ih)\n"
        "    W_hi, W_hf, W_hg, W_ho = blocks(W_hh)\n"
        "    b_ii, b_if, b_ig, b_io = blocks(b_ih)\n"
        "    b_hi, b_hf, b_hg, b_ho = blocks(b_ih)\n"
        "    i_t = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n"
        "    f_t = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_hf)\n"
        "    g_t = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n"
        "    o_t = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_ho)\n"
        "    return [i_t, f_t, g_t, o_t]\n",
    },
    {
        "id": "gatesd_einsum_hh_reshape_sigmoid_g_tomasz",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh is reshaped (H, 4, H) instead of (4, H, H): the recurrent blocks are "
                "interleaved rows, not the contiguous gate blocks (only shows with a "
                "nonzero h)",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "interleav",
                            "block",
                            "rows",
                            "layout",
                            "w_hh",
                            "recurrent",
                        ]
                    }
                ],
            },
            {
                "what": "the candidate g uses the sigmoid instead of tanh",
                "must_mention": [
                    "tanh",
                    {"any": ["candidate", "g_t", "gate g", "g gate", "'g'", "g:", "g (", " g "]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        '    px = np.einsum("gi,bi->bg", W_ih, x).reshape(len(x), 4, H)\n'
        '    ph = np.einsum("hgk,bk->bgh", W_hh.reshape(H, 4, H), h)\n'
        "    pre = px + ph + (b_ih + b_hh).reshape(4, H)\n"
        "    pre = np.moveaxis(pre, 1, 0)      # (4, B, H)\n"
        "    return tuple(sigmoid(p) for p in pre)  # all four squashed to (0, 1)\n",
    },
    {
        "id": "cell_ok_split_helen",
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh            # (B, 4H)\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_columns_raj",
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
        "    # I think in column vectors: z = W x + b, one column per example\n"
        "    H = W_hh.shape[1]\n"
        "    X, Hp, Cp = x.T, h.T, c.T                                   # (I, B), (H, B), (H, "
        "B)\n"
        "    z = W_ih @ X + W_hh @ Hp + (b_ih + b_hh).reshape(-1, 1)     # (4H, B)\n"
        "    i = sigmoid(z[:H]); f = sigmoid(z[H:2*H]); g = np.tanh(z[2*H:3*H]); o = "
        "sigmoid(z[3*H:])\n"
        "    C_new = f * Cp + i * g\n"
        "    H_new = o * np.tanh(C_new)\n"
        "    return H_new.T, C_new.T          # back to one row per example\n",
    },
    {
        "id": "cell_ok_per_example_marcus",
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
        "    H = h.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    W = {n: (W_ih[k*H:(k+1)*H], W_hh[k*H:(k+1)*H], b_ih[k*H:(k+1)*H] + "
        "b_hh[k*H:(k+1)*H])\n"
        "         for k, n in enumerate(names)}\n"
        "    h_rows, c_rows = [], []\n"
        "    for n in range(x.shape[0]):              # one example at a time, like chapter 3\n"
        "        z = {}\n"
        "        for name in names:\n"
        "            Wx, Wh, b = W[name]\n"
        "            z[name] = Wx.dot(x[n]) + Wh.dot(h[n]) + b\n"
        '        i, f, o = sigmoid(z["i"]), sigmoid(z["f"]), sigmoid(z["o"])\n'
        '        g = np.tanh(z["g"])\n'
        "        c_new = f * c[n] + i * g\n"
        "        h_rows.append(o * np.tanh(c_new))\n"
        "        c_rows.append(c_new)\n"
        "    return np.array(h_rows).reshape(h.shape), np.array(c_rows).reshape(c.shape)\n",
    },
    {
        "id": "cell_ok_einsum_tomasz",
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
        "    H = c.shape[-1]\n"
        '    pre = (np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bk,gk->bg", h, W_hh)\n'
        "           + b_ih + b_hh).reshape(-1, 4, H)\n"
        "    i, f, o = (sigmoid(pre[:, k]) for k in (0, 1, 3))\n"
        "    g = np.tanh(pre[:, 2])\n"
        '    c_next = np.einsum("bh,bh->bh", f, c) + i * g\n'
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_no_tanh_on_c_jordan",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh", {"any": ["h_next", "h_t", "hidden", "h "]}],
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
        "    H = h.shape[1]\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next                 # output gate lets the memory through\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_old_c_in_h_olu",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * tanh(c) uses the previous cell state c_{t-1} instead of the "
                "new c_t",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_t-1",
                            "new cell",
                            "c_next",
                            "c_t",
                            "instead of c",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_returns_c_first_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next): the two results in the wrong order (h must come "
                "first)",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang"]}],
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = [z[:, k*H:(k+1)*H] for k in range(4)]\n"
        "    new_c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    new_h = sigmoid(o) * np.tanh(new_c)\n"
        "    return new_c, new_h      # (state, output)\n",
    },
    {
        "id": "cell_coupled_forget_jordan",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * c + (1 - f) * g: couples the gates (GRU/coupled-gate "
                "formula) instead of using the input gate, i * g",
                "must_mention": [
                    {"any": ["input gate", "1 - f", "1-f", "coupl", "i * g", "i*g", "i_t"]}
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
        "    # the assistant's version: the forget gate decides how much of old vs new memory "
        "to keep\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])     # not needed in the coupled form\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + (1 - f) * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_inplace_c_beatriz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the cell state in place (c *= f; c += i*g): the caller's c array "
                "is overwritten and returned as c_next",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "overwr",
                            "overwrote",
                            "changed the input",
                            "changes the input",
                            "changed your input",
                            "alias",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f          # no temporaries\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_onnx_order_jordan",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks in ONNX's order i, o, f, c (i, o, f, g) instead of "
                "PyTorch's i, f, g, o",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang"]}],
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
        '    # weights are stacked "iofc" (input, output, forget, cell), per the assistant\n'
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    zi, zo, zf, zc = np.split(z, 4, axis=1)\n"
        "    i, o, f = sigmoid(zi), sigmoid(zo), sigmoid(zf)\n"
        "    g = np.tanh(zc)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_f_times_h_olu",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * h + i * g: the forget gate multiplies the previous hidden "
                "state h instead of the previous cell state c",
                "must_mention": [
                    {"any": ["forget", "f *", "f*"]},
                    {
                        "any": [
                            "cell state",
                            "c_{t-1}",
                            "c_t-1",
                            "previous c",
                            " c ",
                            "instead of c",
                            "hidden",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    in_gate = sigmoid(pre[:, :hs])\n"
        "    forget = sigmoid(pre[:, hs:2 * hs])\n"
        "    cand = np.tanh(pre[:, 2 * hs:3 * hs])\n"
        "    out_gate = sigmoid(pre[:, 3 * hs:])\n"
        "    c_new = forget * h + in_gate * cand\n"
        "    h_new = out_gate * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_helper_h_c_swapped_aisha",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the helper is defined _step(x, c, h, ...) but called _step(x, h, c, ...): "
                "h and c are swapped, so the gates read c as the hidden state and the "
                "forget gate multiplies h",
                "must_mention": [
                    {"any": ["swap", "argument", "order", "exchang"]},
                    {"any": [" h ", "hidden", "h and c", "c and h", "cell state", "state"]},
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
        "def _gates(x, h, W_ih, W_hh, b):\n"
        "    H = W_hh.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    return sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "\n"
        "def _step(x, c, h, W_ih, W_hh, b):\n"
        "    i, f, g, o = _gates(x, h, W_ih, W_hh, b)\n"
        "    c_new = f * c + i * g\n"
        "    return o * np.tanh(c_new), c_new\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    return _step(x, h, c, W_ih, W_hh, b_ih + b_hh)\n",
    },
    {
        "id": "cell_reshape_not_transpose_tomasz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses W_hh.reshape(H, 4H) where W_hh.T is meant: a reshape is not a "
                "transpose, so the recurrent term is scrambled (only visible with a "
                "nonzero h)",
                "must_mention": [
                    {"any": ["reshape", "transpos", "w_hh", "recurrent", "hidden-to-hidden"]}
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
        "    H = h.shape[-1]\n"
        "    W_x = W_ih.reshape(-1, 4 * H) if False else W_ih.T    # (I, 4H)\n"
        "    W_h = W_hh.reshape(H, 4 * H)                           # (H, 4H)\n"
        '    pre = np.einsum("bi,ig->bg", x, W_x) + np.einsum("bk,kg->bg", h, W_h) + b_ih + '
        "b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=-1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_float32_beatriz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "casts the results to float32 ('to save memory'): precision ~1e-7 and "
                "dtype float32 instead of float64",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
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
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = (sigmoid(f) * c + sigmoid(i) * np.tanh(g)).astype(np.float32)\n"
        "    h_next = (sigmoid(o) * np.tanh(c_next)).astype(np.float32)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_extra_gates_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (h_next, c_next, gates): a third item beyond the pair (h_next, "
                "c_next)",
                "must_mention": [
                    {
                        "any": [
                            "three",
                            "3 items",
                            "3 values",
                            "3 elements",
                            "extra",
                            "too many",
                            "more than",
                            "length",
                            "len(",
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
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    gates = (sigmoid(pre[:, :H]), sigmoid(pre[:, H:2*H]),\n"
        "             np.tanh(pre[:, 2*H:3*H]), sigmoid(pre[:, 3*H:]))\n"
        "    i, f, g, o = gates\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next, gates     # gates are handy for plotting\n",
    },
    {
        "id": "celld_no_tanh_c_first_jordan",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh"],
            },
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang"]}],
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
        "    H = W_hh.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_t = sigmoid(z[:, :H]); f_t = sigmoid(z[:, H:2*H])\n"
        "    g_t = np.tanh(z[:, 2*H:3*H]); o_t = sigmoid(z[:, 3*H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    h_t = o_t * c_t\n"
        "    return c_t, h_t\n",
    },
    {
        "id": "celld_inplace_one_bias_beatriz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i * g): the caller's array is changed",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "overwr",
                            "overwrote",
                            "changed the input",
                            "changes the input",
                            "changed your input",
                            "alias",
                        ]
                    }
                ],
            },
            {
                "what": "adds only b_ih; b_hh is never used",
                "must_mention": [{"any": ["b_hh", "bias", "biases"]}],
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
        "    H = c.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    np.multiply(c, f, out=c)\n"
        "    np.add(c, i * g, out=c)\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "celld_reshape_old_c_tomasz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh.reshape(H, 4H) instead of W_hh.T: the recurrent weights are "
                "scrambled",
                "must_mention": [
                    {"any": ["reshape", "transpos", "w_hh", "recurrent", "hidden-to-hidden"]}
                ],
            },
            {
                "what": "h_next = o * tanh(c) uses the previous cell state instead of the new one",
                "must_mention": [
                    {
                        "any": [
                            "previous",
                            "old",
                            "c_{t-1}",
                            "c_t-1",
                            "new cell",
                            "c_next",
                            "c_t",
                            "instead of c",
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
        "    H = c.shape[1]\n"
        '    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bk,kg->bg", h, W_hh.reshape(H, '
        "4 * H))\n"
        "    pre = pre + b_ih + b_hh\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    h_next = sigmoid(o) * np.tanh(c)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "celld_sigmoid_g_dict_marcus",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g uses the sigmoid instead of tanh",
                "must_mention": [
                    "tanh",
                    {"any": ["candidate", "g_t", "gate g", "g gate", "'g'", "g:", "g (", " g "]},
                ],
            },
            {
                "what": "returns a dict {'h': ..., 'c': ...} instead of the tuple (h_next, c_next)",
                "must_mention": [{"any": ["tuple", "dict"]}],
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
        "    H = len(h[0])\n"
        "    out = {}\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    gate = {}\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        gate[name] = sigmoid(pre[:, k * H:(k + 1) * H])\n"
        '    out["c"] = gate["f"] * c + gate["i"] * gate["g"]\n'
        '    out["h"] = gate["o"] * np.tanh(out["c"])\n'
        "    return out\n",
    },
    {
        "id": "layer_ok_prealloc_helen",
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
        "        x = np.transpose(x, (1, 0, 2))                 # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_lists_marcus",
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
        "    steps = [x[:, t] for t in range(x.shape[1])] if batch_first else [x[t] for t in "
        "range(x.shape[0])]\n"
        "    batch = steps[0].shape[0]\n"
        "    hidden = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((batch, hidden))\n"
        "    c = c0 if c0 is not None else np.zeros((batch, hidden))\n"
        "    hs = []\n"
        "    for x_t in steps:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1 if batch_first else 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_einsum_tomasz",
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
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x          # (T, B, I)\n"
        "    H = W_hh.shape[-1]\n"
        "    B = xs.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)\n"
        '    px = np.einsum("tbi,gi->tbg", xs, W_ih) + b_ih + b_hh   # all input terms at '
        "once\n"
        "    hs = []\n"
        "    for t in range(xs.shape[0]):\n"
        '        a = (px[t] + np.einsum("bk,gk->bg", h, W_hh)).reshape(B, 4, H)\n'
        "        i, f, g, o = sigmoid(a[:, 0]), sigmoid(a[:, 1]), np.tanh(a[:, 2]), "
        "sigmoid(a[:, 3])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    return (np.moveaxis(out, 0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_ok_careful_ken",
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
        "    x = np.asarray(x, dtype=np.float64)\n"
        "    x_tbi = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B = x_tbi.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    # None handled separately for each state, never mutate the caller's arrays\n"
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=np.float64, "
        "copy=True)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=np.float64, "
        "copy=True)\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x_tbi[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :, :] = h\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1).copy()\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_out_not_back_ken",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the input is transposed to (T, B, I) but out is "
                "returned as (T, B, H), not transposed back to (B, T, H)",
                "must_mention": [
                    "batch_first",
                    {"any": ["out", "output"]},
                    {"any": ["transpos", "(b, t, h)", "layout", "back", "swap"]},
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
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_reshape_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape instead of transpose: x.reshape(T, B, I) "
                "scrambles the examples and steps (and out.reshape(B, T, H) likewise)",
                "must_mention": [{"any": ["reshape", "transpos"]}, "batch_first"],
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
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)          # same data, time-major shape\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_eq_none_marcus",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "tests `if h0 == None`: for a given (B, H) array this is an elementwise "
                "comparison and `if` raises 'truth value of an array is ambiguous' (use "
                "`is None`)",
                "must_mention": [{"any": ["is none", "== none", "ambiguous", "truth value"]}],
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
        "    if batch_first == True:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 == None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h)\n"
        "    out = np.array(outputs)\n"
        "    if batch_first == True:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_skip_step0_olu",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the loop starts at t = 1 and out[0] is set to h0: step 0 is never "
                "computed, every state is one step behind",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "off-by-one",
                            "off by one",
                            "range(1",
                            "skip",
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
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    out[0] = h                       # h at time 0 is the initial state\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_out_before_update_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h in out[t] before the step updates it: out holds h_{t-1} (out[0] "
                "= h0), shifted by one step",
                "must_mention": [
                    {
                        "any": [
                            "before",
                            "h_{t-1}",
                            "shift",
                            "off-by-one",
                            "off by one",
                            "previous",
                            "one step",
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
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        out[t] = h                                     # log the hidden state\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_c_not_carried_aisha",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the new cell state is stored in c_t but never assigned back to c: every "
                "step starts from c0, so the cell state is not carried through time",
                "must_mention": [
                    {"any": ["cell state", "c_t", "c is", "c_n", " c "]},
                    {
                        "any": [
                            "carr",
                            "never updated",
                            "not updated",
                            "reset",
                            "c0",
                            "previous",
                            "propagat",
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
        "def _run(xs, h, c, weights):\n"
        "    outs = []\n"
        "    for x_t in xs:\n"
        "        h, c_t = lstm_cell(x_t, h, c, *weights)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), h, c_t\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    out, h_n, c_n = _run(xs, h0, c0, (W_ih, W_hh, b_ih, b_hh))\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_alias_append_beatriz",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes every step into the same h array (h[:] = ...) and appends that one "
                "array to the list: all rows of out end up equal to the last h (aliasing)",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same object",
                            "reference",
                            "copy",
                            "overwr",
                            "in place",
                            "in-place",
                            "every step equal",
                            "all steps",
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()   # my own buffers\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)   # reuse the "
        "buffers\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_mutates_h0_beatriz",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 then h[...] = new values: the caller's h0 and c0 arrays are "
                "overwritten with the final state",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "inplace",
                            "modif",
                            "mutat",
                            "overwr",
                            "overwrote",
                            "changed the input",
                            "changes the input",
                            "changed your input",
                            "alias",
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new               # update the state in place\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_hn_3d_jordan",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h_n and c_n with a leading axis, (1, B, H), as nn.LSTM does, "
                "instead of (B, H)",
                "must_mention": [
                    {
                        "any": [
                            "(1, b, h)",
                            "(b, h)",
                            "leading",
                            "extra axis",
                            "extra dimension",
                            "3-d",
                            "3d",
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
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    # nn.LSTM returns h_n as (num_layers * num_directions, B, H)\n"
        "    return out, (h[np.newaxis], c[np.newaxis])\n",
    },
    {
        "id": "layer_flat_triple_sofia",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flat triple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {"any": ["nest", "tuple", "(out, (h_n, c_n))", "pair", "three", "structure"]}
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
        "    xt = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = xt.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xt[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, h, c\n",
    },
    {
        "id": "layer_squeeze_ken",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.array(outs).squeeze() drops size-1 axes: with T = 1 or B = 1 (or H = "
                "1) out loses an axis",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "t = 1",
                            "t=1",
                            "b = 1",
                            "b=1",
                            "size-1",
                            "size 1",
                            "length 1",
                            "single",
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
        "        x = x.swapaxes(0, 1)\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.array(outs).squeeze()      # get rid of stray singleton axes\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_B_from_axis0_ken",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when the states are None, the zero state is built with B = x.shape[0], "
                "which is T in the default (T, B, I) layout: wrong state shape whenever T "
                "!= B",
                "must_mention": [
                    {"any": ["none", "zero", "initial state"]},
                    {"any": ["x.shape[0]", "batch size", "shape", " t ", "axis 0"]},
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
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(xs.shape[0]):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out, axis=0)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_H_from_Whh_rows_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with None states the zeros are (B, W_hh.shape[0]) = (B, 4H): the hidden "
                "size is read from the stacked rows (4H), not from W_hh.shape[1]",
                "must_mention": [
                    {"any": ["4h", "4 * h", "hidden size", "shape[0]", "none", "zero"]}
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
        "        x = np.transpose(x, [1, 0, 2])\n"
        "    n_steps, n_rows = x.shape[0], x.shape[1]\n"
        "    n_hidden = W_hh.shape[0]\n"
        "    h = h0 if h0 is not None else np.zeros((n_rows, n_hidden))\n"
        "    c = c0 if c0 is not None else np.zeros((n_rows, n_hidden))\n"
        "    results = []\n"
        "    for t in range(n_steps):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        results.append(h)\n"
        "    out = np.stack(results)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, [1, 0, 2])\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layerd_bf_no_back_hn3d_jordan",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True out is not transposed back to (B, T, H)",
                "must_mention": [
                    "batch_first",
                    {"any": ["transpos", "(b, t, h)", "layout", "back", "swap"]},
                ],
            },
            {
                "what": "returns h_n, c_n as (1, B, H) instead of (B, H)",
                "must_mention": [
                    {
                        "any": [
                            "(1, b, h)",
                            "(b, h)",
                            "leading",
                            "extra axis",
                            "extra dimension",
                            "3-d",
                            "3d",
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    h_n = np.expand_dims(h, 0)       # (num_layers, B, H) like PyTorch\n"
        "    c_n = np.expand_dims(c, 0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layerd_skip0_list_out_olu",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t = 1 with out[0] = h0: step 0 is never computed",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "off-by-one",
                            "off by one",
                            "range(1",
                            "skip",
                        ]
                    }
                ],
            },
            {
                "what": "returns out as a Python list of (B, H) arrays instead of one (T, B, H) "
                "array",
                "must_mention": ["list"],
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
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = [h]\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    if batch_first:\n"
        "        out = [list(step) for step in zip(*out)]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layerd_eq_none_c_not_carried_marcus",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "`if h0 == None` on an array raises 'truth value of an array is ambiguous' "
                "(use `is None`)",
                "must_mention": [{"any": ["is none", "== none", "ambiguous", "truth value"]}],
            },
            {
                "what": "the new cell state is never assigned back: every step restarts from c0",
                "must_mention": [
                    {"any": ["cell state", "c_t", "c is", "c_n", " c "]},
                    {
                        "any": [
                            "carr",
                            "never updated",
                            "not updated",
                            "reset",
                            "c0",
                            "previous",
                            "propagat",
                        ]
                    },
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
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 == None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h = h0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c_new = lstm_cell(x[t], h, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.array(outs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c_new)\n",
    },
    {
        "id": "layerd_alias_bf_reshape_beatriz",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h[:] = ... into one buffer that is appended each step: every row of out "
                "equals the last h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same object",
                            "reference",
                            "copy",
                            "overwr",
                            "in place",
                            "in-place",
                            "all steps",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first handled with reshape instead of transpose: examples and steps "
                "scrambled",
                "must_mention": [{"any": ["reshape", "transpos"]}, "batch_first"],
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
        "        x = x.reshape(x.shape[1], x.shape[0], x.shape[2])\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0)\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = hn\n"
        "        c[:] = cn\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layerd_before_update_triple_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] is stored before the step: out is shifted by one step (out[0] = "
                "h0)",
                "must_mention": [
                    {
                        "any": [
                            "before",
                            "h_{t-1}",
                            "shift",
                            "off-by-one",
                            "off by one",
                            "previous",
                            "one step",
                        ]
                    }
                ],
            },
            {
                "what": "returns (out, h_n, c_n) flat instead of (out, (h_n, c_n))",
                "must_mention": [
                    {"any": ["nest", "tuple", "(out, (h_n, c_n))", "pair", "three", "structure"]}
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
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        out[t] = h\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, h, c\n",
    },
    {
        "id": "scratch_ok_dict_helen",
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_einsum_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)     # np.array copies\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o if d == 0 else o[::-1])\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_ok_lists_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size * len(directions)\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.params["bias_ih_l" + str(layer) + d] + '
        'self.params["bias_hh_l" + str(layer) + d]\n'
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratch_ok_literal_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigma(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    GATES = ("i", "f", "g", "o")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "        gen = np.random.default_rng(seed)\n"
        "        sqrt_k = np.sqrt(1.0 / hidden_size)       # docs: U(-sqrt(k), sqrt(k)), k = "
        "1/hidden_size\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else len(self.dirs) * hidden_size\n"
        "            for sfx in self.dirs:\n"
        '                self._p[f"weight_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, n_in))\n"
        '                self._p[f"weight_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self._p[f"bias_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        '                    self._p[f"bias_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._p):\n"
        '            raise KeyError(f"keys differ: missing {set(self._p) - set(state)}, extra '
        '{set(state) - set(self._p)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._p[k].shape:\n"
        '                raise ValueError(f"{k} has shape {np.shape(v)}, expected '
        '{self._p[k].shape}")\n'
        "            self._p[k] = np.array(v, dtype=np.float64)\n"
        "\n"
        "    def _gate_params(self, l, sfx):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{sfx}"], '
        'self._p[f"weight_hh_l{l}{sfx}"]\n'
        "        if self.bias:\n"
        '            b_ih, b_hh = self._p[f"bias_ih_l{l}{sfx}"], '
        'self._p[f"bias_hh_l{l}{sfx}"]\n'
        "        else:\n"
        "            b_ih = b_hh = np.zeros(4 * H)\n"
        "        return {gate: (W_ih[k * H:(k + 1) * H], b_ih[k * H:(k + 1) * H],\n"
        "                       W_hh[k * H:(k + 1) * H], b_hh[k * H:(k + 1) * H])\n"
        "                for k, gate in enumerate(self.GATES)}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        D, H = len(self.dirs), self.H\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.L * D, B, H))\n"
        "            c_0 = np.zeros((self.L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n, c_n = np.zeros((self.L * D, B, H)), np.zeros((self.L * D, B, H))\n"
        "        seq = x\n"
        "        for l in range(self.L):\n"
        "            out_l = np.zeros((T, B, D * H))\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                P = self._gate_params(l, sfx)\n"
        "                h_prev, c_prev = h_0[l * D + d], c_0[l * D + d]\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    x_t = seq[t]\n"
        "                    pre = {g: x_t @ W_i.T + b_i + h_prev @ W_h.T + b_h\n"
        "                           for g, (W_i, b_i, W_h, b_h) in P.items()}\n"
        '                    i_t, f_t, o_t = sigma(pre["i"]), sigma(pre["f"]), '
        'sigma(pre["o"])\n'
        '                    g_t = np.tanh(pre["g"])\n'
        "                    c_prev = f_t * c_prev + i_t * g_t\n"
        "                    h_prev = o_t * np.tanh(c_prev)\n"
        "                    out_l[t, :, d * H:(d + 1) * H] = h_prev\n"
        "                h_n[l * D + d], c_n[l * D + d] = h_prev, c_prev\n"
        "            seq = out_l\n"
        "        out = seq.transpose(1, 0, 2) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_rev_not_flipped_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs on x[::-1] but its outputs are not flipped "
                "back: out[t, :, H:] holds the reverse state of step T-1-t instead of step "
                "t",
                "must_mention": [
                    {"any": ["reverse", "backward direction", "second direction"]},
                    {"any": ["order", "flip", "time", "back", "index", "revers"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)     # np.array copies\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_rev_hn_from_last_output_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n takes each direction's last output (outputs[-1]); for the reverse "
                "direction that is its state after x_{T-1} only, not its final state after "
                "x_0 (out[0, :, H:])",
                "must_mention": [
                    {"any": ["reverse", "backward direction", "second direction"]},
                    {"any": ["h_n", "final state", "last state", "final hidden"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size * len(directions)\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.params["bias_ih_l" + str(layer) + d] + '
        'self.params["bias_hh_l" + str(layer) + d]\n'
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(outputs[-1])     # final hidden state = last output\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratch_hn_direction_major_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0/c_0 and writes h_n/c_n at row d * num_layers + layer "
                "(direction-major) instead of layer * D + d ([layer 0 fwd, layer 0 rev, "
                "layer 1 fwd, ...])",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["layer", "direction"]},
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_layer1_input_H_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises weight_ih_l{k} for k >= 1 with H input columns instead of D * "
                "H: with bidirectional=True the later layers' initial weights have the "
                "wrong shape (4H, H) instead of (4H, 2H)",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "layer k",
                            "later layer",
                            "layer >",
                            "second layer",
                            "upper layer",
                        ]
                    },
                    {"any": ["shape", "2h", "2 * h", "d * h", "h * d", "columns", "input size"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigma(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    GATES = ("i", "f", "g", "o")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "        gen = np.random.default_rng(seed)\n"
        "        sqrt_k = np.sqrt(1.0 / hidden_size)       # docs: U(-sqrt(k), sqrt(k)), k = "
        "1/hidden_size\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size   # later layers read h\n"
        "            for sfx in self.dirs:\n"
        '                self._p[f"weight_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, n_in))\n"
        '                self._p[f"weight_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self._p[f"bias_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        '                    self._p[f"bias_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k, v in state.items():\n"
        "            self._p[k] = np.array(v, dtype=np.float64)\n"
        "\n"
        "    def _gate_params(self, l, sfx):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{sfx}"], '
        'self._p[f"weight_hh_l{l}{sfx}"]\n'
        "        if self.bias:\n"
        '            b_ih, b_hh = self._p[f"bias_ih_l{l}{sfx}"], '
        'self._p[f"bias_hh_l{l}{sfx}"]\n'
        "        else:\n"
        "            b_ih = b_hh = np.zeros(4 * H)\n"
        "        return {gate: (W_ih[k * H:(k + 1) * H], b_ih[k * H:(k + 1) * H],\n"
        "                       W_hh[k * H:(k + 1) * H], b_hh[k * H:(k + 1) * H])\n"
        "                for k, gate in enumerate(self.GATES)}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        D, H = len(self.dirs), self.H\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.L * D, B, H))\n"
        "            c_0 = np.zeros((self.L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n, c_n = np.zeros((self.L * D, B, H)), np.zeros((self.L * D, B, H))\n"
        "        seq = x\n"
        "        for l in range(self.L):\n"
        "            out_l = np.zeros((T, B, D * H))\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                P = self._gate_params(l, sfx)\n"
        "                h_prev, c_prev = h_0[l * D + d], c_0[l * D + d]\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    x_t = seq[t]\n"
        "                    pre = {g: x_t @ W_i.T + b_i + h_prev @ W_h.T + b_h\n"
        "                           for g, (W_i, b_i, W_h, b_h) in P.items()}\n"
        '                    i_t, f_t, o_t = sigma(pre["i"]), sigma(pre["f"]), '
        'sigma(pre["o"])\n'
        '                    g_t = np.tanh(pre["g"])\n'
        "                    c_prev = f_t * c_prev + i_t * g_t\n"
        "                    h_prev = o_t * np.tanh(c_prev)\n"
        "                    out_l[t, :, d * H:(d + 1) * H] = h_prev\n"
        "                h_n[l * D + d], c_n[l * D + d] = h_prev, c_prev\n"
        "            seq = out_l\n"
        "        out = seq.transpose(1, 0, 2) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bound_input_size_jordan",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialisation bound 1/sqrt(input_size) instead of 1/sqrt(hidden_size): "
                "values fall outside [-1/sqrt(H), 1/sqrt(H)] when input_size < hidden_size",
                "must_mention": [
                    {"any": ["bound", "range", "1/sqrt", "sqrt", "uniform", "init"]},
                    {"any": ["hidden", "input_size", "input size"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(input_size)    # Glorot-ish: scale with fan-in\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size * len(directions)\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.params["bias_ih_l" + str(layer) + d] + '
        'self.params["bias_hh_l" + str(layer) + d]\n'
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratch_seed_ignored_ken",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seeds the legacy global generator (np.random.seed) and draws from an "
                "unseeded default_rng(): the same seed does not give the same parameters",
                "must_mention": ["seed"],
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
        "        np.random.seed(seed)                 # reproducible\n"
        "        rng = np.random.default_rng()\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_state_dict_alias_beatriz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict() returns the module's own dict of arrays, not copies: "
                "changing the returned dict or its arrays changes the module",
                "must_mention": [
                    {"any": ["copy", "copies", "alias", "same object", "share", "reference"]},
                    {"any": ["state_dict", "returned dict"]},
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return self._params   # already float64, no need to duplicate\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_load_alias_sofia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays (np.asarray makes no copy for "
                "float64 input): later changes to the state dict change the module",
                "must_mention": [
                    {"any": ["copy", "copies", "alias", "share", "later change", "reference"]},
                    {"any": ["load_state_dict", "load"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.asarray(state[n], dtype=np.float64)   # cheap: no copy if "
        "already float64\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o if d == 0 else o[::-1])\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_bias_false_keys_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the module still creates (zero) bias parameters, so "
                "state_dict() has bias_ih_l*/bias_hh_l* keys that nn.LSTM(bias=False) does "
                "not have",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "key",
                            "state_dict",
                            "bias=false",
                            "bias = false",
                            "extra",
                            "unexpected",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigma(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    GATES = ("i", "f", "g", "o")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "        gen = np.random.default_rng(seed)\n"
        "        sqrt_k = np.sqrt(1.0 / hidden_size)       # docs: U(-sqrt(k), sqrt(k)), k = "
        "1/hidden_size\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else len(self.dirs) * hidden_size\n"
        "            for sfx in self.dirs:\n"
        '                self._p[f"weight_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, n_in))\n"
        '                self._p[f"weight_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self._p[f"bias_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        '                    self._p[f"bias_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        "                else:\n"
        "                    # no bias = a bias of zero\n"
        '                    self._p[f"bias_ih_l{l}{sfx}"] = np.zeros(4 * hidden_size)\n'
        '                    self._p[f"bias_hh_l{l}{sfx}"] = np.zeros(4 * hidden_size)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k, v in state.items():\n"
        "            self._p[k] = np.array(v, dtype=np.float64)\n"
        "\n"
        "    def _gate_params(self, l, sfx):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{sfx}"], '
        'self._p[f"weight_hh_l{l}{sfx}"]\n'
        "        if self.bias:\n"
        '            b_ih, b_hh = self._p[f"bias_ih_l{l}{sfx}"], '
        'self._p[f"bias_hh_l{l}{sfx}"]\n'
        "        else:\n"
        "            b_ih = b_hh = np.zeros(4 * H)\n"
        "        return {gate: (W_ih[k * H:(k + 1) * H], b_ih[k * H:(k + 1) * H],\n"
        "                       W_hh[k * H:(k + 1) * H], b_hh[k * H:(k + 1) * H])\n"
        "                for k, gate in enumerate(self.GATES)}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        D, H = len(self.dirs), self.H\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.L * D, B, H))\n"
        "            c_0 = np.zeros((self.L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n, c_n = np.zeros((self.L * D, B, H)), np.zeros((self.L * D, B, H))\n"
        "        seq = x\n"
        "        for l in range(self.L):\n"
        "            out_l = np.zeros((T, B, D * H))\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                P = self._gate_params(l, sfx)\n"
        "                h_prev, c_prev = h_0[l * D + d], c_0[l * D + d]\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    x_t = seq[t]\n"
        "                    pre = {g: x_t @ W_i.T + b_i + h_prev @ W_h.T + b_h\n"
        "                           for g, (W_i, b_i, W_h, b_h) in P.items()}\n"
        '                    i_t, f_t, o_t = sigma(pre["i"]), sigma(pre["f"]), '
        'sigma(pre["o"])\n'
        '                    g_t = np.tanh(pre["g"])\n'
        "                    c_prev = f_t * c_prev + i_t * g_t\n"
        "                    h_prev = o_t * np.tanh(c_prev)\n"
        "                    out_l[t, :, d * H:(d + 1) * H] = h_prev\n"
        "                h_n[l * D + d], c_n[l * D + d] = h_prev, c_prev\n"
        "            seq = out_l\n"
        "        out = seq.transpose(1, 0, 2) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_false_crash_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the step always reads bias_ih_l*/bias_hh_l*, so with bias=False (no bias "
                "parameters) the call raises KeyError",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "bias=false",
                            "bias = false",
                            "no bias",
                            "without bias",
                            "keyerror",
                            "bias_ih",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size * len(directions)\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        '        b = self.params["bias_ih_l" + str(layer) + d] + self.params["bias_hh_l" + '
        "str(layer) + d]\n"
        "        z = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratch_batch_first_ignored_jordan",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first is stored but never used: a (B, T, I) input is read as (T, B, "
                "I) and out is not batch first",
                "must_mention": ["batch_first"],
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hx_rows_layer0_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer starts from h_0[d], c_0[d] (layer 0's rows) instead of row k "
                "* D + d: the given initial states of layers >= 1 are ignored",
                "must_mention": [
                    "layer",
                    {"any": ["h_0", "hx", "initial state", "row", "c_0", "h0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)     # np.array copies\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = d   # forward / reverse initial state\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o if d == 0 else o[::-1])\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_next_layer_forward_only_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k >= 1 reads only the forward direction's output (and is built with "
                "H inputs): it should read both directions concatenated, D * H features",
                "must_mention": [
                    {
                        "any": [
                            "both directions",
                            "concatenat",
                            "reverse",
                            "forward only",
                            "2h",
                            "d * h",
                            "h * d",
                            "shape",
                        ]
                    },
                    {"any": ["layer", "next"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        '                    self.params["bias_hh_l" + n] = rng.uniform(-limit, limit, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.params["bias_ih_l" + str(layer) + d] + '
        'self.params["bias_hh_l" + str(layer) + d]\n'
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = outputs_per_direction[0]          # next layer reads h\n"
        "            if layer == self.num_layers - 1:\n"
        "                layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratch_reverse_uses_forward_weights_olu",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights "
                "weight_ih_l{k}/weight_hh_l{k} instead of the _reverse ones (only its "
                "biases are the reverse ones)",
                "must_mention": [
                    {"any": ["reverse", "backward direction", "second direction"]},
                    {"any": ["weight", "parameter", "w_ih", "_reverse"]},
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_uses_torch_jordan",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "imports torch and uses torch.sigmoid on the arrays: torch is not "
                "available when the exercise is graded (NumPy only)",
                "must_mention": ["torch"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "import torch\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    # torch's sigmoid is battle-tested\n"
        "    return torch.sigmoid(torch.from_numpy(np.ascontiguousarray(z))).numpy()\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)     # np.array copies\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o if d == 0 else o[::-1])\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_float32_beatriz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps the parameters in float32 (drawn, returned by state_dict and loaded "
                "as float32): state_dict is not float64 and the outputs lose precision "
                "(~1e-7)",
                "must_mention": [{"any": ["float32", "dtype", "precision", "float64", "single"]}],
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, "
        "size=shape).astype(np.float32)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.astype(np.float32)   # keep memory small\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_zero_init_jordan",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises the biases to zero ('common practice') instead of drawing "
                "them uniformly in [-1/sqrt(H), 1/sqrt(H)] as PyTorch does: all bias "
                "values equal",
                "must_mention": [
                    "bias",
                    {"any": ["zero", "uniform", "equal", "init", "constant", "same value"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size * len(directions)\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = np.zeros(4 * hidden_size)   # '
        "biases start at 0\n"
        '                    self.params["bias_hh_l" + n] = np.zeros(4 * hidden_size)\n'
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.params["bias_ih_l" + str(layer) + d] + '
        'self.params["bias_hh_l" + str(layer) + d]\n'
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratch_states_as_lists_sofia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h_n and c_n as Python lists of (B, H) arrays instead of "
                "(num_layers * D, B, H) arrays",
                "must_mention": ["list"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)     # np.array copies\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o if d == 0 else o[::-1])\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(inp, 0, 1) if self.batch_first else inp\n"
        "        return out, (hn, cn)   # one entry per layer and direction\n",
    },
    {
        "id": "scratchd_rev_not_flipped_bf_ignored_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs are not flipped back into time order",
                "must_mention": [
                    {"any": ["reverse", "backward direction", "second direction"]},
                    {"any": ["order", "flip", "time", "back", "index", "revers"]},
                ],
            },
            {
                "what": "batch_first is ignored: (B, T, I) read as (T, B, I), out not batch first",
                "must_mention": ["batch_first"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        self._names = []\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        G = 4 * hidden_size\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else hidden_size * self.num_directions\n"
        '            for sfx in ("", "_reverse")[: self.num_directions]:\n'
        '                shapes = [("weight_ih", (G, fan_in)), ("weight_hh", (G, '
        "hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (G,)), ("bias_hh", (G,))]\n'
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: getattr(self, n).astype(np.float64, copy=True) for n in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"expected keys {sorted(self._names)}, got '
        '{sorted(state)}")\n'
        "        for n in self._names:\n"
        "            arr = np.array(state[n], dtype=np.float64)     # np.array copies\n"
        "            if arr.shape != getattr(self, n).shape:\n"
        '                raise ValueError(f"{n}: expected shape {getattr(self, n).shape}, got '
        '{arr.shape}")\n'
        "            setattr(self, n, arr)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx):\n"
        "        H = self.hidden_size\n"
        '        Wi = getattr(self, f"weight_ih_l{k}{sfx}").reshape(4, H, -1)\n'
        '        Wh = getattr(self, f"weight_hh_l{k}{sfx}").reshape(4, H, H)\n'
        "        if self.bias:\n"
        '            b = (getattr(self, f"bias_ih_l{k}{sfx}")\n'
        '                 + getattr(self, f"bias_hh_l{k}{sfx}")).reshape(4, 1, H)\n'
        "        else:\n"
        "            b = np.zeros((4, 1, H))\n"
        '        px = np.einsum("ghi,tbi->tgbh", Wi, xs) + b\n'
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        '            a = px[t] + np.einsum("ghk,bk->gbh", Wh, h)\n'
        "            c = _sig(a[1]) * c + _sig(a[0]) * np.tanh(a[2])\n"
        "            h = _sig(a[3]) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        inp = x\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                seq = inp if d == 0 else inp[::-1]\n"
        "                o, h, c = self._direction(seq, h0[row], c0[row], k, sfx)\n"
        "                outs.append(o)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            inp = np.concatenate(outs, axis=-1)\n"
        "        out = inp\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratchd_seed_alias_ken",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the seed goes to np.random.seed and the generator is default_rng() "
                "without it: same seed, different parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "state_dict returns the internal dict itself, not copies",
                "must_mention": [
                    {"any": ["copy", "copies", "alias", "same object", "share", "reference"]},
                    {"any": ["state_dict", "returned dict"]},
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
        "        np.random.seed(seed)\n"
        "        rng = np.random.default_rng()\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return self._params\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratchd_layer1_H_bias_keys_lena",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers k >= 1 are initialised with H input columns instead of D * H "
                "(wrong initial shapes when bidirectional)",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "layer k",
                            "later layer",
                            "layer >",
                            "second layer",
                            "upper layer",
                        ]
                    },
                    {"any": ["shape", "2h", "2 * h", "d * h", "h * d", "columns", "input size"]},
                ],
            },
            {
                "what": "bias=False still creates zero bias parameters: extra bias keys in "
                "state_dict()",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "key",
                            "state_dict",
                            "bias=false",
                            "bias = false",
                            "extra",
                            "unexpected",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigma(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    GATES = ("i", "f", "g", "o")\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        '        self.dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "        gen = np.random.default_rng(seed)\n"
        "        sqrt_k = np.sqrt(1.0 / hidden_size)       # docs: U(-sqrt(k), sqrt(k)), k = "
        "1/hidden_size\n"
        "        self._p = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size\n"
        "            for sfx in self.dirs:\n"
        '                self._p[f"weight_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, n_in))\n"
        '                self._p[f"weight_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self._p[f"bias_ih_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        '                    self._p[f"bias_hh_l{l}{sfx}"] = gen.uniform(-sqrt_k, sqrt_k, 4 * '
        "hidden_size)\n"
        "                else:\n"
        '                    self._p[f"bias_ih_l{l}{sfx}"] = np.zeros(4 * hidden_size)\n'
        '                    self._p[f"bias_hh_l{l}{sfx}"] = np.zeros(4 * hidden_size)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k, v in state.items():\n"
        "            self._p[k] = np.array(v, dtype=np.float64)\n"
        "\n"
        "    def _gate_params(self, l, sfx):\n"
        "        H = self.H\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{sfx}"], '
        'self._p[f"weight_hh_l{l}{sfx}"]\n'
        "        if self.bias:\n"
        '            b_ih, b_hh = self._p[f"bias_ih_l{l}{sfx}"], '
        'self._p[f"bias_hh_l{l}{sfx}"]\n'
        "        else:\n"
        "            b_ih = b_hh = np.zeros(4 * H)\n"
        "        return {gate: (W_ih[k * H:(k + 1) * H], b_ih[k * H:(k + 1) * H],\n"
        "                       W_hh[k * H:(k + 1) * H], b_hh[k * H:(k + 1) * H])\n"
        "                for k, gate in enumerate(self.GATES)}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        D, H = len(self.dirs), self.H\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.L * D, B, H))\n"
        "            c_0 = np.zeros((self.L * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n, c_n = np.zeros((self.L * D, B, H)), np.zeros((self.L * D, B, H))\n"
        "        seq = x\n"
        "        for l in range(self.L):\n"
        "            out_l = np.zeros((T, B, D * H))\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                P = self._gate_params(l, sfx)\n"
        "                h_prev, c_prev = h_0[l * D + d], c_0[l * D + d]\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    x_t = seq[t]\n"
        "                    pre = {g: x_t @ W_i.T + b_i + h_prev @ W_h.T + b_h\n"
        "                           for g, (W_i, b_i, W_h, b_h) in P.items()}\n"
        '                    i_t, f_t, o_t = sigma(pre["i"]), sigma(pre["f"]), '
        'sigma(pre["o"])\n'
        '                    g_t = np.tanh(pre["g"])\n'
        "                    c_prev = f_t * c_prev + i_t * g_t\n"
        "                    h_prev = o_t * np.tanh(c_prev)\n"
        "                    out_l[t, :, d * H:(d + 1) * H] = h_prev\n"
        "                h_n[l * D + d], c_n[l * D + d] = h_prev, c_prev\n"
        "            seq = out_l\n"
        "        out = seq.transpose(1, 0, 2) if self.batch_first else seq\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratchd_rev_hn_bias_zero_marcus",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n of the reverse direction is taken from its output at T-1 instead of "
                "its final state (after x_0)",
                "must_mention": [
                    {"any": ["reverse", "backward direction", "second direction"]},
                    {"any": ["h_n", "final state", "last state", "final hidden"]},
                ],
            },
            {
                "what": "biases initialised to zero instead of uniform in [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    "bias",
                    {"any": ["zero", "uniform", "equal", "init", "constant", "same value"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.input_size = input_size\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        rng = np.random.default_rng(seed)\n"
        "        limit = 1 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        '        directions = ["", "_reverse"] if bidirectional else [""]\n'
        "        for layer in range(num_layers):\n"
        "            if layer == 0:\n"
        "                layer_in = input_size\n"
        "            else:\n"
        "                layer_in = hidden_size * len(directions)\n"
        "            for d in directions:\n"
        "                n = str(layer) + d\n"
        '                self.params["weight_ih_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, layer_in))\n"
        '                self.params["weight_hh_l" + n] = rng.uniform(-limit, limit, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.params["bias_ih_l" + n] = np.zeros(4 * hidden_size)\n'
        '                    self.params["bias_hh_l" + n] = np.zeros(4 * hidden_size)\n'
        "\n"
        "    def state_dict(self):\n"
        "        copy = {}\n"
        "        for name in self.params:\n"
        "            copy[name] = self.params[name].copy()\n"
        "        return copy\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name in self.params:\n"
        "            if name not in state:\n"
        '                raise KeyError("missing key: " + name)\n'
        "        for name in state:\n"
        "            if name not in self.params:\n"
        '                raise KeyError("unexpected key: " + name)\n'
        "            if np.shape(state[name]) != self.params[name].shape:\n"
        '                raise ValueError("wrong shape for " + name + ": " + '
        "str(np.shape(state[name])))\n"
        "        for name in state:\n"
        "            self.params[name] = np.array(state[name], dtype=np.float64)\n"
        "\n"
        "    def step(self, x_t, h, c, layer, d):\n"
        "        H = self.hidden_size\n"
        '        W_ih = self.params["weight_ih_l" + str(layer) + d]\n'
        '        W_hh = self.params["weight_hh_l" + str(layer) + d]\n'
        "        z = x_t @ W_ih.T + h @ W_hh.T\n"
        "        if self.bias:\n"
        '            z = z + self.params["bias_ih_l" + str(layer) + d] + '
        'self.params["bias_hh_l" + str(layer) + d]\n'
        "        i = sigmoid(z[:, 0:H])\n"
        "        f = sigmoid(z[:, H:2 * H])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T = x.shape[0]\n"
        "        B = x.shape[1]\n"
        "        H = self.hidden_size\n"
        '        directions = ["", "_reverse"] if self.bidirectional else [""]\n'
        "        D = len(directions)\n"
        "        if hx is None:\n"
        "            h_0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c_0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h_0, c_0 = hx\n"
        "        h_n = []\n"
        "        c_n = []\n"
        "        layer_input = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outputs_per_direction = []\n"
        "            for d_index in range(D):\n"
        "                d = directions[d_index]\n"
        "                h = h_0[layer * D + d_index]\n"
        "                c = c_0[layer * D + d_index]\n"
        "                outputs = [None] * T\n"
        '                if d == "":\n'
        "                    time_steps = list(range(T))\n"
        "                else:\n"
        "                    time_steps = list(range(T - 1, -1, -1))\n"
        "                for t in time_steps:\n"
        "                    h, c = self.step(layer_input[t], h, c, layer, d)\n"
        "                    outputs[t] = h\n"
        "                outputs_per_direction.append(np.array(outputs))\n"
        "                h_n.append(outputs[-1])\n"
        "                c_n.append(c)\n"
        "            layer_input = np.concatenate(outputs_per_direction, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.array(h_n), np.array(c_n))\n",
    },
    {
        "id": "scratchd_rev_fwd_weights_dir_major_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward direction's weight matrices",
                "must_mention": [
                    {"any": ["reverse", "backward direction", "second direction"]},
                    {"any": ["weight", "parameter", "w_ih", "_reverse"]},
                ],
            },
            {
                "what": "h_0/h_n rows indexed d * num_layers + layer (direction-major) instead of "
                "layer * D + d",
                "must_mention": [
                    {"any": ["row", "order", "index"]},
                    {"any": ["layer", "direction"]},
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
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = {f"weight_ih_l{layer}{suffix}": (4 * H, in_size),\n'
        '                          f"weight_hh_l{layer}{suffix}": (4 * H, H)}\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{layer}{suffix}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{layer}{suffix}"] = (4 * H,)\n'
        "                for name, shape in shapes.items():\n"
        "                    self._params[name] = rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value.copy()\n"
        "\n"
        "    def _run_direction(self, x, h, c, layer, suffix):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{layer}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        H = self.hidden_size\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
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
        "            h0, c0 = (np.asarray(a, dtype=np.float64) for a in hx)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_input = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer\n"
        "                out_d, h_n[row], c_n[row] = self._run_direction(\n"
        "                    layer_input, h0[row], c0[row], layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_input = np.concatenate(outs, axis=2)\n"
        "        out = layer_input\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "shapes_ok_helen",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size     # h is projected, c is "
        "not\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out,\n'
        '            "h_n": (D * num_layers, batch, H_out),\n'
        '            "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_ok_verbose_marcus",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    if bidirectional:\n"
        "        directions = 2\n"
        "    else:\n"
        "        directions = 1\n"
        "    if proj_size > 0:\n"
        "        h_size = proj_size\n"
        "    else:\n"
        "        h_size = hidden_size\n"
        "    out_shape = [seq_len, batch, directions * h_size]\n"
        "    if batch_first:\n"
        "        out_shape = [batch, seq_len, directions * h_size]\n"
        "    h_shape = [num_layers * directions, batch, h_size]\n"
        "    c_shape = [num_layers * directions, batch, hidden_size]\n"
        "    result = {}\n"
        '    result["out"] = tuple(int(v) for v in out_shape)\n'
        '    result["h_n"] = tuple(int(v) for v in h_shape)\n'
        '    result["c_n"] = tuple(int(v) for v in c_shape)\n'
        "    return result\n",
    },
    {
        "id": "shapes_ok_ken",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 1 + int(bool(bidirectional))\n"
        "    P = int(proj_size) if proj_size else 0\n"
        "    real_h = P or int(hidden_size)\n"
        "    time_major = (int(seq_len), int(batch))\n"
        "    lead = time_major[::-1] if batch_first else time_major\n"
        "    return dict(out=(*lead, D * real_h),\n"
        "                h_n=(int(num_layers) * D, int(batch), real_h),\n"
        "                c_n=(int(num_layers) * D, int(batch), int(hidden_size)))\n",
    },
    {
        "id": "shapes_hn_no_D_priya",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n first axis is num_layers, not num_layers * D (the directions "
                "are forgotten)",
                "must_mention": [
                    {"any": ["direction", "bidirectional", " d ", "num_layers * d", "2 *", "d *"]}
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * h) if batch_first else (seq_len, batch, D * h)\n"
        '    return {"out": out, "h_n": (num_layers, batch, h), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_bf_states_ken",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also swaps the axes of h_n and c_n, which stay (L * D, B, H) "
                "whatever batch_first says",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * Hh),\n'
        '                "h_n": (batch, num_layers * D, Hh),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * Hh),\n'
        '            "h_n": (num_layers * D, batch, Hh),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_c_proj_jordan",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size as its last axis; the cell state is not projected "
                "(stays hidden_size)",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {"any": ["proj", "not projected", "hidden_size", "hidden size"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    size = proj_size if proj_size > 0 else hidden_size   # projection shrinks the "
        "states\n"
        "    out = (batch, seq_len, D * size) if batch_first else (seq_len, batch, D * size)\n"
        "    state = (num_layers * D, batch, size)\n"
        '    return {"out": out, "h_n": state, "c_n": state}\n',
    },
    {
        "id": "shapes_out_ignores_proj_lena",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis uses hidden_size even with proj_size > 0 (out holds the "
                "projected h: D * proj_size)",
                "must_mention": [{"any": ["out"]}, {"any": ["proj"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (seq_len, batch, D * hidden_size)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * hidden_size)\n"
        '    return {"out": out,\n'
        '            "h_n": (D * num_layers, batch, H_out),\n'
        '            "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_out_no_D_marcus",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H, not D * H: with bidirectional=True both directions "
                "are concatenated",
                "must_mention": [
                    {"any": ["direction", "bidirectional", "d *", "2 *", "concatenat", "2h", "2 h"]}
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    if proj_size > 0:\n"
        "        h_size = proj_size\n"
        "    else:\n"
        "        h_size = hidden_size\n"
        "    if bidirectional:\n"
        "        n_states = num_layers * 2\n"
        "    else:\n"
        "        n_states = num_layers\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, h_size)\n"
        '    return {"out": out, "h_n": (n_states, batch, h_size), "c_n": (n_states, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_lists_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "the shapes are lists, not tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hp = proj_size or hidden_size\n"
        "    out = [batch, seq_len, D * Hp] if batch_first else [seq_len, batch, D * Hp]\n"
        '    return {"out": out, "h_n": [D * num_layers, batch, Hp], "c_n": [D * num_layers, '
        "batch, hidden_size]}\n",
    },
    {
        "id": "shapes_tuple_return_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the tuple (out, h_n, c_n) of shapes instead of the dict "
                "{'out':..., 'h_n':..., 'c_n':...}",
                "must_mention": [{"any": ["dict", "tuple"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hp = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * Hp) if batch_first else (seq_len, batch, D * Hp)\n"
        "    # same structure as nn.LSTM's return value\n"
        "    return out, (D * num_layers, batch, Hp), (D * num_layers, batch, hidden_size)\n",
    },
    {
        "id": "shapes_proj_is_not_none_ken",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "`if proj_size is not None` is true for the default proj_size=0, so "
                "without projection the h sizes become 0 instead of hidden_size",
                "must_mention": ["proj", {"any": ["zero", "none", "=0", "= 0", "is 0", "of 0"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    if proj_size is not None:\n"
        "        h_feat = proj_size\n"
        "    else:\n"
        "        h_feat = hidden_size\n"
        "    out = (batch, seq_len, D * h_feat) if batch_first else (seq_len, batch, D * "
        "h_feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, h_feat), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "shapes_bf_inverted_aisha",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first is read the wrong way round: out is (batch, seq_len, .) when "
                "batch_first=False and (seq_len, batch, .) when True",
                "must_mention": ["batch_first"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "\n"
        "    def _order(first, second):\n"
        "        return (first, second, D * Hh)\n"
        "\n"
        "    out = _order(seq_len, batch) if batch_first else _order(batch, seq_len)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, Hh), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapes_numpy_ints_priya",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "builds the shapes with NumPy arrays and tuple(...) of them: the entries "
                "are numpy.int64, not Python ints",
                "must_mention": [
                    {"any": ["int64", "numpy int", "np.int", "python int", "integer", "int("]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    out = np.array([seq_len, batch, D * Hh])\n"
        "    if batch_first:\n"
        "        out = out[[1, 0, 2]]\n"
        "    states = np.array([[num_layers * D, batch, Hh],\n"
        "                       [num_layers * D, batch, hidden_size]])\n"
        '    return {"out": tuple(out), "h_n": tuple(states[0]), "c_n": tuple(states[1])}\n',
    },
    {
        "id": "shapes_keys_jordan",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the keys 'output', 'hidden', 'cell' instead of 'out', 'h_n', 'c_n'",
                "must_mention": [{"any": ["key", "named", "name"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    num_directions = 2 if bidirectional else 1\n"
        "    real_hidden = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        output = (batch, seq_len, num_directions * real_hidden)\n"
        "    else:\n"
        "        output = (seq_len, batch, num_directions * real_hidden)\n"
        '    return {"output": output,\n'
        '            "hidden": (num_layers * num_directions, batch, real_hidden),\n'
        '            "cell": (num_layers * num_directions, batch, hidden_size)}\n',
    },
    {
        "id": "shapes_out_layers_jordan",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis multiplied by num_layers (num_layers * D * H): out holds "
                "only the last layer's h, D * H wide",
                "must_mention": [{"any": ["num_layers", "layer"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    feat = num_layers * D * Hh       # every layer's output is concatenated\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, Hh), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shapesd_hn_no_D_c_proj_olu",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D",
                "must_mention": [
                    {"any": ["direction", "bidirectional", " d ", "num_layers * d", "2 *", "d *"]}
                ],
            },
            {
                "what": "c_n's last axis uses proj_size; the cell state is not projected",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {"any": ["proj", "not projected", "hidden_size", "hidden size"]},
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    p = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * p)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * p)\n"
        "    h_n = (num_layers, batch, p)\n"
        "    c_n = (num_layers, batch, p)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapesd_bf_states_lists_marcus",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first is also applied to h_n and c_n",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            },
            {
                "what": "the shapes are lists, not tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    d = 2 if bidirectional else 1\n"
        "    h = hidden_size\n"
        "    if proj_size > 0:\n"
        "        h = proj_size\n"
        '    shapes = {"out": [seq_len, batch, d * h],\n'
        '              "h_n": [num_layers * d, batch, h],\n'
        '              "c_n": [num_layers * d, batch, hidden_size]}\n'
        "    if batch_first:\n"
        "        for key in shapes:\n"
        "            shapes[key][0], shapes[key][1] = shapes[key][1], shapes[key][0]\n"
        "    return shapes\n",
    },
    {
        "id": "shapesd_out_no_D_numpy_ints_tomasz",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H instead of D * H for bidirectional",
                "must_mention": [
                    {"any": ["direction", "bidirectional", "d *", "2 *", "concatenat", "2h", "2 h"]}
                ],
            },
            {
                "what": "the shape entries are numpy.int64 (tuple of an ndarray), not Python ints",
                "must_mention": [
                    {"any": ["int64", "numpy int", "np.int", "python int", "integer", "int("]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    dims = np.array([seq_len, batch, Hh])\n"
        "    out = dims[[1, 0, 2]] if batch_first else dims\n"
        "    lead = np.array([num_layers * D, batch])\n"
        '    return {"out": tuple(out),\n'
        '            "h_n": tuple(np.append(lead, Hh)),\n'
        '            "c_n": tuple(np.append(lead, hidden_size))}\n',
    },
    {
        "id": "bl_ok_yuki_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        '    """One bidirectional LSTM layer."""\n'
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: read x_{T-1} .. x_0, then put its outputs back in time "
        "order\n"
        "    out_r, (h_r, c_r) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r[::-1]], axis=-1)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_ok_marco_loops",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = len(x)\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "\n"
        "    forward_outputs = []\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "        forward_outputs.append(h)\n"
        "    h_fwd_final = h\n"
        "    c_fwd_final = c\n"
        "\n"
        "    backward_outputs = [None] * T\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in range(T - 1, -1, -1):   # T-1 down to 0\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n"
        "        backward_outputs[t] = h\n"
        "\n"
        "    rows = []\n"
        "    for t in range(T):\n"
        "        rows.append(np.concatenate([forward_outputs[t], backward_outputs[t]], "
        "axis=1))\n"
        "    out = np.array(rows)\n"
        "    h_n = np.array([h_fwd_final, h])\n"
        "    c_n = np.array([c_fwd_final, c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_kenji_einsum",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def _direction(xs, h, c, params, reverse=False):\n"
        "    W_ih, W_hh, b_ih, b_hh = params\n"
        "    H = W_hh.shape[1]\n"
        "    T = xs.shape[0]\n"
        "    hs = np.empty((T,) + h.shape)\n"
        "    steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "    for t in steps:\n"
        '        a = np.einsum("bi,gi->bg", xs[t], W_ih) + np.einsum("bh,gh->bg", h, W_hh) + '
        "b_ih + b_hh\n"
        "        i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "        g, o = np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        hs[t] = h\n"
        "    return hs, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    hs_f, hf, cf = _direction(x, h0[0], c0[0], fwd)\n"
        "    hs_b, hb, cb = _direction(x, h0[1], c0[1], bwd, reverse=True)\n"
        '    out = np.einsum("tbh->tbh", np.concatenate((hs_f, hs_b), axis=2))\n'
        "    return out, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bl_ok_priya_prealloc",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros_like(h_n)\n"
        "    # forward: columns 0..H-1\n"
        "    o_f, (h_n[0], c_n[0]) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out[:, :, :H] = o_f\n"
        "    # backward: flip along time (axis=0!), run, flip back\n"
        "    o_b, (h_n[1], c_n[1]) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out[:, :, H:] = np.flip(o_b, axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_sam_no_unflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in the order it computed them (not "
                "flipped back to time order), so out[t, :, H:] holds the reverse state "
                "after reading x_{T-1-t}",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {"any": ["flip", "order", "align", "position", "line up", "time"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # forward direction reads x_0 .. x_{T-1}\n"
        "    out_fw, (h_fw, c_fw) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward direction reads x_{T-1} .. x_0\n"
        "    x_reversed = x[::-1]\n"
        "    out_bw, (h_bw, c_bw) = lstm_layer(x_reversed, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out_fw, out_bw), axis=2)\n"
        "    h_n = np.stack((h_fw, h_bw), axis=0)\n"
        "    c_n = np.stack((c_fw, c_bw), axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_sam_hn_from_last_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is read off out[-1]; its reverse row is then the reverse direction's "
                "first step (after x_{T-1} only) instead of its final state after x_0",
                "must_mention": [
                    "h_n",
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "first step",
                            "x_0",
                            "x_{t-1}",
                            "after reading",
                            "t = 0",
                            "t=0",
                            "step 0",
                            "position 0",
                            "only one step",
                            "single step",
                            "one step",
                            "started",
                            "starts",
                            "t = t-1",
                            "t-1",
                            "t - 1",
                            "lengths[b] - 1",
                            "last real",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[2]\n"
        "    out_f, (_, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    # h_n is just the last time step of out, split into the two directions\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_olu_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out are in the wrong order: reverse direction first, "
                "forward second (helper called with its arguments swapped)",
                "must_mention": [
                    {
                        "any": [
                            "half",
                            "halves",
                            "swap",
                            "order",
                            "first h",
                            "concat",
                            "exchang",
                            "side",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def run_dir(seq, state_h, state_c, weights):\n"
        "    return lstm_layer(seq, state_h, state_c, *weights)\n"
        "\n"
        "\n"
        "def join_halves(forward_part, backward_part):\n"
        "    return np.concatenate([forward_part, backward_part], axis=-1)\n"
        "\n"
        "\n"
        "def flip_time(a):\n"
        "    return a[::-1]\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    o1, (h1, c1) = run_dir(x, h0[0], c0[0], fwd)\n"
        "    o2, (h2, c2) = run_dir(flip_time(x), h0[1], c0[1], bwd)\n"
        "    o2 = flip_time(o2)\n"
        "    out = join_halves(o2, o1)\n"
        "    return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bl_marco_bwd_uses_fwd_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run with the forward direction's weights (fwd) "
                "instead of bwd (copy-pasted loop)",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "param"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = len(x)\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "\n"
        "    fw = []\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "        fw.append(h)\n"
        "    hf, cf = h, c\n"
        "\n"
        "    bw = [None] * T\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "        bw[t] = h\n"
        "    hb, cb = h, c\n"
        "\n"
        "    out = np.array([np.concatenate([fw[t], bw[t]], axis=1) for t in range(T)])\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_helga_bwd_init_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from row 0 of h0/c0 (the forward direction's "
                "initial state) instead of row 1",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((2, x.shape[1], fwd[1].shape[1]))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros_like(h0)\n"
        "    h_start, c_start = h0[0], c0[0]     # initial state\n"
        "    out_f, (hf, cf) = lstm_layer(x, h_start, c_start, *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h_start, c_start, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_olu_h_c_swapped_helper",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the helper's parameters are (seq, params, c_init, h_init) but it is "
                "called with h first: both directions start with h0 and c0 exchanged",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "instead of",
                            "mixed up",
                            "the other way",
                            "wrong order",
                            "reversed order",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def one_direction(seq, params, c_init, h_init):\n"
        "    W_ih, W_hh, b_ih, b_hh = params\n"
        "    return lstm_layer(seq, h_init, c_init, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = one_direction(x, fwd, h0[0], c0[0])\n"
        "    ob, (hb, cb) = one_direction(x[::-1], bwd, h0[1], c0[1])\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_priya_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the sequence is flipped along axis 1 (the batch) instead of axis 0 "
                "(time), so the reverse direction actually reads the sequence forward in "
                "time",
                "must_mention": [
                    {"any": ["axis", "batch", "time"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    o_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.flip(x, axis=1)                # reverse the sequence\n"
        "    o_b, (hb, cb) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out[..., :H] = o_f\n"
        "    out[..., H:] = np.flip(o_b, axis=1)       # and back\n"
        "    return out, (np.stack([hf, hb], axis=0), np.stack([cf, cb], axis=0))\n",
    },
    {
        "id": "bl_priya_hn_stacked_axis1",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are stacked along axis 1, giving (B, 2, H) instead of "
                "nn.LSTM's (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "axis", "layout", "(2, b, h)", "stack"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    o_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o_b, (hb, cb) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    o_b = np.flip(o_b, axis=0)\n"
        "    out = np.concatenate([o_f, o_b], axis=2)\n"
        "    h_n = np.stack([hf, hb], axis=1)   # one row per example, both directions\n"
        "    c_n = np.stack([cf, cb], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_webdev_concat_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions' outputs are concatenated along axis 0 (time), giving "
                "out (2T, B, H) instead of (T, B, 2H)",
                "must_mention": ["out", {"any": ["shape", "axis", "concat", "2h", "(t, b, 2h)"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "    reversed_x = np.array(list(reversed(list(x))))\n"
        "    backward_out, (backward_h, backward_c) = lstm_layer(reversed_x, h0[1], c0[1], "
        "bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    backward_out = np.array(list(reversed(list(backward_out))))\n"
        "    out = np.concatenate([forward_out, backward_out])\n"
        "    h_n = np.array([forward_h, backward_h])\n"
        "    c_n = np.array([forward_c, backward_c])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_raj_flat_tuple",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flat triple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "structure",
                            "nested",
                            "container",
                            "(out, (h_n, c_n))",
                            "three",
                            "pair",
                            "unpack",
                            "2 items",
                            "two items",
                            "length",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        '    """Returns out, h_n, c_n."""\n'
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, h_n, c_n\n",
    },
    {
        "id": "bl_greg_loop_skips_t0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop is range(T - 1, 0, -1): it never reads x_0, so out[0, :, "
                "H:] stays zero and the reverse final state is the one after x_1",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "x[0]",
                            "first step",
                            "skip",
                            "off-by-one",
                            "off by one",
                            "range",
                            "never reads",
                            "position 0",
                            "out[0",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):          # walk back from the end\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_beth_reverses_x_in_place",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses x in place (x[:] = x[::-1]) to save memory: the caller's x is "
                "changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x[:] = x[::-1]          # reuse the buffer instead of copying the whole sequence\n"
        "    out_b, (hb, cb) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_helga_squeeze",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "squeezes h_n and c_n 'to drop extra dimensions': with a batch of one (B = "
                "1) their batch axis disappears, (2, H) instead of (2, 1, H)",
                "must_mention": [
                    {
                        "any": [
                            "b=1",
                            "b = 1",
                            "batch of one",
                            "batch size 1",
                            "batch size of 1",
                            "squeeze",
                            "single example",
                            "one example",
                            "batch axis",
                            "batch dimension",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    h_n = np.squeeze(np.array([hf, hb]))\n"
        "    c_n = np.squeeze(np.array([cf, cb]))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl2_tomas_halves_swapped_and_hn_first_step",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse half first and the forward half second",
                "must_mention": [
                    {
                        "any": [
                            "half",
                            "halves",
                            "swap",
                            "order",
                            "first h",
                            "concat",
                            "exchang",
                            "side",
                        ]
                    }
                ],
            },
            {
                "what": "the reverse row of h_n is taken at t = T-1 of the time-ordered reverse "
                "outputs (its first step) instead of its final state after x_0",
                "must_mention": [
                    "h_n",
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "first step",
                            "x_0",
                            "x_{t-1}",
                            "after reading",
                            "t = 0",
                            "t=0",
                            "step 0",
                            "position 0",
                            "only one step",
                            "single step",
                            "one step",
                            "started",
                            "starts",
                            "t = t-1",
                            "t-1",
                            "t - 1",
                            "lengths[b] - 1",
                            "last real",
                        ]
                    },
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    fwd_seq, (_, c_fwd) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bwd_seq, (_, c_bwd) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    bwd_seq = bwd_seq[::-1]                                   # back to time order\n"
        "    out = np.concatenate([bwd_seq, fwd_seq], axis=2)\n"
        "    h_n = np.stack([fwd_seq[-1], bwd_seq[-1]])               # final step of each "
        "direction\n"
        "    c_n = np.stack([c_fwd, c_bwd])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl2_marco_fwd_weights_and_hc_order",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights (fwd) instead of bwd",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "param"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            },
            {
                "what": "the final state is returned as (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["swap", "order", "exchang", "instead of", "the other way", "first"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    results_forward = []\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        results_forward.append(h)\n"
        '    final = {"fh": h, "fc": c}\n'
        "\n"
        "    results_backward = {}\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        results_backward[t] = h\n"
        '    final["bh"] = h\n'
        '    final["bc"] = c\n'
        "\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        out.append(np.hstack([results_forward[t], results_backward[t]]))\n"
        "    out = np.array(out)\n"
        '    c_n = np.array([final["fc"], final["bc"]])\n'
        '    h_n = np.array([final["fh"], final["bh"]])\n'
        "    return out, (c_n, h_n)\n",
    },
    {
        "id": "bl2_sam_no_unflip_and_init_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs are not flipped back into time order",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {"any": ["flip", "order", "align", "position", "line up", "time"]},
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state) instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
        "\n"
        "    Returns out (T, B, H) and (h_n, c_n), each (B, H).\n"
        '    """\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:  # t = 0 .. T-1\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "# ---- student's cell ----\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        '    # AI suggestion: "run the second LSTM on the reversed input and concatenate"\n'
        "    fw_out, (fw_h, fw_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw_out, (bw_h, bw_c) = lstm_layer(np.flip(x, 0), h0[0], c0[0], *bwd)\n"
        "    out = np.concatenate([fw_out, bw_out], axis=-1)\n"
        "    return out, (np.stack([fw_h, bw_h]), np.stack([fw_c, bw_c]))\n",
    },
    {
        "id": "cb_ok_yuki_book",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gradients of one LSTM step."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    d_o = dh_next * tau\n"
        "    d_i = dc_t * g\n"
        "    d_g = dc_t * i\n"
        "    d_f = dc_t * c\n"
        "\n"
        "    da = np.concatenate([d_i * i * (1 - i), d_f * f * (1 - f), d_g * (1 - g**2), d_o "
        "* o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc_t * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_dana_blog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # notation from the blog post: z_* = pre-activations, i_t.. = post-activations\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    z_i, z_f, z_g, z_o = z[:, 0:H], z[:, H:2*H], z[:, 2*H:3*H], z[:, 3*H:4*H]\n"
        "    i_t = sigmoid(z_i)\n"
        "    f_t = sigmoid(z_f)\n"
        "    g_t = np.tanh(z_g)\n"
        "    o_t = sigmoid(z_o)\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    # backward through h_t = o_t * tanh(c_t)\n"
        "    dL_do = dh_next * tanh_c\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    # backward through c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    dL_di = dL_dc * g_t\n"
        "    dL_dg = dL_dc * i_t\n"
        "    dL_df = dL_dc * c\n"
        "    # post-activation -> pre-activation\n"
        "    dz_i = dL_di * i_t * (1.0 - i_t)\n"
        "    dz_f = dL_df * f_t * (1.0 - f_t)\n"
        "    dz_g = dL_dg * (1.0 - g_t ** 2)\n"
        "    dz_o = dL_do * o_t * (1.0 - o_t)\n"
        "    dz = np.hstack([dz_i, dz_f, dz_g, dz_o])\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = dz @ W_ih\n'
        '    grads["h"] = dz @ W_hh\n'
        '    grads["c"] = dL_dc * f_t\n'
        '    grads["W_ih"] = dz.T @ x\n'
        '    grads["W_hh"] = dz.T @ h\n'
        '    grads["b_ih"] = dz.sum(axis=0)\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_kenji_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    Wx = W_ih.reshape(4, H, -1)          # (gate, H, I)\n"
        "    Wh = W_hh.reshape(4, H, H)           # (gate, H, H)\n"
        '    a = (np.einsum("bi,khi->kbh", x, Wx) + np.einsum("bj,khj->kbh", h, Wh)\n'
        "         + (b_ih + b_hh).reshape(4, 1, H))\n"
        "    i, f, o = sigmoid(a[0]), sigmoid(a[1]), sigmoid(a[3])\n"
        "    g = np.tanh(a[2])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    da = np.stack([dc * g * i * (1 - i),\n"
        "                   dc * c * f * (1 - f),\n"
        "                   dc * i * (1 - g * g),\n"
        "                   dh_next * tc * o * (1 - o)])          # (4, B, H)\n"
        '    db = np.einsum("kbh->kh", da).reshape(4 * H)\n'
        "    return {\n"
        '        "x": np.einsum("kbh,khi->bi", da, Wx),\n'
        '        "h": np.einsum("kbh,khj->bj", da, Wh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("kbh,bi->khi", da, x).reshape(4 * H, -1),\n'
        '        "W_hh": np.einsum("kbh,bj->khj", da, h).reshape(4 * H, H),\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_marco_per_example",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        '    gate_names = ["i", "f", "g", "o"]\n'
        "    rows = {}\n"
        "    for k in range(4):\n"
        "        rows[gate_names[k]] = slice(k * H, (k + 1) * H)\n"
        "\n"
        '    result = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": '
        "np.zeros(c.shape),\n"
        '              "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '              "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "\n"
        "    for n in range(B):  # one example at a time, like the book\n"
        "        pre = {}\n"
        "        for name in gate_names:\n"
        "            r = rows[name]\n"
        "            pre[name] = W_ih[r] @ x[n] + b_ih[r] + W_hh[r] @ h[n] + b_hh[r]\n"
        '        i = sigmoid(pre["i"])\n'
        '        f = sigmoid(pre["f"])\n'
        '        g = np.tanh(pre["g"])\n'
        '        o = sigmoid(pre["o"])\n'
        "        tc = np.tanh(f * c[n] + i * g)\n"
        "        dc = dc_next[n] + dh_next[n] * o * (1 - tc ** 2)\n"
        '        d = {"i": dc * g * i * (1 - i),\n'
        '             "f": dc * c[n] * f * (1 - f),\n'
        '             "g": dc * i * (1 - g ** 2),\n'
        '             "o": dh_next[n] * tc * o * (1 - o)}\n'
        '        result["c"][n] = dc * f\n'
        "        for name in gate_names:\n"
        "            r = rows[name]\n"
        '            result["x"][n] += W_ih[r].T @ d[name]\n'
        '            result["h"][n] += W_hh[r].T @ d[name]\n'
        '            result["W_ih"][r] += np.outer(d[name], x[n])\n'
        '            result["W_hh"][r] += np.outer(d[name], h[n])\n'
        '            result["b_ih"][r] += d[name]\n'
        '            result["b_hh"][r] += d[name]\n'
        "    return result\n",
    },
    {
        "id": "cb_femi_missing_tanh_prime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t is missing the factor (1 - tanh²(c_t)): dc = dc_next + dh * o (the "
                "blog's formula for the path through tanh)",
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
                            "1-τ",
                            "τ²",
                            "tau",
                            "tanh(c",
                        ]
                    },
                    {"any": ["δc", "dc", "cell", "c_t"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hid = h.shape[1]\n"
        "    pre = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(pre[:, :hid])\n"
        "    fg = sigmoid(pre[:, hid:2 * hid])\n"
        "    cand = np.tanh(pre[:, 2 * hid:3 * hid])\n"
        "    og = sigmoid(pre[:, 3 * hid:])\n"
        "    c_new = fg * c + ig * cand\n"
        "    # blog: dc = dh * o + dc_next\n"
        "    delta_c = dh_next * og + dc_next\n"
        "    delta_o = dh_next * np.tanh(c_new)\n"
        "    delta_pre = np.concatenate([\n"
        "        delta_c * cand * ig * (1 - ig),\n"
        "        delta_c * c * fg * (1 - fg),\n"
        "        delta_c * ig * (1 - cand ** 2),\n"
        "        delta_o * og * (1 - og),\n"
        "    ], axis=1)\n"
        "    out = dict(x=delta_pre.dot(W_ih), h=delta_pre.dot(W_hh), c=delta_c * fg)\n"
        '    out["W_ih"] = delta_pre.T.dot(x)\n'
        '    out["W_hh"] = delta_pre.T.dot(h)\n'
        '    out["b_ih"] = delta_pre.sum(0)\n'
        '    out["b_hh"] = delta_pre.sum(0)\n'
        "    return out\n",
    },
    {
        "id": "cb_dana_do_uses_c_not_tanh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate's gradient uses c_t instead of tanh(c_t): δo = dh * c_t",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "δo",
                            "do",
                            "o_t",
                            "gate o",
                            "o gate",
                            '"o"',
                            "output-gate",
                        ]
                    },
                    "tanh",
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t, o_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])\n"
        "    g_t = np.tanh(z[:, 2*H:3*H])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    dL_do = dh_next * c_t                 # h = o * c  ->  dh/do = c\n"
        "    dL_dc = dc_next + dh_next * o_t * (1 - tanh_c ** 2)\n"
        "    dz = np.hstack([\n"
        "        dL_dc * g_t * i_t * (1 - i_t),\n"
        "        dL_dc * c * f_t * (1 - f_t),\n"
        "        dL_dc * i_t * (1 - g_t ** 2),\n"
        "        dL_do * o_t * (1 - o_t),\n"
        "    ])\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb_sam_dc_prev_without_forget",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the returned "c" (dL/dc_{t-1}) is δc_t itself, not δc_t ⊙ f_t: the forget '
                "gate factor is missing",
                "must_mention": [
                    {"any": ["forget", "f_t", "⊙ f", "* f", "f)", "times f"]},
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "dc_prev",
                            "δc_{t-1}",
                            "gradient of c",
                            "c gradient",
                            "for c",
                            "c_(t-1)",
                            "previous cell",
                            "c:",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Step 1: recompute the forward pass\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    tanh_c_next = np.tanh(c_next)\n"
        "\n"
        "    # Step 2: gradient of the total cell state\n"
        "    dc_total = dc_next + dh_next * o * (1 - tanh_c_next ** 2)\n"
        "\n"
        "    # Step 3: gate gradients (pre-activation)\n"
        "    di = dc_total * g * i * (1 - i)\n"
        "    df = dc_total * c * f * (1 - f)\n"
        "    dg = dc_total * i * (1 - g ** 2)\n"
        "    do = dh_next * tanh_c_next * o * (1 - o)\n"
        "    d_gates = np.concatenate([di, df, dg, do], axis=1)\n"
        "\n"
        "    # Step 4: gradient w.r.t. the previous cell state\n"
        "    dc_prev = dc_total  # c_t depends on c_{t-1} directly through the cell state "
        "highway\n"
        "\n"
        "    # Step 5: gradients w.r.t. inputs and parameters\n"
        "    dx = d_gates @ W_ih\n"
        "    dh_prev = d_gates @ W_hh\n"
        "    dW_ih = d_gates.T @ x\n"
        "    dW_hh = d_gates.T @ h\n"
        "    db = np.sum(d_gates, axis=0)\n"
        '    return {"x": dx, "h": dh_prev, "c": dc_prev, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_priya_g_deriv_one_minus_g",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g's tanh derivative is written (1 - g) instead of (1 - g²)",
                "must_mention": [
                    {
                        "any": [
                            "g_t",
                            "candidate",
                            "δg",
                            "dg",
                            "gate g",
                            "g gate",
                            "cell gate",
                            '"g"',
                        ]
                    },
                    {
                        "any": [
                            "1 - g²",
                            "1 - g^2",
                            "1-g**2",
                            "1 - g**2",
                            "1-g²",
                            "tanh'",
                            "derivative",
                            "g²",
                            "g^2",
                            "g**2",
                            "square",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    A = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    blocks = [A[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i, f, g, o = sigmoid(blocks[0]), sigmoid(blocks[1]), np.tanh(blocks[2]), "
        "sigmoid(blocks[3])\n"
        "    C = f * c + i * g\n"
        "    T_ = np.tanh(C)\n"
        "    dC = dc_next + dh_next * o * (1 - T_ ** 2)\n"
        "    dA = np.concatenate(\n"
        "        [dC * g * i * (1 - i), dC * c * f * (1 - f), dC * i * (1 - g), dh_next * T_ * "
        "o * (1 - o)],\n"
        "        axis=1,\n"
        "    )\n"
        "    db = dA.sum(axis=0, keepdims=False)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_jess_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are computed as x.T @ dA and h.T @ dA, shapes (I, "
                "4H) and (H, 4H): transposed relative to W_ih (4H, I) and W_hh (4H, H)",
                "must_mention": [
                    {"any": ["w_ih", "w_hh", "weight"]},
                    {"any": ["transpos", "shape", "(4h, i)", ".t"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    all_gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(all_gates[:, :hidden])\n"
        "    forget_gate = sigmoid(all_gates[:, hidden:hidden * 2])\n"
        "    cell_candidate = np.tanh(all_gates[:, hidden * 2:hidden * 3])\n"
        "    output_gate = sigmoid(all_gates[:, hidden * 3:])\n"
        "    new_c = forget_gate * c + input_gate * cell_candidate\n"
        "    tanh_new_c = np.tanh(new_c)\n"
        "\n"
        "    grad_c = dc_next + dh_next * output_gate * (1 - tanh_new_c * tanh_new_c)\n"
        "    grad_gates = np.concatenate([\n"
        "        grad_c * cell_candidate * input_gate * (1 - input_gate),\n"
        "        grad_c * c * forget_gate * (1 - forget_gate),\n"
        "        grad_c * input_gate * (1 - cell_candidate * cell_candidate),\n"
        "        dh_next * tanh_new_c * output_gate * (1 - output_gate),\n"
        "    ], axis=1)\n"
        "\n"
        "    gradients = {}\n"
        '    gradients["x"] = grad_gates @ W_ih\n'
        '    gradients["h"] = grad_gates @ W_hh\n'
        '    gradients["c"] = grad_c * forget_gate\n'
        '    gradients["W_ih"] = x.T @ grad_gates\n'
        '    gradients["W_hh"] = h.T @ grad_gates\n'
        '    gradients["b_ih"] = grad_gates.sum(axis=0)\n'
        '    gradients["b_hh"] = grad_gates.sum(axis=0)\n'
        "    return gradients\n",
    },
    {
        "id": "cb_priya_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients are averaged over the batch (mean) instead of summed",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["mean", "average", "divid", "sum", "/ b", "/b", "1/b"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (sigmoid(pre[:, :H]), sigmoid(pre[:, H:2*H]),\n"
        "                  np.tanh(pre[:, 2*H:3*H]), sigmoid(pre[:, 3*H:]))\n"
        "    c_t = f * c + i * g\n"
        "    th = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - th**2)\n"
        "    dpre = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                           dc * i * (1 - g**2), dh_next * th * o * (1 - o)], axis=1)\n"
        "    # bias: one value per gate row, aggregate over the batch rows (axis=0)\n"
        "    db = dpre.mean(axis=0)\n"
        '    return {"x": dpre @ W_ih, "h": dpre @ W_hh, "c": dc * f,\n'
        '            "W_ih": dpre.T @ x, "W_hh": dpre.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_priya2_bias_sum_axis1",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradient is summed over axis=1 (the gate units) with keepdims "
                "instead of over the batch axis 0: shape (B, 1) instead of (4H,)",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["axis", "shape", "(4h,)", "sum", "batch"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    gi, gf, gg, go = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(gi), sigmoid(gf), np.tanh(gg), sigmoid(go)\n"
        "    cn = f * c + i * g\n"
        "    tn = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - tn ** 2)\n"
        "    dpre = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                           dc * i * (1 - g ** 2), dh_next * tn * o * (1 - o)], "
        "axis=1)\n"
        '    grads = {"x": dpre @ W_ih, "h": dpre @ W_hh, "c": dc * f,\n'
        '             "W_ih": dpre.T @ x, "W_hh": dpre.T @ h}\n'
        '    grads["b_ih"] = dpre.sum(axis=1, keepdims=True)\n'
        '    grads["b_hh"] = dpre.sum(axis=1, keepdims=True)\n'
        "    return grads\n",
    },
    {
        "id": "cb_sam_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh's gradient is returned as zeros (the assistant said b_hh is "
                "redundant); it equals b_ih's gradient",
                "must_mention": [
                    "b_hh",
                    {"any": ["zero", "missing", "no gradient", "same as b_ih", "equal", "b_ih"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # forward\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    tanh_c = np.tanh(c_next)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_gates = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tanh_c * o * (1 - o)])\n"
        "    return {\n"
        '        "x": d_gates @ W_ih,\n'
        '        "h": d_gates @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": d_gates.T @ x,\n'
        '        "W_hh": d_gates.T @ h,\n'
        '        "b_ih": d_gates.sum(axis=0),\n'
        "        # b_hh is redundant with b_ih (they are always added), so it gets no "
        "gradient\n"
        '        "b_hh": np.zeros_like(b_hh),\n'
        "    }\n",
    },
    {
        "id": "cb_olu_linear_helper_swapped",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the helper linear_backward(da, W_rec, W_in) returns (dh, dx) but its "
                'result is unpacked as dx, dh: the "x" gradient is da @ W_hh and the "h" '
                "gradient da @ W_ih (shape error when I != H)",
                "must_mention": [
                    {"any": ["w_ih", "w_hh", "weight"]},
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            '"h"',
                            "'h'",
                            "dh",
                            "x gradient",
                            "h gradient",
                            "gradient of x",
                            "gradient of h",
                            "swap",
                            "exchang",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def forward_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    return sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), "
        "sigmoid(a[:, 3 * H:])\n"
        "\n"
        "\n"
        "def linear_backward(da, W_rec, W_in):\n"
        '    """gradients flowing into the recurrent input and the layer input"""\n'
        "    return da @ W_rec, da @ W_in\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = forward_gates(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    dx, dh = linear_backward(da, W_hh, W_ih)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": dc * f, "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_sam_stack_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the pre-activation gradients are stacked in the order i, f, o, g instead "
                "of i, f, g, o (the o and g blocks exchanged)",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "ifog", "i, f, o, g"]},
                    {"any": ["gate", "block", "rows"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # Forward pass (cached values)\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    h_tanh = np.tanh(c_t)\n"
        "\n"
        "    # Backward pass\n"
        "    do = dh_next * h_tanh\n"
        "    dc_t = dc_next + dh_next * o * (1 - h_tanh ** 2)\n"
        "    di = dc_t * g\n"
        "    df = dc_t * c\n"
        "    dg = dc_t * i\n"
        "\n"
        "    di_raw = di * i * (1 - i)\n"
        "    df_raw = df * f * (1 - f)\n"
        "    do_raw = do * o * (1 - o)\n"
        "    dg_raw = dg * (1 - g ** 2)\n"
        "    dz = np.hstack((di_raw, df_raw, do_raw, dg_raw))\n"
        "\n"
        "    return {\n"
        '        "x": dz @ W_ih,\n'
        '        "h": dz @ W_hh,\n'
        '        "c": dc_t * f,\n'
        '        "W_ih": dz.T @ x,\n'
        '        "W_hh": dz.T @ h,\n'
        '        "b_ih": np.sum(dz, axis=0),\n'
        '        "b_hh": np.sum(dz, axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_kenji_tanh_of_prev_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh is taken of the previous cell state c_{t-1} (the argument c) instead "
                "of the new c_t, in both δo and δc",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "c_{t-1}",
                            "c_t",
                            "previous",
                            "new",
                            "c_next",
                            "old",
                            "argument c",
                            "input c",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(c)\n"
        '    dc = dc_next + np.einsum("bh,bh->bh", dh_next, o * (1 - tc ** 2))\n'
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n",
    },
    {
        "id": "cb_dana_df_uses_new_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's gradient uses the new cell state c_t instead of "
                "c_{t-1}: δf = δc ⊙ c_t",
                "must_mention": [
                    {"any": ["forget", "δf", "df", "f_t", '"f"']},
                    {"any": ["c_{t-1}", "c_t", "previous", "c_next", "new", "old"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t = sigmoid(z[:, 0:H])\n"
        "    f_t = sigmoid(z[:, H:2*H])\n"
        "    g_t = np.tanh(z[:, 2*H:3*H])\n"
        "    o_t = sigmoid(z[:, 3*H:4*H])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    dL_dc = dc_next + dh_next * o_t * (1 - tanh_c ** 2)\n"
        "    dL_do = dh_next * tanh_c\n"
        "    dL_di = dL_dc * g_t\n"
        "    dL_dg = dL_dc * i_t\n"
        "    dL_df = dL_dc * c_t          # c = f*c + ...  -> dc/df = c\n"
        "\n"
        "    dz = np.hstack([dL_di * i_t * (1 - i_t), dL_df * f_t * (1 - f_t),\n"
        "                    dL_dg * (1 - g_t ** 2), dL_do * o_t * (1 - o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t}\n'
        '    grads["W_ih"] = dz.T @ x\n'
        '    grads["W_hh"] = dz.T @ h\n'
        '    grads["b_ih"] = dz.sum(axis=0)\n'
        '    grads["b_hh"] = dz.sum(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_raj_returns_tuple",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a tuple (dx, dh, dc, dW_ih, dW_hh, db_ih, db_hh) instead of a "
                'dict with the keys "x", "h", ...',
                "must_mention": [{"any": ["dict", "mapping", "keys", "key"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    ct = f * c + i * g\n"
        "    tct = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - tct ** 2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f),\n"
        "                         dct * i * (1 - g ** 2), dh_next * tct * o * (1 - o)], "
        "axis=1)\n"
        "    dx = da @ W_ih\n"
        "    dh = da @ W_hh\n"
        "    dc = dct * f\n"
        "    dW_ih = da.T @ x\n"
        "    dW_hh = da.T @ h\n"
        "    db_ih = da.sum(axis=0)\n"
        "    db_hh = da.sum(axis=0)\n"
        "    return dx, dh, dc, dW_ih, dW_hh, db_ih, db_hh\n",
    },
    {
        "id": "cb_raj_keys_prefixed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the dict\'s keys are "dx", "dh", "dc", "dW_ih", ... instead of "x", "h", '
                '"c", "W_ih", ...',
                "must_mention": [{"any": ["key", "dict", "name"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tct = np.tanh(f * c + i * g)\n"
        "    dct = dc_next + dh_next * o * (1 - tct ** 2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f),\n"
        "                         dct * i * (1 - g ** 2), dh_next * tct * o * (1 - o)], "
        "axis=1)\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dct * f,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h,\n'
        '            "db_ih": da.sum(axis=0), "db_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_beth_mutates_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "accumulates into the argument dc_next in place (dc_next += ...): the "
                "caller's array is changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    },
                    {"any": ["dc_next", "argument", "input"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    # total gradient on c_t: add the part coming through h_t (in place, no extra "
        "array)\n"
        "    dc_next += dh_next * o * (1 - tc * tc)\n"
        "    da = np.concatenate([dc_next * g * i * (1 - i), dc_next * c * f * (1 - f),\n"
        "                         dc_next * i * (1 - g * g), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_next * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_lena_float32",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "casts every gradient to float32 'like PyTorch' before returning: not "
                "float64, off by ~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '             "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "    # same dtype as torch.nn.LSTM's parameters\n"
        "    return {k: v.astype(np.float32) for k, v in grads.items()}\n",
    },
    {
        "id": "cb_kenji_dWhh_uses_h_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient is δa^T times the new h_t instead of the step's input "
                "h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "h_t",
                            "previous",
                            "new",
                            "h_next",
                            "old",
                            "input h",
                            "argument h",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    h_new = o * tc\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h_new),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n",
    },
    {
        "id": "cb2_priya_no_tanh_prime_and_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t is missing the factor (1 - tanh²(c_t)) on the path through h_t",
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
                            "1-τ",
                            "τ²",
                            "tau",
                            "tanh(c",
                        ]
                    },
                    {"any": ["δc", "dc", "cell", "c_t"]},
                ],
            },
            {
                "what": "the bias gradients are averaged over the batch instead of summed",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {"any": ["mean", "average", "divid", "sum", "/ b", "/b", "1/b"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    cols = {"i": slice(0, H), "f": slice(H, 2 * H), "g": slice(2 * H, 3 * H), "o": '
        "slice(3 * H, 4 * H)}\n"
        '    i = sigmoid(pre[:, cols["i"]])\n'
        '    f = sigmoid(pre[:, cols["f"]])\n'
        '    g = np.tanh(pre[:, cols["g"]])\n'
        '    o = sigmoid(pre[:, cols["o"]])\n'
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o\n"
        "    dpre = np.zeros_like(pre)\n"
        '    dpre[:, cols["i"]] = dc * g * i * (1 - i)\n'
        '    dpre[:, cols["f"]] = dc * c * f * (1 - f)\n'
        '    dpre[:, cols["g"]] = dc * i * (1 - g ** 2)\n'
        '    dpre[:, cols["o"]] = dh_next * np.tanh(c_t) * o * (1 - o)\n'
        "    db = dpre.mean(axis=0)\n"
        '    return {"x": dpre @ W_ih, "h": dpre @ W_hh, "c": dc * f,\n'
        '            "W_ih": dpre.T @ x, "W_hh": dpre.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb2_sam_ifog_and_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward recomputation splits the gates in the order i, f, o, g (the "
                "assistant's order) instead of PyTorch's i, f, g, o",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "ifog", "i, f, o, g"]},
                    {"any": ["gate", "block", "rows"]},
                ],
            },
            {
                "what": "b_hh's gradient is returned as zeros",
                "must_mention": [
                    "b_hh",
                    {"any": ["zero", "missing", "no gradient", "same as b_ih", "equal", "b_ih"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # LSTM gate layout: [input, forget, output, cell]\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    o = sigmoid(z[:, 2 * H:3 * H])\n"
        "    g = np.tanh(z[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    dz = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dh_next * tanh_c * o * (1 - o), dc * i * (1 - g ** 2)], "
        "axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(axis=0),\n'
        '            "b_hh": np.zeros(b_hh.shape)}  # only one bias is trainable in '
        "practice\n",
    },
    {
        "id": "cb2_dana_df_new_c_and_do_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's gradient uses c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "δf", "df", "f_t", '"f"']},
                    {"any": ["c_{t-1}", "c_t", "previous", "c_next", "new", "old"]},
                ],
            },
            {
                "what": "the output gate's gradient uses c_t instead of tanh(c_t)",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "δo",
                            "do",
                            "o_t",
                            "gate o",
                            "o gate",
                            '"o"',
                            "output-gate",
                        ]
                    },
                    "tanh",
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # post-activation notation (blog): gates i_t, f_t, g_t (~C_t), o_t\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t = sigmoid(z[:, :H]); f_t = sigmoid(z[:, H:2*H])\n"
        "    C_tilde = np.tanh(z[:, 2*H:3*H]); o_t = sigmoid(z[:, 3*H:])\n"
        "    C_t = f_t * c + i_t * C_tilde\n"
        "    dC = dc_next + dh_next * o_t * (1 - np.tanh(C_t) ** 2)\n"
        "    d_o = dh_next * C_t\n"
        "    d_f = dC * C_t\n"
        "    d_i = dC * C_tilde\n"
        "    d_Ct = dC * i_t\n"
        "    dz = np.hstack([d_i * i_t * (1 - i_t), d_f * f_t * (1 - f_t),\n"
        "                    d_Ct * (1 - C_tilde ** 2), d_o * o_t * (1 - o_t)])\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dC * f_t,\n'
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb2_priya_g_deriv_and_c_no_forget",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g's tanh derivative is (1 - g) instead of (1 - g²)",
                "must_mention": [
                    {
                        "any": [
                            "g_t",
                            "candidate",
                            "δg",
                            "dg",
                            "gate g",
                            "g gate",
                            "cell gate",
                            '"g"',
                        ]
                    },
                    {
                        "any": [
                            "1 - g²",
                            "1 - g^2",
                            "1-g**2",
                            "1 - g**2",
                            "1-g²",
                            "tanh'",
                            "derivative",
                            "g²",
                            "g^2",
                            "g**2",
                            "square",
                        ]
                    },
                ],
            },
            {
                "what": 'the returned "c" is δc_t without the forget gate factor f_t',
                "must_mention": [
                    {"any": ["forget", "f_t", "⊙ f", "* f", "f)", "times f"]},
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "dc_prev",
                            "δc_{t-1}",
                            "gradient of c",
                            "c gradient",
                            "for c",
                            "c_(t-1)",
                            "previous cell",
                            "c:",
                        ]
                    },
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    A = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(A[:, :H]), sigmoid(A[:, H:2*H]), np.tanh(A[:, 2*H:3*H]), "
        "sigmoid(A[:, 3*H:])\n"
        "    T_ = np.tanh(f * c + i * g)\n"
        "    dC = dc_next + dh_next * o * (1 - T_ ** 2)\n"
        "    dA = np.concatenate([dC * g * i * (1 - i), dC * c * f * (1 - f),\n"
        "                         dC * i * (1 - g), dh_next * T_ * o * (1 - o)], axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC.copy(),\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h,\n'
        '            "b_ih": dA.sum(axis=0), "b_hh": dA.sum(axis=0)}\n',
    },
    {
        "id": "cb2_marco_overwrite_and_tanh_square",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "inside the per-example loop the weight and bias gradients are assigned "
                "(=) instead of added (+=): only the last example of the batch is kept",
                "must_mention": [
                    {"any": ["sum", "accumul", "add", "batch", "example", "last"]},
                    {"any": ["weight", "w_ih", "w_hh", "bias", "b_ih", "b_hh"]},
                ],
            },
            {
                "what": "the tanh derivative on the path to c_t is written (1 - tanh(c_t))² "
                "instead of 1 - tanh²(c_t)",
                "must_mention": [
                    {"any": ["tanh", "τ", "tau"]},
                    {"any": ["deriv", "1 - tanh", "1-tanh", "square", "²", "^2", "**2", "(1 - τ"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    rows = {n: slice(k * H, (k + 1) * H) for k, n in enumerate(names)}\n"
        '    out = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": np.zeros_like(c),\n'
        '           "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for n in range(B):\n"
        "        pre = {k: W_ih[r] @ x[n] + b_ih[r] + W_hh[r] @ h[n] + b_hh[r] for k, r in "
        "rows.items()}\n"
        '        i, f, g, o = sigmoid(pre["i"]), sigmoid(pre["f"]), np.tanh(pre["g"]), '
        'sigmoid(pre["o"])\n'
        "        tc = np.tanh(f * c[n] + i * g)\n"
        "        dc = dc_next[n] + dh_next[n] * o * (1 - tc) ** 2\n"
        '        d = {"i": dc * g * i * (1 - i), "f": dc * c[n] * f * (1 - f),\n'
        '             "g": dc * i * (1 - g ** 2), "o": dh_next[n] * tc * o * (1 - o)}\n'
        '        out["c"][n] = dc * f\n'
        "        for k, r in rows.items():\n"
        '            out["x"][n] += W_ih[r].T @ d[k]\n'
        '            out["h"][n] += W_hh[r].T @ d[k]\n'
        '            out["W_ih"][r] = np.outer(d[k], x[n])\n'
        '            out["W_hh"][r] = np.outer(d[k], h[n])\n'
        '            out["b_ih"][r] = d[k]\n'
        '            out["b_hh"][r] = d[k]\n'
        "    return out\n",
    },
    {
        "id": "lb_ok_yuki",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]                      # hs[t] = h_{t-1}\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_marco_lists",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    # forward again, remembering the state each step started from\n"
        "    states = []\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        states.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros(h0.shape)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros(c0.shape)\n"
        "\n"
        "    dh_carry = dh_n\n"
        "    dc_carry = dc_n\n"
        "    dx_list = [None] * T\n"
        '    totals = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in reversed(range(T)):\n"
        "        h_prev, c_prev = states[t]\n"
        "        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], h_prev, "
        "c_prev,\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        dx_list[t] = step["x"]\n'
        "        for name in totals:\n"
        "            totals[name] = totals[name] + step[name]\n"
        '        dh_carry = step["h"]\n'
        '        dc_carry = step["c"]\n'
        "\n"
        '    result = {"x": np.array(dx_list), "h0": dh_carry, "c0": dc_carry}\n'
        "    result.update(totals)\n"
        "    return result\n",
    },
    {
        "id": "lb_ok_tomas_inlined",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward, caching everything (T+1 states, gates per step)\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    gates = np.zeros((T, B, 4 * H))\n"
        "    for t in range(T):\n"
        "        a = x[t] @ W_ih.T + b_ih + hs[t] @ W_hh.T + b_hh\n"
        "        gates[t, :, :H] = sigmoid(a[:, :H])\n"
        "        gates[t, :, H:2 * H] = sigmoid(a[:, H:2 * H])\n"
        "        gates[t, :, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "        gates[t, :, 3 * H:] = sigmoid(a[:, 3 * H:])\n"
        "        i, f, g, o = np.split(gates[t], 4, axis=1)\n"
        "        cs[t + 1] = f * cs[t] + i * g\n"
        "        hs[t + 1] = o * np.tanh(cs[t + 1])\n"
        "\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    dA = np.zeros((T, B, 4 * H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = np.split(gates[t], 4, axis=1)\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dh = dh + dout[t]\n"
        "        dc = dc + dh * o * (1 - tc ** 2)\n"
        "        dA[t] = np.concatenate([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f),\n"
        "                                dc * i * (1 - g ** 2), dh * tc * o * (1 - o)], "
        "axis=1)\n"
        "        dh = dA[t] @ W_hh\n"
        "        dc = dc * f\n"
        "    flatA = dA.reshape(T * B, 4 * H)\n"
        "    db = flatA.sum(axis=0)\n"
        "    return {\n"
        '        "x": dA @ W_ih,\n'
        '        "h0": dh,\n'
        '        "c0": dc,\n'
        '        "W_ih": flatA.T @ x.reshape(T * B, -1),\n'
        '        "W_hh": flatA.T @ hs[:-1].reshape(T * B, H),\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n",
    },
    {
        "id": "lb_greg_weights_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at each step instead of "
                "summed over all steps: only step 0's remain",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "add",
                            "all steps",
                            "every step",
                            "each step",
                            "last step",
                            "only one step",
                            "overwr",
                        ]
                    },
                    {"any": ["weight", "w_ih", "w_hh", "bias", "b_ih", "b_hh"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_list, c_list = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(hn)\n"
        "        c_list.append(cn)\n"
        "    dh = dh_n if dh_n is not None else np.zeros_like(h0)\n"
        "    dc = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc, x[t], h_list[t], c_list[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dW_ih, dW_hh = step["W_ih"], step["W_hh"]\n'
        '        db_ih, db_hh = step["b_ih"], step["b_hh"]\n'
        '        dh, dc = step["h"], step["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_ali_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient fed to step t's h_t is only dout[t] (plus dh_n at the last "
                'step): what step t+1\'s backward returned for "h" is dropped',
                "must_mention": [
                    {
                        "any": [
                            "recurr",
                            "step t+1",
                            "next step",
                            "later step",
                            "from later",
                            '"h"',
                            "carried",
                            "dh_next",
                            "previous step",
                            "t+1",
                            "t + 1",
                            "through h",
                            "dh from",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    prev_states = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        prev_states.append([h, c])\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "\n"
        '    answer = {"x": np.zeros(x.shape), "W_ih": np.zeros(W_ih.shape), "W_hh": '
        "np.zeros(W_hh.shape),\n"
        '              "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    dc_running = dc_n\n"
        "    dh_prev = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_here = dout[t].copy()\n"
        "        if t == T - 1:\n"
        "            dh_here = dh_here + dh_n\n"
        "        back = lstm_cell_backward(dh_here, dc_running, x[t], prev_states[t][0], "
        "prev_states[t][1],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        answer["x"][t] = back["x"]\n'
        '        for key in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "            answer[key] += back[key]\n"
        '        dc_running = back["c"]\n'
        '        dh_prev = back["h"]\n'
        '    answer["h0"] = dh_prev\n'
        '    answer["c0"] = dc_running\n'
        "    return answer\n",
    },
    {
        "id": "lb_greg_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T - 1, 0, -1): step 0 is never "
                'back-propagated, so "x"[0] stays zero, step 0\'s weight gradients are '
                "missing, and h0/c0 get step 1's gradients",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "skip",
                            "off-by-one",
                            "off by one",
                            "range",
                            "stops at 1",
                            "stops at t = 1",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
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
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        gr = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = gr["x"]\n'
        '        dW_ih += gr["W_ih"]; dW_hh += gr["W_hh"]\n'
        '        db_ih += gr["b_ih"]; db_hh += gr["b_hh"]\n'
        '        dh, dc = gr["h"], gr["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_helga_none_means_dout_last",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "when dh_n is None it is replaced by dout[-1] (h_n is out[-1]) instead of "
                "zeros, so dout[T-1] is counted twice",
                "must_mention": [{"any": ["none", "zero"]}, {"any": ["dh_n", "h_n"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    # edge cases first\n"
        "    if dh_n is None:\n"
        "        dh_n = dout[-1]            # h_n is the same as out[-1]\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((x.shape[1], W_hh.shape[1]))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros_like(h0)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        '    grads = {k: np.zeros_like(v) for k, v in (("x", x), ("W_ih", W_ih), ("W_hh", '
        'W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    dh, dc = dh_n, dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] = grads[k] + g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ali_ignores_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the cell-state gradient always starts from zeros at the "
                "last step, even when dc_n is given",
                "must_mention": [
                    "dc_n",
                    {"any": ["ignor", "zero", "missing", "not used", "unused", "dropped", "never"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    saved = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        saved.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    next_dh = np.zeros_like(h0)\n"
        "    if dh_n is not None:\n"
        "        next_dh = next_dh + dh_n\n"
        "    next_dc = np.zeros_like(c0)      # nothing flows into c after the last step\n"
        '    res = {"x": [], "W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": 0.0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        r = lstm_cell_backward(dout[t] + next_dh, next_dc, x[t], saved[t][0], "
        "saved[t][1],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        res["x"].insert(0, r["x"])\n'
        '        res["W_ih"] = res["W_ih"] + r["W_ih"]\n'
        '        res["W_hh"] = res["W_hh"] + r["W_hh"]\n'
        '        res["b_ih"] = res["b_ih"] + r["b_ih"]\n'
        '        res["b_hh"] = res["b_hh"] + r["b_hh"]\n'
        '        next_dh, next_dc = r["h"], r["c"]\n'
        '    res["x"] = np.stack(res["x"])\n'
        '    res["h0"] = next_dh\n'
        '    res["c0"] = next_dc\n'
        "    return res\n",
    },
    {
        "id": "lb_olu_dhn_dcn_swapped",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the helper start_grads(dc_n, dh_n, like) is called as start_grads(dh_n, "
                "dc_n, ...): the backward pass starts with dh_n and dc_n exchanged",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "instead of",
                            "mixed up",
                            "the other way",
                            "wrong order",
                            "reversed order",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def start_grads(dc_last, dh_last, like):\n"
        '    """initial (dh, dc) for the backward walk"""\n'
        "    dh = np.zeros_like(like) if dh_last is None else dh_last\n"
        "    dc = np.zeros_like(like) if dc_last is None else dc_last\n"
        "    return dh, dc\n"
        "\n"
        "\n"
        "def forward_cache(x, h0, c0, params):\n"
        "    hs, cs = [h0], [c0]\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, hs[-1], cs[-1], *params)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    return hs, cs\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "    hs, cs = forward_cache(x, h0, c0, params)\n"
        "    dh, dc = start_grads(dh_n, dc_n, h0)\n"
        "    dxs = np.zeros_like(x)\n"
        "    acc = [np.zeros_like(p) for p in params]\n"
        "    for t in reversed(range(len(x))):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], *params)\n"
        '        dxs[t] = g["x"]\n'
        '        acc = [a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh"))]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dxs, "h0": dh, "c0": dc, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lb_sam_states_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t, (h_t, c_t), instead of "
                "the state it started from, (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {"any": ["state", "h_{t-1}", "c_{t-1}", "h_t", "cache"]},
                    {
                        "any": [
                            "previous",
                            "before",
                            "started from",
                            "t-1",
                            "t - 1",
                            "off-by-one",
                            "off by one",
                            "after",
                            "one step",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """Backpropagation through time for a single-layer LSTM."""\n'
        "    T, B, _ = x.shape\n"
        "    # Forward pass: cache the hidden and cell states at every time step\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        cache.append((h, c))\n"
        "\n"
        "    # Initialize gradients\n"
        "    dh_next = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "\n"
        "    # Backward pass through time\n"
        "    for t in reversed(range(T)):\n"
        "        h_t, c_t = cache[t]\n"
        "        grads = lstm_cell_backward(dh_next + dout[t], dc_next, x[t], h_t, c_t, W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dW_ih += grads["W_ih"]\n'
        '        dW_hh += grads["W_hh"]\n'
        '        db_ih += grads["b_ih"]\n'
        '        db_hh += grads["b_hh"]\n'
        '        dh_next, dc_next = grads["h"], grads["c"]\n'
        "\n"
        '    return {"x": dx, "h0": dh_next, "c0": dc_next, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_marco_dx_reverse_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step input gradients are appended while walking back and stacked "
                'without reversing: "x" is in reverse time order',
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "gradient of x",
                            "x gradient",
                            "input gradient",
                            "x[",
                            "dl/dx",
                            "gradient for x",
                            "gradient w.r.t. x",
                        ]
                    },
                    {"any": ["order", "revers", "flip", "backward"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    history = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        history.append(lstm_cell(x[t], history[-1][0], history[-1][1], W_ih, W_hh, "
        "b_ih, b_hh))\n"
        "    dh = np.zeros(h0.shape) if dh_n is None else dh_n\n"
        "    dc = np.zeros(c0.shape) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        '    sums = {"W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '            "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev, c_prev = history[t]\n"
        "        step = lstm_cell_backward(dh + dout[t], dc, x[t], h_prev, c_prev, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(step["x"])\n'
        "        for k in sums:\n"
        "            sums[k] += step[k]\n"
        '        dh = step["h"]\n'
        '        dc = step["c"]\n'
        '    final = {"x": np.array(dxs), "h0": dh, "c0": dc}\n'
        "    for k in sums:\n"
        "        final[k] = sums[k]\n"
        "    return final\n",
    },
    {
        "id": "lb_beth_mutates_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the carried gradient into dout in place (dout[t] += dh): the "
                "caller's dout is changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    },
                    {"any": ["dout", "argument", "input"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.empty_like(x)\n"
        "    gW_ih = np.zeros_like(W_ih); gW_hh = np.zeros_like(W_hh)\n"
        "    gb_ih = np.zeros_like(b_ih); gb_hh = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dout[t] += dh                      # total gradient reaching h_t\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        gW_ih += g["W_ih"]; gW_hh += g["W_hh"]; gb_ih += g["b_ih"]; gb_hh += '
        'g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": gW_ih, "W_hh": gW_hh, "b_ih": gb_ih, '
        '"b_hh": gb_hh}\n',
    },
    {
        "id": "lb_raj_h0_is_total_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": '"h0" is returned as the total gradient reaching h_0\'s position at step 0 '
                "(dout[0] + carried), i.e. the dh fed INTO step 0, instead of what step "
                '0\'s backward returns for "h"',
                "must_mention": [
                    "h0",
                    {
                        "any": [
                            "dout[0]",
                            "into step 0",
                            "fed",
                            "before",
                            "total",
                            "input of step 0",
                            "instead of what step 0",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
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
        "    carry_h = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    carry_c = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    out = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        dh_total = dout[t] + carry_h\n"
        "        g = lstm_cell_backward(dh_total, carry_c, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] += g[k]\n"
        '        carry_h, carry_c = g["h"], g["c"]\n'
        '    out["h0"] = dh_total          # gradient at the first hidden state\n'
        '    out["c0"] = carry_c\n'
        "    return out\n",
    },
    {
        "id": "lb_priya_weights_mean_over_T",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are averaged over the T steps (divided by "
                "T) instead of summed",
                "must_mention": [
                    {"any": ["mean", "average", "divid", "/ t", "/t", "sum"]},
                    {"any": ["weight", "w_ih", "w_hh", "bias", "b_ih", "b_hh"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    H_prev = np.zeros((T, B, H)); C_prev = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        H_prev[t], C_prev[t] = h, c\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros((T, B, I))\n"
        '    per_step = {k: [] for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], H_prev[t], C_prev[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in per_step:\n"
        "            per_step[k].append(g[k])\n"
        '        dh, dc = g["h"], g["c"]\n'
        "    res = {k: np.mean(np.stack(v), axis=0) for k, v in per_step.items()}   # "
        "aggregate over time\n"
        '    res.update({"x": dx, "h0": dh, "c0": dc})\n'
        "    return res\n",
    },
    {
        "id": "lb_raj_keys_h_c",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the initial-state gradients are returned under the keys "h" and "c" (as '
                'in part 1) instead of "h0" and "c0"',
                "must_mention": [{"any": ["h0", "key"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
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
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h"] = dh\n'
        '    grads["c"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_sam_reversed_range_skips_last",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the loop is reversed(range(T - 1)): it starts at T-2, so the last step "
                "T-1 (with dout[T-1], dh_n, dc_n) is never back-propagated",
                "must_mention": [
                    {
                        "any": [
                            "t-1",
                            "t - 1",
                            "last step",
                            "final step",
                            "skip",
                            "range",
                            "off-by-one",
                            "off by one",
                            "never",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    # Store states: states[t] = (h_{t-1}, c_{t-1})\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh_next = dh_n if dh_n is not None else np.zeros_like(h0)\n"
        "    dc_next = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    # Iterate backwards through time\n"
        "    for t in reversed(range(T - 1)):\n"
        "        step = lstm_cell_backward(dh_next + dout[t], dc_next, x[t], *states[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += step[k]\n"
        '        dh_next, dc_next = step["h"], step["c"]\n'
        '    grads["h0"] = dh_next\n'
        '    grads["c0"] = dc_next\n'
        "    return grads\n",
    },
    {
        "id": "lb_helga_dcn_added_every_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is added to the cell-state gradient at every step instead of only "
                "once, at the last step",
                "must_mention": [
                    {"any": ["dc_n", "c_n"]},
                    {
                        "any": [
                            "every step",
                            "each step",
                            "once",
                            "only at",
                            "last step",
                            "t-1",
                            "t - 1",
                            "all steps",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = dh_n\n"
        "    dc_from_next = np.zeros_like(c0)\n"
        '    grads = {"x": np.zeros_like(x)}\n'
        '    for k, v in (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh)):\n'
        "        grads[k] = np.zeros_like(v)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc_from_next + dc_n, x[t], hs[t], cs[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc_from_next = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc_from_next\n'
        "    return grads\n",
    },
    {
        "id": "lb_dana_inherits_part1_no_forget",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the student\'s part-1 lstm_cell_backward returns "c" = δc_t without the '
                "forget gate factor f_t; the layer uses it, so every step's carried cell "
                "gradient is wrong",
                "must_mention": [
                    {"any": ["forget", "f_t", "⊙ f", "* f", "times f"]},
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "dc_prev",
                            "δc_{t-1}",
                            "gradient of c",
                            "c gradient",
                            "for c",
                            "c_(t-1)",
                            "previous cell",
                            "c:",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    tanh_c = np.tanh(f_t * c + i_t * g_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc,      # c_t = ... + c_{t-1} '
        "path\n"
        '            "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(0), "b_hh": '
        "dz.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_prev, c_prev = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h_prev.append(h); c_prev.append(c)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dL_dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dL_dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dX = np.zeros_like(x)\n"
        "    total = None\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dL_dh + dout[t], dL_dc, x[t], h_prev[t], c_prev[t], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dX[t] = g["x"]\n'
        "        if total is None:\n"
        '            total = {k: g[k].copy() for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "        else:\n"
        "            for k in total:\n"
        "                total[k] += g[k]\n"
        '        dL_dh, dL_dc = g["h"], g["c"]\n'
        '    total.update({"x": dX, "h0": dL_dh, "c0": dL_dc})\n'
        "    return total\n",
    },
    {
        "id": "lb2_greg_overwrite_and_dx_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients keep only the last-processed step (step 0) "
                "instead of the sum over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "add",
                            "all steps",
                            "every step",
                            "each step",
                            "last step",
                            "only one step",
                            "overwr",
                        ]
                    },
                    {"any": ["weight", "w_ih", "w_hh", "bias", "b_ih", "b_hh"]},
                ],
            },
            {
                "what": '"x" is stacked in reverse time order',
                "must_mention": [
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "gradient of x",
                            "x gradient",
                            "input gradient",
                            "x[",
                            "dl/dx",
                            "gradient for x",
                            "gradient w.r.t. x",
                        ]
                    },
                    {"any": ["order", "revers", "flip", "backward"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx_steps = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx_steps.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": np.stack(dx_steps), "h0": dh, "c0": dc,\n'
        '            "W_ih": g["W_ih"], "W_hh": g["W_hh"], "b_ih": g["b_ih"], "b_hh": '
        'g["b_hh"]}\n',
    },
    {
        "id": "lb2_ali_dcn_ignored_and_skip0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored (the cell-state gradient starts from zeros)",
                "must_mention": [
                    "dc_n",
                    {"any": ["ignor", "zero", "missing", "not used", "unused", "dropped", "never"]},
                ],
            },
            {
                "what": "the backward loop stops at t = 1: step 0 is never back-propagated",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x[0]",
                            "skip",
                            "off-by-one",
                            "off by one",
                            "range",
                            "stops at 1",
                            "stops at t = 1",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    saved = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        saved.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    next_dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    next_dc = np.zeros_like(c0)\n"
        '    res = {"x": np.zeros_like(x), "W_ih": 0.0, "W_hh": 0.0, "b_ih": 0.0, "b_hh": '
        "0.0}\n"
        "    t = T - 1\n"
        "    while t > 0:\n"
        "        r = lstm_cell_backward(dout[t] + next_dh, next_dc, x[t], saved[t][0], "
        "saved[t][1],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        res["x"][t] = r["x"]\n'
        '        for key in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            res[key] = res[key] + r[key]\n"
        '        next_dh, next_dc = r["h"], r["c"]\n'
        "        t -= 1\n"
        '    for key in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        '        res[key] = res[key] + np.zeros_like({"W_ih": W_ih, "W_hh": W_hh, "b_ih": '
        'b_ih, "b_hh": b_hh}[key])\n'
        '    res["h0"] = next_dh\n'
        '    res["c0"] = next_dc\n'
        "    return res\n",
    },
    {
        "id": "lb2_helga_none_dout_and_mean",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n = None is replaced by dout[-1] instead of zeros",
                "must_mention": [{"any": ["none", "zero"]}, {"any": ["dh_n", "h_n"]}],
            },
            {
                "what": "the weight and bias gradients are averaged over the steps instead of "
                "summed",
                "must_mention": [
                    {"any": ["mean", "average", "divid", "/ t", "/t", "sum"]},
                    {"any": ["weight", "w_ih", "w_hh", "bias", "b_ih", "b_hh"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i_t, f_t = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H])\n"
        "    g_t, o_t = np.tanh(z[:, 2 * H:3 * H]), sigmoid(z[:, 3 * H:])\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dL_dc = dc_next + dh_next * o_t * (1.0 - tanh_c ** 2)\n"
        "    dz = np.hstack([dL_dc * g_t * i_t * (1 - i_t), dL_dc * c * f_t * (1 - f_t),\n"
        "                    dL_dc * i_t * (1 - g_t ** 2), dh_next * tanh_c * o_t * (1 - "
        "o_t)])\n"
        '    grads = {"x": dz @ W_ih, "h": dz @ W_hh, "c": dL_dc * f_t,\n'
        '             "W_ih": dz.T @ x, "W_hh": dz.T @ h, "b_ih": dz.sum(axis=0)}\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    dh_n = dout[T - 1] if dh_n is None else dh_n      # h_n == out[T-1]\n"
        "    dc_n = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        '    acc = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    dh, dc = dh_n, dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        for k in acc:\n"
        "            acc[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        "    for k in acc:\n"
        "        acc[k] /= T          # average over time steps\n"
        "    acc.update(x=dx, h0=dh, c0=dc)\n"
        "    return acc\n",
    },
    {
        "id": "lb2_sam_states_offset_and_mutates_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t instead of the state "
                "before it (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {"any": ["state", "h_{t-1}", "c_{t-1}", "h_t", "cache"]},
                    {
                        "any": [
                            "previous",
                            "before",
                            "started from",
                            "t-1",
                            "t - 1",
                            "off-by-one",
                            "off by one",
                            "after",
                            "one step",
                        ]
                    },
                ],
            },
            {
                "what": "dout is modified in place (dout[t] += dh)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    },
                    {"any": ["dout", "argument", "input"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g**2), dh_next * tau * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    # Forward pass with caching\n"
        "    h_cache, c_cache = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h_cache.append(h)\n"
        "        c_cache.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        dout[t] += dh                    # accumulate the recurrent gradient\n"
        "        step = lstm_cell_backward(dout[t], dc, x[t], h_cache[t], c_cache[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb2_femi_part1_no_tanh_prime_and_dhn_dcn_swapped",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the student's part-1 lstm_cell_backward omits the factor (1 - tanh²(c_t)) "
                "in δc_t; the layer inherits it",
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
                            "1-τ",
                            "τ²",
                            "tau",
                            "tanh(c",
                        ]
                    },
                    {"any": ["δc", "dc", "cell", "c_t"]},
                ],
            },
            {
                "what": "the walk back starts with dh = dc_n and dc = dh_n (exchanged)",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "instead of",
                            "mixed up",
                            "the other way",
                            "wrong order",
                            "reversed order",
                        ]
                    },
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hid = h.shape[1]\n"
        "    pre = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    ig, fg = sigmoid(pre[:, :hid]), sigmoid(pre[:, hid:2 * hid])\n"
        "    cand, og = np.tanh(pre[:, 2 * hid:3 * hid]), sigmoid(pre[:, 3 * hid:])\n"
        "    c_new = fg * c + ig * cand\n"
        "    delta_c = dh_next * og + dc_next          # blog: dc = dh * o + dc_next\n"
        "    delta_pre = np.concatenate([delta_c * cand * ig * (1 - ig), delta_c * c * fg * (1 "
        "- fg),\n"
        "                                delta_c * ig * (1 - cand ** 2),\n"
        "                                dh_next * np.tanh(c_new) * og * (1 - og)], axis=1)\n"
        "    return dict(x=delta_pre.dot(W_ih), h=delta_pre.dot(W_hh), c=delta_c * fg,\n"
        "                W_ih=delta_pre.T.dot(x), W_hh=delta_pre.T.dot(h),\n"
        "                b_ih=delta_pre.sum(0), b_hh=delta_pre.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    zeros = np.zeros_like(h0)\n"
        "    delta_h = zeros if dc_n is None else dc_n\n"
        "    delta_c = zeros if dh_n is None else dh_n\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], states[t][0], states[t][1], W_ih, W_hh, b_ih, "
        "b_hh))\n"
        "    out = dict(x=np.zeros_like(x), W_ih=np.zeros_like(W_ih), "
        "W_hh=np.zeros_like(W_hh),\n"
        "               b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(delta_h + dout[t], delta_c, x[t], states[t][0], "
        "states[t][1],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] += g[k]\n"
        '        delta_h, delta_c = g["h"], g["c"]\n'
        '    out["h0"], out["c0"] = delta_h, delta_c\n'
        "    return out\n",
    },
    {
        "id": "ll_ok_yuki_where",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]                    # (B, 1): is step t real?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_marco_per_sequence",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]        # keep a batch axis of 1\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_tomas_float_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    lens = np.array(lengths, dtype=np.int64).reshape(-1)\n"
        "    mask = (np.arange(T)[:, None] < lens[None, :]).astype(np.float64)[:, :, None]   # "
        "(T, B, 1)\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = m * hn + (1.0 - m) * h\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        outs.append(m * hn)\n"
        "    return np.stack(outs, axis=0), (h, c)\n",
    },
    {
        "id": "ll_ok_kenji_history_gather",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # run everything unmasked, keep the whole history (index 0 = initial state),\n"
        "    # then gather the state after each sequence's own last step\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    hist_h = [h0]\n"
        "    hist_c = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hist_h[-1], hist_c[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hist_h.append(h)\n"
        "        hist_c.append(c)\n"
        "    hist_h = np.stack(hist_h)            # (T+1, B, H)\n"
        "    hist_c = np.stack(hist_c)\n"
        "    rows = np.arange(B)\n"
        "    h_n = hist_h[lengths, rows]\n"
        "    c_n = hist_c[lengths, rows]\n"
        "    keep = np.arange(T)[:, None] < lengths[None, :]\n"
        "    out = np.where(keep[:, :, None], hist_h[1:], 0.0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ali_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is not zero past each length: it repeats the frozen state (out[t] = h "
                "after masking) on padding steps",
                "must_mention": ["out", {"any": ["zero", "pad", "past", "beyond", "after"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        new_h, new_c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        still_running = (t < lengths).reshape(B, 1)\n"
        "        h = np.where(still_running, new_h, h)\n"
        "        c = np.where(still_running, new_c, c)\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_sam_hn_at_T_minus_1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is never frozen: h_n, c_n are the state after step T-1 (having "
                "run over the padding), only out is zeroed",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {
                        "any": [
                            "length",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "padding",
                            "padded",
                            "t - 1",
                            "t-1",
                            "frozen",
                            "freeze",
                            "mask",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Run the LSTM over the full padded sequence, then mask the outputs\n"
        "    out, (h_n, c_n) = _run(x, h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "    T = x.shape[0]\n"
        "    mask = np.arange(T)[:, None] < np.asarray(lengths)[None, :]     # (T, B)\n"
        "    out = out * mask[:, :, None]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def _run(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs), (h, c)\n",
    },
    {
        "id": "ll_greg_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is t <= lengths[b] instead of t < lengths[b]: each sequence runs "
                "one padding step too many",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step",
                            "one extra",
                            "extra step",
                            "one too many",
                            "one more",
                            "lengths[b]",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        real = t <= np.asarray(lengths)           # step t belongs to sequence b up "
        "to its length\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(real[:, None], hn, h)\n"
        "        c = np.where(real[:, None], cn, c)\n"
        "        out[t][real] = hn[real]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_priya_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen on padding steps; c keeps being updated, so c_n (and "
                "later h) are wrong for short sequences",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", '"c"', " c "]},
                    {"any": ["mask", "frozen", "freeze", "padding", "keep", "carr"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = (np.arange(T).reshape(-1, 1) < lengths.reshape(1, -1))    # (T, B) like a "
        "boolean DataFrame\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t][:, np.newaxis]\n"
        "        h = np.where(m, h_new, h)\n"
        "        out[t] = h_new * m\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ben_ignores_h0_c0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "starts from zeros (as the chapter's masked_lstm does) instead of the "
                "given h0, c0",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # adapted from the book's masked_lstm (chapter 7)\n"
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
        "id": "ll_helga_lengths_list_fails",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "compares t < lengths directly: works for a NumPy array but raises "
                "TypeError when lengths is a Python list",
                "must_mention": [{"any": ["list", "typeerror", "array", "np.asarray"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, W_hh.shape[1]))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, W_hh.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        active = t < lengths\n"
        "        if not active.any():\n"
        "            break               # every sequence has ended: nothing more to do\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(active[:, None], h_new, h)\n"
        "        c = np.where(active[:, None], c_new, c)\n"
        "        out[t, active] = h_new[active]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_priya_mask_transposed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is built (B, T) (lengths down the rows) but indexed as if it "
                "were (T, B): mask[t] is batch row t's mask over time",
                "must_mention": [{"any": ["mask", "axis", "transpos", "(t, b)", "(b, t)"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = lengths[:, None] > np.arange(T)[None, :]     # one row per sequence\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        keep = mask[t].reshape(-1, 1)\n"
        "        h = np.where(keep, hn, h)\n"
        "        c = np.where(keep, cn, c)\n"
        "        out[t] = np.where(keep, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_jess_history_index_off_by_one",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "gathers h_n, c_n from the per-step outputs at index lengths[b] instead of "
                "lengths[b] - 1 (one step too late; IndexError when lengths[b] == T)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "index",
                            "one step",
                            "one too",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    all_h = []\n"
        "    all_c = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        all_h.append(h)\n"
        "        all_c.append(c)\n"
        "    all_h = np.array(all_h)\n"
        "    all_c = np.array(all_c)\n"
        "    batch_idx = np.arange(B)\n"
        "    last = np.array(lengths)\n"
        "    h_n = all_h[last, batch_idx]\n"
        "    c_n = all_c[last, batch_idx]\n"
        "    out = all_h.copy()\n"
        "    for b in range(B):\n"
        "        out[last[b]:, b] = 0.0\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_greg_out_shape_max_len",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T: too short when the longest "
                "length is below T (pad_packed_sequence without total_length)",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "shape",
                            "total_length",
                            "max(lengths)",
                            "longest",
                            "t steps",
                            "(t, b, h)",
                            "max",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T_real = int(lengths.max())            # pad_packed_sequence pads to the longest "
        "sequence\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T_real, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T_real):\n"
        "        alive = (t < lengths)[:, None]\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_t, h)\n"
        "        c = np.where(alive, c_t, c)\n"
        "        out[t] = np.where(alive, h_t, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_beth_updates_h0_in_place",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 and c = c0 are aliases, then updated with masked assignment h[m] = "
                "...: the caller's h0 and c0 are overwritten",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    },
                    {"any": ["h0", "c0", "initial", "argument", "input"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        running = t < np.asarray(lengths)\n"
        "        h_next, c_next = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[running] = h_next[running]          # only update the sequences still "
        "running\n"
        "        c[running] = c_next[running]\n"
        "        out[t, running] = h_next[running]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_helga_squeeze_lengths_b1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths is squeezed 'to be safe': with a batch of one (B = 1) it becomes "
                "a 0-d scalar and the mask indexing (t < lengths)[:, None] fails",
                "must_mention": [
                    {
                        "any": [
                            "b=1",
                            "b = 1",
                            "batch of one",
                            "one sequence",
                            "single",
                            "batch size 1",
                            "squeeze",
                            "0-d",
                            "scalar",
                            "indexerror",
                            "too many indices",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.squeeze(np.asarray(lengths, dtype=int))   # accept (B,), (B, 1), "
        "lists...\n"
        "    T = x.shape[0]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h1, c1 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h1, h)\n"
        "        c = np.where(m, c1, c)\n"
        "        out[t] = np.where(m, h1, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_ben_no_zero_and_no_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is not zero past each length (the frozen state is repeated)",
                "must_mention": ["out", {"any": ["zero", "pad", "past", "beyond", "after"]}],
            },
            {
                "what": "starts from zeros instead of h0, c0",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)); c = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, hh, h)\n"
        "        c = np.where(m, cc, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_priya_c_not_frozen_and_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c is not frozen on padding steps (only h is masked)",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", '"c"', " c "]},
                    {"any": ["mask", "frozen", "freeze", "padding", "keep", "carr"]},
                ],
            },
            {
                "what": "the mask is t <= lengths[b]: one padding step too many",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step",
                            "one extra",
                            "extra step",
                            "one too many",
                            "one more",
                            "lengths[b]",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    lengths = np.asarray(lengths)\n"
        "    mask = np.arange(T).reshape(-1, 1) <= lengths.reshape(1, -1)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t][:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_beth_in_place_h0_and_no_zero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "updates h0 and c0 in place through the alias h = h0, c = c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    },
                    {"any": ["h0", "c0", "initial", "argument", "input"]},
                ],
            },
            {
                "what": "out is not zero past each length: out[t] holds the frozen state on "
                "padding",
                "must_mention": ["out", {"any": ["zero", "pad", "past", "beyond", "after"]}],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        running = t < np.asarray(lengths)\n"
        "        h_next, c_next = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[running] = h_next[running]\n"
        "        c[running] = c_next[running]\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bll_ok_yuki_reverse_within",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_within(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_within(out_r, lengths)      # the same permutation undoes itself\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ok_marco_loops",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        # forward: 0 .. L-1\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        # reverse: L-1 .. 0\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_ok_priya_frozen_walk",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse: walk t = T-1 .. 0 over the padded tensor but keep each state frozen at "
        "its\n"
        "    # initial value until the walk reaches that sequence's last real step\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_b = np.zeros_like(out_f)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        real = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(real, hn, h)\n"
        "        c = np.where(real, cn, c)\n"
        "        out_b[t] = np.where(real, hn, 0.0)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bll_ok_kenji_take_along",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    hist_h, hist_c = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hist_h[-1], hist_c[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hist_h.append(h)\n"
        "        hist_c.append(c)\n"
        "    hist_h, hist_c = np.stack(hist_h), np.stack(hist_c)\n"
        "    rows = np.arange(B)\n"
        "    keep = np.arange(T)[:, None] < lengths[None, :]\n"
        "    out = np.where(keep[:, :, None], hist_h[1:], 0.0)\n"
        "    return out, (hist_h[lengths, rows], hist_c[lengths, rows])\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    L = np.asarray(lengths).reshape(1, B)\n"
        "    t = np.arange(T).reshape(T, 1)\n"
        "    perm = np.where(t < L, L - 1 - t, t)                   # an involution on each "
        "column\n"
        "    gather = lambda a: np.take_along_axis(a, np.broadcast_to(perm[:, :, None], "
        "a.shape), axis=0)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orev, (hb, cb) = lstm_layer_lengths(gather(x), lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, gather(orev)], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_sam_reverse_starts_on_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the whole padded tensor from t = T-1 (as "
                "chapter 7's code): for a short sequence it starts on padding instead of "
                "at its last real step lengths[b]-1",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t - 1",
                            "t-1",
                            "start",
                            "packed",
                            "pack",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: flip time, run, flip back\n"
        "    h, c = h0[1], c0[1]\n"
        "    rev = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        rev.append(h)\n"
        "    out_b = np.stack(rev[::-1])\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[:, :, None]\n"
        "    out_b = out_b * mask                      # zeros past each length, like "
        "pad_packed_sequence\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_ali_hn_rev_from_first_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse row of h_n is read from out at each sequence's last real step "
                "lengths[b]-1 (where the reverse direction STARTS) instead of its final "
                "state after step 0",
                "must_mention": [
                    "h_n",
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "first step",
                            "x_0",
                            "x_{t-1}",
                            "after reading",
                            "t = 0",
                            "t=0",
                            "step 0",
                            "position 0",
                            "only one step",
                            "single step",
                            "one step",
                            "started",
                            "starts",
                            "t = t-1",
                            "t-1",
                            "t - 1",
                            "lengths[b] - 1",
                            "last real",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (_, c_r) = lstm_layer_lengths(reverse_within(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_within(out_r, lengths)\n"
        "    last = lengths - 1\n"
        "    h_b = out_b[last, np.arange(B)]           # each sequence's last real step\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_greg_global_unflip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads each sequence's real steps in reverse "
                "correctly, but its outputs are put back with a global flip [::-1] over T "
                "instead of reversing within each sequence's length: misaligned for "
                "sequences shorter than T",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {"any": ["order", "align", "position", "flip", "back", "shift", "place"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    T, B, _ = x.shape\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = x[:L, b][::-1]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1]                        # back to time order\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bll_tomas_rev_half_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is not zero past each length: the reverse loop "
                "stores its frozen state on padding steps",
                "must_mention": [
                    {"any": ["zero", "pad", "past", "beyond"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    T, B, _ = x.shape\n"
        "    lens = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lens, h0[0], c0[0], *fwd)\n"
        "    t_idx = np.arange(T)[:, None]\n"
        "    src = np.where(t_idx < lens, lens - 1 - t_idx, t_idx)      # source step for each "
        "reversed step\n"
        "    x_rev = x[src, np.arange(B)]\n"
        "    h, c = h0[1], c0[1]\n"
        "    rev_states = np.zeros_like(out_f)\n"
        "    for s in range(T):\n"
        "        m = (s < lens)[:, None].astype(float)\n"
        "        hn, cn = lstm_cell(x_rev[s], h, c, *bwd)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        rev_states[s] = h\n"
        "    out_b = rev_states[src, np.arange(B)]\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
    {
        "id": "bll_helga_rev_init_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state) instead of row 1",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths).astype(int)\n"
        "    if lengths.ndim == 0:\n"
        "        lengths = lengths.reshape(1)\n"
        "    init_h, init_c = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, init_h, init_c, *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_within(x, lengths), lengths, "
        "init_h, init_c, *bwd)\n"
        "    out = np.concatenate([out_f, reverse_within(out_r, lengths)], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_olu_weights_swapped_helper",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the helper direction(x, lengths, h, c, w_reverse, w_forward) takes the "
                "weights in the other order than it is called: the forward direction runs "
                "with bwd and the reverse with fwd",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "param"]},
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "instead of",
                            "mixed up",
                            "the other way",
                            "wrong order",
                            "reversed order",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def direction(x, lengths, h, c, w_reverse, w_forward, reverse=False):\n"
        "    w = w_reverse if reverse else w_forward\n"
        "    if reverse:\n"
        "        o, (hn, cn) = lstm_layer_lengths(reverse_within(x, lengths), lengths, h, c, "
        "*w)\n"
        "        return reverse_within(o, lengths), hn, cn\n"
        "    o, (hn, cn) = lstm_layer_lengths(x, lengths, h, c, *w)\n"
        "    return o, hn, cn\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    o_f, hf, cf = direction(x, lengths, h0[0], c0[0], fwd, bwd)\n"
        "    o_b, hb, cb = direction(x, lengths, h0[1], c0[1], fwd, bwd, reverse=True)\n"
        "    return np.concatenate([o_f, o_b], 2), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bll_greg_rev_index_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reversed input is x[L - t] instead of x[L - 1 - t]: the reverse "
                "direction starts one step too late (on padding, or IndexError when "
                "lengths[b] == T) and never reads x_0",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "lengths[b] - 1",
                            "l - 1",
                            "l-1",
                            "index",
                            "one step",
                            "one too",
                            "indexerror",
                            "out of bounds",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros((T, B, I))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            x_rev[t, b] = x[L - t, b]\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            out_b[t, b] = out_r[L - 1 - t, b]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.array([hf, hb]), np.array([cf, "
        "cb]))\n",
    },
    {
        "id": "bll_jess_halves_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse half first and the forward half second",
                "must_mention": [
                    {
                        "any": [
                            "half",
                            "halves",
                            "swap",
                            "order",
                            "first h",
                            "concat",
                            "exchang",
                            "side",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    forward_result = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    backward_result = lstm_layer_lengths(reverse_within(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    forward_out = forward_result[0]\n"
        "    backward_out = reverse_within(backward_result[0], lengths)\n"
        "    out = np.concatenate([backward_out, forward_out], axis=2)\n"
        "    h_n = np.array([forward_result[1][0], backward_result[1][0]])\n"
        "    c_n = np.array([forward_result[1][1], backward_result[1][1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_priya_hn_axis1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are stacked on axis=1: (B, 2, H) instead of (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "axis", "layout", "(2, b, h)", "stack"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(reverse_within(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, reverse_within(out_r, lengths)], axis=-1)\n"
        "    h_n = np.stack([hf, hr], axis=1)\n"
        "    c_n = np.stack([cf, cr], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_beth_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses each sequence inside x in place to build the reverse input: the "
                "caller's x is changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "unchanged",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    B = x.shape[1]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # flip every sequence's real part in place (no need for a second big array)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x[:L, b] = x[:L, b][::-1].copy()\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bll_raj_cn_from_h",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is stacked from the hidden states (copy-paste): c_n equals h_n "
                "instead of the cell states",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden", "h_t", "copy", "cell state", "same as"]},
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    fw_out, fw_state = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    bw_out, bw_state = lstm_layer_lengths(reverse_within(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate((fw_out, reverse_within(bw_out, lengths)), axis=2)\n"
        "    h_n = np.stack((fw_state[0], bw_state[0]))\n"
        "    c_n = np.stack((fw_state[0], bw_state[0]))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll2_sam_padding_start_and_halves_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts at t = T-1 on the padded tensor instead of "
                "at each sequence's last real step",
                "must_mention": [
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "t - 1",
                            "t-1",
                            "start",
                            "packed",
                            "pack",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse half comes first in out, the forward half second",
                "must_mention": [
                    {
                        "any": [
                            "half",
                            "halves",
                            "swap",
                            "order",
                            "first h",
                            "concat",
                            "exchang",
                            "side",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_b = np.zeros_like(out_f)\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out_b[t] = h\n"
        "    out_b[np.arange(T)[:, None] >= lengths[None, :]] = 0.0\n"
        "    out = np.concatenate([out_b, out_f], axis=2)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bll2_ali_hn_first_step_and_init_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse row of h_n is read at lengths[b]-1 (the reverse direction's "
                "first step) instead of its final state",
                "must_mention": [
                    "h_n",
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "first step",
                            "x_0",
                            "x_{t-1}",
                            "after reading",
                            "t = 0",
                            "t=0",
                            "step 0",
                            "position 0",
                            "only one step",
                            "single step",
                            "one step",
                            "started",
                            "starts",
                            "t = t-1",
                            "t-1",
                            "t - 1",
                            "lengths[b] - 1",
                            "last real",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "def reverse_within(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; padding steps stay where they '
        'are."""\n'
        "    T, B = a.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)          # (T, B)\n"
        "    return a[idx, np.arange(B)[None, :]]\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (_, c_r) = lstm_layer_lengths(reverse_within(x, lengths), lengths, h0[0], "
        "c0[0], *bwd)\n"
        "    out_b = reverse_within(out_r, lengths)\n"
        "    h_b = out_b[lengths - 1, np.arange(B)]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll2_tomas_rev_not_zeroed_and_weights_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is not zero past each length (frozen state "
                "stored)",
                "must_mention": [
                    {"any": ["zero", "pad", "past", "beyond"]},
                    {"any": ["revers", "backward", "bwd", "right-to-left", "second half"]},
                ],
            },
            {
                "what": "the forward direction uses bwd and the reverse direction fwd",
                "must_mention": [
                    {"any": ["weight", "fwd", "bwd", "param"]},
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "instead of",
                            "mixed up",
                            "the other way",
                            "wrong order",
                            "reversed order",
                        ]
                    },
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
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
        "# ---- student's cell ----\n"
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
        "    T, B, _ = x.shape\n"
        "    lens = np.asarray(lengths)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lens, h0[0], c0[0], *bwd)\n"
        "    t_idx = np.arange(T)[:, None]\n"
        "    src = np.where(t_idx < lens, lens - 1 - t_idx, t_idx)\n"
        "    x_rev = x[src, np.arange(B)]\n"
        "    h, c = h0[1], c0[1]\n"
        "    states = np.zeros_like(out_f)\n"
        "    for s in range(T):\n"
        "        m = (s < lens)[:, None].astype(float)\n"
        "        hn, cn = lstm_cell(x_rev[s], h, c, *fwd)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        states[s] = h\n"
        "    out_b = states[src, np.arange(B)]\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
]
