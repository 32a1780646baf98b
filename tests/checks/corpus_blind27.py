# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-seventh blind corpus, kept as its two authors wrote it (/work/blind27a and /work/blind27b,
split by graded names as for corpora 10-26; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run; author A's first command listed
the file names of the session's planning folder beside its brief, and it says so; it opened none
of them), each asked to invent a cast of at least ten students in a graduate "deep learning for
scientists" course: einsum and tensordot with one subscript or axis wrong, x @ W precomputed for
every step and indexed wrongly, MATLAB and Fortran habits (order='F', 1-based loops, one column
per example), other textbooks' LSTMs (peepholes, a coupled input/forget gate, one bias), numerics
"improved" (clipped or hard sigmoids, float32), np.split and np.stack on the wrong axis,
batch-first and time-first mixed up, ScratchLSTM's weights copied from nn.LSTM wrongly, the shapes
exercise answered for another configuration; the backward derived with Jacobians and one
transpose or factor wrong, gradients accumulated and reset in the wrong place, left-padded masks,
arithmetic masks, whole padded arrays flipped, np.where masks broadcasting silently, directions
concatenated in the wrong order. Run on 37878bb (the last stop's engine, after the twenty-fourth
round); the words a message must contain were fixed before its first run. First run there, by the
word test at seed 7: 166 of 190 wrong versions named (87%: author A 93 of 104, author B 73 of 86),
no wrong version passing, no false alarm. See tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "sigmoid_ingrid_where_abs",
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
        "    # e^{-|z|} lies in (0, 1]: it can underflow to 0 but never overflow\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n",
    },
    {
        "id": "sigmoid_dagny_masks",
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
        "    Z = np.array(z, dtype=np.float64)      # private copy, the caller's array is not "
        "touched\n"
        "    S = np.empty_like(Z)\n"
        "    POS = Z >= 0.0\n"
        "    NEG = np.logical_not(POS)\n"
        "    S[POS] = 1.0 / (1.0 + np.exp(-Z[POS]))\n"
        "    EZ = np.exp(Z[NEG])                    # Z < 0 here, so EZ <= 1\n"
        "    S[NEG] = EZ / (1.0 + EZ)\n"
        "    return S\n",
    },
    {
        "id": "sigmoid_bram_logaddexp",
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
        "    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z), and logaddexp is "
        "overflow-safe\n"
        "    # (same trick as the log-likelihood of a logistic regression)\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    return np.asarray(np.exp(-np.logaddexp(0.0, -z)))    # an array even for 0-d "
        "input\n",
    },
    {
        "id": "sigmoid_hiroshi_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula 1/(1+exp(-z)): np.exp(-z) overflows (RuntimeWarning) for "
                "very negative z",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sigmoid_chen_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches on every element, so np.exp(z) overflows "
                "for large positive z and np.exp(-z) for large negative z "
                "(RuntimeWarning), although the selected values are right",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # the hint: for z < 0 use e^z / (1 + e^z), otherwise the usual formula\n"
        "    return np.where(z < 0, np.exp(z) / (1 + np.exp(z)), 1 / (1 + np.exp(-z)))\n",
    },
    {
        "id": "sigmoid_fatima_clip15",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-15, 15] before the exponential, so the values are wrong "
                "(saturated) for |z| > 15",
                "must_mention": [
                    {"any": ["clip", "saturat", "large", "extreme", "tail", "|z|", "big"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    # sigma is saturated beyond |z| ~ 15 anyway, so clip first: exp() can never "
        "overflow\n"
        "    z = np.clip(np.asarray(z, dtype=np.float64), -15.0, 15.0)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "sigmoid_jonas_hard_sigmoid",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses the piecewise-linear 'hard sigmoid' approximation instead of the "
                "logistic function",
                "must_mention": [
                    {
                        "any": [
                            "hard",
                            "piecewise",
                            "linear",
                            "approximat",
                            "not the logistic",
                            "not a sigmoid",
                            "1 / (1 + e",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    # Keras' hard_sigmoid: piecewise linear, cheap, and it cannot overflow at all\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n",
    },
    {
        "id": "sigmoid_fatima_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes and returns float32 instead of float64",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z32 = np.asarray(z, dtype=np.float32)   # float32 is plenty for a probability, "
        "and faster\n"
        "    out = np.empty_like(z32)\n"
        "    pos = z32 >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z32[pos]))\n"
        "    ez = np.exp(z32[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n",
    },
    {
        "id": "sigmoid_mikhail_overwrites_input",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the caller's array z (np.asarray does not copy), "
                "so the input is modified",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes the",
                            "changes your",
                            "left unchanged",
                            "unchanged",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z)            # no copy: saves memory on big arrays\n"
        "    neg = z < 0\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    z[...] = 1.0 / (1.0 + ez)    # reuse z's buffer for the result\n"
        "    z[neg] *= ez[neg]            # e^z / (1 + e^z) = e^{-|z|} / (1 + e^{-|z|}) for z "
        "< 0\n"
        "    return z\n",
    },
    {
        "id": "sigmoid_anja_tanh_unscaled",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "uses 0.5*(1+tanh(z)) instead of 0.5*(1+tanh(z/2)): this is sigma(2z), too "
                "steep",
                "must_mention": [
                    {
                        "any": [
                            "z/2",
                            "z / 2",
                            "2z",
                            "2*z",
                            "2 * z",
                            "half",
                            "factor",
                            "twice",
                            "scal",
                            "steep",
                            "slope",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    # logistic function = shifted and scaled tanh, and tanh never overflows\n"
        "    return 0.5 * (1.0 + np.tanh(np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "sigmoid_dagny_loop_1d",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "loops with len(z) and z[k]: only works for 1-D arrays (fails for 0-d and "
                "for 2-D or higher)",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "1-d",
                            "1d",
                            "one-dimensional",
                            "2-d",
                            "2d",
                            "0-d",
                            "scalar",
                            "ndim",
                            "dimension",
                        ]
                    }
                ],
            }
        ],
        "source": "import math\n"
        "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    n = len(z)\n"
        "    s = np.zeros(n)\n"
        "    for k in range(n):\n"
        "        zk = z[k]\n"
        "        if zk >= 0.0:\n"
        "            s[k] = 1.0 / (1.0 + math.exp(-zk))\n"
        "        else:\n"
        "            s[k] = math.exp(zk) / (1.0 + math.exp(zk))\n"
        "    return s\n",
    },
    {
        "id": "sigmoid_hiroshi_d_naive_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "computes in float32 and returns float32 instead of float64",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
                ],
            },
            {
                "what": "naive 1/(1+exp(-z)): np.exp(-z) overflows (RuntimeWarning) for very "
                "negative z",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    z = np.asarray(z, dtype=np.float32)   # GPU habit: everything in float32\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sigmoid_dagny_d_loop_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "only works for 1-D arrays (len(z), z[k]): fails for 0-d and "
                "multi-dimensional z",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "1-d",
                            "1d",
                            "one-dimensional",
                            "2-d",
                            "2d",
                            "0-d",
                            "scalar",
                            "ndim",
                            "dimension",
                        ]
                    }
                ],
            },
            {
                "what": "stores the results in a float32 array: the result is float32, not float64",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
                ],
            },
        ],
        "source": "import math\n"
        "\n"
        "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable. z: any shape -> same '
        'shape."""\n'
        "    n = len(z)\n"
        "    s = np.zeros(n, dtype=np.float32)     # REAL*4 is enough for a gate value\n"
        "    for k in range(n):\n"
        "        if z[k] >= 0.0:\n"
        "            s[k] = 1.0 / (1.0 + math.exp(-z[k]))\n"
        "        else:\n"
        "            s[k] = math.exp(z[k]) / (1.0 + math.exp(z[k]))\n"
        "    return s\n",
    },
    {
        "id": "gates_ingrid_split",
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
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh     # (B, 4H), blocks i | f | g | o\n"
        "    a_i, a_f, a_g, a_o = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "gates_chen_fortran_order",
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
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    B = x.shape[0]\n"
        "    H = W_hh.shape[1]\n"
        "    A = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)   # B x 4H, like [W_ih W_hh]*[x; h] "
        "in MATLAB\n"
        "    A = A.reshape((B, H, 4), order='F')           # A(:, :, k) is gate k, as a MATLAB "
        "slab\n"
        "    ig = sigmoid(A[:, :, 0])\n"
        "    fg = sigmoid(A[:, :, 1])\n"
        "    gg = np.tanh(A[:, :, 2])\n"
        "    og = sigmoid(A[:, :, 3])\n"
        "    return ig, fg, gg, og\n",
    },
    {
        "id": "gates_anja_einsum_blocks",
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
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    Wx = W_ih.reshape(4, H, -1)            # (gate, unit, input)\n"
        "    Wh = W_hh.reshape(4, H, H)             # (gate, unit, hidden)\n"
        "    b = (b_ih + b_hh).reshape(4, 1, H)\n"
        "    # A[g, b, u] = sum_i Wx[g, u, i] x[b, i] + sum_k Wh[g, u, k] h[b, k] + b[g, u]\n"
        "    A = np.einsum('gui,bi->gbu', Wx, x) + np.einsum('guk,bk->gbu', Wh, h) + b\n"
        "    i, f, o = (sigmoid(A[k]) for k in (0, 1, 3))\n"
        "    g = np.tanh(A[2])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_jonas_tf_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks read in TensorFlow's order (i, j, f, o): the forget gate is "
                "taken from rows 2H:3H and the cell/candidate gate g from rows H:2H, i.e. "
                "f and g swapped",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "block", "rows"]},
                    {"any": ["forget", "cell gate", "candidate", "g gate", "gate g", "(g", " g "]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    # TensorFlow's LSTMCell layout: i, j (new input), f, o\n"
        "    i, j, f, o = np.split(z, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(j), sigmoid(o)\n",
    },
    {
        "id": "gates_jonas_onnx_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "gate blocks taken in ONNX order (i, o, f, c) instead of PyTorch's (i, f, "
                "g, o): f, g and o read the wrong rows",
                "must_mention": [{"any": ["order", "swap", "permut", "block", "rows"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    zx = x @ W_ih.T + b_ih\n"
        "    zh = h @ W_hh.T + b_hh\n"
        "    z = zx + zh\n"
        "    # gate layout i, o, f, c (as in the ONNX LSTM operator I used at work)\n"
        "    zi = z[:, 0:H]\n"
        "    zo = z[:, H:2 * H]\n"
        "    zf = z[:, 2 * H:3 * H]\n"
        "    zc = z[:, 3 * H:4 * H]\n"
        "    return sigmoid(zi), sigmoid(zf), np.tanh(zc), sigmoid(zo)\n",
    },
    {
        "id": "gates_emeka_sigmoid_candidate",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell (candidate) gate g uses the sigmoid instead of tanh",
                "must_mention": [{"any": ["tanh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    net = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    gates = []\n"
        "    for k in range(4):                      # all four units squash with the logistic "
        "function\n"
        "        gates.append(sigmoid(net[:, k * H:(k + 1) * H]))\n"
        "    i, f, g, o = gates\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_bram_bias_once",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds only b_ih: the recurrent bias b_hh is missing",
                "must_mention": [
                    "bias",
                    {"any": ["b_hh", "hh", "recurrent", "missing", "both", "twice", "second"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    # linear predictor: design matrix times coefficients plus an intercept\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(Z[:, :H])\n"
        "    f = sigmoid(Z[:, H:2 * H])\n"
        "    g = np.tanh(Z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(Z[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_anja_einsum_transposed_hh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "einsum subscripts 'gku' contract h with the wrong axis of each (H, H) "
                "recurrent block: uses the transpose of each gate's W_hh block",
                "must_mention": ["transpos", {"any": ["W_hh", "recurrent", "hh", "hidden"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = h.shape[-1]\n"
        "    Wx = W_ih.reshape(4, H, x.shape[-1])\n"
        "    Wh = W_hh.reshape(4, H, H)\n"
        "    bb = (b_ih + b_hh).reshape(4, 1, H)\n"
        "    # a[g, b, u] = sum_i Wx[g, u, i] x[b, i] + sum_k Wh[g, u, k] h[b, k]\n"
        "    a = np.einsum('gui,bi->gbu', Wx, x) + np.einsum('gku,bk->gbu', Wh, h) + bb\n"
        "    return sigmoid(a[0]), sigmoid(a[1]), np.tanh(a[2]), sigmoid(a[3])\n",
    },
    {
        "id": "gates_chen_interleaved_reshape",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "column-major reshape to (B, 4, H) takes every 4th column (interleaved) "
                "instead of contiguous blocks of H rows per gate",
                "must_mention": [
                    {
                        "any": [
                            "interleav",
                            "block",
                            "rows",
                            "contiguous",
                            "every 4",
                            "every fourth",
                            "reshape",
                            "stride",
                            "order='f'",
                            "column-major",
                            "fortran",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    B = x.shape[0]\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    A = A.reshape((B, 4, -1), order='F')     # MATLAB: reshape(A, B, 4, []) -> gate k "
        "is A(:, k, :)\n"
        "    return sigmoid(A[:, 0, :]), sigmoid(A[:, 1, :]), np.tanh(A[:, 2, :]), "
        "sigmoid(A[:, 3, :])\n",
    },
    {
        "id": "gates_dagny_columns",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "computes the gates column-wise and returns them transposed, (H, B) "
                "instead of (B, H)",
                "must_mention": [
                    {"any": ["transpos", "(h, b)", "(b, h)", "shape", "swapped axes", "axes"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    # column-wise, one column per example, as in my Fortran codes\n"
        "    H = W_hh.shape[1]\n"
        "    Z = W_ih @ x.T + W_hh @ h.T + (b_ih + b_hh)[:, None]     # (4H, B)\n"
        "    IG = sigmoid(Z[0 * H:1 * H, :])\n"
        "    FG = sigmoid(Z[1 * H:2 * H, :])\n"
        "    GG = np.tanh(Z[2 * H:3 * H, :])\n"
        "    OG = sigmoid(Z[3 * H:4 * H, :])\n"
        "    return IG, FG, GG, OG\n",
    },
    {
        "id": "gates_gustavo_array_split_axis0",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.array_split without axis=1 splits along the batch axis (rows) instead "
                "of the 4H feature axis",
                "must_mention": [{"any": ["axis", "split"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i, f, g, o = np.array_split(pre, 4)          # four gates, in order i, f, g, o\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_fatima_squeeze",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1 (and the feature axis when I = "
                "1 or H = 1): wrong shape or a crash for those sizes",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "batch of one",
                            "batch size 1",
                            "batch size of 1",
                            "single example",
                            "singleton",
                            "size 1",
                            "size-1",
                            "drops the batch",
                            "batch axis",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    x = np.squeeze(x)          # tidy up stray singleton axes\n"
        "    h = np.squeeze(h)\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = W_hh.shape[1]\n"
        "    i = sigmoid(z[..., :H])\n"
        "    f = sigmoid(z[..., H:2 * H])\n"
        "    g = np.tanh(z[..., 2 * H:3 * H])\n"
        "    o = sigmoid(z[..., 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_mikhail_bias_inplace",
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
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes the",
                            "changes your",
                            "left unchanged",
                            "unchanged",
                            "alter",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    b_ih += b_hh                 # the two biases always appear together: fold them "
        "once\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n",
    },
    {
        "id": "gates_emeka_coupled",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate computed as 1 - i (coupled input/forget gate) instead of from "
                "its own rows H:2H",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "1 - i",
                            "1-i",
                            "1 - input",
                            "coupled",
                            "own weights",
                            "own rows",
                            "h:2h",
                            "w_if",
                            "input gate",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = 1.0 - i                  # coupled input-forget gate (CIFG, Greff et al.)\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "gates_hiroshi_no_recurrent",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "leaves out the recurrent term h @ W_hh.T: the gates do not depend on h",
                "must_mention": [
                    {
                        "any": [
                            "recurrent",
                            "w_hh",
                            "hidden state",
                            "previous",
                            "h_{t-1}",
                            "h @",
                            "depend on h",
                            "ignores h",
                            "h term",
                            "missing h",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    # pre-activations of all four gates at once (B, 4H)\n"
        "    pre = x @ W_ih.T + b_ih + b_hh\n"
        "    H = pre.shape[1] // 4\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "gates_jonas_d_tf_bias_once",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "only b_ih is added; the recurrent bias b_hh is missing",
                "must_mention": [
                    "bias",
                    {"any": ["b_hh", "hh", "recurrent", "missing", "both", "twice", "second"]},
                ],
            },
            {
                "what": "gate blocks in TensorFlow's order i, j, f, o: forget gate and cell gate g "
                "swapped",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "block", "rows"]},
                    {"any": ["forget", "cell gate", "candidate", "g gate", "gate g", "(g", " g "]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    # Keras style: kernel, recurrent kernel, one bias; gates i, j, f, o\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, j, f, o = np.hsplit(z, 4)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(j), sigmoid(o)\n",
    },
    {
        "id": "gates_anja_d_transposed_hh_sigmoid_g",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent block is contracted as h @ W_hh[r] (einsum 'bk,ku') instead "
                "of h @ W_hh[r].T: transposed recurrent weights",
                "must_mention": ["transpos", {"any": ["W_hh", "recurrent", "hh", "hidden"]}],
            },
            {
                "what": "the cell gate g uses sigmoid instead of tanh",
                "must_mention": [{"any": ["tanh"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    act = [sigmoid, sigmoid, sigmoid, sigmoid]   # i, f, g, o\n"
        "    out = []\n"
        "    for k in range(4):\n"
        "        r = slice(k * H, (k + 1) * H)\n"
        "        a = np.einsum('bi,ui->bu', x, W_ih[r]) + np.einsum('bk,ku->bu', h, W_hh[r]) + "
        "b_ih[r] + b_hh[r]\n"
        "        out.append(act[k](a))\n"
        "    return tuple(out)\n",
    },
    {
        "id": "gates_fatima_d_squeeze_float32",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1 (or the feature axis when I or "
                "H is 1)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "batch of one",
                            "batch size 1",
                            "batch size of 1",
                            "single example",
                            "singleton",
                            "size 1",
                            "size-1",
                            "drops the batch",
                            "batch axis",
                        ]
                    }
                ],
            },
            {
                "what": "casts the pre-activations and gates to float32",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    x, h = np.squeeze(x), np.squeeze(h)          # drop singleton axes\n"
        "    pre = (x @ W_ih.T + h @ W_hh.T + b_ih + b_hh).astype(np.float32)   # halves the "
        "memory\n"
        "    q = pre.shape[-1] // 4\n"
        "    return (sigmoid(pre[..., :q]).astype(np.float32), sigmoid(pre[..., q:2 * "
        "q]).astype(np.float32),\n"
        "            np.tanh(pre[..., 2 * q:3 * q]), sigmoid(pre[..., 3 * "
        "q:]).astype(np.float32))\n",
    },
    {
        "id": "gates_emeka_d_coupled_bias_once",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate is 1 - i (coupled) instead of sigmoid of its own "
                "pre-activation rows H:2H",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "1 - i",
                            "1-i",
                            "1 - input",
                            "coupled",
                            "own weights",
                            "own rows",
                            "h:2h",
                            "w_if",
                            "input gate",
                        ]
                    },
                ],
            },
            {
                "what": "only one bias (b_ih) is added; b_hh is missing",
                "must_mention": [
                    "bias",
                    {"any": ["b_hh", "hh", "recurrent", "missing", "both", "twice", "second"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Logistic function, elementwise and numerically stable."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    ez = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    # Goodfellow et al., eq. 10.40ff, with one bias vector per gate\n"
        "    H = W_hh.shape[1]\n"
        "    s = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i = sigmoid(s[:, 0:H])\n"
        "    f = 1 - i                                  # coupled gates: forget what we let "
        "in\n"
        "    g = np.tanh(s[:, 2 * H:3 * H])\n"
        "    o = sigmoid(s[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "cell_ingrid_vectorised",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_anja_tensordot",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    # contract the feature axes: x (B, I) with W_ih (4H, I) over I, h with W_hh over "
        "H\n"
        "    pre = np.tensordot(x, W_ih, axes=([1], [1])) + np.tensordot(h, W_hh, axes=([1], "
        "[1]))\n"
        "    pre += b_ih\n"
        "    pre += b_hh\n"
        "    gi, gf, gg, go = np.split(pre, 4, axis=-1)\n"
        "    c_new = sigmoid(gf) * c + sigmoid(gi) * np.tanh(gg)\n"
        "    return sigmoid(go) * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_dagny_gate_loop",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    acts = {}\n"
        "    for k, (name, fn) in enumerate([('i', sigmoid), ('f', sigmoid), ('g', np.tanh), "
        "('o', sigmoid)]):\n"
        "        rows = slice(k * H, (k + 1) * H)        # gate k = rows k*H .. (k+1)*H-1\n"
        "        acts[name] = fn(x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + "
        "b_hh[rows])\n"
        "    c_next = acts['f'] * c + acts['i'] * acts['g']\n"
        "    h_next = acts['o'] * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_chen_stacked_columns",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    W = np.concatenate((W_ih, W_hh), axis=1)           # [W_ih W_hh], 4H x (I+H)\n"
        "    xh = np.concatenate((x, h), axis=1).T              # (I+H) x B: one column per "
        "example\n"
        "    A = (W @ xh + (b_ih + b_hh)[:, np.newaxis]).T      # back to B x 4H\n"
        "    H = c.shape[1]\n"
        "    i = sigmoid(A[:, 0:H])\n"
        "    f = sigmoid(A[:, H:2 * H])\n"
        "    g = np.tanh(A[:, 2 * H:3 * H])\n"
        "    o = sigmoid(A[:, 3 * H:4 * H])\n"
        "    cn = f * c + i * g\n"
        "    hn = o * np.tanh(cn)\n"
        "    return hn, cn\n",
    },
    {
        "id": "cell_hiroshi_returns_c_h",
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
                            "revers",
                            "c_next first",
                            "(c, h)",
                            "c, h",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[-1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(z, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return c_new, h_new          # state tuple (c, h), like Keras' LSTMCell\n",
    },
    {
        "id": "cell_emeka_peephole",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds peephole terms (the cell state c) to the input, forget and output "
                "gate pre-activations; PyTorch's LSTM has no peepholes",
                "must_mention": [
                    {
                        "any": [
                            "peephole",
                            "cell state in the gate",
                            "c in the gate",
                            "c_{t-1}",
                            "c_prev",
                            "previous cell",
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
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # Gers & Schmidhuber peephole connections (no peephole weights given, so unit "
        "weights)\n"
        "    i = sigmoid(a[:, :H] + c)\n"
        "    f = sigmoid(a[:, H:2 * H] + c)\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    c_next = f * c + i * g\n"
        "    o = sigmoid(a[:, 3 * H:] + c_next)\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_bram_h_without_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the new cell state is missing",
                "must_mention": [{"any": ["tanh"]}],
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next   # output gate times the memory\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_gustavo_tanh_outside",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = tanh(o * c_next) instead of o * tanh(c_next): the output gate is "
                "applied inside the tanh",
                "must_mention": [
                    {"any": ["tanh"]},
                    {"any": ["output gate", "o *", "o_t", "inside", "outside", "order"]},
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    gates = np.stack(np.split(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh, 4, axis=1))  # "
        "(4, B, H)\n"
        "    i, f, o = sigmoid(gates[[0, 1, 3]])\n"
        "    g = np.tanh(gates[2])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = np.tanh(o * c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_hiroshi_no_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "cell update c = f*c + g: the input gate i is not multiplied with g",
                "must_mention": [
                    {"any": ["input gate", "i_t", "i *", "i*g", "i * g", "without i", "missing i"]}
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    # contract the feature axes: x (B, I) with W_ih (4H, I) over I, h with W_hh over "
        "H\n"
        "    pre = np.tensordot(x, W_ih, axes=([1], [1])) + np.tensordot(h, W_hh, axes=([1], "
        "[1]))\n"
        "    pre += b_ih\n"
        "    pre += b_hh\n"
        "    gi, gf, gg, go = np.split(pre, 4, axis=-1)\n"
        "    c_new = sigmoid(gf) * c + np.tanh(gg)\n"
        "    return sigmoid(go) * np.tanh(c_new), c_new\n",
    },
    {
        "id": "cell_chen_if_swapped_update",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "cell update uses i * c + f * g: input and forget gates swapped in the "
                "update",
                "must_mention": ["forget", "input"],
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    W = np.concatenate((W_ih, W_hh), axis=1)           # [W_ih W_hh], 4H x (I+H)\n"
        "    xh = np.concatenate((x, h), axis=1).T              # (I+H) x B: one column per "
        "example\n"
        "    A = (W @ xh + (b_ih + b_hh)[:, np.newaxis]).T      # back to B x 4H\n"
        "    H = c.shape[1]\n"
        "    i = sigmoid(A[:, 0:H])\n"
        "    f = sigmoid(A[:, H:2 * H])\n"
        "    g = np.tanh(A[:, 2 * H:3 * H])\n"
        "    o = sigmoid(A[:, 3 * H:4 * H])\n"
        "    cn = i * c + f * g\n"
        "    hn = o * np.tanh(cn)\n"
        "    return hn, cn\n",
    },
    {
        "id": "cell_mikhail_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i*g), which changes the caller's c",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes the",
                            "changes your",
                            "left unchanged",
                            "unchanged",
                            "alter",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    c *= f                 # update the cell state in place, no temporaries\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "cell_bram_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "uses its own naive sigmoid 1/(1+exp(-t)), which overflows "
                "(RuntimeWarning) for very negative pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def logistic(t):\n"
        "    return 1.0 / (1.0 + np.exp(-t))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    eta = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh       # linear predictors of the four "
        "gates\n"
        "    i = logistic(eta[:, 0:H])\n"
        "    f = logistic(eta[:, H:2 * H])\n"
        "    g = np.tanh(eta[:, 2 * H:3 * H])\n"
        "    o = logistic(eta[:, 3 * H:4 * H])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_emeka_coupled",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "coupled input/forget gate: c = f*c + (1-f)*g instead of using the input "
                "gate i",
                "must_mention": [
                    {"any": ["input gate", "coupled", "1 - f", "1-f", "(1 - f)", "i_t", "i *"]}
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = W_hh.shape[1]\n"
        "    acts = {}\n"
        "    for k, (name, fn) in enumerate([('i', sigmoid), ('f', sigmoid), ('g', np.tanh), "
        "('o', sigmoid)]):\n"
        "        rows = slice(k * H, (k + 1) * H)        # gate k = rows k*H .. (k+1)*H-1\n"
        "        acts[name] = fn(x @ W_ih[rows].T + b_ih[rows] + h @ W_hh[rows].T + "
        "b_hh[rows])\n"
        "    c_next = acts['f'] * c + (1.0 - acts['f']) * acts['g']   # coupled gates\n"
        "    h_next = acts['o'] * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_ingrid_old_c_in_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the old cell state c instead of the new c_next",
                "must_mention": [
                    {
                        "any": [
                            "c_next",
                            "new cell",
                            "updated cell",
                            "c_{t-1}",
                            "old c",
                            "previous cell",
                            "old cell",
                            "instead of the new",
                            "c_prev",
                            "given c",
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
        '    """Numerically stable logistic function, elementwise: sigma(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} <= 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_dagny_batch_loop_from_1",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "1-based loop habit: range(1, B) skips batch row 0, which stays zero "
                "(everything is zero for B = 1)",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "first row",
                            "first example",
                            "example 0",
                            "skip",
                            "range(1",
                            "1-based",
                            "one-based",
                            "not computed",
                            "zero",
                            "loop",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    B, H = h.shape\n"
        "    HN = np.zeros((B, H))\n"
        "    CN = np.zeros((B, H))\n"
        "    for ib in range(1, B):          # loop over the examples of the batch\n"
        "        A = W_ih @ x[ib] + b_ih + W_hh @ h[ib] + b_hh\n"
        "        IG = sigmoid(A[0:H])\n"
        "        FG = sigmoid(A[H:2 * H])\n"
        "        GG = np.tanh(A[2 * H:3 * H])\n"
        "        OG = sigmoid(A[3 * H:4 * H])\n"
        "        CN[ib] = FG * c[ib] + IG * GG\n"
        "        HN[ib] = OG * np.tanh(CN[ib])\n"
        "    return HN, CN\n",
    },
    {
        "id": "cell_hiroshi_recurrent_uses_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent term multiplies the cell state c instead of h: c @ W_hh.T",
                "must_mention": [
                    {"any": ["recurrent", "w_hh", "hh"]},
                    {
                        "any": [
                            "cell state",
                            "c instead",
                            "instead of h",
                            "c @",
                            "uses c",
                            "reads c",
                            "from c",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + c @ W_hh.T + (b_ih + b_hh)\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "cell_anja_reshape_not_transpose",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "W_ih reshaped to (I, 4H) instead of transposed: the input weights are "
                "scrambled",
                "must_mention": [
                    {"any": ["reshape", "transpos", "scrambl"]},
                    {"any": ["w_ih", "input weight", "input-to-hidden", "ih"]},
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    B, I = x.shape\n"
        "    H = h.shape[1]\n"
        "    # a[b, j] = x[b, i] Wx[i, j] + h[b, k] Wh[k, j] + bias[j]\n"
        "    Wx = W_ih.reshape(I, 4 * H)\n"
        "    a = np.einsum('bi,ij->bj', x, Wx) + np.einsum('bk,jk->bj', h, W_hh) + b_ih + "
        "b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * "
        "H]), sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "cell_hiroshi_d_c_h_bias_once",
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
                            "revers",
                            "c_next first",
                            "(c, h)",
                            "c, h",
                        ]
                    }
                ],
            },
            {
                "what": "adds only b_hh; the input bias b_ih is missing",
                "must_mention": [
                    "bias",
                    {"any": ["b_ih", "ih", "missing", "both", "twice", "second", "input bias"]},
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    z = x @ W_ih.T + h @ W_hh.T + b_hh        # one bias is enough, the other is "
        "redundant\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    c_new = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    h_new = sigmoid(zo) * np.tanh(c_new)\n"
        "    return c_new, h_new\n",
    },
    {
        "id": "cell_mikhail_d_naive_inplace",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "naive sigmoid 1/(1+exp(-a)) overflows (RuntimeWarning) for very negative "
                "pre-activations",
                "must_mention": ["overflow"],
            },
            {
                "what": "updates c in place with out=c / +=, changing the caller's c",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes the",
                            "changes your",
                            "left unchanged",
                            "unchanged",
                            "alter",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    s = 1.0 / (1.0 + np.exp(-a))        # sigmoid of all four blocks; only i, f, o "
        "are used\n"
        "    i, f, o = s[:, :H], s[:, H:2 * H], s[:, 3 * H:]\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    np.multiply(c, f, out=c)            # c <- f*c without a temporary\n"
        "    c += i * g\n"
        "    h_next = o * np.tanh(c)\n"
        "    return h_next, c\n",
    },
    {
        "id": "cell_bram_d_colah_order_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "input and forget gate blocks swapped: forget gate read from rows 0:H and "
                "input gate from H:2H",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "block", "rows"]},
                    {"any": ["forget", "input"]},
                ],
            },
            {
                "what": "h_t = o_t * C_t: the tanh of the cell state is missing",
                "must_mention": [{"any": ["tanh"]}],
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = c.shape[1]\n"
        "    Z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # blocks as in colah's blog: forget gate first, then input gate, candidate, "
        "output\n"
        "    f_t = sigmoid(Z[:, 0:H])\n"
        "    i_t = sigmoid(Z[:, H:2 * H])\n"
        "    C_tilde = np.tanh(Z[:, 2 * H:3 * H])\n"
        "    o_t = sigmoid(Z[:, 3 * H:4 * H])\n"
        "    C_t = f_t * c + i_t * C_tilde\n"
        "    h_t = o_t * C_t\n"
        "    return h_t, C_t\n",
    },
    {
        "id": "cell_anja_d_reshape_tanh_outside",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "W_ih reshaped to (I, 4H) instead of transposed: the input weights are "
                "scrambled",
                "must_mention": [
                    {"any": ["reshape", "transpos", "scrambl"]},
                    {"any": ["w_ih", "input weight", "input-to-hidden", "ih"]},
                ],
            },
            {
                "what": "h = tanh(o * c) instead of o * tanh(c)",
                "must_mention": [
                    {"any": ["tanh"]},
                    {"any": ["output gate", "o *", "o_t", "inside", "outside", "order"]},
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    I = x.shape[1]\n"
        "    H = h.shape[1]\n"
        "    a = np.einsum('bi,ij->bj', x, W_ih.reshape(I, 4 * H)) + np.einsum('bk,jk->bj', h, "
        "W_hh)\n"
        "    a = a + b_ih + b_hh\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c1 = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h1 = np.tanh(sigmoid(o) * c1)\n"
        "    return h1, c1\n",
    },
    {
        "id": "cell_dagny_d_loop_float32",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "1-based habit: range(1, NB) skips batch row 0, which stays zero",
                "must_mention": [
                    {
                        "any": [
                            "row 0",
                            "first row",
                            "first example",
                            "example 0",
                            "skip",
                            "range(1",
                            "1-based",
                            "one-based",
                            "not computed",
                            "zero",
                            "loop",
                        ]
                    }
                ],
            },
            {
                "what": "result arrays allocated as float32, so h_next and c_next are float32",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    NB, NH = h.shape\n"
        "    HN = np.zeros((NB, NH), dtype=np.float32)\n"
        "    CN = np.zeros((NB, NH), dtype=np.float32)\n"
        "    for IB in range(1, NB):\n"
        "        A = np.dot(W_ih, x[IB]) + np.dot(W_hh, h[IB]) + b_ih + b_hh\n"
        "        IG = sigmoid(A[:NH])\n"
        "        FG = sigmoid(A[NH:2 * NH])\n"
        "        GG = np.tanh(A[2 * NH:3 * NH])\n"
        "        OG = sigmoid(A[3 * NH:])\n"
        "        CN[IB] = FG * c[IB] + IG * GG\n"
        "        HN[IB] = OG * np.tanh(CN[IB])\n"
        "    return HN, CN\n",
    },
    {
        "id": "cell_chen_d_recurrent_c_old_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent term uses the cell state c instead of h (c @ W_hh.T)",
                "must_mention": [
                    {"any": ["recurrent", "w_hh", "hh"]},
                    {
                        "any": [
                            "cell state",
                            "c instead",
                            "instead of h",
                            "c @",
                            "uses c",
                            "reads c",
                            "from c",
                        ]
                    },
                ],
            },
            {
                "what": "h_next uses tanh of the old cell state c instead of the new one",
                "must_mention": [
                    {
                        "any": [
                            "c_next",
                            "new cell",
                            "updated cell",
                            "c_{t-1}",
                            "old c",
                            "previous cell",
                            "old cell",
                            "instead of the new",
                            "c_prev",
                            "given c",
                            "input c",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    H = h.shape[1]\n"
        "    A = x @ W_ih.T + c @ W_hh.T + b_ih + b_hh      # input part + recurrent part\n"
        "    ig = sigmoid(A[:, 0:H])\n"
        "    fg = sigmoid(A[:, H:2 * H])\n"
        "    gg = np.tanh(A[:, 2 * H:3 * H])\n"
        "    og = sigmoid(A[:, 3 * H:4 * H])\n"
        "    cn = fg * c + ig * gg\n"
        "    hn = og * np.tanh(c)\n"
        "    return hn, cn\n",
    },
    {
        "id": "layer_ingrid_loop",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)            # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                    # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bram_precompute",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x       # (T, B, I)\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # the input projections of all steps at once: one big matrix product\n"
        "    XW = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(T, B, 4 * H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XW[t] + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H])\n"
        "        f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_anja_einsum",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    H = W_hh.shape[1]\n"
        "    # input projection for every step, written straight into time-major order\n"
        "    spec = 'bti,gi->tbg' if batch_first else 'tbi,gi->tbg'\n"
        "    P = np.einsum(spec, x, W_ih) + (b_ih + b_hh)               # (T, B, 4H)\n"
        "    T, B = P.shape[:2]\n"
        "    h = np.zeros((B, H)) if h0 is None else np.array(h0, dtype=float)\n"
        "    c = np.zeros((B, H)) if c0 is None else np.array(c0, dtype=float)\n"
        "    hs = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = P[t] + np.einsum('bk,gk->bg', h, W_hh)\n"
        "        i, f, g, o = np.split(a, 4, axis=1)\n"
        "        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "        h = sigmoid(o) * np.tanh(c)\n"
        "        hs[t] = h\n"
        "    out = np.einsum('tbh->bth', hs) if batch_first else hs\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dagny_fortran_loop",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        NB, NT = x.shape[0], x.shape[1]\n"
        "    else:\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH))\n"
        "    CT = np.zeros((NB, NH))\n"
        "    if h0 is not None:\n"
        "        HT[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        CT[:, :] = c0\n"
        "    OUT = np.zeros((NT, NB, NH))\n"
        "    for IT in range(1, NT + 1):                 # steps 1..NT, stored at IT-1\n"
        "        XT = x[:, IT - 1, :] if batch_first else x[IT - 1]\n"
        "        HT, CT = lstm_cell(XT, HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "        OUT[IT - 1] = HT\n"
        "    if batch_first:\n"
        "        OUT = OUT.transpose(1, 0, 2).copy()\n"
        "    return OUT, (HT, CT)\n",
    },
    {
        "id": "layer_hiroshi_ignores_batch_first",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: a (B, T, I) input is read as time-first and out is "
                "not batch-first",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(b, t",
                            "time-first",
                            "time first",
                            "swapped axes",
                            "transpos",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    seq_len, batch = x.shape[0], x.shape[1]\n"
        "    hidden = W_hh.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((batch, hidden))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((batch, hidden))\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(seq_len):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "layer_gustavo_stack_axis",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the output is still stacked time-first (T, B, H) "
                "instead of (B, T, H)",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(b, t, h)",
                            "transpos",
                            "axis",
                            "stack",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x      # iterate over time\n"
        "    B = xs.shape[1]\n"
        "    H = W_hh.shape[0] // 4\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    hs = []\n"
        "    for x_t in xs:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    return np.stack(hs, axis=0), (h, c)\n",
    },
    {
        "id": "layer_chen_none_zeros_size",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "when h0/c0 are None the zero states get W_ih.shape[1] (the input size I) "
                "columns instead of H",
                "must_mention": [
                    {"any": ["none", "zero", "initial", "h0", "default"]},
                    {"any": ["size", "shape", "hidden", "input_size", " i ", "(b, h)", "columns"]},
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)            # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_ih.shape[1]           # number of units\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                    # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bram_out_is_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stores the cell state c_t at each step instead of the hidden state "
                "h_t",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_t",
                            "c instead",
                            "instead of h",
                            "stores c",
                            "holds c",
                            "memory",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x       # (T, B, I)\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # the input projections of all steps at once: one big matrix product\n"
        "    XW = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(T, B, 4 * H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XW[t] + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H])\n"
        "        f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = c\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dagny_out_shifted",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores h before the update: out[t] holds h_{t-1} (out[0] = h0), shifted "
                "by one step",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "previous",
                            "h_{t-1}",
                            "before",
                            "lag",
                            "t-1",
                            "t - 1",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH)) if h0 is None else h0\n"
        "    CT = np.zeros((NB, NH)) if c0 is None else c0\n"
        "    OUT = np.zeros((NT, NB, NH))\n"
        "    for IT in range(NT):\n"
        "        OUT[IT] = HT                      # store the state, then advance it\n"
        "        HT, CT = lstm_cell(x[IT], HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        OUT = OUT.transpose(1, 0, 2)\n"
        "    return OUT, (HT, CT)\n",
    },
    {
        "id": "layer_hiroshi_state_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not carried: every step starts again from (h0, c0) instead "
                "of the previous step's state",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "not updated",
                            "never updated",
                            "not passed",
                            "same initial",
                            "every step starts",
                            "each step starts",
                            "reset",
                            "propagat",
                            "recurren",
                            "previous step",
                            "h_{t-1}",
                            "from h0",
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
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h0, c0, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h_t)\n"
        "    out = np.stack(outputs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_mikhail_alias_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same buffer h (updated in place) at every step, so every row "
                "of out equals the last state",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same buffer",
                            "same object",
                            "copy",
                            "view",
                            "in place",
                            "in-place",
                            "identical",
                            "all steps equal",
                            "every step",
                            "last step",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    xt = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B = xt.shape[:2]\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(xt[t], h, c, W_ih, W_hh, b_ih, b_hh)   # reuse the "
        "buffers\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_bram_precompute_reshape_mix",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the precomputed input projections are reshaped to (B, T, 4H) and indexed "
                "[:, t]: time and batch are mixed up (shows when B > 1 and T > 1)",
                "must_mention": [
                    {
                        "any": [
                            "reshape",
                            "mix",
                            "batch and time",
                            "time and batch",
                            "precomput",
                            "scrambl",
                            "interleav",
                            "order of the axes",
                            "axis order",
                            "layout",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x       # (T, B, I)\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # the input projections of all steps at once: one big matrix product\n"
        "    XW = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(B, T, 4 * H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XW[:, t] + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H])\n"
        "        f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_gustavo_hn_from_batch_first_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is taken as out[-1] after out was made batch-first, i.e. the last "
                "example's whole sequence, not the last step",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "out[-1]",
                            "last example",
                            "axis",
                            "last step",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = np.swapaxes(x, 0, 1)            # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                    # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (out[-1], c)\n",
    },
    {
        "id": "layer_chen_skips_step0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "1-based loop range(1, NT) with x[IT]: step 0 is never computed (out[0] "
                "stays zero) and every step is read from the wrong input",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t=0",
                            "t = 0",
                            "skip",
                            "x[0]",
                            "x_0",
                            "off by one",
                            "off-by-one",
                            "shift",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        NB, NT = x.shape[0], x.shape[1]\n"
        "    else:\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH))\n"
        "    CT = np.zeros((NB, NH))\n"
        "    if h0 is not None:\n"
        "        HT[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        CT[:, :] = c0\n"
        "    OUT = np.zeros((NT, NB, NH))\n"
        "    for IT in range(1, NT):                     # steps 1..NT-1 (step 0 is the "
        "initial state)\n"
        "        XT = x[:, IT, :] if batch_first else x[IT]\n"
        "        HT, CT = lstm_cell(XT, HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "        OUT[IT] = HT\n"
        "    if batch_first:\n"
        "        OUT = OUT.transpose(1, 0, 2).copy()\n"
        "    return OUT, (HT, CT)\n",
    },
    {
        "id": "layer_fatima_bf_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape instead of a transpose: (B, T, I) "
                "reshaped to (T, B, I) scrambles time and batch",
                "must_mention": [{"any": ["reshape", "transpos", "swapaxes", "scrambl", "mix"]}],
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = x.reshape(x.shape[1], x.shape[0], x.shape[2])    # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                    # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = out.reshape(out.shape[1], out.shape[0], out.shape[2])\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_bram_h0_ignored",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "always starts from zeros: the given h0 and c0 are ignored",
                "must_mention": [
                    {
                        "any": [
                            "h0",
                            "c0",
                            "initial state",
                            "initial",
                            "ignor",
                            "given state",
                            "hx",
                            "zero",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x       # (T, B, I)\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # the input projections of all steps at once: one big matrix product\n"
        "    XW = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(T, B, 4 * H)\n"
        "    h = np.zeros((B, H))      # nn.LSTM starts from zeros\n"
        "    c = np.zeros((B, H))\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XW[t] + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H])\n"
        "        f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_fatima_float32",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is allocated as float32, so out is float32 instead of float64",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        NB, NT = x.shape[0], x.shape[1]\n"
        "    else:\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH))\n"
        "    CT = np.zeros((NB, NH))\n"
        "    if h0 is not None:\n"
        "        HT[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        CT[:, :] = c0\n"
        "    OUT = np.zeros((NT, NB, NH), dtype=np.float32)    # half the memory\n"
        "    for IT in range(1, NT + 1):                 # steps 1..NT, stored at IT-1\n"
        "        XT = x[:, IT - 1, :] if batch_first else x[IT - 1]\n"
        "        HT, CT = lstm_cell(XT, HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "        OUT[IT - 1] = HT\n"
        "    if batch_first:\n"
        "        OUT = OUT.transpose(1, 0, 2).copy()\n"
        "    return OUT, (HT, CT)\n",
    },
    {
        "id": "layer_mikhail_h0_inplace",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the new state into the given h0 and c0 arrays (h[...] = ...), "
                "modifying the caller's inputs",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "in place",
                            "in-place",
                            "inplace",
                            "overwr",
                            "mutat",
                            "changed",
                            "changes the",
                            "changes your",
                            "left unchanged",
                            "unchanged",
                            "alter",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    T, B = x.shape[0], x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = hn          # keep the same state buffers across steps\n"
        "        c[...] = cn\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_dagny_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state is not carried: the new c goes into a separate variable "
                "and every step reuses c0",
                "must_mention": [
                    {"any": ["cell state", "c_t", "c_{t-1}", "c0", " c "]},
                    {
                        "any": [
                            "carr",
                            "not updated",
                            "never updated",
                            "not passed",
                            "reset",
                            "propagat",
                            "initial",
                            "same",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        NB, NT = x.shape[0], x.shape[1]\n"
        "    else:\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH))\n"
        "    CT = np.zeros((NB, NH))\n"
        "    if h0 is not None:\n"
        "        HT[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        CT[:, :] = c0\n"
        "    OUT = np.zeros((NT, NB, NH))\n"
        "    for IT in range(1, NT + 1):                 # steps 1..NT, stored at IT-1\n"
        "        XT = x[:, IT - 1, :] if batch_first else x[IT - 1]\n"
        "        HT, CNEW = lstm_cell(XT, HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "        OUT[IT - 1] = HT\n"
        "    if batch_first:\n"
        "        OUT = OUT.transpose(1, 0, 2).copy()\n"
        "    return OUT, (HT, CNEW)\n",
    },
    {
        "id": "layer_chen_d_no_bf_skip0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores batch_first: always indexes time on axis 0 and returns out "
                "time-first",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(b, t",
                            "time-first",
                            "time first",
                            "transpos",
                        ]
                    }
                ],
            },
            {
                "what": "1-based loop starts at IT = 2 (range(2, NT + 1)): step 0 is skipped, "
                "out[0] stays zero",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "first step",
                            "t=0",
                            "t = 0",
                            "skip",
                            "x[0]",
                            "x_0",
                            "off by one",
                            "off-by-one",
                            "shift",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH))\n"
        "    CT = np.zeros((NB, NH))\n"
        "    if h0 is not None:\n"
        "        HT[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        CT[:, :] = c0\n"
        "    OUT = np.zeros((NT, NB, NH))\n"
        "    for IT in range(2, NT + 1):                 # IT = 1 is the initial state\n"
        "        XT = x[IT - 1]\n"
        "        HT, CT = lstm_cell(XT, HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "        OUT[IT - 1] = HT\n"
        "    return OUT, (HT, CT)\n",
    },
    {
        "id": "layer_bram_d_out_c_states_swapped",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stores the cell state c_t instead of h_t",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_t",
                            "c instead",
                            "instead of h",
                            "stores c",
                            "holds c",
                            "memory",
                        ]
                    }
                ],
            },
            {
                "what": "returns (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "revers", "(c_n, h_n)", "c_n first"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    X = np.transpose(x, (1, 0, 2)) if batch_first else x       # (T, B, I)\n"
        "    T, B, I = X.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # the input projections of all steps at once: one big matrix product\n"
        "    XW = (X.reshape(T * B, I) @ W_ih.T + b_ih + b_hh).reshape(T, B, 4 * H)\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        a = XW[t] + h @ W_hh.T\n"
        "        i = sigmoid(a[:, :H])\n"
        "        f = sigmoid(a[:, H:2 * H])\n"
        "        g = np.tanh(a[:, 2 * H:3 * H])\n"
        "        o = sigmoid(a[:, 3 * H:])\n"
        "        c = f * c + i * g\n"
        "        h = o * np.tanh(c)\n"
        "        out[t] = c\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (c, h)\n",
    },
    {
        "id": "layer_fatima_d_bf_reshape_float32",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first handled with reshape instead of transpose: scrambles time and "
                "batch",
                "must_mention": [{"any": ["reshape", "transpos", "swapaxes", "scrambl", "mix"]}],
            },
            {
                "what": "out stacked as float32",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = x.reshape(x.shape[1], x.shape[0], -1)    # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs).astype(np.float32)   # (T, B, H), float32 to save memory\n"
        "    if batch_first:\n"
        "        out = out.reshape(out.shape[1], out.shape[0], -1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "layer_hiroshi_d_not_carried_h0_ignored",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is not carried: every step starts from the initial state",
                "must_mention": [
                    {
                        "any": [
                            "carr",
                            "not updated",
                            "never updated",
                            "not passed",
                            "same initial",
                            "every step starts",
                            "each step starts",
                            "reset",
                            "propagat",
                            "recurren",
                            "previous step",
                            "h_{t-1}",
                            "from h0",
                        ]
                    }
                ],
            },
            {
                "what": "the given h0, c0 are ignored: always starts from zeros",
                "must_mention": [
                    {
                        "any": [
                            "h0",
                            "c0",
                            "initial state",
                            "initial",
                            "ignor",
                            "given state",
                            "hx",
                            "zero",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h_prev = np.zeros((B, H))          # LSTMs start from a zero state\n"
        "    c_prev = np.zeros((B, H))\n"
        "    outputs = []\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)\n"
        "        outputs.append(h_t)\n"
        "    out = np.stack(outputs)\n"
        "    if batch_first:\n"
        "        out = np.transpose(out, (1, 0, 2))\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "layer_mikhail_d_alias_none_size",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same in-place-updated buffer h at every step: all rows of out "
                "equal the last state",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "same array",
                            "same buffer",
                            "same object",
                            "copy",
                            "view",
                            "in place",
                            "in-place",
                            "identical",
                            "all steps equal",
                            "every step",
                            "last step",
                            "overwrit",
                        ]
                    }
                ],
            },
            {
                "what": "with h0/c0 None the zero states have W_ih.shape[1] = I columns instead of "
                "H",
                "must_mention": [
                    {"any": ["none", "zero", "initial", "h0", "default"]},
                    {"any": ["size", "shape", "hidden", "input_size", " i ", "(b, h)", "columns"]},
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    xt = x.swapaxes(0, 1) if batch_first else x\n"
        "    T, B = xt.shape[:2]\n"
        "    n_units = W_ih.shape[1]\n"
        "    h = np.zeros((B, n_units)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, n_units)) if c0 is None else c0.copy()\n"
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(xt[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.stack(hs)\n"
        "    return (out.swapaxes(0, 1) if batch_first else out), (h, c)\n",
    },
    {
        "id": "layer_dagny_d_shift_bf_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "stores the state before the update: out[t] = h_{t-1}, shifted by one step",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "previous",
                            "h_{t-1}",
                            "before",
                            "lag",
                            "t-1",
                            "t - 1",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first the output is not transposed back: out is (T, B, H) "
                "instead of (B, T, H)",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(b, t, h)",
                            "transpos",
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
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        '    """One LSTM layer, one direction, over a whole sequence."""\n'
        "    if batch_first:\n"
        "        NB, NT = x.shape[0], x.shape[1]\n"
        "    else:\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "    NH = W_hh.shape[1]\n"
        "    HT = np.zeros((NB, NH))\n"
        "    CT = np.zeros((NB, NH))\n"
        "    if h0 is not None:\n"
        "        HT[:, :] = h0\n"
        "    if c0 is not None:\n"
        "        CT[:, :] = c0\n"
        "    OUT = np.zeros((NT, NB, NH))\n"
        "    for IT in range(1, NT + 1):                 # steps 1..NT, stored at IT-1\n"
        "        XT = x[:, IT - 1, :] if batch_first else x[IT - 1]\n"
        "        OUT[IT - 1] = HT\n"
        "        HT, CT = lstm_cell(XT, HT, CT, W_ih, W_hh, b_ih, b_hh)\n"
        "    return OUT, (HT, CT)\n",
    },
    {
        "id": "scratch_ingrid_dict",
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dagny_lists",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, nin))\n"
        "                self.WHH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "                    self.BHH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND + d].copy()\n"
        "                c = C0[l * ND + d].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[l * ND + d] = h\n"
        "                CN[l * ND + d] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_kalani_transposed_store",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return np.exp(-np.logaddexp(0.0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy. Internally each direction keeps Wx (in, 4H) and Wh '
        "(H, 4H),\n"
        '    so that the step is x @ Wx + h @ Wh (row vectors, the way I learned it)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.has_bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.dirs = ['', '_reverse'] if bidirectional else ['']\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self.cells = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        "                cell = {'Wx': rng.uniform(-lim, lim, (4 * hidden_size, n_in)).T,\n"
        "                        'Wh': rng.uniform(-lim, lim, (4 * hidden_size, "
        "hidden_size)).T}\n"
        "                if bias:\n"
        "                    cell['bx'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                    cell['bh'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                self.cells[(l, sfx)] = cell\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        out = {}\n"
        "        for (l, sfx), cell in self.cells.items():\n"
        "            out[f'weight_ih_l{l}{sfx}'] = cell['Wx'].T.copy()\n"
        "            out[f'weight_hh_l{l}{sfx}'] = cell['Wh'].T.copy()\n"
        "            if self.has_bias:\n"
        "                out[f'bias_ih_l{l}{sfx}'] = cell['bx'].copy()\n"
        "                out[f'bias_hh_l{l}{sfx}'] = cell['bh'].copy()\n"
        "        return out\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for (l, sfx), cell in self.cells.items():\n"
        "            cell['Wx'] = np.array(state[f'weight_ih_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            cell['Wh'] = np.array(state[f'weight_hh_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            if self.has_bias:\n"
        "                cell['bx'] = np.array(state[f'bias_ih_l{l}{sfx}'], dtype=float)\n"
        "                cell['bh'] = np.array(state[f'bias_hh_l{l}{sfx}'], dtype=float)\n"
        "\n"
        "    def _sweep(self, cell, xs, h, c):\n"
        '        """Run one direction forwards in time over xs (T, B, in)."""\n'
        "        H = self.H\n"
        "        b = cell['bx'] + cell['bh'] if self.has_bias else np.zeros(4 * H)\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            z = x_t @ cell['Wx'] + h @ cell['Wh'] + b\n"
        "            i, f, g, o = sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * "
        "H]), sigm(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B = xs.shape[:2]\n"
        "        nd = len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * nd, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            seqs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = l * nd + d\n"
        "                if sfx == '_reverse':\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs[::-1], h0[r], "
        "c0[r])\n"
        "                    ys = ys[::-1]                    # back to time order\n"
        "                else:\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs, h0[r], c0[r])\n"
        "                seqs.append(ys)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            xs = np.concatenate(seqs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_kalani_rev_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in processing order (not flipped "
                "back to time order)",
                "must_mention": [
                    {"any": ["reverse", "backward", "direction"]},
                    {
                        "any": [
                            "flip",
                            "time order",
                            "not put back",
                            "reversed order",
                            "index t",
                            "stored at",
                            "mirror",
                            "order",
                        ]
                    },
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return np.exp(-np.logaddexp(0.0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy. Internally each direction keeps Wx (in, 4H) and Wh '
        "(H, 4H),\n"
        '    so that the step is x @ Wx + h @ Wh (row vectors, the way I learned it)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.has_bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.dirs = ['', '_reverse'] if bidirectional else ['']\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self.cells = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        "                cell = {'Wx': rng.uniform(-lim, lim, (4 * hidden_size, n_in)).T,\n"
        "                        'Wh': rng.uniform(-lim, lim, (4 * hidden_size, "
        "hidden_size)).T}\n"
        "                if bias:\n"
        "                    cell['bx'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                    cell['bh'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                self.cells[(l, sfx)] = cell\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        out = {}\n"
        "        for (l, sfx), cell in self.cells.items():\n"
        "            out[f'weight_ih_l{l}{sfx}'] = cell['Wx'].T.copy()\n"
        "            out[f'weight_hh_l{l}{sfx}'] = cell['Wh'].T.copy()\n"
        "            if self.has_bias:\n"
        "                out[f'bias_ih_l{l}{sfx}'] = cell['bx'].copy()\n"
        "                out[f'bias_hh_l{l}{sfx}'] = cell['bh'].copy()\n"
        "        return out\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for (l, sfx), cell in self.cells.items():\n"
        "            cell['Wx'] = np.array(state[f'weight_ih_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            cell['Wh'] = np.array(state[f'weight_hh_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            if self.has_bias:\n"
        "                cell['bx'] = np.array(state[f'bias_ih_l{l}{sfx}'], dtype=float)\n"
        "                cell['bh'] = np.array(state[f'bias_hh_l{l}{sfx}'], dtype=float)\n"
        "\n"
        "    def _sweep(self, cell, xs, h, c):\n"
        '        """Run one direction forwards in time over xs (T, B, in)."""\n'
        "        H = self.H\n"
        "        b = cell['bx'] + cell['bh'] if self.has_bias else np.zeros(4 * H)\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            z = x_t @ cell['Wx'] + h @ cell['Wh'] + b\n"
        "            i, f, g, o = sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * "
        "H]), sigm(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B = xs.shape[:2]\n"
        "        nd = len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * nd, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            seqs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = l * nd + d\n"
        "                if sfx == '_reverse':\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs[::-1], h0[r], "
        "c0[r])\n"
        "                else:\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs, h0[r], c0[r])\n"
        "                seqs.append(ys)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            xs = np.concatenate(seqs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_ingrid_rev_hn_from_last_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n of the reverse direction is taken from out[-1] (its state after "
                "x_{T-1} only) instead of its final state after x_0",
                "must_mention": ["h_n", {"any": ["reverse", "backward", "direction"]}],
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, _, c_n[row] = self._run(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                h_n[row] = out_d[-1]          # final hidden state = last output\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dagny_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "rows of h_0/c_0 and h_n/c_n indexed direction-major (d * NL + l) instead "
                "of layer * D + d",
                "must_mention": [
                    {"any": ["row", "order", "index", "layout"]},
                    {"any": ["layer", "direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, nin))\n"
        "                self.WHH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "                    self.BHH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[d * NL + l].copy()\n"
        "                c = C0[d * NL + l].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[d * NL + l] = h\n"
        "                CN[d * NL + l] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_hiroshi_layer_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layers after the first get weight_ih of width H instead of H * D (forgets "
                "the two directions)",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "_l1",
                            "later layer",
                            "layers after",
                            "h * d",
                            "d * h",
                            "2h",
                            "2 * h",
                            "input size of",
                        ]
                    },
                    {"any": ["shape", "width", "size", "columns"]},
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_fatima_init_positive",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial values drawn from [0, bound) (rng.random * bound) instead of "
                "uniformly in [-bound, bound]",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "symmetric",
                            "[-",
                            "-1/sqrt",
                            "-k",
                            "positive",
                            "range",
                            "uniform",
                            "bound",
                            "sign",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = bound * rng.random((4 * self.NH, nin))\n"
        "                self.WHH[l][d] = bound * rng.random((4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = bound * rng.random(4 * self.NH)\n"
        "                    self.BHH[l][d] = bound * rng.random(4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND + d].copy()\n"
        "                c = C0[l * ND + d].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[l * ND + d] = h\n"
        "                CN[l * ND + d] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_bram_init_fan_in",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initialisation bound 1/sqrt(input_size) (fan-in) instead of "
                "1/sqrt(hidden_size): values exceed the bound when I < H",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "1/sqrt",
                            "1 / sqrt",
                            "sqrt(h",
                            "hidden_size",
                            "hidden size",
                            "range",
                            "too large",
                            "exceed",
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
        "        k = 1.0 / np.sqrt(input_size)      # fan-in scaling\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_mikhail_state_dict_refs",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays (a shallow dict copy), so "
                "changing them changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "reference",
                            "same array",
                            "shares",
                            "sharing",
                            "view",
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return dict(self.params)          # a new dict; the arrays are float64 "
        "already\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_mikhail_load_refs",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the caller's arrays (np.asarray does not copy), so "
                "later changes to state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "reference",
                            "same array",
                            "shares",
                            "sharing",
                            "view",
                            "later changes",
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_chen_bias_false_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the module still has (zero) bias parameters, so "
                "state_dict has extra bias keys",
                "must_mention": [
                    "bias",
                    {"any": ["bias=false", "key", "extra", "unexpected", "should not"]},
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "                    if not bias and name.startswith('bias'):\n"
        "                        self.params[f'{name}_l{layer}{suffix}'] = np.zeros(shape)   # "
        "no bias = zero bias\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_gustavo_bf_out_not_back",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the output is returned time-first (T, B, D*H) "
                "instead of (B, T, D*H)",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(b, t",
                            "transpos",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, nin))\n"
        "                self.WHH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "                    self.BHH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND + d].copy()\n"
        "                c = C0[l * ND + d].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[l * ND + d] = h\n"
        "                CN[l * ND + d] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_hiroshi_bf_states",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True h_n and c_n are also transposed to (B, L*D, H); the "
                "states are never batch-first",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(l",
                            "(num_layers",
                            "transpos",
                            "never",
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "            h_n = h_n.transpose(1, 0, 2)     # keep everything batch first\n"
        "            c_n = c_n.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_kalani_whh_reshape",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict reshapes weight_hh to (H, 4H) instead of transposing it: "
                "recurrent weights scrambled",
                "must_mention": [
                    {"any": ["reshape", "transpos", "scrambl"]},
                    {"any": ["weight_hh", "recurrent", "w_hh", "hh"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return np.exp(-np.logaddexp(0.0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy. Internally each direction keeps Wx (in, 4H) and Wh '
        "(H, 4H),\n"
        '    so that the step is x @ Wx + h @ Wh (row vectors, the way I learned it)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.has_bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.dirs = ['', '_reverse'] if bidirectional else ['']\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self.cells = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        "                cell = {'Wx': rng.uniform(-lim, lim, (4 * hidden_size, n_in)).T,\n"
        "                        'Wh': rng.uniform(-lim, lim, (4 * hidden_size, "
        "hidden_size)).T}\n"
        "                if bias:\n"
        "                    cell['bx'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                    cell['bh'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                self.cells[(l, sfx)] = cell\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        out = {}\n"
        "        for (l, sfx), cell in self.cells.items():\n"
        "            out[f'weight_ih_l{l}{sfx}'] = cell['Wx'].T.copy()\n"
        "            out[f'weight_hh_l{l}{sfx}'] = cell['Wh'].T.copy()\n"
        "            if self.has_bias:\n"
        "                out[f'bias_ih_l{l}{sfx}'] = cell['bx'].copy()\n"
        "                out[f'bias_hh_l{l}{sfx}'] = cell['bh'].copy()\n"
        "        return out\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for (l, sfx), cell in self.cells.items():\n"
        "            cell['Wx'] = np.array(state[f'weight_ih_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            cell['Wh'] = np.array(state[f'weight_hh_l{l}{sfx}'], "
        "dtype=float).reshape(self.H, 4 * self.H)\n"
        "            if self.has_bias:\n"
        "                cell['bx'] = np.array(state[f'bias_ih_l{l}{sfx}'], dtype=float)\n"
        "                cell['bh'] = np.array(state[f'bias_hh_l{l}{sfx}'], dtype=float)\n"
        "\n"
        "    def _sweep(self, cell, xs, h, c):\n"
        '        """Run one direction forwards in time over xs (T, B, in)."""\n'
        "        H = self.H\n"
        "        b = cell['bx'] + cell['bh'] if self.has_bias else np.zeros(4 * H)\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            z = x_t @ cell['Wx'] + h @ cell['Wh'] + b\n"
        "            i, f, g, o = sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * "
        "H]), sigm(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B = xs.shape[:2]\n"
        "        nd = len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * nd, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            seqs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = l * nd + d\n"
        "                if sfx == '_reverse':\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs[::-1], h0[r], "
        "c0[r])\n"
        "                    ys = ys[::-1]                    # back to time order\n"
        "                else:\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs, h0[r], c0[r])\n"
        "                seqs.append(ys)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            xs = np.concatenate(seqs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_jonas_seed_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the seed is ignored (np.random.default_rng() without it): the same seed "
                "gives different parameters",
                "must_mention": ["seed"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng()       # fresh entropy\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, nin))\n"
        "                self.WHH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "                    self.BHH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND + d].copy()\n"
        "                c = C0[l * ND + d].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[l * ND + d] = h\n"
        "                CN[l * ND + d] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_gustavo_layers_read_x",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "every layer reads the original input x instead of the previous layer's "
                "output",
                "must_mention": [
                    {
                        "any": [
                            "previous layer",
                            "layer k-1",
                            "layer 0's output",
                            "layer 0 output",
                            "output of layer",
                            "reads x",
                            "original input",
                            "layer 1",
                            "stack",
                            "input of layer",
                            "layer's input",
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            out = np.concatenate(outs, axis=2)\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_chen_rev_forward_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward direction's weight matrices (the "
                "'_reverse' suffix is dropped for the weights)",
                "must_mention": [
                    {"any": ["reverse", "backward", "direction"]},
                    {"any": ["weight", "param", "_reverse", "forward's"]},
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_dagny_rev_initial_row",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "both directions start from the forward direction's row of h_0/c_0 (row "
                "l*ND instead of l*ND + d)",
                "must_mention": [
                    {"any": ["reverse", "backward", "direction"]},
                    {"any": ["initial", "h_0", "h0", "hx", "row", "c_0", "c0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, nin))\n"
        "                self.WHH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "                    self.BHH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND].copy()\n"
        "                c = C0[l * ND].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[l * ND + d] = h\n"
        "                CN[l * ND + d] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_jonas_uses_torch",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "imports torch (torch.sigmoid) in the graded code; torch is not available "
                "when graded",
                "must_mention": ["torch"],
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
        "        for t in steps:\n"
        "            a = x[t] @ W_ih.T + h @ W_hh.T + b\n"
        "            import torch\n"
        "            i = torch.sigmoid(torch.from_numpy(a[:, :H])).numpy()\n"
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
        "        h_n = np.empty((L * D, B, H))\n"
        "        c_n = np.empty((L * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(L):\n"
        "            outs = []\n"
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_fatima_float32_load",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict converts the weights to float32 ('for speed'), so the "
                "outputs are float32",
                "must_mention": [
                    {"any": ["float32", "dtype", "float64", "single precision", "precision"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return np.exp(-np.logaddexp(0.0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy. Internally each direction keeps Wx (in, 4H) and Wh '
        "(H, 4H),\n"
        '    so that the step is x @ Wx + h @ Wh (row vectors, the way I learned it)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.has_bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.dirs = ['', '_reverse'] if bidirectional else ['']\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self.cells = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        "                cell = {'Wx': rng.uniform(-lim, lim, (4 * hidden_size, n_in)).T,\n"
        "                        'Wh': rng.uniform(-lim, lim, (4 * hidden_size, "
        "hidden_size)).T}\n"
        "                if bias:\n"
        "                    cell['bx'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                    cell['bh'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                self.cells[(l, sfx)] = cell\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        out = {}\n"
        "        for (l, sfx), cell in self.cells.items():\n"
        "            out[f'weight_ih_l{l}{sfx}'] = cell['Wx'].T.copy()\n"
        "            out[f'weight_hh_l{l}{sfx}'] = cell['Wh'].T.copy()\n"
        "            if self.has_bias:\n"
        "                out[f'bias_ih_l{l}{sfx}'] = cell['bx'].copy()\n"
        "                out[f'bias_hh_l{l}{sfx}'] = cell['bh'].copy()\n"
        "        return out\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for (l, sfx), cell in self.cells.items():\n"
        "            cell['Wx'] = np.array(state[f'weight_ih_l{l}{sfx}'], "
        "dtype=np.float32).T.copy()   # float32 for speed\n"
        "            cell['Wh'] = np.array(state[f'weight_hh_l{l}{sfx}'], "
        "dtype=np.float32).T.copy()\n"
        "            if self.has_bias:\n"
        "                cell['bx'] = np.array(state[f'bias_ih_l{l}{sfx}'], dtype=np.float32)\n"
        "                cell['bh'] = np.array(state[f'bias_hh_l{l}{sfx}'], dtype=np.float32)\n"
        "\n"
        "    def _sweep(self, cell, xs, h, c):\n"
        '        """Run one direction forwards in time over xs (T, B, in)."""\n'
        "        H = self.H\n"
        "        b = cell['bx'] + cell['bh'] if self.has_bias else np.zeros(4 * H)\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            z = x_t @ cell['Wx'] + h @ cell['Wh'] + b\n"
        "            i, f, g, o = sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * "
        "H]), sigm(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = (np.swapaxes(x, 0, 1) if self.batch_first else "
        "np.asarray(x)).astype(np.float32)\n"
        "        T, B = xs.shape[:2]\n"
        "        nd = len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * nd, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            seqs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = l * nd + d\n"
        "                if sfx == '_reverse':\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs[::-1], h0[r], "
        "c0[r])\n"
        "                    ys = ys[::-1]                    # back to time order\n"
        "                else:\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs, h0[r], c0[r])\n"
        "                seqs.append(ys)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            xs = np.concatenate(seqs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_dagny_hn_rows_written_wrong",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n written direction-major (row d * NL + l) while h_0 is read "
                "correctly",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["row", "order", "index", "layer", "direction"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH * self.ND\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, nin))\n"
        "                self.WHH[l][d] = rng.uniform(-bound, bound, (4 * self.NH, self.NH))\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "                    self.BHH[l][d] = rng.uniform(-bound, bound, 4 * self.NH)\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND + d].copy()\n"
        "                c = C0[l * ND + d].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[d * NL + l] = h              # forward rows first, then reverse "
        "rows\n"
        "                CN[d * NL + l] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "scratch_kalani_d_not_flipped_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse direction's outputs left in processing order, not put back in "
                "time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "direction"]},
                    {
                        "any": [
                            "flip",
                            "time order",
                            "not put back",
                            "reversed order",
                            "index t",
                            "stored at",
                            "mirror",
                            "order",
                        ]
                    },
                ],
            },
            {
                "what": "initial-state rows read direction-major (d * L + l) instead of l * D + d",
                "must_mention": [
                    {"any": ["row", "order", "index", "layout"]},
                    {"any": ["layer", "direction"]},
                    {"any": ["h_0", "h0", "hx", "initial", "c_0", "c0"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigm(v):\n"
        "    return np.exp(-np.logaddexp(0.0, -v))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy. Internally each direction keeps Wx (in, 4H) and Wh '
        "(H, 4H),\n"
        '    so that the step is x @ Wx + h @ Wh (row vectors, the way I learned it)."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.H = hidden_size\n"
        "        self.L = num_layers\n"
        "        self.has_bias = bias\n"
        "        self.batch_first = batch_first\n"
        "        self.dirs = ['', '_reverse'] if bidirectional else ['']\n"
        "        rng = np.random.default_rng(seed)\n"
        "        lim = 1.0 / np.sqrt(hidden_size)\n"
        "        self.cells = {}\n"
        "        for l in range(num_layers):\n"
        "            n_in = input_size if l == 0 else hidden_size * len(self.dirs)\n"
        "            for sfx in self.dirs:\n"
        "                cell = {'Wx': rng.uniform(-lim, lim, (4 * hidden_size, n_in)).T,\n"
        "                        'Wh': rng.uniform(-lim, lim, (4 * hidden_size, "
        "hidden_size)).T}\n"
        "                if bias:\n"
        "                    cell['bx'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                    cell['bh'] = rng.uniform(-lim, lim, 4 * hidden_size)\n"
        "                self.cells[(l, sfx)] = cell\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        out = {}\n"
        "        for (l, sfx), cell in self.cells.items():\n"
        "            out[f'weight_ih_l{l}{sfx}'] = cell['Wx'].T.copy()\n"
        "            out[f'weight_hh_l{l}{sfx}'] = cell['Wh'].T.copy()\n"
        "            if self.has_bias:\n"
        "                out[f'bias_ih_l{l}{sfx}'] = cell['bx'].copy()\n"
        "                out[f'bias_hh_l{l}{sfx}'] = cell['bh'].copy()\n"
        "        return out\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for (l, sfx), cell in self.cells.items():\n"
        "            cell['Wx'] = np.array(state[f'weight_ih_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            cell['Wh'] = np.array(state[f'weight_hh_l{l}{sfx}'], "
        "dtype=float).T.copy()\n"
        "            if self.has_bias:\n"
        "                cell['bx'] = np.array(state[f'bias_ih_l{l}{sfx}'], dtype=float)\n"
        "                cell['bh'] = np.array(state[f'bias_hh_l{l}{sfx}'], dtype=float)\n"
        "\n"
        "    def _sweep(self, cell, xs, h, c):\n"
        '        """Run one direction forwards in time over xs (T, B, in)."""\n'
        "        H = self.H\n"
        "        b = cell['bx'] + cell['bh'] if self.has_bias else np.zeros(4 * H)\n"
        "        hs = []\n"
        "        for x_t in xs:\n"
        "            z = x_t @ cell['Wx'] + h @ cell['Wh'] + b\n"
        "            i, f, g, o = sigm(z[:, :H]), sigm(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * "
        "H]), sigm(z[:, 3 * H:])\n"
        "            c = f * c + i * g\n"
        "            h = o * np.tanh(c)\n"
        "            hs.append(h)\n"
        "        return np.stack(hs), h, c\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B = xs.shape[:2]\n"
        "        nd = len(self.dirs)\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.L * nd, B, self.H))\n"
        "            c0 = np.zeros_like(h0)\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        hn, cn = [], []\n"
        "        for l in range(self.L):\n"
        "            seqs = []\n"
        "            for d, sfx in enumerate(self.dirs):\n"
        "                r = d * self.L + l\n"
        "                if sfx == '_reverse':\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs[::-1], h0[r], "
        "c0[r])\n"
        "                else:\n"
        "                    ys, h, c = self._sweep(self.cells[(l, sfx)], xs, h0[r], c0[r])\n"
        "                seqs.append(ys)\n"
        "                hn.append(h)\n"
        "                cn.append(c)\n"
        "            xs = np.concatenate(seqs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return np.ascontiguousarray(out), (np.stack(hn), np.stack(cn))\n",
    },
    {
        "id": "scratch_mikhail_d_sd_refs_bf_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns the module's own arrays, so changing them changes the "
                "module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "alias",
                            "reference",
                            "same array",
                            "shares",
                            "sharing",
                            "view",
                            "changes the module",
                            "changing",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True the output is not transposed back to (B, T, D*H)",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "(b, t",
                            "transpos",
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: value for name, value in self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_chen_d_rev_weights_seed",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction uses the forward weight matrices",
                "must_mention": [
                    {"any": ["reverse", "backward", "direction"]},
                    {"any": ["weight", "param", "_reverse", "forward's"]},
                ],
            },
            {
                "what": "parameters drawn with the global np.random (seed ignored): the same seed "
                "does not give the same parameters",
                "must_mention": ["seed"],
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
        "        rng = np.random     # numpy's global generator\n"
        "        k = 1.0 / np.sqrt(hidden_size)\n"
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                if bias:\n"
        "                    shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, h_n[row], c_n[row] = self._run(layer_in, h0[row], c0[row], "
        "layer, suffix)\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_jonas_d_rev_hn_bias_keys",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "reverse h_n taken from out[-1] instead of the reverse direction's final "
                "state",
                "must_mention": ["h_n", {"any": ["reverse", "backward", "direction"]}],
            },
            {
                "what": "with bias=False there are still zero bias parameters: extra bias keys in "
                "state_dict",
                "must_mention": [
                    "bias",
                    {"any": ["bias=false", "key", "extra", "unexpected", "should not"]},
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        "            for suffix in ([''] if self.D == 1 else ['', '_reverse']):\n"
        "                shapes = [('weight_ih', (4 * hidden_size, in_size)),\n"
        "                          ('weight_hh', (4 * hidden_size, hidden_size))]\n"
        "                shapes += [('bias_ih', (4 * hidden_size,)), ('bias_hh', (4 * "
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        "                    self.params[f'{name}_l{layer}{suffix}'] = rng.uniform(-k, k, "
        "size=shape) if (bias or 'weight' in name) else np.zeros(shape)\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        return {name: np.array(value, dtype=np.float64) for name, value in "
        "self.params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        missing = set(self.params) - set(state)\n"
        "        extra = set(state) - set(self.params)\n"
        "        if missing or extra:\n"
        "            raise KeyError(f'missing keys {sorted(missing)}, unexpected keys "
        "{sorted(extra)}')\n"
        "        for name, value in state.items():\n"
        "            value = np.asarray(value, dtype=np.float64)\n"
        "            if value.shape != self.params[name].shape:\n"
        "                raise ValueError(f'{name}: expected shape {self.params[name].shape}, "
        "got {value.shape}')\n"
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _run(self, x, h, c, layer, suffix):\n"
        '        """One direction of one layer over the whole sequence x (T, B, in)."""\n'
        "        H = self.hidden_size\n"
        "        W_ih = self.params[f'weight_ih_l{layer}{suffix}']\n"
        "        W_hh = self.params[f'weight_hh_l{layer}{suffix}']\n"
        "        if self.bias:\n"
        "            b = self.params[f'bias_ih_l{layer}{suffix}'] + "
        "self.params[f'bias_hh_l{layer}{suffix}']\n"
        "        else:\n"
        "            b = 0.0\n"
        "        T = x.shape[0]\n"
        "        out = np.empty((T, x.shape[1], H))\n"
        "        steps = range(T - 1, -1, -1) if suffix == '_reverse' else range(T)\n"
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
        "            for d, suffix in enumerate(['', '_reverse'][:D]):\n"
        "                row = layer * D + d\n"
        "                out_d, _, c_n[row] = self._run(layer_in, h0[row], c0[row], layer, "
        "suffix)\n"
        "                h_n[row] = out_d[-1]\n"
        "                outs.append(out_d)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "scratch_fatima_d_positive_in_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "initial values drawn from [0, bound) instead of [-bound, bound]",
                "must_mention": [
                    {
                        "any": [
                            "negative",
                            "symmetric",
                            "[-",
                            "-1/sqrt",
                            "-k",
                            "positive",
                            "range",
                            "uniform",
                            "bound",
                            "sign",
                        ]
                    }
                ],
            },
            {
                "what": "layers after the first read H features instead of H * D: weight_ih_l{k>0} "
                "has the wrong width when bidirectional",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "_l1",
                            "later layer",
                            "layers after",
                            "h * d",
                            "d * h",
                            "2h",
                            "2 * h",
                            "input size of",
                        ]
                    },
                    {"any": ["shape", "width", "size", "columns"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sig(a):\n"
        "    ea = np.exp(-np.abs(a))\n"
        "    return np.where(a >= 0.0, 1.0 / (1.0 + ea), ea / (1.0 + ea))\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """nn.LSTM written in NumPy."""\n'
        "\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True,\n"
        "                 batch_first=False, bidirectional=False, seed=None):\n"
        "        self.NI = input_size\n"
        "        self.NH = hidden_size\n"
        "        self.NL = num_layers\n"
        "        self.use_bias = bias\n"
        "        self.bf = batch_first\n"
        "        self.ND = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        bound = hidden_size ** -0.5\n"
        "        # WIH(l, d), WHH(l, d), BIH(l, d), BHH(l, d)\n"
        "        self.WIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.WHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BIH = [[None] * self.ND for l in range(self.NL)]\n"
        "        self.BHH = [[None] * self.ND for l in range(self.NL)]\n"
        "        for l in range(self.NL):\n"
        "            nin = self.NI if l == 0 else self.NH\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = rng.random((4 * self.NH, nin)) * bound\n"
        "                self.WHH[l][d] = rng.random((4 * self.NH, self.NH)) * bound\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = rng.random(4 * self.NH) * bound\n"
        "                    self.BHH[l][d] = rng.random(4 * self.NH) * bound\n"
        "\n"
        "    def _key(self, name, l, d):\n"
        "        return name + '_l' + str(l) + ('_reverse' if d == 1 else '')\n"
        "\n"
        "    def state_dict(self):\n"
        '        """The parameters by nn.LSTM\'s names: a new dict of float64 copies."""\n'
        "        sd = {}\n"
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                sd[self._key('weight_ih', l, d)] = self.WIH[l][d].copy()\n"
        "                sd[self._key('weight_hh', l, d)] = self.WHH[l][d].copy()\n"
        "                if self.use_bias:\n"
        "                    sd[self._key('bias_ih', l, d)] = self.BIH[l][d].copy()\n"
        "                    sd[self._key('bias_hh', l, d)] = self.BHH[l][d].copy()\n"
        "        return sd\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        """Copy the arrays of state (nn.LSTM\'s keys and shapes) into the module."""\n'
        "        for l in range(self.NL):\n"
        "            for d in range(self.ND):\n"
        "                self.WIH[l][d] = np.array(state[self._key('weight_ih', l, d)], "
        "dtype=np.float64)\n"
        "                self.WHH[l][d] = np.array(state[self._key('weight_hh', l, d)], "
        "dtype=np.float64)\n"
        "                if self.use_bias:\n"
        "                    self.BIH[l][d] = np.array(state[self._key('bias_ih', l, d)], "
        "dtype=np.float64)\n"
        "                    self.BHH[l][d] = np.array(state[self._key('bias_hh', l, d)], "
        "dtype=np.float64)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        if self.bf:\n"
        "            x = np.transpose(x, (1, 0, 2))\n"
        "        NT, NB = x.shape[0], x.shape[1]\n"
        "        NH, ND, NL = self.NH, self.ND, self.NL\n"
        "        NR = NL * ND\n"
        "        if hx is None:\n"
        "            H0 = np.zeros((NR, NB, NH))\n"
        "            C0 = np.zeros((NR, NB, NH))\n"
        "        else:\n"
        "            H0, C0 = hx\n"
        "        HN = np.zeros((NR, NB, NH))\n"
        "        CN = np.zeros((NR, NB, NH))\n"
        "        INP = x\n"
        "        for l in range(NL):\n"
        "            Y = np.zeros((NT, NB, ND * NH))\n"
        "            for d in range(ND):\n"
        "                h = H0[l * ND + d].copy()\n"
        "                c = C0[l * ND + d].copy()\n"
        "                WI, WH = self.WIH[l][d], self.WHH[l][d]\n"
        "                if self.use_bias:\n"
        "                    BS = self.BIH[l][d] + self.BHH[l][d]\n"
        "                else:\n"
        "                    BS = np.zeros(4 * NH)\n"
        "                for s in range(NT):\n"
        "                    t = s if d == 0 else NT - 1 - s\n"
        "                    A = INP[t] @ WI.T + h @ WH.T + BS\n"
        "                    IG = sig(A[:, 0:NH])\n"
        "                    FG = sig(A[:, NH:2 * NH])\n"
        "                    GG = np.tanh(A[:, 2 * NH:3 * NH])\n"
        "                    OG = sig(A[:, 3 * NH:4 * NH])\n"
        "                    c = FG * c + IG * GG\n"
        "                    h = OG * np.tanh(c)\n"
        "                    Y[t, :, d * NH:(d + 1) * NH] = h\n"
        "                HN[l * ND + d] = h\n"
        "                CN[l * ND + d] = c\n"
        "            INP = Y\n"
        "        OUT = INP\n"
        "        if self.bf:\n"
        "            OUT = np.transpose(OUT, (1, 0, 2))\n"
        "        return OUT, (HN, CN)\n",
    },
    {
        "id": "shapes_ingrid_plain",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_anja_compact",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    n_dir = 1 + int(bool(bidirectional))\n"
        "    h_size = proj_size or hidden_size          # h is projected, c never is\n"
        "    lead = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        lead.reverse()\n"
        "    return {\n"
        '        "out": tuple(lead + [n_dir * h_size]),\n'
        '        "h_n": (num_layers * n_dir, batch, h_size),\n'
        '        "c_n": (num_layers * n_dir, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_dagny_verbose",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    if bidirectional:\n"
        "        ndir = 2\n"
        "    else:\n"
        "        ndir = 1\n"
        "    if proj_size > 0:\n"
        "        nhout = proj_size\n"
        "    else:\n"
        "        nhout = hidden_size\n"
        "    nrows = num_layers * ndir\n"
        "    if batch_first:\n"
        "        out_shape = (int(batch), int(seq_len), int(ndir * nhout))\n"
        "    else:\n"
        "        out_shape = (int(seq_len), int(batch), int(ndir * nhout))\n"
        "    shapes = {}\n"
        '    shapes["out"] = out_shape\n'
        '    shapes["h_n"] = (int(nrows), int(batch), int(nhout))\n'
        '    shapes["c_n"] = (int(nrows), int(batch), int(hidden_size))\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_lucia_no_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "ignores proj_size: out and h_n use hidden_size even when proj_size > 0",
                "must_mention": ["proj"],
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_lucia_proj_on_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n also uses proj_size; only h is projected, c_n keeps hidden_size",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {"any": ["proj", "hidden_size", "hidden size"]},
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    n_dir = 1 + int(bool(bidirectional))\n"
        "    h_size = proj_size or hidden_size          # h is projected, c never is\n"
        "    lead = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        lead.reverse()\n"
        "    return {\n"
        '        "out": tuple(lead + [n_dir * h_size]),\n'
        '        "h_n": (num_layers * n_dir, batch, h_size),\n'
        '        "c_n": (num_layers * n_dir, batch, h_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_hiroshi_hn_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first the states are made batch-first too; h_n and c_n are "
                "always (L*D, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "never",
                            "not affected",
                            "only out",
                        ]
                    },
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        "    if batch_first:                     # everything batch first\n"
        "        h_n = (batch, num_layers * D, H_out)\n"
        "        c_n = (batch, num_layers * D, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_bram_out_width_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H instead of D * H for a bidirectional LSTM",
                "must_mention": [
                    {"any": ["bidirect", "direction", "d *", "d*", "2 *", "2*", "2h", "both"]}
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    if bidirectional:\n"
        "        ndir = 2\n"
        "    else:\n"
        "        ndir = 1\n"
        "    if proj_size > 0:\n"
        "        nhout = proj_size\n"
        "    else:\n"
        "        nhout = hidden_size\n"
        "    nrows = num_layers * ndir\n"
        "    if batch_first:\n"
        "        out_shape = (int(batch), int(seq_len), int(nhout))\n"
        "    else:\n"
        "        out_shape = (int(seq_len), int(batch), int(nhout))\n"
        "    shapes = {}\n"
        '    shapes["out"] = out_shape\n'
        '    shapes["h_n"] = (int(nrows), int(batch), int(nhout))\n'
        '    shapes["c_n"] = (int(nrows), int(batch), int(hidden_size))\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_chen_rows_layers_only",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirect",
                            "num_layers * d",
                            "l * d",
                            "d * num_layers",
                            "2 *",
                            "* 2",
                            "rows",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    if bidirectional:\n"
        "        ndir = 2\n"
        "    else:\n"
        "        ndir = 1\n"
        "    if proj_size > 0:\n"
        "        nhout = proj_size\n"
        "    else:\n"
        "        nhout = hidden_size\n"
        "    nrows = num_layers\n"
        "    if batch_first:\n"
        "        out_shape = (int(batch), int(seq_len), int(ndir * nhout))\n"
        "    else:\n"
        "        out_shape = (int(seq_len), int(batch), int(ndir * nhout))\n"
        "    shapes = {}\n"
        '    shapes["out"] = out_shape\n'
        '    shapes["h_n"] = (int(nrows), int(batch), int(nhout))\n'
        '    shapes["c_n"] = (int(nrows), int(batch), int(hidden_size))\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_lucia_unbatched",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n shapes copied from the docs' unbatched case: the batch axis "
                "is missing",
                "must_mention": [
                    {
                        "any": [
                            "batch",
                            "unbatched",
                            "axis",
                            "dimension",
                            "3-d",
                            "three",
                            "length 2",
                            "2 elements",
                            "two elements",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    # from the docs: h_n is (D * num_layers, H_out), c_n is (D * num_layers, H_cell)\n"
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * H_out)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, H_out), "c_n": (D * num_layers, '
        "hidden_size)}\n",
    },
    {
        "id": "shapes_chen_lists",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    nd = 2 if bidirectional else 1\n"
        "    hp = proj_size if proj_size else hidden_size\n"
        "    sz_out = [seq_len, batch, nd * hp]           # size vectors, as size() gives in "
        "MATLAB\n"
        "    if batch_first:\n"
        "        sz_out = [batch, seq_len, nd * hp]\n"
        "    sz_h = [num_layers * nd, batch, hp]\n"
        "    sz_c = [num_layers * nd, batch, hidden_size]\n"
        '    return {"out": sz_out, "h_n": sz_h, "c_n": sz_c}\n',
    },
    {
        "id": "shapes_gustavo_out_times_layers",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis multiplied by num_layers: out holds only the last layer, "
                "so it is D * H",
                "must_mention": [{"any": ["num_layers", "layer"]}],
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    n_dir = 1 + int(bool(bidirectional))\n"
        "    h_size = proj_size or hidden_size          # h is projected, c never is\n"
        "    lead = [seq_len, batch]\n"
        "    if batch_first:\n"
        "        lead.reverse()\n"
        "    return {\n"
        '        "out": tuple(lead + [num_layers * n_dir * h_size]),\n'
        '        "h_n": (num_layers * n_dir, batch, h_size),\n'
        '        "c_n": (num_layers * n_dir, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "shapes_jonas_batch_first_inverted",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first condition inverted: out is batch-first when batch_first=False "
                "and vice versa",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "layout",
                            "swap",
                            "order",
                            "invert",
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (seq_len, batch, D * H_out) if batch_first else (batch, seq_len, D * "
        "H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_lucia_tuple_not_dict",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "returns nn.LSTM's nested tuple structure (out, (h_n, c_n)) instead of the "
                "dict with keys out, h_n, c_n",
                "must_mention": [{"any": ["dict", "key"]}],
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    # same structure as nn.LSTM's return value: out, (h_n, c_n)\n"
        "    return out, ((num_layers * D, batch, H_out), (num_layers * D, batch, "
        "hidden_size))\n",
    },
    {
        "id": "shapes_hiroshi_d_no_proj_hn_bf",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "ignores proj_size for out and h_n", "must_mention": ["proj"]},
            {
                "what": "makes h_n and c_n batch-first when batch_first=True",
                "must_mention": [
                    {"any": ["h_n", "c_n", "state"]},
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "batch-first",
                            "never",
                            "not affected",
                            "only out",
                        ]
                    },
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers * D, batch, H_out)\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        "    if batch_first:\n"
        "        h_n, c_n = (h_n[1], h_n[0], h_n[2]), (c_n[1], c_n[0], c_n[2])\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "shapes_bram_d_width_c_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H instead of D * H when bidirectional",
                "must_mention": [
                    {"any": ["bidirect", "direction", "d *", "d*", "2 *", "2*", "2h", "both"]}
                ],
            },
            {
                "what": "c_n uses the projected size instead of hidden_size",
                "must_mention": [
                    {"any": ["c_n", "cell"]},
                    {"any": ["proj", "hidden_size", "hidden size"]},
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    if bidirectional:\n"
        "        ndir = 2\n"
        "    else:\n"
        "        ndir = 1\n"
        "    if proj_size > 0:\n"
        "        nhout = proj_size\n"
        "    else:\n"
        "        nhout = hidden_size\n"
        "    nrows = num_layers * ndir\n"
        "    if batch_first:\n"
        "        out_shape = (int(batch), int(seq_len), int(nhout))\n"
        "    else:\n"
        "        out_shape = (int(seq_len), int(batch), int(nhout))\n"
        "    shapes = {}\n"
        '    shapes["out"] = out_shape\n'
        '    shapes["h_n"] = (int(nrows), int(batch), int(nhout))\n'
        '    shapes["c_n"] = (int(nrows), int(batch), int(nhout))\n'
        "    return shapes\n",
    },
    {
        "id": "shapes_chen_d_layers_only_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirect",
                            "num_layers * d",
                            "l * d",
                            "d * num_layers",
                            "2 *",
                            "* 2",
                            "rows",
                        ]
                    }
                ],
            },
            {"what": "returns lists instead of tuples", "must_mention": ["tuple"]},
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    nd = 2 if bidirectional else 1\n"
        "    hp = proj_size if proj_size else hidden_size\n"
        "    if batch_first:\n"
        "        sz_out = [batch, seq_len, nd * hp]\n"
        "    else:\n"
        "        sz_out = [seq_len, batch, nd * hp]\n"
        "    sz_h = [num_layers, batch, hp]               # one row per layer\n"
        "    sz_c = [num_layers, batch, hidden_size]\n"
        '    return {"out": sz_out, "h_n": sz_h, "c_n": sz_c}\n',
    },
    {
        "id": "shapes_lucia_d_unbatched_no_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n without the batch axis (the docs' unbatched shapes)",
                "must_mention": [
                    {
                        "any": [
                            "batch",
                            "unbatched",
                            "axis",
                            "dimension",
                            "3-d",
                            "three",
                            "length 2",
                            "2 elements",
                            "two elements",
                        ]
                    }
                ],
            },
            {"what": "ignores proj_size", "must_mention": ["proj"]},
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
        '    """Shapes of nn.LSTM\'s outputs: {"out": tuple, "h_n": tuple, "c_n": tuple}."""\n'
        "    D = 2 if bidirectional else 1\n"
        "    H_out = hidden_size\n"
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        "    h_n = (num_layers * D, H_out)          # docs: (D * num_layers, H_out)\n"
        "    c_n = (num_layers * D, hidden_size)\n"
        '    return {"out": out, "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "bi_grace_ok",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)   # read x_{T-1} .. "
        "x_0\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=-1)          # back in time "
        "order\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_bartosz_ok",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward direction\n"
        "    h = h0[0].copy()\n"
        "    c = c0[0].copy()\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = h\n"
        "    h_fwd, c_fwd = h, c\n"
        "    # backward direction: t = T-1, ..., 0\n"
        "    h = h0[1].copy()\n"
        "    c = c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:] = h\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    h_n[0], h_n[1] = h_fwd, h\n"
        "    c_n[0], c_n[1] = c_fwd, c\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_chiara_ok",
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
        "\n"
        "def _split_gates(W_ih, W_hh, b_ih, b_hh):\n"
        "    # one (W, U, b) triple per gate, rows k*H:(k+1)*H\n"
        "    H = W_hh.shape[1]\n"
        "    gates = {}\n"
        '    for k, name in enumerate(["i", "f", "g", "o"]):\n'
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        gates[name] = (W_ih[rows], W_hh[rows], b_ih[rows] + b_hh[rows])\n"
        "    return gates\n"
        "\n"
        "\n"
        "def _step(gates, x_t, h_prev, c_prev):\n"
        '    Wi, Ui, bi = gates["i"]\n'
        '    Wf, Uf, bf = gates["f"]\n'
        '    Wg, Ug, bg = gates["g"]\n'
        '    Wo, Uo, bo = gates["o"]\n'
        "    i_t = sigmoid(x_t @ Wi.T + h_prev @ Ui.T + bi)\n"
        "    f_t = sigmoid(x_t @ Wf.T + h_prev @ Uf.T + bf)\n"
        "    g_t = np.tanh(x_t @ Wg.T + h_prev @ Ug.T + bg)\n"
        "    o_t = sigmoid(x_t @ Wo.T + h_prev @ Uo.T + bo)\n"
        "    c_t = f_t * c_prev + i_t * g_t\n"
        "    return o_t * np.tanh(c_t), c_t\n"
        "\n"
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    gf, gb = _split_gates(*fwd), _split_gates(*bwd)\n"
        "    T = x.shape[0]\n"
        "    hs_f, hs_b = [None] * T, [None] * T\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hf, cf = _step(gf, x[t], hf, cf)\n"
        "        hs_f[t] = hf\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        hb, cb = _step(gb, x[t], hb, cb)\n"
        "        hs_b[t] = hb\n"
        "    out = np.stack([np.hstack([a, b]) for a, b in zip(hs_f, hs_b)])\n"
        "    return out, (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bi_farid_swapped_halves",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse direction in the first H columns and the forward one "
                "in the last H (halves concatenated in the wrong order)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "other way",
                            "halves",
                            "wrong half",
                            "first half",
                            "second half",
                        ]
                    },
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # forward pass\n"
        "    y_fwd, (hT_fwd, cT_fwd) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], "
        "fwd[3])\n"
        "    # backward pass on the time-reversed input\n"
        "    y_bwd_rev, (hT_bwd, cT_bwd) = lstm_layer(np.flip(x, axis=0), h0[1], c0[1],\n"
        "                                             bwd[0], bwd[1], bwd[2], bwd[3])\n"
        "    y_bwd = np.flip(y_bwd_rev, axis=0)\n"
        "    out = np.concatenate((y_bwd, y_fwd), axis=2)   # backward | forward\n"
        "    h_n = np.stack((hT_fwd, hT_bwd), axis=0)\n"
        "    c_n = np.stack((cT_fwd, cT_bwd), axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ines_not_flipped_back",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in reading order (x_{T-1} first) "
                "instead of being flipped back so that out[t] lines up with x[t]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reading order",
                            "order",
                            "position",
                            "mirror",
                            "put back",
                            "reversed in time",
                            "backwards in time",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    Wf_ih, Wf_hh, bf_ih, bf_hh = fwd\n"
        "    Wb_ih, Wb_hh, bb_ih, bb_hh = bwd\n"
        "    out_f, (hn_f, cn_f) = lstm_layer(x, h0[0], c0[0], Wf_ih, Wf_hh, bf_ih, bf_hh)\n"
        "    x_rev = x[::-1]                      # read x_{T-1} ... x_0\n"
        "    out_b, (hn_b, cn_b) = lstm_layer(x_rev, h0[1], c0[1], Wb_ih, Wb_hh, bb_ih, "
        "bb_hh)\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hn_f, hn_b]), np.stack([cn_f, cn_b]))\n",
    },
    {
        "id": "bi_lena_hn_from_last_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is read from out[-1, :, H:] (the reverse direction "
                "after reading only x_{T-1}) instead of its final state after x_0 (out[0, "
                ":, H:])",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    of, (_, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (_, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=-1)\n"
        "    # final hidden states = the last time step of out, both halves\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([cf, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_hiroshi_bwd_uses_fwd_weights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {"any": ["weight", "fwd", "parameter", "W_"]},
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        '    params = {"fwd": fwd, "bwd": bwd}\n'
        "    T = len(x)\n"
        "    states = {}\n"
        "    outputs = {}\n"
        '    for direction, order in (("fwd", range(T)), ("bwd", range(T - 1, -1, -1))):\n'
        '        row = 0 if direction == "fwd" else 1\n'
        "        h, c = h0[row], c0[row]\n"
        "        seq = [None] * T\n"
        "        for t in order:\n"
        '            h, c = lstm_cell(x[t], h, c, *params["fwd"])\n'
        "            seq[t] = h\n"
        "        outputs[direction] = np.stack(seq)\n"
        "        states[direction] = (h, c)\n"
        '    out = np.concatenate([outputs["fwd"], outputs["bwd"]], axis=-1)\n'
        '    h_n = np.stack([states["fwd"][0], states["bwd"][0]])\n'
        '    c_n = np.stack([states["fwd"][1], states["bwd"][1]])\n'
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_kwame_bwd_init_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward initial "
                "state) instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = fwd[1].shape[1]\n"
        "    out = np.empty((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[0], c0[0]       # both directions start from the given state\n"
        "    for s in range(T):\n"
        "        hf, cf = lstm_cell(x[s], hf, cf, *fwd)\n"
        "        hb, cb = lstm_cell(x[T - 1 - s], hb, cb, *bwd)\n"
        "        out[s, :, :H] = hf\n"
        "        out[T - 1 - s, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_dmitri_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the 'reversed' input is flipped along axis 1 (the batch) instead of axis "
                "0 (time), so the reverse direction actually reads the sequences forwards "
                "(and mixes up batch rows)",
                "must_mention": [{"any": ["batch", "axis"]}, {"any": ["flip", "revers", "time"]}],
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    # reverse direction = same recursion on the time-reversed input\n"
        "    xr = np.flip(x, axis=1)\n"
        "    Y1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    Y2, (h2, c2) = lstm_layer(xr, h0[1], c0[1], *bwd)\n"
        "    Y2 = np.flip(Y2, axis=1)\n"
        "    return np.concatenate([Y1, Y2], axis=2), (np.stack([h1, h2]), np.stack([c1, "
        "c2]))\n",
    },
    {
        "id": "bi_jonas_concat_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the two directions are concatenated along axis 1 (batch), giving out of "
                "shape (T, 2B, H) instead of (T, B, 2H)",
                "must_mention": [
                    {"any": ["shape", "axis", "(t, b, 2h)", "(t, 2b, h)", "concatenat"]}
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    out_fw, (h_fw, c_fw) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_bw, (h_bw, c_bw) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out_bw = out_bw[::-1]\n"
        "    out = np.concatenate([out_fw, out_bw], axis=1)\n"
        "    h_n = np.array([h_fw, h_bw])\n"
        "    c_n = np.array([c_fw, c_bw])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_esther_hn_side_by_side",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are concatenated side by side, shape (B, 2H), instead of "
                "stacked as (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "(2, b, h)", "(b, 2h)", "stack"]},
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    f_out, (f_h, f_c) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    b_out, (b_h, b_c) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([f_out, b_out[::-1]], axis=2)\n"
        "    # final states, forward then backward, side by side like out\n"
        "    h_n = np.concatenate([f_h, b_h], axis=1)\n"
        "    c_n = np.concatenate([f_c, b_c], axis=1)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_anneke_c_starts_from_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "both directions start their cell state from h0[d] instead of c0[d] (c0 is "
                "never used)",
                "must_mention": [
                    {"any": ["c0", "cell state", "initial"]},
                    {"any": ["h0", "hidden", "never used", "unused", "ignored"]},
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # direction d = 0 runs t = 0..T-1, d = 1 runs t = T-1..0\n"
        "    finals_h, finals_c = [], []\n"
        "    for d, (params, times) in enumerate([(fwd, range(T)), (bwd, range(T)[::-1])]):\n"
        "        h, c = h0[d], h0[d]\n"
        "        for t in times:\n"
        "            h, c = lstm_cell(x[t], h, c, *params)\n"
        "            out[t, :, d * H:(d + 1) * H] = h\n"
        "        finals_h.append(h)\n"
        "        finals_c.append(c)\n"
        "    return out, (np.stack(finals_h), np.stack(finals_c))\n",
    },
    {
        "id": "bi_lena_writes_into_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n are the arrays h0, c0 themselves (aliases, not copies), so "
                "filling them in overwrites the caller's h0 and c0",
                "must_mention": [
                    {"any": ["h0", "c0", "input", "argument", "given"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "alter",
                            "wrote into",
                            "writes into",
                            "written into",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    h_n, c_n = h0, c0        # (2, B, H), filled in below\n"
        "    out_f, (h_n[0], c_n[0]) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (h_n[1], c_n[1]) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([out_f, out_b[::-1]], axis=2), (h_n, c_n)\n",
    },
    {
        "id": "bi_grace_npflip_all_axes",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.flip without axis= reverses every axis (time, batch and "
                "features/hidden units), not only time, both on x and on the reverse "
                "output",
                "must_mention": [
                    {"any": ["axis", "axes", "batch", "feature", "hidden unit", "unit"]},
                    {"any": ["flip", "revers"]},
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(np.flip(x), h0[1], c0[1], *bwd)\n"
        "    return np.concatenate([of, np.flip(ob)], axis=-1), (np.stack([hf, hb]), "
        "np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_farid_float32_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32, so the result is float32 (values rounded) "
                "instead of float64",
                "must_mention": [
                    {"any": ["float32", "float64", "dtype", "single precision", "precision"]}
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)   # save memory\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[t, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_bartosz_H_from_input",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the hidden size is taken from x.shape[2] (the input size I), so out has "
                "the wrong width whenever I != H (works only when I == H)",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "i != h",
                            "i ≠ h",
                            "h != i",
                            "x.shape",
                            "size i",
                            "i == h",
                            "i = h",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, H = x.shape                 # sizes\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, 0:H] = h\n"
        "    hf, cf = h, c\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out[t, :, H:2 * H] = h\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bi2_ines_swapped_and_init_row0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "halves concatenated in the wrong order: reverse first, forward second",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "other way",
                            "halves",
                            "wrong half",
                            "first half",
                            "second half",
                        ]
                    },
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    xs_rev = np.flip(x, 0)\n"
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer(xs_rev, h0[0], c0[0], *bwd)\n"
        "    o2 = np.flip(o2, 0)\n"
        "    out = np.concatenate([o2, o1], axis=2)\n"
        "    return out, (np.stack([h1, h2]), np.stack([c1, c2]))\n",
    },
    {
        "id": "bi2_jonas_noflip_fwdweights",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are not flipped back into time order",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "flip",
                            "time order",
                            "reading order",
                            "order",
                            "position",
                            "mirror",
                            "put back",
                            "reversed in time",
                            "backwards in time",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction uses the forward weights fwd instead of bwd",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {"any": ["weight", "fwd", "parameter", "W_"]},
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    out1, (hn1, cn1) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    # backward direction\n"
        "    W_ih_r, W_hh_r, b_ih_r, b_hh_r = bwd\n"
        "    out2, (hn2, cn2) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, b_hh)\n"
        "    out = np.concatenate([out1, out2], axis=-1)\n"
        "    hn = np.stack([hn1, hn2])\n"
        "    cn = np.stack([cn1, cn2])\n"
        "    return out, (hn, cn)\n",
    },
    {
        "id": "bi2_lena_hn_from_out_and_c_from_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is read from out[-1, :, H:] (after x_{T-1} only) "
                "instead of the final reverse state after x_0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction's cell state starts from h0[1] instead of c0[1]",
                "must_mention": [
                    {"any": ["c0", "cell state", "initial"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "\n"
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    out_fwd, (_, c_fwd) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_bwd, (_, c_bwd) = lstm_layer(x[::-1], h0[1], h0[1], *bwd)\n"
        "    out = np.concatenate([out_fwd, out_bwd[::-1]], axis=2)\n"
        "    h_n = np.stack([out[-1][:, :H], out[-1][:, H:]])   # last step of out\n"
        "    c_n = np.stack([c_fwd, c_bwd])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cb_anneke_ok",
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
        "    # forward again (b: batch, i: input, j: hidden, g: 4H gate rows)\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)     # (B, 4H)\n"
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n",
    },
    {
        "id": "cb_chiara_ok",
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
        '    names = ["i", "f", "g", "o"]\n'
        "    Wx = {n: W_ih[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    Wh = {n: W_hh[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    bb = {n: b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H] for k, n in "
        "enumerate(names)}\n"
        "    pre = {n: x @ Wx[n].T + h @ Wh[n].T + bb[n] for n in names}\n"
        '    i_g, f_g, o_g = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        "    c_t = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o_g * (1 - tanh_c ** 2)\n"
        "    d_pre = {\n"
        '        "i": delta_c * g_g * i_g * (1 - i_g),\n'
        '        "f": delta_c * c * f_g * (1 - f_g),\n'
        '        "g": delta_c * i_g * (1 - g_g ** 2),\n'
        '        "o": dh_next * tanh_c * o_g * (1 - o_g),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        "    for k, n in enumerate(names):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx += d_pre[n] @ Wx[n]\n"
        "        dh += d_pre[n] @ Wh[n]\n"
        "        dW_ih[rows] = d_pre[n].T @ x\n"
        "        dW_hh[rows] = d_pre[n].T @ h\n"
        "        db[rows] = d_pre[n].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": delta_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_bartosz_ok",
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
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n",
    },
    {
        "id": "cb_lena_dW_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are computed as x^T δa and h^T δa, shape (I, 4H) / "
                "(H, 4H), i.e. transposed; they must be δa^T x and δa^T h, shaped like "
                "W_ih and W_hh",
                "must_mention": [{"any": ["transpos", "shape"]}, "W_"],
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
        "    H = h.shape[1]\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(gates[:, 0:H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    di = dc * g * i * (1 - i)\n"
        "    df = dc * c * f * (1 - f)\n"
        "    dg = dc * i * (1 - g ** 2)\n"
        "    do = dh_next * tau * o * (1 - o)\n"
        "    da = np.hstack([di, df, dg, do])\n"
        "    # dL/dW = x^T dL/da  (chain rule in matrix form)\n"
        "    dW_ih = x.T @ da\n"
        "    dW_hh = h.T @ da\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_farid_dx_with_Whh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dx is computed with W_hh instead of W_ih (δx = δa W_ih)",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            '"x"',
                            "'x'",
                            "dx",
                            "gradient of x",
                            "x gradient",
                            "input gradient",
                            "grad x",
                            "d_x",
                            "δx",
                            "dL/dx",
                            "x_t",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    nh = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = z[:, :nh], z[:, nh:2 * nh], z[:, 2 * nh:3 * nh], z[:, 3 * nh:]\n"
        "    ii, ff, gg, oo = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    cc = ff * c + ii * gg\n"
        "    dcc = dh_next * oo * (1 - np.tanh(cc) ** 2) + dc_next\n"
        "    d_zi = dcc * gg * ii * (1 - ii)\n"
        "    d_zf = dcc * c * ff * (1 - ff)\n"
        "    d_zg = dcc * ii * (1 - gg * gg)\n"
        "    d_zo = dh_next * np.tanh(cc) * oo * (1 - oo)\n"
        "    dz = np.concatenate([d_zi, d_zf, d_zg, d_zo], axis=1)\n"
        "    dx = dz @ W_hh          # back to the input\n"
        "    dh = dz @ W_hh          # back to the previous hidden state\n"
        '    return {"x": dx, "h": dh, "c": dcc * ff, "W_ih": dz.T @ x, "W_hh": dz.T @ h,\n'
        '            "b_ih": dz.sum(axis=0), "b_hh": dz.sum(axis=0)}\n',
    },
    {
        "id": "cb_hiroshi_dc_missing_h_path",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the total gradient reaching c_t is only dc_next: the part coming through "
                "h_t (dh_next ⊙ o ⊙ (1 − tanh² c_t)) is missing",
                "must_mention": [
                    {
                        "any": [
                            "dh_next",
                            "through h",
                            "from h",
                            "via h",
                            "h_t",
                            "o_t",
                            "output gate",
                            "tanh",
                        ]
                    },
                    {"any": ["c_t", "cell state", "dc", "δc", '"c"', "cell"]},
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
        "    H = W_hh.shape[1]\n"
        "    u = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    gi, gf, gg, go = (u[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i_, f_, o_ = sigmoid(gi), sigmoid(gf), sigmoid(go)\n"
        "    g_ = np.tanh(gg)\n"
        "    c_next = f_ * c + i_ * g_\n"
        "    s = np.tanh(c_next)\n"
        "    # adjoint equations, output to input\n"
        "    lam_o = dh_next * s\n"
        "    lam_c = dc_next                      # adjoint of c_t\n"
        "    lam_i = lam_c * g_\n"
        "    lam_g = lam_c * i_\n"
        "    lam_f = lam_c * c\n"
        "    lam_u = np.concatenate([lam_i * i_ * (1 - i_), lam_f * f_ * (1 - f_),\n"
        "                            lam_g * (1 - g_ ** 2), lam_o * o_ * (1 - o_)], axis=1)\n"
        '    return {"x": lam_u @ W_ih, "h": lam_u @ W_hh, "c": lam_c * f_,\n'
        '            "W_ih": lam_u.T @ x, "W_hh": lam_u.T @ h,\n'
        '            "b_ih": lam_u.sum(axis=0), "b_hh": lam_u.sum(axis=0)}\n',
    },
    {
        "id": "cb_ines_dc_missing_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out dc_next (the gradient of c_t coming from later): only the "
                "part through h_t is used",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    ct = f * c + i * g\n"
        "    tc = np.tanh(ct)\n"
        "    dc = dh_next * o * (1 - tc ** 2)          # gradient of c_t\n"
        "    d_a = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                          dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        "    out = {}\n"
        '    out["x"] = d_a @ W_ih\n'
        '    out["h"] = d_a @ W_hh\n'
        '    out["c"] = dc * f\n'
        '    out["W_ih"] = d_a.T @ x\n'
        '    out["W_hh"] = d_a.T @ h\n'
        '    out["b_ih"] = d_a.sum(axis=0)\n'
        '    out["b_hh"] = d_a.sum(axis=0)\n'
        "    return out\n",
    },
    {
        "id": "cb_jonas_input_gate_tanh_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the input gate is passed through the tanh derivative (1 − i²) instead of "
                "the sigmoid's i(1 − i)",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i gate",
                            "gate i",
                            '"i"',
                            "i_t",
                            "gate 0",
                            "w_ii",
                            "0:h",
                        ]
                    },
                    {"any": ["derivative", "sigmoid", "σ", "1 - i", "tanh"]},
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
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig = sigmoid(pre[:, 0 * H:1 * H])\n"
        "    fg = sigmoid(pre[:, 1 * H:2 * H])\n"
        "    gg = np.tanh(pre[:, 2 * H:3 * H])\n"
        "    og = sigmoid(pre[:, 3 * H:4 * H])\n"
        "    c_new = fg * c + ig * gg\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * og * (1 - tanh_c ** 2)\n"
        "    dpre = np.zeros_like(pre)\n"
        "    dpre[:, 0 * H:1 * H] = dc * gg * (1 - ig ** 2)\n"
        "    dpre[:, 1 * H:2 * H] = dc * c * fg * (1 - fg)\n"
        "    dpre[:, 2 * H:3 * H] = dc * ig * (1 - gg ** 2)\n"
        "    dpre[:, 3 * H:4 * H] = dh_next * tanh_c * og * (1 - og)\n"
        "    grads = {}\n"
        '    grads["x"] = dpre @ W_ih\n'
        '    grads["h"] = dpre @ W_hh\n'
        '    grads["c"] = dc * fg\n'
        '    grads["W_ih"] = np.zeros_like(W_ih)\n'
        '    grads["W_hh"] = np.zeros_like(W_hh)\n'
        '    grads["W_ih"] += dpre.T @ x\n'
        '    grads["W_hh"] += dpre.T @ h\n'
        '    grads["b_ih"] = dpre.sum(axis=0)\n'
        '    grads["b_hh"] = dpre.sum(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_kwame_g_without_tanh_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell candidate g's gradient is not multiplied by the tanh derivative "
                "(1 − g²)",
                "must_mention": [
                    {
                        "any": [
                            "g_t",
                            "g gate",
                            "gate g",
                            "candidate",
                            "cell gate",
                            '"g"',
                            "2h:3h",
                            "w_ig",
                        ]
                    },
                    {"any": ["derivative", "tanh", "1 - g"]},
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
        "    B, H = h.shape\n"
        "    pre = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    i = sigmoid(blocks[0]); f = sigmoid(blocks[1]); g = np.tanh(blocks[2]); o = "
        "sigmoid(blocks[3])\n"
        "    c1 = f * c + i * g\n"
        "    t1 = np.tanh(c1)\n"
        "    dc1 = dc_next + dh_next * o * (1 - t1 * t1)\n"
        "    d_i = dc1 * g\n"
        "    d_f = dc1 * c\n"
        "    d_g = dc1 * i\n"
        "    d_o = dh_next * t1\n"
        "    d_pre = np.hstack([d_i * i * (1 - i), d_f * f * (1 - f), d_g, d_o * o * (1 - "
        "o)])\n"
        '    return {"x": np.dot(d_pre, W_ih), "h": np.dot(d_pre, W_hh), "c": dc1 * f,\n'
        '            "W_ih": np.dot(d_pre.T, x), "W_hh": np.dot(d_pre.T, h),\n'
        '            "b_ih": np.sum(d_pre, axis=0), "b_hh": np.sum(d_pre, axis=0)}\n',
    },
    {
        "id": "cb_esther_dc_prev_from_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the returned gradient for c (c_{t-1}) is dc_next ⊙ f instead of δc_t ⊙ f: "
                "it leaves out the part of δc_t that came through h_t",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "dc_prev",
                            "c_prev",
                            "previous cell",
                            "gradient of c",
                            "δc_{t-1}",
                            "dL/dc_{t-1}",
                        ]
                    },
                    {"any": ["dh", "h_t", "total", "through h", "δc_t", "dc_t", "from h", "via h"]},
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    tanh_c = np.tanh(c_next)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o * (1.0 - tanh_c ** 2)    # total gradient at c_t\n"
        "    delta_a = np.concatenate([\n"
        "        delta_c * g * i * (1.0 - i),        # input gate\n"
        "        delta_c * c * f * (1.0 - f),        # forget gate\n"
        "        delta_c * i * (1.0 - g ** 2),       # candidate\n"
        "        dh_next * tanh_c * o * (1.0 - o),   # output gate\n"
        "    ], axis=1)\n"
        "    dc_prev = dc_next * f                   # c_{t-1} -> c_t goes through f\n"
        "    return {\n"
        '        "x": delta_a @ W_ih,\n'
        '        "h": delta_a @ W_hh,\n'
        '        "c": dc_prev,\n'
        '        "W_ih": delta_a.T @ x,\n'
        '        "W_hh": delta_a.T @ h,\n'
        '        "b_ih": delta_a.sum(axis=0),\n'
        '        "b_hh": delta_a.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_lena_output_gate_uses_c_not_tanh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo uses c_t instead of tanh(c_t): δo = dh_next ⊙ tanh(c_t)",
                "must_mention": [
                    {"any": ["output gate", "o gate", "gate o", "o_t", '"o"', "3h:", "w_io"]},
                    "tanh",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)   # τ_t = tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)\n"
        "    do = dh_next * c_t   # δo_t\n"
        "    di = dc * g\n"
        "    dg = dc * i\n"
        "    df = dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], 1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_anneke_forget_uses_c_new",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δf uses the new cell state c_t instead of the previous one c_{t-1} (δf = "
                "δc_t ⊙ c_{t-1})",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "c_{t-1}",
                            "c_prev",
                            "previous",
                            "c_t",
                            "new cell",
                            "c_next",
                            "argument c",
                            "old cell",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[-1]\n"
        '    a = np.einsum("bi,ki->bk", x, W_ih) + np.einsum("bh,kh->bk", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, o = sigmoid(i), sigmoid(f), sigmoid(o)\n"
        "    g = np.tanh(g)\n"
        "    c = f * c + i * g            # c_t\n"
        "    tc = np.tanh(c)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=-1)\n"
        '    return {"x": np.einsum("bk,ki->bi", da, W_ih), "h": np.einsum("bk,kh->bh", da, '
        "W_hh),\n"
        '            "c": dc * f,\n'
        '            "W_ih": np.einsum("bk,bi->ki", da, x), "W_hh": np.einsum("bk,bh->kh", da, '
        "h),\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_bartosz_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients average δa over the batch (mean) instead of summing it",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "average", "divid", "sum", "/ b", "1/b", "batch size"]},
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
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    ig, fg, gg, og = np.split(a, 4, axis=1)\n"
        "    ig, fg, og = sigmoid(ig), sigmoid(fg), sigmoid(og)\n"
        "    gg = np.tanh(gg)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    dct = dc_next + dh_next * og * (1 - th ** 2)\n"
        "    da = np.hstack([dct * gg * ig * (1 - ig), dct * c * fg * (1 - fg),\n"
        "                    dct * ig * (1 - gg ** 2), dh_next * th * og * (1 - og)])\n"
        "    grads = dict(x=da @ W_ih, h=da @ W_hh, c=dct * fg, W_ih=da.T @ x, W_hh=da.T @ h)\n"
        '    grads["b_ih"] = da.mean(axis=0)     # expectation over the batch\n'
        '    grads["b_hh"] = da.mean(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_kwame_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate blocks are read in the order i, f, o, g (rows 2H:3H taken as the "
                "output gate, 3H:4H as the candidate) instead of PyTorch's i, f, g, o",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "(i, f, g, o)",
                            "i, f, g, o",
                            "ifgo",
                            "ifog",
                            "i, f, o, g",
                            "swap",
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
        "    H = h.shape[1]\n"
        "    pre = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    # gate blocks: input, forget, output, cell\n"
        "    i = sigmoid(pre[:, :H])\n"
        "    f = sigmoid(pre[:, H:2 * H])\n"
        "    o = sigmoid(pre[:, 2 * H:3 * H])\n"
        "    g = np.tanh(pre[:, 3 * H:])\n"
        "    c2 = f * c + i * g\n"
        "    t2 = np.tanh(c2)\n"
        "    dc2 = dc_next + dh_next * o * (1 - t2 ** 2)\n"
        "    dpre = np.hstack([dc2 * g * i * (1 - i),\n"
        "                      dc2 * c * f * (1 - f),\n"
        "                      dh_next * t2 * o * (1 - o),\n"
        "                      dc2 * i * (1 - g ** 2)])\n"
        '    return {"x": dpre.dot(W_ih), "h": dpre.dot(W_hh), "c": dc2 * f,\n'
        '            "W_ih": dpre.T.dot(x), "W_hh": dpre.T.dot(h),\n'
        '            "b_ih": dpre.sum(0), "b_hh": dpre.sum(0)}\n',
    },
    {
        "id": "cb_dmitri_dWhh_uses_h_new",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δW_hh is formed with the new hidden state h_t instead of the step's input "
                "h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "h_t",
                            "h_next",
                            "new hidden",
                            "h_prev",
                            "argument h",
                            "input h",
                            "output h",
                            "new state",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    Ai, Af, Ag, Ao = np.split(A, 4, axis=1)\n"
        "    Ig, Fg, Gg, Og = sigmoid(Ai), sigmoid(Af), np.tanh(Ag), sigmoid(Ao)\n"
        "    C = Fg * c + Ig * Gg\n"
        "    S = np.tanh(C)\n"
        "    Hn = Og * S                              # h_t\n"
        "    dC = dc_next + dh_next * Og * (1 - S ** 2)\n"
        "    dA = np.hstack([dC * Gg * Ig * (1 - Ig), dC * c * Fg * (1 - Fg),\n"
        "                    dC * Ig * (1 - Gg ** 2), dh_next * S * Og * (1 - Og)])\n"
        "    # dL/dW_hh = sum_b dA_b (x) h_b : outer products, as a matrix product\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * Fg,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ Hn,\n'
        '            "b_ih": dA.sum(axis=0), "b_hh": dA.sum(axis=0)}\n',
    },
    {
        "id": "cb_jonas_aliases_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc is the caller's dc_next array itself and is updated with +=, so "
                "dc_next is overwritten in place",
                "must_mention": [
                    "dc_next",
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "alter",
                            "wrote into",
                            "writes into",
                            "written into",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(pre[:, :H]); f = sigmoid(pre[:, H:2 * H])\n"
        "    g = np.tanh(pre[:, 2 * H:3 * H]); o = sigmoid(pre[:, 3 * H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc ** 2)        # add the path through h_t\n"
        "    dpre = np.zeros((x.shape[0], 4 * H))\n"
        "    dpre[:, :H] = dc * g * i * (1 - i)\n"
        "    dpre[:, H:2 * H] = dc * c * f * (1 - f)\n"
        "    dpre[:, 2 * H:3 * H] = dc * i * (1 - g ** 2)\n"
        "    dpre[:, 3 * H:] = dh_next * tc * o * (1 - o)\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    dW_ih += dpre.T @ x\n"
        "    dW_hh += dpre.T @ h\n"
        '    return {"x": dpre @ W_ih, "h": dpre @ W_hh, "c": dc * f, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": dpre.sum(0), "b_hh": dpre.sum(0)}\n',
    },
    {
        "id": "cb_hiroshi_da_blocks_o_g_swapped",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward pass splits the gates correctly but δa is assembled as [δi, "
                "δf, δo, δg]: the candidate's and the output gate's gradient blocks are "
                "swapped",
                "must_mention": [
                    {"any": ["order", "swap", "exchang"]},
                    {
                        "any": [
                            "output gate",
                            "candidate",
                            "cell gate",
                            "o and g",
                            "g and o",
                            "g_t",
                            "o_t",
                            "gate",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    u = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    u_i, u_f, u_g, u_o = np.split(u, 4, axis=1)\n"
        "    i_, f_, g_, o_ = sigmoid(u_i), sigmoid(u_f), np.tanh(u_g), sigmoid(u_o)\n"
        "    c_t = f_ * c + i_ * g_\n"
        "    s = np.tanh(c_t)\n"
        "    lam_c = dc_next + dh_next * o_ * (1 - s ** 2)\n"
        "    lam_ui = lam_c * g_ * i_ * (1 - i_)\n"
        "    lam_uf = lam_c * c * f_ * (1 - f_)\n"
        "    lam_ug = lam_c * i_ * (1 - g_ ** 2)\n"
        "    lam_uo = dh_next * s * o_ * (1 - o_)\n"
        "    lam_u = np.concatenate([lam_ui, lam_uf, lam_uo, lam_ug], axis=1)\n"
        '    return {"x": lam_u @ W_ih, "h": lam_u @ W_hh, "c": lam_c * f_,\n'
        '            "W_ih": lam_u.T @ x, "W_hh": lam_u.T @ h,\n'
        '            "b_ih": lam_u.sum(axis=0), "b_hh": lam_u.sum(axis=0)}\n',
    },
    {
        "id": "cb_chiara_dh_block_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "per gate, dh adds δa_q W_hq^T instead of δa_q W_hq (the square (H, H) "
                "block is transposed)",
                "must_mention": [
                    {"any": ["transpos"]},
                    {"any": ["w_hh", '"h"', "dh", "h_{t-1}", "hidden"]},
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
        "    H = h.shape[1]\n"
        '    gate_names = ("i", "f", "g", "o")\n'
        "    Wx = {q: W_ih[k * H:(k + 1) * H] for k, q in enumerate(gate_names)}     # (H, I)\n"
        "    Wh = {q: W_hh[k * H:(k + 1) * H] for k, q in enumerate(gate_names)}     # (H, H)\n"
        "    b = {q: b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H] for k, q in "
        "enumerate(gate_names)}\n"
        '    i_t = sigmoid(x @ Wx["i"].T + h @ Wh["i"].T + b["i"])\n'
        '    f_t = sigmoid(x @ Wx["f"].T + h @ Wh["f"].T + b["f"])\n'
        '    g_t = np.tanh(x @ Wx["g"].T + h @ Wh["g"].T + b["g"])\n'
        '    o_t = sigmoid(x @ Wx["o"].T + h @ Wh["o"].T + b["o"])\n'
        "    c_t = f_t * c + i_t * g_t\n"
        "    tc = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o_t * (1 - tc ** 2)\n"
        '    d = {"i": dc * g_t * i_t * (1 - i_t), "f": dc * c * f_t * (1 - f_t),\n'
        '         "g": dc * i_t * (1 - g_t ** 2), "o": dh_next * tc * o_t * (1 - o_t)}\n'
        "    dx = sum(d[q] @ Wx[q] for q in gate_names)\n"
        "    dh = sum(d[q] @ Wh[q].T for q in gate_names)\n"
        "    dW_ih = np.vstack([d[q].T @ x for q in gate_names])\n"
        "    dW_hh = np.vstack([d[q].T @ h for q in gate_names])\n"
        "    db = np.concatenate([d[q].sum(0) for q in gate_names])\n"
        '    return {"x": dx, "h": dh, "c": dc * f_t, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        'db, "b_hh": db}\n',
    },
    {
        "id": "cb_ines_dWhh_block_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "per gate, the (H, H) block of δW_hh is h^T δa_q instead of δa_q^T h "
                "(transposed)",
                "must_mention": ["W_hh", {"any": ["transpos"]}],
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
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ig = sigmoid(z[:, :H]); fg = sigmoid(z[:, H:2 * H]); gg = np.tanh(z[:, 2 * H:3 * "
        "H])\n"
        "    og = sigmoid(z[:, 3 * H:])\n"
        "    c_new = fg * c + ig * gg\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * og * (1 - tc ** 2)\n"
        "    dz = [dc * gg * ig * (1 - ig), dc * c * fg * (1 - fg), dc * ig * (1 - gg ** 2),\n"
        "          dh_next * tc * og * (1 - og)]\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    for k in range(4):\n"
        "        dW_ih[k * H:(k + 1) * H] = dz[k].T @ x\n"
        "        dW_hh[k * H:(k + 1) * H] = h.T @ dz[k]\n"
        "    dzz = np.concatenate(dz, axis=1)\n"
        '    return {"x": dzz @ W_ih, "h": dzz @ W_hh, "c": dc * fg, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": dzz.sum(0), "b_hh": dzz.sum(0)}\n',
    },
    {
        "id": "cb2_bartosz_no_h_path_and_bias_mean",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t is only dc_next: the part through h_t is missing",
                "must_mention": [
                    {
                        "any": [
                            "dh_next",
                            "through h",
                            "from h",
                            "via h",
                            "h_t",
                            "o_t",
                            "output gate",
                            "tanh",
                        ]
                    },
                    {"any": ["c_t", "cell state", "dc", "δc", '"c"', "cell"]},
                ],
            },
            {
                "what": "bias gradients are averaged over the batch instead of summed",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["mean", "average", "divid", "sum", "/ b", "1/b", "batch size"]},
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
        "    nb, H = h.shape\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    gi, gf, gg, go = [pre[:, k * H:(k + 1) * H] for k in range(4)]\n"
        "    gi, gf, go = sigmoid(gi), sigmoid(gf), sigmoid(go)\n"
        "    gg = np.tanh(gg)\n"
        "    c_t = gf * c + gi * gg\n"
        "    dct = dc_next.copy()\n"
        "    d_pre = np.hstack([dct * gg * gi * (1 - gi),\n"
        "                       dct * c * gf * (1 - gf),\n"
        "                       dct * gi * (1 - gg ** 2),\n"
        "                       dh_next * np.tanh(c_t) * go * (1 - go)])\n"
        "    db = d_pre.sum(axis=0) / nb\n"
        '    return {"x": d_pre @ W_ih, "h": d_pre @ W_hh, "c": dct * gf,\n'
        '            "W_ih": d_pre.T @ x, "W_hh": d_pre.T @ h, "b_ih": db, "b_hh": '
        "db.copy()}\n",
    },
    {
        "id": "cb2_dmitri_forget_deriv_and_dWhh_hnew",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate goes through the tanh derivative (1 − f²) instead of f(1 "
                "− f)",
                "must_mention": [
                    "forget",
                    {"any": ["derivative", "sigmoid", "σ", "1 - f", "tanh"]},
                ],
            },
            {
                "what": "δW_hh uses the new hidden state h_t instead of h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "h_t",
                            "h_next",
                            "new hidden",
                            "h_prev",
                            "argument h",
                            "input h",
                            "output h",
                            "new state",
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
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # Jacobian bookkeeping: every activation is diagonal, so J^T v = act'(a) * v\n"
        "    A = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    H = h.shape[1]\n"
        "    I_ = sigmoid(A[:, :H]); F_ = sigmoid(A[:, H:2 * H])\n"
        "    G_ = np.tanh(A[:, 2 * H:3 * H]); O_ = sigmoid(A[:, 3 * H:])\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    h_t = O_ * S\n"
        "    dC = dc_next + dh_next * O_ * (1 - S ** 2)\n"
        "    J_i = I_ * (1 - I_)\n"
        "    J_f = 1 - F_ ** 2\n"
        "    J_g = 1 - G_ ** 2\n"
        "    J_o = O_ * (1 - O_)\n"
        "    dA = np.hstack([dC * G_ * J_i, dC * c * J_f, dC * I_ * J_g, dh_next * S * J_o])\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * F_,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h_t,\n'
        '            "b_ih": dA.sum(axis=0), "b_hh": dA.sum(axis=0)}\n',
    },
    {
        "id": "cb2_lena_o_uses_c_and_dc_prev_from_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δo uses c_t instead of tanh(c_t)",
                "must_mention": [
                    {"any": ["output gate", "o gate", "gate o", "o_t", '"o"', "3h:", "w_io"]},
                    "tanh",
                ],
            },
            {
                "what": "the returned gradient for c is dc_next ⊙ f instead of δc_t ⊙ f (missing "
                "the path through h)",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "dc_prev",
                            "c_prev",
                            "previous cell",
                            "gradient of c",
                            "δc_{t-1}",
                            "dL/dc_{t-1}",
                        ]
                    },
                    {"any": ["dh", "h_t", "total", "through h", "δc_t", "dc_t", "from h", "via h"]},
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:4 * H])\n"
        "    c_t = f * c + i * g\n"
        "    tau = np.tanh(c_t)\n"
        "    dc = dc_next + dh_next * o * (1 - tau ** 2)   # δc_t\n"
        "    d_o = dh_next * c_t                           # δo_t\n"
        "    d_i = dc * g\n"
        "    d_g = dc * i\n"
        "    d_f = dc * c\n"
        "    dc_prev = dc_next * f                         # δc_{t-1}\n"
        "    da = np.concatenate([d_i * i * (1 - i), d_f * f * (1 - f), d_g * (1 - g ** 2),\n"
        "                         d_o * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc_prev,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb2_chiara_no_dc_next_and_dWhh_block_T",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t leaves out dc_next: only the part through h_t is used",
                "must_mention": ["dc_next"],
            },
            {
                "what": "per gate, the (H, H) block of δW_hh is transposed (h^T δa_q instead of "
                "δa_q^T h)",
                "must_mention": ["W_hh", {"any": ["transpos"]}],
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
        "    H = h.shape[1]\n"
        '    order = ["i", "f", "g", "o"]\n'
        "    rows = {q: slice(k * H, (k + 1) * H) for k, q in enumerate(order)}\n"
        "    pre = {q: x @ W_ih[r].T + b_ih[r] + h @ W_hh[r].T + b_hh[r] for q, r in "
        "rows.items()}\n"
        '    i, f, o = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g = np.tanh(pre["g"])\n'
        "    tau = np.tanh(f * c + i * g)\n"
        "    dc = dh_next * o * (1 - tau ** 2)\n"
        '    d_pre = {"i": dc * g * i * (1 - i), "f": dc * c * f * (1 - f),\n'
        '             "g": dc * i * (1 - g ** 2), "o": dh_next * tau * o * (1 - o)}\n'
        '    grads = {"x": np.zeros_like(x), "h": np.zeros_like(h), "c": dc * f,\n'
        '             "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh), "b_ih": '
        "np.zeros_like(b_ih)}\n"
        "    for q, r in rows.items():\n"
        '        grads["x"] += d_pre[q] @ W_ih[r]\n'
        '        grads["h"] += d_pre[q] @ W_hh[r]\n'
        '        grads["W_ih"][r] = d_pre[q].T @ x\n'
        '        grads["W_hh"][r] = h.T @ d_pre[q]\n'
        '        grads["b_ih"][r] = d_pre[q].sum(axis=0)\n'
        '    grads["b_hh"] = grads["b_ih"].copy()\n'
        "    return grads\n",
    },
    {
        "id": "lb_jonas_ok",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward, keeping every state\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    for t in reversed(range(T)):\n"
        "        dh = dh + dout[t]\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_anneke_ok",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # forward again (b: batch, i: input, j: hidden, g: 4H gate rows)\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)     # (B, 4H)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    Hs = np.empty((T + 1,) + h0.shape)\n"
        "    Cs = np.empty((T + 1,) + c0.shape)\n"
        "    Hs[0], Cs[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        Hs[t + 1], Cs[t + 1] = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    delta_h = np.zeros_like(h0) if dh_n is None else np.array(dh_n, dtype=float)\n"
        "    delta_c = np.zeros_like(c0) if dc_n is None else np.array(dc_n, dtype=float)\n"
        "    steps = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        gr = lstm_cell_backward(delta_h + dout[t], delta_c, x[t], Hs[t], Cs[t],\n"
        "                                W_ih, W_hh, b_ih, b_hh)\n"
        "        steps.append(gr)\n"
        '        delta_h, delta_c = gr["h"], gr["c"]\n'
        "    steps = steps[::-1]        # back to time order\n"
        '    result = {k: sum(s[k] for s in steps) for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        '    result["x"] = np.stack([s["x"] for s in steps])\n'
        '    result["h0"], result["c0"] = delta_h, delta_c\n'
        "    return result\n",
    },
    {
        "id": "lb_hiroshi_ok",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    traj_h = [None] * (T + 1)\n"
        "    traj_c = [None] * (T + 1)\n"
        "    traj_h[0], traj_c[0] = h0, c0\n"
        "    for k in range(1, T + 1):\n"
        "        traj_h[k], traj_c[k] = lstm_cell(x[k - 1], traj_h[k - 1], traj_c[k - 1],\n"
        "                                         W_ih, W_hh, b_ih, b_hh)\n"
        '    grads = {"x": np.zeros((T, B, I)), "W_ih": np.zeros((4 * H, I)), "W_hh": '
        "np.zeros((4 * H, H)),\n"
        '             "b_ih": np.zeros(4 * H), "b_hh": np.zeros(4 * H)}\n'
        "    lam_h = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    lam_c = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    k = T\n"
        "    while k > 0:   # adjoint sweep, k = T .. 1  (step t = k - 1)\n"
        "        step = lstm_cell_backward(lam_h + dout[k - 1], lam_c, x[k - 1], traj_h[k - "
        "1],\n"
        "                                  traj_c[k - 1], W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][k - 1] = step["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[name] = grads[name] + step[name]\n"
        '        lam_h, lam_c = step["h"], step["c"]\n'
        "        k -= 1\n"
        '    grads["h0"], grads["c0"] = lam_h, lam_c\n'
        "    return grads\n",
    },
    {
        "id": "lb_lena_weights_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are assigned (=) at every step instead of "
                "summed over the steps, so only step 0's contribution is returned",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "each step",
                            "only the",
                            "last step",
                            "one step",
                            "first step",
                            "step 0",
                            "single step",
                            "overwrit",
                            "reset",
                        ]
                    },
                    {"any": ["w_ih", "w_hh", "weight", "b_ih", "b_hh", "bias", "parameter"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    Wx = {n: W_ih[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    Wh = {n: W_hh[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    bb = {n: b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H] for k, n in "
        "enumerate(names)}\n"
        "    pre = {n: x @ Wx[n].T + h @ Wh[n].T + bb[n] for n in names}\n"
        '    i_g, f_g, o_g = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        "    c_t = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o_g * (1 - tanh_c ** 2)\n"
        "    d_pre = {\n"
        '        "i": delta_c * g_g * i_g * (1 - i_g),\n'
        '        "f": delta_c * c * f_g * (1 - f_g),\n'
        '        "g": delta_c * i_g * (1 - g_g ** 2),\n'
        '        "o": dh_next * tanh_c * o_g * (1 - o_g),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        "    for k, n in enumerate(names):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx += d_pre[n] @ Wx[n]\n"
        "        dh += d_pre[n] @ Wh[n]\n"
        "        dW_ih[rows] = d_pre[n].T @ x\n"
        "        dW_hh[rows] = d_pre[n].T @ h\n"
        "        db[rows] = d_pre[n].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": delta_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
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
        "    dh_next = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        grads = lstm_cell_backward(dh_next + dout[t], dc_next, x[t], hs[t], cs[t],\n"
        "                                   W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dW_ih = grads["W_ih"]\n'
        '        dW_hh = grads["W_hh"]\n'
        '        db_ih = grads["b_ih"]\n'
        '        db_hh = grads["b_hh"]\n'
        '        dh_next = grads["h"]\n'
        '        dc_next = grads["c"]\n'
        '    return {"x": dx, "h0": dh_next, "c0": dc_next, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_jonas_reset_inside_loop",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the accumulators for the weight and bias gradients are reset to zero "
                "inside the time loop, so only the last processed step (step 0) survives "
                "instead of the sum over all steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "each step",
                            "only the",
                            "last step",
                            "one step",
                            "first step",
                            "step 0",
                            "single step",
                            "overwrit",
                            "reset",
                        ]
                    },
                    {"any": ["w_ih", "w_hh", "weight", "b_ih", "b_hh", "bias", "parameter"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_t)\n"
        "        cs.append(c_t)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        "    for t in reversed(range(T)):\n"
        "        dW_ih = np.zeros_like(W_ih)\n"
        "        dW_hh = np.zeros_like(W_hh)\n"
        "        db_ih = np.zeros_like(b_ih)\n"
        "        db_hh = np.zeros_like(b_hh)\n"
        "        dh = dh + dout[t]\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dW_ih += g["W_ih"]\n'
        '        dW_hh += g["W_hh"]\n'
        '        db_ih += g["b_ih"]\n'
        '        db_hh += g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_farid_dout_only_at_last_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] is only used at the last step (as the starting dh); for t < T-1 "
                "the gradient reaching h_t is only what step t+1 sends back, dout[t] is "
                "never added",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "add",
                            "sum",
                            "every step",
                            "each step",
                            "all steps",
                            "only",
                            "t < t-1",
                            "plus",
                            "missing",
                            "ignored",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    h_list, c_list = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(hh)\n"
        "        c_list.append(cc)\n"
        "    # gradient arriving at the top of the sequence\n"
        "    dh = dout[-1] + (0 if dh_n is None else dh_n)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": 0 * W_ih, "W_hh": 0 * W_hh, "b_ih": 0 * '
        "b_ih,\n"
        '             "b_hh": 0 * b_hh}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dh, dc, x[t], h_list[t], c_list[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = step["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] = grads[k] + step[k]\n"
        '        dh, dc = step["h"], step["c"]\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_kwame_drops_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: what step t+1's backward "
                'returns for "h" is thrown away (the recurrent path through h is cut)',
                "must_mention": [
                    {
                        "any": [
                            "recurr",
                            "through h",
                            "from step t+1",
                            "t+1",
                            "t + 1",
                            "later step",
                            "next step",
                            "carried",
                            "propagat",
                            '"h"',
                            "previous step",
                            'step\'s "h"',
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    H_all = np.zeros((T + 1, B, H)); C_all = np.zeros((T + 1, B, H))\n"
        "    H_all[0], C_all[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        H_all[t + 1], C_all[t + 1] = lstm_cell(x[t], H_all[t], C_all[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dW_ih = np.zeros(W_ih.shape); dW_hh = np.zeros(W_hh.shape)\n"
        "    db_ih = np.zeros(b_ih.shape); db_hh = np.zeros(b_hh.shape)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dh_prev = np.zeros((B, H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dout[t].copy()\n"
        "        if t == T - 1 and dh_n is not None:\n"
        "            dh += dh_n\n"
        "        r = lstm_cell_backward(dh, dc, x[t], H_all[t], C_all[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = r["x"]\n'
        '        dW_ih += r["W_ih"]; dW_hh += r["W_hh"]; db_ih += r["b_ih"]; db_hh += '
        'r["b_hh"]\n'
        '        dh_prev, dc = r["h"], r["c"]\n'
        '    return {"x": dx, "h0": dh_prev, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_ines_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: every step gets dc = 0 (or "
                'dc_n at the last) instead of step t+1\'s "c"',
                "must_mention": [
                    {"any": ["dc", "c_t", "cell", '"c"', "c0"]},
                    {
                        "any": [
                            "carr",
                            "propagat",
                            "t+1",
                            "t + 1",
                            "next step",
                            "previous step",
                            "through time",
                            "dropped",
                            "zero",
                            "reset",
                            "back",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # forward again (b: batch, i: input, j: hidden, g: 4H gate rows)\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)     # (B, 4H)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        '    g_sum = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dxs = []\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_last = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in reversed(range(T)):\n"
        "        dc = dc_last if t == T - 1 else np.zeros_like(c0)\n"
        "        gr = lstm_cell_backward(dh + dout[t], dc, x[t], states[t][0], states[t][1],\n"
        "                                W_ih, W_hh, b_ih, b_hh)\n"
        '        dxs.insert(0, gr["x"])\n'
        "        for k in g_sum:\n"
        "            g_sum[k] += gr[k]\n"
        '        dh = gr["h"]\n'
        '        dc_out = gr["c"]\n'
        '    g_sum["x"] = np.array(dxs)\n'
        '    g_sum["h0"] = dh\n'
        '    g_sum["c0"] = dc_out\n'
        "    return g_sum\n",
    },
    {
        "id": "lb_dmitri_state_off_by_one",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward is given the state after step t, (h_t, c_t), instead of "
                "the state it started from, (h_{t-1}, c_{t-1}) (off by one in time)",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "off-by-one",
                            "off by one",
                            "started from",
                            "state before",
                            "one step",
                            "shift",
                            "h_t instead",
                            "state after",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    # trajectory: S[t] = (h_t, c_t), t = 0..T-1\n"
        "    Hs = np.zeros((T, B, H)); Cs = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        Hs[t], Cs[t] = h, c\n"
        "    dh = np.zeros((B, H)) if dh_n is None else np.copy(dh_n)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else np.copy(dc_n)\n"
        '    G = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '         "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        J = lstm_cell_backward(dh + dout[t], dc, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        G["x"][t] = J["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            G[k] += J[k]\n"
        '        dh, dc = J["h"], J["c"]\n'
        '    G["h0"], G["c0"] = dh, dc\n'
        "    return G\n",
    },
    {
        "id": "lb_bartosz_dx_in_reverse_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step dx are appended while walking back and stacked without "
                'reversing, so "x" is in reverse time order (dx[0] holds step T-1\'s '
                "gradient)",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "reversed",
                            "reverse order",
                            "order",
                            "backwards",
                            "flipped",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    h_hist = [h0]\n"
        "    c_hist = [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h_hist[t], c_hist[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_hist.append(h_new)\n"
        "        c_hist.append(c_new)\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    dh, dc = dh_n, dc_n\n"
        "    dx_list = []\n"
        "    dW_ih = np.zeros((4 * H, I)); dW_hh = np.zeros((4 * H, H))\n"
        "    db_ih = np.zeros(4 * H); db_hh = np.zeros(4 * H)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        res = lstm_cell_backward(dh + dout[t], dc, x[t], h_hist[t], c_hist[t],\n"
        "                                 W_ih, W_hh, b_ih, b_hh)\n"
        '        dx_list.append(res["x"])\n'
        '        dW_ih = dW_ih + res["W_ih"]\n'
        '        dW_hh = dW_hh + res["W_hh"]\n'
        '        db_ih = db_ih + res["b_ih"]\n'
        '        db_hh = db_hh + res["b_hh"]\n'
        '        dh, dc = res["h"], res["c"]\n'
        '    return {"x": np.stack(dx_list), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": '
        "dW_hh,\n"
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_esther_ignores_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the cell-state gradient always starts from zeros at the "
                "last step, even when dc_n is given",
                "must_mention": ["dc_n"],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    Wx = {n: W_ih[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    Wh = {n: W_hh[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    bb = {n: b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H] for k, n in "
        "enumerate(names)}\n"
        "    pre = {n: x @ Wx[n].T + h @ Wh[n].T + bb[n] for n in names}\n"
        '    i_g, f_g, o_g = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        "    c_t = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o_g * (1 - tanh_c ** 2)\n"
        "    d_pre = {\n"
        '        "i": delta_c * g_g * i_g * (1 - i_g),\n'
        '        "f": delta_c * c * f_g * (1 - f_g),\n'
        '        "g": delta_c * i_g * (1 - g_g ** 2),\n'
        '        "o": dh_next * tanh_c * o_g * (1 - o_g),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        "    for k, n in enumerate(names):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx += d_pre[n] @ Wx[n]\n"
        "        dh += d_pre[n] @ Wh[n]\n"
        "        dW_ih[rows] = d_pre[n].T @ x\n"
        "        dW_hh[rows] = d_pre[n].T @ h\n"
        "        db[rows] = d_pre[n].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": delta_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    h_seq, c_seq = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_seq[-1], c_seq[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_seq.append(h_t)\n"
        "        c_seq.append(c_t)\n"
        "\n"
        '    grad = {"x": np.zeros_like(x),\n'
        '            "W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '            "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dh_carry = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc_carry = np.zeros_like(c0)          # nothing flows into c_n from outside\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], h_seq[t], "
        "c_seq[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        grad["x"][t] = step["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grad[name] += step[name]\n"
        '        dh_carry, dc_carry = step["h"], step["c"]\n'
        '    grad["h0"] = dh_carry\n'
        '    grad["c0"] = dc_carry\n'
        "    return grad\n",
    },
    {
        "id": "lb_chiara_dh_n_replaces_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "at the last step dh_n replaces dout[T-1] instead of being added to it",
                "must_mention": [
                    "dh_n",
                    {"any": ["add", "sum", "plus", "together", "replac", "instead of", "dout"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    Wx = {n: W_ih[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    Wh = {n: W_hh[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    bb = {n: b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H] for k, n in "
        "enumerate(names)}\n"
        "    pre = {n: x @ Wx[n].T + h @ Wh[n].T + bb[n] for n in names}\n"
        '    i_g, f_g, o_g = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        "    c_t = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o_g * (1 - tanh_c ** 2)\n"
        "    d_pre = {\n"
        '        "i": delta_c * g_g * i_g * (1 - i_g),\n'
        '        "f": delta_c * c * f_g * (1 - f_g),\n'
        '        "g": delta_c * i_g * (1 - g_g ** 2),\n'
        '        "o": dh_next * tanh_c * o_g * (1 - o_g),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        "    for k, n in enumerate(names):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx += d_pre[n] @ Wx[n]\n"
        "        dh += d_pre[n] @ Wh[n]\n"
        "        dW_ih[rows] = d_pre[n].T @ x\n"
        "        dW_hh[rows] = d_pre[n].T @ h\n"
        "        db[rows] = d_pre[n].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": delta_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h_states = [h0]\n"
        "    c_states = [c0]\n"
        "    for x_t in x:\n"
        "        h_new, c_new = lstm_cell(x_t, h_states[-1], c_states[-1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        h_states.append(h_new)\n"
        "        c_states.append(c_new)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih)\n"
        "    db_hh = np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    dh_rec = np.zeros_like(h0)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        if t == T - 1 and dh_n is not None:\n"
        "            dh_t = dh_n                  # the final state's gradient\n"
        "        else:\n"
        "            dh_t = dout[t] + dh_rec\n"
        "        gr = lstm_cell_backward(dh_t, dc, x[t], h_states[t], c_states[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = gr["x"]\n'
        '        dW_ih += gr["W_ih"]\n'
        '        dW_hh += gr["W_hh"]\n'
        '        db_ih += gr["b_ih"]\n'
        '        db_hh += gr["b_hh"]\n'
        '        dh_rec, dc = gr["h"], gr["c"]\n'
        '    return {"x": dx, "h0": dh_rec, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_hiroshi_adds_into_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent gradient is added into the caller's dout array in place "
                "(dout[t-1] += ...), so dout is changed",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "alter",
                            "wrote into",
                            "writes into",
                            "written into",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    traj = [(h0, c0)]\n"
        "    for k in range(T):\n"
        "        traj.append(lstm_cell(x[k], traj[k][0], traj[k][1], W_ih, W_hh, b_ih, b_hh))\n"
        "    lam_h = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    lam_c = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    total = {"x": np.zeros((T, B, I)), "W_ih": np.zeros((4 * H, I)),\n'
        '             "W_hh": np.zeros((4 * H, H)), "b_ih": np.zeros(4 * H), "b_hh": '
        "np.zeros(4 * H)}\n"
        "    g_h = dout[T - 1] + lam_h\n"
        "    for k in range(T - 1, -1, -1):\n"
        "        step = lstm_cell_backward(g_h, lam_c, x[k], traj[k][0], traj[k][1],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        total["x"][k] = step["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            total[name] += step[name]\n"
        '        lam_c = step["c"]\n'
        "        if k > 0:\n"
        '            dout[k - 1] += step["h"]      # the loss at k-1 also sees h_{k-1} through '
        "step k\n"
        "            g_h = dout[k - 1]\n"
        "        else:\n"
        '            g_h = step["h"]\n'
        '    total["h0"], total["c0"] = g_h, lam_c\n'
        "    return total\n",
    },
    {
        "id": "lb_grace_skips_step_zero",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop runs t = T-1 down to 1 and never does step 0: its "
                "weight gradients and dx[0] are missing, and h0/c0 get the gradient "
                "reaching h_0, c_0 instead of going through step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "off-by-one",
                            "off by one",
                            "x[0]",
                            "dx[0]",
                            '"x"[0]',
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # forward again (b: batch, i: input, j: hidden, g: 4H gate rows)\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)     # (B, 4H)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs += [h]\n"
        "        cs += [c]\n"
        "    out = {k: np.zeros_like(v) for k, v in\n"
        "           dict(x=x, W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, b_hh=b_hh).items()}\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        out["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    out["h0"], out["c0"] = dh + dout[0], dc\n'
        "    return out\n",
    },
    {
        "id": "lb_anneke_dx_float32",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": 'the dx buffer is float32, so "x" comes back as float32 (rounded) instead '
                "of float64",
                "must_mention": [
                    {"any": ["float32", "float64", "dtype", "single precision", "precision"]}
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    # forward again (b: batch, i: input, j: hidden, g: 4H gate rows)\n"
        '    a = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bj,gj->bg", h, W_hh) + b_ih + '
        "b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    # backward\n"
        "    dc = dc_next + dh_next * o * (1.0 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)     # (B, 4H)\n"
        "    return {\n"
        '        "x": np.einsum("bg,gi->bi", da, W_ih),\n'
        '        "h": np.einsum("bg,gj->bj", da, W_hh),\n'
        '        "c": dc * f,\n'
        '        "W_ih": np.einsum("bg,bi->gi", da, x),\n'
        '        "W_hh": np.einsum("bg,bj->gj", da, h),\n'
        '        "b_ih": np.einsum("bg->g", da),\n'
        '        "b_hh": np.einsum("bg->g", da),\n'
        "    }\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    Hs = [h0]; Cs = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], Hs[t], Cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        Hs.append(hn); Cs.append(cn)\n"
        "    dX = np.zeros((T, B, I), dtype=np.float32)\n"
        "    acc = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh),\n"
        "               b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    dH = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dC = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        gr = lstm_cell_backward(dH + dout[t], dC, x[t], Hs[t], Cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dX[t] = gr["x"]\n'
        "        for k in acc:\n"
        "            acc[k] = acc[k] + gr[k]\n"
        '        dH, dC = gr["h"], gr["c"]\n'
        "    return dict(x=dX, h0=dH, c0=dC, **acc)\n",
    },
    {
        "id": "lb_lena_adds_into_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "when dh_n is given, dh is that very array and dout[T-1] is added into it "
                "with +=, so the caller's dh_n is changed",
                "must_mention": [
                    "dh_n",
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "alter",
                            "wrote into",
                            "writes into",
                            "written into",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh = dh_n if dh_n is not None else np.zeros((B, H))\n"
        "    dc = dc_n if dc_n is not None else np.zeros((B, H))\n"
        "    dx = np.zeros_like(x)\n"
        "    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)\n"
        "    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)\n"
        "    for t in reversed(range(T)):\n"
        "        dh += dout[t]\n"
        "        grads = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = grads["x"]\n'
        '        dW_ih += grads["W_ih"]\n'
        '        dW_hh += grads["W_hh"]\n'
        '        db_ih += grads["b_ih"]\n'
        '        db_hh += grads["b_hh"]\n'
        '        dh = grads["h"]\n'
        '        dc = grads["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb2_lena_overwrite_and_dx_reversed",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "weight and bias gradients are overwritten at each step instead of summed "
                "over steps",
                "must_mention": [
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "each step",
                            "only the",
                            "last step",
                            "one step",
                            "first step",
                            "step 0",
                            "single step",
                            "overwrit",
                            "reset",
                        ]
                    },
                    {"any": ["w_ih", "w_hh", "weight", "b_ih", "b_hh", "bias", "parameter"]},
                ],
            },
            {
                "what": "dx is collected while walking back and not reversed into time order",
                "must_mention": [
                    {
                        "any": [
                            "time order",
                            "reversed",
                            "reverse order",
                            "order",
                            "backwards",
                            "flipped",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        '    names = ["i", "f", "g", "o"]\n'
        "    Wx = {n: W_ih[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    Wh = {n: W_hh[k * H:(k + 1) * H] for k, n in enumerate(names)}\n"
        "    bb = {n: b_ih[k * H:(k + 1) * H] + b_hh[k * H:(k + 1) * H] for k, n in "
        "enumerate(names)}\n"
        "    pre = {n: x @ Wx[n].T + h @ Wh[n].T + bb[n] for n in names}\n"
        '    i_g, f_g, o_g = sigmoid(pre["i"]), sigmoid(pre["f"]), sigmoid(pre["o"])\n'
        '    g_g = np.tanh(pre["g"])\n'
        "    c_t = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    delta_c = dc_next + dh_next * o_g * (1 - tanh_c ** 2)\n"
        "    d_pre = {\n"
        '        "i": delta_c * g_g * i_g * (1 - i_g),\n'
        '        "f": delta_c * c * f_g * (1 - f_g),\n'
        '        "g": delta_c * i_g * (1 - g_g ** 2),\n'
        '        "o": dh_next * tanh_c * o_g * (1 - o_g),\n'
        "    }\n"
        "    dx = np.zeros_like(x)\n"
        "    dh = np.zeros_like(h)\n"
        "    dW_ih = np.zeros_like(W_ih)\n"
        "    dW_hh = np.zeros_like(W_hh)\n"
        "    db = np.zeros_like(b_ih)\n"
        "    for k, n in enumerate(names):\n"
        "        rows = slice(k * H, (k + 1) * H)\n"
        "        dx += d_pre[n] @ Wx[n]\n"
        "        dh += d_pre[n] @ Wh[n]\n"
        "        dW_ih[rows] = d_pre[n].T @ x\n"
        "        dW_hh[rows] = d_pre[n].T @ h\n"
        "        db[rows] = d_pre[n].sum(axis=0)\n"
        '    return {"x": dx, "h": dh, "c": delta_c * f_g, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n'
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
        "    dxs = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dW_ih, dW_hh, db_ih, db_hh = g["W_ih"], g["W_hh"], g["b_ih"], g["b_hh"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": np.array(dxs), "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb2_kwame_no_recurrent_dh_and_bias_overwritten",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent gradient through h is dropped: each step only gets dout[t]",
                "must_mention": [
                    {
                        "any": [
                            "recurr",
                            "through h",
                            "from step t+1",
                            "t+1",
                            "t + 1",
                            "later step",
                            "next step",
                            "carried",
                            "propagat",
                            '"h"',
                            "previous step",
                        ]
                    }
                ],
            },
            {
                "what": "the bias gradients are overwritten at each step (only step 0's kept) "
                "while the weights are summed",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "each step",
                            "only the",
                            "last step",
                            "one step",
                            "first step",
                            "step 0",
                            "single step",
                            "overwrit",
                            "reset",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    grads = {"x": np.zeros(x.shape), "h": np.zeros(h.shape), "c": np.zeros(c.shape),\n'
        '             "W_ih": np.zeros(W_ih.shape), "W_hh": np.zeros(W_hh.shape),\n'
        '             "b_ih": np.zeros(b_ih.shape), "b_hh": np.zeros(b_hh.shape)}\n'
        "    for n in range(B):   # one example at a time, as in the chapter\n"
        "        a = W_ih @ x[n] + b_ih + W_hh @ h[n] + b_hh\n"
        "        ig = sigmoid(a[0:H])\n"
        "        fg = sigmoid(a[H:2 * H])\n"
        "        gg = np.tanh(a[2 * H:3 * H])\n"
        "        og = sigmoid(a[3 * H:4 * H])\n"
        "        cn = fg * c[n] + ig * gg\n"
        "        th = np.tanh(cn)\n"
        "        dcn = dc_next[n] + dh_next[n] * og * (1 - th ** 2)\n"
        "        da = np.empty(4 * H)\n"
        "        da[0:H] = dcn * gg * ig * (1 - ig)\n"
        "        da[H:2 * H] = dcn * c[n] * fg * (1 - fg)\n"
        "        da[2 * H:3 * H] = dcn * ig * (1 - gg ** 2)\n"
        "        da[3 * H:4 * H] = dh_next[n] * th * og * (1 - og)\n"
        '        grads["x"][n] = W_ih.T @ da\n'
        '        grads["h"][n] = W_hh.T @ da\n'
        '        grads["c"][n] = dcn * fg\n'
        '        grads["W_ih"] += np.outer(da, x[n])\n'
        '        grads["W_hh"] += np.outer(da, h[n])\n'
        '        grads["b_ih"] += da\n'
        '        grads["b_hh"] += da\n'
        "    return grads\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hh = np.zeros((T + 1, B, H)); cc = np.zeros((T + 1, B, H))\n"
        "    hh[0], cc[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hh[t + 1], cc[t + 1] = lstm_cell(x[t], hh[t], cc[t], W_ih, W_hh, b_ih, b_hh)\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dh_extra = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dout[t] + (dh_extra if t == T - 1 else 0.0)\n"
        "        r = lstm_cell_backward(dh, dc, x[t], hh[t], cc[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = r["x"]\n'
        '        dW_ih += r["W_ih"]; dW_hh += r["W_hh"]\n'
        '        db_ih, db_hh = r["b_ih"], r["b_hh"]\n'
        '        dh0, dc = r["h"], r["c"]\n'
        '    return {"x": dx, "h0": dh0, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": '
        "db_ih,\n"
        '            "b_hh": db_hh}\n',
    },
    {
        "id": "lb2_dmitri_off_by_one_and_dh_n_replaces",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "step t's backward gets (h_t, c_t) instead of (h_{t-1}, c_{t-1}) (off by "
                "one in time)",
                "must_mention": [
                    {
                        "any": [
                            "h_{t-1}",
                            "previous state",
                            "off-by-one",
                            "off by one",
                            "started from",
                            "state before",
                            "one step",
                            "shift",
                            "h_t instead",
                            "state after",
                        ]
                    }
                ],
            },
            {
                "what": "at the last step dh_n replaces dout[T-1] instead of being added to it",
                "must_mention": [
                    "dh_n",
                    {"any": ["add", "sum", "plus", "together", "replac", "instead of", "dout"]},
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n"
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
        "    # dL/dh_{T-1}: from the final state if given, else from the output\n"
        "    dh = dh_n if dh_n is not None else dout[T - 1]\n"
        "    dc = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        '    G = {k: np.zeros_like(v) for k, v in zip(("W_ih", "W_hh", "b_ih", "b_hh"),\n'
        "                                             (W_ih, W_hh, b_ih, b_hh))}\n"
        "    dX = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        J = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dX[t] = J["x"]\n'
        "        for k in G:\n"
        "            G[k] += J[k]\n"
        '        dh, dc = J["h"], J["c"]\n'
        "        if t > 0:\n"
        "            dh = dh + dout[t - 1]\n"
        "    G.update(x=dX, h0=dh, c0=dc)\n"
        "    return G\n",
    },
    {
        "id": "lb2_farid_dout_last_only_and_ignores_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout[t] is only used at the last step; for t < T-1 it is never added to "
                "the gradient reaching h_t",
                "must_mention": [
                    "dout",
                    {
                        "any": [
                            "add",
                            "sum",
                            "every step",
                            "each step",
                            "all steps",
                            "only",
                            "plus",
                            "missing",
                            "ignored",
                            "never",
                        ]
                    },
                ],
            },
            {
                "what": "dc_n is ignored: the cell gradient starts from zeros even when dc_n is "
                "given",
                "must_mention": ["dc_n"],
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # z = [x, h],  A = z W^T + b  with  W = [W_ih | W_hh]\n"
        "    W = np.hstack([W_ih, W_hh])               # (4H, I+H)\n"
        "    z = np.hstack([x, h])                     # (B, I+H)\n"
        "    A = z @ W.T + (b_ih + b_hh)               # (B, 4H)\n"
        "    A_i, A_f, A_g, A_o = np.split(A, 4, axis=1)\n"
        "    I_, F_, G_, O_ = sigmoid(A_i), sigmoid(A_f), np.tanh(A_g), sigmoid(A_o)\n"
        "    C = F_ * c + I_ * G_\n"
        "    S = np.tanh(C)\n"
        "    # dL/dC (total): direct + through h = o * tanh(C)\n"
        "    dC = dc_next + dh_next * O_ * (1 - S * S)\n"
        "    # dL/dA blockwise: diagonal Jacobians of the activations\n"
        "    dA = np.hstack([\n"
        "        dC * G_ * I_ * (1 - I_),\n"
        "        dC * c * F_ * (1 - F_),\n"
        "        dC * I_ * (1 - G_ * G_),\n"
        "        dh_next * S * O_ * (1 - O_),\n"
        "    ])\n"
        "    dz = dA @ W                               # (B, I+H): J^T applied to dA\n"
        "    dW = dA.T @ z                             # (4H, I+H)\n"
        "    n_in = x.shape[1]\n"
        "    db = dA.sum(axis=0)\n"
        '    return {"x": dz[:, :n_in], "h": dz[:, n_in:], "c": dC * F_,\n'
        '            "W_ih": dW[:, :n_in], "W_hh": dW[:, n_in:], "b_ih": db, "b_hh": '
        "db.copy()}\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    hh, cc = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], hh[t], cc[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hh.append(a)\n"
        "        cc.append(b)\n"
        "    d_h = dout[T - 1] if dh_n is None else dout[T - 1] + dh_n\n"
        "    d_c = np.zeros_like(c0)\n"
        '    res = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        s = lstm_cell_backward(d_h, d_c, x[t], hh[t], cc[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        res["x"][t] = s["x"]\n'
        '        res["W_ih"] += s["W_ih"]\n'
        '        res["W_hh"] += s["W_hh"]\n'
        '        res["b_ih"] += s["b_ih"]\n'
        '        res["b_hh"] += s["b_hh"]\n'
        '        d_h, d_c = s["h"], s["c"]\n'
        '    res["h0"], res["c0"] = d_h, d_c\n'
        "    return res\n",
    },
    {
        "id": "ll_esther_ok",
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
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_kwame_ok",
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.empty((B, H))\n"
        "    c_n = np.empty((B, H))\n"
        "    for b in range(B):               # one sequence at a time, only its real steps\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]         # keep a batch axis of 1\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_farid_ok",
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
        ":]).astype(np.float64)   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hh + (1.0 - m) * h          # keep the old state where the step is "
        "padding\n"
        "        c = m * cc + (1.0 - m) * c\n"
        "        outs.append(m * hh)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_farid_mask_zeroes_state",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask multiplies the new state (h = m ⊙ h_new) instead of keeping the "
                "old state on padding steps, so a finished sequence's state is reset to "
                "zero and h_n, c_n are zero for every sequence shorter than T",
                "must_mention": [
                    {
                        "any": [
                            "keep",
                            "kept",
                            "carr",
                            "freez",
                            "frozen",
                            "reset",
                            "zero",
                            "unchanged",
                            "hold",
                            "old state",
                            "previous state",
                        ]
                    },
                    {"any": ["h_n", "c_n", "final state", "last state"]},
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
        "    mask = np.zeros((T, B))\n"
        "    for b in range(B):\n"
        "        mask[:lengths[b], b] = 1.0\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = h * mask[t][:, None]      # switch off finished sequences\n"
        "        c = c * mask[t][:, None]\n"
        "        out.append(h)\n"
        "    return np.array(out), (h, c)\n",
    },
    {
        "id": "ll_lena_hn_at_T_minus_1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is never frozen: the loop runs every sequence through its "
                "padding and returns the state after step T-1 as h_n, c_n (out is zeroed "
                "afterwards, so only h_n/c_n are wrong)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {
                        "any": [
                            "t-1",
                            "t - 1",
                            "padding",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "freez",
                            "frozen",
                            "keep",
                            "last step",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]      # (T, B): True on real "
        "steps\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs) * mask[:, :, None]                # zeros past each length\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dmitri_left_padded",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "treats the batch as left-padded: a step counts as real when t >= T - "
                "lengths[b] instead of t < lengths[b]",
                "must_mention": [
                    {"any": ["left", "beginning", "start of", "front", "leading", "t >= t - "]},
                    {"any": ["pad"]},
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
        "    H = h0.shape[-1]\n"
        "    # M[t, b] = 1 on real steps; padding sits in front of the shorter sequences\n"
        "    M_ = (np.arange(T)[:, None] >= (T - np.asarray(lengths))[None, :])\n"
        "    h, c = h0, c0\n"
        "    Y = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        m = M_[t][:, None]\n"
        "        h = np.where(m, h_t, h)\n"
        "        c = np.where(m, c_t, c)\n"
        "        Y[t] = np.where(m, h_t, 0.0)\n"
        "    return Y, (h, c)\n",
    },
    {
        "id": "ll_jonas_one_step_too_many",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "off by one: a step is treated as real when t <= lengths[b], so every "
                "shorter sequence runs one padding step too many (state and out)",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "<=",
                            "lengths[b] - 1",
                            "one padding step",
                            "extra step",
                            "one too many",
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
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        valid = np.array([t <= lengths[b] for b in range(B)])   # still inside "
        "sequence b?\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[valid] = h_new[valid]\n"
        "        c[valid] = c_new[valid]\n"
        "        out[t][valid] = h_new[valid]\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_anneke_mask_shape_B",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where gets a mask of shape (B,) that broadcasts against (B, H) along "
                "the hidden-unit axis: it raises when B != H (and B > 1) and silently "
                "masks units instead of sequences when B == H; it needs shape (B, 1)",
                "must_mention": [
                    {"any": ["mask", "broadcast"]},
                    {"any": ["shape", "axis", "(b,)", "(b, 1)", "[:, none]"]},
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
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[-1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        m = np.less(t, lengths)                  # (B,) real step?\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_hiroshi_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is not zeroed past each length: on padding steps it repeats the "
                "frozen state",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["out", "past", "padding", "after", "t >= lengths"]},
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
        "    H = W_hh.shape[1]\n"
        "    y = np.zeros((T, B, H))\n"
        "    state_h, state_c = h0, c0\n"
        "    for k in range(T):\n"
        "        active = (k < lengths).reshape(B, 1)\n"
        "        cand_h, cand_c = lstm_cell(x[k], state_h, state_c, W_ih, W_hh, b_ih, b_hh)\n"
        "        state_h = np.where(active, cand_h, state_h)      # hold the state after the "
        "end\n"
        "        state_c = np.where(active, cand_c, state_c)\n"
        "        y[k] = state_h\n"
        "    return y, (state_h, state_c)\n",
    },
    {
        "id": "ll_bartosz_cn_at_T_minus_1",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is picked from out at each sequence's last real step, but c_n is the "
                "cell state after step T-1 (having run through the padding)",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "last step",
                            "own",
                            "lengths",
                            "padding",
                            "t-1",
                            "t - 1",
                            "last real",
                            "frozen",
                            "freez",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    # state at the last real step of each sequence\n"
        "    h_n = out[lengths - 1, np.arange(B)]\n"
        "    c_n = c\n"
        "    # pad_packed_sequence gives zeros past the end\n"
        "    for b in range(B):\n"
        "        out[lengths[b]:, b] = 0.0\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_ines_hn_fancy_index_shape",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n are indexed as out[lengths - 1] without the batch index, giving "
                "shape (B, B, H) instead of (B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {"any": ["shape", "(b, b, h)", "index"]},
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
        "    T = x.shape[0]\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    hs = np.stack(hs)\n"
        "    cs = np.stack(cs)\n"
        "    h_n = hs[lengths - 1]          # last real step of every sequence\n"
        "    c_n = cs[lengths - 1]\n"
        "    valid = (np.arange(T)[:, None] < lengths[None, :])[..., None]\n"
        "    return hs * valid, (h_n, c_n)\n",
    },
    {
        "id": "ll_kwame_initial_row0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "every sequence starts from h0[0], c0[0] (the first row) instead of its "
                "own row h0[b], c0[b]",
                "must_mention": [
                    {"any": ["h0", "c0", "initial"]},
                    {"any": ["row", "batch", "sequence", "example", "h0[b]", "own"]},
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
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_last = np.zeros((B, H))\n"
        "    c_last = np.zeros((B, H))\n"
        "    for b, L in enumerate(lengths):\n"
        "        h, c = h0[0:1], c0[0:1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b][None, :], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b, :] = h[0]\n"
        "        h_last[b, :] = h[0]\n"
        "        c_last[b, :] = c[0]\n"
        "    return out, (h_last, c_last)\n",
    },
    {
        "id": "ll_chiara_global_max_length",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask compares t with the longest length (lengths.max()) instead of "
                "each sequence's own length, so shorter sequences keep running through "
                "their padding",
                "must_mention": [
                    {
                        "any": [
                            "max",
                            "longest",
                            "own length",
                            "each sequence",
                            "per-sequence",
                            "lengths[b]",
                            "per sequence",
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
        "    H = W_hh.shape[1]\n"
        "    T_eff = int(np.max(lengths))          # steps past this are padding for everyone\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_t, c_t = h0, c0\n"
        "    for t in range(T):\n"
        "        if t < T_eff:\n"
        "            h_t, c_t = lstm_cell(x[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t] = h_t\n"
        "    return out, (h_t, c_t)\n",
    },
    {
        "id": "ll_esther_zeroes_padding_in_x",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the padding of the caller's x is set to zero in place (x[lengths[b]:, b] "
                "= 0), so the input array is changed",
                "must_mention": [
                    {"any": ["x", "input", "argument"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "alter",
                            "wrote into",
                            "writes into",
                            "written into",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    for b in range(B):\n"
        "        x[lengths[b]:, b] = 0.0          # clean the padding first\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        real = (t < lengths)[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(real, h_new, h)\n"
        "        c = np.where(real, c_new, c)\n"
        "        out[t] = np.where(real, h_new, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_lena_zero_inputs_only",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "only the padded inputs are zeroed: the state keeps being updated on the "
                "padding steps (zero input is not 'nothing'), so h_n, c_n are the state "
                "after step T-1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                    {
                        "any": [
                            "pad",
                            "zero input",
                            "t-1",
                            "t - 1",
                            "freez",
                            "frozen",
                            "keep",
                            "own last",
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
        "\n"
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[:, :, None]   # (T, B, 1)\n"
        "    x_clean = x * mask                           # padding -> zeros\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x_clean[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs) * mask\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll2_dmitri_left_padded_and_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "treats the batch as left-padded (real steps t >= T - lengths[b])",
                "must_mention": [
                    {"any": ["left", "beginning", "start of", "front", "leading", "t >= t - "]},
                    {"any": ["pad"]},
                ],
            },
            {
                "what": "out is not zeroed on padding steps: it holds the carried state there",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["out", "past", "padding", "after", "t >= lengths"]},
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
        "    start = T - np.asarray(lengths)          # first real step of each sequence\n"
        "    h, c = h0, c0\n"
        "    Y = []\n"
        "    for t in range(T):\n"
        "        h1, c1 = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        on = (t >= start)[:, None]\n"
        "        h = np.where(on, h1, h)\n"
        "        c = np.where(on, c1, c)\n"
        "        Y.append(h)\n"
        "    return np.stack(Y), (h, c)\n",
    },
    {
        "id": "ll2_farid_mask_zeroes_state_and_one_extra_step",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask multiplies the state instead of keeping the old one, so finished "
                "sequences' state (h_n, c_n) is reset to zero",
                "must_mention": [
                    {
                        "any": [
                            "keep",
                            "kept",
                            "carr",
                            "freez",
                            "frozen",
                            "reset",
                            "zero",
                            "unchanged",
                            "hold",
                            "old state",
                            "previous state",
                        ]
                    },
                    {"any": ["h_n", "c_n", "final state", "last state"]},
                ],
            },
            {
                "what": "off by one: the mask is t <= lengths[b], one step too many",
                "must_mention": [
                    {
                        "any": [
                            "off-by-one",
                            "off by one",
                            "one step",
                            "one extra",
                            "<=",
                            "lengths[b] - 1",
                            "one padding step",
                            "extra step",
                            "one too many",
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
        "    T = x.shape[0]\n"
        "    m = (np.arange(T)[:, None] <= lengths[None, :]).astype(float)[..., None]   # (T, "
        "B, 1)\n"
        "    h, c = h0, c0\n"
        "    ys = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h, c = m[t] * h, m[t] * c\n"
        "        ys.append(h)\n"
        "    return np.array(ys), (h, c)\n",
    },
    {
        "id": "ll2_bartosz_cn_at_T_and_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is the cell state after step T-1 instead of at each sequence's last "
                "real step",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "last step",
                            "own",
                            "lengths",
                            "padding",
                            "t-1",
                            "t - 1",
                            "last real",
                            "frozen",
                            "freez",
                        ]
                    },
                ],
            },
            {
                "what": "out is not zeroed past each length (it holds the states computed on "
                "padding)",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["out", "past", "padding", "after", "t >= lengths"]},
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
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    idx = np.asarray(lengths) - 1\n"
        "    h_n = np.array([out[idx[b], b] for b in range(B)])\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "ll2_chiara_global_max_and_state_swapped",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask uses the longest length instead of each sequence's own length",
                "must_mention": [
                    {
                        "any": [
                            "max",
                            "longest",
                            "own length",
                            "each sequence",
                            "per-sequence",
                            "lengths[b]",
                            "per sequence",
                        ]
                    }
                ],
            },
            {
                "what": "the final state is returned as (c_n, h_n) instead of (h_n, c_n)",
                "must_mention": [{"any": ["swap", "order", "exchang", "(c_n, h_n)", "other way"]}],
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
        "    H = W_hh.shape[1]\n"
        "    n_steps = max(lengths)\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_t, c_t = h0, c0\n"
        "    for t in range(n_steps):\n"
        "        h_t, c_t = lstm_cell(x[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h_t\n"
        "    return out, (c_t, h_t)\n",
    },
    {
        "id": "bl_esther_ok",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def _reverse_each(a, lengths):\n"
        '    """Reverse the first lengths[b] steps of every column b; leave the padding where '
        'it is."""\n'
        "    r = a.copy()\n"
        "    for b, L in enumerate(lengths):\n"
        "        L = int(L)\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hb, cb) = lstm_layer_lengths(_reverse_each(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out_b = _reverse_each(out_r, lengths)     # padding stays zero\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([hf, hb]), np.stack([cf, "
        "cb]))\n",
    },
    {
        "id": "bl_kwame_ok",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.empty((B, H))\n"
        "    c_n = np.empty((B, H))\n"
        "    for b in range(B):               # one sequence at a time, only its real steps\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]         # keep a batch axis of 1\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        xb = x[:L, b:b + 1]                       # (L, 1, I): the real steps only\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(xb[t], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(xb[t], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_grace_ok",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hh + (1.0 - m) * h          # keep the old state where the step is "
        "padding\n"
        "        c = m * cc + (1.0 - m) * c\n"
        "        outs.append(m * hh)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B = x.shape[:2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]                                   # (T, 1)\n"
        "    # position read at reverse step t: lengths-1-t on real steps; padding stays put\n"
        "    src = np.where(t < lengths, lengths - 1 - t, t)             # (T, B)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    x_rev = x[src, cols]                                        # (T, B, I)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orr, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    ob = orr[src, cols]                         # the same permutation undoes itself\n"
        "    return np.concatenate([of, ob], -1), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ines_flips_whole_padded_array",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction flips the whole padded array in time (x[::-1]) "
                "instead of each sequence's own real steps, so for shorter sequences it "
                "reads padding and its outputs land at the wrong positions",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "whole",
                            "padding",
                            "padded",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "step t - 1",
                            "step t-1",
                            "t-1",
                            "t - 1",
                            "own steps",
                            "per sequence",
                            "each sequence",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hh + (1.0 - m) * h          # keep the old state where the step is "
        "padding\n"
        "        c = m * cc + (1.0 - m) * c\n"
        "        outs.append(m * hh)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: run on the time-reversed batch, then flip back\n"
        "    out_r, (h_r, c_r) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    out_b = out_r[::-1]\n"
        "    return np.concatenate([out_f, out_b], axis=2), (np.stack([h_f, h_r]), "
        "np.stack([c_f, c_r]))\n",
    },
    {
        "id": "bl_lena_reverse_starts_at_T_minus_1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs over all T steps from T-1 (as on the unpacked "
                "tensor) and only its output is masked afterwards, so for shorter "
                "sequences it starts on padding and every reverse output and its final "
                "state are wrong",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "whole",
                            "padding",
                            "padded",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "step t - 1",
                            "step t-1",
                            "t-1",
                            "t - 1",
                            "own steps",
                            "per sequence",
                            "each sequence",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    out_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: the whole sequence backwards, as in chapter 6\n"
        "    h, c = h0[1], c0[1]\n"
        "    out_b = np.zeros((T, B, H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h, c = lstm_cell(x[t], h, c, *bwd)\n"
        "        out_b[t] = h\n"
        "    mask = (np.arange(T)[:, None] < lengths[None, :])[:, :, None]\n"
        "    out = np.concatenate([out_f, out_b * mask], axis=2)\n"
        "    return out, (np.stack([h_f, h]), np.stack([c_f, c]))\n",
    },
    {
        "id": "bl_esther_reverse_out_not_unreversed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are left in reading order (each "
                "sequence's reversed order) instead of being put back so that out[t] lines "
                "up with x[t]",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "order",
                            "flip",
                            "position",
                            "put back",
                            "reading order",
                            "time order",
                            "un-revers",
                            "unrevers",
                            "mirror",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def _flip_real_steps(a, lengths):\n"
        "    a = a.copy()\n"
        "    for b in range(a.shape[1]):\n"
        "        n = int(lengths[b])\n"
        "        a[:n, b] = a[:n, b][::-1].copy()\n"
        "    return a\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_r = _flip_real_steps(x, lengths)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_r, lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_r], axis=-1)\n"
        "    h_n = np.stack([hf, hr])\n"
        "    c_n = np.stack([cf, cr])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_bartosz_hn_reverse_from_last_real_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is read from out at each sequence's last real step (the "
                "reverse direction's first step) instead of its final state after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.empty((B, H))\n"
        "    c_n = np.empty((B, H))\n"
        "    for b in range(B):               # one sequence at a time, only its real steps\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]         # keep a batch axis of 1\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    out[:, :, :H], (h_n[0], c_n[0]) = lstm_layer_lengths(x, lengths, h0[0], c0[0], "
        "*fwd)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h = h0[1, b:b + 1]\n"
        "        c = c0[1, b:b + 1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        c_n[1, b] = c[0]\n"
        "        # the reverse direction ends at the sequence's last step\n"
        "        h_n[1, b] = out[L - 1, b, H:]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_farid_swapped_halves",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse direction's H columns first and the forward's last",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "other way",
                            "halves",
                            "wrong half",
                            "first half",
                            "second half",
                        ]
                    },
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hh + (1.0 - m) * h          # keep the old state where the step is "
        "padding\n"
        "        c = m * cc + (1.0 - m) * c\n"
        "        outs.append(m * hh)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    m = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)[..., None]\n"
        "    y_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # backward: walk from T-1 down; padding steps leave the state alone\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    y_b = np.zeros((T, B, H))\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hh, cc = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        hb = m[t] * hh + (1 - m[t]) * hb\n"
        "        cb = m[t] * cc + (1 - m[t]) * cb\n"
        "        y_b[t] = m[t] * hh\n"
        "    out = np.concatenate([y_b, y_f], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_hiroshi_reverse_padding_not_zero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse half of out is not zero on padding steps: it holds the "
                "reverse state (the initial state h0[1]) there",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["pad", "past", "after", "t >= lengths", "beyond"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    y_fwd, (hT_f, cT_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    s_h, s_c = h0[1], c0[1]\n"
        "    y_bwd = []\n"
        "    for k in reversed(range(T)):\n"
        "        active = (k < lengths)[:, None]\n"
        "        cand_h, cand_c = lstm_cell(x[k], s_h, s_c, *bwd)\n"
        "        s_h = np.where(active, cand_h, s_h)         # hold the state on padding\n"
        "        s_c = np.where(active, cand_c, s_c)\n"
        "        y_bwd.append(s_h)\n"
        "    y_bwd = np.stack(y_bwd[::-1])\n"
        "    return np.concatenate([y_fwd, y_bwd], axis=2), (np.stack([hT_f, s_h]), "
        "np.stack([cT_f, s_c]))\n",
    },
    {
        "id": "bl_jonas_reverse_init_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of h0[1], c0[1]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.empty((B, H))\n"
        "    c_n = np.empty((B, H))\n"
        "    for b in range(B):               # one sequence at a time, only its real steps\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]         # keep a batch axis of 1\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    out_f, (hn_f, cn_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        x_rev[:L, b] = x[L - 1::-1, b]\n"
        "    out_r, (hn_r, cn_r) = lstm_layer_lengths(x_rev, lengths, h0[0], c0[0], *bwd)\n"
        "    out_b = np.zeros_like(out_r)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        out_b[:L, b] = out_r[L - 1::-1, b]\n"
        "    out = np.concatenate([out_f, out_b], axis=2)\n"
        "    return out, (np.stack([hn_f, hn_r]), np.stack([cn_f, cn_r]))\n",
    },
    {
        "id": "bl_dmitri_reverse_left_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction treats the batch as left-padded: its real steps are "
                "taken as t >= T - lengths[b] instead of t < lengths[b]",
                "must_mention": [
                    {"any": ["left", "beginning", "start of", "front", "leading", "t >= t - "]},
                    {"any": ["pad"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    L = np.asarray(lengths)\n"
        "    Yf, (hf, cf) = lstm_layer_lengths(x, L, h0[0], c0[0], *fwd)\n"
        "    # reverse recursion h_t = LSTM(x_t, h_{t+1}); it starts where the sequence ends:\n"
        "    # the real steps of column b are the last L_b ones\n"
        "    real = np.arange(T)[:, None] >= (T - L)[None, :]\n"
        "    Yb = np.zeros((T, B, H))\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_t, c_t = lstm_cell(x[t], h, c, *bwd)\n"
        "        m = real[t][:, None]\n"
        "        h, c = np.where(m, h_t, h), np.where(m, c_t, c)\n"
        "        Yb[t] = np.where(m, h_t, 0.0)\n"
        "    return np.concatenate([Yf, Yb], axis=2), (np.stack([hf, h]), np.stack([cf, "
        "c]))\n",
    },
    {
        "id": "bl_chiara_forward_state_not_frozen",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction's state is not frozen after each sequence's end "
                "(only its output is masked), so h_n[0], c_n[0] are the forward state "
                "after step T-1 instead of at step lengths[b] - 1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {
                        "any": [
                            "t-1",
                            "t - 1",
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "freez",
                            "frozen",
                            "keep",
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
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    real = np.arange(T)[:, None] < np.asarray(lengths)[None, :]   # (T, B)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    # forward: padding comes after the real steps, so only out needs masking\n"
        "    h, c = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, *fwd)\n"
        "        out[t, :, :H] = np.where(real[t][:, None], h, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # reverse: must start at each sequence's own last step\n"
        "    h, c = h0[1], c0[1]\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        m = real[t][:, None]\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = np.where(m, hn, 0.0)\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bl_anneke_reverse_skips_step0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop runs t = lengths[b]-1 down to 1 and never reads step 0: "
                "its final state misses x_0 and out[0]'s reverse half stays zero",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "off-by-one",
                            "off by one",
                            "out[0",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    fw_out, (fw_h, fw_c) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    bw_out = np.zeros((T, B, H))\n"
        "    bw_h = np.empty((B, H))\n"
        "    bw_c = np.empty((B, H))\n"
        "    for b, n in enumerate(np.asarray(lengths)):\n"
        "        h, c = h0[1, [b]], c0[1, [b]]\n"
        "        for t in range(n - 1, 0, -1):\n"
        "            h, c = lstm_cell(x[t, [b]], h, c, *bwd)\n"
        "            bw_out[t, b] = h[0]\n"
        "        bw_h[b], bw_c[b] = h[0], c[0]\n"
        "    return np.concatenate([fw_out, bw_out], -1), (np.stack([fw_h, bw_h]), "
        "np.stack([fw_c, bw_c]))\n",
    },
    {
        "id": "bl_bartosz_where_mask_shape_B",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "in the reverse loop np.where gets a (B,) mask, which broadcasts along the "
                "hidden units instead of the batch: it raises when B != H (B > 1) and "
                "masks the wrong entries when B == H; it needs shape (B, 1)",
                "must_mention": [
                    {"any": ["mask", "broadcast"]},
                    {"any": ["shape", "axis", "(b,)", "(b, 1)", "[:, none]"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, I = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.empty((B, H))\n"
        "    c_n = np.empty((B, H))\n"
        "    for b in range(B):               # one sequence at a time, only its real steps\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[b:b + 1], c0[b:b + 1]         # keep a batch axis of 1\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    fo, (fh, fc) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out[:, :, :H] = fo\n"
        "    h = h0[1].copy()\n"
        "    c = c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        keep = t < lengths           # which sequences have a real step t\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, *bwd)\n"
        "        h = np.where(keep, h_new, h)\n"
        "        c = np.where(keep, c_new, c)\n"
        "        out[t, :, H:] = np.where(keep, h_new, 0)\n"
        "    return out, (np.stack([fh, h]), np.stack([fc, c]))\n",
    },
    {
        "id": "bl_grace_reverses_x_in_place",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "x_rev is x itself, so reversing each sequence's real steps writes into "
                "the caller's x",
                "must_mention": [
                    {"any": ["x", "input", "argument"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "alter",
                            "wrote into",
                            "writes into",
                            "written into",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    lengths = np.asarray(lengths)\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    xr = x                                   # reverse each sequence's real part\n"
        "    for b, n in enumerate(lengths):\n"
        "        xr[:n, b] = xr[:n, b][::-1]\n"
        "    orr, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    for b, n in enumerate(lengths):\n"
        "        orr[:n, b] = orr[:n, b][::-1]\n"
        "    return np.concatenate([of, orr], 2), (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_ines_hn_stacked_on_axis1",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are stacked along axis 1, giving (B, 2, H) instead of (2, B, "
                "H) (silently wrong values when B == 2)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {
                        "any": [
                            "shape",
                            "axis",
                            "(2, b, h)",
                            "(b, 2, h)",
                            "layout",
                            "transpos",
                            "stack",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hh + (1.0 - m) * h          # keep the old state where the step is "
        "padding\n"
        "        c = m * cc + (1.0 - m) * c\n"
        "        outs.append(m * hh)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    idx = np.arange(T)[:, None].repeat(B, axis=1)        # (T, B) time index per "
        "column\n"
        "    for b in range(B):\n"
        "        n = int(lengths[b])\n"
        "        idx[:n, b] = np.arange(n)[::-1]\n"
        "    x_rev = np.take_along_axis(x, idx[:, :, None], axis=0)\n"
        "    y_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    y_r, (h_r, c_r) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    y_b = np.take_along_axis(y_r, idx[:, :, None], axis=0)\n"
        "    out = np.concatenate([y_f, y_b], axis=2)\n"
        "    return out, (np.stack([h_f, h_r], axis=1), np.stack([c_f, c_r], axis=1))\n",
    },
    {
        "id": "bl2_ines_flip_whole_and_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction flips the whole padded array instead of each "
                "sequence's own steps",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "whole",
                            "padding",
                            "padded",
                            "own last step",
                            "lengths[b] - 1",
                            "last real",
                            "step t - 1",
                            "step t-1",
                            "t-1",
                            "t - 1",
                            "own steps",
                            "per sequence",
                            "each sequence",
                        ]
                    },
                ],
            },
            {
                "what": "the halves of out are in the wrong order (reverse first)",
                "must_mention": [
                    {
                        "any": [
                            "swap",
                            "order",
                            "exchang",
                            "other way",
                            "halves",
                            "wrong half",
                            "first half",
                            "second half",
                        ]
                    },
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T = x.shape[0]\n"
        "    mask = (np.arange(T)[:, None] < np.asarray(lengths)[None, "
        ":]).astype(np.float64)   # (T, B)\n"
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hh, cc = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hh + (1.0 - m) * h          # keep the old state where the step is "
        "padding\n"
        "        c = m * cc + (1.0 - m) * c\n"
        "        outs.append(m * hh)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    y1, (h1, c1) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    y2, (h2, c2) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], *bwd)\n"
        "    y2 = np.flip(y2, 0)\n"
        "    return np.concatenate([y2, y1], axis=2), (np.stack([h1, h2]), np.stack([c1, "
        "c2]))\n",
    },
    {
        "id": "bl2_esther_not_unreversed_and_init_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are not put back into time order",
                "must_mention": [
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                    {
                        "any": [
                            "order",
                            "flip",
                            "position",
                            "put back",
                            "reading order",
                            "time order",
                            "un-revers",
                            "unrevers",
                            "mirror",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse direction starts from h0[0], c0[0] instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0", "starting state", "start"]},
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def _reverse_within(a, lengths):\n"
        "    r = np.zeros_like(a)\n"
        "    for b, n in enumerate(lengths):\n"
        "        r[:n, b] = a[n - 1::-1, b]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(_reverse_within(x, lengths), lengths, h0[0], "
        "c0[0], *bwd)\n"
        "    return np.concatenate([of, ob], axis=2), (np.array([hf, hb]), np.array([cf, "
        "cb]))\n",
    },
    {
        "id": "bl2_hiroshi_hn_from_out_and_padding_not_zero",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is read from the reverse output at each sequence's last "
                "real step (its first step) instead of its final state after step 0",
                "must_mention": [
                    "h_n",
                    {
                        "any": [
                            "reverse",
                            "backward direction",
                            "backward half",
                            "bwd",
                            "second direction",
                            "backward lstm",
                            "backwards",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse half of out is not zero on padding steps (holds the initial "
                "reverse state)",
                "must_mention": [
                    {"any": ["zero"]},
                    {"any": ["pad", "past", "after", "t >= lengths", "beyond"]},
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        alive = (t < lengths)[:, None]          # (B, 1): True where step t is real\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(alive, h_new, h)\n"
        "        c = np.where(alive, c_new, c)\n"
        "        out[t] = np.where(alive, h_new, 0.0)\n"
        "    return out, (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    y_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    lam_h, lam_c = h0[1], c0[1]\n"
        "    y_b = np.zeros((T, B, H))\n"
        "    for k in range(T - 1, -1, -1):\n"
        "        on = (k < lengths)[:, None]\n"
        "        ch, cc = lstm_cell(x[k], lam_h, lam_c, *bwd)\n"
        "        lam_h = np.where(on, ch, lam_h)\n"
        "        lam_c = np.where(on, cc, lam_c)\n"
        "        y_b[k] = lam_h\n"
        "    out = np.concatenate([y_f, y_b], axis=2)\n"
        "    # reverse final state: the reverse output where the sequence ends\n"
        "    h_b = y_b[lengths - 1, np.arange(B)]\n"
        "    return out, (np.stack([hf, h_b]), np.stack([cf, lam_c]))\n",
    },
    {
        "id": "bl2_chiara_forward_not_frozen_and_reverse_skips_step0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward state is not frozen past each length: h_n[0], c_n[0] are "
                "taken after step T-1",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state"]},
                    {
                        "any": [
                            "t-1",
                            "t - 1",
                            "padding",
                            "own last",
                            "lengths[b] - 1",
                            "last real",
                            "freez",
                            "frozen",
                            "keep",
                        ]
                    },
                ],
            },
            {
                "what": "the reverse loop stops at t = 1 and never reads step 0",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "x_0",
                            "t = 0",
                            "t=0",
                            "first step",
                            "off-by-one",
                            "off by one",
                            "out[0",
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[2]\n"
        "    lengths = np.asarray(lengths)\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf * (t < lengths)[:, None]\n"
        "    hb = np.zeros((B, H))\n"
        "    cb = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        h, c = h0[1, b][None], c0[1, b][None]\n"
        "        for t in range(lengths[b] - 1, 0, -1):\n"
        "            h, c = lstm_cell(x[t, b][None], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        hb[b], cb[b] = h[0], c[0]\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
]
