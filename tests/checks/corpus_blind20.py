# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twentieth blind corpus, kept as its two authors wrote it (/work/blind20a and /work/blind20b,
split by graded names as for corpora 10-19; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students with no stock personas, each with a background, a way of working and a typical
slip, covering the ordinary majority of a class's mistakes and rarer ones, some showing only in
some configurations; run on f0d086e (after the seventeenth round); the words a message must
contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_c_where_kwame",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # kwame: exp of a non-positive number only, then pick the right form\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_c_tanh_hana",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # hana: sigma(z) = (1 + tanh(z/2)) / 2, and tanh never overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n",
    },
    {
        "id": "sig_c_mask_tomasz",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)          # my own copy\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_c_logaddexp_mei",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z)\n"
        "    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_naive_lucas",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)): exp overflows for z < -709",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_jonas",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so exp still overflows (warning) "
                "although values are right",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # the hint: for z < 0 use e^z / (1 + e^z)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_clip15_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-15, 15]: sigma saturates at 0.9999997 instead of 1 for large "
                "|z|",
                "must_mention": [{"any": ["clip", "saturat", "cap", "limit"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # clip so exp can never blow up (sigmoid is flat out there anyway)\n"
        "    z = np.clip(z, -15, 15)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_branches_swapped_diego",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "the two branches of np.where swapped: computes sigma(-z) = 1 - sigma(z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(-z)",
                            "sigma(-z)",
                            "σ(−z)",
                            "1 - σ",
                            "1 − σ",
                            "swap",
                            "branch",
                            "sign",
                            "-z",
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
        "    return np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))\n",
    },
    {
        "id": "sig_float32_aisha",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32: result is float32, not float64",
                "must_mention": ["float32"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # float32 is plenty for a probability\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_listcomp_sofia",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the first axis with math.exp: only works for 1-D arrays "
                "(crashes for 2-D and 0-d z)",
                "must_mention": [
                    {"any": ["shape", "dimension", "2-d", "1-d", "ndim", "0-d", "scalar"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "import math\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = []\n"
        "    for v in z:\n"
        "        if v >= 0:\n"
        "            out.append(1.0 / (1.0 + math.exp(-v)))\n"
        "        else:\n"
        "            out.append(math.exp(v) / (1.0 + math.exp(v)))\n"
        "    return np.array(out)\n",
    },
    {
        "id": "sig_hard_mei",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "hard (piecewise-linear) sigmoid instead of the logistic function",
                "must_mention": [{"any": ["hard", "piecewise", "linear", "approximat"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Keras' hard_sigmoid: cheap and never overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n",
    },
    {
        "id": "sig_tanh_noscale_hana",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh identity without the 1/2 inside: computes sigma(2z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(2z)",
                            "sigma(2z)",
                            "2z",
                            "z/2",
                            "z / 2",
                            "tanh(z)",
                            "factor",
                            "scale",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigmoid is a shifted, scaled tanh\n"
        "    return 0.5 * (1.0 + np.tanh(np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_dbl_inplace_neg_sofia",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the input array z",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "overwr", "mutat"]}
                ],
            },
            {
                "what": "negative branch 1/(1+e^z) is sigma(-z), not e^z/(1+e^z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(-z)",
                            "sigma(-z)",
                            "σ(−z)",
                            "1 - σ",
                            "1 − σ",
                            "negative",
                            "z < 0",
                            "sign",
                            "-z",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    pos = z >= 0\n"
        "    neg = z < 0\n"
        "    z[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    z[neg] = 1.0 / (1.0 + np.exp(z[neg]))\n"
        "    return z\n",
    },
    {
        "id": "sig_dbl_f32_naive_aisha",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "result float32", "must_mention": ["float32"]},
            {
                "what": "naive formula overflows (float32 exp already past 88)",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = z.astype(np.float32)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gates_c_concat_kwame",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)     # (4H, I+H)\n"
        "    xh = np.concatenate([x, h], axis=1)          # (B, I+H)\n"
        "    a = xh @ W.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_c_loop_priya",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    acts = [sigmoid, sigmoid, np.tanh, sigmoid]\n"
        "    gates = []\n"
        "    for k in range(4):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        pre = x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]\n"
        "        gates.append(acts[k](pre))\n"
        "    return tuple(gates)\n",
    },
    {
        "id": "gates_c_einsum_tomasz",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    a = np.einsum("gi,bi->bg", W_ih, x) + np.einsum("gj,bj->bg", W_hh, h) + b_ih + '
        "b_hh\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=-1)\n"
        "    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n",
    },
    {
        "id": "gates_tf_order_diego",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "TF's block order i, g, f, o: forget and cell-gate rows exchanged",
                "must_mention": [
                    {"any": ["forget", "W_if", "W_hf"]},
                    {"any": ["cell gate", "candidate", "W_ig", "W_hg", "g gate", "order", "swap"]},
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, g, f, o = np.split(z, 4, axis=1)      # i, j, f, o like tf.nn.rnn_cell\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_no_transpose_back_tomasz",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gates left as (H, B) column blocks: never transposed back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "(h, b)", ".T"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # column vectors, as in the equations: a = W_ih x + W_hh h + b\n"
        "    a = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]     # (4H, B)\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=0)\n"
        "    return sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n",
    },
    {
        "id": "gates_o_copy_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate reads the cell gate's block 2H:3H (copy-paste)",
                "must_mention": [
                    {"any": ["output gate", "o gate", "o_t", "gate o"]},
                    {
                        "any": [
                            "2H:3H",
                            "2*H:3*H",
                            "2 * H",
                            "cell gate",
                            "candidate",
                            "W_ig",
                            "W_hg",
                            "g's",
                        ]
                    },
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0*H:1*H])\n"
        "    f = sigmoid(a[:, 1*H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 2*H:3*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_g_sigmoid_mei",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "g uses the sigmoid instead of tanh", "must_mention": ["tanh"]}],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), sigmoid(g), sigmoid(o)\n",
    },
    {
        "id": "gates_no_bhh_lucas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "b_hh never added", "must_mention": ["b_hh"]}],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_H_from_x_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "H read from x.shape[1] (the input size I): right only when I == H",
                "must_mention": [
                    {
                        "any": [
                            "I ≠ H",
                            "I != H",
                            "I == H",
                            "input size",
                            "input_size",
                            "x.shape",
                            "hidden size",
                            "I and H",
                            "H from x",
                            "width of x",
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = x.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_split_axis0_kwame",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split without axis=1 splits the batch rows, not the 4H columns",
                "must_mention": [{"any": ["axis", "batch rows", "split the batch", "columns"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_bias_inplace_aisha",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b += b_hh adds into the caller's b_ih (input modified)",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "overwr", "mutat"]}
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b = b_ih\n"
        "    b += b_hh                 # fold both biases once, no temporary\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_dbl_naive_nobhh_lucas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "naive sigmoid overflows", "must_mention": ["overflow"]},
            {"what": "b_hh missing", "must_mention": ["b_hh"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_dbl_copy_bih_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "b_ih added twice, b_hh never", "must_mention": ["b_hh"]},
            {
                "what": "output gate reads block 2H:3H",
                "must_mention": [
                    {"any": ["output gate", "o gate", "o_t", "gate o"]},
                    {
                        "any": [
                            "2H:3H",
                            "2*H:3*H",
                            "2 * H",
                            "cell gate",
                            "candidate",
                            "W_ig",
                            "W_hg",
                            "g's",
                        ]
                    },
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 2*H:3*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_dbl_tf_forgetbias_diego",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "TF order i, j(g), f, o",
                "must_mention": [
                    {"any": ["forget", "W_if", "W_hf"]},
                    {"any": ["cell gate", "candidate", "W_ig", "W_hg", "g gate", "order", "swap"]},
                ],
            },
            {
                "what": "adds TF's forget_bias=1 to the forget pre-activation",
                "must_mention": [
                    {"any": ["+1", "+ 1", "forget_bias", "constant", "offset", "1.0"]}
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
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh, forget_bias=1.0):\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, j, f, o = np.split(z, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f + forget_bias), np.tanh(j), sigmoid(o)\n",
    },
    {
        "id": "cell_c_split_jonas",
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
        "id": "cell_c_pergate_sofia",
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
        "    def pre(k):\n"
        "        r = slice(k * H, (k + 1) * H)\n"
        "        return x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r]\n"
        "    i_t = sigmoid(pre(0))\n"
        "    f_t = sigmoid(pre(1))\n"
        "    g_t = np.tanh(pre(2))\n"
        "    o_t = sigmoid(pre(3))\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    h_t = o_t * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cell_c_colvec_tomasz",
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
        "    # column vectors, then back to rows\n"
        "    a = (W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]).T\n"
        "    H = c.shape[-1]\n"
        "    gates = a.reshape(a.shape[0], 4, H)\n"
        "    i = sigmoid(gates[:, 0]); f = sigmoid(gates[:, 1])\n"
        "    g = np.tanh(gates[:, 2]); o = sigmoid(gates[:, 3])\n"
        "    c_new = np.multiply(f, c) + np.multiply(i, g)\n"
        "    return np.multiply(o, np.tanh(c_new)), c_new\n",
    },
    {
        "id": "cell_no_tanh_priya",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_old_c_hana",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "old c",
                            "previous",
                            "c_prev",
                            "instead of c_t",
                            "instead of c_next",
                            "the c you",
                            "given c",
                            "input c",
                            "old cell",
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
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_return_swapped_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap", "exchang", "the other way"]}],
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
        "id": "cell_inplace_c_aisha",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c *= f / c += ...: updates the caller's c in place",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "overwr", "mutat"]}
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
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    H = c.shape[1]\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])\n"
        "    c *= f            # reuse c's buffer\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_forgot_i_kwame",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + g: input gate not applied to g",
                "must_mention": [{"any": ["input gate", "i_t", "i ⊙", "i *", "i⊙", "without i"]}],
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
        "id": "cell_reshape_tomasz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape used instead of transpose (x.reshape(-1, B), a.reshape(B, -1)): "
                "right only for B == 1",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    xc = x.reshape(-1, B)          # columns = examples\n"
        "    hc = h.reshape(-1, B)\n"
        "    a = (W_ih @ xc + W_hh @ hc).reshape(B, -1) + b_ih + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_o_tanh_lucas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate uses tanh instead of the sigmoid",
                "must_mention": [
                    {"any": ["output gate", "o gate", "o_t", "gate o"]},
                    {"any": ["tanh", "sigmoid", "σ"]},
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
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), np.tanh(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_coupled_mei",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "coupled gates: (1 - f) used instead of the input gate i",
                "must_mention": [{"any": ["1 - f", "1-f", "1 − f", "coupled", "(1 - f)"]}],
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
        "    c_next = f * c + (1 - f) * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_if_swapped_in_c_diego",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "i and f exchanged in the cell update (c = i*c + f*g)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "i and f",
                            "f and i",
                            "W_if",
                            "W_ii",
                            "forget gate's rows",
                            "input gate's rows",
                            "the other's",
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
        "    c_next = i * c + f * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_naive_notanh_lucas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "own naive sigmoid: overflow for large pre-activations",
                "must_mention": ["overflow"],
            },
            {"what": "h_next = o * c_next without tanh", "must_mention": ["tanh"]},
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
        "    sig = lambda v: 1 / (1 + np.exp(-v))\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = sig(f) * c + sig(i) * np.tanh(g)\n"
        "    h_next = sig(o) * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dbl_f32_inplace_aisha",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "h_next cast to float32", "must_mention": ["float32"]},
            {
                "what": "c updated in place (caller's array modified)",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "overwr", "mutat"]}
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
        "    a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).astype(np.float32)\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c *= sigmoid(f)\n"
        "    c += sigmoid(i) * np.tanh(g)\n"
        "    h_next = (sigmoid(o) * np.tanh(c)).astype(np.float32)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_dbl_swap_bih_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "b_ih added twice, b_hh never", "must_mention": ["b_hh"]},
            {
                "what": "returns (c, h) instead of (h, c)",
                "must_mention": [{"any": ["order", "swap", "exchang", "the other way"]}],
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_out = f * c + i * g\n"
        "    h_out = o * np.tanh(c_out)\n"
        "    return c_out, h_out\n",
    },
    {
        "id": "cell_dbl_reshape_gsig_tomasz",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape used as a transpose (wrong for B > 1)",
                "must_mention": [{"any": ["reshape", "transpos"]}],
            },
            {"what": "g squashed with the sigmoid, not tanh", "must_mention": ["tanh"]},
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
        "    B = x.shape[0]\n"
        "    a = (W_ih @ x.reshape(-1, B) + W_hh @ h.reshape(-1, B) + (b_ih + b_hh)[:, "
        "None]).reshape(B, -1)\n"
        "    i, f, g, o = [sigmoid(blk) for blk in np.split(a, 4, axis=1)]\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "layer_c_list_kwame",
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
        "        x = np.swapaxes(x, 0, 1)\n"
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
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_c_prealloc_sofia",
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
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B = xs.shape[0], xs.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H), dtype=np.float64) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H), dtype=np.float64) if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H), dtype=np.float64)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_c_moveaxis_hana",
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
        "    t_axis = 1 if batch_first else 0\n"
        "    B = x.shape[1 - t_axis]\n"
        "    H = W_hh.shape[-1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "    hs = []\n"
        "    for x_t in np.moveaxis(x, t_axis, 0):\n"
        "        state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(state[0])\n"
        "    return np.stack(hs, axis=t_axis), state\n",
    },
    {
        "id": "layer_skip0_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t = 1: x_0 never read, out[0] left at zero",
                "must_mention": [
                    {
                        "any": [
                            "skip",
                            "never read",
                            "not read",
                            "never computed",
                            "range(1",
                            "starts at 1",
                            "starts at t = 1",
                            "x_0",
                            "x[0]",
                            "left at zero",
                            "zeros at step 0",
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
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_eq_none_lucas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "`if h0 == None` on an array: ambiguous truth value, crashes whenever h0 "
                "is given",
                "must_mention": [{"any": ["is None", "== None", "ambiguous"]}],
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
        "    if h0 == None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_no_carry_kwame",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step starts from (h0, c0): the state is not carried",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "not passed",
                            "not updated",
                            "every step from",
                            "each step from",
                            "initial state at every",
                            "same initial",
                            "resets",
                            "restart",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_out_sofia",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first: input transposed but out returned (T, B, H)",
                "must_mention": ["batch_first", {"any": ["out", "transpos", "(T, B, H)", "back"]}],
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bf_ignored_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first ignored entirely",
                "must_mention": [
                    "batch_first",
                    {"any": ["ignor", "not used", "never", "as (T, B, I)", "time axis"]},
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "layer_zeros_I_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zeros for a None state built with x's width I instead of H: only right "
                "when I == H",
                "must_mention": [
                    {
                        "any": [
                            "I ≠ H",
                            "I != H",
                            "I == H",
                            "input size",
                            "input_size",
                            "hidden size",
                            "hidden_size",
                            "width of x",
                            "x.shape",
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
        "    H = x.shape[-1]     # units, like Keras' input width\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_inplace_h0_aisha",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h[...] = h_new writes the state into the caller's h0 and c0",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "overwr", "mutat"]}
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
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new       # keep one buffer for the state\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_cn_is_h_diego",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h as c_n (typo)",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden state", "equals h", "same as h", "holds h"]},
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, h)\n",
    },
    {
        "id": "layer_stack_axis1_tomasz",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out always stacked on axis 1 (B, T, H): wrong for batch_first=False",
                "must_mention": [
                    {"any": ["axis", "(B, T, H)", "transpos", "batch-first", "batch first", "swap"]}
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
        "    xs = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1)         # time runs along axis 1\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_out_prev_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before the step: out[t] holds h_{t-1} (shifted by one)",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "shift",
                            "one step",
                            "off by one",
                            "off-by-one",
                            "previous step",
                            "before the step",
                            "late",
                            "early",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        outs.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_eqnone_bfout_lucas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "`== None` on an array crashes when h0 is given",
                "must_mention": [{"any": ["is None", "== None", "ambiguous"]}],
            },
            {
                "what": "batch_first output not transposed back",
                "must_mention": ["batch_first", {"any": ["out", "transpos", "(T, B, H)", "back"]}],
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
        "    if h0 == None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 == None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_prev_c0_priya",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] = h_{t-1}: stored before the step",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "shift",
                            "one step",
                            "off by one",
                            "off-by-one",
                            "previous step",
                            "before the step",
                            "late",
                            "early",
                        ]
                    }
                ],
            },
            {
                "what": "c0 ignored: cell state always starts at zero",
                "must_mention": ["c0", {"any": ["ignor", "zero", "not used", "never"]}],
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
        "    c = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        out[t] = h\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dbl_nocarry_hn3d_kwame",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state not carried: every step from (h0, c0)",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "not passed",
                            "not updated",
                            "every step from",
                            "each step from",
                            "initial state at every",
                            "same initial",
                            "resets",
                            "restart",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n returned (1, B, H) like nn.LSTM instead of (B, H)",
                "must_mention": [
                    {"any": ["(1, B, H)", "(1, b, h)", "leading", "extra", "num_layers", "shape"]}
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
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h[None], c[None])   # like nn.LSTM: (num_layers, B, H)\n",
    },
    {
        "id": "layer_dbl_zerosI_reshape_mei",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zeros for a None state sized with I (x's width) instead of H",
                "must_mention": [
                    {
                        "any": [
                            "I ≠ H",
                            "I != H",
                            "I == H",
                            "input size",
                            "input_size",
                            "hidden size",
                            "hidden_size",
                            "width of x",
                            "x.shape",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first handled with reshape instead of transpose (scrambles batch "
                "and time)",
                "must_mention": [{"any": ["reshape", "transpos"]}],
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
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)\n"
        "    T, B, I = x.shape\n"
        "    H = x.shape[-1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=0)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, -1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "scratch_c_methods_kwame",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_c_attrs_sofia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Sofia: one list of weight tuples per (layer, direction)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._names = []\n"
        "        for l in range(num_layers):\n"
        "            in_size = input_size if l == 0 else hidden_size * self.D\n"
        "            for d in range(self.D):\n"
        '                s = "_reverse" if d == 1 else ""\n'
        '                self._names.append((f"weight_ih_l{l}{s}", (4 * hidden_size, '
        "in_size)))\n"
        '                self._names.append((f"weight_hh_l{l}{s}", (4 * hidden_size, '
        "hidden_size)))\n"
        "                if bias:\n"
        '                    self._names.append((f"bias_ih_l{l}{s}", (4 * hidden_size,)))\n'
        '                    self._names.append((f"bias_hh_l{l}{s}", (4 * hidden_size,)))\n'
        "        for name, shape in self._names:\n"
        "            setattr(self, name, bound * (2.0 * rng.random(shape) - 1.0))\n"
        "\n"
        "    def state_dict(self):\n"
        "        out = {}\n"
        "        for name, _ in self._names:\n"
        "            out[name] = getattr(self, name).astype(np.float64, copy=True)\n"
        "        return out\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        want = {n: s for n, s in self._names}\n"
        "        if set(state) != set(want):\n"
        '            raise KeyError("keys differ: missing %s, extra %s" % (sorted(set(want) - '
        "set(state)), sorted(set(state) - set(want))))\n"
        "        for name, shape in want.items():\n"
        "            arr = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if arr.shape != shape:\n"
        '                raise ValueError("%s has shape %s, expected %s" % (name, arr.shape, '
        "shape))\n"
        "            setattr(self, name, arr)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        H = self.H\n"
        "        n = self.L * self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((n, B, H)); c0 = np.zeros((n, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn = []\n"
        "        cn = []\n"
        "        inp = x\n"
        "        for l in range(self.L):\n"
        "            dir_outs = []\n"
        "            for d in range(self.D):\n"
        '                s = "_reverse" if d == 1 else ""\n'
        '                Wi = getattr(self, f"weight_ih_l{l}{s}")\n'
        '                Wh = getattr(self, f"weight_hh_l{l}{s}")\n'
        '                b = getattr(self, f"bias_ih_l{l}{s}") + getattr(self, '
        'f"bias_hh_l{l}{s}") if self.bias else 0.0\n'
        "                h = h0[l * self.D + d]\n"
        "                c = c0[l * self.D + d]\n"
        "                ys = np.zeros((T, B, H))\n"
        "                order = range(T) if d == 0 else reversed(range(T))\n"
        "                for t in order:\n"
        "                    z = inp[t] @ Wi.T + h @ Wh.T + b\n"
        "                    i_g = sigmoid(z[:, 0:H]); f_g = sigmoid(z[:, H:2*H])\n"
        "                    g_g = np.tanh(z[:, 2*H:3*H]); o_g = sigmoid(z[:, 3*H:4*H])\n"
        "                    c = f_g * c + i_g * g_g\n"
        "                    h = o_g * np.tanh(c)\n"
        "                    ys[t] = h\n"
        "                dir_outs.append(ys)\n"
        "                hn.append(h); cn.append(c)\n"
        "            inp = np.concatenate(dir_outs, axis=-1)\n"
        "        out = inp\n"
        "        if self.batch_first:\n"
        "            out = np.swapaxes(out, 0, 1)\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_c_flip_hana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "import copy\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Hana: flip the sequence for the reverse direction, flip the outputs back."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.num_directions = batch_first, (2 if bidirectional else "
        "1)\n"
        "        g = np.random.default_rng(seed)\n"
        "        a = 1 / np.sqrt(hidden_size)\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            fan_in = input_size if k == 0 else self.num_directions * hidden_size\n"
        '            for suffix in ("", "_reverse")[: self.num_directions]:\n'
        '                self._p[f"weight_ih_l{k}{suffix}"] = g.uniform(-a, a, (4 * '
        "hidden_size, fan_in))\n"
        '                self._p[f"weight_hh_l{k}{suffix}"] = g.uniform(-a, a, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self._p[f"bias_ih_l{k}{suffix}"] = g.uniform(-a, a, 4 * '
        "hidden_size)\n"
        '                    self._p[f"bias_hh_l{k}{suffix}"] = g.uniform(-a, a, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return copy.deepcopy(self._p)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        for key in state:\n"
        "            assert np.shape(state[key]) == self._p[key].shape, key\n"
        "        self._p = {key: np.asarray(state[key], dtype=np.float64).copy() for key in "
        "state}\n"
        "\n"
        "    @staticmethod\n"
        "    def _run(xs, h, c, W_ih, W_hh, b):\n"
        "        sig = lambda v: np.exp(-np.logaddexp(0, -v))\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "            c = sig(f) * c + sig(i) * np.tanh(g)\n"
        "            h = sig(o) * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B = seq.shape[1]\n"
        "        H, D = self.hidden_size, self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for k in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(("", "_reverse")[:D]):\n'
        "                p = self._p\n"
        '                b = (p[f"bias_ih_l{k}{suffix}"] + p[f"bias_hh_l{k}{suffix}"]) if '
        "self.bias else 0\n"
        "                src = seq if d == 0 else seq[::-1]\n"
        "                y, h, c = self._run(src, h0[k * D + d], c0[k * D + d],\n"
        '                                    p[f"weight_ih_l{k}{suffix}"], '
        'p[f"weight_hh_l{k}{suffix}"], b)\n'
        "                outs.append(y if d == 0 else y[::-1])\n"
        "                hs.append(h); cs.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scratch_rev_not_flipped_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs appended in processing order: not put back in "
                "time order",
                "must_mention": [
                    "reverse",
                    {"any": ["time order", "flip", "reversed order", "order", "back"]},
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = []\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs.append(h)\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_rev_hn_last_diego",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1] (after x_{T-1} only) instead "
                "of its state after x_0",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "out[0",
                            "out[-1",
                            "after x_0",
                            "x_0",
                            "step 0",
                            "first step",
                            "final state",
                            "last step",
                        ]
                    },
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "            if D == 2:\n"
        "                h_n[layer * D + 1] = layer_in[-1, :, H:]   # last step, like forward\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_hx_rows_kwame",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows indexed d * L + layer (all forward layers, then all reverse) "
                "instead of layer * D + d: wrong only with 2+ layers and both directions",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "k * D + d",
                            "layer * D",
                            "layer by layer",
                            "order of the",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_init_I_all_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer's weight_ih gets input_size columns; later layers read H * D",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "H*D",
                            "D*H",
                            "later layer",
                            "layer 1",
                            "weight_ih_l1",
                            "l1",
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
        "            I_k = input_size\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_init_normal_mei",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "Gaussian init with std 1/sqrt(H): values outside the bound [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {"any": ["bound", "uniform", "1/√H", "1/sqrt", "outside", "range", "√H"]}
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.normal(0.0, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_sd_nocopy_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (no copies)",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "same array",
                            "share",
                            "reference",
                            "alias",
                            "changes the module",
                            "changing",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bias_false_ignored_lucas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False ignored at init: bias parameters still created (extra keys, "
                "load of a bias-free state fails)",
                "must_mention": [
                    {"any": ["bias=false", "bias = false", "without bias", "no bias"]},
                    {"any": ["key", "bias_ih", "extra", "unexpected"]},
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        '                shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_bf_hx_tomasz",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also applied to hx (h_0, c_0 transposed), which stays (L*D, "
                "B, H)",
                "must_mention": [
                    "batch_first",
                    {"any": ["h_0", "hx", "initial state", "h0", "c_0", "state"]},
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "            if self.batch_first:\n"
        "                h0 = h0.transpose(1, 0, 2)\n"
        "                c0 = c0.transpose(1, 0, 2)\n"
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_seed_ignored_sofia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seed not passed to default_rng: the same seed gives different parameters",
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_rev_fwd_weights_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs with the forward weights (_reverse parameters "
                "never used)",
                "must_mention": [
                    {
                        "any": [
                            "_reverse",
                            "reverse weights",
                            "reverse parameters",
                            "forward weights",
                            "forward's weights",
                            "forward parameters",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_layer_reads_x_hana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer reads x instead of the previous layer's out",
                "must_mention": [
                    {
                        "any": [
                            "previous layer",
                            "layer k-1",
                            "layer k - 1",
                            "layer 0's out",
                            "reads x",
                            "input of layer",
                            "layer below",
                            "instead of x",
                            "the input x",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_out = np.concatenate(outs, axis=2)\n"
        "        out = layer_out\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_ifog_order_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in the order i, f, o, g (tutorial order) instead of i, "
                "f, g, o",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "g and o",
                            "o and g",
                            "swap",
                            "exchang",
                            "output gate",
                            "cell gate",
                            "candidate",
                            "W_ig",
                            "W_io",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        o = _sigmoid(a[:, 2 * H:3 * H])   # i, f, o, g as in my tutorial\n"
        "        g = np.tanh(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_seed_revflip_lucas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "seed ignored", "must_mention": ["seed"]},
            {
                "what": "reverse outputs not put back in time order",
                "must_mention": [
                    "reverse",
                    {"any": ["time order", "flip", "reversed order", "order", "back"]},
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = []\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs.append(h)\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_sdnocopy_rows_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict without copies",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "same array",
                            "share",
                            "reference",
                            "alias",
                            "changes the module",
                            "changing",
                        ]
                    }
                ],
            },
            {
                "what": "state rows d * L + layer",
                "must_mention": [
                    {
                        "any": [
                            "row",
                            "k * D + d",
                            "layer * D",
                            "layer by layer",
                            "order of the",
                            "interleav",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_initI_bfout_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "later layers' weight_ih sized with input_size",
                "must_mention": [
                    {
                        "any": [
                            "H * D",
                            "D * H",
                            "H*D",
                            "D*H",
                            "later layer",
                            "layer 1",
                            "weight_ih_l1",
                            "l1",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first: out not transposed back",
                "must_mention": ["batch_first", {"any": ["out", "transpos", "(T, B", "back"]}],
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
        "            I_k = input_size\n"
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}{sfx}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}{sfx}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dbl_loadnocopy_revfwd_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays (later changes to state change "
                "the module)",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "same array",
                            "share",
                            "reference",
                            "alias",
                            "later changes",
                            "changing",
                        ]
                    }
                ],
            },
            {
                "what": "reverse direction uses the forward weights",
                "must_mention": [
                    {
                        "any": [
                            "_reverse",
                            "reverse weights",
                            "reverse parameters",
                            "forward weights",
                            "forward's weights",
                            "forward parameters",
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
        '            for sfx in ["", "_reverse"][: self.D]:\n'
        '                shapes = [("weight_ih", (4 * H, I_k)), ("weight_hh", (4 * H, H))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{sfx}"] = rng.uniform(-k, k, '
        "size=shape)\n"
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
        "            if np.shape(value) != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {np.shape(value)}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x_t, h, c, p):\n"
        '        a = x_t @ p["weight_ih"].T + h @ p["weight_hh"].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih"] + p["bias_hh"]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, :H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def _direction(self, layer_in, h, c, layer, sfx):\n"
        '        p = {n: self.params[f"{n}_l{layer}"] for n in ("weight_ih", "weight_hh", '
        '"bias_ih", "bias_hh")\n'
        '             if f"{n}_l{layer}" in self.params}\n'
        "        T = layer_in.shape[0]\n"
        "        outs = [None] * T\n"
        '        steps = range(T - 1, -1, -1) if sfx == "_reverse" else range(T)\n'
        "        for t in steps:\n"
        "            h, c = self._step(layer_in[t], h, c, p)\n"
        "            outs[t] = h\n"
        "        return np.stack(outs), h, c\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._direction(layer_in, h0[row], "
        "c0[row], layer, sfx)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "shapes_c_std_kwame",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_c_ifs_priya",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    if bidirectional:\n"
        "        num_directions = 2\n"
        "    else:\n"
        "        num_directions = 1\n"
        "    if proj_size:\n"
        "        h_size = proj_size\n"
        "    else:\n"
        "        h_size = hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, num_directions * h_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, num_directions * h_size)\n"
        "    return {\n"
        '        "out": out,\n'
        '        "h_n": (num_layers * num_directions, batch, h_size),\n'
        '        "c_n": (num_layers * num_directions, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_c_int_hana",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 1 + int(bool(bidirectional))\n"
        "    Hh = int(proj_size or hidden_size)\n"
        "    state = (int(num_layers * D), int(batch))\n"
        "    out = [int(seq_len), int(batch), D * Hh]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": tuple(out), "h_n": state + (Hh,), "c_n": state + '
        "(int(hidden_size),)}\n",
    },
    {
        "id": "shapes_out_noD_lucas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's feature size ignores D (bidirectional concatenates both directions)",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "D * H",
                            "D·H",
                            "D*H",
                            "2 * H",
                            "2H",
                            "2 *",
                            "factor 2",
                            "D =",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_hn_noD_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dim num_layers, not num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "D * H",
                            "D·H",
                            "D*H",
                            "2 * H",
                            "2H",
                            "2 *",
                            "factor 2",
                            "D =",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers, batch, H_out)\n"
        "    c_n = (num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_bf_states_tomasz",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first applied to h_n and c_n too (they stay (L*D, B, H))",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        "    if batch_first:\n"
        "        h_n = (batch, D * num_layers, H_out)\n"
        "        c_n = (batch, D * num_layers, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_proj_on_c_mei",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n projected too (c keeps size hidden_size)",
                "must_mention": ["c_n", {"any": ["proj", "P"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, H_out)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_proj_ignored_jonas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "proj_size ignored", "must_mention": ["proj"]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_lists_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "returns lists, not tuples", "must_mention": [{"any": ["tuple", "list"]}]}
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": list(out), "h_n": list(h_n), "c_n": list(c_n)}\n',
    },
    {
        "id": "shapes_proj_none_diego",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size=0 (the default, meaning none) taken as a projection of size 0",
                "must_mention": [
                    "proj",
                    {"any": ["= 0", "=0", "zero", "is 0", "no projection", "without projection"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size is not None else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_bf_inverted_aisha",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first condition inverted: (B, T, ...) when False",
                "must_mention": ["batch_first"],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if not batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_dbl_noD_projc_lucas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out ignores D",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "D * H",
                            "D·H",
                            "D*H",
                            "2 * H",
                            "2H",
                            "2 *",
                            "factor 2",
                            "D =",
                        ]
                    }
                ],
            },
            {"what": "c_n projected", "must_mention": ["c_n", {"any": ["proj", "P"]}]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, H_out) if batch_first else (seq_len, batch, H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, H_out)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_dbl_lists_bfstate_kwame",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "lists instead of tuples", "must_mention": [{"any": ["tuple", "list"]}]},
            {
                "what": "batch_first applied to the states",
                "must_mention": ["batch_first", {"any": ["h_n", "c_n", "state"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": [batch, seq_len, D * H_out], "h_n": [batch, num_layers * D, '
        "H_out],\n"
        '                "c_n": [batch, num_layers * D, hidden_size]}\n'
        '    return {"out": [seq_len, batch, D * H_out], "h_n": [num_layers * D, batch, '
        "H_out],\n"
        '            "c_n": [num_layers * D, batch, hidden_size]}\n',
    },
    {
        "id": "shapes_dbl_hnnoD_projhn_jonas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "states' first dim ignores D",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "D * H",
                            "D·H",
                            "D*H",
                            "2 * H",
                            "2H",
                            "2 *",
                            "factor 2",
                            "D =",
                        ]
                    }
                ],
            },
            {"what": "h_n not projected (uses hidden_size)", "must_mention": ["h_n", "proj"]},
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers, batch, hidden_size)\n"
        "    c_n = (num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "bi_ok_marcus",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # forward: as is; backward: flip, run, flip back (chapter 6)\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_ok_ravi_loop",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.array([hf, h]), np.array([cf, c]))\n",
    },
    {
        "id": "bi_ok_priya_flip",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], W_ih_f, W_hh_f, b_ih_f, b_hh_f)\n"
        "    ob, (hb, cb) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], W_ih_b, W_hh_b, "
        "b_ih_b, b_hh_b)\n"
        "    out = np.concatenate((of, np.flip(ob, axis=0)), axis=-1)\n"
        "    h_n = np.concatenate((hf[None], hb[None]), axis=0)\n"
        "    c_n = np.concatenate((cf[None], cb[None]), axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_noor_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order, not flipped back to time order",
                "must_mention": [{"any": ["flip", "time order", "order"]}],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)  # reverse direction\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_diego_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1, :, H:] instead of the state after x_0 "
                "(out[0, :, H:])",
                "must_mention": [
                    "h_n",
                    {"any": ["out[0", "step 0", "x_0", "t = 0", "t=0", "after x_0", "first step"]},
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    out_f, (_, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])   # last step, like out[-1] in "
        "torch\n"
        "    return out, (h_n, np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_tomasz_h0_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] (the forward row) instead of "
                "row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[1]",
                            "row 1",
                            "h0[0]",
                            "row 0",
                            "forward's initial",
                            "forward direction's initial",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_sven_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction uses the forward weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "forward weights",
                            "forward's weights",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_ravi_concat_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "concatenates the directions along axis 0 (time) instead of the feature "
                "axis",
                "must_mention": [
                    {"any": ["axis", "concaten", "side by side", "2H", "2 * H", "2*H"]}
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]])   # side by side\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_priya_halves_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out halves in the order [backward, forward] instead of forward first",
                "must_mention": [{"any": ["swap", "forward first", "halves", "order", "first H"]}],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    ob = ob[::-1]\n"
        "    out = np.concatenate([ob, of], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_lena_inplace_reverse",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the caller's x in place (input modified)",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x[:] = x[::-1].copy()            # reverse in place, no extra (T, B, I) array "
        "kept around\n"
        "    ob, (hb, cb) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_fatima_cn_is_hn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n holds the hidden states h instead of the cell states",
                "must_mention": ["c_n"],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    h_n = np.stack([hf, hb])\n"
        "    c_n = np.stack([hf, hb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_noor_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "flips axis 1 (batch) instead of axis 0 (time): the reverse direction "
                "reads forward in time",
                "must_mention": [
                    {"any": ["axis", "time", "forward in time", "not reversed", "batch"]}
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[:, ::-1], h0[1][::-1], c0[1][::-1], *bwd)\n"
        "    ob = ob[:, ::-1]\n"
        "    return (np.concatenate([of, ob], axis=2),\n"
        "            (np.stack([hf, hb[::-1]]), np.stack([cf, cb[::-1]])))\n",
    },
    {
        "id": "bi_tomasz_shape_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reads T and B from x.shape in the wrong order (B, T, I) although x is (T, "
                "B, I)",
                "must_mention": [
                    {
                        "any": [
                            "x.shape",
                            "(T, B, I)",
                            "batch_first",
                            "batch first",
                            "T and B",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    B, T, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf\n"
        "    for t in reversed(range(T)):\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_tomasz_2_h0row_cn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[1]",
                            "row 1",
                            "h0[0]",
                            "row 0",
                            "forward's initial",
                            "forward direction's initial",
                        ]
                    }
                ],
            },
            {"what": "c_n holds the hidden states", "must_mention": ["c_n"]},
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([hf, hb]))\n",
    },
    {
        "id": "bi_sven_2_fwdweights_axis0",
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
                            "forward's weights",
                            "forward direction's weights",
                            "weights of the forward",
                        ]
                    }
                ],
            },
            {
                "what": "concatenates along axis 0",
                "must_mention": [
                    {"any": ["axis", "concaten", "side by side", "2H", "2 * H", "2*H"]}
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=0)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_ravi_2_skip_step0_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop range(T-1, 0, -1) stops before step 0 (never reads x_0)",
                "must_mention": [
                    {"any": ["x_0", "step 0", "t = 0", "t=0", "range", "off by one", "one step"]}
                ],
            },
            {
                "what": "out allocated as float32",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    h_n, c_n = [h], [c]\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    h_n.append(h)\n"
        "    c_n.append(c)\n"
        "    return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "cb_ok_plain",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "id": "cb_ok_aiko_slices",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dct = dc_next + dh_next * o * (1.0 - tc * tc)\n"
        "    da = np.empty_like(a)\n"
        "    da[:, 0:H] = dct * g * i * (1.0 - i)\n"
        "    da[:, H:2 * H] = dct * c * f * (1.0 - f)\n"
        "    da[:, 2 * H:3 * H] = dct * i * (1.0 - g * g)\n"
        "    da[:, 3 * H:4 * H] = dh_next * tc * o * (1.0 - o)\n"
        "    db = np.sum(da, axis=0)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f}\n'
        '    grads["W_ih"] = da.T @ x\n'
        '    grads["W_hh"] = da.T @ h\n'
        '    grads["b_ih"] = db\n'
        '    grads["b_hh"] = db.copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_ravi_einsum",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    H = W_hh.shape[1]\n"
        "    gates = z.reshape(z.shape[0], 4, H)\n"
        "    act = np.stack([sigmoid(gates[:, 0]), sigmoid(gates[:, 1]), np.tanh(gates[:, "
        "2]),\n"
        "                    sigmoid(gates[:, 3])], axis=1)\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    th = np.tanh(f * c + i * g)\n"
        "    dc = dh_next * o * (1 - th**2) + dc_next\n"
        "    dact = np.stack([dc * g, dc * c, dc * i, dh_next * th], axis=1)\n"
        "    deriv = np.stack([i * (1 - i), f * (1 - f), 1 - g**2, o * (1 - o)], axis=1)\n"
        "    dz = (dact * deriv).reshape(z.shape)\n"
        "    return dict(\n"
        '        x=np.einsum("bg,gi->bi", dz, W_ih),\n'
        '        h=np.einsum("bg,gh->bh", dz, W_hh),\n'
        "        c=dc * f,\n"
        '        W_ih=np.einsum("bg,bi->gi", dz, x),\n'
        '        W_hh=np.einsum("bg,bh->gh", dz, h),\n'
        "        b_ih=dz.sum(0),\n"
        "        b_hh=dz.sum(0),\n"
        "    )\n",
    },
    {
        "id": "cb_aiko_no_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out dc_next, the gradient reaching c_t from later",
                "must_mention": ["dc_next"],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "id": "cb_sven_no_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses tanh' = (1 - tanh^2 c_t) on the path from h_t",
                "must_mention": [{"any": ["tanh", "1 - τ", "(1 - ", "derivative"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "id": "cb_priya_dWih_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dW_ih computed as x^T δa, (I, 4H): transposed",
                "must_mention": [{"any": ["transpos", "(4H, I)", "4H, I"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        '        "W_ih": x.T @ da,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_marcus_bias_not_summed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients not summed over the batch (returned (B, 4H))",
                "must_mention": [{"any": ["sum", "batch"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        '        "b_ih": da,\n'
        '        "b_hh": da,\n'
        "    }\n",
    },
    {
        "id": "cb_sven_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in the order i, f, o, g (Keras) instead of PyTorch's i, "
                "f, g, o",
                "must_mention": [{"any": ["order", "i, f, g, o", "ifgo"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), do * o * (1 - o), dg * "
        "(1 - g**2)], axis=1)\n"
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
        "id": "cb_aiko_sigmoid_deriv_of_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "σ' computed from the pre-activation a instead of σ(a): a(1 - a)",
                "must_mention": [{"any": ["σ(1", "σ (1", "sigmoid", "σ'", "derivative"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * a_i * (1 - a_i), df * a_f * (1 - a_f), dg * (1 - g**2), "
        "do * a_o * (1 - a_o)], axis=1)\n"
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
        "id": "cb_tomasz_dc_prev_from_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient for c_{t-1} uses dc_next * f instead of the total δc_t * f "
                "(misses the path through h_t)",
                "must_mention": [{"any": ["total", "δc_t", "δc", "through h"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        '        "c": dc_next * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_diego_no_b_hh_key",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict has no 'b_hh' key (thinks the two biases are one parameter)",
                "must_mention": ["b_hh", {"any": ["missing", "key", "lacks", "no "]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    }\n",
    },
    {
        "id": "cb_lena_alias_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc aliases dc_next and += changes the caller's array",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tau**2)   # accumulate in place\n"
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
        "id": "cb_fatima_dh_with_W_ih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {"what": "gradient for h uses W_ih instead of W_hh", "must_mention": ["W_hh"]}
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "id": "cb_ravi_tanh_of_old_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh taken of c_{t-1} (the argument c) instead of the new c_t",
                "must_mention": [{"any": ["c_t", "new c", "c_next", "c_new", "tanh(c"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c)\n"
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
        "id": "cb_priya_2_dWhh_T_and_g_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dW_hh transposed (h^T δa)",
                "must_mention": [{"any": ["transpos", "(4H, H)", "4H, H"]}],
            },
            {
                "what": "tanh' for the g gate written (1 - g) instead of (1 - g^2)",
                "must_mention": [{"any": ["1 - g", "tanh", "g^2", "g**2", "g²", "derivative"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g), do * o * "
        "(1 - o)], axis=1)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": h.T @ da,\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_aiko_2_no_dc_next_bias_unsummed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {"what": "δc_t leaves out dc_next", "must_mention": ["dc_next"]},
            {
                "what": "bias gradients not summed over the batch",
                "must_mention": [{"any": ["sum", "batch"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        '        "b_ih": da,\n'
        '        "b_hh": da,\n'
        "    }\n",
    },
    {
        "id": "cb_lena_2_alias_and_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc aliases dc_next, += modifies the input",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
                ],
            },
            {
                "what": "gate order i, f, o, g",
                "must_mention": [{"any": ["order", "i, f, g, o", "ifgo"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tau**2)\n"
        "    do = dh_next * tau\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), do * o * (1 - o), dg * "
        "(1 - g**2)], axis=1)\n"
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_arrays",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H))\n"
        "    cs = np.empty((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    grads = {k: np.zeros(v.shape) for k, v in\n"
        '             {"x": x, "W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": '
        "b_hh}.items()}\n"
        "    dh_carry = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc_carry = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dh_carry + dout[t], dc_carry, x[t], hs[t], cs[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += step[k]\n"
        '        dh_carry, dc_carry = step["h"], step["c"]\n'
        '    grads["h0"] = dh_carry\n'
        '    grads["c0"] = dc_carry\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_ravi_collect",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    states = [(h0, c0)]\n"
        "    for x_t in x:\n"
        "        states.append(lstm_cell(x_t, *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    dh, dc = dh_n, dc_n\n"
        "    steps = []\n"
        "    for t in reversed(range(len(x))):\n"
        "        s = lstm_cell_backward(dout[t] + dh, dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        steps.append(s)\n"
        '        dh, dc = s["h"], s["c"]\n'
        "    steps = steps[::-1]\n"
        '    out = {"x": np.stack([s["x"] for s in steps]), "h0": dh, "c0": dc}\n'
        '    for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "        out[k] = sum(s[k] for s in steps)\n"
        "    return out\n",
    },
    {
        "id": "lb_aiko_h_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh from step t+1 is not added to dout[t]: gradient not carried back "
                "through h",
                "must_mention": [{"any": ["carr", "recurr", "step t+1", "t + 1", "sum of", "add"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_marcus_weights_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients overwritten each step (keeps step 0's) instead of "
                "summed over all steps",
                "must_mention": [{"any": ["sum", "accumul", "all steps", "every step", "add up"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "id": "lb_tomasz_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "passes h_t, c_t (the state after step t) instead of h_{t-1}, c_{t-1} (the "
                "state it started from)",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "starts from",
                            "previous state",
                            "off by one",
                            "before step",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_diego_ignores_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n ignored (always starts from zeros)",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {"any": ["ignor", "not used", "unused", "zeros", "left out", "start"]},
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0)   # nothing comes after the last step\n"
        "    dc = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_fatima_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx collected while walking back and stacked without reversing: in reverse "
                "time order",
                "must_mention": [{"any": ["time order", "revers", "order", "flip"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    dxs = []\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_lena_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the carried gradient into dout[t] in place (caller's dout modified)",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, -1, -1):\n"
        "        dout[t] += dh\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_sven_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: every step gets dc_n instead "
                "of step t+1's 'c'",
                "must_mention": [
                    {"any": ["c_t", "cell", '"c"', "'c'", "dc"]},
                    {"any": ["carr", "step t+1", "t + 1", "back"]},
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_priya_h0_is_total",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "h0/c0 gradients taken as the gradient reaching h_0 at step 0 (dout[0] + "
                "..., the carried dc) instead of step 0's returned 'h' and 'c'",
                "must_mention": [{"any": ["h0", "c0"]}, {"any": ["step 0", "dout[0]", "returned"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        "        if t > 0:\n"
        '            dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dout[0] + dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ravi_if_not_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if dh_n` on an array: crashes (ambiguous truth value) when dh_n is given",
                "must_mention": [{"any": ["is None", "None"]}],
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = dh_n.copy() if dh_n else np.zeros_like(h0)\n"
        "    dc = dc_n.copy() if dc_n else np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_marcus_2_overwrite_no_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients overwritten instead of summed",
                "must_mention": [{"any": ["sum", "accumul", "all steps", "every step", "add up"]}],
            },
            {
                "what": "dh_n and dc_n ignored",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {"any": ["ignor", "not used", "unused", "zeros", "left out", "start"]},
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0)   # nothing comes after the last step\n"
        "    dc = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
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
        "id": "lb_fatima_2_dx_reversed_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx in reverse time order",
                "must_mention": [{"any": ["time order", "revers", "order", "flip"]}],
            },
            {
                "what": "cell-state gradient not carried back",
                "must_mention": [
                    {"any": ["c_t", "cell", '"c"', "'c'", "dc"]},
                    {"any": ["carr", "step t+1", "t + 1", "back"]},
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    dxs = []\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_tomasz_2_skip_step0_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "loop range(T-1, 0, -1) never runs step 0's backward",
                "must_mention": [
                    {"any": ["step 0", "t = 0", "t=0", "range", "off by one", "x[0]"]}
                ],
            },
            {
                "what": "dout modified in place",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_new = f * c + i * g\n"
        "    tau = np.tanh(c_new)\n"
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
        "    for t in range(T - 1, 0, -1):\n"
        "        dout[t] += dh\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]\n'
        '        dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]\n'
        '        db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "ll_ok_mask",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_marcus_per_seq",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_ravi_float_mask",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        outs.append(m * hn)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_marcus_book_zeros_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores h0, c0: starts from zeros as chapter 7's masked_lstm does",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "unused",
                            "from zeros",
                            "zero initial",
                            "starts from zero",
                            "instead of h0",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_tomasz_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths: one padding step too many",
                "must_mention": [
                    {"any": ["off by one", "<=", "one step", "lengths[b] - 1", "one extra"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_aiko_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen state instead of zeros",
                "must_mention": ["zero"],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_diego_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state not frozen on padding: h_n, c_n are the states at T-1, not at each "
                "own last step",
                "must_mention": [
                    {
                        "any": [
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "padding",
                            "froz",
                            "T - 1",
                            "T-1",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = h_new, c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_fatima_T_from_lengths",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T (fails when the longest sequence "
                "is shorter than T)",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "shorter than T",
                            "max(lengths)",
                            "longest",
                            "(T, B, H)",
                            "T steps",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = int(max(lengths))\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
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
                "what": "c is not frozen on padding (only h is)",
                "must_mention": [{"any": ["c_n", "cell"]}],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ravi_mask_wrong_axis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask shaped (1, B) instead of (B, 1): masks hidden units instead of batch "
                "rows (crash when B != H)",
                "must_mention": [{"any": ["(B, 1)", "[:, None]", "mask"]}],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[None, :]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_lena_zero_padding_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "zeroes the padding of the caller's x in place",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        x[t][~m[:, 0]] = 0.0   # clean the padding\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_sven_state_reset",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state set to zero after the end instead of kept: h_n, c_n zero for short "
                "sequences",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "froz",
                            "keep",
                            "kept",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, 0.0)\n"
        "        c = np.where(m, c_new, 0.0)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_marcus_2_zeros_init_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "not used",
                            "unused",
                            "from zeros",
                            "zero initial",
                            "starts from zero",
                            "instead of h0",
                        ]
                    }
                ],
            },
            {
                "what": "mask t <= lengths",
                "must_mention": [
                    {"any": ["off by one", "<=", "one step", "lengths[b] - 1", "one extra"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_aiko_2_out_not_zeroed_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {"what": "out not zeroed past length", "must_mention": ["zero"]},
            {"what": "c not frozen", "must_mention": [{"any": ["c_n", "cell"]}]},
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_fatima_2_maxlen_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "shorter than T",
                            "max(lengths)",
                            "longest",
                            "(T, B, H)",
                            "T steps",
                        ]
                    }
                ],
            },
            {
                "what": "zeroes the caller's x in place",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = int(max(lengths))\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        x[t][~m[:, 0]] = 0.0\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf, cf = np.where(m, hn, hf), np.where(m, cn, cf)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]   # the reverse state waits at its initial value "
        "on padding\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb, cb = np.where(m, hn, hb), np.where(m, cn, cb)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ok_per_sequence",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
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
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        seq = x[:L, b:b + 1]                       # (L, 1, I), only the real steps\n"
        "        for d, (params, order) in enumerate([(fwd, range(L)), (bwd, range(L - 1, -1, "
        "-1))]):\n"
        "            h, c = h0[d, b:b + 1], c0[d, b:b + 1]\n"
        "            for t in order:\n"
        "                h, c = lstm_cell(seq[t], h, c, *params)\n"
        "                out[t, b, d * H:(d + 1) * H] = h[0]\n"
        "            h_n[d, b], c_n[d, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_noor_whole_flip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded time axis: the reverse direction of a short "
                "sequence starts on padding",
                "must_mention": [
                    {"any": ["padding", "own last step", "lengths[b] - 1", "last real", "within"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_tomasz_reverse_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "per-sequence reversal a[L:0:-1] off by one for sequences shorter than T "
                "(reads step L, skips step 0)",
                "must_mention": [
                    {"any": ["off by one", "lengths[b] - 1", "one step", "step 0", "x_0"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[L - 1::-1, b] if L == a.shape[0] else a[L:0:-1, b]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_diego_hn_last_real_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken at each sequence's last real step instead of after step "
                "0",
                "must_mention": [
                    {"any": ["step 0", "out[0", "t = 0", "t=0", "x_0", "its last step"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    H = hf.shape[1]\n"
        "    last = np.asarray(lengths) - 1\n"
        "    hb = out[last, np.arange(len(last)), H:]   # state at the last real step\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_fatima_flip_back_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs flipped back over the whole T instead of within each "
                "length (right only when lengths == T)",
                "must_mention": [{"any": ["flip", "order", "within", "own length"]}],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_sven_reverse_half_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {"what": "reverse half of out not zeroed past each length", "must_mention": ["zero"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf, cf = np.where(m, hn, hf), np.where(m, cn, cf)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]   # the reverse state waits at its initial value "
        "on padding\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb, cb = np.where(m, hn, hb), np.where(m, cn, cb)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_priya_hn_concat",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n concatenated to (B, 2H) instead of stacked to (2, B, H)",
                "must_mention": [{"any": ["(2, B, H)", "stack", "2, B, H"]}],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.concatenate([hf, hb], axis=1), np.concatenate([cf, cb], "
        "axis=1))\n",
    },
    {
        "id": "bl_lena_inplace_reverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the caller's x in place and leaves it so",
                "must_mention": [
                    {"any": ["modif", "chang", "in place", "in-place", "unchanged", "overwr"]}
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b, L in enumerate(lengths):          # reverse in place, no copy of x\n"
        "        x[:int(L), b] = x[:int(L), b][::-1]\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ravi_reverse_state_not_held",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse state updated on padding too (starts at T-1 instead of each own "
                "last step)",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "initial value",
                            "T - 1",
                            "T-1",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf, cf = np.where(m, hn, hf), np.where(m, cn, cf)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]   # the reverse state waits at its initial value "
        "on padding\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb, cb = hn, cn\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_marcus_no_flip_back",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order, not put back in time order",
                "must_mention": [{"any": ["flip", "time order", "order", "back"]}],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_noor_2_whole_flip_hn_concat",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "whole padded axis reversed: reverse direction starts on padding",
                "must_mention": [
                    {"any": ["padding", "own last step", "lengths[b] - 1", "last real", "within"]}
                ],
            },
            {
                "what": "h_n concatenated to (B, 2H)",
                "must_mention": [{"any": ["(2, B, H)", "stack", "2, B, H"]}],
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.concatenate([hf, hb], axis=1), np.concatenate([cf, cb], "
        "axis=1))\n",
    },
    {
        "id": "bl_diego_2_hn_last_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken at the last real step",
                "must_mention": [
                    {"any": ["step 0", "out[0", "t = 0", "t=0", "x_0", "its last step"]}
                ],
            },
            {"what": "reverse half not zeroed past the length", "must_mention": ["zero"]},
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        hf, cf = np.where(m, hn, hf), np.where(m, cn, cf)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]   # the reverse state waits at its initial value "
        "on padding\n"
        "        hn, cn = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb, cb = np.where(m, hn, hb), np.where(m, cn, cb)\n"
        "        out[t, :, H:] = np.where(m, hn, hb)\n"
        "    last = lengths - 1\n"
        "    hb = out[last, np.arange(B), H:]\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_tomasz_2_off_by_one_fwd_weights",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "per-sequence reversal off by one",
                "must_mention": [
                    {"any": ["off by one", "lengths[b] - 1", "one step", "step 0", "x_0"]}
                ],
            },
            {
                "what": "reverse direction uses the forward weights",
                "must_mention": [
                    {
                        "any": [
                            "bwd",
                            "forward weights",
                            "forward's weights",
                            "forward direction's weights",
                            "weights of the forward",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_each(a, lengths):\n"
        '    """Reverse a (T, B, ...) array within each sequence\'s own length; padding stays '
        'put."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[L - 1::-1, b] if L == a.shape[0] else a[L:0:-1, b]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *fwd)\n"
        "    out_b = reverse_each(out_b, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
]
