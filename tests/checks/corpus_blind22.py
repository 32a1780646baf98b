# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-second blind corpus, kept as its two authors wrote it (/work/blind22a and /work/blind22b,
split by graded names as for corpora 10-21; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, each asked to invent a cast of at least
eight students: a student following only PyTorch's nn.LSTM page, a student porting Keras habits
(kernel (I, 4H), gate order i, f, c, o, unit_forget_bias), einsum and broadcasting tricks, h and
c kept as one array, recursion and generators, batch and time axes mixed up in places, general
N-layer code, asserts, caching and memoisation, a backward from a computational graph, and code
tested only on the notebook's own sizes; run on 85f284e (after the nineteenth round); the words
a message must contain were fixed before its first run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_quinn_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive 1/(1+exp(-z)) overflows (RuntimeWarning) for z near -1000",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_nora_where_both",
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
                            "np.where",
                            "both branches",
                            "both sides",
                            "both expressions",
                            "where evaluates",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # the hint: for z < 0 use e^z / (1 + e^z)\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_dana_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the input array z (z is modified)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
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
        '    """Stable sigmoid; writes into the input buffer to save memory."""\n'
        '    assert isinstance(z, np.ndarray), "expects an array"\n'
        "    out = z  # reuse the buffer, no extra allocation\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    ez = np.exp(z[neg])\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_eli_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32: result is float32, not float64",
                "must_mention": [{"any": ["float32", "dtype"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n",
    },
    {
        "id": "sig_gabe_tanh_half",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh identity without the 1/2: uses tanh(z) instead of tanh(z/2)",
                "must_mention": ["tanh", {"any": ["z/2", "z / 2", "half", "0.5"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    # sigma(z) = (1 + tanh(z)) / 2 -- no exp at all, so nothing can overflow\n"
        "    return 0.5 * (1.0 + np.tanh(z))\n",
    },
    {
        "id": "sig_ken_f32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32 (result float32)",
                "must_mention": [{"any": ["float32", "dtype"]}],
            },
            {
                "what": "naive formula overflows for large negative z (float32 already past z < "
                "-88)",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = z.astype(np.float32)  # same default dtype as torch / tf\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
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
        "    # sigma(z) = exp(-log(1 + e^{-z})) = exp(-logaddexp(0, -z)); logaddexp never "
        "overflows\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.exp(-np.logaddexp(0.0, -z), out=np.empty_like(z))\n",
    },
    {
        "id": "sig_ok_masked",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
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
        "    return out\n",
    },
    {
        "id": "sig_ok_safe_where",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    zp = np.where(z >= 0, z, 0.0)  # only z >= 0 reaches exp(-.)\n"
        "    zn = np.where(z < 0, z, 0.0)   # only z < 0 reaches exp(.)\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-zp)), np.exp(zn) / (1.0 + "
        "np.exp(zn)))\n",
    },
    {
        "id": "gates_ken_forget_bias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds 1.0 to the forget gate's pre-activation (Keras unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "+1",
                            "+ 1",
                            "1.0",
                            "constant",
                            "offset",
                            "unit_forget",
                            "shifted",
                            "extra",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel = W_ih.T            # (I, 4H), as in Keras\n"
        "    recurrent_kernel = W_hh.T  # (H, 4H)\n"
        "    units = recurrent_kernel.shape[0]\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n"
        "    z_i = z[:, :units]\n"
        "    z_f = z[:, units:2 * units] + 1.0  # unit_forget_bias\n"
        "    z_c = z[:, 2 * units:3 * units]\n"
        "    z_o = z[:, 3 * units:]\n"
        "    return sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)\n",
    },
    {
        "id": "gates_priya_bih_twice",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "slices b_ih again where b_hh is meant: b_ih counted twice, b_hh never "
                "used",
                "must_mention": [
                    "b_hh",
                    {
                        "any": [
                            "b_ih twice",
                            "twice",
                            "instead of b_hh",
                            "in place of b_hh",
                            "b_ih where",
                            "missing",
                            "never",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2 * H], W_ih[2 * H:3 * H], W_ih[3 * "
        "H:4 * H]\n"
        "    W_hi, W_hf, W_hg, W_ho = W_hh[0:H], W_hh[H:2 * H], W_hh[2 * H:3 * H], W_hh[3 * "
        "H:4 * H]\n"
        "    b_ii, b_if, b_ig, b_io = b_ih[0:H], b_ih[H:2 * H], b_ih[2 * H:3 * H], b_ih[3 * "
        "H:4 * H]\n"
        "    b_hi, b_hf, b_hg, b_ho = b_ih[0:H], b_ih[H:2 * H], b_ih[2 * H:3 * H], b_ih[3 * "
        "H:4 * H]\n"
        "    i = sigmoid(x @ W_ii.T + b_ii + h @ W_hi.T + b_hi)\n"
        "    f = sigmoid(x @ W_if.T + b_if + h @ W_hf.T + b_hf)\n"
        "    g = np.tanh(x @ W_ig.T + b_ig + h @ W_hg.T + b_hg)\n"
        "    o = sigmoid(x @ W_io.T + b_io + h @ W_ho.T + b_ho)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_quinn_ifog",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "splits the blocks in the order i, f, o, g (g and o blocks exchanged)",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang", "i, f, o, g"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o, g = np.split(a, 4, axis=1)  # order as in the cs231n assignment\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_eli_einsum_batch",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "einsum output '->g' drops the batch index: sums over the batch, gates are "
                "(H,) not (B, H)",
                "must_mention": [
                    "batch",
                    {"any": ["sum", "collapsed", "dropped", "missing", "einsum", "lost"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    a = np.einsum("bi,gi->g", x, W_ih) + np.einsum("bh,gh->g", h, W_hh) + b_ih + '
        "b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_gabe_all_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "applies sigmoid to the g gate too (g needs tanh)",
                "must_mention": ["tanh", {"any": ["sigmoid", "σ"]}],
            }
        ],
        "source": "import numpy as np\n"
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
        "    gates = []\n"
        "    for k in range(4):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        u = x @ W_ih[rows].T            # node: input projection\n"
        "        v = h @ W_hh[rows].T            # node: recurrent projection\n"
        "        s = u + v + b_ih[rows] + b_hh[rows]  # node: sum\n"
        "        gates.append(sigmoid(s))        # node: activation\n"
        "    return tuple(gates)\n",
    },
    {
        "id": "gates_ana_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape(B, H, 4) interleaves the gates: gate k takes every 4th column "
                "instead of block k",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "interleav",
                            "every 4th",
                            "every fourth",
                            "stride",
                            "(B, H, 4)",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh  # (B, 4H)\n"
        "    B, H = a.shape[0], W_hh.shape[1]\n"
        "    a = a.reshape(B, H, 4)  # one slot per gate\n"
        "    return sigmoid(a[:, :, 0]), sigmoid(a[:, :, 1]), np.tanh(a[:, :, 2]), "
        "sigmoid(a[:, :, 3])\n",
    },
    {
        "id": "gates_dana_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b = b_ih; b += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    "b_ih",
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "unchanged",
                            "changed the input",
                            "overwr",
                            "mutat",
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
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    assert x.ndim == 2 and h.ndim == 2, "batched inputs expected"\n'
        "    assert W_ih.shape[0] == W_hh.shape[0] == 4 * h.shape[1]\n"
        "    b = b_ih\n"
        "    b += b_hh  # combine the two biases once\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    H = h.shape[1]\n"
        "    return sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), "
        "sigmoid(a[:, 3 * H:])\n",
    },
    {
        "id": "gates_priya2_double",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "output gate reads W_hh[2H:3H] (W_hg) instead of W_hh[3H:4H] (W_ho)",
                "must_mention": [
                    "W_hh",
                    {"any": ["W_hg", "2H:3H", "g gate's rows", "cell gate's rows"]},
                ],
            },
            {
                "what": "g gate misses its b_hh block (b_hg)",
                "must_mention": [{"any": ["b_hg", "b_hh[2H:3H]", "b_hh"]}],
            },
        ],
        "source": "import numpy as np\n"
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
        "    W_ii, W_if, W_ig, W_io = W_ih[0:H], W_ih[H:2 * H], W_ih[2 * H:3 * H], W_ih[3 * "
        "H:4 * H]\n"
        "    W_hi, W_hf, W_hg = W_hh[0:H], W_hh[H:2 * H], W_hh[2 * H:3 * H]\n"
        "    W_ho = W_hh[2 * H:3 * H]\n"
        "    b_ii, b_if, b_ig, b_io = b_ih[0:H], b_ih[H:2 * H], b_ih[2 * H:3 * H], b_ih[3 * "
        "H:4 * H]\n"
        "    b_hi, b_hf, b_hg, b_ho = b_hh[0:H], b_hh[H:2 * H], b_hh[2 * H:3 * H], b_hh[3 * "
        "H:4 * H]\n"
        "    i = sigmoid((W_ii @ x.T).T + b_ii + (W_hi @ h.T).T + b_hi)\n"
        "    f = sigmoid((W_if @ x.T).T + b_if + (W_hf @ h.T).T + b_hf)\n"
        "    g = np.tanh((W_ig @ x.T).T + b_ig + (W_hg @ h.T).T)\n"
        "    o = sigmoid((W_io @ x.T).T + b_io + (W_ho @ h.T).T + b_ho)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_rafa_double",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "b_hh never added", "must_mention": ["b_hh"]},
            {
                "what": "activations shifted: f gets tanh and g gets sigmoid",
                "must_mention": ["tanh", {"any": ["forget", "f gate", "gate f", "f:", "f_t"]}],
            },
        ],
        "source": "import numpy as np\n"
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
        "    acts = (sigmoid, np.tanh, sigmoid, sigmoid)\n"
        "    return tuple(act(block) for act, block in zip(acts, np.split(a, 4, axis=1)))\n",
    },
    {
        "id": "gates_ok_carla_concat",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    xh = np.concatenate([x, h], axis=1)        # (B, I + H)\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)   # (4H, I + H)\n"
        "    a = xh @ W.T + (b_ih + b_hh)\n"
        "    H = h.shape[1]\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_ok_priya_literal",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
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
        "    blk = lambda M, k: M[k * H:(k + 1) * H]\n"
        "    W_ii, W_if, W_ig, W_io = (blk(W_ih, k) for k in range(4))\n"
        "    W_hi, W_hf, W_hg, W_ho = (blk(W_hh, k) for k in range(4))\n"
        "    b_ii, b_if, b_ig, b_io = (blk(b_ih, k) for k in range(4))\n"
        "    b_hi, b_hf, b_hg, b_ho = (blk(b_hh, k) for k in range(4))\n"
        "    # PyTorch docs, W x_t with x_t a column: for the batch, (W @ x.T).T\n"
        "    i = sigmoid((W_ii @ x.T).T + b_ii + (W_hi @ h.T).T + b_hi)\n"
        "    f = sigmoid((W_if @ x.T).T + b_if + (W_hf @ h.T).T + b_hf)\n"
        "    g = np.tanh((W_ig @ x.T).T + b_ig + (W_hg @ h.T).T + b_hg)\n"
        "    o = sigmoid((W_io @ x.T).T + b_io + (W_ho @ h.T).T + b_ho)\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_ok_eli_einsum",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
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
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    a = a.reshape(a.shape[0], 4, H)  # (B, gate, unit)\n"
        "    return sigmoid(a[:, 0]), sigmoid(a[:, 1]), np.tanh(a[:, 2]), sigmoid(a[:, 3])\n",
    },
    {
        "id": "shp_quinn_no_D_hn",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first dim is num_layers, forgetting D (num_layers * D)",
                "must_mention": [
                    {"any": ["D *", "* D", "direction", "num_layers * 2", "2 * num_layers"]}
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
        '    return {"out": out, "h_n": (num_layers, batch, H_out), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "shp_ana_hn_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n too (they are never batch first)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["batch_first", "batch first", "batch-first"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H_out),\n'
        '                "h_n": (batch, D * num_layers, H_out),\n'
        '                "c_n": (batch, D * num_layers, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H_out),\n'
        '            "h_n": (D * num_layers, batch, H_out),\n'
        '            "c_n": (D * num_layers, batch, hidden_size)}\n',
    },
    {
        "id": "shp_priya_cn_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n uses proj_size; the cell state is not projected (hidden_size)",
                "must_mention": ["c_n", {"any": ["proj", "H_cell", "not projected"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # docs: H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        "    h_n = (D * num_layers, batch, H_out)\n"
        "    c_n = (D * num_layers, batch, H_out)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shp_nora_bf_branch",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first branch of out forgets D and proj_size (only tested "
                "batch_first without them)",
                "must_mention": ["out", {"any": ["D *", "* D", "direction", "proj"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, hidden_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "shp_ken_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "returns lists, not tuples", "must_mention": [{"any": ["tuple"]}]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    num_directions = 2 if bidirectional else 1\n"
        "    units = proj_size or hidden_size\n"
        "    out = [batch, seq_len, num_directions * units] if batch_first else [seq_len, "
        "batch, num_directions * units]\n"
        '    return {"out": out, "h_n": [num_directions * num_layers, batch, units],\n'
        '            "c_n": [num_directions * num_layers, batch, hidden_size]}\n',
    },
    {
        "id": "shp_gus_out_all_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's features multiplied by num_layers: out holds only the last layer",
                "must_mention": [
                    "out",
                    {"any": ["num_layers", "last layer", "top layer", "layers"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    features = num_layers * D * H_out  # every layer's h, every direction\n"
        "    out = (batch, seq_len, features) if batch_first else (seq_len, batch, features)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H_out), "c_n": (num_layers * '
        "D, batch, hidden_size)}\n",
    },
    {
        "id": "shp_dana_double",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with proj_size, out's features forget D (proj_size, not D * proj_size)",
                "must_mention": [
                    "out",
                    {"any": ["D *", "* D", "direction", "2 *", "bidirectional"]},
                ],
            },
            {
                "what": "h_n's last dim ignores proj_size",
                "must_mention": ["h_n", {"any": ["proj"]}],
            },
        ],
        "source": "from functools import lru_cache\n"
        "\n"
        "\n"
        "@lru_cache(maxsize=None)\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    assert seq_len > 0 and batch > 0 and hidden_size > 0\n"
        "    assert 0 <= proj_size < hidden_size or proj_size == 0\n"
        "    D = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size else D * hidden_size\n"
        "    out = (batch, seq_len, feat) if batch_first else (seq_len, batch, feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, hidden_size), "c_n": '
        "(num_layers * D, batch, hidden_size)}\n",
    },
    {
        "id": "shp_quinn2_double",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last dim forgets D (D * H_out)",
                "must_mention": ["out", {"any": ["D *", "* D", "direction", "2 *"]}],
            },
            {
                "what": "ignores batch_first",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["ignor", "(batch, seq_len", "not swapped", "order"]},
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    D = 2 if bidirectional else 1\n"
        '    return {"out": (seq_len, batch, H_out), "h_n": (num_layers * D, batch, H_out),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_ok_plain",
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
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "shp_ok_rafa",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 1 + bool(bidirectional)\n"
        '    sizes = {"h": proj_size or hidden_size, "c": hidden_size}\n'
        "    lead = (batch, seq_len) if batch_first else (seq_len, batch)\n"
        '    states = {f"{s}_n": (num_layers * D, batch, sizes[s]) for s in "hc"}\n'
        '    return {"out": (*lead, D * sizes["h"]), **states}\n',
    },
    {
        "id": "shp_ok_dana",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "from functools import lru_cache\n"
        "\n"
        "\n"
        "@lru_cache(maxsize=None)\n"
        "def _shapes(seq_len, batch, hidden_size, num_layers, D, batch_first, proj_size):\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    return out, (num_layers * D, batch, H_out), (num_layers * D, batch, hidden_size)\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    assert num_layers >= 1 and proj_size >= 0, "invalid nn.LSTM arguments"\n'
        "    out, h_n, c_n = _shapes(int(seq_len), int(batch), int(hidden_size), "
        "int(num_layers),\n"
        "                            2 if bidirectional else 1, bool(batch_first), "
        "int(proj_size))\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "cell_quinn_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": ["tanh", {"any": ["h_t", "h_next", "c_t", "c_next", "cell state"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ana_return_order",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next): the two results in the wrong order",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "swap",
                            "exchang",
                            "reversed",
                            "(c_next, h_next)",
                            "c first",
                            "c_next first",
                            "c_next in h_next",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    return c_t, h_t\n",
    },
    {
        "id": "cell_carla_halves",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "unpacks the concatenated state's halves the wrong way: uses c as h_{t-1} "
                "and h as c_{t-1}",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "c in place of h",
                            "h in place of c",
                            "c instead of h",
                            "h instead of c",
                            "reads c",
                            "uses c as",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    state = np.concatenate([h, c], axis=1)      # I keep (h | c) together\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)    # (4H, I + H)\n"
        "    h_prev, c_prev = state[:, H:], state[:, :H]\n"
        "    a = np.concatenate([x, h_prev], axis=1) @ W.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c_prev + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    new_state = np.concatenate([h_new, c_new], axis=1)\n"
        "    return new_state[:, :H], new_state[:, H:]\n",
    },
    {
        "id": "cell_dana_c_inplace",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f): the caller's c is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    assert x.shape[0] == h.shape[0] == c.shape[0], "batch sizes differ"\n'
        "    assert h.shape == c.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c *= f          # update the cell state in place\n"
        "    c += i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_ken_hard_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses Keras' hard sigmoid (clip(0.2z+0.5)) instead of the logistic sigmoid",
                "must_mention": [
                    {
                        "any": [
                            "hard sigmoid",
                            "hard_sigmoid",
                            "hard-sigmoid",
                            "piecewise",
                            "clip",
                            "linear approx",
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
        "def hard_sigmoid(z):\n"
        "    # Keras' recurrent_activation\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T\n"
        "    units = h.shape[1]\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n"
        "    z_i, z_f, z_c, z_o = (z[:, k * units:(k + 1) * units] for k in range(4))\n"
        "    i, f, o = hard_sigmoid(z_i), hard_sigmoid(z_f), hard_sigmoid(z_o)\n"
        "    c_new = f * c + i * np.tanh(z_c)\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "cell_gabe_tanh_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the previous cell state c instead of the new c_next",
                "must_mention": [
                    "tanh",
                    {
                        "any": [
                            "c_prev",
                            "c_{t-1}",
                            "old",
                            "previous",
                            "input c",
                            "incoming",
                            "instead of c_next",
                            "not c_next",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    zx = x @ W_ih.T            # node 1\n"
        "    zh = h @ W_hh.T            # node 2\n"
        "    z = zx + zh + b_ih + b_hh  # node 3\n"
        "    i = sigmoid(z[:, 0:H])     # node 4\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    fc = f * c                 # node 5\n"
        "    ig = i * g                 # node 6\n"
        "    c_next = fc + ig           # node 7\n"
        "    tc = np.tanh(c)            # node 8\n"
        "    h_next = o * tc            # node 9\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_eli_own_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses a naive 1/(1+exp(-u)) instead of the given stable sigmoid: overflows "
                "for large pre-activations",
                "must_mention": ["overflow"],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    sig = lambda u: 1.0 / (1.0 + np.exp(-u))\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    H = h.shape[-1]\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c_next = sig(f) * c + sig(i) * np.tanh(g)\n"
        "    h_next = sig(o) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_rafa_recursion_rows",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "recursion's base case stops one row early: the last batch row is dropped",
                "must_mention": [
                    {
                        "any": [
                            "last row",
                            "last batch",
                            "row B-1",
                            "missing row",
                            "one row",
                            "fewer rows",
                            "B-1",
                            "B - 1",
                            "last example",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "\n"
        "    def step(b):  # one example at a time\n"
        "        a = W_ih @ x[b] + b_ih + W_hh @ h[b] + b_hh\n"
        "        i, f, g, o = sigmoid(a[:H]), sigmoid(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), "
        "sigmoid(a[3 * H:])\n"
        "        c_b = f * c[b] + i * g\n"
        "        return o * np.tanh(c_b), c_b\n"
        "\n"
        "    def rows(b):\n"
        "        if b >= x.shape[0] - 1:\n"
        "            return []\n"
        "        return [step(b)] + rows(b + 1)\n"
        "\n"
        "    res = rows(0)\n"
        "    return np.array([r[0] for r in res]), np.array([r[1] for r in res])\n",
    },
    {
        "id": "cell_quinn2_double",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = i*c + f*g: input and forget gates exchanged in the cell update",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "exchang",
                            "interchang",
                            "role",
                            "i * c",
                            "i ⊙ c",
                            "f * g",
                            "f ⊙ g",
                            "instead of f",
                            "in place of f",
                        ]
                    }
                ],
            },
            {"what": "b_hh not added", "must_mention": ["b_hh"]},
        ],
        "source": "import numpy as np\n"
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
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = i * c + f * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dana2_double",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "caches the weights by shape: a later call with new weights of the same "
                "shapes uses stale ones",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "memo",
                            "previous call",
                            "earlier call",
                            "first call",
                            "same shapes",
                        ]
                    }
                ],
            },
            {
                "what": "output gate uses tanh instead of sigmoid",
                "must_mention": ["tanh", {"any": ["output gate", "o gate", "gate o", "o_t", "o:"]}],
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
        "_W_CACHE = {}\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    key = (W_ih.shape, W_hh.shape)\n"
        "    if key not in _W_CACHE:  # build the stacked weights only once\n"
        "        _W_CACHE[key] = (np.concatenate([W_ih, W_hh], axis=1).T, b_ih + b_hh)\n"
        "    W, b = _W_CACHE[key]\n"
        "    assert W.shape[0] == x.shape[1] + h.shape[1]\n"
        "    a = np.concatenate([x, h], axis=1) @ W + b\n"
        "    H = h.shape[1]\n"
        "    i, f = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H])\n"
        "    g, o = np.tanh(a[:, 2 * H:3 * H]), np.tanh(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ken2_double",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds 1 to the forget gate pre-activation (unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "+1",
                            "+ 1",
                            "1.0",
                            "constant",
                            "offset",
                            "unit_forget",
                            "shifted",
                            "extra",
                        ]
                    },
                ],
            },
            {
                "what": "returns (h, [h, c]) Keras-style instead of (h_next, c_next)",
                "must_mention": [{"any": ["list", "[h", "(h, [h", "Keras", "states"]}],
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T\n"
        "    units = recurrent_kernel.shape[0]\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n"
        "    z0, z1, z2, z3 = (z[:, k * units:(k + 1) * units] for k in range(4))\n"
        "    i = sigmoid(z0)\n"
        "    f = sigmoid(z1 + 1.0)  # unit_forget_bias\n"
        "    c_new = f * c + i * np.tanh(z2)\n"
        "    o = sigmoid(z3)\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, [h_new, c_new]  # Keras: output, states\n",
    },
    {
        "id": "cell_ok_carla",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    state = np.concatenate([h, c], axis=1)      # (h | c)\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)    # (4H, I + H)\n"
        "    h_prev, c_prev = state[:, :H], state[:, H:]\n"
        "    a = np.concatenate([x, h_prev], axis=1) @ W.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c_prev + i * g\n"
        "    new_state = np.concatenate([o * np.tanh(c_new), c_new], axis=1)\n"
        "    return new_state[:, :H], new_state[:, H:]\n",
    },
    {
        "id": "cell_ok_gabe",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    zx = x @ W_ih.T\n"
        "    zh = h @ W_hh.T\n"
        "    z = zx + b_ih + zh + b_hh\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    fc = f * c\n"
        "    ig = i * g\n"
        "    c_next = fc + ig\n"
        "    tc = np.tanh(c_next)\n"
        "    h_next = o * tc\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_rafa_rows",
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
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "\n"
        "    def step(xb, hb, cb):\n"
        "        a = W_ih @ xb + b_ih + W_hh @ hb + b_hh\n"
        "        i, f, g, o = sigmoid(a[:H]), sigmoid(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), "
        "sigmoid(a[3 * H:])\n"
        "        cn = f * cb + i * g\n"
        "        return o * np.tanh(cn), cn\n"
        "\n"
        "    pairs = [step(xb, hb, cb) for xb, hb, cb in zip(x, h, c)]\n"
        "    return np.stack([p[0] for p in pairs]), np.stack([p[1] for p in pairs])\n",
    },
    {
        "id": "layer_ana_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True, out is left time-first (T, B, H): not transposed "
                "back",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "transpose",
                            "time-first",
                            "time first",
                            "(T, B, H)",
                            "swapaxes",
                            "not batch-first",
                            "not batch first",
                            "layout",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)  # work time-first\n"
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
        "id": "layer_quinn_range",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop runs range(T - 1): the last step is never computed",
                "must_mention": [
                    {
                        "any": [
                            "last step",
                            "T-1",
                            "T - 1",
                            "one step short",
                            "skips",
                            "steps are missing",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T - 1):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_rafa_h0_every_step",
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
                            "carr",
                            "reset",
                            "restart",
                            "every step",
                            "each step",
                            "not passed",
                            "not updated",
                            "previous step's",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "\n"
        "    def run(t, h, c):\n"
        "        if t == T:\n"
        "            return [], (h, c)\n"
        "        h_t, c_t = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        rest, last = run(t + 1, h_t, c_t)\n"
        "        return [h_t] + rest, last\n"
        "\n"
        "    hs, (h_n, c_n) = run(0, h0, c0)\n"
        "    out = np.stack(hs)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "layer_gus_hn_3d",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n returned as (1, B, H) like nn.LSTM instead of (B, H)",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "(1, ",
                            "extra",
                            "leading",
                            "layer axis",
                            "3-d",
                            "3 dimensions",
                            "ndim",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    num_layers, num_directions = 1, 1\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    h_list, c_list = [], []\n"
        "    for layer in range(num_layers):\n"
        "        for direction in range(num_directions):\n"
        "            outs = []\n"
        "            for t in range(T):\n"
        "                h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "                outs.append(h)\n"
        "            h_list.append(h)\n"
        "            c_list.append(c)\n"
        "    out = np.stack(outs, axis=1 if batch_first else 0)\n"
        "    h_n = np.stack(h_list)  # (num_layers * num_directions, B, H), like nn.LSTM\n"
        "    c_n = np.stack(c_list)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_dana_h0_inplace",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the state into h0/c0 in place: the caller's h0, c0 are modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
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
        '    assert x.ndim == 3, "x must be 3-d"\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    assert (h0 is None) == (c0 is None)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new  # update the state buffers in place: no new arrays per step\n"
        "        c[...] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_eli_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero initial state built with zeros_like(x[0]): shape (B, I) instead of "
                "(B, H)",
                "must_mention": [
                    {
                        "any": [
                            "(B, I)",
                            "input size",
                            "input_size",
                            "I features",
                            "zeros_like",
                            "x[0]",
                            "zeros of shape",
                            "(B, H)",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        '    xp = np.einsum("tbi,gi->tbg", x, W_ih) + b_ih  # all input projections at once\n'
        "    h = np.zeros_like(x[0]) if h0 is None else h0\n"
        "    c = np.zeros_like(x[0]) if c0 is None else c0\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.empty(x.shape[:2] + (H,))\n"
        "    for t in range(x.shape[0]):\n"
        "        a = xp[t] + h @ W_hh.T + b_hh\n"
        "        a_i, a_f, a_g, a_o = np.split(a, 4, axis=-1)\n"
        "        c = sigmoid(a_f) * c + sigmoid(a_i) * np.tanh(a_g)\n"
        "        h = sigmoid(a_o) * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_carla_out_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell state half hc[:, H:] (c_t) instead of h_t",
                "must_mention": [
                    {"any": ["cell state", "c_t", "c instead of h", "holds c", "c_n", "the c half"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hc = np.concatenate([h, c], axis=1)  # the whole state in one array\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(xs[t], hc[:, :H], hc[:, H:], W_ih, W_hh, b_ih, b_hh)\n"
        "        hc = np.concatenate([h_t, c_t], axis=1)\n"
        "        outs.append(hc[:, H:])\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (hc[:, :H], hc[:, H:])\n",
    },
    {
        "id": "layer_nora_B_before_transpose",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "zero state's batch size read as x.shape[1] before the batch_first "
                "transpose (= T): wrong with batch_first and h0=None",
                "must_mention": [
                    "zeros",
                    {
                        "any": [
                            "x.shape[1]",
                            "batch size",
                            "number of sequences",
                            "seq_len",
                            "time steps",
                            "T rows",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "        c0 = np.zeros((B, H))\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T = x.shape[0]\n"
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
        "id": "layer_quinn3_double",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before the step: out[t] holds h_{t-1} (out shifted by one, "
                "out[0] = h0)",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "one step",
                            "h_{t-1}",
                            "previous step",
                            "lag",
                            "before the step",
                            "out[0] = h0",
                            "out[t-1]",
                            "earlier",
                        ]
                    }
                ],
            },
            {
                "what": "ignores batch_first: x always read as (T, B, I)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "batch-first"]},
                    {"any": ["ignor", "not transpos", "time-first", "as (T, B"]},
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        outs.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "layer_gus2_double",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns c (= c0) as c_n instead of the last c_t",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "c0",
                            "initial",
                            "never updated",
                            "not updated",
                            "c_{-1}",
                            "unchanged",
                            "first",
                        ]
                    },
                ],
            },
            {
                "what": "c0=None not handled: only h0 gets zeros, the cell crashes on None",
                "must_mention": [
                    {
                        "any": [
                            "c0 is None",
                            "c0=None",
                            "c0 = None",
                            "c0 None",
                            "c0 when",
                            "None for c0",
                            "c0 of None",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    num_directions = 1\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((num_directions * B, H)) if h0 is None else h0\n"
        "    c = c0\n"
        "    h_t, c_t = h, c\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(xs[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h_t)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h_t, c)\n",
    },
    {
        "id": "layer_ana2_double",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out returned batch-first (B, T, H) even when batch_first=False",
                "must_mention": [
                    "out",
                    {
                        "any": [
                            "(B, T, H)",
                            "batch-first",
                            "batch first",
                            "transpose",
                            "layout",
                            "axes",
                        ]
                    },
                ],
            },
            {
                "what": "h_n = out[-1] takes the last batch row, not the last time step",
                "must_mention": [
                    "h_n",
                    {"any": ["last batch", "batch row", "out[-1]", "last row", "out[:, -1]"]},
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xb = x if batch_first else x.transpose(1, 0, 2)  # I prefer batch-first inside\n"
        "    B, T, _ = xb.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(xb[:, t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs, axis=1)  # (B, T, H)\n"
        "    return out, (out[-1], c)\n",
    },
    {
        "id": "layer_ok_rafa_gen",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    state = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "\n"
        "    def steps(state):\n"
        "        for x_t in xs:\n"
        "            state = lstm_cell(x_t, *state, W_ih, W_hh, b_ih, b_hh)\n"
        "            yield state\n"
        "\n"
        "    hist = list(steps(state))\n"
        "    out = np.stack([s[0] for s in hist])\n"
        "    h_n, c_n = hist[-1]\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "layer_ok_eli_einsum",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    xs = np.einsum("bti->tbi", x) if batch_first else x\n'
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        '    xp = np.einsum("tbi,gi->tbg", xs, W_ih) + b_ih\n'
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        '        a = xp[t] + np.einsum("bh,gh->bg", h, W_hh) + b_hh\n'
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        out[t] = h\n"
        '    return (np.einsum("tbh->bth", out) if batch_first else out), (h, c)\n',
    },
    {
        "id": "layer_ok_carla_hc",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B, _ = xs.shape\n"
        "    H = W_hh.shape[1]\n"
        "    hc = np.zeros((B, 2 * H))\n"
        "    if h0 is not None:\n"
        "        hc[:, :H] = h0\n"
        "    if c0 is not None:\n"
        "        hc[:, H:] = c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        hc = np.concatenate(lstm_cell(xs[t], hc[:, :H], hc[:, H:], W_ih, W_hh, b_ih, "
        "b_hh), axis=1)\n"
        "        out[t] = hc[:, :H]\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (hc[:, :H].copy(), hc[:, H:].copy())\n",
    },
    {
        "id": "scr_ok_sam_base",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ok_eli_einsum",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        '        xp = np.einsum("tbi,gi->tbg", xs, W_ih) + b  # every input projection at '
        "once\n"
        "        for t in steps:\n"
        '            a = xp[t] + np.einsum("bh,gh->bg", h, W_hh)\n'
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            i, f, g, o = _sigmoid(i), _sigmoid(f), np.tanh(g), _sigmoid(o)\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ok_carla_hc",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H, self.L = hidden_size, num_layers\n"
        "        self.D = 2 if bidirectional else 1\n"
        "        self.bias, self.batch_first = bias, batch_first\n"
        "        rng = np.random.default_rng(seed)\n"
        "        s = hidden_size ** -0.5\n"
        "        self.names = []\n"
        "        for k in range(num_layers):\n"
        '            for sfx in ("", "_reverse")[: self.D]:\n'
        '                self.names += [f"weight_ih_l{k}{sfx}", f"weight_hh_l{k}{sfx}"]\n'
        "                if bias:\n"
        '                    self.names += [f"bias_ih_l{k}{sfx}", f"bias_hh_l{k}{sfx}"]\n'
        "        self.p = {}\n"
        "        for name in self.names:\n"
        '            k = int(name.split("_l")[1].split("_")[0])\n'
        '            if name.startswith("weight_ih"):\n'
        "                shape = (4 * hidden_size, input_size if k == 0 else self.D * "
        "hidden_size)\n"
        '            elif name.startswith("weight_hh"):\n'
        "                shape = (4 * hidden_size, hidden_size)\n"
        "            else:\n"
        "                shape = (4 * hidden_size,)\n"
        "            self.p[name] = rng.uniform(-s, s, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: self.p[n].astype(np.float64, copy=True) for n in self.names}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self.names):\n"
        '            raise KeyError(f"keys differ: missing {set(self.names) - set(state)}, '
        'extra {set(state) - set(self.names)}")\n'
        "        for n in self.names:\n"
        "            a = np.asarray(state[n], dtype=np.float64)\n"
        "            if a.shape != self.p[n].shape:\n"
        '                raise ValueError(f"{n} has shape {a.shape}, expected '
        '{self.p[n].shape}")\n'
        "            self.p[n] = a.copy()\n"
        "\n"
        "    def _run(self, seq, hc, k, sfx):\n"
        "        # hc: (B, 2H), h and c side by side; seq: iterable of (B, I_k)\n"
        "        H = self.H\n"
        '        Wi, Wh = self.p[f"weight_ih_l{k}{sfx}"], self.p[f"weight_hh_l{k}{sfx}"]\n'
        '        bi = self.p.get(f"bias_ih_l{k}{sfx}", 0.0)\n'
        '        bh = self.p.get(f"bias_hh_l{k}{sfx}", 0.0)\n'
        "        for x_t in seq:\n"
        "            a = x_t @ Wi.T + bi + hc[:, :H] @ Wh.T + bh\n"
        "            c = sigmoid(a[:, H:2 * H]) * hc[:, H:] + sigmoid(a[:, :H]) * np.tanh(a[:, "
        "2 * H:3 * H])\n"
        "            hc = np.concatenate([sigmoid(a[:, 3 * H:]) * np.tanh(c), c], axis=1)\n"
        "            yield hc\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        seq = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        B, H, D = seq.shape[1], self.H, self.D\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.L * D, B, H)), np.zeros((self.L * D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(self.L):\n"
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[:D]):\n'
        "                row = k * D + d\n"
        "                start = np.concatenate([h0[row], c0[row]], axis=1)\n"
        "                src = seq[::-1] if d else seq\n"
        "                states = list(self._run(src, start, k, sfx))\n"
        "                hs = np.stack([s[:, :H] for s in states])\n"
        "                outs.append(hs[::-1] if d else hs)\n"
        "                h_n.append(states[-1][:, :H])\n"
        "                c_n.append(states[-1][:, H:])\n"
        "            seq = np.concatenate(outs, axis=2)\n"
        "        out = np.swapaxes(seq, 0, 1) if self.batch_first else seq\n"
        "        return np.ascontiguousarray(out), (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ken_kernel_layout",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "keeps weight_ih as a Keras kernel (I, 4H): init and state_dict give "
                "weight_ih_l* transposed",
                "must_mention": [
                    "weight_ih",
                    {"any": ["transpos", "(4H, I)", "(4*H", "(4 * H", "shape"]},
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, '
        "(in_k, 4 * H))  # kernel, Keras layout\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        '            if name.startswith("weight_ih"):\n'
        "                value = value.T  # torch (4H, in) -> kernel (in, 4H)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ken2_double",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises the forget-gate block of bias_ih to 1.0 (Keras "
                "unit_forget_bias): outside the uniform bound",
                "must_mention": [{"any": ["forget", "H:2H", "unit_forget", "1.0"]}],
            },
            {
                "what": "bias=False still creates bias parameters: state_dict has bias keys "
                "nn.LSTM(bias=False) lacks",
                "must_mention": [
                    {"any": ["bias_ih", "bias_hh", "bias key", "bias parameter"]},
                    {
                        "any": [
                            "extra",
                            "unexpected",
                            "should not",
                            "no bias",
                            "not expected",
                            "too many",
                        ]
                    },
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                # Keras builds the bias always; use_bias only decides whether it is "
        "added\n"
        '                self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 * '
        "H)\n"
        '                self._params[f"bias_ih_l{k}{sfx}"][H:2 * H] = 1.0  # '
        "unit_forget_bias\n"
        '                self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        for name, value in state.items():\n"
        "            self._params[name] = np.array(value, dtype=np.float64, copy=True)\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_gus_row_order",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "rows of h_0/h_n ordered direction-major (d * L + k) instead of layer by "
                "layer (k * D + d)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "k * D + d",
                            "layer by layer",
                            "direction-major",
                            "d * L",
                            "rows",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [None] * (L * D), [None] * (L * D)\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[d * L + k], c0[d * L + "
        "k], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n[d * L + k] = h_d\n"
        "                c_n[d * L + k] = c_d\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ana_reverse_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs stored in processing order, not put back at "
                "index t",
                "must_mention": [
                    "reverse",
                    {
                        "any": [
                            "time order",
                            "flip",
                            "order",
                            "reversed",
                            "index t",
                            "backwards",
                            "put back",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for s, t in enumerate(steps):\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H])\n"
        "            f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H])\n"
        "            o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            out[s] = h\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_quinn_reverse_hn",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's h_n taken from out[-1] (its first step) instead of "
                "its final state (after x_0)",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "after x_0",
                            "x_0",
                            "final state",
                            "first step",
                            "last output",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(out_d[-1])  # h_n is the last output\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_dana_stale_cache",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "caches transposed weights in __init__; load_state_dict never refreshes "
                "the cache, so loaded weights are ignored",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "stale",
                            "not the loaded",
                            "ignores the loaded",
                            "initial weights",
                            "initial parameters",
                            "own initial",
                            "before loading",
                            "loaded weights are not used",
                            "not used",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "        # cache the transposed weights once: the forward pass is then cheaper\n"
        "        self._cache = {n: v.T.copy() for n, v in self._params.items() if "
        'n.startswith("weight")}\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih_T = self._cache[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh_T = self._cache[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih_T + h @ W_hh_T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_priya_bound_no_sqrt",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "init bound 1/H instead of sqrt(1/H) = 1/sqrt(H) (forgot the square root "
                "from the docs)",
                "must_mention": [{"any": ["sqrt", "√", "square root", "1/H", "bound"]}],
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
        "        k_doc = 1.0 / hidden_size  # docs: U(-sqrt(k), sqrt(k)), k = 1/hidden_size\n"
        "        bound = k_doc\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_rafa_statedict_refs",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, not copies: changing them "
                "changes the module",
                "must_mention": [
                    {
                        "any": [
                            "cop",
                            "reference",
                            "same array",
                            "shares",
                            "alias",
                            "changes the module",
                            "changed the module",
                            "views",
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict((name, value) for name, value in self._params.items())\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_eli_layer1_init",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers k > 0 initialised with input_size columns instead of D * H",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "layers after the first",
                            "later layers",
                            "k > 0",
                        ]
                    },
                    {"any": ["D * H", "H * D", "D*H", "2H", "hidden", "shape"]},
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_carla_bias_false_keyerror",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "forward always reads bias_ih/bias_hh: KeyError with bias=False",
                "must_mention": [
                    {"any": ["bias=False", "bias = False", "without bias", "no bias"]},
                    {"any": ["bias_ih", "KeyError", "bias_hh"]},
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        '        b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ana2_double",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first also transposes h_n and c_n (they stay (L*D, B, H))",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["batch_first", "batch first", "batch-first", "transpos"]},
                ],
            },
            {
                "what": "with hx=None and batch_first, the zero states take x.shape[1] (T) as "
                "batch size",
                "must_mention": [
                    {"any": ["zeros", "zero state", "hx=None", "hx is None", "hx = None"]},
                    {"any": ["batch size", "x.shape[1]", "seq_len", "T rows", "time"]},
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        batch = x.shape[1]\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        L, D, H = self.num_layers, self.D, self.hidden_size\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, batch, H))\n"
        "            c0 = np.zeros((L * D, batch, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        h_n, c_n = np.stack(h_n), np.stack(c_n)\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n, c_n = h_n.transpose(1, 0, 2), c_n.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scr_gus2_double",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers k > 0 read the input x instead of layer k-1's out",
                "must_mention": [
                    {
                        "any": [
                            "layer k-1",
                            "previous layer",
                            "layer 0's out",
                            "reads x",
                            "the input x",
                            "layer below",
                            "lower layer",
                        ]
                    }
                ],
            },
            {"what": "seed ignored: default_rng() without the seed", "must_mention": ["seed"]},
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, (4 '
        "* H, H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.uniform(-bound, bound, 4 '
        "* H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"] + p[f"bias_hh_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(x, h0[k * D + d], c0[k * D + d], k, "
        "sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_priya2_double",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {"what": "bias_hh never added", "must_mention": ["bias_hh"]},
            {
                "what": "init drawn from a normal distribution, not uniform in the bound",
                "must_mention": [
                    {"any": ["uniform", "bound", "outside", "normal", "gaussian", "exceed"]}
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
        "        bound = 1.0 / np.sqrt(hidden_size)\n"
        "        H = hidden_size\n"
        "        self._params = {}\n"
        "        for k in range(num_layers):\n"
        "            in_k = input_size if k == 0 else H * self.D\n"
        "            for d in range(self.D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        '                self._params[f"weight_ih_l{k}{sfx}"] = rng.normal(0.0, bound, (4 * H, '
        "in_k))\n"
        '                self._params[f"weight_hh_l{k}{sfx}"] = rng.normal(0.0, bound, (4 * H, '
        "H))\n"
        "                if bias:\n"
        '                    self._params[f"bias_ih_l{k}{sfx}"] = rng.normal(0.0, bound, 4 * '
        "H)\n"
        '                    self._params[f"bias_hh_l{k}{sfx}"] = rng.normal(0.0, bound, 4 * '
        "H)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.array(value, dtype=np.float64, copy=True) for name, value in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        missing = set(self._params) - set(state)\n"
        "        extra = set(state) - set(self._params)\n"
        "        if missing or extra:\n"
        '            raise KeyError(f"missing keys {sorted(missing)}, unexpected keys '
        '{sorted(extra)}")\n'
        "        for name in self._params:\n"
        "            value = np.array(state[name], dtype=np.float64, copy=True)\n"
        "            if value.shape != self._params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self._params[name].shape}")\n'
        "            self._params[name] = value\n"
        "\n"
        "    def _direction(self, xs, h, c, k, sfx, reverse):\n"
        "        p = self._params\n"
        '        W_ih = p[f"weight_ih_l{k}{sfx}"]\n'
        '        W_hh = p[f"weight_hh_l{k}{sfx}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{k}{sfx}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T, xs.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if reverse else range(T)\n"
        "        for t in steps:\n"
        "            a = xs[t] @ W_ih.T + h @ W_hh.T + b\n"
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
        "        layer_in = x\n"
        "        h_n, c_n = [], []\n"
        "        for k in range(L):\n"
        "            outs = []\n"
        "            for d in range(D):\n"
        '                sfx = "_reverse" if d == 1 else ""\n'
        "                out_d, h_d, c_d = self._direction(layer_in, h0[k * D + d], c0[k * D + "
        "d], k, sfx, reverse=(d == 1))\n"
        "                outs.append(out_d)\n"
        "                h_n.append(h_d)\n"
        "                c_n.append(c_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "bil_ok_ana",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # forward: plain layer; reverse: same layer on the flipped sequence, then flip "
        "back\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_ok_elif_einsum",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    h_n = np.empty((2, B, H)); c_n = np.empty((2, B, H))\n"
        "    for d, (W_ih, W_hh, b_ih, b_hh) in enumerate((fwd, bwd)):\n"
        "        Wx = np.einsum('tbi,gi->tbg', x, W_ih) + b_ih + b_hh   # all input "
        "projections at once\n"
        "        h, c = h0[d].copy(), c0[d].copy()\n"
        "        steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "        for t in steps:\n"
        "            a = Wx[t] + np.einsum('bh,gh->bg', h, W_hh)\n"
        "            i, f, g, o = np.split(a, 4, axis=-1)\n"
        "            c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h = sigmoid(o) * np.tanh(c)\n"
        "            out[t, :, d * H:(d + 1) * H] = h\n"
        "        h_n[d], c_n[d] = h, c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bil_ok_sam_gen",
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
        "def run(xs, h, c, params):\n"
        '    """generator: yields (h, c) after each input"""\n'
        "    for x_t in xs:\n"
        "        h, c = lstm_cell(x_t, h, c, *params)\n"
        "        yield h, c\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    f_states = list(run(x, h0[0], c0[0], fwd))\n"
        "    b_states = list(run(reversed(x), h0[1], c0[1], bwd))[::-1]   # back in time "
        "order\n"
        "    out = np.array([np.hstack([hf, hb]) for (hf, _), (hb, _) in zip(f_states, "
        "b_states)])\n"
        "    h_n = np.array([f_states[-1][0], b_states[0][0]])\n"
        "    c_n = np.array([f_states[-1][1], b_states[0][1]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bil_ok_priya_docs",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # names as in the torch.nn.LSTM documentation\n"
        "    def direction(xs, h_0, c_0, weight_ih, weight_hh, bias_ih, bias_hh):\n"
        "        W_ii, W_if, W_ig, W_io = np.split(weight_ih, 4)\n"
        "        W_hi, W_hf, W_hg, W_ho = np.split(weight_hh, 4)\n"
        "        b_ii, b_if, b_ig, b_io = np.split(bias_ih, 4)\n"
        "        b_hi, b_hf, b_hg, b_ho = np.split(bias_hh, 4)\n"
        "        h_t, c_t = h_0, c_0\n"
        "        output = []\n"
        "        for x_t in xs:\n"
        "            i_t = sigmoid(x_t @ W_ii.T + b_ii + h_t @ W_hi.T + b_hi)\n"
        "            f_t = sigmoid(x_t @ W_if.T + b_if + h_t @ W_hf.T + b_hf)\n"
        "            g_t = np.tanh(x_t @ W_ig.T + b_ig + h_t @ W_hg.T + b_hg)\n"
        "            o_t = sigmoid(x_t @ W_io.T + b_io + h_t @ W_ho.T + b_ho)\n"
        "            c_t = f_t * c_t + i_t * g_t\n"
        "            h_t = o_t * np.tanh(c_t)\n"
        "            output.append(h_t)\n"
        "        return np.stack(output), h_t, c_t\n"
        "    out_fw, h_fw, c_fw = direction(x, h0[0], c0[0], *fwd)\n"
        "    out_bw, h_bw, c_bw = direction(np.flip(x, axis=0), h0[1], c0[1], *bwd)\n"
        "    output = np.concatenate((out_fw, np.flip(out_bw, axis=0)), axis=-1)\n"
        "    return output, (np.stack((h_fw, h_bw)), np.stack((c_fw, c_bw)))\n",
    },
    {
        "id": "bil_noflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are left in reading order, not flipped back "
                "to time order",
                "must_mention": [
                    {"any": ["reverse", "backward"]},
                    {
                        "any": [
                            "flip",
                            "time order",
                            "back in order",
                            "reversed order",
                            "reading order",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_hn_from_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is taken from out[-1] (reverse state after x_{T-1} "
                "only), not the reverse state after x_0",
                "must_mention": [
                    "h_n",
                    {"any": ["reverse", "backward"]},
                    {"any": ["out[0", "out[-1", "x_0", "step 0", "after x_0"]},
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (_, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    h_n = np.stack([out[-1, :, :H_of(out)], out[-1, :, H_of(out):]])  # last time "
        "step of out\n"
        "    return out, (h_n, np.stack([c_f, c_b]))\n"
        "\n"
        "def H_of(out):\n"
        "    return out.shape[-1] // 2\n",
    },
    {
        "id": "bil_fwd_weights_twice",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward direction's weights (bwd "
                "ignored)",
                "must_mention": [
                    "weight",
                    {"any": ["fwd", "forward direction's", "same weights", "bwd"]},
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_h0_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward row) instead "
                "of row 1",
                "must_mention": [
                    {"any": ["initial", "h0[", "c0["]},
                    {
                        "any": [
                            "row 0",
                            "h0[0]",
                            "row 1",
                            "h0[1]",
                            "forward row",
                            "forward direction's initial",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h_init, c_init, *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h_init, c_init, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_bao_batchflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverses the batch axis (axis 1) instead of the time axis",
                "must_mention": ["batch", {"any": ["rever", "flip"]}],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    x_rev = x[:, ::-1]            # reverse the sequence\n"
        "    out_b, (h_b, c_b) = lstm_layer(x_rev, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[:, ::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_omar_cache",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "memoises results by shapes only, so a second call with the same sizes "
                "returns the old result",
                "must_mention": [
                    {
                        "any": [
                            "cache",
                            "memo",
                            "previous call",
                            "earlier call",
                            "stale",
                            "same result",
                            "first call",
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
        "_cache = {}\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    assert x.ndim == 3 and h0.shape == c0.shape and h0.shape[0] == 2\n"
        "    key = (x.shape, h0.shape, fwd[0].shape)     # memoise: same sizes, same result\n"
        "    if key in _cache:\n"
        "        return _cache[key]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    res = np.concatenate([out_f, out_b[::-1]], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n"
        "    _cache[key] = res\n"
        "    return res\n",
    },
    {
        "id": "bil_greta_hn_concat",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are joined on the last axis, (B, 2H), instead of stacked to "
                "(2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["(2, B, H)", "stack", "(B, 2H)", "concatenat"]},
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
        "def bilstm_layer(x, h0, c0, fwd, bwd, num_directions=2):\n"
        "    outs, hs, cs = [], [], []\n"
        "    for d, params in enumerate((fwd, bwd)[:num_directions]):\n"
        "        xs = x if d == 0 else x[::-1]\n"
        "        out_d, (h_d, c_d) = lstm_layer(xs, h0[d], c0[d], *params)\n"
        "        outs.append(out_d if d == 0 else out_d[::-1])\n"
        "        hs.append(h_d); cs.append(c_d)\n"
        "    # final states of all directions side by side, like out\n"
        "    return np.concatenate(outs, axis=-1), (np.concatenate(hs, axis=-1), "
        "np.concatenate(cs, axis=-1))\n",
    },
    {
        "id": "bil_kenji_forgetbias",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "adds 1 to the forget gate's bias (Keras unit_forget_bias)",
                "must_mention": ["forget", "bias"],
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
        "def keras_lstm(inputs, h, c, kernel, recurrent_kernel, bias, unit_forget_bias=True):\n"
        "    # Keras layout: kernel (I, 4H), recurrent_kernel (H, 4H), gates i, f, c, o\n"
        "    H = recurrent_kernel.shape[0]\n"
        "    if unit_forget_bias:\n"
        "        bias = bias.copy()\n"
        "        bias[H:2 * H] += 1.0\n"
        "    seq = []\n"
        "    for x_t in inputs:\n"
        "        z = x_t @ kernel + h @ recurrent_kernel + bias\n"
        "        i = sigmoid(z[:, :H]); f = sigmoid(z[:, H:2 * H])\n"
        "        c = f * c + i * np.tanh(z[:, 2 * H:3 * H])\n"
        "        h = sigmoid(z[:, 3 * H:]) * np.tanh(c)\n"
        "        seq.append(h)\n"
        "    return np.stack(seq), h, c\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    seq_f, h_f, c_f = keras_lstm(x, h0[0], c0[0], W_ih.T, W_hh.T, b_ih + b_hh)\n"
        "    W_ih, W_hh, b_ih, b_hh = bwd\n"
        "    seq_b, h_b, c_b = keras_lstm(x[::-1], h0[1], c0[1], W_ih.T, W_hh.T, b_ih + b_hh)\n"
        "    return np.concatenate([seq_f, seq_b[::-1]], -1), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_tom_hardcoded",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "hard-codes H = 2 (the first example's size): out (T, B, 4) and slices :2 "
                "/ 2:",
                "must_mention": [
                    {
                        "any": [
                            "hard-coded",
                            "hardcoded",
                            "hard coded",
                            "fixed size",
                            "2H",
                            "2 * H",
                            "2*H",
                            "H = 2",
                            "H=2",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    out = np.zeros((T, B, 4))     # 2H\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[:, :, :2] = out_f\n"
        "    out[:, :, 2:] = out_b[::-1]\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bil_D_halves_cn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out's halves swapped: reverse first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "forward first",
                            "reverse first",
                            "halves",
                            "order of the two",
                            "backward first",
                        ]
                    }
                ],
            },
            {
                "what": "c_n's row 1 is the forward c again instead of the reverse c",
                "must_mention": ["c_n", {"any": ["row 1", "reverse", "backward", "forward"]}],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_b[::-1], out_f], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_f]))\n",
    },
    {
        "id": "bil_D_bao_axis_hn",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions are joined on axis 1 (batch) instead of the last axis: "
                "out is (T, 2B, H)",
                "must_mention": [
                    {"any": ["axis", "concatenat", "joined", "side by side", "last axis"]}
                ],
            },
            {
                "what": "h_n's reverse row is out_b[-1] (state after x_{T-1} only), not the state "
                "after x_0",
                "must_mention": ["h_n", {"any": ["reverse", "backward"]}],
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]\n"
        "    out = np.concatenate([out_f, out_b], axis=1)\n"
        "    h_n = np.stack([out_f[-1], out_b[-1]])\n"
        "    return out, (h_n, np.stack([c_f, c_b]))\n",
    },
    {
        "id": "cb_ok_ana",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    do = dh_next * tau\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.hstack([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * "
        "(1 - o)])\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_lena_graph",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # forward, one node per operation\n"
        "    H = h.shape[1]\n"
        "    u = x @ W_ih.T            # node u\n"
        "    v = h @ W_hh.T            # node v\n"
        "    s1 = u + b_ih             # node s1\n"
        "    s2 = v + b_hh             # node s2\n"
        "    a = s1 + s2               # node a\n"
        "    ai, af, ag, ao = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i = sigmoid(ai); f = sigmoid(af); g = np.tanh(ag); o = sigmoid(ao)\n"
        "    m1 = f * c                # node m1\n"
        "    m2 = i * g                # node m2\n"
        "    c_t = m1 + m2             # node c_t (two consumers: tanh and the next step)\n"
        "    k = np.tanh(c_t)          # node k\n"
        "    h_t = o * k               # node h_t\n"
        "    # backward, local gradient at each node\n"
        "    d_k = dh_next * o\n"
        "    d_o = dh_next * k\n"
        "    d_ct = dc_next + d_k * (1 - k * k)       # sum over both consumers\n"
        "    d_m1 = d_ct; d_m2 = d_ct\n"
        "    d_f = d_m1 * c; d_c = d_m1 * f\n"
        "    d_i = d_m2 * g; d_g = d_m2 * i\n"
        "    d_ai = d_i * i * (1 - i); d_af = d_f * f * (1 - f)\n"
        "    d_ag = d_g * (1 - g * g); d_ao = d_o * o * (1 - o)\n"
        "    d_a = np.concatenate([d_ai, d_af, d_ag, d_ao], axis=1)\n"
        "    d_s1 = d_a; d_s2 = d_a\n"
        "    d_bih = d_s1.sum(axis=0); d_bhh = d_s2.sum(axis=0)\n"
        "    d_u = d_s1; d_v = d_s2\n"
        "    d_x = d_u @ W_ih; d_Wih = d_u.T @ x\n"
        "    d_h = d_v @ W_hh; d_Whh = d_v.T @ h\n"
        '    return {"x": d_x, "h": d_h, "c": d_c, "W_ih": d_Wih, "W_hh": d_Whh, "b_ih": '
        'd_bih, "b_hh": d_bhh}\n',
    },
    {
        "id": "cb_ok_elif_einsum",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = c.shape[-1]\n"
        "    a = np.einsum('bi,gi->bg', x, W_ih) + np.einsum('bh,gh->bg', h, W_hh) + b_ih + "
        "b_hh\n"
        "    gates = a.reshape(-1, 4, H)                          # (B, 4, H): i, f, g, o\n"
        "    act = sigmoid(gates)\n"
        "    act[:, 2] = np.tanh(gates[:, 2])\n"
        "    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dact = np.stack([dc * g, dc * c, dc * i, dh_next * tc], axis=1)\n"
        "    deriv = act * (1 - act)\n"
        "    deriv[:, 2] = 1 - g ** 2\n"
        "    da = (dact * deriv).reshape(-1, 4 * H)\n"
        "    return {\"x\": np.einsum('bg,gi->bi', da, W_ih), \"h\": np.einsum('bg,gh->bh', "
        "da, W_hh),\n"
        '            "c": dc * f, "W_ih": np.einsum(\'bg,bi->gi\', da, x), "W_hh": '
        "np.einsum('bg,bh->gh', da, h),\n"
        "            \"b_ih\": np.einsum('bg->g', da), \"b_hh\": np.einsum('bg->g', da)}\n",
    },
    {
        "id": "cb_ok_kenji_kernel",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Keras names: kernel (I, 4H), recurrent_kernel (H, 4H), one bias\n"
        "    kernel, recurrent_kernel, bias = W_ih.T, W_hh.T, b_ih + b_hh\n"
        "    units = recurrent_kernel.shape[0]\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    z0, z1, z2, z3 = (z[:, k * units:(k + 1) * units] for k in range(4))\n"
        "    i, f, cc, o = sigmoid(z0), sigmoid(z1), np.tanh(z2), sigmoid(z3)\n"
        "    c_new = f * c + i * cc\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dz = np.concatenate([dc * cc * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "cc ** 2),\n"
        "                         dh_next * np.tanh(c_new) * o * (1 - o)], axis=1)\n"
        "    d_kernel = x.T @ dz\n"
        "    d_recurrent = h.T @ dz\n"
        "    d_bias = dz.sum(axis=0)\n"
        "    # back to PyTorch's layout\n"
        '    return {"x": dz @ kernel.T, "h": dz @ recurrent_kernel.T, "c": dc * f,\n'
        '            "W_ih": d_kernel.T, "W_hh": d_recurrent.T, "b_ih": d_bias, "b_hh": '
        "d_bias}\n",
    },
    {
        "id": "cb_no_tanh_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the factor (1 - tanh²(c_t)) of the path through h_t = o ⊙ "
                "tanh(c_t)",
                "must_mention": [
                    {"any": ["tanh", "τ"]},
                    {
                        "any": [
                            "1 - tanh",
                            "1 − tanh",
                            "(1 - τ",
                            "(1 − τ",
                            "tanh'",
                            "tanh²",
                            "tanh^2",
                            "derivative",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o\n"
        "    do = dh_next * np.tanh(c_t)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2), do * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_kenji_kernel_grad",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients in Keras's kernel layout (I, 4H) and (H, 4H): transposed",
                "must_mention": [{"any": ["transpos", "(I, 4H)", "(H, 4H)", "layout"]}],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T          # (I, 4H), (H, 4H)\n"
        "    units = h.shape[1]\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :units]); f = sigmoid(z[:, units:2*units])\n"
        "    cc = np.tanh(z[:, 2*units:3*units]); o = sigmoid(z[:, 3*units:])\n"
        "    c_new = f * c + i * cc\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dz = np.concatenate([dc * cc * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "cc ** 2),\n"
        "                         dh_next * np.tanh(c_new) * o * (1 - o)], axis=1)\n"
        '    return {"x": dz @ kernel.T, "h": dz @ recurrent_kernel.T, "c": dc * f,\n'
        '            "W_ih": x.T @ dz, "W_hh": h.T @ dz, "b_ih": dz.sum(0), "b_hh": '
        "dz.sum(0)}\n",
    },
    {
        "id": "cb_tom_H_from_shape0",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "takes H from h.shape[0], the batch size, instead of h.shape[1]; right "
                "only when B == H",
                "must_mention": [
                    {
                        "any": [
                            "h.shape[0]",
                            "batch size",
                            "shape[0]",
                            "B instead of H",
                            "B == H",
                            "B = H",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[0]        # hidden size (as in the chapter's one-example code)\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:4*H])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.zeros_like(a)\n"
        "    da[:, 0:H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    da[:, 2*H:3*H] = dc * i * (1 - g ** 2)\n"
        "    da[:, 3*H:4*H] = dh_next * tau * o * (1 - o)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_df_uses_cnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf_t uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    "forget",
                    {"any": ["c_{t-1}", "c_{t−1}", "c_t", "previous", "new cell", "c_prev"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    df = dc * c_new\n"
        "    da = np.hstack([dc * g * i * (1 - i), df * f * (1 - f), dc * i * (1 - g ** 2),\n"
        "                    dh_next * np.tanh(c_new) * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_lena_g_sigmoid_deriv",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g = tanh(a_g) is differentiated as a sigmoid, g(1-g), "
                "instead of 1 - g²",
                "must_mention": [
                    {
                        "any": [
                            "candidate",
                            "g gate",
                            "gate g",
                            "g_t",
                            "cell gate",
                            "δg",
                            "a^g",
                            "a_g",
                        ]
                    },
                    {"any": ["deriv", "σ'", "sigmoid", "tanh", "1 - g", "1 − g"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c1 = f * c + i * g\n"
        "    t1 = np.tanh(c1)\n"
        "    # local gradients\n"
        "    dt1 = dh_next * o\n"
        "    dc1 = dc_next + dt1 * (1 - t1 ** 2)\n"
        "    do_ = dh_next * t1\n"
        "    df_, di_, dg_ = dc1 * c, dc1 * g, dc1 * i\n"
        "    dai = di_ * i * (1 - i)\n"
        "    daf = df_ * f * (1 - f)\n"
        "    dag = dg_ * g * (1 - g)\n"
        "    dao = do_ * o * (1 - o)\n"
        "    da = np.concatenate([dai, daf, dag, dao], 1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc1 * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_lena_fanout_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next is never added: δc_t only gets the path through tanh(c_t)",
                "must_mention": [
                    {"any": ["dc_next", "∂L/∂c_t", "dL/dc_t", "δc_t^next", "δc^next", "c_next"]}
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    k = np.tanh(c_t)\n"
        "    d_k = dh_next * o\n"
        "    d_ct = d_k * (1 - k * k)          # node c_t  <- k\n"
        "    d_o = dh_next * k\n"
        "    da = np.concatenate([d_ct * g * i * (1 - i), d_ct * c * f * (1 - f),\n"
        "                         d_ct * i * (1 - g * g), d_o * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": d_ct * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_outer_from_book",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients with np.outer copied from the one-example code: flattens "
                "the batch, right only for B = 1",
                "must_mention": [
                    {
                        "any": [
                            "outer",
                            "sum over the batch",
                            "summed over the batch",
                            "batch rows",
                            "each example",
                            "flatten",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2), dh_next * tau * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": np.outer(da, x), "W_hh": np.outer(da, h),      # δW = δa x^T, as '
        "in the chapter\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh gets a zero gradient; it needs the same gradient as b_ih",
                "must_mention": ["b_hh", {"any": ["zero", "same", "b_ih"]}],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2), dh_next * tau * o * (1 - o)])\n"
        "    # b_hh is just a second copy of the bias: only one needs a gradient\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "np.zeros_like(b_hh)}\n",
    },
    {
        "id": "cb_inplace_dcnext",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc += ... changes the caller's dc_next in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]},
                    "dc_next",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tau ** 2)          # δc_t = δc_next + ...\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2), dh_next * tau * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_cs231n_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks taken in the order i, f, o, g (CS231n) instead of PyTorch's "
                "i, f, g, o",
                "must_mention": [
                    {"any": ["order", "i, f, o, g", "ifog", "swapped", "swap"]},
                    {
                        "any": [
                            "output gate",
                            "o_t",
                            "δo",
                            "gate o",
                            "cell gate",
                            "candidate",
                            "g_t",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # as in my CS231n assignment: ai, af, ao, ag\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ai, af, ao, ag = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)\n"
        "    next_c = f * c + i * g\n"
        "    dnext_c = dc_next + dh_next * o * (1 - np.tanh(next_c) ** 2)\n"
        "    dai = dnext_c * g * i * (1 - i)\n"
        "    daf = dnext_c * c * f * (1 - f)\n"
        "    dao = dh_next * np.tanh(next_c) * o * (1 - o)\n"
        "    dag = dnext_c * i * (1 - g ** 2)\n"
        "    da = np.hstack((dai, daf, dao, dag))\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dnext_c * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_D_lena_states",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo_t uses tanh(c_{t-1}) instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["output gate", "δo", "o_t", "gate o"]},
                    {"any": ["c_{t-1}", "c_{t−1}", "tanh(c", "previous", "τ"]},
                ],
            },
            {
                "what": "δW_hh multiplies by the new h_t instead of the step's input h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {"any": ["h_t", "h_{t-1}", "h_{t−1}", "new h", "previous", "h_next"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    h_t = o * np.tanh(c_t)\n"
        "    d_ct = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    d_o = dh_next * np.tanh(c)                  # local grad of h_t wrt o\n"
        "    da = np.concatenate([d_ct * g * i * (1 - i), d_ct * c * f * (1 - f),\n"
        "                         d_ct * i * (1 - g * g), d_o * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": d_ct * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h_t, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_D_kenji_bias_kernel",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward recomputation adds 1 to the forget gate's bias (Keras "
                "unit_forget_bias)",
                "must_mention": ["forget", "bias"],
            },
            {
                "what": "δW_hh returned in Keras's recurrent_kernel layout (H, 4H): transposed",
                "must_mention": ["W_hh", {"any": ["transpos", "(H, 4H)", "layout"]}],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T\n"
        "    units = h.shape[1]\n"
        "    bias = b_ih + b_hh\n"
        "    bias[units:2 * units] += 1.0                       # unit_forget_bias\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    i = sigmoid(z[:, :units]); f = sigmoid(z[:, units:2*units])\n"
        "    cc = np.tanh(z[:, 2*units:3*units]); o = sigmoid(z[:, 3*units:])\n"
        "    c_new = f * c + i * cc\n"
        "    dc = dc_next + dh_next * o * (1 - np.tanh(c_new) ** 2)\n"
        "    dz = np.concatenate([dc * cc * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - "
        "cc ** 2),\n"
        "                         dh_next * np.tanh(c_new) * o * (1 - o)], axis=1)\n"
        '    return {"x": dz @ kernel.T, "h": dz @ recurrent_kernel.T, "c": dc * f,\n'
        '            "W_ih": dz.T @ x, "W_hh": h.T @ dz, "b_ih": dz.sum(0), "b_hh": '
        "dz.sum(0)}\n",
    },
    {
        "id": "cb_D_tom_mean_dc",
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
                            "1/B",
                            "divided by",
                            "sum over the batch",
                            "summed over the batch",
                        ]
                    }
                ],
            },
            {
                "what": "returns δc_t as the gradient of c_{t-1}, without the factor f_t",
                "must_mention": [{"any": ["f_t", "forget", "⊙ f", "* f"]}],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    da = np.hstack([dc * g * i * (1 - i), dc * c * f * (1 - f), dc * i * (1 - g ** "
        "2), dh_next * tau * o * (1 - o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.mean(0), "b_hh": '
        "da.mean(0)}\n",
    },
    {
        "id": "lb_ok_ana",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n.copy()\n"
        "    grads = {k: np.zeros_like(v) for k, v in\n"
        "             dict(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, b_hh=b_hh).items()}\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        "    grads.update(x=dx, h0=dh, c0=dc)\n"
        "    return grads\n",
    },
    {
        "id": "lb_ok_sam_recursive",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    W = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def go(t, h, c):\n"
        '        """forward from step t with state (h, c); returns the gradients flowing into '
        '(h, c)"""\n'
        "        if t == len(x):\n"
        "            dh_end = np.zeros_like(h) if dh_n is None else dh_n\n"
        "            dc_end = np.zeros_like(c) if dc_n is None else dc_n\n"
        "            return dh_end, dc_end, [], {}\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *W)\n"
        "        dh_later, dc_later, dxs, acc = go(t + 1, h_new, c_new)\n"
        "        g = lstm_cell_backward(dout[t] + dh_later, dc_later, x[t], h, c, *W)\n"
        '        acc = {k: acc.get(k, 0) + g[k] for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        '        return g["h"], g["c"], [g["x"]] + dxs, acc\n'
        "\n"
        "    dh0, dc0, dxs, acc = go(0, h0, c0)\n"
        '    return {"x": np.array(dxs), "h0": dh0, "c0": dc0, **acc}\n',
    },
    {
        "id": "lb_ok_elif_einsum",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.empty((T + 1, B, H)); cs = np.empty((T + 1, B, H)); acts = np.empty((T, "
        "B, 4, H))\n"
        "    hs[0], cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        a = (np.einsum('bi,gi->bg', x[t], W_ih) + np.einsum('bh,gh->bg', hs[t], W_hh) "
        "+ b_ih + b_hh).reshape(B, 4, H)\n"
        "        act = sigmoid(a); act[:, 2] = np.tanh(a[:, 2])\n"
        "        acts[t] = act\n"
        "        cs[t + 1] = act[:, 1] * cs[t] + act[:, 0] * act[:, 2]\n"
        "        hs[t + 1] = act[:, 3] * np.tanh(cs[t + 1])\n"
        "    das = np.empty((T, B, 4 * H))\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = acts[t, :, 0], acts[t, :, 1], acts[t, :, 2], acts[t, :, 3]\n"
        "        dh = dh + dout[t]\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dc = dc + dh * o * (1 - tc ** 2)\n"
        "        da = np.stack([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f), dc * i * (1 - "
        "g ** 2),\n"
        "                       dh * tc * o * (1 - o)], axis=1).reshape(B, 4 * H)\n"
        "        das[t] = da\n"
        "        dh = np.einsum('bg,gh->bh', da, W_hh)\n"
        "        dc = dc * f\n"
        '    return {"x": np.einsum(\'tbg,gi->tbi\', das, W_ih), "h0": dh, "c0": dc,\n'
        '            "W_ih": np.einsum(\'tbg,tbi->gi\', das, x), "W_hh": '
        "np.einsum('tbg,tbh->gh', das, hs[:-1]),\n"
        '            "b_ih": das.sum(axis=(0, 1)), "b_hh": das.sum(axis=(0, 1))}\n',
    },
    {
        "id": "lb_dout_last_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] is added only at the last step; the earlier steps get only what "
                "step t+1 sent back",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "every step",
                            "each step",
                            "dout[t]",
                            "only at",
                            "last step only",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = dout[-1] + (0 if dh_n is None else dh_n)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    acc = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dxs = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dxs[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in acc:\n"
        "            acc[k] = acc[k] + g[k]\n"
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, **acc}\n',
    },
    {
        "id": "lb_weights_not_summed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients keep only the last computed step (t = 0) "
                "instead of the sum over steps",
                "must_mention": [
                    {"any": ["sum", "accumul", "add up", "added"]},
                    {"any": ["step", "steps"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
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
        '    grads = {"x": np.zeros_like(x)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        grads["W_ih"], grads["W_hh"], grads["b_ih"], grads["b_hh"] = g["W_ih"], '
        'g["W_hh"], g["b_ih"], g["b_hh"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_state_offbyone",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t (h_t, c_t) instead of "
                "the state it started from (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "h_{t−1}",
                            "started from",
                            "state before",
                            "previous state",
                            "off by one",
                            "off-by-one",
                            "shifted",
                            "one step",
                            "after step t",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)      # state of step t\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    out = {k: np.zeros_like(v) for k, v in (("W_ih", W_ih), ("W_hh", W_hh), ("b_ih", '
        'b_ih), ("b_hh", b_hh))}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh, dc = g["h"], g["c"]\n'
        "        for k in out:\n"
        "            out[k] += g[k]\n"
        "    out.update(x=dx, h0=dh, c0=dc)\n"
        "    return out\n",
    },
    {
        "id": "lb_tom_none_crash",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n=None / dc_n=None not turned into zeros: crashes when they are None",
                "must_mention": ["None"],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh, dc = dh_n, dc_n\n"
        "    dx = np.zeros(x.shape)\n"
        "    dW_ih, dW_hh, db_ih, db_hh = np.zeros(W_ih.shape), np.zeros(W_hh.shape), "
        "np.zeros(b_ih.shape), np.zeros(b_hh.shape)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh = g["h"]; dc = g["c"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_dx_backward_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx collected while walking back and stacked without reversing: dx is in "
                "reverse time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "reverse order",
                            "reversed",
                            "backward order",
                            "reverse time",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = []\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh); db = "
        "np.zeros_like(b_ih)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db += g["b_ih"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, '
        '"b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "lb_omar_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "accumulates into the caller's dout in place (dout[t-1] += ...)",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]},
                    "dout",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    assert dout.shape[0] == x.shape[0] and dout.shape[1] == x.shape[1]\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    if dh_n is not None:\n"
        "        dout[-1] += dh_n                    # h_n is out[-1]\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    res = dict(W_ih=0.0, W_hh=0.0, b_ih=0.0, b_hh=0.0)\n"
        "    dx = np.empty_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]           # gradient into h_{t-1}\n'
        '        dx[t] = g["x"]; dc = g["c"]\n'
        "        for k in res:\n"
        "            res[k] = res[k] + g[k]\n"
        '    res.update(x=dx, h0=g["h"], c0=dc)\n'
        "    return res\n",
    },
    {
        "id": "lb_dcn_ignored",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the walk back starts with a zero gradient on c_n",
                "must_mention": ["dc_n"],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
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
        "    dc = np.zeros_like(c0)          # the cell state is not an output\n"
        '    gr = {k: np.zeros_like(v) for k, v in zip(("W_ih", "W_hh", "b_ih", "b_hh"), '
        "(W_ih, W_hh, b_ih, b_hh))}\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh, dc = g["h"], g["c"]\n'
        "        for k in gr:\n"
        "            gr[k] += g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **gr}\n',
    },
    {
        "id": "lb_bao_dx_axis",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx stacked on axis 1 (batch-major) and then reshaped to (T, B, I): the "
                "values are scrambled between time and batch",
                "must_mention": [
                    {
                        "any": [
                            "axis",
                            "batch and time",
                            "time and batch",
                            "transpos",
                            "reshape",
                            "scrambl",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs = [None] * T\n"
        "    acc = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs[t] = g["x"]; dh, dc = g["h"], g["c"]\n'
        '        for j, k in enumerate(("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            acc[j] += g[k]\n"
        "    dx = np.stack(dxs, axis=1)          # (B, T, I)?  one row per example\n"
        '    return {"x": dx.reshape(T, B, I), "h0": dh, "c0": dc,\n'
        '            "W_ih": acc[0], "W_hh": acc[1], "b_ih": acc[2], "b_hh": acc[3]}\n',
    },
    {
        "id": "lb_greta_double_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[T-1] is counted twice at the last step (once in the start value, "
                "once in the loop)",
                "must_mention": [{"any": ["twice", "double", "2 *", "two times", "counted"]}],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    # h_n = h_{T-1} = out[-1]: both gradients arrive there\n"
        "    dh = dout[-1] + (np.zeros_like(h0) if dh_n is None else dh_n)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    g_sum = None\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]; dh, dc = g["h"], g["c"]\n'
        '        g_sum = {k: g[k] for k in ("W_ih", "W_hh", "b_ih", "b_hh")} if g_sum is None '
        "else \\\n"
        "            {k: g_sum[k] + g[k] for k in g_sum}\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **g_sum}\n',
    },
    {
        "id": "lb_D_sam_last_only_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are step 0's only, not the sum over the steps",
                "must_mention": [
                    {"any": ["sum", "accumul", "add up", "added"]},
                    {"any": ["step", "steps"]},
                ],
            },
            {
                "what": "dh_n is ignored: the walk back starts with zeros for h_n",
                "must_mention": ["dh_n"],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def forward(t, h, c):\n"
        "        if t == len(x):\n"
        "            return []\n"
        "        h2, c2 = lstm_cell(x[t], h, c, *params)\n"
        "        return [(h, c)] + forward(t + 1, h2, c2)\n"
        "\n"
        "    starts = forward(0, h0, c0)\n"
        "\n"
        "    def backward(t, dh, dc, dxs):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], *starts[t], *params)\n"
        '        dxs[t] = g["x"]\n'
        "        if t == 0:\n"
        "            return g, dxs\n"
        '        return backward(t - 1, g["h"], g["c"], dxs)\n'
        "\n"
        "    dc_start = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    g, dxs = backward(len(x) - 1, np.zeros_like(h0), dc_start, [None] * len(x))\n"
        '    return {"x": np.stack(dxs), "h0": g["h"], "c0": g["c"],\n'
        '            "W_ih": g["W_ih"], "W_hh": g["W_hh"], "b_ih": g["b_ih"], "b_hh": '
        'g["b_hh"]}\n',
    },
    {
        "id": "lb_D_elif_shift_norecur",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δW_hh pairs step t's δa with h_t (hs[1:]) instead of h_{t-1} (hs[:-1]): "
                "off by one",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "h_{t−1}",
                            "off by one",
                            "off-by-one",
                            "shifted",
                            "one step",
                            "h_t",
                        ]
                    },
                ],
            },
            {
                "what": "the gradient sent back through h (δa W_hh) is never added to dout[t-1]: "
                "only dout reaches h_t",
                "must_mention": [
                    {
                        "any": [
                            "recurren",
                            "through h",
                            "step t+1",
                            "sent back",
                            "from later",
                            "what step t+1",
                            "dout[t] plus",
                            "dout[t] and",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]; acts = []\n"
        "    for t in range(T):\n"
        "        a = (np.einsum('bi,gi->bg', x[t], W_ih) + np.einsum('bh,gh->bg', hs[-1], "
        "W_hh) + b_ih + b_hh).reshape(B, 4, H)\n"
        "        act = sigmoid(a); act[:, 2] = np.tanh(a[:, 2]); acts.append(act)\n"
        "        cs.append(act[:, 1] * cs[-1] + act[:, 0] * act[:, 2])\n"
        "        hs.append(act[:, 3] * np.tanh(cs[-1]))\n"
        "    hs = np.array(hs); cs = np.array(cs)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    das = np.zeros((T, B, 4 * H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        i, f, g, o = acts[t][:, 0], acts[t][:, 1], acts[t][:, 2], acts[t][:, 3]\n"
        "        dh = dout[t] if t < T - 1 else dout[t] + dh\n"
        "        tc = np.tanh(cs[t + 1])\n"
        "        dc = dc + dh * o * (1 - tc ** 2)\n"
        "        das[t] = np.stack([dc * g * i * (1 - i), dc * cs[t] * f * (1 - f), dc * i * "
        "(1 - g ** 2),\n"
        "                           dh * tc * o * (1 - o)], axis=1).reshape(B, 4 * H)\n"
        "        dc = dc * f\n"
        "    dh0 = np.einsum('bg,gh->bh', das[0], W_hh)\n"
        '    return {"x": np.einsum(\'tbg,gi->tbi\', das, W_ih), "h0": dh0, "c0": dc,\n'
        '            "W_ih": np.einsum(\'tbg,tbi->gi\', das, x), "W_hh": '
        "np.einsum('tbg,tbh->gh', das, hs[1:]),\n"
        '            "b_ih": das.sum((0, 1)), "b_hh": das.sum((0, 1))}\n',
    },
    {
        "id": "lb_D_lena_swap_bhh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n and dc_n swapped: dh_n starts the c path and dc_n the h path",
                "must_mention": [
                    {"any": ["swap", "exchang", "interchang", "mixed up", "the other way"]},
                    {"any": ["dh_n", "dc_n"]},
                ],
            },
            {
                "what": "b_hh's gradient is left at zero instead of the same sum as b_ih",
                "must_mention": ["b_hh"],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    zeros = np.zeros_like(h0)\n"
        "    d_h = zeros if dc_n is None else dc_n          # node h_n\n"
        "    d_c = zeros if dh_n is None else dh_n          # node c_n\n"
        "    d_Wih = np.zeros_like(W_ih); d_Whh = np.zeros_like(W_hh); d_bih = "
        "np.zeros_like(b_ih)\n"
        "    d_x = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        local = lstm_cell_backward(d_h + dout[t], d_c, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        d_x[t] = local["x"]\n'
        '        d_h, d_c = local["h"], local["c"]\n'
        '        d_Wih = d_Wih + local["W_ih"]; d_Whh = d_Whh + local["W_hh"]; d_bih = d_bih + '
        'local["b_ih"]\n'
        '    return {"x": d_x, "h0": d_h, "c0": d_c, "W_ih": d_Wih, "W_hh": d_Whh,\n'
        '            "b_ih": d_bih, "b_hh": np.zeros_like(b_hh)}\n',
    },
    {
        "id": "ll_ok_ana_where",
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
        "id": "ll_ok_marco_concat",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    s = np.concatenate([h0, c0], axis=-1)        # state = [h | c], (B, 2H)\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], s[:, :H], s[:, H:], W_ih, W_hh, b_ih, b_hh)\n"
        "        alive = np.arange(B)[np.asarray(lengths) > t]\n"
        "        s[alive] = np.concatenate([h_new, c_new], axis=-1)[alive]\n"
        "        out[t, alive] = h_new[alive]\n"
        "    return out, (s[:, :H].copy(), s[:, H:].copy())\n",
    },
    {
        "id": "ll_ok_sam_per_sequence",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    def run(steps, h, c):\n"
        "        if len(steps) == 0:\n"
        "            return [], h, c\n"
        "        h1, c1 = lstm_cell(steps[:1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        rest, hn, cn = run(steps[1:], h1, c1)\n"
        "        return [h1[0]] + rest, hn, cn\n"
        "\n"
        "    T, B, _ = x.shape\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    h_n, c_n = np.zeros_like(h0), np.zeros_like(c0)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        hs, h_n[b:b + 1], c_n[b:b + 1] = run(x[:n, b], h0[b:b + 1], c0[b:b + 1])\n"
        "        out[:n, b] = hs\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_arith_mask",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[:, :, None]  # (T, B, 1)\n"
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
        "id": "ll_book_zeros_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0 and c0 are ignored: the state starts from zeros (the chapter's "
                "masked_lstm)",
                "must_mention": [
                    {"any": ["h0", "initial state"]},
                    {"any": ["zero", "ignor", "not used", "unused"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # the chapter's masked_lstm\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]  # (B, 1): 1 where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length holds the frozen last state instead of zeros",
                "must_mention": ["zero", {"any": ["past", "padding", "after", "beyond"]}],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out.append(h)          # frozen state on the padding steps\n"
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "ll_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state keeps updating on padding steps: h_n, c_n are the states at "
                "T-1, not at each last real step",
                "must_mention": [
                    {"any": ["padding", "pad", "frozen", "freeze", "mask"]},
                    {"any": ["h_n", "c_n", "state"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h * (t < lengths)[:, None]        # zero the padding\n"
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
                "what": "mask t <= lengths: one padding step too many is run (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one step too",
                            "one extra",
                            "one padding step",
                            "step lengths[b]",
                            "t < length",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_bao_mask_row",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask shaped (1, B) instead of (B, 1): it lines up with the units, not the "
                "batch rows (crashes unless B == H or B == 1)",
                "must_mention": [{"any": ["(B, 1)", "(1, B)", "broadcast", "axis", "transpos"]}],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]      # (T, B)\n"
        "    for t in range(T):\n"
        "        m = mask[t][None, :]                             # broadcast over the units\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_nadia_inplace_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h = h0 then h[real] = ... writes into the caller's h0 and c0",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]},
                    {"any": ["h0", "c0"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        real = t < lengths\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[real] = h_new[real]\n"
        "        c[real] = c_new[real]\n"
        "        out[t, real] = h_new[real]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_tom_maxlen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out has max(lengths) steps, not T, when the longest sequence is shorter "
                "than T",
                "must_mention": [
                    {
                        "any": [
                            "total_length",
                            "longest",
                            "max(lengths)",
                            "max length",
                            "shorter than T",
                            "(T, B, H)",
                            "T steps",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = int(max(lengths))              # as pad_packed_sequence: up to the longest "
        "sequence\n"
        "    B = x.shape[1]\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h); c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_omar_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "asserts lengths sorted in decreasing order (pack_padded_sequence's "
                "enforce_sorted=True): fails on unsorted batches",
                "must_mention": ["sort"],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    lengths = np.asarray(lengths)\n"
        "    assert x.ndim == 3 and lengths.shape == (x.shape[1],)\n"
        '    assert np.all(lengths[:-1] >= lengths[1:]), "lengths must be sorted (decreasing), '
        'as pack_padded_sequence wants"\n'
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        nb = int(np.sum(lengths > t))           # batch_sizes[t]: the first nb "
        "sequences are running\n"
        "        if nb == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t, :nb], h[:nb], c[:nb], W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.concatenate([h_new, h[nb:]]); c = np.concatenate([c_new, c[nb:]])\n"
        "        out[t, :nb] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_marco_split_axis0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split(state, 2) splits along axis 0 (the batch), not the [h | c] axis",
                "must_mention": [{"any": ["axis", "batch rows", "split"]}],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    state = np.concatenate([h0, c0], axis=1)         # (B, 2H): [h | c]\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = state[:, :H], state[:, H:]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        state = np.where(m, np.concatenate([h_new, c_new], axis=1), state)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    h_n, c_n = np.split(state, 2)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_priya_torch",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "uses torch (nn.LSTM with packing) inside the graded function: not "
                "available when graded",
                "must_mention": ["torch"],
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
        "import torch\n"
        "from torch import nn\n"
        "from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence\n"
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # exactly what the documentation of nn.LSTM says to do with padded sequences\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lstm = nn.LSTM(I, H).double()\n"
        "    with torch.no_grad():\n"
        "        lstm.weight_ih_l0.copy_(torch.from_numpy(W_ih)); "
        "lstm.weight_hh_l0.copy_(torch.from_numpy(W_hh))\n"
        "        lstm.bias_ih_l0.copy_(torch.from_numpy(b_ih)); "
        "lstm.bias_hh_l0.copy_(torch.from_numpy(b_hh))\n"
        "        packed = pack_padded_sequence(torch.from_numpy(x), torch.as_tensor(lengths), "
        "enforce_sorted=False)\n"
        "        out, (h_n, c_n) = lstm(packed, (torch.from_numpy(h0)[None], "
        "torch.from_numpy(c0)[None]))\n"
        "        out, _ = pad_packed_sequence(out, total_length=T)\n"
        "    return out.numpy(), (h_n[0].numpy(), c_n[0].numpy())\n",
    },
    {
        "id": "ll_D_kenji_keras_mask",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length repeats the last output (Keras masking) instead of "
                "zeros",
                "must_mention": ["zero", {"any": ["past", "padding", "after", "beyond"]}],
            },
            {
                "what": "adds 1 to the forget gate's bias (Keras unit_forget_bias)",
                "must_mention": ["forget", "bias"],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # like keras.layers.Masking + LSTM(return_sequences=True)\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T\n"
        "    H = recurrent_kernel.shape[0]\n"
        "    bias = b_ih + b_hh\n"
        "    bias[H:2 * H] += 1.0                 # unit_forget_bias=True\n"
        "    h, c = h0, c0\n"
        "    seq = []\n"
        "    for t in range(x.shape[0]):\n"
        "        z = x[t] @ kernel + h @ recurrent_kernel + bias\n"
        "        i, f, cc, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, "
        "2*H:3*H]), sigmoid(z[:, 3*H:])\n"
        "        c_new = f * c + i * cc\n"
        "        h_new = o * np.tanh(c_new)\n"
        "        keep = (t < lengths)[:, None]\n"
        "        h = np.where(keep, h_new, h)\n"
        "        c = np.where(keep, c_new, c)\n"
        "        seq.append(h)                     # masked steps repeat the previous output, "
        "as Keras does\n"
        "    return np.stack(seq), (h, c)\n",
    },
    {
        "id": "ll_D_bao_le_cn",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths: one step too many (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one step too",
                            "one extra",
                            "one padding step",
                            "step lengths[b]",
                            "t < length",
                        ]
                    }
                ],
            },
            {
                "what": "only h is masked: c keeps updating on padding, so c_n (and the state fed "
                "back) is wrong",
                "must_mention": [
                    {"any": ["c_n", "cell state"]},
                    {"any": ["padding", "mask", "frozen", "freeze"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t <= lengths)[:, None]\n"
        "        h_new, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bll_ok_ana_reverse_within",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_within(x, lengths):\n"
        '    """reverse each sequence within its own length; padding stays at the end"""\n'
        "    T, B = x.shape[:2]\n"
        "    t = np.arange(T)[:, None]\n"
        "    L = np.asarray(lengths)[None, :]\n"
        "    idx = np.where(t < L, L - 1 - t, t)       # (T, B)\n"
        "    return x[idx, np.arange(B)[None, :]]\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(reverse_within(x, lengths), lengths, "
        "h0[1], c0[1], *bwd)\n"
        "    out_b = reverse_within(out_r, lengths)\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_ok_lena_backward_mask",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    # forward\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    h_f, c_f = h, c\n"
        "    # reverse: walk t = T-1 .. 0; the state stays at its initial value until t < "
        "length\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_ok_greta_general",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    params = [fwd, bwd]\n"
        "    D = len(params)\n"
        "    out = np.zeros((T, B, D * H))\n"
        "    h_n = np.zeros((D, B, H)); c_n = np.zeros((D, B, H))\n"
        "    for d in range(D):\n"
        "        for b in range(B):\n"
        "            n = int(lengths[b])\n"
        "            order = range(n) if d == 0 else range(n - 1, -1, -1)\n"
        "            h, c = h0[d, b:b + 1], c0[d, b:b + 1]\n"
        "            for t in order:\n"
        "                h, c = lstm_cell(x[t, b:b + 1], h, c, *params[d])\n"
        "                out[t, b, d * H:(d + 1) * H] = h[0]\n"
        "            h_n[d, b], c_n[d, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_flip_whole_axis",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction gets the whole padded time axis flipped: short "
                "sequences start on padding",
                "must_mention": [
                    {"any": ["padding", "pad"]},
                    {"any": ["reverse", "backward", "flip"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    return np.concatenate([out_f, out_b[::-1]], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bll_rev_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse half of out is not zero past each length (it holds the reverse "
                "initial state)",
                "must_mention": ["zero", {"any": ["past", "padding", "after", "beyond"]}],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out_b[t] = h                              # state after reading x_t\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h]), "
        "np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_hn_rev_first_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is taken at step lengths[b]-1 (its first step), not "
                "after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "out[0",
                            "after step 0",
                            "first step",
                            "last step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H)); h_b = np.zeros((B, H)); c_b = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        o, (hb, cb) = lstm_layer_lengths(x[:n, b:b + 1][::-1], [n], h0[1, b:b + 1], "
        "c0[1, b:b + 1], *bwd)\n"
        "        out_b[:n, b] = o[::-1, 0]\n"
        "        h_b[b] = out_b[n - 1, b]          # reverse h_n: its output at the last real "
        "step\n"
        "        c_b[b] = cb[0]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bll_fwd_weights_twice",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses fwd's weights; bwd is ignored",
                "must_mention": [
                    "weight",
                    {"any": ["fwd", "forward direction's", "same weights", "bwd"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    idx = np.where(t < lengths, lengths - 1 - t, t)\n"
        "    x_rev = np.take_along_axis(x, idx[:, :, None], axis=0)\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *fwd)\n"
        "    out_b = np.take_along_axis(out_r, idx[:, :, None], axis=0)\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_rev_index_offbyone",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse reading index lengths[b] - t instead of lengths[b] - 1 - t: reads "
                "the padding step after the sequence (off by one)",
                "must_mention": [
                    {"any": ["off by one", "off-by-one", "lengths[b] - 1", "shifted"]}
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        for t in range(L):\n"
        "            x_rev[t, b] = x[L - t, b] if L - t < T else x[L - t - 1, b]\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_b[:L, b] = out_r[:L, b][::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bll_h0_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward row) instead "
                "of row 1",
                "must_mention": [
                    {"any": ["initial", "h0[", "c0["]},
                    {
                        "any": [
                            "row 0",
                            "h0[0]",
                            "row 1",
                            "h0[1]",
                            "forward row",
                            "forward direction's initial",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    h_init, c_init = h0[0], c0[0]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H)); c_n = np.zeros((2, B, H))\n"
        "    out[:, :, :H], (h_n[0], c_n[0]) = lstm_layer_lengths(x, lengths, h_init, c_init, "
        "*fwd)\n"
        "    h, c = h_init, c_init\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    h_n[1], c_n[1] = h, c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bll_rev_output_not_putback",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs left in reading order: not put back in time order within "
                "each length",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "put back",
                            "reading order",
                            "flip",
                            "reversed order",
                            "not reversed",
                            "back in order",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        x_rev[:n, b] = x[:n, b][::-1]\n"
        "    out_b, (h_b, c_b) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([out_f, out_b], axis=-1), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bll_tom_first_is_longest",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes lengths[0] is the longest (sorted batch): steps past lengths[0] "
                "are never run for longer sequences",
                "must_mention": [
                    {"any": ["longest", "max(lengths)", "sorted", "lengths[0]", "first sequence"]}
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    T_max = int(lengths[0])          # the first sequence is the longest\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    o, (h_f, c_f) = lstm_layer_lengths(x[:T_max], lengths, h0[0], c0[0], *fwd)\n"
        "    out[:T_max, :, :H] = o\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T_max - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_D_priya_hn_out_last_rev_nozero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's forward row is out[-1] (zeros for shorter sequences) instead of "
                "each sequence's state at its last real step",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "last real step",
                            "lengths[b] - 1",
                            "lengths[b]-1",
                            "own last",
                            "T - 1",
                            "T-1",
                            "out[-1]",
                            "zeros",
                        ]
                    },
                ],
            },
            {
                "what": "reverse half of out is not zero past each length",
                "must_mention": ["zero", {"any": ["past", "padding", "after", "beyond"]}],
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    out_f, (_, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out_b[t] = h\n"
        "    out = np.concatenate([out_f, out_b], axis=-1)\n"
        '    # h_n: "the final hidden state for each element in the sequence" -> the last time '
        "step\n"
        "    h_n = np.stack([out_f[-1], h])\n"
        "    return out, (h_n, np.stack([c_f, c]))\n",
    },
    {
        "id": "bll_D_greta_flip_cn",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction gets the whole padded axis flipped: short sequences "
                "start on padding",
                "must_mention": [
                    {"any": ["padding", "pad"]},
                    {"any": ["reverse", "backward", "flip"]},
                ],
            },
            {"what": "returns h_n twice: c_n is h_n", "must_mention": ["c_n"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    outs, hs = [], []\n"
        "    for d, params in enumerate((fwd, bwd)):\n"
        "        xs = x if d == 0 else np.flip(x, 0)\n"
        "        o, (h, c) = lstm_layer_lengths(xs, lengths, h0[d], c0[d], *params)\n"
        "        outs.append(o if d == 0 else np.flip(o, 0))\n"
        "        hs.append(h)\n"
        "    h_n = np.stack(hs)\n"
        "    return np.concatenate(outs, axis=-1), (h_n, h_n)\n",
    },
    {
        "id": "bll_D_elif_le_bias",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse mask t <= lengths: the reverse direction reads one padding step "
                "(t = lengths[b]) first (off by one)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "<=",
                            "one padding step",
                            "step lengths[b]",
                        ]
                    }
                ],
            },
            {"what": "the reverse direction drops b_hh", "must_mention": ["b_hh"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        m = (t < np.asarray(lengths))[:, None]\n"
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
        "    out = np.zeros((T, B, 2 * H)); hn = np.zeros((2, B, H)); cn = np.zeros((2, B, "
        "H))\n"
        "    for d, (W_ih, W_hh, b_ih, b_hh) in enumerate((fwd, bwd)):\n"
        "        Wx = np.einsum('tbi,gi->tbg', x, W_ih) + b_ih\n"
        "        h, c = h0[d], c0[d]\n"
        "        ts = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "        for t in ts:\n"
        "            a = Wx[t] + np.einsum('bh,gh->bg', h, W_hh) + (b_hh if d == 0 else 0)\n"
        "            i, f, g, o = np.split(a, 4, axis=1)\n"
        "            c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "            h_new = sigmoid(o) * np.tanh(c_new)\n"
        "            m = (t < lengths)[:, None] if d == 0 else (t <= lengths)[:, None]\n"
        "            h, c = np.where(m, h_new, h), np.where(m, c_new, c)\n"
        "            out[t, :, d * H:(d + 1) * H] = np.where(m & (t < lengths)[:, None], "
        "h_new, 0.0)\n"
        "        hn[d], cn[d] = h, c\n"
        "    return out, (hn, cn)\n",
    },
]
