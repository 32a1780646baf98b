# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The thirteenth blind corpus, kept as its two authors wrote it (/work/blind13a and /work/blind13b,
split by graded names as for corpora 10-12; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, asked for the natural mix of a class of 300
(students in given voices: a chatbot's answer adapted, lists and index loops, np.split/einsum,
helper classes, a previous exercise's code copied, cached or pre-allocated buffers, transposes
added until it runs, a loop over batch rows, tested only with B = 1 or square sizes), run on
f3b0b84 (the engine of the last stop); the words a message must contain were fixed before its
first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_mask",
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
        "    z = np.asarray(z, dtype=float)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])  # z < 0 here, so e^z <= 1\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_ok_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = 1/(1+e^-z) = exp(-log(1 + e^-z)) and np.logaddexp(0, -z) = log(e^0 + "
        "e^-z) never overflows\n"
        "    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_ok_minimum",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # numerator e^{min(z,0)}: 1 for z>=0, e^z for z<0; denominator 1 + e^{-|z|}\n"
        "    return np.exp(np.minimum(z, 0.0)) / (1.0 + np.exp(-np.abs(z)))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)) overflows for z around -1000 (RuntimeWarning)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so np.exp(-z) / np.exp(z) still "
                "overflow and warn",
                "must_mention": [
                    "overflow",
                    {"any": ["both branches", "np.where", "both", "branch"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable sigmoid."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_list_flat",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flat 1-D array: the shape of a 2-D/0-D z is lost",
                "must_mention": ["shape"],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    result = []\n"
        "    for value in np.ravel(z):\n"
        "        if value >= 0:\n"
        "            result.append(1.0 / (1.0 + math.exp(-value)))\n"
        "        else:\n"
        "            result.append(math.exp(value) / (1.0 + math.exp(value)))\n"
        "    return np.array(result)\n",
    },
    {
        "id": "sig_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the input array z in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changed",
                            "unchanged",
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
        "    neg = z < 0\n"
        "    # reuse z's memory instead of allocating a new array\n"
        "    z[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))\n"
        "    z[~neg] = 1 / (1 + np.exp(-z[~neg]))\n"
        "    return z\n",
    },
    {
        "id": "sig_flipped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "branches swapped (condition flipped): computes sigma(-z) = 1 - sigma(z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(-z)",
                            "sigma(-z)",
                            "1 - σ",
                            "1 - sigma",
                            "1-σ",
                            "flipped",
                            "swapped",
                            "sign",
                            "mirror",
                            "negat",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    # for z < 0 use the other formula\n"
        "    return np.where(z < 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_tanh_noz2",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses (1 + tanh(z)) / 2; the identity is (1 + tanh(z/2)) / 2",
                "must_mention": [
                    {"any": ["z/2", "z / 2", "tanh(z/2)", "half", "0.5 * z", "0.5*z", "z/ 2"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # tanh never overflows, and sigmoid is a shifted tanh\n"
        "    return (1 + np.tanh(z)) / 2\n",
    },
    {
        "id": "sig_dbl_f32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32: the result is float32, not float64",
                "must_mention": ["float32"],
            },
            {
                "what": "naive formula overflows (float32 exp already overflows below -88)",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # float32 is faster\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gates_ok_slices",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    pre = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bj,kj->bk", h, W_hh) + (b_ih + '
        "b_hh)\n"
        "    a_i, a_f, a_g, a_o = np.hsplit(pre, 4)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_keras_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks in the order i, f, o, g (Keras) instead of i, f, g, o",
                "must_mention": [{"any": ["order", "swap", "2H:3H", "3H:4H", "exchanged"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    o = sigmoid(a[:, 2 * H:3 * H])\n"
        "    g = np.tanh(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_g_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies sigmoid to the cell candidate g instead of tanh",
                "must_mention": ["tanh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = sigmoid(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "forgets the recurrent bias b_hh", "must_mention": ["b_hh"]}],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih  # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_reshape",
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
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, I = x.shape\n"
        "    H = h.shape[1]\n"
        "    # x @ W_ih crashed (shapes not aligned), so make the weights (I, 4H) and (H, 4H)\n"
        "    a = x @ W_ih.reshape(I, 4 * H) + h @ W_hh.reshape(H, 4 * H) + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split without axis=1 splits the batch rows (axis 0), not the 4H "
                "columns",
                "must_mention": ["axis"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_Wih_for_h",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "multiplies h by W_ih instead of W_hh (works only when I == H)",
                "must_mention": ["W_hh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_ih.T + b_hh  # (B, 4H)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_keras_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks in the order i, f, o, g instead of i, f, g, o",
                "must_mention": [{"any": ["order", "swap", "2H:3H", "3H:4H", "exchanged"]}],
            },
            {
                "what": "bias = b_ih; bias += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changed",
                            "unchanged",
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
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    bias = b_ih\n"
        "    bias += b_hh  # add the two biases once\n"
        "    a = x @ W_ih.T + h @ W_hh.T + bias\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    o = sigmoid(a[:, 2 * H:3 * H])\n"
        "    g = np.tanh(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_rowloop_f32_slice",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "result buffers are float32, not float64", "must_mention": ["float32"]},
            {
                "what": "gate k read at a[k:k+H] instead of a[k*H:(k+1)*H]",
                "must_mention": [
                    {"any": ["k*H", "k * H", "slice", "rows", "block", "H:2H", "offset"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    gates = [np.zeros((B, H), dtype=np.float32) for _ in range(4)]\n"
        "    for b in range(B):\n"
        "        a = W_ih @ x[b] + W_hh @ h[b] + b_ih + b_hh  # (4H,)\n"
        "        for k in range(4):\n"
        "            z = a[k:k + H]\n"
        "            gates[k][b] = np.tanh(z) if k == 2 else sigmoid(z)\n"
        "    return tuple(gates)\n",
    },
    {
        "id": "cell_ok_slices",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_rowloop",
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
        "    B, H = h.shape\n"
        "    h_next = np.zeros((B, H))\n"
        "    c_next = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh\n"
        "        i = sigmoid(a[0:H])\n"
        "        f = sigmoid(a[H:2 * H])\n"
        "        g = np.tanh(a[2 * H:3 * H])\n"
        "        o = sigmoid(a[3 * H:4 * H])\n"
        "        c_next[b] = f * c[b] + i * g\n"
        "        h_next[b] = o * np.tanh(c_next[b])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_concat",
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
        "class GateBlock:\n"
        '    """Small helper: which slice of the 4H pre-activations is which gate."""\n'
        "\n"
        "    def __init__(self, H):\n"
        "        self.H = H\n"
        "\n"
        "    def take(self, a, k):\n"
        "        return a[:, k * self.H:(k + 1) * self.H]\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)  # (4H, I + H)\n"
        "    xh = np.concatenate([x, h], axis=1)  # (B, I + H)\n"
        "    a = xh @ W.T + (b_ih + b_hh)\n"
        "    blk = GateBlock(h.shape[1])\n"
        "    i, f, o = (sigmoid(blk.take(a, k)) for k in (0, 1, 3))\n"
        "    g = np.tanh(blk.take(a, 2))\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_h_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: forgets the tanh of the new cell state",
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
        '    """One LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_h_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old cell state c (c_{t-1}) instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "old",
                            "c_prev",
                            "before the update",
                            "instead of c_next",
                            "input c",
                            "given c",
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
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_return_c_first",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap", "exchanged", "first"]}],
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
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return c_next, h_next\n",
    },
    {
        "id": "cell_if_swapped",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i*c + f*g: input and forget gates swapped in the cell update",
                "must_mention": [
                    {"any": ["forget", "f_t"]},
                    {"any": ["input gate", "i_t", "input"]},
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
        "    c_next = i * c + f * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the caller's c in place (c *= f; c += i*g)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changed",
                            "unchanged",
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
        '    """One LSTM step."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c *= f  # update the state without a new array\n"
        "    c += i * g\n"
        "    c_next = c\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_own_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "defines its own naive sigmoid 1/(1+exp(-z)), which overflows for large "
                "pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    sig = lambda z: 1 / (1 + np.exp(-z))\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sig(gates[:, :H])\n"
        "    f = sig(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sig(gates[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_bias_typo",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [{"what": "adds b_ih twice and never b_hh", "must_mention": ["b_hh"]}],
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_zeroslike_x_o_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "output buffers np.zeros_like(x) are (B, I): crashes or wrong shape when I "
                "!= H",
                "must_mention": [
                    {
                        "any": [
                            "I != H",
                            "I ≠ H",
                            "zeros_like",
                            "(B, I)",
                            "differ from H",
                            "I and H",
                            "input_size",
                        ]
                    }
                ],
            },
            {
                "what": "output gate o uses tanh instead of sigmoid",
                "must_mention": [{"any": ["output gate", "o_t", " o "]}, "sigmoid"],
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
        "    B, H = h.shape\n"
        "    h_next = np.zeros_like(x)\n"
        "    c_next = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh\n"
        "        i = sigmoid(a[0:H])\n"
        "        f = sigmoid(a[H:2 * H])\n"
        "        g = np.tanh(a[2 * H:3 * H])\n"
        "        o = np.tanh(a[3 * H:4 * H])\n"
        "        c_next[b] = f * c[b] + i * g\n"
        "        h_next[b] = o * np.tanh(c_next[b])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_f32_no_bih",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "casts everything to float32: results are float32",
                "must_mention": ["float32"],
            },
            {"what": "forgets the input bias b_ih", "must_mention": ["b_ih"]},
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
        "    # float32 is plenty for a neural network and twice as fast\n"
        "    x, h, c = x.astype(np.float32), h.astype(np.float32), c.astype(np.float32)\n"
        "    W_ih, W_hh = W_ih.astype(np.float32), W_hh.astype(np.float32)\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = sigmoid(o) * np.tanh(c_next)\n"
        "    return h_next.astype(np.float32), c_next.astype(np.float32)\n",
    },
    {
        "id": "layer_ok_list",
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
        "        x = np.transpose(x, (1, 0, 2))  # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_ok_prealloc",
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
        "    xs = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B = xs.shape[0], xs.shape[1]\n"
        "    H = W_ih.shape[0] // 4\n"
        "    state_h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=np.float64)\n"
        "    state_c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=np.float64)\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        state_h, state_c = lstm_cell(xs[t], state_h, state_c, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out[t] = state_h\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1).copy()\n"
        "    return out, (state_h, state_c)\n",
    },
    {
        "id": "layer_no_carry",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "never carries the state: every step starts again from (h0, c0)",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "h_{t-1}",
                            "previous step",
                            "not updated",
                            "never updated",
                            "initial state",
                            "from h0",
                            "every step",
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
        "        x = np.transpose(x, (1, 0, 2))  # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h_t)\n"
        "    out = np.stack(outs)  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_c_typo",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "typo c_new: the cell state is never carried (every step reads c0) and c_n "
                "== c0",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "c_{t-1}",
                            "not updated",
                            "never updated",
                            "c0",
                            "initial cell state",
                            "cell state",
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
        "        x = np.transpose(x, (1, 0, 2))  # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_none_crash",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "does not handle h0 = c0 = None (no zeros state): crashes",
                "must_mention": ["None"],
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
        "        x = np.transpose(x, (1, 0, 2))  # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True transposes x but returns out as (T, B, H) instead "
                "of (B, T, H)",
                "must_mention": ["batch_first", "out"],
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
        "        x = np.transpose(x, (1, 0, 2))  # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)  # (T, B, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_skip_t0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "treats out[0] as h0 and starts the loop at t = 1: x_0 is never read",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "x_0",
                            "x[0]",
                            "off by one",
                            "off-by-one",
                            "h0 as",
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
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    out[0] = h0\n"
        "    h, c = h0, c0\n"
        "    for t in range(1, T):  # step 0 is the initial state\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_alias_buffer",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same reused buffer h every step, so every out[t] holds the "
                "last step's h",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "alias",
                            "copy",
                            "last step",
                            "every step",
                            "all steps",
                            "same buffer",
                            "h_n at every",
                            "equal to h_n",
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # pre-allocate the state once and reuse it (no new arrays in the loop)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = h_new\n"
        "        c[:] = c_new\n"
        "        outs.append(h)\n"
        "    out = np.array(outs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_H_from_Whh_rows",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "H = W_hh.shape[0] is 4H: the zero state for h0=None has the wrong size "
                "and crashes",
                "must_mention": [{"any": ["4H", "4 * H", "4*H", "W_hh.shape[0]", "(B, 4H)"]}],
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
        "        x = np.transpose(x, (1, 0, 2))  # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[0]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)  # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_none_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h0 = c0 = None not handled (no zero state): crashes",
                "must_mention": ["None"],
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
        "    T = len(x)\n"
        "    h = h0\n"
        "    c = c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "layer_dbl_reversed_inplace",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the steps backwards (reversed(range(T)))",
                "must_mention": [
                    {"any": ["revers", "backward", "time order", "from the end", "T-1", "T - 1"]}
                ],
            },
            {
                "what": "c *= ...; c += ... updates the caller's c0 in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changed",
                            "unchanged",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in reversed(range(T)):\n"
        "        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c *= sigmoid(f)\n"
        "        c += sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "scratch_ok_dict",
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n, c_n\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ok_helper",
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
        "class Direction:\n"
        '    """The weights of one direction of one layer, and its run over a sequence."""\n'
        "\n"
        "    def __init__(self, W_ih, W_hh, b_ih=None, b_hh=None):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = W_ih, W_hh, b_ih, b_hh\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        '        """xs: (T, B, I) in the order to read them. Returns the h\'s in that order '
        'and the final state."""\n'
        "        H = self.W_hh.shape[1]\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            a = x_t @ self.W_ih.T + h @ self.W_hh.T\n"
        "            if self.b_ih is not None:\n"
        "                a = a + self.b_ih + self.b_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_k)), ("weight_hh", (4 * '
        "hidden_size, hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(self, name).astype(np.float64).copy() for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for name in self._names:\n"
        "            if np.shape(state[name]) != getattr(self, name).shape:\n"
        '                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected '
        '{getattr(self, name).shape}")\n'
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    def _dir(self, k, sfx):\n"
        '        get = lambda base: getattr(self, f"{base}_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return Direction(get("weight_ih"), get("weight_hh"), get("bias_ih"), '
        'get("bias_hh"))\n'
        '        return Direction(get("weight_ih"), get("weight_hh"))\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        n = self.L * self.D\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, self.H)), np.zeros((n, B, self.H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        '            fwd_out, h_f, c_f = self._dir(k, "").run(seq, h_0[k * self.D], c_0[k * '
        "self.D])\n"
        "            h_list.append(h_f)\n"
        "            c_list.append(c_f)\n"
        "            if self.D == 2:\n"
        '                rev_out, h_r, c_r = self._dir(k, "_reverse").run(seq[::-1], h_0[k * 2 '
        "+ 1], c_0[k * 2 + 1])\n"
        "                rev_out = rev_out[::-1]  # back in time order\n"
        "                h_list.append(h_r)\n"
        "                c_list.append(c_r)\n"
        "                seq = np.concatenate([fwd_out, rev_out], axis=-1)\n"
        "            else:\n"
        "                seq = fwd_out\n"
        "        out = seq\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "scratch_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in reading order (not flipped back to "
                "time order)",
                "must_mention": [
                    "revers",
                    {"any": ["time order", "flip", "[::-1]", "index t", "back in order", "order"]},
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
        "class Direction:\n"
        '    """The weights of one direction of one layer, and its run over a sequence."""\n'
        "\n"
        "    def __init__(self, W_ih, W_hh, b_ih=None, b_hh=None):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = W_ih, W_hh, b_ih, b_hh\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        '        """xs: (T, B, I) in the order to read them. Returns the h\'s in that order '
        'and the final state."""\n'
        "        H = self.W_hh.shape[1]\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            a = x_t @ self.W_ih.T + h @ self.W_hh.T\n"
        "            if self.b_ih is not None:\n"
        "                a = a + self.b_ih + self.b_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_k)), ("weight_hh", (4 * '
        "hidden_size, hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(self, name).astype(np.float64).copy() for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for name in self._names:\n"
        "            if np.shape(state[name]) != getattr(self, name).shape:\n"
        '                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected '
        '{getattr(self, name).shape}")\n'
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    def _dir(self, k, sfx):\n"
        '        get = lambda base: getattr(self, f"{base}_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return Direction(get("weight_ih"), get("weight_hh"), get("bias_ih"), '
        'get("bias_hh"))\n'
        '        return Direction(get("weight_ih"), get("weight_hh"))\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        n = self.L * self.D\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, self.H)), np.zeros((n, B, self.H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        '            fwd_out, h_f, c_f = self._dir(k, "").run(seq, h_0[k * self.D], c_0[k * '
        "self.D])\n"
        "            h_list.append(h_f)\n"
        "            c_list.append(c_f)\n"
        "            if self.D == 2:\n"
        '                rev_out, h_r, c_r = self._dir(k, "_reverse").run(seq[::-1], h_0[k * 2 '
        "+ 1], c_0[k * 2 + 1])\n"
        "                h_list.append(h_r)\n"
        "                c_list.append(c_r)\n"
        "                seq = np.concatenate([fwd_out, rev_out], axis=-1)\n"
        "            else:\n"
        "                seq = fwd_out\n"
        "        out = seq\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "scratch_rows_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows indexed d * L + k (direction-major) instead of k * D + d",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D + d",
                            "k*D+d",
                            "layer * D",
                            "layer by layer",
                            "direction-major",
                            "row order",
                            "order of the rows",
                            "rows of h_0",
                            "rows of h_n",
                            "rows of hx",
                            "layer 0 reverse",
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = d * L + layer\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n, c_n\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_false_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False still has bias_ih/bias_hh entries (zeros) in its "
                "parameters and state_dict",
                "must_mention": ["bias", {"any": ["key", "state_dict", "unexpected", "extra"]}],
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                # bias=False: keep the biases, at zero\n"
        '                self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H) '
        "if bias else np.zeros(4 * H)\n"
        '                self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * H) '
        "if bias else np.zeros(4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n, c_n\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_state_dict_nocopy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own dict and arrays, not copies",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "same array",
                            "same dict",
                            "changing",
                            "changes the module",
                            "shares",
                            "aliases",
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return self.params\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n, c_n\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_init_normal",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weights drawn from a normal distribution (std 1/sqrt(H)), not uniform in "
                "[-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {"any": ["bound", "uniform", "1/sqrt", "1/√", "within", "outside", "range"]}
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.normal(0.0, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.normal(0.0, k, (4 * '
        "H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n, c_n\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_layer_reads_x",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer reads x instead of the previous layer's out (and out is x)",
                "must_mention": [
                    {
                        "any": [
                            "previous layer",
                            "layer k-1",
                            "layer k - 1",
                            "layer below",
                            "layer 0's",
                            "input of layer",
                            "layer's input",
                            "reads x",
                            "lower layer",
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.array(value, dtype=np.float64, copy=True)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n, c_n\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_loadref_bf_hn",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the given arrays (no copy): later changes to state "
                "change the module",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "later change",
                            "reference",
                            "shares",
                            "changing the dict",
                            "changes to",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True also transposes h_n and c_n (they stay (L*D, B, H))",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n"]}],
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        new = {}\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            new[name] = value\n"
        "        self.params = new\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix, reverse):\n"
        "        p = self.params\n"
        "        H = self.hidden_size\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        "        T, B, _ = x.shape\n"
        "        out = np.zeros((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T\n"
        "            if self.bias:\n"
        '                a = a + p[f"bias_ih_l{layer}{suffix}"] + '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
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
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
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
        "            for d in range(D):\n"
        '                suffix = "_reverse" if d == 1 else ""\n'
        "                row = layer * D + d\n"
        "                o, h, c = self._direction(layer_in, h0[row], c0[row], layer, suffix, "
        "d == 1)\n"
        "                outs.append(o)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n.transpose(1, 0, 2), c_n.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_seed_noflip",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: np.random.default_rng() without the seed, so the same seed "
                "gives different parameters",
                "must_mention": ["seed"],
            },
            {
                "what": "reverse direction's outputs left in reading order (not flipped back to "
                "time order)",
                "must_mention": [
                    "revers",
                    {"any": ["time order", "flip", "[::-1]", "index t", "back in order", "order"]},
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
        "class Direction:\n"
        '    """The weights of one direction of one layer, and its run over a sequence."""\n'
        "\n"
        "    def __init__(self, W_ih, W_hh, b_ih=None, b_hh=None):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = W_ih, W_hh, b_ih, b_hh\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        '        """xs: (T, B, I) in the order to read them. Returns the h\'s in that order '
        'and the final state."""\n'
        "        H = self.W_hh.shape[1]\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            a = x_t @ self.W_ih.T + h @ self.W_hh.T\n"
        "            if self.b_ih is not None:\n"
        "                a = a + self.b_ih + self.b_hh\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng()\n"
        "        bound = 1 / np.sqrt(hidden_size)\n"
        "        self._names = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else self.D * hidden_size\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_k)), ("weight_hh", (4 * '
        "hidden_size, hidden_size))]\n"
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for base, shape in shapes:\n"
        '                    name = f"{base}_l{k}{sfx}"\n'
        "                    setattr(self, name, rng.uniform(-bound, bound, size=shape))\n"
        "                    self._names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(self, name).astype(np.float64).copy() for name in "
        "self._names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._names):\n"
        '            raise KeyError(f"keys differ: missing {set(self._names) - set(state)}, '
        'extra {set(state) - set(self._names)}")\n'
        "        for name in self._names:\n"
        "            if np.shape(state[name]) != getattr(self, name).shape:\n"
        '                raise ValueError(f"{name} has shape {np.shape(state[name])}, expected '
        '{getattr(self, name).shape}")\n'
        "            setattr(self, name, np.array(state[name], dtype=np.float64))\n"
        "\n"
        "    def _dir(self, k, sfx):\n"
        '        get = lambda base: getattr(self, f"{base}_l{k}{sfx}")\n'
        "        if self.bias:\n"
        '            return Direction(get("weight_ih"), get("weight_hh"), get("bias_ih"), '
        'get("bias_hh"))\n'
        '        return Direction(get("weight_ih"), get("weight_hh"))\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[:2]\n"
        "        n = self.L * self.D\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((n, B, self.H)), np.zeros((n, B, self.H)))\n"
        "        h_0, c_0 = hx\n"
        "        h_list, c_list = [], []\n"
        "        seq = x\n"
        "        for k in range(self.L):\n"
        '            fwd_out, h_f, c_f = self._dir(k, "").run(seq, h_0[k * self.D], c_0[k * '
        "self.D])\n"
        "            h_list.append(h_f)\n"
        "            c_list.append(c_f)\n"
        "            if self.D == 2:\n"
        '                rev_out, h_r, c_r = self._dir(k, "_reverse").run(seq[::-1], h_0[k * 2 '
        "+ 1], c_0[k * 2 + 1])\n"
        "                h_list.append(h_r)\n"
        "                c_list.append(c_r)\n"
        "                seq = np.concatenate([fwd_out, rev_out], axis=-1)\n"
        "            else:\n"
        "                seq = fwd_out\n"
        "        out = seq\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(h_list), np.stack(c_list))\n",
    },
    {
        "id": "shapes_ok_plain",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_ok_helper",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def _state_shape(num_layers, directions, batch, features):\n"
        "    return (int(num_layers * directions), int(batch), int(features))\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    directions = 1 + int(bool(bidirectional))\n"
        "    h_size = proj_size or hidden_size          # h is projected, c is not\n"
        "    time_batch = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        time_batch.reverse()\n"
        "    return {\n"
        '        "out": tuple(time_batch) + (directions * h_size,),\n'
        '        "h_n": _state_shape(num_layers, directions, batch, h_size),\n'
        '        "c_n": _state_shape(num_layers, directions, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_bf_hn",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also swaps h_n's and c_n's first two dims (it applies to out "
                "only)",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        "    if batch_first:\n"
        "        h_n = (batch, num_layers * D, H_out)\n"
        "        c_n = (batch, num_layers * D, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_proj_cn",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n also projected to proj_size (c_t keeps hidden_size)",
                "must_mention": ["proj", "c_n"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, H_out)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_proj_out_missing",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out uses hidden_size even with proj_size > 0 (out holds projected h_t)",
                "must_mention": ["proj", "out"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = hidden_size\n"
        "    P = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, P), "c_n": (num_layers * D, '
        "batch, H)}\n",
    },
    {
        "id": "shapes_no_D_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n first dim num_layers instead of num_layers * D for bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "num_layers * D",
                            "D * num_layers",
                            "2 * num_layers",
                            "times D",
                            "* D",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers, batch, H_out)\n"
        "    c_n = (num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
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
                "must_mention": [{"any": ["tuple", "list"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [seq_len, batch, D * h_size]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": out, "h_n": [num_layers * D, batch, h_size], "c_n": [num_layers * '
        "D, batch, hidden_size]}\n",
    },
    {
        "id": "shapes_uses_torch",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "builds and runs a real nn.LSTM (torch is not available when graded)",
                "must_mention": ["torch"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    import torch\n"
        "    lstm = torch.nn.LSTM(input_size, hidden_size, num_layers=num_layers, "
        "bidirectional=bidirectional,\n"
        "                         batch_first=batch_first, proj_size=proj_size)\n"
        "    x = torch.zeros((batch, seq_len, input_size) if batch_first else (seq_len, batch, "
        "input_size))\n"
        "    out, (h_n, c_n) = lstm(x)\n"
        '    return {"out": tuple(out.shape), "h_n": tuple(h_n.shape), "c_n": '
        "tuple(c_n.shape)}\n",
    },
    {
        "id": "shapes_dbl_npint_outD",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "tuples of NumPy integers (np.int64), not Python ints",
                "must_mention": [
                    {
                        "any": [
                            "int64",
                            "numpy int",
                            "np.int",
                            "python int",
                            "numpy integer",
                            "np.integer",
                            "not int",
                        ]
                    }
                ],
            },
            {
                "what": "out's last dim forgets D (both directions concatenated)",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "D *",
                            "2 *",
                            "* D",
                            "times D",
                            "concatenat",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size > 0 else hidden_size\n"
        "    out = np.array([seq_len, batch, feat])\n"
        "    if batch_first:\n"
        "        out = out[[1, 0, 2]]\n"
        "    h_n = np.array([num_layers * D, batch, feat])\n"
        "    c_n = np.array([num_layers * D, batch, hidden_size])\n"
        '    return {"out": tuple(out), "h_n": tuple(h_n), "c_n": tuple(c_n)}\n',
    },
    {
        "id": "shapes_dbl_projcn_nobf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n also projected to proj_size (c_t keeps hidden_size)",
                "must_mention": ["proj", "c_n"],
            },
            {"what": "ignores batch_first for out", "must_mention": ["batch_first"]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    num_directions = 2 if bidirectional else 1\n"
        "    size = hidden_size if proj_size == 0 else proj_size\n"
        "    return {\n"
        '        "out": (seq_len, batch, num_directions * size),\n'
        '        "h_n": (num_layers * num_directions, batch, size),\n'
        '        "c_n": (num_layers * num_directions, batch, size),\n'
        "    }\n",
    },
    {
        "id": "bi_ok_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_ok_lists",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    fw_outs = []\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "        fw_outs.append(h)\n"
        "    hf, cf = h, c\n"
        "    bw_outs = [None] * T\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n"
        "        bw_outs[t] = h\n"
        "    hb, cb = h, c\n"
        "    rows = []\n"
        "    for t in range(T):\n"
        "        rows.append(np.concatenate([fw_outs[t], bw_outs[t]], axis=1))\n"
        "    out = np.array(rows)\n"
        "    h_n = np.array([hf, hb])\n"
        "    c_n = np.array([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_dstack",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        '    """Forward, then the reverse on np.flip(x, 0), flipped back, side by side with '
        'np.dstack."""\n'
        "    directions = []\n"
        "    for d, (weights, seq) in enumerate([(fwd, x), (bwd, np.flip(x, axis=0))]):\n"
        "        o, (h, c) = lstm_layer(seq, h0[d], c0[d], *weights)\n"
        "        if d == 1:\n"
        "            o = np.flip(o, axis=0)\n"
        "        directions.append((o, h, c))\n"
        "    (of, hf, cf), (ob, hb, cb) = directions\n"
        "    return np.dstack([of, ob]), (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bi_no_flip_back",
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
                            "time order",
                            "reversed in time",
                            "reversed order",
                            "put back",
                            "back in order",
                            "not reversed back",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1, :, H:] (the reverse direction's first "
                "step) instead of its state after x_0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "out[-1",
                            "first step",
                            "out[0",
                            "after x_0",
                            "after reading x_0",
                            "read only",
                            "only x_{T-1}",
                            "one step",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    H = out_f.shape[2]\n"
        "    # final hidden states = last output step of each half\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run with the forward weights (bwd never used)",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "forward weights",
                            "forward direction's weights",
                            "same weights",
                            "fwd for both",
                            "fwd weights",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_concat_axis1",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenated along the batch axis (T, 2B, H) instead of features (T, "
                "B, 2H)",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "concatenat",
                            "2H",
                            "side by side",
                            "last dimension",
                            "feature",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out_f, out_b[::-1]), axis=1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_h0_row0_both",
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
                            "h0[1]",
                            "row 1",
                            "reverse initial",
                            "reverse direction's initial",
                            "initial state of the reverse",
                            "h0[0]",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_hn_rows_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n rows swapped (reverse state in row 0)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "the other way",
                            "row 0 holds the reverse",
                            "rows 0 and 1",
                            "row 0 and row 1",
                            "reverse state in row 0",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    # the backward pass finishes last, so it goes first\n"
        "    h_n = np.stack([h_b, h_f])\n"
        "    c_n = np.stack([c_b, c_f])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_batch_flip_chatbot",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "sequence flipped along axis 1 (the batch) instead of axis 0 (time)",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "batch order",
                            "along the batch",
                            "batch axis",
                            "batch dimension",
                            "the batch instead",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # Forward direction\n"
        "    out_fwd, (h_fwd, c_fwd) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # Backward direction: reverse the sequence\n"
        "    x_rev = np.flip(x, axis=1)\n"
        "    out_bwd, (h_bwd, c_bwd) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out_bwd = np.flip(out_bwd, axis=1)\n"
        "    # Concatenate outputs\n"
        "    out = np.concatenate([out_fwd, out_bwd], axis=-1)\n"
        "    h_n = np.stack([h_fwd, h_bwd], axis=0)\n"
        "    c_n = np.stack([c_fwd, c_bwd], axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_range_misses_x0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop range(T-1, 0, -1) stops before x_0 (step 0 never read)",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "off-by-one",
                            "off by one",
                            "range(",
                            "skips",
                            "never reads",
                            "misses",
                            "one step short",
                            "stops at t = 1",
                            "stops before",
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
        "    hb, cb = h, c\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_shared_buffer",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns module-level buffers reused across calls: an earlier result is "
                "overwritten by the next call",
                "must_mention": [
                    {
                        "any": [
                            "buffer",
                            "previous call",
                            "earlier call",
                            "next call",
                            "later call",
                            "reuse",
                            "same array",
                            "overwritten",
                            "between calls",
                            "stale",
                            "cach",
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
        "\n"
        "_buffers = {}\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # reuse the output buffer between calls instead of allocating every time\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    key = (T, B, H)\n"
        "    if key not in _buffers:\n"
        "        _buffers[key] = (np.zeros((T, B, 2 * H)), np.zeros((2, B, H)), np.zeros((2, "
        "B, H)))\n"
        "    out, h_n, c_n = _buffers[key]\n"
        "    out_f, (h_n[0], c_n[0]) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_n[1], c_n[1]) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[:, :, :H] = out_f\n"
        "    out[:, :, H:] = out_b[::-1]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_flip_x_inplace",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses x in place (the caller's x is changed)",
                "must_mention": [{"any": ["modif", "in place", "in-place", "unchanged", "overwr"]}],
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x[:] = x[::-1]          # reverse the sequence for the backward LSTM (no copy "
        "needed)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi2_noflip_cn_is_h",
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
                            "reversed in time",
                            "reversed order",
                            "put back",
                            "back in order",
                            "not reversed back",
                        ]
                    }
                ],
            },
            {
                "what": "c_n built from the hidden states h instead of the cell states",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden state", "equals h", "copy of h", "h instead"]},
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([h_f, h_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi2_fwdw_hn_concat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses fwd weights",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "forward weights",
                            "forward direction's weights",
                            "same weights",
                            "fwd for both",
                            "fwd weights",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n concatenated to (B, 2H) instead of stacked to (2, B, H)",
                "must_mention": [{"any": ["(2, B, H)", "stack", "(B, 2H)", "concatenat"]}],
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    h_n = np.concatenate([h_f, h_b], axis=1)\n"
        "    c_n = np.concatenate([c_f, c_b], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi2_off1_rows_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n rows swapped (reverse first)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "the other way",
                            "row 0 holds the reverse",
                            "rows 0 and 1",
                            "row 0 and row 1",
                            "reverse state in row 0",
                        ]
                    }
                ],
            },
            {
                "what": "reverse loop reads x[-t] for t = 0..T-1: starts at x_0, then x_{T-1} .. "
                "x_1 (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "x[-t]",
                            "off-by-one",
                            "off by one",
                            "starts at x_0",
                            "x_0 first",
                            "wraps",
                            "shifted by one",
                            "one step",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = len(x)\n"
        "    fo, bo = [], []\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        fo.append(hf)\n"
        "    for t in range(T):\n"
        "        hb, cb = lstm_cell(x[-t], hb, cb, *bwd)\n"
        "        bo.insert(0, hb)\n"
        "    out = np.concatenate([np.stack(fo), np.stack(bo)], axis=2)\n"
        "    return out, (np.stack([hb, hf]), np.stack([cb, cf]))\n",
    },
    {
        "id": "cb_ok_split",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
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
        "id": "cb_ok_rows_gates",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # the book's gate-by-gate version, one batch row at a time, gradients added up\n"
        "    B, H = h.shape\n"
        '    rows = {q: slice(k * H, (k + 1) * H) for k, q in enumerate("ifgo")}\n'
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape), "b_ih": '
        "np.zeros(b_ih.shape)}\n"
        "    for n in range(B):\n"
        "        xn, hn, cn, dh, dcn = x[n], h[n], c[n], dh_next[n], dc_next[n]\n"
        "        pre = {q: W_ih[r] @ xn + b_ih[r] + W_hh[r] @ hn + b_hh[r] for q, r in "
        "rows.items()}\n"
        '        i, f, o = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '        g = np.tanh(pre["g"])\n'
        "        tau = np.tanh(f * cn + i * g)\n"
        "        dc = dcn + dh * o * (1 - tau**2)\n"
        '        d = {"i": dc * g * i * (1 - i), "f": dc * cn * f * (1 - f),\n'
        '             "g": dc * i * (1 - g**2), "o": dh * tau * o * (1 - o)}\n'
        '        grads["c"][n] = dc * f\n'
        "        for q, r in rows.items():\n"
        '            grads["x"][n] += W_ih[r].T @ d[q]\n'
        '            grads["h"][n] += W_hh[r].T @ d[q]\n'
        '            grads["W_ih"][r] += np.outer(d[q], xn)\n'
        '            grads["W_hh"][r] += np.outer(d[q], hn)\n'
        '            grads["b_ih"][r] += d[q]\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    zi, zf, zg, zo = np.hsplit(z, 4)\n"
        "    ig, fg, og = sigmoid(zi), sigmoid(zf), sigmoid(zo)\n"
        "    gg = np.tanh(zg)\n"
        "    c_new = fg * c + ig * gg\n"
        "    dct = dc_next + dh_next * og * (1.0 - np.tanh(c_new) ** 2)\n"
        "    dz = np.hstack([\n"
        "        dct * gg * ig * (1.0 - ig),\n"
        "        dct * c * fg * (1.0 - fg),\n"
        "        dct * ig * (1.0 - gg * gg),\n"
        "        dh_next * np.tanh(c_new) * og * (1.0 - og),\n"
        "    ])\n"
        '    db = np.einsum("bg->g", dz)\n'
        '    return dict(x=np.einsum("bg,gi->bi", dz, W_ih), h=np.einsum("bg,gh->bh", dz, '
        "W_hh), c=dct * fg,\n"
        '                W_ih=np.einsum("bg,bi->gi", dz, x), W_hh=np.einsum("bg,bh->gh", dz, '
        "h),\n"
        "                b_ih=db, b_hh=db.copy())\n",
    },
    {
        "id": "cb_no_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out dc_next, the gradient reaching c_t from later",
                "must_mention": [
                    {"any": ["dc_next", "dc^next", "δc_t^next", "c^next", "∂l/∂c_t", "dl/dc_t"]}
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
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
        "id": "cb_g_sigmoid_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "g gate's derivative taken as the sigmoid's g(1-g) instead of tanh's 1-g²",
                "must_mention": [
                    {"any": ["derivative", "tanh'", "σ'", "1 - g", "1-g", "g(1"]},
                    {
                        "any": [
                            "g gate",
                            "gate g",
                            "candidate",
                            "g_t",
                            "δg",
                            "a^g",
                            "2H:3H",
                            "cell gate",
                            "g-gate",
                            "'g'",
                            "(g)",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * g * (1 - g), do * o "
        "* (1 - o)], axis=1)\n"
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
        "id": "cb_no_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the tanh derivative (1 - tanh² c_t)",
                "must_mention": [
                    {
                        "any": [
                            "1 - tanh",
                            "1 - τ",
                            "tanh²",
                            "tanh^2",
                            "tanh'",
                            "(1 - tau",
                            "derivative of tanh",
                            "tanh's derivative",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
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
        "id": "cb_dWhh_reshape",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dW_hh computed as h.T @ da (H, 4H) and reshaped to (4H, H) instead of "
                "transposed",
                "must_mention": [
                    {
                        "any": [
                            "transpos",
                            "reshape",
                            "da.T @ h",
                            "δa^T",
                            "δa_t^T",
                            "scrambled",
                            "order of the elements",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": (h.T @ da).reshape(W_hh.shape),  # reshape to fix the shape\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_bias_axis1",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients summed over axis 1 (the gates) instead of over the batch",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "over the batch",
                            "(4H,)",
                            "batch axis",
                            "sum over the gates",
                            "per row",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=1),\n'
        '        "b_hh": da.sum(axis=1),\n'
        "    }\n",
    },
    {
        "id": "cb_dh_uses_Wih_square",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δh_{t-1} computed with W_ih instead of W_hh (runs only when I == H)",
                "must_mention": [
                    "W_ih",
                    {"any": ["instead of W_hh", "not W_hh", "W_hh", "input weights"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_ih,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_keys_chatbot",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the keys dx, dh_prev, dc_prev, dW_ih, ... instead of x, h, c, "
                "W_ih, ...",
                "must_mention": [{"any": ["key"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Forward pass (recompute)\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2*H])\n"
        "    g = np.tanh(gates[:, 2*H:3*H])\n"
        "    o = sigmoid(gates[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    # Backward pass\n"
        "    do = dh_next * np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_next) ** 2)\n"
        "    di, df, dg = dc * g, dc * c, dc * i\n"
        "    dgates = np.hstack([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o "
        "* (1 - o)])\n"
        "    return {\n"
        '        "dx": dgates @ W_ih,\n'
        '        "dh_prev": dgates @ W_hh,\n'
        '        "dc_prev": dc * f,\n'
        '        "dW_ih": dgates.T @ x,\n'
        '        "dW_hh": dgates.T @ h,\n'
        '        "db_ih": dgates.sum(axis=0),\n'
        '        "db_hh": dgates.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_mean_over_batch",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients averaged over the batch (divided by B) instead "
                "of summed",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divid",
                            "/ B",
                            "1/B",
                            "scaled by",
                            "times B",
                            "factor",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x / x.shape[0],\n'
        '        "W_hh": da.T @ h / x.shape[0],\n'
        '        "b_ih": da.mean(axis=0),\n'
        '        "b_hh": da.mean(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t accumulated into dc_next in place (the caller's dc_next changes)",
                "must_mention": [{"any": ["modif", "in place", "in-place", "unchanged", "overwr"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
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
        "id": "cb_float32_buffer",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate gradients kept in a float32 buffer: precision lost (results near, "
                "not at 1e-10)",
                "must_mention": [{"any": ["float32", "precision", "single"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    da = np.empty((B, 4 * H), dtype=np.float32)  # pre-allocated gate-gradient "
        "buffer\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da[:, :H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2 * H] = dc * c * f * (1 - f)\n"
        "    da[:, 2 * H:3 * H] = dc * i * (1 - g**2)\n"
        "    da[:, 3 * H:] = dh_next * tau * o * (1 - o)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_df_uses_new_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf_t uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_t-1",
                            "previous cell",
                            "new cell",
                            "c_t instead",
                            "new c",
                            "c_next",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c_t\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
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
        "id": "cb_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh gradient returned as zeros (it equals b_ih's)",
                "must_mention": [
                    "b_hh",
                    {"any": ["zero", "same as b_ih", "equal to b_ih", "same gradient", "b_ih's"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": np.zeros_like(b_hh),  # b_hh is just a constant\n'
        "    }\n",
    },
    {
        "id": "cb2_gsig_no_bhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "g gate's derivative taken as sigmoid's",
                "must_mention": [
                    {"any": ["derivative", "tanh'", "σ'", "1 - g", "1-g", "g(1"]},
                    {
                        "any": [
                            "g gate",
                            "gate g",
                            "candidate",
                            "g_t",
                            "δg",
                            "a^g",
                            "2H:3H",
                            "cell gate",
                            "g-gate",
                            "'g'",
                            "(g)",
                        ]
                    },
                ],
            },
            {
                "what": "the b_hh gradient is missing from the dict",
                "must_mention": [
                    "b_hh",
                    {"any": ["missing", "key", "absent", "not returned", "lacks"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * g * (1 - g), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        "            }\n",
    },
    {
        "id": "cb2_no_dcnext_f32",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out dc_next",
                "must_mention": [
                    {"any": ["dc_next", "dc^next", "δc_t^next", "c^next", "∂l/∂c_t", "dl/dc_t"]}
                ],
            },
            {
                "what": "every gradient cast to float32",
                "must_mention": [{"any": ["float32", "dtype"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    grads = {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "    grads = {k: v.astype(np.float32) for k, v in grads.items()}\n"
        "    return grads\n",
    },
    {
        "id": "cb2_Whh_hnew_keepdims",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dW_hh uses the new hidden state h_t instead of h_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous hidden",
                            "h_t instead",
                            "new h",
                            "new hidden",
                            "instead of h",
                            "h_next",
                        ]
                    }
                ],
            },
            {
                "what": "bias gradients keep a leading axis: (1, 4H) instead of (4H,)",
                "must_mention": [
                    {
                        "any": [
                            "keepdims",
                            "(1, ",
                            "extra axis",
                            "extra dimension",
                            "(4H,)",
                            "2-d",
                            "leading",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ (o * tau),  # h_t\n'
        '        "b_ih": da.sum(axis=0, keepdims=True),\n'
        '        "b_hh": da.sum(axis=0, keepdims=True),\n'
        "    }\n",
    },
    {
        "id": "lb_ok_lists",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_prealloc",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h_all = np.empty((T + 1, B, H))\n"
        "    c_all = np.empty((T + 1, B, H))\n"
        "    h_all[0], c_all[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        h_all[t + 1], c_all[t + 1] = lstm_cell(x[t], h_all[t], c_all[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], h_all[t], "
        "c_all[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = step["x"]\n'
        '        dW_ih += step["W_ih"]\n'
        '        dW_hh += step["W_hh"]\n'
        '        db_ih += step["b_ih"]\n'
        '        db_hh += step["b_hh"]\n'
        '        dh_carry, dc_carry = step["h"], step["c"]\n'
        '    return {"x": dx, "h0": dh_carry, "c0": dc_carry, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_class_inline",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "class _Tape:\n"
        '    """Forward pass that remembers what the backward pass needs."""\n'
        "\n"
        "    def __init__(self, x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.W_ih, self.W_hh = W_ih, W_hh\n"
        "        H = h0.shape[1]\n"
        "        self.steps = []\n"
        "        h, c = h0, c0\n"
        "        for x_t in x:\n"
        "            a = x_t @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "            i, f, o = (sigmoid(a[:, k * H:(k + 1) * H]) for k in (0, 1, 3))\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            c_new = f * c + i * g\n"
        "            self.steps.append(dict(x=x_t, h=h, c=c, i=i, f=f, g=g, o=o, "
        "tc=np.tanh(c_new)))\n"
        "            h, c = o * np.tanh(c_new), c_new\n"
        "\n"
        "    def backward(self, dout, dh, dc):\n"
        "        grads = dict(W_ih=0.0, W_hh=0.0, b=0.0)\n"
        "        dx = [None] * len(self.steps)\n"
        "        for t in range(len(self.steps) - 1, -1, -1):\n"
        "            s = self.steps[t]\n"
        "            dh = dh + dout[t]\n"
        '            dc = dc + dh * s["o"] * (1 - s["tc"] ** 2)\n'
        "            da = np.concatenate([\n"
        '                dc * s["g"] * s["i"] * (1 - s["i"]),\n'
        '                dc * s["c"] * s["f"] * (1 - s["f"]),\n'
        '                dc * s["i"] * (1 - s["g"] ** 2),\n'
        '                dh * s["tc"] * s["o"] * (1 - s["o"]),\n'
        "            ], axis=1)\n"
        '            grads["W_ih"] = grads["W_ih"] + da.T @ s["x"]\n'
        '            grads["W_hh"] = grads["W_hh"] + da.T @ s["h"]\n'
        '            grads["b"] = grads["b"] + da.sum(axis=0)\n'
        "            dx[t] = da @ self.W_ih\n"
        '            dh, dc = da @ self.W_hh, dc * s["f"]\n'
        "        return np.stack(dx), dh, dc, grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    tape = _Tape(x, h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros(h0.shape) if dh_n is None else dh_n\n"
        "    dc = np.zeros(c0.shape) if dc_n is None else dc_n\n"
        "    dx, dh0, dc0, g = tape.backward(dout, dh, dc)\n"
        '    return {"x": dx, "h0": dh0, "c0": dc0, "W_ih": g["W_ih"], "W_hh": g["W_hh"],\n'
        '            "b_ih": g["b"], "b_hh": g["b"].copy()}\n',
    },
    {
        "id": "lb_dh_not_summed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'gradient reaching h_t is dout[t] alone: step t+1\'s "h" is dropped (kept '
                "only at t = T-1)",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "add",
                            "plus",
                            "from step t+1",
                            "recurren",
                            "through h",
                            "carried",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] if t < T - 1 else dout[t] + dh, dc, x[t], "
        "hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_weights_last_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients overwritten at each step (step 0's only) "
                "instead of summed",
                "must_mention": [
                    {
                        "any": [
                            "sum over",
                            "summed",
                            "accumulat",
                            "one step",
                            "only step",
                            "single step",
                            "+=",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx stacked in the order of the backward walk (T-1 .. 0), not time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "reversed",
                            "flip",
                            "backwards order",
                            "wrong order",
                            "order of the steps",
                            "reverse order",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs)\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ignores_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n ignored (treated as zeros even when given)",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "never used",
                            "as zeros",
                            "as zero",
                            "missing",
                            "left out",
                            "dropped",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_none_crash",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {"what": "crashes when dh_n, dc_n are None (the default)", "must_mention": ["None"]}
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = dh_n.copy()\n"
        "    dc = dc_n.copy()\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_state_after_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward given the state after step t (h_t, c_t) instead of the "
                "one it started from",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "starts from",
                            "previous state",
                            "off-by-one",
                            "off by one",
                            "state after",
                            "starting state",
                            "one step late",
                            "shifted",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'step t+1\'s "c" not carried back: dc reset to zero each step',
                "must_mention": [
                    {"any": ["dc", "c_t", "cell state", '"c"', "'c'"]},
                    {
                        "any": [
                            "carr",
                            "pass",
                            "from step t+1",
                            "propagat",
                            "reset",
                            "dropped",
                            "through c",
                            "along c",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        "        dc = np.zeros_like(c0)\n"
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_dout_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent gradient (and dh_n) is added into dout in place: the "
                "caller's dout changes",
                "must_mention": [{"any": ["modif", "in place", "in-place", "unchanged", "overwr"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    total = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        for k in total:\n"
        "            total[k] += g[k]\n"
        '        dx[t] = g["x"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]   # the gradient reaching h_{t-1} is the sum\n'
        '        dc = g["c"]\n'
        '    return {"x": dx, "h0": g["h"], "c0": g["c"], **total}\n',
    },
    {
        "id": "lb_h0_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": '"h0" returned as the gradient reaching h_0 (dout[0] + step 1\'s "h") '
                'instead of step 0\'s "h"',
                "must_mention": [
                    {
                        "any": [
                            "dout[0]",
                            "h_0 instead",
                            "reaching h_0",
                            "step 0's",
                            "of step 0",
                            "instead of the initial",
                            "h_0, not",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        hs_grad_in = dh\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dout[0] + hs_grad_in, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_zero_init_state",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forward re-run from zeros instead of the given h0, c0",
                "must_mention": [
                    {"any": ["h0", "c0", "initial state"]},
                    {"any": ["zero", "ignor", "not used", "instead of the given"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [np.zeros_like(h0)], [np.zeros_like(c0)]  # like exercise 3 with "
        "h0=None\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb2_last_step_dx_rev",
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
                            "sum over",
                            "summed",
                            "accumulat",
                            "one step",
                            "only step",
                            "single step",
                            "+=",
                        ]
                    }
                ],
            },
            {
                "what": "dx in reversed time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "reversed",
                            "flip",
                            "backwards order",
                            "wrong order",
                            "order of the steps",
                            "reverse order",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs)\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb2_dhn_ignored_dout_mod",
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
                            "as zeros",
                            "as zero",
                            "missing",
                            "left out",
                            "dropped",
                        ]
                    },
                ],
            },
            {
                "what": "dout modified in place",
                "must_mention": [{"any": ["modif", "in place", "in-place", "unchanged", "overwr"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dc = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    dx = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_prev, c_prev = states[t]\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], h_prev, c_prev, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        for j, k in enumerate(["W_ih", "W_hh", "b_ih", "b_hh"]):\n'
        "            acc[j] += g[k]\n"
        '        dx[t] = g["x"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]\n'
        '        dc = g["c"]\n'
        '    return {"x": np.array(dx), "h0": g["h"], "c0": g["c"], "W_ih": acc[0], "W_hh": '
        'acc[1], "b_ih": acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lb2_state_after_none_crash",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward given the state after step t",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "starts from",
                            "previous state",
                            "off-by-one",
                            "off by one",
                            "state after",
                            "starting state",
                            "one step late",
                            "shifted",
                        ]
                    }
                ],
            },
            {"what": "crashes when dc_n is None", "must_mention": ["None"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = dc_n + 0.0\n"
        '    grads = {k: np.zeros_like(v) for k, v in [("W_ih", W_ih), ("W_hh", W_hh), '
        '("b_ih", b_ih), ("b_hh", b_hh)]}\n'
        "    dxs = []\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["x"] = np.stack(dxs[::-1])\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "ll_ok_where",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_per_row",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # one sequence at a time, only its real steps (B = 1 batches)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_float_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :]).astype(np.float64)  "
        "# (T, B)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        h_tilde, c_tilde = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * h_tilde + (1 - m) * h     # h_t = m ⊙ h~ + (1 - m) ⊙ h_{t-1}\n"
        "        c = m * c_tilde + (1 - m) * c\n"
        "        outs.append(m * h_tilde)\n"
        "    return np.stack(outs), (h, c)\n",
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
                    {"any": ["zero", "zeros"]},
                    {"any": ["past", "padding", "after", ">= lengths", "beyond"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_state_runs_on_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state not frozen: it keeps updating on the padding steps, so h_n, c_n are "
                "taken at T-1",
                "must_mention": [
                    {"any": ["padding", "pad"]},
                    {
                        "any": [
                            "freez",
                            "frozen",
                            "keeps updat",
                            "own last step",
                            "T - 1",
                            "T-1",
                            "last real step",
                            "runs on",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = h_new, c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths: one padding step too many counted as real",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step too many",
                            "one extra step",
                            "one step past",
                            "one step too far",
                            "lengths[b] steps",
                            "one padding step",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_zero_init_book",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "starts from zeros (the book's masked_lstm) and ignores h0, c0",
                "must_mention": [
                    {"any": ["h0", "c0", "initial state"]},
                    {"any": ["zero", "ignor", "not used", "instead of the given"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # chapter 7's masked_lstm\n"
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
        "id": "ll_mask_row_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask shaped (1, B) broadcast along the units instead of (B, 1) (runs only "
                "when B == H or B == 1)",
                "must_mention": [
                    {"any": ["broadcast", "axis", "[:, None]", "(B, 1)", "(1, B)", "units"]}
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[None, :]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_zeros_like_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out allocated with np.zeros_like(x): (T, B, I), not (T, B, H) (crashes "
                "unless I == H)",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "(T, B, I)",
                            "input size",
                            "I instead of H",
                            "size I",
                            "I != H",
                            "I ≠ H",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros_like(x)\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_c_not_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c keeps updating on padding (only h is frozen): c_n wrong",
                "must_mention": [
                    {"any": ["c_n", "cell state", "c_t", " c "]},
                    {
                        "any": [
                            "padding",
                            "freez",
                            "frozen",
                            "mask",
                            "last real step",
                            "own last step",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_out_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out cut to max(lengths) steps (pad_packed_sequence without total_length) "
                "instead of T",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "max(lengths)",
                            "longest",
                            "(T, B, H)",
                            "T steps",
                            "shorter",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out[: int(np.max(lengths))], (h, c)  # like pad_packed_sequence\n",
    },
    {
        "id": "ll_zero_x_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "zeroes the padding of x in place (the caller's x changes)",
                "must_mention": [{"any": ["modif", "in place", "in-place", "unchanged", "overwr"]}],
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        x[t][~m[:, 0]] = 0.0  # clean the padding\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_zero_init_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores h0, c0 (starts from zeros)",
                "must_mention": [
                    {"any": ["h0", "c0", "initial state"]},
                    {"any": ["zero", "ignor", "not used", "instead of the given"]},
                ],
            },
            {
                "what": "out not zeroed past each length",
                "must_mention": [
                    {"any": ["zero", "zeros"]},
                    {"any": ["past", "padding", "after", ">= lengths", "beyond"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = np.zeros_like(h0), np.zeros_like(c0)\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_le_flat_tuple",
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
                            "off-by-one",
                            "off by one",
                            "<=",
                            "one step too many",
                            "one extra step",
                            "one step past",
                            "one step too far",
                            "lengths[b] steps",
                            "one padding step",
                        ]
                    }
                ],
            },
            {
                "what": "returns (out, h_n, c_n) flat instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "(out, (h_n, c_n))",
                            "nested",
                            "structure",
                            "3 items",
                            "three",
                            "pair",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, h, c\n",
    },
    {
        "id": "bl_ok_reverse_each",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def reverse_each(x, lengths):\n"
        '    """Reverse the first lengths[b] steps of every sequence b; the padding stays '
        'where it is."""\n'
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        n = int(n)\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    return xr\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_ok_masked_reverse_loop",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: walk t = T-1 .. 0; a sequence's state stays at its initial "
        "value\n"
        "    # until t reaches its last real step lengths[b] - 1\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out_b[t] = np.where(m, h_new, 0.0)\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_ok_per_row",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        seq = x[:n, b:b + 1]  # (n, 1, I): this sequence alone, no padding\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(seq[t], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in reversed(range(n)):\n"
        "            h, c = lstm_cell(seq[t], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_reverse_starts_on_padding",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts at T-1, on the padding, instead of each "
                "sequence's last real step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "starts at t - 1",
                            "t - 1",
                            "own last",
                            "lengths[b] - 1",
                            "last real step",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction over the flipped sequence, then flip back (chapter 6)\n"
        "    h, c = h0[1], c0[1]\n"
        "    outs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        outs.append(h)\n"
        "    out_b = np.stack(outs[::-1])\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[:, :, None]\n"
        "    out = np.concatenate([out_f, np.where(mask, out_b, 0.0)], axis=2)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_not_reversed_back",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in reading order (not put back at their "
                "own steps)",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reversed in time",
                            "reversed order",
                            "put back",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def reverse_each(x, lengths):\n"
        '    """Reverse the first lengths[b] steps of every sequence b; the padding stays '
        'where it is."""\n'
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        n = int(n)\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    return xr\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_hn_at_last_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n read at step lengths[b]-1 (its first step) instead of its "
                "state after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "step 0",
                            "after x_0",
                            "first step",
                            "lengths[b] - 1",
                            "only one",
                            "one step",
                            "out[0",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def reverse_each(x, lengths):\n"
        '    """Reverse the first lengths[b] steps of every sequence b; the padding stays '
        'where it is."""\n'
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        n = int(n)\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    return xr\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    idx = np.asarray(lengths) - 1\n"
        "    ar = np.arange(x.shape[1])\n"
        "    h_b = out_b[idx, ar]  # last valid step of the reverse half\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_out_rev_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of out past each length holds the (initial) state instead of "
                "zeros",
                "must_mention": [
                    {"any": ["zero", "zeros"]},
                    {"any": ["past", "padding", "after", ">= lengths", "beyond"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out_b[t] = h\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_h0_row0_both",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "h0[1]",
                            "row 1",
                            "reverse initial",
                            "reverse direction's initial",
                            "initial state of the reverse",
                            "h0[0]",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def reverse_each(x, lengths):\n"
        '    """Reverse the first lengths[b] steps of every sequence b; the padding stays '
        'where it is."""\n'
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        n = int(n)\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    return xr\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[0], "
        "c0[0], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_slice_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x[L:0:-1] reverses steps L..1 instead of L-1..0 (shorter sequences read "
                "one padding step, miss x_0)",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "slice",
                            "shifted by one",
                            "one step late",
                            "one step early",
                            "x_0",
                            "L:0:-1",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        x_rev[:L, b] = x[L:0:-1, b] if L < T else x[T - 1::-1, b]\n"
        "    out_rev, (h_b, c_b) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_rev)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        out_b[:L, b] = out_rev[:L, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_sorted_hn_not_unsorted",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n left in the sorted batch order (only out is unsorted)",
                "must_mention": [
                    {
                        "any": [
                            "sort",
                            "permut",
                            "batch order",
                            "rows of the batch",
                            "rows swapped",
                            "other row",
                            "another row",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def reverse_each(x, lengths):\n"
        "    xr = x.copy()\n"
        "    for b in range(x.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        xr[:n, b] = x[n - 1::-1, b]\n"
        "    return xr\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # like pack_padded_sequence: sort the batch by length (longest first), then "
        "unsort\n"
        "    lengths = np.asarray(lengths)\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    unsort = np.argsort(order)\n"
        "    xs, ls = x[:, order], lengths[order]\n"
        "    h0s, c0s = h0[:, order], c0[:, order]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(xs, ls, h0s[0], c0s[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(reverse_each(xs, ls), ls, h0s[1], c0s[1], "
        "*bwd)\n"
        "    out = np.concatenate([out_f, reverse_each(out_b, ls)], axis=2)[:, unsort]\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_fwd_unmasked_state",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "forward state runs on over the padding: h_n[0], c_n[0] taken at T-1 "
                "instead of each own last step",
                "must_mention": [
                    {"any": ["padding", "pad"]},
                    {
                        "any": [
                            "freez",
                            "frozen",
                            "keeps updat",
                            "own last step",
                            "T - 1",
                            "T-1",
                            "last real step",
                            "runs on",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def reverse_each(x, lengths):\n"
        '    """Reverse the first lengths[b] steps of every sequence b; the padding stays '
        'where it is."""\n'
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        n = int(n)\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    return xr\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    h_f, c_f = h0[0], c0[0]\n"
        "    fo = []\n"
        "    for x_t in x:\n"
        "        h_f, c_f = lstm_cell(x_t, h_f, c_f, *fwd)\n"
        "        fo.append(h_f)\n"
        "    mask = np.arange(x.shape[0])[:, None, None] < np.asarray(lengths)[None, :, None]\n"
        "    out_f = np.where(mask, np.stack(fo), 0.0)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl2_padstart_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run on the whole flipped padded tensor (starts on "
                "padding, misaligned)",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "starts at t - 1",
                            "t - 1",
                            "own last",
                            "lengths[b] - 1",
                            "last real step",
                            "each sequence's last",
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
                            "the other way",
                            "row 0 holds the reverse",
                            "rows 0 and 1",
                            "row 0 and row 1",
                            "reverse state in row 0",
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_b, h_f]), np.stack([c_b, c_f]))\n",
    },
    {
        "id": "bl2_row0_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "h0[1]",
                            "row 1",
                            "reverse initial",
                            "reverse direction's initial",
                            "initial state of the reverse",
                            "h0[0]",
                        ]
                    }
                ],
            },
            {
                "what": "reverse half not zeroed past each length",
                "must_mention": [
                    {"any": ["zero", "zeros"]},
                    {"any": ["past", "padding", "after", ">= lengths", "beyond"]},
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
        "# ---- student's cell ----\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "# ---- part 2 ----\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out_b[t] = h\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
]
