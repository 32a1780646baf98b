# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The fourteenth blind corpus, kept as its two authors wrote it (/work/blind14a and /work/blind14b,
split by graded names as for corpora 10-13; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora, asked for the natural mix of a class of 300
in the voices of students from other backgrounds (MATLAB, R or Julia, Keras, JAX-style pure
functions, everything as classes, tired slips at night, einsum one-liners, shapes-only testing,
every edge case handled with one branch wrong, the book's symbols read literally), run on
545216d (after the eleventh round); the words a message must contain were fixed before its first
run. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sig_ok_mask",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sig_ok_logaddexp_julia",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "# in Julia I'd write  σ(z) = exp(-log1p(exp(-z)))  and broadcast with a dot;\n"
        "# logaddexp(0, -z) = log(1 + e^{-z}) without overflow\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))\n",
    },
    {
        "id": "sig_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "naive 1/(1+exp(-z)) overflows for z <= -710", "must_mention": ["overflow"]}
        ],
        "source": "\nimport numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sig_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches, so exp(-z)/exp(z) still overflow "
                "(warning)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # stable: use the e^z form for negative z\n"
        "    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))\n",
    },
    {
        "id": "sig_neg_branch_sign",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "negative branch computes 1/(1+e^z) = sigma(-z), i.e. 1 - sigma(z), for z "
                "< 0",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "z < 0",
                            "z<0",
                            "1 - σ",
                            "1 - sigma",
                            "σ(-z)",
                            "sigma(-z)",
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
        "    out = np.zeros_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    # for z < 0 flip the sign so exp never gets a big argument\n"
        "    out[~p] = 1 / (1 + np.exp(z[~p]))\n"
        "    return out\n",
    },
    {
        "id": "sig_matlab_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the caller's array z (in place)",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "# like MATLAB: z(z<0) = exp(z(z<0))./(1+exp(z(z<0)))\n"
        "\n"
        "def sigmoid(z):\n"
        "    neg = z < 0\n"
        "    pos = ~neg\n"
        "    z[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))\n"
        "    z[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    return z\n",
    },
    {
        "id": "sig_keras_clip",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-15, 15]: wrong values (saturated) for |z| > 15",
                "must_mention": [
                    {"any": ["clip", "saturat", "large |z|", "|z| >", "capped", "limited"]}
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # Keras-style: clip the logits so exp can't blow up\n"
        "    z = np.clip(z, -15.0, 15.0)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_r_listcomp",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "iterates over the first axis only: fails for 2-D (and 0-d) inputs; works "
                "only on 1-D",
                "must_mention": [
                    {
                        "any": [
                            "2-d",
                            "2d",
                            "ndim",
                            "dimension",
                            "0-d",
                            "scalar",
                            "any shape",
                            "1-d",
                            "one-dimensional",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "import math\n"
        "\n"
        "def sigmoid(z):\n"
        "    # like sapply(z, function(v) ...) in R\n"
        "    return np.array([1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + "
        "math.exp(v)) for v in z])\n",
    },
    {
        "id": "sig_double_f32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {"what": "result is float32, not float64", "must_mention": ["float32"]},
            {
                "what": "naive formula overflows in exp for large negative z",
                "must_mention": ["overflow"],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # float32 like on the GPU\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sig_double_ravel_clip",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flattened 1-D array, not z's shape",
                "must_mention": [{"any": ["shape", "flatten", "ravel", "1-d"]}],
            },
            {
                "what": "clips z to [-20, 20]: sigma(-1000) comes out 2.1e-9 instead of 0 (and "
                "1-2e-9 instead of 1)",
                "must_mention": [{"any": ["clip", "saturat", "capped", "limited", "|z| >"]}],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.ravel(z)                  # work on a flat vector\n"
        "    z = np.clip(z, -20, 20)          # avoid overflow\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "gates_ok_split",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_ok_einsum_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[1]\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + '
        "b_hh)\n"
        "    a = a.reshape(B, 4, H)          # gate blocks are contiguous: [i | f | g | o]\n"
        "    i, f, g, o = (a[:, k, :] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_ok_class_dict",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    out = np.empty_like(z)\n"
        "    m = z >= 0\n"
        "    out[m] = 1 / (1 + np.exp(-z[m]))\n"
        "    ez = np.exp(z[~m])\n"
        "    out[~m] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "class _GateBlock:\n"
        '    ACT = {"i": sigmoid, "f": sigmoid, "g": np.tanh, "o": sigmoid}\n'
        "    def __init__(self, name, k, H):\n"
        "        self.name, self.rows = name, slice(k * H, (k + 1) * H)\n"
        "    def __call__(self, x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "        r = self.rows\n"
        "        return self.ACT[self.name](x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + "
        "b_hh[r])\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    return tuple(_GateBlock(n, k, H)(x, h, W_ih, W_hh, b_ih, b_hh) for k, n in "
        'enumerate("ifgo"))\n',
    },
    {
        "id": "gates_colah_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reads the blocks in the order f, i, o, g instead of PyTorch's i, f, g, o",
                "must_mention": [{"any": ["order", "f, i, o, g", "fiog", "permut"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # Colah's blog order: forget, input, output, candidate\n"
        "    f = sigmoid(a[:, 0:H])\n"
        "    i = sigmoid(a[:, H:2*H])\n"
        "    o = sigmoid(a[:, 2*H:3*H])\n"
        "    g = np.tanh(a[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_keras_reshape_kernel",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes W_ih/W_hh to (I,4H)/(H,4H) instead of transposing them",
                "must_mention": [{"any": ["reshape", "transpos", ".T"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    # Keras layout: kernel (I, 4H), recurrent_kernel (H, 4H)\n"
        "    kernel = W_ih.reshape(I, 4 * H)\n"
        "    recurrent_kernel = W_hh.reshape(H, 4 * H)\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    c = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:])\n"
        "    return i, f, c, o\n",
    },
    {
        "id": "gates_matlab_columns",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the gates as columns, (H, B), not transposed back to (B, H)",
                "must_mention": [{"any": ["transpos", "(H, B)", "shape"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # column vectors, like in MATLAB: a = W*x + b\n"
        "    X = x.T                       # (I, B)\n"
        "    Hc = h.T                      # (H, B)\n"
        "    a = W_ih @ X + W_hh @ Hc + (b_ih + b_hh)[:, None]   # (4H, B)\n"
        "    H = Hc.shape[0]\n"
        "    i = sigmoid(a[0:H, :])\n"
        "    f = sigmoid(a[H:2*H, :])\n"
        "    g = np.tanh(a[2*H:3*H, :])\n"
        "    o = sigmoid(a[3*H:4*H, :])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_no_bhh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [{"what": "forgets the recurrent bias b_hh", "must_mention": ["b_hh"]}],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_tired_copy_g_block",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "g reads the output gate's block 3H:4H instead of 2H:3H (copied line)",
                "must_mention": [
                    {
                        "any": [
                            "3H:4H",
                            "3*H",
                            "W_io",
                            "W_ho",
                            "output gate's",
                            "o's block",
                            "block 3",
                            "rows of o",
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
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0*H:1*H])\n"
        "    f = sigmoid(a[:, 1*H:2*H])\n"
        "    g = np.tanh(a[:, 3*H:4*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_julia_float_H",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "H = len(b_ih) / 4 is a float: slicing with it raises TypeError (use //)",
                "must_mention": [{"any": ["float", "//", "integer division"]}],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = len(b_ih) / 4          # hidden size\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_shape_only_H_from_x",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the hidden size from x.shape[1] (that is I, not H): wrong blocks "
                "when I != H",
                "must_mention": [
                    {
                        "any": [
                            "x.shape",
                            "input size",
                            "I instead of H",
                            "I != H",
                            "I ≠ H",
                            "from x",
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
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = x.shape\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_double_keras_kernel_onebias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshapes the weights to Keras (I,4H) layout instead of transposing",
                "must_mention": [{"any": ["reshape", "transpos", ".T"]}],
            },
            {"what": "uses only b_ih (one Keras bias), b_hh forgotten", "must_mention": ["b_hh"]},
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        "    kernel = W_ih.reshape(-1, 4 * H)             # (I, 4H) like tf.keras\n"
        "    recurrent_kernel = W_hh.reshape(-1, 4 * H)   # (H, 4H)\n"
        "    bias = b_ih                                  # keras has a single bias vector\n"
        "    z = np.dot(x, kernel) + np.dot(h, recurrent_kernel) + bias\n"
        "    z0, z1, z2, z3 = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(z0), sigmoid(z1), np.tanh(z2), sigmoid(z3)\n",
    },
    {
        "id": "gates_double_einsum_interleave_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "reshape to (B, H, 4) takes the gates interleaved (every 4th column) "
                "instead of contiguous blocks",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "(B, H, 4)",
                            "every 4th",
                            "every fourth",
                            "stride",
                            "reshape",
                        ]
                    }
                ],
            },
            {
                "what": "b_ih += b_hh modifies the caller's b_ih in place",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
                ],
            },
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b_ih += b_hh                                   # only the sum matters\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih\n'
        "    B, H4 = a.shape\n"
        "    a = a.reshape(B, H4 // 4, 4)                   # (B, H, 4): one column per gate\n"
        "    i, f, g, o = np.moveaxis(a, -1, 0)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "cell_ok_plain",
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
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ok_concat_seed004",
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
        "    # one matrix on [x ; h], as in the concatenated notation\n"
        "    W = np.concatenate([W_ih, W_hh], axis=1)       # (4H, I + H)\n"
        "    xh = np.concatenate([x, h], axis=1)            # (B, I + H)\n"
        "    a = xh @ W.T + (b_ih + b_hh)\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    c_new = sigmoid(af) * c + sigmoid(ai) * np.tanh(ag)\n"
        "    return sigmoid(ao) * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_ok_matlab_columns",
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
        "    # I think in columns: every example is a column, then transpose back at the end\n"
        "    xc, hc, cc = x.T, h.T, c.T\n"
        "    H = hc.shape[0]\n"
        "    a = W_ih @ xc + W_hh @ hc + b_ih[:, None] + b_hh[:, None]\n"
        "    i = sigmoid(a[0:H]); f = sigmoid(a[H:2*H]); g = np.tanh(a[2*H:3*H]); o = "
        "sigmoid(a[3*H:4*H])\n"
        "    cn = f * cc + i * g\n"
        "    hn = o * np.tanh(cn)\n"
        "    return hn.T.copy(), cn.T.copy()\n",
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
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "c_next first",
                            "(c_next, h_next)",
                            "exchanged",
                            "the other way",
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
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return c_next, h_next      # (c, h) like the state tuple in my notes\n",
    },
    {
        "id": "cell_no_tanh_on_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh on the new cell state is missing",
                "must_mention": [
                    {
                        "any": [
                            "tanh(c",
                            "tanh of c",
                            "tanh on c",
                            "without tanh",
                            "missing tanh",
                            "no tanh",
                            "squash",
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
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_tired_old_c_in_h",
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
                            "old c",
                            "previous c",
                            "c_prev",
                            "instead of c_t",
                            "instead of c_next",
                            "tanh(c_{t-1})",
                            "c_{t−1}",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_literal_sigmoid_g",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell candidate g goes through sigmoid instead of tanh",
                "must_mention": [
                    {"any": ["candidate", "g_t", "gate g", "g gate", "g:", "g ("]},
                    {"any": ["sigmoid", "σ", "tanh"]},
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
        '    # "the gates use the sigmoid" -> all four pre-activations through sigma\n'
        "    a = sigmoid(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c_next = f * c + i * g\n"
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
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
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
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(ai), sigmoid(af), np.tanh(ag), sigmoid(ao)\n"
        "    c *= f               # forget\n"
        "    c += i * g           # write\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_own_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "replaces the given stable sigmoid with the naive one: overflow warning "
                "for large pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1.0 / (1.0 + np.exp(-x))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_matlab_bias_axis",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds the (4H,) biases to the (4H, B) column matrix: broadcast along the "
                "batch axis (crash unless B == 4H; wrong when B == 4H)",
                "must_mention": [{"any": ["bias", "b_ih", "broadcast"]}],
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
        "    # a = W_ih*x + W_hh*h + b   (column form)\n"
        "    a = W_ih @ x.T + W_hh @ h.T + b_ih + b_hh        # (4H, B)\n"
        "    a = a.T\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_double_tired_f_block_h_for_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate reads the input gate's block 0:H (line copied, not edited)",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "0:H",
                            "W_ii",
                            "W_hi",
                            "input gate's",
                            "i's block",
                            "block 0",
                            "same as the input gate",
                            "equals the input gate",
                        ]
                    },
                ],
            },
            {
                "what": "c_next = f * h + ...: multiplies the previous hidden state instead of the "
                "previous cell state",
                "must_mention": [
                    {
                        "any": [
                            "f * h",
                            "f ⊙ h",
                            "h_{t-1} instead",
                            "h instead of c",
                            "hidden state instead",
                            "instead of c_{t-1}",
                            "h_prev",
                            "h where",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, 0:H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:4*H])\n"
        "    c_next = f * h + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_double_keras_forgetbias_onebias",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds 1 to the forget gate's pre-activation (Keras unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {"any": ["+1", "+ 1", "1.0", "offset", "shift", "constant", "extra"]},
                ],
            },
            {"what": "b_hh never added (Keras has one bias)", "must_mention": ["b_hh"]},
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
        "    H = h.shape[1]\n"
        "    kernel, recurrent_kernel = W_ih.T, W_hh.T\n"
        "    z = x @ kernel + h @ recurrent_kernel + b_ih       # single bias as in tf.keras\n"
        "    z_i, z_f, z_c, z_o = np.split(z, 4, axis=1)\n"
        "    i = sigmoid(z_i)\n"
        "    f = sigmoid(z_f + 1.0)                              # unit_forget_bias=True\n"
        "    c_tilde = np.tanh(z_c)\n"
        "    o = sigmoid(z_o)\n"
        "    c_next = f * c + i * c_tilde\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_double_squeeze_tanh_o",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze on the results: a batch of one (B=1) (or H=1) gives the wrong "
                "shape",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch of 1",
                            "size-1",
                            "size 1",
                        ]
                    }
                ],
            },
            {
                "what": "output gate o through tanh instead of sigmoid",
                "must_mention": ["output gate", {"any": ["tanh", "sigmoid", "σ"]}],
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
        "    H = h.shape[-1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = np.tanh(a[:, 3*H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return np.squeeze(h_next), np.squeeze(c_next)   # drop the extra dimension\n",
    },
    {
        "id": "layer_ok_loop",
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
        "id": "layer_ok_jax_scan",
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
        "def scan(f, init, xs):\n"
        '    """Like jax.lax.scan: f(carry, x) -> (carry, y); returns (carry, stacked ys)."""\n'
        "    carry, ys = init, []\n"
        "    for x in xs:\n"
        "        carry, y = f(carry, x)\n"
        "        ys.append(y)\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    init = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "\n"
        "    def step(carry, x_t):\n"
        "        h, c = lstm_cell(x_t, *carry, W_ih, W_hh, b_ih, b_hh)\n"
        "        return (h, c), h\n"
        "\n"
        "    (h_n, c_n), out = scan(step, init, xs)\n"
        "    return (np.transpose(out, (1, 0, 2)) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "layer_ok_precomputed_einsum",
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
        "    # input projection for every step at once: (T, B, 4H)\n"
        '    xw = np.einsum("tbi,gi->tbg", x, W_ih) + b_ih + b_hh\n'
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = xw[t] + h @ W_hh.T\n"
        "        i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
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
                "what": "with batch_first=True, out is left (T, B, H) instead of being swapped "
                "back to (B, T, H)",
                "must_mention": [
                    {"any": ["swap", "transpos", "(B, T, H)", "back", "batch-first", "batch first"]}
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
        "    return np.stack(out), (h, c)\n",
    },
    {
        "id": "layer_none_state_torch_shape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None, makes zeros of shape (1, B, H) (nn.LSTM's hx), so "
                "h_n, c_n come out (1, B, H)",
                "must_mention": [
                    "None",
                    {"any": ["(1, B, H)", "(1,", "extra", "leading", "3-d", "shape"]},
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
        "    if h0 is None:\n"
        "        h0 = np.zeros((1, B, H))      # like nn.LSTM's hx: (num_layers*D, B, H)\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((1, B, H))\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_matlab_skip_step0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "loop starts at t = 1 (MATLAB's 1:T): step 0 is never computed and out[0] "
                "stays zero",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "skip",
                            "x_0",
                            "range(1",
                            "x[0]",
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
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T = x.shape[0]; B = x.shape[1]; H = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    h = h0; c = c0\n"
        "    for t in range(1, T):            # for t = 1:T\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_state_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "every step starts from (h0, c0): the state is never carried from one step "
                "to the next",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "initial state at every",
                            "h0 at every",
                            "every step",
                            "each step",
                            "not passed on",
                            "not updated",
                            "never updated",
                            "independently",
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
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_inplace_h0_prealloc",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h[:] = ... writes into the caller's h0 and c0 (in place)",
                "must_mention": [
                    {"any": ["in place", "in-place", "modif", "changed", "unchanged", "overwr"]}
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
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[:] = h_new          # reuse the preallocated state buffers\n"
        "        c[:] = c_new\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_shape_only_zeros_like_x",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out = np.zeros_like(x) has I features, not H: crashes (or wrong shape) "
                "whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "zeros_like",
                            "I != H",
                            "I ≠ H",
                            "input size",
                            "I features",
                            "last axis",
                            "(T, B, I)",
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros_like(x)             # same shape as the input sequence\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_double_scan_reversed_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "scan helper inserts each output at the front: out is in reverse time "
                "order",
                "must_mention": [
                    {"any": ["revers", "time order", "backwards", "flipped", "out[::-1]", "mirror"]}
                ],
            },
            {
                "what": "batch_first handled with reshape instead of a transpose (mixes batch and "
                "time)",
                "must_mention": [{"any": ["reshape", "transpos", "swap"]}],
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
        "def scan(f, init, xs):\n"
        "    carry, ys = init, []\n"
        "    for x in xs:\n"
        "        carry, y = f(carry, x)\n"
        "        ys.insert(0, y)\n"
        "    return carry, np.array(ys)\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    carry = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "    step = lambda hc, xt: (lambda h, c: ((h, c), h))(*lstm_cell(xt, hc[0], hc[1], "
        "W_ih, W_hh, b_ih, b_hh))\n"
        "    (h_n, c_n), out = scan(step, carry, x)\n"
        "    if batch_first:\n"
        "        out = out.reshape(B, T, H)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "layer_double_append_before_zeros_I",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends h before the step: out[t] holds h_{t-1} (out[0] is h0), off by "
                "one",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "before",
                            "previous step",
                            "off by one",
                            "off-by-one",
                            "shifted",
                            "one step late",
                            "one step behind",
                            "lag",
                        ]
                    }
                ],
            },
            {
                "what": "zero initial states made (B, I) instead of (B, H): crash or wrong when h0 "
                "is None and I != H",
                "must_mention": [
                    "None",
                    {"any": ["(B, I)", "input size", "I instead of H", "I != H", "x.shape"]},
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
        "        x = np.swapaxes(x, 0, 1)\n"
        "    T, B, I = x.shape\n"
        "    h = h0 if h0 is not None else np.zeros((B, I))\n"
        "    c = c0 if c0 is not None else np.zeros((B, I))\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        out.append(h)\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_double_truthy_h0_xT",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "`h0 if h0 else ...` tests an array's truth value: ValueError whenever h0 "
                "is given (use `is None`)",
                "must_mention": [{"any": ["is None", "truth value", "ambiguous", "if h0"]}],
            },
            {
                "what": "x.T reverses all three axes ((I, T, B)), not just the first two, for "
                "batch_first",
                "must_mention": [
                    {"any": [".T", "all three axes", "all axes", "reverses the axes", "transpos"]}
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
        "        x = x.T                      # (B, T, I) -> (T, B, I)\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 else np.zeros((B, H))\n"
        "    c = c0 if c0 else np.zeros((B, H))\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.T\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "scr_ok_dict_loops",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_ok_oo_cells",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        z = np.asarray(z, dtype=np.float64)\n"
        "        out = np.empty_like(z)\n"
        "        pos = z >= 0\n"
        "        out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "        ez = np.exp(z[~pos])\n"
        "        out[~pos] = ez / (1.0 + ez)\n"
        "        return out\n"
        "\n"
        "\n"
        "class DirectionCell:\n"
        '    """One direction of one layer: owns its weights and runs over a sequence."""\n'
        "\n"
        "    sigmoid = Sigmoid()\n"
        "\n"
        "    def __init__(self, in_features, hidden, bias, rng, reverse):\n"
        "        k = 1 / hidden ** 0.5\n"
        "        self.hidden, self.reverse, self.has_bias = hidden, reverse, bias\n"
        "        self.weight_ih = rng.uniform(-k, k, size=(4 * hidden, in_features))\n"
        "        self.weight_hh = rng.uniform(-k, k, size=(4 * hidden, hidden))\n"
        "        if bias:\n"
        "            self.bias_ih = rng.uniform(-k, k, size=(4 * hidden,))\n"
        "            self.bias_hh = rng.uniform(-k, k, size=(4 * hidden,))\n"
        "\n"
        "    def names(self):\n"
        '        return ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.has_bias '
        "else [])\n"
        "\n"
        "    def step(self, x, h, c):\n"
        "        a = x @ self.weight_ih.T + h @ self.weight_hh.T\n"
        "        if self.has_bias:\n"
        "            a = a + self.bias_ih + self.bias_hh\n"
        "        H = self.hidden\n"
        "        i, f, o = (self.sigmoid(a[:, k * H:(k + 1) * H]) for k in (0, 1, 3))\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        c = f * c + i * g\n"
        "        return o * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        order = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        out = np.empty((T, xs.shape[1], self.hidden))\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers = hidden_size, num_layers\n"
        "        self.batch_first = batch_first\n"
        "        self.num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        self.cells = []            # self.cells[layer][direction]\n"
        "        for layer in range(num_layers):\n"
        "            n_in = input_size if layer == 0 else hidden_size * self.num_directions\n"
        "            self.cells.append([DirectionCell(n_in, hidden_size, bias, rng, "
        "reverse=bool(d))\n"
        "                               for d in range(self.num_directions)])\n"
        "\n"
        "    def _named(self):\n"
        "        for layer, row in enumerate(self.cells):\n"
        "            for d, cell in enumerate(row):\n"
        "                for n in cell.names():\n"
        '                    yield f"{n}_l{layer}" + ("_reverse" if d else ""), cell, n\n'
        "\n"
        "    def state_dict(self):\n"
        "        return {key: getattr(cell, n).astype(np.float64, copy=True) for key, cell, n "
        "in self._named()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        expected = {key for key, _, _ in self._named()}\n"
        "        if set(state) != expected:\n"
        '            raise KeyError(f"missing {sorted(expected - set(state))}, extra '
        '{sorted(set(state) - expected)}")\n'
        "        for key, cell, n in self._named():\n"
        "            new = np.array(state[key], dtype=np.float64)\n"
        "            if new.shape != getattr(cell, n).shape:\n"
        '                raise ValueError(f"{key} has shape {new.shape}, expected '
        '{getattr(cell, n).shape}")\n'
        "            setattr(cell, n, new)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        B = x.shape[1]\n"
        "        rows = self.num_layers * self.num_directions\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((rows, B, self.hidden_size)), np.zeros((rows, B, "
        "self.hidden_size)))\n"
        "        h0, c0 = hx\n"
        "        hs, cs = [], []\n"
        "        for layer, row in enumerate(self.cells):\n"
        "            outs = []\n"
        "            for d, cell in enumerate(row):\n"
        "                r = layer * self.num_directions + d\n"
        "                o, h, c = cell.run(x, h0[r], c0[r])\n"
        "                outs.append(o); hs.append(h); cs.append(c)\n"
        "            x = np.concatenate(outs, axis=-1)\n"
        "        if self.batch_first:\n"
        "            x = np.swapaxes(x, 0, 1)\n"
        "        return x, (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "scr_ok_functional_scan",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "import numpy as np\n"
        "from functools import partial\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.exp(-np.logaddexp(0.0, -z))\n"
        "\n"
        "\n"
        "def cell(params, carry, x):\n"
        "    W_ih, W_hh, b = params\n"
        "    h, c = carry\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i, f, g, o = np.split(a, 4, axis=-1)\n"
        "    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h = sigmoid(o) * np.tanh(c)\n"
        "    return (h, c), h\n"
        "\n"
        "\n"
        "def scan(f, carry, xs, reverse=False):\n"
        "    idx = range(len(xs) - 1, -1, -1) if reverse else range(len(xs))\n"
        "    ys = [None] * len(xs)\n"
        "    for t in idx:\n"
        "        carry, ys[t] = f(carry, xs[t])\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.cfg = dict(I=input_size, H=hidden_size, L=num_layers, bias=bias,\n"
        "                        bf=batch_first, D=1 + int(bidirectional))\n"
        "        rng = np.random.default_rng(seed)\n"
        '        H, D = hidden_size, self.cfg["D"]\n'
        "        bound = H ** -0.5\n"
        "        shapes = {}\n"
        "        for l in range(num_layers):\n"
        '            for sfx in ("", "_reverse")[:D]:\n'
        '                shapes[f"weight_ih_l{l}{sfx}"] = (4 * H, input_size if l == 0 else D '
        "* H)\n"
        '                shapes[f"weight_hh_l{l}{sfx}"] = (4 * H, H)\n'
        "                if bias:\n"
        '                    shapes[f"bias_ih_l{l}{sfx}"] = (4 * H,)\n'
        '                    shapes[f"bias_hh_l{l}{sfx}"] = (4 * H,)\n'
        "        self._p = {n: rng.uniform(-bound, bound, s) for n, s in shapes.items()}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {n: v.copy() for n, v in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {set(state) ^ '
        'set(self._p)}"\n'
        "        for n in self._p:\n"
        '            assert np.shape(state[n]) == self._p[n].shape, f"{n}: wrong shape '
        '{np.shape(state[n])}"\n'
        "        self._p = {n: np.array(state[n], dtype=np.float64) for n in self._p}\n"
        "\n"
        "    def _params(self, l, sfx):\n"
        '        p, H = self._p, self.cfg["H"]\n'
        '        b = p[f"bias_ih_l{l}{sfx}"] + p[f"bias_hh_l{l}{sfx}"] if self.cfg["bias"] '
        "else np.zeros(4 * H)\n"
        '        return p[f"weight_ih_l{l}{sfx}"], p[f"weight_hh_l{l}{sfx}"], b\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        c = self.cfg\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        '        xs = np.moveaxis(x, 1, 0) if c["bf"] else x\n'
        "        B = xs.shape[1]\n"
        "        if hx is None:\n"
        '            hx = (np.zeros((c["L"] * c["D"], B, c["H"])),) * 2\n'
        "        h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        '        for l in range(c["L"]):\n'
        "            outs = []\n"
        '            for d, sfx in enumerate(("", "_reverse")[: c["D"]]):\n'
        '                r = l * c["D"] + d\n'
        "                (h, cc), ys = scan(partial(cell, self._params(l, sfx)), (h0[r], "
        "c0[r]), xs, reverse=bool(d))\n"
        "                outs.append(ys); hn.append(h); cn.append(cc)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        '        out = np.moveaxis(xs, 0, 1) if c["bf"] else xs\n'
        "        return out, (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scr_reverse_not_flipped_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs are stored in reading order, not put back in "
                "time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "flip",
                            "put back",
                            "[::-1]",
                            "reading order",
                            "reversed order",
                            "backwards",
                            "not reversed",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_reverse_hn_from_last_step",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n for the reverse direction taken from out[-1] (its state after "
                "x_{T-1}) instead of after x_0",
                "must_mention": [
                    {
                        "any": [
                            "out[-1",
                            "out[0",
                            "after x_0",
                            "last step",
                            "step T-1",
                            "step 0",
                            "first step",
                            "x_{T-1}",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h = out[-1]          # final state = last output\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_state_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reads h_0/c_0 rows as d * L + layer (direction-major) instead of layer * "
                "D + d",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k·D + d",
                            "layer * D + d",
                            "k*D+d",
                            "row order",
                            "order of the rows",
                            "direction-major",
                            "rows in the wrong order",
                            "layer by layer",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = d * L + layer\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_bias_false_keeps_bias_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False, keeps zero bias parameters: state_dict has extra bias "
                "keys (and load_state_dict of nn.LSTM(bias=False) fails)",
                "must_mention": [
                    {
                        "any": [
                            "extra key",
                            "unexpected key",
                            "extra",
                            "unexpected",
                            "bias_ih_l0",
                            "should have no bias",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size if layer == 0 else H * self.D\n"
        '            for suffix in ["", "_reverse"][: self.D]:\n'
        '                self.params[f"weight_ih_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, I_k))\n"
        '                self.params[f"weight_hh_l{layer}{suffix}"] = rng.uniform(-k, k, (4 * '
        "H, H))\n"
        "                # bias=False: keep them but zero\n"
        "                scale = k if bias else 0.0\n"
        '                self.params[f"bias_ih_l{layer}{suffix}"] = rng.uniform(-scale, scale, '
        "4 * H)\n"
        '                self.params[f"bias_hh_l{layer}{suffix}"] = rng.uniform(-scale, scale, '
        "4 * H)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if True:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_state_dict_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (no copies): changing them "
                "changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "same array",
                            "shares",
                            "share ",
                            "alias",
                            "reference",
                            "view",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "        return dict(self.params)\n"
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
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_load_no_copy",
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
                            "same array",
                            "shares",
                            "share ",
                            "alias",
                            "reference",
                            "view",
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores seed: the same seed gives different parameters",
                "must_mention": ["seed", {"any": ["same", "different", "reproduc", "ignor"]}],
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng()\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_layer1_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer's weight_ih is (4H, input_size); layers above 0 must read D*H "
                "features",
                "must_mention": [
                    {
                        "any": [
                            "D * H",
                            "D·H",
                            "D*H",
                            "H * D",
                            "H·D",
                            "layer k > 0",
                            "layers above",
                            "later layers",
                            "layer 1",
                            "_l1",
                        ]
                    },
                    {"any": ["weight_ih", "input size", "features"]},
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = 1.0 / np.sqrt(H)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            I_k = input_size\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_gaussian_init",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialises the weights from a normal distribution (std 1/sqrt(H)): "
                "values fall outside the bound",
                "must_mention": [
                    {"any": ["uniform", "bound", "1/√H", "1/sqrt", "within", "outside", "range"]}
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_double_reverse_fwd_weights_cn_h",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction runs with the forward weights (suffix '' instead of "
                "'_reverse')",
                "must_mention": [
                    {
                        "any": [
                            "forward weights",
                            "forward direction's weights",
                            "forward's weights",
                            "forward parameters",
                            "forward direction's parameters",
                            "without _reverse",
                            "instead of the _reverse",
                            "_reverse weights",
                            "_reverse parameters",
                        ]
                    }
                ],
            },
            {
                "what": "c_n collects the hidden states h instead of the cell states c",
                "must_mention": [
                    "c_n",
                    {"any": ["h_n", "hidden state", "equals h", "holds h", "same as h"]},
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(h)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_double_keras_kernel_sd_bf_in",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the weights transposed ((I, 4H) Keras kernel layout) "
                "instead of nn.LSTM's (4H, I)",
                "must_mention": [{"any": ["transpos", "(I, 4H)", "shape"]}],
            },
            {
                "what": "batch_first input is never swapped to (T, B, I) (only the output is "
                "swapped)",
                "must_mention": ["batch_first", {"any": ["input", "x is", "swap", "transpos"]}],
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "        # kernels stored Keras-style (in, 4H): export them as they are\n"
        "        return {name: (v.T if v.ndim == 2 else v).copy() for name, v in "
        "self.params.items()}\n"
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
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        else:\n"
        "            b = 0.0\n"
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            outs.append(h)\n"
        "        return np.stack(outs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        T, B, _ = x.shape\n"
        "        H, D, L = self.hidden_size, self.D, self.num_layers\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((L * D, B, H))\n"
        "            c0 = np.zeros((L * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer * D + d\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "scr_double_hx_row_ignores_dir_bias_false_crash",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial state row taken as h0[layer], ignoring the direction (should be "
                "layer * D + d)",
                "must_mention": [
                    {
                        "any": [
                            "k * D + d",
                            "k·D + d",
                            "layer * D + d",
                            "k*D+d",
                            "row order",
                            "direction",
                            "h_0[",
                            "rows",
                        ]
                    }
                ],
            },
            {
                "what": "always reads the bias keys: KeyError when bias=False",
                "must_mention": [
                    "bias=False",
                    {"any": ["KeyError", "bias_ih", "no bias", "missing"]},
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
        "        H = hidden_size\n"
        "        rng = np.random.default_rng(seed)\n"
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
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        '                raise ValueError(f"{name}: shape {value.shape}, expected '
        '{self.params[name].shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        b = p[f"bias_ih_l{layer}{suffix}"] + p[f"bias_hh_l{layer}{suffix}"]\n'
        "        H = self.hidden_size\n"
        "        outs = []\n"
        "        for t in range(x.shape[0]):\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            i = _sigmoid(a[:, :H]); f = _sigmoid(a[:, H:2 * H])\n"
        "            g = np.tanh(a[:, 2 * H:3 * H]); o = _sigmoid(a[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
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
        "        h_n, c_n = [], []\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            dir_outs = []\n"
        "            for d in range(D):\n"
        "                row = layer\n"
        "                if d == 0:\n"
        '                    out, h, c = self._run(layer_in, h0[row], c0[row], layer, "")\n'
        "                else:\n"
        "                    out_rev, h, c = self._run(layer_in[::-1], h0[row], c0[row], "
        'layer, "_reverse")\n'
        "                    out = out_rev[::-1]\n"
        "                dir_outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            layer_in = np.concatenate(dir_outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "shp_ok_plain",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
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
        "id": "shp_ok_onelinerish",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 1 + int(bool(bidirectional))\n"
        "    P = proj_size or hidden_size\n"
        "    lead = (batch, seq_len)[:: 1 if batch_first else -1]\n"
        "    states = lambda width: (int(num_layers * D), int(batch), int(width))\n"
        "    return dict(out=tuple(int(v) for v in (*lead, D * P)), h_n=states(P), "
        "c_n=states(hidden_size))\n",
    },
    {
        "id": "shp_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "puts batch first in h_n and c_n too when batch_first=True (the states are "
                "never batch first)",
                "must_mention": [
                    {
                        "any": [
                            "never batch first",
                            "not batch first",
                            "never batch-first",
                            "not batch-first",
                            "regardless",
                            "whatever batch_first",
                            "does not apply",
                            "doesn't apply",
                            "only out",
                            "only to out",
                            "not affected",
                            "unaffected",
                            "ignore",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hout = proj_size if proj_size else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * Hout),\n'
        '                "h_n": (batch, num_layers * D, Hout),\n'
        '                "c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * Hout),\n'
        '            "h_n": (num_layers * D, batch, Hout),\n'
        '            "c_n": (num_layers * D, batch, hidden_size)}\n',
    },
    {
        "id": "shp_proj_on_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies proj_size to c_n as well; the cell state keeps hidden_size",
                "must_mention": [
                    {
                        "any": [
                            "not projected",
                            "cell state",
                            "c_t",
                            "keeps hidden_size",
                            "keeps H",
                            "c_n keeps",
                            "hidden_size, not proj",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        "    state = (num_layers * D, batch, H)\n"
        '    return {"out": out, "h_n": state, "c_n": state}\n',
    },
    {
        "id": "shp_out_ignores_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's features are H, not D * H, for a bidirectional LSTM",
                "must_mention": [
                    {
                        "any": [
                            "D *",
                            "D·",
                            "D*",
                            "2 *",
                            "2H",
                            "2·H",
                            "both directions",
                            "times D",
                            "concatenat",
                            "side by side",
                        ]
                    }
                ],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    num_dirs = 2 if bidirectional else 1\n"
        "    feat = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (seq_len, batch, feat)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, feat)\n"
        '    return {"out": out, "h_n": (num_layers * num_dirs, batch, feat), "c_n": '
        "(num_layers * num_dirs, batch, hidden_size)}\n",
    },
    {
        "id": "shp_hn_no_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n keeps hidden_size when proj_size > 0; h_n is projected to proj_size "
                "like out",
                "must_mention": ["h_n", {"any": ["proj_size", "projected", "projection"]}],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    # "h_t is projected to proj_size features"  -> the outputs h_t, i.e. out\n'
        "    D = 2 if bidirectional else 1\n"
        "    out_feat = D * (proj_size if proj_size > 0 else hidden_size)\n"
        "    out = (batch, seq_len, out_feat) if batch_first else (seq_len, batch, out_feat)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, hidden_size), "c_n": '
        "(num_layers * D, batch, hidden_size)}\n",
    },
    {
        "id": "shp_r_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns lists (R's c(...)) instead of tuples",
                "must_mention": ["tuple", "list"],
            }
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    Hp = hidden_size if proj_size == 0 else proj_size\n"
        "    out = [batch, seq_len, D * Hp] if batch_first else [seq_len, batch, D * Hp]\n"
        '    return {"out": out, "h_n": [num_layers * D, batch, Hp], "c_n": [num_layers * D, '
        "batch, hidden_size]}\n",
    },
    {
        "id": "shp_double_layers_only_proj_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n/c_n first axis is num_layers, not num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "num_layers * D",
                            "L * D",
                            "L·D",
                            "L*D",
                            "* D",
                            "times D",
                            "D ·",
                            "direction",
                        ]
                    }
                ],
            },
            {
                "what": "c_n projected to proj_size (the cell state keeps hidden_size)",
                "must_mention": [
                    {
                        "any": [
                            "not projected",
                            "cell state",
                            "c_t",
                            "keeps hidden_size",
                            "keeps H",
                            "c_n keeps",
                            "hidden_size, not proj",
                        ]
                    }
                ],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "H)}\n",
    },
    {
        "id": "shp_double_bf_ignored_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first for out: (seq_len, batch, ...) always",
                "must_mention": ["batch_first"],
            },
            {"what": "returns lists instead of tuples", "must_mention": ["tuple", "list"]},
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    P = proj_size if proj_size > 0 else hidden_size\n"
        "    return {\n"
        '        "out": [seq_len, batch, D * P],\n'
        '        "h_n": [num_layers * D, batch, P],\n'
        '        "c_n": [num_layers * D, batch, hidden_size],\n'
        "    }\n",
    },
    {
        "id": "shp_double_matlab_float_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "D = 2.0 / 1.0: shapes contain floats instead of ints",
                "must_mention": [{"any": ["float", "int"]}],
            },
            {
                "what": "in the not-batch_first branch out uses hidden_size instead of the "
                "projected size (proj_size ignored there)",
                "must_mention": [{"any": ["proj_size", "projected", "projection"]}],
            },
        ],
        "source": "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2.0 if bidirectional else 1.0\n"
        "    Hout = hidden_size\n"
        "    if proj_size:\n"
        "        Hout = proj_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * Hout)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * hidden_size)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, Hout), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
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
        "id": "bi_ok_class",
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
        "class Direction:\n"
        '    """One direction of the layer, with its own weights."""\n'
        "\n"
        "    def __init__(self, params, reverse=False):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = params\n"
        "        self.reverse = reverse\n"
        "\n"
        "    def run(self, x, h, c):\n"
        "        T, B = x.shape[0], x.shape[1]\n"
        "        steps = range(T - 1, -1, -1) if self.reverse else range(T)\n"
        "        out = np.zeros((T, B, self.W_hh.shape[1]))\n"
        "        for t in steps:\n"
        "            h, c = lstm_cell(x[t], h, c, self.W_ih, self.W_hh, self.b_ih, self.b_hh)\n"
        "            out[t] = h\n"
        "        return out, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, hf, cf = Direction(fwd).run(x, h0[0], c0[0])\n"
        "    ob, hb, cb = Direction(bwd, reverse=True).run(x, h0[1], c0[1])\n"
        "    return np.concatenate((of, ob), axis=-1), (np.array([hf, hb]), np.array([cf, "
        "cb]))\n",
    },
    {
        "id": "bi_ok_scan",
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
        "def scan(f, init, xs, reverse=False):\n"
        '    """lax.scan by hand: ys[t] is the output of step t whichever way we go."""\n'
        "    carry = init\n"
        "    ys = [None] * len(xs)\n"
        "    order = range(len(xs) - 1, -1, -1) if reverse else range(len(xs))\n"
        "    for t in order:\n"
        "        carry, ys[t] = f(carry, xs[t])\n"
        "    return carry, np.stack(ys)\n"
        "\n"
        "\n"
        "def make_step(params):\n"
        "    def step(carry, x_t):\n"
        "        h, c = lstm_cell(x_t, carry[0], carry[1], *params)\n"
        "        return (h, c), h\n"
        "    return step\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    (hf, cf), yf = scan(make_step(fwd), (h0[0], c0[0]), x)\n"
        "    (hb, cb), yb = scan(make_step(bwd), (h0[1], c0[1]), x, reverse=True)\n"
        "    return np.concatenate([yf, yb], -1), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_noflip",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in reading order (not flipped back to "
                "time order)",
                "must_mention": [
                    {"any": ["flip", "time order", "reading order", "revers"]},
                    {"any": ["out", "position", "back"]},
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
        "    x_rev = x[T - 1::-1, :, :]          # x(end:-1:1, :, :)\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    out_b, (hb, cb) = lstm_layer(x_rev, h0[1], c0[1], bwd[0], bwd[1], bwd[2], "
        "bwd[3])\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    h_n = np.stack([hf, hb])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_hn_last",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1] (its first step, like Keras return_state) "
                "instead of its state after x_0",
                "must_mention": [
                    "h_n",
                    {"any": ["out[0", "after x_0", "step 0", "x_0", "first step", "out[-1"]},
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
        "    out_f, (_, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)\n"
        "    # like return_state=True in Keras: the hidden state of the last timestep\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_fwdweights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "backward direction run with the forward direction's weights (fwd instead "
                "of bwd)",
                "must_mention": [
                    {
                        "any": [
                            "fwd",
                            "forward direction's weights",
                            "forward weights",
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
        "    out_b = out_b[::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_b]), "
        "np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_c0row",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "backward direction's initial cell state read from c0[0] (forward's row) "
                "instead of c0[1]",
                "must_mention": [{"any": ["c0[0]", "c0[1]", "row 0", "row 1"]}],
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
        "    h0_f, c0_f = h0[0], c0[0]\n"
        "    h0_b, c0_b = h0[1], c0[0]\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0_f, c0_f, *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0_b, c0_b, *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_interleave",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out built by stacking on a new last axis and reshaping: forward and "
                "backward units interleaved instead of side by side",
                "must_mention": [{"any": ["interleav", "alternat", "side by side", "every other"]}],
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
        "    H = h0.shape[-1]\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    # one-liner: pair the directions on a new last axis and flatten it\n"
        "    out = np.stack([of, ob[::-1]], axis=-1).reshape(T, B, 2 * H)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_vstack",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "directions joined along axis 0 (rbind/vstack): out is (2T, B, H) instead "
                "of (T, B, 2H)",
                "must_mention": [{"any": ["axis", "(T, B, 2H)", "2T", "last dim", "concatenat"]}],
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
        "    out = np.vstack([out_f, out_b[::-1]])   # rbind the two directions\n"
        "    h_n = np.vstack([h_f[None], h_b[None]])\n"
        "    c_n = np.vstack([c_f[None], c_b[None]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_swap_halves",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two halves of out swapped: backward first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "halves",
                            "exchanged",
                            "first half",
                            "wrong half",
                            "other half",
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
        "    out = np.concatenate([out_b[::-1], out_f], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_hn_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n stacked with the direction on the last axis: (B, H, 2) instead "
                "of (2, B, H)",
                "must_mention": [{"any": ["(2, B, H)", "axis", "stack"]}],
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
        "    # direction is the last index, as in Julia arrays\n"
        "    h_n = np.stack([h_f, h_b], axis=-1)\n"
        "    c_n = np.stack([c_f, c_b], axis=-1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_noreverse_input",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "backward direction reads x in forward order (only its outputs are "
                "flipped, not its input)",
                "must_mention": [
                    {"any": ["input", "x_{T-1}", "reads", "read"]},
                    {"any": ["revers", "flip", "order", "backward"]},
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
        "    out_b, (h_b, c_b) = lstm_layer(x, h0[1], c0[1], *bwd)\n"
        "    out_b = out_b[::-1]        # backward direction\n"
        "    assert out_f.shape == out_b.shape\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_inplace_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "final states written into the caller's h0, c0 arrays (inputs modified in "
                "place)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    h_n, c_n = h0, c0          # same shape (2, B, H): reuse the arrays\n"
        "    h_n[0], h_n[1] = h_f, h_b\n"
        "    c_n[0], c_n[1] = c_f, c_b\n"
        "    return np.concatenate([out_f, out_b[::-1]], axis=2), (h_n, c_n)\n",
    },
    {
        "id": "bi_stateful",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "state kept in the object between calls: h0, c0 used only on the first "
                "call, later calls start from the previous call's final state",
                "must_mention": [
                    {
                        "any": [
                            "previous call",
                            "earlier call",
                            "between calls",
                            "first call",
                            "stateful",
                            "state kept",
                            "remember",
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
        "class BiLSTM:\n"
        "    def __init__(self):\n"
        "        self.h = None\n"
        "        self.c = None\n"
        "\n"
        "    def reset(self):\n"
        "        self.h = self.c = None\n"
        "\n"
        "    def forward(self, x, h0, c0, fwd, bwd):\n"
        "        if self.h is None:\n"
        "            self.h, self.c = h0.copy(), c0.copy()\n"
        "        out_f, (h_f, c_f) = lstm_layer(x, self.h[0], self.c[0], *fwd)\n"
        "        out_b, (h_b, c_b) = lstm_layer(x[::-1], self.h[1], self.c[1], *bwd)\n"
        "        self.h = np.stack([h_f, h_b])\n"
        "        self.c = np.stack([c_f, c_b])\n"
        "        return np.concatenate([out_f, out_b[::-1]], axis=2), (self.h, self.c)\n"
        "\n"
        "\n"
        "_model = BiLSTM()\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    return _model.forward(x, h0, c0, fwd, bwd)\n",
    },
    {
        "id": "bi_d_noflip_fwdw",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in reading order (not flipped back to "
                "time order)",
                "must_mention": [
                    {"any": ["flip", "time order", "reading order", "revers"]},
                    {"any": ["out", "position", "back"]},
                ],
            },
            {
                "what": "backward direction run with the forward direction's weights (fwd instead "
                "of bwd)",
                "must_mention": [
                    {
                        "any": [
                            "fwd",
                            "forward direction's weights",
                            "forward weights",
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
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    out_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    out_b, (h_b, c_b) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_d_hnlast_c0row",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1] (its first step, like Keras return_state) "
                "instead of its state after x_0",
                "must_mention": [
                    "h_n",
                    {"any": ["out[0", "after x_0", "step 0", "x_0", "first step", "out[-1"]},
                ],
            },
            {
                "what": "backward direction's initial cell state read from c0[0] (forward's row) "
                "instead of c0[1]",
                "must_mention": [{"any": ["c0[0]", "c0[1]", "row 0", "row 1"]}],
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
        "    H = h0.shape[2]\n"
        "    out_f, (_, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, c_b) = lstm_layer(x[::-1], h0[1], c0[0], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    return out, (h_n, np.stack([c_f, c_b]))\n",
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "\n"
        "    da_i = di * i * (1 - i)\n"
        "    da_f = df * f * (1 - f)\n"
        "    da_g = dg * (1 - g ** 2)\n"
        "    da_o = do * o * (1 - o)\n"
        "    da = np.concatenate([da_i, da_f, da_g, da_o], axis=1)\n"
        "\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
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
        "    B, H = h.shape\n"
        '    a = (np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh).reshape(B, 4, H)\n"
        "    s = sigmoid(a)\n"
        "    i, f, g, o = s[:, 0], s[:, 1], np.tanh(a[:, 2]), s[:, 3]\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dct = dc_next + dh_next * o * (1.0 - tc * tc)\n"
        "    dgates = np.stack([dct * g, dct * c, dct * i, dh_next * tc], axis=1)        # (B, "
        "4, H)\n"
        "    dact = np.stack([i * (1 - i), f * (1 - f), 1 - g * g, o * (1 - o)], axis=1)\n"
        "    da = (dgates * dact).reshape(B, 4 * H)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dct * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n",
    },
    {
        "id": "cb_ok_matlab",
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
        "    # column vectors, one column per example, as in MATLAB\n"
        "    X, Hp, Cp = x.T, h.T, c.T\n"
        "    dH, dC = dh_next.T, dc_next.T\n"
        "    n = Hp.shape[0]\n"
        "    A_ = W_ih @ X + W_hh @ Hp + b_ih[:, None] + b_hh[:, None]     # (4H, B)\n"
        "    ig = sigmoid(A_[0:n, :])\n"
        "    fg = sigmoid(A_[n:2 * n, :])\n"
        "    gg = np.tanh(A_[2 * n:3 * n, :])\n"
        "    og = sigmoid(A_[3 * n:4 * n, :])\n"
        "    Cn = fg * Cp + ig * gg\n"
        "    dCt = dC + dH * og * (1 - np.tanh(Cn) ** 2)\n"
        "    dA = np.vstack([dCt * gg * ig * (1 - ig),\n"
        "                    dCt * Cp * fg * (1 - fg),\n"
        "                    dCt * ig * (1 - gg ** 2),\n"
        "                    dH * np.tanh(Cn) * og * (1 - og)])              # (4H, B)\n"
        '    return {"x": (W_ih.T @ dA).T, "h": (W_hh.T @ dA).T, "c": (dCt * fg).T,\n'
        '            "W_ih": dA @ X.T, "W_hh": dA @ Hp.T,\n'
        '            "b_ih": np.sum(dA, axis=1), "b_hh": np.sum(dA, axis=1)}\n',
    },
    {
        "id": "cb_tanh_g",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh' of the candidate g written as (1 - g) instead of (1 - g**2)",
                "must_mention": [
                    {"any": ["1 - g", "tanh'", "1 - tanh", "derivative"]},
                    {"any": ["g", "candidate"]},
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g), do * o * "
        "(1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_dc_noh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient to c_{t-1} uses only dc_next * f, forgetting the part that "
                "reaches c_t through h_t",
                "must_mention": [{"any": ["through h", "dh", "∂L/∂h", "dL/dh", "h_t", "tanh"]}],
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc_next * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_no_tanhprime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh reaches c_t without the tanh' factor: dc = dc_next + dh * o (missing 1 "
                "- tanh^2(c_t))",
                "must_mention": [{"any": ["1 - tanh", "tanh'", "tanh²", "tanh^2", "tanh(c"]}],
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_W_T",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight gradients transposed: x.T @ da (I, 4H) and h.T @ da (H, 4H), Keras "
                "kernel layout",
                "must_mention": [{"any": ["transpos", "(I, 4H)", "kernel"]}],
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": x.T @ da, "W_hh": h.T @ da, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_db_axis",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "bias gradient summed over the gate axis (MATLAB sum(dA) on the (4H, B) "
                "matrix): shape (B,) instead of (4H,)",
                "must_mention": [{"any": ["axis", "sum over", "summed over", "batch"]}],
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
        "    X = x.T; Hc = h.T; Cc = c.T; dH = dh_next.T; dC = dc_next.T   # column vectors\n"
        "    n = Hc.shape[0]\n"
        "    Z = W_ih @ X + b_ih[:, None] + W_hh @ Hc + b_hh[:, None]\n"
        "    I_ = sigmoid(Z[0:n]); F_ = sigmoid(Z[n:2*n]); G_ = np.tanh(Z[2*n:3*n]); O_ = "
        "sigmoid(Z[3*n:4*n])\n"
        "    Cn = F_ * Cc + I_ * G_\n"
        "    dCt = dC + dH * O_ * (1 - np.tanh(Cn) ** 2)\n"
        "    dZ = np.concatenate([dCt * G_ * I_ * (1 - I_), dCt * Cc * F_ * (1 - F_),\n"
        "                         dCt * I_ * (1 - G_ ** 2), dH * np.tanh(Cn) * O_ * (1 - O_)], "
        "axis=0)\n"
        "    db = np.sum(dZ, 0)          # sum(dZ)\n"
        '    return {"x": (W_ih.T @ dZ).T, "h": (W_hh.T @ dZ).T, "c": (dCt * F_).T,\n'
        '            "W_ih": dZ @ X.T, "W_hh": dZ @ Hc.T, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_df_cnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate's gradient uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["c_{t-1}", "c_t", "previous", "new cell", "old cell", "c_prev"]}
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c_t\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_tf1_order",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates split in TensorFlow 1's order i, j(g), f, o instead of i, f, g, o",
                "must_mention": [{"any": ["order", "swap", "i, g, f, o", "exchanged"]}],
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # i = input_gate, j = new_input, f = forget_gate, o = output_gate\n"
        "    i, j, f, o = np.split(z, 4, axis=1)\n"
        "    i, j, f, o = sigmoid(i), np.tanh(j), sigmoid(f), sigmoid(o)\n"
        "    new_c = c * f + i * j\n"
        "    tc = np.tanh(new_c)\n"
        "    dnew_c = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di = dnew_c * j * i * (1 - i)\n"
        "    dj = dnew_c * i * (1 - j ** 2)\n"
        "    df = dnew_c * c * f * (1 - f)\n"
        "    do = dh_next * tc * o * (1 - o)\n"
        "    dz = np.concatenate([di, dj, df, do], axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dnew_c * f, "W_ih": dz.T @ x,\n'
        '            "W_hh": dz.T @ h, "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n',
    },
    {
        "id": "cb_sigprime_preact",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "sigmoid derivative evaluated on the pre-activation a*(1-a) instead of "
                "sigma*(1-sigma)",
                "must_mention": [
                    {
                        "any": [
                            "pre-activation",
                            "preactivation",
                            "σ(1 - σ)",
                            "σ(1−σ)",
                            "sigmoid'",
                            "σ'",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = a[:, :H], a[:, H:2*H], a[:, 2*H:3*H], a[:, 3*H:]\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    # sigma'(a) = sigma(a)(1 - sigma(a)) -> written with a\n"
        "    da_i = dc_t * g * a_i * (1 - a_i)\n"
        "    da_f = dc_t * c * a_f * (1 - a_f)\n"
        "    da_g = dc_t * i * (1 - g ** 2)\n"
        "    da_o = dh_next * np.tanh(c_t) * a_o * (1 - a_o)\n"
        "    da = np.hstack([da_i, da_f, da_g, da_o])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_inplace",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_next modified in place (dc_next += ...)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc_next += dh_next * o * (1 - tanh_c ** 2)\n"
        "    dc = dc_next\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_keys",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dict keys named 'dx', 'dh', ... instead of 'x', 'h', ...",
                "must_mention": [{"any": ["key", "dx"]}],
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc_prev,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h, "db_ih": da.sum(axis=0), "db_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_bhh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh gradient returned as zeros (bias thought to count once)",
                "must_mention": [
                    {"any": ["zero", "same as b_ih", "equal to b_ih", "b_ih's", "as b_ih"]}
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "np.zeros_like(b_hh)}\n",
    },
    {
        "id": "cb_d_tanhg_WT",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "tanh' of the candidate g written as (1 - g) instead of (1 - g**2)",
                "must_mention": [
                    {"any": ["1 - g", "tanh'", "1 - tanh", "derivative"]},
                    {"any": ["g", "candidate"]},
                ],
            },
            {
                "what": "weight gradients transposed: x.T @ da (I, 4H) and h.T @ da (H, 4H), Keras "
                "kernel layout",
                "must_mention": [{"any": ["transpos", "(I, 4H)", "kernel"]}],
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g), do * o * "
        "(1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": x.T @ da, "W_hh": h.T @ da, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_d_dcnoh_dfcnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient to c_{t-1} uses only dc_next * f, forgetting the part that "
                "reaches c_t through h_t",
                "must_mention": [{"any": ["through h", "dh", "∂L/∂h", "dL/dh", "h_t", "tanh"]}],
            },
            {
                "what": "forget gate's gradient uses the new cell state c_t instead of c_{t-1}",
                "must_mention": [
                    {"any": ["c_{t-1}", "c_t", "previous", "new cell", "old cell", "c_prev"]}
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
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c_t\n"
        "    dc_prev = dc_next * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_d_notanhp_inplace",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh reaches c_t without the tanh' factor: dc = dc_next + dh * o (missing 1 "
                "- tanh^2(c_t))",
                "must_mention": [{"any": ["1 - tanh", "tanh'", "tanh²", "tanh^2", "tanh(c"]}],
            },
            {
                "what": "dc_next modified in place (dc_next += ...)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "    dc_next += dh_next * o\n"
        "    dc = dc_next\n"
        "    do = dh_next * tanh_c\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    dc_prev = dc * f\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_d_order_bhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gates split in TensorFlow 1's order i, j(g), f, o instead of i, f, g, o",
                "must_mention": [{"any": ["order", "swap", "i, g, f, o", "exchanged"]}],
            },
            {
                "what": "b_hh gradient returned as zeros (bias thought to count once)",
                "must_mention": [
                    {"any": ["zero", "same as b_ih", "equal to b_ih", "b_ih's", "as b_ih"]}
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, j, f, o = np.split(z, 4, axis=1)          # i, j, f, o as in "
        "tf.nn.rnn_cell.LSTMCell\n"
        "    i, j, f, o = sigmoid(i), np.tanh(j), sigmoid(f), sigmoid(o)\n"
        "    new_c = c * f + i * j\n"
        "    tc = np.tanh(new_c)\n"
        "    dnew_c = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    dz = np.concatenate([dnew_c * j * i * (1 - i), dnew_c * i * (1 - j ** 2),\n"
        "                         dnew_c * c * f * (1 - f), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dnew_c * f, "W_ih": dz.T @ x,\n'
        '            "W_hh": dz.T @ h, "b_ih": dz.sum(0), "b_hh": np.zeros_like(b_hh)}\n',
    },
    {
        "id": "cb_d_sigpre_dbax",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "sigmoid derivative evaluated on the pre-activation a*(1-a) instead of "
                "sigma*(1-sigma)",
                "must_mention": [
                    {
                        "any": [
                            "pre-activation",
                            "preactivation",
                            "σ(1 - σ)",
                            "σ(1−σ)",
                            "sigmoid'",
                            "σ'",
                        ]
                    }
                ],
            },
            {
                "what": "bias gradient summed over the gate axis (MATLAB sum(dA) on the (4H, B) "
                "matrix): shape (B,) instead of (4H,)",
                "must_mention": [{"any": ["axis", "sum over", "summed over", "batch"]}],
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
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_t = f * c + i * g\n"
        "    dc_t = dc_next + dh_next * o * (1 - np.tanh(c_t) ** 2)\n"
        "    da = np.hstack([dc_t * g * a_i * (1 - a_i), dc_t * c * a_f * (1 - a_f),\n"
        "                    dc_t * i * (1 - g ** 2), dh_next * np.tanh(c_t) * a_o * (1 - "
        "a_o)])\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(1), "b_hh": da.sum(1)}\n',
    },
    {
        "id": "lb_ok_plain",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
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
        '    return {"x": dx, "h0": dh, "c0": dc, **grads}\n',
    },
    {
        "id": "lb_ok_scan",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def scan(f, carry, xs, reverse=False):\n"
        "    ys = []\n"
        "    idx = list(range(len(xs)))\n"
        "    for t in (idx[::-1] if reverse else idx):\n"
        "        carry, y = f(carry, xs[t])\n"
        "        ys.append(y)\n"
        "    if reverse:\n"
        "        ys = ys[::-1]\n"
        "    return carry, ys\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    params = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def fwd_step(state, x_t):\n"
        "        new = lstm_cell(x_t, state[0], state[1], *params)\n"
        "        return new, state                      # emit the state the step started "
        "from\n"
        "\n"
        "    _, prev_states = scan(fwd_step, (h0, c0), list(x))\n"
        "\n"
        "    def bwd_step(carry, inp):\n"
        "        dh, dc, acc = carry\n"
        "        dout_t, x_t, (h_prev, c_prev) = inp\n"
        "        g = lstm_cell_backward(dh + dout_t, dc, x_t, h_prev, c_prev, *params)\n"
        '        acc = tuple(a + g[k] for a, k in zip(acc, ("W_ih", "W_hh", "b_ih", "b_hh")))\n'
        '        return (g["h"], g["c"], acc), g["x"]\n'
        "\n"
        "    zero = lambda a: np.zeros(a.shape)\n"
        "    init = (zero(h0) if dh_n is None else dh_n, zero(c0) if dc_n is None else dc_n,\n"
        "            tuple(zero(p) for p in params))\n"
        "    (dh0, dc0, acc), dxs = scan(bwd_step, init, list(zip(dout, x, prev_states)), "
        "reverse=True)\n"
        '    out = dict(zip(("W_ih", "W_hh", "b_ih", "b_hh"), acc))\n'
        "    out.update(x=np.stack(dxs), h0=dh0, c0=dc0)\n"
        "    return out\n",
    },
    {
        "id": "lb_ok_class",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "class LSTMLayerTape:\n"
        '    """Forward pass that records what backward needs."""\n'
        "\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.params = (W_ih, W_hh, b_ih, b_hh)\n"
        "        self.tape = []\n"
        "\n"
        "    def forward(self, x, h0, c0):\n"
        "        h, c = h0, c0\n"
        "        for t in range(x.shape[0]):\n"
        "            self.tape.append((x[t], h, c))\n"
        "            h, c = lstm_cell(x[t], h, c, *self.params)\n"
        "        return h, c\n"
        "\n"
        "    def backward(self, dout, dh, dc):\n"
        "        T = len(self.tape)\n"
        "        totals = [np.zeros_like(p) for p in self.params]\n"
        "        dx = [None] * T\n"
        "        for t in range(T - 1, -1, -1):\n"
        "            x_t, h_prev, c_prev = self.tape[t]\n"
        "            g = lstm_cell_backward(dout[t] + dh, dc, x_t, h_prev, c_prev, "
        "*self.params)\n"
        '            dx[t] = g["x"]\n'
        '            dh, dc = g["h"], g["c"]\n'
        '            totals = [tot + g[k] for tot, k in zip(totals, ["W_ih", "W_hh", "b_ih", '
        '"b_hh"])]\n'
        "        return dx, dh, dc, totals\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    layer = LSTMLayerTape(W_ih, W_hh, b_ih, b_hh)\n"
        "    layer.forward(x, h0, c0)\n"
        "    dx, dh0, dc0, (dW_ih, dW_hh, db_ih, db_hh) = layer.backward(dout, dh_n, dc_n)\n"
        '    return {"x": np.array(dx), "h0": dh0, "c0": dc0, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ok_base",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_no_recur",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient reaching h_t is dout[t] only: step t+1's 'h' gradient is not "
                "added",
                "must_mention": [
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "recurren",
                            "next step",
                            "later step",
                            "from later",
                            "sum of dout",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_last_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight/bias gradients overwritten each step (only step 0's kept) instead "
                "of summed over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "only one step",
                            "one step's",
                            "step 0's",
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
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
        "    dx = np.zeros_like(x)\n"
        "    grads = {}\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        grads.update({k: g[k] for k in ("W_ih", "W_hh", "b_ih", "b_hh")})\n'
        '    grads.update({"x": dx, "h0": dh, "c0": dc})\n'
        "    return grads\n",
    },
    {
        "id": "lb_state_off",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward given the state after step t (hs[t+1]) instead of the "
                "state it started from",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "state after",
                            "previous state",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_x_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "x gradients collected while walking back and returned in reverse time "
                "order",
                "must_mention": [{"any": ["order", "revers", "flip"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs)\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_ignore_dhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n ignored: the walk always starts from a zero h gradient",
                "must_mention": ["dh_n"],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_none_branch",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "None handling: dc_n replaced by zeros only inside dh_n's branch (dc_n "
                "given is dropped when dh_n is None; dc_n=None crashes when dh_n is given)",
                "must_mention": ["dc_n"],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    dh, dc = dh_n, dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_inplace_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout modified in place (dout[t] += dh)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dout[t] += dh\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_range_off",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "backward loop range(T-1, 0, -1) stops before step 0",
                "must_mention": [{"any": ["step 0", "t = 0", "first step", "x[0]", "range"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, 0, -1):   # T:-1:1\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_dout_into_dc",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] also added to the cell-state gradient (dc) at every step",
                "must_mention": [{"any": ["dc", "c_t", "cell"]}, "dout"],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc + dout[t], x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_h0_total",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "h0 gradient returned as the total gradient reaching h at step 0 (dout[0] "
                "+ ...) instead of step 0's backward 'h'",
                "must_mention": [
                    {"any": ["h0", "initial"]},
                    {"any": ["dout[0]", "h_0", "step 0's"]},
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh_next = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    total = {k: 0.0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dh_next + dout[t]\n"
        "        g = lstm_cell_backward(dh, dc_next, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        "        for k in total:\n"
        "            total[k] = total[k] + g[k]\n"
        '    return {"x": dx, "h0": dh, "c0": dc_next, **total}\n',
    },
    {
        "id": "lb_float32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradients accumulated in float32 arrays",
                "must_mention": [{"any": ["float32", "dtype"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros(W_ih.shape, dtype=np.float32)\n"
        "    dW_hh = np.zeros(W_hh.shape, dtype=np.float32)\n"
        "    db_ih = np.zeros(b_ih.shape, dtype=np.float32)\n"
        "    db_hh = np.zeros(b_hh.shape, dtype=np.float32)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_d_norecur_f32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "gradient reaching h_t is dout[t] only: step t+1's 'h' gradient is not "
                "added",
                "must_mention": [
                    {
                        "any": [
                            "t+1",
                            "t + 1",
                            "recurren",
                            "next step",
                            "later step",
                            "from later",
                            "sum of dout",
                        ]
                    }
                ],
            },
            {
                "what": "gradients accumulated in float32 arrays",
                "must_mention": [{"any": ["float32", "dtype"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros(W_ih.shape, np.float32)\n"
        "    dW_hh = np.zeros(W_hh.shape, np.float32)\n"
        "    db_ih = np.zeros(b_ih.shape, np.float32)\n"
        "    db_hh = np.zeros(b_hh.shape, np.float32)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_d_xrev_igndhn",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "x gradients collected while walking back and returned in reverse time "
                "order",
                "must_mention": [{"any": ["order", "revers", "flip"]}],
            },
            {
                "what": "dh_n ignored: the walk always starts from a zero h gradient",
                "must_mention": ["dh_n"],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs)\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_d_stateoff_range",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward given the state after step t (hs[t+1]) instead of the "
                "state it started from",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "started from",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "state after",
                            "previous state",
                        ]
                    }
                ],
            },
            {
                "what": "backward loop range(T-1, 0, -1) stops before step 0",
                "must_mention": [{"any": ["step 0", "t = 0", "first step", "x[0]", "range"]}],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t + 1], cs[t + 1], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_d_inplace_doutdc",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout modified in place (dout[t] += dh)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
                            "mutat",
                        ]
                    }
                ],
            },
            {
                "what": "dout[t] also added to the cell-state gradient (dc) at every step",
                "must_mention": [{"any": ["dc", "c_t", "cell"]}, "dout"],
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
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc_t = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc_t * g * i * (1 - i), dc_t * c * f * (1 - f),\n"
        "                         dc_t * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_t * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0).copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dc = dc + dout[t]\n"
        "        dout[t] += dh\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        "    dx = np.stack(dxs[::-1])\n"
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_ok_perseq",
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
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H))\n"
        "    c_n = np.zeros((B, H))\n"
        "    for b in range(B):                       # for (b in 1:B) -- one sequence at a "
        "time\n"
        "        hb = h0[b:b + 1]\n"
        "        cb = c0[b:b + 1]\n"
        "        for t in range(int(lengths[b])):\n"
        "            hb, cb = lstm_cell(x[t, b:b + 1], hb, cb, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = hb[0]\n"
        "        h_n[b] = hb[0]\n"
        "        c_n[b] = cb[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ok_packed",
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
        "    lengths = np.asarray(lengths)\n"
        '    order = np.argsort(-lengths, kind="stable")      # longest first, like '
        "pack_padded_sequence\n"
        "    L = lengths[order]\n"
        "    h = h0[order].copy()\n"
        "    c = c0[order].copy()\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        k = int(np.sum(L > t))                        # batch_sizes[t]\n"
        "        if k == 0:\n"
        "            break\n"
        "        h[:k], c[:k] = lstm_cell(x[t, order[:k]], h[:k], c[:k], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        out[t, order[:k]] = h[:k]\n"
        "    h_n = np.empty_like(h)\n"
        "    c_n = np.empty_like(c)\n"
        "    h_n[order] = h\n"
        "    c_n[order] = c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_nomask_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "state keeps updating on padding steps: h_n, c_n are the states at T-1, "
                "not at each sequence's last step",
                "must_mention": [
                    {"any": ["padding", "lengths[b] - 1", "own last", "last real", "last valid"]}
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t < lengths)[:, None]\n"
        "        h, c = h_new, c_new\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths (1-based habit): one padding step too many is run",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "<=",
                            "one extra",
                            "extra step",
                            "one padding",
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
        "    T = x.shape[0]                          # size(x, 1)\n"
        "    B = x.shape[1]\n"
        "    H = h0.shape[1]\n"
        "    h = h0\n"
        "    c = c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):                     # for t = 1:T\n"
        "        [h_new, c_new] = lstm_cell(x[t, :, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        keep = (t <= lengths).reshape(B, 1).astype(float)   # t <= len(b)\n"
        "        h = keep * h_new + (1 - keep) * h\n"
        "        c = keep * c_new + (1 - keep) * c\n"
        "        out[t, :, :] = keep * h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_nozero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out past each length repeats the frozen h instead of zeros",
                "must_mention": ["zero"],
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t < lengths)[:, None]\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_c_unmasked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is masked: the cell state c keeps updating on padding",
                "must_mention": [
                    {"any": ["cell state", "c_n", "c keeps", " c "]},
                    {"any": ["padding", "mask"]},
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t < lengths)[:, None]\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_sorted",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "assumes lengths sorted in decreasing order (updates the first k rows as "
                "packing does)",
                "must_mention": [
                    {
                        "any": [
                            "sorted",
                            "sort",
                            "decreasing",
                            "descending",
                            "enforce_sorted",
                            "order",
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
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        k = int((np.asarray(lengths) > t).sum())   # batch_sizes[t]: sequences still "
        "running\n"
        "        if k == 0:\n"
        "            break\n"
        "        h[:k], c[:k] = lstm_cell(x[t, :k], h[:k], c[:k], W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :k] = h[:k]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_Tmax",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "time axis sized by lengths.max() instead of T: out too short when the "
                "longest length < T",
                "must_mention": [{"any": ["max", "longest"]}],
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
        "    T = int(lengths.max())                        # the padded length\n"
        "    B, H = h0.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h, c = np.where(m, h_new, h), np.where(m, c_new, c)\n"
        "        out[t] = m * h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_zeros_init",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 ignored: starts from zeros",
                "must_mention": [{"any": ["h0", "initial"]}, {"any": ["zero", "ignor"]}],
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
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t < lengths)[:, None]\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_inplace_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x's padding steps zeroed in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        mask = (t < lengths)[:, None]\n"
        "        x[t] *= mask          # clean the padding first\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_idx_len",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "final state read at index lengths[b] instead of lengths[b] - 1 (1-based "
                "habit): crashes when a length equals T",
                "must_mention": [
                    {
                        "any": [
                            "lengths[b] - 1",
                            "off by one",
                            "off-by-one",
                            "lengths - 1",
                            "one step",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = np.zeros((T + 1, B, H)); cs = np.zeros((T + 1, B, H))\n"
        "    hs[0], cs[0] = h0, c0                       # hs[t] = state before step t\n"
        "    for t in range(T):\n"
        "        hs[t + 1], cs[t + 1] = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = hs[1:].copy()\n"
        "    for b in range(B):\n"
        "        out[lengths[b]:, b] = 0.0\n"
        "    rows = np.arange(B)\n"
        "    # h[length(b)] is the last one (1-based)\n"
        "    h_n = out[lengths, rows]\n"
        "    c_n = cs[1:][lengths, rows]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_mask_axis",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask built as (1, B) and broadcast along the hidden axis: crashes unless "
                "B == H or B == 1, wrong when B == H",
                "must_mention": [{"any": ["broadcast", "axis", "(B, 1)", "[:, None]", "transpos"]}],
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
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t < lengths)[None, :]\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_d_le_zeroinit",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "mask t <= lengths (1-based habit): one padding step too many is run",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "<=",
                            "one extra",
                            "extra step",
                            "one padding",
                        ]
                    }
                ],
            },
            {
                "what": "h0, c0 ignored: starts from zeros",
                "must_mention": [{"any": ["h0", "initial"]}, {"any": ["zero", "ignor"]}],
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
        "    h, c = np.zeros((B, H)), np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t <= lengths)[:, None]\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = np.where(mask, c_new, c)\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_d_cunm_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only h is masked: the cell state c keeps updating on padding",
                "must_mention": [
                    {"any": ["cell state", "c_n", "c keeps", " c "]},
                    {"any": ["padding", "mask"]},
                ],
            },
            {
                "what": "x's padding steps zeroed in place",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        mask = (t < lengths)[:, None]\n"
        "        x[t] *= mask\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(mask, h_new, h)\n"
        "        c = c_new\n"
        "        out[t] = np.where(mask, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_d_Tmax_nozero",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "time axis sized by lengths.max() instead of T: out too short when the "
                "longest length < T",
                "must_mention": [{"any": ["max", "longest"]}],
            },
            {
                "what": "out past each length repeats the frozen h instead of zeros",
                "must_mention": ["zero"],
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
        "    T = int(lengths.max())\n"
        "    B, H = h0.shape\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h, c = np.where(m, h_new, h), np.where(m, c_new, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "bl_ok_rev",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        '    """Reverse each sequence\'s own steps; padding stays where it is."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([of, reverse_padded(ob, lengths)], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ok_maskloop",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse: walk t = T-1 .. 0; a sequence only starts once t < its length\n"
        "    h, c = h0[1], c0[1]\n"
        "    ob = np.zeros((T, B, H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *bwd)\n"
        "        live = (t < lengths)[:, None]\n"
        "        h = np.where(live, h_new, h)\n"
        "        c = np.where(live, c_new, c)\n"
        "        ob[t] = np.where(live, h_new, 0.0)\n"
        "    return np.concatenate([of, ob], axis=-1), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
    {
        "id": "bl_ok_gather",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]                       # (T, 1)\n"
        "    valid = t < lengths[None, :]                    # (T, B)\n"
        "    src = np.where(valid, lengths[None, :] - 1 - t, t)   # reversed index on real "
        "steps\n"
        "    cols = np.arange(B)[None, :]\n"
        "    x_rev = x[src, cols]                            # (T, B, I)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob_rev, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = ob_rev[src, cols] * valid[:, :, None]\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_flipall",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction on the whole padded tensor flipped (x[::-1]): it starts "
                "at T-1, on padding, not at each sequence's last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "last valid",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_unrev_global",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs un-reversed with a global [::-1] instead of per sequence: "
                "they land on the wrong steps",
                "must_mention": [
                    {
                        "any": [
                            "per sequence",
                            "each sequence",
                            "own",
                            "position",
                            "shifted",
                            "wrong step",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_hn_out_last",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken at step lengths[b]-1 (its first step) instead of after "
                "step 0",
                "must_mention": [
                    "h_n",
                    {"any": ["step 0", "out[0", "first step", "last step", "after"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (_, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    ob = reverse_padded(ob, lengths)\n"
        "    last = np.asarray(lengths) - 1\n"
        "    hb = ob[last, np.arange(B)]          # each sequence's last step, as in part 1\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_zero_bwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction starts from zeros: h0[1], c0[1] ignored",
                "must_mention": [
                    {"any": ["h0[1]", "row 1", "initial", "h0"]},
                    {"any": ["zero", "ignor"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B, H = h0.shape[1], h0.shape[2]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    zeros = np.zeros((B, H))\n"
        "    ob, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, zeros, "
        "zeros, *bwd)\n"
        "    out = np.concatenate([of, reverse_padded(ob, lengths)], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ok_wrap",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    rev = lengths[None, :] - 1 - np.arange(T)[:, None]      # (T, B) source step for "
        "each t\n"
        "    cols = np.arange(B)[None, :]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[rev, cols], lengths, h0[1], c0[1], *bwd)\n"
        "    ob = ob[rev, cols]          # negative indices past the end land on zero padding\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_pad_clip",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse index lengths[b]-1-t clipped at 0: padding rows of the reverse "
                "half get step 0's output instead of zeros",
                "must_mention": [{"any": ["zero", "padding"]}],
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    rev = np.clip(lengths[None, :] - 1 - np.arange(T)[:, None], 0, None)   # no "
        "negative indices\n"
        "    cols = np.arange(B)[None, :]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[rev, cols], lengths, h0[1], c0[1], *bwd)\n"
        "    ob = ob[rev, cols]\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_swap_w",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "fwd and bwd weight tuples swapped",
                "must_mention": [{"any": ["swap", "fwd", "bwd", "exchanged"]}],
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *bwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *fwd)\n"
        "    out = np.concatenate([of, reverse_padded(ob, lengths)], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_inplace_x",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x reversed in place per sequence before the reverse pass",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "changed",
                            "overwr",
                            "unchanged",
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
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    for b in range(B):                              # flip each sequence's real "
        "steps\n"
        "        n = int(lengths[b])\n"
        "        x[:n, b] = x[:n, b][::-1].copy()\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        ob[:n, b] = ob[:n, b][::-1].copy()\n"
        "    return np.concatenate([of, ob], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_hn_shape",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n concatenated into (B, 2H) like Keras merge instead of stacked "
                "(2, B, H)",
                "must_mention": [{"any": ["(2, B, H)", "stack", "concatenat", "shape"]}],
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([of, reverse_padded(ob, lengths)], axis=2)\n"
        '    h_n = np.concatenate([hf, hb], axis=-1)      # merge_mode="concat"\n'
        "    c_n = np.concatenate([cf, cb], axis=-1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_d_unrev_hnshape",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse outputs un-reversed with a global [::-1] instead of per sequence: "
                "they land on the wrong steps",
                "must_mention": [
                    {
                        "any": [
                            "per sequence",
                            "each sequence",
                            "own",
                            "position",
                            "shifted",
                            "wrong step",
                        ]
                    }
                ],
            },
            {
                "what": "h_n, c_n concatenated into (B, 2H) like Keras merge instead of stacked "
                "(2, B, H)",
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def reverse_padded(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        r[:n, b] = a[:n, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    return out, (np.concatenate([hf, hb], axis=-1), np.concatenate([cf, cb], "
        "axis=-1))\n",
    },
    {
        "id": "bl_d_garbage_zerobwd",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse index lengths[b]-1-t clipped at 0: padding rows of the reverse "
                "half get step 0's output instead of zeros",
                "must_mention": [{"any": ["zero", "padding"]}],
            },
            {
                "what": "reverse direction starts from zeros: h0[1], c0[1] ignored",
                "must_mention": [
                    {"any": ["h0[1]", "row 1", "initial", "h0"]},
                    {"any": ["zero", "ignor"]},
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
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
        "    rev = np.clip(lengths[None, :] - 1 - np.arange(T)[:, None], 0, None)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    z = np.zeros((B, H))\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[rev, cols], lengths, z, z, *bwd)\n"
        "    return np.concatenate([of, ob[rev, cols]], axis=2), (np.stack([hf, hb]), "
        "np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_d_flipall_swapw",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction on the whole padded tensor flipped (x[::-1]): it starts "
                "at T-1, on padding, not at each sequence's last step",
                "must_mention": [
                    {
                        "any": [
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "last valid",
                            "T - 1",
                            "T-1",
                        ]
                    }
                ],
            },
            {
                "what": "fwd and bwd weight tuples swapped",
                "must_mention": [{"any": ["swap", "fwd", "bwd", "exchanged"]}],
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
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((T, B, h0.shape[1]))\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = (t < lengths)[:, None]\n"
        "        h = np.where(m, h_new, h)\n"
        "        c = np.where(m, c_new, c)\n"
        "        out[t] = np.where(m, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *bwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *fwd)\n"
        "    return np.concatenate([of, ob[::-1]], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
]
