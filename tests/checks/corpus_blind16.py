# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The sixteenth blind corpus, kept as its two authors wrote it (/work/blind16a and /work/blind16b,
split by graded names as for corpora 10-15; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students and write every entry in one of their voices, some mistakes showing only in some
configurations; run on 9e6d99d (after the thirteenth round); the words a message must contain
were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_jo_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "# jo: split by sign with boolean masks, each half in its safe form\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_ana_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "# ana: sigma(z) = exp(-log(1 + e^{-z})), and logaddexp never overflows\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sig_ivan_tanh_half",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "# ivan: the identity from the lecture, sigma(z) = (1 + tanh(z/2)) / 2; tanh "
        "saturates, no exp at all\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n",
    },
    {
        "id": "sig_dara_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "naive 1/(1+exp(-z)) overflows for z << 0", "must_mention": ["overflow"]}
        ],
        "source": "\n"
        "# dara: straight from the blog post I learned LSTMs from\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_fatima_clip10",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10]: values saturate wrongly for |z| > 10",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "saturat",
                            "large |z|",
                            "large z",
                            "large values",
                            "large input",
                            "far from 0",
                            "|z| >",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# fatima: clip the input so exp can never blow up (like I did in MATLAB)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.clip(z, -10, 10)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_hana_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [{"what": "casts to float32", "must_mention": ["float32"]}],
        "source": "\n"
        "# hana: PyTorch works in float32 by default, so I do too\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n",
    },
    {
        "id": "sig_chen_where_both",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so exp still overflows",
                "must_mention": [
                    "overflow",
                    {
                        "any": [
                            "np.where",
                            "both branches",
                            "both halves",
                            "both expressions",
                            "evaluates both",
                            "both sides",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "# chen: one-liner, pick the safe branch per element\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_eli_inplace_floor",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes into the caller's array z (in place)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modifies",
                            "modified",
                            "changed the input",
                            "changes the input",
                            "changed its input",
                            "changes its input",
                            "unchanged",
                            "overwrit",
                            "mutat",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# eli: floor very negative inputs at -700 (exp(700) is still finite); no extra array "
        "needed\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z[z < -700] = -700.0\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_chen_math_scalar",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "if/math.exp works on scalars only, not elementwise on arrays",
                "must_mention": [
                    {
                        "any": [
                            "scalar",
                            "elementwise",
                            "element-wise",
                            "math.exp",
                            "one number",
                            "each element",
                            "per element",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# chen: the hint says: for z < 0 use e^z / (1 + e^z)\n"
        "import math\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    if z >= 0:\n"
        "        return 1 / (1 + math.exp(-z))\n"
        "    return math.exp(z) / (1 + math.exp(z))\n",
    },
    {
        "id": "sig_ivan_tanh_nohalf",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "0.5*(1+tanh(z)) instead of tanh(z/2)",
                "must_mention": [{"any": ["tanh", "z/2", "z / 2", "half"]}],
            }
        ],
        "source": "\n"
        "# ivan: sigmoid is just a shifted tanh\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 0.5 * (1 + np.tanh(np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sig_gus_f32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "naive formula overflows", "must_mention": ["overflow"]},
            {"what": "float32 result", "must_mention": ["float32"]},
        ],
        "source": "\n"
        "# gus: quick and done\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_fatima_ravel_abs",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "flattens: returns a 1-D array instead of z's shape",
                "must_mention": [
                    {"any": ["flatten", "ravel", "1-d", "1d", "same shape", "shape (", "flat"]}
                ],
            },
            {
                "what": "for z < 0 returns sigma(|z|): the negative branch e/(1+e) is missing",
                "must_mention": [{"any": ["negative", "z < 0", "z<0", "sign", "|z|", "abs"]}],
            },
        ],
        "source": "\n"
        "# fatima: vectorise over a flat vector, like (:) in MATLAB; e^{-|z|} never overflows\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float).ravel()\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return 1.0 / (1.0 + e)\n",
    },
    {
        "id": "gat_jo_split",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # jo: all four pre-activations at once, then split the columns\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gat_dara_concat",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # dara: like the blog, one matrix acting on [x, h]\n"
        "    xh = np.concatenate([x, h], axis=1)          # (B, I+H)\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)     # (4H, I+H)\n"
        "    z = xh @ W.T + (b_ih + b_hh)\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return (i, f, g, o)\n",
    },
    {
        "id": "gat_hana_loop",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        'GATE_ACT = {"i": "sigmoid", "f": "sigmoid", "g": "tanh", "o": "sigmoid"}\n'
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # hana: one block per gate, table-driven\n"
        "    H = W_hh.shape[1]\n"
        "    result = []\n"
        '    for k, name in enumerate("ifgo"):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        pre = x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + b_hh[rows]\n"
        '        result.append(sigmoid(pre) if GATE_ACT[name] == "sigmoid" else np.tanh(pre))\n'
        "    return tuple(result)\n",
    },
    {
        "id": "gat_ben_tf_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks as (i, g, f, o) instead of (i, f, g, o)",
                "must_mention": [{"any": ["order", "swap", "exchanged", "interchanged"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ben: TensorFlow's LSTMCell packs i, j(=g), f, o\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, g, f, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gat_ivan_g_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "g uses sigmoid instead of tanh", "must_mention": ["tanh"]}],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ivan: gates are sigmoids\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        '    print("gate pre-activations", a.shape)\n'
        "    return sigmoid(a_i), sigmoid(a_f), sigmoid(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gat_ana_columns",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "column-vector layout: gates come out (H, B), transposed",
                "must_mention": [
                    {"any": ["transpos", "(h, b)", "x @ w", "x @ W.T", "swapped axes"]}
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ana: column vectors, exactly as the equations are written (W x_t)\n"
        "    a = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]  # (4H, B)\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(a[0:H])\n"
        "    f = sigmoid(a[H:2 * H])\n"
        "    g = np.tanh(a[2 * H:3 * H])\n"
        "    o = sigmoid(a[3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gat_gus_one_bias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh is never added",
                "must_mention": [
                    {"any": ["b_hh", "bias_hh", "recurrent bias", "hidden bias", "second bias"]}
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # gus\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    H = a.shape[1] // 4\n"
        "    return sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n",
    },
    {
        "id": "gat_chen_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split along axis 0 (batch rows) instead of axis 1",
                "must_mention": [{"any": ["axis", "column", "batch rows", "rows of the batch"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # chen\n"
        "    i, f, g, o = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gat_fatima_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape of the weights instead of transpose",
                "must_mention": [{"any": ["reshape", "transpos", ".T"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # fatima: make the weights (I, 4H) so x (B, I) can multiply them\n"
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.reshape(I, 4 * H) + h @ W_hh.reshape(H, 4 * H) + b_ih + b_hh\n"
        "    return (sigmoid(a[:, 0:H]), sigmoid(a[:, H:2 * H]),\n"
        "            np.tanh(a[:, 2 * H:3 * H]), sigmoid(a[:, 3 * H:4 * H]))\n",
    },
    {
        "id": "gat_eli_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b += b_hh modifies the caller's b_ih",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modifies",
                            "modified",
                            "changed the input",
                            "changes the input",
                            "changed its input",
                            "changes its input",
                            "unchanged",
                            "overwrit",
                            "mutat",
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
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # eli: add the two biases once, in place, to save an allocation\n"
        "    b = b_ih\n"
        "    b += b_hh\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gat_dara_concat_swapped",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "stacks [x, h] but [W_hh, W_ih]: columns of the weights do not match the "
                "inputs",
                "must_mention": [
                    {
                        "any": [
                            "concaten",
                            "stack",
                            "W_hh",
                            "W_ih",
                            "weight_hh",
                            "weight_ih",
                            "swapped",
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
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # dara: one big matrix on the stacked input\n"
        "    xh = np.hstack([x, h])\n"
        "    W = np.hstack([W_hh, W_ih])\n"
        "    z = xh @ W.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(z, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gat_gus_tf_naive",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "blocks split as (i, g, f, o)",
                "must_mention": [{"any": ["order", "swap", "exchanged", "interchanged"]}],
            },
            {"what": "naive sigmoid overflows", "must_mention": ["overflow"]},
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # gus: copied the gate order from my TF project\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, g, f, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gat_ivan_gsig_bias_twice",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "g uses sigmoid instead of tanh", "must_mention": ["tanh"]},
            {
                "what": "adds b_ih twice instead of b_ih + b_hh",
                "must_mention": [{"any": ["b_hh", "bias_hh", "twice"]}],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ivan\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), sigmoid(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "cel_jo_split",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # jo\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i, f, g, o = np.split(gates, 4, axis=-1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cel_ana_einsum_blocks",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ana: one weight block per gate, W_ii, W_hi, ... as in the equations\n"
        "    H = W_hh.shape[1]\n"
        "\n"
        "    def pre(k):\n"
        "        r = slice(k * H, (k + 1) * H)\n"
        '        return (np.einsum("bi,hi->bh", x, W_ih[r]) + b_ih[r]\n'
        '                + np.einsum("bj,hj->bh", h, W_hh[r]) + b_hh[r])\n'
        "\n"
        "    i_t = sigmoid(pre(0))\n"
        "    f_t = sigmoid(pre(1))\n"
        "    g_t = np.tanh(pre(2))\n"
        "    o_t = sigmoid(pre(3))\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    h_t = o_t * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cel_ivan_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old c, not c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "old c",
                            "previous c",
                            "c_t-1",
                            "previous cell",
                            "instead of c_next",
                            "instead of c_t",
                            "old cell",
                            "c_{t - 1}",
                            "input c",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ivan\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_dara_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "h_next = o * c_next: tanh of c_next missing", "must_mention": ["tanh"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # dara\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2*H]); g = np.tanh(z[:, 2*H:3*H]); o = "
        "sigmoid(z[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_gus_return_swapped",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap", "exchanged", "interchanged"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # gus\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h = sigmoid(o) * np.tanh(c)\n"
        "    return c, h\n",
    },
    {
        "id": "cel_chen_no_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f*c + g: the input gate i does not multiply g",
                "must_mention": [
                    {"any": ["input gate", "i_t", "i ⊙", "i*g", "i * g", "missing i", "without i"]}
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # chen\n"
        "    i, f, g, o = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)\n"
        "    c2 = sigmoid(f) * c + np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c2), c2\n",
    },
    {
        "id": "cel_eli_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c *= f modifies the caller's c",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modifies",
                            "modified",
                            "changed the input",
                            "changes the input",
                            "changed its input",
                            "changes its input",
                            "unchanged",
                            "overwrit",
                            "mutat",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # eli: update the cell state in place, no temporaries\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c *= f\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cel_hana_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [{"what": "casts results to float32", "must_mention": ["float32"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # hana: match nn.LSTMCell, which is float32\n"
        "    a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).astype(np.float32)\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = (f * c + i * g).astype(np.float32)\n"
        "    h_next = (o * np.tanh(c_next)).astype(np.float32)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_ben_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [{"what": "own naive sigmoid overflows", "must_mention": ["overflow"]}],
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
        "def sig(v):\n"
        "    return 1.0 / (1.0 + np.exp(-v))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ben: my own sig, shorter than the one above\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sig(a_i), sig(a_f), np.tanh(a_g), sig(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cel_chen_squeeze",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B == 1, then split axis=1 crashes",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "b=1",
                            "b = 1",
                            "batch of one",
                            "batch of 1",
                            "batch size 1",
                            "single example",
                            "one example",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # chen: squeeze away the stray dimensions first\n"
        "    a = np.squeeze(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh)\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_n = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    return sigmoid(o) * np.tanh(c_n), c_n\n",
    },
    {
        "id": "cel_ana_f_rows_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate reads rows 0:H (the input gate's) instead of H:2H",
                "must_mention": [
                    {"any": ["forget"]},
                    {"any": ["0:h", "[0:h]", "input gate", "w_ii", "w_hi", "rows", "block"]},
                ],
            },
            {
                "what": "h_t uses tanh of the old c",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "old c",
                            "previous c",
                            "c_t-1",
                            "previous cell",
                            "instead of c_next",
                            "instead of c_t",
                            "old cell",
                            "c_{t - 1}",
                            "input c",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # ana\n"
        "    H = W_hh.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_t = sigmoid(a[:, 0:H])\n"
        "    f_t = sigmoid(a[:, 0:H])\n"
        "    g_t = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(a[:, 3 * H:4 * H])\n"
        "    h_t = o_t * np.tanh(c)\n"
        "    c_t = f_t * c + i_t * g_t\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "cel_hana_nobhh_o_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh never added",
                "must_mention": [
                    {"any": ["b_hh", "bias_hh", "recurrent bias", "hidden bias", "second bias"]}
                ],
            },
            {
                "what": "output gate uses tanh instead of sigmoid",
                "must_mention": [
                    {"any": ["output gate", "o gate", "gate o", "o_t"]},
                    {"any": ["tanh", "sigmoid"]},
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # hana\n"
        "    H = W_hh.shape[1]\n"
        "    pre = {}\n"
        '    for k, name in enumerate("ifgo"):\n'
        "        r = slice(k * H, (k + 1) * H)\n"
        "        pre[name] = x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T\n"
        '    i, f = sigmoid(pre["i"]), sigmoid(pre["f"])\n'
        '    g, o = np.tanh(pre["g"]), np.tanh(pre["o"])\n'
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cel_eli_inplace_naive",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c modified in place",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modifies",
                            "modified",
                            "changed the input",
                            "changes the input",
                            "changed its input",
                            "changes its input",
                            "unchanged",
                            "overwrit",
                            "mutat",
                        ]
                    }
                ],
            },
            {"what": "naive sigmoid overflows", "must_mention": ["overflow"]},
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # eli: fast version, in place and with the simple sigmoid\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    s = 1.0 / (1.0 + np.exp(-a))\n"
        "    H = c.shape[1]\n"
        "    c *= s[:, H:2 * H]\n"
        "    c += s[:, :H] * np.tanh(a[:, 2 * H:3 * H])\n"
        "    return s[:, 3 * H:] * np.tanh(c), c\n",
    },
    {
        "id": "lay_jo_stack",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # jo\n"
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
        "id": "lay_hana_prealloc",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # hana: time axis first internally, preallocated output, my own step inline\n"
        "    xs = np.moveaxis(np.asarray(x, dtype=np.float64), 1, 0) if batch_first else "
        "np.asarray(x, dtype=np.float64)\n"
        "    steps, batch = xs.shape[0], xs.shape[1]\n"
        "    hidden = W_hh.shape[1]\n"
        "    state_h = np.zeros((batch, hidden)) if h0 is None else np.array(h0, "
        "dtype=np.float64)\n"
        "    state_c = np.zeros((batch, hidden)) if c0 is None else np.array(c0, "
        "dtype=np.float64)\n"
        "    xw = xs @ W_ih.T + (b_ih + b_hh)          # input part of every step at once: (T, "
        "B, 4H)\n"
        "    out = np.empty((steps, batch, hidden))\n"
        "    for t in range(steps):\n"
        "        a = xw[t] + state_h @ W_hh.T\n"
        "        i = sigmoid(a[:, :hidden])\n"
        "        f = sigmoid(a[:, hidden:2 * hidden])\n"
        "        g = np.tanh(a[:, 2 * hidden:3 * hidden])\n"
        "        o = sigmoid(a[:, 3 * hidden:])\n"
        "        state_c = f * state_c + i * g\n"
        "        state_h = o * np.tanh(state_c)\n"
        "        out[t] = state_h\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (state_h, state_c)\n",
    },
    {
        "id": "lay_gus_no_none",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h0/c0 = None not handled: no zero initial state",
                "must_mention": [{"any": ["zero"]}],
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # gus\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_chen_or_zeros",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "`h0 or zeros` tests an array's truth value: crashes when h0 is given",
                "must_mention": [
                    {"any": ["is none", "is not none", "truth value", " or ", "`or`", "ambiguous"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # chen\n"
        "    x = x.swapaxes(0, 1) if batch_first else x\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    h = h0 or np.zeros((B, H))\n"
        "    c = c0 or np.zeros((B, H))\n"
        "    hs = []\n"
        "    for t in range(len(x)):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs += [h]\n"
        "    out = np.array(hs)\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "lay_ivan_bf_ignored",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first is ignored: loops over the batch axis",
                "must_mention": [
                    "batch_first",
                    {
                        "any": [
                            "ignor",
                            "not handled",
                            "axis",
                            "transpos",
                            "layout",
                            "time first",
                            "swap",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # ivan\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        '    print("out", out.shape)\n'
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_ana_bf_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, out is not transposed back to (B, T, H)",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "transpos",
                            "(b, t",
                            "(t, b",
                            "time first",
                            "batch first",
                            "batch-first",
                            "swapaxes",
                            "layout",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # ana\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)   # (T, B, I)\n"
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
        "id": "lay_hana_out_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks c_t instead of h_t",
                "must_mention": [{"any": ["c_t", "cell state", "c instead of h", "of c"]}],
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # hana: the memory is what the layer outputs\n"
        "    if batch_first:\n"
        "        x = np.moveaxis(x, 1, 0)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    states = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        states.append(c)\n"
        "    out = np.stack(states)\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_fatima_from1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t = 1: x_0 is skipped",
                "must_mention": [
                    {
                        "any": [
                            "skip",
                            "first step",
                            "x_0",
                            "x[0]",
                            "t = 0",
                            "t=0",
                            "range(1",
                            "one step short",
                            "missing step",
                            "T - 1 steps",
                            "T-1 steps",
                            "step 0 is",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # fatima: the first step is the initial state, the loop goes from 1\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out).reshape(T - 1, B, H)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_dara_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step restarts from (h0, c0): the state is not carried",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "previous step",
                            "h_{t-1}",
                            "not updated",
                            "fed back",
                            "feed",
                            "every step from",
                            "each step from",
                            "restart",
                            "pass the state",
                            "passed on",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # dara\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_eli_buffers",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the new state into h0/c0's memory (in place)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modifies",
                            "modified",
                            "changed the input",
                            "changes the input",
                            "changed its input",
                            "changes its input",
                            "unchanged",
                            "overwrit",
                            "mutat",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # eli: reuse two state buffers instead of allocating each step\n"
        "    if batch_first:\n"
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_gus_B_before_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, B is read from x.shape[1] before transposing: the zero "
                "state has T rows",
                "must_mention": [
                    {
                        "any": [
                            "batch size",
                            "zero state",
                            "zero initial",
                            "zeros",
                            "initial state",
                            "x.shape[1]",
                            "x.shape",
                            "(t, h)",
                            "number of rows",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # gus\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    out = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_ana_bf_cn_is_h",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, out is not transposed back",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "transpos",
                            "(b, t",
                            "(t, b",
                            "time first",
                            "batch first",
                            "batch-first",
                            "swapaxes",
                            "layout",
                        ]
                    },
                ],
            },
            {
                "what": "returns h for c_n",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "h_t", "hidden state", "same as h", "instead of c", "of h"]},
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # ana\n"
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
        "    return out, (h, h)\n",
    },
    {
        "id": "lay_fatima_zeroslike_axis1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero state built as zeros_like(x[0]): (B, I) instead of (B, H)",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "(b, i)",
                            "input size",
                            "i features",
                            "zero state",
                            "zero initial",
                            "initial state",
                        ]
                    }
                ],
            },
            {
                "what": "np.stack(..., axis=1): out comes out batch first / transposed",
                "must_mention": [
                    "out",
                    {"any": ["transpos", "(b, t", "axis", "(t, b", "layout", "swap"]},
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # fatima\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    h = np.zeros_like(x[0]) if h0 is None else h0\n"
        "    c = np.zeros_like(x[0]) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(x.shape[0]):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_dara_flat_bf_ignored",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (out, h, c) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {"any": ["tuple", "nested", "(h_n, c_n)", "three", "3 values", "pair"]}
                ],
            },
            {
                "what": "batch_first ignored",
                "must_mention": [
                    "batch_first",
                    {
                        "any": [
                            "ignor",
                            "not handled",
                            "axis",
                            "transpos",
                            "layout",
                            "time first",
                            "swap",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    # dara\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.stack(out), h, c\n",
    },
    {
        "id": "shp_jo",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "def lstm_output_shapes(\n"
        "    seq_len,\n"
        "    batch,\n"
        "    input_size,\n"
        "    hidden_size,\n"
        "    num_layers=1,\n"
        "    bidirectional=False,\n"
        "    batch_first=False,\n"
        "    proj_size=0,\n"
        "):\n"
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shp_hana",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # hana: spell out every rule from the docs\n"
        "    directions = 2 if bidirectional else 1\n"
        "    h_size = hidden_size\n"
        "    if proj_size:\n"
        "        h_size = proj_size            # h_t is projected, c_t is not\n"
        "    time_batch = [int(seq_len), int(batch)]\n"
        "    if batch_first:\n"
        "        time_batch.reverse()\n"
        "    shapes = {}\n"
        '    shapes["out"] = tuple(time_batch + [directions * int(h_size)])\n'
        '    shapes["h_n"] = (int(num_layers * directions), int(batch), int(h_size))\n'
        '    shapes["c_n"] = (int(num_layers * directions), int(batch), int(hidden_size))\n'
        "    return shapes\n",
    },
    {
        "id": "shp_ana_no_D_states",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first axis is num_layers, missing the factor D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "num_layers * d",
                            "l * d",
                            "d * num_layers",
                            "2 *",
                            "times 2",
                            "× 2",
                            "doubl",
                            "d * h",
                            "d*h",
                            "2h",
                            "2 h",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # ana\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * Hh)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * Hh)\n"
        '    return {"out": out, "h_n": (num_layers, batch, Hh), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shp_dara_proj_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n also projected to proj_size",
                "must_mention": ["c_n", {"any": ["proj", "not projected", "hidden_size"]}],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # dara\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H), "c_n": (D * num_layers, '
        "batch, H)}\n",
    },
    {
        "id": "shp_ben_proj_ignored",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size ignored: out and h_n should have proj_size features",
                "must_mention": ["proj", {"any": ["ignor", "projected"]}],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # ben: proj_size is an exotic option, the shapes are the usual ones\n"
        "    D = 2 if bidirectional else 1\n"
        "    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * "
        "hidden_size)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, hidden_size), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shp_chen_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "returns lists, not tuples", "must_mention": ["list"]}],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # chen\n"
        "    D = 1 + bidirectional\n"
        "    P = proj_size or hidden_size\n"
        "    o = [seq_len, batch, D * P]\n"
        "    if batch_first:\n"
        "        o[0], o[1] = o[1], o[0]\n"
        '    return {"out": o, "h_n": [D * num_layers, batch, P], "c_n": [D * num_layers, '
        "batch, hidden_size]}\n",
    },
    {
        "id": "shp_ivan_layers_in_out",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis multiplied by num_layers: out holds only the last layer",
                "must_mention": [{"any": ["num_layers", "layers", "top layer", "last layer"]}],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # ivan: out concatenates what every layer and direction produce\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size > 0 else hidden_size\n"
        "    feat = num_layers * D * Hh\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, Hh), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shp_eli_builds_lstm",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "builds an nn.LSTM: torch is not available when graded",
                "must_mention": ["torch"],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # eli: safest is to ask PyTorch itself\n"
        "    import torch\n"
        "    from torch import nn\n"
        "\n"
        "    lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, "
        "bidirectional=bidirectional,\n"
        "                   batch_first=batch_first, proj_size=proj_size)\n"
        "    x = torch.zeros((batch, seq_len, input_size) if batch_first else (seq_len, batch, "
        "input_size))\n"
        "    with torch.no_grad():\n"
        "        out, (h_n, c_n) = lstm(x)\n"
        '    return {"out": tuple(out.shape), "h_n": tuple(h_n.shape), "c_n": '
        "tuple(c_n.shape)}\n",
    },
    {
        "id": "shp_fatima_inverted_bf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first logic inverted: time-first default gives (batch, seq_len, "
                "...)",
                "must_mention": [
                    {
                        "any": [
                            "inverted",
                            "reversed",
                            "the other way",
                            "time first",
                            "time-first",
                            "seq_len first",
                            "(seq_len, batch",
                            "swapped",
                            "opposite",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # fatima: data is (batch, time, features), unless batch_first says the time comes "
        "first\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = hidden_size if proj_size == 0 else proj_size\n"
        "    if not batch_first:\n"
        "        out = (batch, seq_len, D * Hh)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * Hh)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, Hh), "c_n": (D * num_layers, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shp_gus_bf_states_noD_out",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n made batch first with batch_first",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "never",
                            "only out",
                            "only x and out",
                            "does not",
                            "doesn't",
                            "unaffected",
                            "not batch first",
                            "not batch-first",
                        ]
                    },
                ],
            },
            {
                "what": "out's last axis misses the factor D (2 directions)",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "num_layers * d",
                            "l * d",
                            "d * num_layers",
                            "2 *",
                            "times 2",
                            "× 2",
                            "doubl",
                            "d * h",
                            "d*h",
                            "2h",
                            "2 h",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # gus\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size if proj_size else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, Hh), "h_n": (batch, D * num_layers, Hh), '
        '"c_n": (batch, D * num_layers, hidden_size)}\n'
        '    return {"out": (seq_len, batch, Hh), "h_n": (D * num_layers, batch, Hh), "c_n": '
        "(D * num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shp_dara_projc_noD",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n projected too",
                "must_mention": ["c_n", {"any": ["proj", "not projected", "hidden_size"]}],
            },
            {
                "what": "h_n/c_n first axis misses D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "num_layers * d",
                            "l * d",
                            "d * num_layers",
                            "2 *",
                            "times 2",
                            "× 2",
                            "doubl",
                            "d * h",
                            "d*h",
                            "2h",
                            "2 h",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "\n"
        "    # dara\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "H)}\n",
    },
    {
        "id": "scr_jo",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "# jo: dict of parameters by name, one loop per layer and direction\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_ivan_hn_last_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from seq[-1] (after x_{T-1}) instead of its "
                "state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[0",
                            "after x_0",
                            "x_0",
                            "seq[-1]",
                            "out[-1",
                            "state after",
                            "last step it",
                            "final state",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# ivan: chapter 4 says h_n is out[-1]\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = seq[-1], c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_chen_next_layer_fwd_only",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k > 0 reads only the forward direction's output, not both",
                "must_mention": [
                    {
                        "any": [
                            "both directions",
                            "d * h",
                            "d*h",
                            "2h",
                            "2 * h",
                            "concaten",
                            "reverse direction's output",
                            "both direction",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# chen: the next layer reads the forward output\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = outs[0] if layer < L - 1 else np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_ana_rows_dir_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state rows indexed d * L + k instead of k * D + d",
                "must_mention": [
                    {
                        "any": [
                            "row order",
                            "rows",
                            "k * d + d",
                            "k*d+d",
                            "layer by layer",
                            "direction-major",
                            "direction major",
                            "layer * d",
                            "order of the states",
                            "state order",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# ana: states indexed (direction, layer)\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = d * L + layer\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_gus_bias_always",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias parameters (extra keys)",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "extra key",
                            "unexpected key",
                            "keys",
                            "no bias",
                            "should not",
                            "bias=false",
                            "has no bias",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "# gus: biases never hurt\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        '                self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * H,))\n'
        '                self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * H,))\n'
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if True:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_dara_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps references to the given arrays (no copy)",
                "must_mention": [
                    "load",
                    {
                        "any": [
                            "copy",
                            "copies",
                            "shares",
                            "shared",
                            "same array",
                            "alias",
                            "memory",
                            "later changes",
                            "changing the",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "# dara: just keep the arrays we are given\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_fatima_normal_init",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weights drawn from a normal distribution: values outside [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {"any": ["uniform", "bound", "1/sqrt", "1/√", "1 / sqrt", "outside", "range"]}
                ],
            }
        ],
        "source": "\n"
        "# fatima: Gaussian init with std 1/sqrt(H), as in my ML course\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.normal(0.0, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.normal(0.0, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_ana_bf_states",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first, h_n/c_n transposed to batch first too",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "never",
                            "only out",
                            "only x and out",
                            "does not",
                            "doesn't",
                            "unaffected",
                            "not batch first",
                            "not batch-first",
                            "transpos",
                        ]
                    },
                ],
            }
        ],
        "source": "\n"
        "# ana: batch_first means batch first everywhere\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n = h_n.transpose(1, 0, 2)\n"
        "            c_n = c_n.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_ben_order_rev",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read as (i, f, o, g)",
                "must_mention": [{"any": ["order", "swap", "exchanged", "interchanged"]}],
            },
            {
                "what": "reverse outputs stored in processing order, not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "back in order",
                            "[::-1]",
                            "index t",
                            "reversed order",
                            "stored at",
                            "in the order",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "# ben: gate layout (i, f, o, g) like my Keras notes; reverse pass stored as computed\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        o = _sigmoid(a[:, 2 * H:3 * H])\n"
        "        g = np.tanh(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for n, t in enumerate(steps):\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[n] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_chen_init_width_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weight_ih_l{k>0} initialised with input_size columns instead of D*H",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "d * h",
                            "d*h",
                            "h * d",
                            "layer 1",
                            "later layers",
                            "layers after",
                            "k > 0",
                            "k>0",
                        ]
                    }
                ],
            },
            {
                "what": "state rows indexed d * L + k",
                "must_mention": [
                    {
                        "any": [
                            "row order",
                            "rows",
                            "k * d + d",
                            "k*d+d",
                            "layer by layer",
                            "direction-major",
                            "direction major",
                            "layer * d",
                            "order of the states",
                            "state order",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "# chen\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        self.params = {name: np.array(value, dtype=np.float64) for name, value in "
        "state.items()}\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = d * L + layer\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_gus_hx_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "seed ignored: same seed, different parameters",
                "must_mention": ["seed", {"any": ["same", "reproduc", "differ", "ignor"]}],
            },
            {
                "what": "hx ignored: always starts from zeros",
                "must_mention": [
                    {"any": ["hx", "h_0", "initial state"]},
                    {"any": ["ignor", "zero", "not used", "unused"]},
                ],
            },
        ],
        "source": "\n"
        "# gus: zeros are what nn.LSTM uses anyway\n"
        "import numpy as np\n"
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
        "        rng = np.random.default_rng()\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
        "        h0 = np.zeros((L * D, B, H))\n"
        "        c0 = np.zeros((L * D, B, H))\n"
        "        h_n = np.zeros((L * D, B, H))\n"
        "        c_n = np.zeros((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_eli_sd_shared_inplace",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (no copies)",
                "must_mention": [
                    "state_dict",
                    {
                        "any": [
                            "copy",
                            "copies",
                            "shares",
                            "shared",
                            "same array",
                            "alias",
                            "memory",
                            "later changes",
                            "changing the",
                        ]
                    },
                ],
            },
            {
                "what": "c updated in place: modifies the caller's c_0 (hx)",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modifies",
                            "modified",
                            "changed the input",
                            "changes the input",
                            "changed its input",
                            "changes its input",
                            "unchanged",
                            "overwrit",
                            "mutat",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "# eli: no needless copies\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "in_size))\n"
        '                self.params["weight_hh" + suffix] = rng.uniform(-k, k, size=(4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        '                    self.params["bias_hh" + suffix] = rng.uniform(-k, k, size=(4 * '
        "H,))\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return dict(self.params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c *= f\n"
        "        c += i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_fatima_normal_f32",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "normal init, values outside the bound",
                "must_mention": [
                    {"any": ["uniform", "bound", "1/sqrt", "1/√", "1 / sqrt", "outside", "range"]}
                ],
            },
            {"what": "parameters (and so outputs) in float32", "must_mention": ["float32"]},
        ],
        "source": "\n"
        "# fatima: normal init, float32 to save memory\n"
        "import numpy as np\n"
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
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        "            for suffix in self._suffixes(layer):\n"
        '                self.params["weight_ih" + suffix] = rng.normal(0.0, k, size=(4 * H, '
        "in_size)).astype(np.float32)\n"
        '                self.params["weight_hh" + suffix] = rng.normal(0.0, k, size=(4 * H, '
        "H)).astype(np.float32)\n"
        "                if bias:\n"
        '                    self.params["bias_ih" + suffix] = rng.normal(0.0, k, size=(4 * '
        "H,)).astype(np.float32)\n"
        '                    self.params["bias_hh" + suffix] = rng.normal(0.0, k, size=(4 * '
        "H,)).astype(np.float32)\n"
        "\n"
        "    def _suffixes(self, layer):\n"
        '        names = [f"_l{layer}"]\n'
        "        if self.bidirectional:\n"
        '            names.append(f"_l{layer}_reverse")\n'
        "        return names\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: value.copy() for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        expected = set(self.params)\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"keys differ: missing {sorted(expected - set(state))}, "\n'
        '                           f"extra {sorted(set(state) - expected)}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float32)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _step(self, x, h, c, suffix):\n"
        "        p = self.params\n"
        '        a = x @ p["weight_ih" + suffix].T + h @ p["weight_hh" + suffix].T\n'
        "        if self.bias:\n"
        '            a = a + p["bias_ih" + suffix] + p["bias_hh" + suffix]\n'
        "        H = self.hidden_size\n"
        "        i = _sigmoid(a[:, 0:H])\n"
        "        f = _sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = _sigmoid(a[:, 3 * H:4 * H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        return h, c\n"
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
        "            for d, suffix in enumerate(self._suffixes(layer)):\n"
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                seq = np.zeros((T, B, H))\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                for t in steps:\n"
        "                    h, c = self._step(layer_in[t], h, c, suffix)\n"
        "                    seq[t] = h\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_hana",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "# hana: parameters in one dict, each direction runs over a (possibly flipped) "
        "sequence\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        '        self.dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            width = input_size if k == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        '                shapes = {"weight_ih": (4 * hidden_size, width), "weight_hh": (4 * '
        "hidden_size, hidden_size)}\n"
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * hidden_size,)\n'
        '                    shapes["bias_hh"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        '                    self._p[f"{name}_l{k}{sfx}"] = rng.uniform(-bound, bound, shape)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: val.astype(np.float64, copy=True) for key, val in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing, extra = set(self._p) - set(state), set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        new = {}\n"
        "        for key, val in state.items():\n"
        "            val = np.array(val, dtype=np.float64)  # np.array copies\n"
        "            if val.shape != self._p[key].shape:\n"
        '                raise ValueError(f"{key} has shape {val.shape}, expected '
        '{self._p[key].shape}")\n'
        "            new[key] = val\n"
        "        self._p = new\n"
        "\n"
        "    @staticmethod\n"
        "    def _sig(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _run(self, xs, h, c, k, sfx):\n"
        "        p = self._p\n"
        '        W_ih, W_hh = p[f"weight_ih_l{k}{sfx}"], p[f"weight_hh_l{k}{sfx}"]\n'
        '        b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"] if self.bias else 0.0\n'
        "        xw = xs @ W_ih.T + b  # (T, B, 4H)\n"
        "        H = self.H\n"
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        "            a = xw[t] + h @ W_hh.T\n"
        "            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 1, 0)\n"
        "        B, D = x.shape[1], len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = c0 = np.zeros((self.L * D, B, self.H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        layer_in = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = k * D + d\n"
        "                seq = layer_in if d == 0 else layer_in[::-1]\n"
        "                hs, h, c = self._run(seq, h0[r], c0[r], k, sfx)\n"
        "                outs.append(hs if d == 0 else hs[::-1])\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=-1)\n"
        "        out = np.moveaxis(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scr_hana_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in processing order (not flipped back)",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "back in order",
                            "[::-1]",
                            "index t",
                            "reversed order",
                            "stored at",
                            "in the order",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "# hana (first submission): parameters in one dict, each direction runs over a "
        "(possibly flipped) sequence\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.I, self.H, self.L = input_size, hidden_size, num_layers\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        '        self.dirs = ["", "_reverse"] if bidirectional else [""]\n'
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for k in range(num_layers):\n"
        "            width = input_size if k == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        '                shapes = {"weight_ih": (4 * hidden_size, width), "weight_hh": (4 * '
        "hidden_size, hidden_size)}\n"
        "                if bias:\n"
        '                    shapes["bias_ih"] = (4 * hidden_size,)\n'
        '                    shapes["bias_hh"] = (4 * hidden_size,)\n'
        "                for name, shape in shapes.items():\n"
        '                    self._p[f"{name}_l{k}{sfx}"] = rng.uniform(-bound, bound, shape)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: val.astype(np.float64, copy=True) for key, val in "
        "self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing, extra = set(self._p) - set(state), set(state) - set(self._p)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        new = {}\n"
        "        for key, val in state.items():\n"
        "            val = np.array(val, dtype=np.float64)  # np.array copies\n"
        "            if val.shape != self._p[key].shape:\n"
        '                raise ValueError(f"{key} has shape {val.shape}, expected '
        '{self._p[key].shape}")\n'
        "            new[key] = val\n"
        "        self._p = new\n"
        "\n"
        "    @staticmethod\n"
        "    def _sig(z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "    def _run(self, xs, h, c, k, sfx):\n"
        "        p = self._p\n"
        '        W_ih, W_hh = p[f"weight_ih_l{k}{sfx}"], p[f"weight_hh_l{k}{sfx}"]\n'
        '        b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"] if self.bias else 0.0\n'
        "        xw = xs @ W_ih.T + b  # (T, B, 4H)\n"
        "        H = self.H\n"
        "        hs = []\n"
        "        for t in range(xs.shape[0]):\n"
        "            a = xw[t] + h @ W_hh.T\n"
        "            i, f = self._sig(a[:, :H]), self._sig(a[:, H:2 * H])\n"
        "            g, o = np.tanh(a[:, 2 * H:3 * H]), self._sig(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.moveaxis(x, 1, 0)\n"
        "        B, D = x.shape[1], len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = c0 = np.zeros((self.L * D, B, self.H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        layer_in = x\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = k * D + d\n"
        "                seq = layer_in if d == 0 else layer_in[::-1]\n"
        "                hs, h, c = self._run(seq, h0[r], c0[r], k, sfx)\n"
        "                outs.append(hs)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            layer_in = np.concatenate(outs, axis=-1)\n"
        "        out = np.moveaxis(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "bi_ok_greta",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, axis=0)  # like torch .flip(0)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_ok_ben",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    output = np.zeros((T, B, 2 * H))\n"
        "    h_forward, c_forward = h0[0], c0[0]\n"
        "    for t in range(0, T):\n"
        "        h_forward, c_forward = lstm_cell(x[t], h_forward, c_forward, fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "        output[t, :, 0:H] = h_forward\n"
        "    h_backward, c_backward = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_backward, c_backward = lstm_cell(x[t], h_backward, c_backward, bwd[0], "
        "bwd[1], bwd[2], bwd[3])\n"
        "        output[t, :, H:2 * H] = h_backward\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    h_n[0], h_n[1] = h_forward, h_backward\n"
        "    c_n[0], c_n[1] = c_forward, c_backward\n"
        "    return output, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_hiro",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    def run(order, h, c, w):\n"
        "        hs = {}\n"
        "        for t in order:\n"
        "            h, c = lstm_cell(x[t], h, c, *w)\n"
        "            hs[t] = h\n"
        "        return hs, h, c\n"
        "    T = len(x)\n"
        "    hf, h1, c1 = run(range(T), h0[0], c0[0], fwd)\n"
        "    hb, h2, c2 = run(reversed(range(T)), h0[1], c0[1], bwd)\n"
        "    out = np.stack([np.hstack([hf[t], hb[t]]) for t in range(T)])\n"
        "    return out, (np.array([h1, h2]), np.array([c1, c2]))\n",
    },
    {
        "id": "bi_noflipback",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of out left in reading order (not flipped back to align with "
                "x[t])",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reading order",
                            "reversed order",
                            "back in order",
                            "not reversed back",
                            "aligned",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_fwdweights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights (bwd ignored)",
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
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    return np.concatenate([out_f, out_b[::-1]], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_h0row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from row 0 of h0/c0 (the forward initial state) "
                "instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "initial state of the forward",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n"
        "    return np.concatenate((of, ob[::-1]), 2), (np.stack((hf, hb)), np.stack((cf, "
        "cb)))\n",
    },
    {
        "id": "bi_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions concatenated along the time axis (axis 0) instead of "
                "the feature axis",
                "must_mention": [{"any": ["axis", "concatenat", "side by side"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]])\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_halves_swapped",
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
                            "swap",
                            "halves",
                            "exchanged",
                            "first half",
                            "wrong order",
                            "reverse half first",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.stack([np.concatenate([b, f], -1) for f, b in zip(of, ob[::-1])])\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_hn_from_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row read from out[T-1] (after the reverse direction's first "
                "step) instead of its final state after x_0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "out[0",
                            "x_0",
                            "out[T-1",
                            "out[-1",
                            "first step",
                            "after reading x_{T-1}",
                            "t = 0",
                            "step 0",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    # h_n = the last output of each direction\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_cn_is_h",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n returns the hidden states h instead of the cell states",
                "must_mention": [
                    "c_n",
                    {"any": ["hidden state", "h_n", "h instead", "holds h", "is h"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([h_f, h_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_batchflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the batch axis (axis 1) instead of time; right only when B == 1",
                "must_mention": [{"any": ["batch", "axis 1", "axis=1"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.flip(x, axis=1)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, np.flip(out_b, axis=1)], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_inplace_x",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses x in place: the caller's input array is changed",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse x in place instead of making a copy (saves memory)\n"
        "    x[:] = x[::-1]\n"
        "    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {"what": "out preallocated as float32", "must_mention": [{"any": ["float32", "dtype"]}]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf\n"
        "        s = T - 1 - t\n"
        "        hb, cb = lstm_cell(x[s], hb, cb, *bwd)\n"
        "        out[s, :, H:] = hb\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bi_skip_step0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse loop range(T-1, 0, -1) stops before step 0: x_0 never read by the "
                "reverse direction",
                "must_mention": [
                    {"any": ["x_0", "step 0", "t = 0", "off-by-one", "off by one", "range("]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    output = np.zeros((T, B, 2 * H))\n"
        "    h_forward, c_forward = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h_forward, c_forward = lstm_cell(x[t], h_forward, c_forward, *fwd)\n"
        "        output[t, :, :H] = h_forward\n"
        "    h_backward, c_backward = h0[1], c0[1]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        h_backward, c_backward = lstm_cell(x[t], h_backward, c_backward, *bwd)\n"
        "        output[t, :, H:] = h_backward\n"
        "    h_n = np.stack([h_forward, h_backward])\n"
        "    c_n = np.stack([c_forward, c_backward])\n"
        "    return output, (h_n, c_n)\n",
    },
    {
        "id": "bi_hn_concat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n concatenated into (B, 2H) instead of stacked as (2, B, H)",
                "must_mention": [{"any": ["stack", "(2, B, H)", "(2, b, h)", "concatenat"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=-1)\n"
        "    return out, (np.concatenate([hf, hb], axis=-1), np.concatenate([cf, cb], "
        "axis=-1))\n",
    },
    {
        "id": "bi_batchfirst",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "treats x as batch_first (B, T, I): steps over axis 1 instead of axis 0",
                "must_mention": [
                    {"any": ["batch_first", "batch-first", "(B, T", "axis 1", "time axis"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # step through time on axis 1 (batch_first, like the examples I trained with)\n"
        "    T = x.shape[1]\n"
        "    outs_f, outs_b = [], []\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[:, t], hf, cf, *fwd)\n"
        "        outs_f.append(hf)\n"
        "    for t in reversed(range(T)):\n"
        "        hb, cb = lstm_cell(x[:, t], hb, cb, *bwd)\n"
        "        outs_b.insert(0, hb)\n"
        "    out = np.concatenate([np.stack(outs_f, 1), np.stack(outs_b, 1)], axis=-1)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi2_fwdw_noflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run with fwd's weights",
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
                "what": "reverse half not flipped back into time order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reading order",
                            "reversed order",
                            "back in order",
                            "not reversed back",
                            "aligned",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi2_h0row0_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from h0[0], c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "initial state of the forward",
                        ]
                    }
                ],
            },
            {
                "what": "out's halves in the order [reverse, forward]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "halves",
                            "exchanged",
                            "first half",
                            "wrong order",
                            "reverse half first",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n"
        "    return np.concatenate((ob[::-1], of), 2), (np.stack((hf, hb)), np.stack((cf, "
        "cb)))\n",
    },
    {
        "id": "bi2_inplace_cn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the final states into the given h0, c0 (input arrays modified)",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            },
            {
                "what": "c_n filled with the hidden states h",
                "must_mention": [
                    "c_n",
                    {"any": ["hidden state", "h_n", "h instead", "holds h", "is h"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3)."""\n'
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        '    print("shapes", out_f.shape, out_b.shape)\n'
        "    # reuse the arrays I was given for the final state\n"
        "    h0[0], h0[1] = h_f, h_b\n"
        "    c0[0], c0[1] = h_f, h_b\n"
        "    return np.concatenate([out_f, out_b[::-1]], axis=-1), (h0, c0)\n",
    },
    {
        "id": "cb_ok_ana",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_ok_chloe",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # the book's gate-by-gate version, batched: one row per example\n"
        "    H = h.shape[1]\n"
        '    rows = {gate: slice(k * H, (k + 1) * H) for k, gate in enumerate("ifgo")}\n'
        "    pre = {q: x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r] for q, r in "
        "rows.items()}\n"
        '    i, f, o = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g = np.tanh(pre["g"])\n'
        "    tau = np.tanh(f * c + i * g)  # tau_t = tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    d_pre = {\n"
        '        "i": (dc * g) * i * (1 - i),\n'
        '        "f": (dc * c) * f * (1 - f),\n'
        '        "g": (dc * i) * (1 - g**2),\n'
        '        "o": (dh_next * tau) * o * (1 - o),\n'
        "    }\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": dc * f}\n'
        '    grads["W_ih"], grads["W_hh"] = np.zeros(W_ih.shape), np.zeros(W_hh.shape)\n'
        '    grads["b_ih"] = np.zeros(4 * H)\n'
        "    for q, r in rows.items():\n"
        '        grads["x"] += d_pre[q] @ W_ih[r]\n'
        '        grads["h"] += d_pre[q] @ W_hh[r]\n'
        '        grads["W_ih"][r] = d_pre[q].T @ x\n'
        '        grads["W_hh"][r] = d_pre[q].T @ h\n'
        '        grads["b_ih"][r] = d_pre[q].sum(axis=0)\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "cb_ok_ines",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    a = (np.einsum("gi,bi->bg", W_ih, x) + np.einsum("gh,bh->bg", W_hh, h) + b_ih + '
        "b_hh)\n"
        "    a = a.reshape(B, 4, H)\n"
        "    s = sigmoid(a)\n"
        "    i, f, o = s[:, 0], s[:, 1], s[:, 3]\n"
        "    g = np.tanh(a[:, 2])\n"
        "    ct = f * c + i * g\n"
        "    tau = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1.0 - tau * tau)\n"
        "    dgates = np.stack([dct * g, dct * c, dct * i, dh_next * tau], axis=1)\n"
        "    deriv = np.stack([i * (1 - i), f * (1 - f), 1 - g * g, o * (1 - o)], axis=1)\n"
        "    da = (dgates * deriv).reshape(B, 4 * H)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gh->bh", da, W_hh),\n'
        '        "c": dct * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bh->gh", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_ben",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    batch_size, hidden_size = h.shape\n"
        "    gradients = {\n"
        '        "x": np.zeros_like(x), "h": np.zeros_like(h), "c": np.zeros_like(c),\n'
        '        "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '        "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh),\n'
        "    }\n"
        "    for example in range(batch_size):\n"
        "        x_b, h_b, c_b = x[example], h[example], c[example]\n"
        "        pre_activation = W_ih @ x_b + b_ih + W_hh @ h_b + b_hh\n"
        "        input_gate = sigmoid(pre_activation[0:hidden_size])\n"
        "        forget_gate = sigmoid(pre_activation[hidden_size:2 * hidden_size])\n"
        "        cell_candidate = np.tanh(pre_activation[2 * hidden_size:3 * hidden_size])\n"
        "        output_gate = sigmoid(pre_activation[3 * hidden_size:4 * hidden_size])\n"
        "        new_cell = forget_gate * c_b + input_gate * cell_candidate\n"
        "        tanh_new_cell = np.tanh(new_cell)\n"
        "        total_dc = dc_next[example] + dh_next[example] * output_gate * (1 - "
        "tanh_new_cell ** 2)\n"
        "        d_pre = np.concatenate([\n"
        "            total_dc * cell_candidate * input_gate * (1 - input_gate),\n"
        "            total_dc * c_b * forget_gate * (1 - forget_gate),\n"
        "            total_dc * input_gate * (1 - cell_candidate ** 2),\n"
        "            dh_next[example] * tanh_new_cell * output_gate * (1 - output_gate),\n"
        "        ])\n"
        '        gradients["x"][example] = W_ih.T @ d_pre\n'
        '        gradients["h"][example] = W_hh.T @ d_pre\n'
        '        gradients["c"][example] = total_dc * forget_gate\n'
        '        gradients["W_ih"] += np.outer(d_pre, x_b)\n'
        '        gradients["W_hh"] += np.outer(d_pre, h_b)\n'
        '        gradients["b_ih"] += d_pre\n'
        '        gradients["b_hh"] += d_pre\n'
        "    return gradients\n",
    },
    {
        "id": "cb_no_tanhprime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the factor (1 - tanh²(c_t)) on the path through h_t",
                "must_mention": [{"any": ["tanh", "τ", "tau"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_tanh_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo uses tanh(c_{t-1}) (the old cell state) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["c_{t-1}", "previous cell", "old cell", "tanh(c)", "c instead of c_t"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * np.tanh(c) * o * (1 - o)\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as x.T @ da: transposed, shape (I, 4H)",
                "must_mention": [{"any": ["transpos", ".T"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": x.T @ da, "W_hh": h.T @ da, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_bias_not_summed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients not summed over the batch: shape (B, 4H)",
                "must_mention": [{"any": ["sum", "batch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh's gradient set to zero (thinks only b_ih gets a gradient)",
                "must_mention": ["b_hh", {"any": ["zero", "same as", "equal", "b_ih"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": '
        "np.zeros_like(b_hh)}\n",
    },
    {
        "id": "cb_dcprev_incoming",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} computed from the incoming dc_next instead of the total δc_t",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "incoming",
                            "δc_t^next",
                            "total",
                            "without the",
                            "path through h",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_next * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
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
                "must_mention": [{"any": ["tanh", "1 - g", "g²", "g^2", "sigmoid"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * g * (1 - g)\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate gradients concatenated in order i, f, o, g instead of i, f, g, o",
                "must_mention": [{"any": ["order", "swap", "i, f, g, o", "exchanged"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, do, dg], axis=1)\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_df_cnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["c_{t-1}", "previous", "old cell", "c_t instead", "new cell"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c_t * f * (1 - f)\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_dx_WT",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "input/hidden gradients multiply by W.T instead of W (crashes unless sizes "
                "coincide)",
                "must_mention": [{"any": ["transpos", ".T"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih.T, "h": da @ W_hh.T, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_dh_uses_Wih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient for h multiplies by W_ih instead of W_hh (crash unless I == "
                "H, wrong then)",
                "must_mention": ["W_ih", "W_hh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_ih, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb_inplace_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next; dc += ... modifies the caller's dc_next in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc**2)  # accumulate into dc\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                    dc * i * (1 - g**2), dh_next * tc * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_book_sigmoid",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "redefines sigmoid as the book's 1/(1+exp(-z)), which overflows for large "
                "negative pre-activations",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tau * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_dict_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns keys 'dx', 'dh', ... instead of 'x', 'h', ...",
                "must_mention": [{"any": ["key"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    tanh_c = np.tanh(f * c + i * g)\n"
        "    d_c = dc_next + dh_next * o * (1 - tanh_c**2)\n"
        "    d_a = np.concatenate([d_c * g * i * (1 - i), d_c * c * f * (1 - f),\n"
        "                          d_c * i * (1 - g**2), dh_next * tanh_c * o * (1 - o)], "
        "axis=1)\n"
        '    return {"dx": d_a @ W_ih, "dh": d_a @ W_hh, "dc": d_c * f,\n'
        '            "dW_ih": d_a.T @ x, "dW_hh": d_a.T @ h,\n'
        '            "db_ih": d_a.sum(axis=0), "db_hh": d_a.sum(axis=0)}\n',
    },
    {
        "id": "cb_dWhh_hnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient uses the new h_t instead of h_{t-1}",
                "must_mention": [{"any": ["h_{t-1}", "previous", "h_t instead", "new h", "old h"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = (sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:]))\n"
        "    c2 = f * c + i * g\n"
        "    h2 = o * np.tanh(c2)\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c2)**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * np.tanh(c2) * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h2, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb2_notanh_bhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses (1 - tanh²(c_t))",
                "must_mention": [{"any": ["tanh", "τ", "tau"]}],
            },
            {
                "what": "b_hh gradient zero",
                "must_mention": ["b_hh", {"any": ["zero", "same as", "equal", "b_ih"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": '
        "np.zeros_like(b_hh)}\n",
    },
    {
        "id": "cb2_order_dcprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate gradients in order i, f, o, g",
                "must_mention": [{"any": ["order", "swap", "i, f, g, o", "exchanged"]}],
            },
            {
                "what": "dL/dc_{t-1} from dc_next instead of δc_t",
                "must_mention": [
                    {
                        "any": [
                            "dc_next",
                            "incoming",
                            "δc_t^next",
                            "total",
                            "without the",
                            "path through h",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * (1 - g**2)  #DG\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, do, dg], axis=1)\n"
        "    db = da.sum(axis=0)  #DB\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_next * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb2_gderiv_notsummed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "g's derivative as the sigmoid's",
                "must_mention": [{"any": ["tanh", "1 - g", "g²", "g^2", "sigmoid"]}],
            },
            {"what": "biases not summed over batch", "must_mention": [{"any": ["sum", "batch"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)  #DC\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)  #DF\n"
        "    dg = dc * i * g * (1 - g)\n"
        "    do = dh_next * tc * o * (1 - o)  #DO\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)  #DA\n"
        "    db = da\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,  #RET\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}  '
        "#RETW\n",
    },
    {
        "id": "cb2_inplace_cprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next modified in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            },
            {
                "what": "δo uses tanh(c_{t-1}) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["c_{t-1}", "previous cell", "old cell", "tanh(c)", "c instead of c_t"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc**2)\n"
        '    print("dc", dc.shape)\n'
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                    dc * i * (1 - g**2), dh_next * np.tanh(c) * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "lb_ok_ana",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)  #STEP\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_ok_ben",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    sequence_length, batch_size, input_size = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((batch_size, hidden_size))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((batch_size, hidden_size))\n"
        "    previous_h = [None] * sequence_length\n"
        "    previous_c = [None] * sequence_length\n"
        "    h_state, c_state = h0, c0\n"
        "    for t in range(sequence_length):\n"
        "        previous_h[t] = h_state\n"
        "        previous_c[t] = c_state\n"
        "        h_state, c_state = lstm_cell(x[t], h_state, c_state, W_ih, W_hh, b_ih, b_hh)\n"
        "    grad_x = np.zeros((sequence_length, batch_size, input_size))\n"
        "    grad_W_ih = np.zeros(W_ih.shape)\n"
        "    grad_W_hh = np.zeros(W_hh.shape)\n"
        "    grad_b_ih = np.zeros(b_ih.shape)\n"
        "    grad_b_hh = np.zeros(b_hh.shape)\n"
        "    grad_h_from_later = dh_n\n"
        "    grad_c_from_later = dc_n\n"
        "    for t in range(sequence_length - 1, -1, -1):\n"
        "        total_dh = dout[t] + grad_h_from_later\n"
        "        step = lstm_cell_backward(total_dh, grad_c_from_later, x[t], previous_h[t], "
        "previous_c[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        grad_x[t] = step["x"]\n'
        '        grad_W_ih = grad_W_ih + step["W_ih"]\n'
        '        grad_W_hh = grad_W_hh + step["W_hh"]\n'
        '        grad_b_ih = grad_b_ih + step["b_ih"]\n'
        '        grad_b_hh = grad_b_hh + step["b_hh"]\n'
        '        grad_h_from_later = step["h"]\n'
        '        grad_c_from_later = step["c"]\n'
        '    return {"x": grad_x, "h0": grad_h_from_later, "c0": grad_c_from_later,\n'
        '            "W_ih": grad_W_ih, "W_hh": grad_W_hh, "b_ih": grad_b_ih, "b_hh": '
        "grad_b_hh}\n",
    },
    {
        "id": "lb_ok_hiro",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    states = [(h0, c0)]\n"
        "    for xt in x:\n"
        "        states.append(lstm_cell(xt, *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    z = np.zeros_like(h0)\n"
        "    dh = z if dh_n is None else dh_n\n"
        "    dc = z if dc_n is None else dc_n\n"
        "    steps = []\n"
        "    for xt, dout_t, (h, c) in reversed(list(zip(x, dout, states[:-1]))):\n"
        "        g = lstm_cell_backward(dout_t + dh, dc, xt, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        '        dh, dc = g["h"], g["c"]\n'
        "        steps.append(g)\n"
        "    steps = steps[::-1]\n"
        '    res = {k: sum(s[k] for s in steps) for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        '    res["x"] = np.stack([s["x"] for s in steps])\n'
        '    res["h0"], res["c0"] = dh, dc\n'
        "    return res\n",
    },
    {
        "id": "lb_no_carry_h",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh from step t+1 (and dh_n) not added: each step gets only dout[t]",
                "must_mention": [
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "later step",
                            "carr",
                            "recurren",
                            "from the next",
                            '"h"',
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_no_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] only added at the last step (reads dout as only the final "
                "output's gradient)",
                "must_mention": ["dout"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + (dout[t] if t == T - 1 else 0), dc, x[t], hs[t], "
        "cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_not_summed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients overwritten each step (only step 0's kept), not "
                "summed over steps",
                "must_mention": [{"any": ["sum", "accumulat", "only step", "one step"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)  #STEP\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] = g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "x's gradient stacked in backward order (T-1 first), not time order",
                "must_mention": [{"any": ["order", "revers", "flip"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    states = [(h0, c0)]\n"
        "    for xt in x:\n"
        "        states.append(lstm_cell(xt, *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    steps = []\n"
        "    for t in reversed(range(len(x))):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dh, dc = g["h"], g["c"]\n'
        "        steps.append(g)\n"
        '    res = {k: sum(s[k] for s in steps) for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        '    res["x"] = np.stack([s["x"] for s in steps])\n'
        '    res["h0"], res["c0"] = dh, dc\n'
        "    return res\n",
    },
    {
        "id": "lb_ignore_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n, dc_n ignored (always zeros) even when given",
                "must_mention": [
                    {"any": ["dh_n", "dc_n"]},
                    {"any": ["ignor", "zero", "not used", "missing"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)  #STEP\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_state_after",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward given the state after the step (h_t, c_t) instead of "
                "the one it started from",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "starting state",
                            "state before",
                            "off by one",
                            "off-by-one",
                            "after the step",
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
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "accumulates the carried dh into the caller's dout (and dh_n) in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n  # fold dh_n into the last step's gradient\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]  # pass dh back through dout\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] = grads[k] + g[k]\n"
        '        dc = g["c"]\n'
        '    grads["h0"], grads["c0"] = g["h"], dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_or_default",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`dh_n or zeros` on an array: crashes (truth value ambiguous) whenever "
                "dh_n is given",
                "must_mention": [{"any": ["ambiguous", "truth value", " or "]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = dh_n or np.zeros_like(h0)\n"
        "    dc = dc_n or np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)  #STEP\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_no_carry_c",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: every earlier step gets dc = "
                "0",
                "must_mention": [{"any": ["cell", '"c"', "'c'", "dc", "c_t"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)  #STEP\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], np.zeros_like(c0)\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb_float32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient accumulators allocated as float32",
                "must_mention": [{"any": ["float32", "dtype"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dx = np.zeros((T, B, I), dtype=np.float32)\n"
        "    dW_ih = np.zeros((4 * H, I), dtype=np.float32); dW_hh = np.zeros((4 * H, H), "
        "dtype=np.float32)\n"
        "    db_ih = np.zeros(4 * H, dtype=np.float32); db_hh = np.zeros(4 * H, "
        "dtype=np.float32)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb2_notsummed_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients = last processed step's only",
                "must_mention": [{"any": ["sum", "accumulat", "only step", "one step"]}],
            },
            {
                "what": "x's gradient in backward order",
                "must_mention": [{"any": ["order", "revers", "flip"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(len(x)):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    for t in reversed(range(len(x))):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": np.array(dxs), "h0": dh, "c0": dc,\n'
        '            "W_ih": g["W_ih"], "W_hh": g["W_hh"], "b_ih": g["b_ih"], "b_hh": '
        'g["b_hh"]}\n',
    },
    {
        "id": "lb2_nodout_ignoredhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {"what": "dout[t] used only at the last step", "must_mention": ["dout"]},
            {
                "what": "dh_n ignored",
                "must_mention": ["dh_n", {"any": ["ignor", "zero", "not used", "missing"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + (dout[t] if t == T - 1 else 0), dc, x[t], hs[t], "
        "cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]  #CARRY\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "lb2_after_noc",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the state after the step instead of before",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "starting state",
                            "state before",
                            "off by one",
                            "off-by-one",
                            "after the step",
                            "one step",
                        ]
                    }
                ],
            },
            {
                "what": "cell gradient not carried back",
                "must_mention": [{"any": ["cell", '"c"', "'c'", "dc", "c_t"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H])\n"
        "    g, o = np.tanh(a[:, 2*H:3*H]), sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
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
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  #DHN\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()  #DCN\n"
        "    dx = np.zeros_like(x)\n"
        "    sums = {k: np.zeros_like(v) for k, v in\n"
        '            (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", b_ih), ("b_hh", b_hh))}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], np.zeros_like(c0)\n'
        "        for k in sums:\n"
        "            sums[k] += g[k]  #SUM\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "ll_ok_chloe",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t < lengths)[:, None]  #MASK\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_ben",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    total_steps, batch_size, input_size = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    output = np.zeros((total_steps, batch_size, hidden_size))\n"
        "    final_h = np.zeros((batch_size, hidden_size))\n"
        "    final_c = np.zeros((batch_size, hidden_size))\n"
        "    for b in range(batch_size):\n"
        "        # run each sequence alone, only over its real steps\n"
        "        h_state = h0[b:b + 1]\n"
        "        c_state = c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            h_state, c_state = lstm_cell(x[t, b:b + 1], h_state, c_state, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "            output[t, b] = h_state[0]\n"
        "        final_h[b] = h_state[0]\n"
        "        final_c[b] = c_state[0]\n"
        "    return output, (final_h, final_c)\n",
    },
    {
        "id": "ll_ok_ines",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t, m in zip(x, mask):\n"
        "        hn, cn = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1.0 - m) * h\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        outs.append(m * hn)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_ok_jonas",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    L = np.asarray(lengths)\n"
        "    T, B = x.shape[:2]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    hs, cs = np.stack(hs), np.stack(cs)\n"
        "    r = np.arange(B)\n"
        "    out = np.where((np.arange(T)[:, None] < L)[..., None], hs, 0.0)\n"
        "    return out, (hs[L - 1, r], cs[L - 1, r])\n",
    },
    {
        "id": "ll_out_frozen",
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
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t < lengths)[:, None]  #MASK\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_no_freeze",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state not frozen on padding: h_n, c_n are the states after step T-1",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freez",
                            "last real step",
                            "lengths[b] - 1",
                            "own last",
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
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t < lengths)[:, None]  #MASK\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = h_new\n"
        "        c = c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_le_mask",
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
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one step too",
                            "one extra",
                            "lengths[b]",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t <= lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps instead of T (pad_packed_sequence without "
                "total_length)",
                "must_mention": [{"any": ["total_length", "max(lengths)", "longest"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T_max = int(max(lengths))  # like pad_packed_sequence\n"
        "    B, H = h0.shape\n"
        "    out = np.zeros((T_max, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T_max):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_zero_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 ignored: starts from zeros",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "initial state",
                            "zero state",
                            "from zero",
                            "zero initial",
                            "h0, c0",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = np.zeros_like(h0), np.zeros_like(c0)\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t < lengths)[:, None]  #MASK\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_cn_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is the cell state after T-1 (run through padding); only h_n picked at "
                "each length",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freez",
                            "last real step",
                            "lengths[b] - 1",
                            "own last",
                            "T - 1",
                            "T-1",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * (t < lengths).reshape(B, 1)\n"
        "    h_n = out[lengths - 1, np.arange(B)]\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "ll_mask_nocol",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask (B,) not reshaped to (B, 1): broadcasts against the hidden axis "
                "(crash, or wrong when B == H)",
                "must_mention": [{"any": ["broadcast", "[:, None]", "(B, 1)", "(b, 1)", "axis"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_inplace_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h, c alias h0, c0 and are updated row by row in place: the inputs are "
                "changed",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    h, c = h0, c0   # no copy needed, I only overwrite the rows that change\n"
        "    for t in range(T):\n"
        "        real = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[real] = h_new[real]\n"
        "        c[real] = c_new[real]\n"
        "        out[t][real] = h_new[real]\n"
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
                "what": "out = np.zeros_like(x): shape (T, B, I) instead of (T, B, H) (crash "
                "unless I == H)",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "input size",
                            "(T, B, I)",
                            "(t, b, i)",
                            "I instead of H",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros_like(x)\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t < lengths)[:, None]  #MASK\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_squeeze_len1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": ".squeeze() on a length-1 sequence (or I == 1) drops the time axis: crash "
                "or wrong only there",
                "must_mention": [
                    {"any": ["squeeze", "length 1", "lengths[b] == 1", "length-1", "one step"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n, c_n = np.zeros((B, H)), np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        seq = x[:lengths[b], b, :].squeeze()\n"
        "        h, c = h0[b][None], c0[b][None]\n"
        "        for t, x_t in enumerate(seq):\n"
        "            h, c = lstm_cell(x_t.reshape(1, I), h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll2_nofreeze_outfrozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state not frozen",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freez",
                            "last real step",
                            "lengths[b] - 1",
                            "own last",
                            "T - 1",
                            "T-1",
                        ]
                    }
                ],
            },
            {"what": "out not zeroed past each length", "must_mention": ["zero"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0  #INIT\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t < lengths)[:, None]  #MASK\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = h_new\n"
        "        c = c_new\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_le_zeroinit",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask off by one",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one step too",
                            "one extra",
                            "lengths[b]",
                        ]
                    }
                ],
            },
            {
                "what": "ignores h0, c0",
                "must_mention": [
                    {
                        "any": [
                            "ignor",
                            "initial state",
                            "zero state",
                            "from zero",
                            "zero initial",
                            "h0, c0",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = 0 * h0, 0 * c0\n"
        "    out = np.zeros((T, B, H))  #OUT\n"
        "    for t in range(T):  #LOOP\n"
        "        m = (t <= lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)  #H\n"
        "        c = np.where(m, c_new, c)  #C\n"
        "        out[t] = np.where(m, h_new, 0.0)  #OUTT\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_inplace_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 updated in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            },
            {
                "what": "out has max(lengths) steps, not T",
                "must_mention": [{"any": ["total_length", "max(lengths)", "longest"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[1]\n"
        "    steps = int(lengths.max())\n"
        "    out = np.zeros((steps, B, h0.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    for t in range(steps):\n"
        "        real = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[real], c[real] = h_new[real], c_new[real]\n"
        "        out[t][real] = h_new[real]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_ok_chloe",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def reverse_each(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]  #REV\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)  #RUN\n"
        "    out_b = reverse_each(out_r, lengths)  #BACK\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))  #RET\n",
    },
    {
        "id": "bl_ok_jonas",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # reverse direction: walk t = T-1 .. 0; a sequence's state stays at h0[1] until t "
        "< lengths[b]\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out_b[t] = np.where(m, hn, 0.0)\n"
        "    return np.concatenate([out_f, out_b], -1), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
    {
        "id": "bl_ok_ben",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    total_steps, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[2]\n"
        "    output = np.zeros((total_steps, batch_size, 2 * hidden_size))\n"
        "    h_n = np.zeros((2, batch_size, hidden_size))\n"
        "    c_n = np.zeros((2, batch_size, hidden_size))\n"
        "    for b in range(batch_size):\n"
        "        length = int(lengths[b])\n"
        "        h_state, c_state = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(length):\n"
        "            h_state, c_state = lstm_cell(x[t, b:b + 1], h_state, c_state, *fwd)\n"
        "            output[t, b, :hidden_size] = h_state[0]\n"
        "        h_n[0, b], c_n[0, b] = h_state[0], c_state[0]\n"
        "        h_state, c_state = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(length - 1, -1, -1):\n"
        "            h_state, c_state = lstm_cell(x[t, b:b + 1], h_state, c_state, *bwd)\n"
        "            output[t, b, hidden_size:] = h_state[0]\n"
        "        h_n[1, b], c_n[1, b] = h_state[0], c_state[0]\n"
        "    return output, (h_n, c_n)\n",
    },
    {
        "id": "bl_flip_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded tensor: the reverse direction starts on padding "
                "at T-1 (and its mask is misaligned)",
                "must_mention": [
                    {"any": ["padding", "lengths[b] - 1", "own last", "last real", "T - 1", "T-1"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], "
        "*bwd)\n"
        "    out = np.concatenate([out_f, np.flip(out_b, 0)], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_no_unreverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order per sequence (not put back at "
                "position t)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "un-revers",
                            "flip back",
                            "put back",
                            "back in place",
                            "position",
                            "reading",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def reverse_each(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]  #REV\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)  #RUN\n"
        "    out_b = out_r\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))  #RET\n",
    },
    {
        "id": "bl_h0row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (row 0) instead of row 1",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "initial state of the forward",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def reverse_each(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]  #REV\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[0], "
        "c0[0], *bwd)\n"
        "    out_b = reverse_each(out_r, lengths)  #BACK\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))  #RET\n",
    },
    {
        "id": "bl_rev_offbyone",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "per-sequence reversal a[L:0:-1] starts one step too late (at padding) and "
                "drops step 0",
                "must_mention": [
                    {"any": ["off by one", "off-by-one", "one step", "shifted", "padding"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def reverse_each(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[L:0:-1, b]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)  #RUN\n"
        "    out_b = reverse_each(out_r, lengths)  #BACK\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))  #RET\n",
    },
    {
        "id": "bl_hn_at_own_last",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1], c_n[1] taken after the reverse direction's first step (at "
                "lengths[b]-1) instead of after step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "t = 0",
                            "after its last",
                            "first step",
                            "its last step",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h_b = np.zeros((B, H)); c_b = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        hb, cb = h0[1, b].reshape(1, H), c0[1, b].reshape(1, H)\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            hb, cb = lstm_cell(x[t, b].reshape(1, -1), hb, cb, *bwd)\n"
        "            out_b[t, b] = hb[0]\n"
        "            if t == L - 1:\n"
        "                h_b[b], c_b[b] = hb[0], cb[0]  # the last real step\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl_inplace_x",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the sequences inside x: the input array is changed",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x[:L, b] = x[:L, b][::-1].copy()   # reverse each sequence where it is\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_hn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n rows in the order [reverse, forward]",
                "must_mention": [{"any": ["swap", "row 0", "rows", "exchanged", "wrong order"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def reverse_each(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]  #REV\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)  #RUN\n"
        "    out_b = reverse_each(out_r, lengths)  #BACK\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_r, h_f]), np.stack([c_r, c_f]))\n",
    },
    {
        "id": "bl_rev_unmasked_pad",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half past each length not zeroed (the wrap-around index picks "
                "real outputs there)",
                "must_mention": ["zero"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    idx = [[(L - 1 - t) % L for L in lengths] for t in range(T)]   # own reversed "
        "order, wraps\n"
        "    xr = np.stack([x[row, range(len(lengths))] for row in idx])\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.stack([out_r[row, range(len(lengths))] for row in idx])\n"
        "    return np.concatenate([out_f, out_b], -1), (np.stack([hf, hr]), np.stack([cf, "
        "cr]))\n",
    },
    {
        "id": "bl2_flip_fwdw",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the whole padded tensor: starts on padding",
                "must_mention": [
                    {"any": ["padding", "lengths[b] - 1", "own last", "last real", "T - 1", "T-1"]}
                ],
            },
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
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *fwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bl2_noback_swaprows",
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
                            "order",
                            "un-revers",
                            "flip back",
                            "put back",
                            "back in place",
                            "position",
                            "reading",
                        ]
                    }
                ],
            },
            {
                "what": "h_n/c_n rows swapped",
                "must_mention": [{"any": ["swap", "row 0", "rows", "exchanged", "wrong order"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def reverse_each(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]  #REV\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)  #RUN\n"
        "    out_b = out_r\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_r, h_f]), np.stack([c_r, c_f]))\n",
    },
    {
        "id": "bl2_inplace_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x changed in place",
                "must_mention": [
                    {"any": ["modif", "changed", "in place", "unchanged", "in-place"]}
                ],
            },
            {
                "what": "reverse starts from h0[0], c0[0]",
                "must_mention": [
                    {
                        "any": [
                            "h0[0]",
                            "row 0",
                            "forward direction's initial",
                            "forward initial",
                            "initial state of the forward",
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
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2)."""\n'
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
        "    h, c = h0.copy(), c0.copy()\n"
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        x[:L, b] = x[:L, b][::-1].copy()\n"
        '    print("reversed x[:, 0]:", x[:, 0, 0])\n'
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
]
