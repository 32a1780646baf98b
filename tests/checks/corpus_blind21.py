# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-first blind corpus, kept as its two authors wrote it (/work/blind21a and /work/blind21b,
split by graded names as for corpora 10-20; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students: strong programmers new to ML, weak programmers (copy-paste, sizes written in),
students thinking in MATLAB, Julia, R or C++, students implementing a paper's equations (Gers'
forget bias, Graves' order), a student reusing an earlier exercise's function with a slip in it,
a student optimising, and code right only for the shapes its author tried; run on 975bee5 (the
last stop's engine); the words a message must contain were fixed before its first run. See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "from numpy.typing import ArrayLike, NDArray\n"
        "\n"
        "\n"
        "def sigmoid(z: ArrayLike) -> NDArray[np.float64]:\n"
        '    """Stable logistic: never exponentiates a positive number."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    if not np.all(np.isfinite(z)):\n"
        '        raise ValueError("sigmoid: z must be finite")\n'
        "    pos = np.exp(-np.abs(z))          # in (0, 1], cannot overflow\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + pos), pos / (1.0 + pos))\n",
    },
    {
        "id": "sig_ok_dmitri_tanh",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "# Julia habit: σ(z) = (1 + tanh(z/2)) / 2, which has no exp at all so it cannot "
        "overflow\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)))   # keep 0-d input an array\n",
    },
    {
        "id": "sig_ok_tom_masks",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.array(z, dtype=np.float64)   # own copy\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_naive_kevin",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula: np.exp(-z) overflows for z around -1000 (RuntimeWarning)",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigmoid from the lecture slide\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_priya",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so np.exp(-z)/np.exp(z) still overflow "
                "(warning)",
                "must_mention": [{"any": ["overflow"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # pick the stable branch for each sign\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + "
        "np.exp(z)))\n",
    },
    {
        "id": "sig_inplace_liam",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "overwrites the caller's array z in place (np.abs/np.exp with out=z)",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "unchanged", "overwr", "mutat"]}
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    neg = z < 0\n"
        "    # no temporaries: turn z into e^{-|z|} in its own buffer\n"
        "    np.abs(z, out=z)\n"
        "    np.negative(z, out=z)\n"
        "    np.exp(z, out=z)\n"
        "    return np.where(neg, z / (1.0 + z), 1.0 / (1.0 + z))\n",
    },
    {
        "id": "sig_branches_swapped_dmitri",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "the two branches of np.where are swapped: computes σ(-z) = 1 - σ(z)",
                "must_mention": [
                    {
                        "any": [
                            "σ(-z)",
                            "sigmoid(-z)",
                            "swap",
                            "sign",
                            "1 - σ",
                            "1 - sigmoid",
                            "exchang",
                            "revers",
                            "1-σ",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))\n",
    },
    {
        "id": "sig_float32_tom",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes and returns float32 instead of float64",
                "must_mention": [{"any": ["float32", "dtype"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # float is enough for a probability\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_listcomp_kevin",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops over the first axis with math.exp: works only for 1-D arrays "
                "(crashes on 2-D / 0-d)",
                "must_mention": [
                    {
                        "any": [
                            "1-d",
                            "2-d",
                            "0-d",
                            "ndim",
                            "dimension",
                            "scalar",
                            "elementwise",
                            "any shape",
                            "math.exp",
                            "loop",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    res = []\n"
        "    for v in z:\n"
        "        if v >= 0:\n"
        "            res.append(1 / (1 + math.exp(-v)))\n"
        "        else:\n"
        "            res.append(math.exp(v) / (1 + math.exp(v)))\n"
        "    return np.array(res)\n",
    },
    {
        "id": "sig_dbl_aisha_tanh_ravel",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses tanh(z) instead of tanh(z/2): computes σ(2z)",
                "must_mention": [
                    {"any": ["tanh", "2z", "2*z", "2 z", "σ(2", "factor 2", "factor of 2", "twice"]}
                ],
            },
            {
                "what": "flattens the result with ravel: returns 1-D instead of z's shape",
                "must_mention": [
                    {"any": ["ravel", "flatten", "1-d", "shape of z", "same shape", "z's shape"]}
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # R: plogis(z) == (1 + tanh(z)) / 2  -- vectorised, returns a plain vector\n"
        "    z = np.asarray(z, dtype=np.float64).ravel()\n"
        "    return (1 + np.tanh(z)) / 2\n",
    },
    {
        "id": "sig_dbl_carlos_clip_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-15, 15]: wrong values for |z| > 15 (saturates too early)",
                "must_mention": [{"any": ["clip", "saturat", "15", "tail"]}],
            },
            {
                "what": "np.clip(..., out=z) overwrites the caller's array in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "unchanged", "overwr", "mutat"]}
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    np.clip(z, -15, 15, out=z)     # stop exp from blowing up\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "gat_ok_priya_einsum",
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
        "\n"
        "from typing import Tuple\n"
        "import numpy as np\n"
        "\n"
        "Array = np.ndarray\n"
        "\n"
        "\n"
        "def lstm_gates(x: Array, h: Array, W_ih: Array, W_hh: Array,\n"
        "               b_ih: Array, b_hh: Array) -> Tuple[Array, Array, Array, Array]:\n"
        "    B, I = x.shape\n"
        "    four_h, H = W_hh.shape\n"
        "    if four_h != 4 * H or W_ih.shape != (4 * H, I) or h.shape != (B, H):\n"
        '        raise ValueError(f"inconsistent shapes {x.shape} {h.shape} {W_ih.shape} '
        '{W_hh.shape}")\n'
        '    a = np.einsum("gi,bi->bg", W_ih, x) + np.einsum("gh,bh->bg", W_hh, h) + (b_ih + '
        "b_hh)\n"
        "    a = a.reshape(B, 4, H)\n"
        "    i, f, o = (sigmoid(a[:, k]) for k in (0, 1, 3))\n"
        "    g = np.tanh(a[:, 2])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gat_ok_kevin_blocks",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    W_ii = W_ih[0:H]\n"
        "    W_if = W_ih[H:2*H]\n"
        "    W_ig = W_ih[2*H:3*H]\n"
        "    W_io = W_ih[3*H:4*H]\n"
        "    W_hi = W_hh[0:H]\n"
        "    W_hf = W_hh[H:2*H]\n"
        "    W_hg = W_hh[2*H:3*H]\n"
        "    W_ho = W_hh[3*H:4*H]\n"
        "    i = sigmoid(x @ W_ii.T + b_ih[0:H] + h @ W_hi.T + b_hh[0:H])\n"
        "    f = sigmoid(x @ W_if.T + b_ih[H:2*H] + h @ W_hf.T + b_hh[H:2*H])\n"
        "    g = np.tanh(x @ W_ig.T + b_ih[2*H:3*H] + h @ W_hg.T + b_hh[2*H:3*H])\n"
        "    o = sigmoid(x @ W_io.T + b_ih[3*H:4*H] + h @ W_ho.T + b_hh[3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gat_ok_dmitri_colmajor",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # columns are examples, like in MATLAB: z = W*x + b, then back to rows\n"
        "    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]   # (4H, B)\n"
        "    H = Z.shape[0] // 4\n"
        "    zi, zf, zg, zo = Z[0:H], Z[H:2*H], Z[2*H:3*H], Z[3*H:4*H]\n"
        "    return sigmoid(zi).T, sigmoid(zf).T, np.tanh(zg).T, sigmoid(zo).T\n",
    },
    {
        "id": "gat_order_ifog_sofia",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks in Graves' order (i, f, o, g): g and o read each "
                "other's rows",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "2H:3H",
                            "3H:4H",
                            "W_io",
                            "W_ig",
                            "W_ho",
                            "W_hg",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Graves (2013): i, f, o gates then the cell input\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gat_g_sigmoid_kevin",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "g (cell candidate) uses sigmoid instead of tanh",
                "must_mention": [{"any": ["tanh"]}],
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = sigmoid(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        '    print("gates", i.shape, f.shape, g.shape, o.shape)\n'
        "    return i, f, g, o\n",
    },
    {
        "id": "gat_H_from_x_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the block size from x.shape[1] (input size I) instead of H: right "
                "only when I == H",
                "must_mention": [
                    {
                        "any": [
                            "input size",
                            "I instead of H",
                            "x.shape[1]",
                            "hidden size",
                            "block size",
                            "size I",
                            "I features",
                            "I == H",
                            "I = H",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = x.shape[1]        # size of one gate block\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gat_no_bhh_carlos",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forgets the recurrent bias b_hh",
                "must_mention": [{"any": ["b_hh", "b_h", "recurrent bias", "second bias"]}],
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gat_weights_swapped_jonas",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "multiplies x by W_hh and h by W_ih (right shapes only when I == H)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "x @ W_hh",
                            "W_hh @ x",
                            "h @ W_ih",
                            "the other matrix",
                            "W_ih and W_hh",
                            "W_hh and W_ih",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # tested with I = H = 3\n"
        "    a = x @ W_hh.T + h @ W_ih.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gat_onebased_dmitri",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks numbered from 1: every gate reads the next gate's rows and o "
                "is empty",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "empty",
                            "1-based",
                            "numbered from 1",
                            "next gate",
                            "one block",
                            "(B, 0)",
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    gate = lambda k: a[:, k*H:(k+1)*H]     # gate k = 1..4 as in the notes\n"
        "    return sigmoid(gate(1)), sigmoid(gate(2)), np.tanh(gate(3)), sigmoid(gate(4))\n",
    },
    {
        "id": "gat_inplace_bias_liam",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b += b_hh adds into b_ih in place: the caller's bias is modified",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "unchanged", "overwr", "mutat"]}
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b = b_ih\n"
        "    b += b_hh                 # fold both biases once\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b\n"
        "    H = a.shape[1] // 4\n"
        "    return sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n",
    },
    {
        "id": "gat_dbl_sofia_fbias_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds a constant +1 to the forget gate's pre-activation (forget-gate bias "
                "of 1 from Gers et al.)",
                "must_mention": [
                    {
                        "any": [
                            "+1",
                            "+ 1",
                            "forget-gate bias",
                            "forget gate bias",
                            "constant",
                            "1.0",
                            "σ(1",
                        ]
                    }
                ],
            },
            {
                "what": "reads the blocks in the order (i, f, o, g): g and o swapped",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "2H:3H",
                            "3H:4H",
                            "W_io",
                            "W_ig",
                            "W_ho",
                            "W_hg",
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
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Gers et al. (2000): forget gate bias starts at +1; gate order i, f, o, g as in "
        "the paper\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_o, a_g = (a[:, k*H:(k+1)*H] for k in range(4))\n"
        "    f = sigmoid(a_f + 1.0)\n"
        "    return sigmoid(a_i), f, np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gat_dbl_kevin_naive_nobhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "own naive sigmoid 1/(1+exp(-z)) overflows for large negative "
                "pre-activations",
                "must_mention": [{"any": ["overflow"]}],
            },
            {
                "what": "forgets b_hh",
                "must_mention": [{"any": ["b_hh", "b_h", "recurrent bias", "second bias"]}],
            },
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gat_dbl_liam_tanhtrick_f32",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "g computed as 2σ(z) - 1, which is tanh(z/2), not tanh(z)",
                "must_mention": [{"any": ["tanh"]}],
            },
            {
                "what": "casts to float32: results are float32 (and imprecise)",
                "must_mention": [{"any": ["float32", "dtype"]}],
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
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # one fused GEMM in single precision, one sigmoid over everything\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1).astype(np.float32)\n"
        "    xh = np.concatenate([x, h], axis=1).astype(np.float32)\n"
        "    s = sigmoid(xh @ W.T + (b_ih + b_hh)).astype(np.float32)\n"
        "    H = h.shape[1]\n"
        "    i, f, sg, o = s[:, :H], s[:, H:2*H], s[:, 2*H:3*H], s[:, 3*H:]\n"
        "    g = 2 * sg - 1            # tanh(z) = 2 sigmoid(z) - 1\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "cel_ok_liam_fused",
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
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # one GEMM on [x, h] against [W_ih | W_hh]\n"
        "    W = np.hstack((W_ih, W_hh))\n"
        "    a = np.hstack((x, h)) @ W.T\n"
        "    a += b_ih + b_hh                   # a is our own array\n"
        "    H = c.shape[-1]\n"
        "    sig = sigmoid(a)\n"
        "    i, f, o = sig[:, :H], sig[:, H:2*H], sig[:, 3*H:]\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cel_ok_tom_loops",
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
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    h_next = np.zeros((B, H))\n"
        "    c_next = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh     # (4H,)\n"
        "        i = sigmoid(a[0:H])\n"
        "        f = sigmoid(a[H:2 * H])\n"
        "        g = np.tanh(a[2 * H:3 * H])\n"
        "        o = sigmoid(a[3 * H:4 * H])\n"
        "        c_next[b] = f * c[b] + i * g\n"
        "        h_next[b] = o * np.tanh(c_next[b])\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_ok_mei_reuse",
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
        "\n"
        "# my lstm_gates from exercise 1\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_no_tanh_c_kevin",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: forgets the tanh of the cell state",
                "must_mention": [{"any": ["tanh(c", "tanh of c", "tanh"]}],
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_old_c_carlos",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old c (c_{t-1}) instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous c",
                            "old c",
                            "c_prev",
                            "previous cell",
                            "c instead of c_next",
                            "old cell",
                            "tanh(c)",
                            "input c",
                            "c_t-1",
                            "instead of c_t",
                            "not the new",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_return_ch_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "(c_next, h_next)", "c first", "revers"]}
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c = f * c + i * g\n"
        "    return c, o * np.tanh(c)\n",
    },
    {
        "id": "cel_no_forget_sofia",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "no forget gate in the cell update: c_t = c_{t-1} + i g (1997 LSTM)",
                "must_mention": [
                    {"any": ["forget gate", "f_t", "f ⊙ c", "f * c", "f*c", "forget"]}
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
        "    # Hochreiter & Schmidhuber (1997): constant error carousel, c_t = c_{t-1} + i_t "
        "g_t\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_next = c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_inplace_c_liam",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates the caller's c in place (c *= f; c += i*g)",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "unchanged", "overwr", "mutat"]}
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    c *= f                  # update the state in place, no copy\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cel_reshape_interleave_dmitri",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes (B, 4H) to (B, H, 4): gates read interleaved columns instead of "
                "contiguous blocks",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "interleav",
                            "every 4th",
                            "every fourth",
                            "strided",
                            "(B, H, 4)",
                            "contiguous",
                            "layout",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh      # (B, 4H)\n"
        "    B, H = c.shape\n"
        "    gates = a.reshape(B, H, 4)                       # gate index last, like Flux\n"
        "    i = sigmoid(gates[:, :, 0])\n"
        "    f = sigmoid(gates[:, :, 1])\n"
        "    g = np.tanh(gates[:, :, 2])\n"
        "    o = sigmoid(gates[:, :, 3])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cel_ravel_B1_jonas",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "ravels the (B, 4H) pre-activations: every row uses batch row 0's gates; "
                "right only for B == 1",
                "must_mention": [
                    {
                        "any": [
                            "ravel",
                            "flatten",
                            "first example",
                            "row 0's",
                            "batch row 0's",
                            "only the first",
                            "B == 1",
                            "B=1 only",
                            "single example",
                            "one example",
                            "same gates",
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
        "    # checked by hand on chapter 2's one-example step\n"
        "    a = (x @ W_ih.T + b_ih + h @ W_hh.T + b_hh).ravel()\n"
        "    H = len(b_ih) // 4\n"
        "    i = sigmoid(a[:H])\n"
        "    f = sigmoid(a[H:2*H])\n"
        "    g = np.tanh(a[2*H:3*H])\n"
        "    o = sigmoid(a[3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_float32_tom",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "preallocates float32 outputs: results are float32",
                "must_mention": [{"any": ["float32", "dtype"]}],
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
        "    B, H = h.shape\n"
        "    h_next = np.empty((B, H), dtype=np.float32)\n"
        "    c_next = np.empty((B, H), dtype=np.float32)\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next[:] = f * c + i * g\n"
        "    h_next[:] = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_dbl_kevin_if_swap_oldc",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i * c + f * g: input and forget gates swapped in the cell update",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "i * c",
                            "i ⊙ c",
                            "f ⊙ g",
                            "f * g",
                            "i and f",
                            "f and i",
                            "forget and input",
                            "input and forget",
                        ]
                    }
                ],
            },
            {
                "what": "h_next uses tanh of the old c",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous c",
                            "old c",
                            "c_prev",
                            "previous cell",
                            "c instead of c_next",
                            "old cell",
                            "tanh(c)",
                            "input c",
                            "c_t-1",
                            "instead of c_t",
                            "not the new",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    print(i.shape, f.shape, g.shape, o.shape)\n"
        "    c_next = i * c + f * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    #print(h_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_dbl_dmitri_chorder_naive",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c, h) instead of (h, c)",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "(c_next, h_next)", "c first", "revers"]}
                ],
            },
            {
                "what": "own naive sigmoid overflows for large negative pre-activations",
                "must_mention": [{"any": ["overflow"]}],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    return c_new, o * np.tanh(c_new)\n",
    },
    {
        "id": "cel_dbl_mei_reuse_slips",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reused lstm_gates forgets b_hh",
                "must_mention": [{"any": ["b_hh", "b_h", "recurrent bias", "second bias"]}],
            },
            {
                "what": "c_next = f*c + g: the input gate is missing from the cell update",
                "must_mention": [
                    {"any": ["input gate", "i_t", "i ⊙ g", "i * g", "without i", "missing i"]}
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
        "# my lstm_gates from exercise 1 (copied over)\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    i, f, g, o = lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh)\n"
        "    c_next = f * c + g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cel_dbl_liam_inplace_b_tanhtrick",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "unchanged", "overwr", "mutat"]}
                ],
            },
            {
                "what": "g = 2σ(z) - 1 is tanh(z/2), not tanh(z)",
                "must_mention": [{"any": ["tanh"]}],
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
        "    b_ih += b_hh                           # fuse the biases once\n"
        "    s = sigmoid(x @ W_ih.T + h @ W_hh.T + b_ih)\n"
        "    H = c.shape[1]\n"
        "    i, f, o = s[:, :H], s[:, H:2*H], s[:, 3*H:]\n"
        "    g = 2.0 * s[:, 2*H:3*H] - 1.0          # tanh = 2σ - 1, saves an exp\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "lay_ok_priya",
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
        "\n"
        "from typing import Optional, Tuple\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_layer(x: np.ndarray, h0: Optional[np.ndarray], c0: Optional[np.ndarray],\n"
        "               W_ih: np.ndarray, W_hh: np.ndarray, b_ih: np.ndarray, b_hh: "
        "np.ndarray,\n"
        "               batch_first: bool = False) -> Tuple[np.ndarray, Tuple[np.ndarray, "
        "np.ndarray]]:\n"
        "    if x.ndim != 3:\n"
        '        raise ValueError(f"x must be 3-D, got {x.shape}")\n'
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x          # (T, B, I), a view\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H), dtype=np.float64)\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.ascontiguousarray(out.transpose(1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_ok_liam_precompute",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # input projection for all steps in one GEMM\n"
        "    Xw = (x.reshape(T * B, I) @ W_ih.T + (b_ih + b_hh)).reshape(T, B, 4 * H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        a = Xw[t] + h @ W_hh.T\n"
        "        i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), sigmoid(a[:, 3*H:])\n"
        "        g = np.tanh(a[:, 2*H:3*H])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1 if batch_first else 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_ok_aisha_moveaxis",
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
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    time_axis = 1 if batch_first else 0\n"
        "    steps = np.moveaxis(x, time_axis, 0)\n"
        "    n_batch = steps.shape[1]\n"
        "    n_hidden = W_hh.shape[1]\n"
        "    state = (np.zeros((n_batch, n_hidden)) if h0 is None else h0,\n"
        "             np.zeros((n_batch, n_hidden)) if c0 is None else c0)\n"
        "    outputs = []\n"
        "    for x_t in steps:\n"
        "        state = lstm_cell(x_t, state[0], state[1], W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(state[0])\n"
        "    out = np.moveaxis(np.array(outputs), 0, time_axis)\n"
        "    return out, state\n",
    },
    {
        "id": "lay_ret_ch_carlos",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "(c_n, h_n)", "c_n first", "revers"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (c, h)\n",
    },
    {
        "id": "lay_no_carry_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step starts from (h0, c0): the state is not carried from step to "
                "step",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "not updated",
                            "never updated",
                            "does not update",
                            "initial state at every",
                            "h0 at every",
                            "c0 at every",
                            "every step from",
                            "each step from",
                            "restarts",
                            "same state",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        '        print("step", t, h.shape)\n'
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_bf_ignored_dmitri",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: treats (B, T, I) input as (T, B, I)",
                "must_mention": [{"any": ["batch_first", "ignor", "time axis", "(B, T, I)"]}],
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    T, B, I = x.shape\n"
        "    H = size_h = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t, :, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :, :] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_bf_reshape_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "uses reshape instead of transpose for batch_first: scrambles the data "
                "unless B == 1 or T == 1",
                "must_mention": [
                    {"any": ["reshape", "transpose", "swapaxes", "moveaxis", "scrambl", "reorders"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_zeros_I_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None, builds zeros of size (B, I) instead of (B, H): right "
                "only when I == H",
                "must_mention": [
                    {
                        "any": [
                            "(B, I)",
                            "input size",
                            "I instead of H",
                            "size I",
                            "I == H",
                            "x.shape[2]",
                            "x.shape[-1]",
                            "hidden size",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, I))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, I))\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.array(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_hn_bf_jonas",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n = out[-1] after out was made batch first: takes the last batch row, "
                "not the last step",
                "must_mention": [
                    {
                        "any": [
                            "out[-1]",
                            "out[:, -1]",
                            "last batch",
                            "last row",
                            "time axis",
                            "wrong axis",
                            "first axis",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    h_n = out[-1]            # last output = final hidden state\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "lay_store_before_tom",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h before the step: out[t] holds h_{t-1} (out[0] = h0), shifted by "
                "one step",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "shift",
                            "one step",
                            "off by one",
                            "off-by-one",
                            "before the step",
                            "lag",
                            "previous step",
                            "h0 at step 0",
                            "out[0] = h0",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    const_T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.zeros((const_T, B, H))\n"
        "    for t in range(const_T):\n"
        "        out[t] = h\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_mei_reuse_oldc",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "her reused cell computes h_t from tanh of the old c (c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "previous c",
                            "old c",
                            "c_prev",
                            "previous cell",
                            "c instead of c_next",
                            "old cell",
                            "tanh(c)",
                            "c_t-1",
                            "instead of c_t",
                            "not the new",
                            "lags",
                            "one step behind",
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
        "# my cell from exercise 2\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
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
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    return (out.transpose(1, 0, 2) if batch_first else out), (h, c)\n",
    },
    {
        "id": "lay_inplace_h0_liam",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the running state into the caller's h0/c0 buffers (h[...] = "
                "h_new): inputs modified",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "unchanged", "overwr", "mutat"]}
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
        "        h[...] = h_new            # reuse the state buffers, no reallocation\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_out_list_kevin",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns out as a Python list of arrays instead of one stacked array",
                "must_mention": [
                    {"any": ["list", "np.stack", "ndarray", "not an array", "np.array("]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    if batch_first:\n"
        "        out = [o for o in np.transpose(np.array(out), (1, 0, 2))]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_dbl_kevin_c_not_carried_bf",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c is never updated: each step reads c0 instead of the previous step's "
                "cell state",
                "must_mention": [
                    {
                        "any": [
                            "carry",
                            "carried",
                            "not updated",
                            "never updated",
                            "c0 at every",
                            "c_{t-1}",
                            "cell state is not",
                            "every step from c0",
                            "c0 instead",
                            "restarts",
                        ]
                    }
                ],
            },
            {
                "what": "ignores batch_first",
                "must_mention": [{"any": ["batch_first", "ignor", "time axis", "(B, T, I)"]}],
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
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
        "        h, c_next = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c_next)\n",
    },
    {
        "id": "lay_dbl_aisha_axis1_c0none",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stacks the outputs on axis 1 always: out is (B, T, H) even when "
                "batch_first=False",
                "must_mention": [
                    {"any": ["axis", "(B, T, H)", "batch first", "layout", "transpos", "np.stack"]}
                ],
            },
            {
                "what": "when c0 is None it is left None (only h0 gets zeros)",
                "must_mention": [{"any": ["c0"]}],
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    n_batch = xs.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((n_batch, W_hh.shape[1]))\n"
        "    h, c = h0, c0\n"
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs, axis=1)       # one row per sequence, like cbind\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_dbl_sofia_fbias_bfout",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "adds +1 to the forget gate's pre-activation",
                "must_mention": [
                    {
                        "any": [
                            "+1",
                            "+ 1",
                            "forget-gate bias",
                            "forget gate bias",
                            "constant",
                            "1.0",
                            "σ(1",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True, out is returned (T, B, H), not transposed back",
                "must_mention": [
                    {"any": ["transpos", "(B, T, H)", "not batch first", "back", "swapaxes"]}
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
        "def lstm_step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Gers, Schmidhuber & Cummins (2000): forget gate biased towards remembering\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2*H] + 1.0)\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:])\n"
        "    c = f * c + i * g\n"
        "    return o * np.tanh(c), c\n"
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
        "        h, c = lstm_step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_dbl_tom_f32_skiplast",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out preallocated as float32",
                "must_mention": [{"any": ["float32", "dtype"]}],
            },
            {
                "what": "loop runs to T-2 only: the last step is never computed",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T - 1",
                            "T-1",
                            "one step short",
                            "step T",
                            "range(T - 1)",
                            "off by one",
                            "off-by-one",
                            "skips",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.ascontiguousarray(x.transpose(1, 0, 2))\n"
        "    const_T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((const_T, B, H), dtype=np.float32)\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    for t in range(const_T - 1):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lay_dbl_dmitri_skip0_vstack",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "1-based loop: starts at x[1] and never reads x[0] (step 0 skipped)",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "x[0]",
                            "step 0",
                            "first step",
                            "skip",
                            "1-based",
                            "range(1",
                            "off by one",
                            "off-by-one",
                            "one step",
                        ]
                    }
                ],
            },
            {
                "what": "stacks with vstack: out is (T*B, H) instead of (T, B, H)",
                "must_mention": [
                    {
                        "any": [
                            "vstack",
                            "(T*B",
                            "(T * B",
                            "concatenat",
                            "2-D",
                            "ndim",
                            "flattened",
                            "(T, B, H)",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for t in range(1, T):            # t = 1..T\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.vstack([h0 if h0 is not None else np.zeros((B, H))] + hs)\n"
        "    if batch_first:\n"
        "        out = out.T\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "scr_ok_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_ok_liam_fused",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1.0 + ez)\n"
        "    return out\n"
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
        "        bound = hidden_size ** -0.5\n"
        "        self._p = {}\n"
        "        for name, shape in self._shapes():\n"
        "            self._p[name] = rng.uniform(-bound, bound, shape)\n"
        "\n"
        "    def _shapes(self):\n"
        "        H = self.H\n"
        "        for k in range(self.L):\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                yield f"weight_ih_l{k}{sfx}", (4 * H, self.I if k == 0 else self.D * '
        "H)\n"
        '                yield f"weight_hh_l{k}{sfx}", (4 * H, H)\n'
        "                if self.bias:\n"
        '                    yield f"bias_ih_l{k}{sfx}", (4 * H,)\n'
        '                    yield f"bias_hh_l{k}{sfx}", (4 * H,)\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {k: v.copy() for k, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        want = dict(self._shapes())\n"
        "        if set(state) != set(want):\n"
        '            raise KeyError(f"keys differ: missing {set(want) - set(state)}, extra '
        '{set(state) - set(want)}")\n'
        "        for k, shape in want.items():\n"
        "            if tuple(np.shape(state[k])) != shape:\n"
        '                raise ValueError(f"{k} has shape {np.shape(state[k])}, expected '
        '{shape}")\n'
        "        self._p = {k: np.array(state[k], dtype=np.float64) for k in want}\n"
        "\n"
        "    def _scan(self, xw, W_hh, h, c, reverse):\n"
        "        # xw: input projection + biases for all steps, (T, B, 4H)\n"
        "        H = self.H\n"
        "        T = xw.shape[0]\n"
        "        hs = np.empty(xw.shape[:2] + (H,))\n"
        "        for t in (reversed(range(T)) if reverse else range(T)):\n"
        "            a = xw[t] + h @ W_hh.T\n"
        "            s = sigm(a)\n"
        "            c = s[:, H:2 * H] * c + s[:, :H] * np.tanh(a[:, 2 * H:3 * H])\n"
        "            h = s[:, 3 * H:] * np.tanh(c)\n"
        "            hs[t] = h\n"
        "        return hs, h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = seq.shape\n"
        "        LD = self.L * self.D\n"
        "        if hx is None:\n"
        "            h0 = c0 = np.zeros((LD, B, self.H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[: self.D]):\n'
        "                p = self._p\n"
        '                xw = seq @ p[f"weight_ih_l{k}{sfx}"].T\n'
        "                if self.bias:\n"
        '                    xw = xw + (p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"])\n'
        '                hs, h, c = self._scan(xw, p[f"weight_hh_l{k}{sfx}"], h0[k * self.D + '
        "d], c0[k * self.D + d], d == 1)\n"
        "                outs.append(hs)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            seq = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scr_rev_hn_last_carlos",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from outs[-1] (state after x_{T-1}) instead "
                "of its state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "after x_0",
                            "after reading x_0",
                            "out[0",
                            "step 0",
                            "index 0",
                            "x_0",
                            "state after",
                            "first step",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = outs[-1]          # last output is the final state\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_rev_not_flipped_kevin",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs stored in processing order, not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "reversed order",
                            "back in order",
                            "backwards in",
                            "stored at index t",
                            "index t",
                            "reading order",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        outs_list = []\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[len(outs_list)] = h\n"
        "            outs_list.append(h)\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_rows_dirmajor_dmitri",
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
                            "direction-major",
                            "layer by layer",
                            "row order",
                            "order of the rows",
                            "rows of h_0",
                            "rows of h_n",
                            "interleav",
                            "d * L",
                            "d*L",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer      # direction blocks, then layers\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_init_normal_priya",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "weights drawn from a normal with std 1/sqrt(H) instead of uniform in "
                "[-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "uniform",
                            "bound",
                            "1/√H",
                            "1/sqrt",
                            "1 / sqrt",
                            "√H",
                            "sqrt(H)",
                            "outside",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        "                # Glorot-ish: normal with std 1/sqrt(H)\n"
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.normal(0.0, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.normal(0.0, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_init_in_H_tom",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers after the first are built with input size H instead of D * H "
                "(bidirectional)",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "H * D",
                            "2H",
                            "2 * H",
                            "D·H",
                            "both directions",
                            "weight_ih_l1",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for name, value in state.items():\n"
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_biasfalse_keys_kevin",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False still creates (zero) bias parameters: state_dict has bias "
                "keys",
                "must_mention": [
                    {
                        "any": [
                            "bias_ih",
                            "bias_hh",
                            "bias keys",
                            "extra key",
                            "unexpected key",
                            "bias=False",
                            "no bias",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if True:  # keep zero biases so the code path is the same\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for name, value in state.items():\n"
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_sd_nocopy_liam",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, not copies",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "shares",
                            "same array",
                            "alias",
                            "view",
                            "reference",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return dict(self.params)   # arrays are float64 already, no need to copy "
        "them\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_seed_ignored_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: default_rng() without it, so the same seed gives different "
                "parameters",
                "must_mention": [{"any": ["seed"]}],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_layers_read_x_sofia",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer reads the input x instead of the previous layer's out",
                "must_mention": [
                    {
                        "any": [
                            "previous layer",
                            "layer k-1",
                            "layer k - 1",
                            "layer 0's out",
                            "lower layer",
                            "reads x",
                            "the input x",
                            "layer's output",
                            "layer's out",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            last = np.concatenate(dir_outs, axis=2)\n"
        "        out = last\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_bf_states_aisha",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first also transposes h_n and c_n, which nn.LSTM never makes "
                "batch first",
                "must_mention": [
                    {
                        "any": [
                            "not batch first",
                            "never batch first",
                            "h_n and c_n are",
                            "whatever batch_first",
                            "(num_layers * D, B, H)",
                            "(L * D, B, H)",
                            "only out",
                            "transpos",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n = h_n.transpose(1, 0, 2)\n"
        "            c_n = c_n.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_nobias_keyerror_jonas",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the step always reads the bias parameters: KeyError with bias=False",
                "must_mention": [
                    {"any": ["bias=False", "no bias", "without bias", "bias_ih", "KeyError"]}
                ],
            }
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_dbl_mei_normal_noflip",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "normal instead of uniform initialisation",
                "must_mention": [
                    {
                        "any": [
                            "uniform",
                            "bound",
                            "1/√H",
                            "1/sqrt",
                            "1 / sqrt",
                            "√H",
                            "sqrt(H)",
                            "outside",
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
                            "flip",
                            "put back",
                            "reversed order",
                            "back in order",
                            "backwards in",
                            "stored at index t",
                            "index t",
                            "reading order",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        "                # Glorot-ish: normal with std 1/sqrt(H)\n"
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.normal(0.0, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.normal(0.0, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        outs_list = []\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[len(outs_list)] = h\n"
        "            outs_list.append(h)\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_dbl_liam_nocopy_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, not copies",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "shares",
                            "same array",
                            "alias",
                            "view",
                            "reference",
                        ]
                    }
                ],
            },
            {
                "what": "state rows direction-major (d * L + k)",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k*D + d",
                            "k*D+d",
                            "layer * D",
                            "direction-major",
                            "layer by layer",
                            "row order",
                            "order of the rows",
                            "rows of h_0",
                            "rows of h_n",
                            "interleav",
                            "d * L",
                            "d*L",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return dict(self.params)   # arrays are float64 already, no need to copy "
        "them\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = sorted(set(self.params) - set(state))\n"
        "        extra = sorted(set(state) - set(self.params))\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {missing}, unexpected keys {extra}")\n'
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * L + layer      # direction blocks, then layers\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_dbl_sofia_fbias_revlast",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises the forget-gate bias rows to 1: initial values outside the "
                "uniform bound",
                "must_mention": [
                    {"any": ["forget", "bound", "uniform", "1/√H", "1/sqrt", "H:2H", "outside"]}
                ],
            },
            {
                "what": "reverse h_n from outs[-1] instead of the state after x_0",
                "must_mention": [
                    {
                        "any": [
                            "after x_0",
                            "after reading x_0",
                            "out[0",
                            "step 0",
                            "index 0",
                            "x_0",
                            "state after",
                            "first step",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if bias:\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"][H:2 * H] = 1.0   # Gers '
        "et al.: remember by default\n"
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
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = outs[-1]          # last output is the final state\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_dbl_kevin_biaskeys_seed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "bias=False still creates bias parameters",
                "must_mention": [
                    {
                        "any": [
                            "bias_ih",
                            "bias_hh",
                            "bias keys",
                            "extra key",
                            "unexpected key",
                            "bias=False",
                            "no bias",
                        ]
                    }
                ],
            },
            {"what": "seed ignored", "must_mention": [{"any": ["seed"]}]},
        ],
        "source": "\n"
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
        "        H = hidden_size\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, in_size))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=(4 * H, H))\n"
        "                if True:  # keep zero biases so the code path is the same\n"
        '                    self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        '                    self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=4 * H)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for name, value in state.items():\n"
        "            self.params[name] = np.array(value, dtype=np.float64)\n"
        "\n"
        "    def _direction(self, x, h, c, layer, suffix):\n"
        '        """Run one direction of one layer over x (T, B, In); returns outs (T, B, H), '
        'h, c."""\n'
        "        p = self.params\n"
        '        W_ih = p[f"weight_ih_l{layer}{suffix}"]\n'
        '        W_hh = p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"] if '
        "self.bias else 0.0\n"
        "        H = self.hidden_size\n"
        "        T, B = x.shape[:2]\n"
        "        outs = np.empty((T, B, H))\n"
        "        steps = range(T - 1, -1, -1) if suffix else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs[t] = h\n"
        "        return outs, h, c\n"
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
        "            dir_outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                outs, h, c = self._direction(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                dir_outs.append(outs)\n"
        "                h_n[row] = h\n"
        "                c_n[row] = c\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "shp_ok_priya",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "from dataclasses import dataclass\n"
        "\n"
        "\n"
        "@dataclass(frozen=True)\n"
        "class _LSTMConfig:\n"
        "    seq_len: int\n"
        "    batch: int\n"
        "    hidden_size: int\n"
        "    num_layers: int\n"
        "    bidirectional: bool\n"
        "    batch_first: bool\n"
        "    proj_size: int\n"
        "\n"
        "    @property\n"
        "    def D(self) -> int:\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    @property\n"
        "    def h_size(self) -> int:\n"
        "        return self.proj_size if self.proj_size > 0 else self.hidden_size\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0) -> dict:\n"
        "    if proj_size < 0 or (proj_size and proj_size >= hidden_size):\n"
        '        raise ValueError("proj_size must be in [0, hidden_size)")\n'
        "    cfg = _LSTMConfig(int(seq_len), int(batch), int(hidden_size), int(num_layers),\n"
        "                      bool(bidirectional), bool(batch_first), int(proj_size))\n"
        "    lead = (cfg.batch, cfg.seq_len) if cfg.batch_first else (cfg.seq_len, cfg.batch)\n"
        "    states = cfg.num_layers * cfg.D\n"
        "    return {\n"
        '        "out": (*lead, cfg.D * cfg.h_size),\n'
        '        "h_n": (states, cfg.batch, cfg.h_size),\n'
        '        "c_n": (states, cfg.batch, cfg.hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shp_ok_kevin_ifs",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    if bidirectional:\n"
        "        D = 2\n"
        "    else:\n"
        "        D = 1\n"
        "    if proj_size > 0:\n"
        "        H_out = proj_size\n"
        "    else:\n"
        "        H_out = hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shp_cn_proj_carlos",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n projected to proj_size too: the cell state keeps hidden_size",
                "must_mention": [
                    {
                        "any": [
                            "not projected",
                            "never projected",
                            "c_t",
                            "cell state",
                            "c_n keeps",
                            "c_n is not",
                            "c_n stays",
                            "hidden_size for c_n",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, H)}\n",
    },
    {
        "id": "shp_hn_noD_kevin",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dimension is num_layers, forgetting the factor D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "* D",
                            "D *",
                            "directions",
                            "bidirectional",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = hidden_size\n"
        "    if proj_size > 0:\n"
        "        H = proj_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shp_out_noproj_dmitri",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dimension ignores proj_size (uses hidden_size)",
                "must_mention": [{"any": ["proj_size", "projected", "projection"]}],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 1 + int(bidirectional)\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (seq_len, batch, D * hidden_size)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * hidden_size)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, P), "c_n": (D * num_layers, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shp_bf_states_jonas",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also applied to h_n and c_n, which are never batch first",
                "must_mention": [
                    {
                        "any": [
                            "not batch first",
                            "never batch first",
                            "only out",
                            "whatever batch_first",
                            "does not affect",
                            "unaffected",
                            "h_n and c_n are",
                            "regardless",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hh = proj_size or hidden_size\n"
        "    LD = num_layers * D\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * Hh), "h_n": (batch, LD, Hh), "c_n": '
        "(batch, LD, hidden_size)}\n"
        '    return {"out": (seq_len, batch, D * Hh), "h_n": (LD, batch, Hh), "c_n": (LD, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shp_lists_tom",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns lists instead of tuples",
                "must_mention": [{"any": ["list", "tuple"]}],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    int_D = 2 if bidirectional else 1\n"
        "    int_Hout = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [seq_len, batch, int_D * int_Hout]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        '    return {"out": out, "h_n": [num_layers * int_D, batch, int_Hout],\n'
        '            "c_n": [num_layers * int_D, batch, hidden_size]}\n',
    },
    {
        "id": "shp_npint_priya",
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
                            "python int",
                            "integer type",
                            "numpy.int",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    out = np.array([seq_len, batch, D * h_size])\n"
        "    if batch_first:\n"
        "        out = out[[1, 0, 2]]\n"
        "    h_n = np.array([num_layers * D, batch, h_size])\n"
        "    c_n = h_n.copy()\n"
        "    c_n[2] = hidden_size\n"
        '    return {"out": tuple(out), "h_n": tuple(h_n), "c_n": tuple(c_n)}\n',
    },
    {
        "id": "shp_out_layers_sofia",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's features multiplied by num_layers: out holds only the last layer",
                "must_mention": [
                    {
                        "any": [
                            "last layer",
                            "only the last",
                            "top layer",
                            "final layer",
                            "not num_layers",
                            "num_layers * D * ",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    # out concatenates the hidden states of every layer and direction (Graves 2013, "
        "deep LSTM)\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    feat = num_layers * D * H\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "shp_dbl_aisha_bf_noD",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first for out",
                "must_mention": [{"any": ["batch_first", "ignor", "(batch, seq_len"]}],
            },
            {
                "what": "h_n/c_n forget the factor D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "D * num_layers",
                            "L * D",
                            "* D",
                            "D *",
                            "directions",
                            "bidirectional",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    n_dir = 2 if bidirectional else 1\n"
        "    h_out = proj_size if proj_size > 0 else hidden_size\n"
        '    return {"out": (seq_len, batch, n_dir * h_out),\n'
        '            "h_n": (num_layers, batch, h_out),\n'
        '            "c_n": (num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shp_dbl_dmitri_noproj_noD_out",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "proj_size ignored everywhere (out and h_n use hidden_size)",
                "must_mention": [{"any": ["proj_size", "projected", "projection"]}],
            },
            {
                "what": "out's last dimension forgets the factor D (both directions concatenated)",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "D *",
                            "* D",
                            "2 *",
                            "both directions",
                            "concatenat",
                            "directions",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    out = (batch, seq_len, hidden_size) if batch_first else (seq_len, batch, "
        "hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, hidden_size), "c_n": '
        "(num_layers * D, batch, hidden_size)}\n",
    },
    {
        "id": "shp_dbl_tom_lists_cnproj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns lists instead of tuples",
                "must_mention": [{"any": ["list", "tuple"]}],
            },
            {
                "what": "c_n projected to proj_size too",
                "must_mention": [
                    {
                        "any": [
                            "not projected",
                            "never projected",
                            "c_t",
                            "cell state",
                            "c_n keeps",
                            "c_n is not",
                            "c_n stays",
                            "hidden_size for c_n",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1,\n"
        "                       bidirectional=False, batch_first=False, proj_size=0):\n"
        "    int_D = 2 if bidirectional else 1\n"
        "    int_H = hidden_size if proj_size == 0 else proj_size\n"
        "    first = [batch, seq_len] if batch_first else [seq_len, batch]\n"
        '    return {"out": first + [int_D * int_H],\n'
        '            "h_n": [num_layers * int_D, batch, int_H],\n'
        '            "c_n": [num_layers * int_D, batch, int_H]}\n',
    },
    {
        "id": "bi_ok_nadia_flip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    # forward direction as usual\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: read x backwards, then put its outputs back in time order\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_ok_dmitri_prealloc",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    h = h0[0].copy()\n"
        "    c = c0[0].copy()\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "        out[t, :, :H] = h\n"
        "    h_n[0] = h\n"
        "    c_n[0] = c\n"
        "    h = h0[1].copy()\n"
        "    c = c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "        out[t, :, H:] = h\n"
        "    h_n[1] = h\n"
        "    c_n[1] = c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_priya_dataclass",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "from dataclasses import dataclass\n"
        "from typing import Tuple\n"
        "\n"
        "Array = np.ndarray\n"
        "\n"
        "\n"
        "@dataclass(frozen=True)\n"
        "class Direction:\n"
        '    """The four parameters of one direction."""\n'
        "    W_ih: Array\n"
        "    W_hh: Array\n"
        "    b_ih: Array\n"
        "    b_hh: Array\n"
        "\n"
        "    def run(self, xs: Array, h: Array, c: Array) -> Tuple[Array, Array, Array]:\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            h, c = lstm_cell(x_t, h, c, self.W_ih, self.W_hh, self.b_ih, self.b_hh)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x: Array, h0: Array, c0: Array, fwd: tuple, bwd: tuple):\n"
        "    if x.ndim != 3:\n"
        '        raise ValueError(f"x must be (T, B, I), got {x.shape}")\n'
        "    if h0.ndim != 3 or h0.shape[0] != 2 or c0.shape != h0.shape:\n"
        '        raise ValueError(f"h0, c0 must be (2, B, H), got {h0.shape}, {c0.shape}")\n'
        "    if len(fwd) != 4 or len(bwd) != 4:\n"
        '        raise ValueError("fwd and bwd are (W_ih, W_hh, b_ih, b_hh)")\n'
        "    forward, backward = Direction(*fwd), Direction(*bwd)\n"
        "    out_f, h_f, c_f = forward.run(x, h0[0], c0[0])\n"
        "    out_r, h_r, c_r = backward.run(np.flip(x, axis=0), h0[1], c0[1])\n"
        "    out = np.concatenate((out_f, np.flip(out_r, axis=0)), axis=-1)\n"
        "    return out, (np.stack((h_f, h_r)), np.stack((c_f, c_r)))\n",
    },
    {
        "id": "bi_sven_no_flip_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order (not flipped back "
                "to time order) in out",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "not reversed back",
                            "reading order",
                            "in the order it read",
                            "reversed order",
                            "order it reads",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    # Julia: reverse(x, dims=1)\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    return out, (np.stack((hf, hb)), np.stack((cf, cb)))\n",
    },
    {
        "id": "bi_nadia2_hn_from_out_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] taken from out[-1, :, H:] (reverse direction after x_{T-1} only) "
                "instead of its final state after x_0 = out[0, :, H:]",
                "must_mention": [
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "x_{T-1}",
                            "after x_0",
                            "first step",
                            "one step",
                            "single element",
                            "step T-1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    # final states = last output, as for a one-directional LSTM\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    return out, (h_n, np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_dmitri_inplace_state",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state updated in place in views of h0/c0: the caller's h0 and c0 are "
                "overwritten",
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
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    # state buffers (no reallocation in the loop)\n"
        "    h = h0[0]\n"
        "    c = c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h[...] = hn\n"
        "        c[...] = cn\n"
        "        out[t, :, :H] = h\n"
        "    h = h0[1]\n"
        "    c = c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h[...] = hn\n"
        "        c[...] = cn\n"
        "        out[t, :, H:] = h\n"
        "    return out, (h0.copy(), c0.copy())\n",
    },
    {
        "id": "bi_rosa_rbind",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions concatenated along the time axis (no axis=2): out is "
                "(2T, B, H) instead of (T, B, 2H)",
                "must_mention": [
                    {"any": ["axis", "concatenat", "side by side", "2T", "time axis", "features"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    fw = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bw = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([fw[0], bw[0][::-1]])   # cbind the two directions\n"
        "    h_n = np.stack([fw[1][0], bw[1][0]])\n"
        "    c_n = np.stack([fw[1][1], bw[1][1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_hassan_no_reverse",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads the sequence forwards (x is never flipped); "
                "only right for T = 1",
                "must_mention": [
                    {
                        "any": [
                            "flip",
                            "backwards",
                            "reads x_0",
                            "forward order",
                            "not reversed",
                            "in time order",
                            "from x_0",
                            "x[::-1]",
                            "reads the sequence forward",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    # tested with T = 1, B = 2, H = 2: matches nn.LSTM\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([out_f, out_b], 2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_kevin_cn_copy",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n stacks the hidden states h (copy-pasted line) instead of the cell "
                "states",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "h_n instead",
                            "holds h",
                            "equals h",
                            "is h_n",
                            "hidden state",
                            "h instead",
                            "same as h_n",
                            "copy of h_n",
                            "= h_n",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], bwd[0], bwd[1], bwd[2], "
        "bwd[3])\n"
        "    out_b = out_b[::-1]\n"
        '    print("out_f", out_f.shape, "out_b", out_b.shape)\n'
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.stack([h_f, h_b])\n"
        "    c_n = np.stack([h_f, h_b])\n"
        "    print(h_n.shape, c_n.shape)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_kevin_fwd_weights_h0row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with fwd's weights instead of bwd's",
                "must_mention": [
                    "bwd",
                    {"any": ["fwd", "forward weights", "forward direction's weights"]},
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward's initial "
                "state) instead of row 1",
                "must_mention": [
                    "initial",
                    {"any": ["h0[1]", "h0[0]", "row 1", "row 0", "c0[1]", "c0[0]"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    print(x.shape, h0.shape)\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    out1, (h1, c1) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    print(out1.shape)\n"
        "    out2, (h2, c2) = lstm_layer(x[::-1], h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out2 = out2[::-1]\n"
        "    print(out2.shape)\n"
        "    out = np.concatenate([out1, out2], axis=2)\n"
        "    return out, (np.array([h1, h2]), np.array([c1, c2]))\n",
    },
    {
        "id": "bi_lars_noflip_hn_rows",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "not reversed back",
                            "reading order",
                            "reversed order",
                            "order it reads",
                        ]
                    }
                ],
            },
            {
                "what": "h_n and c_n rows swapped: row 0 holds the reverse direction, row 1 the "
                "forward",
                "must_mention": [
                    {
                        "any": [
                            "swapped",
                            "row 0",
                            "rows",
                            "order of the directions",
                            "forward first",
                            "h_n[0]",
                            "reverse first",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "    xr = x[T-1::-1, :, :]                      # x(end:-1:1, :, :)\n"
        "    [out_f, (h_f, c_f)] = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    [out_b, (h_b, c_b)] = lstm_layer(xr, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    h_n = np.stack((h_b, h_f))\n"
        "    c_n = np.stack((c_b, c_f))\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_amara_forgetbias_bwdfirst",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "adds 1 to the forget gate's pre-activation (Gers et al. forget bias) that "
                "nn.LSTM does not have",
                "must_mention": ["forget", {"any": ["bias", "+ 1", "+1", "plus 1", "one added"]}],
            },
            {
                "what": "out puts the backward half first: [h_bwd, h_fwd] instead of [h_fwd, "
                "h_bwd]",
                "must_mention": [
                    {
                        "any": [
                            "swapped",
                            "forward first",
                            "halves",
                            "first half",
                            ":H]",
                            "reverse first",
                            "backward first",
                            "order of the two",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One direction over a sequence (exercise 3). x: (T, B, I); h0, c0: (B, H).\n'
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
        "def lstm_cell_gers(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """LSTM step after Gers, Schmidhuber & Cummins (2000): forget gate biased towards '
        'remembering."""\n'
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    z[:, H:2 * H] += 1.0           # forget-gate bias of 1\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    return o * np.tanh(c_new), c_new\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # Graves (2005): backward layer and forward layer feed the output together\n"
        "    T = x.shape[0]\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    fwd_hs, bwd_hs = [None] * T, [None] * T\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell_gers(x[t], hf, cf, *fwd)\n"
        "        fwd_hs[t] = hf\n"
        "    for t in reversed(range(T)):\n"
        "        hb, cb = lstm_cell_gers(x[t], hb, cb, *bwd)\n"
        "        bwd_hs[t] = hb\n"
        "    out = np.concatenate([np.stack(bwd_hs), np.stack(fwd_hs)], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "cb_ok_nadia",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_ok_priya_einsum",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "from dataclasses import dataclass\n"
        "from typing import Dict\n"
        "\n"
        "Array = np.ndarray\n"
        "\n"
        "\n"
        "@dataclass\n"
        "class StepCache:\n"
        "    i: Array\n"
        "    f: Array\n"
        "    g: Array\n"
        "    o: Array\n"
        "    c_prev: Array\n"
        "    tanh_c: Array\n"
        "\n"
        "\n"
        "def _step_forward(x: Array, h: Array, c: Array, W_ih: Array, W_hh: Array, b_ih: "
        "Array, b_hh: Array) -> StepCache:\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    return StepCache(i, f, g, o, c, np.tanh(c_next))\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next: Array, dc_next: Array, x: Array, h: Array, c: Array,\n"
        "                       W_ih: Array, W_hh: Array, b_ih: Array, b_hh: Array) -> "
        "Dict[str, Array]:\n"
        "    B, H = h.shape\n"
        '    for name, arr in (("dh_next", dh_next), ("dc_next", dc_next), ("c", c)):\n'
        "        if arr.shape != (B, H):\n"
        '            raise ValueError(f"{name} must be {(B, H)}, got {arr.shape}")\n'
        "    if W_hh.shape != (4 * H, H) or W_ih.shape != (4 * H, x.shape[1]):\n"
        '        raise ValueError("weights must be (4H, I) and (4H, H)")\n'
        "    s = _step_forward(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dc = dc_next + dh_next * s.o * (1.0 - s.tanh_c ** 2)\n"
        "    d_ai = dc * s.g * s.i * (1.0 - s.i)\n"
        "    d_af = dc * s.c_prev * s.f * (1.0 - s.f)\n"
        "    d_ag = dc * s.i * (1.0 - s.g ** 2)\n"
        "    d_ao = dh_next * s.tanh_c * s.o * (1.0 - s.o)\n"
        "    da = np.concatenate((d_ai, d_af, d_ag, d_ao), axis=1)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gh->bh", da, W_hh),\n'
        '        "c": dc * s.f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bh->gh", da, h),\n'
        '        "b_ih": da.sum(axis=0),\n'
        '        "b_hh": da.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_mei_fused",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    W = np.hstack([W_ih, W_hh])          # (4H, I + H): one matmul instead of two\n"
        "    xh = np.hstack([x, h])               # (B, I + H)\n"
        "    a = xh @ W.T + (b_ih + b_hh)\n"
        "    act = sigmoid(a)\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = act[:, :H], act[:, H:2 * H], act[:, 2 * H:3 * H], act[:, 3 * H:]\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc * tc)\n"
        "    dact = np.concatenate([dc * g, dc * c, dc * i, dh_next * tc], axis=1)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2 * H:3 * H] = 1 - g * g\n"
        "    da = dact * deriv\n"
        "    dxh = da @ W\n"
        "    dW = da.T @ xh\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": dxh[:, :I], "h": dxh[:, I:], "c": dc * f,\n'
        '            "W_ih": dW[:, :I], "W_hh": dW[:, I:], "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_nadia2_no_dh_in_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the term dL/dh_t ⊙ o_t ⊙ (1 − tanh² c_t): the gradient "
                "through h_t never reaches c_t",
                "must_mention": [
                    {
                        "any": [
                            "tanh",
                            "through h",
                            "dh_next ⊙ o",
                            "dh_next * o",
                            "via h_t",
                            "from h_t",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_tomas_tanh_old_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "uses tanh(c_{t-1}) (the argument c) instead of tanh(c_t) of the new cell "
                "state in δo and δc",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "previous cell",
                            "old cell",
                            "new cell",
                            "c_t instead",
                            "instead of c_t",
                            "tanh(c)",
                            "tanh c_{t-1}",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    # h_t = o * tanh(c): c is the cell state\n"
        "    do = dh_next * np.tanh(c)\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c) ** 2)\n"
        "    di, df, dg = dc * g, dc * c, dc * i\n"
        "    da = np.hstack([di * i * (1 - i), df * f * (1 - f), dg * (1 - g * g), do * o * (1 "
        "- o)])\n"
        "    return dict(x=da @ W_ih, h=da @ W_hh, c=dc * f, W_ih=da.T @ x, W_hh=da.T @ h,\n"
        "                b_ih=da.sum(0), b_hh=da.sum(0))\n",
    },
    {
        "id": "cb_sven_g_sigmoid_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the g gate's derivative is taken as σ(1 − σ) (g ⊙ (1 − g)) instead of "
                "tanh' = 1 − g²",
                "must_mention": [
                    {
                        "any": [
                            "g gate",
                            "gate g",
                            "candidate",
                            "cell gate",
                            "g_t",
                            "δg",
                            "2H:3H",
                            "W_ig",
                            "block g",
                            "g block",
                        ]
                    },
                    {"any": ["tanh", "1 - g", "1 − g", "g²", "g^2", "g**2"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    act = sigmoid(a)\n"
        "    act[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "    i, f, g, o = (act[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dact = np.concatenate([dc * g, dc * c, dc * i, dh_next * tc], axis=1)\n"
        "    da = dact * act * (1 - act)        # σ'(a) = σ(1 - σ) for every gate\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_kevin_d_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict's keys are 'dx', 'dh', 'dW_ih', ... instead of 'x', 'h', 'W_ih', "
                "...",
                "must_mention": ["key"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        '    print("c_next", c_next)\n'
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_next)**2)\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)\n"
        "    dg = dc * i * (1 - g**2)\n"
        "    do = dh_next * np.tanh(c_next) * o * (1 - o)\n"
        "    da = np.concatenate([di, df, dg, do], axis=1)\n"
        "    grads = {}\n"
        '    grads["dx"] = da @ W_ih\n'
        '    grads["dh"] = da @ W_hh\n'
        '    grads["dc"] = dc * f\n'
        '    grads["dW_ih"] = da.T @ x\n'
        '    grads["dW_hh"] = da.T @ h\n'
        '    grads["db_ih"] = np.sum(da, axis=0)\n'
        '    grads["db_hh"] = np.sum(da, axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_amara_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks taken in the order (i, f, o, g) instead of (i, f, g, o)",
                "must_mention": [
                    {
                        "any": [
                            "gate order",
                            "i, f, g, o",
                            "(i, f, g, o)",
                            "order of the gates",
                            "wrong order",
                            "i, f, o, g",
                            "swapped",
                            "g and o",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    # Gate blocks (i, f, o, g) as in Graves, "Generating sequences with RNNs" (2013), '
        "eqs. 7-11\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    o = sigmoid(z[:, 2 * H:3 * H])\n"
        "    g = np.tanh(z[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    dz = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dh_next * np.tanh(c_t) * o * (1 - o),\n"
        "                         dc * i * (1 - g ** 2)], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f, "W_ih": dz.T @ x, "W_hh": '
        "dz.T @ h,\n"
        '            "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n',
    },
    {
        "id": "cb_dmitri_inplace_dc",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc = dc_next then dc += ...: the caller's dc_next is changed in place",
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
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next                     # accumulate into the incoming gradient\n"
        "    dc += dh_next * o * (1.0 - tc * tc)\n"
        "    da = np.empty((B, 4 * H))\n"
        "    da[:, :H] = dc * g * i * (1.0 - i)\n"
        "    da[:, H:2 * H] = dc * c * f * (1.0 - f)\n"
        "    da[:, 2 * H:3 * H] = dc * i * (1.0 - g * g)\n"
        "    da[:, 3 * H:] = dh_next * tc * o * (1.0 - o)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_hassan_dh_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh computed as W_hhᵀ·daᵀ, which is (H, B): the transpose of the gradient "
                "(right shape only when B == H)",
                "must_mention": [
                    {"any": ["transpos", "(H, B)", "swapped axes", "axes swapped", ".T"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": W_hh.T @ da.T, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_lars_colmajor_dW_df_cnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients computed as xᵀ·da, (I, 4H), the transpose of W_ih's "
                "shape (same for W_hh)",
                "must_mention": [{"any": ["transpos", "(I, 4H)", "(H, 4H)", "swapped"]}],
            },
            {
                "what": "δf uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "previous cell",
                            "new cell",
                            "c_t instead",
                            "instead of c_{t-1}",
                            "old cell",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:4*H])\n"
        "    cn = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(cn)**2)\n"
        "    di = dc * g\n"
        "    df = dc * cn\n"
        "    dg = dc * i\n"
        "    do = dh_next * np.tanh(cn)\n"
        "    da = np.concatenate((di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o "
        "* (1 - o)), axis=1)\n"
        "    dW_ih = x.T @ da        # dW = x' * delta\n"
        "    dW_hh = h.T @ da\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_kevin_nof_dx_Whh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dL/dc_{t-1} = δc without the factor f_t",
                "must_mention": [{"any": ["forget", "f_t", "⊙ f", "* f", "times f", "factor f"]}],
            },
            {
                "what": "dx computed with W_hh instead of W_ih (copy-pasted from dh)",
                "must_mention": ["W_ih", "W_hh"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_next)**2)\n"
        "    da_i = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * f * (1 - f)\n"
        "    da_g = dc * i * (1 - g**2)\n"
        "    da_o = dh_next * np.tanh(c_next) * o * (1 - o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        "    print(da.shape)\n"
        "    dh = da @ W_hh\n"
        "    dx = da @ W_hh\n"
        "    dc_prev = dc\n"
        '    return {"x": dx, "h": dh, "c": dc_prev, "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n',
    },
    {
        "id": "cb_rosa_no_sigmaprime_o_mean_bias",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate's δ misses σ'(a_o) = o(1 − o)",
                "must_mention": [
                    {
                        "any": [
                            "o(1",
                            "o (1",
                            "o ⊙ (1",
                            "σ'",
                            "sigmoid's derivative",
                            "derivative of the sigmoid",
                            "σ(1",
                            "o * (1",
                            "1 - o",
                            "1 − o",
                        ]
                    }
                ],
            },
            {
                "what": "bias gradients averaged over the batch (mean) instead of summed",
                "must_mention": [{"any": ["mean", "average", "divided by B", "/ B", "1/B"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = ncol = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, 0*H:1*H])\n"
        "    f = sigmoid(pre[:, 1*H:2*H])\n"
        "    g = np.tanh(pre[:, 2*H:3*H])\n"
        "    o = sigmoid(pre[:, 3*H:4*H])\n"
        "    c_new = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    d_i = dc * g * i * (1 - i)\n"
        "    d_f = dc * c * f * (1 - f)\n"
        "    d_g = dc * i * (1 - g ** 2)\n"
        "    d_o = dh_next * np.tanh(c_new)\n"
        "    d_pre = np.column_stack([d_i, d_f, d_g, d_o])\n"
        '    return {"x": d_pre @ W_ih, "h": d_pre @ W_hh, "c": dc * f,\n'
        '            "W_ih": d_pre.T @ x, "W_hh": d_pre.T @ h,\n'
        '            "b_ih": d_pre.mean(axis=0), "b_hh": d_pre.mean(axis=0)}\n',
    },
    {
        "id": "lb_ok_nadia",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_mei_vectorised",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward: input projections of all steps in one matmul\n"
        "    XW = (x.reshape(T * B, I) @ W_ih.T).reshape(T, B, 4 * H) + (b_ih + b_hh)\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    acts = np.empty((T, B, 4 * H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        a = XW[t] + hs[t] @ W_hh.T\n"
        "        s = sigmoid(a)\n"
        "        s[:, 2 * H:3 * H] = np.tanh(a[:, 2 * H:3 * H])\n"
        "        acts[t] = s\n"
        "        i, f, g, o = np.split(s, 4, axis=1)\n"
        "        cs[t + 1] = f * cs[t] + i * g\n"
        "        hs[t + 1] = o * np.tanh(cs[t + 1])\n"
        "    # backward: only the recurrence is sequential\n"
        "    da = np.empty((T, B, 4 * H))\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = np.split(acts[t], 4, axis=1)\n"
        "        dh = dh + dout[t]\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dc = dc + dh * o * (1 - tc ** 2)\n"
        "        da[t] = np.concatenate([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f),\n"
        "                                dc * i * (1 - g ** 2), dh * tc * o * (1 - o)], "
        "axis=1)\n"
        "        dh = da[t] @ W_hh\n"
        "        dc = dc * f\n"
        "    db = da.sum(axis=(0, 1))\n"
        '    return {"x": da @ W_ih, "h0": dh, "c0": dc,\n'
        '            "W_ih": np.einsum("tbg,tbi->gi", da, x),\n'
        '            "W_hh": np.einsum("tbg,tbh->gh", da, hs[:-1]),\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_ok_priya_class",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "from typing import Dict, Optional\n"
        "\n"
        "\n"
        "class _Tape:\n"
        '    """Forward pass that remembers every step\'s starting state."""\n'
        "\n"
        "    def __init__(self, x, h0, c0, params):\n"
        "        self.x, self.params = x, params\n"
        "        self.states = [(h0, c0)]\n"
        "        for x_t in x:\n"
        "            self.states.append(lstm_cell(x_t, *self.states[-1], *params))\n"
        "\n"
        "    def backward(self, dout, dh, dc) -> Dict[str, np.ndarray]:\n"
        '        names = ("W_ih", "W_hh", "b_ih", "b_hh")\n'
        "        acc = {n: np.zeros_like(p) for n, p in zip(names, self.params)}\n"
        "        dxs = []\n"
        "        for t in range(len(self.x) - 1, -1, -1):\n"
        "            h_prev, c_prev = self.states[t]\n"
        "            g = lstm_cell_backward(dout[t] + dh, dc, self.x[t], h_prev, c_prev, "
        "*self.params)\n"
        '            dxs.append(g["x"])\n'
        '            dh, dc = g["h"], g["c"]\n'
        "            for n in names:\n"
        "                acc[n] = acc[n] + g[n]\n"
        '        acc["x"] = np.stack(dxs[::-1])\n'
        '        acc["h0"], acc["c0"] = dh, dc\n'
        "        return acc\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout: np.ndarray, x: np.ndarray, h0: np.ndarray, c0: "
        "np.ndarray,\n"
        "                        W_ih: np.ndarray, W_hh: np.ndarray, b_ih: np.ndarray, b_hh: "
        "np.ndarray,\n"
        "                        dh_n: Optional[np.ndarray] = None, dc_n: Optional[np.ndarray] "
        "= None):\n"
        "    if dout.shape[:2] != x.shape[:2]:\n"
        '        raise ValueError(f"dout {dout.shape} and x {x.shape} disagree on (T, B)")\n'
        "    zeros = np.zeros(h0.shape)\n"
        "    tape = _Tape(x, h0, c0, (W_ih, W_hh, b_ih, b_hh))\n"
        "    return tape.backward(dout, zeros if dh_n is None else dh_n, zeros if dc_n is None "
        "else dc_n)\n",
    },
    {
        "id": "lb_nadia2_no_carry_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: what step t+1's backward "
                "returned for 'h' is dropped",
                "must_mention": [
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "carried",
                            "next step",
                            "later step",
                            "recurren",
                            "sum of dout",
                            "from step",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dout = dout.copy()\n"
        "    dout[-1] = dout[-1] + dh\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_kevin_last_weights",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are step 0's only (overwritten each step) "
                "instead of the sum over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum over",
                            "summed",
                            "accumulat",
                            "every step",
                            "all steps",
                            "+=",
                            "only step 0",
                            "one step's",
                            "last step's",
                            "step 0's",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    print(len(hs))\n"
        "    dh = dh_n\n"
        "    dc = dc_n\n"
        "    dx = np.zeros(x.shape)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih = g["W_ih"]\n'
        '        dW_hh = g["W_hh"]\n'
        '        db_ih = g["b_ih"]\n'
        '        db_hh = g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_sven_state_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given (h_t, c_t), the state after the step, instead "
                "of the state it started from (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "off by one",
                            "previous state",
                            "h_t instead",
                            "state after",
                            "one step late",
                            "its own output",
                            "state before",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_rosa_dx_backwards",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'x' gradients stacked in the order computed (T-1 first) instead of time "
                "order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "reversed",
                            "in reverse",
                            "backwards order",
                            "flip",
                            "order they were computed",
                            "reverse order",
                            "x[T-1-t]",
                            "T-1-t",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    n_steps = x.shape[0]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(n_steps):\n"
        "        h_new, c_new = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_new); cs.append(c_new)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    dW_ih = 0; dW_hh = 0; db_ih = 0; db_hh = 0\n"
        "    for t in range(n_steps - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih = dW_ih + g["W_ih"]; dW_hh = dW_hh + g["W_hh"]\n'
        '        db_ih = db_ih + g["b_ih"]; db_hh = db_hh + g["b_hh"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dmitri_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and the carried dh are added into dout in place: the caller's dout "
                "is changed",
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
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H))\n"
        "    cs = np.empty((T + 1, B, H))\n"
        "    hs[0] = h0\n"
        "    cs[0] = c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n                   # h_n = h_{T-1}: fold it into dout\n"
        '    out = {"x": np.empty_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]             # carry dh into the previous step\'s '
        "slot\n"
        '        dc = g["c"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] += g[k]\n"
        '    out["h0"] = g["h"]\n'
        '    out["c0"] = dc\n'
        "    return out\n",
    },
    {
        "id": "lb_kevin2_none_crash",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n / dc_n = None (the default: zeros) is not handled: .copy() on None "
                "crashes",
                "must_mention": ["None", {"any": ["zero", "default"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = dh_n.copy()\n"
        "    dc = dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_tomas_reuse_slip",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the step's backward (reused from part 1) leaves out tanh' = 1 − g² in the "
                "g gate's δ",
                "must_mention": [
                    {"any": ["tanh", "1 - g", "1 − g", "g²", "g^2"]},
                    {
                        "any": [
                            "g gate",
                            "gate g",
                            "candidate",
                            "cell gate",
                            "g_t",
                            "δg",
                            "2H:3H",
                            "W_ig",
                            "g block",
                            "block g",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # my part 1\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2 * H]); g = np.tanh(a[:, 2 * H:3 * "
        "H]); o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i, dh_next "
        "* tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n'
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_hassan_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: every step gets dc_n instead "
                "of step t+1's 'c' (right only for T = 1)",
                "must_mention": [
                    {"any": ["dc", "cell", "c_t", '"c"', "'c'"]},
                    {"any": ["t+1", "t + 1", "carried", "next step", "later step", "from step"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]  # dc stays dc_n\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = g["c"]\n'
        "    return grads\n",
    },
    {
        "id": "lb_lars_skip0_mean",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop stops at t = 1: step 0 is never back-propagated (x[0] "
                "gets zero, h0/c0 get step 1's)",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "skip",
                            "x_0",
                            "never reaches",
                        ]
                    }
                ],
            },
            {
                "what": "weight/bias gradients divided by T (averaged over time) instead of summed",
                "must_mention": [{"any": ["mean", "average", "divided by T", "/ T", "1/T"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    H = [h0]; C = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], H[t], C[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H.append(hh); C.append(cc)\n"
        "    dh = np.zeros(h0.shape) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros(c0.shape) if dc_n is None else dc_n.copy()\n"
        "    dX = np.zeros(x.shape)\n"
        "    dW_ih = np.zeros(W_ih.shape); dW_hh = np.zeros(W_hh.shape)\n"
        "    db_ih = np.zeros(b_ih.shape); db_hh = np.zeros(b_hh.shape)\n"
        "    for t in range(T - 1, 0, -1):            # for t = T:-1:1\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], H[t], C[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dX[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        "    # average over time, as the loss is averaged\n"
        '    return {"x": dX, "h0": dh, "c0": dc, "W_ih": dW_ih / T, "W_hh": dW_hh / T,\n'
        '            "b_ih": db_ih / T, "b_hh": db_hh / T}\n',
    },
    {
        "id": "lb_mei_hshift_float32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient pairs step t's δ with h_t (hs[1:]) instead of h_{t-1} "
                "(hs[:-1])",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "hs[:-1]",
                            "off by one",
                            "previous",
                            "h_t instead",
                            "state after",
                            "one step late",
                            "shifted",
                        ]
                    }
                ],
            },
            {
                "what": "the δ buffer is float32: every gradient loses precision / is not float64",
                "must_mention": [{"any": ["float32", "float64", "dtype", "precision"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    do = dh_next * tc\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    da = np.empty((T, B, 4 * H), dtype=np.float32)   # half the memory for the big "
        "buffer\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    a = x @ W_ih.T + b_ih + b_hh\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        z = a[t] + hs[t] @ W_hh.T\n"
        "        i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2 * H]), sigmoid(z[:, 3 * H:])\n"
        "        g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        dh = dh + dout[t]\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dc = dc + dh * o * (1 - tc * tc)\n"
        "        da[t] = np.hstack([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f), dc * i * "
        "(1 - g * g), dh * tc * o * (1 - o)])\n"
        "        dh = da[t] @ W_hh\n"
        "        dc = dc * f\n"
        '    return {"x": da @ W_ih, "h0": dh, "c0": dc,\n'
        '            "W_ih": np.einsum("tbg,tbi->gi", da, x),\n'
        '            "W_hh": np.einsum("tbg,tbh->gh", da, hs[1:]),\n'
        '            "b_ih": da.sum((0, 1)), "b_hh": da.sum((0, 1))}\n',
    },
    {
        "id": "ll_ok_nadia_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_rosa_per_sequence",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    n_steps, n_seq, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((n_steps, n_seq, H))\n"
        "    h_n = np.zeros((n_seq, H))\n"
        "    c_n = np.zeros((n_seq, H))\n"
        "    for b in range(n_seq):                  # one sequence at a time, like lapply\n"
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
        "id": "ll_ok_mei_packed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Like pack_padded_sequence: sort by length, shrink the batch as sequences '
        'end."""\n'
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        '    order = np.argsort(-lengths, kind="stable")\n'
        "    L = lengths[order]\n"
        "    xs = x[:, order]\n"
        "    h = h0[order]            # fancy indexing: already copies\n"
        "    c = c0[order]\n"
        "    out_sorted = np.zeros((T, B, H))\n"
        "    for t in range(int(L.max())):\n"
        "        n = int(np.count_nonzero(L > t))    # batch_sizes[t]\n"
        "        h[:n], c[:n] = lstm_cell(xs[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        out_sorted[t, :n] = h[:n]\n"
        "    out = np.empty_like(out_sorted)\n"
        "    out[:, order] = out_sorted\n"
        "    h_n = np.empty_like(h); c_n = np.empty_like(c)\n"
        "    h_n[order] = h\n"
        "    c_n[order] = c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_sven_no_freeze",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state keeps running over the padding: h_n, c_n are the states at T-1, "
                "not at each own last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "keeps updating",
                            "frozen",
                            "freeze",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h * (t < lengths)[:, None])     # mask the output\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_tomas_no_zero_out",
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
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_kevin_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths[b]: one padding step is processed as if real (off by "
                "one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too many",
                            "one extra",
                            "one padding step",
                            "<=",
                            "t = lengths",
                            "step lengths[b]",
                            "at t == lengths",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t <= lengths)[:, None]\n"
        "        print(t, m.ravel())\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_lars_1based_drop_last",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "stops one step early (t < lengths[b] - 1): each sequence's last real step "
                "is dropped",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step too few",
                            "one step early",
                            "last real step",
                            "drops",
                            "missing step",
                            "lengths[b] - 1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    last = np.asarray(lengths) - 1           # index of the last real step\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t < last[b]:\n"
        "                h[b] = hn[b]; c[b] = cn[b]\n"
        "                out[t, b] = hn[b]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_amara_c_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is frozen on padding: c keeps updating, so c_n is the cell state "
                "at T-1",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "frozen",
                            "freeze",
                            "keeps updating",
                            "own last step",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_priya_hn_index_lengths",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n read at index lengths[b] (one past the last real step) instead "
                "of lengths[b] - 1; IndexError when lengths[b] == T",
                "must_mention": [
                    {
                        "any": [
                            "lengths[b] - 1",
                            "lengths - 1",
                            "lengths[b]-1",
                            "off by one",
                            "off-by-one",
                            "one step too far",
                            "one past",
                            "one step late",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "from typing import Tuple\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x: np.ndarray, lengths, h0: np.ndarray, c0: np.ndarray,\n"
        "                       W_ih: np.ndarray, W_hh: np.ndarray, b_ih: np.ndarray, b_hh: "
        "np.ndarray\n"
        "                       ) -> Tuple[np.ndarray, Tuple[np.ndarray, np.ndarray]]:\n"
        "    lengths = np.asarray(lengths, dtype=int)\n"
        "    T, B, _ = x.shape\n"
        "    if lengths.shape != (B,) or lengths.min() < 1 or lengths.max() > T:\n"
        '        raise ValueError(f"lengths must be (B,) in [1, T], got {lengths}")\n'
        "    valid = np.arange(T)[:, None] < lengths[None, :]          # (T, B)\n"
        "    h, c = h0, c0\n"
        "    hs, cs = [], []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    hs, cs = np.stack(hs), np.stack(cs)\n"
        "    rows = np.arange(B)\n"
        "    out = np.where(valid[..., None], hs, 0.0)\n"
        "    return out, (hs[lengths, rows], cs[lengths, rows])\n",
    },
    {
        "id": "ll_dmitri_inplace_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 then h[live] = ...: the caller's h0 and c0 are overwritten",
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
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0            # state buffers\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        live = t < lengths\n"
        "        h[live] = hn[live]\n"
        "        c[live] = cn[live]\n"
        "        out[t, live] = hn[live]\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "ll_kevin2_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps, not T: when the longest length is shorter "
                "than T the shape is wrong",
                "must_mention": [
                    {
                        "any": [
                            "max(lengths)",
                            "longest",
                            "lengths.max",
                            "total_length",
                            "shorter than T",
                            "padding steps",
                            "T steps",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = max(lengths)\n"
        "    B = len(lengths)\n"
        "    H = h0.shape[1]\n"
        '    print("T =", T, "B =", B)\n'
        "    out = np.zeros((T, B, H))\n"
        "    h = h0\n"
        "    c = c0\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        for b in range(B):\n"
        "            if t < lengths[b]:\n"
        "                out[t, b] = h_new[b]\n"
        "        keep = (t < lengths).reshape(B, 1)\n"
        "        h = np.where(keep, h_new, h)\n"
        "        c = np.where(keep, c_new, c)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_rosa_zero_init_no_zero_out",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores h0, c0: always starts from zeros",
                "must_mention": [
                    {"any": ["h0", "initial state", "c0"]},
                    {"any": ["zero", "ignor", "not used"]},
                ],
            },
            {
                "what": "out past each length holds the frozen state instead of zeros",
                "must_mention": [{"any": ["zero"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    n_steps, n_seq, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h = np.zeros((n_seq, H))      # start from zeros, as nn.LSTM does\n"
        "    c = np.zeros((n_seq, H))\n"
        "    out = np.zeros((n_steps, n_seq, H))\n"
        "    for t in range(n_steps):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        running = (t < np.asarray(lengths)).reshape(-1, 1)\n"
        "        h = np.where(running, h_new, h)\n"
        "        c = np.where(running, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_mei_float32_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out allocated as float32",
                "must_mention": [{"any": ["float32", "float64", "dtype"]}],
            },
            {
                "what": "assumes lengths sorted in decreasing order (runs the first n rows); wrong "
                "for unsorted lengths",
                "must_mention": [
                    {
                        "any": [
                            "sorted",
                            "decreasing",
                            "descending",
                            "unsorted",
                            "enforce_sorted",
                            "longest first",
                            "longest-first",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # lengths come sorted longest-first (pack_padded_sequence's default): shrink the "
        "batch\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H), dtype=np.float32)\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    for t in range(T):\n"
        "        n = int(np.sum(np.asarray(lengths) > t))\n"
        "        if n == 0:\n"
        "            break\n"
        "        h[:n], c[:n] = lstm_cell(x[t, :n], h[:n], c[:n], W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :n] = h[:n]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_ok_nadia_reverse_each",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_padded(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_ok_dmitri_masked_loops",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    # forward\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    h_n[0], c_n[0] = h, c\n"
        "    # reverse: walk t = T-1 .. 0; a sequence's state stays at its initial value until "
        "t < length\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    h_n[1], c_n[1] = h, c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_priya_gather",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "from typing import Sequence\n"
        "\n"
        "\n"
        "def _reversal_index(T: int, lengths: np.ndarray) -> np.ndarray:\n"
        '    """idx[t, b] = lengths[b] - 1 - t on real steps, t on padding: its own '
        'inverse."""\n'
        "    t = np.arange(T)[:, None]\n"
        "    return np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x: np.ndarray, lengths: Sequence[int], h0: np.ndarray, c0: "
        "np.ndarray,\n"
        "                         fwd: tuple, bwd: tuple):\n"
        "    lengths = np.asarray(lengths, dtype=np.int64)\n"
        "    T, B, _ = x.shape\n"
        "    if lengths.shape != (B,) or np.any(lengths < 1) or np.any(lengths > T):\n"
        '        raise ValueError(f"lengths must be B={B} integers in [1, {T}]")\n'
        "    idx = _reversal_index(T, lengths)[..., None]              # (T, B, 1)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.take_along_axis(x, idx, axis=0)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.take_along_axis(out_r, idx, axis=0)\n"
        "    return np.concatenate((out_f, out_b), axis=-1), (np.stack((h_f, h_r)), "
        "np.stack((c_f, c_r)))\n",
    },
    {
        "id": "bl_sven_flip_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over the whole padded sequence from T-1: for "
                "shorter sequences it starts on padding",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: run on the time-reversed batch, mask the outputs afterwards\n"
        "    out_r, (hr, cr) = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)\n"
        "    out_b = np.flip(out_r, 0) * (np.arange(x.shape[0])[:, None] < "
        "np.asarray(lengths))[..., None]\n"
        "    return np.concatenate((out_f, out_b), axis=2), (np.stack((hf, hr)), np.stack((cf, "
        "cr)))\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "bl_tomas_no_unreverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are not put back in time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "put back",
                            "not reversed back",
                            "reading order",
                            "in the order it read",
                            "reversed order",
                            "flip",
                            "order it reads",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_hassan_unreverse_whole",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "outputs flipped back over all T steps, not over each sequence's own "
                "length: misaligned for shorter sequences",
                "must_mention": [
                    {
                        "any": [
                            "own length",
                            "each sequence",
                            "lengths[b]",
                            "shorter",
                            "padding",
                            "whole",
                            "all T",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_rosa_hn_rev_position",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n[1] read from out at step lengths[b] - 1 (the reverse direction's "
                "first step) instead of its state after step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "after step 0",
                            "t = 0",
                            "out[0",
                            "first step",
                            "lengths[b] - 1",
                            "x_0",
                            "one step",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_padded(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    H = h_f.shape[1]\n"
        "    last = np.asarray(lengths) - 1\n"
        "    h_b_final = out[last, np.arange(len(lengths)), H:]\n"
        "    return out, (np.stack([h_f, h_b_final]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_kevin_c0_row_halfedited",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from c0[0] (the forward's initial cell "
                "state) instead of c0[1]",
                "must_mention": [
                    {"any": ["c0[1]", "c0[0]", "row 1", "row 0"]},
                    {"any": ["initial", "c0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[0], *bwd)\n"
        "    out_b = reverse_padded(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_tomas2_reuse_c_not_frozen",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "part 1's lstm_layer_lengths (reused) lets c run over the padding: c_n is "
                "the cell state at T-1 (forward) / after the padding (reverse)",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "frozen",
                            "freeze",
                            "keeps updating",
                            "own last step",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_padded(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r]), np.stack([c_f, c_r]))\n",
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
                "must_mention": [{"any": ["(2, B, H)", "stack", "(B, 2H)", "axis", "concatenat"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s first lengths[b] steps; leave the padding where it '
        'is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = reverse_padded(x, lengths)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_padded(out_r, lengths)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.concatenate([h_f, h_r], axis=-1), np.concatenate([c_f, c_r], "
        "axis=-1))\n",
    },
    {
        "id": "bl_hassan2_lengths0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "every sequence is reversed over lengths[0] steps (the first sequence's "
                "length) instead of its own length",
                "must_mention": [
                    {
                        "any": [
                            "lengths[0]",
                            "first sequence",
                            "own length",
                            "each sequence",
                            "same length",
                            "sequence 0",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    # my test batch: lengths = [3, 3]\n"
        "    L = int(lengths[0])\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = x.copy()\n"
        "    x_rev[:L] = x[:L][::-1]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r.copy()\n"
        "    out_b[:L] = out_r[:L][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_mei_inplace_x",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x reversed in place to avoid a copy: the caller's x is changed",
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
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse each sequence in place: no copy of the (T, B, I) batch\n"
        "    for b, L in enumerate(lengths):\n"
        "        x[:L, b] = x[:L, b][::-1].copy()\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b, L in enumerate(lengths):\n"
        "        out_r[:L, b] = out_r[:L, b][::-1].copy()\n"
        "    return np.concatenate([out_f, out_r], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_kevin2_flipwhole_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the whole padded batch is flipped (x[::-1]): shorter sequences' reverse "
                "direction reads padding, not its own steps",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "T-1",
                            "T - 1",
                            "own last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "whole",
                        ]
                    }
                ],
            },
            {
                "what": "out = [reverse, forward]: the halves are swapped",
                "must_mention": [
                    {
                        "any": [
                            "swapped",
                            "forward first",
                            "halves",
                            "first half",
                            ":H]",
                            "reverse first",
                            "backward first",
                            "order of the two",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    print(lengths)\n"
        "    out1, (h1, c1) = lstm_layer_lengths(x, lengths, h0[0], c0[0], fwd[0], fwd[1], "
        "fwd[2], fwd[3])\n"
        "    out2, (h2, c2) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], bwd[0], "
        "bwd[1], bwd[2], bwd[3])\n"
        "    out2 = out2[::-1]\n"
        "    print(out1.shape, out2.shape)\n"
        "    out = np.concatenate([out2, out1], axis=2)\n"
        "    return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bl_lars_slice_offbyone_hn_rows",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reversed slice x[L:0:-1] is off by one: it reads x[L] (padding, or "
                "nothing) and drops x[0]",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "x[0]",
                            "x_0",
                            "drops",
                            "one step",
                            "L:0:-1",
                            "shifted",
                        ]
                    }
                ],
            },
            {
                "what": "h_n and c_n rows swapped: reverse in row 0, forward in row 1",
                "must_mention": [
                    {
                        "any": [
                            "swapped",
                            "row 0",
                            "rows",
                            "forward first",
                            "h_n[0]",
                            "reverse first",
                            "order of the directions",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    xr = x.copy()\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        xr[:L, b] = x[L:0:-1, b]             # x(L:-1:1)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r.copy()\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        out_b[:L, b] = out_r[L - 1::-1, b]\n"
        "    out = np.concatenate((out_f, out_b), axis=2)\n"
        "    return out, (np.stack((h_r, h_f)), np.stack((c_r, c_f)))\n",
    },
]
