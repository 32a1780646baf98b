# ruff: noqa: E501, W291, W293  (student code kept verbatim, as its authors wrote it)
"""The twenty-eighth blind corpus, kept as its two authors wrote it (/work/blind28a and /work/blind28b,
split by graded names as for corpora 10-27; flattened here into one list): written from the
built book's notebooks, the students' guide and the eight exercise notebooks only, by authors who
never read lstm_ref, the tests or the other corpora (they imported a frozen copy of lstm_ref
alone, with no tests or corpora beside it, for their single run; both report having read nothing
else; author A saw one sample failure message in the students' guide, which is material), each
asked to invent a cast of at least ten students in a free online course of self-taught
programmers: code adapted from blog posts and tutorials with one of their conventions kept
(min-char-rnn, colah's peepholes, Keras and TensorFlow cells), small classes wired wrongly,
functional NumPy (apply_along_axis, vectorize, reduce over time), np.matrix, recursive loops,
arrays reused between steps, PyTorch's parameter names mixed up; a backward adapted from another
convention, caches wired wrongly, reversed() on lists, per-sequence loops with one boundary
wrong, one lstm_layer call reused for both directions. Author A's 23 wrong ScratchLSTM versions
are recorded edits of its four correct ones, as its README says. Run on 0528312 (after the
twenty-fifth round); the words a message must contain were fixed before its first run. First run
there, by the word test at seed 7: 180 of 188 wrong versions named (96%: author A 99 of 104,
author B 81 of 84; 170, 90%, by its authors' reading), 2 passing, no false alarm. See
tests/checks/test_corpus_blind5_10.py."""

ENTRIES = [
    {
        "id": "grace_sigmoid_ok",
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
        "    z = np.asarray(z, dtype=float)\n"
        "    ez = np.exp(-np.abs(z))          # always in (0, 1]\n"
        "    pos = 1.0 / (1.0 + ez)           # = sigma(|z|)\n"
        "    return np.where(z >= 0, pos, ez * pos)   # sigma(-|z|) = e^{-|z|} sigma(|z|)\n",
    },
    {
        "id": "lena_sigmoid_tanh_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "# sigma(z) = (1 + tanh(z/2)) / 2 ; tanh never overflows, so no branches needed\n"
        "sigmoid = lambda z: 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "oluwaseun_sigmoid_masks_ok",
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
        "    z = np.array(z, dtype=np.float64, copy=True)   # my own copy, never touch the "
        "caller's\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    neg = ~pos\n"
        "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[neg])                             # z < 0 here so exp(z) < 1\n"
        "    out[neg] = ez / (1.0 + ez)\n"
        "    assert out.shape == z.shape\n"
        "    return out\n",
    },
    {
        "id": "sven_sigmoid_logaddexp_ok",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z), and logaddexp is stable\n"
        "    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=np.float64)))\n",
    },
    {
        "id": "priya_sigmoid_karpathy_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "naive formula: np.exp(-z) overflows (RuntimeWarning) for large negative z "
                "such as -1000",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "# from min-char-rnn / lstm.py style helpers\n"
        "def sigmoid(x):\n"
        "    return 1.0 / (1.0 + np.exp(-x))\n",
    },
    {
        "id": "tomasz_sigmoid_where_both_branches",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.where evaluates both branches on every element, so np.exp(-z) and "
                "np.exp(z) still overflow (RuntimeWarning) at |z| = 1000 although the "
                "selected values are right",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    # the hint: for z < 0 use e^z / (1 + e^z)\n"
        "    return np.where(z >= 0,\n"
        "                    1.0 / (1.0 + np.exp(-z)),\n"
        "                    np.exp(z) / (1.0 + np.exp(z)))\n",
    },
    {
        "id": "diego_sigmoid_clip20",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "clips z to [-20, 20] before the formula, so sigmoid saturates too early: "
                "values for |z| > 20 are wrong by up to 2e-9 (e.g. sigma(30) or "
                "sigma(-30))",
                "must_mention": [
                    {"any": ["clip", "saturat", "large", "|z|", "20", "range", "magnitude"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # clip so that exp never blows up; sigmoid is flat out there anyway\n"
        "    z = np.clip(z, -20, 20)\n"
        "    return 1 / (1 + np.exp(-z))\n",
    },
    {
        "id": "sven_sigmoid_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "writes the result into the input array z, changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
                            "altered",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    # no temporaries: write the result straight into z (saves memory on big batches)\n"
        "    neg = z < 0\n"
        "    ez = np.exp(z[neg])\n"
        "    z[neg] = ez / (1.0 + ez)\n"
        "    z[~neg] = 1.0 / (1.0 + np.exp(-z[~neg]))\n"
        "    return z\n",
    },
    {
        "id": "beatriz_sigmoid_branch_swapped",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "branches swapped: returns sigma(-z) = 1 - sigma(z) (sign flipped) "
                "everywhere except 0",
                "must_mention": [
                    {
                        "any": [
                            "sign",
                            "-z",
                            "1 - ",
                            "1-",
                            "mirror",
                            "flip",
                            "swap",
                            "revers",
                            "negat",
                            "complement",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    # negative side: 1/(1+e), positive side: e/(1+e)\n"
        "    return np.where(z < 0, 1.0 / (1.0 + e), e / (1.0 + e))\n",
    },
    {
        "id": "lena_sigmoid_map_flat",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flat 1-D array (np.ravel) instead of the input's shape for 2-D "
                "and higher (and 0-d) input",
                "must_mention": [
                    {"any": ["shape", "flat", "ravel", "dimension", "ndim", "1-d", "axes"]}
                ],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "_s = lambda v: 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + "
        "math.exp(v))\n"
        "\n"
        "def sigmoid(z):\n"
        "    # one scalar at a time, no overflow possible in either branch\n"
        "    return np.array(list(map(_s, np.ravel(z))))\n",
    },
    {
        "id": "yuki_sigmoid_recursive_math",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "scalar formula 1/(1+exp(-z)) with math.exp raises OverflowError for large "
                "negative z (-1000)",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Recursive: peel off the first axis until we reach scalars."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    if z.ndim == 0:\n"
        "        return np.float64(1.0 / (1.0 + math.exp(-float(z))))\n"
        "    return np.array([sigmoid(part) for part in z], "
        "dtype=np.float64).reshape(z.shape)\n",
    },
    {
        "id": "diego_sigmoid_float32",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "converts to float32, so the result is float32 (not float64) and off by "
                "~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=np.float32)   # single precision is plenty for "
        "probabilities\n"
        "    out = np.empty_like(z)\n"
        "    p = z >= 0\n"
        "    out[p] = 1 / (1 + np.exp(-z[p]))\n"
        "    q = np.exp(z[~p])\n"
        "    out[~p] = q / (1 + q)\n"
        "    return out\n",
    },
    {
        "id": "sven_sigmoid_float32_naive",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "casts to float32: result is float32 and imprecise",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
            },
            {
                "what": "naive formula: np.exp(-z) overflows (RuntimeWarning) for large negative z",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = z.astype(np.float32)          # GPUs use float32, so do I\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "diego_sigmoid_clip_out_inplace",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "np.clip(..., out=z) overwrites the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
                            "altered",
                        ]
                    }
                ],
            },
            {
                "what": "clipping at +-15 saturates too early: sigma(20) is returned as sigma(15) "
                "= 1 - 3.1e-7 (and sigma(-20) similarly): values wrong for |z| > 15",
                "must_mention": [
                    {"any": ["clip", "saturat", "large", "|z|", "15", "range", "magnitude"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    np.clip(z, -15, 15, out=z)      # keep exp in range (in place, no copy)\n"
        "    return 1.0 / (1.0 + np.exp(-z))\n",
    },
    {
        "id": "lena_sigmoid_map_flat_signslip",
        "function": "sigmoid",
        "check": "check_sigmoid",
        "object": "sigmoid",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flat 1-D array instead of z's shape",
                "must_mention": [
                    {"any": ["shape", "flat", "ravel", "dimension", "ndim", "1-d", "axes"]}
                ],
            },
            {
                "what": "negative branch computes 1/(1+e^v) = sigma(-v) instead of e^v/(1+e^v): "
                "wrong values for z < 0",
                "must_mention": [{"any": ["negative", "z < 0", "z<0", "below zero", "sign", "-z"]}],
            },
        ],
        "source": "import math\n"
        "import numpy as np\n"
        "\n"
        "def _one(v):\n"
        "    if v >= 0:\n"
        "        return 1.0 / (1.0 + math.exp(-v))\n"
        "    return 1.0 / (1.0 + math.exp(v))     # hint branch, for negative v\n"
        "\n"
        "def sigmoid(z):\n"
        "    return np.fromiter(map(_one, np.ravel(z)), dtype=np.float64)\n",
    },
    {
        "id": "grace_gates_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Gate activations of one LSTM step. Returns (i, f, g, o), each (B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh        # (B, 4H)\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "marcus_gates_oo_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class GateBlock:\n"
        '    """One of the four stacked blocks of PyTorch\'s weights."""\n'
        "\n"
        "    def __init__(self, index, hidden, activation):\n"
        "        self.index = index\n"
        "        self.hidden = hidden\n"
        "        self.activation = activation\n"
        "\n"
        "    @property\n"
        "    def rows(self):\n"
        "        return slice(self.index * self.hidden, (self.index + 1) * self.hidden)\n"
        "\n"
        "    def __call__(self, x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "        r = self.rows\n"
        "        pre = x @ W_ih[r].T + h @ W_hh[r].T + b_ih[r] + b_hh[r]\n"
        "        return self.activation(pre)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        "    blocks = [GateBlock(k, H, act) for k, act in enumerate((sigmoid, sigmoid, "
        "np.tanh, sigmoid))]\n"
        "    return tuple(block(x, h, W_ih, W_hh, b_ih, b_hh) for block in blocks)\n",
    },
    {
        "id": "priya_gates_columns_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    # stable version (exercise 1)\n"
        "    out = np.empty_like(x, dtype=np.float64)\n"
        "    m = x >= 0\n"
        "    out[m] = 1.0 / (1.0 + np.exp(-x[m]))\n"
        "    ex = np.exp(x[~m])\n"
        "    out[~m] = ex / (1.0 + ex)\n"
        "    return out\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # karpathy-style: work with column vectors, one column per example\n"
        "    d = W_hh.shape[1]\n"
        "    X = x.T                                   # (I, B)\n"
        "    Hprev = h.T                               # (H, B)\n"
        "    IFGO = W_ih.dot(X) + W_hh.dot(Hprev) + (b_ih + b_hh)[:, np.newaxis]   # (4H, B)\n"
        "    IFGOf = np.empty_like(IFGO)\n"
        "    IFGOf[:3 * d] = sigmoid(IFGO[:3 * d])     # i, f ... wait g is tanh\n"
        "    IFGOf[2 * d:3 * d] = np.tanh(IFGO[2 * d:3 * d])\n"
        "    IFGOf[3 * d:] = sigmoid(IFGO[3 * d:])\n"
        "    i, f, g, o = (IFGOf[k * d:(k + 1) * d].T for k in range(4))\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "lena_gates_einsum_ok",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        '    pre = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + '
        "b_hh)\n"
        "    blocks = pre.reshape(B, 4, H)            # block k = rows k*H:(k+1)*H\n"
        "    acts = (sigmoid, sigmoid, np.tanh, sigmoid)\n"
        "    return tuple(map(lambda k: acts[k](blocks[:, k, :]), range(4)))\n",
    },
    {
        "id": "priya_gates_ifog_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "takes the blocks in the order i, f, o, g (Karpathy's IFOG) instead of "
                "PyTorch's i, f, g, o: g reads rows 3H:4H and o reads rows 2H:3H",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "2H:3H", "3H:4H", "W_ig", "W_io"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    d = h.shape[1]\n"
        "    IFOG = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    # lstm.py layout: sigmoids on the first 3 blocks (i, f, o), tanh on the last (g)\n"
        "    i = sigmoid(IFOG[:, :d])\n"
        "    f = sigmoid(IFOG[:, d:2 * d])\n"
        "    o = sigmoid(IFOG[:, 2 * d:3 * d])\n"
        "    g = np.tanh(IFOG[:, 3 * d:])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "tomasz_gates_tf_ijfo",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "uses TensorFlow's block order (i, j=g, f, o): f reads rows 2H:3H and g "
                "reads rows H:2H",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "H:2H", "2H:3H", "W_if", "W_ig"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    # same unpacking as tf.nn.rnn_cell.LSTMCell: i = input_gate, j = new_input, f = "
        "forget_gate, o = output_gate\n"
        "    i, j, f, o = np.split(z, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(j), sigmoid(o)\n",
    },
    {
        "id": "beatriz_gates_sigmoid_on_g",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {"what": "applies sigmoid to the cell gate g instead of tanh", "must_mention": ["tanh"]}
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = map(sigmoid, np.split(pre, 4, axis=1))   # four gates, four "
        "sigmoids\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "aisha_gates_concat_order",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "concatenates [x, h] but stacks the weights as [W_hh, W_ih]: the input is "
                "multiplied by (part of) the recurrent weights and vice versa",
                "must_mention": [
                    {"any": ["concat", "hstack", "W_hh", "W_ih", "swap", "order", "recurrent"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # colah: one big matrix acting on the concatenation [h_{t-1}, x_t]\n"
        "    W = np.hstack([W_hh, W_ih])          # (4H, H + I)\n"
        "    hx = np.hstack([x, h])               # (B, I + H)\n"
        "    b = b_ih + b_hh\n"
        "    z = hx @ W.T + b\n"
        "    H = h.shape[1]\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, H:2 * H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "marcus_gates_oo_untransposed_hh",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "recurrent term uses h @ W_h? instead of h @ W_h?.T: each gate's (H, H) "
                "block of W_hh is used transposed (no shape error because the block is "
                "square)",
                "must_mention": [
                    {"any": ["transpos", ".T"]},
                    {"any": ["W_hh", "recurrent", "hidden", "W_h"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class Gate:\n"
        "    def __init__(self, W, U, b, act):\n"
        "        self.W, self.U, self.b, self.act = W, U, b, act   # W: (H, I), U: (H, H), b: "
        "(H,)\n"
        "\n"
        "    def __call__(self, x, h):\n"
        "        return self.act(x @ self.W.T + h @ self.U + self.b)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        '    acts = {"i": sigmoid, "f": sigmoid, "g": np.tanh, "o": sigmoid}\n'
        "    gates = {}\n"
        '    for k, name in enumerate("ifgo"):\n'
        "        r = slice(k * H, (k + 1) * H)\n"
        "        gates[name] = Gate(W_ih[r], W_hh[r], b_ih[r] + b_hh[r], acts[name])\n"
        '    return tuple(gates[n](x, h) for n in "ifgo")\n',
    },
    {
        "id": "tomasz_gates_forget_bias_one",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "adds a constant +1 to the forget gate's pre-activation (Keras "
                "unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {"any": ["bias", "+1", "+ 1", "offset", "constant", "1.0", "shift"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    z_i, z_f, z_g, z_o = np.split(z, 4, axis=1)\n"
        "    # Keras unit_forget_bias / Jozefowicz et al.: +1 on the forget gate so it starts "
        "open\n"
        "    f = sigmoid(z_f + 1.0)\n"
        "    return sigmoid(z_i), f, np.tanh(z_g), sigmoid(z_o)\n",
    },
    {
        "id": "sven_gates_bias_inplace",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh modifies the caller's b_ih in place (a second call with the "
                "same arrays gives wrong gates)",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
                            "altered",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b_ih += b_hh                       # merge the two biases once, no extra array\n"
        "    pre = x @ W_ih.T\n"
        "    pre += h @ W_hh.T\n"
        "    pre += b_ih\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "diego_gates_squeeze_B1",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis when B = 1 (gates come back (H,) instead "
                "of (1, H)); it also breaks H = 1 or I = 1",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "axis",
                            "dimension",
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "(1,",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # np.squeeze so a single example becomes a plain vector, np.dot handles both\n"
        "    x = np.squeeze(x)\n"
        "    h = np.squeeze(h)\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=-1)\n"
        "    return sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n",
    },
    {
        "id": "beatriz_gates_forget_reads_input_rows",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "forget gate is computed from the input gate's rows 0:H (copy-paste) "
                "instead of H:2H",
                "must_mention": [
                    "forget",
                    {"any": ["rows", "0:H", "H:2H", "input gate", "block", "slice", "W_if"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, 0:H])\n"
        "    f = sigmoid(z[:, 0:H])\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    o = sigmoid(z[:, 3 * H:4 * H])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "grace_gates_split_default_axis",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.split without axis=1 splits along the batch axis: fails unless B is a "
                "multiple of 4, and then each 'gate' is B/4 whole rows of all 4H "
                "pre-activations",
                "must_mention": [{"any": ["axis", "split", "batch", "along"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4)\n"
        "    return sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n",
    },
    {
        "id": "hannah_gates_single_bias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "leaves out b_hh: only b_ih is added",
                "must_mention": [{"any": ["b_hh", "bias_hh", "bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    # b_ih and b_hh are redundant (only their sum matters), nn.LSTM's first one is "
        "enough\n"
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    return sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n",
    },
    {
        "id": "priya_gates_ifog_naive_sigmoid",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "block order i, f, o, g (IFOG) instead of i, f, g, o: g and o read each "
                "other's rows",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "2H:3H", "3H:4H", "W_ig", "W_io"]}
                ],
            },
            {
                "what": "naive sigmoid 1/(1+exp(-x)) overflows (RuntimeWarning) for large negative "
                "pre-activations",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "sigmoid = lambda x: 1.0 / (1.0 + np.exp(-x))   # from lstm.py\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    d = h.shape[1]\n"
        "    IFOG = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    IFOGf = np.empty_like(IFOG)\n"
        "    IFOGf[:, :3 * d] = sigmoid(IFOG[:, :3 * d])\n"
        "    IFOGf[:, 3 * d:] = np.tanh(IFOG[:, 3 * d:])\n"
        "    i, f, o, g = IFOGf[:, :d], IFOGf[:, d:2 * d], IFOGf[:, 2 * d:3 * d], IFOGf[:, 3 * "
        "d:]\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "tomasz_gates_forget_bias_single_bias",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "leaves out b_hh (Keras has a single bias)",
                "must_mention": [{"any": ["b_hh", "bias_hh", "bias"]}],
            },
            {
                "what": "adds +1 to the forget gate pre-activation (unit_forget_bias)",
                "must_mention": [
                    "forget",
                    {"any": ["bias", "+1", "+ 1", "offset", "constant", "1.0", "shift"]},
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    kernel, recurrent_kernel, bias = W_ih.T, W_hh.T, b_ih   # Keras names\n"
        "    z = x @ kernel + h @ recurrent_kernel + bias\n"
        "    H = recurrent_kernel.shape[0]\n"
        "    z_i, z_f, z_c, z_o = z[:, :H], z[:, H:2 * H], z[:, 2 * H:3 * H], z[:, 3 * H:]\n"
        "    i = sigmoid(z_i)\n"
        "    f = sigmoid(z_f + 1.0)        # unit_forget_bias=True\n"
        "    c = np.tanh(z_c)\n"
        "    o = sigmoid(z_o)\n"
        "    return i, f, c, o\n",
    },
    {
        "id": "marcus_gates_oo_untransposed_sigmoid_g",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "each gate's recurrent block is used untransposed (h @ U instead of h @ "
                "U.T)",
                "must_mention": [
                    {"any": ["transpos", ".T"]},
                    {"any": ["W_hh", "recurrent", "hidden", "W_h"]},
                ],
            },
            {
                "what": "all four gates go through sigmoid: g should use tanh",
                "must_mention": ["tanh"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "class Gate:\n"
        "    def __init__(self, W, U, b):\n"
        "        self.W, self.U, self.b = W, U, b\n"
        "\n"
        "    def pre(self, x, h):\n"
        "        return x @ self.W.T + h @ self.U + self.b\n"
        "\n"
        "    def __call__(self, x, h):\n"
        "        return sigmoid(self.pre(x, h))\n"
        "\n"
        "\n"
        "class LSTMGates:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        H = W_hh.shape[1]\n"
        "        self.gates = [Gate(W_ih[k*H:(k+1)*H], W_hh[k*H:(k+1)*H], b_ih[k*H:(k+1)*H] + "
        "b_hh[k*H:(k+1)*H])\n"
        "                      for k in range(4)]\n"
        "\n"
        "    def __call__(self, x, h):\n"
        "        return tuple(gate(x, h) for gate in self.gates)\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    return LSTMGates(W_ih, W_hh, b_ih, b_hh)(x, h)\n",
    },
    {
        "id": "sven_gates_bias_inplace_float32",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "b_ih += b_hh changes the caller's b_ih",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
                            "altered",
                        ]
                    }
                ],
            },
            {
                "what": "casts the pre-activations to float32: gates are float32 and off by ~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    b_ih += b_hh                                  # fuse biases in place\n"
        "    pre = (x @ W_ih.T + h @ W_hh.T + b_ih).astype(np.float32)   # half the memory\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    return sigmoid(i).astype(np.float32), sigmoid(f).astype(np.float32), np.tanh(g), "
        "sigmoid(o).astype(np.float32)\n",
    },
    {
        "id": "diego_gates_squeeze_hidden_from_W",
        "function": "lstm_gates",
        "check": "check_lstm_gates",
        "object": "lstm_gates",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis for B = 1",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "axis",
                            "dimension",
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "(1,",
                        ]
                    }
                ],
            },
            {
                "what": "takes the hidden size from W_ih.shape[1], which is the input size I: "
                "blocks are cut at multiples of I, wrong whenever I != H",
                "must_mention": [
                    {
                        "any": [
                            "hidden size",
                            "input size",
                            "W_ih.shape",
                            "slice",
                            "block",
                            "rows",
                            "I != H",
                            "size",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    z = np.asarray(z, dtype=float)\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def lstm_gates(x, h, W_ih, W_hh, b_ih, b_hh):\n"
        "    x, h = np.squeeze(x), np.squeeze(h)      # vectors for a single example\n"
        "    n = W_ih.shape[1]                        # hidden size\n"
        "    z = np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh\n"
        "    i = sigmoid(z[..., 0:n])\n"
        "    f = sigmoid(z[..., n:2 * n])\n"
        "    g = np.tanh(z[..., 2 * n:3 * n])\n"
        "    o = sigmoid(z[..., 3 * n:4 * n])\n"
        "    return i, f, g, o\n",
    },
    {
        "id": "grace_cell_ok",
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
        '    """One LSTM step. Returns (h_next, c_next), each (B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "priya_cell_columns_ok",
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
        "    # column convention (one example per column), like lstm.py\n"
        "    d = W_hh.shape[1]\n"
        "    IFGO = W_ih.dot(x.T) + W_hh.dot(h.T) + b_ih[:, None] + b_hh[:, None]   # (4H, B)\n"
        "    i = sigmoid(IFGO[0:d])\n"
        "    f = sigmoid(IFGO[d:2*d])\n"
        "    g = np.tanh(IFGO[2*d:3*d])\n"
        "    o = sigmoid(IFGO[3*d:])\n"
        "    C = f * c.T + i * g          # (H, B)\n"
        "    Hout = o * np.tanh(C)\n"
        "    return Hout.T.copy(), C.T.copy()\n",
    },
    {
        "id": "marcus_cell_oo_ok",
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
        "class LSTMCellNP:\n"
        '    GATE_NAMES = ("input", "forget", "cell", "output")\n'
        "\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self._W_ih, self._W_hh = W_ih, W_hh\n"
        "        self._b = b_ih + b_hh\n"
        "\n"
        "    @property\n"
        "    def hidden_size(self):\n"
        "        return self._W_hh.shape[1]\n"
        "\n"
        "    def block(self, name):\n"
        "        k = self.GATE_NAMES.index(name)\n"
        "        H = self.hidden_size\n"
        "        return slice(k * H, (k + 1) * H)\n"
        "\n"
        "    def preactivation(self, name, x, h):\n"
        "        r = self.block(name)\n"
        "        return x @ self._W_ih[r].T + h @ self._W_hh[r].T + self._b[r]\n"
        "\n"
        "    def __call__(self, x, h, c):\n"
        '        i = sigmoid(self.preactivation("input", x, h))\n'
        '        f = sigmoid(self.preactivation("forget", x, h))\n'
        '        g = np.tanh(self.preactivation("cell", x, h))\n'
        '        o = sigmoid(self.preactivation("output", x, h))\n'
        "        new_c = f * c + i * g\n"
        "        return o * np.tanh(new_c), new_c\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    return LSTMCellNP(W_ih, W_hh, b_ih, b_hh)(x, h, c)\n",
    },
    {
        "id": "lena_cell_functional_ok",
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
        "from functools import partial\n"
        "\n"
        "ACTIVATIONS = (sigmoid, sigmoid, np.tanh, sigmoid)\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    affine = lambda W, v, b: v @ W.T + b\n"
        "    pre = affine(W_ih, x, b_ih) + affine(W_hh, h, b_hh)\n"
        "    i, f, g, o = (act(p) for act, p in zip(ACTIVATIONS, np.array_split(pre, 4, "
        "axis=-1)))\n"
        "    c_next = np.add(np.multiply(f, c), np.multiply(i, g))\n"
        "    return np.multiply(o, np.tanh(c_next)), c_next\n",
    },
    {
        "id": "grace_cell_old_c_in_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the previous cell state c (c_{t-1}) instead of the "
                "new c_next",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "c_{t-1}",
                            "c_prev",
                            "input c",
                            "given c",
                            "before",
                            "instead of c_next",
                            "not c_next",
                            "stale",
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
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "hannah_cell_returns_c_first",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
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
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "    ingate, forgetgate, outgate = sigmoid(ingate), sigmoid(forgetgate), "
        "sigmoid(outgate)\n"
        "    cellgate = np.tanh(cellgate)\n"
        "    cy = forgetgate * c + ingate * cellgate\n"
        "    hy = outgate * np.tanh(cy)\n"
        "    return cy, hy\n",
    },
    {
        "id": "aisha_cell_peephole",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds peephole terms (the cell state added to the i, f and o "
                "pre-activations), which nn.LSTMCell does not have",
                "must_mention": [
                    {"any": ["peephole", "cell state", "c_prev", "c_{t-1}", "adds c", "+ c"]}
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        '    # colah, "peephole connections": the gates also look at the cell state\n'
        "    i = sigmoid(z[:, :H] + c)\n"
        "    f = sigmoid(z[:, H:2*H] + c)\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    c_new = f * c + i * g\n"
        "    o = sigmoid(z[:, 3*H:] + c_new)\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    return h_new, c_new\n",
    },
    {
        "id": "aisha_cell_coupled_gates",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "input gate is 1 - f (coupled gates) instead of sigmoid of its own rows "
                "0:H",
                "must_mention": [
                    "input",
                    {"any": ["1 - f", "1-f", "coupled", "rows", "0:H", "W_ii", "forget"]},
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    f = sigmoid(z[:, H:2*H])\n"
        "    i = 1.0 - f                      # coupled forget/input gates (colah's variant): "
        "forget only to add\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "sven_cell_inplace_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place (c *= f; c += i*g): changes the caller's array c and "
                "returns it",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
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
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f            # update the state in place\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "diego_cell_np_matrix",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "with np.matrix, i * g is a matrix product, not elementwise: wrong values "
                "(B == H) or a shape error",
                "must_mention": [
                    {
                        "any": [
                            "matrix",
                            "matmul",
                            "elementwise",
                            "element-wise",
                            "product",
                            "i * g",
                            "i*g",
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
        "    x, h, c = np.matrix(x), np.matrix(h), np.matrix(c)\n"
        "    W_ih, W_hh = np.matrix(W_ih), np.matrix(W_hh)\n"
        "    z = x * W_ih.T + h * W_hh.T + b_ih + b_hh          # matrix products\n"
        "    H = h.shape[1]\n"
        "    i = np.matrix(sigmoid(z[:, :H]))\n"
        "    f = np.matrix(sigmoid(z[:, H:2*H]))\n"
        "    g = np.matrix(np.tanh(z[:, 2*H:3*H]))\n"
        "    o = np.matrix(sigmoid(z[:, 3*H:]))\n"
        "    c_next = np.multiply(f, c) + i * g\n"
        "    h_next = np.multiply(o, np.tanh(c_next))\n"
        "    return np.asarray(h_next), np.asarray(c_next)\n",
    },
    {
        "id": "priya_cell_columns_bias_broadcast",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "in the column layout (4H, B), the (4H,) biases broadcast along the batch "
                "axis instead of the rows (missing [:, None]): error for most B, and for B "
                "= 1 a (4H, 4H) result, so wrong shapes",
                "must_mention": [{"any": ["bias", "broadcast", "b_ih", "b_hh"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    d = W_hh.shape[1]\n"
        "    IFGO = W_ih.dot(x.T) + W_hh.dot(h.T) + b_ih + b_hh     # (4H, B)\n"
        "    i = sigmoid(IFGO[0:d]); f = sigmoid(IFGO[d:2*d])\n"
        "    g = np.tanh(IFGO[2*d:3*d]); o = sigmoid(IFGO[3*d:])\n"
        "    C = f * c.T + i * g\n"
        "    Hout = o * np.tanh(C)\n"
        "    return Hout.T, C.T\n",
    },
    {
        "id": "beatriz_cell_no_tanh_c",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = o * c_next: the tanh of the cell state is missing",
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
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = np.split(pre, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "oluwaseun_cell_tanh_outside",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next = tanh(o * c_next) instead of o * tanh(c_next): the output gate is "
                "applied inside the tanh",
                "must_mention": [
                    "tanh",
                    {"any": ["output gate", "o ", "o*", "o *", "inside", "order", "outside"]},
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
        "    assert x.shape[0] == B and W_ih.shape == (4 * H, x.shape[1])\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h_next = np.tanh(sigmoid(o) * c_next)\n"
        "    assert h_next.shape == c_next.shape == (B, H)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "yuki_cell_missing_input_gate",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "c_next = f * c + g: the candidate g is not multiplied by the input gate i",
                "must_mention": [
                    {
                        "any": [
                            "input gate",
                            "i * g",
                            "i*g",
                            "i_t",
                            "i ⊙ g",
                            "multiplied by i",
                            "gate i",
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
        "    H = h.shape[-1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = (sigmoid(z[:, s:s + H]) for s in (0, H, 3 * H))\n"
        "    g = np.tanh(z[:, 2 * H:3 * H])\n"
        "    c_next = f * c + g          # new memory\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "lena_cell_f_i_swapped_roles",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "the input and forget gates swap roles in the cell update: c_next = i*c + "
                "f*g instead of f*c + i*g",
                "must_mention": ["forget", "input"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = [fn(p) for fn, p in zip([sigmoid, sigmoid, np.tanh, sigmoid], "
        "np.split(pre, 4, axis=1))]\n"
        "    c_next = i * c + f * g       # keep part of the old memory, add part of the new\n"
        "    return o * np.tanh(c_next), c_next\n",
    },
    {
        "id": "tomasz_cell_cell_clip",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "clips the new cell state to [-3, 3] (TensorFlow's cell_clip): wrong "
                "whenever |c_next| > 3",
                "must_mention": [{"any": ["clip", "clamp", "bound", "limit", "saturat"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "CELL_CLIP = 3.0   # like tf LSTMCell(cell_clip=...), keeps the memory from exploding\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    c_next = sigmoid(zf) * c + sigmoid(zi) * np.tanh(zg)\n"
        "    c_next = np.clip(c_next, -CELL_CLIP, CELL_CLIP)\n"
        "    h_next = sigmoid(zo) * np.tanh(c_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "sven_cell_reused_buffers",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the same module-level buffers on every call: a later call "
                "overwrites the arrays returned by an earlier one (and calling it with c "
                "equal to a previous c_next aliases input and output)",
                "must_mention": [
                    {
                        "any": [
                            "alias",
                            "buffer",
                            "same array",
                            "overwr",
                            "reuse",
                            "reused",
                            "shared",
                            "copy",
                            "later call",
                            "second call",
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
        "_buffers = {}\n"
        "\n"
        "def _buf(name, shape):\n"
        "    # allocate once per shape, reuse on every later step (no garbage in long loops)\n"
        "    key = (name, shape)\n"
        "    if key not in _buffers:\n"
        "        _buffers[key] = np.empty(shape)\n"
        "    return _buffers[key]\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    B, H = h.shape\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        '    c_next = _buf("c", (B, H))\n'
        '    h_next = _buf("h", (B, H))\n'
        "    np.multiply(f, c, out=c_next)\n"
        "    c_next += i * g\n"
        "    np.multiply(o, np.tanh(c_next), out=h_next)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "priya_cell_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "redefines sigmoid naively as 1/(1+exp(-x)): overflow warning for large "
                "negative pre-activations",
                "must_mention": ["overflow"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1.0 / (1.0 + np.exp(-x))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    d = W_hh.shape[1]\n"
        "    IFGO = x.dot(W_ih.T) + h.dot(W_hh.T) + b_ih + b_hh\n"
        "    IFGOf = np.zeros_like(IFGO)\n"
        "    IFGOf[:, :2 * d] = sigmoid(IFGO[:, :2 * d])\n"
        "    IFGOf[:, 2 * d:3 * d] = np.tanh(IFGO[:, 2 * d:3 * d])\n"
        "    IFGOf[:, 3 * d:] = sigmoid(IFGO[:, 3 * d:])\n"
        "    C = IFGOf[:, d:2 * d] * c + IFGOf[:, :d] * IFGOf[:, 2 * d:3 * d]\n"
        "    Hout = IFGOf[:, 3 * d:] * np.tanh(C)\n"
        "    return Hout, C\n",
    },
    {
        "id": "hannah_cell_W_ih_for_h",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "multiplies h by W_ih instead of W_hh (shape error when I != H, wrong "
                "values when I == H)",
                "must_mention": [
                    {"any": ["W_hh", "weight_hh", "recurrent weight", "hidden-to-hidden"]}
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
        "    gates = x @ W_ih.T + b_ih + h @ W_ih.T + b_hh\n"
        "    i, f, g, o = np.split(gates, 4, axis=1)\n"
        "    c1 = sigmoid(f) * c + sigmoid(i) * np.tanh(g)\n"
        "    h1 = sigmoid(o) * np.tanh(c1)\n"
        "    return h1, c1\n",
    },
    {
        "id": "oluwaseun_cell_old_c_swapped_return",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "h_next uses tanh of the previous c instead of c_next",
                "must_mention": [
                    {
                        "any": [
                            "old",
                            "previous",
                            "c_{t-1}",
                            "c_prev",
                            "input c",
                            "given c",
                            "before",
                            "instead of c_next",
                            "not c_next",
                            "stale",
                        ]
                    }
                ],
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
        "    B, H = h.shape\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = (pre[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)\n"
        "    h_next = o * np.tanh(c)\n"
        "    c_next = f * c + i * g\n"
        "    return c_next, h_next\n",
    },
    {
        "id": "hannah_cell_swapped_return_no_bhh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "returns (c_next, h_next) instead of (h_next, c_next)",
                "must_mention": [{"any": ["order", "swap", "exchang", "interchang"]}],
            },
            {"what": "b_hh is never added", "must_mention": [{"any": ["b_hh", "bias_hh", "bias"]}]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    gates = x @ W_ih.T + b_ih + h @ W_hh.T\n"
        "    ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "    cy = sigmoid(forgetgate) * c + sigmoid(ingate) * np.tanh(cellgate)\n"
        "    hy = sigmoid(outgate) * np.tanh(cy)\n"
        "    return cy, hy\n",
    },
    {
        "id": "sven_cell_inplace_naive_sigmoid",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "updates c in place, changing the caller's array",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
                            "altered",
                        ]
                    }
                ],
            },
            {
                "what": "naive sigmoid: overflow warning for large negative pre-activations",
                "must_mention": ["overflow"],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "def sigmoid(z):\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih + b_hh\n"
        "    H = c.shape[1]\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c *= f\n"
        "    c += i * g\n"
        "    return o * np.tanh(c), c\n",
    },
    {
        "id": "beatriz_cell_ifog_no_tanh",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "reads o from rows 2H:3H and g from rows 3H:4H (order i, f, o, g instead "
                "of i, f, g, o)",
                "must_mention": [
                    {"any": ["order", "swap", "exchang", "2H:3H", "3H:4H", "W_ig", "W_io"]}
                ],
            },
            {
                "what": "h_next = o * c_next: tanh of the cell state missing",
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
        "    H = h.shape[1]\n"
        "    pre = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(pre[:, 0:H])\n"
        "    f = sigmoid(pre[:, H:2*H])\n"
        "    o = sigmoid(pre[:, 2*H:3*H])\n"
        "    g = np.tanh(pre[:, 3*H:4*H])\n"
        "    c_next = f * c + i * g\n"
        "    h_next = o * c_next\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "aisha_cell_peephole_swapped_roles",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "adds peephole terms (+ c) to the input and forget gate pre-activations",
                "must_mention": [
                    {"any": ["peephole", "cell state", "c_prev", "c_{t-1}", "adds c", "+ c"]}
                ],
            },
            {
                "what": "input and forget gates swap roles in c_next = i*c + f*g",
                "must_mention": ["forget", "input"],
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(z[:, :H] + c)          # peepholes on i and f\n"
        "    f = sigmoid(z[:, H:2*H] + c)\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    o = sigmoid(z[:, 3*H:])\n"
        "    c_new = i * c + f * g\n"
        "    return o * np.tanh(c_new), c_new\n",
    },
    {
        "id": "diego_cell_float32_squeeze",
        "function": "lstm_cell",
        "check": "check_lstm_cell",
        "object": "lstm_cell",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze drops the batch axis for B = 1: results are (H,) instead of "
                "(1, H)",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "axis",
                            "dimension",
                            "squeeze",
                            "B=1",
                            "B = 1",
                            "batch of one",
                            "batch size 1",
                            "(1,",
                        ]
                    }
                ],
            },
            {
                "what": "casts to float32: results are float32, off by ~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
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
        "    x, h, c = np.squeeze(x), np.squeeze(h), np.squeeze(c)    # plain vectors for one "
        "example\n"
        "    n = W_hh.shape[1]\n"
        "    z = (np.dot(x, W_ih.T) + np.dot(h, W_hh.T) + b_ih + b_hh).astype(np.float32)\n"
        "    i, f = sigmoid(z[..., :n]), sigmoid(z[..., n:2*n])\n"
        "    g, o = np.tanh(z[..., 2*n:3*n]), sigmoid(z[..., 3*n:])\n"
        "    c_next = (f * c + i * g).astype(np.float32)\n"
        "    h_next = (o * np.tanh(c_next)).astype(np.float32)\n"
        "    return h_next, c_next\n",
    },
    {
        "id": "grace_layer_ok",
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
        "        x = np.swapaxes(x, 0, 1)                 # -> (T, B, I)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)                         # (T, B, H)\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "lena_layer_reduce_ok",
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
        "from functools import reduce\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    H = W_hh.shape[1]\n"
        "    B = xs.shape[1]\n"
        "    init = (np.zeros((B, H)) if h0 is None else h0,\n"
        "            np.zeros((B, H)) if c0 is None else c0,\n"
        "            ())\n"
        "    def step(acc, x_t):\n"
        "        h, c, hist = acc\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        return h, c, hist + (h,)\n"
        "    h_n, c_n, hist = reduce(step, xs, init)\n"
        "    out = np.stack(hist, axis=1 if batch_first else 0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "yuki_layer_generator_ok",
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
        "def _run(xs, h, c, params):\n"
        '    """Yield (h_t, c_t) for every step, carrying the state."""\n'
        "    for x_t in xs:\n"
        "        h, c = lstm_cell(x_t, h, c, *params)\n"
        "        yield h, c\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = x.transpose(1, 0, 2) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    h0 = np.zeros((B, H)) if h0 is None else h0\n"
        "    c0 = np.zeros((B, H)) if c0 is None else c0\n"
        "    states = list(_run(xs, h0, c0, (W_ih, W_hh, b_ih, b_hh)))\n"
        "    out = np.array([h for h, _ in states])\n"
        "    h_n, c_n = states[-1]\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "marcus_layer_oo_prealloc_ok",
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
        "class LSTMLayer:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "        self.params = (W_ih, W_hh, b_ih, b_hh)\n"
        "        self.batch_first = batch_first\n"
        "\n"
        "    @property\n"
        "    def hidden_size(self):\n"
        "        return self.params[1].shape[1]\n"
        "\n"
        "    def zeros(self, B):\n"
        "        return np.zeros((B, self.hidden_size))\n"
        "\n"
        "    def __call__(self, x, h0=None, c0=None):\n"
        "        seq = x.swapaxes(0, 1) if self.batch_first else x\n"
        "        T, B = seq.shape[:2]\n"
        "        h = self.zeros(B) if h0 is None else h0\n"
        "        c = self.zeros(B) if c0 is None else c0\n"
        "        out = np.empty((T, B, self.hidden_size))\n"
        "        for t in range(T):\n"
        "            h, c = lstm_cell(seq[t], h, c, *self.params)\n"
        "            out[t] = h\n"
        "        if self.batch_first:\n"
        "            out = out.swapaxes(0, 1)\n"
        "        return out, (h, c)\n"
        "\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    return LSTMLayer(W_ih, W_hh, b_ih, b_hh, batch_first)(x, h0, c0)\n",
    },
    {
        "id": "oluwaseun_layer_zeros_batch_from_axis0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True and h0/c0 None, the zero state is sized from "
                "x.shape[1] (which is T there), so it is (T, H) instead of (B, H): fails "
                "or broadcasts whenever T != B",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "None", "zero", "initial state", "h0"]}
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
        "    H = W_hh.shape[1]\n"
        "    B = x.shape[0] if batch_first else x.shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((x.shape[1], H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((x.shape[1], H))\n"
        "    xs = np.transpose(x, (1, 0, 2)) if batch_first else x\n"
        "    assert h0.shape == (B, H)\n"
        "    h, c = h0, c0\n"
        "    out = np.zeros((xs.shape[0], B, H))\n"
        "    for t in range(xs.shape[0]):\n"
        "        h, c = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    return (np.transpose(out, (1, 0, 2)) if batch_first else out), (h, c)\n",
    },
    {
        "id": "beatriz_layer_zeros_4H",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "hidden size taken from W_ih.shape[0], which is 4H: with h0=None the zero "
                "state is (B, 4H) and the step fails",
                "must_mention": [
                    {
                        "any": [
                            "4H",
                            "4 * H",
                            "4*H",
                            "hidden size",
                            "W_ih.shape",
                            "(B, 4H)",
                            "zero",
                            "None",
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
        "    H = W_ih.shape[0]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((B, H))\n"
        "        c0 = np.zeros((B, H))\n"
        "    h, c = h0, c0\n"
        "    out = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out.append(h)\n"
        "    out = np.stack(out)\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "sven_layer_alias_out",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same array h every step and then overwrites it in place: "
                "every out[t] equals the last h",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "alias",
                            "copy",
                            "in-place",
                            "in place",
                            "overwr",
                            "reference",
                            "every step",
                            "last step",
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
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0.copy()\n"
        "    c = np.zeros((B, H)) if c0 is None else c0.copy()\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[...] = h_new          # reuse the same state arrays every step\n"
        "        c[...] = c_new\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "priya_layer_out_shifted",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] stores the state before step t (h_{t-1}, h0 at t=0) instead of "
                "h_t: outputs shifted by one step",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "previous",
                            "h0",
                            "initial",
                            "lag",
                            "t-1",
                            "before",
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
        "    d = W_hh.shape[1]\n"
        "    hprev = np.zeros((B, d)) if h0 is None else h0\n"
        "    cprev = np.zeros((B, d)) if c0 is None else c0\n"
        "    Hout = np.zeros((T, B, d))\n"
        "    for t in range(T):\n"
        "        Hout[t] = hprev                     # hidden state at time t\n"
        "        hprev, cprev = lstm_cell(x[t], hprev, cprev, W_ih, W_hh, b_ih, b_hh)\n"
        "    if batch_first:\n"
        "        Hout = np.transpose(Hout, (1, 0, 2))\n"
        "    return Hout, (hprev, cprev)\n",
    },
    {
        "id": "tomasz_layer_batch_first_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "batch_first conversion uses reshape instead of a transpose (swapaxes), "
                "scrambling time and batch",
                "must_mention": [
                    {"any": ["reshape", "transpos", "swapaxes", "batch_first", "batch first"]}
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
        "    H = W_hh.shape[1]\n"
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)              # to time-major\n"
        "    T, B, I = x.shape\n"
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
        "id": "diego_layer_batch_first_out_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True, out is returned time-major (T, B, H) instead of "
                "(B, T, H)",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "(B, T, H)",
                            "transpos",
                            "swapaxes",
                            "time-major",
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
        "    X = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    T, B = X.shape[0], X.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    h = h0 if h0 is not None else np.zeros((B, H))\n"
        "    c = c0 if c0 is not None else np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(X[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t, :, :] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "yuki_layer_recursive_reversed",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the recursion appends h1 after the rest (rest + [h1]), so out is in "
                "reverse time order",
                "must_mention": [
                    {"any": ["revers", "backward", "order", "flipped", "last step first"]}
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
        "def _unroll(xs, h, c, params):\n"
        '    """Recursive unroll: returns the list of h\'s and the final state."""\n'
        "    if len(xs) == 0:\n"
        "        return [], (h, c)\n"
        "    h1, c1 = lstm_cell(xs[0], h, c, *params)\n"
        "    rest, final = _unroll(xs[1:], h1, c1, params)\n"
        "    return rest + [h1], final\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    if h0 is None: h0 = np.zeros((B, H))\n"
        "    if c0 is None: c0 = np.zeros((B, H))\n"
        "    hs, (h_n, c_n) = _unroll(xs, h0, c0, (W_ih, W_hh, b_ih, b_hh))\n"
        "    out = np.stack(hs)\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "yuki_layer_generator_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell state is not carried: every step starts from c0 (the new c is "
                "thrown away)",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c is not",
                            "carry",
                            "carried",
                            "c0",
                            "c_{t-1}",
                            "c_prev",
                            "previous c",
                            "initial c",
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
        "def _steps(xs, h, c, params):\n"
        "    for x_t in xs:\n"
        "        h, _ = lstm_cell(x_t, h, c, *params)\n"
        "        yield h, _\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    if h0 is None: h0 = np.zeros((B, H))\n"
        "    if c0 is None: c0 = np.zeros((B, H))\n"
        "    states = list(_steps(xs, h0, c0, (W_ih, W_hh, b_ih, b_hh)))\n"
        "    out = np.stack([s[0] for s in states])\n"
        "    h_n, c_n = states[-1]\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "hannah_layer_hn_with_layer_axis",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are returned (1, B, H), like nn.LSTM's, instead of (B, H) as "
                "asked",
                "must_mention": [
                    {"any": ["shape", "(B, H)", "(1, B, H)", "axis", "dimension", "extra"]}
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
        "    seq_len, batch, _ = x.shape\n"
        "    hidden = W_hh.shape[1]\n"
        "    hx = np.zeros((batch, hidden)) if h0 is None else h0\n"
        "    cx = np.zeros((batch, hidden)) if c0 is None else c0\n"
        "    output = []\n"
        "    for t in range(seq_len):\n"
        "        hx, cx = lstm_cell(x[t], hx, cx, W_ih, W_hh, b_ih, b_hh)\n"
        "        output.append(hx)\n"
        "    output = np.stack(output, 0)\n"
        "    if batch_first:\n"
        "        output = output.transpose(1, 0, 2)\n"
        "    # same as nn.LSTM: h_n is (num_layers * num_directions, batch, hidden)\n"
        "    return output, (hx[None], cx[None])\n",
    },
    {
        "id": "beatriz_layer_hn_first_step",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n are taken from the first step (index 0) instead of the last, t = "
                "T-1",
                "must_mention": [
                    {"any": ["last", "first", "T-1", "T - 1", "final", "step 0", "index 0"]}
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
        "    hs, cs = [], []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    out = np.stack(hs)\n"
        "    h_n, c_n = hs[0], cs[0]\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "lena_layer_reduce_out_is_c",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell states c_t (s[1]) instead of the hidden states h_t",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_t",
                            "c instead",
                            "instead of h",
                            "hidden state",
                            "c rather",
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
        "from functools import reduce\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.moveaxis(x, 1, 0) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    start = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "    def step(history, x_t):\n"
        "        h, c = history[-1]\n"
        "        return history + [lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)]\n"
        "    history = reduce(step, xs, [start])[1:]\n"
        "    out = np.stack([s[1] for s in history])          # the sequence of states\n"
        "    h_n, c_n = history[-1]\n"
        "    return (np.moveaxis(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "aisha_layer_starts_at_1",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "starts the loop at t = 1 (1-based): x_0 is never read and out[0] is the "
                "initial state h0",
                "must_mention": [
                    {
                        "any": [
                            "x_0",
                            "t=0",
                            "t = 0",
                            "step 0",
                            "first step",
                            "skip",
                            "off by one",
                            "off-by-one",
                            "range(1",
                            "h0",
                            "initial",
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
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.zeros((T, B, H))\n"
        "    out[0] = h                                       # h_0 is the initial state\n"
        "    for t in range(1, T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "sven_layer_mutates_h0",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "writes every new state into h0/c0 themselves (h[:] = ... with h = h0): "
                "the caller's h0 and c0 are changed",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    out = np.empty((T, B, H))\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)   # state lives in "
        "one buffer\n"
        "        out[t] = h\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "oluwaseun_layer_squeeze",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "np.squeeze on out drops the axes of size 1: out has the wrong shape (or "
                "the transpose fails) when T = 1, B = 1 or H = 1",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "shape",
                            "axis",
                            "dimension",
                            "T=1",
                            "T = 1",
                            "B=1",
                            "B = 1",
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
        "    hs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "    out = np.array(hs).squeeze()\n"
        "    if batch_first:\n"
        "        out = out.transpose(1, 0, 2)\n"
        "    assert h.shape == (B, H)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "tomasz_layer_flat_tuple",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns the flat triple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {"any": ["tuple", "nested", "(h_n, c_n)", "structure", "three", "3 ", "pair"]}
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
        "    seq = x.transpose(1, 0, 2) if batch_first else x\n"
        "    T, B, _ = seq.shape\n"
        "    units = W_hh.shape[1]\n"
        "    state_h = np.zeros((B, units)) if h0 is None else h0\n"
        "    state_c = np.zeros((B, units)) if c0 is None else c0\n"
        "    whole_seq = np.zeros((T, B, units))\n"
        "    for t in range(T):\n"
        "        state_h, state_c = lstm_cell(seq[t], state_h, state_c, W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "        whole_seq[t] = state_h\n"
        "    if batch_first:\n"
        "        whole_seq = whole_seq.transpose(1, 0, 2)\n"
        "    return whole_seq, state_h, state_c        # Keras return_sequences + "
        "return_state\n",
    },
    {
        "id": "priya_layer_shifted_bf_not_back",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out[t] holds h_{t-1} (the state before step t) instead of h_t",
                "must_mention": [
                    {
                        "any": [
                            "shift",
                            "off by one",
                            "off-by-one",
                            "one step",
                            "previous",
                            "h0",
                            "initial",
                            "lag",
                            "t-1",
                            "before",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True out is not put back to (B, T, H)",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "(B, T, H)",
                            "transpos",
                            "swapaxes",
                            "time-major",
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
        "        x = np.transpose(x, (1, 0, 2))\n"
        "    T, B, _ = x.shape\n"
        "    d = W_hh.shape[1]\n"
        "    hprev = np.zeros((B, d)) if h0 is None else h0\n"
        "    cprev = np.zeros((B, d)) if c0 is None else c0\n"
        "    Hout = np.zeros((T, B, d))\n"
        "    for t in range(T):\n"
        "        Hout[t] = hprev\n"
        "        hprev, cprev = lstm_cell(x[t], hprev, cprev, W_ih, W_hh, b_ih, b_hh)\n"
        "    return Hout, (hprev, cprev)\n",
    },
    {
        "id": "sven_layer_alias_and_mutate",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "appends the same array h every step and overwrites it: all out[t] equal "
                "the final h",
                "must_mention": [
                    {
                        "any": [
                            "same array",
                            "alias",
                            "copy",
                            "in-place",
                            "in place",
                            "overwr",
                            "reference",
                            "every step",
                            "last step",
                            "all steps",
                        ]
                    }
                ],
            },
            {
                "what": "h = h0 and h[:] = ... writes into the caller's h0 and c0",
                "must_mention": [
                    {
                        "any": [
                            "modif",
                            "chang",
                            "in-place",
                            "in place",
                            "mutat",
                            "overwr",
                            "writes into",
                            "altered",
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
        "        x = x.swapaxes(0, 1)\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h = np.zeros((B, H)) if h0 is None else h0\n"
        "    c = np.zeros((B, H)) if c0 is None else c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h[:], c[:] = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    out = np.stack(outs)\n"
        "    if batch_first:\n"
        "        out = out.swapaxes(0, 1)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "yuki_layer_reversed_c_not_carried",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is in reverse time order (the recursion appends the current step "
                "after the rest)",
                "must_mention": [
                    {"any": ["revers", "backward", "order", "flipped", "last step first"]}
                ],
            },
            {
                "what": "the recursive call passes c (the old cell state) instead of c1: the cell "
                "state is not carried",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c is not",
                            "carry",
                            "carried",
                            "c0",
                            "c_{t-1}",
                            "c_prev",
                            "previous c",
                            "initial c",
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
        "def _unroll(xs, h, c, params):\n"
        "    if len(xs) == 0:\n"
        "        return []\n"
        "    h1, c1 = lstm_cell(xs[0], h, c, *params)\n"
        "    return _unroll(xs[1:], h1, c, params) + [(h1, c1)]\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    xs = np.swapaxes(x, 0, 1) if batch_first else x\n"
        "    B, H = xs.shape[1], W_hh.shape[1]\n"
        "    if h0 is None: h0 = np.zeros((B, H))\n"
        "    if c0 is None: c0 = np.zeros((B, H))\n"
        "    states = _unroll(xs, h0, c0, (W_ih, W_hh, b_ih, b_hh))\n"
        "    out = np.stack([s[0] for s in states])\n"
        "    h_n, c_n = states[0]                  # the deepest call is the last step\n"
        "    return (np.swapaxes(out, 0, 1) if batch_first else out), (h_n, c_n)\n",
    },
    {
        "id": "hannah_layer_hn_axis_zeros_batch",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are returned (1, B, H) instead of (B, H)",
                "must_mention": [
                    {"any": ["shape", "(B, H)", "(1, B, H)", "axis", "dimension", "extra"]}
                ],
            },
            {
                "what": "with batch_first=True and h0=None the zero state is sized from x.shape[1] "
                "(= T)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "None", "zero", "initial state", "h0"]}
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
        "    hidden = W_hh.shape[1]\n"
        "    batch = x.shape[1]\n"
        "    hx = np.zeros((batch, hidden)) if h0 is None else h0\n"
        "    cx = np.zeros((batch, hidden)) if c0 is None else c0\n"
        "    if batch_first:\n"
        "        x = x.transpose(1, 0, 2)\n"
        "    output = []\n"
        "    for x_t in x:\n"
        "        hx, cx = lstm_cell(x_t, hx, cx, W_ih, W_hh, b_ih, b_hh)\n"
        "        output.append(hx)\n"
        "    output = np.stack(output, 0)\n"
        "    if batch_first:\n"
        "        output = output.transpose(1, 0, 2)\n"
        "    return output, (hx[None], cx[None])\n",
    },
    {
        "id": "lena_layer_out_c_and_reshape",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out stacks the cell states c_t instead of h_t",
                "must_mention": [
                    {
                        "any": [
                            "cell state",
                            "c_t",
                            "c instead",
                            "instead of h",
                            "hidden state",
                            "c rather",
                        ]
                    }
                ],
            },
            {
                "what": "batch_first input converted with reshape instead of a transpose",
                "must_mention": [
                    {"any": ["reshape", "transpos", "swapaxes", "batch_first", "batch first"]}
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
        "from functools import reduce\n"
        "\n"
        "def lstm_layer(x, h0, c0, W_ih, W_hh, b_ih, b_hh, batch_first=False):\n"
        "    if batch_first:\n"
        "        B, T, I = x.shape\n"
        "        x = x.reshape(T, B, I)\n"
        "    B, H = x.shape[1], W_hh.shape[1]\n"
        "    start = (np.zeros((B, H)) if h0 is None else h0, np.zeros((B, H)) if c0 is None "
        "else c0)\n"
        "    hist = reduce(lambda acc, x_t: acc + [lstm_cell(x_t, *acc[-1], W_ih, W_hh, b_ih, "
        "b_hh)], x, [start])[1:]\n"
        "    out = np.stack([c for _, c in hist])\n"
        "    if batch_first:\n"
        "        out = np.moveaxis(out, 0, 1)\n"
        "    return out, hist[-1]\n",
    },
    {
        "id": "beatriz_layer_hn_first_squeeze",
        "function": "lstm_layer",
        "check": "check_lstm_layer",
        "object": "lstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n are from the first step instead of the last",
                "must_mention": [
                    {"any": ["last", "first", "T-1", "T - 1", "final", "step 0", "index 0"]}
                ],
            },
            {
                "what": "np.squeeze on out drops axes of size 1 (T = 1, B = 1 or H = 1)",
                "must_mention": [
                    {
                        "any": [
                            "squeeze",
                            "shape",
                            "axis",
                            "dimension",
                            "T=1",
                            "T = 1",
                            "B=1",
                            "B = 1",
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
        "    hs, cs = [], []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    out = np.squeeze(np.array(hs))\n"
        "    if batch_first:\n"
        "        out = np.swapaxes(out, 0, 1)\n"
        "    return out, (hs[0], cs[0])\n",
    },
    {
        "id": "grace_scratch_ok",
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
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for t in steps:\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
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
        "id": "grace_scratch_reverse_not_flipped",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in reading order (out[0] holds "
                "its state after x_{T-1}) instead of being put back in time order",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["order", "flip", "time", "index", "stored"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for n, t in enumerate(steps):\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
        "                    seq[n] = h          # n-th output of this direction\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "grace_scratch_state_rows_direction_major",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "h_0/h_n/c_n rows are indexed direction-major (d * num_layers + k) instead "
                "of k * D + d (layer 0 forward, layer 0 reverse, layer 1 forward, ...)",
                "must_mention": [
                    {"any": ["row", "order", "index", "k * D", "k*D", "layer by layer", "arrang"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * self.num_layers + layer   # direction-major\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for t in steps:\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
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
        "id": "grace_scratch_state_dict_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "state_dict returns a dict holding the module's own arrays (no copies): "
                "changing them changes the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "alias",
                            "same array",
                            "shares",
                            "changes the module",
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
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return dict(self.params)   # a new dict\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for t in steps:\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
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
        "id": "grace_scratch_bias_false_crash",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False the step still reads bias_ih/bias_hh from the parameters: "
                "KeyError when called",
                "must_mention": ["bias", {"any": ["False", "KeyError", "missing", "no bias"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        '        return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for t in steps:\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
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
        "id": "grace_scratch_hx_ignored",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the given hx is ignored: every layer and direction starts from zeros",
                "must_mention": [{"any": ["hx", "h_0", "h0", "initial state", "zeros"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        # initial state: zeros, as nn.LSTM\n"
        "        h0 = np.zeros((self.num_layers * D, B, H))\n"
        "        c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = layer * D + d\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for t in steps:\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
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
        "id": "grace_scratch_noflip_and_rows",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in reading order (out[0] holds "
                "its state after x_{T-1}) instead of being put back in time order",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["order", "flip", "time", "index", "stored"]},
                ],
            },
            {
                "what": "h_0/h_n/c_n rows are indexed direction-major (d * num_layers + k) instead "
                "of k * D + d (layer 0 forward, layer 0 reverse, layer 1 forward, ...)",
                "must_mention": [
                    {"any": ["row", "order", "index", "k * D", "k*D", "layer by layer", "arrang"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def _sigmoid(z):\n"
        "    e = np.exp(-np.abs(z))\n"
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "\n"
        "\n"
        "def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    a = x @ W_ih.T + h @ W_hh.T\n"
        "    if b_ih is not None:\n"
        "        a = a + b_ih + b_hh\n"
        "    i, f, g, o = np.split(a, 4, axis=1)\n"
        "    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)\n"
        "    h = _sigmoid(o) * np.tanh(c)\n"
        "    return h, c\n"
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
        "        self.params = {}\n"
        "        for layer in range(num_layers):\n"
        "            in_size = input_size if layer == 0 else hidden_size * self.D\n"
        '            for suffix in [""] + (["_reverse"] if bidirectional else []):\n'
        '                shapes = [("weight_ih", (4 * hidden_size, in_size)),\n'
        '                          ("weight_hh", (4 * hidden_size, hidden_size))]\n'
        "                if bias:\n"
        '                    shapes += [("bias_ih", (4 * hidden_size,)), ("bias_hh", (4 * '
        "hidden_size,))]\n"
        "                for name, shape in shapes:\n"
        '                    self.params[f"{name}_l{layer}{suffix}"] = rng.uniform(-k, k, '
        "size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: value.copy() for name, value in self.params.items()}\n"
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
        '                raise ValueError(f"{name}: expected shape {self.params[name].shape}, '
        'got {value.shape}")\n'
        "            self.params[name] = value.copy()\n"
        "\n"
        "    def _weights(self, layer, suffix):\n"
        "        p = self.params\n"
        '        W_ih, W_hh = p[f"weight_ih_l{layer}{suffix}"], '
        'p[f"weight_hh_l{layer}{suffix}"]\n'
        "        if self.bias:\n"
        '            return W_ih, W_hh, p[f"bias_ih_l{layer}{suffix}"], '
        'p[f"bias_hh_l{layer}{suffix}"]\n'
        "        return W_ih, W_hh, None, None\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        x = np.asarray(x, dtype=np.float64)\n"
        "        if self.batch_first:\n"
        "            x = x.transpose(1, 0, 2)\n"
        "        T, B, _ = x.shape\n"
        "        H, D = self.hidden_size, self.D\n"
        "        if hx is None:\n"
        "            h0 = np.zeros((self.num_layers * D, B, H))\n"
        "            c0 = np.zeros((self.num_layers * D, B, H))\n"
        "        else:\n"
        "            h0, c0 = hx\n"
        "        h_n = np.zeros((self.num_layers * D, B, H))\n"
        "        c_n = np.zeros((self.num_layers * D, B, H))\n"
        "        layer_in = x\n"
        "        for layer in range(self.num_layers):\n"
        "            outs = []\n"
        '            for d, suffix in enumerate(["", "_reverse"][:D]):\n'
        "                row = d * self.num_layers + layer   # direction-major\n"
        "                h, c = h0[row], c0[row]\n"
        "                w = self._weights(layer, suffix)\n"
        "                steps = range(T) if d == 0 else range(T - 1, -1, -1)\n"
        "                seq = np.zeros((T, B, H))\n"
        "                for n, t in enumerate(steps):\n"
        "                    h, c = _step(layer_in[t], h, c, *w)\n"
        "                    seq[n] = h          # n-th output of this direction\n"
        "                h_n[row], c_n[row] = h, c\n"
        "                outs.append(seq)\n"
        "            layer_in = np.concatenate(outs, axis=2)\n"
        "        out = layer_in\n"
        "        if self.batch_first:\n"
        "            out = out.transpose(1, 0, 2)\n"
        "        return out, (h_n, c_n)\n",
    },
    {
        "id": "marcus_scratch_oo_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class Direction:\n"
        '    """One direction of one layer; its parameters live in the owner\'s dict."""\n'
        "\n"
        "    def __init__(self, owner, layer, reverse):\n"
        "        self.owner, self.layer, self.reverse = owner, layer, reverse\n"
        "        self.sigmoid = Sigmoid()\n"
        "\n"
        "    @property\n"
        "    def suffix(self):\n"
        '        return f"_l{self.layer}" + ("_reverse" if self.reverse else "")\n'
        "\n"
        "    def param(self, kind):\n"
        "        return self.owner._params.get(kind + self.suffix)\n"
        "\n"
        "    def step(self, x, h, c):\n"
        '        a = x @ self.param("weight_ih").T + h @ self.param("weight_hh").T\n'
        "        if self.owner.bias:\n"
        '            a = a + self.param("bias_ih") + self.param("bias_hh")\n'
        "        H = h.shape[1]\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = self.sigmoid(f) * c + self.sigmoid(i) * np.tanh(g)\n"
        "        return self.sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.seed = seed\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        self.directions = [[Direction(self, k, r) for r in ((False, True) if "
        "bidirectional else (False,))]\n"
        "                           for k in range(num_layers)]\n"
        "        for k in range(num_layers):\n"
        "            for direction in self.directions[k]:\n"
        "                for name, shape in self._shapes(k):\n"
        "                    self._params[name + direction.suffix] = self._draw(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, k):\n"
        "        H = self.hidden_size\n"
        "        I = self.input_size if k == 0 else H * self.num_directions\n"
        '        shapes = [("weight_ih", (4 * H, I)), ("weight_hh", (4 * H, H))]\n'
        "        if self.bias:\n"
        '            shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "        return shapes\n"
        "\n"
        "    def _draw(self, shape):\n"
        "        bound = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        '"\n'
        '                           f"extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: shape {np.shape(v)} != '
        '{self._params[k].shape}")\n'
        "        self._params = {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B, _ = xs.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, layer in enumerate(self.directions):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(layer):\n"
        "                out, h, c = direction.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "marcus_scratch_reverse_hn_from_last_output",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the final hidden state of each direction is taken as out[-1]: for the "
                "reverse direction that is its state after x_{T-1} (its first step), not "
                "after x_0",
                "must_mention": [
                    {"any": ["revers", "backward"]},
                    {"any": ["h_n", "final", "last", "out[0", "x_0"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class Direction:\n"
        '    """One direction of one layer; its parameters live in the owner\'s dict."""\n'
        "\n"
        "    def __init__(self, owner, layer, reverse):\n"
        "        self.owner, self.layer, self.reverse = owner, layer, reverse\n"
        "        self.sigmoid = Sigmoid()\n"
        "\n"
        "    @property\n"
        "    def suffix(self):\n"
        '        return f"_l{self.layer}" + ("_reverse" if self.reverse else "")\n'
        "\n"
        "    def param(self, kind):\n"
        "        return self.owner._params.get(kind + self.suffix)\n"
        "\n"
        "    def step(self, x, h, c):\n"
        '        a = x @ self.param("weight_ih").T + h @ self.param("weight_hh").T\n'
        "        if self.owner.bias:\n"
        '            a = a + self.param("bias_ih") + self.param("bias_hh")\n'
        "        H = h.shape[1]\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = self.sigmoid(f) * c + self.sigmoid(i) * np.tanh(g)\n"
        "        return self.sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
        "        for t in order:\n"
        "            h, c = self.step(xs[t], h, c)\n"
        "            out[t] = h\n"
        "        return out, out[-1], c      # final hidden state = last output\n"
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
        "        self.seed = seed\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        self.directions = [[Direction(self, k, r) for r in ((False, True) if "
        "bidirectional else (False,))]\n"
        "                           for k in range(num_layers)]\n"
        "        for k in range(num_layers):\n"
        "            for direction in self.directions[k]:\n"
        "                for name, shape in self._shapes(k):\n"
        "                    self._params[name + direction.suffix] = self._draw(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, k):\n"
        "        H = self.hidden_size\n"
        "        I = self.input_size if k == 0 else H * self.num_directions\n"
        '        shapes = [("weight_ih", (4 * H, I)), ("weight_hh", (4 * H, H))]\n'
        "        if self.bias:\n"
        '            shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "        return shapes\n"
        "\n"
        "    def _draw(self, shape):\n"
        "        bound = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        '"\n'
        '                           f"extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: shape {np.shape(v)} != '
        '{self._params[k].shape}")\n'
        "        self._params = {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B, _ = xs.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, layer in enumerate(self.directions):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(layer):\n"
        "                out, h, c = direction.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "marcus_scratch_load_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the given arrays (no copies): later changes to "
                "state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "alias",
                            "same array",
                            "shares",
                            "later change",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class Direction:\n"
        '    """One direction of one layer; its parameters live in the owner\'s dict."""\n'
        "\n"
        "    def __init__(self, owner, layer, reverse):\n"
        "        self.owner, self.layer, self.reverse = owner, layer, reverse\n"
        "        self.sigmoid = Sigmoid()\n"
        "\n"
        "    @property\n"
        "    def suffix(self):\n"
        '        return f"_l{self.layer}" + ("_reverse" if self.reverse else "")\n'
        "\n"
        "    def param(self, kind):\n"
        "        return self.owner._params.get(kind + self.suffix)\n"
        "\n"
        "    def step(self, x, h, c):\n"
        '        a = x @ self.param("weight_ih").T + h @ self.param("weight_hh").T\n'
        "        if self.owner.bias:\n"
        '            a = a + self.param("bias_ih") + self.param("bias_hh")\n'
        "        H = h.shape[1]\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = self.sigmoid(f) * c + self.sigmoid(i) * np.tanh(g)\n"
        "        return self.sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.seed = seed\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        self.directions = [[Direction(self, k, r) for r in ((False, True) if "
        "bidirectional else (False,))]\n"
        "                           for k in range(num_layers)]\n"
        "        for k in range(num_layers):\n"
        "            for direction in self.directions[k]:\n"
        "                for name, shape in self._shapes(k):\n"
        "                    self._params[name + direction.suffix] = self._draw(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, k):\n"
        "        H = self.hidden_size\n"
        "        I = self.input_size if k == 0 else H * self.num_directions\n"
        '        shapes = [("weight_ih", (4 * H, I)), ("weight_hh", (4 * H, H))]\n'
        "        if self.bias:\n"
        '            shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "        return shapes\n"
        "\n"
        "    def _draw(self, shape):\n"
        "        bound = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        '"\n'
        '                           f"extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: shape {np.shape(v)} != '
        '{self._params[k].shape}")\n'
        "        self._params = dict(state)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B, _ = xs.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, layer in enumerate(self.directions):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(layer):\n"
        "                out, h, c = direction.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "marcus_scratch_bias_false_zero_params",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with bias=False it still creates bias_ih/bias_hh parameters (zeros), so "
                "state_dict has extra keys and loading nn.LSTM(bias=False)'s dict fails",
                "must_mention": ["bias", {"any": ["False", "extra", "key", "unexpected", "zero"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class Direction:\n"
        '    """One direction of one layer; its parameters live in the owner\'s dict."""\n'
        "\n"
        "    def __init__(self, owner, layer, reverse):\n"
        "        self.owner, self.layer, self.reverse = owner, layer, reverse\n"
        "        self.sigmoid = Sigmoid()\n"
        "\n"
        "    @property\n"
        "    def suffix(self):\n"
        '        return f"_l{self.layer}" + ("_reverse" if self.reverse else "")\n'
        "\n"
        "    def param(self, kind):\n"
        "        return self.owner._params.get(kind + self.suffix)\n"
        "\n"
        "    def step(self, x, h, c):\n"
        '        a = x @ self.param("weight_ih").T + h @ self.param("weight_hh").T\n'
        "        if self.owner.bias:\n"
        '            a = a + self.param("bias_ih") + self.param("bias_hh")\n'
        "        H = h.shape[1]\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = self.sigmoid(f) * c + self.sigmoid(i) * np.tanh(g)\n"
        "        return self.sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.seed = seed\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        self.directions = [[Direction(self, k, r) for r in ((False, True) if "
        "bidirectional else (False,))]\n"
        "                           for k in range(num_layers)]\n"
        "        for k in range(num_layers):\n"
        "            for direction in self.directions[k]:\n"
        "                for name, shape in self._shapes(k):\n"
        "                    self._params[name + direction.suffix] = (\n"
        "                        self._draw(shape) if (self.bias or not "
        'name.startswith("bias")) else np.zeros(shape))\n'
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, k):\n"
        "        H = self.hidden_size\n"
        "        I = self.input_size if k == 0 else H * self.num_directions\n"
        '        shapes = [("weight_ih", (4 * H, I)), ("weight_hh", (4 * H, H))]\n'
        '        shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]   # zeros when '
        "bias=False\n"
        "        return shapes\n"
        "\n"
        "    def _draw(self, shape):\n"
        "        bound = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        '"\n'
        '                           f"extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: shape {np.shape(v)} != '
        '{self._params[k].shape}")\n'
        "        self._params = {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B, _ = xs.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, layer in enumerate(self.directions):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(layer):\n"
        "                out, h, c = direction.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "marcus_scratch_fresh_rng_per_param",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "creates a new default_rng(seed) for every parameter, so all parameters of "
                "the same shape are identical (weight_ih_l0 == weight_ih_l0_reverse, "
                "bias_ih == bias_hh)",
                "must_mention": [
                    {
                        "any": [
                            "rng",
                            "seed",
                            "identical",
                            "equal",
                            "same values",
                            "generator",
                            "repeated",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class Direction:\n"
        '    """One direction of one layer; its parameters live in the owner\'s dict."""\n'
        "\n"
        "    def __init__(self, owner, layer, reverse):\n"
        "        self.owner, self.layer, self.reverse = owner, layer, reverse\n"
        "        self.sigmoid = Sigmoid()\n"
        "\n"
        "    @property\n"
        "    def suffix(self):\n"
        '        return f"_l{self.layer}" + ("_reverse" if self.reverse else "")\n'
        "\n"
        "    def param(self, kind):\n"
        "        return self.owner._params.get(kind + self.suffix)\n"
        "\n"
        "    def step(self, x, h, c):\n"
        '        a = x @ self.param("weight_ih").T + h @ self.param("weight_hh").T\n'
        "        if self.owner.bias:\n"
        '            a = a + self.param("bias_ih") + self.param("bias_hh")\n'
        "        H = h.shape[1]\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = self.sigmoid(f) * c + self.sigmoid(i) * np.tanh(g)\n"
        "        return self.sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.seed = seed\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        self.directions = [[Direction(self, k, r) for r in ((False, True) if "
        "bidirectional else (False,))]\n"
        "                           for k in range(num_layers)]\n"
        "        for k in range(num_layers):\n"
        "            for direction in self.directions[k]:\n"
        "                for name, shape in self._shapes(k):\n"
        "                    self._params[name + direction.suffix] = self._draw(shape)\n"
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, k):\n"
        "        H = self.hidden_size\n"
        "        I = self.input_size if k == 0 else H * self.num_directions\n"
        '        shapes = [("weight_ih", (4 * H, I)), ("weight_hh", (4 * H, H))]\n'
        "        if self.bias:\n"
        '            shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]\n'
        "        return shapes\n"
        "\n"
        "    def _draw(self, shape):\n"
        "        bound = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return np.random.default_rng(self.seed).uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        '"\n'
        '                           f"extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: shape {np.shape(v)} != '
        '{self._params[k].shape}")\n'
        "        self._params = {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "state.items()}\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B, _ = xs.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, layer in enumerate(self.directions):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(layer):\n"
        "                out, h, c = direction.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "marcus_scratch_load_no_copy_zero_bias",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "load_state_dict keeps the given arrays (no copies): later changes to "
                "state change the module",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "alias",
                            "same array",
                            "shares",
                            "later change",
                        ]
                    }
                ],
            },
            {
                "what": "with bias=False it still creates bias_ih/bias_hh parameters (zeros), so "
                "state_dict has extra keys and loading nn.LSTM(bias=False)'s dict fails",
                "must_mention": ["bias", {"any": ["False", "extra", "key", "unexpected", "zero"]}],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "class Sigmoid:\n"
        "    def __call__(self, z):\n"
        "        e = np.exp(-np.abs(z))\n"
        "        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "class Direction:\n"
        '    """One direction of one layer; its parameters live in the owner\'s dict."""\n'
        "\n"
        "    def __init__(self, owner, layer, reverse):\n"
        "        self.owner, self.layer, self.reverse = owner, layer, reverse\n"
        "        self.sigmoid = Sigmoid()\n"
        "\n"
        "    @property\n"
        "    def suffix(self):\n"
        '        return f"_l{self.layer}" + ("_reverse" if self.reverse else "")\n'
        "\n"
        "    def param(self, kind):\n"
        "        return self.owner._params.get(kind + self.suffix)\n"
        "\n"
        "    def step(self, x, h, c):\n"
        '        a = x @ self.param("weight_ih").T + h @ self.param("weight_hh").T\n'
        "        if self.owner.bias:\n"
        '            a = a + self.param("bias_ih") + self.param("bias_hh")\n'
        "        H = h.shape[1]\n"
        "        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))\n"
        "        c = self.sigmoid(f) * c + self.sigmoid(i) * np.tanh(g)\n"
        "        return self.sigmoid(o) * np.tanh(c), c\n"
        "\n"
        "    def run(self, xs, h, c):\n"
        "        T = xs.shape[0]\n"
        "        out = np.empty((T,) + h.shape)\n"
        "        order = reversed(range(T)) if self.reverse else range(T)\n"
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
        "        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, "
        "num_layers\n"
        "        self.bias, self.batch_first, self.bidirectional = bias, batch_first, "
        "bidirectional\n"
        "        self.seed = seed\n"
        "        self._rng = np.random.default_rng(seed)\n"
        "        self._params = {}\n"
        "        self.directions = [[Direction(self, k, r) for r in ((False, True) if "
        "bidirectional else (False,))]\n"
        "                           for k in range(num_layers)]\n"
        "        for k in range(num_layers):\n"
        "            for direction in self.directions[k]:\n"
        "                for name, shape in self._shapes(k):\n"
        "                    self._params[name + direction.suffix] = (\n"
        "                        self._draw(shape) if (self.bias or not "
        'name.startswith("bias")) else np.zeros(shape))\n'
        "\n"
        "    @property\n"
        "    def num_directions(self):\n"
        "        return 2 if self.bidirectional else 1\n"
        "\n"
        "    def _shapes(self, k):\n"
        "        H = self.hidden_size\n"
        "        I = self.input_size if k == 0 else H * self.num_directions\n"
        '        shapes = [("weight_ih", (4 * H, I)), ("weight_hh", (4 * H, H))]\n'
        '        shapes += [("bias_ih", (4 * H,)), ("bias_hh", (4 * H,))]   # zeros when '
        "bias=False\n"
        "        return shapes\n"
        "\n"
        "    def _draw(self, shape):\n"
        "        bound = 1.0 / np.sqrt(self.hidden_size)\n"
        "        return self._rng.uniform(-bound, bound, size=shape)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {k: np.array(v, dtype=np.float64, copy=True) for k, v in "
        "self._params.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        "        if set(state) != set(self._params):\n"
        '            raise KeyError(f"keys differ: missing {set(self._params) - set(state)}, '
        '"\n'
        '                           f"extra {set(state) - set(self._params)}")\n'
        "        for k, v in state.items():\n"
        "            if np.shape(v) != self._params[k].shape:\n"
        '                raise ValueError(f"{k}: shape {np.shape(v)} != '
        '{self._params[k].shape}")\n'
        "        self._params = dict(state)\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else np.asarray(x)\n"
        "        T, B, _ = xs.shape\n"
        "        D, H = self.num_directions, self.hidden_size\n"
        "        if hx is None:\n"
        "            hx = (np.zeros((self.num_layers * D, B, H)), np.zeros((self.num_layers * "
        "D, B, H)))\n"
        "        h0, c0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        for k, layer in enumerate(self.directions):\n"
        "            outs = []\n"
        "            for d, direction in enumerate(layer):\n"
        "                out, h, c = direction.run(xs, h0[k * D + d], c0[k * D + d])\n"
        "                outs.append(out)\n"
        "                h_n.append(h)\n"
        "                c_n.append(c)\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "hannah_scratch_torchlike_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Mirrors torch.nn.LSTM\'s attribute names (_flat_weights_names etc.)."""\n'
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
        "        num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / hidden_size ** 0.5\n"
        "        self._flat_weights_names = []\n"
        "        self._flat = {}\n"
        "        for layer in range(num_layers):\n"
        "            for direction in range(num_directions):\n"
        "                layer_input_size = input_size if layer == 0 else hidden_size * "
        "num_directions\n"
        '                suffix = "_reverse" if direction == 1 else ""\n'
        '                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]\n'
        "                if bias:\n"
        '                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]\n'
        "                names = [n.format(layer, suffix) for n in names]\n"
        "                shapes = [(4 * hidden_size, layer_input_size), (4 * hidden_size, "
        "hidden_size),\n"
        "                          (4 * hidden_size,), (4 * hidden_size,)]\n"
        "                for name, shape in zip(names, shapes):\n"
        "                    self._flat[name] = rng.uniform(-stdv, stdv, shape)\n"
        "                    self._flat_weights_names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: self._flat[name].copy() for name in self._flat_weights_names}\n"
        "\n"
        "    def load_state_dict(self, state_dict):\n"
        "        for name in self._flat_weights_names:\n"
        "            if name not in state_dict:\n"
        '                raise KeyError(f"missing key {name!r}")\n'
        "            if state_dict[name].shape != self._flat[name].shape:\n"
        '                raise ValueError(f"size mismatch for {name}: {state_dict[name].shape} '
        'vs {self._flat[name].shape}")\n'
        "        extra = set(state_dict) - set(self._flat_weights_names)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "        for name in self._flat_weights_names:\n"
        "            self._flat[name] = np.array(state_dict[name], dtype=np.float64)\n"
        "\n"
        "    def _cell(self, x, hx, cx, layer, suffix):\n"
        '        w_ih = self._flat[f"weight_ih_l{layer}{suffix}"]\n'
        '        w_hh = self._flat[f"weight_hh_l{layer}{suffix}"]\n'
        "        gates = x @ w_ih.T + hx @ w_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + self._flat[f"bias_ih_l{layer}{suffix}"] + '
        'self._flat[f"bias_hh_l{layer}{suffix}"]\n'
        "        ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "        cy = sigmoid(forgetgate) * cx + sigmoid(ingate) * np.tanh(cellgate)\n"
        "        hy = sigmoid(outgate) * np.tanh(cy)\n"
        "        return hy, cy\n"
        "\n"
        "    def __call__(self, input, hx=None):\n"
        "        if self.batch_first:\n"
        "            input = input.transpose(1, 0, 2)\n"
        "        seq_len, batch, _ = input.shape\n"
        "        num_directions = 2 if self.bidirectional else 1\n"
        "        if hx is None:\n"
        "            zeros = np.zeros((self.num_layers * num_directions, batch, "
        "self.hidden_size))\n"
        "            hx = (zeros, zeros)\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = input\n"
        "        for layer in range(self.num_layers):\n"
        "            fw_out = []\n"
        "            hy, cy = h_0[layer * num_directions], c_0[layer * num_directions]\n"
        "            for t in range(seq_len):\n"
        '                hy, cy = self._cell(layer_input[t], hy, cy, layer, "")\n'
        "                fw_out.append(hy)\n"
        "            h_n.append(hy)\n"
        "            c_n.append(cy)\n"
        "            outputs = [np.stack(fw_out)]\n"
        "            if self.bidirectional:\n"
        "                bw_out = []\n"
        "                hy, cy = h_0[layer * 2 + 1], c_0[layer * 2 + 1]\n"
        "                for t in reversed(range(seq_len)):\n"
        '                    hy, cy = self._cell(layer_input[t], hy, cy, layer, "_reverse")\n'
        "                    bw_out.append(hy)\n"
        "                h_n.append(hy)\n"
        "                c_n.append(cy)\n"
        "                outputs.append(np.stack(bw_out[::-1]))\n"
        "            layer_input = np.concatenate(outputs, axis=2)\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "hannah_scratch_reverse_key_names",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "names the reverse parameters weight_ih_reverse_l0 (suffix before the "
                "layer) instead of weight_ih_l0_reverse",
                "must_mention": [{"any": ["key", "name"]}, "reverse"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Mirrors torch.nn.LSTM\'s attribute names (_flat_weights_names etc.)."""\n'
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
        "        num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / hidden_size ** 0.5\n"
        "        self._flat_weights_names = []\n"
        "        self._flat = {}\n"
        "        for layer in range(num_layers):\n"
        "            for direction in range(num_directions):\n"
        "                layer_input_size = input_size if layer == 0 else hidden_size * "
        "num_directions\n"
        '                suffix = "_reverse" if direction == 1 else ""\n'
        '                names = ["weight_ih{1}_l{0}", "weight_hh{1}_l{0}"]\n'
        "                if bias:\n"
        '                    names += ["bias_ih{1}_l{0}", "bias_hh{1}_l{0}"]\n'
        "                names = [n.format(layer, suffix) for n in names]\n"
        "                shapes = [(4 * hidden_size, layer_input_size), (4 * hidden_size, "
        "hidden_size),\n"
        "                          (4 * hidden_size,), (4 * hidden_size,)]\n"
        "                for name, shape in zip(names, shapes):\n"
        "                    self._flat[name] = rng.uniform(-stdv, stdv, shape)\n"
        "                    self._flat_weights_names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: self._flat[name].copy() for name in self._flat_weights_names}\n"
        "\n"
        "    def load_state_dict(self, state_dict):\n"
        "        for name in self._flat_weights_names:\n"
        "            if name not in state_dict:\n"
        '                raise KeyError(f"missing key {name!r}")\n'
        "            if state_dict[name].shape != self._flat[name].shape:\n"
        '                raise ValueError(f"size mismatch for {name}: {state_dict[name].shape} '
        'vs {self._flat[name].shape}")\n'
        "        extra = set(state_dict) - set(self._flat_weights_names)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "        for name in self._flat_weights_names:\n"
        "            self._flat[name] = np.array(state_dict[name], dtype=np.float64)\n"
        "\n"
        "    def _cell(self, x, hx, cx, layer, suffix):\n"
        '        w_ih = self._flat[f"weight_ih{suffix}_l{layer}"]\n'
        '        w_hh = self._flat[f"weight_hh{suffix}_l{layer}"]\n'
        "        gates = x @ w_ih.T + hx @ w_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + self._flat[f"bias_ih{suffix}_l{layer}"] + '
        'self._flat[f"bias_hh{suffix}_l{layer}"]\n'
        "        ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "        cy = sigmoid(forgetgate) * cx + sigmoid(ingate) * np.tanh(cellgate)\n"
        "        hy = sigmoid(outgate) * np.tanh(cy)\n"
        "        return hy, cy\n"
        "\n"
        "    def __call__(self, input, hx=None):\n"
        "        if self.batch_first:\n"
        "            input = input.transpose(1, 0, 2)\n"
        "        seq_len, batch, _ = input.shape\n"
        "        num_directions = 2 if self.bidirectional else 1\n"
        "        if hx is None:\n"
        "            zeros = np.zeros((self.num_layers * num_directions, batch, "
        "self.hidden_size))\n"
        "            hx = (zeros, zeros)\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = input\n"
        "        for layer in range(self.num_layers):\n"
        "            fw_out = []\n"
        "            hy, cy = h_0[layer * num_directions], c_0[layer * num_directions]\n"
        "            for t in range(seq_len):\n"
        '                hy, cy = self._cell(layer_input[t], hy, cy, layer, "")\n'
        "                fw_out.append(hy)\n"
        "            h_n.append(hy)\n"
        "            c_n.append(cy)\n"
        "            outputs = [np.stack(fw_out)]\n"
        "            if self.bidirectional:\n"
        "                bw_out = []\n"
        "                hy, cy = h_0[layer * 2 + 1], c_0[layer * 2 + 1]\n"
        "                for t in reversed(range(seq_len)):\n"
        '                    hy, cy = self._cell(layer_input[t], hy, cy, layer, "_reverse")\n'
        "                    bw_out.append(hy)\n"
        "                h_n.append(hy)\n"
        "                c_n.append(cy)\n"
        "                outputs.append(np.stack(bw_out[::-1]))\n"
        "            layer_input = np.concatenate(outputs, axis=2)\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "hannah_scratch_forward_always_l0",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction always uses layer 0's parameters (_l0), in every "
                "layer",
                "must_mention": [{"any": ["layer", "_l0", "_l1", "l1"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Mirrors torch.nn.LSTM\'s attribute names (_flat_weights_names etc.)."""\n'
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
        "        num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / hidden_size ** 0.5\n"
        "        self._flat_weights_names = []\n"
        "        self._flat = {}\n"
        "        for layer in range(num_layers):\n"
        "            for direction in range(num_directions):\n"
        "                layer_input_size = input_size if layer == 0 else hidden_size * "
        "num_directions\n"
        '                suffix = "_reverse" if direction == 1 else ""\n'
        '                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]\n'
        "                if bias:\n"
        '                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]\n'
        "                names = [n.format(layer, suffix) for n in names]\n"
        "                shapes = [(4 * hidden_size, layer_input_size), (4 * hidden_size, "
        "hidden_size),\n"
        "                          (4 * hidden_size,), (4 * hidden_size,)]\n"
        "                for name, shape in zip(names, shapes):\n"
        "                    self._flat[name] = rng.uniform(-stdv, stdv, shape)\n"
        "                    self._flat_weights_names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: self._flat[name].copy() for name in self._flat_weights_names}\n"
        "\n"
        "    def load_state_dict(self, state_dict):\n"
        "        for name in self._flat_weights_names:\n"
        "            if name not in state_dict:\n"
        '                raise KeyError(f"missing key {name!r}")\n'
        "            if state_dict[name].shape != self._flat[name].shape:\n"
        '                raise ValueError(f"size mismatch for {name}: {state_dict[name].shape} '
        'vs {self._flat[name].shape}")\n'
        "        extra = set(state_dict) - set(self._flat_weights_names)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "        for name in self._flat_weights_names:\n"
        "            self._flat[name] = np.array(state_dict[name], dtype=np.float64)\n"
        "\n"
        "    def _cell(self, x, hx, cx, layer, suffix):\n"
        '        w_ih = self._flat[f"weight_ih_l{layer}{suffix}"]\n'
        '        w_hh = self._flat[f"weight_hh_l{layer}{suffix}"]\n'
        "        gates = x @ w_ih.T + hx @ w_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + self._flat[f"bias_ih_l{layer}{suffix}"] + '
        'self._flat[f"bias_hh_l{layer}{suffix}"]\n'
        "        ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "        cy = sigmoid(forgetgate) * cx + sigmoid(ingate) * np.tanh(cellgate)\n"
        "        hy = sigmoid(outgate) * np.tanh(cy)\n"
        "        return hy, cy\n"
        "\n"
        "    def __call__(self, input, hx=None):\n"
        "        if self.batch_first:\n"
        "            input = input.transpose(1, 0, 2)\n"
        "        seq_len, batch, _ = input.shape\n"
        "        num_directions = 2 if self.bidirectional else 1\n"
        "        if hx is None:\n"
        "            zeros = np.zeros((self.num_layers * num_directions, batch, "
        "self.hidden_size))\n"
        "            hx = (zeros, zeros)\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = input\n"
        "        for layer in range(self.num_layers):\n"
        "            fw_out = []\n"
        "            hy, cy = h_0[layer * num_directions], c_0[layer * num_directions]\n"
        "            for t in range(seq_len):\n"
        '                hy, cy = self._cell(layer_input[t], hy, cy, 0, "")\n'
        "                fw_out.append(hy)\n"
        "            h_n.append(hy)\n"
        "            c_n.append(cy)\n"
        "            outputs = [np.stack(fw_out)]\n"
        "            if self.bidirectional:\n"
        "                bw_out = []\n"
        "                hy, cy = h_0[layer * 2 + 1], c_0[layer * 2 + 1]\n"
        "                for t in reversed(range(seq_len)):\n"
        '                    hy, cy = self._cell(layer_input[t], hy, cy, layer, "_reverse")\n'
        "                    bw_out.append(hy)\n"
        "                h_n.append(hy)\n"
        "                c_n.append(cy)\n"
        "                outputs.append(np.stack(bw_out[::-1]))\n"
        "            layer_input = np.concatenate(outputs, axis=2)\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "hannah_scratch_reverse_uses_forward_weights",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward direction's parameters (no "
                "_reverse suffix)",
                "must_mention": ["reverse", {"any": ["weight", "param", "W_", "suffix"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Mirrors torch.nn.LSTM\'s attribute names (_flat_weights_names etc.)."""\n'
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
        "        num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / hidden_size ** 0.5\n"
        "        self._flat_weights_names = []\n"
        "        self._flat = {}\n"
        "        for layer in range(num_layers):\n"
        "            for direction in range(num_directions):\n"
        "                layer_input_size = input_size if layer == 0 else hidden_size * "
        "num_directions\n"
        '                suffix = "_reverse" if direction == 1 else ""\n'
        '                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]\n'
        "                if bias:\n"
        '                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]\n'
        "                names = [n.format(layer, suffix) for n in names]\n"
        "                shapes = [(4 * hidden_size, layer_input_size), (4 * hidden_size, "
        "hidden_size),\n"
        "                          (4 * hidden_size,), (4 * hidden_size,)]\n"
        "                for name, shape in zip(names, shapes):\n"
        "                    self._flat[name] = rng.uniform(-stdv, stdv, shape)\n"
        "                    self._flat_weights_names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: self._flat[name].copy() for name in self._flat_weights_names}\n"
        "\n"
        "    def load_state_dict(self, state_dict):\n"
        "        for name in self._flat_weights_names:\n"
        "            if name not in state_dict:\n"
        '                raise KeyError(f"missing key {name!r}")\n'
        "            if state_dict[name].shape != self._flat[name].shape:\n"
        '                raise ValueError(f"size mismatch for {name}: {state_dict[name].shape} '
        'vs {self._flat[name].shape}")\n'
        "        extra = set(state_dict) - set(self._flat_weights_names)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "        for name in self._flat_weights_names:\n"
        "            self._flat[name] = np.array(state_dict[name], dtype=np.float64)\n"
        "\n"
        "    def _cell(self, x, hx, cx, layer, suffix):\n"
        '        w_ih = self._flat[f"weight_ih_l{layer}{suffix}"]\n'
        '        w_hh = self._flat[f"weight_hh_l{layer}{suffix}"]\n'
        "        gates = x @ w_ih.T + hx @ w_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + self._flat[f"bias_ih_l{layer}{suffix}"] + '
        'self._flat[f"bias_hh_l{layer}{suffix}"]\n'
        "        ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "        cy = sigmoid(forgetgate) * cx + sigmoid(ingate) * np.tanh(cellgate)\n"
        "        hy = sigmoid(outgate) * np.tanh(cy)\n"
        "        return hy, cy\n"
        "\n"
        "    def __call__(self, input, hx=None):\n"
        "        if self.batch_first:\n"
        "            input = input.transpose(1, 0, 2)\n"
        "        seq_len, batch, _ = input.shape\n"
        "        num_directions = 2 if self.bidirectional else 1\n"
        "        if hx is None:\n"
        "            zeros = np.zeros((self.num_layers * num_directions, batch, "
        "self.hidden_size))\n"
        "            hx = (zeros, zeros)\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = input\n"
        "        for layer in range(self.num_layers):\n"
        "            fw_out = []\n"
        "            hy, cy = h_0[layer * num_directions], c_0[layer * num_directions]\n"
        "            for t in range(seq_len):\n"
        '                hy, cy = self._cell(layer_input[t], hy, cy, layer, "")\n'
        "                fw_out.append(hy)\n"
        "            h_n.append(hy)\n"
        "            c_n.append(cy)\n"
        "            outputs = [np.stack(fw_out)]\n"
        "            if self.bidirectional:\n"
        "                bw_out = []\n"
        "                hy, cy = h_0[layer * 2 + 1], c_0[layer * 2 + 1]\n"
        "                for t in reversed(range(seq_len)):\n"
        "                    hy, cy = self._cell(layer_input[t], hy, cy, layer, '')   # same "
        "cell, other way round\n"
        "                    bw_out.append(hy)\n"
        "                h_n.append(hy)\n"
        "                c_n.append(cy)\n"
        "                outputs.append(np.stack(bw_out[::-1]))\n"
        "            layer_input = np.concatenate(outputs, axis=2)\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "hannah_scratch_reverse_first_in_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "puts the reverse direction's outputs first: out[t] = [reverse h_t, "
                "forward h_t] instead of forward first (also what layer k+1 reads)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "concat",
                            "forward first",
                            "side by side",
                            "first half",
                            "swap",
                            "reverse first",
                            "halves",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Mirrors torch.nn.LSTM\'s attribute names (_flat_weights_names etc.)."""\n'
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
        "        num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / hidden_size ** 0.5\n"
        "        self._flat_weights_names = []\n"
        "        self._flat = {}\n"
        "        for layer in range(num_layers):\n"
        "            for direction in range(num_directions):\n"
        "                layer_input_size = input_size if layer == 0 else hidden_size * "
        "num_directions\n"
        '                suffix = "_reverse" if direction == 1 else ""\n'
        '                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]\n'
        "                if bias:\n"
        '                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]\n'
        "                names = [n.format(layer, suffix) for n in names]\n"
        "                shapes = [(4 * hidden_size, layer_input_size), (4 * hidden_size, "
        "hidden_size),\n"
        "                          (4 * hidden_size,), (4 * hidden_size,)]\n"
        "                for name, shape in zip(names, shapes):\n"
        "                    self._flat[name] = rng.uniform(-stdv, stdv, shape)\n"
        "                    self._flat_weights_names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: self._flat[name].copy() for name in self._flat_weights_names}\n"
        "\n"
        "    def load_state_dict(self, state_dict):\n"
        "        for name in self._flat_weights_names:\n"
        "            if name not in state_dict:\n"
        '                raise KeyError(f"missing key {name!r}")\n'
        "            if state_dict[name].shape != self._flat[name].shape:\n"
        '                raise ValueError(f"size mismatch for {name}: {state_dict[name].shape} '
        'vs {self._flat[name].shape}")\n'
        "        extra = set(state_dict) - set(self._flat_weights_names)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "        for name in self._flat_weights_names:\n"
        "            self._flat[name] = np.array(state_dict[name], dtype=np.float64)\n"
        "\n"
        "    def _cell(self, x, hx, cx, layer, suffix):\n"
        '        w_ih = self._flat[f"weight_ih_l{layer}{suffix}"]\n'
        '        w_hh = self._flat[f"weight_hh_l{layer}{suffix}"]\n'
        "        gates = x @ w_ih.T + hx @ w_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + self._flat[f"bias_ih_l{layer}{suffix}"] + '
        'self._flat[f"bias_hh_l{layer}{suffix}"]\n'
        "        ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "        cy = sigmoid(forgetgate) * cx + sigmoid(ingate) * np.tanh(cellgate)\n"
        "        hy = sigmoid(outgate) * np.tanh(cy)\n"
        "        return hy, cy\n"
        "\n"
        "    def __call__(self, input, hx=None):\n"
        "        if self.batch_first:\n"
        "            input = input.transpose(1, 0, 2)\n"
        "        seq_len, batch, _ = input.shape\n"
        "        num_directions = 2 if self.bidirectional else 1\n"
        "        if hx is None:\n"
        "            zeros = np.zeros((self.num_layers * num_directions, batch, "
        "self.hidden_size))\n"
        "            hx = (zeros, zeros)\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = input\n"
        "        for layer in range(self.num_layers):\n"
        "            fw_out = []\n"
        "            hy, cy = h_0[layer * num_directions], c_0[layer * num_directions]\n"
        "            for t in range(seq_len):\n"
        '                hy, cy = self._cell(layer_input[t], hy, cy, layer, "")\n'
        "                fw_out.append(hy)\n"
        "            h_n.append(hy)\n"
        "            c_n.append(cy)\n"
        "            outputs = [np.stack(fw_out)]\n"
        "            if self.bidirectional:\n"
        "                bw_out = []\n"
        "                hy, cy = h_0[layer * 2 + 1], c_0[layer * 2 + 1]\n"
        "                for t in reversed(range(seq_len)):\n"
        '                    hy, cy = self._cell(layer_input[t], hy, cy, layer, "_reverse")\n'
        "                    bw_out.append(hy)\n"
        "                h_n.append(hy)\n"
        "                c_n.append(cy)\n"
        "                outputs.insert(0, np.stack(bw_out[::-1]))\n"
        "            layer_input = np.concatenate(outputs, axis=2)\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "hannah_scratch_reverse_first_no_copy",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "puts the reverse direction's outputs first: out[t] = [reverse h_t, "
                "forward h_t] instead of forward first (also what layer k+1 reads)",
                "must_mention": [
                    {
                        "any": [
                            "order",
                            "concat",
                            "forward first",
                            "side by side",
                            "first half",
                            "swap",
                            "reverse first",
                            "halves",
                        ]
                    }
                ],
            },
            {
                "what": "state_dict returns the module's own arrays (no copies)",
                "must_mention": [
                    {
                        "any": [
                            "copy",
                            "copies",
                            "reference",
                            "alias",
                            "same array",
                            "shares",
                            "changes the module",
                        ]
                    }
                ],
            },
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        "    out = np.empty_like(z)\n"
        "    pos = z >= 0\n"
        "    out[pos] = 1 / (1 + np.exp(-z[pos]))\n"
        "    ez = np.exp(z[~pos])\n"
        "    out[~pos] = ez / (1 + ez)\n"
        "    return out\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        '    """Mirrors torch.nn.LSTM\'s attribute names (_flat_weights_names etc.)."""\n'
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
        "        num_directions = 2 if bidirectional else 1\n"
        "        rng = np.random.default_rng(seed)\n"
        "        stdv = 1.0 / hidden_size ** 0.5\n"
        "        self._flat_weights_names = []\n"
        "        self._flat = {}\n"
        "        for layer in range(num_layers):\n"
        "            for direction in range(num_directions):\n"
        "                layer_input_size = input_size if layer == 0 else hidden_size * "
        "num_directions\n"
        '                suffix = "_reverse" if direction == 1 else ""\n'
        '                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]\n'
        "                if bias:\n"
        '                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]\n'
        "                names = [n.format(layer, suffix) for n in names]\n"
        "                shapes = [(4 * hidden_size, layer_input_size), (4 * hidden_size, "
        "hidden_size),\n"
        "                          (4 * hidden_size,), (4 * hidden_size,)]\n"
        "                for name, shape in zip(names, shapes):\n"
        "                    self._flat[name] = rng.uniform(-stdv, stdv, shape)\n"
        "                    self._flat_weights_names.append(name)\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: self._flat[name] for name in self._flat_weights_names}\n"
        "\n"
        "    def load_state_dict(self, state_dict):\n"
        "        for name in self._flat_weights_names:\n"
        "            if name not in state_dict:\n"
        '                raise KeyError(f"missing key {name!r}")\n'
        "            if state_dict[name].shape != self._flat[name].shape:\n"
        '                raise ValueError(f"size mismatch for {name}: {state_dict[name].shape} '
        'vs {self._flat[name].shape}")\n'
        "        extra = set(state_dict) - set(self._flat_weights_names)\n"
        "        if extra:\n"
        '            raise KeyError(f"unexpected keys {sorted(extra)}")\n'
        "        for name in self._flat_weights_names:\n"
        "            self._flat[name] = np.array(state_dict[name], dtype=np.float64)\n"
        "\n"
        "    def _cell(self, x, hx, cx, layer, suffix):\n"
        '        w_ih = self._flat[f"weight_ih_l{layer}{suffix}"]\n'
        '        w_hh = self._flat[f"weight_hh_l{layer}{suffix}"]\n'
        "        gates = x @ w_ih.T + hx @ w_hh.T\n"
        "        if self.bias:\n"
        '            gates = gates + self._flat[f"bias_ih_l{layer}{suffix}"] + '
        'self._flat[f"bias_hh_l{layer}{suffix}"]\n'
        "        ingate, forgetgate, cellgate, outgate = np.split(gates, 4, axis=1)\n"
        "        cy = sigmoid(forgetgate) * cx + sigmoid(ingate) * np.tanh(cellgate)\n"
        "        hy = sigmoid(outgate) * np.tanh(cy)\n"
        "        return hy, cy\n"
        "\n"
        "    def __call__(self, input, hx=None):\n"
        "        if self.batch_first:\n"
        "            input = input.transpose(1, 0, 2)\n"
        "        seq_len, batch, _ = input.shape\n"
        "        num_directions = 2 if self.bidirectional else 1\n"
        "        if hx is None:\n"
        "            zeros = np.zeros((self.num_layers * num_directions, batch, "
        "self.hidden_size))\n"
        "            hx = (zeros, zeros)\n"
        "        h_0, c_0 = hx\n"
        "        h_n, c_n = [], []\n"
        "        layer_input = input\n"
        "        for layer in range(self.num_layers):\n"
        "            fw_out = []\n"
        "            hy, cy = h_0[layer * num_directions], c_0[layer * num_directions]\n"
        "            for t in range(seq_len):\n"
        '                hy, cy = self._cell(layer_input[t], hy, cy, layer, "")\n'
        "                fw_out.append(hy)\n"
        "            h_n.append(hy)\n"
        "            c_n.append(cy)\n"
        "            outputs = [np.stack(fw_out)]\n"
        "            if self.bidirectional:\n"
        "                bw_out = []\n"
        "                hy, cy = h_0[layer * 2 + 1], c_0[layer * 2 + 1]\n"
        "                for t in reversed(range(seq_len)):\n"
        '                    hy, cy = self._cell(layer_input[t], hy, cy, layer, "_reverse")\n'
        "                    bw_out.append(hy)\n"
        "                h_n.append(hy)\n"
        "                c_n.append(cy)\n"
        "                outputs.insert(0, np.stack(bw_out[::-1]))\n"
        "            layer_input = np.concatenate(outputs, axis=2)\n"
        "        output = layer_input\n"
        "        if self.batch_first:\n"
        "            output = output.transpose(1, 0, 2)\n"
        "        return output, (np.stack(h_n), np.stack(c_n))\n",
    },
    {
        "id": "lena_scratch_functional_ok",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": True,
        "mistakes": [],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] + [self.D * hidden_size] * (num_layers - 1)\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(-k, k, shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float64) for n, v in state.items()}\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_layer1_input_size",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k > 0 is given input_size inputs (weight_ih_l1 is (4H, I)) instead "
                "of D * H, layer k-1's output width",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "input size",
                            "shape",
                            "D * H",
                            "H * D",
                            "2H",
                            "2 * H",
                            "D*H",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] * num_layers\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(-k, k, shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float64) for n, v in state.items()}\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_batch_first_out",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "with batch_first=True the output is returned (T, B, D*H) instead of (B, "
                "T, D*H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "transpos", "swapaxes", "(B, T"]}
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] + [self.D * hidden_size] * (num_layers - 1)\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(-k, k, shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float64) for n, v in state.items()}\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_reverse_starts_from_forward_final",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from the forward direction's final state "
                "instead of its own initial state h_0[k*D+1]",
                "must_mention": [
                    "reverse",
                    {"any": ["initial", "h_0", "h0", "own state", "starting state", "start"]},
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] + [self.D * hidden_size] * (num_layers - 1)\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(-k, k, shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float64) for n, v in state.items()}\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(hf, cf))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_float32_params",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "parameters are kept as float32 (init and load_state_dict): state_dict is "
                "float32 and outputs are off by ~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
            }
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] + [self.D * hidden_size] * (num_layers - 1)\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(-k, k, shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "        self._p = {name: arr.astype(np.float32) for name, arr in self._p.items()}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float32) for n, v in state.items()}   # "
        "like torch\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_init_low_bound",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "rng.uniform(k, size=...) passes the bound as the low end: values drawn "
                "from [1/sqrt(H), 1) instead of [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "range",
                            "uniform",
                            "init",
                            "1/sqrt",
                            "1/√",
                            "interval",
                            "sqrt",
                        ]
                    }
                ],
            }
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] + [self.D * hidden_size] * (num_layers - 1)\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(k, size=shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float64) for n, v in state.items()}\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_layer1_and_batch_first",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "layer k > 0 is given input_size inputs (weight_ih_l1 is (4H, I)) instead "
                "of D * H, layer k-1's output width",
                "must_mention": [
                    {
                        "any": [
                            "weight_ih_l1",
                            "layer 1",
                            "input size",
                            "shape",
                            "D * H",
                            "H * D",
                            "2H",
                            "2 * H",
                            "D*H",
                        ]
                    }
                ],
            },
            {
                "what": "with batch_first=True the output is returned (T, B, D*H) instead of (B, "
                "T, D*H)",
                "must_mention": [
                    {"any": ["batch_first", "batch first", "transpos", "swapaxes", "(B, T"]}
                ],
            },
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] * num_layers\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(-k, k, shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float64) for n, v in state.items()}\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "lena_scratch_init_and_float32",
        "function": "ScratchLSTM",
        "check": "check_scratch_lstm",
        "object": "ScratchLSTM",
        "correct": False,
        "mistakes": [
            {
                "what": "rng.uniform(k, size=...) passes the bound as the low end: values drawn "
                "from [1/sqrt(H), 1) instead of [-1/sqrt(H), 1/sqrt(H)]",
                "must_mention": [
                    {
                        "any": [
                            "bound",
                            "range",
                            "uniform",
                            "init",
                            "1/sqrt",
                            "1/√",
                            "interval",
                            "sqrt",
                        ]
                    }
                ],
            },
            {
                "what": "parameters are kept as float32 (init and load_state_dict): state_dict is "
                "float32 and outputs are off by ~1e-8",
                "must_mention": [{"any": ["float32", "dtype", "float64"]}],
            },
        ],
        "source": "import numpy as np\n"
        "from functools import reduce\n"
        "from itertools import product\n"
        "\n"
        "\n"
        "def _sig(z):\n"
        "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n"
        "\n"
        "\n"
        "def _cell(params):\n"
        "    W_ih, W_hh, b = params\n"
        "\n"
        "    def step(state, x_t):\n"
        "        h, c = state\n"
        "        a = x_t @ W_ih.T + h @ W_hh.T + b\n"
        "        i, f, g, o = np.split(a, 4, axis=-1)\n"
        "        c = _sig(f) * c + _sig(i) * np.tanh(g)\n"
        "        return (_sig(o) * np.tanh(c), c)\n"
        "\n"
        "    return step\n"
        "\n"
        "\n"
        "def _scan(step, xs, state):\n"
        '    """Run step over xs; return (stacked outputs, final state)."""\n'
        "    def body(acc, x_t):\n"
        "        outs, st = acc\n"
        "        st = step(st, x_t)\n"
        "        return outs + [st[0]], st\n"
        "    outs, final = reduce(body, xs, ([], state))\n"
        "    return np.stack(outs), final\n"
        "\n"
        "\n"
        "class ScratchLSTM:\n"
        "    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, "
        "batch_first=False,\n"
        "                 bidirectional=False, seed=None):\n"
        "        self.hidden_size, self.num_layers, self.bias = hidden_size, num_layers, bias\n"
        "        self.batch_first, self.bidirectional = batch_first, bidirectional\n"
        "        self.D = 1 + bool(bidirectional)\n"
        "        rng = np.random.default_rng(seed)\n"
        "        k = hidden_size ** -0.5\n"
        "        in_sizes = [input_size] + [self.D * hidden_size] * (num_layers - 1)\n"
        '        kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if bias else '
        "[])\n"
        '        suffixes = ["", "_reverse"][: self.D]\n'
        '        shape_of = lambda kind, n_in: {"weight_ih": (4 * hidden_size, n_in),\n'
        '                                       "weight_hh": (4 * hidden_size, '
        "hidden_size)}.get(kind, (4 * hidden_size,))\n"
        '        self._p = {f"{kind}_l{l}{s}": rng.uniform(k, size=shape_of(kind, '
        "in_sizes[l]))\n"
        "                   for l, s, kind in product(range(num_layers), suffixes, kinds)}\n"
        "        self._p = {name: arr.astype(np.float32) for name, arr in self._p.items()}\n"
        "\n"
        "    def state_dict(self):\n"
        "        return {name: np.copy(arr) for name, arr in self._p.items()}\n"
        "\n"
        "    def load_state_dict(self, state):\n"
        '        assert set(state) == set(self._p), f"keys differ: {sorted(set(state) ^ '
        'set(self._p))}"\n'
        "        bad = [n for n in state if np.shape(state[n]) != self._p[n].shape]\n"
        '        assert not bad, f"wrong shapes for {bad}"\n'
        "        self._p = {n: np.array(v, dtype=np.float32) for n, v in state.items()}   # "
        "like torch\n"
        "\n"
        "    def _params(self, l, s):\n"
        '        W_ih, W_hh = self._p[f"weight_ih_l{l}{s}"], self._p[f"weight_hh_l{l}{s}"]\n'
        '        b = self._p[f"bias_ih_l{l}{s}"] + self._p[f"bias_hh_l{l}{s}"] if self.bias '
        "else 0.0\n"
        "        return W_ih, W_hh, b\n"
        "\n"
        "    def __call__(self, x, hx=None):\n"
        "        xs = np.swapaxes(x, 0, 1) if self.batch_first else x\n"
        "        T, B, _ = xs.shape\n"
        "        n = self.num_layers * self.D\n"
        "        h0, c0 = hx if hx is not None else (np.zeros((n, B, self.hidden_size)),) * 2\n"
        "        finals = []\n"
        "        for l in range(self.num_layers):\n"
        '            fw, (hf, cf) = _scan(_cell(self._params(l, "")), xs, (h0[l * self.D], '
        "c0[l * self.D]))\n"
        "            finals.append((hf, cf))\n"
        "            outs = [fw]\n"
        "            if self.D == 2:\n"
        '                bw, (hb, cb) = _scan(_cell(self._params(l, "_reverse")), xs[::-1], '
        "(h0[l * 2 + 1], c0[l * 2 + 1]))\n"
        "                finals.append((hb, cb))\n"
        "                outs.append(bw[::-1])\n"
        "            xs = np.concatenate(outs, axis=-1)\n"
        "        out = np.swapaxes(xs, 0, 1) if self.batch_first else xs\n"
        "        return out, (np.stack([h for h, _ in finals]), np.stack([c for _, c in "
        "finals]))\n",
    },
    {
        "id": "grace_shapes_ok",
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
        "    out = (batch, seq_len, D * H_out) if batch_first else (seq_len, batch, D * "
        "H_out)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, H_out), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "lena_shapes_comprehension_ok",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 1 + int(bool(bidirectional))\n"
        '    width = {"out": D * (proj_size or hidden_size), "h_n": proj_size or hidden_size, '
        '"c_n": hidden_size}\n'
        '    lead = {"out": (batch, seq_len) if batch_first else (seq_len, batch),\n'
        '            "h_n": (num_layers * D, batch), "c_n": (num_layers * D, batch)}\n'
        '    return {k: tuple(int(v) for v in lead[k] + (width[k],)) for k in ("out", "h_n", '
        '"c_n")}\n',
    },
    {
        "id": "oluwaseun_shapes_helper_ok",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": True,
        "mistakes": [],
        "source": "def _num_directions(bidirectional):\n"
        "    return 2 if bidirectional else 1\n"
        "\n"
        "\n"
        "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        '    assert proj_size < hidden_size, "proj_size must be smaller than hidden_size"\n'
        "    D = _num_directions(bidirectional)\n"
        "    h_size = hidden_size if proj_size == 0 else proj_size    # h is projected, c is "
        "not\n"
        "    out = [seq_len, batch, D * h_size]\n"
        "    if batch_first:\n"
        "        out[0], out[1] = out[1], out[0]\n"
        "    h_n = (num_layers * D, batch, h_size)       # never batch first\n"
        "    c_n = (num_layers * D, batch, hidden_size)\n"
        '    return {"out": tuple(out), "h_n": h_n, "c_n": c_n}\n',
    },
    {
        "id": "raj_shapes_keras_figure_batch_major",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out is always (batch, seq_len, ...) as in the blog's Keras figure, "
                "ignoring batch_first=False (nn.LSTM's default is (seq_len, batch, ...))",
                "must_mention": [
                    {
                        "any": [
                            "batch_first",
                            "batch first",
                            "seq_len",
                            "time-major",
                            "order",
                            "axis",
                            "axes",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # from the blog's diagram: output is (batch, timesteps, units), states are "
        "(layers*dirs, batch, units)\n"
        "    D = 2 if bidirectional else 1\n"
        "    units = proj_size if proj_size else hidden_size\n"
        "    return {\n"
        '        "out": (batch, seq_len, D * units),\n'
        '        "h_n": (num_layers * D, batch, units),\n'
        '        "c_n": (num_layers * D, batch, hidden_size),\n'
        "    }\n",
    },
    {
        "id": "tomasz_shapes_states_batch_first",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n too; the states are (num_layers * D, "
                "batch, H) whatever batch_first says",
                "must_mention": [
                    {"any": ["batch_first", "batch first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H), "h_n": (batch, num_layers * D, H), '
        '"c_n": (batch, num_layers * D, hidden_size)}\n'
        '    return {"out": (seq_len, batch, D * H), "h_n": (num_layers * D, batch, H), "c_n": '
        "(num_layers * D, batch, hidden_size)}\n",
    },
    {
        "id": "diego_shapes_proj_on_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n gets proj_size as its last axis; the cell state is not projected and "
                "keeps hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    hs = proj_size if proj_size > 0 else hidden_size\n"
        "    out = (batch, seq_len, D * hs) if batch_first else (seq_len, batch, D * hs)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, hs), "c_n": (num_layers * D, '
        "batch, hs)}\n",
    },
    {
        "id": "beatriz_shapes_out_ignores_proj",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis uses hidden_size even with proj_size > 0 (out holds the "
                "projected h_t)",
                "must_mention": ["out", {"any": ["proj"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, D * hidden_size)\n"
        "    else:\n"
        "        out = (seq_len, batch, D * hidden_size)\n"
        '    return {"out": out, "h_n": (D * num_layers, batch, h_size), "c_n": (D * '
        "num_layers, batch, hidden_size)}\n",
    },
    {
        "id": "yuki_shapes_out_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis is H instead of D * H: the two directions are "
                "concatenated in out",
                "must_mention": [
                    {"any": ["bidirectional", "direction", "D *", "D*", "2 *", "2*", "concat"]}
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size or hidden_size\n"
        "    out = (seq_len, batch, H)\n"
        "    if batch_first:\n"
        "        out = (batch, seq_len, H)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, H), "c_n": (num_layers * D, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "priya_shapes_hn_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D: the reverse "
                "direction's states are forgotten",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "D *",
                            "* D",
                            "2 *",
                            "num_layers * D",
                            "L * D",
                            "D*",
                            "*D",
                        ]
                    }
                ],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size else hidden_size\n"
        "    out = (batch, seq_len, D * H) if batch_first else (seq_len, batch, D * H)\n"
        '    return {"out": out, "h_n": (num_layers, batch, H), "c_n": (num_layers, batch, '
        "hidden_size)}\n",
    },
    {
        "id": "sven_shapes_lists",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [{"what": "returns lists instead of tuples", "must_mention": ["tuple"]}],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, D * H] if batch_first else [seq_len, batch, D * H]\n"
        "    return dict(out=out, h_n=[num_layers * D, batch, H], c_n=[num_layers * D, batch, "
        "hidden_size])\n",
    },
    {
        "id": "hannah_shapes_proj_none_check",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "tests proj_size against None, so the default proj_size=0 gives out and "
                "h_n a last axis of 0 instead of hidden_size",
                "must_mention": ["proj", {"any": ["0", "zero", "None", "default"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    real_hidden = proj_size if proj_size is not None else hidden_size   # h is "
        "projected when proj_size is set\n"
        "    out = (batch, seq_len, D * real_hidden) if batch_first else (seq_len, batch, D * "
        "real_hidden)\n"
        '    return {"out": out, "h_n": (num_layers * D, batch, real_hidden), "c_n": '
        "(num_layers * D, batch, hidden_size)}\n",
    },
    {
        "id": "marcus_shapes_precedence",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "num_layers * 2 if bidirectional else 1 gives 1 row for a one-directional "
                "LSTM with several layers (should be num_layers)",
                "must_mention": [{"any": ["num_layers", "layer"]}],
            }
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    num_directions = 2 if bidirectional else 1\n"
        "    hidden = proj_size if proj_size > 0 else hidden_size\n"
        "    state_rows = num_layers * 2 if bidirectional else 1\n"
        "    out_shape = (seq_len, batch, num_directions * hidden)\n"
        "    if batch_first:\n"
        "        out_shape = (out_shape[1], out_shape[0], out_shape[2])\n"
        '    return {"out": out_shape, "h_n": (state_rows, batch, hidden), "c_n": (state_rows, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "tomasz_shapes_states_bf_proj_c",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "applies batch_first to h_n and c_n",
                "must_mention": [
                    {"any": ["batch_first", "batch first"]},
                    {"any": ["h_n", "c_n", "state"]},
                ],
            },
            {
                "what": "c_n's last axis is proj_size instead of hidden_size",
                "must_mention": ["c_n", {"any": ["proj", "hidden_size", "hidden size"]}],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    c_size = H                         # both states have the (projected) hidden "
        "width\n"
        "    rows = num_layers * D\n"
        "    if batch_first:\n"
        '        return {"out": (batch, seq_len, D * H), "h_n": (batch, rows, H), "c_n": '
        "(batch, rows, c_size)}\n"
        '    return {"out": (seq_len, batch, D * H), "h_n": (rows, batch, H), "c_n": (rows, '
        "batch, c_size)}\n",
    },
    {
        "id": "sven_shapes_lists_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {"what": "returns lists instead of tuples", "must_mention": ["tuple"]},
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "D *",
                            "* D",
                            "2 *",
                            "num_layers * D",
                            "L * D",
                            "D*",
                            "*D",
                        ]
                    }
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    D = 2 if bidirectional else 1\n"
        "    H = proj_size if proj_size > 0 else hidden_size\n"
        "    out = [batch, seq_len, D * H] if batch_first else [seq_len, batch, D * H]\n"
        '    return {"out": out, "h_n": [num_layers, batch, H], "c_n": [num_layers, batch, '
        "hidden_size]}\n",
    },
    {
        "id": "raj_shapes_out_no_proj_hn_no_D",
        "function": "lstm_output_shapes",
        "check": "check_lstm_output_shapes",
        "object": "lstm_output_shapes",
        "correct": False,
        "mistakes": [
            {
                "what": "out's last axis ignores proj_size",
                "must_mention": ["out", {"any": ["proj"]}],
            },
            {
                "what": "h_n and c_n have num_layers rows instead of num_layers * D",
                "must_mention": [
                    {
                        "any": [
                            "direction",
                            "bidirectional",
                            "D *",
                            "* D",
                            "2 *",
                            "num_layers * D",
                            "L * D",
                            "D*",
                            "*D",
                        ]
                    }
                ],
            },
        ],
        "source": "def lstm_output_shapes(seq_len, batch, input_size, hidden_size, num_layers=1, "
        "bidirectional=False,\n"
        "                       batch_first=False, proj_size=0):\n"
        "    # the figure: every LSTM box emits hidden_size features, one state per layer\n"
        "    D = 2 if bidirectional else 1\n"
        "    out = (batch, seq_len, D * hidden_size) if batch_first else (seq_len, batch, D * "
        "hidden_size)\n"
        "    h_size = proj_size if proj_size > 0 else hidden_size\n"
        '    return {"out": out, "h_n": (num_layers, batch, h_size), "c_n": (num_layers, '
        "batch, hidden_size)}\n",
    },
    {
        "id": "bi_ok_ana_flip_reuse",
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
        "    H = fwd[1].shape[1]\n"
        "    if h0 is None:\n"
        "        h0 = np.zeros((2, B, H))\n"
        "    if c0 is None:\n"
        "        c0 = np.zeros((2, B, H))\n"
        "    out_f, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)  # read x_{T-1} ... "
        "x_0\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)  # put reverse outputs back in "
        "time order\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_ok_marcus_loops",
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
        '    """One bidirectional LSTM layer.\n'
        "\n"
        "    x: (T, B, I); h0, c0: (2, B, H); fwd, bwd: (W_ih, W_hh, b_ih, b_hh)\n"
        "    Returns out: (T, B, 2H) and (h_n, c_n), each (2, B, H).\n"
        '    """\n'
        "    Wih_f, Whh_f, bih_f, bhh_f = fwd\n"
        "    Wih_b, Whh_b, bih_b, bhh_b = bwd\n"
        "    seq_len = x.shape[0]\n"
        "    batch_size = x.shape[1]\n"
        "    hidden_size = Whh_f.shape[1]\n"
        "    out = np.zeros((seq_len, batch_size, 2 * hidden_size))\n"
        "\n"
        "    # ---- forward direction ----\n"
        "    h_state = h0[0].copy()\n"
        "    c_state = c0[0].copy()\n"
        "    for t in range(seq_len):\n"
        "        h_state, c_state = lstm_cell(x[t], h_state, c_state, Wih_f, Whh_f, bih_f, "
        "bhh_f)\n"
        "        out[t, :, :hidden_size] = h_state\n"
        "    h_forward_final, c_forward_final = h_state, c_state\n"
        "\n"
        "    # ---- backward direction ----\n"
        "    h_state = h0[1].copy()\n"
        "    c_state = c0[1].copy()\n"
        "    for t in range(seq_len - 1, -1, -1):\n"
        "        h_state, c_state = lstm_cell(x[t], h_state, c_state, Wih_b, Whh_b, bih_b, "
        "bhh_b)\n"
        "        out[t, :, hidden_size:] = h_state\n"
        "    h_backward_final, c_backward_final = h_state, c_state\n"
        "\n"
        "    h_n = np.array([h_forward_final, h_backward_final])\n"
        "    c_n = np.array([c_forward_final, c_backward_final])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_ok_priya_dict",
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
        "    results = {}\n"
        '    for d, (name, params) in enumerate([("fwd", fwd), ("bwd", bwd)]):\n'
        '        seq = x if name == "fwd" else np.flip(x, axis=0)\n'
        "        o, (hN, cN) = lstm_layer(seq, h0[d], c0[d], *params)\n"
        '        if name == "bwd":\n'
        "            o = np.flip(o, axis=0)   # back to time order\n"
        "        results[name] = (o, hN, cN)\n"
        '    out = np.concatenate((results["fwd"][0], results["bwd"][0]), axis=-1)\n'
        '    h_n = np.stack((results["fwd"][1], results["bwd"][1]), axis=0)\n'
        '    c_n = np.stack((results["fwd"][2], results["bwd"][2]), axis=0)\n'
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_tom_reverse_not_unflipped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's outputs are stored in the order it produced them "
                "(out[t] holds the reverse state after reading x_{T-1-t}); they are never "
                "flipped back to time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["flip", "order", "revers", "time", "position"]},
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
        "    # forward: easy, reuse lstm_layer\n"
        "    out_fwd, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "\n"
        "    # backward: walk the list of time steps backwards\n"
        "    xs = list(reversed(list(x)))\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    back_outs = []\n"
        "    for xt in xs:\n"
        "        hb, cb = lstm_cell(xt, hb, cb, *bwd)\n"
        "        back_outs.append(hb)\n"
        "    out_bwd = np.stack(back_outs)  # (T, B, H)\n"
        "\n"
        "    out = np.concatenate([out_fwd, out_bwd], axis=2)\n"
        "    h_n = np.stack([h_f, hb])\n"
        "    c_n = np.stack([c_f, cb])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_jen_same_weights_both",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction runs with the forward weights fwd: bwd is never "
                "used",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["weight", "fwd", "param", "W_"]},
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
        "    params = fwd\n"
        "    outs, hs, cs = [], [], []\n"
        "    for d in range(2):\n"
        "        seq = x if d == 0 else x[::-1]\n"
        "        o, (hh, cc) = lstm_layer(seq, h0[d], c0[d], *params)\n"
        "        if d == 1:\n"
        "            o = o[::-1]\n"
        "        outs.append(o)\n"
        "        hs.append(hh)\n"
        "        cs.append(cc)\n"
        "    return np.concatenate(outs, axis=2), (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "bi_kwame_bwd_uses_row0_state",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from row 0 of h0 and c0 (the forward "
                "direction's initial state) instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["row", "[1]", "[0]", "reverse", "backward", "direction"]},
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
        "    # forward direction (row 0 of the states)\n"
        "    o_f, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], fwd[0], fwd[1], fwd[2], fwd[3])\n"
        "    # backward direction: flip the time axis, run, flip back\n"
        "    # (copied the line above and changed the weights)\n"
        "    o_b, (h_b, c_b) = lstm_layer(x[::-1], h0[0], c0[0], bwd[0], bwd[1], bwd[2], "
        "bwd[3])\n"
        "    o_b = o_b[::-1]\n"
        "    out = np.concatenate([o_f, o_b], axis=-1)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_sofia_hn_from_last_out",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n (both rows) is read off out[-1]; for the reverse direction out[-1, :, "
                "H:] is its first step (it has read only x_{T-1}), not its final state "
                "after x_0",
                "must_mention": ["h_n", {"any": ["reverse", "backward", "bwd"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = fwd[1].shape[1]\n"
        "    out_f, (_, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    out_b, (_, c_b) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, out_b[::-1]], axis=2)\n"
        "    # the final hidden state is the last output\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = np.stack([c_f, c_b])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_lee_concat_order_swapped",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out puts the reverse direction's half first: out[t] = [h_bwd, h_fwd] "
                "instead of [h_fwd, h_bwd]",
                "must_mention": [
                    "out",
                    {"any": ["order", "swap", "half", "halves", "first", "concaten"]},
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
        "    right_to_left, (h_r, c_r) = lstm_layer(np.flip(x, 0), h0[1], c0[1], *bwd)\n"
        "    left_to_right, (h_l, c_l) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    right_to_left = np.flip(right_to_left, 0)\n"
        "    out = np.concatenate([right_to_left, left_to_right], axis=2)\n"
        "    h_n = np.stack([h_l, h_r])\n"
        "    c_n = np.stack([c_l, c_r])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_omar_flat_tuple",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "returns a flat 3-tuple (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "(h_n, c_n)",
                            "nested",
                            "structure",
                            "three",
                            "3 ",
                            "pair",
                            "container",
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
        "    f_out, f_state = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    b_out, b_state = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    b_out = b_out[::-1]\n"
        "    out = np.concatenate([f_out, b_out], axis=2)\n"
        "    h_n = np.stack([f_state[0], b_state[0]])\n"
        "    c_n = np.stack([f_state[1], b_state[1]])\n"
        "    return out, h_n, c_n\n",
    },
    {
        "id": "bi_dmitri_hn_concatenated",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are concatenated along the batch axis, shape (2B, H), instead "
                "of stacked into (2, B, H)",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["shape", "(2, B, H)", "stack", "dimension", "axis"]},
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
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    h_n = np.concatenate([hf, hb], axis=0)\n"
        "    c_n = np.concatenate([cf, cb], axis=0)\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_grace_c0_typo",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction's initial cell state is taken from h0[1] instead of "
                "c0[1]",
                "must_mention": [
                    {"any": ["c0", "cell state", "initial c", "c_0"]},
                    {"any": ["h0", "hidden", "h_0"]},
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
        "    h0_f, h0_b = h0[0], h0[1]\n"
        "    c0_f, c0_b = c0[0], h0[1]\n"
        "    y_f, (hT_f, cT_f) = lstm_layer(x, h0_f, c0_f, *fwd)\n"
        "    y_b, (hT_b, cT_b) = lstm_layer(x[::-1], h0_b, c0_b, *bwd)\n"
        "    y = np.concatenate([y_f, y_b[::-1]], axis=2)\n"
        "    return y, (np.stack([hT_f, hT_b]), np.stack([cT_f, cT_b]))\n",
    },
    {
        "id": "bi_hiro_flip_batch_axis",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the sequence is flipped along axis 1 (the batch) instead of axis 0 "
                "(time), so the reverse direction reads the inputs forwards in time (and "
                "the batch rows get mixed up)",
                "must_mention": [{"any": ["axis", "batch", "time"]}, {"any": ["flip", "revers"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    o1, (h1, c1) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer(np.flip(x, axis=1), h0[1], c0[1], *bwd)\n"
        "    o2 = np.flip(o2, axis=1)\n"
        "    return np.concatenate((o1, o2), axis=-1), (np.stack((h1, h2)), np.stack((c1, "
        "c2)))\n",
    },
    {
        "id": "bi_nadia_writes_into_h0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are written into the arrays h0 and c0 themselves (h_n = h0; "
                "h_n[0] = ...), so the function changes its inputs",
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
                            "wrote",
                            "writes",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    H = h0.shape[2]\n"
        "    out = np.empty((T, x.shape[1], 2 * H))\n"
        "    out[:, :, :H], (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[:, :, H:] = ob[::-1]\n"
        "    # reuse the state buffers, no need to allocate new ones\n"
        "    h_n = h0\n"
        "    c_n = c0\n"
        "    h_n[0], h_n[1] = hf, hb\n"
        "    c_n[0], c_n[1] = cf, cb\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_carlos_skips_step0",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop is range(T-1, 0, -1): it never processes x_0, so "
                "out[0]'s reverse half stays zero and h_n/c_n's reverse rows are the state "
                "after x_1",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "first step",
                            "skip",
                            "miss",
                            "off by one",
                            "off-by-one",
                            "x[0]",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
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
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bi_yuki_float32_buffer",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "out is preallocated as float32, so the returned out is float32 (rounded) "
                "instead of float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = h0.shape[2]\n"
        "    out = np.zeros((T, B, 2 * H), dtype=np.float32)  # half the memory\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out[..., :H] = of\n"
        "    out[..., H:] = ob[::-1]\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_ben_reverse_state_not_carried",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "in the reverse loop each step starts again from h0[1], c0[1]: the reverse "
                "direction's state is never carried from one step to the next",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["state", "carr", "previous", "recurren"]},
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
        "    T = x.shape[0]\n"
        "    fwd_out, (h_f, c_f) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    bwd_out = [None] * T\n"
        "    h_b, c_b = h0[1], c0[1]\n"
        "    for t in reversed(range(T)):\n"
        "        h_new, c_new = lstm_cell(x[t], h0[1], c0[1], *bwd)\n"
        "        bwd_out[t] = h_new\n"
        "        h_b, c_b = h_new, c_new\n"
        "    out = np.concatenate([fwd_out, np.stack(bwd_out)], axis=2)\n"
        "    return out, (np.stack([h_f, h_b]), np.stack([c_f, c_b]))\n",
    },
    {
        "id": "bi_dbl_dmitri_enumerate_index_f32",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop walks t = T-1..0 but stores each output at the loop "
                "counter k (out[k] with k = T-1-t) instead of at out[t]: the reverse half "
                "is not in time order",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["order", "index", "position", "flip", "time", "revers"]},
                ],
            },
            {
                "what": "out is preallocated as float32, so it is returned as float32 instead of "
                "float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
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
        "    H = h0.shape[2]\n"
        '    out = np.empty((T, B, 2 * H), dtype="float32")\n'
        "    hf, cf = h0[0], c0[0]\n"
        "    for t in range(T):\n"
        "        hf, cf = lstm_cell(x[t], hf, cf, *fwd)\n"
        "        out[t, :, :H] = hf\n"
        "    hb, cb = h0[1], c0[1]\n"
        "    for k, t in enumerate(reversed(range(T))):\n"
        "        hb, cb = lstm_cell(x[t], hb, cb, *bwd)\n"
        "        out[k, :, H:] = hb\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bi_dbl_omar_weights_and_tuple",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run with fwd's weights (bwd is unused)",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["weight", "fwd", "param", "W_"]},
                ],
            },
            {
                "what": "returns a flat (out, h_n, c_n) instead of (out, (h_n, c_n))",
                "must_mention": [
                    {
                        "any": [
                            "tuple",
                            "(h_n, c_n)",
                            "nested",
                            "structure",
                            "three",
                            "3 ",
                            "pair",
                            "container",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    W_ih, W_hh, b_ih, b_hh = fwd\n"
        "    forward_out, (hn_f, cn_f) = lstm_layer(x, h0[0], c0[0], W_ih, W_hh, b_ih, b_hh)\n"
        "    backward_out, (hn_b, cn_b) = lstm_layer(x[::-1], h0[1], c0[1], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        "    out = np.concatenate([forward_out, backward_out[::-1]], axis=2)\n"
        "    return out, np.stack([hn_f, hn_b]), np.stack([cn_f, cn_b])\n",
    },
    {
        "id": "bi_dbl_kwame_rows_and_halves",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial-state rows are swapped: the forward direction starts from "
                "h0[1], c0[1] and the reverse direction from h0[0], c0[0]",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["row", "swap", "[1]", "[0]", "direction"]},
                ],
            },
            {
                "what": "out puts the reverse half first: out[t] = [h_bwd, h_fwd]",
                "must_mention": [
                    "out",
                    {"any": ["order", "swap", "half", "halves", "first", "concaten"]},
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
        '    # h0[-1] is the last state -> forward, h0[0] -> backward (reverse starts "at the '
        'beginning")\n'
        "    o_fw, (h_fw, c_fw) = lstm_layer(x, h0[-1], c0[-1], *fwd)\n"
        "    o_bw, (h_bw, c_bw) = lstm_layer(x[::-1], h0[0], c0[0], *bwd)\n"
        "    o_bw = o_bw[::-1]\n"
        "    # stack the two directions side by side\n"
        "    out = np.concatenate([o_bw, o_fw], axis=2)\n"
        "    h_n = np.stack([h_fw, h_bw])\n"
        "    c_n = np.stack([c_fw, c_bw])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bi_dbl_nadia_hn_last_and_inplace",
        "function": "bilstm_layer",
        "check": "check_bilstm_layer",
        "object": "bilstm_layer",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is taken from out[-1, :, H:] (the reverse direction's "
                "first step) instead of its final state (after x_0, at out[0, :, H:])",
                "must_mention": ["h_n", {"any": ["reverse", "backward", "bwd"]}],
            },
            {
                "what": "c_n is written into the input array c0 (c_n = c0; c_n[...] = ...), "
                "changing the caller's c0",
                "must_mention": [
                    {"any": ["c0", "input", "argument", "given"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "wrote",
                            "writes",
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
        "def bilstm_layer(x, h0, c0, fwd, bwd):\n"
        "    H = h0.shape[-1]\n"
        "    of, (hf, cf) = lstm_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer(x[::-1], h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, ob[::-1]], axis=2)\n"
        "    h_n = np.stack([out[-1, :, :H], out[-1, :, H:]])\n"
        "    c_n = c0\n"
        "    c_n[0] = cf\n"
        "    c_n[1] = cb\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "cb_ok_ana_vectorised",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_next = f * c + i * g\n"
        "    tc = np.tanh(c_next)\n"
        "\n"
        "    do = dh_next * tc\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    di, dg, df = dc * g, dc * i, dc * c\n"
        "    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * "
        "o * (1 - o)], axis=1)\n"
        "    db = da.sum(axis=0)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_ok_grace_per_gate_mats",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    # adapted from a blog post; split everything per gate so that I can follow the "
        "equations\n"
        "    Wii, Wif, Wig, Wio = np.split(W_ih, 4, axis=0)\n"
        "    Whi, Whf, Whg, Who = np.split(W_hh, 4, axis=0)\n"
        "    bias = b_ih + b_hh\n"
        "    bi, bf, bg, bo = np.split(bias, 4)\n"
        "\n"
        "    i = sigmoid(x @ Wii.T + h @ Whi.T + bi)\n"
        "    f = sigmoid(x @ Wif.T + h @ Whf.T + bf)\n"
        "    g = np.tanh(x @ Wig.T + h @ Whg.T + bg)\n"
        "    o = sigmoid(x @ Wio.T + h @ Who.T + bo)\n"
        "    c_t = f * c + i * g\n"
        "    tanh_c = np.tanh(c_t)\n"
        "\n"
        "    # gradients w.r.t. the gate ACTIVATIONS (blog convention) ...\n"
        "    d_o = dh_next * tanh_c\n"
        "    d_ct = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    d_i = d_ct * g\n"
        "    d_f = d_ct * c\n"
        "    d_g = d_ct * i\n"
        "    # ... converted to pre-activations (PyTorch's W multiplies the pre-activation)\n"
        "    d_ai = d_i * i * (1 - i)\n"
        "    d_af = d_f * f * (1 - f)\n"
        "    d_ag = d_g * (1 - g ** 2)\n"
        "    d_ao = d_o * o * (1 - o)\n"
        "\n"
        "    dx = d_ai @ Wii + d_af @ Wif + d_ag @ Wig + d_ao @ Wio\n"
        "    dh = d_ai @ Whi + d_af @ Whf + d_ag @ Whg + d_ao @ Who\n"
        "    dW_ih = np.vstack([d_ai.T @ x, d_af.T @ x, d_ag.T @ x, d_ao.T @ x])\n"
        "    dW_hh = np.vstack([d_ai.T @ h, d_af.T @ h, d_ag.T @ h, d_ao.T @ h])\n"
        "    db = np.concatenate([d_ai.sum(0), d_af.sum(0), d_ag.sum(0), d_ao.sum(0)])\n"
        '    return {"x": dx, "h": dh, "c": d_ct * f, "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db, "b_hh": db.copy()}\n',
    },
    {
        "id": "cb_ok_ben_step_class",
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
        "class LSTMStep:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.W_ih, self.W_hh, self.b_ih, self.b_hh = W_ih, W_hh, b_ih, b_hh\n"
        "        self.H = W_hh.shape[1]\n"
        "\n"
        "    def forward(self, x, h_prev, c_prev):\n"
        "        H = self.H\n"
        "        z = x @ self.W_ih.T + self.b_ih + h_prev @ self.W_hh.T + self.b_hh\n"
        "        self.i = sigmoid(z[:, 0:H])\n"
        "        self.f = sigmoid(z[:, H:2 * H])\n"
        "        self.g = np.tanh(z[:, 2 * H:3 * H])\n"
        "        self.o = sigmoid(z[:, 3 * H:4 * H])\n"
        "        self.x, self.h_prev, self.c_prev = x, h_prev, c_prev\n"
        "        self.c = self.f * c_prev + self.i * self.g\n"
        "        self.tanh_c = np.tanh(self.c)\n"
        "        self.h = self.o * self.tanh_c\n"
        "        return self.h, self.c\n"
        "\n"
        "    def backward(self, dh, dc):\n"
        "        dc_total = dc + dh * self.o * (1.0 - self.tanh_c ** 2)\n"
        "        dz_i = dc_total * self.g * self.i * (1.0 - self.i)\n"
        "        dz_f = dc_total * self.c_prev * self.f * (1.0 - self.f)\n"
        "        dz_g = dc_total * self.i * (1.0 - self.g ** 2)\n"
        "        dz_o = dh * self.tanh_c * self.o * (1.0 - self.o)\n"
        "        dz = np.concatenate([dz_i, dz_f, dz_g, dz_o], axis=1)\n"
        "        return {\n"
        '            "x": dz @ self.W_ih,\n'
        '            "h": dz @ self.W_hh,\n'
        '            "c": dc_total * self.f,\n'
        '            "W_ih": dz.T @ self.x,\n'
        '            "W_hh": dz.T @ self.h_prev,\n'
        '            "b_ih": dz.sum(axis=0),\n'
        '            "b_hh": dz.sum(axis=0),\n'
        "        }\n"
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    step = LSTMStep(W_ih, W_hh, b_ih, b_hh)\n"
        "    step.forward(x, h, c)\n"
        "    return step.backward(dh_next, dc_next)\n",
    },
    {
        "id": "cb_ok_dmitri_einsum",
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
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = W_hh.shape[1]\n"
        '    z = np.einsum("bi,gi->bg", x, W_ih) + np.einsum("bh,gh->bg", h, W_hh) + (b_ih + '
        "b_hh)\n"
        "    act = np.empty_like(z)\n"
        "    act[:, :2 * H] = sigmoid(z[:, :2 * H])\n"
        "    act[:, 2 * H:3 * H] = np.tanh(z[:, 2 * H:3 * H])\n"
        "    act[:, 3 * H:] = sigmoid(z[:, 3 * H:])\n"
        "    i, f, g, o = (act[:, k * H:(k + 1) * H] for k in range(4))\n"
        "    # local derivative of every activation w.r.t. its pre-activation\n"
        "    dact_dz = act * (1 - act)\n"
        "    dact_dz[:, 2 * H:3 * H] = 1 - g ** 2\n"
        "    cn = f * c + i * g\n"
        "    t = np.tanh(cn)\n"
        "    dcn = dc_next + dh_next * o * (1 - t * t)\n"
        "    dact = np.hstack([dcn * g, dcn * c, dcn * i, dh_next * t])\n"
        "    dz = dact * dact_dz\n"
        "    return dict(\n"
        '        x=np.einsum("bg,gi->bi", dz, W_ih),\n'
        '        h=np.einsum("bg,gh->bh", dz, W_hh),\n'
        "        c=dcn * f,\n"
        '        W_ih=np.einsum("bg,bi->gi", dz, x),\n'
        '        W_hh=np.einsum("bg,bh->gh", dz, h),\n'
        "        b_ih=dz.sum(0),\n"
        "        b_hh=dz.sum(0),\n"
        "    )\n",
    },
    {
        "id": "cb_grace_no_sigmoid_derivative",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the sigmoid gates' gradients are used as if they were pre-activation "
                "gradients: the factor σ'(a) = s(1 - s) is missing for i, f and o (only g "
                "gets its tanh' factor) — blog convention of gradients w.r.t. gate "
                "activations, converted incompletely",
                "must_mention": [
                    {
                        "any": [
                            "sigmoid",
                            "σ",
                            "deriv",
                            "pre-activation",
                            "preactivation",
                            "s(1 - s)",
                            "(1 - i)",
                            "activation",
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
        "    gates = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i = sigmoid(gates[:, :H])\n"
        "    f = sigmoid(gates[:, H:2 * H])\n"
        "    g = np.tanh(gates[:, 2 * H:3 * H])\n"
        "    o = sigmoid(gates[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    # backprop (from the blog: dgates are w.r.t. the gate values)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    di = dc * g\n"
        "    df = dc * c\n"
        "    do = dh_next * tanh_c\n"
        "    dg = dc * i * (1 - g ** 2)     # tanh' here\n"
        "    dgates = np.concatenate([di, df, dg, do], axis=1)\n"
        '    return {"x": dgates @ W_ih, "h": dgates @ W_hh, "c": dc * f,\n'
        '            "W_ih": dgates.T @ x, "W_hh": dgates.T @ h,\n'
        '            "b_ih": dgates.sum(axis=0), "b_hh": dgates.sum(axis=0)}\n',
    },
    {
        "id": "cb_tom_dc_missing_tanh_prime",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the total cell gradient δc_t misses the tanh derivative: dc = dc_next + "
                "dh*o instead of dc_next + dh*o*(1 - tanh²(c_t))",
                "must_mention": [
                    {"any": ["tanh", "1 - τ", "(1 -", "derivative"]},
                    {"any": ["c", "cell"]},
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(ai); f = sigmoid(af); g = np.tanh(ag); o = sigmoid(ao)\n"
        "    c_t = f * c + i * g\n"
        "    # h = o * tanh(c) so dL/dc gets dh * o\n"
        "    dc = dc_next + dh_next * o\n"
        "    do = dh_next * np.tanh(c_t)\n"
        "    dai = dc * g * i * (1 - i)\n"
        "    daf = dc * c * f * (1 - f)\n"
        "    dag = dc * i * (1 - g * g)\n"
        "    dao = do * o * (1 - o)\n"
        "    da = np.concatenate([dai, daf, dag, dao], axis=1)\n"
        "    grads = {}\n"
        '    grads["x"] = da @ W_ih\n'
        '    grads["h"] = da @ W_hh\n'
        '    grads["c"] = dc * f\n'
        '    grads["W_ih"] = da.T @ x\n'
        '    grads["W_hh"] = da.T @ h\n'
        '    grads["b_ih"] = da.sum(axis=0)\n'
        '    grads["b_hh"] = da.sum(axis=0)\n'
        "    return grads\n",
    },
    {
        "id": "cb_kwame_dc_prev_from_incoming",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient for c (dL/dc_{t-1}) is dc_next * f: it uses only the "
                "incoming dL/dc_t, not the total δc_t that also includes the part coming "
                "through h_t",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "previous cell",
                            "gradient of c",
                            "dc",
                            "δc",
                            "cell state",
                        ]
                    },
                    {"any": ["total", "dc_next", "dh", "through h", "h_t", "tanh"]},
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
        "    # forward pass again\n"
        "    pre = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i_g = sigmoid(pre[:, 0:H])          # input gate\n"
        "    f_g = sigmoid(pre[:, H:2*H])        # forget gate\n"
        "    g_g = np.tanh(pre[:, 2*H:3*H])      # candidate\n"
        "    o_g = sigmoid(pre[:, 3*H:4*H])      # output gate\n"
        "    c_new = f_g * c + i_g * g_g\n"
        "    tanh_c = np.tanh(c_new)\n"
        "    # total gradient on c_t\n"
        "    delta_c = dc_next + dh_next * o_g * (1 - tanh_c**2)\n"
        "    # gradient to previous cell: c_t = f * c_{t-1} + ...  -> dc_{t-1} = dc_t * f\n"
        "    dc_prev = dc_next * f_g\n"
        "    # pre-activation gradients\n"
        "    d_i = delta_c * g_g * i_g * (1 - i_g)\n"
        "    d_f = delta_c * c * f_g * (1 - f_g)\n"
        "    d_g = delta_c * i_g * (1 - g_g**2)\n"
        "    d_o = dh_next * tanh_c * o_g * (1 - o_g)\n"
        "    d_pre = np.concatenate([d_i, d_f, d_g, d_o], axis=1)\n"
        '    return {"x": d_pre @ W_ih, "h": d_pre @ W_hh, "c": dc_prev,\n'
        '            "W_ih": d_pre.T @ x, "W_hh": d_pre.T @ h,\n'
        '            "b_ih": d_pre.sum(axis=0), "b_hh": d_pre.sum(axis=0)}\n',
    },
    {
        "id": "cb_grace_W_on_left_transposed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight gradients are computed as x.T @ da and h.T @ da (blog "
                "convention with W applied on the left), giving dW transposed, shape (I, "
                "4H) / (H, 4H) instead of (4H, I) / (4H, H)",
                "must_mention": [
                    {"any": ["transpos", ".T", "shape", "(4H, I)", "(I, 4H)"]},
                    {"any": ["W_ih", "W_hh", "weight"]},
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
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), sigmoid(z[:, 3*H:])\n"
        "    g = np.tanh(z[:, 2*H:3*H])\n"
        "    cn = f * c + i * g\n"
        "    tc = np.tanh(cn)\n"
        "    dc = dc_next + dh_next * o * (1 - tc**2)\n"
        "    dz = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g**2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    # blog: dW = x^T . dz\n"
        "    dW_ih = x.T @ dz\n"
        "    dW_hh = h.T @ dz\n"
        '    return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dc * f,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n',
    },
    {
        "id": "cb_priya_bias_sum_axis1",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the bias gradients sum da over axis 1 (the gate units) instead of axis 0 "
                "(the batch): shape (B,) instead of (4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["axis", "sum", "batch", "shape"]},
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
        "    hid = h.shape[-1]\n"
        "    raw = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        '    blocks = {name: raw[:, k*hid:(k+1)*hid] for k, name in enumerate(["i", "f", "g", '
        '"o"])}\n'
        '    i = sigmoid(blocks["i"]); f = sigmoid(blocks["f"])\n'
        '    g = np.tanh(blocks["g"]); o = sigmoid(blocks["o"])\n'
        "    c_new = f * c + i * g\n"
        "    th = np.tanh(c_new)\n"
        "    d_c = dc_next + dh_next * o * (1 - th ** 2)\n"
        "    d_raw = np.concatenate([\n"
        "        d_c * g * i * (1 - i),\n"
        "        d_c * c * f * (1 - f),\n"
        "        d_c * i * (1 - g ** 2),\n"
        "        dh_next * th * o * (1 - o),\n"
        "    ], axis=1)\n"
        "    db = np.sum(d_raw, axis=1)\n"
        '    return {"x": d_raw @ W_ih, "h": d_raw @ W_hh, "c": d_c * f,\n'
        '            "W_ih": d_raw.T @ x, "W_hh": d_raw.T @ h, "b_ih": db, "b_hh": db}\n',
    },
    {
        "id": "cb_omar_b_hh_zero",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "b_hh's gradient is returned as zeros (only one bias is thought to get a "
                "gradient); it equals b_ih's gradient, the sum of da over the batch",
                "must_mention": ["b_hh"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    ig, fg, gg, og = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    ct = fg * c + ig * gg\n"
        "    tct = np.tanh(ct)\n"
        "    dct = dc_next + dh_next * og * (1 - tct ** 2)\n"
        "    da = np.hstack([dct * gg * ig * (1 - ig), dct * c * fg * (1 - fg),\n"
        "                    dct * ig * (1 - gg ** 2), dh_next * tct * og * (1 - og)])\n"
        "    # the two biases are just added together, so the bias gradient only needs to go "
        "on one of them\n"
        "    grads = dict(x=da @ W_ih, h=da @ W_hh, c=dct * fg,\n"
        "                 W_ih=da.T @ x, W_hh=da.T @ h,\n"
        "                 b_ih=da.sum(axis=0), b_hh=np.zeros_like(b_hh))\n"
        "    return grads\n",
    },
    {
        "id": "cb_lena_gate_order_ifog",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the stacked rows are split in the order (i, f, o, g) (a blog's order) "
                "instead of PyTorch's (i, f, g, o): the candidate g and the output gate o "
                "read each other's rows",
                "must_mention": [
                    {"any": ["order", "swap", "ifgo", "i, f, g, o", "ifog", "rows"]},
                    {"any": ["g", "o", "gate", "candidate", "output"]},
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    a_i, a_f, a_o, a_g = np.split(a, 4, axis=1)\n"
        "    i, f, o, g = sigmoid(a_i), sigmoid(a_f), sigmoid(a_o), np.tanh(a_g)\n"
        "    c_next = f * c + i * g\n"
        "    tanh_c = np.tanh(c_next)\n"
        "    dc = dc_next + dh_next * o * (1 - tanh_c ** 2)\n"
        "    da_i = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * f * (1 - f)\n"
        "    da_o = dh_next * tanh_c * o * (1 - o)\n"
        "    da_g = dc * i * (1 - g ** 2)\n"
        "    da = np.concatenate([da_i, da_f, da_o, da_g], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_kwame_dh_uses_W_ih",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient for h is da @ W_ih (copy-pasted from the x line) instead of "
                "da @ W_hh",
                "must_mention": [
                    {"any": ['"h"', "'h'", "h_{t-1}", "gradient of h", "dh", "hidden"]},
                    {"any": ["W_hh", "W_ih"]},
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    c_t = f * c + i * g\n"
        "    tc = np.tanh(c_t)\n"
        "    dct = dc_next + dh_next * o * (1 - tc**2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i),      # input gate\n"
        "                         dct * c * f * (1 - f),      # forget gate\n"
        "                         dct * i * (1 - g**2),       # candidate\n"
        "                         dh_next * tc * o * (1 - o)],  # output gate\n"
        "                        axis=1)\n"
        "    dx = da @ W_ih   # gradient to the input\n"
        "    dh = da @ W_ih   # gradient to the previous hidden state\n"
        '    return {"x": dx, "h": dh, "c": dct * f, "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_ben_class_caches_new_h",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the step class overwrites its cached h with the new h_t in forward, so "
                "W_hh's gradient is da.T @ h_t instead of da.T @ h_{t-1} (the step's input "
                "state)",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "prev",
                            "h_t",
                            "new",
                            "next",
                            "input state",
                            "after",
                            "cache",
                            "old",
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
        "class CellCache:\n"
        '    """what the forward step remembers for the backward step"""\n'
        "    pass\n"
        "\n"
        "\n"
        "class Cell:\n"
        "    def __init__(self, W_ih, W_hh, b_ih, b_hh):\n"
        "        self.params = (W_ih, W_hh, b_ih, b_hh)\n"
        "\n"
        "    def forward(self, x, h, c):\n"
        "        W_ih, W_hh, b_ih, b_hh = self.params\n"
        "        H = W_hh.shape[1]\n"
        "        cache = CellCache()\n"
        "        z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "        cache.i = sigmoid(z[:, :H]); cache.f = sigmoid(z[:, H:2*H])\n"
        "        cache.g = np.tanh(z[:, 2*H:3*H]); cache.o = sigmoid(z[:, 3*H:])\n"
        "        cache.x, cache.c = x, c\n"
        "        c_new = cache.f * c + cache.i * cache.g\n"
        "        cache.tc = np.tanh(c_new)\n"
        "        h_new = cache.o * cache.tc\n"
        "        cache.h = h_new\n"
        "        self.cache = cache\n"
        "        return h_new, c_new\n"
        "\n"
        "    def backward(self, dh, dc):\n"
        "        W_ih, W_hh, _, _ = self.params\n"
        "        k = self.cache\n"
        "        dct = dc + dh * k.o * (1 - k.tc ** 2)\n"
        "        dz = np.concatenate([dct * k.g * k.i * (1 - k.i), dct * k.c * k.f * (1 - "
        "k.f),\n"
        "                             dct * k.i * (1 - k.g ** 2), dh * k.tc * k.o * (1 - "
        "k.o)], axis=1)\n"
        '        return {"x": dz @ W_ih, "h": dz @ W_hh, "c": dct * k.f,\n'
        '                "W_ih": dz.T @ k.x, "W_hh": dz.T @ k.h,\n'
        '                "b_ih": dz.sum(0), "b_hh": dz.sum(0)}\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    cell = Cell(W_ih, W_hh, b_ih, b_hh)\n"
        "    cell.forward(x, h, c)\n"
        "    return cell.backward(dh_next, dc_next)\n",
    },
    {
        "id": "cb_marcus_forget_uses_c_new",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forget gate's gradient uses the new cell state c_t instead of "
                "c_{t-1}: δf = δc ⊙ c_t instead of δc ⊙ c_{t-1}",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "prev",
                            "c_t",
                            "new",
                            "next",
                            "old",
                            "input c",
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
        "    hidden = h.shape[1]\n"
        "    preact = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    input_gate = sigmoid(preact[:, 0:hidden])\n"
        "    forget_gate = sigmoid(preact[:, hidden:2 * hidden])\n"
        "    cell_candidate = np.tanh(preact[:, 2 * hidden:3 * hidden])\n"
        "    output_gate = sigmoid(preact[:, 3 * hidden:4 * hidden])\n"
        "    c = forget_gate * c + input_gate * cell_candidate      # new cell state\n"
        "    tanh_c = np.tanh(c)\n"
        "\n"
        "    total_dc = dc_next + dh_next * output_gate * (1 - tanh_c ** 2)\n"
        "    d_input = total_dc * cell_candidate * input_gate * (1 - input_gate)\n"
        "    d_forget = total_dc * c * forget_gate * (1 - forget_gate)\n"
        "    d_candidate = total_dc * input_gate * (1 - cell_candidate ** 2)\n"
        "    d_output = dh_next * tanh_c * output_gate * (1 - output_gate)\n"
        "    d_preact = np.concatenate([d_input, d_forget, d_candidate, d_output], axis=1)\n"
        "\n"
        "    return {\n"
        '        "x": d_preact @ W_ih,\n'
        '        "h": d_preact @ W_hh,\n'
        '        "c": total_dc * forget_gate,\n'
        '        "W_ih": d_preact.T @ x,\n'
        '        "W_hh": d_preact.T @ h,\n'
        '        "b_ih": d_preact.sum(axis=0),\n'
        '        "b_hh": d_preact.sum(axis=0),\n'
        "    }\n",
    },
    {
        "id": "cb_hiro_output_gate_tanh_of_old_c",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the output gate's gradient uses tanh(c_{t-1}) (the input c) instead of "
                "tanh(c_t): δo = δh ⊙ tanh(c) with the old cell state",
                "must_mention": [
                    "output",
                    {"any": ["tanh", "c_t", "c_{t-1}", "previous", "old", "new", "cell state"]},
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
        "    H = W_hh.shape[-1]\n"
        "    A = x @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)[None, :]\n"
        "    i, f, g, o = (sigmoid(A[:, :H]), sigmoid(A[:, H:2*H]),\n"
        "                  np.tanh(A[:, 2*H:3*H]), sigmoid(A[:, 3*H:]))\n"
        "    cc = f * c + i * g\n"
        "    dC = dc_next + dh_next * o * (1 - np.tanh(cc) ** 2)\n"
        "    dO = dh_next * np.tanh(c)\n"
        "    dA = np.concatenate([dC * g * i * (1 - i), dC * c * f * (1 - f),\n"
        "                         dC * i * (1 - g ** 2), dO * o * (1 - o)], axis=-1)\n"
        '    return {"x": dA @ W_ih, "h": dA @ W_hh, "c": dC * f,\n'
        '            "W_ih": dA.T @ x, "W_hh": dA.T @ h, "b_ih": dA.sum(0), "b_hh": '
        "dA.sum(0)}\n",
    },
    {
        "id": "cb_carlos_tanh_prime_not_squared",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the candidate g's derivative is written 1 - g instead of 1 - g² (tanh' = "
                "1 - tanh²)",
                "must_mention": [
                    {"any": ["candidate", "g", "cell gate"]},
                    {"any": ["tanh", "deriv", "squar", "1 - g"]},
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:])\n"
        "    c2 = f * c + i * g\n"
        "    t2 = np.tanh(c2)\n"
        "    dc = dc_next + dh_next * o * (1 - t2 * t2)\n"
        "    da_i = dc * g * i * (1 - i)\n"
        "    da_f = dc * c * f * (1 - f)\n"
        "    da_g = dc * i * (1 - g)\n"
        "    da_o = dh_next * t2 * o * (1 - o)\n"
        "    da = np.concatenate((da_i, da_f, da_g, da_o), axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0), "b_hh": '
        "da.sum(axis=0)}\n",
    },
    {
        "id": "cb_nadia_accumulates_into_dc_next",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc is built in place in the caller's dc_next (dc = dc_next; dc += ...), "
                "so the function changes its input dc_next",
                "must_mention": [
                    {"any": ["dc_next", "input", "argument", "given"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "wrote",
                            "writes",
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
        "    a = x @ W_ih.T\n"
        "    a += h @ W_hh.T\n"
        "    a += b_ih\n"
        "    a += b_hh\n"
        "    i = sigmoid(a[:, :H]); f = sigmoid(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next                       # start from the incoming gradient\n"
        "    dc += dh_next * o * (1 - tc ** 2)  # add the path through h\n"
        "    da = np.empty_like(a)\n"
        "    da[:, :H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    da[:, 2*H:3*H] = dc * i * (1 - g ** 2)\n"
        "    da[:, 3*H:] = dh_next * tc * o * (1 - o)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x,\n'
        '            "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_omar_keys_prefixed",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the dict's keys are 'dx', 'dh', 'dc', 'dW_ih', ... instead of the "
                "argument names 'x', 'h', 'c', 'W_ih', 'W_hh', 'b_ih', 'b_hh'",
                "must_mention": [{"any": ["key", "dict", "name"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"dx": da @ W_ih, "dh": da @ W_hh, "dc": dc * f,\n'
        '            "dW_ih": da.T @ x, "dW_hh": da.T @ h,\n'
        '            "db_ih": da.sum(0), "db_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_dmitri_float32_weights",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weights and inputs are cast to float32 'for speed', so every gradient "
                "is float32 (and rounded) instead of float64",
                "must_mention": [{"any": ["float32", "dtype", "float64", "precision"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    f32 = np.float32\n"
        "    x, h, c = x.astype(f32), h.astype(f32), c.astype(f32)\n"
        "    W_ih, W_hh = W_ih.astype(f32), W_hh.astype(f32)\n"
        "    b = (b_ih + b_hh).astype(f32)\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + h @ W_hh.T + b\n"
        "    i = sigmoid(a[:, :H]).astype(f32)\n"
        "    f = sigmoid(a[:, H:2*H]).astype(f32)\n"
        "    g = np.tanh(a[:, 2*H:3*H])\n"
        "    o = sigmoid(a[:, 3*H:]).astype(f32)\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dh = dh_next.astype(f32)\n"
        "    dc = dc_next.astype(f32) + dh * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f, "W_ih": da.T @ x, "W_hh": '
        "da.T @ h,\n"
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n',
    },
    {
        "id": "cb_priya_mean_over_batch",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are averaged over the batch (divided by B) "
                "instead of summed",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divid",
                            "scale",
                            "factor",
                            "1/B",
                            "/ B",
                            "batch size",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        "    # parameter gradients: average over the batch, like the loss\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x / B, "W_hh": da.T @ h / B,\n'
        '            "b_ih": da.mean(axis=0), "b_hh": da.mean(axis=0)}\n',
    },
    {
        "id": "cb_lena_H_from_batch",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "H is read as h.shape[0] (the batch size B) instead of h.shape[1], so the "
                "gate blocks are sliced with the wrong width whenever B != H",
                "must_mention": [{"any": ["H", "hidden size", "shape", "batch"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = len(h)  # hidden size\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i), dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_dbl_grace_blog_sigmoid_and_transpose",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the σ' factor s(1 - s) is missing for the sigmoid gates i, f, o "
                "(gradients w.r.t. gate activations used as pre-activation gradients)",
                "must_mention": [
                    {
                        "any": [
                            "sigmoid",
                            "σ",
                            "deriv",
                            "pre-activation",
                            "preactivation",
                            "s(1 - s)",
                            "activation",
                        ]
                    }
                ],
            },
            {
                "what": "the weight gradients are x.T @ dz and h.T @ dz: transposed, shape (I, 4H) "
                "/ (H, 4H)",
                "must_mention": [
                    {"any": ["transpos", ".T", "shape", "(4H, I)", "(I, 4H)"]},
                    {"any": ["W_ih", "W_hh", "weight"]},
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
        "    # convention of the blog: W on the left, gradients w.r.t. the gates\n"
        "    H = h.shape[1]\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    i, f, g, o = sigmoid(z[:, :H]), sigmoid(z[:, H:2*H]), np.tanh(z[:, 2*H:3*H]), "
        "sigmoid(z[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    d_gates = np.hstack([dc * g, dc * c, dc * i * (1 - g ** 2), dh_next * tc])\n"
        "    dW_ih = x.T @ d_gates\n"
        "    dW_hh = h.T @ d_gates\n"
        '    return {"x": d_gates @ W_ih, "h": d_gates @ W_hh, "c": dc * f, "W_ih": dW_ih, '
        '"W_hh": dW_hh,\n'
        '            "b_ih": d_gates.sum(0), "b_hh": d_gates.sum(0)}\n',
    },
    {
        "id": "cb_dbl_tom_tanh_and_bhh",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "δc_t misses the tanh' factor: dc = dc_next + dh*o instead of dc_next + "
                "dh*o*(1 - tanh²c_t)",
                "must_mention": [
                    {"any": ["tanh", "1 - τ", "(1 -", "derivative"]},
                    {"any": ["c", "cell"]},
                ],
            },
            {
                "what": "b_hh's gradient is zeros instead of the same sum as b_ih's",
                "must_mention": ["b_hh"],
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    ai, af, ag, ao = np.split(a, 4, axis=1)\n"
        "    i = sigmoid(ai); f = sigmoid(af); g = np.tanh(ag); o = sigmoid(ao)\n"
        "    c_t = f * c + i * g\n"
        "    dc = dc_next + dh_next * o\n"
        "    dai = dc * g * i * (1 - i)\n"
        "    daf = dc * c * f * (1 - f)\n"
        "    dag = dc * i * (1 - g * g)\n"
        "    dao = dh_next * np.tanh(c_t) * o * (1 - o)\n"
        "    da = np.concatenate([dai, daf, dag, dao], axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '             "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(axis=0)}\n'
        '    grads["b_hh"] = np.zeros(b_hh.shape)  # b_hh not used in the blog\'s version\n'
        "    return grads\n",
    },
    {
        "id": "cb_dbl_ben_states_after_step",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "W_hh's gradient uses the new h_t (the state after the step, blog "
                "convention) instead of h_{t-1}",
                "must_mention": [
                    "W_hh",
                    {
                        "any": [
                            "h_{t-1}",
                            "previous",
                            "prev",
                            "h_t",
                            "new",
                            "next",
                            "input state",
                            "after",
                            "old",
                        ]
                    },
                ],
            },
            {
                "what": "the forget gate's gradient uses the new c_t instead of c_{t-1}",
                "must_mention": [
                    "forget",
                    {
                        "any": [
                            "c_{t-1}",
                            "previous",
                            "prev",
                            "c_t",
                            "new",
                            "next",
                            "old",
                            "input c",
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
        "class StepCache(dict):\n"
        "    pass\n"
        "\n"
        "\n"
        "def step_forward(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    c_new = f * c + i * g\n"
        "    h_new = o * np.tanh(c_new)\n"
        "    # store states after the step, like in the blog\n"
        "    cache = StepCache(x=x, h=h_new, c=c_new, i=i, f=f, g=g, o=o)\n"
        "    return h_new, c_new, cache\n"
        "\n"
        "\n"
        "def step_backward(dh, dc, cache, W_ih, W_hh):\n"
        '    i, f, g, o = cache["i"], cache["f"], cache["g"], cache["o"]\n'
        '    tc = np.tanh(cache["c"])\n'
        "    dct = dc + dh * o * (1 - tc ** 2)\n"
        '    da = np.concatenate([dct * g * i * (1 - i), dct * cache["c"] * f * (1 - f),\n'
        "                         dct * i * (1 - g ** 2), dh * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dct * f,\n'
        '            "W_ih": da.T @ cache["x"], "W_hh": da.T @ cache["h"],\n'
        '            "b_ih": da.sum(0), "b_hh": da.sum(0)}\n'
        "\n"
        "\n"
        "def lstm_cell_backward(dh_next, dc_next, x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    _, _, cache = step_forward(x, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    return step_backward(dh_next, dc_next, cache, W_ih, W_hh)\n",
    },
    {
        "id": "cb_dbl_lena_order_and_inplace",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gate blocks are taken in the order (i, f, o, g) instead of (i, f, g, "
                "o)",
                "must_mention": [
                    {"any": ["order", "swap", "ifgo", "i, f, g, o", "ifog", "rows"]},
                    {"any": ["g", "o", "gate", "candidate", "output"]},
                ],
            },
            {
                "what": "dc_next is updated in place (dc = dc_next; dc += ...), changing the "
                "caller's array",
                "must_mention": [
                    {"any": ["dc_next", "input", "argument", "given"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "wrote",
                            "writes",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, 0:H])\n"
        "    f = sigmoid(a[:, H:2*H])\n"
        "    o = sigmoid(a[:, 2*H:3*H])\n"
        "    g = np.tanh(a[:, 3*H:4*H])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dc = dc_next\n"
        "    dc += dh_next * o * (1 - tc ** 2)\n"
        "    da = np.zeros_like(a)\n"
        "    da[:, 0:H] = dc * g * i * (1 - i)\n"
        "    da[:, H:2*H] = dc * c * f * (1 - f)\n"
        "    da[:, 2*H:3*H] = dh_next * tc * o * (1 - o)\n"
        "    da[:, 3*H:4*H] = dc * i * (1 - g ** 2)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h, "b_ih": da.sum(0), "b_hh": '
        "da.sum(0)}\n",
    },
    {
        "id": "cb_dbl_priya_mean_and_dcprev",
        "function": "lstm_cell_backward",
        "check": "check_lstm_cell_backward",
        "object": "lstm_cell_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are averaged over the batch (divided by B) "
                "instead of summed",
                "must_mention": [
                    {
                        "any": [
                            "mean",
                            "average",
                            "divid",
                            "scale",
                            "factor",
                            "1/B",
                            "/ B",
                            "batch size",
                        ]
                    }
                ],
            },
            {
                "what": "the gradient for c is dc_next * f: the part of δc_t coming through h_t is "
                "left out",
                "must_mention": [
                    {
                        "any": [
                            '"c"',
                            "'c'",
                            "c_{t-1}",
                            "c_prev",
                            "previous cell",
                            "gradient of c",
                            "dc",
                            "δc",
                            "cell state",
                        ]
                    },
                    {"any": ["total", "dc_next", "dh", "through h", "h_t", "tanh"]},
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
        "    n = x.shape[0]\n"
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i, f, g, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), "
        "sigmoid(a[:, 3*H:])\n"
        "    tc = np.tanh(f * c + i * g)\n"
        "    dct = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dct * g * i * (1 - i), dct * c * f * (1 - f),\n"
        "                         dct * i * (1 - g ** 2), dh_next * tc * o * (1 - o)], "
        "axis=1)\n"
        '    grads = {"x": da @ W_ih, "h": da @ W_hh, "c": dc_next * f}\n'
        '    grads["W_ih"] = (da.T @ x) / n\n'
        '    grads["W_hh"] = (da.T @ h) / n\n'
        '    grads["b_ih"] = da.sum(axis=0) / n\n'
        '    grads["b_hh"] = da.sum(axis=0) / n\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_ana_lists",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_new, c_new = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h_new)\n"
        "        cs.append(c_new)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n.copy()\n"
        '    grads = {"W_ih": np.zeros_like(W_ih), "W_hh": np.zeros_like(W_hh),\n'
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in grads:\n"
        "            grads[k] = grads[k] + g[k]\n"
        '    grads["x"] = dx\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_ok_marcus_inline_bptt",
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
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        '    """BPTT written out in one function, caching the gates of every step."""\n'
        "    seq_len, batch, _ = x.shape\n"
        "    hidden = W_hh.shape[1]\n"
        "    h_prev_all = np.zeros((seq_len, batch, hidden))\n"
        "    c_prev_all = np.zeros((seq_len, batch, hidden))\n"
        "    gates_all = np.zeros((seq_len, batch, 4 * hidden))\n"
        "    c_all = np.zeros((seq_len, batch, hidden))\n"
        "    h_state, c_state = h0, c0\n"
        "    for t in range(seq_len):\n"
        "        h_prev_all[t] = h_state\n"
        "        c_prev_all[t] = c_state\n"
        "        pre = x[t] @ W_ih.T + b_ih + h_state @ W_hh.T + b_hh\n"
        "        i_gate = sigmoid(pre[:, :hidden])\n"
        "        f_gate = sigmoid(pre[:, hidden:2 * hidden])\n"
        "        g_gate = np.tanh(pre[:, 2 * hidden:3 * hidden])\n"
        "        o_gate = sigmoid(pre[:, 3 * hidden:])\n"
        "        gates_all[t] = np.concatenate([i_gate, f_gate, g_gate, o_gate], axis=1)\n"
        "        c_state = f_gate * c_state + i_gate * g_gate\n"
        "        h_state = o_gate * np.tanh(c_state)\n"
        "        c_all[t] = c_state\n"
        "\n"
        "    grad_x = np.zeros(x.shape)\n"
        "    grad_W_ih = np.zeros(W_ih.shape)\n"
        "    grad_W_hh = np.zeros(W_hh.shape)\n"
        "    grad_b = np.zeros(b_ih.shape)\n"
        "    running_dh = np.zeros((batch, hidden)) if dh_n is None else np.array(dh_n, "
        "dtype=float)\n"
        "    running_dc = np.zeros((batch, hidden)) if dc_n is None else np.array(dc_n, "
        "dtype=float)\n"
        "    for t in range(seq_len - 1, -1, -1):\n"
        "        i_gate = gates_all[t, :, :hidden]\n"
        "        f_gate = gates_all[t, :, hidden:2 * hidden]\n"
        "        g_gate = gates_all[t, :, 2 * hidden:3 * hidden]\n"
        "        o_gate = gates_all[t, :, 3 * hidden:]\n"
        "        tanh_c = np.tanh(c_all[t])\n"
        "        dh_total = running_dh + dout[t]\n"
        "        dc_total = running_dc + dh_total * o_gate * (1 - tanh_c ** 2)\n"
        "        d_pre = np.concatenate([\n"
        "            dc_total * g_gate * i_gate * (1 - i_gate),\n"
        "            dc_total * c_prev_all[t] * f_gate * (1 - f_gate),\n"
        "            dc_total * i_gate * (1 - g_gate ** 2),\n"
        "            dh_total * tanh_c * o_gate * (1 - o_gate),\n"
        "        ], axis=1)\n"
        "        grad_x[t] = d_pre @ W_ih\n"
        "        grad_W_ih += d_pre.T @ x[t]\n"
        "        grad_W_hh += d_pre.T @ h_prev_all[t]\n"
        "        grad_b += d_pre.sum(axis=0)\n"
        "        running_dh = d_pre @ W_hh\n"
        "        running_dc = dc_total * f_gate\n"
        '    return {"x": grad_x, "h0": running_dh, "c0": running_dc, "W_ih": grad_W_ih,\n'
        '            "W_hh": grad_W_hh, "b_ih": grad_b, "b_hh": grad_b.copy()}\n',
    },
    {
        "id": "lb_ok_tom_stack_and_sum",
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
        "    # forward again\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dc_next + dh_next * og * (1.0 - th * th)\n"
        "    d_zi = d_c * gg * ig * (1.0 - ig)\n"
        "    d_zf = d_c * c * fg * (1.0 - fg)\n"
        "    d_zg = d_c * ig * (1.0 - gg * gg)\n"
        "    d_zo = dh_next * th * og * (1.0 - og)\n"
        "    d_z = np.hstack([d_zi, d_zf, d_zg, d_zo])\n"
        "    out = {}\n"
        '    out["x"] = d_z @ W_ih\n'
        '    out["h"] = d_z @ W_hh\n'
        '    out["c"] = d_c * fg\n'
        '    out["W_ih"] = d_z.T @ x\n'
        '    out["W_hh"] = d_z.T @ h\n'
        '    out["b_ih"] = np.sum(d_z, axis=0)\n'
        '    out["b_hh"] = np.sum(d_z, axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = len(x)\n"
        "    # forward, remember every state (states[t] = state BEFORE step t)\n"
        "    states = [(h0, c0)]\n"
        "    for t in range(T):\n"
        "        states.append(lstm_cell(x[t], *states[-1], W_ih, W_hh, b_ih, b_hh))\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros_like(h0)\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros_like(c0)\n"
        "    dh_carry, dc_carry = dh_n, dc_n\n"
        "    per_step = []\n"
        "    for t in reversed(range(T)):\n"
        "        h_prev, c_prev = states[t]\n"
        "        g = lstm_cell_backward(dout[t] + dh_carry, dc_carry, x[t], h_prev, c_prev,\n"
        "                               W_ih, W_hh, b_ih, b_hh)\n"
        "        per_step.append(g)\n"
        '        dh_carry, dc_carry = g["h"], g["c"]\n'
        "    per_step = per_step[::-1]   # back to time order\n"
        '    result = {"x": np.stack([g["x"] for g in per_step])}\n'
        '    for name in ["W_ih", "W_hh", "b_ih", "b_hh"]:\n'
        "        result[name] = np.sum([g[name] for g in per_step], axis=0)\n"
        '    result["h0"] = dh_carry\n'
        '    result["c0"] = dc_carry\n'
        "    return result\n",
    },
    {
        "id": "lb_kwame_weights_last_step_only",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are overwritten at every step (dW = "
                "g['W_ih']), so only step 0's contribution is returned instead of the sum "
                "over all steps",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "b_ih", "b_hh", "weight", "bias"]},
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "each step",
                            "all time steps",
                            "over time",
                            "over the steps",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    # forward pass, keep the states\n"
        "    hs = [h0]\n"
        "    cs = [c0]\n"
        "    for t in range(T):\n"
        "        hn, cn = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hn)\n"
        "        cs.append(cn)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh = g["h"]\n'
        '        dc = g["c"]\n'
        "        # weight gradients\n"
        '        dW_ih = g["W_ih"]\n'
        '        dW_hh = g["W_hh"]\n'
        '        db_ih = g["b_ih"]\n'
        '        db_hh = g["b_hh"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, '
        '"b_hh": db_hh}\n',
    },
    {
        "id": "lb_jen_dout_only_at_last_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dout is only used at the last step (dh starts as dout[-1] + dh_n); at "
                "earlier steps the gradient reaching h_t is only what step t+1 returned, "
                "without dout[t]",
                "must_mention": ["dout"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    zeros = np.zeros_like(h0)\n"
        "    dh_n = zeros if dh_n is None else dh_n\n"
        "    dc_n = zeros if dc_n is None else dc_n\n"
        "    hs, cs = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    # the loss gradient enters at the top of the sequence\n"
        "    dh = dout[-1] + dh_n\n"
        "    dc = dc_n\n"
        '    total = {k: 0.0 for k in ["W_ih", "W_hh", "b_ih", "b_hh"]}\n'
        "    dxs = [None] * T\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dxs[t] = g["x"]\n'
        '        dh, dc = g["h"], g["c"]\n'
        "        for k in total:\n"
        "            total[k] = total[k] + g[k]\n"
        '    total.update({"x": np.stack(dxs), "h0": dh, "c0": dc})\n'
        "    return total\n",
    },
    {
        "id": "lb_omar_no_recurrent_dh",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the gradient reaching h_t is only dout[t]: what step t+1's backward "
                "returned for 'h' is dropped (the recurrent path through h is not carried "
                "back)",
                "must_mention": [
                    {
                        "any": [
                            '"h"',
                            "'h'",
                            "h_t",
                            "hidden",
                            "dh",
                            "recurren",
                            "step t+1",
                            "next step",
                            "carr",
                            "through h",
                        ]
                    },
                    {
                        "any": [
                            "sum",
                            "add",
                            "plus",
                            "carr",
                            "drop",
                            "ignor",
                            "missing",
                            "step t+1",
                            "recurren",
                            "only dout",
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
        "    # forward again\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dc_next + dh_next * og * (1.0 - th * th)\n"
        "    d_zi = d_c * gg * ig * (1.0 - ig)\n"
        "    d_zf = d_c * c * fg * (1.0 - fg)\n"
        "    d_zg = d_c * ig * (1.0 - gg * gg)\n"
        "    d_zo = dh_next * th * og * (1.0 - og)\n"
        "    d_z = np.hstack([d_zi, d_zf, d_zg, d_zo])\n"
        "    out = {}\n"
        '    out["x"] = d_z @ W_ih\n'
        '    out["h"] = d_z @ W_hh\n'
        '    out["c"] = d_c * fg\n'
        '    out["W_ih"] = d_z.T @ x\n'
        '    out["W_hh"] = d_z.T @ h\n'
        '    out["b_ih"] = np.sum(d_z, axis=0)\n'
        '    out["b_hh"] = np.sum(d_z, axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hist = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        hist.append((h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    extra_h = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    grads = dict(W_ih=np.zeros_like(W_ih), W_hh=np.zeros_like(W_hh),\n"
        "                 b_ih=np.zeros_like(b_ih), b_hh=np.zeros_like(b_hh))\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        dh = dout[t] + (extra_h if t == T - 1 else 0)\n"
        "        g = lstm_cell_backward(dh, dc, x[t], *hist[t], W_ih, W_hh, b_ih, b_hh)\n"
        '        dc = g["c"]\n'
        '        dx[t] = g["x"]\n'
        "        for k in grads:\n"
        "            grads[k] += g[k]\n"
        '    grads.update(x=dx, h0=g["h"], c0=g["c"])\n'
        "    return grads\n",
    },
    {
        "id": "lb_priya_dc_not_carried",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the cell-state gradient is not carried back: every step gets dc_n (or "
                "zeros) as dc_next instead of what step t+1 returned for 'c'",
                "must_mention": [
                    {"any": ["c", "cell"]},
                    {
                        "any": [
                            "carr",
                            "step t+1",
                            "next step",
                            "previous step",
                            "propagat",
                            "through time",
                            "each step",
                            "dc_n",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[-1]\n"
        "    if dh_n is None:\n"
        "        dh_n = np.zeros((B, H))\n"
        "    if dc_n is None:\n"
        "        dc_n = np.zeros((B, H))\n"
        "    h_list, c_list = [h0], [c0]\n"
        "    for t in range(T):\n"
        "        h_t, c_t = lstm_cell(x[t], h_list[t], c_list[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        h_list.append(h_t); c_list.append(c_t)\n"
        '    out = {"x": np.zeros((T, B, I)), "W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dh = dh_n\n"
        "    for t in reversed(range(T)):\n"
        "        step = lstm_cell_backward(dout[t] + dh, dc_n, x[t], h_list[t], c_list[t],\n"
        "                                  W_ih, W_hh, b_ih, b_hh)\n"
        '        out["x"][t] = step["x"]\n'
        '        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            out[name] = out[name] + step[name]\n"
        '        dh = step["h"]\n'
        '        dc_last = step["c"]\n'
        '    out["h0"] = dh\n'
        '    out["c0"] = dc_last\n'
        "    return out\n",
    },
    {
        "id": "lb_grace_states_after_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "each step's backward is given the state after that step, (h_t, c_t), "
                "instead of the state it started from (h_{t-1}, c_{t-1}): the stored "
                "states are off by one step",
                "must_mention": [
                    {
                        "any": [
                            "state",
                            "h_{t-1}",
                            "previous",
                            "before",
                            "after",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    # forward: cache h_t, c_t of every step (as in the blog post)\n"
        "    hs, cs = [], []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h)\n"
        "        cs.append(c)\n"
        "    dh_next = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc_next = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    acc = {k: np.zeros_like(v) for k, v in zip(["W_ih", "W_hh", "b_ih", "b_hh"], '
        "[W_ih, W_hh, b_ih, b_hh])}\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh_next, dc_next, x[t], hs[t], cs[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dh_next, dc_next = g["h"], g["c"]\n'
        "        for k in acc:\n"
        "            acc[k] += g[k]\n"
        '    return {"x": dx, "h0": dh_next, "c0": dc_next, **acc}\n',
    },
    {
        "id": "lb_tom_dx_in_backward_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step x gradients are appended while walking back from T-1 and "
                "stacked without reversing: 'x'[t] holds step T-1-t's gradient",
                "must_mention": [
                    {"any": ['"x"', "'x'", "dx", "x gradient", "gradient of x", "input"]},
                    {"any": ["order", "revers", "time", "flip", "backward"]},
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
        "    # forward again\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dc_next + dh_next * og * (1.0 - th * th)\n"
        "    d_zi = d_c * gg * ig * (1.0 - ig)\n"
        "    d_zf = d_c * c * fg * (1.0 - fg)\n"
        "    d_zg = d_c * ig * (1.0 - gg * gg)\n"
        "    d_zo = dh_next * th * og * (1.0 - og)\n"
        "    d_z = np.hstack([d_zi, d_zf, d_zg, d_zo])\n"
        "    out = {}\n"
        '    out["x"] = d_z @ W_ih\n'
        '    out["h"] = d_z @ W_hh\n'
        '    out["c"] = d_c * fg\n'
        '    out["W_ih"] = d_z.T @ x\n'
        '    out["W_hh"] = d_z.T @ h\n'
        '    out["b_ih"] = np.sum(d_z, axis=0)\n'
        '    out["b_hh"] = np.sum(d_z, axis=0)\n'
        "    return out\n"
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
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], *states[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dxs.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '    return {"x": np.array(dxs), "h0": dh, "c0": dc,\n'
        '            "W_ih": dW_ih, "W_hh": dW_hh, "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_carlos_ignores_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored: the walk back always starts from a zero gradient on "
                "h_{T-1}",
                "must_mention": ["dh_n"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    H_cache = [h0]\n"
        "    C_cache = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], H_cache[t], C_cache[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        H_cache.append(hh)\n"
        "        C_cache.append(cc)\n"
        "    dh = np.zeros((B, H))          # nothing comes after the last step\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        '    res = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '           "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], H_cache[t], C_cache[t], W_ih, "
        "W_hh, b_ih, b_hh)\n"
        '        res["x"][t] = g["x"]\n'
        '        for key in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            res[key] += g[key]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    res["h0"], res["c0"] = dh, dc\n'
        "    return res\n",
    },
    {
        "id": "lb_hiro_ignores_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dc_n is ignored: the cell-state gradient at the last step always starts "
                "at zero",
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
        "    # forward again\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dc_next + dh_next * og * (1.0 - th * th)\n"
        "    d_zi = d_c * gg * ig * (1.0 - ig)\n"
        "    d_zf = d_c * c * fg * (1.0 - fg)\n"
        "    d_zg = d_c * ig * (1.0 - gg * gg)\n"
        "    d_zo = dh_next * th * og * (1.0 - og)\n"
        "    d_z = np.hstack([d_zi, d_zf, d_zg, d_zo])\n"
        "    out = {}\n"
        '    out["x"] = d_z @ W_ih\n'
        '    out["h"] = d_z @ W_hh\n'
        '    out["c"] = d_c * fg\n'
        '    out["W_ih"] = d_z.T @ x\n'
        '    out["W_hh"] = d_z.T @ h\n'
        '    out["b_ih"] = np.sum(d_z, axis=0)\n'
        '    out["b_hh"] = np.sum(d_z, axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    hseq = np.empty((T + 1,) + h0.shape)\n"
        "    cseq = np.empty((T + 1,) + c0.shape)\n"
        "    hseq[0], cseq[0] = h0, c0\n"
        "    for t in range(T):\n"
        "        hseq[t + 1], cseq[t + 1] = lstm_cell(x[t], hseq[t], cseq[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n.copy()\n"
        "    dc = np.zeros_like(c0)\n"
        "    dx = np.empty_like(x)\n"
        '    G = {k: 0 for k in ("W_ih", "W_hh", "b_ih", "b_hh")}\n'
        "    for t in range(T)[::-1]:\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hseq[t], cseq[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t], dh, dc = g["x"], g["h"], g["c"]\n'
        "        G = {k: G[k] + g[k] for k in G}\n"
        '    return {"x": dx, "h0": dh, "c0": dc, **G}\n',
    },
    {
        "id": "lb_marcus_h0_grads_from_first_backward_step",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "'h0' and 'c0' are the 'h' and 'c' returned by the first backward step "
                "processed (step T-1) instead of step 0's",
                "must_mention": [
                    {"any": ["h0", "c0"]},
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "first",
                            "last",
                            "T-1",
                            "T - 1",
                            "wrong step",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    num_steps, batch_size, input_size = x.shape\n"
        "    hidden_size = W_hh.shape[1]\n"
        "    hidden_states = [h0]\n"
        "    cell_states = [c0]\n"
        "    for step in range(num_steps):\n"
        "        h_next, c_next = lstm_cell(x[step], hidden_states[step], cell_states[step],\n"
        "                                   W_ih, W_hh, b_ih, b_hh)\n"
        "        hidden_states.append(h_next)\n"
        "        cell_states.append(c_next)\n"
        "    grad_h = np.zeros((batch_size, hidden_size)) if dh_n is None else dh_n\n"
        "    grad_c = np.zeros((batch_size, hidden_size)) if dc_n is None else dc_n\n"
        "    grad_x = np.zeros((num_steps, batch_size, input_size))\n"
        "    grad_W_ih = np.zeros_like(W_ih)\n"
        "    grad_W_hh = np.zeros_like(W_hh)\n"
        "    grad_b_ih = np.zeros_like(b_ih)\n"
        "    grad_b_hh = np.zeros_like(b_hh)\n"
        "    grad_h0 = None\n"
        "    grad_c0 = None\n"
        "    for step in reversed(range(num_steps)):\n"
        "        step_grads = lstm_cell_backward(grad_h + dout[step], grad_c, x[step],\n"
        "                                        hidden_states[step], cell_states[step],\n"
        "                                        W_ih, W_hh, b_ih, b_hh)\n"
        '        grad_x[step] = step_grads["x"]\n'
        '        grad_W_ih += step_grads["W_ih"]\n'
        '        grad_W_hh += step_grads["W_hh"]\n'
        '        grad_b_ih += step_grads["b_ih"]\n'
        '        grad_b_hh += step_grads["b_hh"]\n'
        '        grad_h = step_grads["h"]\n'
        '        grad_c = step_grads["c"]\n'
        "        if grad_h0 is None:          # remember the gradient of the initial state\n"
        '            grad_h0 = step_grads["h"]\n'
        '            grad_c0 = step_grads["c"]\n'
        '    return {"x": grad_x, "h0": grad_h0, "c0": grad_c0, "W_ih": grad_W_ih,\n'
        '            "W_hh": grad_W_hh, "b_ih": grad_b_ih, "b_hh": grad_b_hh}\n',
    },
    {
        "id": "lb_nadia_accumulates_into_dout",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the recurrent gradient is added into the caller's dout in place "
                "(dout[t-1] += g['h']), so the function changes its input dout",
                "must_mention": [
                    {"any": ["dout", "input", "argument", "given"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "wrote",
                            "writes",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
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
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    if dh_n is not None:\n"
        "        dout[T - 1] += dh_n        # h_n is h_{T-1}: its gradient joins dout[T-1]\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dW_ih = np.zeros_like(W_ih); dW_hh = np.zeros_like(W_hh)\n"
        "    db_ih = np.zeros_like(b_ih); db_hh = np.zeros_like(b_hh)\n"
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, b_ih, "
        "b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dc = g["c"]\n'
        "        if t > 0:\n"
        '            dout[t - 1] += g["h"]   # the recurrent gradient joins the loss gradient '
        "of step t-1\n"
        '        dW_ih += g["W_ih"]; dW_hh += g["W_hh"]; db_ih += g["b_ih"]; db_hh += '
        'g["b_hh"]\n'
        '    return {"x": dx, "h0": g["h"], "c0": g["c"], "W_ih": dW_ih, "W_hh": dW_hh,\n'
        '            "b_ih": db_ih, "b_hh": db_hh}\n',
    },
    {
        "id": "lb_dmitri_sum_wrong_axis",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-step bias gradients are stacked into (T, 4H) and summed over axis "
                "1 instead of axis 0 (the steps): shape (T,) instead of (4H,)",
                "must_mention": [
                    {"any": ["b_ih", "b_hh", "bias"]},
                    {"any": ["axis", "sum", "shape"]},
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
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
        "        hn, cn = lstm_cell(x[t], hs[-1], cs[-1], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hn); cs.append(cn)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dxs, dWis, dWhs, dbis, dbhs = [], [], [], [], []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dxs.insert(0, g["x"])\n'
        '        dWis.append(g["W_ih"]); dWhs.append(g["W_hh"])\n'
        '        dbis.append(g["b_ih"]); dbhs.append(g["b_hh"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": np.stack(dxs), "h0": dh, "c0": dc,\n'
        '            "W_ih": np.sum(np.stack(dWis), axis=0), "W_hh": np.sum(np.stack(dWhs), '
        "axis=0),\n"
        '            "b_ih": np.sum(np.stack(dbis), axis=1), "b_hh": np.sum(np.stack(dbhs), '
        "axis=1)}\n",
    },
    {
        "id": "lb_ben_truthiness_dh_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "`if dh_n:` tests the array's truth value: it works when dh_n is None but "
                "raises (ambiguous truth value) whenever an actual dh_n array is passed",
                "must_mention": ["dh_n"],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # forward again\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dc_next + dh_next * og * (1.0 - th * th)\n"
        "    d_zi = d_c * gg * ig * (1.0 - ig)\n"
        "    d_zf = d_c * c * fg * (1.0 - fg)\n"
        "    d_zg = d_c * ig * (1.0 - gg * gg)\n"
        "    d_zo = dh_next * th * og * (1.0 - og)\n"
        "    d_z = np.hstack([d_zi, d_zf, d_zg, d_zo])\n"
        "    out = {}\n"
        '    out["x"] = d_z @ W_ih\n'
        '    out["h"] = d_z @ W_hh\n'
        '    out["c"] = d_c * fg\n'
        '    out["W_ih"] = d_z.T @ x\n'
        '    out["W_hh"] = d_z.T @ h\n'
        '    out["b_ih"] = np.sum(d_z, axis=0)\n'
        '    out["b_hh"] = np.sum(d_z, axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    cache = []\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        cache.append((x[t], h, c))\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "    dh = dh_n if dh_n else np.zeros_like(h0)\n"
        "    dc = dc_n if dc_n is not None else np.zeros_like(c0)\n"
        '    grads = {"x": np.zeros_like(x), "W_ih": np.zeros_like(W_ih), "W_hh": '
        "np.zeros_like(W_hh),\n"
        '             "b_ih": np.zeros_like(b_ih), "b_hh": np.zeros_like(b_hh)}\n'
        "    for t in reversed(range(T)):\n"
        "        xt, hp, cp = cache[t]\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, xt, hp, cp, W_ih, W_hh, b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    grads["h0"], grads["c0"] = dh, dc\n'
        "    return grads\n",
    },
    {
        "id": "lb_carlos_skips_step0",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop is range(T-1, 0, -1): step 0 is never back-propagated, "
                "so 'x'[0] is zero, step 0's weight gradients are missing and 'h0'/'c0' "
                "are step 1's results",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "first step",
                            "skip",
                            "miss",
                            "off by one",
                            "off-by-one",
                            "x[0]",
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        a, b = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(a); cs.append(b)\n"
        "    dh = dh_n if dh_n is not None else np.zeros((B, H))\n"
        "    dc = dc_n if dc_n is not None else np.zeros((B, H))\n"
        "    dx = np.zeros((T, B, I))\n"
        "    dWih = np.zeros_like(W_ih); dWhh = np.zeros_like(W_hh)\n"
        "    dbih = np.zeros_like(b_ih); dbhh = np.zeros_like(b_hh)\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dWih += g["W_ih"]; dWhh += g["W_hh"]; dbih += g["b_ih"]; dbhh += g["b_hh"]\n'
        '        dh = g["h"]; dc = g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc, "W_ih": dWih, "W_hh": dWhh, "b_ih": dbih, '
        '"b_hh": dbhh}\n',
    },
    {
        "id": "lb_sofia_forward_from_zeros",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward run is restarted from zeros instead of from h0, c0, so every "
                "stored state (and every gradient) is that of a run from a zero initial "
                "state",
                "must_mention": [{"any": ["h0", "c0", "initial", "zero"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    # run the layer forward again (as in exercise 3: start from zeros)\n"
        "    h = np.zeros((B, H)); c = np.zeros((B, H))\n"
        "    hs, cs = [h], [c]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    grads = {k: np.zeros_like(v) for k, v in dict(W_ih=W_ih, W_hh=W_hh, b_ih=b_ih, "
        "b_hh=b_hh).items()}\n"
        '    grads["x"] = np.zeros_like(x)\n'
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc, x[t], hs[t], cs[t], W_ih, W_hh, "
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
        "id": "lb_dbl_kwame_lastweights_and_dx_order",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the weight and bias gradients are the last processed step's (step 0's), "
                "not the sum over all steps",
                "must_mention": [
                    {"any": ["W_ih", "W_hh", "b_ih", "b_hh", "weight", "bias"]},
                    {
                        "any": [
                            "sum",
                            "accumul",
                            "all steps",
                            "every step",
                            "each step",
                            "all time steps",
                            "over time",
                            "over the steps",
                        ]
                    },
                ],
            },
            {
                "what": "'x' is stacked in the order the backward loop produced it (T-1 first), "
                "not in time order",
                "must_mention": [
                    {"any": ['"x"', "'x'", "dx", "x gradient", "gradient of x", "input"]},
                    {"any": ["order", "revers", "time", "flip", "backward"]},
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
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(h); cs.append(c)\n"
        "    dh = np.zeros_like(h0) if dh_n is None else dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        "    dx_list = []\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx_list.append(g["x"])\n'
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": np.stack(dx_list), "h0": dh, "c0": dc,\n'
        '            "W_ih": g["W_ih"], "W_hh": g["W_hh"], "b_ih": g["b_ih"], "b_hh": '
        'g["b_hh"]}\n',
    },
    {
        "id": "lb_dbl_priya_dh_n_and_dc_carry",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "dh_n is ignored (the walk back starts from zero on h)",
                "must_mention": ["dh_n"],
            },
            {
                "what": "the cell-state gradient is not carried from step t+1 to step t: every "
                "step gets dc_n",
                "must_mention": [
                    {"any": ["c", "cell"]},
                    {
                        "any": [
                            "carr",
                            "step t+1",
                            "next step",
                            "previous step",
                            "propagat",
                            "through time",
                            "each step",
                            "dc_n",
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
        "    # forward again\n"
        "    z = x @ W_ih.T + h @ W_hh.T + b_ih + b_hh\n"
        "    zi, zf, zg, zo = np.split(z, 4, axis=1)\n"
        "    ig, fg, gg, og = sigmoid(zi), sigmoid(zf), np.tanh(zg), sigmoid(zo)\n"
        "    c_t = fg * c + ig * gg\n"
        "    th = np.tanh(c_t)\n"
        "    # backward\n"
        "    d_c = dc_next + dh_next * og * (1.0 - th * th)\n"
        "    d_zi = d_c * gg * ig * (1.0 - ig)\n"
        "    d_zf = d_c * c * fg * (1.0 - fg)\n"
        "    d_zg = d_c * ig * (1.0 - gg * gg)\n"
        "    d_zo = dh_next * th * og * (1.0 - og)\n"
        "    d_z = np.hstack([d_zi, d_zf, d_zg, d_zo])\n"
        "    out = {}\n"
        '    out["x"] = d_z @ W_ih\n'
        '    out["h"] = d_z @ W_hh\n'
        '    out["c"] = d_c * fg\n'
        '    out["W_ih"] = d_z.T @ x\n'
        '    out["W_hh"] = d_z.T @ h\n'
        '    out["b_ih"] = np.sum(d_z, axis=0)\n'
        '    out["b_hh"] = np.sum(d_z, axis=0)\n'
        "    return out\n"
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, _ = x.shape\n"
        "    H = h0.shape[1]\n"
        "    dc_n = np.zeros((B, H)) if dc_n is None else dc_n\n"
        "    states = {-1: (h0, c0)}\n"
        "    for t in range(T):\n"
        "        states[t] = lstm_cell(x[t], *states[t - 1], W_ih, W_hh, b_ih, b_hh)\n"
        '    grads = {"x": np.zeros_like(x)}\n'
        '    for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "        grads[k] = np.zeros_like(eval(k))\n"
        "    dh = np.zeros((B, H))\n"
        "    for t in reversed(range(T)):\n"
        "        g = lstm_cell_backward(dout[t] + dh, dc_n, x[t], *states[t - 1], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        grads["x"][t] = g["x"]\n'
        '        for k in ("W_ih", "W_hh", "b_ih", "b_hh"):\n'
        "            grads[k] += g[k]\n"
        '        dh = g["h"]\n'
        '        dc0 = g["c"]\n'
        '    grads["h0"] = dh\n'
        '    grads["c0"] = dc0\n'
        "    return grads\n",
    },
    {
        "id": "lb_dbl_grace_states_and_dout_inplace",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "each step's backward gets (h_t, c_t), the state after the step, instead "
                "of (h_{t-1}, c_{t-1})",
                "must_mention": [
                    {
                        "any": [
                            "state",
                            "h_{t-1}",
                            "previous",
                            "before",
                            "after",
                            "off by one",
                            "off-by-one",
                            "shift",
                            "one step",
                        ]
                    }
                ],
            },
            {
                "what": "dh_n and the recurrent gradient are added into the caller's dout in place",
                "must_mention": [
                    {"any": ["dout", "input", "argument", "given"]},
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "wrote",
                            "writes",
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
        "    H = h.shape[1]\n"
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh\n"
        "    i = sigmoid(a[:, :H])\n"
        "    f = sigmoid(a[:, H:2 * H])\n"
        "    g = np.tanh(a[:, 2 * H:3 * H])\n"
        "    o = sigmoid(a[:, 3 * H:])\n"
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T = x.shape[0]\n"
        "    h, c = h0, c0\n"
        "    cache = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        cache.append((h, c))      # h_t, c_t\n"
        "    dgrad = dout                  # running gradient on the outputs\n"
        "    if dh_n is not None:\n"
        "        dgrad[-1] += dh_n\n"
        "    dc = np.zeros_like(c0) if dc_n is None else dc_n\n"
        '    tot = {"W_ih": 0, "W_hh": 0, "b_ih": 0, "b_hh": 0}\n'
        "    dx = np.zeros_like(x)\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        h_t, c_t = cache[t]\n"
        "        g = lstm_cell_backward(dgrad[t], dc, x[t], h_t, c_t, W_ih, W_hh, b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        dc = g["c"]\n'
        "        if t:\n"
        '            dgrad[t - 1] += g["h"]\n'
        "        for k in tot:\n"
        "            tot[k] = tot[k] + g[k]\n"
        '    return {"x": dx, "h0": g["h"], "c0": g["c"], **tot}\n',
    },
    {
        "id": "lb_dbl_carlos_step0_and_dc_n",
        "function": "lstm_layer_backward",
        "check": "check_lstm_layer_backward",
        "object": "lstm_layer_backward",
        "correct": False,
        "mistakes": [
            {
                "what": "the backward loop stops before step 0 (range(T-1, 0, -1))",
                "must_mention": [
                    {
                        "any": [
                            "step 0",
                            "t = 0",
                            "t=0",
                            "x_0",
                            "first step",
                            "skip",
                            "miss",
                            "off by one",
                            "off-by-one",
                            "x[0]",
                        ]
                    }
                ],
            },
            {"what": "dc_n is ignored (dc starts at zeros)", "must_mention": ["dc_n"]},
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    c_new = f * c + i * g\n"
        "    tc = np.tanh(c_new)\n"
        "    dc = dc_next + dh_next * o * (1 - tc ** 2)\n"
        "    da = np.concatenate([dc * g * i * (1 - i),\n"
        "                         dc * c * f * (1 - f),\n"
        "                         dc * i * (1 - g ** 2),\n"
        "                         dh_next * tc * o * (1 - o)], axis=1)\n"
        '    return {"x": da @ W_ih, "h": da @ W_hh, "c": dc * f,\n'
        '            "W_ih": da.T @ x, "W_hh": da.T @ h,\n'
        '            "b_ih": da.sum(axis=0), "b_hh": da.sum(axis=0)}\n'
        "\n"
        "\n"
        "def lstm_layer_backward(dout, x, h0, c0, W_ih, W_hh, b_ih, b_hh, dh_n=None, "
        "dc_n=None):\n"
        "    T, B, I = x.shape\n"
        "    H = h0.shape[1]\n"
        "    hs = [h0]; cs = [c0]\n"
        "    for t in range(T):\n"
        "        hh, cc = lstm_cell(x[t], hs[t], cs[t], W_ih, W_hh, b_ih, b_hh)\n"
        "        hs.append(hh); cs.append(cc)\n"
        "    dh = np.zeros((B, H)) if dh_n is None else dh_n\n"
        "    dc = np.zeros((B, H))\n"
        "    dx = np.zeros((T, B, I))\n"
        "    sums = [np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih), "
        "np.zeros_like(b_hh)]\n"
        "    for t in range(T - 1, 0, -1):\n"
        "        g = lstm_cell_backward(dh + dout[t], dc, x[t], hs[t], cs[t], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        '        dx[t] = g["x"]\n'
        '        for j, k in enumerate(("W_ih", "W_hh", "b_ih", "b_hh")):\n'
        "            sums[j] += g[k]\n"
        '        dh, dc = g["h"], g["c"]\n'
        '    return {"x": dx, "h0": dh, "c0": dc,\n'
        '            "W_ih": sums[0], "W_hh": sums[1], "b_ih": sums[2], "b_hh": sums[3]}\n',
    },
    {
        "id": "ll_ok_ana_mask",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    h, c = h0.copy(), c0.copy()\n"
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
        "id": "ll_ok_marcus_per_sequence",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    # one sequence at a time, simplest thing that works\n"
        "    T, B = x.shape[0], x.shape[1]\n"
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
        "id": "ll_ok_hiro_shrinking_batch",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        '    """Like a packed sequence: at step t only the sequences longer than t are '
        'updated."""\n'
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        '    order = np.argsort(-lengths, kind="stable")     # longest first, like '
        "pack_padded_sequence\n"
        "    h = np.array(h0, dtype=np.float64, copy=True)\n"
        "    c = np.array(c0, dtype=np.float64, copy=True)\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        active = order[lengths[order] > t]\n"
        "        if active.size == 0:\n"
        "            break\n"
        "        h_new, c_new = lstm_cell(x[t, active], h[active], c[active], W_ih, W_hh, "
        "b_ih, b_hh)\n"
        "        h[active] = h_new\n"
        "        c[active] = c_new\n"
        "        out[t, active] = h_new\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_tom_state_not_frozen",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state keeps being updated on padding steps: out is zeroed past each "
                "length, but h_n and c_n are the state after step T-1 instead of at each "
                "sequence's own last step",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "state"]},
                    {
                        "any": [
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "padding",
                            "frozen",
                            "freez",
                            "mask",
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
        "    h, c = h0, c0\n"
        "    outs = []\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        mask = (t < lengths).astype(float)[:, None]\n"
        "        outs.append(h * mask)      # zero the padding\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_priya_out_not_zeroed",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is not zeroed past each length: padding steps hold the frozen state h "
                "at the last real step instead of zeros",
                "must_mention": ["out", {"any": ["zero", "pad", "past", "after"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    out = np.zeros((T, B, H))\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    for t in range(T):\n"
        "        keep = (t < lengths).reshape(B, 1)\n"
        "        h_cand, c_cand = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(keep, h_cand, h)\n"
        "        c = np.where(keep, c_cand, c)\n"
        "        out[t] = h\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_carlos_mask_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask is t <= lengths instead of t < lengths: each sequence runs one "
                "extra step, on padding (step lengths[b]), which changes out there and "
                "h_n, c_n",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b]",
                            "boundary",
                            "<=",
                            "one too many",
                            "one extra",
                            "extra step",
                            "one fewer",
                            "too early",
                            "too late",
                            "shift",
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
        "    H = W_hh.shape[1]\n"
        "    h = h0.copy(); c = c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        real = (t <= lengths)[:, None]          # step t belongs to the sequence\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(real, hn, h)\n"
        "        c = np.where(real, cn, c)\n"
        "        out[t] = np.where(real, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_kwame_per_seq_range_minus_one",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each sequence's loop is range(lengths[b] - 1): its last real step is "
                "never run (a length-1 sequence runs no step at all)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b]",
                            "boundary",
                            "<=",
                            "one too many",
                            "one extra",
                            "extra step",
                            "one fewer",
                            "too early",
                            "too late",
                            "shift",
                        ]
                    },
                    {"any": ["last", "step", "length"]},
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
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h_n = np.zeros((B, H)); c_n = np.zeros((B, H))\n"
        "    for b in range(B):\n"
        "        # the last index of sequence b is lengths[b] - 1\n"
        "        last = lengths[b] - 1\n"
        "        h = h0[b:b + 1]; c = c0[b:b + 1]\n"
        "        for t in range(last):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "            out[t, b] = h[0]\n"
        "        h_n[b], c_n[b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_sofia_cn_not_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n is gathered from out at each sequence's last step, but c_n is the "
                "cell state after step T-1 (the cell state is not frozen on padding)",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "padding",
                            "frozen",
                            "freez",
                            "mask",
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
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    # h_n at each sequence's last real step\n"
        "    h_n = out[lengths - 1, np.arange(B)]\n"
        "    # zero the padding\n"
        "    mask = np.arange(T)[:, None] < lengths[None, :]\n"
        "    out = out * mask[:, :, None]\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "ll_omar_out_max_length",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is returned with max(lengths) steps instead of T when the longest "
                "sequence is shorter than T (pad_packed_sequence without total_length)",
                "must_mention": [
                    {
                        "any": [
                            "shape",
                            "total_length",
                            "max(lengths)",
                            "longest",
                            "T",
                            "steps",
                            "length",
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
        "    T_max = int(max(lengths))    # no need to run past the longest sequence\n"
        "    B = x.shape[1]\n"
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T_max, B, H))\n"
        "    h, c = h0.copy(), c0.copy()\n"
        "    for t in range(T_max):\n"
        "        running = np.array([t < L for L in lengths])[:, None]\n"
        "        h_new, c_new = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(running, h_new, h)\n"
        "        c = np.where(running, c_new, c)\n"
        "        out[t] = np.where(running, h_new, 0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_jen_ignores_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the initial state h0, c0 is ignored: the loop starts from zeros (as the "
                "chapter's masked_lstm does)",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    # adapted from masked_lstm in chapter 7\n"
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
        "id": "ll_dmitri_mask_broadcast",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the mask t < lengths has shape (B,) and is broadcast against (B, H) "
                "arrays along the last axis (the hidden units), not the batch: wrong when "
                "B == H, an error otherwise (B > 1)",
                "must_mention": [{"any": ["broadcast", "mask", "shape", "axis", "[:, None]"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = W_hh.shape[1]\n"
        "    h = h0.copy()\n"
        "    c = c0.copy()\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = t < lengths                    # (B,) booleans\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = np.where(m, hn, h)\n"
        "        c = np.where(m, cn, c)\n"
        "        out[t] = np.where(m, hn, 0.0)\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_nadia_writes_into_h0",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the state is updated inside the caller's h0 and c0 (h = h0; h[m] = ...), "
                "so the function changes its inputs",
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
                            "wrote",
                            "writes",
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
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0        # the state lives here\n"
        "    for t in range(T):\n"
        "        alive = t < lengths\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h[alive] = hn[alive]\n"
        "        c[alive] = cn[alive]\n"
        "        out[t, alive] = hn[alive]\n"
        "    return out, (h.copy(), c.copy())\n",
    },
    {
        "id": "ll_lena_lengths_decremented_in_place",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "lengths is decremented in place (lengths -= 1) to get the last indices, "
                "so the function changes the caller's lengths array",
                "must_mention": [
                    "lengths",
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "decrement",
                            "-=",
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
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    cs = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t], cs[t] = h, c\n"
        "    last = lengths\n"
        "    last -= 1                                  # index of each last real step\n"
        "    rows = np.arange(B)\n"
        "    h_n = out[last, rows].copy()\n"
        "    c_n = cs[last, rows].copy()\n"
        "    out[np.arange(T)[:, None] > last[None, :]] = 0.0\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "ll_dbl_tom_nothing_masked",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n, c_n are the state after step T-1 (not frozen at each sequence's last "
                "step)",
                "must_mention": [
                    {"any": ["h_n", "c_n", "final state", "state"]},
                    {
                        "any": [
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "padding",
                            "frozen",
                            "freez",
                            "mask",
                        ]
                    },
                ],
            },
            {
                "what": "out is not zeroed past each length",
                "must_mention": ["out", {"any": ["zero", "pad", "past", "after"]}],
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
        "    # lengths: TODO, first get the plain loop to work\n"
        "    outs = []\n"
        "    h, c = h0, c0\n"
        "    for x_t in x:\n"
        "        h, c = lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n",
    },
    {
        "id": "ll_dbl_jen_zeros_and_le",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h0, c0 are ignored: the state starts from zeros",
                "must_mention": [{"any": ["h0", "c0", "initial"]}],
            },
            {
                "what": "the mask is t <= lengths: one extra step on padding",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "lengths[b]",
                            "boundary",
                            "<=",
                            "one too many",
                            "one extra",
                            "extra step",
                            "one fewer",
                            "too early",
                            "too late",
                            "shift",
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
        "def lstm_layer_lengths(x, lengths, h0, c0, W_ih, W_hh, b_ih, b_hh):\n"
        "    T, B, _ = x.shape\n"
        "    H = W_hh.shape[1]\n"
        "    mask = np.arange(T)[:, None] <= lengths[None, :]     # (T, B)\n"
        "    h = np.zeros((B, H)); c = np.zeros((B, H))\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        m = mask[t][:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        h = m * hn + (1 - m) * h\n"
        "        c = m * cn + (1 - m) * c\n"
        "        out[t] = m * hn\n"
        "    return out, (h, c)\n",
    },
    {
        "id": "ll_dbl_lena_cn_and_lengths_inplace",
        "function": "lstm_layer_lengths",
        "check": "check_lstm_layer_lengths",
        "object": "lstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "c_n is the cell state after step T-1 (only h_n is taken at each "
                "sequence's last step)",
                "must_mention": [
                    "c_n",
                    {
                        "any": [
                            "own last",
                            "last real",
                            "lengths[b] - 1",
                            "lengths - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "padding",
                            "frozen",
                            "freez",
                            "mask",
                        ]
                    },
                ],
            },
            {
                "what": "lengths is decremented in place, changing the caller's array",
                "must_mention": [
                    "lengths",
                    {
                        "any": [
                            "chang",
                            "modif",
                            "in place",
                            "in-place",
                            "overwr",
                            "mutat",
                            "decrement",
                            "-=",
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
        "    H = W_hh.shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    h, c = h0, c0\n"
        "    for t in range(T):\n"
        "        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        out[t] = h\n"
        "    idx = lengths\n"
        "    idx -= 1\n"
        "    h_n = out[idx, np.arange(B)].copy()\n"
        "    for b in range(B):\n"
        "        out[idx[b] + 1:, b] = 0.0\n"
        "    return out, (h_n, c)\n",
    },
    {
        "id": "bl_ok_ana_reverse_each",
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
        "    H = W_hh.shape[1]\n"
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
        "def reverse_padded(a, lengths):\n"
        '    """Reverse every sequence within its own length; padding stays at the end."""\n'
        "    r = np.zeros_like(a)\n"
        "    for b, L in enumerate(lengths):\n"
        "        r[:L, b] = a[:L, b][::-1]\n"
        "    return r\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(reverse_padded(x, lengths), lengths, h0[1], "
        "c0[1], *bwd)\n"
        "    out = np.concatenate([out_f, reverse_padded(out_r, lengths)], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_ok_marcus_per_sequence",
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = fwd[1].shape[1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    h_n = np.zeros((2, B, H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        # forward over steps 0 .. L-1\n"
        "        h, c = h0[0, b:b + 1], c0[0, b:b + 1]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *fwd)\n"
        "            out[t, b, :H] = h[0]\n"
        "        h_n[0, b], c_n[0, b] = h[0], c[0]\n"
        "        # reverse over steps L-1 .. 0\n"
        "        h, c = h0[1, b:b + 1], c0[1, b:b + 1]\n"
        "        for t in range(L - 1, -1, -1):\n"
        "            h, c = lstm_cell(x[t, b:b + 1], h, c, *bwd)\n"
        "            out[t, b, H:] = h[0]\n"
        "        h_n[1, b], c_n[1, b] = h[0], c[0]\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ok_hiro_gather_index",
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
        "def _masked_run(x, lengths, h, c, params):\n"
        "    T, B, _ = x.shape\n"
        "    H = params[1].shape[1]\n"
        "    out = np.zeros((T, B, H))\n"
        "    for t in range(T):\n"
        "        live = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *params)\n"
        "        h, c = np.where(live, hn, h), np.where(live, cn, c)\n"
        "        out[t] = np.where(live, hn, 0.0)\n"
        "    return out, h, c\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    lengths = np.asarray(lengths)\n"
        "    t = np.arange(T)[:, None]\n"
        "    # position read by the reverse direction at its step t: L-1-t on real steps, t on "
        "padding\n"
        "    src = np.where(t < lengths[None, :], lengths[None, :] - 1 - t, t)      # (T, B)\n"
        "    cols = np.arange(B)[None, :]\n"
        "    out_f, hf, cf = _masked_run(x, lengths, h0[0], c0[0], fwd)\n"
        "    out_r, hr, cr = _masked_run(x[src, cols], lengths, h0[1], c0[1], bwd)\n"
        "    out_r = out_r[src, cols]          # the same permutation is its own inverse\n"
        "    out = np.concatenate([out_f, out_r], axis=-1)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_tom_flip_whole_padded",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads the whole padded tensor flipped (x[::-1]), so "
                "for sequences shorter than T it starts on padding instead of at its own "
                "last real step lengths[b]-1",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "starts",
                            "start",
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T = x.shape[0]\n"
        "    o_f, (h_f, c_f) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # reverse direction: flip time, run, flip back\n"
        "    o_b, (h_b, c_b) = lstm_layer_lengths(x[::-1], lengths, h0[1], c0[1], *bwd)\n"
        "    o_b = o_b[::-1]\n"
        "    return np.concatenate([o_f, o_b], axis=2), (np.stack([h_f, h_b]), np.stack([c_f, "
        "c_b]))\n",
    },
    {
        "id": "bl_priya_reverse_not_unreversed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "each sequence is reversed within its length before the reverse run, but "
                "the reverse outputs are not reversed back: out[t]'s reverse half holds "
                "the output for x_{L-1-t}",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["order", "flip", "revers", "time", "back", "position"]},
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        n = lengths[b]\n"
        "        x_rev[:n, b, :] = x[:n, b, :][::-1]\n"
        "    out_fw, (hn_fw, cn_fw) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_bw, (hn_bw, cn_bw) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([out_fw, out_bw], axis=-1)\n"
        "    return out, (np.stack([hn_fw, hn_bw]), np.stack([cn_fw, cn_bw]))\n",
    },
    {
        "id": "bl_sofia_hn_reverse_at_last_step",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n's reverse row is taken from the reverse output at each sequence's "
                "last step (out[lengths-1, b, H:], the reverse direction's first step) "
                "instead of its final state after x_0 (out[0, b, H:])",
                "must_mention": ["h_n", {"any": ["reverse", "backward", "bwd"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = fwd[1].shape[1]\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    c_n = np.zeros((2, B, H))\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        h, c = h0[0, b], c0[0, b]\n"
        "        for t in range(L):\n"
        "            h, c = lstm_cell(x[t, b][None], h[None], c[None], *fwd)\n"
        "            h, c = h[0], c[0]\n"
        "            out[t, b, :H] = h\n"
        "        c_n[0, b] = c\n"
        "        h, c = h0[1, b], c0[1, b]\n"
        "        for t in reversed(range(L)):\n"
        "            h, c = lstm_cell(x[t, b][None], h[None], c[None], *bwd)\n"
        "            h, c = h[0], c[0]\n"
        "            out[t, b, H:] = h\n"
        "        c_n[1, b] = c\n"
        "    # the final hidden state is the output at the last real step\n"
        "    last = np.asarray(lengths) - 1\n"
        "    h_n = np.stack([out[last, np.arange(B), :H], out[last, np.arange(B), H:]])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_kwame_reverse_uses_row0",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction starts from h0[0], c0[0] (the forward direction's "
                "initial state) instead of row 1",
                "must_mention": [
                    {"any": ["initial", "h0", "c0"]},
                    {"any": ["row", "[1]", "[0]", "reverse", "backward", "direction"]},
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
        "    # one sequence at a time, simplest thing that works\n"
        "    T, B = x.shape[0], x.shape[1]\n"
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
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    # build the reversed input, sequence by sequence\n"
        "    x_back = x.copy()\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_back[:L, b] = x[L - 1::-1, b]\n"
        "    out1, (h1, c1) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out2, (h2, c2) = lstm_layer_lengths(x_back, lengths, h0[0], c0[0], *bwd)\n"
        "    # put the reverse outputs back in time order\n"
        "    out2_fixed = out2.copy()\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out2_fixed[:L, b] = out2[L - 1::-1, b]\n"
        "    return np.concatenate([out1, out2_fixed], axis=2), (np.stack([h1, h2]), "
        "np.stack([c1, c2]))\n",
    },
    {
        "id": "bl_jen_fwd_weights_for_reverse",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction is run with fwd's weights: bwd is never used",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["weight", "fwd", "param", "W_"]},
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    idx = np.arange(T)[:, None].repeat(B, axis=1)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        idx[:L, b] = np.arange(L)[::-1]\n"
        "    cols = np.arange(B)\n"
        "    halves, hs, cs = [], [], []\n"
        "    for d in range(2):\n"
        "        xin = x if d == 0 else x[idx, cols]\n"
        "        o, (h, c) = lstm_layer_lengths(xin, lengths, h0[d], c0[d], *fwd)\n"
        "        if d == 1:\n"
        "            o = o[idx, cols]\n"
        "        halves.append(o); hs.append(h); cs.append(c)\n"
        "    return np.concatenate(halves, axis=2), (np.stack(hs), np.stack(cs))\n",
    },
    {
        "id": "bl_omar_forward_unmasked",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction is run with the plain lstm loop (no mask): its out "
                "is not zero past each length and its h_n, c_n row is the state after step "
                "T-1 instead of at lengths[b]-1",
                "must_mention": [
                    "forward",
                    {
                        "any": [
                            "mask",
                            "length",
                            "padding",
                            "zero",
                            "last real",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = W_hh.shape[1]\n"
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
        "def plain_layer(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        "    outs = []\n"
        "    for xt in x:\n"
        "        h, c = lstm_cell(xt, h, c, W_ih, W_hh, b_ih, b_hh)\n"
        "        outs.append(h)\n"
        "    return np.stack(outs), (h, c)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    # forward direction: the padding is at the end, so it can't hurt\n"
        "    of, (hf, cf) = plain_layer(x, h0[0], c0[0], *fwd)\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob2 = np.zeros_like(ob)\n"
        "    for b in range(B):\n"
        "        ob2[:lengths[b], b] = ob[:lengths[b], b][::-1]\n"
        "    return np.concatenate([of, ob2], -1), (np.array([hf, hb]), np.array([cf, cb]))\n",
    },
    {
        "id": "bl_carlos_reverse_slice_off_by_one",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the per-sequence reversal uses x[L:0:-1] instead of x[L-1::-1]: it reads "
                "x_L (a padding step) down to x_1 and never x_0 (and fails when L == T)",
                "must_mention": [
                    {
                        "any": [
                            "off by one",
                            "off-by-one",
                            "one step",
                            "shift",
                            "x_0",
                            "step 0",
                            "padding",
                            "slice",
                            "index",
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
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    xr = np.zeros((T, B, I))\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        xr[:L, b] = x[L:0:-1, b]\n"
        "    o1, (h1, c1) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    o2, (h2, c2) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    o2r = np.zeros_like(o2)\n"
        "    for b in range(B):\n"
        "        L = lengths[b]\n"
        "        o2r[:L, b] = o2[:L, b][::-1]\n"
        "    return np.concatenate((o1, o2r), axis=2), (np.stack((h1, h2)), np.stack((c1, "
        "c2)))\n",
    },
    {
        "id": "bl_dmitri_reverse_padding_not_zeroed",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse loop writes its state into out at every step, also on padding "
                "steps, where the state is still the initial h0[1]: the reverse half of "
                "out is not zero past each length",
                "must_mention": [{"any": ["zero", "padding", "past", "after"]}],
            }
        ],
        "source": "import numpy as np\n"
        "\n"
        "\n"
        "def sigmoid(z):\n"
        '    """Numerically stable logistic function, elementwise: σ(z) = 1 / (1 + '
        'e^{-z})."""\n'
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    e = np.exp(-np.abs(z))  # e^{-|z|} ≤ 1: never overflows\n"
        "    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n"
        "\n"
        "\n"
        "def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):\n"
        '    """One LSTM step (exercise 2). x: (B, I); h, c: (B, H) -> (h_next, c_next), each '
        '(B, H)."""\n'
        "    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh  # (B, 4H), gate blocks in the order i, "
        "f, g, o\n"
        "    a_i, a_f, a_g, a_o = np.split(a, 4, axis=1)\n"
        "    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)\n"
        "    c_next = f * c + i * g  # c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t\n"
        "    h_next = o * np.tanh(c_next)  # h_t = o_t ⊙ tanh(c_t)\n"
        "    return h_next, c_next\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    H = fwd[1].shape[1]\n"
        "    lengths = np.asarray(lengths)\n"
        "    # forward, masked\n"
        "    h, c = h0[0].copy(), c0[0].copy()\n"
        "    out = np.zeros((T, B, 2 * H))\n"
        "    for t in range(T):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *fwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, :H] = np.where(m, hn, 0.0)\n"
        "    hf, cf = h, c\n"
        "    # reverse: walk t = T-1 .. 0 and only update where t is a real step; the state "
        "stays at\n"
        "    # h0[1] until the sequence's last real step is reached\n"
        "    h, c = h0[1].copy(), c0[1].copy()\n"
        "    for t in range(T - 1, -1, -1):\n"
        "        m = (t < lengths)[:, None]\n"
        "        hn, cn = lstm_cell(x[t], h, c, *bwd)\n"
        "        h, c = np.where(m, hn, h), np.where(m, cn, c)\n"
        "        out[t, :, H:] = h\n"
        "    return out, (np.stack([hf, h]), np.stack([cf, c]))\n",
    },
    {
        "id": "bl_lena_hn_rows_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "h_n and c_n are stacked as [reverse, forward] instead of [forward, "
                "reverse]",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["order", "swap", "row", "direction"]},
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    perm = np.tile(np.arange(T)[:, None], (1, B))\n"
        "    for b, L in enumerate(lengths):\n"
        "        perm[:L, b] = np.arange(L - 1, -1, -1)\n"
        "    bidx = np.arange(B)[None, :]\n"
        "    of, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    orr, (hr, cr) = lstm_layer_lengths(x[perm, bidx], lengths, h0[1], c0[1], *bwd)\n"
        "    out = np.concatenate([of, orr[perm, bidx]], axis=2)\n"
        "    # final states: the reverse direction ends last (at t = 0), so it goes... first?\n"
        "    h_n = np.stack([hr, hf])\n"
        "    c_n = np.stack([cr, cf])\n"
        "    return out, (h_n, c_n)\n",
    },
    {
        "id": "bl_ben_out_stacked_4d",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "out is stacked on a new axis, shape (T, B, 2, H), instead of concatenated "
                "into (T, B, 2H)",
                "must_mention": [
                    "out",
                    {"any": ["shape", "(T, B, 2H)", "concaten", "stack", "axis", "dimension"]},
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
        "    # one sequence at a time, simplest thing that works\n"
        "    T, B = x.shape[0], x.shape[1]\n"
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
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        x_rev[:L, b] = np.flip(x[:L, b], axis=0)\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    out_r, (hr, cr) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    for b in range(B):\n"
        "        L = int(lengths[b])\n"
        "        out_r[:L, b] = np.flip(out_r[:L, b], axis=0).copy()\n"
        "    out = np.stack([out_f, out_r], axis=2)\n"
        "    return out, (np.stack([hf, hr]), np.stack([cf, cr]))\n",
    },
    {
        "id": "bl_grace_flip_longest_only",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse input is x[:max(lengths)] flipped as a block: every sequence "
                "shorter than the longest starts its reverse run on padding instead of at "
                "its own last step",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "starts",
                            "start",
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, _ = x.shape\n"
        "    Lmax = int(np.max(lengths))\n"
        "    out_f, (hf, cf) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    # only the real part of the batch matters: flip the first Lmax steps\n"
        "    x_rev = x.copy()\n"
        "    x_rev[:Lmax] = x[:Lmax][::-1]\n"
        "    out_b, (hb, cb) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], *bwd)\n"
        "    out_b_t = out_b.copy()\n"
        "    out_b_t[:Lmax] = out_b[:Lmax][::-1]\n"
        "    out = np.concatenate([out_f, out_b_t], axis=2)\n"
        "    return out, (np.stack([hf, hb]), np.stack([cf, cb]))\n",
    },
    {
        "id": "bl_dbl_tom_flip_whole_and_hn_swapped",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse direction reads the padded tensor flipped as a whole "
                "(x[::-1]), starting on padding for short sequences instead of at "
                "lengths[b]-1",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {
                        "any": [
                            "padding",
                            "last real",
                            "own last",
                            "lengths[b] - 1",
                            "length",
                            "T - 1",
                            "T-1",
                            "starts",
                            "start",
                        ]
                    },
                ],
            },
            {
                "what": "h_n and c_n are stacked [reverse, forward] instead of [forward, reverse]",
                "must_mention": [
                    {"any": ["h_n", "c_n"]},
                    {"any": ["order", "swap", "row", "direction"]},
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
        "    # one sequence at a time, simplest thing that works\n"
        "    T, B = x.shape[0], x.shape[1]\n"
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
        "    return out, (h_n, c_n)\n"
        "\n"
        "\n"
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    fo, (fh, fc) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *fwd)\n"
        "    bo, (bh, bc) = lstm_layer_lengths(np.flip(x, 0), lengths, h0[1], c0[1], *bwd)\n"
        "    bo = np.flip(bo, 0)\n"
        "    out = np.concatenate([fo, bo], axis=2)\n"
        "    return out, (np.stack([bh, fh]), np.stack([bc, fc]))\n",
    },
    {
        "id": "bl_dbl_priya_no_unreverse_and_fwd_weights",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the reverse outputs are not reversed back into time order within each "
                "length",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["order", "flip", "revers", "time", "back", "position"]},
                ],
            },
            {
                "what": "the reverse direction uses fwd's weights instead of bwd's",
                "must_mention": [
                    {"any": ["reverse", "backward", "bwd"]},
                    {"any": ["weight", "fwd", "param", "W_"]},
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    T, B, I = x.shape\n"
        "    x_rev = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        n = lengths[b]\n"
        "        x_rev[:n, b, :] = x[:n, b, :][::-1]\n"
        '    W = {"fw": fwd, "bw": fwd}\n'
        '    out_fw, (hn_fw, cn_fw) = lstm_layer_lengths(x, lengths, h0[0], c0[0], *W["fw"])\n'
        "    out_bw, (hn_bw, cn_bw) = lstm_layer_lengths(x_rev, lengths, h0[1], c0[1], "
        '*W["bw"])\n'
        "    out = np.concatenate([out_fw, out_bw], axis=-1)\n"
        "    return out, (np.stack([hn_fw, hn_bw]), np.stack([cn_fw, cn_bw]))\n",
    },
    {
        "id": "bl_dbl_omar_fwd_unmasked_and_4d",
        "function": "bilstm_layer_lengths",
        "check": "check_bilstm_layer_lengths",
        "object": "bilstm_layer_lengths",
        "correct": False,
        "mistakes": [
            {
                "what": "the forward direction is not masked: non-zero out past each length and "
                "h_n/c_n row 0 at step T-1",
                "must_mention": [
                    "forward",
                    {
                        "any": [
                            "mask",
                            "length",
                            "padding",
                            "zero",
                            "last real",
                            "own last",
                            "T - 1",
                            "T-1",
                        ]
                    },
                ],
            },
            {
                "what": "out has shape (T, B, 2, H) (np.stack) instead of (T, B, 2H)",
                "must_mention": [
                    "out",
                    {"any": ["shape", "(T, B, 2H)", "concaten", "stack", "axis", "dimension"]},
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
        "    H = W_hh.shape[1]\n"
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
        "def bilstm_layer_lengths(x, lengths, h0, c0, fwd, bwd):\n"
        "    B = x.shape[1]\n"
        "    outs_f = []\n"
        "    h, c = h0[0], c0[0]\n"
        "    for xt in x:\n"
        "        h, c = lstm_cell(xt, h, c, *fwd)\n"
        "        outs_f.append(h)\n"
        "    of = np.stack(outs_f)\n"
        "    xr = np.zeros_like(x)\n"
        "    for b in range(B):\n"
        "        xr[:lengths[b], b] = x[:lengths[b], b][::-1]\n"
        "    ob, (hb, cb) = lstm_layer_lengths(xr, lengths, h0[1], c0[1], *bwd)\n"
        "    ob2 = np.zeros_like(ob)\n"
        "    for b in range(B):\n"
        "        ob2[:lengths[b], b] = ob[:lengths[b], b][::-1]\n"
        "    return np.stack([of, ob2], axis=2), (np.array([h, hb]), np.array([c, cb]))\n",
    },
]
