# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The thirty-fourth blind corpus, kept as its two authors wrote it (/work/blind34a and /work/blind34b,
split by graded names as for corpora 10-33; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone for their single run; both report having read nothing else), each asked to invent a cast
of at least ten students at a summer school of olympiad high-school students and self-taught
hobbyists (YouTube, Kaggle, fast.ai, min-char-rnn): one-liners, np.vectorize, recursion over
time, global state, errors swallowed by try/except, TensorFlow's kernel layout, einsum slips,
int casts; ScratchLSTM with base classes, parameter lists indexed with an off-by-one, layers
counted from 1; min-char-rnn backward habits (dhnext, clipping), caches indexed from the end,
masks from np.tri, batches grouped by length, np.flip on the wrong axis. Run on b74b299 (after
the thirty-first round); the words a message must contain were fixed before its first run.
First run there, by the word test at seed 7: 162 of 176 wrong versions named (92%: author A 88
of 95, author B 74 of 81), none passing, no false alarm. By its authors' reading: 85 of 95
(89%; author A ran the notebooks' order, shapes, fixed, then random with seed 0) and 67 of 81
(83%; default cases), doubles with both named 15 of 22 and 15 of 21, no wrong cause as a main
finding, 3 side statements its author A found misleading. See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sigmoid_ok_olga_golf",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "# Olga (olympiad, golfs everything)\n"
        "import numpy as np\n"
        "sigmoid=lambda z:np.asarray(np.exp(np.minimum(z,0))/(1+np.exp(-np.abs(z))),float)\n",
    },
    {
        "id": "sigmoid_ok_priya_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "# Priya (careful)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Stable logistic: pick the formula by the sign of z."""\n'
        "    z = np.array(z, dtype=np.float64)        # my own copy\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])                     # z < 0 here, so e^z < 1\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sigmoid_ok_marco_vectorize",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "# Marco (YouTube, likes plain python math)\n"
        "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sig(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    ev = math.exp(v)\n"
        "    return ev / (1.0 + ev)\n"
        "\n"
        "\n"
        "sigmoid = np.vectorize(_sig, otypes=[np.float64])\n",
    },
    {
        "id": "sigmoid_ok_aisha_logaddexp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "# Aisha\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # log σ(z) = -log(1 + e^{-z}) = -logaddexp(0, -z): no overflow anywhere\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n",
    },
    {
        "id": "sigmoid_naive_overflow",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "written 1 / (1 + np.exp(-z)): np.exp(-z) overflows for very negative z (z "
                "= -1000) and NumPy warns",
                "must_mention": ["overflow"],
            }
        ],
        "source": "# Jun\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 1 / (1 + np.exp(-z))   # the formula from the video\n",
    },
    {
        "id": "sigmoid_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "the 'stable' np.where version exponentiates the whole array in both "
                "branches (np.exp(-z) and np.exp(z)), so exp overflows (warning) for |z| "
                "large even though the overflowing branch is not selected",
                "must_mention": [
                    "overflow",
                    {
                        "any": [
                            "where",
                            "both branch",
                            "both formulas",
                            "both side",
                            "evaluat",
                            "whole array",
                            "every element",
                        ]
                    },
                ],
            }
        ],
        "source": "# Kenji (Kaggle kernels)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-z)\n"
        "    neg = np.exp(z)\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n",
    },
    {
        "id": "sigmoid_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32 (result float32, not float64)",
                "must_mention": [{"any": ["float32", "single precision", "dtype"]}],
            }
        ],
        "source": "# Kenji (Kaggle kernels)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # GPU habit\n"
        "    pos = np.exp(-np.maximum(z, 0))     # only ever exponentiate numbers <= 0\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n",
    },
    {
        "id": "sigmoid_branches_swapped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "the two branches of np.where are swapped, so it returns σ(-z) = 1 - σ(z)",
                "must_mention": [
                    {
                        "any": [
                            "sign",
                            "σ(-z)",
                            "sigmoid(-z)",
                            "-z",
                            "1 - σ",
                            "1 - sigmoid",
                            "1-σ",
                            "negat",
                            "swap",
                            "mirror",
                            "branch",
                            "exchang",
                        ]
                    }
                ],
            }
        ],
        "source": "# Marco, second try without vectorize\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=float)\n"
        "    small = np.exp(-abs(z))                 # never bigger than 1\n"
        "    big_side = 1.0 / (1.0 + small)\n"
        "    small_side = small / (1.0 + small)\n"
        "    return np.where(z >= 0, small_side, big_side)\n",
    },
    {
        "id": "sigmoid_clipped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-10, 10] before the naive formula, so values for |z| > 10 are "
                "wrong (saturate at σ(±10))",
                "must_mention": [{"any": ["clip", "saturat", "cap", "limit", "cut off", "clamp"]}],
            }
        ],
        "source": "# Sam (fast.ai, wraps everything in try)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    try:\n"
        "        z = np.clip(np.asarray(z, dtype=np.float64), -10, 10)  # keeps exp from "
        "blowing up\n"
        "        return 1.0 / (1.0 + np.exp(-z))\n"
        "    except Exception:\n"
        "        return np.zeros_like(z)\n",
    },
    {
        "id": "sigmoid_int_cast",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts z to int, so non-integer inputs are truncated before the sigmoid",
                "must_mention": [
                    {
                        "any": [
                            "integer",
                            "int(",
                            "astype(int",
                            "truncat",
                            "round",
                            "int64",
                            "to int",
                            "int cast",
                            "cast to int",
                        ]
                    }
                ],
            }
        ],
        "source": "# Bo (hobbyist)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z).astype(int)   # make sure it's a proper array\n"
        "    out = np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))\n"
        "    return out\n",
    },
    {
        "id": "sigmoid_naive_and_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1 / (1 + np.exp(-z)): overflows (warning) for z = -1000",
                "must_mention": ["overflow"],
            },
            {
                "what": "returns float32 (casts the result to save memory), not float64",
                "must_mention": [{"any": ["float32", "single precision", "dtype"]}],
            },
        ],
        "source": "# Bo (hobbyist)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = 1 / (1 + np.exp(-z))\n"
        "    return out.astype(np.float32)  # save memory\n",
    },
    {
        "id": "sigmoid_mutates_input",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.asarray instead of np.array: no copy for a float64 input, so z[neg] *= "
                "-1 changes the caller's array (values are right)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "writes into",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "# Ana (careful, likes to save memory)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    neg = z < 0\n"
        "    z[neg] *= -1                # now z = |z|\n"
        "    e = np.exp(-z)\n"
        "    return np.where(neg, e / (1 + e), 1 / (1 + e))\n",
    },
    {
        "id": "sigmoid_flattened",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flattened 1-d result instead of the input's shape",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-d", "1d"]}],
            }
        ],
        "source": "# Dmitri (olympiad, loops are fine)\n"
        "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    flat = z.ravel()\n"
        "    res = np.empty(flat.size)\n"
        "    for k in range(flat.size):\n"
        "        v = flat[k]\n"
        "        res[k] = 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + "
        "math.exp(v))\n"
        "    return res\n",
    },
    {
        "id": "sigmoid_mutates_and_sign",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.asarray does not copy, so z *= -1 negates the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "writes into",
                            "alter",
                        ]
                    }
                ],
            },
            {
                "what": "after negating z the branch test is still z >= 0, so the result is σ(-z) "
                "= 1 - σ(z)",
                "must_mention": [
                    {
                        "any": [
                            "sign",
                            "σ(-z)",
                            "sigmoid(-z)",
                            "-z",
                            "1 - σ",
                            "1 - sigmoid",
                            "1-σ",
                            "negat",
                            "swap",
                            "mirror",
                            "branch",
                        ]
                    }
                ],
            },
        ],
        "source": "# Felix\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    z *= -1                         # the exponent needs -z\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sigmoid_rounded_and_flat",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "rounds z to 4 decimals so the lru_cache hits more often: values off by up "
                "to ~1e-5",
                "must_mention": [{"any": ["round", "decimal", "precision", "quantiz", "truncat"]}],
            },
            {
                "what": "drops the reshape: returns a flat 1-d array, not z's shape",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-d", "1d"]}],
            },
        ],
        "source": "# Ivan (olympiad, memoises everything)\n"
        "from functools import lru_cache\n"
        "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "@lru_cache(maxsize=100000)\n"
        "def _s(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    return math.exp(v) / (1.0 + math.exp(v))\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    vals = [_s(round(float(v), 4)) for v in z.ravel()]\n"
        "    return np.array(vals, dtype=np.float64)\n",
    },
    {
        "id": "lstm_gates_ok_olga_golf",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "# Olga\n"
        "import numpy as np\n"
        "sigmoid=lambda z:np.asarray(np.exp(np.minimum(z,0))/(1+np.exp(-np.abs(z))),float)\n"
        "def lstm_gates(x,h,W_ih,W_hh,b_ih,b_hh):\n"
        "    i,f,g,o=np.split(x@W_ih.T+h@W_hh.T+b_ih+b_hh,4,1)\n"
        "    return sigmoid(i),sigmoid(f),np.tanh(g),sigmoid(o)\n",
    },
    {
        "id": "lstm_gates_ok_lena_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "# Lena (einsum for everything)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    pre = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bh,gh->bg', h, W_hh) + (b_ih + "
        "b_hh)\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    o = sigmoid(pre[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "lstm_gates_ok_tomas_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "# Tomas (likes tables of functions)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    m = z >= 0\n"
        "    out[m] = 1 / (1 + np.exp(-z[m]))\n"
        "    ez = np.exp(z[~m])\n"
        "    out[~m] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "ACTIVATIONS = (sigmoid, sigmoid, np.tanh, sigmoid)   # i, f, g, o\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[-1]\n"
        "    z = (x @ W_ih.T + b_ih) + (h @ W_hh.T + b_hh)\n"
        "    z = z.reshape(B, 4, H)\n"
        "    return tuple(act(z[:, k, :]) for k, act in enumerate(ACTIVATIONS))\n",
    },
    {
        "id": "lstm_gates_order_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks as i, f, o, g (g from rows 3H:4H, o from rows 2H:3H): g "
                "and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "2H:3H",
                            "3H:4H",
                            "last block",
                            "rows",
                            "i, f, o, g",
                            "ifog",
                        ]
                    }
                ],
            }
        ],
        "source": "# Marco\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H)\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 3 * H:4 * H])   # tanh block last\n"
        "    o = sigmoid(a[:, 2 * H:3 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "lstm_gates_return_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (i, f, o, g) instead of (i, f, g, o)",
                "must_mention": [{"any": ["order", "swap", "exchang", "i, f, o, g", "position"]}],
            }
        ],
        "source": "# Marco\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H)\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    return i, f, o, g\n",
    },
    {
        "id": "lstm_gates_g_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "applies sigmoid to the cell gate g instead of tanh", "must_mention": ["tanh"]}
        ],
        "source": "# Yusuf\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), sigmoid(g), sigmoid(o)\n",
    },
    {
        "id": "lstm_gates_tf_kernel_one_bias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "Keras-style single bias: uses b_ih only, b_hh is dropped",
                "must_mention": [
                    {
                        "any": [
                            "b_hh",
                            "bias_hh",
                            "hidden bias",
                            "recurrent bias",
                            "second bias",
                            "both biases",
                            "one bias",
                        ]
                    }
                ],
            }
        ],
        "source": "# Kenji (TensorFlow background)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Keras style: one kernel (I+H, 4H) and one bias (4H,)\n"
        "    kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)\n"
        "    bias = b_ih                      # keras has one bias\n"
        "    z = np.concatenate([x, h], axis=1) @ kernel + bias\n"
        "    i, f, g, o = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "lstm_gates_biases_averaged",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "merges the two biases as their average (b_ih + b_hh) / 2 instead of their "
                "sum",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "half",
                            "average",
                            "mean",
                            "/ 2",
                            "/2",
                            "0.5",
                            "scal",
                            "factor",
                            "sum",
                        ]
                    },
                ],
            }
        ],
        "source": "# Kenji (TensorFlow background)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Keras style: one kernel (I+H, 4H) and one bias (4H,)\n"
        "    kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)\n"
        "    bias = (b_ih + b_hh) / 2        # keras has one bias: average the two\n"
        "    z = np.concatenate([x, h], axis=1) @ kernel + bias\n"
        "    i, f, g, o = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "lstm_gates_one_bias_and_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses b_ih only (b_hh dropped)",
                "must_mention": [
                    {
                        "any": [
                            "b_hh",
                            "bias_hh",
                            "hidden bias",
                            "recurrent bias",
                            "second bias",
                            "both biases",
                            "one bias",
                        ]
                    }
                ],
            },
            {
                "what": "splits the blocks as i, f, o, g (g and o swapped)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "2H:3H",
                            "3H:4H",
                            "last block",
                            "rows",
                            "i, f, o, g",
                            "ifog",
                        ]
                    }
                ],
            },
        ],
        "source": "# Kenji (TensorFlow background)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Keras style: one kernel (I+H, 4H) and one bias (4H,)\n"
        "    kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)\n"
        "    bias = b_ih                      # keras has one bias\n"
        "    z = np.concatenate([x, h], axis=1) @ kernel + bias\n"
        "    i, f, o, g = np.split(z, 4, axis=-1)  # i f o c like the blog\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "lstm_gates_b_ih_twice",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds b_ih twice (copy-paste) and never b_hh",
                "must_mention": [
                    {
                        "any": [
                            "b_hh",
                            "bias_hh",
                            "hidden bias",
                            "recurrent bias",
                            "b_ih twice",
                            "twice",
                        ]
                    }
                ],
            }
        ],
        "source": "# Priya\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_ih\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i, f, o = (sigmoid(blocks[k]) for k in (0, 1, 3))\n"
        "    g = np.tanh(blocks[2])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "lstm_gates_forget_reads_input_rows",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate slices rows 0:H (the input gate's block) instead of H:2H",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "rows",
                            "0:H",
                            "input gate",
                            "W_ii",
                            "W_hi",
                            "block",
                            "slice",
                            "same as i",
                            "equal to i",
                        ]
                    },
                ],
            }
        ],
        "source": "# Ana\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)\n"
        "    neg = z < 0\n"
        "    z[neg] *= -1\n"
        "    e = np.exp(-z)\n"
        "    return np.where(neg, e / (1 + e), 1 / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, 0:H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "lstm_gates_einsum_subscript_slip",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "einsum subscripts 'bh,gk->bg' for the recurrent term: h and W_hh are "
                "summed separately (sum(h) * row sums of W_hh) instead of h @ W_hh.T",
                "must_mention": [
                    {
                        "any": [
                            "W_hh",
                            "recurrent",
                            "hidden state",
                            "h @",
                            "h_{t-1}",
                            "h term",
                            "previous h",
                            "hidden-to-hidden",
                            "weight_hh",
                        ]
                    }
                ],
            }
        ],
        "source": "# Mei (einsum fan)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    zx = np.einsum('bi,gi->bg', x, W_ih)\n"
        "    zh = np.einsum('bh,gk->bg', h, W_hh)\n"
        "    z = (zx + zh + b_ih + b_hh).reshape(-1, 4, H)\n"
        "    return sigmoid(z[:, 0]), sigmoid(z[:, 1]), np.tanh(z[:, 2]), sigmoid(z[:, 3])\n",
    },
    {
        "id": "lstm_gates_split_batch_axis_swallowed",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(pre, 4) splits along axis 0 (the batch) instead of the 4H "
                "columns; the error this raises is swallowed by try/except, which returns "
                "all-zero gates (wrong shapes when B is a multiple of 4)",
                "must_mention": [{"any": ["axis", "split", "columns", "batch rows"]}],
            }
        ],
        "source": "# Sam\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    try:\n"
        "        z = np.asarray(z, dtype=np.float64)\n"
        "        ez = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "    except Exception:\n"
        "        return np.zeros_like(z)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    try:\n"
        "        pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        i, f, g, o = np.split(pre, 4)\n"
        "        return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    except Exception as err:\n"
        "        # print(err)\n"
        "        H = W_hh.shape[1]\n"
        "        z = np.zeros((x.shape[0], H))\n"
        "        return z, z, z, z\n",
    },
    {
        "id": "lstm_gates_squeeze_batch",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": ".squeeze() on the pre-activations drops the batch axis when B = 1: gates "
                "come back (H,) not (1, H)",
                "must_mention": [
                    {
                        "any": [
                            "squeez",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "batch size 1",
                            "batch size of 1",
                            "single example",
                            "one example",
                            "one row",
                            "batch dimension",
                            "batch axis",
                        ]
                    }
                ],
            }
        ],
        "source": "# Dmitri\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).squeeze()\n"
        "    H = len(b_ih) // 4\n"
        "    return (sigmoid(pre[..., :H]), sigmoid(pre[..., H:2 * H]),\n"
        "            np.tanh(pre[..., 2 * H:3 * H]), sigmoid(pre[..., 3 * H:]))\n",
    },
    {
        "id": "lstm_gates_global_hidden_size",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "hidden size H stored in a global on the first call only: later calls with "
                "another H slice with the old H",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "previous call",
                            "earlier call",
                            "first call",
                            "between calls",
                            "persist",
                            "stale",
                            "remember",
                            "carried over",
                            "carries over",
                            "cache",
                            "another call",
                            "depends on the order",
                            "one call to the next",
                        ]
                    }
                ],
            }
        ],
        "source": "# Jun\n"
        "import numpy as np\n"
        "\n"
        "HIDDEN = None\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    global HIDDEN\n"
        "    if HIDDEN is None:          # work it out once\n"
        "        HIDDEN = W_hh.shape[1]\n"
        "    H = HIDDEN\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    return sigmoid(pre[:, :H]), sigmoid(pre[:, H:2*H]), np.tanh(pre[:, 2*H:3*H]), "
        "sigmoid(pre[:, 3*H:4*H])\n",
    },
    {
        "id": "lstm_gates_float_division_H",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "H = W_ih.shape[0] / 4 is a float, so slicing raises TypeError",
                "must_mention": [{"any": ["integer", "//", "float", "/ 4", "/4", "int("]}],
            }
        ],
        "source": "# Bo\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_ih.shape[0] / 4\n"
        "    s = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(s[:, 0:H])\n"
        "    f = sigmoid(s[:, H:2 * H])\n"
        "    g = np.tanh(s[:, 2 * H:3 * H])\n"
        "    o = sigmoid(s[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "lstm_gates_bias_inplace_and_float32",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b = b_ih; b += b_hh adds b_hh into the caller's b_ih in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "writes into",
                            "alter",
                        ]
                    },
                    {"any": ["b_ih", "bias"]},
                ],
            },
            {
                "what": "computes the pre-activations in float32: g comes back float32, and i, f, "
                "o (float64 again after the sigmoid) carry float32 rounding errors",
                "must_mention": [{"any": ["float32", "single precision", "precision", "dtype"]}],
            },
        ],
        "source": "# Hiro (Kaggle)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b = b_ih\n"
        "    b += b_hh                           # fuse the two biases once\n"
        "    z = (np.hstack([x, h]) @ np.hstack([W_ih, W_hh]).T + b).astype(np.float32)\n"
        "    i, f, g, o = np.split(z, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "lstm_gates_naive_sigmoid_and_o_tanh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "naive sigmoid 1/(1+exp(-z)) overflows (warning) for large negative "
                "pre-activations",
                "must_mention": ["overflow"],
            },
            {
                "what": "output gate o uses tanh instead of sigmoid",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "o_t",
                            "o:",
                            "`o`",
                            " o ",
                            "(o)",
                            "o is",
                        ]
                    },
                    {"any": ["tanh", "sigmoid"]},
                ],
            },
        ],
        "source": "# Lucas\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    n = W_hh.shape[1]\n"
        "    s = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    return (sigmoid(s[:, :n]), sigmoid(s[:, n:2*n]), np.tanh(s[:, 2*n:3*n]), "
        "np.tanh(s[:, 3*n:]))\n",
    },
    {
        "id": "lstm_cell_ok_aisha",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "# Aisha\n"
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
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh          # (B, 4H)\n"
        "    i = sigmoid(z[:, 0 * H:1 * H])\n"
        "    f = sigmoid(z[:, 1 * H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_ok_marco_loops",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": '# Marco (loops, math module, "so I can see every number")\n'
        "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    e = math.exp(v)\n"
        "    return e / (1.0 + e)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    I = x.shape[1]\n"
        "    h_next = np.zeros((B, H))\n"
        "    c_next = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        for j in range(H):\n"
        "            pre = []\n"
        "            for k in range(4):                # gates i, f, g, o\n"
        "                r = k * H + j\n"
        "                s = b_ih[r] + b_hh[r]\n"
        "                for m in range(I):\n"
        "                    s += W_ih[r, m] * x[b, m]\n"
        "                for m in range(H):\n"
        "                    s += W_hh[r, m] * h[b, m]\n"
        "                pre.append(s)\n"
        "            ig, fg, gg, og = sig(pre[0]), sig(pre[1]), math.tanh(pre[2]), "
        "sig(pre[3])\n"
        "            c_next[b, j] = fg * c[b, j] + ig * gg\n"
        "            h_next[b, j] = og * math.tanh(c_next[b, j])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_ok_tomas_dict",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "# Tomas (one weight matrix per gate, in a dict)\n"
        "import numpy as np\n"
        "\n"
        'GATES = "ifgo"\n'
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    blk = lambda a, n: a[n * H:(n + 1) * H]\n"
        "    W = {k: (blk(W_ih, n), blk(W_hh, n), blk(b_ih, n) + blk(b_hh, n)) for n, k in "
        "enumerate(GATES)}\n"
        "    pre = {k: x @ Wi.T + h @ Wh.T + b for k, (Wi, Wh, b) in W.items()}\n"
        '    act = {k: (np.tanh if k == "g" else sigmoid)(v) for k, v in pre.items()}\n'
        '    c_new = act["f"] * c + act["i"] * act["g"]\n'
        '    h_new = act["o"] * np.tanh(c_new)\n'
        "    return h_new, c_new\n",
    },
    {
        "id": "lstm_cell_ok_kenji_kernel",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": True,
        "mistakes": [],
        "source": "# Kenji (TensorFlow layout: one kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)   # (I+H, 4H), like tf.keras\n"
        "    bias = b_ih + b_hh\n"
        "    z = np.concatenate([x, h], axis=1) @ kernel + bias\n"
        "    i, f, g, o = np.split(z, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h = sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n",
    },
    {
        "id": "lstm_cell_concat_h_before_x",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "concatenates [h, x] while the kernel stacks W_ih.T above W_hh.T: x meets "
                "W_hh and h meets W_ih (shape error when I != H)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "concat",
                            "[h, x]",
                            "h before x",
                            "x before h",
                            "x and h",
                            "h and x",
                            "swap",
                            "exchang",
                        ]
                    }
                ],
            }
        ],
        "source": "# Kenji (TensorFlow layout: one kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)   # (I+H, 4H), like tf.keras\n"
        "    bias = b_ih + b_hh\n"
        "    z = np.concatenate([h, x], axis=1) @ kernel + bias\n"
        "    i, f, g, o = np.split(z, 4, axis=1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h = sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n",
    },
    {
        "id": "lstm_cell_returns_c_then_h",
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
                            "order",
                            "swap",
                            "exchang",
                            "c_next first",
                            "(c, h)",
                            "h first",
                            "h_next first",
                            "reversed",
                            "the other way",
                        ]
                    }
                ],
            }
        ],
        "source": "# Yusuf\n"
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
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return c_new, h_new\n",
    },
    {
        "id": "lstm_cell_g_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {"what": "cell gate g uses sigmoid instead of tanh", "must_mention": ["tanh"]}
        ],
        "source": "# Yusuf\n"
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
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), sigmoid(g), sigmoid(o)\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "lstm_cell_h_without_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh"],
            }
        ],
        "source": '# Marco (loops, math module, "so I can see every number")\n'
        "import math\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    e = math.exp(v)\n"
        "    return e / (1.0 + e)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    I = x.shape[1]\n"
        "    h_next = np.zeros((B, H))\n"
        "    c_next = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        for j in range(H):\n"
        "            pre = []\n"
        "            for k in range(4):                # gates i, f, g, o\n"
        "                r = k * H + j\n"
        "                s = b_ih[r] + b_hh[r]\n"
        "                for m in range(I):\n"
        "                    s += W_ih[r, m] * x[b, m]\n"
        "                for m in range(H):\n"
        "                    s += W_hh[r, m] * h[b, m]\n"
        "                pre.append(s)\n"
        "            ig, fg, gg, og = sig(pre[0]), sig(pre[1]), math.tanh(pre[2]), "
        "sig(pre[3])\n"
        "            c_next[b, j] = fg * c[b, j] + ig * gg\n"
        "            h_next[b, j] = og * c_next[b, j]\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_h_uses_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * tanh(c) uses the old cell state c_{t-1} instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_next",
                            "c_t",
                            "new c",
                            "updated",
                            "old c",
                            "previous c",
                            "c_{t-1}",
                            "c_prev",
                            "old cell",
                            "previous cell",
                            "input c",
                            "incoming c",
                            "tanh(c)",
                        ]
                    }
                ],
            }
        ],
        "source": "# Priya\n"
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_naive_sigmoid_overflow",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "replaced the given stable sigmoid by 1 / (1 + np.exp(-z)), which "
                "overflows (warning) for pre-activations below -709",
                "must_mention": ["overflow"],
            }
        ],
        "source": "# Jun\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = c.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f = sigmoid(pre[:, :H]), sigmoid(pre[:, H:2 * H])\n"
        "    g, o = np.tanh(pre[:, 2 * H:3 * H]), sigmoid(pre[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "lstm_cell_forget_input_swapped_in_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "cell update written c_next = i * c + f * g: the forget and input gates "
                "swapped",
                "must_mention": [
                    {"any": ["forget", "f_t", "f *", "f*", "f and i", "i and f"]},
                    {
                        "any": [
                            "input gate",
                            "i_t",
                            "i *",
                            "i*",
                            "f and i",
                            "i and f",
                            "swap",
                            "exchang",
                        ]
                    },
                ],
            }
        ],
        "source": "# Ana\n"
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
        "    H = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    c_next = i * c + f * g      # forget the old, add the new\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_mutates_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = c (no copy), then c_next *= f; c_next += i*g changes the "
                "caller's c in place (values right)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "writes into",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "# Sofia (saves allocations)\n"
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
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T\n"
        "    pre += h @ W_hh.T\n"
        "    pre += b_ih + b_hh\n"
        "    i, f, g, o = (sigmoid(pre[:, :H]), sigmoid(pre[:, H:2 * H]),\n"
        "                  np.tanh(pre[:, 2 * H:3 * H]), sigmoid(pre[:, 3 * H:]))\n"
        "    c_next = c\n"
        "    c_next *= f\n"
        "    c_next += i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_mutates_c_and_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = c without a copy: the in-place updates change the caller's c",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "writes into",
                            "alter",
                        ]
                    }
                ],
            },
            {
                "what": "h_next = o * c_next: the tanh of the cell state is missing",
                "must_mention": ["tanh"],
            },
        ],
        "source": "# Sofia (saves allocations)\n"
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
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T\n"
        "    pre += h @ W_hh.T\n"
        "    pre += b_ih + b_hh\n"
        "    i, f, g, o = (sigmoid(pre[:, :H]), sigmoid(pre[:, H:2 * H]),\n"
        "                  np.tanh(pre[:, 2 * H:3 * H]), sigmoid(pre[:, 3 * H:]))\n"
        "    c_next = c\n"
        "    c_next *= f\n"
        "    c_next += i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "casts the pre-activations to float32: the results lose precision (errors "
                "~1e-8; the dtype is float64 again because the given sigmoid converts "
                "back)",
                "must_mention": [{"any": ["float32", "single precision", "precision", "dtype"]}],
            }
        ],
        "source": "# Hiro\n"
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
        "    a = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)   # faster\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(af) * c + sigmoid(ai) * np.tanh(ag)\n"
        "    h_next = sigmoid(ao) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_old_c_and_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "float32 pre-activations: results carry float32 rounding errors (~1e-8), "
                "although their dtype is float64",
                "must_mention": [{"any": ["float32", "single precision", "precision", "dtype"]}],
            },
            {
                "what": "h_next uses tanh of the old c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_next",
                            "c_t",
                            "new c",
                            "updated",
                            "old c",
                            "previous c",
                            "c_{t-1}",
                            "c_prev",
                            "old cell",
                            "previous cell",
                            "input c",
                            "incoming c",
                            "tanh(c)",
                        ]
                    }
                ],
            },
        ],
        "source": "# Hiro\n"
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
        "    a = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)   # faster\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    c_next = sigmoid(af) * c + sigmoid(ai) * np.tanh(ag)\n"
        "    h_next = sigmoid(ao) * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "lstm_cell_extra_leading_axis",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the states with an extra leading axis, (1, B, H) 'like torch', "
                "instead of (B, H)",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "(1, B, H)",
                            "(1,B,H)",
                            "extra axis",
                            "extra dimension",
                            "leading",
                        ]
                    }
                ],
            }
        ],
        "source": "# Olga\n"
        "import numpy as np\n"
        "sigmoid=lambda z:np.asarray(np.exp(np.minimum(z,0))/(1+np.exp(-np.abs(z))),float)\n"
        "def lstm_cell(x,h,c,W_ih,W_hh,b_ih,b_hh):\n"
        "    "
        "i,f,g,o=np.split(x@W_ih.T+h@W_hh.T+b_ih+b_hh,4,1);c=sigmoid(f)*c+sigmoid(i)*np.tanh(g)\n"
        "    return (sigmoid(o)*np.tanh(c))[None],c[None]  # (1,B,H) like nn.LSTM\n",
    },
    {
        "id": "lstm_cell_recurrent_term_uses_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent term multiplies W_hh by the cell state c instead of the "
                "hidden state h",
                "must_mention": [
                    {
                        "any": [
                            "W_hh",
                            "recurrent",
                            "hidden state",
                            "h @",
                            "h_{t-1}",
                            "h term",
                            "previous h",
                            "hidden-to-hidden",
                            "weight_hh",
                        ]
                    },
                    {
                        "any": [
                            "cell state",
                            "c_{t-1}",
                            "c_prev",
                            "the c ",
                            "`c`",
                            "c instead",
                            "instead of h",
                            "not h",
                        ]
                    },
                ],
            }
        ],
        "source": "# Mei\n"
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
        "    H = h.shape[1]\n"
        "    z = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bh,gh->bg', c, W_hh) + b_ih + "
        "b_hh\n"
        "    z = z.reshape(len(x), 4, H)\n"
        "    i, f, o = sigmoid(z[:, 0]), sigmoid(z[:, 1]), sigmoid(z[:, 3])\n"
        "    g = np.tanh(z[:, 2])\n"
        "    c2 = f * c + i * g\n"
        "    return o * np.tanh(c2), c2\n",
    },
    {
        "id": "lstm_cell_squeeze_fails_B1_zeros",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "B, H = h.squeeze().shape fails when B = 1 (or H = 1); the try/except "
                "swallows the error and returns zeros",
                "must_mention": [
                    {
                        "any": [
                            "squeez",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "batch size 1",
                            "batch size of 1",
                            "single example",
                            "one example",
                            "one row",
                            "H = 1",
                            "H=1",
                            "size 1",
                            "size-1",
                            "dimension of size",
                        ]
                    }
                ],
            }
        ],
        "source": "# Sam\n"
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
        "    try:\n"
        "        B, H = h.squeeze().shape\n"
        "        z = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).reshape(B, 4, H)\n"
        "        i, f, g, o = sigmoid(z[:, 0]), sigmoid(z[:, 1]), np.tanh(z[:, 2]), "
        "sigmoid(z[:, 3])\n"
        "        c_next = f * c + i * g\n"
        "        return o * np.tanh(c_next), c_next\n"
        "    except Exception:\n"
        "        return np.zeros_like(h), np.zeros_like(c)\n",
    },
    {
        "id": "lstm_cell_rounded",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "rounds both results to 8 decimals ('to get rid of float noise'): off by "
                "up to 5e-9",
                "must_mention": [{"any": ["round", "decimal", "precision", "quantiz"]}],
            }
        ],
        "source": "# Bo\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    s = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(s[:, :H]), sigmoid(s[:, H:2*H]), np.tanh(s[:, 2*H:3*H]), "
        "sigmoid(s[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next.round(8), c_next.round(8)  # get rid of float noise\n",
    },
    {
        "id": "lstm_cell_naive_sigmoid_and_c_first",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "naive sigmoid 1/(1+exp(-z)): overflow warning for large negative "
                "pre-activations",
                "must_mention": ["overflow"],
            },
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "c_next first",
                            "(c, h)",
                            "h first",
                            "h_next first",
                            "reversed",
                            "the other way",
                        ]
                    }
                ],
            },
        ],
        "source": "# Bo\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    s = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(s[:, :H]), sigmoid(s[:, H:2*H]), np.tanh(s[:, 2*H:3*H]), "
        "sigmoid(s[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return c_next, h_next\n",
    },
    {
        "id": "lstm_cell_no_b_hh_and_g_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "splits only b_ih: b_hh is never added",
                "must_mention": [
                    {
                        "any": [
                            "b_hh",
                            "bias_hh",
                            "hidden bias",
                            "recurrent bias",
                            "second bias",
                            "both biases",
                            "one bias",
                        ]
                    }
                ],
            },
            {"what": "g uses sigmoid instead of tanh", "must_mention": ["tanh"]},
        ],
        "source": "# Ravi (separate matrices per gate, like the Colah blog)\n"
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
        "    Wi, Wf, Wg, Wo = np.split(W_ih, 4)\n"
        "    Ui, Uf, Ug, Uo = np.split(W_hh, 4)\n"
        "    bi, bf, bg, bo = np.split(b_ih, 4)\n"
        "    i = sigmoid(x @ Wi.T + h @ Ui.T + bi)\n"
        "    f = sigmoid(x @ Wf.T + h @ Uf.T + bf)\n"
        "    g = sigmoid(x @ Wg.T + h @ Ug.T + bg)\n"
        "    o = sigmoid(x @ Wo.T + h @ Uo.T + bo)\n"
        "    c_t = f * c + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    return h_t, c_t\n",
    },
    {
        "id": "lstm_layer_ok_aisha",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "# Aisha\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)                     # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_ok_dmitri_recursion",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "# Dmitri (recursion over time)\n"
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
        "import sys\n"
        "\n"
        "sys.setrecursionlimit(10000)\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    H = W_hh.shape[1]\n"
        "    B = xs.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "\n"
        "    def run(t, h, c):\n"
        "        if t == len(xs):\n"
        "            return [], (h, c)\n"
        "        h2, c2 = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        rest, last = run(t + 1, h2, c2)\n"
        "        return [h2] + rest, last\n"
        "\n"
        "    hs, (hn, cn) = run(0, h0, c0)\n"
        "    out = np.stack(hs)\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (hn, cn)\n",
    },
    {
        "id": "lstm_layer_squeezed_final_state",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns h_n, c_n squeezed: (H,) instead of (1, H) when B = 1",
                "must_mention": [
                    {
                        "any": [
                            "squeez",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "batch size 1",
                            "batch size of 1",
                            "single example",
                            "one example",
                            "one row",
                            "batch dimension",
                            "batch axis",
                        ]
                    }
                ],
            }
        ],
        "source": "# Dmitri (recursion over time)\n"
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
        "import sys\n"
        "\n"
        "sys.setrecursionlimit(10000)\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    H = W_hh.shape[1]\n"
        "    B = xs.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "\n"
        "    def run(t, h, c):\n"
        "        if t == len(xs):\n"
        "            return [], (h, c)\n"
        "        h2, c2 = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        rest, last = run(t + 1, h2, c2)\n"
        "        return [h2] + rest, last\n"
        "\n"
        "    hs, (hn, cn) = run(0, h0, c0)\n"
        "    out = np.stack(hs)\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (hn.squeeze(), "
        "cn.squeeze())\n",
    },
    {
        "id": "lstm_layer_ok_lena_einsum",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "# Lena (input projection for all steps at once)\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    X = np.moveaxis(x, 1, 0) if batch_first else x           # (T, B, I)\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    Zx = np.einsum('tbi,gi->tbg', X, W_ih) + b_ih + b_hh      # (T, B, 4H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        z = Zx[t] + h @ W_hh.T\n"
        "        i, f, g, o = np.split(z, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=1 if batch_first else 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_ok_kenji_batch_major",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "# Kenji (works batch-major, like keras)\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if not batch_first:\n"
        "        x = x.transpose(1, 0, 2)          # keras habit: (B, T, I)\n"
        "    B, T, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((B, T, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[:, t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[:, t] = h\n"
        "    if not batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_h0_row_broadcast",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "treats h0, c0 as torch's (num_layers, B, H) and takes h0[0], c0[0]: the "
                "first batch row (H,) is broadcast to every example, so a given initial "
                "state is wrong for B > 1",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {
                        "any": [
                            "row",
                            "broadcast",
                            "[0]",
                            "first",
                            "batch",
                            "(1, B, H)",
                            "(1,B,H)",
                            "layer",
                        ]
                    },
                ],
            }
        ],
        "source": "# Kenji (works batch-major, like keras)\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if not batch_first:\n"
        "        x = x.transpose(1, 0, 2)          # keras habit: (B, T, I)\n"
        "    B, T, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0[0], c0[0]                 # layer 0 (nn.LSTM keeps (L, B, H))\n"
        "    out = np.zeros((B, T, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[:, t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[:, t] = h\n"
        "    if not batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_none_zeros_input_width",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with h0/c0 None the zeros are (B, I) (x's last size) instead of (B, H): "
                "crashes (or wrong) when I != H",
                "must_mention": [
                    {"any": ["None", "zero", "initial"]},
                    {
                        "any": [
                            "shape",
                            "(B, I)",
                            "input_size",
                            "I instead of H",
                            "hidden size",
                            "size",
                            "width",
                        ]
                    },
                ],
            }
        ],
        "source": "# Olga\n"
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
        "def lstm_layer(x,h0,c0,W_ih,W_hh,b_ih,b_hh,batch_first=False):\n"
        "    x=x.swapaxes(0,1) if batch_first else x;T,B,_=x.shape;z=np.zeros((B,x.shape[2]))\n"
        "    h,c=(z if h0 is None else h0),(z if c0 is None else c0);o=[]\n"
        "    for t in range(T):h,c=lstm_cell(x[t],h,c,W_ih,W_hh,b_ih,b_hh);o+=[h]\n"
        "    o=np.stack(o);return (o.swapaxes(0,1) if batch_first else o),(h,c)\n",
    },
    {
        "id": "lstm_layer_out_off_by_one",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h into out[t] before the step: out[t] holds h_{t-1} (out[0] = h0) "
                "instead of h_t",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "one step",
                            "t-1",
                            "t - 1",
                            "previous step",
                            "before the",
                            "h_{t-1}",
                            "earlier step",
                            "lag",
                            "delayed",
                            "behind",
                        ]
                    }
                ],
            }
        ],
        "source": "# Marco\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        out[t] = h\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_off_by_one_and_bf_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] stored before the step: out holds h_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "one step",
                            "t-1",
                            "t - 1",
                            "previous step",
                            "before the",
                            "h_{t-1}",
                            "earlier step",
                            "lag",
                            "delayed",
                            "behind",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first handled with reshape instead of a transpose (input and "
                "output): the data gets scrambled",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "reshape",
                            "transpose",
                            "swapaxes",
                            "swap axes",
                            "axes",
                            "layout",
                            "permut",
                            "moveaxis",
                        ]
                    },
                ],
            },
        ],
        "source": "# Marco\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.reshape(x.shape[1], x.shape[0], x.shape[2])\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        out[t] = h\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_h_n_from_first_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is taken from the first step (hs[0]) instead of the last",
                "must_mention": [
                    "h_n",
                    {"any": ["first", "out[0]", "step 0", "t = 0", "t=0", "initial", "earliest"]},
                ],
            }
        ],
        "source": "# Yusuf\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    H = W_hh.shape[1]\n"
        "    B = x.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (hs[0], c)\n",
    },
    {
        "id": "lstm_layer_returns_c_n_h_n",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (out, (c_n, h_n)): the final states swapped",
                "must_mention": [
                    {"any": ["swap", "order", "exchang", "(c_n, h_n)", "reversed", "the other way"]}
                ],
            }
        ],
        "source": "# Yusuf\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    H = W_hh.shape[1]\n"
        "    B = x.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (c, hs[-1])\n",
    },
    {
        "id": "lstm_layer_none_width_and_h_n_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with h0/c0 None the zeros are (B, I) instead of (B, H)",
                "must_mention": [
                    {"any": ["None", "zero", "initial"]},
                    {
                        "any": [
                            "shape",
                            "(B, I)",
                            "input_size",
                            "I instead of H",
                            "hidden size",
                            "size",
                            "width",
                        ]
                    },
                ],
            },
            {
                "what": "h_n taken from the first step (hs[0])",
                "must_mention": [
                    "h_n",
                    {"any": ["first", "out[0]", "step 0", "t = 0", "t=0", "initial", "earliest"]},
                ],
            },
        ],
        "source": "# Yusuf\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    H = W_hh.shape[1]\n"
        "    B = x.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, x.shape[2]))\n"
        "    c = c0 if c0 is not None else np.zeros((B, x.shape[2]))\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (hs[0], c)\n",
    },
    {
        "id": "lstm_layer_batch_first_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first converted with reshape (input and output) instead of swapping "
                "the axes",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {
                        "any": [
                            "reshape",
                            "transpose",
                            "swapaxes",
                            "swap axes",
                            "axes",
                            "layout",
                            "permut",
                            "moveaxis",
                        ]
                    },
                ],
            }
        ],
        "source": "# Lucas\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    seq = x.reshape(x.shape[1], x.shape[0], -1) if batch_first else x\n"
        "    n_steps, n_batch = seq.shape[0], seq.shape[1]\n"
        "    n_hidden = W_hh.shape[1]\n"
        "    state = (np.zeros((n_batch, n_hidden)) if h0 is None else h0,\n"
        "             np.zeros((n_batch, n_hidden)) if c0 is None else c0)\n"
        "    out = np.zeros((n_steps, n_batch, n_hidden))\n"
        "    for step in range(n_steps):\n"
        "        state = lstm_cell(seq[step], state[0], state[1], W_ih, W_hh, b_ih, b_hh)\n"
        "        out[step] = state[0]\n"
        "    if batch_first:\n"
        "        out = out.reshape(n_batch, n_steps, n_hidden)\n"
        "    return out, state\n",
    },
    {
        "id": "lstm_layer_skips_last_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over range(n_steps - 1): the last step is never computed (out[-1] "
                "stays zero, h_n is h_{T-2})",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "missing",
                            "off by one",
                            "off-by-one",
                            "skip",
                            "fewer",
                            "final step",
                            "one step short",
                            "not computed",
                        ]
                    }
                ],
            }
        ],
        "source": "# Lucas\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    seq = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    n_steps, n_batch = seq.shape[0], seq.shape[1]\n"
        "    n_hidden = W_hh.shape[1]\n"
        "    state = (np.zeros((n_batch, n_hidden)) if h0 is None else h0,\n"
        "             np.zeros((n_batch, n_hidden)) if c0 is None else c0)\n"
        "    out = np.zeros((n_steps, n_batch, n_hidden))\n"
        "    for step in range(n_steps - 1):\n"
        "        state = lstm_cell(seq[step], state[0], state[1], W_ih, W_hh, b_ih, b_hh)\n"
        "        out[step] = state[0]\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, state\n",
    },
    {
        "id": "lstm_layer_batch_first_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first the input is transposed but out is returned time-major "
                "(T, B, H), not (B, T, H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["out", "output"]},
                ],
            }
        ],
        "source": "# Ravi\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    x_tm = x.transpose(1, 0, 2) if batch_first else x       # time major\n"
        "    T, B = x_tm.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x_tm[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_out_aliases_state",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "updates h in place (h[...] = ...) and appends the same array every step: "
                "every out[t] equals the last h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "in place",
                            "in-place",
                            "reference",
                            "same object",
                            "every step",
                            "all steps",
                            "overwrit",
                            "each step equal",
                            "same values at every",
                        ]
                    }
                ],
            }
        ],
        "source": "# Priya\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = (np.zeros((B, H)) if h0 is None else h0).copy()\n"
        "    c = (np.zeros((B, H)) if c0 is None else c0).copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = hn; c[...] = cn           # update in place, saves memory\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_alias_and_returns_c_h",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h updated in place and the same array appended each step: all out[t] "
                "equal the final h",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "copy",
                            "in place",
                            "in-place",
                            "reference",
                            "same object",
                            "every step",
                            "all steps",
                            "overwrit",
                            "each step equal",
                            "same values at every",
                        ]
                    }
                ],
            },
            {
                "what": "returns (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [
                    {"any": ["swap", "order", "exchang", "(c_n, h_n)", "reversed", "the other way"]}
                ],
            },
        ],
        "source": "# Priya\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = (np.zeros((B, H)) if h0 is None else h0).copy()\n"
        "    c = (np.zeros((B, H)) if c0 is None else c0).copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = hn; c[...] = cn           # update in place, saves memory\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (c, h)\n",
    },
    {
        "id": "lstm_layer_mutates_c0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c = c0 without a copy, then c *= f; c += i*g: the caller's c0 is changed "
                "in place (values right)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "mutat",
                            "in place",
                            "in-place",
                            "overwr",
                            "writes into",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "# Ana (in-place updates)\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        z = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), "
        "sigmoid(z[:, 3*H:])\n"
        "        c *= f          # in place, no new array each step\n"
        "        c += i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_runs_backwards",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "iterates t over reversed(range(T)): reads the sequence from the end (a "
                "reverse-direction layer)",
                "must_mention": [
                    {
                        "any": [
                            "revers",
                            "backward",
                            "from the end",
                            "last step first",
                            "time order",
                            "wrong direction",
                            "opposite direction",
                            "end to start",
                        ]
                    }
                ],
            }
        ],
        "source": "# Felix\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    out = out.transpose(1, 0, 2) if batch_first else out\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_global_state_between_calls",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps the state in a module-level dict and only initialises it the first "
                "time a (B, H) is seen: later calls continue from the previous call's "
                "final state instead of h0, c0 (or zeros)",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "previous call",
                            "earlier call",
                            "first call",
                            "between calls",
                            "persist",
                            "stale",
                            "remember",
                            "carried over",
                            "carries over",
                            "cache",
                            "another call",
                            "depends on the order",
                            "one call to the next",
                        ]
                    }
                ],
            }
        ],
        "source": "# Jun\n"
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
        "_state = {}\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if (B, H) not in _state:       # remember the state for this size\n"
        "        _state[(B, H)] = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if "
        "c0 is None else c0)\n"
        "    h, c = _state[(B, H)]\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    _state[(B, H)] = (h, c)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_global_state_and_float32",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state kept in a module-level dict across calls: later calls start from "
                "the previous final state",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "previous call",
                            "earlier call",
                            "first call",
                            "between calls",
                            "persist",
                            "stale",
                            "remember",
                            "carried over",
                            "carries over",
                            "cache",
                            "another call",
                            "depends on the order",
                            "one call to the next",
                        ]
                    }
                ],
            },
            {
                "what": "out is allocated as float32",
                "must_mention": [{"any": ["float32", "single precision", "precision", "dtype"]}],
            },
        ],
        "source": "# Jun\n"
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
        "_state = {}\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if (B, H) not in _state:       # remember the state for this size\n"
        "        _state[(B, H)] = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if "
        "c0 is None else c0)\n"
        "    h, c = _state[(B, H)]\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    _state[(B, H)] = (h, c)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lstm_layer_lru_cache_across_calls",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the lru_cache'd step function and its data dict live at module level: the "
                "cache is never cleared, so a later call returns the states cached by an "
                "earlier call",
                "must_mention": [
                    {
                        "any": [
                            "global",
                            "previous call",
                            "earlier call",
                            "first call",
                            "between calls",
                            "persist",
                            "stale",
                            "remember",
                            "carried over",
                            "carries over",
                            "cache",
                            "another call",
                            "depends on the order",
                            "one call to the next",
                        ]
                    }
                ],
            }
        ],
        "source": "# Ivan (recursion + memo)\n"
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
        "from functools import lru_cache\n"
        "\n"
        "_X = {}\n"
        "\n"
        "\n"
        "@lru_cache(maxsize=None)\n"
        "def _step(t):\n"
        '    """state after step t"""\n'
        "    if t < 0:\n"
        '        return _X["h0"], _X["c0"]\n'
        "    h, c = _step(t - 1)\n"
        '    return lstm_cell(_X["x"][t], h, c, *_X["w"])\n'
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        '    _X.update({"x": xs, "h0": np.zeros((B, H)) if h0 is None else h0,\n'
        '          "c0": np.zeros((B, H)) if c0 is None else c0, "w": (W_ih, W_hh, b_ih, '
        "b_hh)})\n"
        "\n"
        "    states = [_step(t) for t in range(T)]\n"
        "    out = np.stack([s[0] for s in states])\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, states[-1]\n",
    },
    {
        "id": "lstm_layer_none_crash_swallowed",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "calls h0.copy() without handling h0 = None; the AttributeError is "
                "swallowed and all-zero results are returned whenever h0, c0 are None",
                "must_mention": [{"any": ["None"]}],
            }
        ],
        "source": "# Sam\n"
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    try:\n"
        "        h = h0.copy()\n"
        "        c = c0.copy()\n"
        "        out = np.zeros((T, B, H))\n"
        "        for t in range(T):\n"
        "            h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h\n"
        "    except Exception:\n"
        "        out, h, c = np.zeros((T, B, H)), np.zeros((B, H)), np.zeros((B, H))\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ScratchLSTM_ok_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "# Aisha\n"
        "import numpy as np\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n'
        '                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        '                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(v, dtype=np.float64) for name, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self.params:\n"
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = arr\n"
        "\n"
        "    def _run(self, x, h, c, sfx, reverse):\n"
        '        W_ih, W_hh = self.params["weight_ih" + sfx], self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
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
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                idx = layer * D + d\n"
        "                o_, hn[idx], cn[idx] = self._run(inp, h0[idx], c0[idx], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o_)\n"
        "            inp = np.concatenate(outs, axis=2)\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the given arrays (np.asarray makes no copy of "
                "float64 arrays): later changes to the state dict change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "share",
                            "alias",
                            "same array",
                            "changes the module",
                            "change the module",
                            "changed the module",
                            "reference",
                            "view",
                            "later change",
                            "changing",
                        ]
                    }
                ],
            }
        ],
        "source": "# Aisha\n"
        "import numpy as np\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n'
        '                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        '                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(v, dtype=np.float64) for name, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self.params:\n"
        "            arr = np.asarray(state[name], dtype=np.float64)\n"
        "            if arr.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = arr\n"
        "\n"
        "    def _run(self, x, h, c, sfx, reverse):\n"
        '        W_ih, W_hh = self.params["weight_ih" + sfx], self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
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
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                idx = layer * D + d\n"
        "                o_, hn[idx], cn[idx] = self._run(inp, h0[idx], c0[idx], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o_)\n"
        "            inp = np.concatenate(outs, axis=2)\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_batch_first_transposes_h_n",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first also transposes h_n and c_n to (B, L*D, H); the states "
                "are never batch first",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            }
        ],
        "source": "# Aisha\n"
        "import numpy as np\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n'
        '                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        '                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(v, dtype=np.float64) for name, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self.params:\n"
        "            arr = np.array(state[name], dtype=np.float64)\n"
        "            if arr.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = arr\n"
        "\n"
        "    def _run(self, x, h, c, sfx, reverse):\n"
        '        W_ih, W_hh = self.params["weight_ih" + sfx], self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
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
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                idx = layer * D + d\n"
        "                o_, hn[idx], cn[idx] = self._run(inp, h0[idx], c0[idx], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o_)\n"
        "            inp = np.concatenate(outs, axis=2)\n"
        "        out = inp.transpose(1, 0, 2) if self.batch_first else inp\n"
        "        if self.batch_first:\n"
        "            hn, cn = hn.transpose(1, 0, 2), cn.transpose(1, 0, 2)\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_load_no_copy_and_bf_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict stores the caller's arrays without copying (np.asarray)",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "share",
                            "alias",
                            "same array",
                            "changes the module",
                            "change the module",
                            "changed the module",
                            "reference",
                            "view",
                            "later change",
                            "changing",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first, out is returned time-major (never transposed back)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["out", "output"]},
                ],
            },
        ],
        "source": "# Aisha\n"
        "import numpy as np\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        '                self.params["weight_ih" + sfx] = rng.uniform(-k, k, (4 * H, I_k))\n'
        '                self.params["weight_hh" + sfx] = rng.uniform(-k, k, (4 * H, H))\n'
        "                if bias:\n"
        '                    self.params["bias_ih" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        '                    self.params["bias_hh" + sfx] = rng.uniform(-k, k, 4 * H)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(v, dtype=np.float64) for name, v in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self.params:\n"
        "            arr = np.asarray(state[name], dtype=np.float64)\n"
        "            if arr.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {arr.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = arr\n"
        "\n"
        "    def _run(self, x, h, c, sfx, reverse):\n"
        '        W_ih, W_hh = self.params["weight_ih" + sfx], self.params["weight_hh" + sfx]\n'
        '        b = self.params["bias_ih" + sfx] + self.params["bias_hh" + sfx] if self.bias '
        "else 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], self.hidden_size))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            z = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "            h = _sigmoid(o) * np.tanh(c)\n"
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
        "            h0, c0 = np.zeros((L * D, B, H)), np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = np.empty((L * D, B, H)), np.empty((L * D, B, H))\n"
        "        inp = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = f"_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "                idx = layer * D + d\n"
        "                o_, hn[idx], cn[idx] = self._run(inp, h0[idx], c0[idx], sfx, "
        "reverse=(d == 1))\n"
        "                outs.append(o_)\n"
        "            inp = np.concatenate(outs, axis=2)\n"
        "        out = inp\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_ok_tomas_classes",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "# Tomas (OOP: a cell class, a direction subclass, properties, __slots__)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Cell:\n"
        '    __slots__ = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias):\n"
        "        k = hidden ** -0.5\n"
        "        self.W_ih = rng.uniform(-k, k, size=(4 * hidden, in_size))\n"
        "        self.W_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        if bias:\n"
        "            self.b_ih = rng.uniform(-k, k, size=4 * hidden)\n"
        "            self.b_hh = rng.uniform(-k, k, size=4 * hidden)\n"
        "        else:\n"
        "            self.b_ih = self.b_hh = None\n"
        "\n"
        "    @property\n"
        "    def hidden(self):\n"
        "        return self.W_hh.shape[1]\n"
        "\n"
        "    def step(self, x, h, c):\n"
        "        z = x @ self.W_ih.T + h @ self.W_hh.T\n"
        "        if self.b_ih is not None:\n"
        "            z = z + self.b_ih + self.b_hh\n"
        "        H = self.hidden\n"
        "        i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n"
        "        g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "class _Direction(_Cell):\n"
        '    __slots__ = ("reverse",)\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias, reverse):\n"
        "        super().__init__(rng, in_size, hidden, bias)\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            self.layers.append([_Direction(rng, in_k, hidden_size, bias, reverse=(d "
        "== 1))\n"
        "                                for d in range(self.D)])\n"
        "\n"
        "    @property\n"
        "    def D(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _named(self):\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            for d, cell in enumerate(dirs):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d else "")\n'
        '                yield "weight_ih" + sfx, cell, "W_ih"\n'
        '                yield "weight_hh" + sfx, cell, "W_hh"\n'
        "                if cell.b_ih is not None:\n"
        '                    yield "bias_ih" + sfx, cell, "b_ih"\n'
        '                    yield "bias_hh" + sfx, cell, "b_hh"\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(cell, attr).astype(np.float64, copy=True) for name, "
        "cell, attr in self._named()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        names = [n for n, _, _ in self._named()]\n"
        "        if set(names) != set(state):\n"
        '            raise KeyError(f"keys differ: missing {set(names) - set(state)}, extra '
        '{set(state) - set(names)}")\n'
        "        for name, cell, attr in list(self._named()):\n"
        "            old = getattr(cell, attr)\n"
        "            new = np.array(state[name], dtype=np.float64)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name} has shape {new.shape}, expected '
        '{old.shape}")\n'
        "            setattr(cell, attr, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B = xs.shape[1]\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, cell in enumerate(dirs):\n"
        "                o, h, c = cell.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_bias_false_keeps_zero_biases",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False still creates (zero) bias parameters, so state_dict has "
                "bias_* keys nn.LSTM(bias=False) does not have (and load_state_dict "
                "rejects its state)",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "key",
                            "bias=False",
                            "bias = False",
                            "state_dict",
                            "no bias",
                            "without bias",
                            "names",
                        ]
                    },
                ],
            }
        ],
        "source": "# Tomas (OOP: a cell class, a direction subclass, properties, __slots__)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Cell:\n"
        '    __slots__ = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias):\n"
        "        k = hidden ** -0.5\n"
        "        self.W_ih = rng.uniform(-k, k, size=(4 * hidden, in_size))\n"
        "        self.W_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        if bias:\n"
        "            self.b_ih = rng.uniform(-k, k, size=4 * hidden)\n"
        "            self.b_hh = rng.uniform(-k, k, size=4 * hidden)\n"
        "        else:\n"
        "            self.b_ih = np.zeros(4 * hidden)      # no bias = zero bias\n"
        "            self.b_hh = np.zeros(4 * hidden)\n"
        "\n"
        "    @property\n"
        "    def hidden(self):\n"
        "        return self.W_hh.shape[1]\n"
        "\n"
        "    def step(self, x, h, c):\n"
        "        z = x @ self.W_ih.T + h @ self.W_hh.T\n"
        "        if self.b_ih is not None:\n"
        "            z = z + self.b_ih + self.b_hh\n"
        "        H = self.hidden\n"
        "        i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n"
        "        g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "class _Direction(_Cell):\n"
        '    __slots__ = ("reverse",)\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias, reverse):\n"
        "        super().__init__(rng, in_size, hidden, bias)\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            self.layers.append([_Direction(rng, in_k, hidden_size, bias, reverse=(d "
        "== 1))\n"
        "                                for d in range(self.D)])\n"
        "\n"
        "    @property\n"
        "    def D(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _named(self):\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            for d, cell in enumerate(dirs):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d else "")\n'
        '                yield "weight_ih" + sfx, cell, "W_ih"\n'
        '                yield "weight_hh" + sfx, cell, "W_hh"\n'
        "                if cell.b_ih is not None:\n"
        '                    yield "bias_ih" + sfx, cell, "b_ih"\n'
        '                    yield "bias_hh" + sfx, cell, "b_hh"\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(cell, attr).astype(np.float64, copy=True) for name, "
        "cell, attr in self._named()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        names = [n for n, _, _ in self._named()]\n"
        "        if set(names) != set(state):\n"
        '            raise KeyError(f"keys differ: missing {set(names) - set(state)}, extra '
        '{set(state) - set(names)}")\n'
        "        for name, cell, attr in list(self._named()):\n"
        "            old = getattr(cell, attr)\n"
        "            new = np.array(state[name], dtype=np.float64)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name} has shape {new.shape}, expected '
        '{old.shape}")\n'
        "            setattr(cell, attr, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B = xs.shape[1]\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, cell in enumerate(dirs):\n"
        "                o, h, c = cell.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_hx_none_wrong_width",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "hx=None: the zero states are (L*D, B, input_size) instead of (L*D, B, "
                "hidden_size) (crash when I != H)",
                "must_mention": [
                    {"any": ["hx=None", "hx is None", "None", "zero", "initial"]},
                    {"any": ["shape", "input_size", "hidden_size", "size", "width"]},
                ],
            }
        ],
        "source": "# Tomas (OOP: a cell class, a direction subclass, properties, __slots__)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Cell:\n"
        '    __slots__ = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias):\n"
        "        k = hidden ** -0.5\n"
        "        self.W_ih = rng.uniform(-k, k, size=(4 * hidden, in_size))\n"
        "        self.W_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        if bias:\n"
        "            self.b_ih = rng.uniform(-k, k, size=4 * hidden)\n"
        "            self.b_hh = rng.uniform(-k, k, size=4 * hidden)\n"
        "        else:\n"
        "            self.b_ih = self.b_hh = None\n"
        "\n"
        "    @property\n"
        "    def hidden(self):\n"
        "        return self.W_hh.shape[1]\n"
        "\n"
        "    def step(self, x, h, c):\n"
        "        z = x @ self.W_ih.T + h @ self.W_hh.T\n"
        "        if self.b_ih is not None:\n"
        "            z = z + self.b_ih + self.b_hh\n"
        "        H = self.hidden\n"
        "        i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n"
        "        g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "class _Direction(_Cell):\n"
        '    __slots__ = ("reverse",)\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias, reverse):\n"
        "        super().__init__(rng, in_size, hidden, bias)\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            self.layers.append([_Direction(rng, in_k, hidden_size, bias, reverse=(d "
        "== 1))\n"
        "                                for d in range(self.D)])\n"
        "\n"
        "    @property\n"
        "    def D(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _named(self):\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            for d, cell in enumerate(dirs):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d else "")\n'
        '                yield "weight_ih" + sfx, cell, "W_ih"\n'
        '                yield "weight_hh" + sfx, cell, "W_hh"\n'
        "                if cell.b_ih is not None:\n"
        '                    yield "bias_ih" + sfx, cell, "b_ih"\n'
        '                    yield "bias_hh" + sfx, cell, "b_hh"\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(cell, attr).astype(np.float64, copy=True) for name, "
        "cell, attr in self._named()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        names = [n for n, _, _ in self._named()]\n"
        "        if set(names) != set(state):\n"
        '            raise KeyError(f"keys differ: missing {set(names) - set(state)}, extra '
        '{set(state) - set(names)}")\n'
        "        for name, cell, attr in list(self._named()):\n"
        "            old = getattr(cell, attr)\n"
        "            new = np.array(state[name], dtype=np.float64)\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name} has shape {new.shape}, expected '
        '{old.shape}")\n'
        "            setattr(cell, attr, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B = xs.shape[1]\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, self.input_size))\n"
        "            c0 = np.zeros((L * D, B, self.input_size))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, cell in enumerate(dirs):\n"
        "                o, h, c = cell.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_float32_after_load",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict stores float32 copies of the parameters: outputs carry "
                "float32 rounding errors (~1e-8), although the sigmoid converts them back "
                "to float64 dtype",
                "must_mention": [{"any": ["float32", "single precision", "precision", "dtype"]}],
            }
        ],
        "source": "# Tomas (OOP: a cell class, a direction subclass, properties, __slots__)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Cell:\n"
        '    __slots__ = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias):\n"
        "        k = hidden ** -0.5\n"
        "        self.W_ih = rng.uniform(-k, k, size=(4 * hidden, in_size))\n"
        "        self.W_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        if bias:\n"
        "            self.b_ih = rng.uniform(-k, k, size=4 * hidden)\n"
        "            self.b_hh = rng.uniform(-k, k, size=4 * hidden)\n"
        "        else:\n"
        "            self.b_ih = self.b_hh = None\n"
        "\n"
        "    @property\n"
        "    def hidden(self):\n"
        "        return self.W_hh.shape[1]\n"
        "\n"
        "    def step(self, x, h, c):\n"
        "        z = x @ self.W_ih.T + h @ self.W_hh.T\n"
        "        if self.b_ih is not None:\n"
        "            z = z + self.b_ih + self.b_hh\n"
        "        H = self.hidden\n"
        "        i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n"
        "        g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "class _Direction(_Cell):\n"
        '    __slots__ = ("reverse",)\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias, reverse):\n"
        "        super().__init__(rng, in_size, hidden, bias)\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            self.layers.append([_Direction(rng, in_k, hidden_size, bias, reverse=(d "
        "== 1))\n"
        "                                for d in range(self.D)])\n"
        "\n"
        "    @property\n"
        "    def D(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _named(self):\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            for d, cell in enumerate(dirs):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d else "")\n'
        '                yield "weight_ih" + sfx, cell, "W_ih"\n'
        '                yield "weight_hh" + sfx, cell, "W_hh"\n'
        "                if cell.b_ih is not None:\n"
        '                    yield "bias_ih" + sfx, cell, "b_ih"\n'
        '                    yield "bias_hh" + sfx, cell, "b_hh"\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(cell, attr).astype(np.float64, copy=True) for name, "
        "cell, attr in self._named()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        names = [n for n, _, _ in self._named()]\n"
        "        if set(names) != set(state):\n"
        '            raise KeyError(f"keys differ: missing {set(names) - set(state)}, extra '
        '{set(state) - set(names)}")\n'
        "        for name, cell, attr in list(self._named()):\n"
        "            old = getattr(cell, attr)\n"
        "            new = np.array(state[name], dtype=np.float32)  # half the memory\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name} has shape {new.shape}, expected '
        '{old.shape}")\n'
        "            setattr(cell, attr, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B = xs.shape[1]\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, cell in enumerate(dirs):\n"
        "                o, h, c = cell.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_bias_false_keys_and_float32",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates zero biases: extra bias_* keys in state_dict",
                "must_mention": [
                    "bias",
                    {
                        "any": [
                            "key",
                            "bias=False",
                            "bias = False",
                            "state_dict",
                            "no bias",
                            "without bias",
                            "names",
                        ]
                    },
                ],
            },
            {
                "what": "load_state_dict converts the parameters to float32: outputs lose "
                "precision (~1e-8)",
                "must_mention": [{"any": ["float32", "single precision", "precision", "dtype"]}],
            },
        ],
        "source": "# Tomas (OOP: a cell class, a direction subclass, properties, __slots__)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class _Cell:\n"
        '    __slots__ = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias):\n"
        "        k = hidden ** -0.5\n"
        "        self.W_ih = rng.uniform(-k, k, size=(4 * hidden, in_size))\n"
        "        self.W_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        if bias:\n"
        "            self.b_ih = rng.uniform(-k, k, size=4 * hidden)\n"
        "            self.b_hh = rng.uniform(-k, k, size=4 * hidden)\n"
        "        else:\n"
        "            self.b_ih = np.zeros(4 * hidden)      # no bias = zero bias\n"
        "            self.b_hh = np.zeros(4 * hidden)\n"
        "\n"
        "    @property\n"
        "    def hidden(self):\n"
        "        return self.W_hh.shape[1]\n"
        "\n"
        "    def step(self, x, h, c):\n"
        "        z = x @ self.W_ih.T + h @ self.W_hh.T\n"
        "        if self.b_ih is not None:\n"
        "            z = z + self.b_ih + self.b_hh\n"
        "        H = self.hidden\n"
        "        i, f = _sigmoid(z[:, :H]), _sigmoid(z[:, H:2 * H])\n"
        "        g, o = np.tanh(z[:, 2 * H:3 * H]), _sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "\n"
        "class _Direction(_Cell):\n"
        '    __slots__ = ("reverse",)\n'
        "\n"
        "    def __init__(self, rng, in_size, hidden, bias, reverse):\n"
        "        super().__init__(rng, in_size, hidden, bias)\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = [None] * T\n"
        "        order = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return np.stack(out), h, c\n"
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
        "        rng = np.random.default_rng(seed)\n"
        "        self.layers = []\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else hidden_size * self.D\n"
        "            self.layers.append([_Direction(rng, in_k, hidden_size, bias, reverse=(d "
        "== 1))\n"
        "                                for d in range(self.D)])\n"
        "\n"
        "    @property\n"
        "    def D(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _named(self):\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            for d, cell in enumerate(dirs):\n"
        '                sfx = f"_l{k}" + ("_reverse" if d else "")\n'
        '                yield "weight_ih" + sfx, cell, "W_ih"\n'
        '                yield "weight_hh" + sfx, cell, "W_hh"\n'
        "                if cell.b_ih is not None:\n"
        '                    yield "bias_ih" + sfx, cell, "b_ih"\n'
        '                    yield "bias_hh" + sfx, cell, "b_hh"\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: getattr(cell, attr).astype(np.float64, copy=True) for name, "
        "cell, attr in self._named()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        names = [n for n, _, _ in self._named()]\n"
        "        if set(names) != set(state):\n"
        '            raise KeyError(f"keys differ: missing {set(names) - set(state)}, extra '
        '{set(state) - set(names)}")\n'
        "        for name, cell, attr in list(self._named()):\n"
        "            old = getattr(cell, attr)\n"
        "            new = np.array(state[name], dtype=np.float32)  # half the memory\n"
        "            if new.shape != old.shape:\n"
        '                raise ValueError(f"{name} has shape {new.shape}, expected '
        '{old.shape}")\n'
        "            setattr(cell, attr, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B = xs.shape[1]\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, dirs in enumerate(self.layers):\n"
        "            outs = []\n"
        "            for d, cell in enumerate(dirs):\n"
        "                o, h, c = cell.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(o)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_ok_kenji_list",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "# Kenji (parameters in a list, one entry per layer and direction; keras-style "
        "kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        'NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
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
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = []                      # index: layer * D + direction\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                n_in = self.I if layer == 0 else self.H * self.D\n"
        "                shapes = [(4 * self.H, n_in), (4 * self.H, self.H)] + [(4 * self.H,)] "
        "* (2 if bias else 0)\n"
        "                self._p.append([rng.uniform(-k, k, s) for s in shapes])\n"
        "\n"
        "    def _key(self, j, layer, d):\n"
        '        return f"{NAMES[j]}_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                for j, arr in enumerate(self._p[layer * self.D + d]):\n"
        "                    sd[self._key(j, layer, d)] = arr.copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = set(self.state_dict())\n"
        "        if set(state) != expected:\n"
        "            raise KeyError(sorted(set(state) ^ expected))\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                slot = self._p[layer * self.D + d]\n"
        "                for j in range(len(slot)):\n"
        "                    new = np.array(state[self._key(j, layer, d)], dtype=np.float64)\n"
        "                    assert new.shape == slot[j].shape, self._key(j, layer, d)\n"
        "                    slot[j] = new\n"
        "\n"
        "    def _direction(self, xs, h, c, params, reverse):\n"
        "        W_ih, W_hh = params[0], params[1]\n"
        "        kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)        # (n_in + H, 4H)\n"
        "        b = params[2] + params[3] if self.bias else np.zeros(4 * self.H)\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = np.concatenate([xs[t], h], axis=1) @ kernel + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = xs.transpose(1, 0, 2)\n"
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hn = np.zeros((self.L * self.D, B, self.H))\n"
        "        cn = np.zeros_like(hn)\n"
        "        for layer in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                row = layer * self.D + d\n"
        "                o, hn[row], cn[row] = self._direction(xs, h0[layer * self.D + d], "
        "c0[layer * self.D + d],\n"
        "                                                       self._p[layer * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = xs.transpose(1, 0, 2) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_param_list_index_layer_times_2",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "in __call__ the parameter list is indexed layer*2 + d although it was "
                "filled layer*D + d: with one direction and num_layers >= 2, layer 1 reads "
                "index 2 (IndexError / wrong layer)",
                "must_mention": [
                    {
                        "any": [
                            "num_layers=2",
                            "num_layers = 2",
                            "two layers",
                            "2 layers",
                            "layer 1",
                            "second layer",
                            "num_layers",
                            "layer index",
                            "index",
                        ]
                    },
                    {
                        "any": [
                            "bidirectional=False",
                            "one direction",
                            "unidirectional",
                            "D = 1",
                            "D=1",
                            "not bidirectional",
                            "layer*2",
                            "layer * 2",
                            "2 * layer",
                            "2*layer",
                        ]
                    },
                ],
            }
        ],
        "source": "# Kenji (parameters in a list, one entry per layer and direction; keras-style "
        "kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        'NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
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
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = []                      # index: layer * D + direction\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                n_in = self.I if layer == 0 else self.H * self.D\n"
        "                shapes = [(4 * self.H, n_in), (4 * self.H, self.H)] + [(4 * self.H,)] "
        "* (2 if bias else 0)\n"
        "                self._p.append([rng.uniform(-k, k, s) for s in shapes])\n"
        "\n"
        "    def _key(self, j, layer, d):\n"
        '        return f"{NAMES[j]}_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                for j, arr in enumerate(self._p[layer * self.D + d]):\n"
        "                    sd[self._key(j, layer, d)] = arr.copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = set(self.state_dict())\n"
        "        if set(state) != expected:\n"
        "            raise KeyError(sorted(set(state) ^ expected))\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                slot = self._p[layer * self.D + d]\n"
        "                for j in range(len(slot)):\n"
        "                    new = np.array(state[self._key(j, layer, d)], dtype=np.float64)\n"
        "                    assert new.shape == slot[j].shape, self._key(j, layer, d)\n"
        "                    slot[j] = new\n"
        "\n"
        "    def _direction(self, xs, h, c, params, reverse):\n"
        "        W_ih, W_hh = params[0], params[1]\n"
        "        kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)        # (n_in + H, 4H)\n"
        "        b = params[2] + params[3] if self.bias else np.zeros(4 * self.H)\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = np.concatenate([xs[t], h], axis=1) @ kernel + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = xs.transpose(1, 0, 2)\n"
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hn = np.zeros((self.L * self.D, B, self.H))\n"
        "        cn = np.zeros_like(hn)\n"
        "        for layer in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                row = layer * self.D + d\n"
        "                o, hn[row], cn[row] = self._direction(xs, h0[layer * self.D + d], "
        "c0[layer * self.D + d],\n"
        "                                                       self._p[layer * 2 + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = xs.transpose(1, 0, 2) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_h_n_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "writes h_n, c_n direction-major (row d * L + layer: all forward layers, "
                "then all reverse) instead of layer * D + d",
                "must_mention": [
                    {"any": ["row", "order", "layout", "arrang"]},
                    {"any": ["direction", "revers", "layer", "k * D + d", "k*D+d"]},
                ],
            }
        ],
        "source": "# Kenji (parameters in a list, one entry per layer and direction; keras-style "
        "kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        'NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
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
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = []                      # index: layer * D + direction\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                n_in = self.I if layer == 0 else self.H * self.D\n"
        "                shapes = [(4 * self.H, n_in), (4 * self.H, self.H)] + [(4 * self.H,)] "
        "* (2 if bias else 0)\n"
        "                self._p.append([rng.uniform(-k, k, s) for s in shapes])\n"
        "\n"
        "    def _key(self, j, layer, d):\n"
        '        return f"{NAMES[j]}_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                for j, arr in enumerate(self._p[layer * self.D + d]):\n"
        "                    sd[self._key(j, layer, d)] = arr.copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = set(self.state_dict())\n"
        "        if set(state) != expected:\n"
        "            raise KeyError(sorted(set(state) ^ expected))\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                slot = self._p[layer * self.D + d]\n"
        "                for j in range(len(slot)):\n"
        "                    new = np.array(state[self._key(j, layer, d)], dtype=np.float64)\n"
        "                    assert new.shape == slot[j].shape, self._key(j, layer, d)\n"
        "                    slot[j] = new\n"
        "\n"
        "    def _direction(self, xs, h, c, params, reverse):\n"
        "        W_ih, W_hh = params[0], params[1]\n"
        "        kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)        # (n_in + H, 4H)\n"
        "        b = params[2] + params[3] if self.bias else np.zeros(4 * self.H)\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = np.concatenate([xs[t], h], axis=1) @ kernel + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = xs.transpose(1, 0, 2)\n"
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hn = np.zeros((self.L * self.D, B, self.H))\n"
        "        cn = np.zeros_like(hn)\n"
        "        for layer in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                row = d * self.L + layer         # forward rows first, then reverse\n"
        "                o, hn[row], cn[row] = self._direction(xs, h0[layer * self.D + d], "
        "c0[layer * self.D + d],\n"
        "                                                       self._p[layer * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = xs.transpose(1, 0, 2) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_reverse_starts_from_forward_h0",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads its initial state from the forward "
                "direction's rows of h_0/c_0 (row layer*D instead of layer*D + 1)",
                "must_mention": [
                    {"any": ["h_0", "hx", "initial", "c_0", "h0"]},
                    {"any": ["revers", "row", "direction", "backward"]},
                ],
            }
        ],
        "source": "# Kenji (parameters in a list, one entry per layer and direction; keras-style "
        "kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        'NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
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
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = []                      # index: layer * D + direction\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                n_in = self.I if layer == 0 else self.H * self.D\n"
        "                shapes = [(4 * self.H, n_in), (4 * self.H, self.H)] + [(4 * self.H,)] "
        "* (2 if bias else 0)\n"
        "                self._p.append([rng.uniform(-k, k, s) for s in shapes])\n"
        "\n"
        "    def _key(self, j, layer, d):\n"
        '        return f"{NAMES[j]}_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                for j, arr in enumerate(self._p[layer * self.D + d]):\n"
        "                    sd[self._key(j, layer, d)] = arr.copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = set(self.state_dict())\n"
        "        if set(state) != expected:\n"
        "            raise KeyError(sorted(set(state) ^ expected))\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                slot = self._p[layer * self.D + d]\n"
        "                for j in range(len(slot)):\n"
        "                    new = np.array(state[self._key(j, layer, d)], dtype=np.float64)\n"
        "                    assert new.shape == slot[j].shape, self._key(j, layer, d)\n"
        "                    slot[j] = new\n"
        "\n"
        "    def _direction(self, xs, h, c, params, reverse):\n"
        "        W_ih, W_hh = params[0], params[1]\n"
        "        kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)        # (n_in + H, 4H)\n"
        "        b = params[2] + params[3] if self.bias else np.zeros(4 * self.H)\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = np.concatenate([xs[t], h], axis=1) @ kernel + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = xs.transpose(1, 0, 2)\n"
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hn = np.zeros((self.L * self.D, B, self.H))\n"
        "        cn = np.zeros_like(hn)\n"
        "        for layer in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                row = layer * self.D + d\n"
        "                o, hn[row], cn[row] = self._direction(xs, h0[layer * self.D], "
        "c0[layer * self.D],\n"
        "                                                       self._p[layer * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = xs.transpose(1, 0, 2) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_init_bound_sqrt_H",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial values drawn in [-sqrt(H), sqrt(H)] instead of [-1/sqrt(H), "
                "1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "range",
                            "1/sqrt",
                            "1/√",
                            "uniform",
                            "interval",
                            "too large",
                            "initial",
                            "init",
                        ]
                    }
                ],
            }
        ],
        "source": "# Kenji (parameters in a list, one entry per layer and direction; keras-style "
        "kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        'NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
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
        "        k = np.sqrt(hidden_size)\n"
        "        self._p = []                      # index: layer * D + direction\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                n_in = self.I if layer == 0 else self.H * self.D\n"
        "                shapes = [(4 * self.H, n_in), (4 * self.H, self.H)] + [(4 * self.H,)] "
        "* (2 if bias else 0)\n"
        "                self._p.append([rng.uniform(-k, k, s) for s in shapes])\n"
        "\n"
        "    def _key(self, j, layer, d):\n"
        '        return f"{NAMES[j]}_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                for j, arr in enumerate(self._p[layer * self.D + d]):\n"
        "                    sd[self._key(j, layer, d)] = arr.copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = set(self.state_dict())\n"
        "        if set(state) != expected:\n"
        "            raise KeyError(sorted(set(state) ^ expected))\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                slot = self._p[layer * self.D + d]\n"
        "                for j in range(len(slot)):\n"
        "                    new = np.array(state[self._key(j, layer, d)], dtype=np.float64)\n"
        "                    assert new.shape == slot[j].shape, self._key(j, layer, d)\n"
        "                    slot[j] = new\n"
        "\n"
        "    def _direction(self, xs, h, c, params, reverse):\n"
        "        W_ih, W_hh = params[0], params[1]\n"
        "        kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)        # (n_in + H, 4H)\n"
        "        b = params[2] + params[3] if self.bias else np.zeros(4 * self.H)\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = np.concatenate([xs[t], h], axis=1) @ kernel + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = xs.transpose(1, 0, 2)\n"
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hn = np.zeros((self.L * self.D, B, self.H))\n"
        "        cn = np.zeros_like(hn)\n"
        "        for layer in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                row = layer * self.D + d\n"
        "                o, hn[row], cn[row] = self._direction(xs, h0[layer * self.D + d], "
        "c0[layer * self.D + d],\n"
        "                                                       self._p[layer * self.D + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = xs.transpose(1, 0, 2) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_param_index_and_h_n_order",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "parameter list indexed layer*2 + d: IndexError/wrong layer with one "
                "direction and num_layers >= 2",
                "must_mention": [
                    {
                        "any": [
                            "num_layers=2",
                            "num_layers = 2",
                            "two layers",
                            "2 layers",
                            "layer 1",
                            "second layer",
                            "num_layers",
                            "layer index",
                            "index",
                        ]
                    },
                    {
                        "any": [
                            "bidirectional=False",
                            "one direction",
                            "unidirectional",
                            "D = 1",
                            "D=1",
                            "not bidirectional",
                            "layer*2",
                            "layer * 2",
                            "2 * layer",
                            "2*layer",
                        ]
                    },
                ],
            },
            {
                "what": "h_n, c_n rows direction-major (d * L + layer) instead of layer * D + d",
                "must_mention": [
                    {"any": ["row", "order", "layout", "arrang"]},
                    {"any": ["direction", "revers", "layer", "k * D + d", "k*D+d"]},
                ],
            },
        ],
        "source": "# Kenji (parameters in a list, one entry per layer and direction; keras-style "
        "kernel)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    pos = np.exp(-np.maximum(z, 0))\n"
        "    neg = np.exp(np.minimum(z, 0))\n"
        "    return np.where(z >= 0, 1 / (1 + pos), neg / (1 + neg))\n"
        "\n"
        "\n"
        'NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")\n'
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
        "        k = 1 / np.sqrt(hidden_size)\n"
        "        self._p = []                      # index: layer * D + direction\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                n_in = self.I if layer == 0 else self.H * self.D\n"
        "                shapes = [(4 * self.H, n_in), (4 * self.H, self.H)] + [(4 * self.H,)] "
        "* (2 if bias else 0)\n"
        "                self._p.append([rng.uniform(-k, k, s) for s in shapes])\n"
        "\n"
        "    def _key(self, j, layer, d):\n"
        '        return f"{NAMES[j]}_l{layer}" + ("_reverse" if d == 1 else "")\n'
        "\n"
        "    def state_dict(self):\n"
        "        sd = {}\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                for j, arr in enumerate(self._p[layer * self.D + d]):\n"
        "                    sd[self._key(j, layer, d)] = arr.copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = set(self.state_dict())\n"
        "        if set(state) != expected:\n"
        "            raise KeyError(sorted(set(state) ^ expected))\n"
        "        for layer in range(self.L):\n"
        "            for d in range(self.D):\n"
        "                slot = self._p[layer * self.D + d]\n"
        "                for j in range(len(slot)):\n"
        "                    new = np.array(state[self._key(j, layer, d)], dtype=np.float64)\n"
        "                    assert new.shape == slot[j].shape, self._key(j, layer, d)\n"
        "                    slot[j] = new\n"
        "\n"
        "    def _direction(self, xs, h, c, params, reverse):\n"
        "        W_ih, W_hh = params[0], params[1]\n"
        "        kernel = np.concatenate([W_ih.T, W_hh.T], axis=0)        # (n_in + H, 4H)\n"
        "        b = params[2] + params[3] if self.bias else np.zeros(4 * self.H)\n"
        "        T = len(xs)\n"
        "        hs = [None] * T\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            z = np.concatenate([xs[t], h], axis=1) @ kernel + b\n"
        "            i, f, g, o = np.split(z, 4, axis=1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            xs = xs.transpose(1, 0, 2)\n"
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * self.D, B, self.H)), np.zeros((self.L * self.D, "
        "B, self.H)))\n"
        "        h0, c0 = hx\n"
        "        hn = np.zeros((self.L * self.D, B, self.H))\n"
        "        cn = np.zeros_like(hn)\n"
        "        for layer in range(self.L):\n"
        "            outs = []\n"
        "            for d in range(self.D):\n"
        "                row = d * self.L + layer         # forward rows first, then reverse\n"
        "                o, hn[row], cn[row] = self._direction(xs, h0[layer * self.D + d], "
        "c0[layer * self.D + d],\n"
        "                                                       self._p[layer * 2 + d], "
        "reverse=(d == 1))\n"
        "                outs.append(o)\n"
        "            xs = np.concatenate(outs, axis=2)\n"
        "        out = xs.transpose(1, 0, 2) if self.batch_first else xs\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_ok_felix_flip",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "# Felix (reverse direction = run the forward code on the flipped sequence)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def run_forward(x, h, c, W_ih, W_hh, b):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "        c = sig(f) * c + sig(i) * np.tanh(g)\n"
        "        h = sig(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.array(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1 / hidden_size ** 0.5\n"
        "        self.w = {}\n"
        "        for l in range(num_layers):\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                n_in = input_size if l == 0 else D * hidden_size\n"
        '                self.w[f"weight_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, n_in))\n"
        '                self.w[f"weight_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.w[f"bias_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        '                    self.w[f"bias_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.w:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != self.w[k].shape:\n"
        '                raise ValueError(f"wrong shape for {k}")\n'
        "        extra = set(state) - set(self.w)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {extra}")\n'
        "        self.w = {k: np.array(state[k], dtype=np.float64) for k in self.w}\n"
        "\n"
        "    def _params(self, l, suffix):\n"
        '        b = self.w[f"bias_ih_l{l}{suffix}"] + self.w[f"bias_hh_l{l}{suffix}"] if '
        "self.bias else 0\n"
        '        return self.w[f"weight_ih_l{l}{suffix}"], self.w[f"weight_hh_l{l}{suffix}"], '
        "b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        n = self.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            fwd, h_f, c_f = run_forward(layer_in, h0[l * D], c0[l * D], "
        '*self._params(l, ""))\n'
        "            h_n.append(h_f)\n"
        "            c_n.append(c_f)\n"
        "            if D == 2:\n"
        "                rev, h_r, c_r = run_forward(layer_in[::-1], h0[l * D + 1], c0[l * D + "
        '1], *self._params(l, "_reverse"))\n'
        "                rev = rev[::-1]                       # back in time order\n"
        "                h_n.append(h_r)\n"
        "                c_n.append(c_r)\n"
        "                layer_in = np.concatenate([fwd, rev], axis=-1)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = np.swapaxes(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_concat_backward_first",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "puts the two directions side by side as [backward, forward] instead of "
                "[forward, backward]",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "forward first",
                            "reverse first",
                            "backward first",
                            "[backward",
                            "[reverse",
                            "swap",
                            "exchang",
                            "halves",
                            "first half",
                            "second half",
                        ]
                    },
                    {"any": ["revers", "backward", "direction", "halves", "forward"]},
                ],
            }
        ],
        "source": "# Felix (reverse direction = run the forward code on the flipped sequence)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def run_forward(x, h, c, W_ih, W_hh, b):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "        c = sig(f) * c + sig(i) * np.tanh(g)\n"
        "        h = sig(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.array(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1 / hidden_size ** 0.5\n"
        "        self.w = {}\n"
        "        for l in range(num_layers):\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                n_in = input_size if l == 0 else D * hidden_size\n"
        '                self.w[f"weight_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, n_in))\n"
        '                self.w[f"weight_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.w[f"bias_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        '                    self.w[f"bias_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.w:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != self.w[k].shape:\n"
        '                raise ValueError(f"wrong shape for {k}")\n'
        "        extra = set(state) - set(self.w)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {extra}")\n'
        "        self.w = {k: np.array(state[k], dtype=np.float64) for k in self.w}\n"
        "\n"
        "    def _params(self, l, suffix):\n"
        '        b = self.w[f"bias_ih_l{l}{suffix}"] + self.w[f"bias_hh_l{l}{suffix}"] if '
        "self.bias else 0\n"
        '        return self.w[f"weight_ih_l{l}{suffix}"], self.w[f"weight_hh_l{l}{suffix}"], '
        "b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        n = self.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            fwd, h_f, c_f = run_forward(layer_in, h0[l * D], c0[l * D], "
        '*self._params(l, ""))\n'
        "            h_n.append(h_f)\n"
        "            c_n.append(c_f)\n"
        "            if D == 2:\n"
        "                rev, h_r, c_r = run_forward(layer_in[::-1], h0[l * D + 1], c0[l * D + "
        '1], *self._params(l, "_reverse"))\n'
        "                rev = rev[::-1]                       # back in time order\n"
        "                h_n.append(h_r)\n"
        "                c_n.append(c_r)\n"
        "                layer_in = np.concatenate([rev, fwd], axis=-1)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = np.swapaxes(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_reverse_outputs_not_flipped_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in processing order (not flipped "
                "back to time order)",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "index",
                            "order",
                            "reversed in time",
                            "wrong step",
                            "mirror",
                        ]
                    },
                ],
            }
        ],
        "source": "# Felix (reverse direction = run the forward code on the flipped sequence)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def run_forward(x, h, c, W_ih, W_hh, b):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "        c = sig(f) * c + sig(i) * np.tanh(g)\n"
        "        h = sig(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.array(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1 / hidden_size ** 0.5\n"
        "        self.w = {}\n"
        "        for l in range(num_layers):\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                n_in = input_size if l == 0 else D * hidden_size\n"
        '                self.w[f"weight_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, n_in))\n"
        '                self.w[f"weight_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.w[f"bias_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        '                    self.w[f"bias_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.w:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != self.w[k].shape:\n"
        '                raise ValueError(f"wrong shape for {k}")\n'
        "        extra = set(state) - set(self.w)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {extra}")\n'
        "        self.w = {k: np.array(state[k], dtype=np.float64) for k in self.w}\n"
        "\n"
        "    def _params(self, l, suffix):\n"
        '        b = self.w[f"bias_ih_l{l}{suffix}"] + self.w[f"bias_hh_l{l}{suffix}"] if '
        "self.bias else 0\n"
        '        return self.w[f"weight_ih_l{l}{suffix}"], self.w[f"weight_hh_l{l}{suffix}"], '
        "b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        n = self.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            fwd, h_f, c_f = run_forward(layer_in, h0[l * D], c0[l * D], "
        '*self._params(l, ""))\n'
        "            h_n.append(h_f)\n"
        "            c_n.append(c_f)\n"
        "            if D == 2:\n"
        "                rev, h_r, c_r = run_forward(layer_in[::-1], h0[l * D + 1], c0[l * D + "
        '1], *self._params(l, "_reverse"))\n'
        "                h_n.append(h_r)\n"
        "                c_n.append(c_r)\n"
        "                layer_in = np.concatenate([fwd, rev], axis=-1)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = np.swapaxes(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_reverse_final_state_wrong_end",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's final state is taken as its output at the last "
                "time step (its state after x_{T-1} only) instead of its state after x_0",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {
                        "any": [
                            "final",
                            "h_n",
                            "last",
                            "out[0]",
                            "after x_0",
                            "x_0",
                            "first step",
                            "step 0",
                            "out[-1]",
                        ]
                    },
                ],
            }
        ],
        "source": "# Felix (reverse direction = run the forward code on the flipped sequence)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def run_forward(x, h, c, W_ih, W_hh, b):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "        c = sig(f) * c + sig(i) * np.tanh(g)\n"
        "        h = sig(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.array(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1 / hidden_size ** 0.5\n"
        "        self.w = {}\n"
        "        for l in range(num_layers):\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                n_in = input_size if l == 0 else D * hidden_size\n"
        '                self.w[f"weight_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, n_in))\n"
        '                self.w[f"weight_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.w[f"bias_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        '                    self.w[f"bias_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.w:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != self.w[k].shape:\n"
        '                raise ValueError(f"wrong shape for {k}")\n'
        "        extra = set(state) - set(self.w)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {extra}")\n'
        "        self.w = {k: np.array(state[k], dtype=np.float64) for k in self.w}\n"
        "\n"
        "    def _params(self, l, suffix):\n"
        '        b = self.w[f"bias_ih_l{l}{suffix}"] + self.w[f"bias_hh_l{l}{suffix}"] if '
        "self.bias else 0\n"
        '        return self.w[f"weight_ih_l{l}{suffix}"], self.w[f"weight_hh_l{l}{suffix}"], '
        "b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        n = self.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            fwd, h_f, c_f = run_forward(layer_in, h0[l * D], c0[l * D], "
        '*self._params(l, ""))\n'
        "            h_n.append(h_f)\n"
        "            c_n.append(c_f)\n"
        "            if D == 2:\n"
        "                rev, h_r, c_r = run_forward(layer_in[::-1], h0[l * D + 1], c0[l * D + "
        '1], *self._params(l, "_reverse"))\n'
        "                rev = rev[::-1]                       # back in time order\n"
        "                h_n.append(rev[-1])\n"
        "                c_n.append(c_r)\n"
        "                layer_in = np.concatenate([fwd, rev], axis=-1)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = np.swapaxes(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_concat_backward_first_and_h_n_end",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "[backward, forward] concatenation instead of forward first",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "forward first",
                            "reverse first",
                            "backward first",
                            "[backward",
                            "[reverse",
                            "swap",
                            "exchang",
                            "halves",
                            "first half",
                            "second half",
                        ]
                    },
                    {"any": ["revers", "backward", "direction", "halves", "forward"]},
                ],
            },
            {
                "what": "reverse direction's h_n taken at out[-1] (after x_{T-1}) instead of its "
                "state after x_0",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {
                        "any": [
                            "final",
                            "h_n",
                            "last",
                            "out[0]",
                            "after x_0",
                            "x_0",
                            "first step",
                            "step 0",
                            "out[-1]",
                        ]
                    },
                ],
            },
        ],
        "source": "# Felix (reverse direction = run the forward code on the flipped sequence)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sig(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def run_forward(x, h, c, W_ih, W_hh, b):\n"
        "    hs = []\n"
        "    for x_t in x:\n"
        "        i, f, g, o = np.split(x_t @ W_ih.T + h @ W_hh.T + b, 4, axis=-1)\n"
        "        c = sig(f) * c + sig(i) * np.tanh(g)\n"
        "        h = sig(o) * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    return np.array(hs), h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size = hidden_size\n"
        "        self.num_layers = num_layers\n"
        "        self.bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.bidirectional = bidirectional\n"
        "        D = 2 if bidirectional else 1\n"
        "        gen = np.random.default_rng(seed)\n"
        "        bound = 1 / hidden_size ** 0.5\n"
        "        self.w = {}\n"
        "        for l in range(num_layers):\n"
        '            for suffix in ["", "_reverse"][:D]:\n'
        "                n_in = input_size if l == 0 else D * hidden_size\n"
        '                self.w[f"weight_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, n_in))\n"
        '                self.w[f"weight_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, (4 * '
        "hidden_size, hidden_size))\n"
        "                if bias:\n"
        '                    self.w[f"bias_ih_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        '                    self.w[f"bias_hh_l{l}{suffix}"] = gen.uniform(-bound, bound, 4 * '
        "hidden_size)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self.w.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for k in self.w:\n"
        "            if k not in state:\n"
        '                raise KeyError(f"missing key {k}")\n'
        "            if np.shape(state[k]) != self.w[k].shape:\n"
        '                raise ValueError(f"wrong shape for {k}")\n'
        "        extra = set(state) - set(self.w)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {extra}")\n'
        "        self.w = {k: np.array(state[k], dtype=np.float64) for k in self.w}\n"
        "\n"
        "    def _params(self, l, suffix):\n"
        '        b = self.w[f"bias_ih_l{l}{suffix}"] + self.w[f"bias_hh_l{l}{suffix}"] if '
        "self.bias else 0\n"
        '        return self.w[f"weight_ih_l{l}{suffix}"], self.w[f"weight_hh_l{l}{suffix}"], '
        "b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.array(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        D = 2 if self.bidirectional else 1\n"
        "        n = self.num_layers * D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for l in range(self.num_layers):\n"
        "            fwd, h_f, c_f = run_forward(layer_in, h0[l * D], c0[l * D], "
        '*self._params(l, ""))\n'
        "            h_n.append(h_f)\n"
        "            c_n.append(c_f)\n"
        "            if D == 2:\n"
        "                rev, h_r, c_r = run_forward(layer_in[::-1], h0[l * D + 1], c0[l * D + "
        '1], *self._params(l, "_reverse"))\n'
        "                rev = rev[::-1]                       # back in time order\n"
        "                h_n.append(rev[-1])\n"
        "                c_n.append(c_r)\n"
        "                layer_in = np.concatenate([rev, fwd], axis=-1)\n"
        "            else:\n"
        "                layer_in = fwd\n"
        "        out = np.swapaxes(layer_in, 0, 1) if self.batch_first else layer_in\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "ScratchLSTM_ok_sofia_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "# Sofia (copy module, helper for the random draws)\n"
        "import copy\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
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
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            for rev in ([False, True] if bidirectional else [False]):\n"
        "                n_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "                for name, shape in self._shapes(n_in):\n"
        "                    self._params[self._name(name, layer, rev)] = self._u(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, n_in):\n"
        "        H = self.hidden_size\n"
        '        yield "weight_ih", (4 * H, n_in)\n'
        '        yield "weight_hh", (4 * H, H)\n'
        "        if self.bias:\n"
        '            yield "bias_ih", (4 * H,)\n'
        '            yield "bias_hh", (4 * H,)\n'
        "\n"
        "    @staticmethod\n"
        "    def _name(name, layer, rev):\n"
        '        return f"{name}_l{layer}" + ("_reverse" if rev else "")\n'
        "\n"
        "    def _u(self, shape):\n"
        "        k = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return copy.deepcopy(self._params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"expected keys {sorted(self._params)}")\n'
        "        new = copy.deepcopy(dict(state))\n"
        "        for k, v in new.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(v)}")\n'
        "            new[k] = np.asarray(v, dtype=np.float64)\n"
        "        self._params = new\n"
        "\n"
        "    def _cell(self, x, h, c, layer, rev):\n"
        "        p = lambda n: self._params[self._name(n, layer, rev)]\n"
        '        z = x @ p("weight_ih").T + h @ p("weight_hh").T\n'
        "        if self.bias:\n"
        '            z = z + p("bias_ih") + p("bias_hh")\n'
        "        H = self.hidden_size\n"
        "        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 "
        "* H]), sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hn, cn = np.zeros_like(h0, dtype=np.float64), np.zeros_like(c0, "
        "dtype=np.float64)\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                times = range(T - 1, -1, -1) if d == 1 else range(T)\n"
        "                for t in times:\n"
        "                    h, c = self._cell(seq[t], h, c, layer, d == 1)\n"
        "                    outs[t, :, d * H:(d + 1) * H] = h\n"
        "                hn[layer * D + d], cn[layer * D + d] = h, c\n"
        "            seq = outs\n"
        "        out = np.transpose(seq, (1, 0, 2)) if self.batch_first else seq\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_state_dict_shallow_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns copy.copy (a shallow copy): a new dict but the same "
                "arrays, so changing them changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "share",
                            "alias",
                            "same array",
                            "changes the module",
                            "change the module",
                            "changed the module",
                            "reference",
                            "view",
                            "later change",
                            "changing",
                        ]
                    }
                ],
            }
        ],
        "source": "# Sofia (copy module, helper for the random draws)\n"
        "import copy\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
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
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            for rev in ([False, True] if bidirectional else [False]):\n"
        "                n_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "                for name, shape in self._shapes(n_in):\n"
        "                    self._params[self._name(name, layer, rev)] = self._u(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, n_in):\n"
        "        H = self.hidden_size\n"
        '        yield "weight_ih", (4 * H, n_in)\n'
        '        yield "weight_hh", (4 * H, H)\n'
        "        if self.bias:\n"
        '            yield "bias_ih", (4 * H,)\n'
        '            yield "bias_hh", (4 * H,)\n'
        "\n"
        "    @staticmethod\n"
        "    def _name(name, layer, rev):\n"
        '        return f"{name}_l{layer}" + ("_reverse" if rev else "")\n'
        "\n"
        "    def _u(self, shape):\n"
        "        k = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return copy.copy(self._params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"expected keys {sorted(self._params)}")\n'
        "        new = copy.deepcopy(dict(state))\n"
        "        for k, v in new.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(v)}")\n'
        "            new[k] = np.asarray(v, dtype=np.float64)\n"
        "        self._params = new\n"
        "\n"
        "    def _cell(self, x, h, c, layer, rev):\n"
        "        p = lambda n: self._params[self._name(n, layer, rev)]\n"
        '        z = x @ p("weight_ih").T + h @ p("weight_hh").T\n'
        "        if self.bias:\n"
        '            z = z + p("bias_ih") + p("bias_hh")\n'
        "        H = self.hidden_size\n"
        "        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 "
        "* H]), sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hn, cn = np.zeros_like(h0, dtype=np.float64), np.zeros_like(c0, "
        "dtype=np.float64)\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                times = range(T - 1, -1, -1) if d == 1 else range(T)\n"
        "                for t in times:\n"
        "                    h, c = self._cell(seq[t], h, c, layer, d == 1)\n"
        "                    outs[t, :, d * H:(d + 1) * H] = h\n"
        "                hn[layer * D + d], cn[layer * D + d] = h, c\n"
        "            seq = outs\n"
        "        out = np.transpose(seq, (1, 0, 2)) if self.batch_first else seq\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_ignores_seed_global_rng",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "draws from NumPy's global RNG (np.random.uniform) instead of "
                "default_rng(seed): the same seed gives different parameters",
                "must_mention": [
                    {
                        "any": [
                            "seed",
                            "default_rng",
                            "reproduc",
                            "np.random.uniform",
                            "global random",
                        ]
                    }
                ],
            }
        ],
        "source": "# Sofia (copy module, helper for the random draws)\n"
        "import copy\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
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
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            for rev in ([False, True] if bidirectional else [False]):\n"
        "                n_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "                for name, shape in self._shapes(n_in):\n"
        "                    self._params[self._name(name, layer, rev)] = self._u(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, n_in):\n"
        "        H = self.hidden_size\n"
        '        yield "weight_ih", (4 * H, n_in)\n'
        '        yield "weight_hh", (4 * H, H)\n'
        "        if self.bias:\n"
        '            yield "bias_ih", (4 * H,)\n'
        '            yield "bias_hh", (4 * H,)\n'
        "\n"
        "    @staticmethod\n"
        "    def _name(name, layer, rev):\n"
        '        return f"{name}_l{layer}" + ("_reverse" if rev else "")\n'
        "\n"
        "    def _u(self, shape):\n"
        "        k = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return np.random.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return copy.deepcopy(self._params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"expected keys {sorted(self._params)}")\n'
        "        new = copy.deepcopy(dict(state))\n"
        "        for k, v in new.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(v)}")\n'
        "            new[k] = np.asarray(v, dtype=np.float64)\n"
        "        self._params = new\n"
        "\n"
        "    def _cell(self, x, h, c, layer, rev):\n"
        "        p = lambda n: self._params[self._name(n, layer, rev)]\n"
        '        z = x @ p("weight_ih").T + h @ p("weight_hh").T\n'
        "        if self.bias:\n"
        '            z = z + p("bias_ih") + p("bias_hh")\n'
        "        H = self.hidden_size\n"
        "        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 "
        "* H]), sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hn, cn = np.zeros_like(h0, dtype=np.float64), np.zeros_like(c0, "
        "dtype=np.float64)\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                times = range(T - 1, -1, -1) if d == 1 else range(T)\n"
        "                for t in times:\n"
        "                    h, c = self._cell(seq[t], h, c, layer, d == 1)\n"
        "                    outs[t, :, d * H:(d + 1) * H] = h\n"
        "                hn[layer * D + d], cn[layer * D + d] = h, c\n"
        "            seq = outs\n"
        "        out = np.transpose(seq, (1, 0, 2)) if self.batch_first else seq\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_c_n_is_h_n",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "typo: c_n is filled with the final h instead of the final c",
                "must_mention": ["c_n"],
            }
        ],
        "source": "# Sofia (copy module, helper for the random draws)\n"
        "import copy\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
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
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            for rev in ([False, True] if bidirectional else [False]):\n"
        "                n_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "                for name, shape in self._shapes(n_in):\n"
        "                    self._params[self._name(name, layer, rev)] = self._u(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, n_in):\n"
        "        H = self.hidden_size\n"
        '        yield "weight_ih", (4 * H, n_in)\n'
        '        yield "weight_hh", (4 * H, H)\n'
        "        if self.bias:\n"
        '            yield "bias_ih", (4 * H,)\n'
        '            yield "bias_hh", (4 * H,)\n'
        "\n"
        "    @staticmethod\n"
        "    def _name(name, layer, rev):\n"
        '        return f"{name}_l{layer}" + ("_reverse" if rev else "")\n'
        "\n"
        "    def _u(self, shape):\n"
        "        k = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return copy.deepcopy(self._params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"expected keys {sorted(self._params)}")\n'
        "        new = copy.deepcopy(dict(state))\n"
        "        for k, v in new.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(v)}")\n'
        "            new[k] = np.asarray(v, dtype=np.float64)\n"
        "        self._params = new\n"
        "\n"
        "    def _cell(self, x, h, c, layer, rev):\n"
        "        p = lambda n: self._params[self._name(n, layer, rev)]\n"
        '        z = x @ p("weight_ih").T + h @ p("weight_hh").T\n'
        "        if self.bias:\n"
        '            z = z + p("bias_ih") + p("bias_hh")\n'
        "        H = self.hidden_size\n"
        "        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 "
        "* H]), sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hn, cn = np.zeros_like(h0, dtype=np.float64), np.zeros_like(c0, "
        "dtype=np.float64)\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                times = range(T - 1, -1, -1) if d == 1 else range(T)\n"
        "                for t in times:\n"
        "                    h, c = self._cell(seq[t], h, c, layer, d == 1)\n"
        "                    outs[t, :, d * H:(d + 1) * H] = h\n"
        "                hn[layer * D + d], cn[layer * D + d] = h, h\n"
        "            seq = outs\n"
        "        out = np.transpose(seq, (1, 0, 2)) if self.batch_first else seq\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_shallow_state_dict_and_seed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict is a shallow copy (copy.copy): its arrays are the module's",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "share",
                            "alias",
                            "same array",
                            "changes the module",
                            "change the module",
                            "changed the module",
                            "reference",
                            "view",
                            "later change",
                            "changing",
                        ]
                    }
                ],
            },
            {
                "what": "parameters drawn from np.random.uniform (global RNG), ignoring seed",
                "must_mention": [
                    {
                        "any": [
                            "seed",
                            "default_rng",
                            "reproduc",
                            "np.random.uniform",
                            "global random",
                        ]
                    }
                ],
            },
        ],
        "source": "# Sofia (copy module, helper for the random draws)\n"
        "import copy\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
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
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        for layer in range(num_layers):\n"
        "            for rev in ([False, True] if bidirectional else [False]):\n"
        "                n_in = input_size if layer == 0 else hidden_size * "
        "self.num_directions\n"
        "                for name, shape in self._shapes(n_in):\n"
        "                    self._params[self._name(name, layer, rev)] = self._u(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, n_in):\n"
        "        H = self.hidden_size\n"
        '        yield "weight_ih", (4 * H, n_in)\n'
        '        yield "weight_hh", (4 * H, H)\n'
        "        if self.bias:\n"
        '            yield "bias_ih", (4 * H,)\n'
        '            yield "bias_hh", (4 * H,)\n'
        "\n"
        "    @staticmethod\n"
        "    def _name(name, layer, rev):\n"
        '        return f"{name}_l{layer}" + ("_reverse" if rev else "")\n'
        "\n"
        "    def _u(self, shape):\n"
        "        k = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return np.random.uniform(-k, k, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return copy.copy(self._params)\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"expected keys {sorted(self._params)}")\n'
        "        new = copy.deepcopy(dict(state))\n"
        "        for k, v in new.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: wrong shape {np.shape(v)}")\n'
        "            new[k] = np.asarray(v, dtype=np.float64)\n"
        "        self._params = new\n"
        "\n"
        "    def _cell(self, x, h, c, layer, rev):\n"
        "        p = lambda n: self._params[self._name(n, layer, rev)]\n"
        '        z = x @ p("weight_ih").T + h @ p("weight_hh").T\n'
        "        if self.bias:\n"
        '            z = z + p("bias_ih") + p("bias_hh")\n'
        "        H = self.hidden_size\n"
        "        i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 "
        "* H]), sigmoid(z[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        T, B, _ = x.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        hn, cn = np.zeros_like(h0, dtype=np.float64), np.zeros_like(c0, "
        "dtype=np.float64)\n"
        "        seq = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = np.zeros((T, B, D * H))\n"
        "            for d in range(D):\n"
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                times = range(T - 1, -1, -1) if d == 1 else range(T)\n"
        "                for t in times:\n"
        "                    h, c = self._cell(seq[t], h, c, layer, d == 1)\n"
        "                    outs[t, :, d * H:(d + 1) * H] = h\n"
        "                hn[layer * D + d], cn[layer * D + d] = h, c\n"
        "            seq = outs\n"
        "        out = np.transpose(seq, (1, 0, 2)) if self.batch_first else seq\n"
        "        return out, (hn, cn)\n",
    },
    {
        "id": "ScratchLSTM_layers_numbered_from_1",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "counts layers from 1 in the parameter names (weight_ih_l1 for the first "
                "layer ...), so the keys are not nn.LSTM's and a real state dict does not "
                "load",
                "must_mention": [
                    {"any": ["key", "name"]},
                    {
                        "any": [
                            "l0",
                            "from 0",
                            "numbered",
                            "layer 0",
                            "index",
                            "off by one",
                            "off-by-one",
                            "from 1",
                        ]
                    },
                ],
            }
        ],
        "source": "# Lucas (names from a helper)\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def pname(kind, layer, d):\n"
        '    return f"{kind}_l{layer + 1}"   # layer 1 is the first layer + ("_reverse" if d '
        'else "")\n'
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias, "
        "bf=batch_first,\n"
        "                        D=2 if bidirectional else 1)\n"
        "        rng = np.random.default_rng(seed)\n"
        '        H, D = hidden_size, self.cfg["D"]\n'
        "        a = 1 / np.sqrt(H)\n"
        "        self.p = {}\n"
        "        for layer in range(num_layers):\n"
        "            for d in range(D):\n"
        '                self.p[pname("weight_ih", layer, d)] = rng.uniform(-a, a, (4 * H, '
        "input_size if layer == 0 else D * H))\n"
        '                self.p[pname("weight_hh", layer, d)] = rng.uniform(-a, a, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self.p[pname("bias_ih", layer, d)] = rng.uniform(-a, a, (4 * '
        "H,))\n"
        '                    self.p[pname("bias_hh", layer, d)] = rng.uniform(-a, a, (4 * '
        "H,))\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.astype(np.float64) for k, v in self.p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        assert set(state) == set(self.p), set(state) ^ set(self.p)\n"
        "        self.p = {k: np.array(state[k], dtype=np.float64) for k in self.p}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        c_ = self.cfg\n"
        '        H, D, L = c_["H"], c_["D"], c_["L"]\n'
        '        x = np.swapaxes(x, 0, 1) if c_["bf"] else np.asarray(x)\n'
        "        T, B = x.shape[:2]\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((L * D, B, H)), np.zeros((L * D, "
        "B, H)))\n"
        "        hn, cn = [], []\n"
        "        for layer in range(L):\n"
        "            res = []\n"
        "            for d in range(D):\n"
        '                Wi, Wh = self.p[pname("weight_ih", layer, d)], '
        'self.p[pname("weight_hh", layer, d)]\n'
        '                b = self.p[pname("bias_ih", layer, d)] + self.p[pname("bias_hh", '
        'layer, d)] if c_["bias"] else 0\n'
        "                h, c = h0[layer * D + d], c0[layer * D + d]\n"
        "                ys = np.zeros((T, B, H))\n"
        "                for t in (range(T)[::-1] if d else range(T)):\n"
        "                    i, f, g, o = np.split(x[t] @ Wi.T + h @ Wh.T + b, 4, axis=1)\n"
        "                    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "                    h = sigmoid(o) * np.tanh(c)\n"
        "                    ys[t] = h\n"
        "                res.append(ys)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            x = np.concatenate(res, axis=2)\n"
        '        return (np.swapaxes(x, 0, 1) if c_["bf"] else x), (np.stack(hn), '
        "np.stack(cn))\n",
    },
    {
        "id": "lstm_output_shapes_ok_noor",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "# Noor (reads the docs line by line)\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "lstm_output_shapes_ok_olga_golf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "# Olga\n"
        "def "
        "lstm_output_shapes(seq_len,batch,input_size,hidden_size,num_layers=1,bidirectional=False,batch_first=False,proj_size=0):\n"
        "    D,P=1+bool(bidirectional),proj_size or hidden_size\n"
        '    return {"out":((batch,seq_len) if batch_first else '
        '(seq_len,batch))+(D*P,),"h_n":(D*num_layers,batch,P),"c_n":(D*num_layers,batch,hidden_size)}\n',
    },
    {
        "id": "lstm_output_shapes_ok_kenji_helper",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "# Kenji\n"
        "def _state_shape(num_layers, num_directions, batch, size):\n"
        "    # states are never batch-first, whatever batch_first says\n"
        "    return (num_layers * num_directions, batch, size)\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    num_directions = 2 if bidirectional else 1\n"
        "    real_hidden = proj_size if proj_size else hidden_size\n"
        "    first_two = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        "    return {\n"
        '        "out": tuple(first_two + [num_directions * real_hidden]),\n'
        '        "h_n": _state_shape(num_layers, num_directions, batch, real_hidden),\n'
        '        "c_n": _state_shape(num_layers, num_directions, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "lstm_output_shapes_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first puts the batch first in h_n and c_n too ((B, D*L, H)); "
                "the states are never batch first",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            }
        ],
        "source": "# Sam\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = hidden_size if proj_size == 0 else proj_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * h_size)\n"
        "        h_n = (batch, D * num_layers, h_size)\n"
        "        c_n = (batch, D * num_layers, hidden_size)\n"
        '        return {"out": out, "h_n": h_n, "c_n": c_n}\n'
        "    else:\n"
        "        out = (seq_len, batch, D * h_size)\n"
        "    h_n = (D * num_layers, batch, h_size)\n"
        "    c_n = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "lstm_output_shapes_states_bf_and_c_n_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "states made batch first when batch_first=True",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            },
            {
                "what": "c_n uses the projected size proj_size (in the time-major branch); the "
                "cell state keeps hidden_size",
                "must_mention": [{"any": ["proj"]}, "c_n"],
            },
        ],
        "source": "# Sam\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = hidden_size if proj_size == 0 else proj_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * h_size)\n"
        "        h_n = (batch, D * num_layers, h_size)\n"
        "        c_n = (batch, D * num_layers, hidden_size)\n"
        '        return {"out": out, "h_n": h_n, "c_n": c_n}\n'
        "    else:\n"
        "        out = (seq_len, batch, D * h_size)\n"
        "    h_n = (D * num_layers, batch, h_size)\n"
        "    c_n = (D * num_layers, batch, h_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "lstm_output_shapes_D_plus_L",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "first size of h_n, c_n is D + num_layers instead of D * num_layers",
                "must_mention": [
                    {
                        "any": [
                            "num_layers",
                            "D *",
                            "D*",
                            "× num",
                            "* num",
                            "product",
                            "times",
                            "multipl",
                            "D·",
                            "D ·",
                            "sum",
                            "plus",
                            "+",
                        ]
                    }
                ],
            }
        ],
        "source": "# Bo\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    dirs = 2 if bidirectional else 1\n"
        "    size = proj_size if proj_size else hidden_size\n"
        "    n_states = dirs + num_layers\n"
        "    out = [seq_len, batch, dirs * size]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": tuple(out), "h_n": (n_states, batch, size), "c_n": (n_states, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "lstm_output_shapes_lists_and_D_plus_L",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns lists instead of tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
            },
            {
                "what": "D + num_layers instead of D * num_layers",
                "must_mention": [
                    {
                        "any": [
                            "num_layers",
                            "D *",
                            "D*",
                            "× num",
                            "* num",
                            "product",
                            "times",
                            "multipl",
                            "D·",
                            "D ·",
                            "sum",
                            "plus",
                            "+",
                        ]
                    }
                ],
            },
        ],
        "source": "# Bo\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    dirs = 2 if bidirectional else 1\n"
        "    size = proj_size if proj_size else hidden_size\n"
        "    n_states = dirs + num_layers\n"
        "    out = [seq_len, batch, dirs * size]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": out, "h_n": [n_states, batch, size], "c_n": [n_states, batch, '
        "hidden_size]}\n",
    },
    {
        "id": "lstm_output_shapes_float_size",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "dirs = 2 if bidirectional else 1.0: the sizes become floats (20.0), not "
                "ints",
                "must_mention": [{"any": ["float", "int"]}],
            }
        ],
        "source": "# Bo\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    dirs = 2 if bidirectional else 1.0\n"
        "    size = proj_size if proj_size else hidden_size\n"
        "    n_states = dirs * num_layers\n"
        "    out = [seq_len, batch, dirs * size]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": tuple(out), "h_n": (n_states, batch, size), "c_n": (n_states, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "lstm_output_shapes_c_n_projected",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n given proj_size features; with projection only h (out, h_n) is "
                "projected, c_n keeps hidden_size",
                "must_mention": [{"any": ["proj"]}, "c_n"],
            }
        ],
        "source": "# Lucas\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    out_feat = D * (proj_size if proj_size > 0 else hidden_size)\n"
        "    h_feat = proj_size if proj_size > 0 else hidden_size\n"
        "    c_feat = h_feat\n"
        "    T_B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"out": T_B + (out_feat,), "h_n": (D * num_layers, batch, h_feat), "c_n": '
        "(D * num_layers, batch, c_feat)}\n",
    },
    {
        "id": "lstm_output_shapes_out_ignores_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last size ignores proj_size (D * hidden_size instead of D * "
                "proj_size)",
                "must_mention": [{"any": ["proj"]}, {"any": ["out", "output"]}],
            }
        ],
        "source": "# Lucas\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    out_feat = D * hidden_size\n"
        "    h_feat = proj_size if proj_size > 0 else hidden_size\n"
        "    c_feat = hidden_size\n"
        "    T_B = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    return {"out": T_B + (out_feat,), "h_n": (D * num_layers, batch, h_feat), "c_n": '
        "(D * num_layers, batch, c_feat)}\n",
    },
    {
        "id": "lstm_output_shapes_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the shapes as lists, not tuples",
                "must_mention": [{"any": ["tuple", "list"]}],
            }
        ],
        "source": "# Marco\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    if bidirectional:\n"
        "        D = 2\n"
        "    else:\n"
        "        D = 1\n"
        "    if proj_size > 0:\n"
        "        H_out = proj_size\n"
        "    else:\n"
        "        H_out = hidden_size\n"
        "    if batch_first:\n"
        "        out_shape = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out_shape = (seq_len, batch, D * H_out)\n"
        "    hn_shape = (D * num_layers, batch, H_out)\n"
        "    cn_shape = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": list(out_shape), "h_n": list(hn_shape), "c_n": list(cn_shape)}\n',
    },
    {
        "id": "lstm_output_shapes_batch_first_inverted",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first test inverted: out is (batch, seq_len, ...) when batch_first "
                "is False and vice versa",
                "must_mention": [{"any": ["batch_first", "batch first", "batch-first"]}],
            }
        ],
        "source": "# Marco\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    if bidirectional:\n"
        "        D = 2\n"
        "    else:\n"
        "        D = 1\n"
        "    if proj_size > 0:\n"
        "        H_out = proj_size\n"
        "    else:\n"
        "        H_out = hidden_size\n"
        "    if not batch_first:\n"
        "        out_shape = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out_shape = (seq_len, batch, D * H_out)\n"
        "    hn_shape = (D * num_layers, batch, H_out)\n"
        "    cn_shape = (D * num_layers, batch, hidden_size)\n"
        '    return {"out": out_shape, "h_n": hn_shape, "c_n": cn_shape}\n',
    },
    {
        "id": "lstm_output_shapes_out_ignores_directions",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last size is the per-direction size, forgetting the factor D for "
                "bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "2 *",
                            "D *",
                            "D*",
                            "D ·",
                            "D·",
                            "num_dir",
                            "doubl",
                            "2H",
                            "twice",
                        ]
                    }
                ],
            }
        ],
        "source": "# Ravi\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    num_dir = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, feat)\n"
        "    if batch_first:\n"
        "        out = (out[1], out[0], out[2])\n"
        "    h_n = (num_layers * num_dir, batch, feat)\n"
        "    c_n = (num_layers * num_dir, batch, hidden_size)\n"
        "    return dict(out=out, h_n=h_n, c_n=c_n)\n",
    },
    {
        "id": "lstm_output_shapes_out_no_D_and_h_n_no_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last size forgets D",
                "must_mention": [
                    {
                        "any": [
                            "bidirectional",
                            "direction",
                            "2 *",
                            "D *",
                            "D*",
                            "D ·",
                            "D·",
                            "num_dir",
                            "doubl",
                            "2H",
                            "twice",
                        ]
                    }
                ],
            },
            {
                "what": "h_n and c_n first size counts directions only, forgetting num_layers",
                "must_mention": [{"any": ["num_layers", "layers"]}],
            },
        ],
        "source": "# Ravi\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    num_dir = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size else hidden_size\n"
        "    out = (seq_len, batch, feat)\n"
        "    if batch_first:\n"
        "        out = (out[1], out[0], out[2])\n"
        "    h_n = (num_dir, batch, feat)\n"
        "    c_n = (num_dir, batch, hidden_size)\n"
        "    return dict(out=out, h_n=h_n, c_n=c_n)\n",
    },
    {
        "id": "lstm_output_shapes_states_ignore_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have D rows instead of num_layers * D (the layers are "
                "forgotten)",
                "must_mention": [{"any": ["num_layers", "layers"]}],
            }
        ],
        "source": "# Ana\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    state_rows = D          # one final state per direction\n"
        "    out = (batch, seq_len, D * P) if batch_first else (seq_len, batch, D * P)\n"
        '    return {"out": out, "h_n": (state_rows, batch, P), "c_n": (state_rows, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "lena_cell_bw_ok",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gradients of one LSTM step (Lena). Recompute the forward step, then walk it '
        'backwards."""\n'
        "    H = h.shape[1]\n"
        "    # --- forward again ---\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # --- backward ---\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)  # total gradient reaching c_t\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate(\n"
        "        [di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], "
        "axis=1\n"
        "    )  # (B, 4H)\n"
        "    db = da.sum(axis=0)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n",
    },
    {
        "id": "mei_cell_bw_ok",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # forward pass again (like min-char-rnn: keep everything we need)\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    # backward pass\n"
        "    dh = dh_next\n"
        "    dog = dh * np.tanh(cs)\n"
        "    dcs = dh * og * (1 - np.tanh(cs) ** 2) + dc_next\n"
        "    dig = dcs * gg\n"
        "    dgg = dcs * ig\n"
        "    dfg = dcs * c\n"
        "    dcprev = dcs * fg\n"
        "    draw = np.hstack((dig * ig * (1 - ig), dfg * fg * (1 - fg), dgg * (1 - gg * gg), "
        "dog * og * (1 - og)))\n"
        "    dWxh = np.dot(draw.T, x)\n"
        "    dWhh = np.dot(draw.T, h)\n"
        "    dbh = np.sum(draw, axis=0)\n"
        "    dxs = np.dot(draw, W_ih)\n"
        "    dhnext = np.dot(draw, W_hh)\n"
        "    # for np.clip(...) see the training loop, not here\n"
        '    return {"x": dxs, "h": dhnext, "c": dcprev, "W_ih": dWxh, "W_hh": dWhh,\n'
        '            "b_ih": dbh, "b_hh": dbh.copy()}\n',
    },
    {
        "id": "sven_cell_bw_einsum_ok",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # einsum everywhere, gates as an axis of size 4\n"
        "    B, H = h.shape\n"
        "    z = np.einsum('bi,ki->bk', x, W_ih) + np.einsum('bj,kj->bk', h, W_hh) + b_ih + "
        "b_hh\n"
        "    z = z.reshape(B, 4, H)\n"
        "    act = np.empty_like(z)\n"
        "    act[:, [0, 1, 3]] = sigmoid(z[:, [0, 1, 3]])\n"
        "    act[:, 2] = np.tanh(z[:, 2])\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    ct = f * c + i * g\n"
        "    th = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1.0 - th * th)\n"
        "    dact = np.stack([dct * g, dct * c, dct * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2] = 1 - g ** 2\n"
        "    dz = (dact * deriv).reshape(B, 4 * H)\n"
        "    return {\n"
        "        \"x\": np.einsum('bk,ki->bi', dz, W_ih),\n"
        "        \"h\": np.einsum('bk,kj->bj', dz, W_hh),\n"
        '        "c": dct * f,\n'
        "        \"W_ih\": np.einsum('bk,bi->ki', dz, x),\n"
        "        \"W_hh\": np.einsum('bk,bj->kj', dz, h),\n"
        "        \"b_ih\": np.einsum('bk->k', dz),\n"
        "        \"b_hh\": np.einsum('bk->k', dz),\n"
        "    }\n",
    },
    {
        "id": "yuki_cell_bw_dict_ok",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    blk = {q: slice(k * H, (k + 1) * H) for k, q in enumerate(GATES)}\n"
        "    pre = {q: x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for q, s in "
        "blk.items()}\n"
        '    act = {q: (np.tanh(p) if q == "g" else sigmoid(p)) for q, p in pre.items()}\n'
        '    c_t = act["f"] * c + act["i"] * act["g"]\n'
        "    tanh_c = np.tanh(c_t)\n"
        '    delta_c = dc_next + dh_next * act["o"] * (1 - tanh_c ** 2)\n'
        '    d_act = {"i": delta_c * act["g"], "f": delta_c * c, "g": delta_c * act["i"], "o": '
        "dh_next * tanh_c}\n"
        '    d_pre = {q: d_act[q] * ((1 - act[q] ** 2) if q == "g" else act[q] * (1 - act[q])) '
        "for q in GATES}\n"
        '    out = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": delta_c * act["f"],\n'
        '           "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape), "b_ih": '
        "np.zeros(b_ih.shape)}\n"
        "    for q, s in blk.items():\n"
        '        out["x"] += d_pre[q] @ W_ih[s]\n'
        '        out["h"] += d_pre[q] @ W_hh[s]\n'
        '        out["W_ih"][s] = d_pre[q].T @ x\n'
        '        out["W_hh"][s] = d_pre[q].T @ h\n'
        '        out["b_ih"][s] = d_pre[q].sum(0)\n'
        '    out["b_hh"] = out["b_ih"].copy()\n'
        "    return out\n",
    },
    {
        "id": "kofi_cell_bw_ok",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    d_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_output_gate = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_input_gate = d_c * cell_gate * input_gate * (1 - input_gate)\n"
        "    d_forget_gate = d_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_cell_gate = d_c * input_gate * (1 - cell_gate ** 2)\n"
        "    d_gates = np.concatenate([d_input_gate, d_forget_gate, d_cell_gate, "
        "d_output_gate], axis=1)\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = d_gates.dot(W_ih)\n'
        '    grads["h"] = d_gates.dot(W_hh)\n'
        '    grads["c"] = d_c * forget_gate\n'
        '    grads["W_ih"] = d_gates.T.dot(x)\n'
        '    grads["W_hh"] = d_gates.T.dot(h)\n'
        '    grads["b_ih"] = d_gates.sum(axis=0)\n'
        '    grads["b_hh"] = d_gates.sum(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "tomasz_cell_bw_ok",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c2 = f * c + i * g\n"
        "    return i, f, g, o, c2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o, c2 = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    tc = np.tanh(c2)\n"
        "    dC = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d_i = dC * g * i * (1 - i)\n"
        "    d_f = dC * c * f * (1 - f)\n"
        "    d_g = dC * i * (1 - g ** 2)\n"
        "    d_o = dh_next * tc * o * (1 - o)\n"
        "    dA = np.concatenate((d_i, d_f, d_g, d_o), axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(axis=0), "b_hh": '
        "dA.sum(axis=0)}\n",
    },
    {
        "id": "arjun_cell_bw_g_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "g (cell candidate) gate: tanh derivative written (1 - g) instead of (1 - "
                "g**2)",
                "must_mention": [
                    {
                        "any": [
                            "candidate",
                            "cell gate",
                            "g gate",
                            "gate g",
                            "(g)",
                            "g_t",
                            "g-gate",
                            "2H:3H",
                            "W_ig",
                            "W_hg",
                            "tanh gate",
                            "block 2",
                            "gate 2",
                        ]
                    },
                    {
                        "any": [
                            "derivative",
                            "tanh'",
                            "1 - g",
                            "1-g",
                            "g**2",
                            "g²",
                            "g^2",
                            "squared",
                            "nonlinearit",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = (sigmoid(z[:, k*H:(k+1)*H]) for k in (0, 1, 3))\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    cn = f*c + i*g\n"
        "    t = np.tanh(cn)\n"
        "    dc = dc_next + dh_next*o*(1-t*t)\n"
        "    dz = np.hstack([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g), dh_next*t*o*(1-o)])\n"
        "    return dict(x=dz@W_ih, h=dz@W_hh, c=dc*f, W_ih=dz.T@x, W_hh=dz.T@h, "
        "b_ih=dz.sum(0), b_hh=dz.sum(0))\n",
    },
    {
        "id": "mei_cell_bw_no_dh_into_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "total cell gradient dc_t misses the term dh_next * o * (1 - tanh(c_t)^2) "
                "coming through h_t",
                "must_mention": [
                    {
                        "any": [
                            "c_t",
                            "cell state",
                            "dc",
                            "δc",
                            "delta c",
                            "gradient of c",
                            "gradient reaching c",
                        ]
                    },
                    {"any": ["dh", "h_t", "through h", "tanh", "o_t", "output gate"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    # backprop into the cell: h = o*tanh(c) gives dog, the cell just gets what comes "
        "from later\n"
        "    dog = dh_next * np.tanh(cs)\n"
        "    dcs = dc_next.copy()\n"
        "    dig = dcs * gg\n"
        "    dgg = dcs * ig\n"
        "    dfg = dcs * c\n"
        "    draw = np.hstack((dig * ig * (1 - ig), dfg * fg * (1 - fg), dgg * (1 - gg ** 2), "
        "dog * og * (1 - og)))\n"
        "    dbh = draw.sum(axis=0)\n"
        '    return {"x": np.dot(draw, W_ih), "h": np.dot(draw, W_hh), "c": dcs * fg,\n'
        '            "W_ih": np.dot(draw.T, x), "W_hh": np.dot(draw.T, h), "b_ih": dbh, '
        '"b_hh": dbh.copy()}\n',
    },
    {
        "id": "kofi_cell_bw_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as x.T @ d_gates and h.T @ d_gates: shapes (I, "
                "4H), (H, 4H), transposed",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight"]},
                    {"any": ["transpos", "shape", ".T", "(4H, I)", "(I, 4H)", "(4H, H)"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    d_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_output_gate = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_input_gate = d_c * cell_gate * input_gate * (1 - input_gate)\n"
        "    d_forget_gate = d_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_cell_gate = d_c * input_gate * (1 - cell_gate ** 2)\n"
        "    d_gates = np.concatenate([d_input_gate, d_forget_gate, d_cell_gate, "
        "d_output_gate], axis=1)\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = d_gates.dot(W_ih)\n'
        '    grads["h"] = d_gates.dot(W_hh)\n'
        '    grads["c"] = d_c * forget_gate\n'
        "    # dense layer rule: dW = input.T @ delta\n"
        '    grads["W_ih"] = x.T.dot(d_gates)\n'
        '    grads["W_hh"] = h.T.dot(d_gates)\n'
        '    grads["b_ih"] = d_gates.sum(axis=0)\n'
        '    grads["b_hh"] = d_gates.sum(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "diego_cell_bw_bias_halved",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradient split in half between b_ih and b_hh (each should be the "
                "full sum of the gate gradients)",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {
                        "any": [
                            "half",
                            "0.5",
                            "/ 2",
                            "/2",
                            "factor",
                            "twice",
                            "2×",
                            "×2",
                            "x2",
                            "double",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # my own matrices, one per gate (like in the YouTube video)\n"
        "    Wii, Wif, Wig, Wio = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    Whi, Whf, Whg, Who = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    bias = b_ih + b_hh\n"
        "    bi, bf, bg, bo = bias[:H], bias[H:2*H], bias[2*H:3*H], bias[3*H:]\n"
        "\n"
        "    i = sigmoid(x @ Wii.T + h @ Whi.T + bi)\n"
        "    f = sigmoid(x @ Wif.T + h @ Whf.T + bf)\n"
        "    g = np.tanh(x @ Wig.T + h @ Whg.T + bg)\n"
        "    o = sigmoid(x @ Wio.T + h @ Who.T + bo)\n"
        "    c_new = f * c + i * g\n"
        "\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dai = dc * g * i * (1 - i)\n"
        "    daf = dc * c * f * (1 - f)\n"
        "    dag = dc * i * (1 - g ** 2)\n"
        "    dao = dh_next * np.tanh(c_new) * o * (1 - o)\n"
        "\n"
        "    dx = dai @ Wii + daf @ Wif + dag @ Wig + dao @ Wio\n"
        "    dh = dai @ Whi + daf @ Whf + dag @ Whg + dao @ Who\n"
        "    dW_ih = np.vstack([dai.T @ x, daf.T @ x, dag.T @ x, dao.T @ x])\n"
        "    dW_hh = np.vstack([dai.T @ h, daf.T @ h, dag.T @ h, dao.T @ h])\n"
        "    db = np.concatenate([dai.sum(0), daf.sum(0), dag.sum(0), dao.sum(0)])\n"
        "    # the bias is shared by b_ih and b_hh (they are added), so each one gets half\n"
        "    db_ih = db / 2\n"
        "    db_hh = db / 2\n"
        '    return {"x": dx, "h": dh, "c": dc * f, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "omar_cell_bw_o_no_sigmoid_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate: its sigmoid derivative o*(1-o) is left out of the "
                "pre-activation gradient",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "(o)",
                            "o_t",
                            "o-gate",
                            "3H:4H",
                            "W_io",
                            "W_ho",
                            "block 3",
                            "gate 3",
                        ]
                    },
                    {
                        "any": [
                            "derivative",
                            "sigmoid",
                            "σ'",
                            "sigma'",
                            "(1 - o)",
                            "1-o",
                            "1 - o",
                            "o(1",
                            "o * (1",
                            "σ(1",
                            "nonlinearit",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        '    #print("shapes", x.shape, h.shape, W_ih.shape)\n'
        "    pre = np.matmul(x, W_ih.T) + np.matmul(h, W_hh.T) + b_ih + b_hh\n"
        "    i_gate = sigmoid(pre[:, 0:H])\n"
        "    f_gate = sigmoid(pre[:, H:2*H])\n"
        "    g_gate = np.tanh(pre[:, 2*H:3*H])\n"
        "    o_gate = sigmoid(pre[:, 3*H:4*H])\n"
        "    c_t = f_gate * c + i_gate * g_gate\n"
        "    tanh_ct = np.tanh(c_t)\n"
        "\n"
        "    # step 1: output gate\n"
        "    d_o = dh_next * tanh_ct\n"
        "    # step 2: cell\n"
        "    d_ct = dc_next + dh_next * o_gate * (1 - tanh_ct * tanh_ct)\n"
        "    # step 3: other gates\n"
        "    d_i = d_ct * g_gate\n"
        "    d_g = d_ct * i_gate\n"
        "    d_f = d_ct * c\n"
        "    # step 4: through activations\n"
        "    d_pre = np.zeros((B, 4*H))\n"
        "    d_pre[:, 0:H] = d_i * i_gate * (1 - i_gate)\n"
        "    d_pre[:, H:2*H] = d_f * f_gate * (1 - f_gate)\n"
        "    d_pre[:, 2*H:3*H] = d_g * (1 - g_gate**2)\n"
        "    d_pre[:, 3*H:4*H] = d_o          # output gate\n"
        "    #print(d_pre)\n"
        "    result = {}\n"
        '    result["x"] = np.matmul(d_pre, W_ih)\n'
        '    result["h"] = np.matmul(d_pre, W_hh)\n'
        '    result["c"] = d_ct * f_gate\n'
        '    result["W_ih"] = np.matmul(d_pre.T, x)\n'
        '    result["W_hh"] = np.matmul(d_pre.T, h)\n'
        '    result["b_ih"] = np.sum(d_pre, axis=0)\n'
        '    result["b_hh"] = np.sum(d_pre, axis=0)\n'
        "    return result\n",
    },
    {
        "id": "felix_cell_bw_c_from_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient for c_{t-1} computed as dc_next * f instead of the total delta "
                "c_t * f (misses the part through h_t)",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "dc_prev",
                            "previous cell",
                            "gradient of c",
                            "dL/dc",
                        ]
                    },
                    {
                        "any": [
                            "δc",
                            "delta c",
                            "dc_t",
                            "total",
                            "through h",
                            "h_t",
                            "dh_next",
                            "dc_next",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Backward of one step.\n'
        "\n"
        "    Notation: a = pre-activations (B, 4H) in gate order i, f, g, o.\n"
        "    delta_c is the total gradient reaching c_t, dc_prev = dL/dc_{t-1}.\n"
        '    """\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o * (1.0 - tau ** 2)\n"
        "    da_i = delta_c * g * i * (1.0 - i)\n"
        "    da_f = delta_c * c * f * (1.0 - f)\n"
        "    da_g = delta_c * i * (1.0 - g ** 2)\n"
        "    da_o = dh_next * tau * o * (1.0 - o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        "\n"
        "    dc_prev = dc_next * f  # c_t = f * c_{t-1} + ...  =>  dc_{t-1} = dc_t * f\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "sven_cell_bw_einsum_batch_slip",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "einsum subscript slip for W_hh ('bk,cj->kj'): sums the gate gradients and "
                "h over the batch separately instead of summing per-example outer products "
                "(right only when B = 1)",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "batch",
                            "example",
                            "outer",
                            "einsum",
                            "subscript",
                            "per-sample",
                            "sum over",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    z = np.einsum('bi,ki->bk', x, W_ih) + np.einsum('bj,kj->bk', h, W_hh) + b_ih + "
        "b_hh\n"
        "    zi, zf, zg, zo = z[:, :H], z[:, H:2*H], z[:, 2*H:3*H], z[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    ct = f * c + i * g\n"
        "    th = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    dz = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f),\n"
        "                         dct * i * (1 - g ** 2), dh_next * th * o * (1 - o)], "
        "axis=1)\n"
        "    return {\n"
        "        \"x\": np.einsum('bk,ki->bi', dz, W_ih),\n"
        "        \"h\": np.einsum('bk,kj->bj', dz, W_hh),\n"
        "        \"c\": np.einsum('bh,bh->bh', dct, f),\n"
        "        \"W_ih\": np.einsum('bk,bi->ki', dz, x),\n"
        "        \"W_hh\": np.einsum('bk,cj->kj', dz, h),\n"
        "        \"b_ih\": np.einsum('bk->k', dz),\n"
        "        \"b_hh\": np.einsum('bk->k', dz),\n"
        "    }\n",
    },
    {
        "id": "tomasz_cell_bw_forget_uses_c_new",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate gradient uses the new cell state c_t instead of the previous "
                "c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "f gate", "gate f", "(f)", "f_t", "H:2H", "W_if", "W_hf"]},
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "previous",
                            "c_next",
                            "new cell",
                            "c_t",
                            "old",
                            "cell state",
                            "c2",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c2 = f * c + i * g\n"
        "    return i, f, g, o, c2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o, c2 = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    tc = np.tanh(c2)\n"
        "    dC = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    # f multiplies the cell state, so df = dC * (cell state)\n"
        "    d_f = dC * c2 * f * (1 - f)\n"
        "    d_i = dC * g * i * (1 - i)\n"
        "    d_g = dC * i * (1 - g ** 2)\n"
        "    d_o = dh_next * tc * o * (1 - o)\n"
        "    dA = np.concatenate((d_i, d_f, d_g, d_o), axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(axis=0), "b_hh": '
        "dA.sum(axis=0)}\n",
    },
    {
        "id": "priya_cell_bw_keras_gate_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates read in the Keras order (i, f, o, g) instead of PyTorch's (i, f, g, "
                "o): blocks 2 and 3 swapped",
                "must_mention": [
                    {"any": ["order", "ifgo", "i, f, g, o", "ifog", "i, f, o, g", "swapp", "swap"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    # gate blocks: input, forget, output, candidate\n"
        "    a_i, a_f, a_o, a_g = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i, f, o, g = sigmoid(a_i), sigmoid(a_f), sigmoid(a_o), np.tanh(a_g)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    da_i = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * f * (1 - f)\n"
        "    da_o = dh_next * tc * o * (1 - o)\n"
        "    da_g = dc * i * (1 - g * g)\n"
        "    da = np.concatenate([da_i, da_f, da_o, da_g], axis=1)\n"
        "    db = da.sum(0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "yuki_cell_bw_wrong_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the gradients under keys 'dx', 'dh', 'dc', 'dW_ih', ... instead "
                "of 'x', 'h', 'c', 'W_ih', ...",
                "must_mention": [{"any": ["key", "dx", "name"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    blk = {q: slice(k * H, (k + 1) * H) for k, q in enumerate(GATES)}\n"
        "    pre = {q: x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for q, s in "
        "blk.items()}\n"
        '    act = {q: (np.tanh(p) if q == "g" else sigmoid(p)) for q, p in pre.items()}\n'
        '    tanh_c = np.tanh(act["f"] * c + act["i"] * act["g"])\n'
        '    delta_c = dc_next + dh_next * act["o"] * (1 - tanh_c ** 2)\n'
        '    d_act = {"i": delta_c * act["g"], "f": delta_c * c, "g": delta_c * act["i"], "o": '
        "dh_next * tanh_c}\n"
        "    d_pre = np.concatenate(\n"
        '        [d_act[q] * ((1 - act[q] ** 2) if q == "g" else act[q] * (1 - act[q])) for q '
        "in GATES], axis=1)\n"
        "    grads = {\n"
        '        "dx": d_pre @ W_ih,\n'
        '        "dh": d_pre @ W_hh,\n'
        '        "dc": delta_c * act["f"],\n'
        '        "dW_ih": d_pre.T @ x,\n'
        '        "dW_hh": d_pre.T @ h,\n'
        '        "db_ih": d_pre.sum(axis=0),\n'
        '        "db_hh": d_pre.sum(axis=0),\n'
        "    }\n"
        "    return grads\n",
    },
    {
        "id": "nadia_cell_bw_float32",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "casts every gradient to float32 before returning",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    n = h.shape[1]\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    S = sigmoid(A)                      # sigmoid of everything, g block fixed below\n"
        "    i, f, o = S[:, :n], S[:, n:2*n], S[:, 3*n:]\n"
        "    g = np.tanh(A[:, 2*n:3*n])\n"
        "    C = f*c + i*g\n"
        "    T = np.tanh(C)\n"
        "    dC = dc_next + dh_next*o*(1 - T*T)\n"
        "    D = np.empty_like(A)\n"
        "    D[:, :n] = dC*g*i*(1 - i)\n"
        "    D[:, n:2*n] = dC*c*f*(1 - f)\n"
        "    D[:, 2*n:3*n] = dC*i*(1 - g*g)\n"
        "    D[:, 3*n:] = dh_next*T*o*(1 - o)\n"
        '    res = {"x": D @ W_ih, "h": D @ W_hh, "c": dC*f, "W_ih": D.T @ x, "W_hh": D.T @ '
        "h,\n"
        '           "b_ih": D.sum(0), "b_hh": D.sum(0)}\n'
        "    return {k: v.astype(np.float32) for k, v in res.items()}   # smaller, faster\n",
    },
    {
        "id": "kofi_cell_bw_inplace_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the h_t path into dc_next in place (dc_next += ...): the caller's "
                "array is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changes its",
                            "changed",
                            "unchanged",
                            "overwr",
                            "mutat",
                            "altered",
                        ]
                    },
                    {"any": ["dc_next", "argument", "input", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    # total gradient on c: what came from later + what comes through h\n"
        "    dc_next += dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_gates = np.concatenate([\n"
        "        dc_next * cell_gate * input_gate * (1 - input_gate),\n"
        "        dc_next * c * forget_gate * (1 - forget_gate),\n"
        "        dc_next * input_gate * (1 - cell_gate ** 2),\n"
        "        dh_next * np.tanh(new_c) * output_gate * (1 - output_gate),\n"
        "    ], axis=1)\n"
        '    return {"x": d_gates.dot(W_ih), "h": d_gates.dot(W_hh), "c": dc_next * '
        "forget_gate,\n"
        '            "W_ih": d_gates.T.dot(x), "W_hh": d_gates.T.dot(h),\n'
        '            "b_ih": d_gates.sum(axis=0), "b_hh": d_gates.sum(axis=0)}\n',
    },
    {
        "id": "mei_cell_bw_clip",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "clips every gradient to [-1, 1] at the end (min-char-rnn habit): large "
                "true gradients come out capped",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "saturat",
                            "capped",
                            "cap at",
                            "limited to",
                            "bounded",
                            "±1",
                            "+-1",
                            "[-1, 1]",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    dog = dh_next * np.tanh(cs)\n"
        "    dcs = dh_next * og * (1 - np.tanh(cs) ** 2) + dc_next\n"
        "    draw = np.hstack((dcs * gg * ig * (1 - ig), dcs * c * fg * (1 - fg),\n"
        "                      dcs * ig * (1 - gg ** 2), dog * og * (1 - og)))\n"
        '    grads = {"x": np.dot(draw, W_ih), "h": np.dot(draw, W_hh), "c": dcs * fg,\n'
        '             "W_ih": np.dot(draw.T, x), "W_hh": np.dot(draw.T, h),\n'
        '             "b_ih": np.sum(draw, axis=0), "b_hh": np.sum(draw, axis=0)}\n'
        "    for k in grads:\n"
        "        np.clip(grads[k], -1, 1, out=grads[k])  # mitigate exploding gradients (1 is "
        "enough here, values are small)\n"
        "    return grads\n",
    },
    {
        "id": "sven_cell_bw_bias_axis",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradients summed over axis 1 (the gate axis) instead of axis 0 (the "
                "batch): shape (B,) not (4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["axis", "batch", "sum", "shape"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    z = (np.einsum('bi,ki->bk', x, W_ih) + np.einsum('bj,kj->bk', h, W_hh) + b_ih + "
        "b_hh).reshape(B, 4, H)\n"
        "    i, f, o = sigmoid(z[:, 0]), sigmoid(z[:, 1]), sigmoid(z[:, 3])\n"
        "    g = np.tanh(z[:, 2])\n"
        "    ct = f * c + i * g\n"
        "    th = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    dz = np.stack([dct * g * i * (1 - i), dct * c * f * (1 - f), dct * i * (1 - g * "
        "g),\n"
        "                   dh_next * th * o * (1 - o)], axis=1).reshape(B, 4 * H)\n"
        "    db = dz.sum(axis=1)\n"
        "    return {\"x\": np.einsum('bk,ki->bi', dz, W_ih), \"h\": np.einsum('bk,kj->bj', "
        "dz, W_hh),\n"
        '            "c": dct * f, "W_ih": np.einsum(\'bk,bi->ki\', dz, x), "W_hh": '
        "np.einsum('bk,bj->kj', dz, h),\n"
        '            "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "arjun_cell_bw_D_o_deriv_and_Whh_hnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate: sigmoid derivative o*(1-o) missing",
                "must_mention": [
                    {
                        "any": [
                            "output gate",
                            "o gate",
                            "gate o",
                            "(o)",
                            "o_t",
                            "o-gate",
                            "3H:4H",
                            "W_io",
                            "W_ho",
                            "block 3",
                            "gate 3",
                        ]
                    },
                    {
                        "any": [
                            "derivative",
                            "sigmoid",
                            "σ'",
                            "sigma'",
                            "(1 - o)",
                            "1-o",
                            "1 - o",
                            "o(1",
                            "o * (1",
                            "σ(1",
                            "nonlinearit",
                        ]
                    },
                ],
            },
            {
                "what": "W_hh gradient uses the new hidden state h_t instead of the step's input "
                "h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "h_prev",
                            "h_t",
                            "new h",
                            "h_next",
                            "input h",
                            "wrong h",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = (sigmoid(z[:, k*H:(k+1)*H]) for k in (0, 1, 3))\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    cn = f*c + i*g\n"
        "    hn = o*np.tanh(cn)\n"
        "    t = np.tanh(cn)\n"
        "    dc = dc_next + dh_next*o*(1-t*t)\n"
        "    dz = np.hstack([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g*g), dh_next*t])\n"
        "    return dict(x=dz@W_ih, h=dz@W_hh, c=dc*f, W_ih=dz.T@x, W_hh=dz.T@hn, "
        "b_ih=dz.sum(0), b_hh=dz.sum(0))\n",
    },
    {
        "id": "diego_cell_bw_D_bias_half_and_forget_cnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradient halved between b_ih and b_hh",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {
                        "any": [
                            "half",
                            "0.5",
                            "/ 2",
                            "/2",
                            "factor",
                            "twice",
                            "2×",
                            "×2",
                            "x2",
                            "double",
                        ]
                    },
                ],
            },
            {
                "what": "forget gate gradient uses c_t (new) instead of c_{t-1}",
                "must_mention": [
                    {"any": ["forget", "f gate", "gate f", "(f)", "f_t", "H:2H", "W_if", "W_hf"]},
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "previous",
                            "c_next",
                            "new cell",
                            "c_t",
                            "old",
                            "cell state",
                            "c_new",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # my own matrices, one per gate (like in the YouTube video)\n"
        "    Wii, Wif, Wig, Wio = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    Whi, Whf, Whg, Who = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    bias = b_ih + b_hh\n"
        "    bi, bf, bg, bo = bias[:H], bias[H:2*H], bias[2*H:3*H], bias[3*H:]\n"
        "\n"
        "    i = sigmoid(x @ Wii.T + h @ Whi.T + bi)\n"
        "    f = sigmoid(x @ Wif.T + h @ Whf.T + bf)\n"
        "    g = np.tanh(x @ Wig.T + h @ Whg.T + bg)\n"
        "    o = sigmoid(x @ Wio.T + h @ Who.T + bo)\n"
        "    c_new = f * c + i * g\n"
        "\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dai = dc * g * i * (1 - i)\n"
        "    daf = dc * c_new * f * (1 - f)\n"
        "    dag = dc * i * (1 - g ** 2)\n"
        "    dao = dh_next * np.tanh(c_new) * o * (1 - o)\n"
        "\n"
        "    dx = dai @ Wii + daf @ Wif + dag @ Wig + dao @ Wio\n"
        "    dh = dai @ Whi + daf @ Whf + dag @ Whg + dao @ Who\n"
        "    dW_ih = np.vstack([dai.T @ x, daf.T @ x, dag.T @ x, dao.T @ x])\n"
        "    dW_hh = np.vstack([dai.T @ h, daf.T @ h, dag.T @ h, dao.T @ h])\n"
        "    db = np.concatenate([dai.sum(0), daf.sum(0), dag.sum(0), dao.sum(0)])\n"
        "    # the bias is shared by b_ih and b_hh (they are added), so each one gets half\n"
        "    db_ih = db / 2\n"
        "    db_hh = db / 2\n"
        '    return {"x": dx, "h": dh, "c": dc * f, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "mei_cell_bw_D_no_dh_into_dc_and_clip",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "delta c_t misses the dh_next * o * (1 - tanh^2 c_t) term",
                "must_mention": [
                    {
                        "any": [
                            "c_t",
                            "cell state",
                            "dc",
                            "δc",
                            "delta c",
                            "gradient of c",
                            "gradient reaching c",
                        ]
                    },
                    {"any": ["dh", "h_t", "through h", "tanh", "o_t", "output gate"]},
                ],
            },
            {
                "what": "clips every gradient to [-1, 1]",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "saturat",
                            "capped",
                            "cap at",
                            "limited to",
                            "bounded",
                            "±1",
                            "+-1",
                            "[-1, 1]",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    dog = dh_next * np.tanh(cs)\n"
        "    dcs = dc_next  # + what comes from h? h only goes to the output gate\n"
        "    draw = np.hstack((dcs * gg * ig * (1 - ig), dcs * c * fg * (1 - fg),\n"
        "                      dcs * ig * (1 - gg ** 2), dog * og * (1 - og)))\n"
        '    grads = {"x": np.dot(draw, W_ih), "h": np.dot(draw, W_hh), "c": dcs * fg,\n'
        '             "W_ih": np.dot(draw.T, x), "W_hh": np.dot(draw.T, h),\n'
        '             "b_ih": np.sum(draw, axis=0), "b_hh": np.sum(draw, axis=0)}\n'
        "    for k in grads:\n"
        "        np.clip(grads[k], -1, 1, out=grads[k])  # mitigate exploding gradients (1 is "
        "enough here, values are small)\n"
        "    return grads\n",
    },
    {
        "id": "priya_cell_bw_D_c_without_f_and_float32",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient for c_{t-1} returned as delta c_t, without the factor f_t",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "dc_prev",
                            "previous cell",
                            "gradient of c",
                            "dL/dc",
                        ]
                    },
                    {"any": ["forget", "f_t", "⊙ f", "* f", "factor f", "times f"]},
                ],
            },
            {
                "what": "gradients converted to float32",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    a_i, a_f, a_g, a_o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g * g), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc, "W_ih": da.T @ x, "W_hh": da.T '
        "@ h,\n"
        '             "b_ih": da.sum(0), "b_hh": da.sum(0)}\n'
        "    grads = {k: np.float32(1) * v.astype('float32') for k, v in grads.items()}  # "
        "keep memory low\n"
        "    return grads\n",
    },
    {
        "id": "yuki_cell_bw_D_ig_swapped_and_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "input and candidate gate gradients swapped: d i_t = delta c * i and d g_t "
                "= delta c * g (should be * g and * i)",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i_t",
                            "(i)",
                            "gate i",
                            "i gate",
                            "candidate",
                            "g_t",
                            "(g)",
                            "cell gate",
                        ]
                    },
                    {
                        "any": [
                            "swap",
                            "exchanged",
                            "interchanged",
                            "each other",
                            "* g",
                            "⊙ g",
                            "times g",
                        ]
                    },
                ],
            },
            {
                "what": "b_hh gradient returned as zeros",
                "must_mention": ["b_hh", {"any": ["zero", "missing", "not computed", "nothing"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    blk = {q: slice(k * H, (k + 1) * H) for k, q in enumerate(GATES)}\n"
        "    pre = {q: x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for q, s in "
        "blk.items()}\n"
        '    act = {q: (np.tanh(p) if q == "g" else sigmoid(p)) for q, p in pre.items()}\n'
        '    tanh_c = np.tanh(act["f"] * c + act["i"] * act["g"])\n'
        '    delta_c = dc_next + dh_next * act["o"] * (1 - tanh_c ** 2)\n'
        "    # c = f*c_prev + i*g\n"
        '    d_act = {"i": delta_c * act["i"], "f": delta_c * c, "g": delta_c * act["g"], "o": '
        "dh_next * tanh_c}\n"
        '    d_pre = {q: d_act[q] * ((1 - act[q] ** 2) if q == "g" else act[q] * (1 - act[q])) '
        "for q in GATES}\n"
        "    da = np.concatenate([d_pre[q] for q in GATES], axis=1)\n"
        '    out = {"x": da @ W_ih, "h": da @ W_hh, "c": delta_c * act["f"], "W_ih": da.T @ x, '
        '"W_hh": da.T @ h}\n'
        '    out["b_ih"] = da.sum(axis=0)\n'
        '    out["b_hh"] = np.zeros_like(b_hh)  # b_hh is only an offset, nothing flows into '
        "it\n"
        "    return out\n",
    },
    {
        "id": "lena_layer_bw_ok",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gradients of one LSTM step (Lena). Recompute the forward step, then walk it '
        'backwards."""\n'
        "    H = h.shape[1]\n"
        "    # --- forward again ---\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # --- backward ---\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)  # total gradient reaching c_t\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate(\n"
        "        [di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], "
        "axis=1\n"
        "    )  # (B, 4H)\n"
        "    db = da.sum(axis=0)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """BPTT (Lena): keep every state, walk back from T-1 to 0, sum the weight '
        'gradients."""\n'
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]  # hs[t] = h_{t-1}, i.e. the state step t starts from\n"
        "    for t in range(T):\n"
        "        h_, c_ = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_)\n"
        "        cs.append(c_)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else np.array(dh_n, dtype=np.float64)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else np.array(dc_n, dtype=np.float64)\n"
        "    dx = np.zeros_like(x)\n"
        '    acc = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in acc:\n"
        "            acc[k] = acc[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "tomasz_layer_bw_recursive_ok",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c2 = f * c + i * g\n"
        "    return i, f, g, o, c2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o, c2 = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    tc = np.tanh(c2)\n"
        "    dC = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d_i = dC * g * i * (1 - i)\n"
        "    d_f = dC * c * f * (1 - f)\n"
        "    d_g = dC * i * (1 - g ** 2)\n"
        "    d_o = dh_next * tc * o * (1 - o)\n"
        "    dA = np.concatenate((d_i, d_f, d_g, d_o), axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(axis=0), "b_hh": '
        "dA.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh_n = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_n = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "\n"
        "    def bptt(t, dh, dc):\n"
        "        # gradients of steps 0..t, given what reaches h_t and c_t from later\n"
        "        if t < 0:\n"
        '            return {"x": [], "h0": dh, "c0": dc, "W_ih": 0, "W_hh": 0, "b_ih": 0, '
        '"b_hh": 0}\n'
        "        h_prev, c_prev = states[t]\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], h_prev, c_prev, W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        rest = bptt(t - 1, g["h"], g["c"])\n'
        '        rest["x"].append(g["x"])\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            rest[k] = rest[k] + g[k]\n"
        "        return rest\n"
        "\n"
        "    res = bptt(T - 1, dh_n, dc_n)\n"
        '    res["x"] = np.array(res["x"])\n'
        "    return res\n",
    },
    {
        "id": "kofi_layer_bw_reversed_cache_ok",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    d_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_output_gate = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_input_gate = d_c * cell_gate * input_gate * (1 - input_gate)\n"
        "    d_forget_gate = d_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_cell_gate = d_c * input_gate * (1 - cell_gate ** 2)\n"
        "    d_gates = np.concatenate([d_input_gate, d_forget_gate, d_cell_gate, "
        "d_output_gate], axis=1)\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = d_gates.dot(W_ih)\n'
        '    grads["h"] = d_gates.dot(W_hh)\n'
        '    grads["c"] = d_c * forget_gate\n'
        '    grads["W_ih"] = d_gates.T.dot(x)\n'
        '    grads["W_hh"] = d_gates.T.dot(h)\n'
        '    grads["b_ih"] = d_gates.sum(axis=0)\n'
        '    grads["b_hh"] = d_gates.sum(axis=0)\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    seq_len = x.shape[0]\n"
        "    # forward pass, cache what each step needs\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        cache.append((x[t], h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    dh_carry = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc_carry = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "\n"
        "    t = seq_len - 1\n"
        "    for (x_t, h_prev, c_prev) in reversed(cache):\n"
        "        grads = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x_t, h_prev, c_prev, "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dW_ih += grads["W_ih"]\n'
        '        dW_hh += grads["W_hh"]\n'
        '        db_ih += grads["b_ih"]\n'
        '        db_hh += grads["b_hh"]\n'
        '        dxs.append(grads["x"])\n'
        '        dh_carry = grads["h"]\n'
        '        dc_carry = grads["c"]\n'
        "        t -= 1\n"
        "    dx = np.array(dxs[::-1])  # back to time order\n"
        '    return {"x": dx, "h0": dh_carry, "c0": dc_carry, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "sven_layer_bw_ok",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # einsum everywhere, gates as an axis of size 4\n"
        "    B, H = h.shape\n"
        "    z = np.einsum('bi,ki->bk', x, W_ih) + np.einsum('bj,kj->bk', h, W_hh) + b_ih + "
        "b_hh\n"
        "    z = z.reshape(B, 4, H)\n"
        "    act = np.empty_like(z)\n"
        "    act[:, [0, 1, 3]] = sigmoid(z[:, [0, 1, 3]])\n"
        "    act[:, 2] = np.tanh(z[:, 2])\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    ct = f * c + i * g\n"
        "    th = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1.0 - th * th)\n"
        "    dact = np.stack([dct * g, dct * c, dct * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2] = 1 - g ** 2\n"
        "    dz = (dact * deriv).reshape(B, 4 * H)\n"
        "    return {\n"
        "        \"x\": np.einsum('bk,ki->bi', dz, W_ih),\n"
        "        \"h\": np.einsum('bk,kj->bj', dz, W_hh),\n"
        '        "c": dct * f,\n'
        "        \"W_ih\": np.einsum('bk,bi->ki', dz, x),\n"
        "        \"W_hh\": np.einsum('bk,bj->kj', dz, h),\n"
        "        \"b_ih\": np.einsum('bk->k', dz),\n"
        "        \"b_hh\": np.einsum('bk->k', dz),\n"
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    H_all = np.empty((T + 1, B, H)); C_all = np.empty((T + 1, B, H))\n"
        "    H_all[0], C_all[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        H_all[t + 1], C_all[t + 1] = lstm_cell(x[t], H_all[t], C_all[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n + 0.0\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n + 0.0\n"
        '    grads = {"x": np.empty((T, B, I)), "W_ih": np.zeros((4 * H, I)), "W_hh": '
        "np.zeros((4 * H, H)),\n"
        '             "b_ih": np.zeros(4 * H), "b_hh": np.zeros(4 * H)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], H_all[t], C_all[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "ravi_layer_bw_dhnext_wrong_vector",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient carried back to h_{t-1} is the step's incoming dh (dout[t] + "
                "dhnext), not what the step's backward returns for 'h'",
                "must_mention": [
                    {
                        "any": [
                            '"h"',
                            "'h'",
                            "h_{t-1}",
                            "recurrent",
                            "propagat",
                            "carried",
                            "passed back",
                            "from step t+1",
                            "W_hh",
                            "previous hidden",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # forward pass again (like min-char-rnn: keep everything we need)\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    # backward pass\n"
        "    dh = dh_next\n"
        "    dog = dh * np.tanh(cs)\n"
        "    dcs = dh * og * (1 - np.tanh(cs) ** 2) + dc_next\n"
        "    dig = dcs * gg\n"
        "    dgg = dcs * ig\n"
        "    dfg = dcs * c\n"
        "    dcprev = dcs * fg\n"
        "    draw = np.hstack((dig * ig * (1 - ig), dfg * fg * (1 - fg), dgg * (1 - gg * gg), "
        "dog * og * (1 - og)))\n"
        "    dWxh = np.dot(draw.T, x)\n"
        "    dWhh = np.dot(draw.T, h)\n"
        "    dbh = np.sum(draw, axis=0)\n"
        "    dxs = np.dot(draw, W_ih)\n"
        "    dhnext = np.dot(draw, W_hh)\n"
        "    # for np.clip(...) see the training loop, not here\n"
        '    return {"x": dxs, "h": dhnext, "c": dcprev, "W_ih": dWxh, "W_hh": dWhh,\n'
        '            "b_ih": dbh, "b_hh": dbh.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # min-char-rnn layout: dicts indexed by time, hs[-1] is the previous hidden "
        "state\n"
        "    xs, hs, cs = {}, {}, {}\n"
        "    hs[-1] = np.copy(h0)\n"
        "    cs[-1] = np.copy(c0)\n"
        "    T = len(x)\n"
        "    for t in range(T):\n"
        "        xs[t] = x[t]\n"
        "        hs[t], cs[t] = lstm_cell(xs[t], hs[t - 1], cs[t - 1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    dWxh, dWhh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    dbxh, dbhh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dxs = np.zeros_like(x)\n"
        "    dhnext = np.zeros_like(h0) if dh_n is None else np.copy(dh_n)\n"
        "    dcnext = np.zeros_like(c0) if dc_n is None else np.copy(dc_n)\n"
        "    for t in reversed(range(T)):\n"
        "        dh = dout[t] + dhnext  # backprop into h\n"
        "        g = lstm_cell_backward(dh, dcnext, xs[t], hs[t - 1], cs[t - 1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dWxh += g["W_ih"]\n'
        '        dWhh += g["W_hh"]\n'
        '        dbxh += g["b_ih"]\n'
        '        dbhh += g["b_hh"]\n'
        '        dxs[t] = g["x"]\n'
        "        dhnext = dh\n"
        '        dcnext = g["c"]\n'
        "    pass\n"
        '    return {"x": dxs, "h0": dhnext, "c0": dcnext, "W_ih": dWxh, "W_hh": dWhh, "b_ih": '
        'dbxh, "b_hh": dbhh}\n',
    },
    {
        "id": "kofi_layer_bw_weights_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients overwritten at every step instead of summed "
                "over steps (only step 0's are returned)",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight", "b_ih", "bias"]},
                    {
                        "any": [
                            "sum",
                            "accumulat",
                            "add up",
                            "all steps",
                            "every step",
                            "overwr",
                            "only step 0",
                            "one step",
                            "only the last",
                            "only one",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    d_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_output_gate = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_input_gate = d_c * cell_gate * input_gate * (1 - input_gate)\n"
        "    d_forget_gate = d_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_cell_gate = d_c * input_gate * (1 - cell_gate ** 2)\n"
        "    d_gates = np.concatenate([d_input_gate, d_forget_gate, d_cell_gate, "
        "d_output_gate], axis=1)\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = d_gates.dot(W_ih)\n'
        '    grads["h"] = d_gates.dot(W_hh)\n'
        '    grads["c"] = d_c * forget_gate\n'
        '    grads["W_ih"] = d_gates.T.dot(x)\n'
        '    grads["W_hh"] = d_gates.T.dot(h)\n'
        '    grads["b_ih"] = d_gates.sum(axis=0)\n'
        '    grads["b_hh"] = d_gates.sum(axis=0)\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    seq_len = x.shape[0]\n"
        "    # forward pass, cache what each step needs\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        cache.append((x[t], h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    dh_carry = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc_carry = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "\n"
        "    t = seq_len - 1\n"
        "    for (x_t, h_prev, c_prev) in reversed(cache):\n"
        "        grads = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x_t, h_prev, c_prev, "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dW_ih = grads["W_ih"]\n'
        '        dW_hh = grads["W_hh"]\n'
        '        db_ih = grads["b_ih"]\n'
        '        db_hh = grads["b_hh"]\n'
        '        dxs.append(grads["x"])\n'
        '        dh_carry = grads["h"]\n'
        '        dc_carry = grads["c"]\n'
        "        t -= 1\n"
        "    dx = np.array(dxs[::-1])  # back to time order\n"
        '    return {"x": dx, "h0": dh_carry, "c0": dc_carry, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "arjun_layer_bw_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t (H[t+1]) instead of the "
                "state it started from h_{t-1}, c_{t-1} (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "h_{t-1}",
                            "previous state",
                            "state before",
                            "one step",
                            "state after",
                            "wrong step",
                            "started from",
                            "starting state",
                            "state it starts",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = (sigmoid(z[:, k*H:(k+1)*H]) for k in (0, 1, 3))\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    cn = f*c + i*g\n"
        "    hn = o*np.tanh(cn)\n"
        "    t = np.tanh(cn)\n"
        "    dc = dc_next + dh_next*o*(1-t*t)\n"
        "    dz = np.hstack([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g*g), dh_next*t*o*(1-o)])\n"
        "    return dict(x=dz@W_ih, h=dz@W_hh, c=dc*f, W_ih=dz.T@x, W_hh=dz.T@h, "
        "b_ih=dz.sum(0), b_hh=dz.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    H = [h0]; C = [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], H[-1], C[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        H.append(a); C.append(b)\n"
        "    dh = 0 * h0 if dh_n is None else dh_n\n"
        "    dc = 0 * c0 if dc_n is None else dc_n\n"
        '    G = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dx = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], H[t+1], C[t+1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        "        for k in G: G[k] = G[k] + g[k]\n"
        "    R = dict(x=np.stack(dx), h0=dh, c0=dc, **G)\n"
        "    return R\n",
    },
    {
        "id": "omar_layer_bw_x_reverse_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the x gradient is stacked in the order the backward loop produced it (T-1 "
                "down to 0), i.e. reversed in time",
                "must_mention": ["x", {"any": ["order", "revers", "flip", "backwards"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = np.matmul(x, W_ih.T) + np.matmul(h, W_hh.T) + b_ih + b_hh\n"
        "    i_gate = sigmoid(pre[:, 0:H])\n"
        "    f_gate = sigmoid(pre[:, H:2*H])\n"
        "    g_gate = np.tanh(pre[:, 2*H:3*H])\n"
        "    o_gate = sigmoid(pre[:, 3*H:4*H])\n"
        "    c_t = f_gate * c + i_gate * g_gate\n"
        "    tanh_ct = np.tanh(c_t)\n"
        "    d_ct = dc_next + dh_next * o_gate * (1 - tanh_ct * tanh_ct)\n"
        "    d_pre = np.concatenate([d_ct * g_gate * i_gate * (1 - i_gate), d_ct * c * f_gate "
        "* (1 - f_gate),\n"
        "                            d_ct * i_gate * (1 - g_gate**2), dh_next * tanh_ct * "
        "o_gate * (1 - o_gate)], axis=1)\n"
        "    result = {}\n"
        '    result["x"] = np.matmul(d_pre, W_ih)\n'
        '    result["h"] = np.matmul(d_pre, W_hh)\n'
        '    result["c"] = d_ct * f_gate\n'
        '    result["W_ih"] = np.matmul(d_pre.T, x)\n'
        '    result["W_hh"] = np.matmul(d_pre.T, h)\n'
        '    result["b_ih"] = np.sum(d_pre, axis=0)\n'
        '    result["b_hh"] = np.sum(d_pre, axis=0)\n'
        "    return result\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_list = [h0]\n"
        "    c_list = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h_new)\n"
        "        c_list.append(c_new)\n"
        "    #print(len(h_list))\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros(h0.shape)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros(c0.shape)\n"
        "    dh_from_later = dh_n\n"
        "    dc_from_later = dc_n\n"
        "    dx_list = []\n"
        '    total = {"W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        r = lstm_cell_backward(dout[t] + dh_from_later, dc_from_later, x[t], "
        "h_list[t], c_list[t],\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        '        dx_list.append(r["x"])\n'
        '        dh_from_later = r["h"]\n'
        '        dc_from_later = r["c"]\n'
        "        for name in total:\n"
        "            total[name] = total[name] + r[name]\n"
        '    answer = {"x": np.array(dx_list), "h0": dh_from_later, "c0": dc_from_later}\n'
        "    answer.update(total)\n"
        "    return answer\n",
    },
    {
        "id": "felix_layer_bw_ignores_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the cell gradient starts from zeros even when dc_n is "
                "given",
                "must_mention": ["dc_n"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gradients of one LSTM step (Felix). Recompute the forward step, then walk it '
        'backwards."""\n'
        "    H = h.shape[1]\n"
        "    # --- forward again ---\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # --- backward ---\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)  # total gradient reaching c_t\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate(\n"
        "        [di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], "
        "axis=1\n"
        "    )  # (B, 4H)\n"
        "    db = da.sum(axis=0)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """Backpropagation through time (Felix).\n'
        "\n"
        "    States: hs[t], cs[t] = h_{t-1}, c_{t-1} (hs[0] = h0). Walk t = T-1 .. 0.\n"
        '    """\n'
        "    T, B, _ = x.shape\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()  # dL/dh_{T-1}\n"
        "    dc = np.zeros_like(c0)                                     # dL/dc_{T-1}: c_n is "
        "not an output of the loss\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "diego_layer_bw_dc_wrong_step_f",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell gradient carried to step t-1 is multiplied by step t-1's forget "
                "gate F_[t-1] instead of step t's f_t",
                "must_mention": [
                    {"any": ["forget", "f gate", "gate f", "(f)", "f_t", "H:2H", "W_if", "W_hf"]},
                    {
                        "any": [
                            "wrong step",
                            "previous step",
                            "step t-1",
                            "f_{t-1}",
                            "t-1",
                            "t - 1",
                            "off by one",
                            "off-by-one",
                            "earlier step",
                            "next step",
                            "F_[t",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H = h0.shape[1]\n"
        "    Wii, Wif, Wig, Wio = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    Whi, Whf, Whg, Who = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    bias = b_ih + b_hh\n"
        "    bi, bf, bg, bo = bias[:H], bias[H:2*H], bias[2*H:3*H], bias[3*H:]\n"
        "\n"
        "    # forward, saving all gates\n"
        "    I_, F_, G_, O_, C_, Hs, Cprev, Hprev = [], [], [], [], [], [], [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        i = sigmoid(x[t] @ Wii.T + h @ Whi.T + bi)\n"
        "        f = sigmoid(x[t] @ Wif.T + h @ Whf.T + bf)\n"
        "        g = np.tanh(x[t] @ Wig.T + h @ Whg.T + bg)\n"
        "        o = sigmoid(x[t] @ Wio.T + h @ Who.T + bo)\n"
        "        Hprev.append(h); Cprev.append(c)\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        I_.append(i); F_.append(f); G_.append(g); O_.append(o); C_.append(c); "
        "Hs.append(h)\n"
        "\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db = np.zeros(4 * H)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh_next = np.zeros((x.shape[1], H)) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros((x.shape[1], H)) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        i, f, g, o, c = I_[t], F_[t], G_[t], O_[t], C_[t]\n"
        "        dh = dout[t] + dh_next\n"
        "        dc = dc_next + dh * o * (1 - np.tanh(c) ** 2)\n"
        "        dai = dc * g * i * (1 - i)\n"
        "        daf = dc * Cprev[t] * f * (1 - f)\n"
        "        dag = dc * i * (1 - g ** 2)\n"
        "        dao = dh * np.tanh(c) * o * (1 - o)\n"
        "        da = np.concatenate([dai, daf, dag, dao], axis=1)\n"
        "        dx[t] = da @ W_ih\n"
        "        dW_ih += da.T @ x[t]\n"
        "        dW_hh += da.T @ Hprev[t]\n"
        "        db += da.sum(0)\n"
        "        dh_next = da @ W_hh\n"
        "        dc_next = dc * F_[t - 1]  # the forget gate that multiplied c_{t-1}\n"
        "    db_ih = db\n"
        "    db_hh = db.copy()\n"
        '    return {"x": dx, "h0": dh_next, "c0": dc_next, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "tomasz_layer_bw_recursion_ignores_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "at the last step the recursion uses dout[T-1] only and drops dh_n",
                "must_mention": ["dh_n"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c2 = f * c + i * g\n"
        "    return i, f, g, o, c2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o, c2 = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    tc = np.tanh(c2)\n"
        "    dC = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d_i = dC * g * i * (1 - i)\n"
        "    d_f = dC * c * f * (1 - f)\n"
        "    d_g = dC * i * (1 - g ** 2)\n"
        "    d_o = dh_next * tc * o * (1 - o)\n"
        "    dA = np.concatenate((d_i, d_f, d_g, d_o), axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(axis=0), "b_hh": '
        "dA.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    zeros = np.zeros_like(h0)\n"
        "\n"
        "    def go(t, dh_from_later, dc_from_later):\n"
        "        if t == T - 1:\n"
        "            # last step: only the loss at this step reaches h\n"
        "            dh = dout[t]\n"
        "            dc = zeros if dc_n is None else dc_n\n"
        "        else:\n"
        "            dh = dout[t] + dh_from_later\n"
        "            dc = dc_from_later\n"
        "        g = lstm_cell_backward(dh, dc, x[t], states[t][0], states[t][1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        if t == 0:\n"
        '            return {"x": [g["x"]], "h0": g["h"], "c0": g["c"], "W_ih": g["W_ih"], '
        '"W_hh": g["W_hh"],\n'
        '                    "b_ih": g["b_ih"], "b_hh": g["b_hh"]}\n'
        '        r = go(t - 1, g["h"], g["c"])\n'
        '        r["x"].append(g["x"])\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            r[k] = r[k] + g[k]\n"
        "        return r\n"
        "\n"
        "    r = go(T - 1, None, None)\n"
        '    r["x"] = np.stack(r["x"])\n'
        "    return r\n",
    },
    {
        "id": "sven_layer_bw_h0_is_incoming",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns as 'h0' the gradient reaching h at step 0 (dout[0] + ...) instead "
                "of what step 0's backward returns for 'h'",
                "must_mention": [
                    "h0",
                    {
                        "any": [
                            "dout[0]",
                            "incoming",
                            "step 0",
                            "through the first step",
                            "through W_hh",
                            "not propagated",
                            "does not go through",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # einsum everywhere, gates as an axis of size 4\n"
        "    B, H = h.shape\n"
        "    z = np.einsum('bi,ki->bk', x, W_ih) + np.einsum('bj,kj->bk', h, W_hh) + b_ih + "
        "b_hh\n"
        "    z = z.reshape(B, 4, H)\n"
        "    act = np.empty_like(z)\n"
        "    act[:, [0, 1, 3]] = sigmoid(z[:, [0, 1, 3]])\n"
        "    act[:, 2] = np.tanh(z[:, 2])\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    ct = f * c + i * g\n"
        "    th = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1.0 - th * th)\n"
        "    dact = np.stack([dct * g, dct * c, dct * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2] = 1 - g ** 2\n"
        "    dz = (dact * deriv).reshape(B, 4 * H)\n"
        "    return {\n"
        "        \"x\": np.einsum('bk,ki->bi', dz, W_ih),\n"
        "        \"h\": np.einsum('bk,kj->bj', dz, W_hh),\n"
        '        "c": dct * f,\n'
        "        \"W_ih\": np.einsum('bk,bi->ki', dz, x),\n"
        "        \"W_hh\": np.einsum('bk,bj->kj', dz, h),\n"
        "        \"b_ih\": np.einsum('bk->k', dz),\n"
        "        \"b_hh\": np.einsum('bk->k', dz),\n"
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    H_all = np.empty((T + 1, B, H)); C_all = np.empty((T + 1, B, H))\n"
        "    H_all[0], C_all[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        H_all[t + 1], C_all[t + 1] = lstm_cell(x[t], H_all[t], C_all[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dH = np.zeros((T + 1, B, H))       # dH[t+1] = total gradient reaching h_t\n"
        "    dH[1:] += dout\n"
        "    if dh_n is not None:\n"
        "        dH[T] += dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n + 0.0\n"
        '    grads = {"x": np.empty((T, B, I)), "W_ih": np.zeros((4 * H, I)), "W_hh": '
        "np.zeros((4 * H, H)),\n"
        '             "b_ih": np.zeros(4 * H), "b_hh": np.zeros(4 * H)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dH[t + 1], dc, x[t], H_all[t], C_all[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        "        if t > 0:\n"
        '            dH[t] += g["h"]\n'
        '        dc = g["c"]\n'
        '    grads["h0"] = dH[1]   # gradient w.r.t. the state at the start\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "yuki_layer_bw_x_as_list",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the x gradient as a Python list of (B, I) arrays instead of one "
                "(T, B, I) array",
                "must_mention": [{"any": ["list", "ndarray", "numpy array", "type"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        'GATES = ("i", "f", "g", "o")\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    blk = {q: slice(k * H, (k + 1) * H) for k, q in enumerate(GATES)}\n"
        "    pre = {q: x @ W_ih[s].T + b_ih[s] + h @ W_hh[s].T + b_hh[s] for q, s in "
        "blk.items()}\n"
        '    act = {q: (np.tanh(p) if q == "g" else sigmoid(p)) for q, p in pre.items()}\n'
        '    c_t = act["f"] * c + act["i"] * act["g"]\n'
        "    tanh_c = np.tanh(c_t)\n"
        '    delta_c = dc_next + dh_next * act["o"] * (1 - tanh_c ** 2)\n'
        '    d_act = {"i": delta_c * act["g"], "f": delta_c * c, "g": delta_c * act["i"], "o": '
        "dh_next * tanh_c}\n"
        '    d_pre = {q: d_act[q] * ((1 - act[q] ** 2) if q == "g" else act[q] * (1 - act[q])) '
        "for q in GATES}\n"
        '    out = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": delta_c * act["f"],\n'
        '           "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape), "b_ih": '
        "np.zeros(b_ih.shape)}\n"
        "    for q, s in blk.items():\n"
        '        out["x"] += d_pre[q] @ W_ih[s]\n'
        '        out["h"] += d_pre[q] @ W_hh[s]\n'
        '        out["W_ih"][s] = d_pre[q].T @ x\n'
        '        out["W_hh"][s] = d_pre[q].T @ h\n'
        '        out["b_ih"][s] = d_pre[q].sum(0)\n'
        '    out["b_hh"] = out["b_ih"].copy()\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hist = [(h0, c0)]\n"
        "    for x_t in x:\n"
        "        hist.append(lstm_cell(x_t, *hist[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    param_keys = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "    sums = {k: np.zeros_like(v) for k, v in zip(param_keys, (W_ih, W_hh, b_ih, "
        "b_hh))}\n"
        "    dxs = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *hist[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        sums = {k: sums[k] + g[k] for k in param_keys}\n"
        '    return {"x": dxs, "h0": dh, "c0": dc, **sums}\n',
    },
    {
        "id": "kofi_layer_bw_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the carried h gradient into dout[t] in place: the caller's dout is "
                "modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changes its",
                            "changed",
                            "unchanged",
                            "overwr",
                            "mutat",
                            "altered",
                        ]
                    },
                    {"any": ["dout", "argument", "input", "given"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    d_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_output_gate = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_input_gate = d_c * cell_gate * input_gate * (1 - input_gate)\n"
        "    d_forget_gate = d_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_cell_gate = d_c * input_gate * (1 - cell_gate ** 2)\n"
        "    d_gates = np.concatenate([d_input_gate, d_forget_gate, d_cell_gate, "
        "d_output_gate], axis=1)\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = d_gates.dot(W_ih)\n'
        '    grads["h"] = d_gates.dot(W_hh)\n'
        '    grads["c"] = d_c * forget_gate\n'
        '    grads["W_ih"] = d_gates.T.dot(x)\n'
        '    grads["W_hh"] = d_gates.T.dot(h)\n'
        '    grads["b_ih"] = d_gates.sum(axis=0)\n'
        '    grads["b_hh"] = d_gates.sum(axis=0)\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    seq_len = x.shape[0]\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        cache.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n          # h_n is out[-1], so its gradient goes on top of "
        "dout[-1]\n"
        "    dc_carry = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    all_grads = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(seq_len)):\n"
        "        h_prev, c_prev = cache[t]\n"
        "        grads = lstm_cell_backward(dout[t], dc_carry, x[t], h_prev, c_prev, W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += grads["h"]\n'
        '        dc_carry = grads["c"]\n'
        "        for name in all_grads:\n"
        "            all_grads[name] = all_grads[name] + grads[name]\n"
        '    return {"x": dx, "h0": grads["h"], "c0": dc_carry, **all_grads}\n',
    },
    {
        "id": "priya_layer_bw_bhh_last_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh gradient taken from one step (assigned, not summed over steps); b_ih "
                "is summed",
                "must_mention": [
                    "b_hh",
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "only step 0",
                            "one step",
                            "only the last",
                            "only one",
                            "overwr",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    a_i, a_f, a_g, a_o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g * g), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '             "b_ih": da.sum(0), "b_hh": da.sum(0)}\n'
        "    pass\n"
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h_hist = np.zeros((T + 1, B, H))\n"
        "    c_hist = np.zeros((T + 1, B, H))\n"
        "    h_hist[0], c_hist[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        h_hist[t + 1], c_hist[t + 1] = lstm_cell(x[t], h_hist[t], c_hist[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], h_hist[t], c_hist[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh = g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "nadia_layer_bw_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop runs range(T-1, 0, -1) and never does step 0: x[0] "
                "gradient stays zero, step 0's weight gradients are missing and h0/c0 get "
                "step 1's result",
                "must_mention": [
                    {"any": ["step 0", "t = 0", "t=0", "first step"]},
                    {
                        "any": [
                            "skip",
                            "never",
                            "missing",
                            "not run",
                            "off by one",
                            "off-by-one",
                            "range",
                            "loop",
                            "stops",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # einsum everywhere, gates as an axis of size 4\n"
        "    B, H = h.shape\n"
        "    z = np.einsum('bi,ki->bk', x, W_ih) + np.einsum('bj,kj->bk', h, W_hh) + b_ih + "
        "b_hh\n"
        "    z = z.reshape(B, 4, H)\n"
        "    act = np.empty_like(z)\n"
        "    act[:, [0, 1, 3]] = sigmoid(z[:, [0, 1, 3]])\n"
        "    act[:, 2] = np.tanh(z[:, 2])\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    ct = f * c + i * g\n"
        "    th = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * o * (1.0 - th * th)\n"
        "    dact = np.stack([dct * g, dct * c, dct * i, dh_next * th], axis=1)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2] = 1 - g ** 2\n"
        "    dz = (dact * deriv).reshape(B, 4 * H)\n"
        "    return {\n"
        "        \"x\": np.einsum('bk,ki->bi', dz, W_ih),\n"
        "        \"h\": np.einsum('bk,kj->bj', dz, W_hh),\n"
        '        "c": dct * f,\n'
        "        \"W_ih\": np.einsum('bk,bi->ki', dz, x),\n"
        "        \"W_hh\": np.einsum('bk,bj->kj', dz, h),\n"
        "        \"b_ih\": np.einsum('bk->k', dz),\n"
        "        \"b_hh\": np.einsum('bk->k', dz),\n"
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    S = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        S.append(lstm_cell(x[t], S[t][0], S[t][1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dH = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dC = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dX = np.zeros_like(x)\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dH, dC, x[t], S[t][0], S[t][1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[t] = g["x"]\n'
        '        dH, dC = g["h"], g["c"]\n'
        '        acc = [a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh"))]\n'
        '    return {"x": dX, "h0": dH, "c0": dC, "W_ih": acc[0], "W_hh": acc[1], "b_ih": '
        'acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lena_layer_bw_dh_n_or",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`dh_n or zeros` / `dc_n or zeros`: the truth value of an array is "
                "ambiguous, so it raises as soon as dh_n is given",
                "must_mention": [{"any": ["None", "ambiguous", "truth value"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gradients of one LSTM step (Lena). Recompute the forward step, then walk it '
        'backwards."""\n'
        "    H = h.shape[1]\n"
        "    # --- forward again ---\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # --- backward ---\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)  # total gradient reaching c_t\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate(\n"
        "        [di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], "
        "axis=1\n"
        "    )  # (B, 4H)\n"
        "    db = da.sum(axis=0)\n"
        "    return {\n"
        '        "x": da @ W_ih,\n'
        '        "h": da @ W_hh,\n'
        '        "c": dc * f,\n'
        '        "W_ih": da.T @ x,\n'
        '        "W_hh": da.T @ h,\n'
        '        "b_ih": db,\n'
        '        "b_hh": db.copy(),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """BPTT (Lena)."""\n'
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_, c_ = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_)\n"
        "        cs.append(c_)\n"
        "    dh = dh_n or np.zeros_like(h0)   # None means zeros\n"
        "    dc = dc_n or np.zeros_like(c0)\n"
        "    dx = np.zeros_like(x)\n"
        '    acc = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in acc:\n"
        "            acc[k] = acc[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "mei_layer_bw_clip_dhnext_in_loop",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "clips the carried hidden gradient to [-1, 1] inside the BPTT loop",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "saturat",
                            "capped",
                            "cap at",
                            "limited to",
                            "bounded",
                            "±1",
                            "+-1",
                            "[-1, 1]",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # forward pass again (like min-char-rnn: keep everything we need)\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    # backward pass\n"
        "    dh = dh_next\n"
        "    dog = dh * np.tanh(cs)\n"
        "    dcs = dh * og * (1 - np.tanh(cs) ** 2) + dc_next\n"
        "    dig = dcs * gg\n"
        "    dgg = dcs * ig\n"
        "    dfg = dcs * c\n"
        "    dcprev = dcs * fg\n"
        "    draw = np.hstack((dig * ig * (1 - ig), dfg * fg * (1 - fg), dgg * (1 - gg * gg), "
        "dog * og * (1 - og)))\n"
        "    dWxh = np.dot(draw.T, x)\n"
        "    dWhh = np.dot(draw.T, h)\n"
        "    dbh = np.sum(draw, axis=0)\n"
        "    dxs = np.dot(draw, W_ih)\n"
        "    dhnext = np.dot(draw, W_hh)\n"
        "    # for np.clip(...) see the training loop, not here\n"
        '    return {"x": dxs, "h": dhnext, "c": dcprev, "W_ih": dWxh, "W_hh": dWhh,\n'
        '            "b_ih": dbh, "b_hh": dbh.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    xs, hs, cs = {}, {}, {}\n"
        "    hs[-1], cs[-1] = np.copy(h0), np.copy(c0)\n"
        "    for t in range(len(x)):\n"
        "        xs[t] = x[t]\n"
        "        hs[t], cs[t] = lstm_cell(xs[t], hs[t - 1], cs[t - 1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    dWxh, dWhh, dbxh, dbhh = np.zeros_like(W_ih), np.zeros_like(W_hh), "
        "np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dxs = np.zeros_like(x)\n"
        "    dhnext = np.zeros_like(h0) if dh_n is None else np.copy(dh_n)\n"
        "    dcnext = np.zeros_like(c0) if dc_n is None else np.copy(dc_n)\n"
        "    for t in reversed(range(len(x))):\n"
        "        g = lstm_cell_backward(dout[t] + dhnext, dcnext, xs[t], hs[t - 1], cs[t - 1], "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dWxh += g["W_ih"]; dWhh += g["W_hh"]; dbxh += g["b_ih"]; dbhh += g["b_hh"]\n'
        '        dxs[t] = g["x"]\n'
        '        dhnext = np.clip(g["h"], -1, 1)   # keep it from exploding over long '
        "sequences\n"
        '        dcnext = g["c"]\n'
        '    return {"x": dxs, "h0": dhnext, "c0": dcnext, "W_ih": dWxh, "W_hh": dWhh, "b_ih": '
        'dbxh, "b_hh": dbhh}\n',
    },
    {
        "id": "ravi_layer_bw_D_dhnext_and_clip",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "carries the incoming dh instead of the step's returned 'h' gradient",
                "must_mention": [
                    {
                        "any": [
                            '"h"',
                            "'h'",
                            "h_{t-1}",
                            "recurrent",
                            "propagat",
                            "carried",
                            "passed back",
                            "from step t+1",
                            "W_hh",
                            "previous hidden",
                        ]
                    }
                ],
            },
            {
                "what": "clips all gradients to [-1, 1] at the end",
                "must_mention": [
                    {
                        "any": [
                            "clip",
                            "saturat",
                            "capped",
                            "cap at",
                            "limited to",
                            "bounded",
                            "±1",
                            "+-1",
                            "[-1, 1]",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # forward pass again (like min-char-rnn: keep everything we need)\n"
        "    hs = h.shape[1]\n"
        "    raw = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    ig = sigmoid(raw[:, 0:hs])\n"
        "    fg = sigmoid(raw[:, hs:2 * hs])\n"
        "    gg = np.tanh(raw[:, 2 * hs:3 * hs])\n"
        "    og = sigmoid(raw[:, 3 * hs:4 * hs])\n"
        "    cs = fg * c + ig * gg\n"
        "    # backward pass\n"
        "    dh = dh_next\n"
        "    dog = dh * np.tanh(cs)\n"
        "    dcs = dh * og * (1 - np.tanh(cs) ** 2) + dc_next\n"
        "    dig = dcs * gg\n"
        "    dgg = dcs * ig\n"
        "    dfg = dcs * c\n"
        "    dcprev = dcs * fg\n"
        "    draw = np.hstack((dig * ig * (1 - ig), dfg * fg * (1 - fg), dgg * (1 - gg * gg), "
        "dog * og * (1 - og)))\n"
        "    dWxh = np.dot(draw.T, x)\n"
        "    dWhh = np.dot(draw.T, h)\n"
        "    dbh = np.sum(draw, axis=0)\n"
        "    dxs = np.dot(draw, W_ih)\n"
        "    dhnext = np.dot(draw, W_hh)\n"
        "    # for np.clip(...) see the training loop, not here\n"
        '    return {"x": dxs, "h": dhnext, "c": dcprev, "W_ih": dWxh, "W_hh": dWhh,\n'
        '            "b_ih": dbh, "b_hh": dbh.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    # min-char-rnn layout: dicts indexed by time, hs[-1] is the previous hidden "
        "state\n"
        "    xs, hs, cs = {}, {}, {}\n"
        "    hs[-1] = np.copy(h0)\n"
        "    cs[-1] = np.copy(c0)\n"
        "    T = len(x)\n"
        "    for t in range(T):\n"
        "        xs[t] = x[t]\n"
        "        hs[t], cs[t] = lstm_cell(xs[t], hs[t - 1], cs[t - 1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    dWxh, dWhh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    dbxh, dbhh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    dxs = np.zeros_like(x)\n"
        "    dhnext = np.zeros_like(h0) if dh_n is None else np.copy(dh_n)\n"
        "    dcnext = np.zeros_like(c0) if dc_n is None else np.copy(dc_n)\n"
        "    for t in reversed(range(T)):\n"
        "        dh = dout[t] + dhnext  # backprop into h\n"
        "        g = lstm_cell_backward(dh, dcnext, xs[t], hs[t - 1], cs[t - 1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dWxh += g["W_ih"]\n'
        '        dWhh += g["W_hh"]\n'
        '        dbxh += g["b_ih"]\n'
        '        dbhh += g["b_hh"]\n'
        '        dxs[t] = g["x"]\n'
        "        dhnext = dh\n"
        '        dcnext = g["c"]\n'
        "    for dparam in [dWxh, dWhh, dbxh, dbhh, dxs]:\n"
        "        np.clip(dparam, -1, 1, out=dparam)  # clip to mitigate exploding gradients\n"
        '    return {"x": dxs, "h0": dhnext, "c0": dcnext, "W_ih": dWxh, "W_hh": dWhh, "b_ih": '
        'dbxh, "b_hh": dbhh}\n',
    },
    {
        "id": "kofi_layer_bw_D_overwrite_and_x_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients overwritten each step instead of summed",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "weight", "b_ih", "bias"]},
                    {
                        "any": [
                            "sum",
                            "accumulat",
                            "add up",
                            "all steps",
                            "every step",
                            "overwr",
                            "only step 0",
                            "one step",
                            "only the last",
                            "only one",
                        ]
                    },
                ],
            },
            {
                "what": "x gradient left in reversed time order",
                "must_mention": ["x", {"any": ["order", "revers", "flip", "backwards"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    hidden = h.shape[1]\n"
        "    gates = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    input_gate = sigmoid(gates[:, :hidden])\n"
        "    forget_gate = sigmoid(gates[:, hidden:2 * hidden])\n"
        "    cell_gate = np.tanh(gates[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(gates[:, 3 * hidden:])\n"
        "    new_c = forget_gate * c + input_gate * cell_gate\n"
        "\n"
        "    d_c = dc_next + dh_next * output_gate * (1 - np.tanh(new_c) ** 2)\n"
        "    d_output_gate = dh_next * np.tanh(new_c) * output_gate * (1 - output_gate)\n"
        "    d_input_gate = d_c * cell_gate * input_gate * (1 - input_gate)\n"
        "    d_forget_gate = d_c * c * forget_gate * (1 - forget_gate)\n"
        "    d_cell_gate = d_c * input_gate * (1 - cell_gate ** 2)\n"
        "    d_gates = np.concatenate([d_input_gate, d_forget_gate, d_cell_gate, "
        "d_output_gate], axis=1)\n"
        "\n"
        "    grads = {}\n"
        '    grads["x"] = d_gates.dot(W_ih)\n'
        '    grads["h"] = d_gates.dot(W_hh)\n'
        '    grads["c"] = d_c * forget_gate\n'
        '    grads["W_ih"] = d_gates.T.dot(x)\n'
        '    grads["W_hh"] = d_gates.T.dot(h)\n'
        '    grads["b_ih"] = d_gates.sum(axis=0)\n'
        '    grads["b_hh"] = d_gates.sum(axis=0)\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    seq_len = x.shape[0]\n"
        "    # forward pass, cache what each step needs\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        cache.append((x[t], h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    dh_carry = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc_carry = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "\n"
        "    t = seq_len - 1\n"
        "    for (x_t, h_prev, c_prev) in reversed(cache):\n"
        "        grads = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x_t, h_prev, c_prev, "
        "W_ih, W_hh, b_ih, b_hh)\n"
        '        dW_ih = grads["W_ih"]\n'
        '        dW_hh = grads["W_hh"]\n'
        '        db_ih = grads["b_ih"]\n'
        '        db_hh = grads["b_hh"]\n'
        '        dxs.append(grads["x"])\n'
        '        dh_carry = grads["h"]\n'
        '        dc_carry = grads["c"]\n'
        "        t -= 1\n"
        "    dx = np.array(dxs)\n"
        '    return {"x": dx, "h0": dh_carry, "c0": dc_carry, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "tomasz_layer_bw_D_no_dh_n_and_c0_zero",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {"what": "dh_n dropped at the last step", "must_mention": ["dh_n"]},
            {
                "what": "c0 gradient returned as zeros",
                "must_mention": ["c0", {"any": ["zero", "not returned", "missing", "step 0"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c2 = f * c + i * g\n"
        "    return i, f, g, o, c2\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o, c2 = _forward_cache(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    tc = np.tanh(c2)\n"
        "    dC = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d_i = dC * g * i * (1 - i)\n"
        "    d_f = dC * c * f * (1 - f)\n"
        "    d_g = dC * i * (1 - g ** 2)\n"
        "    d_o = dh_next * tc * o * (1 - o)\n"
        "    dA = np.concatenate((d_i, d_f, d_g, d_o), axis=1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(axis=0), "b_hh": '
        "dA.sum(axis=0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    zeros = np.zeros_like(h0)\n"
        "\n"
        "    def go(t, dh_from_later, dc_from_later):\n"
        "        if t == T - 1:\n"
        "            # last step: only the loss at this step reaches h\n"
        "            dh = dout[t]\n"
        "            dc = zeros if dc_n is None else dc_n\n"
        "        else:\n"
        "            dh = dout[t] + dh_from_later\n"
        "            dc = dc_from_later\n"
        "        g = lstm_cell_backward(dh, dc, x[t], states[t][0], states[t][1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        if t == 0:\n"
        '            return {"x": [g["x"]], "h0": g["h"], "c0": np.zeros_like(c0), "W_ih": '
        'g["W_ih"], "W_hh": g["W_hh"],\n'
        '                    "b_ih": g["b_ih"], "b_hh": g["b_hh"]}\n'
        '        r = go(t - 1, g["h"], g["c"])\n'
        '        r["x"].append(g["x"])\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            r[k] = r[k] + g[k]\n"
        "        return r\n"
        "\n"
        "    r = go(T - 1, None, None)\n"
        '    r["x"] = np.stack(r["x"])\n'
        "    return r\n",
    },
    {
        "id": "arjun_layer_bw_D_state_off_by_one_and_float32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "each step's backward gets the state after the step instead of before (off "
                "by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "shift",
                            "h_{t-1}",
                            "previous state",
                            "state before",
                            "one step",
                            "state after",
                            "wrong step",
                            "started from",
                            "starting state",
                            "state it starts",
                        ]
                    }
                ],
            },
            {
                "what": "all gradients returned as float32",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = (sigmoid(z[:, k*H:(k+1)*H]) for k in (0, 1, 3))\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    cn = f*c + i*g\n"
        "    hn = o*np.tanh(cn)\n"
        "    t = np.tanh(cn)\n"
        "    dc = dc_next + dh_next*o*(1-t*t)\n"
        "    dz = np.hstack([dc*g*i*(1-i), dc*c*f*(1-f), dc*i*(1-g*g), dh_next*t*o*(1-o)])\n"
        "    return dict(x=dz@W_ih, h=dz@W_hh, c=dc*f, W_ih=dz.T@x, W_hh=dz.T@h, "
        "b_ih=dz.sum(0), b_hh=dz.sum(0))\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    H = [h0]; C = [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], H[-1], C[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        H.append(a); C.append(b)\n"
        "    dh = 0 * h0 if dh_n is None else dh_n\n"
        "    dc = 0 * c0 if dc_n is None else dc_n\n"
        '    G = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dx = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], H[t+1], C[t+1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        "        for k in G: G[k] = G[k] + g[k]\n"
        "    R = dict(x=np.stack(dx), h0=dh, c0=dc, **G)\n"
        "    return {k: np.asarray(v, np.float32) for k, v in R.items()}\n",
    },
    {
        "id": "diego_layer_bw_D_wrong_f_and_bias_half",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "cell gradient carried back multiplied by the previous step's forget gate",
                "must_mention": [
                    {"any": ["forget", "f gate", "gate f", "(f)", "f_t", "H:2H", "W_if", "W_hf"]},
                    {
                        "any": [
                            "wrong step",
                            "previous step",
                            "step t-1",
                            "f_{t-1}",
                            "t-1",
                            "t - 1",
                            "off by one",
                            "off-by-one",
                            "earlier step",
                            "next step",
                            "F_[t",
                        ]
                    },
                ],
            },
            {
                "what": "bias gradient halved between b_ih and b_hh",
                "must_mention": [
                    {"any": ["bias", "b_ih", "b_hh"]},
                    {
                        "any": [
                            "half",
                            "0.5",
                            "/ 2",
                            "/2",
                            "factor",
                            "twice",
                            "2×",
                            "×2",
                            "x2",
                            "double",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H = h0.shape[1]\n"
        "    Wii, Wif, Wig, Wio = W_ih[:H], W_ih[H:2*H], W_ih[2*H:3*H], W_ih[3*H:]\n"
        "    Whi, Whf, Whg, Who = W_hh[:H], W_hh[H:2*H], W_hh[2*H:3*H], W_hh[3*H:]\n"
        "    bias = b_ih + b_hh\n"
        "    bi, bf, bg, bo = bias[:H], bias[H:2*H], bias[2*H:3*H], bias[3*H:]\n"
        "\n"
        "    # forward, saving all gates\n"
        "    I_, F_, G_, O_, C_, Hs, Cprev, Hprev = [], [], [], [], [], [], [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        i = sigmoid(x[t] @ Wii.T + h @ Whi.T + bi)\n"
        "        f = sigmoid(x[t] @ Wif.T + h @ Whf.T + bf)\n"
        "        g = np.tanh(x[t] @ Wig.T + h @ Whg.T + bg)\n"
        "        o = sigmoid(x[t] @ Wio.T + h @ Who.T + bo)\n"
        "        Hprev.append(h); Cprev.append(c)\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        I_.append(i); F_.append(f); G_.append(g); O_.append(o); C_.append(c); "
        "Hs.append(h)\n"
        "\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db = np.zeros(4 * H)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh_next = np.zeros((x.shape[1], H)) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros((x.shape[1], H)) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        i, f, g, o, c = I_[t], F_[t], G_[t], O_[t], C_[t]\n"
        "        dh = dout[t] + dh_next\n"
        "        dc = dc_next + dh * o * (1 - np.tanh(c) ** 2)\n"
        "        dai = dc * g * i * (1 - i)\n"
        "        daf = dc * Cprev[t] * f * (1 - f)\n"
        "        dag = dc * i * (1 - g ** 2)\n"
        "        dao = dh * np.tanh(c) * o * (1 - o)\n"
        "        da = np.concatenate([dai, daf, dag, dao], axis=1)\n"
        "        dx[t] = da @ W_ih\n"
        "        dW_ih += da.T @ x[t]\n"
        "        dW_hh += da.T @ Hprev[t]\n"
        "        db += da.sum(0)\n"
        "        dh_next = da @ W_hh\n"
        "        dc_next = dc * F_[t - 1]  # the forget gate that multiplied c_{t-1}\n"
        "    db_ih = db / 2  # shared bias: half each\n"
        "    db_hh = db / 2\n"
        '    return {"x": dx, "h0": dh_next, "c0": dc_next, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lena_bilstm_ok",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        '    """Forward direction as is; reverse direction on the time-flipped input, flipped '
        'back."""\n'
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_b, axis=0)  # output for x_t back at position t\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "omar_bilstm_loops_ok",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward direction\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        out[t, :, 0:H] = h\n"
        "    h_forward = h\n"
        "    c_forward = c\n"
        "    # backward direction\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "        out[t, :, H:2 * H] = h\n"
        "    h_backward = h\n"
        "    c_backward = c\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    h_n[0] = h_forward\n"
        "    h_n[1] = h_backward\n"
        "    c_n[0] = c_forward\n"
        "    c_n[1] = c_backward\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "yuki_bilstm_slices_ok",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    runs = [lstm_layer(xx, h0[d], c0[d], *w) for d, (xx, w) in enumerate([(x, fwd), "
        "(x[::-1], bwd)])]\n"
        "    (of, (hf, cf)), (ob, (hb, cb)) = runs\n"
        "    return np.concatenate((of, ob[::-1]), axis=2), (np.array([hf, hb]), np.array([cf, "
        "cb]))\n",
    },
    {
        "id": "kofi_bilstm_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip on axis 1 (the batch axis) instead of axis 0 (time): the reverse "
                "direction reads the sequence forwards",
                "must_mention": [
                    {
                        "any": [
                            "batch axis",
                            "axis 1",
                            "axis=1",
                            "batch dimension",
                            "wrong axis",
                            "along the batch",
                            "batch order",
                            "flips the batch",
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
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    # forward LSTM\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward LSTM: flip the sequence\n"
        "    x_reversed = np.flip(x, axis=1)\n"
        "    backward_out, (backward_h, backward_c) = lstm_layer(x_reversed, h0[1], c0[1], "
        "*bwd)\n"
        "    backward_out = np.flip(backward_out, axis=1)\n"
        "    output = np.concatenate([forward_out, backward_out], axis=2)\n"
        "    h_n = np.stack([forward_h, backward_h], axis=0)\n"
        "    c_n = np.stack([forward_c, backward_c], axis=0)\n"
        "    return output, (h_n, c_n)\n",
    },
    {
        "id": "arjun_bilstm_concat_bwd_fwd",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenated as [backward, forward] instead of [forward, backward]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "backward first",
                            "reverse first",
                            "[backward, forward]",
                            "[reverse, forward]",
                            "first H",
                            "last H",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    return np.dstack([o2[::-1], o1]), (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "ravi_bilstm_hn_backward_first",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n stacked [backward, forward] instead of [forward, backward]",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "reverse first",
                            "backward first",
                            "[backward, forward]",
                            "[reverse, forward]",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    hs_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    xs_rev = x[::-1].copy()\n"
        "    hs_b, (hb, cb) = lstm_layer(xs_rev, h0[1], c0[1], *bwd)\n"
        "    hs_b = hs_b[::-1]\n"
        "    out = np.concatenate([hs_f, hs_b], axis=2)\n"
        "    h_n = np.stack([hb, hf]); c_n = np.stack([cb, cf])  # backward pass is the one "
        "finished last\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "diego_bilstm_no_flip_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs not flipped back into time order before "
                "concatenation",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "order",
                            "position t",
                            "put back",
                            "aligned",
                            "align",
                            "reversed",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    H = h0.shape[2]\n"
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    out_fwd, (hn_fwd, cn_fwd) = lstm_layer(x, h0[0], c0[0], W_ih_f, W_hh_f, b_ih_f, "
        "b_hh_f)\n"
        "    x_back = np.array([x[T - 1 - t] for t in range(T)])   # x_{T-1}, ..., x_0\n"
        "    out_bwd, (hn_bwd, cn_bwd) = lstm_layer(x_back, h0[1], c0[1], W_ih_b, W_hh_b, "
        "b_ih_b, b_hh_b)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    out[:, :, :H] = out_fwd\n"
        "    out[:, :, H:] = out_bwd\n"
        "    return out, (np.stack([hn_fwd, hn_bwd]), np.stack([cn_fwd, cn_bwd]))\n",
    },
    {
        "id": "tomasz_bilstm_reverse_uses_row0_state",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state) instead of row 1",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {
                        "any": [
                            "row 1",
                            "h0[1]",
                            "c0[1]",
                            "row 0",
                            "h0[0]",
                            "c0[0]",
                            "forward's initial",
                            "forward initial",
                            "same initial",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    def run(seq, params):\n"
        "        # every direction starts from the layer's initial state\n"
        "        return lstm_layer(seq, h0[0], c0[0], *params)\n"
        "\n"
        "    of, (hf, cf) = run(x, fwd)\n"
        "    ob, (hb, cb) = run(x[::-1], bwd)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack((hf, hb)), np.stack((cf, "
        "cb)))\n",
    },
    {
        "id": "omar_bilstm_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken from out[-1, :, H:] (the reverse direction's first step, "
                "after x_{T-1}) instead of its final state after x_0 (out[0, :, H:])",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "x_0",
                            "first step",
                            "out[0",
                            "out[-1",
                            "T-1",
                            "T - 1",
                            "position 0",
                            "step 0",
                            "after x",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        out[t, :, 0:H] = h\n"
        "    c_forward = c\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "        out[t, :, H:2 * H] = h\n"
        "    c_backward = c\n"
        "    # final hidden states = last output of each direction\n"
        "    h_n = np.stack([out[-1, :, 0:H], out[-1, :, H:2 * H]])\n"
        "    c_n = np.stack([c_forward, c_backward])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "sven_bilstm_fwd_weights_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward weights (bwd never used)",
                "must_mention": [{"any": ["bwd", "weight", "parameters", "_reverse"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    T = x.shape[0]\n"
        "    xx = np.stack([x, x[::-1]])                       # (2, T, B, I): direction axis "
        "first\n"
        "    res = [lstm_layer(xx[d], h0[d], c0[d], *fwd) for d in range(2)]\n"
        "    outs = np.stack([r[0] for r in res])              # (2, T, B, H)\n"
        "    outs[1] = outs[1, ::-1]\n"
        "    out = np.einsum('dtbh->tbdh', outs).reshape(T, x.shape[1], -1)\n"
        "    h_n = np.stack([r[1][0] for r in res]); c_n = np.stack([r[1][1] for r in res])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "priya_bilstm_flips_x_in_place",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses x in place (x[:] = x[::-1]) to run the reverse direction and "
                "never restores it: the caller's x is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changes its",
                            "changed",
                            "unchanged",
                            "overwr",
                            "mutat",
                            "altered",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    T = x.shape[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse time without allocating a copy\n"
        "    for t in range(T // 2):\n"
        "        x[[t, T - 1 - t]] = x[[T - 1 - t, t]]\n"
        "    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "felix_bilstm_cn_uses_hb",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n's second row is the reverse direction's h instead of its c "
                "(copy-paste slip)",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "hidden state",
                            "h_n",
                            "h instead",
                            "h_b",
                            "hn_b",
                            "instead of c",
                            "copy",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        '    """One bidirectional layer (Felix).\n'
        "\n"
        "    out[t] = [h_t^fwd, h_t^bwd]; h_n, c_n = [forward after x_{T-1}, backward after "
        "x_0].\n"
        '    """\n'
        "    out_f, (hn_f, cn_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b_rev, (hn_b, cn_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b_rev[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    h_n = np.stack([hn_f, hn_b])\n"
        "    c_n = np.stack([cn_f, hn_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "yuki_bilstm_concat_axis0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenated along axis 0 (time), giving shape (2T, B, H) instead of "
                "(T, B, 2H)",
                "must_mention": [{"any": ["axis", "concat", "(2T", "2T", "stacked along"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    (of, (hf, cf)) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    (ob, (hb, cb)) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    return np.concatenate((of, ob[::-1])), (np.array([hf, hb]), np.array([cf, "
        "cb]))\n",
    },
    {
        "id": "kofi_bilstm_D_flip_batch_and_concat_order",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip on the batch axis instead of time",
                "must_mention": [
                    {
                        "any": [
                            "batch axis",
                            "axis 1",
                            "axis=1",
                            "batch dimension",
                            "wrong axis",
                            "along the batch",
                            "batch order",
                            "flips the batch",
                            "flipped the batch",
                            "batch instead",
                        ]
                    }
                ],
            },
            {
                "what": "out concatenated [backward, forward]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "backward first",
                            "reverse first",
                            "[backward, forward]",
                            "[reverse, forward]",
                            "first H",
                            "last H",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    # forward LSTM\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # backward LSTM: flip the sequence\n"
        "    x_reversed = np.flip(x, axis=1)\n"
        "    backward_out, (backward_h, backward_c) = lstm_layer(x_reversed, h0[1], c0[1], "
        "*bwd)\n"
        "    backward_out = np.flip(backward_out, axis=1)\n"
        "    output = np.concatenate([backward_out, forward_out], axis=2)\n"
        "    h_n = np.stack([forward_h, backward_h], axis=0)\n"
        "    c_n = np.stack([forward_c, backward_c], axis=0)\n"
        "    return output, (h_n, c_n)\n",
    },
    {
        "id": "ravi_bilstm_D_hn_order_and_no_flip_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n stacked [backward, forward]",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "reverse first",
                            "backward first",
                            "[backward, forward]",
                            "[reverse, forward]",
                        ]
                    },
                ],
            },
            {
                "what": "reverse outputs not flipped back into time order",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "time order",
                            "order",
                            "position t",
                            "put back",
                            "aligned",
                            "align",
                            "reversed",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    hs_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    xs_rev = x[::-1].copy()\n"
        "    hs_b, (hb, cb) = lstm_layer(xs_rev, h0[1], c0[1], *bwd)\n"
        "    # hs_b[t] is the backward state at step t\n"
        "    out = np.concatenate([hs_f, hs_b], axis=2)\n"
        "    h_n = np.stack([hb, hf]); c_n = np.stack([cb, cf])  # backward pass is the one "
        "finished last\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "omar_bilstm_D_hn_from_out_last_and_float32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken from out[-1, :, H:] (reverse direction's first step) instead "
                "of its final state",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "x_0",
                            "first step",
                            "out[0",
                            "out[-1",
                            "T-1",
                            "T - 1",
                            "position 0",
                            "step 0",
                            "after x",
                        ]
                    },
                ],
            },
            {
                "what": "all results converted to float32",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        out[t, :, 0:H] = h\n"
        "    c_forward = c\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "        out[t, :, H:2 * H] = h\n"
        "    c_backward = c\n"
        "    # final hidden states = last output of each direction\n"
        "    h_n = np.stack([out[-1, :, 0:H], out[-1, :, H:2 * H]])\n"
        "    c_n = np.stack([c_forward, c_backward])\n"
        "    return out.astype(np.float32), (h_n.astype(np.float32), "
        "c_n.astype(np.float32))\n",
    },
    {
        "id": "priya_lengths_mask_ok",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked time loop: update only rows whose step t is real, freeze the '
        'others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "omar_lengths_per_sequence_ok",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    # easiest: every sequence on its own, batch of 1\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        h = h0[b:b + 1]\n"
        "        c = c0[b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b] = h[0]\n"
        "        c_n[b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "nadia_lengths_tri_ok",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = len(x)\n"
        "    M = np.tri(T)[np.asarray(lengths) - 1, :T].T[:, :, None]      # M[t, b] = 1 on "
        "real steps\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = M[t] * hh + (1 - M[t]) * h\n"
        "        c = M[t] * cc + (1 - M[t]) * c\n"
        "        out.append(M[t] * hh)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "yuki_lengths_groups_ok",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    groups = {}\n"
        "    for b, n in enumerate(np.asarray(lengths).tolist()):\n"
        "        groups.setdefault(n, []).append(b)          # sequences of the same length "
        "run together\n"
        "    out = np.zeros((T, B, H)); h_n = np.zeros((B, H)); c_n = np.zeros((B, H))\n"
        "    row = 0\n"
        "    for n in sorted(groups):\n"
        "        idx = groups[n]\n"
        "        h, c = h0[idx], c0[idx]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, idx], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, idx] = h\n"
        "        h_n[idx] = h\n"
        "        c_n[idx] = c\n"
        "        row += len(idx)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "sven_lengths_float_mask_ok",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]  # (T, B, 1)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = m * hn + (1.0 - m) * h\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        out[t] = m * hn\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "nadia_lengths_tri_off_by_one",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask built from np.tri(T+1)[lengths]: step lengths[b] counts as real, so "
                "every sequence runs one padding step",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "one too",
                            "one more",
                            "one fewer",
                            "one padding",
                            "<=",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = len(x)\n"
        "    M = np.tri(T + 1)[np.asarray(lengths), :T].T[:, :, None]      # M[t, b] = 1 on "
        "real steps\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = M[t] * hh + (1 - M[t]) * h\n"
        "        c = M[t] * cc + (1 - M[t]) * c\n"
        "        out.append(M[t] * hh)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "arjun_lengths_list_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask compares t <= n instead of t < n: one extra (padding) step per "
                "sequence",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "one too",
                            "one more",
                            "one fewer",
                            "one padding",
                            "<=",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    L = list(lengths)\n"
        "    T = len(x)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        live = np.array([[t <= n] for n in L])   # (B, 1)\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(live, h2, h); c = np.where(live, c2, c)\n"
        "        out[t] = np.where(live, h2, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "kofi_lengths_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["past", "after", "padding", "beyond", "padded"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    outputs = np.zeros((seq_len, batch_size, hidden_size))\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        mask = (t < lengths).reshape(-1, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        outputs[t] = h\n"
        "    return outputs, (h, c)\n",
    },
    {
        "id": "tomasz_lengths_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen on padding steps; c keeps being updated, so c_n (and "
                "later h) is wrong for short sequences",
                "must_mention": [
                    {"any": ["c_n", "cell state"]},
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freeze",
                            "mask",
                            "last real",
                            "own last",
                            "keeps",
                            "kept",
                            "past",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    seq_len, batch_size, _ = x.shape  # Tomasz\n"
        "    hidden_size = h0.shape[1]\n"
        "    outputs = np.zeros((seq_len, batch_size, hidden_size))\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        mask = (t < lengths).reshape(-1, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = c_new\n"
        "        outputs[t] = h * mask\n"
        "    return outputs, (h, c)\n",
    },
    {
        "id": "mei_lengths_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "runs every sequence through the padding: out is zeroed afterwards but "
                "h_n, c_n are the states after step T-1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last step", "own last", "state"]},
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freeze",
                            "last real",
                            "own last",
                            "T - 1",
                            "T-1",
                            "past the end",
                            "past its length",
                            "kept running",
                            "keeps running",
                            "kept updating",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    Tout = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    hprev, cprev = np.copy(h0), np.copy(c0)\n"
        "    hs = np.zeros((Tout, B, h0.shape[1]))\n"
        "    cs = np.zeros((Tout, B, h0.shape[1]))\n"
        "    for t in range(Tout):\n"
        "        hprev, cprev = lstm_cell(x[t], hprev, cprev, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t], cs[t] = hprev, cprev\n"
        "    last = np.asarray(lengths) - 1\n"
        "    h_last, c_last = hs[last, np.arange(B)], cs[last, np.arange(B)]\n"
        "    mask = (np.arange(Tout)[:, None] < lengths[None, :])\n"
        "    hs = hs * mask[:, :, None]           # zero the padding like pad_packed_sequence\n"
        "    return hs, (hprev, cprev)\n",
    },
    {
        "id": "omar_lengths_take_wrong_axis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "final state gathered with np.take(hs, lengths - 1, axis=1)[-1]: indexes "
                "the batch axis with lengths-1 (h_n[b] = hs[T-1, lengths[b]-1]) instead of "
                "the time axis",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final"]},
                    {"any": ["axis", "batch row", "wrong row", "index", "row", "take"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    hs = []\n"
        "    cs = []\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    hs = np.array(hs)   # (T, B, H)\n"
        "    cs = np.array(cs)\n"
        "    # padding only comes after the real steps, so the real outputs are fine, just "
        "zero the rest\n"
        "    mask = np.zeros(hs.shape)\n"
        "    for b in range(len(lengths)):\n"
        "        mask[:lengths[b], b, :] = 1\n"
        "    out = hs * mask\n"
        "    # final state = state at step lengths-1 of each sequence\n"
        "    h_n = np.take(hs, lengths - 1, axis=1)[-1]\n"
        "    c_n = np.take(cs, lengths - 1, axis=1)[-1]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "lena_lengths_out_len_max",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) rows instead of T when the longest length is shorter "
                "than T",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "total_length",
                            "longest",
                            "max(lengths)",
                            "lengths.max",
                            "time steps",
                            "(T,",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked loop (Lena). Steps past max(lengths) are padding for everyone: skip '
        'them."""\n'
        "    lengths = np.asarray(lengths)\n"
        "    T_real = int(lengths.max())\n"
        "    B, H = h0.shape\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T_real, B, H))\n"
        "    for t in range(T_real):\n"
        "        real = (lengths > t)[:, None]\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(real, h_t, h)\n"
        "        c = np.where(real, c_t, c)\n"
        "        out[t] = np.where(real, h_t, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "diego_lengths_front_padding",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes padding at the front: treats steps T-lengths[b] .. T-1 as the "
                "real ones",
                "must_mention": [
                    {
                        "any": [
                            "front",
                            "beginning",
                            "left",
                            "pre-pad",
                            "T - lengths",
                            "T-lengths",
                            "right-align",
                            "at the end",
                            "last steps",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        # sequences are padded in front (pre-padding), the real tokens sit at the "
        "end\n"
        "        real = (t >= T - lengths).reshape(B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(real, h_new, h)\n"
        "        c = np.where(real, c_new, c)\n"
        "        out[t] = np.where(real, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "sven_lengths_ignores_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores h0 and c0: every sequence starts from zeros",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["zero", "ignor", "not used", "unused"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, :])[..., None]   # (T, "
        "B, 1)\n"
        "    h, c = np.zeros_like(h0), np.zeros_like(c0)   # packed LSTM starts every sequence "
        "from zero\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask[t], hn, h)\n"
        "        c = np.where(mask[t], cn, c)\n"
        "        out[t] = np.where(mask[t], hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "yuki_lengths_group_order",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "sequences grouped by length are written back in sorted-by-length order "
                "(rows row:row+k) instead of at their own batch positions",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "sort",
                            "permut",
                            "swap",
                            "position",
                            "mixed up",
                            "wrong sequence",
                            "another sequence",
                            "other sequence",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    groups = {}\n"
        "    for b, n in enumerate(np.asarray(lengths).tolist()):\n"
        "        groups.setdefault(n, []).append(b)          # sequences of the same length "
        "run together\n"
        "    out = np.zeros((T, B, H)); h_n = np.zeros((B, H)); c_n = np.zeros((B, H))\n"
        "    row = 0\n"
        "    for n in sorted(groups):\n"
        "        idx = groups[n]\n"
        "        h, c = h0[idx], c0[idx]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, idx], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, row:row + len(idx)] = h\n"
        "        h_n[row:row + len(idx)] = h\n"
        "        c_n[row:row + len(idx)] = c\n"
        "        row += len(idx)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "felix_lengths_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask (t < lengths) has shape (B,) and is broadcast against the hidden "
                "axis of (B, H) arrays: raises when B != H, masks hidden units instead of "
                "sequences when B == H",
                "must_mention": [
                    {
                        "any": [
                            "broadcast",
                            "[:, None]",
                            "column",
                            "(B, 1)",
                            "hidden unit",
                            "units instead",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Padded batch (Felix). State frozen after each sequence\'s last real step; out '
        'zero there."""\n'
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        keep = t < lengths                  # True where step t is a real step\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h_new, h)\n"
        "        c = np.where(keep, c_new, c)\n"
        "        out[t] = np.where(keep, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "nadia_lengths_D_tri_off_by_one_and_zero_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.tri mask off by one: one padding step counted as real",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "one too",
                            "one more",
                            "one fewer",
                            "one padding",
                            "<=",
                        ]
                    }
                ],
            },
            {
                "what": "starts from zeros instead of h0, c0",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["zero", "ignor", "not used", "unused"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = len(x)\n"
        "    M = np.tri(T + 1)[np.asarray(lengths), :T].T[:, :, None]      # M[t, b] = 1 on "
        "real steps\n"
        "    h, c = np.zeros(h0.shape), np.zeros(c0.shape)\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = M[t] * hh + (1 - M[t]) * h\n"
        "        c = M[t] * cc + (1 - M[t]) * c\n"
        "        out.append(M[t] * hh)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "kofi_lengths_D_out_not_zeroed_and_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length not zero",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["past", "after", "padding", "beyond", "padded"]},
                ],
            },
            {
                "what": "c not frozen on padding steps",
                "must_mention": [
                    {"any": ["c_n", "cell state"]},
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freeze",
                            "mask",
                            "last real",
                            "own last",
                            "keeps",
                            "kept",
                            "past",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    outputs = np.zeros((seq_len, batch_size, hidden_size))\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        mask = (t < lengths).reshape(-1, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = c_new\n"
        "        outputs[t] = h\n"
        "    return outputs, (h, c)\n",
    },
    {
        "id": "arjun_lengths_D_le_and_float32",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "t <= n: one extra step per sequence",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "one too",
                            "one more",
                            "one fewer",
                            "one padding",
                            "<=",
                        ]
                    }
                ],
            },
            {
                "what": "results converted to float32",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    L = list(lengths)\n"
        "    T = len(x)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        live = np.array([[t <= n] for n in L])   # (B, 1)\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(live, h2, h); c = np.where(live, c2, c)\n"
        "        out[t] = np.where(live, h2, 0)\n"
        "    return out.astype(np.float32), (h.astype(np.float32), c.astype(np.float32))\n",
    },
    {
        "id": "ravi_lengths_D_state_not_frozen_and_out_len_max",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n are the states after T-1 (not frozen at each sequence's last "
                "real step)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last step", "own last", "state"]},
                    {
                        "any": [
                            "padding",
                            "frozen",
                            "freeze",
                            "last real",
                            "own last",
                            "T - 1",
                            "T-1",
                            "past the end",
                            "past its length",
                            "kept running",
                            "keeps running",
                            "kept updating",
                        ]
                    },
                ],
            },
            {
                "what": "out has max(lengths) rows instead of T",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "total_length",
                            "longest",
                            "max(lengths)",
                            "lengths.max",
                            "time steps",
                            "(T,",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    Tout = int(max(lengths))   # pad_packed_sequence pads to the longest sequence\n"
        "    B = x.shape[1]\n"
        "    hprev, cprev = np.copy(h0), np.copy(c0)\n"
        "    hs = np.zeros((Tout, B, h0.shape[1]))\n"
        "    cs = np.zeros((Tout, B, h0.shape[1]))\n"
        "    for t in range(Tout):\n"
        "        hprev, cprev = lstm_cell(x[t], hprev, cprev, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs[t], cs[t] = hprev, cprev\n"
        "    last = np.asarray(lengths) - 1\n"
        "    h_last, c_last = hs[last, np.arange(B)], cs[last, np.arange(B)]\n"
        "    mask = (np.arange(Tout)[:, None] < lengths[None, :])\n"
        "    hs = hs * mask[:, :, None]           # zero the padding like pad_packed_sequence\n"
        "    return hs, (hprev, cprev)\n",
    },
    {
        "id": "priya_bilen_reverse_padded_ok",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked time loop: update only rows whose step t is real, freeze the '
        'others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse the first lengths[b] steps of every column b; the padding stays where '
        'it is."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, n in enumerate(lengths):\n"
        "        n = int(n)\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_padded(out_r, lengths)  # zero past each length stays zero\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "omar_bilen_per_sequence_ok",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
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
        "        n = int(lengths[b])\n"
        "        # forward over steps 0..n-1\n"
        "        h = h0[0, b:b + 1]\n"
        "        c = c0[0, b:b + 1]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "            out[t, b, 0:H] = h[0]\n"
        "        h_n[0, b] = h[0]\n"
        "        c_n[0, b] = c[0]\n"
        "        # backward over steps n-1..0\n"
        "        h = h0[1, b:b + 1]\n"
        "        c = c0[1, b:b + 1]\n"
        "        for t in range(n - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "            out[t, b, H:2 * H] = h[0]\n"
        "        h_n[1, b] = h[0]\n"
        "        c_n[1, b] = c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "sven_bilen_take_along_axis_ok",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]  # (T, B, 1)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = m * hn + (1.0 - m) * h\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        out[t] = m * hn\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)[:, :, None]   # (T, B, 1): reversal inside "
        "each sequence\n"
        "    x_rev = np.take_along_axis(x, idx, axis=0)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = np.take_along_axis(ob, idx, axis=0)\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "tomasz_bilen_reset_on_padding_ok",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        live = (t < lengths)[:, None]\n"
        "        h = np.where(live, hn, h)\n"
        "        c = np.where(live, cn, c)\n"
        "        out[t, :, :H] = np.where(live, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # backward: walk t = T-1 .. 0 over the padded tensor; while t is padding for a "
        "sequence keep it at its initial state,\n"
        "    # so it really starts at lengths[b]-1\n"
        "    h, c = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        live = (t < lengths)[:, None]\n"
        "        h = np.where(live, hn, h0[1])\n"
        "        c = np.where(live, cn, c0[1])\n"
        "        out[t, :, H:] = np.where(live, hn, 0.0)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "kofi_bilen_full_flip_on_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction flips the whole padded time axis: it starts at T-1 on "
                "padding and its mask no longer lines up with the real steps",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "last real",
                            "own last",
                            "starts",
                            "whole",
                            "entire",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    outputs = np.zeros((seq_len, batch_size, hidden_size))\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        mask = (t < lengths).reshape(-1, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        outputs[t] = h * mask\n"
        "    return outputs, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer_lengths(x, lengths, h0[0], "
        "c0[0], *fwd)\n"
        "    # backward direction: flip time, run, flip back (like in exercise 5)\n"
        "    backward_out, (backward_h, backward_c) = lstm_layer_lengths(np.flip(x, axis=0), "
        "lengths, h0[1], c0[1], *bwd)\n"
        "    backward_out = np.flip(backward_out, axis=0)\n"
        "    output = np.concatenate([forward_out, backward_out], axis=2)\n"
        "    return output, (np.stack([forward_h, backward_h]), np.stack([forward_c, "
        "backward_c]))\n",
    },
    {
        "id": "tomasz_bilen_reset_to_zeros",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "on padding steps the reverse state is reset to zeros instead of to the "
                "reverse initial state h0[1], c0[1]",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["zero", "reset", "row 1", "h0[1]", "c0[1]"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        live = (t < lengths)[:, None]\n"
        "        h = np.where(live, hn, h)\n"
        "        c = np.where(live, cn, c)\n"
        "        out[t, :, :H] = np.where(live, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # backward: walk t = T-1 .. 0 over the padded tensor; on padding the state is "
        "reset (nothing has been read yet)\n"
        "    h, c = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        live = (t < lengths)[:, None]\n"
        "        h = np.where(live, hn, 0.0)\n"
        "        c = np.where(live, cn, 0.0)\n"
        "        out[t, :, H:] = np.where(live, hn, 0.0)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "arjun_bilen_flip_back_whole_axis",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse input built per sequence correctly, but the reverse outputs are "
                "put back with a flip of the whole time axis, misaligning every sequence "
                "shorter than T",
                "must_mention": [{"any": ["align", "flip", "shift", "whole", "misplac"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    L = list(lengths)\n"
        "    T = len(x)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        live = np.array([[t < n] for n in L])   # (B, 1)\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(live, h2, h); c = np.where(live, c2, c)\n"
        "        out[t] = np.where(live, h2, 0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = len(x)\n"
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = ob[::-1]\n"
        "    return np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "mei_bilen_hn_reverse_wrong_position",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] is the reverse output at step lengths[b]-1 (the reverse "
                "direction's first step) instead of its final state after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "step 0",
                            "position 0",
                            "x_0",
                            "first step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
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
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked loop (copied from the chapter): update only rows whose step t is real, '
        'freeze the others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
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
        "    xs_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xs_rev[:lengths[b], b] = x[lengths[b] - 1::-1, b]\n"
        "    hs_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    hs_r, (hr, cr) = lstm_layer_lengths(xs_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    hs_b = np.zeros_like(hs_r)\n"
        "    for b in range(B):\n"
        "        hs_b[:lengths[b], b] = hs_r[lengths[b] - 1::-1, b]\n"
        "    hb_final = hs_b[lengths - 1, np.arange(B)]   # backward output at the sequence's "
        "last step\n"
        "    h_n = np.stack([hf, hb_final]); c_n = np.stack([cf, cr])\n"
        "    return np.concatenate([hs_f, hs_b], axis=2), (h_n, c_n)\n",
    },
    {
        "id": "diego_bilen_concat_order",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out concatenated [reverse, forward] instead of [forward, reverse]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "backward first",
                            "reverse first",
                            "[backward, forward]",
                            "[reverse, forward]",
                            "first H",
                            "last H",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked time loop: update only rows whose step t is real, freeze the '
        'others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
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
        "    W_ih_f, W_hh_f, b_ih_f, b_hh_f = fwd\n"
        "    W_ih_b, W_hh_b, b_ih_b, b_hh_b = bwd\n"
        "    out_fwd, (hn_fwd, cn_fwd) = lstm_layer_lengths(x, lengths, h0[0], c0[0], W_ih_f, "
        "W_hh_f, b_ih_f, b_hh_f)\n"
        "    x_back = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            x_back[t, b] = x[L - 1 - t, b]\n"
        "    out_tmp, (hn_bwd, cn_bwd) = lstm_layer_lengths(x_back, lengths, h0[1], c0[1], "
        "W_ih_b, W_hh_b, b_ih_b, b_hh_b)\n"
        "    out_bwd = np.zeros_like(out_tmp)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            out_bwd[t, b] = out_tmp[L - 1 - t, b]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    out[:, :, :H] = out_bwd\n"
        "    out[:, :, H:] = out_fwd\n"
        "    return out, (np.stack([hn_fwd, hn_bwd]), np.stack([cn_fwd, cn_bwd]))\n",
    },
    {
        "id": "yuki_bilen_hn_backward_first",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n stacked [reverse, forward]",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "reverse first",
                            "backward first",
                            "[backward, forward]",
                            "[reverse, forward]",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    groups = {}\n"
        "    for b, n in enumerate(np.asarray(lengths).tolist()):\n"
        "        groups.setdefault(n, []).append(b)          # sequences of the same length "
        "run together\n"
        "    out = np.zeros((T, B, H)); h_n = np.zeros((B, H)); c_n = np.zeros((B, H))\n"
        "    row = 0\n"
        "    for n in sorted(groups):\n"
        "        idx = groups[n]\n"
        "        h, c = h0[idx], c0[idx]\n"
        "        for t in range(n):\n"
        "            h, c = lstm_cell(x[t, idx], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, idx] = h\n"
        "        h_n[idx] = h\n"
        "        c_n[idx] = c\n"
        "        row += len(idx)\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    rev = lambda a: np.stack([np.concatenate([a[:n, b][::-1], a[n:, b]]) for b, n in "
        "enumerate(lengths)], axis=1)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(rev(x), lengths, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate((of, rev(ob)), axis=2), (np.array([hb, hf]), np.array([cb, "
        "cf]))\n",
    },
    {
        "id": "nadia_bilen_reverse_index_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse index lengths[b] - t instead of lengths[b] - 1 - t: reads one "
                "step past the end (padding) and never x_0",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "one too",
                            "one more",
                            "one fewer",
                            "one padding",
                            "<=",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = len(x)\n"
        "    M = np.tri(T)[np.asarray(lengths) - 1, :T].T[:, :, None]      # M[t, b] = 1 on "
        "real steps\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = M[t] * hh + (1 - M[t]) * h\n"
        "        c = M[t] * cc + (1 - M[t]) * c\n"
        "        out.append(M[t] * hh)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B = x.shape[:2]\n"
        "    H = h0.shape[-1]\n"
        "    Lr = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    R = np.where(t < Lr, Lr - t, t)          # position read by the reverse run at "
        "step t\n"
        "    R = np.clip(R, 0, T - 1)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    xr = x[R, cols]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, Lr, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, Lr, h0[1], c0[1], *bwd)\n"
        "    ob = ob[R, cols]\n"
        "    hf_ = hf\n"
        "    return np.concatenate([of, ob], axis=-1), (np.stack([hf_, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "felix_bilen_hn_forward_at_T_minus_1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[0] taken as out[T-1, :, :H], which is zero for sequences shorter than "
                "T, instead of the forward state at lengths[b]-1",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "last real",
                            "own last",
                            "T-1",
                            "T - 1",
                            "padding",
                            "out[-1",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked time loop (Felix): update only rows whose step t is real, freeze the '
        'others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        '    """Both directions (Felix). The reverse input is each sequence\'s real part, '
        'reversed in place of it."""\n'
        "    T, B, _ = x.shape\n"
        "    x_rev = x.copy()\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        x_rev[:n, b] = x[n - 1::-1, b] if n > 0 else x_rev[:0, b]\n"
        "    out_f, (_, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        out_b[:n, b] = out_r[n - 1::-1, b] if n > 0 else out_b[:0, b]\n"
        "    h_f = out_f[-1]          # forward state after the last step\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "lena_bilen_reverse_c0_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from c0[0] (the forward initial cell state) "
                "instead of c0[1]",
                "must_mention": [
                    "c0",
                    {"any": ["row 1", "c0[1]", "row 0", "c0[0]", "forward's", "forward initial"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked loop (Lena): update only rows whose step t is real, freeze the '
        'others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        '    """Both directions (Lena): reverse each sequence\'s own steps, run part 1, '
        'reverse back."""\n'
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    # index of the input the reverse run reads at step t: lengths[b]-1-t on real "
        "steps\n"
        "    t = np.arange(T)[:, None]\n"
        "    src = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[src, cols], lengths, h0[1], c0[0], "
        "*bwd)\n"
        "    out_b = out_r[src, cols]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "sven_bilen_fwd_weights_both",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weights (bwd never used)",
                "must_mention": [{"any": ["bwd", "weight", "parameters", "_reverse"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]  # (T, B, 1)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = mask[t]\n"
        "        h = m * hn + (1.0 - m) * h\n"
        "        c = m * cn + (1.0 - m) * c\n"
        "        out[t] = m * hn\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)[:, :, None]   # (T, B, 1): reversal inside "
        "each sequence\n"
        "    x_rev = np.take_along_axis(x, idx, axis=0)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *fwd)\n"
        "    ob = np.take_along_axis(ob, idx, axis=0)\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "omar_bilen_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses each sequence of x in place (for the reverse direction) and "
                "never restores it: the caller's x is modified",
                "must_mention": [
                    {
                        "any": [
                            "in place",
                            "in-place",
                            "modif",
                            "changes its",
                            "changed",
                            "unchanged",
                            "overwr",
                            "mutat",
                            "altered",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
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
        "    # easiest: every sequence on its own, batch of 1\n"
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
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[2]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "    # now turn every sequence around (only its real part)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        x[:n, b] = x[:n, b][::-1].copy()\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], bwd[0], bwd[1], "
        "bwd[2], bwd[3])\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        out_b[:n, b] = out_r[:n, b][::-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    out[:, :, 0:H] = out_f\n"
        "    out[:, :, H:2 * H] = out_b\n"
        "    h_n = np.stack([h_f, h_r])\n"
        "    c_n = np.stack([c_f, c_r])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "kofi_bilen_D_full_flip_and_concat_order",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction run on the whole flipped padded sequence (starts on "
                "padding)",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "last real",
                            "own last",
                            "starts",
                            "whole",
                            "entire",
                        ]
                    },
                ],
            },
            {
                "what": "out concatenated [reverse, forward]",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "backward first",
                            "reverse first",
                            "[backward, forward]",
                            "[reverse, forward]",
                            "first H",
                            "last H",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    seq_len, batch_size, _ = x.shape\n"
        "    hidden_size = h0.shape[1]\n"
        "    outputs = np.zeros((seq_len, batch_size, hidden_size))\n"
        "    h, c = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        mask = (t < lengths).reshape(-1, 1)\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        outputs[t] = h * mask\n"
        "    return outputs, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    forward_out, (forward_h, forward_c) = lstm_layer_lengths(x, lengths, h0[0], "
        "c0[0], *fwd)\n"
        "    # backward direction: flip time, run, flip back (like in exercise 5)\n"
        "    backward_out, (backward_h, backward_c) = lstm_layer_lengths(np.flip(x, axis=0), "
        "lengths, h0[1], c0[1], *bwd)\n"
        "    backward_out = np.flip(backward_out, axis=0)\n"
        "    output = np.concatenate([backward_out, forward_out], axis=2)\n"
        "    return output, (np.stack([forward_h, backward_h]), np.stack([forward_c, "
        "backward_c]))\n",
    },
    {
        "id": "ravi_bilen_D_hn_order_and_hn_reverse_position",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n stacked [reverse, forward]",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchanged",
                            "reverse first",
                            "backward first",
                            "[backward, forward]",
                            "[reverse, forward]",
                        ]
                    },
                ],
            },
            {
                "what": "reverse h_n taken at the reverse direction's first step (position "
                "lengths[b]-1) instead of its final state",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "step 0",
                            "position 0",
                            "x_0",
                            "first step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "out[0",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Masked loop (copied from the chapter): update only rows whose step t is real, '
        'freeze the others."""\n'
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1)\n"
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
        "    xs_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xs_rev[:lengths[b], b] = x[lengths[b] - 1::-1, b]\n"
        "    hs_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    hs_r, (hr, cr) = lstm_layer_lengths(xs_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    hs_b = np.zeros_like(hs_r)\n"
        "    for b in range(B):\n"
        "        hs_b[:lengths[b], b] = hs_r[lengths[b] - 1::-1, b]\n"
        "    hb_final = hs_b[lengths - 1, np.arange(B)]   # backward output at the sequence's "
        "last step\n"
        "    h_n = np.stack([hb_final, hf]); c_n = np.stack([cr, cf])\n"
        "    return np.concatenate([hs_f, hs_b], axis=2), (h_n, c_n)\n",
    },
    {
        "id": "arjun_bilen_D_flip_back_whole_and_float32",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs put back with a flip of the whole time axis",
                "must_mention": [{"any": ["align", "flip", "shift", "whole", "misplac"]}],
            },
            {
                "what": "results converted to float32",
                "must_mention": [{"any": ["float32", "dtype", "float64", "single precision"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    L = list(lengths)\n"
        "    T = len(x)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T,) + h0.shape)\n"
        "    for t in range(T):\n"
        "        live = np.array([[t < n] for n in L])   # (B, 1)\n"
        "        h2, c2 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(live, h2, h); c = np.where(live, c2, c)\n"
        "        out[t] = np.where(live, h2, 0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = len(x)\n"
        "    xr = x.copy()\n"
        "    for b, n in enumerate(lengths):\n"
        "        xr[:n, b] = x[:n, b][::-1]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = ob[::-1]\n"
        "    R = np.concatenate([of, ob], 2), (np.stack([hf, hb]), np.stack([cf, cb]))\n"
        "    return R[0].astype('f4'), (R[1][0].astype('f4'), R[1][1].astype('f4'))\n",
    },
    {
        "id": "nadia_bilen_D_rev_off_by_one_and_hn_fwd_last",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse index off by one (lengths[b] - t)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "extra step",
                            "one too",
                            "one more",
                            "one fewer",
                            "one padding",
                            "<=",
                        ]
                    }
                ],
            },
            {
                "what": "h_n[0] taken as out[-1, :, :H] instead of the forward state at each "
                "sequence's last real step",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "last real",
                            "own last",
                            "T-1",
                            "T - 1",
                            "padding",
                            "out[-1",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                        ]
                    },
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t * c_{t-1} + i_t * g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t * tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = len(x)\n"
        "    M = np.tri(T)[np.asarray(lengths) - 1, :T].T[:, :, None]      # M[t, b] = 1 on "
        "real steps\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = M[t] * hh + (1 - M[t]) * h\n"
        "        c = M[t] * cc + (1 - M[t]) * c\n"
        "        out.append(M[t] * hh)\n"
        "    return np.array(out), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B = x.shape[:2]\n"
        "    H = h0.shape[-1]\n"
        "    Lr = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    R = np.where(t < Lr, Lr - t, t)          # position read by the reverse run at "
        "step t\n"
        "    R = np.clip(R, 0, T - 1)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    xr = x[R, cols]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, Lr, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, Lr, h0[1], c0[1], *bwd)\n"
        "    ob = ob[R, cols]\n"
        "    hf_ = of[-1]   # forward final state = last output\n"
        "    return np.concatenate([of, ob], axis=-1), (np.stack([hf_, hb]), np.stack([cf, "
        "cb]))\n",
    },
]
